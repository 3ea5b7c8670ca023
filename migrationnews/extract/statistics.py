"""Extract :class:`~migrationnews.records.Statistic` records (to be written: see the issue)."""

from __future__ import annotations

from migrationnews.records import Statistic
from migrationnews.text import Document

RECORD = Statistic


def extract(doc: Document) -> tuple[Statistic, ...]:
    """Every Statistic in the document."""
    return ()
