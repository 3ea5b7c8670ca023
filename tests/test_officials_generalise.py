"""Officials whose office no gazetteer lists: read from the title phrase alone.

Every sentence here is written for these tests, with invented names.
"""

from __future__ import annotations

import pytest

import migrationnews as mn


def officials(text):
    return [(o.name, o.title, o.country) for o in mn.parse(text).officials]


# (text, name, title, country)
TITLED = [
    pytest.param(
        "Mateo Lindo, minister of security of Honduras, met the delegation.",
        "Mateo Lindo",
        "Minister of Security",
        "HN",
        id="office-of-domain-of-country",
    ),
    pytest.param(
        "Mateo Lindo, Honduras' minister of security, met the delegation.",
        "Mateo Lindo",
        "Minister of Security",
        "HN",
        id="country-possessive-bare-apostrophe",
    ),
    pytest.param(
        "Chile's ambassador in Lima, Rosa Quispe Vidal, was called in.",
        "Rosa Quispe Vidal",
        "Ambassador",
        "CL",
        id="posting-then-name-in-commas",
    ),
    pytest.param(
        "Vice Minister of Foreign Affairs Tomás Vega spoke first.",
        "Tomás Vega",
        "Vice Minister of Foreign Affairs",
        None,
        id="vice-minister",
    ),
    pytest.param(
        "U.S. Magistrate Judge Lina Paz ordered the release.",
        "Lina Paz",
        "Magistrate Judge",
        "US",
        id="magistrate-judge",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "country"), TITLED)
def test_an_office_the_gazetteer_lacks(text, name, title, country):
    assert (name, title, country) in officials(text)


def test_a_place_after_a_posting_is_no_name():
    # the comma after a posting sets off a name only when one stands between two commas
    text = "A federal judge in Austin, TX ruled on Thursday."
    assert officials(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("DPS spokesman Lt. Jo Ray said the road was closed.", "DPS Spokesman"),
        ("Chief Patrol Agent Jo Ray said crossings fell.", "Chief Patrol Agent"),
        ("Chief Border Patrol Agent Jo Ray said crossings fell.", "Chief Border Patrol Agent"),
    ],
)
def test_a_border_agency_office(text, title):
    assert officials(text) == [("Jo Ray", title, "US")]


def test_a_modifier_ending_a_complement_takes_the_noun_after_it():
    text = "Special Envoy for Special Missions Jo Ray Vidal said the flights would resume."
    assert officials(text) == [("Jo Ray Vidal", "Special Envoy for Special Missions", None)]


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "Jo Ray Vidal, a Republican state senator from Arizona, filed the bill.",
            "State Senator",
            "US",
        ),
        (
            "Jo Ray Vidal, director of the National Migration Service of Panama, spoke.",
            "Director of the National Migration Service",
            "PA",
        ),
        ("Member of Congress Jo Ray Vidal visited the shelter.", "Member of Congress", "US"),
    ],
)
def test_an_appositive_office_with_its_constituency_or_government(text, title, country):
    assert officials(text) == [("Jo Ray Vidal", title, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Ray Vidal, a member of the caravan, said they would walk.",
        "Jo Ray Vidal, a member of the National Guard, was injured.",
        "Jo Ray Vidal, a migrant from Honduras, said he would wait.",
    ],
)
def test_no_office(text):
    assert officials(text) == []


def test_an_officer_speaking_for_a_body_no_vocabulary_lists():
    text = (
        "The zone runs 40 miles east, said Col. Jo Ray Vidal, spokesman for the Joint Task Force."
    )
    assert officials(text) == [("Jo Ray Vidal", "Spokesman for the Joint Task Force", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Ray Vidal, spokesman for the Hope Border Institute, said so.",  # no rank
        "Capt. Jo Ray Vidal, president of the Rotary Club, spoke.",  # a club's office
    ],
)
def test_an_unknown_body_without_an_officer_is_no_office(text):
    assert officials(text) == []


def test_the_countrys_office_joins_its_one_holder():
    text = (
        "Peruvian President Lina Paz and Chilean President Tomás Vega spoke on Sunday. The "
        "Chilean president later flew home."
    )
    vega = next(o for o in mn.parse(text).officials if o.name == "Tomás Vega")
    assert [text[s.start : s.end] for s in vega.spans] == ["Tomás Vega", "The Chilean president"]
