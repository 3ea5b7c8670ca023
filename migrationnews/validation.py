"""Checks across fields and records: does an article, or a record, contradict itself?

:func:`validate` returns the :class:`Problem` s it finds (an empty tuple when all is well);
:func:`is_valid` says whether there are none. A lone record gets the checks that need no
article (bounds, units, its own text, caravan estimates), plus the checks against a
publication date when one is given; an :class:`~migrationnews.records.Article` gets them
all, with its own text and date.

>>> from migrationnews.records import Measure, Statistic, Unit
>>> from migrationnews.values import Estimate, Span
>>> text = "1,600 miles"
>>> miles = Statistic(Estimate.exact(1600), Unit.PERSON, Measure.DISTANCE, Span(0, 11), text)
>>> [p.code.value for p in validate(miles)]
['unit_mismatch']
>>> import attrs
>>> is_valid(attrs.evolve(miles, unit=Unit.MILE))
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeAlias

from attrs import field, frozen

from migrationnews import _checks as check
from migrationnews.comparison import estimate_interval, intervals_overlap, places_differ
from migrationnews.dates import Tense, tense_of
from migrationnews.errors import ArgumentTypeError
from migrationnews.extract.statistics import noun_factor
from migrationnews.language import LANGUAGES
from migrationnews.numbers import NumberKind, find_numbers
from migrationnews.offices import (
    Tenure,
    given_compatible,
    name_tokens,
    people_named,
    split_name,
    tenures,
    titles_alike,
)
from migrationnews.records import (
    RECORD_TYPES,
    Article,
    Caravan,
    Measure,
    Meeting,
    MeetingStatus,
    Official,
    PolicyAction,
    Record,
    Statistic,
    Unit,
    record_spans,
)
from migrationnews.text import Sentence, fold_plain, split_sentences
from migrationnews.values import Estimate, Granularity, Qualifier, Span, StrEnum

__all__ = ["Problem", "ProblemCode", "is_valid", "validate"]


class ProblemCode(StrEnum):
    """What is wrong; the values are stable and safe to match on."""

    ESTIMATE_BOUNDS = "estimate_bounds"  # bounds that do not fit the qualifier
    DAY_ABOVE_MONTH = "day_above_month"  # a day's figure above its week's or month's total
    STATISTIC_AFTER_PUBLICATION = "statistic_after_publication"  # a period ending later
    HELD_AFTER_PUBLICATION = "held_after_publication"  # a HELD meeting dated later
    CARAVAN_ESTIMATES_DISAGREE = "caravan_estimates_disagree"  # disjoint size estimates
    CARAVAN_SIZE_UNCOVERED = "caravan_size_uncovered"  # size narrower than an estimate
    UNIT_MISMATCH = "unit_mismatch"  # a unit of the wrong dimension for the measure
    TITLE_NOT_HELD = "title_not_held"  # the gazetteer has no such tenure at publication
    NUMBER_NOT_IN_TEXT = "number_not_in_text"  # a statistic's text lacks its number
    SPAN_EMPTY = "span_empty"  # a span of no characters
    SPAN_OUTSIDE = "span_outside"  # a span past the end of the text
    SPAN_MISSING = "span_missing"  # a record in an article that keeps no span of its text
    TEXT_MISMATCH = "text_mismatch"  # a text/evidence field unlike the text at its span


@frozen
class Problem:
    """One problem: a stable ``code``, a readable ``message``, the ``records`` involved."""

    code: ProblemCode = field(validator=check.of_type(ProblemCode))
    message: str = field(validator=check.of_type(str))
    records: tuple[Record, ...] = field(
        factory=tuple,
        converter=check.as_tuple,
        validator=check.tuple_of(*RECORD_TYPES),
    )


_Finding: TypeAlias = tuple[ProblemCode, str]  # a problem of the one record a check is given


# --- numbers in text ---------------------------------------------------------------------


def numbers_in(text: str) -> tuple[float, ...]:
    """Every figure written in ``text``, as digits or as words (read by :mod:`numbers`).

    >>> numbers_in("about 1,600 miles, six buses and 1.5 million dollars")
    (1600.0, 6.0, 1500000.0)
    """
    return tuple(float(m.value) for m in find_numbers(text))


def _states_number(text: str, estimate: Estimate) -> bool:
    """True when ``text`` writes one of the estimate's bounds, as any language the library
    reads writes numbers (an English article may quote a Spanish "19 mil 663")."""
    return any(_states_number_in(text, estimate, language) for language in LANGUAGES)


def _states_number_in(text: str, estimate: Estimate, language: str) -> bool:
    bounds = [float(b) for b in (estimate.low, estimate.high) if b is not None]
    for mention in find_numbers(text, language=language):
        if mention.kind is NumberKind.VAGUE:
            return True  # "thousands": the bounds come from a policy, not the words
        after = text[mention.span.end :].split(None, 1)
        factor = noun_factor(after[0].strip(".,;:!?)")) if after else 1  # "four decades"
        for value in {float(mention.value), float(mention.value) * factor}:
            if any(abs(value - b) <= 1e-4 * max(abs(b), 1.0) for b in bounds):
                return True  # within rounding: "two-thirds" is 66.67 percent
    return False


# --- record-level checks ------------------------------------------------------------------


def _label(record: Record, where: str | None) -> str:
    kind = type(record).__name__
    name = where or kind
    if isinstance(record, Statistic):
        return f"{name} ({record.text!r})" if record.text else name
    if isinstance(record, Official):
        return f"{name} ({record.name})"
    if isinstance(record, Meeting):
        return f"{name} ({', '.join((*record.participants, *record.countries))})"
    if isinstance(record, PolicyAction):
        return f"{name} ({record.evidence[:40]!r})" if record.evidence else name
    return name


def _bounds_problem(estimate: Estimate) -> str | None:
    q, low, high = estimate.qualifier, estimate.low, estimate.high
    if q in (Qualifier.EXACT, Qualifier.ABOUT) and (low is None or low != high):
        return f"{q.value} needs low == high, has low={low}, high={high}"
    if q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.VAGUE) and (
        low is None or high is not None
    ):
        return f"{q.value} needs a low and no high, has low={low}, high={high}"
    if q in (Qualifier.LESS_THAN, Qualifier.AT_MOST) and (low is not None or high is None):
        return f"{q.value} needs a high and no low, has low={low}, high={high}"
    if q is Qualifier.RANGE and (low is None or high is None or not low < high):
        return f"range needs low < high, has low={low}, high={high}"
    return None


_PEOPLE = frozenset(
    {
        Measure.MIGRANTS,
        Measure.ENCOUNTERS,
        Measure.APPREHENSIONS,
        Measure.REMOVALS,
        Measure.CROSSINGS,
        Measure.ASYLUM,
        Measure.DEATHS,
        Measure.TROOPS,
    }
)
_DIMENSIONS = {
    Measure.DISTANCE: (("[length]",), "a length unit (mile, kilometer, foot)"),
    Measure.MONEY: (("[currency]",), "usd"),
    Measure.DURATION: (("[time]",), "a time unit (hour, day, week, month, year)"),
    Measure.SHARE: (("percent",), "percent"),
}


def _unit_problem(stat: Statistic) -> str | None:
    if stat.measure is Measure.MONEY and stat.unit is Unit.OTHER:
        return None  # a currency the units do not name ("12 pesos")
    dimension = stat.unit.dimension
    if stat.measure in _PEOPLE:
        if dimension not in ("[people]", "[households]", "[families]"):
            return f"a count of {stat.measure.value} needs a count or person unit"
        return None
    allowed, wanted = _DIMENSIONS.get(stat.measure, ((), ""))
    if allowed and dimension not in allowed:
        return f"{stat.measure.value} needs {wanted}"
    return None


def _record_checks(record: Record, name: str) -> Iterator[_Finding]:
    """Checks that need nothing but the record."""
    estimates: list[tuple[str, Estimate]] = []
    if isinstance(record, Statistic):
        estimates.append(("value", record.value))
        problem = _unit_problem(record)
        if problem:
            yield (
                ProblemCode.UNIT_MISMATCH,
                f"{name}: unit {record.unit.value} for measure {record.measure.value}: {problem}",
            )
        if not _states_number(record.text, record.value):
            yield (
                ProblemCode.NUMBER_NOT_IN_TEXT,
                f"{name}: text {record.text!r} does not state its value "
                f"(low={record.value.low}, high={record.value.high})",
            )
    if isinstance(record, Caravan):
        if record.size is not None:
            estimates.append(("size", record.size))
        estimates += [
            (f"size_estimates[{i}]", e.estimate) for i, e in enumerate(record.size_estimates)
        ]
        yield from _caravan_checks(record, name)
    for where, estimate in estimates:
        problem = _bounds_problem(estimate)
        if problem:
            yield ProblemCode.ESTIMATE_BOUNDS, f"{name}.{where}: {problem}"
    for span in record_spans(record):
        if not len(span):
            yield ProblemCode.SPAN_EMPTY, f"{name}: span {span.start}-{span.end} is empty"


def _first(values: Sequence[float], holds: Callable[[float], bool]) -> int:
    """The index of the first of ``values`` for which ``holds`` (false before it, true from
    it on), else their count: a binary search."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if holds(values[middle]):
            high = middle
        else:
            low = middle + 1
    return low


