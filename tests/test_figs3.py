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
    assert _caravan(text).location is None


def test_a_comma_before_the_groups_own_preposition_keeps_the_place() -> None:
    caravan = _caravan("After a long day on the road, the caravan rested in Huixtla.")
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"
