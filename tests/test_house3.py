"""The keyed checks of validation against their plain definitions over every pair: a
day's figure above a total, a caravan's size estimates that allow no common size."""

from __future__ import annotations

import datetime as dt
import math
import re

from hypothesis import given
from hypothesis import strategies as st

from migrationnews.comparison import intervals_overlap, places_differ
from migrationnews.records import Measure, Statistic, Unit
from migrationnews.validation import _day_month_checks, _dayish, _disjoint_pairs, _total
from migrationnews.values import Estimate, Granularity, Period, Place, Qualifier, Span

_LENGTHS = {  # days a period of each granularity lasts, a few of them unusual
    Granularity.DAY: (0,),
    Granularity.WEEK: (6, 7),
    Granularity.MONTH: (27, 30),
    Granularity.QUARTER: (89,),
    Granularity.YEAR: (364, 730),
    Granularity.FISCAL_YEAR: (365,),
}


@st.composite
def statistics(draw: st.DrawFn, granularities: list[Granularity], lows: list[int]) -> Statistic:
    """A figure of one of ``granularities``, often of the same measure, unit and place as
    the others, so that days fall inside totals and some are above them."""
    granularity = draw(st.sampled_from(granularities))
    aligned = granularity is not Granularity.DAY and draw(st.booleans())  # a total from Jan 1
    start = dt.date(2023, 1, 1) + dt.timedelta(days=0 if aligned else draw(st.integers(0, 40)))
    end = start + dt.timedelta(days=draw(st.sampled_from(_LENGTHS[granularity])))
    resolved = draw(st.booleans()) or draw(st.booleans())
    low = draw(st.sampled_from(lows))
    open_high = draw(st.booleans()) and draw(st.booleans())
    return Statistic(
        value=Estimate(low, None, Qualifier.MORE_THAN) if open_high else Estimate.exact(low),
        unit=draw(st.sampled_from([Unit.PERSON, Unit.PERSON, Unit.COUNT, Unit.MILE])),
        measure=draw(
            st.sampled_from([Measure.APPREHENSIONS] * 3 + [Measure.DEATHS, Measure.DISTANCE])
        ),
        span=Span(0, 1),
        text="1",
        period=Period("then", start if resolved else None, end if resolved else None, granularity),
        per=draw(st.sampled_from([None, None, Granularity.DAY])),
        place=draw(
            st.sampled_from([None, None, Place("Texas"), Place("El Paso, Texas"), Place("Ohio")])
        ),
    )


_DAYS = [Granularity.DAY]
_TOTALS = [g for g in _LENGTHS if g is not Granularity.DAY]
articles = st.tuples(
    st.lists(statistics(_DAYS, [100, 1_000, 5_000]), max_size=12),
    st.lists(statistics(_TOTALS, [0, 10, 100, 1_000]), max_size=12),
    st.lists(statistics(list(_LENGTHS), [0, 10, 100, 1_000, 5_000]), max_size=6),
).flatmap(lambda parts: st.permutations([s for part in parts for s in part]))


def _every_pair(stats: list[Statistic]) -> list[tuple[int, int]]:
    """The day-above-total pairs by their definition, every pair of figures looked at."""
    found = []
    for i, day in enumerate(stats):
        if not _dayish(day) or day.period is None or not day.period.resolved:
            continue
        if day.measure in {Measure.DISTANCE, Measure.SHARE, Measure.DURATION}:
            continue
        for j, total in enumerate(stats):
            if i == j or not _total(total) or total.measure is not day.measure:
                continue
            assert total.period is not None
            if (
                places_differ(day.place, total.place)
                or (day.place is None) != (total.place is None)
                or not total.period.contains(day.period)
                or day.unit.dimension != total.unit.dimension
            ):
                continue
            if day.value.interval()[0] * day.unit.factor > (
                total.value.interval()[1] * total.unit.factor
            ):
                found.append((i, j))
    return found


@given(articles)
def test_the_keyed_day_above_month_check_finds_every_pair_the_definition_finds(stats):
    found = [
        tuple(int(k) for k in re.findall(r"statistics\[(\d+)\]", problem.message))
        for problem in _day_month_checks(stats)
    ]
    assert found == _every_pair(stats)


_LOWS = [0.0, 10.0, 100.0, 100.0 * (1 + 1e-10), 500.0, 1_000.0]
_HIGHS = [*_LOWS, math.inf]  # an estimate's low is a finite figure; its high may be open
intervals = st.lists(
    st.tuples(st.sampled_from(_LOWS), st.sampled_from(_HIGHS))
    .filter(lambda bounds: bounds[0] <= bounds[1])
    .map(tuple)
    | st.just((900.0, 1_100.0)),
    max_size=20,
)


@given(intervals)
def test_the_disjoint_estimates_are_every_pair_that_does_not_overlap(found):
    expected = [
        (i, j)
        for i in range(len(found))
        for j in range(i + 1, len(found))
        if not intervals_overlap(found[i], found[j])
    ]
    assert _disjoint_pairs(found) == expected
