"""Figures and caravans read from what the sentence says (issue 13, round 3).

Every sentence here is written for the test; none is taken from a news article.
"""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn

_DAY = dt.date(2024, 3, 6)


def _caravan(text: str) -> mn.Caravan:
    (found,) = mn.parse(text, published=_DAY).caravans
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The caravan left Motozintla, a town in the state of Chiapas, last week.",
        "La caravana salió la semana pasada de Motozintla, una localidad en el estado de Chiapas.",
        "La caravana partió de Motozintla la semana pasada con destino a Comitán, ambas "
        "ciudades en el estado de Chiapas.",
    ],
)
def test_a_place_described_after_a_comma_does_not_place_the_group(text: str) -> None:
    location = _caravan(text).location  # the place left is not in the gazetteer
    assert location is None or location.name != "Chiapas"  # nor is the state it lies in


def test_a_comma_before_the_groups_own_preposition_keeps_the_place() -> None:
    caravan = _caravan("After a long day on the road, the caravan rested in Huixtla.")
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"


def _measures(text: str) -> list[tuple[str, mn.Measure]]:
    return [(s.text, s.measure) for s in mn.parse(text).statistics]


M = mn.Measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Every Tuesday nine planes land carrying some 120 returnees each.", M.REMOVALS),
        ("Four flights with 500 deportees arrived in Guatemala City.", M.REMOVALS),
        ("Four flights with 500 tourists arrived in Cancún.", M.OTHER),
    ],
)
def test_a_carrier_counts_what_the_people_it_carries_count(text: str, measure: M) -> None:
    assert _measures(text)[0][1] is measure


def test_the_people_removal_flights_carried_are_removals() -> None:
    found = _measures(
        "Honduras took in about nine deportation flights a month, carrying about 1,100 "
        "people in all, officials said."
    )
    assert found[0][1] is M.REMOVALS
    assert found[1] == ("about 1,100 people", M.REMOVALS)


@pytest.mark.parametrize(
    ("text", "part", "measure"),
    [
        (
            "Five teenagers from Olancho, who were among the 130 Hondurans deported on "
            "Monday, told their story.",
            "Five teenagers",
            M.REMOVALS,
        ),
        (
            "Two women, among 60 people who crossed the river at dawn, were treated for "
            "hypothermia.",
            "Two women",
            M.CROSSINGS,
        ),
    ],
)
def test_a_part_named_among_a_later_figure_counts_what_it_counts(
    text: str, part: str, measure: M
) -> None:
    assert dict(_measures(text))[part] is measure


def test_a_part_with_a_verb_of_its_own_keeps_it() -> None:
    found = dict(_measures("Three men, among 40 migrants caught on Sunday, died in custody later."))
    assert found["Three men"] is M.DEATHS


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 families slept at the shelter.",
        "Agents found 12 family units near the river.",
        "Unas 30 familias durmieron en el albergue.",
    ],
)
def test_families_are_counted_as_things_as_the_guideline_reads_them(text: str) -> None:
    (found,) = mn.parse(text).statistics
    assert (found.unit, found.measure) == (mn.Unit.COUNT, M.MIGRANTS)


@pytest.mark.parametrize(
    "text",
    [
        "A reporter for NBC 5 counted 75 people at the gate.",
        "The convoy set off at 5: 30 am with 75 people aboard.",
        "The convoy set off at 5 : 30 p.m. with 75 people aboard.",
        "Buses carried 75 people to the capital on April 9 and 10.",
        "Buses carried 75 people to the capital on April 9-10.",
        "Los autobuses llevaron a 75 personas a la capital el 9 y 10 de abril.",
    ],
)
def test_names_times_and_second_days_are_not_figures(text: str) -> None:
    assert [s.value.low for s in mn.parse(text).statistics] == [75]


def test_a_number_after_a_date_with_a_noun_of_its_own_is_a_figure() -> None:
    found = mn.parse("The buses left on April 9 and 12 migrants stayed behind.").statistics
    assert [s.value.low for s in found] == [12]


