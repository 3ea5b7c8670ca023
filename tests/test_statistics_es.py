"""Spanish figures through the statistics extractor. Every sentence was written here."""

from __future__ import annotations

import pytest

import migrationnews as mn


def figures(text: str) -> list[tuple[object, object, str, str, str]]:
    article = mn.parse(text, language="es")
    return [
        (s.value.low, s.value.high, s.value.qualifier.value, s.unit.value, s.measure.value)
        for s in article.statistics
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Más de 2.500 migrantes salieron de la ciudad.",
            (2500, None, "more_than", "person", "migrants"),
            id="mas-de-migrantes",
        ),
        pytest.param(
            "El grupo avanzó unos 20 kilómetros.",
            (20, 20, "about", "kilometer", "distance"),
            id="unos-kilometros",
        ),
        pytest.param(
            "Cerca del 35 por ciento eran menores.",
            (35, 35, "about", "percent", "share"),
            id="cerca-del-por-ciento",
        ),
        pytest.param(
            "Las autoridades recibieron 48,210 solicitudes de asilo.",
            (48210, 48210, "exact", "count", "asylum"),
            id="solicitudes-de-asilo",
        ),
        pytest.param(
            "Fueron deportados 3 mil 150 guatemaltecos.",
            (3150, 3150, "exact", "person", "removals"),
            id="deportados-mil",
        ),
        pytest.param(
            "El pasaje cuesta hasta 40 dólares.",
            (None, 40, "at_most", "usd", "money"),
            id="hasta-dolares",
        ),
    ],
)
def test_spanish_figures(text: str, expected: tuple[object, ...]) -> None:
    assert expected in figures(text)


def test_vague_spanish_figure() -> None:
    found = figures("Miles de personas esperan en la frontera.")
    assert (1000, None, "vague", "person", "migrants") in found
