"""Finding, choosing and composing date expressions, and the public functions that do it:
:func:`find_dates`, :func:`resolve` and :func:`fiscal_year`, with :class:`DateMention`.

The candidates of every rule (:mod:`._rules`, or :mod:`._spanish`) are narrowed to the
longest non-overlapping ones, neighbours joined into spans ("between May and November",
"May-June"), "since A" stretched to the publication date, and each resolved against the
publication date into a :class:`~migrationnews.values.Period`.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from attrs import field, frozen

from migrationnews import _checks as check
from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.dates._arguments import _check_published, _check_text, _window
from migrationnews.dates._calendar import _Dates, _fiscal
from migrationnews.dates._expressions import _Expr, _Kind, _normal
from migrationnews.dates._patterns import _POSSESSIVE_RE, _SINCE_RE, _SPAN_GAP_RE, _SPAN_LEAD_RE
from migrationnews.dates._rules import _candidates
from migrationnews.dates._spanish import _candidates_es
from migrationnews.dates._tense import Tense, _check_tense
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.language import active, per_language
from migrationnews.ruledata import FoldedPattern, words_pattern
from migrationnews.values import Granularity, Period, Span


@frozen
class DateMention:
    """One date expression found in a text: where it is and the period it names."""

    span: Span = field(validator=check.of_type(Span))  # characters [start, end) in the text
    period: Period = field(validator=check.of_type(Period))  # Period.text == the span's text


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
    if not _joins(lead, gap):
        return None
    start = lead.start() if lead is not None else first.start
    dates = _pair(first, second, published, tense)
    if dates is not None and dates[1] < dates[0]:
        return None  # "between 2023 and Nov. 2021": not a span we understand
    return _mention(text, start, second.end, dates, Granularity.SPAN, offset)


def _joins(lead: re.Match[str] | None, gap: re.Match[str]) -> bool:
    """Whether the word before two expressions (``lead``: "between", "from" or none) and the
    ``gap`` between them make one span: "between A and B", "from A to B" (any joining word but
    "and"), and without a lead "A through B" or "A-B"."""
    word = _normal(gap["word"])
    lead_word = _normal(lead["word"]) if lead is not None else None
    if lead_word == "between":
        return word == "and"
    if lead_word == "from":
        return word != "and"
    return word in ("through", "thru") or gap["dash"] is not None


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
    """The mentions in ``text`` by the English rules, or the Spanish ones while Spanish is
    read; spans moved by ``offset``."""
    spanish = active() == "es"
    candidates = _candidates_es(text) if spanish else _candidates(text, relaxed)
    return _compose(text, _longest(candidates), published, tense, offset)


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
    first, last = _window(len(text), start, end)
    return _find_window(text, published, tense, first, last, active())


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


# ---- a cheap test before the search: may this text hold a date at all? ------------------


def _date_hints() -> list[str]:
    return list(ruletables.statistic_date_hints(active()))


@per_language
def _date_hint_patterns() -> tuple[FoldedPattern, FoldedPattern]:
    """What a sentence needs to hold a date: a month, weekday or calendar word (scan the
    sentence with a blank in front), or a year, "FY23" or a numeric date. Each pattern opens
    with a character class: ``re`` then jumps in C to the places where a match may start."""
    words = FoldedPattern(
        rf"""
        \W                                  # the character before a word
        {words_pattern(word.lower() for word in _date_hints())}  # a month, weekday ...
        """,
        re.VERBOSE,
    )
    digits = FoldedPattern(
        r"""
        \d                                  # a digit first
        (?:
            (?<=fy\d)                       # "FY23"
          | [/-]\d                          # "12/24/2023", "2023-12-24"
          | (?<![\d]\d)(?:(?<=1)9|(?<=2)0)\d\d(?![\d])  # a year: 19xx or 20xx, alone
        )
        """,
        re.VERBOSE,
    )
    return words, digits


def may_hold_date(text: str) -> bool:
    """False when ``text`` has no word a date is made of (nor a year or a numeric date), so
    that :func:`find_dates` would find nothing there: extractors ask it first to spare the
    work.

    >>> may_hold_date("The caravan left on Monday."), may_hold_date("The caravan left.")
    (True, False)
    """
    _check_text("text", text)
    words, digits = _date_hint_patterns()
    return digits.search(text) is not None or words.search(" " + text) is not None
