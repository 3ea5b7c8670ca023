"""One builder per English rule: a match of the rule's pattern becomes an :class:`._Expr`, or
None when it is no date after all ("Theresa May", "for 2000 migrants", "February 30").

A builder reads the match's groups, checks the words around it where the pattern cannot
("relaxed" skips those checks for :func:`~migrationnews.dates.resolve`, which is given one
expression alone), and leaves the dates to a closure over :mod:`._calendar`. The Spanish
builders reuse :func:`_days_of_month` and :data:`_UNIT_GRANULARITY`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from migrationnews.dates._calendar import (
    _add_days,
    _add_months,
    _date,
    _Dates,
    _fiscal,
    _fiscal_of,
    _fiscal_quarter,
    _months,
    _quarter,
    _toward,
    _unit,
    _weekly,
    _year,
)
from migrationnews.dates._expressions import (
    _after,
    _At,
    _before,
    _count,
    _Expr,
    _fixed,
    _full_year,
    _Kind,
    _leading_int,
    _may_be_month,
    _modified,
    _month_of,
    _normal,
    _recurring,
    _rel_direction,
    _year_ref,
)
from migrationnews.dates._patterns import _DIGITS_RE
from migrationnews.dates._tense import Tense
from migrationnews.dates._vocabulary import (
    _AFTER_YEAR,
    _DETERMINERS,
    _MAX_DAY,
    _WEAK_YEAR_CONTEXT,
    _WEEKDAY_INDEX,
    _YEAR_CONTEXT,
)
from migrationnews.values import Granularity

# A builder: the match, the whole text it was found in, and whether to skip context checks.
_Builder = Callable[["re.Match[str]", str, bool], "_Expr | None"]


def _build_date(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """An explicit day of a month ("Dec. 24", "24 December 2023", "Dec. 1-15"): in its
    stated year, else a recurring date; None for a lowercase month word or a one-day span."""
    parsed = _month_of(m["month"] or m["monthb"])
    if parsed is None:
        return None
    month = parsed[0]
    first = _leading_int(m["day"] or m["dayb"])
    last = _leading_int(m["day2"]) if m["day2"] else first
    if m["day2"] and last == first:
        return None
    return _days_of_month(m, month, first, last, m["year"], None)


def _days_of_month(
    m: re.Match[str], month: int, first: int, last: int, year: str | None, rel: str | None
) -> _Expr | None:
    """Days ``first`` to ``last`` of ``month`` (a span when the match wrote a second day), in
    ``year`` when written, else in the year that the relative word ``rel`` or the
    publication date picks; None for a day the month lacks ("February 30")."""
    if last < first or last > _MAX_DAY[month]:
        return None
    granularity = Granularity.SPAN if m["day2"] else Granularity.DAY

    def make(year: int) -> _Dates | None:
        start, end = _date(year, month, first), _date(year, month, last)
        return (start, end) if start is not None and end is not None else None

    if year:
        dates = make(int(year))
        if dates is None:
            return None  # "February 29, 2023"
        return _Expr(m.start(), m.end(), granularity, _Kind.ABSOLUTE, _fixed(dates))
    kind, at = _recurring(make, rel)
    return _Expr(m.start(), m.end(), granularity, kind, at)


def _build_numeric(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A numeric date ("2023-12-24", "12/24/23", month first): absolute; None for a
    day the calendar lacks."""
    year = int(m["y"])
    day = _date(_full_year(year), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    return _Expr(m.start(), m.end(), Granularity.DAY, _Kind.ABSOLUTE, _fixed((day, day)))


def _build_year_span(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A range of years ("between 2021 and 2023", "2021-2023"), from the first's
    January 1 to the last's December 31; None unless the first comes before the last."""
    first, last = (int(y) for y in _DIGITS_RE.findall(m.group())[-2:])
    start, end = _year(first), _year(last)
    if first >= last or start is None or end is None:
        return None
    dates = (start[0], end[1])
    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.ABSOLUTE, _fixed(dates))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def _build_quarter(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A quarter ("the third quarter of 2024", "Q1 FY2024", "the first fiscal
    quarter"): of its stated or relative year, else the one the tense points to; None for a
    lowercase "q1" and for a bare "the last quarter" (the unit rule's)."""
    if m["q"] is not None:
        if not m["q"].startswith("Q"):
            return None  # "q1" is no quarter
        quarter, ref_text, fiscal = int(m["q"][1]), m["qyref"], False
    else:
        ordinal = _normal(m["ord"]) or ""
        quarter, ref_text, fiscal = _ORDINALS[ordinal], m["yref"], m["fiscal"] is not None
        if ordinal == "last" and ref_text is None:
            return None  # "the last quarter": the one before this one (the unit rule)
    if ref_text is None:
        make = _fiscal_quarter if fiscal else _quarter
        kind, recurring = _recurring(lambda year: make(year, quarter), None)
        return _Expr(m.start(), m.end(), Granularity.QUARTER, kind, recurring)
    ref = _year_ref(ref_text)
    if ref is None:
        return None
    in_fiscal = ref.fiscal or fiscal

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        year_dates = ref.dates(anchor)
        if year_dates is None:
            return None
        year = year_dates[1].year  # a fiscal year is named for the year it ends in
        return _fiscal_quarter(year, quarter) if in_fiscal else _quarter(year, quarter)

    kind = _Kind.ABSOLUTE if ref.year is not None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), Granularity.QUARTER, kind, at)


def _build_month(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A month ("November", "last November", "Nov. 2023", "November of last year"):
    in its stated or relative year, else the one the relative word or the tense picks; None
    for "Jan" alone and for a bare "May" or "March" that reads as a name or a verb."""
    parsed = _month_of(m["month"])
    if parsed is None:
        return None
    month, clear = parsed
    rel, mod, ref_text = _normal(m["rel"]), m["mod"], m["yref"]
    if ref_text is None and not clear:
        return None  # "Jan" alone is a name; "Jan 2024" is a month
    bare = ref_text is None and rel is None and mod is None and m["lead"] is None
    ambiguous = m["month"].lower() in ("may", "march")
    if bare and ambiguous and not relaxed and not _may_be_month(text, *m.span("month")):
        return None

    def make(year: int) -> _Dates | None:
        return _months(year, month)

    if ref_text is not None:
        ref = _year_ref(ref_text)
        if ref is None:
            return None
        year, offset = ref.year, ref.offset

        def in_year(anchor: dt.date, tense: Tense) -> _Dates | None:
            return make(year if year is not None else anchor.year + offset)

        kind = _Kind.ABSOLUTE if year is not None else _Kind.DEICTIC
        unmodified: _At = in_year
    else:
        kind, unmodified = _recurring(make, rel)
    granularity, at = _modified(mod, Granularity.MONTH, unmodified)
    return _Expr(m.start(), m.end(), granularity, kind, at)


def _build_weekday(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A weekday ("on Wednesday", "last Friday", "Friday night"): the one the
    relative word or the tense picks."""
    weekday = _WEEKDAY_INDEX.get((_normal(m["weekday"]) or "")[:3])
    if weekday is None:
        return None
    rel = _normal(m["rel"])
    fixed = _rel_direction(rel)

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        return _weekly(weekday, 1, anchor, fixed or _toward(tense))

    kind = _Kind.RECURRING if fixed is None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), Granularity.DAY, kind, at)


_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before": -1, "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def _build_day(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A day counted from the publication date ("today", "yesterday morning", "the day
    before yesterday"); None for "the day before" what it is counted from ("the day before
    the election")."""
    word = _normal(m["word"]) or ""
    # "yesterday morning" and "this evening" count as their day
    offset = _DAY_OFFSETS.get(word, _DAY_OFFSETS.get(word.split()[0], 0))
    if word == "the day before" and not relaxed:
        following = _after(text, m.end())
        rest = text[m.end() : m.end() + 40].lstrip(" \t")
        if rest[:1].isdigit() or (
            following and (following[0].isupper() or following.lower() in _DETERMINERS)
        ):
            return None  # "the day before the election": counted from something else

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        day = _add_days(anchor, offset)
        return (day, day) if day is not None else None

    return _Expr(m.start(), m.end(), Granularity.DAY, _Kind.DEICTIC, at)


def _build_rolling(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A window that ends on the publication date ("the past week", "the last 12
    months", "the past 24 hours"); None for vague plurals ("the past days") and for "last
    week", a calendar week (the unit rule's)."""
    rel, unit = _normal(m["rel"]), (_normal(m["unit"]) or "")
    plural = unit.endswith("s")
    base = unit.rstrip("s")
    if m["n"] is None:
        if plural or rel in ("last", "previous"):
            return None  # "the past days" is vague; "last week" is a calendar week
        count = 1
    else:
        counted = _count(m["n"])
        if counted is None or counted == 0:
            return None
        count = counted
    if base == "hour" and m["n"] is None:
        return None

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        start = _rolling_start(anchor, base, count)
        return (start, anchor) if start is not None else None

    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.DEICTIC, at)


def _rolling_start(anchor: dt.date, base: str, count: int) -> dt.date | None:
    """The first day of a window of ``count`` units (``base``: "hour", "day", "week", "month"
    or "year") that ends on ``anchor``.

    Hours round up to whole days, days and weeks count days; "the past month" is 30 days and
    "the past year" 365, while several months or years go back on the calendar.
    """
    if base == "hour":
        return _add_days(anchor, -math.ceil(count / 24))
    if base in ("day", "week"):
        return _add_days(anchor, -(count * (7 if base == "week" else 1) - 1))
    if count == 1:
        return _add_days(anchor, -(30 if base == "month" else 365) + 1)
    back = _add_months(anchor, -count * (12 if base == "year" else 1))
    return _add_days(back, 1) if back is not None else None


_UNIT_GRANULARITY = {
    "week": Granularity.WEEK,
    "weekend": Granularity.SPAN,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "year": Granularity.YEAR,
    "fiscal year": Granularity.FISCAL_YEAR,
}
_UNIT_OFFSETS = {
    "this": 0, "the current": 0, "the": 0, "earlier this": 0, "later this": 0, "so far this": 0,
    "last": -1, "past": -1, "this past": -1, "the past": -1, "the last": -1, "the previous": -1,
    "next": 1, "coming": 1, "this coming": 1, "the coming": 1,
}  # fmt: skip


def _build_unit(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A calendar unit counted from the publication date ("this week", "last month",
    "next fiscal year", "this weekend", "earlier this year", "this year so far"); None for a
    rolling window ("the past month": the rolling rule's) and for "the year" alone."""
    rel, unit, mod = _normal(m["rel"]) or "", _normal(m["unit"]) or "", m["mod"]
    if rel in ("the past", "the last", "the previous", "this past") and unit in (
        "week",
        "month",
        "year",
    ):
        return None  # a rolling window: the rolling rule
    if rel == "the" and mod is None:
        return None  # "the year" alone refers back to something
    offset = _UNIT_OFFSETS[rel]
    so_far = rel in ("earlier this", "so far this") or m["sofar"] is not None
    later = rel == "later this"

    def unmodified(anchor: dt.date, tense: Tense) -> _Dates | None:
        if unit == "weekend":
            direction = _rel_direction(rel.removeprefix("the ")) or _toward(tense)
            dates = _weekly(5, 2, anchor, direction)
        else:
            dates = _unit(unit, anchor, offset)
        if dates is None:
            return None
        if so_far:
            return (dates[0], anchor) if dates[0] <= anchor else None
        if later:
            return (anchor, dates[1]) if anchor <= dates[1] else None
        return dates

    granularity = Granularity.SPAN if so_far or later else _UNIT_GRANULARITY[unit]
    granularity, at = _modified(mod, granularity, unmodified)
    return _Expr(m.start(), m.end(), granularity, _Kind.DEICTIC, at)


def _build_to_date(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """The calendar or fiscal year so far ("year to date", "fiscal year-to-date"):
    from its first day to the publication date."""
    fiscal = (_normal(m["fiscal"]) or "").startswith("fiscal")

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        dates = _fiscal(_fiscal_of(anchor)) if fiscal else _year(anchor.year)
        return (dates[0], anchor) if dates is not None else None

    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.DEICTIC, at)


def _build_yearish(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    """A year ("in 2023", "fiscal 2023", "FY23", "last year", "early 2023", "the end of
    the year"), narrowed by a modifier; None for "the year" alone and for a bare number that
    does not read as a year (:func:`_reads_as_year`)."""
    ref_text, mod = m["yref"], m["mod"]
    words = (_normal(ref_text) or "").split()
    if words in (["the", "year"], ["the", "fiscal", "year"]) and mod is None:
        return None  # "the year" alone refers back to something
    bare = ref_text.isdigit() and m["lead"] is None and mod is None
    if bare and not relaxed and not _reads_as_year(text, m.start("yref"), m.end()):
        return None
    ref = _year_ref(ref_text)
    if ref is None:
        return None

    def unmodified(anchor: dt.date, tense: Tense) -> _Dates | None:
        return ref.dates(anchor)

    granularity = Granularity.FISCAL_YEAR if ref.fiscal else Granularity.YEAR
    granularity, at = _modified(mod, granularity, unmodified)
    kind = _Kind.ABSOLUTE if ref.year is not None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), granularity, kind, at)


def _reads_as_year(text: str, start: int, end: int) -> bool:
    """Whether the bare number ``text[start:end]`` ("2023") is a year, by its neighbours.

    It is after a word that makes it one ("since 2019", "the year 2020"); after "of", "for" or
    "by" only when no noun follows ("for 2000 migrants" is a count); else it is a number.
    """
    previous = _before(text, start)[0].lower()
    if previous in _WEAK_YEAR_CONTEXT:
        following = _after(text, end)
        return not (following[:1].islower() and following not in _AFTER_YEAR)
    return previous in _YEAR_CONTEXT
