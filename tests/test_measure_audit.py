"""What a figure counts where the words that say it are a few steps away (issue 13): a verb
after an aside or after a list of more people, the people a sentence opens on for its bare
rates, and occurrences ("times") counted as the event their verb names. Found by auditing
real news pages (kept outside the project); the sentences here are written for the project.
"""

from __future__ import annotations

import pytest

from migrationnews import parse
from migrationnews.extract.statistics import find_statistics
from migrationnews.records import Measure as M
from migrationnews.records import Unit as U


def first(text: str) -> tuple[M, U]:
    figure = find_statistics(text)[0]
    return figure.measure, figure.unit


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # an aside between the figure's people and their verb
        ("Some 1,200 people, most of them from Haiti, crossed the jungle last week.", M.CROSSINGS),
        ("About 800 migrants, many of them children, waded across the river.", M.CROSSINGS),
        ("Nearly 4,000 people, mostly from Peru, Chile and Bolivia, were deported.", M.REMOVALS),
        ("Around 90 migrants, among them six women, have drowned this year.", M.DEATHS),
        (
            "More than 300 people, all of them adults, were detained at the checkpoint.",
            M.APPREHENSIONS,
        ),
        # a list of more people, then a relative clause with the verb
        ("Nearly 600 children, women and men who drowned off the coast were buried.", M.DEATHS),
        ("Some 70 Hondurans, Nicaraguans and Cubans who crossed the river were held.", M.CROSSINGS),
        # the aside or list says nothing that happened: the people stay migrants
        ("About 2,000 people, most of them Venezuelans, rested in the plaza.", M.MIGRANTS),
        ("Some 500 men, women and children slept in the park.", M.MIGRANTS),
    ],
)
def test_the_verb_after_an_aside_or_a_list_says_what_the_figure_counts(text, measure):
    assert first(text)[0] is measure


def test_a_clause_after_an_aside_with_a_new_subject_is_not_the_figures() -> None:
    # "and officials" opens a new subject: its verb is not the figure's
    found = find_statistics("About 300 migrants, tired and hungry, and officials were deported.")
    assert found[0].measure is M.MIGRANTS


@pytest.mark.parametrize(
    ("text", "measure", "unit"),
    [
        (
            "Hondurans went from roughly 900 a day in May to 150 a day in June.",
            M.MIGRANTS,
            U.PERSON,
        ),
        ("Most Cubans fell from about 400 a week to 50 a week.", M.MIGRANTS, U.PERSON),
        ("The index went from about 900 a day in May to 150 a day in June.", M.OTHER, U.COUNT),
    ],
)
def test_bare_rates_count_the_people_a_sentence_opens_on(text, measure, unit):
    assert first(text) == (measure, unit)


@pytest.mark.parametrize(
    ("text", "measure", "unit"),
    [
        (
            "The government expelled migrants nearly 2.8 million times under the order.",
            M.REMOVALS,
            U.COUNT,
        ),
        ("Agents encountered people about 250,000 times in December.", M.ENCOUNTERS, U.COUNT),
        ("The price of the trip rose three times in a year.", M.OTHER, U.OTHER),
    ],
)
def test_occurrences_count_the_event_their_verb_names(text, measure, unit):
    assert first(text) == (measure, unit)


def test_weights_are_measured_not_counted() -> None:
    assert first("Officers seized 2,300 pounds of cocaine at the bridge.") == (M.OTHER, U.OTHER)


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # a conjunction opens a clause with a subject of its own: the verb before is not its
        (
            "At least four people drowned and 60 others were rescued by the navy.",
            [M.DEATHS, M.MIGRANTS],
        ),
        ("Three men died and 45 migrants were rescued near the reef.", [M.DEATHS, M.MIGRANTS]),
        # the same verb shared by both figures stays shared
        ("Mexico deported 300 Hondurans and 200 Guatemalans.", [M.REMOVALS, M.REMOVALS]),
        (
            "Agents detained 40 people and 500 migrants were deported.",
            [M.APPREHENSIONS, M.REMOVALS],
        ),
    ],
)
def test_a_figure_after_a_conjunction_takes_its_own_verb(text, measures):
    assert [s.measure for s in find_statistics(text)] == measures


def test_people_rescued_are_people_on_the_move() -> None:
    assert first("Officials said 212 were rescued by the coast guard on Friday.") == (
        M.MIGRANTS,
        U.PERSON,
    )


def test_the_dead_are_people() -> None:
    assert first("The storm left one person dead near the camp.") == (M.DEATHS, U.PERSON)
    assert first("The toll rose to 31 dead on Monday.")[1] is U.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "On Monday 412 people crossed in 9 boats, bringing the total this year to 20,500.",
        "Some 230 people crossed in six boats, taking the tally for the month to 3,100.",
    ],
)
def test_a_total_counts_the_people_not_the_boats(text):
    last = find_statistics(text)[-1]
    assert (last.measure, last.unit) == (M.CROSSINGS, U.PERSON)