def _parse_measures(text: str) -> list[tuple[str, mn.Measure]]:
    return [(s.text, s.measure) for s in mn.parse(text).statistics]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The governor will send 900 members of the state's National Guard.", M.TROOPS),
        ("Some 250 members of the Guatemalan army were posted at the river.", M.TROOPS),
        ("About 700 members of the caravan rested in a park.", M.MIGRANTS),
        ("Unos 400 miembros de la Guardia Nacional vigilan el río.", M.TROOPS),
        ("Unos 400 miembros de la caravana descansan en el parque.", M.MIGRANTS),
    ],
)
def test_a_generic_noun_of_people_counts_what_its_whole_is(text: str, measure: M) -> None:
    assert _parse_measures(text)[0][1] is measure


def test_people_who_asked_for_refugee_status_count_asylum() -> None:
    found = _parse_measures("Officials said 1,800 people from the group requested refugee status.")
    assert found[0][1] is M.ASYLUM


@pytest.mark.parametrize(
    "text",
    [
        "Agents followed a large group of roughly 2,400 across the valley.",
        "Un grupo de unos 600 avanzó por la carretera.",
    ],
)
def test_a_bare_number_that_sizes_a_group_counts_people(text: str) -> None:
    (found,) = mn.parse(text).statistics
    assert (found.unit, found.measure) == (mn.Unit.PERSON, M.MIGRANTS)


def test_people_caught_crossing_are_apprehensions_not_crossings() -> None:
    found = _parse_measures("Agents caught 1,500 people crossing the river on Sunday.")
    assert found == [("1,500 people", M.APPREHENSIONS)]


def test_a_floor_below_another_sources_figure_does_not_open_the_span() -> None:
    caravan = _caravan(
        "The caravan walked north through Chiapas on Tuesday. Church workers said more "
        "than 2,500 people were in the caravan, while organizers said it numbered 4,000."
    )
    assert (caravan.size.low, caravan.size.high) == (2500, 4000)
    assert len(caravan.size_estimates) == 2


def test_a_floor_above_every_other_figure_leaves_the_span_open() -> None:
    caravan = _caravan(
        "The caravan walked north through Chiapas on Tuesday. Police said it numbered "
        "1,500, while organizers said more than 3,000 people were in the caravan."
    )
    assert (caravan.size.low, caravan.size.high) == (1500, None)


def test_a_group_whose_count_fell_keeps_the_new_count_as_an_estimate() -> None:
    caravan = _caravan(
        "The caravan crawled through Oaxaca on Wednesday. Officials said the number of "
        "migrants in the caravan was down to 2,100 people, while organizers said it "
        "numbered 5,000."
    )
    assert (caravan.size.low, caravan.size.high) == (2100, 5000)
    assert caravan.status is mn.CaravanStatus.MOVING


def test_countries_named_as_examples_give_the_groups_origins() -> None:
    (caravan,) = mn.parse(
        "Una caravana de unos 900 desplazados de países como Nicaragua, Cuba y Haití "
        "avanzó este lunes por Chiapas.",
        published=_DAY,
    ).caravans
    assert set(caravan.origins) == {"NI", "CU", "HT"}


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Del total de deportaciones contadas desde marzo, 8.200 se hicieron por aire.",
            M.REMOVALS,
        ),
        (
            "Of the total of removals counted since March, 8,200 were carried out by air.",
            M.REMOVALS,
        ),
    ],
)
def test_a_part_of_a_total_counts_what_the_total_counts(text: str, measure: M) -> None:
    assert _parse_measures(text)[0][1] is measure


def test_a_spanish_participle_after_a_noun_does_not_replace_it() -> None:
    found = _parse_measures("Se contaron 300 repatriaciones registradas en enero.")
    assert found[0][1] is M.REMOVALS


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("A caravan of 1,200 Hondurans walks north after crossing the river.", M.MIGRANTS),
        ("After crossing the river at dawn, 80 people were detained by police.", M.APPREHENSIONS),
        ("Tras cruzar el río, 80 personas fueron detenidas por la policía.", M.APPREHENSIONS),
        ("Guatemala took in 640 migrants returned by Mexico.", M.REMOVALS),
        ("About 700 people poured across the bridge before sunrise.", M.CROSSINGS),
    ],
)
def test_the_event_a_figure_counts_is_the_one_told_now(text: str, measure: M) -> None:
    assert _parse_measures(text)[0][1] is measure


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "La caravana entró a Oaxaca el lunes, llegando de noche a la ciudad de Juchitán.",
            "Juchitán",
        ),
        ("Los migrantes de la caravana llegaron hasta la plaza central de Huixtla.", "Huixtla"),
    ],
)
def test_a_group_arriving_in_a_town_is_there(text: str, place: str) -> None:
    caravan = _caravan(text)
    assert caravan.location is not None
    assert caravan.location.name == place


