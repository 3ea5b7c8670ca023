"""Spanish meetings: the meeting extractor with Spanish meeting words. Sentences written here."""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.records import MeetingKind, MeetingStatus

PUBLISHED = dt.date(2024, 3, 1)


def meetings(text: str) -> list[tuple[MeetingKind, MeetingStatus, tuple[str, ...]]]:
    article = mn.parse(text, published=PUBLISHED, language="es")
    return [(m.kind, m.status, tuple(sorted(m.participants))) for m in article.meetings]


def test_a_spanish_phone_call() -> None:
    found = meetings("La presidenta Claudia Sheinbaum habló por teléfono con Joe Biden.")
    assert (MeetingKind.CALL, MeetingStatus.HELD, ("Claudia Sheinbaum", "Joe Biden")) in found


def test_a_spanish_phone_call_with_a_titled_object() -> None:
    found = meetings(
        "La presidenta Claudia Sheinbaum sostuvo una llamada telefónica con el "
        "presidente Joe Biden para hablar de la frontera."
    )
    assert (MeetingKind.CALL, MeetingStatus.HELD, ("Claudia Sheinbaum", "Joe Biden")) in found


def test_a_spanish_meeting_verb() -> None:
    found = meetings("El canciller Marcelo Ebrard se reunió con Antony Blinken en Washington.")
    assert [(kind, people) for kind, _, people in found] == [
        (MeetingKind.MEETING, ("Antony Blinken", "Marcelo Ebrard"))
    ]
