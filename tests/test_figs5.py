"""What a figure counts, read by kind of measure (issue 13, round 4, figs5).

Every sentence here is written for the test; none is taken from a news article.
"""

from __future__ import annotations

import pytest

import migrationnews as mn
from migrationnews import ruletables
from migrationnews.extract.statistics import find_statistics


def _measures(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.measure.value) for s in find_statistics(text)]


def _units(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.unit.value, s.measure.value) for s in find_statistics(text)]


# ---------------------------------------------------------------- arrivals on a route


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("On Friday 260 people arrived on five small boats.", "260 people"),
        ("There were 14,000 arrivals across the Channel in 2021.", "14,000 arrivals"),
        ("About 640 migrants landed on Lampedusa overnight.", "About 640 migrants"),
        ("Some 75 people came ashore after a night in a dinghy.", "Some 75 people"),
        ("Around 310 people made the journey in six small boats.", "Around 310 people"),
        ("Nearly 2,000 migrants entered Panama through the jungle on Monday.", "2,000 migrants"),
        ("More than 900 people passed through the Darien Gap in a day.", "900 people"),
        ("About 1,800 migrants a day are emerging from the jungle.", "About 1,800 migrants"),
        ("The record stands at 720 people, who crossed the Channel in 14 boats.", "720 people"),
        ("About 450 people arrived after crossing the Channel at dawn.", "About 450 people"),
    ],
)
def test_people_who_arrive_on_a_sea_or_jungle_route_are_crossings(text: str, figure: str) -> None:
    read = dict(_measures(text))
    assert read[next(k for k in read if figure in k)] == "crossings"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 new arrivals slept at the shelter in Denver.",  # no sea or jungle route
        "About 130 migrants were rescued at sea and brought ashore.",  # rescued: migrants
        "The navy stopped 4,000 people from reaching the shores of the island by sea.",
        "The Mediterranean count has reached 2,200 people since January.",  # a linking verb
    ],
)
def test_arrivals_elsewhere_or_of_another_kind_are_not_crossings(text: str) -> None:
    measures = [m for _, m in _measures(text)]
    assert measures
    assert "crossings" not in measures


def test_a_total_and_the_comparisons_after_it_count_what_the_boats_carried() -> None:
    text = (
        "On Monday 150 people made the crossing in four boats, bringing the total for the "
        "year so far to 6,120. That is 12% higher than the same period in 2023 (5,460)."
    )
    read = _units(text)
    assert ("four boats", "count", "other") in read
    assert ("6,120", "person", "crossings") in read
    assert ("5,460", "person", "crossings") in read


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Italy counted 3,900 landings in June.", "3,900 landings"),
        ("Officials logged 1,250 disembarkations over the weekend.", "1,250 disembarkations"),
        ("Spain registered 9,300 sea arrivals this year.", "9,300 sea arrivals"),
        ("Frontex recorded 18,000 entry attempts on the route.", "18,000 entry attempts"),
        ("Frontex counted 2,600 irregular entry attempts in May.", "2,600 irregular entry"),
    ],
)
def test_nouns_that_name_a_crossing_count_crossings(text: str, figure: str) -> None:
    read = dict(_measures(text))
    assert read[next(k for k in read if k.startswith(figure))] == "crossings"


# ---------------------------------------------------------------- removals and their parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the returnees, 21,400 were men and 3,300 were women.",
            [("21,400", "removals"), ("3,300", "removals")],
        ),
        ("Among the deportees, 85 were children.", [("85", "removals")]),
        (
            "Of the 4,000 asylum applications, 900 were granted.",
            [("4,000 asylum applications", "asylum"), ("900", "asylum")],
        ),
        ("Of the three countries, two signed.", [("three countries", "other"), ("two", "other")]),
    ],
)
def test_a_sentence_that_opens_on_a_whole_counts_its_parts_as_that_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _measures(text) == expected


def test_a_time_after_a_bare_number_is_when_it_fell_not_its_unit() -> None:
    text = "The number of Guatemalans deported fell from 60,000 in 2019 to 35,000 last year."
    assert _units(text) == [("60,000", "person", "removals"), ("35,000", "person", "removals")]


