"""Caravans, round 4 (car6): the status is the last thing the group did, replayed in the
order the events happened. Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews.records import Caravan, CaravanStatus

DAY = dt.date(2024, 2, 1)


def one(text: str) -> Caravan:
    found = mn.parse(text, published=DAY).caravans
    assert len(found) == 1, found
    return found[0]


MOVING, STOPPED = CaravanStatus.MOVING, CaravanStatus.STOPPED
DISPERSED, FORMING = CaravanStatus.DISPERSED, CaravanStatus.FORMING

# ---------------------------------------------------------------- transitions

TRANSITIONS = {
    "stopped-then-set-off-again": (
        "A caravan of about 900 migrants left Tapachula on Monday. "
        "Soldiers stopped the caravan outside Huixtla on Tuesday. "
        "On Wednesday the caravan set off again toward Oaxaca.",
        MOVING,
    ),
    "stopped-then-resumed": (
        "Police blocked a caravan of Hondurans at a checkpoint near Escuintla. "
        "Hours later the caravan resumed its march north.",
        MOVING,
    ),
    "moving-then-broke-up": (
        "A caravan of some 2,000 people walked north from Tapachula on Sunday. "
        "By Tuesday the caravan had thinned, and on Wednesday it broke up in Mapastepec.",
        DISPERSED,
    ),
    "broke-up-then-story-told-back": (
        "A caravan of Venezuelans dissolved in Huixtla on Friday. "
        "The caravan had walked about 40 kilometers from Tapachula over two days.",
        DISPERSED,
    ),
    "broke-up-then-set-off-again": (
        "The caravan broke up in Huixtla on Monday when officials offered transit permits. "
        "Two days later the caravan set off again from Huixtla toward Arriaga.",
        MOVING,
    ),
    "had-been-stopped-then-resumed": (
        "A caravan of 1,500 migrants resumed its walk through Chiapas on Thursday. "
        "The caravan had been stopped by immigration agents near Tuxtla Chico.",
        MOVING,
    ),
    "stopped-after-break-up-told-later": (
        "The caravan disbanded in Pijijiapan on Saturday. "
        "The caravan had been blocked by the National Guard on the highway two days earlier.",
        DISPERSED,
    ),
    "lede-ends-it-then-the-days-walk": (
        "A caravan of some 150 migrants broke up in Escuintla on Sunday, when its members "
        "boarded immigration vans. Early on Sunday the caravan resumed its walk from Acacoyagua.",
        DISPERSED,
    ),
    "others-went-on-alone": (
        "The caravan dissolved in Juchitan after officials offered buses. "
        "Others continued the journey on their own, on foot.",
        DISPERSED,
    ),
    "forming-then-left": (
        "Hundreds of migrants gathered in a park in Tapachula to form a caravan. "
        "At dawn the caravan set out toward the north.",
        MOVING,
    ),
    "left-then-stopped": (
        "A caravan of 3,000 migrants set out from Tapachula on Monday. "
        "The caravan was halted by police at a checkpoint in Huehuetan.",
        STOPPED,
    ),
}


@pytest.mark.parametrize("name", sorted(TRANSITIONS))
def test_status_is_the_last_event(name: str) -> None:
    text, status = TRANSITIONS[name]
    assert one(text).status is status


def test_a_past_caravans_break_up_does_not_decide_the_current_one() -> None:
    text = (
        "A caravan of about 1,200 migrants set out from Tapachula on Monday. "
        "In 2022 a caravan broke up in Huixtla after officials handed out permits."
    )
    found = mn.parse(text, published=DAY).caravans
    now = [c for c in found if c.size is not None and c.size.low == 1200]
    assert len(now) == 1
    assert now[0].status is MOVING


def test_the_place_follows_the_last_event() -> None:
    text = (
        "Police stopped a caravan of 700 migrants in Huixtla on Monday. "
        "On Tuesday the caravan set off again and reached Escuintla."
    )
    found = one(text)
    assert found.status is MOVING
    assert found.location is not None
    assert found.location.name == "Escuintla"


def test_a_group_blocking_a_road_is_not_stopped() -> None:
    text = (
        "A march of some 400 migrants set out from the capital toward the border on Monday, "
        "and the march, which blocked traffic for an hour, reached the outskirts by noon."
    )
    assert one(text).status is MOVING


def test_police_blocking_the_road_stop_the_group() -> None:
    text = (
        "A caravan of 600 migrants left Tapachula, and police blocked the highway at Viva Mexico."
    )
    assert one(text).status is STOPPED


# ---------------------------------------------------------------- size across sources

SIZES = {
    "two-sources-span": (
        "A caravan left Tapachula on Monday. Organizers said about 2,000 people walked in it, "
        "while state officials said as many as 3,500 took part in the caravan.",
        (2000, 3500),
    ),
    "a-country-wide-total-is-another-count": (
        "A caravan of about 1,800 migrants walked north from Ciudad Hidalgo on Friday. "
        "Officials said the total number of migrants heading for the United States "
        "had reached 12,000.",
        (1800, 1800),
    ),
    "stranded-in-the-country-is-another-count": (
        "Around 250 migrants set out on a march from the capital toward the frontier. "
        "Aid groups say 4,900 migrants are stuck in the country now, in camps and on the move.",
        (250, 250),
    ),
    "children-are-a-part": (
        "A caravan of about 3,000 migrants set out from Tapachula on Sunday. "
        "About 400 children walk with the caravan.",
        (3000, 3000),
    ),
    "a-larger-one-is-another-group": (
        "A caravan of about 600 migrants left Tapachula on Sunday to catch up with "
        "a larger one of some 4,000 that set out last week.",
        (600, 600),
    ),
    "another-caravan-is-another-group": (
        "A caravan of about 700 migrants left Tapachula on Sunday. "
        "Another caravan of 2,500 left Tuxtla Gutierrez the same day.",
        (700, 700),
    ),
}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_size_counts_this_group_only(name: str) -> None:
    text, (low, high) = SIZES[name]
    found = mn.parse(text, published=DAY).caravans
    sizes = [(c.size.low, c.size.high) for c in found if c.size is not None]
    assert sizes[0] == (low, high)


def test_spanning_size_keeps_each_estimate_with_its_source() -> None:
    text, _ = SIZES["two-sources-span"]
    found = one(text)
    kept = {(e.estimate.low, e.estimate.high, e.source is not None) for e in found.size_estimates}
    assert kept == {(2000, 2000, True), (3500, 3500, True)} or kept == {
        (2000, 2000, True),
        (None, 3500, True),
    }


def test_a_headline_caravan_that_splits_up_is_dispersed() -> None:
    text = (
        "Migrant caravan splits up in the capital\n"
        "A caravan of about 800 migrants that walked for weeks reached the capital, "
        "where its members boarded buses to several northern cities on Monday."
    )
    assert one(text).status is DISPERSED


def test_a_spanish_group_blocking_a_road_is_not_stopped() -> None:
    text = (
        "Una caravana de unos 500 migrantes salió de Tapachula el lunes; "
        "en Huixtla los migrantes bloquearon la carretera durante una hora y luego avanzaron."
    )
    found = mn.parse(text, published=DAY, language="es").caravans
    assert found
    assert found[0].status is MOVING
