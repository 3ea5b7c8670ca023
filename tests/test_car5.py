"""Caravans, round 4 (car5): lines of vehicles that are no caravan of migrants, marches of
migrants, groups still forming, groups that splinter, and sentences about other caravans.
Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews.records import Caravan, CaravanStatus

DAY = dt.date(2024, 2, 1)


def caravans(text: str) -> tuple[Caravan, ...]:
    return mn.parse(text, published=DAY).caravans


def one(text: str) -> Caravan:
    found = caravans(text)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- lines of vehicles

VEHICLES = {
    "convoy": (
        "A truck convoy against the federal border policy rolled out of Ohio on Monday. "
        "Some forty pickups joined the caravan in Kentucky. "
        "The caravan stopped overnight in Memphis and plans a rally near Del Rio."
    ),
    "car-caravans": (
        "Supporters of the governor drove car caravans along the interstate on Sunday. "
        "A long procession of flag-waving trucks snaked through the suburbs of Phoenix."
    ),
    "caravan-of-vehicles": (
        "A caravan of vehicles circled the state capitol in a show of support for the wall. "
        "The procession moved on to the county fairgrounds by noon."
    ),
}


@pytest.mark.parametrize("text", list(VEHICLES.values()), ids=list(VEHICLES))
def test_a_line_of_vehicles_is_no_caravan_of_migrants(text):
    assert caravans(text) == ()


def test_a_group_that_names_its_migrants_is_kept_beside_a_convoy():
    found = one(
        "A convoy of aid trucks reached the shelters of Arriaga on Tuesday. "
        "The caravan of some 1,500 migrants rested in the town's sports field."
    )
    assert found.size is not None
    assert found.size.low == 1500


# ---------------------------------------------------------------- marches


@pytest.mark.parametrize(
    ("text", "low", "origins"),
    [
        ("About 400 refugees began a 150-km march from Edirne toward the Greek frontier.", 400, ()),
        (
            "Some 600 asylum seekers, most of them Syrians, staged a protest march "
            "out of the camp on Friday.",
            600,
            ("SY",),
        ),
        ("Some 250 Afghans set off on a 90-kilometre march to the Croatian border.", 250, ("AF",)),
    ],
)
def test_a_march_of_migrants_is_their_group(text, low, origins):
    found = one(text)
    assert found.size is not None
    assert found.size.low == low
    assert found.origins == origins


def test_a_march_with_a_move_verb_is_moving():
    found = one("Some 250 Afghans set off on a 90-kilometre march to the Croatian border.")
    assert found.status is CaravanStatus.MOVING


def test_their_march_is_their_journey_not_a_new_group():
    found = one(
        "A caravan of 900 migrants left Huixtla at dawn. "
        "The migrants plan to rest in Escuintla before they resume their march."
    )
    assert found.size is not None
    assert found.size.low == 900


def test_a_march_as_a_verb_or_a_month_is_no_group():
    assert caravans("Migrants march across the bridge every morning to reach work.") == ()
    assert caravans("In March, 300 migrants were registered at the camp.") == ()


# ---------------------------------------------------------------- status


def test_a_group_gathering_to_form_a_caravan_is_forming():
    found = one(
        "Hundreds of Salvadorans met at a plaza in the capital on Monday night to form a "
        "caravan bound for the United States."
    )
    assert found.status is CaravanStatus.FORMING


@pytest.mark.parametrize(
    "verb", ["splintered into bands", "broke into several small bands", "fractured"]
)
def test_a_caravan_that_splinters_is_dispersed(verb):
    found = one(f"A caravan of 2,000 migrants left Tapachula. By Friday the caravan had {verb}.")
    assert found.status is CaravanStatus.DISPERSED


def test_a_sentence_about_other_caravans_says_nothing_of_this_one():
    found = one(
        "A caravan of 700 migrants set out from Tapachula on Sunday. "
        "In 2021, several caravans walked out of the same city. "
        "Most of them were broken up by the police within days."
    )
    assert found.status is CaravanStatus.MOVING


# ---------------------------------------------------------------- size


def test_the_people_a_group_set_out_with_are_its_size():
    found = one(
        "The caravan has walked 120 km since it set off from Ciudad Hidalgo on 3 May "
        "with about 2,200 people, most of them from Honduras."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (2200, 2200)


def test_a_source_that_says_there_were_so_many_gives_an_estimate():
    found = one(
        "Hundreds of migrants walked out of Huehuetan in a caravan on Friday. Aid workers "
        "counted about 2,600 walkers; the town's mayor said there were 1,100."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (1100, 2600)


def test_people_among_the_group_are_a_part_not_its_size():
    found = one(
        "A caravan of migrants left Escuintla on Sunday morning, and there were 90 babies "
        "among the walkers, a nurse said."
    )
    assert found.size is None or found.size.low != 90


# ---------------------------------------------------------------- location and Spanish


def test_a_place_the_group_slept_in_and_then_left_is_not_where_it_is():
    found = one(
        "The caravan of 800 migrants slept in Escuintla and set off again before dawn, "
        "police said. By noon it had reached Acapetahua."
    )
    assert found.location is not None
    assert found.location.name == "Acapetahua"


def test_a_group_that_went_on_after_a_block_is_moving_in_spanish():
    found = one(
        "La policía bloqueó la carretera frente a la caravana de unos 600 migrantes en "
        "Huixtla, pero los migrantes siguieron su camino hasta la población de Escuintla."
    )
    assert found.status is CaravanStatus.MOVING
    assert found.location is not None
    assert found.location.name == "Escuintla"


def test_a_convoy_of_agents_leaves_the_caravan_of_migrants_alone():
    found = one(
        "La caravana de unos 900 migrantes hondureños descansó en Mapastepec. "
        "Un convoy de la Guardia Nacional vigiló la carretera."
    )
    assert found.origins == ("HN",)


def test_members_named_after_made_up_of_are_origins_in_spanish():
    found = one("La caravana, conformada sobre todo por nicaragüenses y cubanos, llegó a Juchitán.")
    assert set(found.origins) == {"NI", "CU"}


def test_the_agent_after_por_is_no_origin_in_spanish():
    found = one("La caravana fue frenada por guatemaltecos armados cerca de la frontera.")
    assert found.origins == ()


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("Soldiers broke it up near Huixtla on Tuesday.", CaravanStatus.DISPERSED),
        ("Police stopped them near Huixtla on Tuesday.", CaravanStatus.STOPPED),
    ],
)
def test_a_sentence_that_stops_it_goes_on_about_the_group(second, status):
    found = one(f"A caravan of 700 migrants left Tapachula on Monday. {second}")
    assert found.status is status


def test_a_border_crossing_the_group_reached_is_where_it_is():
    found = one(
        "A caravan of 1,200 Hondurans reached the Guatemalan border at Corinto on Friday, "
        "where soldiers held it."
    )
    assert found.location is not None
    assert found.location.name == "Corinto"


# ---------------------------------------------------------------- other walkers, other words


@pytest.mark.parametrize(
    "text",
    [
        "A caravan of mothers of missing migrants reached Coatzacoalcos on Monday, "
        "carrying photographs of their sons.",
        "La caravana de madres de migrantes desaparecidos llegó a Puebla el martes.",
    ],
)
def test_a_caravan_of_the_mothers_of_missing_migrants_is_no_caravan_of_migrants(text):
    assert caravans(text) == ()


def test_a_group_heading_west_is_moving():
    found = one("A group of 600 refugees heads west along the motorway toward the border.")
    assert found.status is CaravanStatus.MOVING


def test_origins_listed_after_a_region_in_spanish():
    found = one(
        "Salió de Tapachula una caravana con unos 800 migrantes, en su mayoría provenientes "
        "de Centroamérica, Ecuador, Cuba y Colombia."
    )
    assert set(found.origins) == {"EC", "CU", "CO"}


def test_a_viacrucis_of_migrants_is_one_group_in_spanish():
    found = one(
        "Unas 900 personas iniciaron el viacrucis del migrante en Tapachula y caminaron "
        "rumbo a Huixtla."
    )
    assert found.size is not None
    assert found.size.low == 900


# ---------------------------------------------------------------- estimates from every source


def sizes(found: Caravan) -> list[tuple[int | None, int | None, str | None]]:
    return [
        (e.estimate.low, e.estimate.high, e.source.source if e.source else None)
        for e in found.size_estimates
    ]


def test_passive_estimates_by_two_sources_span_the_size():
    found = one(
        "The caravan, counted by the state police at 1,400 people and by its organizers "
        "at 2,900, slept in Mapastepec."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (1400, 2900)
    assert sizes(found) == [(1400, 1400, "the state police"), (2900, 2900, "its organizers")]


def test_a_second_source_that_estimated_a_bare_figure_is_kept_with_its_name():
    found = one(
        "Church leaders said the caravan had about 3,100 members; a local reporter estimated 1,700."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (1700, 3100)
    assert sizes(found)[-1][2] == "a local reporter"


def test_spanish_estimates_by_two_sources_span_the_size():
    found = one(
        "La caravana, calculada por la Guardia Nacional en 900 personas y por los "
        "activistas en 2.400, llegó a Pijijiapan."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (900, 2400)


def test_a_second_source_after_segun_gives_its_own_estimate():
    found = one(
        "La caravana, que según la alcaldía reúne a 1.300 personas y según sus líderes "
        "3.500, durmió en Escuintla."
    )
    assert found.size is not None
    assert (found.size.low, found.size.high) == (1300, 3500)


# ---------------------------------------------------------------- the last thing it did


@pytest.mark.parametrize(
    "text",
    [
        "A caravan of 1,800 migrants was halted by soldiers in Huixtla on Monday. "
        "On Tuesday it set off again and reached Escuintla.",
        "La caravana fue detenida en Huixtla el lunes. El martes salió de nuevo rumbo a Escuintla.",
    ],
)
def test_a_group_that_set_off_again_after_a_stop_is_moving(text):
    assert one(text).status is CaravanStatus.MOVING


def test_members_of_its_ranks_are_a_part_not_the_size():
    found = one(
        "Police broke up the caravan in Huixtla on Friday. About 250 of its members "
        "regrouped and walked on toward Escuintla."
    )
    assert found.size is None or found.size.low != 250


def test_boarding_buses_that_ends_the_caravan_is_dispersed():
    found = one(
        "The migrants of the caravan took the buses the government offered to Puebla, "
        "ending the caravan after nine days on the road."
    )
    assert found.status is CaravanStatus.DISPERSED


# ---------------------------------------------------------------- origins across the article


@pytest.mark.parametrize(
    ("second", "origins"),
    [
        ("La mayoría son nicaragüenses y cubanos.", {"NI", "CU"}),
        ("Casi todos eran salvadoreños.", {"SV"}),
        ("Entre los caminantes hay peruanos y colombianos.", {"PE", "CO"}),
    ],
)
def test_spanish_members_named_later_in_the_article_give_origins(second, origins):
    found = one(f"Una caravana de unos 900 migrantes salió de Huixtla el domingo. {second}")
    assert set(found.origins) == origins


def test_spanish_officers_by_nationality_are_no_origin():
    found = one(
        "Una caravana de unos 900 migrantes salió de Huixtla el domingo. "
        "La mayoría de los agentes eran guatemaltecos."
    )
    assert found.origins == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The caravan halted at a checkpoint near Huehuetan, about 30 km from Tapachula.",
            "Huehuetán",
        ),
        ("La caravana avanzó hasta Mapastepec, a 120 kilómetros de Tapachula.", "Mapastepec"),
    ],
)
def test_a_town_that_only_measures_the_distance_is_not_where_the_group_is(text, place):
    found = one(text)
    assert found.location is not None
    assert found.location.name == place


def test_a_group_a_distance_from_a_town_is_near_that_town():
    found = one("La caravana acampó a unos 5 kilómetros de Huixtla.")
    assert found.location is not None
    assert found.location.name == "Huixtla"


# ---------------------------------------------------------------- Spanish verb forms


def test_spanish_countries_after_a_feminine_or_verbal_from_word_are_origins():
    found = one(
        "Salió de Tapachula una caravana de unos 400 migrantes, integrada por personas "
        "originarias de Ecuador, Haití y Perú."
    )
    assert set(found.origins) == {"EC", "HT", "PE"}
    found = one(
        "Una caravana de unos 400 migrantes salió de Tapachula. Los migrantes provienen de "
        "varias naciones, entre ellas Cuba y Honduras."
    )
    assert set(found.origins) == {"CU", "HN"}


def test_spanish_a_town_reached_in_the_perfect_is_where_the_group_is():
    found = one(
        "La caravana, que busca llegar a Puebla, se dirige a la capital y al mediodía "
        "había llegado a Escuintla."
    )
    assert found.location is not None
    assert found.location.name == "Escuintla"


def test_an_order_to_disband_is_no_fact():
    found = one(
        "A caravan of 900 migrants set out from Tapachula at dawn. Immigration agents told "
        "them to disband, but the migrants refused and walked on."
    )
    assert found.status is CaravanStatus.MOVING


def test_the_operation_named_again_says_where_the_group_was_broken_up():
    found = one(
        "Agentes de migración desarticularon una caravana de unos 1.500 migrantes. "
        "El operativo sorprendió a los migrantes en el parque central de Huixtla."
    )
    assert found.status is CaravanStatus.DISPERSED
    assert found.location is not None
    assert found.location.name == "Huixtla"


@pytest.mark.parametrize(
    "text",
    [
        "A caravan of humanitarian aid left Tijuana for the shelters of Mexicali on Monday.",
        "A caravan of Border Patrol vehicles escorted the buses to the processing center.",
        "Una caravana de vehículos con ayuda humanitaria llegó al albergue de Tijuana.",
        "Una caravana de camiones con víveres salió de Puebla hacia Juchitán.",
        "Volunteers set off in a caravan against family separation from Los Angeles.",
    ],
)
def test_aid_vehicles_and_campaigns_are_no_caravan_of_migrants(text):
    assert caravans(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "A caravan of migrants on buses reached Tijuana on Sunday.",
        "Una caravana de migrantes en autobuses llegó a Tijuana el domingo.",
    ],
)
def test_migrants_travelling_by_bus_are_still_a_caravan(text):
    found = one(text)
    assert found.location is not None
    assert found.location.name == "Tijuana"


@pytest.mark.parametrize(
    ("second", "origins"),
    [
        ("Walkers told reporters they were from Peru, Bolivia and Ecuador.", {"PE", "BO", "EC"}),
        ("The majority are Nicaraguan, a volunteer said.", {"NI"}),
        ("Most of them were Cuban or Haitian.", {"CU", "HT"}),
    ],
)
def test_members_said_to_be_from_a_country_or_of_a_nationality_give_origins(second, origins):
    found = one(f"A caravan of some 600 migrants left Huixtla on Sunday. {second}")
    assert set(found.origins) == origins


def test_a_pronoun_after_onlookers_gives_no_origin():
    found = one(
        "A caravan of some 600 migrants left Huixtla on Sunday. The police officers who "
        "escorted it said they were from Guatemala."
    )
    assert found.origins == ()


@pytest.mark.parametrize(
    "text",
    [
        "A caravan left Huixtla on Sunday. About 300 children walk with it.",
        "Una caravana de migrantes salió de Huixtla el domingo. Unas 250 mujeres viajan en "
        "el grupo.",
    ],
)
def test_children_or_women_counted_in_the_group_are_a_part_not_its_size(text):
    assert one(text).size is None


@pytest.mark.parametrize(
    "text",
    [
        "Some 400 men, women and children set out in a caravan from Tapachula.",
        "Unos 400 hombres, mujeres y niños salieron en caravana de Tapachula.",
    ],
)
def test_men_women_and_children_together_are_the_whole_group(text):
    found = one(text)
    assert found.size is not None
    assert found.size.low == 400


def test_its_numbers_go_on_about_the_group():
    found = one("A caravan left Huixtla on Sunday. Its numbers swelled to 2,800 by Tuesday.")
    assert found.size is not None
    assert found.size.low == 2800


def test_a_spanish_distance_to_the_us_border_is_read_with_spanish_numbers():
    found = one(
        "La caravana descansó en Juchitán, a unos 2.100 kilómetros de la frontera con "
        "Estados Unidos."
    )
    assert found.distance_to_border is not None
    assert found.distance_to_border.magnitude == 2100
    assert str(found.distance_to_border.units) == "kilometer"


def test_a_spanish_distance_to_the_guatemalan_border_is_not_to_the_us_border():
    found = one("La caravana descansó en Huixtla, a 40 kilómetros de la frontera con Guatemala.")
    assert found.distance_to_border is None
