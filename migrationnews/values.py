"""Small value types that the records share: where a thing was read, how big, when, where, who said.

>>> Span(4, 11).of("The caravan left")
'caravan'
>>> Estimate(6000, 10000, Qualifier.RANGE, "between 6,000 and 10,000").contains(8000)
True
>>> Estimate(190000, None, Qualifier.MORE_THAN).interval()
(190000, inf)
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import sys
from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs
from attrs import field, frozen

from migrationnews import _checks as check

__all__ = [
    "Attribution",
    "Estimate",
    "Granularity",
    "Number",
    "Period",
    "Place",
    "PlaceKind",
    "Qualifier",
    "Span",
    "figure_text",
]

Number: TypeAlias = "int | float"


_int = check.of_type(int)
MAX_OFFSET = sys.maxsize  # no text is longer; a larger offset is corrupt data


def _start(instance: Span, attribute: attrs.Attribute[Any], value: Any) -> None:
    # Spans are built by the thousand: one plain test first, the typed errors only on failure.
    if type(value) is int and 0 <= value <= MAX_OFFSET:
        return
    _int(instance, attribute, value)
    if value > MAX_OFFSET:
        check.fail(instance, attribute, value, f"must be at most {MAX_OFFSET}")
    check.fail(instance, attribute, value, "must not be negative")


def _end(instance: Span, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is int and instance.start <= value <= MAX_OFFSET:
        return
    _int(instance, attribute, value)
    if value > MAX_OFFSET:
        check.fail(instance, attribute, value, f"must be at most {MAX_OFFSET}")
    check.fail(instance, attribute, value, f"must not be before start ({instance.start})")


@frozen
class Span:
    """Characters ``[start, end)`` of the text a record was read from."""

    start: int = field(validator=_start)
    end: int = field(validator=_end)

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


class StrEnum(str, enum.Enum):
    """An enum whose members are their string values: JSON-serialisable, printed as the value.

    (``enum.StrEnum`` arrived in Python 3.11; this is the same idea for 3.10.)

    >>> import json
    >>> str(Qualifier.ABOUT), json.dumps([Qualifier.ABOUT]), Qualifier.ABOUT == "about"
    ('about', '["about"]', True)
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class Qualifier(StrEnum):
    """How a figure was hedged in the text."""

    EXACT = "exact"  # "10,000 people"
    ABOUT = "about"  # "about / around / some / roughly / an estimated 1,600"
    MORE_THAN = "more_than"  # "more than / over / upward of 190,000"
    AT_LEAST = "at_least"  # "at least 40"
    LESS_THAN = "less_than"  # "nearly / almost / fewer than / under 500"
    AT_MOST = "at_most"  # "up to / as many as 3,000"
    RANGE = "range"  # "between 6,000 and 10,000", "6,000 to 10,000"
    VAGUE = "vague"  # "thousands", "dozens", "several hundred"


