"""Figures read from how agencies and reporters write them (issue 13, round 3, figs4).

Every sentence here is written for the test; none is taken from a news article.
"""

from __future__ import annotations

import pytest

import migrationnews as mn
from migrationnews.extract.statistics import find_statistics
from migrationnews.numbers import find_numbers


def _read(text: str) -> list[tuple[str, object, str, str]]:
    return [(s.text, s.value.low, s.unit.value, s.measure.value) for s in find_statistics(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agents logged 7 450 detections in May.", 7450),
        ("The agency counted 12 000 000 arrivals.", 12000000),
        ("Nearly 3 100 officers were sent.", 3100),
        ("Some 2\u00a0600 people waited.", 2600),  # a no-break space between the groups
    ],
)
def test_thousands_grouped_by_spaces_are_one_number(text: str, value: int) -> None:
    assert [m.value for m in find_numbers(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 450 people waited.",  # a year, then a count
        "Call +1 202 555 0147 for help.",  # a telephone number in parts
        "The groups of 12 and 340 people.",
    ],
)
def test_numbers_apart_that_are_no_thousands_stay_apart(text: str) -> None:
    assert all(m.value != 2021450 and m.value < 100000 for m in find_numbers(text))


def test_spanish_groups_by_spaces_too() -> None:
    assert [m.value for m in find_numbers("unos 4 700 migrantes", language="es")] == [4700]


def test_numbers_in_a_list_share_the_noun_after_the_last() -> None:
    found = _read("The routes logged 214 and 1,093 detections in spring.")
    assert found[0] == ("214", 214, "count", "crossings")
    found = _read("Officers counted 40, 55 and 61 border crossings on three nights.")[:3]
    assert [f[3] for f in found] == ["crossings", "crossings", "crossings"]


def test_a_ratio_with_every_is_a_share() -> None:
    assert _read("Three of every ten arrivals were children.") == [
        ("Three of every ten", 30, "percent", "share")
    ]
    assert _read("One in every four applicants won.")[0][2:] == ("percent", "share")


def test_kin_are_people_and_a_verb_of_dying_counts_them() -> None:
    assert _read("Two Eritrean sisters aboard the dinghy died of thirst.") == [
        ("Two Eritrean sisters", 2, "person", "deaths")
    ]


def test_each_part_between_semicolons_counts_its_own() -> None:
    found = _read("Sea arrivals climb to 9,140 this spring; deaths climb to 312")
    # arrivals by sea are crossings (figs5): "sea arrivals" names its route itself
    assert [(f[1], f[3]) for f in found] == [(9140, "crossings"), (312, "deaths")]


def test_a_sentence_that_names_nothing_counts_what_the_last_sentence_counted() -> None:
    text = (
        "Some 14,200 irregular border crossings were logged on the eastern route. "
        "The route stayed the busiest, logging 6,100 and 8,100 in March and April."
    )
    assert [f[3] for f in _read(text)] == ["crossings", "crossings", "crossings"]


def test_a_measure_word_attached_by_a_hyphen_is_no_bare_number() -> None:
    text = "About 3,000 migrants crossed the hills. The reserve is a 41,000-acre park."
    assert _read(text)[-1][3] == "other"


def test_the_same_number_again_counts_the_same_thing() -> None:
    text = "Agents logged 1,340 gotaways near the river. Most of the 1,340 were young men."
    assert [f[3] for f in _read(text)] == ["crossings", "crossings"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Deaths logged on the western route this year are at 412 individuals.", "deaths"),
        ("The number of migrants landing on the island in May rose to 2 350.", "migrants"),
        ("Apprehensions across the two sectors stood at 8,900.", "apprehensions"),
    ],
)
def test_a_linking_verb_ties_the_figure_to_the_subject_it_counts(text: str, measure: str) -> None:
    assert _read(text)[-1][3] == measure


def test_people_listed_then_missing_are_counted_with_the_dead() -> None:
    found = _read("Rescuers fear about 60 migrants and asylum seekers remain missing.")
    assert found[0][3] == "deaths"
    (found,) = mn.parse("Tres migrantes siguen desaparecidos en el mar, dijo la Marina.").statistics
    assert found.measure.value == "deaths"


def test_a_number_of_them_counts_what_they_stand_for() -> None:
    found = _read("Agents returned 75 Salvadorans on Friday. Five of them were minors.")
    assert found[-1] == ("Five", 5, "person", "removals")


