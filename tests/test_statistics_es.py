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


def test_a_spanish_quote_in_an_english_article_keeps_spanish_numbers() -> None:
    article = mn.parse(
        "The mayor spoke to reporters on Monday about the shelters in the city. "
        '"Ya cruzaron más de 4.500 personas por el puente", dijo el alcalde. '
        "He said the city would ask the state for help."
    )
    assert article.language == "en"
    assert [(s.value.low, s.value.qualifier.value) for s in article.statistics] == [
        (4500, "more_than")
    ]


def test_an_english_sentence_with_a_spanish_name_keeps_english_numbers() -> None:
    article = mn.parse("The mayor of La Paz said 3.5 million people live in the region.")
    assert [s.value.low for s in article.statistics] == [3_500_000]
