"""Matched expressions before resolution: an :class:`_Expr` is where a date expression sits in
the text and a function from an anchor date and a tense to its dates, so that one match
resolves against the publication date, or against the other end of a span.

Also the small readers the builders share: a word's table key (:func:`_normal`), a month
word, the words around a match, a year reference ("fiscal 2023", "last year") and a
modifier ("the first half of"). The builders themselves are in :mod:`._builders`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from attrs import frozen

from migrationnews.dates._calendar import (
    _add_days,
    _add_months,
    _Dates,
    _Direction,
    _fiscal,
    _fiscal_of,
    _toward,
    _year,
    _yearly,
)
from migrationnews.dates._patterns import _DIGITS_RE
from migrationnews.dates._tense import Tense
from migrationnews.dates._vocabulary import (
    _FULL_MONTHS,
    _MONTH_CONTEXT,
    _MONTH_INDEX,
    _NUMBER_WORDS,
    _SENTENCE_END,
    _SPAN_WORDS,
)
from migrationnews.values import Granularity


class _Kind(enum.Enum):
    """What an expression needs to name dates, which decides how the two ends of a span meet."""

    ABSOLUTE = "absolute"  # needs no anchor: "Nov. 2023"
    RECURRING = "recurring"  # any anchor may place it: "November", "Friday", "Dec. 24"
    DEICTIC = "deictic"  # counted from the publication date: "last week", "yesterday"


# Dates of an expression given an anchor date and a direction.
_At = Callable[[dt.date, Tense], "_Dates | None"]


@frozen
class _Expr:
    """One matched expression: its characters ``[start, end)`` and how to date it."""

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
    """A year as the text names it: stated (``year``), or ``offset`` years from the
    anchor's ("last year"); calendar or fiscal."""

    fiscal: bool
    year: int | None  # stated in the text
    offset: int  # else: years from the publication date's year

    def dates(self, anchor: dt.date) -> _Dates | None:
        if self.fiscal:
            return _fiscal(self.year if self.year is not None else _fiscal_of(anchor) + self.offset)
        return _year(self.year if self.year is not None else anchor.year + self.offset)


def _year_ref(text: str) -> _YearRef | None:
    """The year ``text`` names ("2023", "FY23", "fiscal 2023", "last year", "the coming
    fiscal year"); None for a lowercase "fy"."""
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
