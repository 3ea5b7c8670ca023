"""Checks of the public functions' arguments: each raises an
:class:`~migrationnews.errors.ArgumentTypeError` that names the argument.

Not :class:`~migrationnews.dates.Tense`: :mod:`._tense` owns that check.
"""

from __future__ import annotations

import datetime as dt

from migrationnews.errors import ArgumentTypeError


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(name, "str", value)


def _check_published(value: object) -> None:
    if isinstance(value, dt.datetime) or not (value is None or isinstance(value, dt.date)):
        raise ArgumentTypeError("published", "datetime.date or None", value)


def _window(size: int, start: object, end: object) -> tuple[int, int]:
    """The bounds ``[first, last)`` that ``text[start:end]`` takes of a text of ``size``
    characters, ``last`` never before ``first``; ``start`` must be an int, ``end`` an int or
    None."""
    if isinstance(start, bool) or not isinstance(start, int):
        raise ArgumentTypeError("start", "int", start)
    if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
        raise ArgumentTypeError("end", "int or None", end)
    first, last, _ = slice(start, end).indices(size)
    return first, max(first, last)
