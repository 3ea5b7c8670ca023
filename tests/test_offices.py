"""The dated office-holder gazetteer: lookups by name and date, one pattern for all names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationnews import offices, ruletables
from migrationnews._adversarial import INPUTS
from migrationnews.offices import NameForm
from migrationnews.ruledata import iso_codes

D = dt.date


@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        pytest.param("Biden", D(2023, 12, 27), [("Joe Biden", "President", "US")], id="surname"),
        pytest.param("Biden", D(2012, 5, 1), [("Joe Biden", "Vice President", "US")], id="vp"),
        pytest.param(
            "Antony J. Blinken",
            D(2022, 3, 1),
            [("Antony Blinken", "Secretary of State", "US")],
            id="alias-with-initial",
        ),
        pytest.param(
            "AMLO", D(2020, 1, 1), [("Andrés Manuel López Obrador", "President", "MX")], id="nick"
        ),
        pytest.param(
            "López Obrador",
            D(2019, 1, 1),
            [("Andrés Manuel López Obrador", "President", "MX")],
            id="compound-surname",
        ),
        pytest.param(
            "Miller",
            D(2023, 6, 30),
            [("Troy Miller", "Acting Commissioner of U.S. Customs and Border Protection", "US")],
            id="namesakes-told-apart-by-date",
        ),
        pytest.param("Mayorkas", D(2019, 1, 1), [], id="not-yet-in-office"),
        pytest.param("Nobody Known", D(2023, 1, 1), [], id="unknown"),
    ],
)
def test_lookup_at_a_date(name, date, expected):
    found = offices.lookup(name, date)
    assert [(t.name, t.title, t.country) for t in found] == expected


def test_lookup_without_a_date_gives_every_tenure_latest_first():
    found = offices.lookup("Trump")
    assert [t.start.year for t in found] == [2025, 2017]
    assert {t.title for t in found} == {"President"}


def test_a_handover_day_belongs_to_both_tenures():
    # US inaugurations happen at noon: the outgoing and incoming presidents share the day
    names = {t.name for t in offices.lookup("President Trump", D(2021, 1, 20))}
    assert names == {"Donald Trump"}
    presidents = {
        t.name
        for t in offices.holders_at(D(2021, 1, 20))
        if t.title == "President" and t.country == "US"
    }
    assert presidents == {"Donald Trump", "Joe Biden"}


def test_holders_at_a_date_lists_the_government_of_the_day():
    day = D(2023, 12, 27)
    held = {(t.surname, t.country) for t in offices.holders_at(day) if t.title == "President"}
    assert ("Biden", "US") in held
    assert ("López Obrador", "MX") in held
    assert ("Trump", "US") not in held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Later, Joe Biden called Sheinbaum.",
            [("Joe Biden", NameForm.FULL), ("Sheinbaum", NameForm.SURNAME)],
            id="full-and-surname",
        ),
        pytest.param(
            "Marina del Pilar Ávila toured Tijuana.",
            [("Marina del Pilar Ávila", NameForm.FULL)],
            id="particle-and-accent",
        ),
        pytest.param("Bidenomics and Trumpism", [], id="no-part-words"),
    ],
)
def test_find_holders(text, expected):
    found = offices.find_holders(text)
    assert [(m.text, m.form) for m in found] == expected
    for m in found:
        assert m.span.of(text) == m.text


@pytest.mark.parametrize(
    ("name", "title", "date", "expected"),
    [
        pytest.param("Greg Abbott", "Governor", D(2024, 3, 1), True, id="fits"),
        pytest.param("Greg Abbott", "Texas Governor", D(2024, 3, 1), True, id="fits-a-form"),
        pytest.param("Mike Pompeo", "Secretary of State", D(2017, 6, 1), False, id="too-early"),
        pytest.param("Kamala Harris", "President", D(2022, 1, 1), False, id="wrong-office"),
        pytest.param("Jane Nobody", "Governor", D(2022, 1, 1), None, id="unknown-person"),
    ],
)
def test_title_fits(name, title, date, expected):
    assert offices.title_fits(name, title, date) is expected


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        pytest.param("Secretary", "Secretary of State", True, id="a-head-alone"),
        pytest.param("U.S. Secretary of State", "Secretary of State", True, id="country-dropped"),
        pytest.param("Mexican President", "President", True, id="adjective-dropped"),
        pytest.param("Gov.", "Governor", True, id="gov-abbreviated"),
        pytest.param("Gov.", "Texas Governor", True, id="gov-of-a-state"),
        pytest.param("Sen.", "Senator", True, id="sen-abbreviated"),
        pytest.param("Lt. Gov.", "Lieutenant Governor", True, id="two-abbreviations"),
        pytest.param("Acting Commissioner", "Commissioner", True, id="acting-ignored"),
        pytest.param("Former President", "President", True, id="former-ignored"),
        pytest.param("National Security Advisor", "National Security Adviser", True, id="spelling"),
        pytest.param("PRESIDENT", "president", True, id="case"),
        pytest.param("President", "Vice President", False, id="rank-vice"),
        pytest.param("President", "Vice-President", False, id="rank-hyphenated"),
        pytest.param("Governor", "Lt. Gov.", False, id="rank-abbreviated"),
        pytest.param("Secretary", "Undersecretary", False, id="rank-one-word"),
        pytest.param(
            "Secretary of State", "Secretary of Homeland Security", False, id="other-department"
        ),
        pytest.param(
            "National Security Adviser", "Homeland Security Adviser", False, id="half-the-words"
        ),
        pytest.param(
            "Senate Majority Leader", "Senate Minority Leader", False, id="majority-minority"
        ),
        pytest.param("Governor", "", False, id="empty"),
    ],
)
def test_titles_alike(a, b, alike):
    assert offices.titles_alike(a, b) is alike
    assert offices.titles_alike(b, a) is alike


_TITLE_WORDS = st.sampled_from(
    ["Gov.", "Governor", "Vice", "President", "of", "State", "U.S.", "Acting", "Sen.", "-", " "]
)
_TITLES = st.lists(_TITLE_WORDS, max_size=5).map(" ".join) | st.text()


@given(_TITLES, _TITLES)
def test_titles_alike_is_symmetric(a, b):
    assert offices.titles_alike(a, b) is offices.titles_alike(b, a)


def test_every_row_is_well_formed():
    codes = iso_codes()
    for tenure in offices.tenures():
        assert tenure.titles, tenure
        assert all(t.strip() == t for t in tenure.titles), tenure
        assert tenure.country is None or tenure.country in codes, tenure
        assert tenure.end is None or tenure.start <= tenure.end, tenure
        assert tenure.surname in tenure.name, tenure


def test_long_runs_of_names_are_matched_in_linear_time():
    text = INPUTS["holders"].text(39 * 5_000)  # "Biden Biden-Harris López López Obrador "
    assert len(offices.find_holders(text)) >= 5_000


def test_every_common_surname_is_a_gazetteer_surname():
    surnames = {t.surname for t in offices.tenures()}
    common = set(ruletables.common_surnames())
    assert common <= surnames, sorted(common - surnames)
