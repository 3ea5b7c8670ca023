"""attrs validators shared by the value types and records.

Each checks one field and raises a typed error that names ``Record.field`` and the value:
:class:`~migrationnews.errors.ArgumentTypeError` for a wrong type,
:class:`~migrationnews.errors.RecordError` for a value that breaks an invariant.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Container, Iterable
from typing import Any

import attrs

from migrationnews.errors import ArgumentTypeError, RecordError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# The largest figure a record holds: far above any number an article states (the parser
# reads at most about 1e33), far below a float's range (1.8e308), so midpoints, sums and unit
# conversions of any two figures stay finite.
MAX_NUMBER = 10**100


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def fail(instance: object, attribute: attrs.Attribute[Any], value: Any, problem: str) -> None:
    """Raise the :class:`RecordError` for ``instance.attribute = value``."""
    raise RecordError(type(instance).__name__, attribute.name, value, problem)


def _type_name(types: tuple[type, ...], optional: bool) -> str:
    names = [t.__name__ for t in types]
    if optional:
        names.append("None")
    return " or ".join(names)


def _is(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # True is an int to Python, never a count to us
    if isinstance(value, dt.datetime) and dt.datetime not in types:
        return False  # a timestamp is not a calendar date
    return isinstance(value, types)


def of_type(*types: type, optional: bool = False) -> Validator:
    """The field holds one of ``types`` (or ``None`` when ``optional``)."""

    exact = frozenset(types)  # fast path: the value's own class is one of them

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) in exact or (value is None and optional):
            return
        if not _is(value, types):
            raise ArgumentTypeError(_where(instance, attribute), _type_name(types, optional), value)

    return check


def tuple_of(*types: type) -> Validator:
    """The field is a tuple whose every item is one of ``types``."""
    exact = frozenset(types)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise ArgumentTypeError(_where(instance, attribute), "tuple", value)
        for i, item in enumerate(value):
            if type(item) not in exact and not _is(item, types):
                where = f"{_where(instance, attribute)}[{i}]"
                raise ArgumentTypeError(where, _type_name(types, False), item)

    return check


def as_tuple(value: Any) -> Any:
    """attrs converter: a list or other iterable (not a string) becomes a tuple."""
    if isinstance(value, (list, set, frozenset)) or (
        isinstance(value, Iterable) and not isinstance(value, (str, bytes, tuple, dict))
    ):
        return tuple(value)
    return value


def magnitude_problem(value: int | float) -> str | None:
    """What is wrong with a figure's magnitude (None when it is finite, >= 0, <= MAX_NUMBER).

    Never converts an int to float, so ``10**400`` is reported, not an ``OverflowError``.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return "must be finite"
    if value < 0:
        return "must not be negative"
    if value > MAX_NUMBER:
        return "must be at most 1e100"
    return None


def number(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An optional finite, non-negative int or float no larger than :data:`MAX_NUMBER`."""
    if value is None:
        return
    if not _is(value, (int, float)):
        raise ArgumentTypeError(_where(instance, attribute), "int or float or None", value)
    problem = magnitude_problem(value)
    if problem is not None:
        fail(instance, attribute, value, problem)


def non_empty(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A string with at least one non-space character."""
    if not value.strip():
        fail(instance, attribute, value, "must not be empty")


def _code(
    instance: Any, attribute: attrs.Attribute[Any], value: Any, known: Container[str], what: str
) -> None:
    """An optional code (a string) among ``known``; otherwise an error saying ``what`` it is
    not."""
    if value is None:
        return
    if not isinstance(value, str):
        raise ArgumentTypeError(_where(instance, attribute), "str or None", value)
    if value not in known:
        fail(instance, attribute, value, what)


def iso_country(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An optional ISO 3166-1 alpha-2 code such as ``"MX"``."""
    from migrationnews.ruledata import iso_codes  # loaded once, on first use

    _code(instance, attribute, value, iso_codes(), "is not an ISO 3166-1 alpha-2 country code")


def language(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An optional language code the rule data covers: ``"en"`` or ``"es"``."""
    from migrationnews.language import LANGUAGES

    _code(instance, attribute, value, LANGUAGES, f"is not one of {', '.join(LANGUAGES)}")


def iso_countries(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of ISO 3166-1 alpha-2 codes."""
    tuple_of(str)(instance, attribute, value)
    for code in value:
        iso_country(instance, attribute, code)
