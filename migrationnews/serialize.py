"""Records to JSON-compatible data and back, through one private cattrs converter.

The shape is the interchange shape the evaluation scorer reads (``docs/json-shape.md``,
``docs/article.schema.json``): spans are ``[start, end]``, dates ISO strings, enums their
values, a distance ``{"magnitude": 1600, "unit": "mile"}``. The round trip is exact:
``from_dict(to_dict(r), type(r)) == r`` for every record and value type.

>>> from migrationnews.values import Estimate, Qualifier
>>> to_dict(Estimate(6000, 10000, Qualifier.RANGE))
{'low': 6000, 'high': 10000, 'qualifier': 'range', 'text': ''}
>>> from_dict({'low': 6000, 'high': None, 'qualifier': 'more_than'}, Estimate)
Estimate(low=6000, high=None, qualifier=<Qualifier.MORE_THAN: 'more_than'>, text='')
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any, TypeVar, get_args, get_origin, overload

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from migrationnews.errors import (
    ArgumentTypeError,
    MigrationNewsError,
    SerializationError,
    shown,
)
from migrationnews.records import (
    Article,
    Caravan,
    CaravanStatus,
    Measure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    PolicyAction,
    PolicyKind,
    PolicyStatus,
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.values import (
    Attribution,
    Estimate,
    Granularity,
    Period,
    Place,
    PlaceKind,
    Qualifier,
    Span,
)

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

SERIALIZABLE: tuple[type, ...] = (
    Article,
    Official,
    Meeting,
    Caravan,
    PolicyAction,
    Statistic,
    SizeEstimate,
    Estimate,
    Period,
    Place,
    Attribution,
    Span,
)


class _Shape(TypeError):
    """Data of the wrong JSON shape; the message says what was expected and what came."""


def _kind_of(value: Any) -> str:
    """The JSON name of ``value``'s type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
        raise _Shape(f"expected an ISO date (YYYY-MM-DD), not {shown(value)}")
    raise _Shape(f"expected an ISO date string, not {_kind_of(value)}")


def _structure_span(value: Any, _: type) -> Span:
    if isinstance(value, dict) and set(value) == {"start", "end"}:
        return Span(value["start"], value["end"])
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise _Shape(f"expected a span [start, end], not {_kind_of(value)} {shown(value)}")
    return Span(value[0], value[1])


def _structure_number(value: Any, _: type) -> int | float | None:
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    raise _Shape(f"expected a number or null, not {_kind_of(value)}")


def _strict(kind: type) -> Any:
    """A structure hook that accepts ``kind`` as it is and converts nothing."""
    names = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}

    def structure(value: Any, _: type) -> Any:
        if isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool):
            return value
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        raise _Shape(f"expected {names.get(kind, kind.__name__)}, not {_kind_of(value)}")

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(type_: Any, converter: cattrs.Converter) -> Any:
    """``tuple[X, ...]`` from a JSON list only: a string or an object is an error, not a
    sequence of characters or keys. Each item's errors keep its index in the path."""
    item_type = get_args(type_)[0]
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _: type) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise _Shape(f"expected a list, not {_kind_of(value)}")
        items: list[Any] = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as err:
                note = IterableValidationNote(f"Structuring {type_} @ index {i}", i, item_type)
                err.__notes__ = [*getattr(err, "__notes__", []), note]  # type: ignore[attr-defined]
                errors.append(err)
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(items)

    return structure


def _enum_hook(type_: Any) -> Any:
    choices = ", ".join(repr(member.value) for member in type_)

    def structure(value: Any, _: type) -> Any:
        if isinstance(value, str):
            try:
                return type_(value)
            except ValueError:
                pass
        raise _Shape(f"expected one of {choices}; not {_kind_of(value)} {shown(value)}")

    return structure


def _unstructure_distance(value: tuple[float, str] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"magnitude": value[0], "unit": value[1]}


def _structure_distance(value: Any, _: type) -> Any:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"magnitude", "unit"}:
        raise _Shape(f"expected {{'magnitude': ..., 'unit': ...}}, not {shown(value)}")
    magnitude, unit = value["magnitude"], value["unit"]
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
        raise _Shape(f"expected a number for the magnitude, not {_kind_of(magnitude)}")
    if not isinstance(unit, str):
        raise _Shape(f"expected a string for the unit, not {_kind_of(unit)}")
    return (magnitude, unit)


