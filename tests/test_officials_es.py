"""Spanish titles of officials, kept as written. Every sentence was written here."""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn

PUBLISHED = dt.date(2024, 3, 1)


def titles(text: str) -> dict[str, str | None]:
    article = mn.parse(text, published=PUBLISHED, language="es")
    return {o.surname: o.title for o in article.officials}


@pytest.mark.parametrize(
    ("text", "surname", "title"),
    [
        pytest.param(
            "Ayer habló la presidenta Claudia Sheinbaum con los gobernadores.",
            "Sheinbaum",
            "Presidenta",
            id="la-presidenta",
        ),
        pytest.param(
            "El canciller Marcelo Ebrard viajó a Washington.",
            "Ebrard",
            "Canciller",
            id="el-canciller",
        ),
        pytest.param(
            "Lo anunció la secretaria de Relaciones Exteriores, Alicia Bárcena, en Palacio.",
            "Bárcena",
            "Secretaria de Relaciones Exteriores",
            id="secretaria-de-body",
        ),
        pytest.param(
            "El mandatario guatemalteco, Alejandro Giammattei, cerró la frontera.",
            "Giammattei",
            "Mandatario",
            id="mandatario-demonym",
        ),
        pytest.param(
            "Según el ex presidente Donald Trump, el muro funcionaba.",
            "Trump",
            "Ex presidente",
            id="ex-presidente",
        ),
        pytest.param(
            "Marcelo Ebrard, canciller de México, se reunió con empresarios.",
            "Ebrard",
            "Canciller de México",
            id="appositive-after",
        ),
    ],
)
def test_spanish_titles(text: str, surname: str, title: str) -> None:
    assert titles(text)[surname] == title


def test_a_counterpart_takes_the_office_named_before() -> None:
    found = titles(
        "La presidenta Claudia Sheinbaum y su homólogo estadounidense, Joe Biden, hablaron."
    )
    assert found["Biden"] == "Presidenta"
