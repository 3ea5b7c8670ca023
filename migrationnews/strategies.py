"""Hypothesis strategies for every value type, record and :class:`Article`.

For downstream property tests (``pip install migrationnews[strategies]``). Everything these
strategies build is valid: it constructs without error, passes
:func:`migrationnews.validate` (records alone, and articles whose records' texts are the
text at their spans), and round-trips through
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

import attrs

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as err:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "migrationnews.strategies needs hypothesis, which is not installed: "
        "pip install 'migrationnews[strategies]'",
        name=__name__,
    ) from err

from migrationnews import units
from migrationnews.comparison import spanning_estimate
from migrationnews.language import LANGUAGES
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


@st.composite
def _nonempty_spans(draw: Any, max_end: int) -> Span:
    """Spans of at least one character (an empty span if the text has none)."""
    if max_end < 1:
        return Span(0, 0)
    start = draw(st.integers(0, max_end - 1))
    return Span(start, draw(st.integers(start + 1, max_end)))


def _numbers() -> st.SearchStrategy[int | float]:
    # figures as newspapers write them: whole numbers, or decimals to the hundredth
    return st.one_of(st.integers(0, 10**10), st.integers(0, 10**12).map(lambda n: n / 100))


def _numeral(value: int | float) -> str:
    """``value`` written the way an article writes it: "190,000", "1,600.50"."""
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


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
    return st.builds(Attribution, source=_NAMES, span=st.none() | _nonempty_spans(max_end))


def _span_tuples(max_end: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(_nonempty_spans(max_end), min_size=1, max_size=4).map(tuple)


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


@st.composite
def meetings(draw: Any, max_end: int = DEFAULT_TEXT_LENGTH) -> Meeting:
    """Meetings someone takes part in: a named participant or, failing that, a country."""
    participants = tuple(draw(st.lists(_NAMES, max_size=5)))
    countries_ = draw(
        st.lists(countries(), min_size=0 if participants else 1, max_size=3, unique=True)
    )
    return Meeting(
        participants=participants,
        location=draw(st.none() | places()),
        date=draw(st.none() | periods()),
        status=draw(st.none() | st.sampled_from(MeetingStatus)),
        kind=draw(st.none() | st.sampled_from(MeetingKind)),
        topic=draw(st.none() | st.text(max_size=40)),
        spans=draw(_span_tuples(max_end)),
        countries=tuple(countries_),
    )


def size_estimates(max_end: int = DEFAULT_TEXT_LENGTH) -> st.SearchStrategy[SizeEstimate]:
    return st.builds(
        SizeEstimate,
        estimate=estimates(),
        source=st.none() | attributions(max_end),
        span=st.none() | _nonempty_spans(max_end),
    )


def _distances() -> st.SearchStrategy[Any]:
    magnitude = st.one_of(
        st.integers(0, 20_000), st.floats(0, 20_000, allow_nan=False, allow_infinity=False)
    )
    return st.builds(units.quantity, magnitude, st.sampled_from(["mile", "kilometer"]))


@st.composite
def _caravan_sizes(draw: Any, max_end: int) -> tuple[Estimate | None, tuple[SizeEstimate, ...]]:
    """Size estimates that all allow one common size, and a size that spans them."""
    common = draw(_numbers())
    items = []
    for _ in range(draw(st.integers(0, 3))):
        q = draw(st.sampled_from(Qualifier))
        other = draw(_numbers())
        text = draw(st.text(max_size=30))
        if q in (Qualifier.EXACT, Qualifier.ABOUT):
            estimate = Estimate(common, common, q, text)
        elif q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.VAGUE):
            estimate = Estimate(min(common, other), None, q, text)
        elif q in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
            estimate = Estimate(None, max(common, other), q, text)
        else:
            low, high = min(common, other), max(common, other)
            estimate = Estimate(low, high if high > low else low + 1, q, text)
        items.append(
            SizeEstimate(
                estimate,
                draw(st.none() | attributions(max_end)),
                draw(st.none() | _nonempty_spans(max_end)),
            )
        )
    if not items:
        return draw(st.none() | estimates()), ()
    size = spanning_estimate(e.estimate for e in items)
    return (size if draw(st.booleans()) else None), tuple(items)


@st.composite
def caravans(draw: Any, max_end: int = DEFAULT_TEXT_LENGTH) -> Caravan:
    """Caravans whose size estimates agree on some size and whose size spans them."""
    size, items = draw(_caravan_sizes(max_end))
    caravan: Caravan = draw(_caravans_with(size, items, max_end))
    return caravan


def _caravans_with(
    size: Estimate | None, items: tuple[SizeEstimate, ...], max_end: int
) -> st.SearchStrategy[Caravan]:
    return st.builds(
        Caravan,
        size=st.just(size),
        size_estimates=st.just(items),
        origins=st.lists(countries(), max_size=5, unique=True).map(tuple),
        location=st.none() | places(),
        distance_to_border=st.none() | _distances(),
        departed=st.none() | periods(),
        status=st.none() | st.sampled_from(CaravanStatus),
        spans=_span_tuples(max_end),
    )


@st.composite
def policy_actions(draw: Any, max_end: int = DEFAULT_TEXT_LENGTH) -> PolicyAction:
    """Policy actions whose span is as long as their (non-empty) evidence."""
    evidence = draw(st.text(min_size=1, max_size=60))
    start = draw(st.integers(0, max(0, max_end - len(evidence))))
    return PolicyAction(
        kind=draw(st.sampled_from(PolicyKind)),
        span=Span(start, start + len(evidence)),
        evidence=evidence,
        actor=draw(st.none() | _NAMES),
        place=draw(st.none() | places()),
        status=draw(st.none() | st.sampled_from(PolicyStatus)),
        date=draw(st.none() | periods()),
    )


_PEOPLE_UNITS = (Unit.PERSON, Unit.HOUSEHOLD, Unit.FAMILY, Unit.COUNT, Unit.OTHER)
_UNITS_OF = {
    Measure.DISTANCE: (Unit.MILE, Unit.KILOMETER, Unit.FOOT),
    Measure.MONEY: (Unit.USD,),
    Measure.DURATION: (Unit.HOUR, Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR),
    Measure.SHARE: (Unit.PERCENT,),
    Measure.OTHER: tuple(Unit),
}


@st.composite
def statistics(draw: Any, max_end: int = DEFAULT_TEXT_LENGTH) -> Statistic:
    """Statistics whose unit fits their measure and whose text states their number."""
    value = draw(estimates())
    measure = draw(st.sampled_from(Measure))
    words = st.lists(_WORDS, max_size=3).map(" ".join)
    shown = value.low if value.low is not None else value.high
    assert shown is not None  # an estimate has a bound
    text = f"{draw(words)} {_numeral(shown)}; {draw(words)}".strip()
    start = draw(st.integers(0, max(0, max_end - len(text))))
    return Statistic(
        value=value,
        unit=draw(st.sampled_from(_UNITS_OF.get(measure, _PEOPLE_UNITS))),
        measure=measure,
        span=Span(start, start + len(text)),
        text=text,
        period=draw(st.none() | periods()),
        per=draw(st.none() | st.sampled_from(Granularity)),
        place=draw(st.none() | places()),
        source=draw(st.none() | attributions(max_end)),
    )


@st.composite
def articles(draw: Any, max_records: int = 4) -> Article:
    """Coherent articles: every record's spans lie inside the text, a statistic's ``text``
    and a policy action's ``evidence`` are the text at their span, no figure is dated after
    publication, and no two statistics share a measure and place (so none contradicts
    another)."""
    published = draw(st.none() | _DATES)
    pieces = [draw(st.text(min_size=1, max_size=DEFAULT_TEXT_LENGTH // 2))]
    placed: list[tuple[Any, Span]] = []
    stats = draw(
        st.lists(statistics(), max_size=max_records, unique_by=lambda s: (s.measure, s.place))
    )
    actions = draw(st.lists(policy_actions(), max_size=max_records))
    for record in [*stats, *actions]:
        phrase = record.text if isinstance(record, Statistic) else record.evidence
        start = sum(map(len, pieces)) + 1
        pieces += [" ", phrase]
        placed.append((record, Span(start, start + len(phrase))))
    text = "".join(pieces)
    n = len(text)

    def some(strategy: st.SearchStrategy[Any]) -> tuple[Any, ...]:
        return tuple(draw(st.lists(strategy, max_size=max_records)))

    def source(a: Attribution | None) -> Attribution | None:
        return None if a is None else attrs.evolve(a, span=draw(st.none() | _nonempty_spans(n)))

    def before_publication(p: Period | None) -> Period | None:
        if published is None or p is None or p.start is None or p.end is None:
            return p
        if p.end <= published:
            return p
        return Period(p.text, min(p.start, published), published, p.granularity)

    def held_before_publication(m: Meeting) -> Meeting:
        date = m.date
        if published is None or m.status is not MeetingStatus.HELD or date is None:
            return m
        if date.start is None or date.start <= published:
            return m
        return attrs.evolve(m, status=MeetingStatus.PLANNED)

    return Article(
        text=text,
        published=published,
        source=draw(st.none() | st.text(max_size=40)),
        language=draw(st.none() | st.sampled_from(LANGUAGES)),
        officials=some(officials(n)),
        meetings=tuple(held_before_publication(m) for m in some(meetings(n))),
        caravans=some(caravans(n)),
        policy_actions=tuple(
            attrs.evolve(r, span=span) for r, span in placed if isinstance(r, PolicyAction)
        ),
        statistics=tuple(
            attrs.evolve(r, span=span, source=source(r.source), period=before_publication(r.period))
            for r, span in placed
            if isinstance(r, Statistic)
        ),
    )