def test_spanish_partitive_pronoun_and_entry_allowed() -> None:
    text = (
        "Según la agencia, este año se autorizó la entrada de once migrantes detenidos en el "
        "puerto: tres de ellos por razones médicas y otros ocho por razones legales."
    )
    found = [(s.value.low, s.unit.value, s.measure.value) for s in mn.parse(text).statistics]
    assert found == [(11, "person", "other"), (3, "person", "other"), (8, "person", "other")]


def test_a_caravan_camped_a_distance_from_a_town_is_near_that_town() -> None:
    (found,) = mn.parse(
        "A caravan of some 1,500 Salvadorans camped on Sunday 6 km from Tecún Umán."
    ).caravans
    assert found.location is not None
    assert found.location.name == "Tecún Umán"


def test_a_distance_walked_from_a_town_is_not_where_the_caravan_is() -> None:
    (found,) = mn.parse("A caravan of some 1,500 Salvadorans walked 25 km from Tapachula.").caravans
    assert found.location is None or found.location.name != "Tapachula"


def test_a_later_count_of_members_is_one_estimate_of_the_one_caravan() -> None:
    text = (
        "La caravana de hondureños salió el lunes de San Pedro Sula. "
        "Las autoridades dijeron que unos 1.200 migrantes de la caravana fueron detenidos. "
        "El presidente dijo después: se hablaba de 900 integrantes, pero ya no."
    )
    (found,) = mn.parse(text).caravans
    assert 900 in {e.estimate.low for e in found.size_estimates}


def test_a_caravan_broken_up_is_where_its_small_groups_are() -> None:
    text = (
        "Las autoridades lograron disolver la caravana de hondureños este fin de semana. "
        "Según la policía, quedan pequeños grupos de migrantes en Chiquimula."
    )
    (found,) = mn.parse(text).caravans
    assert found.status is mn.CaravanStatus.DISPERSED
    assert found.location is not None
    assert found.location.name == "Chiquimula"


def test_at_that_point_puts_the_stop_where_the_sentence_before_did() -> None:
    text = (
        "A caravan of about 900 Hondurans set out from the border on Monday. "
        "Police set up a roadblock outside Zacapa. "
        "At that point, officers broke up the caravan and detained dozens."
    )
    (found,) = mn.parse(text).caravans
    assert found.location is not None
    assert found.location.name == "Zacapa"


def test_the_people_who_did_so_did_what_the_sentence_before_said() -> None:
    text = (
        "About 31,000 people crossed the gap in the spring. "
        "That is well above the 9,800 without visas who did so a year earlier."
    )
    assert _read(text)[-1] == ("9,800", 9800, "person", "crossings")


def test_people_after_a_dash_that_follows_a_deportation_flight_were_removed() -> None:
    found = _read("A removal flight touched down in Guatemala City on Monday — 118 Guatemalans.")
    assert found[-1][2:] == ("person", "removals")
    found = _read("Guards held 300 people — 120 of them children.")
    assert found[-1][3] != "removals"


def test_the_two_named_before_are_people_not_a_count_of_migrants() -> None:
    found = _read("Officials said the two talked about migration and trade.")
    assert found == [("two", 2, "person", "other")]
    found = _read("Guards caught 2 women at dawn. The two were deported on Monday.")
    assert found[-1][3] == "removals"


def test_spanish_returns_and_their_participles_are_removals() -> None:
    text = (
        "El instituto contó 6.210 retornos en el semestre, frente a las 5.400 expulsadas "
        "el año pasado; otras 380 personas regresaron bajo un plan de retorno."
    )
    found = [(s.value.low, s.measure.value) for s in mn.parse(text).statistics]
    assert (6210, "removals") in found
    assert (5400, "removals") in found


def test_a_figure_restated_in_people_keeps_the_verb_before() -> None:
    found = _read("About 61% were deported by air, that is 12,400 people.")
    assert found[-1] == ("12,400 people", 12400, "person", "removals")
    text = "Un 30% fue deportado desde México, es decir 4.100 personas, según el informe."
    assert [s.measure.value for s in mn.parse(text).statistics][-1] == "removals"


def test_with_after_a_comma_restates_the_figure_of_the_clause_before() -> None:
    found = _read("Texas removed the largest share of them, with 4,310 people.")
    assert found[-1][2:] == ("person", "removals")
    found = _read("The caravan rested in a park with 4,310 people.")
    assert found[-1][3] != "removals"
