"""Resolving date expressions ("on Wednesday", "in November", "last week") against publication.

News reports date events relative to the day they appear: "on Wednesday" is the most recent
Wednesday, "in November" the most recent November. :func:`find_dates` finds every such
expression in a text and :func:`resolve` turns one into a :class:`~migrationnews.values.Period`
of inclusive calendar dates. Without a publication date a relative expression keeps its text
and granularity but gets no dates: it is never guessed. Absolute expressions ("Nov. 2023",
"fiscal year 2023") resolve either way.

>>> import datetime
>>> published = datetime.date(2023, 12, 27)  # a Wednesday
>>> resolve("on Wednesday", published).start
datetime.date(2023, 12, 27)
>>> resolve("on Sunday", published).start
datetime.date(2023, 12, 24)
>>> november = resolve("In November", published)
>>> november.start, november.end
(datetime.date(2023, 11, 1), datetime.date(2023, 11, 30))
>>> fy = resolve("fiscal year 2023", None)
>>> fy.start, fy.end, fy.granularity
(datetime.date(2022, 10, 1), datetime.date(2023, 9, 30), <Granularity.FISCAL_YEAR: 'fiscal_year'>)
>>> [m.period.text for m in find_dates("Crossings rose between May and the end of November.", None)]
['between May and the end of November']

The grammar, in the order the rules are tried (the longest match wins; ties go to the earlier rule):

* explicit dates: "Dec. 24", "December 24, 2023", "24 December 2023", "2023-12-24", "12/24/2023",
  "Dec. 1-15" (a span);
* year ranges: "between 2021 and 2023", "2021-2023";
* quarters: "the first quarter of 2024", "Q1 2024", "the third quarter of fiscal 2024";
* months: "November", "in November", "last November", "Nov. 2023", "late November",
  "November of last year";
* weekdays: "Wednesday", "on Wednesday", "last Friday", "this past Sunday", "Friday night";
* days: "today", "tonight", "this morning", "yesterday", "last night", "tomorrow", "the day before";
* rolling windows ending on the publication date: "the past week" (7 days), "the past month"
  (30 days), "the past year" (365 days), "the last 12 months", "the past 24 hours";
* calendar units: "this week", "last month", "next year", "this weekend", "last fiscal year",
  "earlier this year", "so far this month", "this year to date";
* "year to date", "fiscal year to date";
* years: "the 2023 fiscal year", "fiscal 2023", "FY23", "in 2023", "early 2023",
  "the end of the year".

Then two compositions: "between A and B", "from A to B", "A through B" and "A-B" make one span
from the start of A to the end of B, and "since A" runs from the start of A to the publication date.

Deliberately not dates: vague stretches ("in recent weeks", "the past few months"), rates
("a day", "per day", "daily"), times of day, bare numbers, "Title 42", and the lowercase words
"may" and "march". A bare year ("2023") counts only after a preposition that makes it one
("in", "since", "of", "for", "by", "the year"), and bare "May"/"March" not at a sentence start
or after a capitalised word ("Theresa May").
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable

import attrs
from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from migrationnews import _checks as check
from migrationnews._caches import per_article
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.language import active
from migrationnews.ruledata import fold, table, words_pattern
from migrationnews.values import Granularity, Period, Span

__all__ = ["DateMention", "Tense", "find_dates", "fiscal_year", "resolve", "tense_of"]


class Tense(enum.Enum):
    """Which way a bare expression points: "on Friday" is the last Friday or the next one."""

    PAST = "past"
    FUTURE = "future"


@frozen
class DateMention:
    """One date expression found in a text: where it is and the period it names."""

    span: Span = field(validator=check.of_type(Span))  # characters [start, end) in the text
    period: Period = field(validator=check.of_type(Period))  # Period.text == the span's text


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH_WORDS = _MONTH_NAMES + _MONTH_ABBREVIATIONS + tuple(a + "." for a in _MONTH_ABBREVIATIONS)
_FULL_MONTHS = frozenset(name.lower() for name in _MONTH_NAMES)
_MONTH_INDEX = {name[:3].lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)}
_WEEKDAY_INDEX = {name[:3].lower(): i for i, name in enumerate(_WEEKDAY_NAMES)}
_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # by month; Feb 29 in leap years


def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# Words that make a bare "May" or "March" a month ("since May", "to March").
_MONTH_CONTEXT = _wordset(
    "in on during since from between until till through to and or of by before after "
    "last next this early late mid end throughout"
)
# Words that make a bare four-digit number a year ("since 2019", "the year 2020").
_YEAR_CONTEXT = _wordset("since from between until till through throughout year")
# Words after which a year is only a year if no noun follows ("for 2000 migrants" is a count).
_WEAK_YEAR_CONTEXT = _wordset("of for by")
# Lowercase words that may follow a year ("by 2025 and", "of 2023 was"): anything else is a noun.
_AFTER_YEAR = _wordset(
    "a after against ago alone amid an and are as at because before but compared despite "
    "did during from had has have in is it on or since so than that the then there "
    "through to under until was were when which while with"
)
# A noun phrase after "the day before" makes it relative to something other than today.
_DETERMINERS = _wordset("a an the his her its their our my this that these those")
# Words that join the two ends of a span ("May through November").
_SPAN_WORDS = _wordset("through thru until till")
_SENTENCE_END = frozenset('.!?;:"“”\n')


# ---------------------------------------------------------------------------------------------
# Patterns: fragments, then one compiled pattern per rule. Every quantifier sits between
# literals or classes that cannot match the same characters, so each rule runs in linear time.
# ---------------------------------------------------------------------------------------------


def _words(name: str, words: Iterable[str]) -> str:
    """A named group matching any of ``words`` as a whole word (a trie: linear to match)."""
    return f"(?P<{name}>{words_pattern(words)})"


def _compile(template: str, **fragments: str) -> re.Pattern[str]:
    """A verbose, case-insensitive pattern with ``{name}`` fragments filled in."""
    return re.compile(template.format(**fragments), re.VERBOSE | re.IGNORECASE)


# A year from 1900 to 2099, not inside a number, an amount or a date.
_YEAR = r"(?<![\w$£€.,/])(?:19|20)\d\d(?![\w%/]|[.,]\d|-\d)"
# A day of the month with an optional ordinal suffix, not inside a number or a time.
_DAY = r"(?<![\w,$])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[.,:]\d)"
# Something that looks like a day number (used to refuse "February 30" as "February").
_DAYLIKE = r"\s*\d\d?(?:st|nd|rd|th)?(?!\d|[.,]\d)"
_NUMBER = words_pattern(_NUMBER_WORDS)
# A year as the object of "of"/"in": plain, fiscal or relative to the publication date.
_YREF = rf"""(?:                                # a year, by number or relative to the publication
      the\s+{_YEAR}\s+fiscal\s+year              # "the 2023 fiscal year"
    | fiscal\s+(?:year\s+)?{_YEAR}                # "fiscal year 2023", "fiscal 2023"
    | FY(?:\s*-\s*|\s*)(?:19|20)?\d\d(?![\w%/]|[.,]\d)  # "FY2023", "FY 2023", "FY23"
    | (?:this|last|next|the\s+current|the\s+coming|the)\s+(?:fiscal\s+)?year  # "last year"
    | {_YEAR}                                     # "2023"
)"""

_LEAD = r"(?:(?P<lead>on|in|during|over|throughout|at)\s+)?"
_MOD = rf"""(?P<mod>                                # a modifier of a month or a year
      (?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+  # "the end of"
    | (?:the\s+)?(?:first|second)\s+half\s+of\s+  # "the first half of"
    | (?:the\s+)?(?:first|last|final)\s+(?:\d\d?|{_NUMBER})\s+months\s+of\s+  # "first 10 months of"
    | (?:early|late)\s+                        # "early"
    | mid-\s*                                  # "mid-"
    | mid\s+                                   # "mid "
)?                                             # (optional)
"""

_SHARED = {
    "year": _YEAR,
    "day": _DAY,
    "daylike": _DAYLIKE,
    "yref": _YREF,
    "lead": _LEAD,
    "mod": _MOD,
    "number": _NUMBER,
}

_DATE_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "on"
    (?:{weekday},?\s+)?                           # "Wednesday, "
    (?:
        {month}\s*(?P<day>{day})                  # "Dec. 24", "December 24th"
        (?:\s*(?:-|–|to|through)\s*(?P<day2>{day}))?  # "Dec. 1-15": a span of days
      | (?:the\s+)?(?P<dayb>{day})\s+(?:of\s+)?{monthb}  # "24 December", "the 24th of December"
    )
    (?:(?:,\s*|\s+)(?P<year>{year}))?             # ", 2023"
    """,
    month=_words("month", _MONTH_WORDS),
    monthb=_words("monthb", _MONTH_WORDS),
    weekday=_words("weekday", _WEEKDAY_NAMES),
    **_SHARED,
)

