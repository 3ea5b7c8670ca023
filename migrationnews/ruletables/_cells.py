"""Reading one cell: each parser returns the cell's value or raises ``ValueError`` saying
what is wrong with it (the loader adds the file, the line and the column)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeAlias, TypeVar

from migrationnews.records import Measure
from migrationnews.values import Qualifier

Number: TypeAlias = int | float
R = TypeVar("R")
E = TypeVar("E", bound=enum.Enum)
LANGUAGES = ("en", "es")  # as language.LANGUAGES (that module reads language_words here)


def _text(cell: str) -> str:
    return cell


def _required(cell: str) -> str:
    if not cell:
        raise ValueError("must not be empty")
    return cell


def _items(cell: str) -> tuple[str, ...]:
    if "|" not in cell:  # the usual cell, stripped already: one item or none
        return (cell,) if cell else ()
    return tuple(item.strip() for item in cell.split("|") if item.strip())


def _required_items(cell: str) -> tuple[str, ...]:
    items = _items(cell)
    if not items:
        raise ValueError("must list at least one item")
    return items


def _enum(kind: type[E]) -> Callable[[str], E]:
    members: dict[object, E] = dict(kind._value2member_map_)

    def parse(cell: str) -> E:
        member = members.get(cell)
        if member is None:
            allowed = ", ".join(str(member.value) for member in kind)
            raise ValueError(f"{cell!r} is not one of {allowed}")
        return member

    return parse


def _optional(parse: Callable[[str], R], empty: str = "") -> Callable[[str], R | None]:
    """``parse``, or None for an empty cell (or the cell ``empty``, such as "-")."""

    def optional(cell: str) -> R | None:
        return None if cell in {"", empty} else parse(cell)

    return optional


def _number(cell: str) -> Number:
    try:
        value = Decimal(cell)
    except InvalidOperation:
        raise ValueError(f"{cell!r} is not a number") from None
    return int(value) if value == value.to_integral_value() else float(value)


def _factor(cell: str) -> int:
    if not cell:
        return 1
    if not cell.isdigit():
        raise ValueError(f"{cell!r} is not a whole number")
    return int(cell)


def _whole(cell: str) -> int:
    """A whole number that must be written."""
    if not cell.isdigit():
        raise ValueError(f"{cell!r} is not a whole number")
    return int(cell)


def _date(cell: str) -> dt.date:
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"{cell!r} is not a date YYYY-MM-DD") from None


def _country(cell: str) -> str:
    if not (len(cell) == 2 and cell.isascii() and cell.isalpha() and cell.isupper()):
        raise ValueError(f"{cell!r} is not an ISO 3166-1 alpha-2 code")
    return cell


def _class_name(cell: str) -> str:
    if re.fullmatch(r"[A-Z][A-Z_]*", cell) is None:
        raise ValueError(f"{cell!r} is not a class name (upper case)")
    return cell


def _flag(word: str) -> Callable[[str], bool]:
    def parse(cell: str) -> bool:
        if cell not in {"", word}:
            raise ValueError(f"{cell!r} is neither empty nor {word!r}")
        return cell == word

    return parse


def _noun_measure(cell: str) -> str:
    """A :class:`Measure` value, or ``*`` and one (the verb decides, else that one), or
    ``~`` and one (a thing that counts that measure only when a verb says so)."""
    _enum(Measure)(cell.removeprefix("*").removeprefix("~"))
    return cell


def _hedge(cell: str) -> Qualifier | Literal["inclusive"]:
    return "inclusive" if cell == "inclusive" else _enum(Qualifier)(cell)


def _language(cell: str) -> str:
    if cell not in LANGUAGES:
        raise ValueError(f"{cell!r} is not one of {', '.join(LANGUAGES)}")
    return cell


class _CellError(ValueError):
    """A check across the cells of a row failed: ``column`` is the cell at fault."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column = column


def _cell(column: str, parse: Callable[[str], object], cell: str) -> None:
    """Check ``cell`` of ``column`` with ``parse`` inside a row's own check."""
    try:
        parse(cell)
    except ValueError as error:
        raise _CellError(column, str(error)) from None


def _parse(parse: Callable[[str], Any]) -> dict[str, Callable[[str], Any]]:
    """The metadata of a field read from its cell by ``parse``."""
    return {"parse": parse}
