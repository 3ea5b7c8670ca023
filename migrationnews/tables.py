"""Records as flat tables: one row per record, readable columns, for CSV, pandas and Parquet.

:func:`rows` needs nothing beyond the library; :func:`to_frame` needs pandas and
:func:`write_parquet` pandas and pyarrow (``pip install 'migrationnews[pandas]'``).

Each kind ("officials", "meetings", "caravans", "policy_actions", "statistics") has one
fixed list of columns, so tables from different batches line up. Every row starts with the
article's ``source`` and ``published`` and the record's position ``record`` within its
article (``to_dict(article)[kind][record]`` is the record in full), and ends with ``start``,
``end`` (the record's first span) and ``evidence``, the text at that span. Nested values are
flattened with readable names: an estimate is ``low``, ``high``, ``qualifier`` and
``value`` (one representative figure), a period ``period_text``, ``period_start``,
``period_end`` and ``period_granularity``, a place ``place``, ``place_kind`` and
``place_country``; lists of names are joined with ``"; "``. Enums are their string values
and dates ``datetime.date``; a value the text does not state is ``None``.

>>> import datetime as dt
>>> from migrationnews import parse
>>> article = parse(
...     "Agents made more than 8,000 apprehensions a day in November.",
...     published=dt.date(2023, 12, 27), source="story-1")
>>> row = rows(article, "statistics")[0]
>>> row["source"], row["low"], row["high"], row["qualifier"], row["measure"], row["per"]
('story-1', 8000, None, 'more_than', 'apprehensions', 'day')
>>> row["period_start"], row["evidence"]
(datetime.date(2023, 11, 1), 'more than 8,000 apprehensions a day')
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

from attrs import frozen

from migrationnews.errors import ArgumentTypeError
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
    Record,
    Statistic,
    Unit,
)
from migrationnews.values import Estimate, Granularity, Period, Place, PlaceKind, Qualifier, Span

__all__ = ["KINDS", "columns", "rows", "to_frame", "write_parquet"]

KINDS = ("officials", "meetings", "caravans", "policy_actions", "statistics")

Cell: TypeAlias = "str | int | float | dt.date | None"
CellOf: TypeAlias = "Callable[[Any, Article], Cell]"  # a column's cell of a record
V = TypeVar("V")

PANDAS_HINT = "pip install 'migrationnews[pandas]'"


class Dtype(enum.Enum):
    """What a column holds, and so its pandas dtype."""

    TEXT = "string"
    DATE = "datetime64"
    INT = "Int64"  # nullable integer
    NUMBER = "Float64"  # nullable float: a bound may be 1.5 or 12.5 (percent)
    CATEGORY = "category"


@frozen
class Column:
    """One column of a kind's table: its name, its dtype, and how a record fills it."""

    name: str
    dtype: Dtype
    get: CellOf
    categories: tuple[str, ...] = ()  # the closed vocabulary of a CATEGORY column


def _values(vocabulary: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in vocabulary)