_ISO_RE = _compile(
    r"""
    (?<![\w./-])(?=\w)                            # at the start of a number or word
    {lead}                                        # "on"
    (?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)  # "2023-12-24"
    (?!\d|[-/]\d)                                 # not followed by more of a number
    """,
    **_SHARED,
)

_US_RE = _compile(
    r"""
    (?<![\w./-])(?=\w)                            # at the start of a number or word
    {lead}                                        # "on"
    (?P<m>[01]?\d)/(?P<d>[0-3]?\d)/               # "12/24/" month first, as in the US
    (?P<y>(?:19|20)\d\d|\d\d)                     # "2023" or "23"
    (?![\w/]|[.,]\d)                              # not followed by more of a number
    """,
    **_SHARED,
)

_YEAR_SPAN_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    (?:between\s+{year}\s+and                     # "between 2021 and"
      | from\s+{year}\s+(?:to|through|until|till|and)  # "from 2021 to"
      | (?<![\w$£€.,/])(?:19|20)\d\d\s*[-–—]     # "2021-"
      | {year}\s+through                          # "2021 through"
    )
    \s*{year}                                     # "2023"
    """,
    **_SHARED,
)

_QUARTER_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    (?:
        (?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)  # "the third"
        \s+(?P<fiscal>fiscal\s+)?quarter          # "quarter", "fiscal quarter"
        (?:\s+of\s+(?P<yref>{yref}))?             # "of 2024", "of fiscal 2024", "of this year"
      | (?P<q>Q[1-4])                             # "Q1"
        (?:\s+(?:of\s+)?(?P<qyref>{yref}))?       # "2024", "FY2024"
    )
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_MONTH_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "the end of", "early", "mid-"
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?  # "last"
    {month}                                       # "November", "Nov."
    (?:(?:,\s*|\s+)(?:of\s+)?                     # " ", ", ", " of "
       (?P<yref>{year}|(?:this|last|next)\s+year) # "2023", "last year"
    )?
    (?!{daylike})                                 # "February 30" is no date at all
    """,
    month=_words("month", _MONTH_WORDS),
    **_SHARED,
)

_WEEKDAY_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "on"
    (?:(?<!the\s)                                 # "the last Friday of" is another thing
       (?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?  # "last"
    (?:(?:early|late)\s+)?                        # "late"
    {weekday}                                     # "Friday"
    (?:\s+(?:morning|afternoon|evening|night))?   # "night"
    (?![\w])                                      # a whole word
    """,
    weekday=_words("weekday", _WEEKDAY_NAMES),
    **_SHARED,
)

_DAY_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    (?:(?:earlier|later|early|late)\s+)?          # "earlier"
    (?P<word>today|tonight                        # "today"
      | this\s+(?:morning|afternoon|evening)      # "this morning"
      | last\s+night                              # "last night"
      | (?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?  # "yesterday morning"
      | the\s+day\s+(?:before\s+yesterday|after\s+tomorrow|before)  # "the day before"
    )
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_ROLLING_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "over"
    (?P<rel>the\s+past|the\s+last|the\s+previous|this\s+past|past|last|previous)  # "the past"
    \s+(?:(?P<n>\d\d?\d?|{number})\s+)?           # "12", "two"
    (?P<unit>hours|days|day|weeks|week|months|month|years|year)  # "months"
    (?![\w-])                                     # a whole word
    (?!\s+of(?![\w]))                             # "the last week of November" is no window
    """,
    **_SHARED,
)

_UNIT_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "the end of"
    (?P<rel>this\s+coming|this\s+past|this|last|next|past|coming  # "last"
      | the\s+current|the\s+coming|the\s+past|the\s+last|the\s+previous  # "the current"
      | earlier\s+this|later\s+this|so\s+far\s+this  # "earlier this"
      | the                                       # "the" (after a modifier only)
    )
    \s+(?P<unit>fiscal\s+year|year|quarter|month|weekend|week)  # "month"
    (?P<sofar>\s+so\s+far|\s+to\s+date)?          # "this year so far"
    (?![\w-])                                     # a whole word
    """,
    **_SHARED,
)

_TO_DATE_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    (?:the\s+)?(?P<fiscal>fiscal[-\s]|calendar[-\s])?  # "fiscal "
    year[-\s]to[-\s]date                          # "year-to-date"
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_YEARISH_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "early", "the end of"
    (?P<yref>{yref})                              # "2023", "fiscal 2023", "the year"
    """,
    **_SHARED,
)

