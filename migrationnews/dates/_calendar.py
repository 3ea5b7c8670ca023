"""Calendar arithmetic on inclusive ``(first, last)`` date pairs: months, quarters, calendar
and fiscal years, weeks, and which instance of a recurring period ("November", "Friday") an
anchor date and a direction pick.

Every helper returns None instead of leaving the calendar's range (years 1 to 9999), so no
text can make resolution raise. No text and no patterns here: only dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from migrationnews.dates._tense import Tense

_Dates = tuple[dt.date, dt.date]
_MAX_ORDINAL = dt.date.max.toordinal()
_LAST_MONTH_INDEX = 9999 * 12 + 11  # December 9999, counting months from January of year 0


class _Direction(enum.Enum):
    """Which instance of a recurring expression ("November", "Friday") is meant."""

    ON_OR_BEFORE = "latest starting on or before the anchor"
    ON_OR_AFTER = "earliest ending on or after the anchor"
    BEFORE = "latest ending before the anchor"
    AFTER = "earliest starting after the anchor"


_BACKWARD = frozenset({_Direction.ON_OR_BEFORE, _Direction.BEFORE})


def _toward(tense: Tense) -> _Direction:
    return _Direction.ON_OR_BEFORE if tense is Tense.PAST else _Direction.ON_OR_AFTER


def _fits(dates: _Dates, anchor: dt.date, direction: _Direction) -> bool:
    """Whether ``dates`` is an instance that ``direction`` accepts for ``anchor``."""
    if direction is _Direction.ON_OR_BEFORE:
        return dates[0] <= anchor
    if direction is _Direction.ON_OR_AFTER:
        return dates[1] >= anchor
    if direction is _Direction.BEFORE:
        return dates[1] < anchor
    return dates[0] > anchor


def _date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month):
        return dt.date(year, month, day)
    return None


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_days(day: dt.date, days: int) -> dt.date | None:
    ordinal = day.toordinal() + days
    return dt.date.fromordinal(ordinal) if 1 <= ordinal <= _MAX_ORDINAL else None


def _add_months(day: dt.date, months: int) -> dt.date | None:
    index = day.year * 12 + day.month - 1 + months
    if not 12 <= index <= _LAST_MONTH_INDEX:
        return None
    return day + relativedelta(months=months)


@functools.lru_cache(maxsize=4096)
def _months(year: int, month: int, count: int = 1) -> _Dates | None:
    """``count`` whole months starting with ``month`` of ``year``."""
    start = _date(year, month, 1)
    if start is None or start.year * 12 + start.month - 2 + count > _LAST_MONTH_INDEX:
        return None
    return start, start + relativedelta(months=count - 1, day=31)


def _year(year: int) -> _Dates | None:
    return _months(year, 1, 12)


def _fiscal(year: int) -> _Dates | None:
    """The US federal fiscal year ``year``: October 1 of the year before to September 30."""
    return _months(year - 1, 10, 12)


def _fiscal_of(day: dt.date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


def _quarter(year: int, quarter: int) -> _Dates | None:
    return _months(year, 3 * quarter - 2, 3)


def _fiscal_quarter(year: int, quarter: int) -> _Dates | None:
    return _months(year - 1, 10, 3) if quarter == 1 else _months(year, 3 * quarter - 5, 3)


def _yearly(
    make: Callable[[int], _Dates | None], anchor: dt.date, direction: _Direction
) -> _Dates | None:
    """The instance of a once-a-year period ``make(year)`` that ``direction`` picks.

    Nine years either way are enough to reach a February 29.
    """
    years = (
        range(anchor.year + 1, anchor.year - 9, -1)
        if direction in _BACKWARD
        else range(anchor.year - 1, anchor.year + 9)
    )
    for year in years:
        dates = make(year) if 1 <= year <= 9999 else None
        if dates is not None and _fits(dates, anchor, direction):
            return dates
    return None


def _weekly(first: int, length: int, anchor: dt.date, direction: _Direction) -> _Dates | None:
    """The instance of a weekly stretch (``first`` = 0 for Monday, ``length`` days)."""
    monday = anchor.toordinal() - anchor.weekday()
    weeks = range(1, -3, -1) if direction in _BACKWARD else range(-1, 3)
    for week in weeks:
        start = monday + 7 * week + first
        end = start + length - 1
        if start >= 1 and end <= _MAX_ORDINAL:
            dates = (dt.date.fromordinal(start), dt.date.fromordinal(end))
            if _fits(dates, anchor, direction):
                return dates
    return None


def _unit(unit: str, anchor: dt.date, offset: int) -> _Dates | None:
    """The calendar ``unit`` containing ``anchor``, moved by ``offset`` units."""
    if unit == "week":
        start = _add_days(anchor, 7 * offset - anchor.weekday())
        end = _add_days(start, 6) if start is not None else None
        return (start, end) if start is not None and end is not None else None
    if unit == "month":
        first = _add_months(anchor.replace(day=1), offset)
        return _months(first.year, first.month) if first is not None else None
    if unit == "quarter":
        first = _add_months(
            anchor.replace(day=1, month=anchor.month - (anchor.month - 1) % 3), 3 * offset
        )
        return _months(first.year, first.month, 3) if first is not None else None
    if unit == "fiscal year":
        return _fiscal(_fiscal_of(anchor) + offset)
    return _year(anchor.year + offset)