def _reaches(low: float, high: float) -> bool:
    """``low <= high`` as ``intervals_overlap`` compares bounds (up to float noise)."""
    return intervals_overlap((low, math.inf), (0.0, high))


def _beyond(high: float, low: float) -> bool:
    return not _reaches(low, high)


def _disjoint_pairs(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """The pairs ``i < j`` of ``intervals`` (of estimates: finite lows, highs perhaps
    infinite) that share no value (``intervals_overlap`` is false), in order. An interval
    misses those whose high it does not reach, a first run of them sorted by high, and those
    whose low is beyond its high, a last run of them sorted by low (the comparison is
    monotone on such bounds): the work grows with what is found, not with every pair."""
    by_high = sorted(range(len(intervals)), key=lambda k: intervals[k][1])
    by_low = sorted(range(len(intervals)), key=lambda k: intervals[k][0])
    highs = [intervals[k][1] for k in by_high]
    lows = [intervals[k][0] for k in by_low]
    found = set()
    for i, (low, high) in enumerate(intervals):
        below = _first(highs, functools.partial(_reaches, low))
        above = _first(lows, functools.partial(_beyond, high))
        for j in (*by_high[:below], *by_low[above:]):
            if j != i:
                found.add((min(i, j), max(i, j)))
    return sorted(found)


def _caravan_checks(caravan: Caravan, name: str) -> Iterator[_Finding]:
    items = caravan.size_estimates
    intervals = [estimate_interval(item.estimate) for item in items]
    for i, j in _disjoint_pairs(intervals):
        yield (
            ProblemCode.CARAVAN_ESTIMATES_DISAGREE,
            f"{name}: size_estimates[{i}] ({_estimate_words(items[i].estimate)}) and "
            f"size_estimates[{j}] ({_estimate_words(items[j].estimate)}) allow no common size",
        )
    if caravan.size is None:
        return
    size_low, size_high = caravan.size.interval()
    for i, item in enumerate(items):
        low, high = item.estimate.interval()
        if not (size_low <= low and high <= size_high):
            yield (
                ProblemCode.CARAVAN_SIZE_UNCOVERED,
                f"{name}: size ({_estimate_words(caravan.size)}) does not cover "
                f"size_estimates[{i}] ({_estimate_words(item.estimate)})",
            )


def _estimate_words(e: Estimate) -> str:
    """The estimate as the article wrote it, else as it renders itself."""
    return e.text or e.describe()


# --- checks against the publication date ----------------------------------------------------


def _dated_checks(record: Record, name: str, published: dt.date) -> Iterator[_Finding]:
    if isinstance(record, Statistic):
        period = record.period
        # "this month" in a report of the 27th covers the month so far: only a period
        # that starts after publication describes a figure not yet reported.
        if period is not None and period.start is not None and period.start > published:
            yield (
                ProblemCode.STATISTIC_AFTER_PUBLICATION,
                f"{name}: period {period.text!r} starts {period.start}, after publication "
                f"({published}); a reported figure is about the past",
            )
    elif isinstance(record, Meeting):
        date = record.date
        if (
            record.status is MeetingStatus.HELD
            and date is not None
            and date.start is not None
            and date.start > published
        ):
            yield (
                ProblemCode.HELD_AFTER_PUBLICATION,
                f"{name}: status held but date {date.text!r} starts {date.start}, after "
                f"publication ({published})",
            )
    elif isinstance(record, Official):
        problem = _title_problem(record, published)
        if problem:
            yield ProblemCode.TITLE_NOT_HELD, f"{name}: {problem}"


def _gazetteer_people(official: Official) -> list[Tenure]:
    """The gazetteer tenures of the person ``official`` names, if it names one."""
    full = tuple(fold_plain(official.name).split())
    named = people_named(full)
    if named:
        held = [t for t in tenures() if t.name in named]
    else:
        given, family = split_name(official.name, official.surname)
        held = [
            t
            for t in tenures()
            if name_tokens(t.surname) == family
            and given_compatible(given, split_name(t.name, t.surname)[0])
        ]
    if official.country is not None:
        held = [t for t in held if t.country in (None, official.country)]
    return held


def _head(title: str) -> str:
    """A title's head noun: its last word before "of" ("adviser", "secretary", "commissioner").

    >>> _head("White House National Security Adviser"), _head("Secretary of State")
    ('adviser', 'secretary')
    """
    words = fold_plain(title).split(" of ", 1)[0].split()
    return words[-1] if words else ""


@functools.lru_cache(maxsize=256)  # titles come from articles: bounded, never growing
def _names_an_office(title: str) -> bool:
    """True when some office of the gazetteer goes by a title like ``title``."""
    return any(titles_alike(title, form) for t in tenures() for form in t.titles)


def _title_problem(official: Official, published: dt.date) -> str | None:
    """A title the gazetteer contradicts on ``published``.

    A title that names no office of the gazetteer, or shares its head noun with an office
    the person held then, is the article's own wording of that office, not a contradiction:
    only a known office the person did not hold then ("President Blinken") is a problem.
    """
    title = official.title
    if title is None or "elect" in fold_plain(title).split():
        return None
    tenures = _gazetteer_people(official)
    if not tenures:
        return None
    former = "former" in fold_plain(title).split()
    for t in tenures:
        if not any(titles_alike(title, form) for form in t.titles):
            continue
        if former and t.end is not None and t.end <= published:
            return None
        if not former and t.start <= published and (t.end is None or published <= t.end):
            return None
    current = [t for t in tenures if t.start <= published and (t.end is None or published <= t.end)]
    if (
        current
        and not former
        and (
            _head(title) in {_head(form) for t in current for form in t.titles}
            or not _names_an_office(title)
        )
    ):
        return None  # a paraphrase of an office held then ("the border agency's acting leader")
    held = sorted({f"{t.titles[0]} {t.start}..{t.end or ''}" for t in tenures})
    return (
        f"title {title!r} does not fit the gazetteer for {tenures[0].name} on "
        f"{published}: held {'; '.join(held)}"
    )


# --- checks against the article ------------------------------------------------------------


def _text_checks(record: Record, name: str, text: str) -> Iterator[_Finding]:
    if not record.spans:
        yield (
            ProblemCode.SPAN_MISSING,
            f"{name}: keeps no span, so nothing in the text supports it",
        )
    for span in record_spans(record):
        if span.end > len(text):
            yield (
                ProblemCode.SPAN_OUTSIDE,
                f"{name}: span {span.start}-{span.end} ends past the text ({len(text)} chars)",
            )
    own: tuple[str, str, Span] | None = None
    if isinstance(record, Statistic):
        own = ("text", record.text, record.span)
    elif isinstance(record, PolicyAction):
        own = ("evidence", record.evidence, record.span)
    if own is None:
        return
    field_name, value, span = own
    at_span = span.of(text)
    if len(span) and " ".join(value.split()) != " ".join(at_span.split()):
        yield (
            ProblemCode.TEXT_MISMATCH,
            f"{name}.{field_name} {value!r} differs from the text at "
            f"{span.start}-{span.end} ({at_span!r})",
        )
    if (
        isinstance(record, Statistic)
        and at_span != value
        and len(span)
        and not _states_number(at_span, record.value)
    ):
        yield (
            ProblemCode.NUMBER_NOT_IN_TEXT,
            f"{name}: the text at {span.start}-{span.end} ({at_span!r}) does not state "
            f"its value (low={record.value.low}, high={record.value.high})",
        )


def _dayish(s: Statistic) -> bool:
    granularity = s.period.granularity if s.period is not None else None
    return s.per is Granularity.DAY or (s.per is None and granularity is Granularity.DAY)


_TOTALS = frozenset(
    {
        Granularity.WEEK,
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.YEAR,
        Granularity.FISCAL_YEAR,
    }
)  # periods a total is given for: a day inside one cannot count more than all of it


def _total(s: Statistic) -> bool:
    """A total over a week, a month or longer ("50,000 in November"), not a rate."""
    return s.per is None and s.period is not None and s.period.granularity in _TOTALS


# Figures that are not sums over time: a day's distance or share may exceed the month's.
_NOT_SUMS = frozenset({Measure.DISTANCE, Measure.SHARE, Measure.DURATION})


@frozen
class _Totals:
    """The resolved totals of one measure, dimension and presence of a place, grouped by
    period: the periods in order of their first day (as ordinals), each with its totals
    sorted by their high bound in base units, and the longest period's length in days."""

    starts: list[int]
    periods: list[tuple[int, int, list[tuple[float, int]]]]  # first, last, (high, index)
    longest: int


def _totals(stats: Sequence[Statistic]) -> dict[tuple[Measure, str, bool], _Totals]:
    """The totals among ``stats`` (``_total``) whose period has dates, keyed as a day's
    figure looks for them: by measure, unit dimension and whether a place is given."""
    grouped: dict[tuple[Measure, str, bool], dict[tuple[int, int], list[tuple[float, int]]]]
    grouped = {}
    for j, month in enumerate(stats):
        period = month.period
        if not _total(month) or period is None or period.start is None or period.end is None:
            continue
        key = (month.measure, month.unit.dimension, month.place is None)
        stretch = (period.start.toordinal(), period.end.toordinal())
        high = month.value.interval()[1] * month.unit.factor
        grouped.setdefault(key, {}).setdefault(stretch, []).append((high, j))
    found = {}
    for key, by_period in grouped.items():
        periods = sorted((first, last, sorted(rows)) for (first, last), rows in by_period.items())
        longest = max(last - first for first, last, _ in periods)
        found[key] = _Totals([first for first, _, _ in periods], periods, longest)
    return found


def _totals_below(
    day: Statistic, first: int, last: int, totals: _Totals, stats: Sequence[Statistic]
) -> list[int]:
    """The indices of the totals whose period contains the days ``first`` to ``last`` (as
    ordinals) of ``day``'s figure, whose place does not differ from its and whose high bound
    is below its low, in order. Only periods that start at most the longest one's length
    before the day ends can contain it, and the totals below the day's figure are a prefix of
    each period's: the work is what is found, not every pair of figures."""
    low = day.value.interval()[0] * day.unit.factor
    found = []
    for at in range(bisect.bisect_right(totals.starts, first) - 1, -1, -1):
        start, end, rows = totals.periods[at]
        if start < last - totals.longest:
            break  # this period and every earlier one end before the day does
        if end < last:
            continue
        for _, j in rows[: bisect.bisect_left(rows, (low, -1))]:  # high < low
            if not places_differ(day.place, stats[j].place):
                found.append(j)
    return sorted(found)


def _day_month_checks(stats: Sequence[Statistic]) -> Iterator[Problem]:
    """A day's figure above the total of a week, month or longer that contains the day,
    for the same measure, dimension and place: keyed, so that an article of many figures
    is checked in time that grows with its figures, not with their pairs."""
    totals = _totals(stats)
    for i, day in enumerate(stats):
        period = day.period
        if not _dayish(day) or period is None or period.start is None or period.end is None:
            continue
        if day.measure in _NOT_SUMS:
            continue
        key = (day.measure, day.unit.dimension, day.place is None)
        if key not in totals:
            continue
        first, last = period.start.toordinal(), period.end.toordinal()
        for j in _totals_below(day, first, last, totals[key], stats):
            month = stats[j]
            assert month.period is not None  # _total
            yield Problem(
                ProblemCode.DAY_ABOVE_MONTH,
                f"statistics[{i}] ({day.text!r}, a day) is above statistics[{j}] "
                f"({month.text!r}, the whole {_period_word(month)} {month.period.text!r})",
                [day, month],
            )


def _period_word(s: Statistic) -> str:
    granularity = s.period.granularity if s.period is not None else None
    if granularity is None:
        return "period"
    return "fiscal year" if granularity is Granularity.FISCAL_YEAR else granularity.value


class _Sentences:
    """The article's sentences, split once and only when a problem needs one named."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: tuple[Sentence, ...] | None = None
        self._ends: list[int] = []

    def of(self, record: Record) -> str | None:
        """The sentence that holds the start of ``record``'s first span, else the next one
        (found by bisection: an article of many problems is not read once per problem)."""
        spans = [s for s in record_spans(record) if s.end <= len(self.text)]
        if not spans:
            return None
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
            self._ends = [sentence.end for sentence in self._sentences]
        at = bisect.bisect_right(self._ends, spans[0].start)  # the first that ends after it
        return self._sentences[at].text if at < len(self._sentences) else None


def _named(
    findings: Iterable[_Finding], record: Record, sentences: _Sentences
) -> Iterator[Problem]:
    """The problems ``findings`` say of ``record``, each naming the sentence the record was
    read from."""
    for code, message in findings:
        sentence = sentences.of(record)
        if sentence is None:
            yield Problem(code, message, [record])
            continue
        shown = sentence if len(sentence) <= 160 else sentence[:159] + "…"
        yield Problem(code, f"{message}; in: {shown!r}", [record])


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _past_only(
    findings: Iterator[_Finding], stat: Statistic, sentences: _Sentences
) -> Iterator[_Finding]:
    """``findings`` without a period after publication that the text itself puts there: a
    forecast in a sentence that looks ahead ("will deploy up to 89 agents by August"), or a
    period that states its year ("through September 2029")."""
    for code, message in findings:
        if code is ProblemCode.STATISTIC_AFTER_PUBLICATION:
            sentence = sentences.of(stat) or stat.text
            stated = stat.period is not None and _YEAR.search(stat.period.text)
            if stated or tense_of(sentence) is Tense.FUTURE:
                continue
        yield code, message


def _article_checks(article: Article, published: dt.date | None) -> Iterator[Problem]:
    kinds = ("officials", "meetings", "caravans", "policy_actions", "statistics")
    sentences = _Sentences(article.text)
    for kind in kinds:
        for i, record in enumerate(getattr(article, kind)):
            name = _label(record, f"{kind}[{i}]")
            yield from _named(_record_checks(record, name), record, sentences)
            yield from _named(_text_checks(record, name, article.text), record, sentences)
            if published is not None:
                dated = _dated_checks(record, name, published)
                if isinstance(record, Statistic):
                    dated = _past_only(dated, record, sentences)
                yield from _named(dated, record, sentences)
    yield from _day_month_checks(article.statistics)


def validate(obj: Article | Record, *, published: dt.date | None = None) -> tuple[Problem, ...]:
    """Every problem found in an article or a lone record (empty when all is well).

    ``published`` defaults to an article's own date; for a lone record it enables the
    checks against the publication date (statistic periods, held meetings, titles).
    """
    if published is not None and (
        not isinstance(published, dt.date) or isinstance(published, dt.datetime)
    ):
        raise ArgumentTypeError("published", "datetime.date or None", published)
    if isinstance(obj, Article):
        return tuple(_article_checks(obj, published or obj.published))
    if isinstance(obj, RECORD_TYPES):
        name = _label(obj, None)
        findings = list(_record_checks(obj, name))
        if published is not None:
            findings += _dated_checks(obj, name, published)
        return tuple(Problem(code, message, [obj]) for code, message in findings)
    raise ArgumentTypeError(
        "obj", "Article, Official, Meeting, Caravan, PolicyAction or Statistic", obj
    )


def is_valid(obj: Article | Record, *, published: dt.date | None = None) -> bool:
    """True when :func:`validate` finds no problem."""
    return not validate(obj, published=published)
