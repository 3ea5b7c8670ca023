"""What a figure counts, from the words around it (issue 13): passage through a crossing's
terrain, people sent back, frames right before a figure, and people counted as part of the
figure before them. Sentences written for this project."""

from __future__ import annotations

import pytest

from migrationnews.extract.statistics import find_statistics
from migrationnews.records import Measure as M


def first_measure(text: str) -> M:
    return find_statistics(text)[0].measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Some 90,000 people walked through the jungle in May.", M.CROSSINGS),
        ("More than 300,000 migrants passed through the Darien Gap this year.", M.CROSSINGS),
        ("About 1,800 people a day made the trek through the Darién.", M.CROSSINGS),
        ("Nearly 20,000 people made the journey across the Channel in small boats.", M.CROSSINGS),
        ("In Reynosa, across the river, about 1,500 people waited.", M.MIGRANTS),
        ("Officials said 70 migrants were sent home by bus.", M.REMOVALS),
        ("Mexican agents turned back 600 migrants at the checkpoint.", M.REMOVALS),
        ("About 600 migrants were turned back at the checkpoint.", M.REMOVALS),
        ("Tired of waiting, about 200 migrants turned back on their own.", M.MIGRANTS),
        ("He said 900 people had applied for refuge in Chiapas.", M.ASYLUM),
    ],
)
def test_the_words_around_a_figure_say_what_it_counts(text, measure):
    assert first_measure(text) is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Greeley is a city of 110,000 people.", M.OTHER),
        ("The shelter has space for fewer than 150 people.", M.OTHER),
        ("The morgue was at capacity after at least nine migrants drowned.", M.DEATHS),
        ("In the city of Juárez, 3,000 migrants waited at the bridge.", M.MIGRANTS),
    ],
)
def test_a_frame_counts_only_right_before_its_figure(text, measure):
    assert first_measure(text) is measure


def test_people_counted_within_a_figure_count_what_it_counts():
    stats = find_statistics("Honduras received 150 deportees, including 40 children, on Monday.")
    assert [(s.text, s.measure) for s in stats] == [
        ("150 deportees", M.REMOVALS),
        ("40 children", M.REMOVALS),
    ]
    stats = find_statistics("About 150 migrants camped there, among them 40 children.")
    assert [s.measure for s in stats] == [M.MIGRANTS, M.MIGRANTS]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("About 800 migrants caught crossing the river were returned to Mexico.", M.REMOVALS),
        ("Some 1,500 people detained in Chiapas were flown back to Honduras.", M.REMOVALS),
        ("About 700 migrants crossing the river have been expelled since May.", M.REMOVALS),
        ("Some 700 migrants crossed the river and were detained by agents.", M.CROSSINGS),
        ("About 300 migrants who crossed in May were deported in June.", M.REMOVALS),
    ],
)
def test_what_happened_to_the_people_outweighs_a_participle_about_them(text, measure):
    assert first_measure(text) is measure


def test_a_plural_noun_and_a_participle_are_no_compound():
    stat = find_statistics("Nearly 900 migrants crossing the desert were rescued.")[0]
    assert (stat.text, stat.unit.value) == ("Nearly 900 migrants", "person")
    stat = find_statistics("There were 4,000 border crossings in May.")[0]
    assert (stat.unit.value, stat.measure) == ("count", M.CROSSINGS)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Agents came upon a crowd of some 800 migrants near the gate.", M.MIGRANTS),
        ("Agents encountered the group, and 250 of them are now in a shelter.", M.MIGRANTS),
        ("CBP encountered 250 migrants in a camp by the river.", M.ENCOUNTERS),
        ("Police said 90 people were living in the encampment.", M.MIGRANTS),
    ],
)
def test_people_in_a_shelter_a_camp_or_a_crowd_are_migrants(text, measure):
    assert find_statistics(text)[-1].measure is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The government deported 140 people on two charter flights.", M.REMOVALS),
        ("About 60 migrants were removed on three ICE flights in May.", M.REMOVALS),
        ("The airline added 12 flights to Miami for the holidays.", M.OTHER),
    ],
)
def test_flights_count_removals_only_when_a_removal_is_told(text, measure):
    flights = [s for s in find_statistics(text) if "flights" in s.text]
    assert [(s.unit.value, s.measure) for s in flights] == [("count", measure)]


def test_a_record_or_total_counts_what_the_sentence_before_counted():
    stats = find_statistics(
        "About 90,000 people have crossed the jungle since January, most of them "
        "Venezuelans. Officials expect the total to pass last year's record of 120,000."
    )
    assert [(s.text, s.unit.value, s.measure) for s in stats][-1] == (
        "120,000",
        "person",
        M.CROSSINGS,
    )


def test_a_record_with_nothing_counted_before_stays_a_count():
    stats = find_statistics("The budget was cut. It was a record of 2,000.")
    assert [(s.unit.value, s.measure) for s in stats] == [("count", M.OTHER)]


def test_a_list_of_people_counts_what_its_first_figure_counts():
    stats = find_statistics("Mexico deported 900 Hondurans, 600 Guatemalans and 150 Salvadorans.")
    assert [s.measure for s in stats] == [M.REMOVALS] * 3
    stats = find_statistics("The plane landed with 80 passengers, 75 Haitians and five Cubans.")
    assert [s.measure for s in stats] == [M.REMOVALS] * 3


def test_a_list_does_not_lend_its_measure_to_other_people():
    stats = find_statistics("Agents detained 40 migrants and 3 smugglers near the river.")
    assert stats[0].measure is M.APPREHENSIONS
    assert stats[1].measure is not M.MIGRANTS


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Rescuers recovered the bodies of 14 migrants from the river.", M.DEATHS),
        ("Officials said 2,400 people entered the country illegally in June.", M.CROSSINGS),
    ],
)
def test_bodies_found_and_entries_without_papers(text, measure):
    assert first_measure(text) is measure


@pytest.mark.parametrize(
    "text",
    [
        "The new rule would affect about 450,000 people.",
        "An estimated 200,000 Haitians who arrived before June would be eligible.",
        "Roughly 90,000 people are covered by the court's order.",
    ],
)
def test_the_people_a_policy_reaches_are_no_migrants_counted(text):
    assert first_measure(text) is M.OTHER


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("About 250 migrants turned themselves in to agents near Yuma.", M.ENCOUNTERS),
        ("Some 400 people surrendered to Border Patrol on Friday.", M.ENCOUNTERS),
        ("Around 1,500 migrants waded into the river at dawn.", M.CROSSINGS),
    ],
)
def test_giving_oneself_up_and_wading_in(text, measure):
    assert first_measure(text) is measure
