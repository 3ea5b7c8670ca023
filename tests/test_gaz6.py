"""The office-holder gazetteer beyond the Americas (gaz6): European, North African,
Canadian, South American, EU and US state and city office-holders, read by surname alone
in a dated article, and the common surnames that never name a holder by themselves."""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews import offices, ruletables

D = dt.date


def _officials(text: str, published: dt.date) -> dict[str, tuple[str | None, str | None]]:
    """surname -> (title, country) of each official the parser finds."""
    return {o.surname: (o.title, o.country) for o in mn.parse(text, published=published).officials}


@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        pytest.param("Meloni", D(2023, 6, 11), ("Prime Minister", "IT"), id="meloni"),
        pytest.param("Scholz", D(2024, 9, 11), ("Chancellor", "DE"), id="scholz"),
        pytest.param("Saied", D(2023, 6, 11), ("President", "TN"), id="saied"),
        pytest.param("Sunak", D(2023, 3, 1), ("Prime Minister", "GB"), id="sunak"),
        pytest.param(
            "Tusk", D(2018, 5, 1), ("President of the European Council", None), id="tusk-eu"
        ),
        pytest.param("Tusk", D(2024, 10, 14), ("Prime Minister", "PL"), id="tusk-pl"),
        pytest.param("Pritzker", D(2023, 9, 1), ("Governor", "US"), id="governor"),
        pytest.param("Johnston", D(2024, 1, 18), ("Mayor", "US"), id="mayor"),
        pytest.param("Trudeau", D(2022, 5, 12), ("Prime Minister", "CA"), id="trudeau"),
        pytest.param("Boluarte", D(2023, 4, 27), ("President", "PE"), id="boluarte"),
    ],
)
def test_surname_resolves_to_the_office_held_that_day(
    name: str, date: dt.date, expected: tuple[str, str | None]
) -> None:
    held = offices.lookup(name, date)
    assert [(t.title, t.country) for t in held] == [expected]


def test_no_tenure_before_the_office_began() -> None:
    assert offices.lookup("Meloni", D(2019, 1, 1)) == ()
    assert offices.lookup("Mamdani", D(2025, 6, 1)) == ()


def test_surname_alone_in_a_dated_article_names_the_holder() -> None:
    text = (
        "Meloni flew to Tunis on Tuesday to discuss departures of boats with Saied. "
        "Saied said his country would not become a border guard for Europe."
    )
    found = _officials(text, D(2023, 6, 7))
    assert found["Meloni"][1] == "IT"
    assert found["Saied"][1] == "TN"


def test_surname_alone_before_the_tenure_began_names_nobody() -> None:
    text = "Meloni told supporters at a rally in Rome that the party would grow."
    assert "Meloni" not in _officials(text, D(2016, 3, 1))


def test_german_interior_minister_takes_her_country_from_the_gazetteer() -> None:
    text = "Interior Minister Nancy Faeser ordered checks on every land border on Monday."
    assert _officials(text, D(2024, 9, 9))["Faeser"] == ("Interior Minister", "DE")


def test_eu_office_has_no_country() -> None:
    text = "Ursula von der Leyen promised money for coast guard boats during the visit."
    assert _officials(text, D(2023, 7, 16))["von der Leyen"][1] is None


@pytest.mark.parametrize(
    ("text", "date", "word"),
    [
        pytest.param(
            "The new rules took effect in May, officials said.", D(2018, 6, 1), "May", id="may"
        ),
        pytest.param(
            "Costa Rica opened a shelter near the border.", D(2025, 2, 1), "Costa", id="costa"
        ),
        pytest.param("Adams County deputies detained two men.", D(2023, 3, 1), "Adams", id="adams"),
        pytest.param(
            "Little has changed at the crossing since June.", D(2020, 8, 1), "Little", id="little"
        ),
        pytest.param(
            "Justice was slow for the families, lawyers said.",
            D(2019, 4, 1),
            "Justice",
            id="justice",
        ),
    ],
)
def test_common_word_surname_alone_is_no_official(text: str, date: dt.date, word: str) -> None:
    assert word in ruletables.common_surnames()
    assert word not in _officials(text, date)


def test_common_surname_with_first_name_is_the_holder() -> None:
    text = "Theresa May said the government would review the detention rules."
    assert _officials(text, D(2018, 4, 20))["May"][1] == "GB"


def test_surname_shared_by_two_holders_alone_names_nobody() -> None:
    # Mark Carney (Canada) and John Carney (Delaware) both held office by 2025
    assert "Carney" not in _officials("Carney said the border was secure.", D(2025, 4, 1))
    found = _officials("Mark Carney said the border was secure.", D(2025, 4, 1))
    assert found["Carney"][1] == "CA"


def test_every_new_country_code_is_known() -> None:
    codes = {row.code for row in ruletables.countries()}
    assert {t.country for t in offices.tenures() if t.country} <= codes
