"""Hypothesis strategies for every value type, record and :class:`Article`.

For downstream property tests (``pip install migrationnews[strategies]``). Everything these
strategies build is valid: it constructs without error, passes
:func:`migrationnews.validate` where that applies, and round-trips through
:func:`migrationnews.to_dict` / :func:`migrationnews.from_dict` exactly.

>>> from hypothesis import given
>>> @given(statistics())
... def test(stat):
...     assert stat.span.start <= stat.span.end
>>> test()
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from migrationnews import units
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
from migrationnews.ruledata import iso_codes
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

__all__ = [
    "articles",
    "attributions",
    "caravans",
    "countries",
    "estimates",
    "meetings",
    "officials",
    "periods",
    "places",
    "policy_actions",
    "size_estimates",
    "spans",
    "statistics",
]

DEFAULT_TEXT_LENGTH = 500
_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
_WORDS = st.text(
    alphabet=st.characters(categories=["L"], max_codepoint=0x24F), min_size=1, max_size=12
)
_NAMES = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)


def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes."""
    return st.sampled_from(sorted(iso_codes()))


@st.composite
def spans(draw: Any, max_end: int = DEFAULT_TEXT_LENGTH) -> Span:
    """Spans within a text of ``max_end`` characters."""
    start = draw(st.integers(0, max_end))
    return Span(start, draw(st.integers(start, max_end)))


def _numbers() -> st.SearchStrategy[int | float]:
    return st.one_of(
        st.integers(0, 10**10),
        st.floats(0, 1e10, allow_nan=False, allow_infinity=False),
    )


@st.composite
def estimates(draw: Any, qualifier: Qualifier | None = None) -> Estimate:
    """Estimates whose bounds fit their qualifier ("more than" has no high bound...)."""
    q = qualifier or draw(st.sampled_from(Qualifier))
    a, b = sorted((draw(_numbers()), draw(_numbers())))
    text = draw(st.text(max_size=30))
    if q in (Qualifier.EXACT, Qualifier.ABOUT):
        return Estimate(a, a, q, text)
    if q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.VAGUE):
        return Estimate(a, None, q, text)
    if q in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return Estimate(None, b, q, text)
    return Estimate(a, b if b > a else a + 1, q, text)


@st.composite
def periods(draw: Any, resolved: bool | None = None) -> Period:
    """Periods, resolved (with dates) or kept as their expression only."""
    text = draw(st.text(min_size=1, max_size=30))
    granularity = draw(st.none() | st.sampled_from(Granularity))
    if resolved is False or (resolved is None and draw(st.booleans())):
        return Period(text, granularity=granularity)
    start = draw(_DATES)
    end = draw(st.dates(min_value=start, max_value=dt.date(2040, 12, 31)))
    return Period(text, start, end, granularity)


def places() -> st.SearchStrategy[Place]:
    return st.builds(
        Place,
        name=_NAMES,
        kind=st.none() | st.sampled_from(PlaceKind),
        country=st.none() | countries(),
    )


def attributions(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[Attribution]:
    return st.builds(Attribution, source=_NAMES, span=st.none() | spans(max_end))


def _span_tuples(max_end: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(max_end), min_size=1, max_size=4).map(tuple)


def officials(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[Official]:
    return st.builds(
        Official,
        name=_NAMES,
        surname=_WORDS,
        title=st.none() | _NAMES,
        country=st.none() | countries(),
        spans=_span_tuples(max_end),
        inferred=st.lists(st.sampled_from(["title", "country"]), unique=True).map(tuple),
    )


def meetings(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[Meeting]:
    return st.builds(
        Meeting,
        participants=st.lists(_NAMES, min_size=1, max_size=5).map(tuple),
        location=st.none() | places(),
        date=st.none() | periods(),
        status=st.none() | st.sampled_from(MeetingStatus),
        kind=st.none() | st.sampled_from(MeetingKind),
        topic=st.none() | st.text(max_size=40),
        spans=_span_tuples(max_end),
    )


def size_estimates(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[SizeEstimate]:
    return st.builds(
        SizeEstimate,
        estimate=estimates(),
        source=st.none() | attributions(max_end),
        span=st.none() | spans(max_end),
    )


def _distances() -> st.SearchStrategy[Any]:
    magnitude = st.one_of(
        st.integers(0, 20_000), st.floats(0, 20_000, allow_nan=False, allow_infinity=False)
    )
    return st.builds(units.quantity, magnitude, st.sampled_from(["mile", "kilometer"]))


def caravans(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[Caravan]:
    return st.builds(
        Caravan,
        size=st.none() | estimates(),
        size_estimates=st.lists(size_estimates(max_end), max_size=3).map(tuple),
        origins=st.lists(countries(), max_size=5, unique=True).map(tuple),
        location=st.none() | places(),
        distance_to_border=st.none() | _distances(),
        departed=st.none() | periods(),
        status=st.none() | st.sampled_from(CaravanStatus),
        spans=_span_tuples(max_end),
    )


def policy_actions(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[PolicyAction]:
    return st.builds(
        PolicyAction,
        kind=st.sampled_from(PolicyKind),
        span=spans(max_end),
        evidence=st.text(max_size=60),
        actor=st.none() | _NAMES,
        place=st.none() | places(),
        status=st.none() | st.sampled_from(PolicyStatus),
        date=st.none() | periods(),
    )


def statistics(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[Statistic]:
    return st.builds(
        Statistic,
        value=estimates(),
        unit=st.sampled_from(Unit),
        measure=st.sampled_from(Measure),
        span=spans(max_end),
        text=st.text(max_size=40),
        period=st.none() | periods(),
        per=st.none() | st.sampled_from(Granularity),
        place=st.none() | places(),
        source=st.none() | attributions(max_end),
    )


@st.composite
def articles(draw: Any, max_records: int = 4) -> Article:
    """Articles whose records' spans all lie inside their text."""
    text = draw(st.text(min_size=0, max_size=DEFAULT_TEXT_LENGTH))
    n = len(text)

    def some(strategy: st.SearchStrategy[Any]) -> tuple[Any, ...]:
        return tuple(draw(st.lists(strategy, max_size=max_records)))

    return Article(
        text=text,
        published=draw(st.none() | _DATES),
        officials=some(officials(n)),
        meetings=some(meetings(n)),
        caravans=some(caravans(n)),
        policy_actions=some(policy_actions(n)),
        statistics=some(statistics(n)),
    )
