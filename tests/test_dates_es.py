"""Spanish dates resolved against the publication date. Every phrase was written here."""

from __future__ import annotations

import datetime as dt

import pytest

from migrationnews.dates import find_dates
from migrationnews.language import reading
from migrationnews.values import Granularity

PUBLISHED = dt.date(2024, 2, 14)  # a Wednesday


def read(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    with reading("es"):
        found = find_dates(text, PUBLISHED)
    return [(m.period.text, m.period.start, m.period.end) for m in found]


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        pytest.param("Partieron el lunes.", "el lunes", dt.date(2024, 2, 12), None, id="el-lunes"),
        pytest.param(
            "Hablaron el pasado 3 de enero.",
            "el pasado 3 de enero",
            dt.date(2024, 1, 3),
            None,
            id="el-pasado-dia-de-mes",
        ),
        pytest.param(
            "Este miércoles llegó el grupo.",
            "Este miércoles",
            dt.date(2024, 2, 14),
            None,
            id="este-miercoles",
        ),
        pytest.param(
            "El sábado pasado hubo lluvia.",
            "El sábado pasado",
            dt.date(2024, 2, 10),
            None,
            id="sabado-pasado",
        ),
        pytest.param(
            "Cruzaron la semana pasada.",
            "la semana pasada",
            dt.date(2024, 2, 5),
            dt.date(2024, 2, 11),
            id="la-semana-pasada",
        ),
        pytest.param(
            "Regresarán la próxima semana.",
            "la próxima semana",
            dt.date(2024, 2, 19),
            dt.date(2024, 2, 25),
            id="la-proxima-semana",
        ),
        pytest.param(
            "Las cifras del año fiscal 2024 subieron.",
            "del año fiscal 2024",
            dt.date(2023, 10, 1),
            dt.date(2024, 9, 30),
            id="ano-fiscal",
        ),
        pytest.param(
            "Ocurrió en noviembre de 2022.",
            "en noviembre de 2022",
            dt.date(2022, 11, 1),
            dt.date(2022, 11, 30),
            id="mes-de-ano",
        ),
        pytest.param(
            "La cumbre será del 6 al 10 de junio.",
            "del 6 al 10 de junio",
            dt.date(2023, 6, 6),
            dt.date(2023, 6, 10),
            id="span-of-days",
        ),
        pytest.param("Lo dijo ayer.", "ayer", dt.date(2024, 2, 13), None, id="ayer"),
        pytest.param(
            "El mes pasado bajaron.",
            "El mes pasado",
            dt.date(2024, 1, 1),
            dt.date(2024, 1, 31),
            id="el-mes-pasado",
        ),
    ],
)
def test_spanish_dates(text: str, phrase: str, start: dt.date, end: dt.date | None) -> None:
    assert (phrase, start, end or start) in read(text)


def test_a_bare_number_is_no_year() -> None:
    assert read("Llegaron 2024 personas.") == []


def test_la_semana_alone_is_no_date() -> None:
    assert read("Durante la semana hubo filas.") == []


def test_spanish_dates_need_spanish() -> None:
    assert find_dates("Partieron el lunes.", PUBLISHED) == ()


def test_granularity_of_a_fiscal_year() -> None:
    with reading("es"):
        (mention,) = find_dates("en el año fiscal 2023", None)
    assert mention.period.granularity is Granularity.FISCAL_YEAR
