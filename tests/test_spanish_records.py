"""Spanish records read by the same extractors as English ones, with the Spanish rule data.

Every sentence here is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.records import CaravanStatus


def _parse(text: str, published: dt.date | None = dt.date(2024, 3, 6)) -> mn.Article:
    return mn.parse(text, published=published, language="es")


# ---------------------------------------------------------------- caravans


def test_la_caravana_de_migrantes_is_one_group_not_a_generic_plural() -> None:
    # "caravana de migrantes" ends in "s", but its head "caravana" is singular
    article = _parse(
        "Los guatemaltecos que forman la caravana de migrantes descansan en un parque. "
        "Alrededor de 2.000 migrantes salieron el martes de Huixtla a pie."
    )
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert caravan.size.low == 2000
    assert caravan.status is CaravanStatus.MOVING


def test_las_caravanas_with_a_determiner_are_the_groups_named_before() -> None:
    article = _parse(
        "Una caravana de unas 800 personas salió de Tapachula. "
        "Las caravanas suelen avanzar de noche por la carretera costera."
    )
    assert len(article.caravans) == 1
