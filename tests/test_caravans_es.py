"""Spanish caravans: the caravan extractor with Spanish caravan words. Sentences written here."""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.records import CaravanStatus


def test_a_spanish_caravan_on_the_move_with_its_size_and_departure() -> None:
    article = mn.parse(
        "Una caravana de unas 1.500 personas partió el lunes de Tapachula rumbo al norte.",
        published=dt.date(2024, 1, 10),
        language="es",
    )
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.qualifier.value) == (1500, "about")
    assert caravan.status is CaravanStatus.MOVING
    assert caravan.departed is not None
    assert caravan.departed.start == dt.date(2024, 1, 8)


def test_a_dissolved_spanish_caravan() -> None:
    article = mn.parse(
        "El sábado las autoridades disolvieron una caravana de unas 300 personas en Chiapas.",
        language="es",
    )
    (caravan,) = article.caravans
    assert caravan.status is CaravanStatus.DISPERSED


def test_spanish_caravan_words_are_not_read_in_english() -> None:
    assert mn.parse("The caravana partió with 300 people.", language="en").caravans == ()
