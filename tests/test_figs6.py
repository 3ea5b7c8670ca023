"""What a figure counts, read by kind of measure on held-out pages (issue 13, round 4, figs6).

Every sentence here is written for the test; none is taken from a news article.
"""

from __future__ import annotations

import pytest

from migrationnews import parse
from migrationnews.extract.statistics import find_statistics


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.unit.value, s.measure.value) for s in find_statistics(text)]


def _measure_of(text: str, figure: str) -> str:
    found = [s for s in find_statistics(text) if figure in s.text]
    assert found, (figure, _read(text))
    return found[0].measure.value


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Congress approved a $600-million package for the border.", 600_000_000),
        ("The state signed a $1.5-billion contract for new barriers.", 1_500_000_000),
        ("A $40-million fund pays for the shelters.", 40_000_000),
        ("The city has spent $2.4 billion since the summer.", 2_400_000_000),
    ],
)
def test_a_scale_joined_by_a_hyphen_scales_the_amount(text: str, value: int) -> None:
    (stat,) = find_statistics(text)
    assert (stat.unit.value, stat.measure.value) == ("usd", "money")
    assert stat.value.low == value == stat.value.high


# ---------------------------------------------------------------- ages are no figures


@pytest.mark.parametrize(
    "text",
    [
        "Most of the children were younger than 15.",
        "Minors under the age of 12 travel with a parent.",
        "Many of the men were older than 40.",
        "The group was mostly aged under 30.",
    ],
)
def test_an_age_threshold_is_no_figure(text: str) -> None:
    assert find_statistics(text) == ()


# ---------------------------------------------------------------- multipliers


@pytest.mark.parametrize(
    "text",
    [
        "That is five times more minors than crossed a year before.",
        "Arrivals were three times higher than the deportations.",
        "The shelter now holds four times as many people as it was built for.",
    ],
)
def test_times_before_a_comparison_is_a_ratio(text: str) -> None:
    (stat,) = [s for s in find_statistics(text) if "times" in s.text]
    assert stat.measure.value == "other"


def test_times_counted_by_an_event_verb_stay_events() -> None:
    (stat,) = find_statistics("The agency expelled migrants 1.2 million times that year.")
    assert stat.measure.value == "removals"


# ---------------------------------------------------------------- parts of a total


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        (
            "Agents apprehended 210,000 migrants in the year. Included in that number "
            "were 31,000 unaccompanied children and 64,000 family members.",
            "31,000 unaccompanied children",
            "apprehensions",
        ),
        (
            "Agents apprehended 210,000 migrants in the year. Included in that number "
            "were 31,000 unaccompanied children and 64,000 family members.",
            "64,000 family members",
            "apprehensions",
        ),
        (
            "The government deported 95,000 people. That total includes 12,000 Salvadorans.",
            "12,000 Salvadorans",
            "removals",
        ),
        (
            "Some 2,300 migrants died at sea. Among them were 400 children.",
            "400 children",
            "deaths",
        ),
    ],
)
def test_a_part_named_after_a_total_counts_what_the_total_counts(
    text: str, figure: str, measure: str
) -> None:
    assert _measure_of(text, figure) == measure


def test_a_part_of_people_on_the_move_stays_migrants() -> None:
    text = "Volunteers counted 500 migrants at the camp. Of those, 90 children were ill."
    assert _measure_of(text, "90 children") == "migrants"


# ---------------------------------------------------------------- asylum


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 900,000 people were waiting for their asylum claims to be decided.", "900,000"),
        ("Some 40,000 asylum seekers are awaiting decisions on their cases.", "40,000"),
        ("The number of new asylum applicants rose to 210,000 in the spring.", "210,000"),
        ("Sweden registered 18,000 asylum applicants in the first half.", "18,000"),
    ],
)
def test_people_waiting_on_asylum_cases_count_asylum(text: str, figure: str) -> None:
    assert _measure_of(text, figure) == "asylum"


def test_people_waiting_at_the_border_stay_migrants() -> None:
    text = "Some 3,000 migrants are waiting in Reynosa for a chance to cross."
    assert _measure_of(text, "3,000") == "migrants"


# ---------------------------------------------------------------- detention


@pytest.mark.parametrize(
    "text",
    [
        "The number of immigrants detained in federal immigration facilities has topped 61,000.",
        "Some 48,000 people were detained in ICE detention centers at the end of May.",
    ],
)
def test_people_held_in_detention_are_a_population_not_arrests(text: str) -> None:
    (stat,) = find_statistics(text)
    assert stat.measure.value == "migrants"