def test_a_spanish_dateline_closed_by_a_stop_and_a_dash_places_the_reporter() -> None:
    caravan = _caravan(
        "Huixtla, Chiapas.- Una caravana de unos 900 migrantes salió ayer rumbo al norte."
    )
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"


def test_a_group_of_migrants_that_police_dispersed_is_a_caravan() -> None:
    caravan = _caravan(
        "Agentes dispersaron a un grupo de 350 migrantes, la mayoría hondureños, en la "
        "carretera. La caravana había salido de madrugada."
    )
    assert (caravan.size.low, caravan.status) == (350, mn.CaravanStatus.DISPERSED)


def test_a_spanish_sentence_without_a_subject_goes_on_about_the_group() -> None:
    caravan = _caravan(
        "La caravana de unos 700 migrantes partió el domingo de Tapachula. Pero fue "
        "disuelta el lunes en el municipio de Huixtla por la Guardia Nacional."
    )
    assert caravan.status is mn.CaravanStatus.DISPERSED
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"


def test_origins_stated_later_of_the_groups_people_are_gathered() -> None:
    caravan = _caravan(
        "La caravana de unos 700 migrantes avanzó el lunes por Chiapas. Los migrantes "
        "eran mayormente cubanos y venezolanos."
    )
    assert set(caravan.origins) == {"CU", "VE"}


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("La caravana avanzó el lunes por Chiapas. Ahora tiene unos 2.500 integrantes.", 2500),
        (
            "La caravana avanzó el lunes por Chiapas; el grupo suma en total unas 2.500 personas.",
            2500,
        ),
        (
            "La caravana avanzó el lunes por Chiapas. Agentes detuvieron a unos 40 migrantes "
            "y el resto, unas 2.500 personas, siguió caminando.",
            2500,
        ),
        (
            "Miles de migrantes salieron el lunes en caravana. Unas 2.500 personas "
            "comenzaron a caminar hacia el norte.",
            2500,
        ),
    ],
)
def test_the_spanish_size_of_a_group_and_not_of_a_part(text: str, size: int) -> None:
    assert _caravan(text).size.low == size


def test_a_place_name_inside_a_longer_proper_name_does_not_place_the_group() -> None:
    caravan = _caravan("Police broke up a caravan of 600 migrants gathered at Miguel Hidalgo park.")
    assert caravan.location is None or caravan.location.name != "Hidalgo"


@pytest.mark.parametrize(
    "text",
    [
        "La caravana llegó a la carretera entre Tuxtla Chico y Huixtla el martes.",
        "By Tuesday the caravan had reached the highway between Tapachula and Huixtla.",
    ],
)
def test_a_group_that_reached_a_road_between_two_towns_is_at_the_far_one(text: str) -> None:
    caravan = _caravan(text)
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"


@pytest.mark.parametrize(
    "text",
    [
        "A caravan of 900 migrants waited at the Guatemala-Mexico border on Monday.",
        "A caravan of 900 migrants waited at the Mexico border on Monday.",
    ],
)
def test_a_country_that_names_a_border_does_not_place_the_group_in_it(text: str) -> None:
    caravan = _caravan(text)
    assert caravan.location is None or caravan.location.name != "Mexico"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Some 52,000 people crossed the river in May. That is nearly double the 27,300 "
            "of the same month last year.",
            M.CROSSINGS,
        ),
        (
            "Agents deported 8,100 people in June, 3.2 times more than the 2,500 of June 2022.",
            M.REMOVALS,
        ),
    ],
)
def test_a_bare_number_compared_with_a_figure_counts_what_it_counts(text: str, measure: M) -> None:
    assert _parse_measures(text)[-1][1] is measure


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("El martes, tres vuelos llegaron con 390 hondureños deportados desde Texas.", M.REMOVALS),
        ("El gobierno envió de regreso a unas 900 personas en mayo.", M.REMOVALS),
    ],
)
def test_spanish_flights_and_people_sent_back_are_removals(text: str, first: M) -> None:
    assert _parse_measures(text)[0][1] is first
