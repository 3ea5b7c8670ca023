"""The exceptions migrationnews raises.

Every error derives from :class:`MigrationNewsError`, and each also derives from the
standard-library type a caller would catch without knowing this library::

    MigrationNewsError
    ├── RecordError          (ValueError)  a record or value broke an invariant
    ├── RuleDataError        (ValueError)  a line of a rule table breaks its grammar
    ├── ArgumentTypeError    (TypeError)   an argument or field has the wrong type
    ├── SerializationError   (ValueError)  data could not be read back into a record
    ├── SourceError          (OSError)     an input file is missing, unreadable or not UTF-8
    └── ExtractorOrderError  (ValueError)  extractors whose declared needs admit no order

    ExtractionWarning        (RuntimeWarning)  an extractor failed; its records are missing

Finding nothing in a text is never an error: parsers return empty tuples. The one warning is
not an error either: :func:`~migrationnews.parse` warns and keeps the other records.
Each error keeps what caused it, so a caller can report it without re-deriving it.
"""

from __future__ import annotations

import reprlib
from typing import Any

_REPR = reprlib.Repr()
_REPR.maxlevel = 3  # a value nested 1,000 deep is shown as [[[...]]], never a RecursionError
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlong = 40  # 10**400 is shown by its first and last digits


def shown(value: Any) -> str:
    """A short ``repr`` of ``value`` for an error message, whatever its size or depth."""
    try:
        return _REPR.repr(value)
    except Exception:  # a hostile __repr__ must not hide the error being reported
        return f"<{type(value).__name__}>"


__all__ = [
    "ArgumentTypeError",
    "ExtractionWarning",
    "ExtractorOrderError",
    "MigrationNewsError",
    "RecordError",
    "RuleDataError",
    "SerializationError",
    "SourceError",
]


class MigrationNewsError(Exception):
    """Base of every error raised by migrationnews."""


class RecordError(MigrationNewsError, ValueError):
    """A record or value type was given a value that breaks one of its invariants.

    >>> err = RecordError("Estimate", "low", 5, "must not exceed high (3)")
    >>> str(err)
    'Estimate.low = 5: must not exceed high (3)'
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, record: str, field: str, value: Any, problem: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{record}.{field} = {shown(value)}: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its parts (across processes)
        return type(self), (self.record, self.field, self.value, self.problem)


class RuleDataError(MigrationNewsError, ValueError):
    """A line of a rule table in ``migrationnews/rules/`` does not follow the table's grammar
    (raised when the table loads, so a bad edit fails the first test that reads it).

    >>> str(RuleDataError("es/meetings.tsv", 12, "kind", "meting", "not one of meeting, call"))
    "rules/es/meetings.tsv, line 12, column kind = 'meting': not one of meeting, call"
    """

    def __init__(self, path: str, line: int, column: str, value: str, problem: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
        super().__init__(f"rules/{path}, line {line}, column {column} = {shown(value)}: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.path, self.line, self.column, self.value, self.problem)


class ArgumentTypeError(MigrationNewsError, TypeError):
    """An argument or field was given a value of the wrong type.

    >>> str(ArgumentTypeError("text", "str", 3))
    'text must be str, not int (3)'
    """

    def __init__(self, argument: str, expected: str, value: Any) -> None:
        self.argument = argument
        self.expected = expected
        self.value = value
        super().__init__(
            f"{argument} must be {expected}, not {type(value).__name__} ({shown(value)})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.argument, self.expected, self.value)


class SerializationError(MigrationNewsError, ValueError):
    """Data given to ``from_dict`` or ``from_json`` does not describe a valid record."""

    def __init__(self, target: str, data: Any, reason: str) -> None:
        self.target = target
        self.data = data
        self.reason = reason
        super().__init__(f"cannot read {target}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.target, self.data, self.reason)


class ExtractionWarning(RuntimeWarning):
    """An extractor failed on some text; its records are missing, the others are kept.

    This never happens by design (every extractor is total over ``str``); the warning makes
    a bug visible without losing the rest of the article.
    """


class SourceError(MigrationNewsError, OSError):
    """An input file could not be read as UTF-8 text."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.path, self.reason)


class ExtractorOrderError(MigrationNewsError, ValueError):
    """Extractors whose declarations admit no order: two build the same record type, one needs
    a type that none builds, or their needs form a cycle (see :mod:`migrationnews.extract`).

    A package wired wrongly meets it on import; parsing never raises it.
    """

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.problem,)
