"""Spanish numbers: the same reader as English, with Spanish rule data.

Every phrase here was written for these tests.
"""

from __future__ import annotations

import pytest

from migrationnews.language import reading
from migrationnews.numbers import NumberKind, find_numbers, parse_bound, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        pytest.param("3.000 migrantes", 3000, id="points-group-thousands"),
        pytest.param("3 mil migrantes", 3000, id="digits-mil"),
        pytest.param("tres mil migrantes", 3000, id="words-mil"),
        pytest.param("1,5 millones de personas", 1_500_000, id="decimal-comma-millones"),
        pytest.param("1.5 millones de personas", 1_500_000, id="decimal-point-millones"),
        pytest.param("3 mil 300 personas", 3300, id="mil-and-rest"),
        pytest.param("124 mil 220 solicitudes", 124_220, id="mil-and-rest-large"),
        pytest.param("145,537 mexicanos", 145_537, id="mexican-comma-groups"),
        pytest.param("2.150.639 encuentros", 2_150_639, id="two-point-groups"),
        pytest.param("782 mil detenidos", 782_000, id="digits-mil-only"),
        pytest.param("mil personas", 1000, id="bare-mil"),
        pytest.param("un millón de dólares", 1_000_000, id="un-millon"),
        pytest.param("dos millones", 2_000_000, id="words-millones"),
        pytest.param("3 mil millones de dólares", 3_000_000_000, id="mil-millones"),
        pytest.param("treinta y cinco niños", 35, id="tens-y-unit"),
        pytest.param("veinticinco familias", 25, id="one-word-twenties"),
        pytest.param("doscientos cincuenta", 250, id="hundreds-tens"),
        pytest.param("ciento veinte", 120, id="ciento"),
        pytest.param("dos mil quinientos", 2500, id="words-thousands-hundreds"),
        pytest.param("nueve centros", 9, id="unit-word"),
        pytest.param("medio millón", 500_000, id="medio-millon"),
    ],
)
def test_spanish_number_values(phrase: str, value: int) -> None:
    assert parse_number(phrase, language="es") == value


def test_a_three_digit_group_after_a_point_is_not_a_decimal_in_english() -> None:
    assert parse_number("3.000 people", language="en") == 3


def test_the_mil_of_digits_is_not_a_second_number() -> None:
    found = find_numbers("llegaron 3 mil personas", language="es")
    assert [m.text for m in found] == ["3 mil"]


def test_un_and_una_are_articles_not_numbers() -> None:
    assert find_numbers("una caravana y un grupo", language="es") == ()


def test_the_active_language_is_the_default() -> None:
    with reading("es"):
        assert parse_number("3.000") == 3000
    assert parse_number("3.000") == 3


@pytest.mark.parametrize(
    ("phrase", "low", "high", "qualifier"),
    [
        pytest.param("más de 4.000 personas", 4000, None, "more_than", id="mas-de"),
        pytest.param("al menos 20 niños", 20, None, "at_least", id="al-menos"),
        pytest.param("por lo menos 3 mil 300", 3300, None, "at_least", id="por-lo-menos"),
        pytest.param("cerca de 500 migrantes", 500, 500, "about", id="cerca-de"),
        pytest.param("cerca del 60 por ciento", 60, 60, "about", id="cerca-del"),
        pytest.param("alrededor de 1,2 millones", 1_200_000, 1_200_000, "about", id="alrededor"),
        pytest.param("unos 15 kilómetros", 15, 15, "about", id="unos"),
        pytest.param("unas 300 personas", 300, 300, "about", id="unas"),
        pytest.param("aproximadamente 900", 900, 900, "about", id="aproximadamente"),
        pytest.param("hasta 12 pesos", None, 12, "at_most", id="hasta"),
        pytest.param("casi 2 mil", None, 2000, "less_than", id="casi"),
        pytest.param("menos de 40 agentes", None, 40, "less_than", id="menos-de"),
        pytest.param("entre 600 y 800 personas", 600, 800, "range", id="entre-y"),
        pytest.param("de cinco a 10 personas", 5, 10, "range", id="de-a"),
        pytest.param("250 o más", 250, None, "at_least", id="o-mas"),
    ],
)
def test_spanish_hedges(phrase: str, low: int, high: int, qualifier: str) -> None:
    bound = parse_bound(phrase, language="es")
    assert bound is not None
    assert (bound.low, bound.high, bound.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "floor"),
    [
        ("centenares de familias", 100),
        ("cientos de migrantes", 100),
        ("miles de personas", 1000),
        ("decenas de niños", 10),
        ("decenas de miles de personas", 10_000),
    ],
)
def test_spanish_vague_quantities(phrase: str, floor: int) -> None:
    mention = find_numbers(phrase, language="es")[0]
    assert mention.kind is NumberKind.VAGUE
    assert mention.value == floor
    bound = parse_bound(phrase, language="es")
    assert bound is not None
    assert (bound.low, bound.high, bound.qualifier.value) == (floor, None, "vague")


def test_por_ciento_holds_no_number() -> None:
    found = find_numbers("el 40 por ciento", language="es")
    assert [m.value for m in found] == [40]