def test_people_detained_in_a_place_are_arrests() -> None:
    (stat,) = find_statistics("Police detained 120 migrants in Oaxaca on Sunday.")
    assert stat.measure.value == "apprehensions"


# ---------------------------------------------------------------- transit on a route


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 6,100 people transited the Darien jungle in June.", "About 6,100 people"),
        ("This year 98,000 migrants have been in transit through the Darien Gap.", "98,000"),
    ],
)
def test_transit_through_a_jungle_route_is_crossing(text: str, figure: str) -> None:
    assert _measure_of(text, figure) == "crossings"


def test_transit_through_a_country_without_a_route_stays_migrants() -> None:
    text = "About 700 migrants were transiting Guatemala on foot."
    assert _measure_of(text, "700") == "migrants"


# ---------------------------------------------------------------- restated crossings


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "On Monday 310 people crossed the Channel in small boats, taking the year's "
            "total to 18,400 - some 1,200 people in the past week.",
            "some 1,200 people",
        ),
        (
            "Since June, 6,300 people have crossed the Channel - an average of 70 people a day.",
            "70 people",
        ),
        (
            "Last year 41,000 people crossed the Channel in small boats, averaging about "
            "112 people a day.",
            "112 people",
        ),
        (
            "Altogether 96,000 people — roughly a city's worth — have crossed the Channel "
            "since 2019.",
            "96,000 people",
        ),
    ],
)
def test_a_rate_or_aside_after_crossings_counts_crossings(text: str, figure: str) -> None:
    assert _measure_of(text, figure) == "crossings"


def test_records_and_rates_restate_the_crossings_before() -> None:
    text = (
        "So far 310,000 migrants have crossed the Darien jungle this year. In August the "
        "daily rate has exceeded 1,900 people. That beats last year's record of 220,000 "
        "migrants and the 2021 record of 120,000."
    )
    read = {s.text: (s.measure.value, s.value.qualifier.value) for s in find_statistics(text)}
    assert read["exceeded 1,900 people"] == ("crossings", "more_than")
    assert read["220,000 migrants"][0] == "crossings"
    assert read["120,000"][0] == "crossings"


def test_the_number_moved_to_restates_the_count_before() -> None:
    text = (
        "In 2019 Malta recorded 3,400 migrant arrivals by sea. After the new patrols the "
        "number fell to 1,900 the next year."
    )
    assert _measure_of(text, "1,900") == "crossings"


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Deportations have topped 900 a day.", 900),
        ("The backlog, surpassing 2.1 million cases, keeps growing.", 2_100_000),
        ("Arrivals exceeded 5,000 people in March.", 5000),
    ],
)
def test_exceeding_verbs_bound_from_below(text: str, low: int) -> None:
    (stat,) = find_statistics(text)
    assert (stat.value.qualifier.value, stat.value.low, stat.value.high) == ("more_than", low, None)


# ---------------------------------------------------------------- removals in parentheses


def test_people_in_parentheses_after_an_event_noun_count_that_event() -> None:
    text = (
        "El Salvador received the most deportations (21,400 people), followed by "
        "Ecuador (9,800) and Colombia (7,300)."
    )
    assert [s.measure.value for s in find_statistics(text)] == ["removals"] * 3


# ---------------------------------------------------------------- capacity


@pytest.mark.parametrize(
    "text",
    [
        "The new camp can house up to 2,500 people.",
        "The gym was designed to hold 800 migrants.",
        "The tents have cots for up to 600 people.",
        "The shelter, built for 250 people, is full.",
        "The school has the capacity to hold up to 1,100 migrants.",
    ],
)
def test_room_for_people_is_a_size_not_a_count_of_migrants(text: str) -> None:
    (stat,) = find_statistics(text)
    assert stat.measure.value == "other"


def test_people_a_shelter_houses_are_migrants() -> None:
    (stat,) = find_statistics("The church housed 340 migrants last night.")
    assert stat.measure.value == "migrants"


# ---------------------------------------------------------------- Spanish


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Unas 90.000 personas han estado en tránsito por el Darién este año.", "crossings"),
        ("El refugio tiene capacidad para 400 migrantes.", "other"),
        ("La nueva nave puede albergar hasta 1.500 personas.", "other"),
        ("Unos 250 migrantes fueron albergados en el templo.", "migrants"),
    ],
)
def test_spanish_transit_and_capacity(text: str, measure: str) -> None:
    (stat,) = parse(text).statistics
    assert stat.measure.value == measure


