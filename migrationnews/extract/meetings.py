"""Extract :class:`~migrationnews.records.Meeting` records (to be written: see the issue)."""

from __future__ import annotations

from migrationnews.records import Meeting
from migrationnews.text import Document

RECORD = Meeting


def extract(doc: Document) -> tuple[Meeting, ...]:
    """Every Meeting in the document."""
    return ()
