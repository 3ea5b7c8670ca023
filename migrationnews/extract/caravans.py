"""Extract :class:`~migrationnews.records.Caravan` records (to be written: see the issue)."""

from __future__ import annotations

from migrationnews.records import Caravan
from migrationnews.text import Document

RECORD = Caravan


def extract(doc: Document) -> tuple[Caravan, ...]:
    """Every Caravan in the document."""
    return ()