def test_a_span_of_time_counted_is_still_a_duration() -> None:
    assert _units("The group walked for 11 days last month.") == [("11 days", "day", "duration")]


def test_illegal_entrants_take_the_verb_that_counts_them() -> None:
    text = "Agents apprehended 31,500 illegal entrants in June."
    assert _measures(text) == [("31,500 illegal entrants", "apprehensions")]


# ---------------------------------------------------------------- not people at all


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The 90,000-square-foot warehouse opened in May.", "90,000-square-foot", "other"),
        ("The camp covers 40 acres near the river.", "40 acres", "other"),
        ("A 6,000-square-kilometer park lies on the route.", "6,000-square-kilometer", "other"),
        ("The 300-bed shelter was full.", "300-bed", "count"),
    ],
)
def test_areas_and_beds_are_not_people(text: str, figure: str, unit: str) -> None:
    read = _units(text)
    assert (figure, unit, "other") in read


# ---------------------------------------------------------------- the tables


def test_the_route_and_arrival_tables_load_lower_case_and_without_duplicates() -> None:
    for words in (ruletables.statistic_routes(), ruletables.statistic_arrivals()):
        assert words
        assert all(w == w.lower() for w in words)
        assert len(set(words)) == len(words)


# ---------------------------------------------------------------- bare numbers in context


def test_a_tally_restates_the_figure_a_sentence_or_two_before() -> None:
    text = (
        "The agency removed 180,400 people in the fiscal year. The year ended in September. "
        "A year earlier the tally was about 150,000, or an average of about 410 a day."
    )
    assert [m for _, m in _measures(text)] == ["removals", "removals", "removals"]


def test_a_total_across_an_aside_counts_the_people_of_its_sentence() -> None:
    text = (
        "In all, 95 people made the crossing in two boats on Friday, bringing the total so "
        "far this year, not counting Saturday's boats, to 7,410."
    )
    assert ("7,410", "crossings") in _measures(text)


def test_a_change_arriving_at_a_figure_counts_what_the_sentence_opened_on() -> None:
    text = (
        "The number of irregular border crossings fell by 17% in the first three months, "
        "to around 41 300."
    )
    assert ("around 41 300", "crossings") in _measures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry updated the data at 8 this morning.",
        "The count closes at 11 tonight.",
        "The shelter opens at 6 o'clock.",
        "Crossings rose in the second half of the year.",
        "Arrivals fell in the final quarter of the year.",
    ],
)
def test_times_of_day_and_parts_of_a_year_are_not_figures(text: str) -> None:
    assert find_statistics(text) == ()


def test_a_share_is_still_a_share() -> None:
    assert _units("Half of the 600 migrants were children.") == [
        ("Half of", "percent", "share"),
        ("600 migrants", "person", "migrants"),
    ]


# ---------------------------------------------------------------- the noun after a list


def test_numbers_then_respectively_count_the_noun_after_it() -> None:
    text = (
        "Agents in three sectors reported about 7,000, 5,500 and 2,000, respectively, "
        "as known gotaways."
    )
    assert [m for t, m in _measures(text) if "sectors" not in t] == ["crossings"] * 3


def test_a_number_reported_as_a_noun_counts_that_noun() -> None:
    assert _measures("There were 6,300 reported as known gotaways in May.") == [
        ("6,300", "crossings")
    ]


def test_a_number_in_parentheses_counts_the_event_named_before_it() -> None:
    text = "The sector reported more gotaways (4,120) than apprehensions (3,800)."
    assert _measures(text) == [("4,120", "crossings"), ("3,800", "apprehensions")]


def test_people_named_before_parentheses_keep_the_verb_of_the_sentence() -> None:
    text = "Agents deported 52,000 people, most of them Guatemalan nationals (31,000)."
    assert [m for _, m in _measures(text)] == ["removals", "removals"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The office granted protection to 9,800 people.", "9,800 people"),
        ("Judges issued 52,000 asylum decisions last year.", "52,000 asylum decisions"),
        ("Some 7,200 people were granted refugee status.", "Some 7,200 people"),
    ],
)
def test_decisions_on_asylum_count_asylum(text: str, figure: str) -> None:
    assert (figure, "asylum") in _measures(text)