def _enum(value: enum.Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _joined(items: Sequence[str]) -> str | None:
    return "; ".join(items) if items else None


def _first_span(record: Any) -> Span | None:
    spans: tuple[Span, ...] = record.spans
    return spans[0] if spans else None


def _head() -> list[Column]:
    return [
        Column("source", Dtype.TEXT, lambda _, a: a.source),
        Column("published", Dtype.DATE, lambda _, a: a.published),
    ]


def _tail() -> list[Column]:
    def start(record: Any, _: Article) -> int | None:
        span = _first_span(record)
        return None if span is None else span.start

    def end(record: Any, _: Article) -> int | None:
        span = _first_span(record)
        return None if span is None else span.end

    def evidence(record: Any, article: Article) -> str | None:
        span = _first_span(record)
        return None if span is None else span.of(article.text)

    return [
        Column("start", Dtype.INT, start),
        Column("end", Dtype.INT, end),
        Column("evidence", Dtype.TEXT, evidence),
    ]


def _mentions() -> Column:
    return Column("mentions", Dtype.INT, lambda r, _: len(r.spans))


def _part(get: Callable[[Any], V | None]) -> Callable[[Callable[[V], Cell]], CellOf]:
    """Cells of a part of a record (its estimate, period or place): ``part(read)`` reads the part
    ``get`` gives with ``read``, and is empty where the record has no such part."""

    def part(read: Callable[[V], Cell]) -> CellOf:
        def cell(record: Any, _: Article) -> Cell:
            value = get(record)
            return None if value is None else read(value)

        return cell

    return part


def _estimate(prefix: str, get: Callable[[Any], Estimate | None]) -> list[Column]:
    part = _part(get)
    return [
        Column(f"{prefix}low", Dtype.NUMBER, part(lambda e: e.low)),
        Column(f"{prefix}high", Dtype.NUMBER, part(lambda e: e.high)),
        _category(f"{prefix}qualifier", Qualifier, part(lambda e: _enum(e.qualifier))),
        Column(f"{prefix}value" if prefix else "value", Dtype.NUMBER, part(lambda e: e.point)),
        Column(f"{prefix}text" if prefix else "estimate_text", Dtype.TEXT, part(lambda e: e.text)),
    ]


def _period(prefix: str, get: Callable[[Any], Period | None]) -> list[Column]:
    part = _part(get)
    return [
        Column(f"{prefix}_text", Dtype.TEXT, part(lambda p: p.text)),
        Column(f"{prefix}_start", Dtype.DATE, part(lambda p: p.start)),
        Column(f"{prefix}_end", Dtype.DATE, part(lambda p: p.end)),
        _category(f"{prefix}_granularity", Granularity, part(lambda p: _enum(p.granularity))),
    ]


def _place(prefix: str, get: Callable[[Any], Place | None]) -> list[Column]:
    part = _part(get)
    return [
        Column(prefix, Dtype.TEXT, part(lambda p: p.name)),
        _category(f"{prefix}_kind", PlaceKind, part(lambda p: _enum(p.kind))),
        Column(f"{prefix}_country", Dtype.TEXT, part(lambda p: p.country)),
    ]


def _category(name: str, vocabulary: type[enum.Enum], get: CellOf | None = None) -> Column:
    """A column of ``vocabulary``'s values: the record's attribute ``name``, or what ``get``
    reads."""
    cell = get or (lambda r, _: _enum(getattr(r, name)))
    return Column(name, Dtype.CATEGORY, cell, _values(vocabulary))


def _text(name: str) -> Column:
    return Column(name, Dtype.TEXT, lambda r, _: getattr(r, name))


def _official_columns() -> list[Column]:
    return [
        _text("name"),
        _text("surname"),
        _text("title"),
        _text("country"),
        Column("inferred", Dtype.TEXT, lambda r, _: _joined(r.inferred)),
        _mentions(),
    ]


def _meeting_columns() -> list[Column]:
    return [
        Column("participants", Dtype.TEXT, lambda r, _: _joined(r.participants)),
        Column("countries", Dtype.TEXT, lambda r, _: _joined(r.countries)),
        _category("kind", MeetingKind),
        _category("status", MeetingStatus),
        _text("topic"),
        *_place("location", lambda r: r.location),
        *_period("date", lambda r: r.date),
        _mentions(),
    ]


def _caravan_columns() -> list[Column]:
    def distance(record: Caravan, _: Article) -> Cell:
        stated = record.distance_as_stated
        return None if stated is None else stated[0]

    def distance_unit(record: Caravan, _: Article) -> Cell:
        stated = record.distance_as_stated
        return None if stated is None else stated[1]

    return [
        *_estimate("size_", lambda r: r.size),
        Column("size_estimates", Dtype.INT, lambda r, _: len(r.size_estimates)),
        Column(
            "size_sources",
            Dtype.TEXT,
            lambda r, _: _joined([e.source.source for e in r.size_estimates if e.source]),
        ),
        Column("origins", Dtype.TEXT, lambda r, _: _joined(r.origins)),
        _category("status", CaravanStatus),
        *_place("location", lambda r: r.location),
        Column("distance_to_border", Dtype.NUMBER, distance),
        Column("distance_unit", Dtype.TEXT, distance_unit),
        *_period("departed", lambda r: r.departed),
        _mentions(),
    ]


def _policy_columns() -> list[Column]:
    return [
        _category("kind", PolicyKind),
        _category("status", PolicyStatus),
        _text("actor"),
        *_place("place", lambda r: r.place),
        *_period("date", lambda r: r.date),
    ]


def _statistic_columns() -> list[Column]:
    return [
        *_estimate("", lambda r: r.value),
        _category("unit", Unit),
        _category("measure", Measure),
        _category("per", Granularity),
        *_period("period", lambda r: r.period),
        *_place("place", lambda r: r.place),
        Column(
            "attribution", Dtype.TEXT, lambda r, _: None if r.source is None else r.source.source
        ),
    ]


_KIND_COLUMNS: dict[str, tuple[type, list[Column]]] = {
    "officials": (Official, _official_columns()),
    "meetings": (Meeting, _meeting_columns()),
    "caravans": (Caravan, _caravan_columns()),
    "policy_actions": (PolicyAction, _policy_columns()),
    "statistics": (Statistic, _statistic_columns()),
}

_RECORD_INDEX = Column("record", Dtype.INT, lambda r, a: None)  # filled in by rows()


def _columns(kind: Any) -> tuple[Column, ...]:
    if not isinstance(kind, str) or kind not in _KIND_COLUMNS:
        raise ArgumentTypeError("kind", "one of " + ", ".join(map(repr, KINDS)), kind)
    return (*_head(), _RECORD_INDEX, *_KIND_COLUMNS[kind][1], *_tail())


def columns(kind: str) -> tuple[str, ...]:
    """The column names of ``kind``'s table, in order.

    >>> columns("officials")
    ('source', 'published', 'record', 'name', 'surname', 'title', 'country', 'inferred', \
'mentions', 'start', 'end', 'evidence')
    """
    return tuple(c.name for c in _columns(kind))


def _articles(articles: Any) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    if isinstance(articles, str | bytes) or not isinstance(articles, Iterable):
        raise ArgumentTypeError("articles", "an Article or an iterable of Articles", articles)
    out = list(articles)
    for item in out:
        if not isinstance(item, Article):
            raise ArgumentTypeError("articles", "an Article or an iterable of Articles", item)
    return out


def rows(articles: Article | Iterable[Article], kind: str) -> list[dict[str, Cell]]:
    """One flat dict per record of ``kind`` in ``articles`` (an Article or several).

    The keys are :func:`columns` of ``kind``, in order; no pandas needed.
    """
    spec = _columns(kind)
    out: list[dict[str, Cell]] = []
    for article in _articles(articles):
        records: tuple[Record, ...] = getattr(article, kind)
        for index, record in enumerate(records):
            row = {c.name: c.get(record, article) for c in spec}
            row["record"] = index
            out.append(row)
    return out


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError(
            f"migrationnews.to_frame and write_parquet need pandas: {PANDAS_HINT}"
        ) from err
    return pandas


def _series(pd: Any, column: Column, values: list[Cell]) -> Any:
    if column.dtype is Dtype.DATE:
        # Seconds keep every calendar date (nanoseconds stop at 2262).
        return pd.Series(
            [pd.NaT if v is None else pd.Timestamp(v) for v in values], dtype="datetime64[s]"
        )
    if column.dtype is Dtype.CATEGORY:
        return pd.Series(values, dtype=pd.CategoricalDtype(list(column.categories)))
    if column.dtype is Dtype.NUMBER:
        return pd.Series([pd.NA if v is None else v for v in values], dtype="Float64")
    if column.dtype is Dtype.INT:
        return pd.Series([pd.NA if v is None else v for v in values], dtype="Int64")
    return pd.Series([pd.NA if v is None else v for v in values], dtype="string")


def to_frame(articles: Article | Iterable[Article], kind: str) -> Any:
    """A pandas DataFrame of :func:`rows`: dates as ``datetime64``, counts and offsets as
    nullable ``Int64``, figures as nullable ``Float64``, closed vocabularies as categoricals
    (every value of the vocabulary a category), text as ``string``.

    Needs pandas (``pip install 'migrationnews[pandas]'``).
    """
    spec = _columns(kind)
    table = rows(articles, kind)
    pd = _pandas()
    return pd.DataFrame({c.name: _series(pd, c, [row[c.name] for row in table]) for c in spec})


def write_parquet(articles: Article | Iterable[Article], folder: str | Path) -> dict[str, Path]:
    """Write ``<kind>.parquet`` in ``folder`` (made if missing) for every kind, even one with
    no records (an empty table keeps its columns); returns each kind's path.

    Needs pandas and pyarrow (``pip install 'migrationnews[pandas]'``).
    """
    if not isinstance(folder, str | Path):
        raise ArgumentTypeError("folder", "str or pathlib.Path", folder)
    kept = _articles(articles)
    _pandas()
    try:
        import pyarrow  # noqa: F401  (pandas would say less about what to install)
    except ImportError as err:
        raise ImportError(f"migrationnews.write_parquet needs pyarrow: {PANDAS_HINT}") from err
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for kind in KINDS:
        path = target / f"{kind}.parquet"
        to_frame(kept, kind).to_parquet(path, index=False, engine="pyarrow")
        paths[kind] = path
    return paths
