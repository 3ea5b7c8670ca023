"""Extract :class:`~migrationnews.records.PolicyAction` records (to be written: see the issue)."""

from __future__ import annotations

from migrationnews.records import PolicyAction
from migrationnews.text import Document

RECORD = PolicyAction


def extract(doc: Document) -> tuple[PolicyAction, ...]:
    """Every PolicyAction in the document."""
    return ()