# "between" or "from" just before the first part of a span.
_SPAN_LEAD_RE = re.compile(
    r"""
    (?<![\w])(?P<word>between|from)               # the word
    \s+$                                          # then only space up to the expression
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "since" just before an expression.
_SINCE_RE = re.compile(
    r"""
    (?<![\w])(?:ever\s+)?since                    # "since", "ever since"
    \s+$                                          # then only space up to the expression
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What may stand between the two parts of a span.
_SPAN_GAP_RE = re.compile(
    r"""
    \s+(?P<word>and|to|through|thru|until|till)\s+  # "and", "to", "through"
    | \s*(?P<dash>[-–—])\s*                        # a dash
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The number in a year reference ("FY23", "fiscal 2023").
_DIGITS_RE = re.compile(
    r"""
    \d+                                           # digits
    """,
    re.VERBOSE,
)
# A trailing possessive, stripped before resolving one expression ("Wednesday's").
_POSSESSIVE_RE = re.compile(
    r"""
    (?<=\w)['’]s                                  # "'s" or "’s" after a word
    \Z                                            # at the very end
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FUTURE_RE = re.compile(
    r"""
    (?<![\w'’])(?<!the\s)will(?![\w'’])           # "will" (not "the will")
    | (?<=\w)['’]ll(?![\w])                       # "they'll"
    | (?<![\w])won['’]t(?![\w])                   # "won't"
    | (?<![\w])shall(?![\w])                      # "shall"
    | (?<![\w])(?:plans|planning)\s+to(?![\w])    # "plans to"
    | (?:(?<![\w])(?:is|are|am)|['’](?:s|re))   # "is", "are", "it's"
      \s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "expected to"
    | (?<![\w])next(?![\w])(?!\s+day(?![\w]))     # "next week" (not narrative "the next day")
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The same words in case-folded text with a blank in front (see ruledata.fold), each branch
# opening on a plain character (the one before the word, or a mark), so that re skips the
# letters inside words instead of testing every branch at every character.
_FUTURE_FOLDED_RE = re.compile(
    r"""
    [^\w](?:                                   # the character before a word, then the word
        (?<=[^'’])(?<!the\s)will(?![\w'’])      # "will" (not "the will", not "'will")
      | won['’]t(?![\w])                         # "won't"
      | shall(?![\w])                            # "shall"
      | plan(?:s|ning)\s+to(?![\w])              # "plans to"
      | (?:is|are|am)\s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "is set to"
      | next(?![\w])(?!\s+day(?![\w]))           # "next week" (not the narrative "next day")
    )
    | ['’](?:                                   # or an apostrophe
        (?<=\w['’])ll(?![\w])                    # "they'll"
      | (?:s|re)\s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "it's set to"
    )
    """,
    re.VERBOSE,
)


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic: every helper returns None instead of leaving the calendar's range.
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Matched expressions before resolution
# ---------------------------------------------------------------------------------------------


class _Kind(enum.Enum):
    ABSOLUTE = "absolute"  # needs no anchor: "Nov. 2023"
    RECURRING = "recurring"  # any anchor may place it: "November", "Friday", "Dec. 24"
    DEICTIC = "deictic"  # counted from the publication date: "last week", "yesterday"


# Dates of an expression given an anchor date and a direction.
_At = Callable[[dt.date, Tense], "_Dates | None"]


@frozen
class _Expr:
    start: int
    end: int
    granularity: Granularity
    kind: _Kind
    at: _At

    def dates(self, anchor: dt.date | None, tense: Tense) -> _Dates | None:
        if self.kind is _Kind.ABSOLUTE:
            return self.at(dt.date.min, tense)
        return None if anchor is None else self.at(anchor, tense)


def _fixed(dates: _Dates) -> _At:
    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        return dates

    return at


def _recurring(make: Callable[[int], _Dates | None], rel: str | None) -> tuple[_Kind, _At]:
    """A once-a-year period; ``rel`` ("last", "next", "this"...) fixes its direction."""
    fixed = _rel_direction(rel)

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        return _yearly(make, anchor, fixed or _toward(tense))

    return (_Kind.RECURRING if fixed is None else _Kind.DEICTIC), at


def _rel_direction(rel: str | None) -> _Direction | None:
    if rel in ("last", "past", "this past", "previous"):
        return _Direction.BEFORE
    if rel in ("next", "coming", "this coming"):
        return _Direction.AFTER
    return None


# Letters that case-insensitive matching takes for ASCII ones ("ſ" for "s", "ı" for "i").
_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def _normal(text: str | None) -> str | None:
    """Lowercase, ASCII look-alikes folded, spaces collapsed: the key for a word table."""
    return " ".join(text.translate(_FOLD).lower().split()) if text is not None else None


def _leading_int(text: str) -> int:
    """The number a matched day starts with ("24th" -> 24)."""
    digits = _DIGITS_RE.match(text)
    return int(digits.group()) if digits is not None else 0


def _full_year(year: int) -> int:
    """A two-digit year in its century: "23" is 2023, "98" is 1998."""
    if year >= 100:
        return year
    return year + (2000 if year < 70 else 1900)


def _count(word: str) -> int | None:
    if word.isdecimal():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


def _month_of(token: str) -> tuple[int, bool] | None:
    """(month, unmistakable) for a capitalised month word; "Jan" without a dot is not clear."""
    if not token[:1].isupper():
        return None  # "may", "march": a verb or a noun
    key = (_normal(token) or "").rstrip(".")
    month = _MONTH_INDEX.get(key[:3])
    return (month, token.endswith(".") or key in _FULL_MONTHS) if month is not None else None


def _before(text: str, pos: int) -> tuple[str, str]:
    """The word just before ``pos`` and what separates it from ``pos`` (a short window)."""
    window = text[max(0, pos - 40) : pos]
    end = len(window)
    while end > 0 and not window[end - 1].isalnum():
        end -= 1
    start = end
    while start > 0 and window[start - 1].isalnum():
        start -= 1
    return window[start:end], window[end:]


def _after(text: str, pos: int) -> str:
    """The word that follows ``pos`` after spaces, or '' if punctuation comes first."""
    window = text[pos : pos + 40].lstrip(" \t")
    end = 0
    while end < len(window) and window[end].isalpha():
        end += 1
    return window[:end]


def _may_be_month(text: str, start: int, end: int) -> bool:
    """A bare "May" or "March" at ``text[start:end]`` is a month: not a name ("Theresa May"),
    not a sentence's first word, unless a span follows ("May through November")."""
    word, gap = _before(text, start)
    if word.lower() in _MONTH_CONTEXT:
        return True
    rest = text[end : end + 40].lstrip()
    if rest[:1] in ("-", "–", "—") or _after(text, end).lower() in _SPAN_WORDS:
        return True  # "May through November"
    if not word or any(char in _SENTENCE_END for char in gap):
        return False
    return not (word[0].isupper() or word.lower() in ("the", "a", "an"))


def _modified(mod: str | None, granularity: Granularity, at: _At) -> tuple[Granularity, _At]:
    """Apply a modifier: a half or a few months of a year narrow it; "late", "the end of" don't."""
    if mod is None or granularity not in (Granularity.YEAR, Granularity.FISCAL_YEAR):
        return granularity, at
    words = (_normal(mod) or "").split()
    if "half" in words:
        months, from_start = 6, "first" in words
    elif "months" in words:
        counted = _count(words[words.index("months") - 1])
        if counted is None or not 1 <= counted < 12:
            return granularity, at
        months, from_start = counted, "first" in words
    else:
        return granularity, at

    def part(anchor: dt.date, tense: Tense) -> _Dates | None:
        dates = at(anchor, tense)
        if dates is None:
            return None
        if from_start:
            after = _add_months(dates[0], months)
            end = _add_days(after, -1) if after is not None else None
            return (dates[0], end) if end is not None else None
        following = _add_days(dates[1], 1)
        start = _add_months(following, -months) if following is not None else None
        return (start, dates[1]) if start is not None else None

    return Granularity.SPAN, part


@frozen
class _YearRef:
    fiscal: bool
    year: int | None  # stated in the text
    offset: int  # else: years from the publication date's year

    def dates(self, anchor: dt.date) -> _Dates | None:
        if self.fiscal:
            return _fiscal(self.year if self.year is not None else _fiscal_of(anchor) + self.offset)
        return _year(self.year if self.year is not None else anchor.year + self.offset)


def _year_ref(text: str) -> _YearRef | None:
    words = (_normal(text) or "").split()
    if words[0].startswith("fy") and not text.startswith("FY"):
        return None  # "fy" in lowercase is not the abbreviation
    fiscal = "fiscal" in words or words[0].startswith("fy")
    digits = _DIGITS_RE.search(text)
    if digits is not None:
        year = int(digits.group())
        return _YearRef(fiscal, _full_year(year), 0)
    offset = -1 if "last" in words else 1 if ("next" in words or "coming" in words) else 0
    return _YearRef(fiscal, None, offset)


# ---------------------------------------------------------------------------------------------
# One builder per rule: a match becomes an _Expr, or None when it is no date after all.
# ---------------------------------------------------------------------------------------------

_Builder = Callable[["re.Match[str]", str, bool], "_Expr | None"]


def _build_date(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
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
    year = int(m["y"])
    day = _date(_full_year(year), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    return _Expr(m.start(), m.end(), Granularity.DAY, _Kind.ABSOLUTE, _fixed((day, day)))


def _build_year_span(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    first, last = (int(y) for y in _DIGITS_RE.findall(m.group())[-2:])
    start, end = _year(first), _year(last)
    if first >= last or start is None or end is None:
        return None
    dates = (start[0], end[1])
    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.ABSOLUTE, _fixed(dates))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def _build_quarter(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
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
        start: dt.date | None
        if base == "hour":
            start = _add_days(anchor, -math.ceil(count / 24))
        elif base in ("day", "week"):
            start = _add_days(anchor, -(count * (7 if base == "week" else 1) - 1))
        elif count == 1:
            start = _add_days(anchor, -(30 if base == "month" else 365) + 1)
        else:
            back = _add_months(anchor, -count * (12 if base == "year" else 1))
            start = _add_days(back, 1) if back is not None else None
        return (start, anchor) if start is not None else None

    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.DEICTIC, at)


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
    fiscal = (_normal(m["fiscal"]) or "").startswith("fiscal")

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        dates = _fiscal(_fiscal_of(anchor)) if fiscal else _year(anchor.year)
        return (dates[0], anchor) if dates is not None else None

    return _Expr(m.start(), m.end(), Granularity.SPAN, _Kind.DEICTIC, at)


def _build_yearish(m: re.Match[str], text: str, relaxed: bool) -> _Expr | None:
    ref_text, mod = m["yref"], m["mod"]
    words = (_normal(ref_text) or "").split()
    if words in (["the", "year"], ["the", "fiscal", "year"]) and mod is None:
        return None  # "the year" alone refers back to something
    if ref_text.isdigit() and m["lead"] is None and mod is None and not relaxed:
        previous = _before(text, m.start("yref"))[0].lower()
        if previous in _WEAK_YEAR_CONTEXT:
            following = _after(text, m.end())
            if following[:1].islower() and following not in _AFTER_YEAR:
                return None  # "for 2000 migrants": a count
        elif previous not in _YEAR_CONTEXT:
            return None  # a bare number
    ref = _year_ref(ref_text)
    if ref is None:
        return None

    def unmodified(anchor: dt.date, tense: Tense) -> _Dates | None:
        return ref.dates(anchor)

    granularity = Granularity.FISCAL_YEAR if ref.fiscal else Granularity.YEAR
    granularity, at = _modified(mod, granularity, unmodified)
    kind = _Kind.ABSOLUTE if ref.year is not None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), granularity, kind, at)


@frozen
class _Rule:
    """One rule: its pattern, what builds an expression from a match, and where matches start.

    Every match of ``pattern`` contains an anchor: a word (a run of ``\\w``) that is one of
    ``words``, a word that begins with one of ``prefixes``, or a match of one of ``numbers``
    (regexes that start a word with a digit). At most ``reach`` words of the match come before
    the anchor's word, all of them lead-ins (``_LEAD_INS``). So a match starts at the anchor's
    word or at one of the ``reach`` lead-ins before it, and only there is the pattern tried:
    scanning every pattern over the whole text is what made finding dates slow.
    """

    pattern: re.Pattern[str]
    build: _Builder
    reach: int
    words: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()  # where the pattern lets a word run on ("yearly")
    numbers: tuple[str, ...] = ()


# A date as _ISO_RE writes one.
_ISO_ANCHOR = r"(?<![\w./-])(?:19|20)\d\d-[01]\d-[0-3]\d"
# A year as _YEAR and _YEAR_SPAN_RE start one (the union of what they may follow).
_YEAR_ANCHOR = r"(?<![\w./])(?:19|20)\d\d"
# A date as _US_RE writes one.
_US_ANCHOR = r"(?<![\w./-])[01]?\d/[0-3]?\d/\d\d"
_MONTH_WORDSET = frozenset(_MONTH_NAMES + _MONTH_ABBREVIATIONS)

# In order of preference when two matches are equally long. A reach counts the words that can
# come before the anchor: a lead ("on"), a modifier ("the first ten months of"), "this past"...
_RULES: tuple[_Rule, ...] = (
    _Rule(_DATE_RE, _build_date, 5, _MONTH_WORDSET),  # "on Wednesday, the 24th of" December
    _Rule(_ISO_RE, _build_numeric, 1, numbers=(_ISO_ANCHOR,)),  # "on" 2023-12-24
    _Rule(_US_RE, _build_numeric, 1, numbers=(_US_ANCHOR,)),  # "on" 12/24/2023
    _Rule(_YEAR_SPAN_RE, _build_year_span, 2, numbers=(_YEAR_ANCHOR,)),  # "in between" 2021
    _Rule(_QUARTER_RE, _build_quarter, 4, _wordset("quarter q1 q2 q3 q4")),  # "in the first fiscal"
    _Rule(_MONTH_RE, _build_month, 8, _MONTH_WORDSET),  # "in the first ten months of this past"
    _Rule(_WEEKDAY_RE, _build_weekday, 4, frozenset(_WEEKDAY_NAMES)),  # "on this past late"
    _Rule(
        _DAY_RE,
        _build_day,
        2,  # "earlier this" morning, "the" day
        _wordset("today tonight yesterday tomorrow morning afternoon evening night day"),
    ),
    _Rule(
        _ROLLING_RE,
        _build_rolling,
        4,
        _wordset("hours day days week weeks month months year years"),
    ),
    _Rule(_UNIT_RE, _build_unit, 10, _wordset("week weekend month quarter year")),
    _Rule(_TO_DATE_RE, _build_to_date, 2, _wordset("year")),  # "the fiscal" year
    # "the year" and "FY23" have no right edge of their own: "the yearly", "FY23b"
    _Rule(_YEARISH_RE, _build_yearish, 9, prefixes=_wordset("year fy"), numbers=(_YEAR_ANCHOR,)),
)


def _anchor_pattern(rules: tuple[_Rule, ...]) -> tuple[str, dict[str, tuple[int, ...]]]:
    """One pattern for the anchors of all ``rules`` (lower case, for the folded text: see
    :func:`_scanned`), and which rules (indices) a hit belongs to.

    A number's hit is looked up by its group's name; a word's or a prefix's by "word " or
    "prefix " and the word in lowercase (:func:`_normal`). An alternation takes only its first
    branch that matches, so a number's hit also belongs to the rules of the numbers after it, a
    listed word to the rules with a prefix of it, and a prefix to those with a prefix of it.
    Numbers start with a digit, words and prefixes with a letter: they never meet. Too many
    rules would cost time only; too few would lose matches. A hit starts one character before
    its anchor: scan ``" " + text``, and a hit's start is its anchor's start in ``text``.
    """
    words = [frozenset(word.lower() for word in rule.words) for rule in rules]
    prefixes = [tuple(prefix.lower() for prefix in rule.prefixes) for rule in rules]
    owners: dict[str, tuple[int, ...]] = {}
    branches: list[str] = []
    numbers = list(dict.fromkeys(n for rule in rules for n in rule.numbers))
    for k, number in enumerate(numbers):
        name = f"n{k}"
        branches.append(f"(?P<{name}>{number})")
        owners[name] = tuple(
            i for i, rule in enumerate(rules) if any(n in rule.numbers for n in numbers[k:])
        )
    all_words = set().union(*words)
    for word in all_words:
        owners["word " + word] = tuple(
            i for i in range(len(rules)) if word in words[i] or word.startswith(prefixes[i])
        )
    branches.append(f"(?P<word>{words_pattern(all_words)})")
    all_prefixes = sorted(set().union(*prefixes), key=len, reverse=True)
    for prefix in all_prefixes:
        owners["prefix " + prefix] = tuple(
            i for i in range(len(rules)) if prefix.startswith(prefixes[i])
        )
    branches.append("(?P<prefix>" + "|".join(map(re.escape, all_prefixes)) + ")")
    # Every anchor starts a word, so the pattern takes the character before it too (the text
    # is scanned with a blank in front): ``re`` then skips the letters inside words in its
    # fast loop instead of trying the pattern there. At a word start one lookahead spares a
    # word that starts with a letter the tries of the numbers.
    letters, digits = branches[len(numbers) :], branches[: len(numbers)]
    return r"\W(?:" + "|".join(letters) + r"|(?=\d)(?:" + "|".join(digits) + "))", owners


def _owners(hit: re.Match[str]) -> tuple[int, ...]:
    """The rules an anchor hit belongs to."""
    group = hit.lastgroup or ""
    if group in ("word", "prefix"):
        return _ANCHOR_RULES[f"{group} {_normal(hit[group])}"]
    return _ANCHOR_RULES[group]


_ANCHOR, _ANCHOR_RULES = _anchor_pattern(_RULES)
_ANCHOR_RE = re.compile(_ANCHOR)
_REACH = tuple(rule.reach + 1 for rule in _RULES)  # the anchor's word and those before it
# The start of a word, as the rules' patterns see it.
_WORD_START_RE = re.compile(
    r"""
    (?<![\w])\w                                   # a word character after none
    """,
    re.VERBOSE,
)
# Every word that may come before an anchor inside a match: leads, modifiers, relative words,
# weekdays before a date, "fiscal year" and "FY" before a year; and words with a digit.
_LEAD_INS = _wordset(
    "on in during over throughout at between from the very end beginning start middle rest "
    "remainder of first second third fourth half last final months early late mid earlier later "
    "this past coming next previous current so far fiscal calendar year fy "
    + " ".join(_NUMBER_WORDS)
    + " "
    + " ".join(_WEEKDAY_NAMES)
)
# Up to the longest reach of lead-in words before an anchor, matched in the reversed text.
_LEAD_INS_BACK = rf"""
    (?:\W*                                        # what separates two words
       (?:{words_pattern(word.lower()[::-1] for word in _LEAD_INS)}  # a lead-in, reversed
         | [^\W\d]*\d\w*                          # a word with a digit, reversed
    )){{0,{max(rule.reach for rule in _RULES)}}}   # a bounded number of them
    """
_LEAD_INS_BACK_RE = re.compile(_LEAD_INS_BACK, re.VERBOSE)


def _scanned(text: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """The text the anchors are looked for in, with the two patterns to use there.

    Both patterns are written in lower case and scan the case-folded text (positions are
    the same; see :func:`migrationnews.ruledata.fold`), which ``re`` does about twice as
    fast as an IGNORECASE scan; a text that cannot be folded in place gets IGNORECASE twins.
    """
    folded = fold(text)
    if folded is not None:
        return folded, _ANCHOR_RE, _LEAD_INS_BACK_RE
    return text, *_ignorecase_twins()


@functools.cache
def _ignorecase_twins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_ANCHOR, re.IGNORECASE), re.compile(_LEAD_INS_BACK, re.VERBOSE | re.I)


# ---------------------------------------------------------------------------------------------
# Finding, choosing, composing
# ---------------------------------------------------------------------------------------------


def _starts(text: str) -> list[list[int]]:
    """For each rule, the word starts (ascending) where one of its matches may begin.

    Those are the word of each anchor hit and the ``reach`` words before it, as far back as they
    are lead-ins (a match holds no other words before its anchor). They are found by matching
    backwards in the reversed text, never further back than the previous hit, whose words are
    already known.
    """
    size = len(text)
    text, anchors, lead_ins_back = _scanned(text)
    backwards = ""
    words: list[int] = []  # word starts of each hit's lead-ins and of the hit, ascending
    starts: list[list[int]] = [[] for _ in _RULES]
    taken = [0] * len(_RULES)  # per rule: how many of ``words`` it has looked at
    previous = 0  # the previous hit: its word and all lead-ins before it are in ``words``
    fresh = 0  # word starts from here on are not yet in ``words``
    for hit in anchors.finditer(" " + text):  # see _anchor_pattern: the blank is a word edge
        at = hit.start()  # where the anchor starts in ``text``
        if not backwards:
            backwards = text[::-1]
        back = lead_ins_back.match(backwards, size - at, size - previous)
        first = size - back.end() if back is not None else previous
        # the lead-ins start at ``first``, or run on into the previous hit's
        since = len(words) if first > previous else 0
        words += [w.start() for w in _WORD_START_RE.finditer(text, max(first, fresh), at)]
        words.append(at)  # an anchor starts a word
        previous, fresh = at, at + 1
        last = len(words)  # just past the hit's own word
        for index in _owners(hit):
            lower = max(last - _REACH[index], taken[index], since)
            starts[index] += words[lower:last]
            taken[index] = last
    return starts


def _candidates(text: str, relaxed: bool) -> list[tuple[_Expr, int]]:
    """Each rule's matches, as ``finditer`` over the whole text would give them, built.

    A rule's pattern is tried only where a match may start (see :class:`_Rule`): the first
    success at or after the end of the previous one is the match ``finditer`` finds next.
    """
    found: list[tuple[_Expr, int]] = []
    for priority, (rule, starts) in enumerate(zip(_RULES, _starts(text), strict=True)):
        end = 0
        for match in map(rule.pattern.match, itertools.repeat(text), starts):
            if match is None or match.start() < end:
                continue
            end = match.end()
            expr = rule.build(match, text, relaxed)
            if expr is not None:
                found.append((expr, priority))
    return found


def _longest(candidates: list[tuple[_Expr, int]]) -> list[_Expr]:
    """Non-overlapping expressions in text order, the longest taken first."""
    candidates.sort(key=lambda c: (c[0].start - c[0].end, c[0].start, c[1]))
    taken = bytearray(max((expr.end for expr, _ in candidates), default=0))
    chosen: list[_Expr] = []
    for expr, _ in candidates:
        if taken.find(1, expr.start, expr.end) < 0:
            taken[expr.start : expr.end] = b"\x01" * (expr.end - expr.start)
            chosen.append(expr)
    chosen.sort(key=lambda expr: expr.start)
    return chosen


def _pair(first: _Expr, second: _Expr, published: dt.date | None, tense: Tense) -> _Dates | None:
    """The dates of a span from ``first`` to ``second``.

    A part without a year takes it from the other: "from January to March 2024" is January
    2024, and "between Oct. 1 and Dec. 15" puts Dec. 15 where the tense says and Oct. 1 on
    the latest Oct. 1 before it.
    """
    a: _Dates | None
    b: _Dates | None
    if first.kind is _Kind.RECURRING:
        b = second.dates(published, tense)
        a = first.dates(b[0], Tense.PAST) if b is not None else None
    elif second.kind is _Kind.RECURRING:
        a = first.dates(published, tense)
        b = second.dates(a[0], Tense.FUTURE) if a is not None else None
    else:
        a, b = first.dates(published, tense), second.dates(published, tense)
    if a is None or b is None:
        return None
    return a[0], b[1]


def _span_of(
    text: str, first: _Expr, second: _Expr, published: dt.date | None, tense: Tense, offset: int
) -> DateMention | None:
    """One span from two neighbouring expressions ("between May and November"), if they make one."""
    if second.start - first.end > 20:
        return None
    gap = _SPAN_GAP_RE.fullmatch(text, first.end, second.start)
    if gap is None:
        return None
    lead = _SPAN_LEAD_RE.search(text, max(0, first.start - 12), first.start)
    word = _normal(gap["word"])
    lead_word = _normal(lead["word"]) if lead is not None else None
    if lead_word == "between":
        ok = word == "and"
    elif lead_word == "from":
        ok = word != "and"
    else:
        ok = word in ("through", "thru") or gap["dash"] is not None
    if not ok:
        return None
    start = lead.start() if lead is not None else first.start
    dates = _pair(first, second, published, tense)
    if dates is not None and dates[1] < dates[0]:
        return None  # "between 2023 and Nov. 2021": not a span we understand
    return _mention(text, start, second.end, dates, Granularity.SPAN, offset)


def _mention(
    text: str, start: int, end: int, dates: _Dates | None, granularity: Granularity, offset: int
) -> DateMention:
    if dates is None:
        period = Period(text[start:end], granularity=granularity)
    else:
        period = Period(text[start:end], dates[0], dates[1], granularity)
    return DateMention(Span(start + offset, end + offset), period)


def _since(text: str, expr: _Expr, published: dt.date | None, offset: int) -> DateMention | None:
    """ "since January": from the start of the expression to the publication date."""
    since = _SINCE_RE.search(text, max(0, expr.start - 16), expr.start)
    if since is None:
        return None
    dates = expr.dates(published, Tense.PAST)
    if published is None or dates is None:
        return _mention(text, since.start(), expr.end, None, Granularity.SPAN, offset)
    if dates[0] > published:
        return None  # "since" a later date: keep the date alone
    span = (dates[0], published)
    return _mention(text, since.start(), expr.end, span, Granularity.SPAN, offset)


def _compose(
    text: str, chosen: list[_Expr], published: dt.date | None, tense: Tense, offset: int
) -> list[DateMention]:
    """The mentions: neighbours joined into spans, "since" applied, the rest as they are."""
    mentions: list[DateMention] = []
    i = 0
    while i < len(chosen):
        expr = chosen[i]
        if i + 1 < len(chosen):
            span = _span_of(text, expr, chosen[i + 1], published, tense, offset)
            if span is not None:
                mentions.append(span)
                i += 2
                continue
        dates = expr.dates(published, tense)
        mentions.append(
            _since(text, expr, published, offset)
            or _mention(text, expr.start, expr.end, dates, expr.granularity, offset)
        )
        i += 1
    return mentions


def _find(
    text: str, published: dt.date | None, tense: Tense, relaxed: bool, offset: int = 0
) -> list[DateMention]:
    spanish = active() == "es"
    candidates = _candidates_es(text) if spanish else _candidates(text, relaxed)
    return _compose(text, _longest(candidates), published, tense, offset)


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(name, "str", value)


def _check_published(value: object) -> None:
    if isinstance(value, dt.datetime) or not (value is None or isinstance(value, dt.date)):
        raise ArgumentTypeError("published", "datetime.date or None", value)


def _check_tense(value: object) -> None:
    if not isinstance(value, Tense):
        raise ArgumentTypeError("tense", "Tense", value)


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    tense: Tense = Tense.PAST,
) -> tuple[DateMention, ...]:
    """Every date or period expression in ``text[start:end]``, in order and non-overlapping.

    Spans count from the start of the whole ``text``. Where two readings overlap the longer
    wins ("between May and November" over "May"). Relative expressions resolve against
    ``published``; without it they keep their text and granularity but get no dates.

    >>> import datetime
    >>> [(m.span.start, m.period.start) for m in find_dates(
    ...     "The group left last Friday.", datetime.date(2023, 12, 27))]
    [(15, datetime.date(2023, 12, 22))]
    """
    _check_text("text", text)
    _check_published(published)
    _check_tense(tense)
    if isinstance(start, bool) or not isinstance(start, int):
        raise ArgumentTypeError("start", "int", start)
    if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
        raise ArgumentTypeError("end", "int or None", end)
    first, last, _ = slice(start, end).indices(len(text))
    return _find_window(text, published, tense, first, max(first, last), active())


@per_article(maxsize=256)
def _find_window(
    text: str, published: dt.date | None, tense: Tense, first: int, last: int, language: str
) -> tuple[DateMention, ...]:
    # Several extractors ask for the dates of the same sentence: answer each question once.
    return tuple(_find(text[first:last], published, tense, relaxed=False, offset=first))


def resolve(
    expression: str, published: dt.date | None, *, tense: Tense = Tense.PAST
) -> Period | None:
    """The period one expression names ("last week", "Nov. 2023"), or None if it names none.

    A leading "on"/"in" and a trailing possessive are allowed ("on Wednesday", "Wednesday's"),
    and so are a bare year and a bare "May". Vague expressions ("in recent weeks") give None.

    >>> import datetime
    >>> week = resolve("last week", datetime.date(2023, 12, 27))
    >>> week.start, week.end, week.granularity
    (datetime.date(2023, 12, 18), datetime.date(2023, 12, 24), <Granularity.WEEK: 'week'>)
    >>> resolve("last week", None).resolved
    False
    >>> resolve("in recent weeks", datetime.date(2023, 12, 27)) is None
    True
    """
    _check_text("expression", expression)
    _check_published(published)
    _check_tense(tense)
    stripped = expression.strip()
    core = _POSSESSIVE_RE.sub("", stripped)
    found = _find(core, published, tense, relaxed=True)
    if len(found) != 1 or found[0].span != Span(0, len(core)) or not core:
        return None
    return attrs.evolve(found[0].period, text=stripped)


def fiscal_year(year: int) -> Period:
    """The US federal fiscal year ``year``: October 1 of the year before to September 30.

    >>> p = fiscal_year(2023)
    >>> p.start, p.end
    (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise ArgumentTypeError("year", "int", year)
    dates = _fiscal(year)
    if dates is None:
        raise RecordError("fiscal_year", "year", year, "must be between 2 and 9999")
    return Period(f"fiscal year {year}", dates[0], dates[1], Granularity.FISCAL_YEAR)


def tense_of(sentence: str, start: int = 0, end: int | None = None) -> Tense:
    """FUTURE when the sentence (``sentence[start:end]``, so that an article's sentence
    needs no copy) looks ahead ("will", "'ll", "plans to", "is expected to", "is scheduled
    to", "is set to", "next"), else PAST.

    >>> tense_of("The caravan will leave on Friday.")
    <Tense.FUTURE: 'future'>
    >>> tense_of("The caravan left on Friday.")
    <Tense.PAST: 'past'>
    """
    _check_text("sentence", sentence)
    if isinstance(start, bool) or not isinstance(start, int):
        raise ArgumentTypeError("start", "int", start)
    if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
        raise ArgumentTypeError("end", "int or None", end)
    first, last, _ = slice(start, end).indices(len(sentence))
    return _tense(sentence, first, max(first, last))


@per_article(maxsize=512)
def _tense(text: str, first: int, last: int) -> Tense:
    # Several extractors ask for the tense of the same sentence: read it once (the key holds
    # the whole text, so an answer is never carried over to another article).
    sentence = text[first:last]
    folded = fold(sentence)
    if folded is None:
        return Tense.FUTURE if _FUTURE_RE.search(sentence) else Tense.PAST
    return Tense.FUTURE if _FUTURE_FOLDED_RE.search(" " + folded) else Tense.PAST


# ---------------------------------------------------------------------------------------------
# Spanish: the same builders' parts (_weekly, _months, _unit, _year, _fiscal, _recurring) with
# the vocabulary of rules/es/date_words.tsv. Each pattern opens on a word of that vocabulary
# or a digit and runs linearly (no quantifier wraps another).
# ---------------------------------------------------------------------------------------------


@functools.cache
def _es_words() -> dict[str, dict[str, str]]:
    """kind -> form -> value, from ``rules/es/date_words.tsv``."""
    words: dict[str, dict[str, str]] = {}
    for form, kind, value in table("es/date_words.tsv", 3):
        words.setdefault(kind, {})[form] = value
    return words


_ES_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?![\w]|[.,:]\d)"


@functools.cache
def _es_patterns() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], _Expr | None]], ...]:
    w = _es_words()
    month, weekday = words_pattern(w["month"]), words_pattern(w["weekday"])
    rel, unit = words_pattern(w["rel"]), words_pattern(w["unit"])

    def compiled(template: str) -> re.Pattern[str]:
        return re.compile(template, re.VERBOSE | re.IGNORECASE)

    date = compiled(
        rf"""
        (?<![\w])(?:(?:el|del|desde[ \t]+el|hasta[ \t]+el)[ \t]+)?  # "el", "del"
        (?:(?P<rel>{rel})[ \t]+)?                 # "pasado"
        (?:(?P<weekday>{weekday})[ \t]+)?         # "lunes"
        (?P<day>{_ES_DAY})                        # "3"
        (?:[ \t]+(?:al|a|y)[ \t]+(?P<day2>{_ES_DAY}))?  # "al 10": a span of days
        [ \t]+de[ \t]+(?P<month>{month})          # "de enero"
        (?:[ \t]+(?:de|del)[ \t]+(?P<year>{_YEAR}))?  # "de 2024"
        """
    )
    month_re = compiled(
        rf"""
        (?<![\w])(?:(?:en|desde|durante|hasta)[ \t]+)?  # "en"
        (?:(?:el[ \t]+)?mes[ \t]+de[ \t]+)?       # "el mes de"
        (?P<month>{month})                        # "enero"
        (?:[ \t]+(?:de|del)[ \t]+(?P<year>{_YEAR}))?  # "de 2024"
        (?:[ \t]+(?P<rel>{rel}))?                 # "pasado"
        """
    )
    weekday_re = compiled(
        rf"""
        (?<![\w])(?:el[ \t]+)?                    # "el"
        (?:(?P<rel>{rel})[ \t]+)?                 # "pasado", "este"
        (?P<weekday>{weekday})                    # "lunes"
        (?:[ \t]+(?P<rel2>{rel}))?                # "pasado"
        """
    )
    unit_re = compiled(
        rf"""
        (?<![\w])(?:(?:el|la)[ \t]+)?             # "la"
        (?:(?P<rel>{rel})[ \t]+)?                 # "esta", "próxima"
        (?P<unit>{unit})                          # "semana"
        (?:[ \t]+(?P<rel2>{rel}))?                # "pasada"
        """
    )
    day_re = compiled(rf"(?<![\w])(?P<word>{words_pattern(w['day'])})")
    year_re = compiled(
        rf"""
        (?<![\w])(?:(?P<lead>en|desde|durante|hasta|de|del)[ \t]+)?  # "en"
        (?:el[ \t]+)?
        (?P<fiscal>(?:año|ejercicio)[ \t]+fiscal[ \t]+)?  # "año fiscal"
        (?P<year>{_YEAR})                         # "2024"
        """
    )
    return (
        (date, _es_date),
        (month_re, _es_month),
        (weekday_re, _es_weekday),
        (unit_re, _es_unit),
        (day_re, _es_day),
        (year_re, _es_year),
    )


def _es_rel(m: re.Match[str], *groups: str) -> str | None:
    """The direction of the relative word in ``groups``: "last", "next", "this" or None."""
    rels = _es_words()["rel"]
    for group in groups:
        if m[group]:
            return rels.get(m[group].lower())
    return None


def _es_date(m: re.Match[str]) -> _Expr | None:
    month = int(_es_words()["month"][m["month"].lower()])
    first = int(m["day"])
    last = int(m["day2"]) if m["day2"] else first
    rel = _es_rel(m, "rel")
    return _days_of_month(m, month, first, last, m["year"], rel if rel != "this" else None)


def _es_month(m: re.Match[str]) -> _Expr | None:
    month = int(_es_words()["month"][m["month"].lower()])
    if m["year"]:
        dates = _months(int(m["year"]), month)
        if dates is None:
            return None
        return _Expr(m.start(), m.end(), Granularity.MONTH, _Kind.ABSOLUTE, _fixed(dates))
    rel = _es_rel(m, "rel")
    kind, at = _recurring(lambda year: _months(year, month), rel if rel != "this" else None)
    return _Expr(m.start(), m.end(), Granularity.MONTH, kind, at)


def _es_weekday(m: re.Match[str]) -> _Expr | None:
    weekday = int(_es_words()["weekday"][m["weekday"].lower()])
    fixed = _rel_direction(_es_rel(m, "rel", "rel2"))

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        return _weekly(weekday, 1, anchor, fixed or _toward(tense))

    kind = _Kind.RECURRING if fixed is None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), Granularity.DAY, kind, at)


def _es_unit(m: re.Match[str]) -> _Expr | None:
    unit = _es_words()["unit"][" ".join(m["unit"].lower().split())]
    rel = _es_rel(m, "rel", "rel2")
    if rel is None:
        return None  # "la semana" alone refers back to something
    offset = {"last": -1, "next": 1}.get(rel, 0)

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        if unit == "weekend":
            direction = _rel_direction(rel) or _toward(tense)
            return _weekly(5, 2, anchor, direction)
        return _unit(unit, anchor, offset)

    return _Expr(m.start(), m.end(), _UNIT_GRANULARITY[unit], _Kind.DEICTIC, at)


def _es_day(m: re.Match[str]) -> _Expr | None:
    offset = int(_es_words()["day"][m["word"].lower()])

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        day = _add_days(anchor, offset)
        return (day, day) if day is not None else None

    return _Expr(m.start(), m.end(), Granularity.DAY, _Kind.DEICTIC, at)


def _es_year(m: re.Match[str]) -> _Expr | None:
    if m["lead"] is None and m["fiscal"] is None:
        return None  # a bare number
    year = int(m["year"])
    dates = _fiscal(year) if m["fiscal"] else _year(year)
    if dates is None:
        return None
    granularity = Granularity.FISCAL_YEAR if m["fiscal"] else Granularity.YEAR
    return _Expr(m.start(), m.end(), granularity, _Kind.ABSOLUTE, _fixed(dates))


def _candidates_es(text: str) -> list[tuple[_Expr, int]]:
    """Every Spanish date expression of ``text``, with its rule's priority."""
    found: list[tuple[_Expr, int]] = []
    for priority, (pattern, build) in enumerate(_es_patterns()):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                expr = build(match)
                if expr is not None:
                    found.append((expr, priority))
    return found
