"""One extractor module per record kind, all with the same shape.

Each module defines ``RECORD`` (the record type it builds) and
``extract(doc: Document) -> tuple[RECORD, ...]``: it reads the document's sentences (and
the records of the extractors before it, through ``doc.found``) and never raises on any
text. :data:`PIPELINE` is the order they run in: a module comes after those it reads.
"""

from __future__ import annotations

from types import ModuleType

from migrationnews.extract import caravans, meetings, officials, policy, statistics

__all__ = ["PIPELINE"]

PIPELINE: tuple[ModuleType, ...] = (statistics, officials, meetings, caravans, policy)
