"""A count that looks like a year ("over 2000 migrants") is a figure; a year is not."""

from __future__ import annotations

import pytest

import migrationnews as mn


def figures(text: str) -> list[tuple[int | None, int | None, str]]:
    return [(s.value.low, s.value.high, s.value.qualifier.value) for s in mn.parse(text).statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 2000 migrants waded across the river at dawn.", [(2000, None, "more_than")]),
        ("Nearly 1990 people slept at the bus station.", [(None, 1990, "less_than")]),
        ("More than 2000 asylum seekers lined up in Matamoros.", [(2000, None, "more_than")]),
        ("Around 2010 Honduran migrants set off from the terminal.", [(2010, 2010, "about")]),
        ("Más de 2000 migrantes cruzaron el río Suchiate.", [(2000, None, "more_than")]),
        ("Unos 2000 migrantes durmieron en la plaza.", [(2000, 2000, "about")]),
    ],
)
def test_a_hedged_count_the_size_of_a_year_is_a_figure(
    text: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 migrants crossed the river in record numbers.",
        "Since 2014 migrants have drowned off this coast.",
        "From 2019 migrants crossed the river more often.",
        "The 2019 caravans were larger than this one.",
        "Its 2024 budget was the largest in a decade.",
        "Over 2023, migrants crossed the river in record numbers.",
        "Desde 2019 migrantes cruzan el río.",
        "En enero de 2000 migrantes cruzaron el río.",
    ],
)
def test_a_year_is_no_figure(text: str) -> None:
    assert figures(text) == []
