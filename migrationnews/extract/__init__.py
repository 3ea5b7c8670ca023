"""One extractor module per record kind, all with the same shape: :class:`Extractor`.

Each module defines ``RECORD`` (the record type it builds), ``NEEDS`` (the record types of
other extractors that it reads through ``doc.found``) and ``extract(doc: Document) ->
tuple[RECORD, ...]``, which never raises on any text. No module relies on running after
another: :data:`PIPELINE` is worked out from the declarations by :func:`in_order`, each
module after the builders of everything it needs (the order of :data:`EXTRACTORS` only
breaks ties).

>>> [m.__name__.rsplit(".", 1)[1] for m in PIPELINE]
['statistics', 'officials', 'meetings', 'caravans', 'policy']
>>> {m.__name__.rsplit(".", 1)[1]: [kind.__name__ for kind in m.NEEDS] for m in PIPELINE}
{'statistics': [], 'officials': [], 'meetings': ['Official'], 'caravans': ['Statistic'],
 'policy': ['Official']}

A new extractor is a module of that shape added to :data:`EXTRACTORS`; ``tests/test_house.py``
checks that every module reads nothing it has not declared.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from migrationnews.errors import ExtractorOrderError
from migrationnews.extract import caravans, meetings, officials, policy, statistics
from migrationnews.records import Record
from migrationnews.text import Document

__all__ = ["EXTRACTORS", "PIPELINE", "Extractor", "in_order"]


class Extractor(Protocol):
    """What the pipeline asks of an extractor module; a module satisfies it as it stands
    (mypy checks each one where :data:`EXTRACTORS` lists it)."""

    @property
    def __name__(self) -> str:
        """The module's name, which a failure's warning gives."""

    @property
    def RECORD(self) -> type[Record]:
        """The record type the module builds; no other extractor builds it."""

    @property
    def NEEDS(self) -> tuple[type[Record], ...]:
        """The record types of other extractors that ``extract`` reads with ``doc.found``."""

    def extract(self, doc: Document, /) -> tuple[Record, ...]:
        """Every record of type ``RECORD`` in ``doc``; never raises on any text."""


def in_order(extractors: Iterable[Extractor]) -> tuple[Extractor, ...]:
    """``extractors``, each after the extractors that build what it needs (a topological
    order); among those free to run, the earliest given goes first.

    Raises :class:`~migrationnews.errors.ExtractorOrderError` when two extractors build one
    record type, when one needs a type that none builds, or when needs form a cycle.
    """
    waiting = list(extractors)
    builders: dict[type[Record], str] = {}
    for module in waiting:
        if module.RECORD in builders:
            raise ExtractorOrderError(
                f"{builders[module.RECORD]} and {module.__name__} both build "
                f"{module.RECORD.__name__}"
            )
        builders[module.RECORD] = module.__name__
    for module in waiting:
        for kind in module.NEEDS:
            if kind not in builders:
                raise ExtractorOrderError(
                    f"{module.__name__} needs {kind.__name__}, which no extractor builds"
                )
    ordered: list[Extractor] = []
    built: set[type[Record]] = set()
    while waiting:
        free = next((m for m in waiting if built.issuperset(m.NEEDS)), None)
        if free is None:
            stuck = "; ".join(
                f"{m.__name__} needs {', '.join(k.__name__ for k in m.NEEDS if k not in built)}"
                for m in waiting
            )
            raise ExtractorOrderError(f"extractors need each other in a cycle: {stuck}")
        waiting.remove(free)
        ordered.append(free)
        built.add(free.RECORD)
    return tuple(ordered)


# Every extractor. Their order here breaks ties only; NEEDS decides the rest.
EXTRACTORS: tuple[Extractor, ...] = (statistics, officials, meetings, caravans, policy)

# The order the pipeline runs them in.
PIPELINE: tuple[Extractor, ...] = in_order(EXTRACTORS)