# ---------------------------------------------------------------- Spanish


def test_spanish_arrivals_through_the_jungle_are_crossings() -> None:
    text = (
        "Según las autoridades panameñas, 180.000 migrantes llegaron a Panamá a través "
        "de la selva en lo que va del año."
    )
    assert [(s.text, s.measure.value) for s in mn.parse(text).statistics] == [
        ("180.000 migrantes", "crossings")
    ]


def test_spanish_landings_by_boat_and_the_year_before_them() -> None:
    text = "Se registraron 41.000 llegadas en cayucos, frente a 12.000 llegadas el año anterior."
    assert [(s.text, s.unit.value, s.measure.value) for s in mn.parse(text).statistics] == [
        ("41.000 llegadas", "person", "crossings"),
        ("12.000 llegadas", "person", "crossings"),
    ]


def test_spanish_people_waiting_in_shelters_stay_migrants() -> None:
    text = "Unos 2.500 migrantes esperan en albergues de la frontera norte."
    assert [s.measure.value for s in mn.parse(text).statistics] == ["migrants"]


# ---------------------------------------------------------------- encounters and carriers


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Port officers found 27,000 people inadmissible in March.", "27,000 people"),
        ("Some 48,000 inadmissibles were logged at the ports in April.", "Some 48,000"),
        ("In May, 7,900 people presenting themselves at ports were turned away.", "7,900 people"),
    ],
)
def test_people_found_inadmissible_at_ports_are_encounters(text: str, figure: str) -> None:
    read = dict(_measures(text))
    assert read[next(k for k in read if k.startswith(figure))] == "encounters"


def test_flights_with_a_total_of_deportees_are_removals() -> None:
    text = "Three flights with a total of 310 deportees landed in Tegucigalpa."
    assert _measures(text) == [("Three flights", "removals"), ("310 deportees", "removals")]


def test_more_people_with_a_verb_of_their_own_take_that_verb() -> None:
    text = "Agents encountered 6,000 migrants on Monday, and 2,000 more waited at the gate."
    assert _measures(text) == [("6,000 migrants", "encounters"), ("2,000", "migrants")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 7,300 came by boat last year; this year 9,100 had arrived by sea by June.", "9,100"),
        ("In 2022, when 12,400 arrived in 600 small boats, the route was quieter.", "12,400"),
        ("About 2,600 migrants reaching the islands by boat were counted in a week.", "2,600"),
    ],
)
def test_bare_numbers_that_arrive_by_sea_are_crossings(text: str, figure: str) -> None:
    read = dict(_measures(text))
    assert read[next(k for k in read if figure in k)] == "crossings"


@pytest.mark.parametrize(
    "text",
    [
        "A reverse flow by boat has reached 1,900 people since March.",  # a total, linked
        "About 150 Colombians who gave up on reaching the US waited by the sea.",
        "Nearly 90 people trying to reach the island by boat were spotted at sea.",
    ],
)
def test_totals_and_attempts_on_a_route_are_not_arrivals(text: str) -> None:
    assert "crossings" not in [m for _, m in _measures(text)]


def test_people_who_were_stopped_are_apprehensions() -> None:
    text = "A total of 1,100 would-be migrants were stopped as they sailed toward the islands."
    assert _measures(text) == [("1,100 would-be migrants", "apprehensions")]


# ---------------------------------------------------------------- returned after crossing


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,700 migrants crossed the river and were returned the same day.",
        "About 140 migrants crossed and were quickly expelled to Mexico.",
        "Mexico sent 3,900 people back across the border after they crossed from Guatemala.",
        "Officials flew 220 Haitians home after having crossed into Texas.",
    ],
)
def test_people_sent_back_after_crossing_are_removals(text: str) -> None:
    assert [m for _, m in _measures(text)] == ["removals"]


def test_people_who_crossed_and_were_detained_stay_crossings() -> None:
    # two things done, the first the figure's own (apprehensions are counted by agents)
    assert _measures("About 520 people crossed the river and were detained.") == [
        ("About 520 people", "crossings")
    ]