def test_a_total_after_things_alone_stays_a_count_of_things() -> None:
    last = find_statistics("The navy sent 9 boats, bringing the total this year to 40.")[-1]
    assert (last.measure, last.unit) == (M.OTHER, U.COUNT)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the people a verb sends back: the particle after them says it
        ("The government flew 140 migrants back to Caracas on two flights.", M.REMOVALS),
        ("Mexico sent 300 Hondurans home by bus.", M.REMOVALS),
        ("Officials put 90 Cubans back on a boat.", M.REMOVALS),
        # back on their own, back to safety, or back somewhere: no removal
        ("About 300 migrants went back home on their own.", M.MIGRANTS),
        ("The navy brought 45 migrants back to shore.", M.MIGRANTS),
        ("Officials said 300 migrants back in Honduras were safe.", M.MIGRANTS),
    ],
)
def test_people_sent_back_are_removals(text, measure):
    assert first(text)[0] is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("About 9,000 migrants made it across the Rio Grande last week.", M.CROSSINGS),
        ("Some 700 migrants forded the river near the bridge on Tuesday.", M.CROSSINGS),
        ("Some 3,000 Nicaraguans have applied for protection since June.", M.ASYLUM),
    ],
)
def test_more_ways_to_say_crossing_and_asking_for_protection(text, measure):
    assert first(text)[0] is measure


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # a bare number after a verb of its own: the verb, not the figure before it
        (
            "Mexico intercepted 90,000 migrants this year and deported more than 40,000 of them.",
            [M.APPREHENSIONS, M.REMOVALS],
        ),
        ("Agents caught 5,000 people, up from 4,000 a year earlier.", [M.APPREHENSIONS] * 2),
        # two verbs of the same people, one right after the other: the last says the outcome
        ("At least 3,300 Hondurans in the caravan were detained and deported.", [M.REMOVALS]),
        ("About 200 migrants were caught and later released.", [M.MIGRANTS]),
        ("Some 400 people crossed the river and were detained.", [M.CROSSINGS]),
    ],
)
def test_the_verb_nearest_in_what_happened_decides(text, measures):
    assert [s.measure for s in find_statistics(text)] == measures


@pytest.mark.parametrize(
    ("text", "measure", "unit"),
    [
        (
            "The agency received a record 131,000 asylum requests in 2021. "
            "Of these, more than 50,000 were from Haitians.",
            M.ASYLUM,
            U.PERSON,
        ),
        (
            "Agents deported 8,000 people last month. Of those, 1,200 were children.",
            M.REMOVALS,
            U.PERSON,
        ),
    ],
)
def test_a_part_of_the_figure_before_counts_what_it_counts(text, measure, unit):
    last = find_statistics(text)[-1]
    assert (last.measure, last.unit) == (measure, unit)


def test_a_part_of_the_figure_before_in_spanish() -> None:
    article = parse(
        "La comisión recibió 90.000 solicitudes de refugio. De ellas, 30.000 son de haitianos.",
        language="es",
    )
    last = article.statistics[-1]
    assert (last.value.low, last.measure, last.unit) == (30000, M.ASYLUM, U.PERSON)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("He said 990 people had already filed requests in Tapachula.", M.ASYLUM),
        ("Officials said the victims included three children.", M.DEATHS),
        ("The dead included a baby and two women.", M.DEATHS),
    ],
)
def test_requests_filed_and_victims_named(text, measure):
    assert find_statistics(text)[-1].measure is measure


def test_a_flight_carrying_deportees_is_a_removal() -> None:
    found = find_statistics(
        "Each week, twelve flights land carrying about 130 deportees per plane."
    )
    assert found[0].measure is M.REMOVALS


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # a bare number with a verb of its own right after it (the last figure)
        ("Eight migrants drowned, and as many as 40 were saved by agents.", M.MIGRANTS),
        ("Three groups of more than 20 were released on Friday.", M.MIGRANTS),
        # a death toll named right before a bare number
        ("The finds bring the county's death toll to 19 this year.", M.DEATHS),
    ],
)
def test_a_bare_number_takes_the_verb_or_frame_right_by_it(text, measure):
    assert find_statistics(text)[-1].measure is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # a word of death inside the figure's own phrase
        ("These two deceased migrants were found near the levee.", M.DEATHS),
        ("Three of the migrants were recovered deceased on Saturday.", M.DEATHS),
        # people arrested, named by their own noun
        ("Of 12,000 arrestees held in June, half had no record.", M.APPREHENSIONS),
    ],
)
def test_the_figures_own_phrase_says_what_it_counts(text, measure):
    assert first(text)[0] is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # a part named after the bare number ("82 of those") counts what the figure before did
        (
            "At least 90 migrants died this year. At least 40 of those were found in Texas.",
            M.DEATHS,
        ),
        # a rate that restates the sentence before
        ("Agents arrested about 9,000 people in May. That amounts to 300 a day.", M.APPREHENSIONS),
        # but a verb of its own still decides
        ("Mexico took in 30,000 migrants. Some 4,000 of them had been sent back.", M.REMOVALS),
    ],
)
def test_a_bare_number_that_refers_to_the_figure_before(text, measure):
    assert find_statistics(text)[-1].measure is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "About 500 people, mostly Hondurans, whom Mexico deported last week, arrived home.",
            M.REMOVALS,
        ),
        (
            "Some 9,000 migrants, most of them Cubans, whom agents caught near Yuma, were held.",
            M.APPREHENSIONS,
        ),
    ],
)
def test_an_aside_then_a_relative_clause_with_the_people_as_object(text, measure):
    assert first(text)[0] is measure


def test_people_listed_after_families_count_what_the_families_count() -> None:
    found = find_statistics(
        "Over eight months, agents in the sector apprehended 120,000 migrants including "
        "70,000 family units and 11,000 unaccompanied minors."
    )
    assert [s.measure for s in found if s.value.low in (70000, 11000)] == [M.APPREHENSIONS] * 2


def test_a_bare_number_sent_back_is_a_removal() -> None:
    found = find_statistics("Soldiers blocked the caravan. They sent hundreds back to Honduras.")
    assert (found[-1].measure, found[-1].unit) == (M.REMOVALS, U.PERSON)
