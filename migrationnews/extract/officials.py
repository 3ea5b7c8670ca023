"""Extract :class:`~migrationnews.records.Official` records (to be written: see the issue)."""

from __future__ import annotations

from migrationnews.records import Official
from migrationnews.text import Document

RECORD = Official


def extract(doc: Document) -> tuple[Official, ...]:
    """Every Official in the document."""
    return ()