def _low_not_above_high(instance: Estimate, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and instance.low is not None and instance.low > value:
        check.fail(instance, attribute, value, f"must not be below low ({instance.low})")


def _some_bound(instance: Estimate, attribute: attrs.Attribute[Any], value: Any) -> None:
    if instance.low is None and instance.high is None:
        check.fail(instance, attribute, value, "an estimate needs a low or a high bound")


def figure_text(x: float | None) -> str:
    """A figure as reports write it: thousands separated, two decimals unless whole (an
    int or a whole float alike), "?" when unknown.

    >>> figure_text(191113), figure_text(1600.0), figure_text(2.345), figure_text(None)
    ('191,113', '1,600', '2.35', '?')
    """
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


@frozen
class Estimate:
    """A figure as the text hedges it: bounds, and the words that set them.

    ``None`` for a bound means the text sets none ("more than 190,000" has no high).
    Bounds are never negative and ``low <= high``.
    """

    low: int | float | None = field(validator=check.number)
    high: int | float | None = field(validator=[check.number, _low_not_above_high, _some_bound])
    qualifier: Qualifier = field(default=Qualifier.EXACT, validator=check.of_type(Qualifier))
    text: str = field(default="", validator=check.of_type(str))

    @classmethod
    def exact(cls, value: int | float, text: str = "") -> Estimate:
        """A figure stated without hedging."""
        return cls(value, value, Qualifier.EXACT, text)

    @classmethod
    def spanning(
        cls,
        low: int | float | None,
        high: int | float | None,
        qualifiers: Iterable[Qualifier] = (),
        text: str = "",
    ) -> Estimate:
        """The estimate from ``low`` to ``high`` that sums up estimates with ``qualifiers``,
        hedged as its bounds call for (so that it always validates): equal bounds are exact
        (about, when every estimate was), an open top is at least (vague, when every
        estimate was), an open bottom at most, two bounds a range.

        >>> Estimate.spanning(3000, 3000, [Qualifier.EXACT, Qualifier.ABOUT]).qualifier
        <Qualifier.EXACT: 'exact'>
        >>> Estimate.spanning(None, 7000).qualifier
        <Qualifier.AT_MOST: 'at_most'>
        """
        kinds = set(qualifiers)
        if low is not None and high is not None:
            if low == high:
                q = Qualifier.ABOUT if kinds == {Qualifier.ABOUT} else Qualifier.EXACT
            else:
                q = Qualifier.RANGE
        elif high is None:
            q = Qualifier.VAGUE if kinds == {Qualifier.VAGUE} else Qualifier.AT_LEAST
        else:
            q = Qualifier.AT_MOST
        return cls(low, high, q, text)

    def interval(self) -> tuple[float, float]:
        """The closed interval of values the text allows (``inf`` where it sets no high)."""
        low = self.low if self.low is not None else 0
        high = self.high if self.high is not None else math.inf
        return low, high

    def contains(self, value: int | float) -> bool:
        """True when ``value`` fits the estimate's bounds."""
        low, high = self.interval()
        return low <= value <= high

    def describe(self) -> str:
        """The estimate in a few characters, the one way reports, ledgers, comparisons
        and the command line show it: a range with a dash, an open bound with its sign,
        "about" as a tilde; an exact or vague figure as its number.

        >>> [e.describe() for e in (Estimate(6000, 10000, Qualifier.RANGE),
        ...     Estimate(190000, None, Qualifier.MORE_THAN), Estimate(40, None, Qualifier.AT_LEAST),
        ...     Estimate(None, 500, Qualifier.LESS_THAN), Estimate(1600, 1600, Qualifier.ABOUT),
        ...     Estimate.exact(2.5))]
        ['6,000-10,000', '> 190,000', '>= 40', '< 500', '~1,600', '2.50']
        """
        q = self.qualifier
        if self.low is not None and self.high is not None and self.low != self.high:
            return f"{figure_text(self.low)}-{figure_text(self.high)}"
        if self.high is None:
            sign = {Qualifier.MORE_THAN: "> ", Qualifier.AT_LEAST: ">= ", Qualifier.VAGUE: ">= "}
            return sign.get(q, "") + figure_text(self.low)
        if self.low is None:
            sign = {Qualifier.LESS_THAN: "< ", Qualifier.AT_MOST: "<= "}
            return sign.get(q, "<= ") + figure_text(self.high)
        return ("~" if q is Qualifier.ABOUT else "") + figure_text(self.low)

    @property
    def point(self) -> int | float:
        """One representative value: the midpoint of a closed range, else the bound there is."""
        if self.low is not None and self.high is not None:
            mid = (self.low + self.high) / 2
            return int(mid) if float(mid).is_integer() else mid
        bound = self.low if self.low is not None else self.high
        assert bound is not None  # guaranteed by the validator
        return bound


class Granularity(StrEnum):
    """How coarse a period is; also the unit of a rate ("per day")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"  # US federal fiscal year: October 1 to September 30
    SPAN = "span"  # an explicit stretch: "between May and the end of November"


def _date_pair(instance: Period, attribute: attrs.Attribute[Any], value: Any) -> None:
    if (value is None) != (instance.start is None):
        check.fail(instance, attribute, value, "start and end are both set or both None")
    if value is not None and instance.start is not None and value < instance.start:
        check.fail(instance, attribute, value, f"must not be before start ({instance.start})")


@frozen
class Period:
    """The stretch of time an expression such as "in November" or "last week" covers.

    ``start`` and ``end`` are inclusive calendar dates; both are ``None`` when the
    expression could not be resolved (no publication date was given), and ``text`` keeps
    the expression either way.
    """

    text: str = field(validator=check.of_type(str))
    start: dt.date | None = field(default=None, validator=check.of_type(dt.date, optional=True))
    end: dt.date | None = field(
        default=None, validator=[check.of_type(dt.date, optional=True), _date_pair]
    )
    granularity: Granularity | None = field(
        default=None, validator=check.of_type(Granularity, optional=True)
    )

    @property
    def resolved(self) -> bool:
        """True when the period has dates."""
        return self.start is not None

    def contains(self, other: Period) -> bool:
        """True when both are resolved and ``other`` lies within this period."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start <= other.start and other.end <= self.end


class PlaceKind(StrEnum):
    """What sort of place a name refers to."""

    COUNTRY = "country"
    STATE = "state"
    CITY = "city"
    PORT_OF_ENTRY = "port_of_entry"
    BORDER_CROSSING = "border_crossing"
    SECTOR = "sector"  # a US Border Patrol sector
    REGION = "region"
    HUB = "hub"  # a waypoint on the migration routes
    RIVER = "river"
    SEA = "sea"
    BORDER = "border"
    OTHER = "other"


@frozen
class Place:
    """A named place, with its kind and country where known."""

    name: str = field(validator=[check.of_type(str), check.non_empty])
    kind: PlaceKind | None = field(default=None, validator=check.of_type(PlaceKind, optional=True))
    country: str | None = field(default=None, validator=check.iso_country)


@frozen
class Attribution:
    """Who a figure or claim is attributed to ("U.S. Customs and Border Protection officials")."""

    source: str = field(validator=[check.of_type(str), check.non_empty])
    span: Span | None = field(default=None, validator=check.of_type(Span, optional=True))