def _record_hook(cls: Any, converter: cattrs.Converter) -> Any:
    """A record from a JSON object only, with no key it does not know (a typo is an error)."""
    overrides: dict[str, Any] = {}
    if cls is Caravan:
        overrides["_distance"] = override(
            rename="distance_to_border",
            unstruct_hook=_unstructure_distance,
            struct_hook=_structure_distance,
        )
    inner = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True, **overrides)

    def structure(value: Any, _: type) -> Any:
        if not isinstance(value, dict):
            raise _Shape(f"expected an object, not {_kind_of(value)}")
        return inner(value, cls)

    return structure


_ENUMS: tuple[type[enum.Enum], ...] = (
    CaravanStatus,
    Granularity,
    Measure,
    MeetingKind,
    MeetingStatus,
    PlaceKind,
    PolicyKind,
    PolicyStatus,
    Qualifier,
    Unit,
)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, float, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_structure_hook(int | float | None, _structure_number)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    for enum_type in _ENUMS:  # by class: a str-valued enum would otherwise take str's hook
        converter.register_structure_hook(enum_type, _enum_hook(enum_type))
        converter.register_unstructure_hook(enum_type, lambda member: member.value)
    converter.register_structure_hook_factory(
        lambda t: attrs.has(t) and t is not Span, _record_hook
    )
    distance = override(
        rename="distance_to_border",
        unstruct_hook=_unstructure_distance,
        struct_hook=_structure_distance,
    )
    converter.register_unstructure_hook(
        Caravan, make_dict_unstructure_fn(Caravan, converter, _distance=distance)
    )
    return converter


_CONVERTER = _make_converter()


def _describe(exc: BaseException, type_: Any) -> str:
    """Our own errors say what is wrong in full; cattrs words the rest."""
    if isinstance(exc, (MigrationNewsError, _Shape)):
        return str(exc)
    return format_exception(exc, type_)


def _reason(err: Exception) -> str:
    """Every problem in ``err``, each with the JSON path where it is (``@ $.meetings[0]``)."""
    if isinstance(err, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(err, format_exception=_describe))
    return f"{_describe(err, None)} @ $"


def to_dict(obj: Any) -> Any:
    """``obj`` (an Article, a record or a value type) as JSON-compatible data."""
    if not isinstance(obj, SERIALIZABLE):
        raise ArgumentTypeError("obj", "a migrationnews record or value", obj)
    return _CONVERTER.unstructure(obj)


@overload
def from_dict(data: Any) -> Article: ...


@overload
def from_dict(data: Any, cls: type[T]) -> T: ...


def from_dict(data: Any, cls: type[Any] = Article) -> Any:
    """Read ``data`` (as made by :func:`to_dict`) back into a ``cls`` (an Article by default).

    Nothing is coerced: a list is a list, a string a string, a key the record does not have
    is an error. Raises :class:`~migrationnews.errors.SerializationError` (a ``ValueError``)
    naming every problem with its JSON path, whatever the data's size or depth.

    >>> from_dict({"text": "x", "meetings": {}})
    Traceback (most recent call last):
    ...
    migrationnews.errors.SerializationError: cannot read Article: expected a list, ... @ $.meetings
    """
    if cls not in SERIALIZABLE:
        raise ArgumentTypeError("cls", "a migrationnews record or value type", cls)
    try:
        return _CONVERTER.structure(data, cls)
    except RecursionError:
        raise SerializationError(cls.__name__, data, "nested too deeply @ $") from None
    except Exception as err:
        raise SerializationError(cls.__name__, data, _reason(err)) from err


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@overload
def from_json(text: str | bytes) -> Article: ...


@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...


def from_json(text: str | bytes, cls: type[Any] = Article) -> Any:
    """Read a JSON document made by :func:`to_json` back into a ``cls`` (an Article by default).

    Strict JSON only (no ``NaN`` or ``Infinity``); any malformed document, however deeply
    nested, raises :class:`~migrationnews.errors.SerializationError`.
    """
    if not isinstance(text, (str, bytes)):
        raise ArgumentTypeError("text", "str or bytes", text)
    if cls not in SERIALIZABLE:
        raise ArgumentTypeError("cls", "a migrationnews record or value type", cls)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise SerializationError(cls.__name__, text, "not JSON: nested too deeply") from None
    except ValueError as err:  # also bad UTF-8 in bytes, and ints too long to read
        raise SerializationError(cls.__name__, text, f"not JSON: {err}") from None
    return from_dict(data, cls)


def fields_of(cls: type) -> tuple[str, ...]:
    """The serialised field names of an attrs record type, in order."""
    return tuple(a.name for a in attrs.fields(cls))
