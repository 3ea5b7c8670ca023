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
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from migrationnews.errors import ArgumentTypeError, MigrationNewsError, SerializationError
from migrationnews.records import (
    Article,
    Caravan,
    Meeting,
    Official,
    PolicyAction,
    SizeEstimate,
    Statistic,
)
from migrationnews.values import Attribution, Estimate, Period, Place, Span

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


def _structure_date(value: Any, _: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"a date must be an ISO string, not {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _structure_span(value: Any, _: type) -> Span:
    if isinstance(value, dict):
        return Span(value["start"], value["end"])
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise TypeError(f"a span must be [start, end], not {value!r}")
    return Span(value[0], value[1])


def _structure_number(value: Any, _: type) -> int | float | None:
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    raise TypeError(f"a number must be int, float or null, not {type(value).__name__}")


def _strict(kind: type) -> Any:
    """A structure hook that accepts ``kind`` as it is and converts nothing."""

    def structure(value: Any, _: type) -> Any:
        if isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool):
            return value
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        raise TypeError(f"expected {kind.__name__}, not {type(value).__name__} ({value!r})")

    return structure


def _unstructure_distance(value: tuple[float, str] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"magnitude": value[0], "unit": value[1]}


def _structure_distance(value: Any, _: type) -> Any:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"magnitude", "unit"}:
        raise TypeError(f"a distance must be {{'magnitude', 'unit'}}, not {value!r}")
    magnitude = value.get("magnitude")
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
        raise TypeError(f"a distance's magnitude must be a number, not {magnitude!r}")
    return (magnitude, value.get("unit"))


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=False)
    for kind in (str, int, float, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_structure_hook(int | float | None, _structure_number)
    distance = override(
        rename="distance_to_border",
        unstruct_hook=_unstructure_distance,
        struct_hook=_structure_distance,
    )
    converter.register_unstructure_hook(
        Caravan, make_dict_unstructure_fn(Caravan, converter, _distance=distance)
    )
    converter.register_structure_hook(
        Caravan, make_dict_structure_fn(Caravan, converter, _distance=distance)
    )
    return converter


_CONVERTER = _make_converter()


def _describe(exc: BaseException, type_: Any) -> str:
    """Our own errors say what is wrong in full; cattrs words the rest."""
    if isinstance(exc, MigrationNewsError):
        return str(exc)
    return format_exception(exc, type_)


def to_dict(obj: Any) -> Any:
    """``obj`` (an Article, a record or a value type) as JSON-compatible data."""
    if not isinstance(obj, SERIALIZABLE):
        raise ArgumentTypeError("obj", "a migrationnews record or value", obj)
    return _CONVERTER.unstructure(obj)


def from_dict(data: Any, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Read ``data`` (as made by :func:`to_dict`) back into a ``cls``.

    Raises :class:`~migrationnews.errors.SerializationError` (a ``ValueError``) naming
    what is wrong when the data does not describe a valid ``cls``.
    """
    if cls not in SERIALIZABLE:
        raise ArgumentTypeError("cls", "a migrationnews record or value type", cls)
    try:
        return _CONVERTER.structure(data, cls)
    except cattrs.BaseValidationError as err:
        reason = "; ".join(cattrs.transform_error(err, format_exception=_describe))
        raise SerializationError(cls.__name__, data, reason) from err
    except (MigrationNewsError, ValueError, TypeError, KeyError, AttributeError) as err:
        raise SerializationError(cls.__name__, data, f"{type(err).__name__}: {err}") from err


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Read a JSON document made by :func:`to_json` back into a ``cls``."""
    if not isinstance(text, (str, bytes)):
        raise ArgumentTypeError("text", "str or bytes", text)
    try:
        data = json.loads(text)
    except ValueError as err:
        raise SerializationError(cls.__name__, text, f"not JSON: {err}") from err
    return from_dict(data, cls)


def fields_of(cls: type) -> tuple[str, ...]:
    """The serialised field names of an attrs record type, in order."""
    return tuple(a.name for a in attrs.fields(cls))