# ---------------------------------------------------------------- money named after a vague scale


@pytest.mark.parametrize(
    "text",
    [
        "Smuggling rings earn millions in profit every season.",
        "The region received billions in aid over the decade.",
        "Police seized thousands in cash from the driver.",
    ],
)
def test_a_vague_scale_before_money_words_is_money(text: str) -> None:
    (stat,) = find_statistics(text)
    assert (stat.unit.value, stat.measure.value) == ("usd", "money")


def test_a_part_of_those_counted_before_counts_the_same() -> None:
    text = (
        "Some 40,000 migrants crossed the Darien Gap in March. The agency said 7,100 of "
        "the migrants were children."
    )
    assert _measure_of(text, "7,100") == "crossings"


# ---------------------------------------------------------------- a route that saw people


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The Darien Gap saw 71,000 migrants in the spring.", "71,000", "crossings"),
        ("Lampedusa alone recorded 5,300 people last month.", "5,300", "crossings"),
        ("Spain has received 19,000 migrants by sea this year.", "19,000", "crossings"),
        ("In May the jungle route saw an average of 1,700 migrants a day.", "1,700", "crossings"),
        ("Shelters near the Darien received 260 migrants.", "260", "migrants"),
        ("Panama City received 2,000 migrants from the jungle.", "2,000", "migrants"),
    ],
)
def test_a_route_that_saw_people_saw_crossings(text: str, figure: str, measure: str) -> None:
    assert _measure_of(text, figure) == measure


# ---------------------------------------------------------------- attempts and remains


def test_people_who_tried_to_enter_are_entry_attempts() -> None:
    (stat,) = find_statistics("Some 61,000 people tried to enter the bloc irregularly in spring.")
    assert stat.measure.value == "crossings"


def test_corpses_are_deaths() -> None:
    (stat,) = find_statistics("Deputies have recovered 29 corpses from the ranchland this year.")
    assert (stat.unit.value, stat.measure.value) == ("count", "deaths")


# ---------------------------------------------------------------- a total whose head is far away


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "The number of people crossing the jungle — a roadless strip between two "
            "countries — has hit a record high of 330,000 people this year.",
            "crossings",
        ),
        (
            "The number of migrants deported from the country reached a record of 70,000 people.",
            "removals",
        ),
        ("The number of migrants in the shelters hit a record of 2,600 people.", "migrants"),
    ],
)
def test_a_record_takes_the_count_the_sentence_opened_with(text: str, measure: str) -> None:
    stats = [s for s in find_statistics(text) if s.unit.value == "person"]
    assert [s.measure.value for s in stats] == [measure]


# ---------------------------------------------------------------- more asylum and parts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Official data show 150,000 people await a decision on their claims.", "150,000"),
        ("Some 90 migrants have waited on their asylum claim decisions for years.", "90"),
    ],
)
def test_awaiting_a_decision_on_claims_is_asylum(text: str, figure: str) -> None:
    assert _measure_of(text, figure) == "asylum"


def test_the_remainder_of_a_total_counts_what_the_total_counts() -> None:
    text = (
        "Last year agents logged 900,000 border encounters. The remainder included "
        "people in families (210,000; 23%) and lone children (80,000; 9%)."
    )
    people = [s for s in find_statistics(text) if s.unit.value != "percent"]
    assert [s.measure.value for s in people] == ["encounters"] * 3


# ---------------------------------------------------------------- released, held


def test_people_released_right_after_the_verb_are_migrants() -> None:
    text = "Officials expect to release hundreds of families who crossed on Monday."
    assert _measure_of(text, "hundreds") == "migrants"


def test_the_detained_population_is_people_held() -> None:
    (stat,) = find_statistics("The detained population climbed to 52,000.")
    assert stat.measure.value == "migrants"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hotels cost the state £7million a day.", 7_000_000),
        ("The ministry spent £2.9billion on housing.", 2_900_000_000),
    ],
)
def test_a_scale_glued_to_the_digits_scales_the_amount(text: str, value: int) -> None:
    (stat,) = find_statistics(text)
    assert stat.measure.value == "money"
    assert stat.value.low == value


def test_detainees_are_people_held_whatever_the_verb() -> None:
    text = "The agency wants room to detain upwards of 80,000 immigration detainees."
    assert _measure_of(text, "80,000") == "migrants"


def test_a_bare_part_awaiting_decision_is_asylum() -> None:
    text = (
        "The office received 70,000 new applications, of which 20,000 were still awaiting decision."
    )
    assert _measure_of(text, "20,000") == "asylum"
