"""The place gazetteer: names the migration press writes, each read as the right kind."""

from __future__ import annotations

import pytest

from migrationnews.gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        pytest.param("a hearing in Washington state", "Washington", "state", "US", id="state"),
        pytest.param("officials in New York State", "New York", "state", "US", id="ny-state"),
        pytest.param("a court in San Francisco", "San Francisco", "city", "US", id="court-seat"),
        pytest.param("soldiers at Fort Bliss", "Fort Bliss", "hub", "US", id="base"),
        pytest.param("families held in Dilley", "Dilley", "hub", "US", id="detention-site"),
        pytest.param("migrants crossing at Tulcan", "Tulcán", "city", "EC", id="unaccented"),
        pytest.param("the bridge at Rumichaca", "Rumichaca", "border_crossing", "EC", id="bridge"),
        pytest.param("Venezuelans in Pacaraima", "Pacaraima", "city", "BR", id="route-town"),
    ],
)
def test_a_name_is_read_as_its_place(text, name, kind, country):
    (found,) = find_places(text)
    assert (found.place.name, found.place.kind.value, found.place.country) == (
        name,
        kind,
        country,
    )


def test_a_capital_stays_a_city_next_to_the_state_of_the_same_name():
    found = find_places("from Washington, D.C., to Washington state")
    assert [(m.place.name, m.place.kind.value) for m in found] == [
        ("Washington", "city"),
        ("Washington", "state"),
    ]
