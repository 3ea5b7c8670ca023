"""Linear time, measured: parse time at n and 4n characters for every adversarial input.

A ratio, never a time limit: the text grows 4x, so linear work takes about 4x as long
(less, where a fixed cost dominates), and a quadratic path about 16x. The check fails
above 6x. The inputs are measured in a fresh interpreter, so nothing other tests leave
behind is timed with the parser. Each size is timed in CPU time of that thread, the best of
several interleaved runs, so that other work on a shared machine disturbs it little; a ratio
above the limit is measured twice more, longer each time, before the test fails. Each
input's n is chosen so that the growth of its text from PROBE characters costs a few
milliseconds (not its whole time, a fixed part of which would hide a quadratic term), which
keeps the whole check to several seconds; each run parses a fresh text, so that no memo
answers from an earlier run. ``validate`` and ``compare_articles`` are timed on articles
of n and 4n records.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import migrationnews as mn
from migrationnews._adversarial import INPUTS
from migrationnews.records import Article, Caravan, Measure, SizeEstimate, Statistic, Unit
from migrationnews.values import Estimate, Granularity, Period, Qualifier, Span

LIMIT = 6.0  # linear: about 4; quadratic: about 16
ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = dt.date(2023, 12, 27)
PROBE = 1_000  # characters parsed once to choose n
BUDGET = 0.0015  # CPU seconds the growth of a text to n characters should take
SIZES = (500, 16_000)  # the range n is chosen from (above the 400-character reach
# of the dateline readers, whose bounded window is read in constant time past it)


def cpu(work: Callable[[], object]) -> float:
    """CPU seconds of ``work`` in this thread (threads other tests leave running, such as a
    Dask client's event loop, are not counted), with the cyclic garbage collector paused
    (its passes depend on what other tests left behind, not on the text)."""
    gc.disable()
    try:
        start = time.thread_time()
        work()
        return time.thread_time() - start
    finally:
        gc.enable()


def ratio(small: Callable[[], object], large: Callable[[], object], repeats: int) -> float:
    """Best time of ``large`` over best time of ``small``, the two taking turns. ``small``
    runs four times per turn, so both turns last as long and are as likely to be disturbed."""
    best_small = best_large = float("inf")
    for _ in range(repeats):
        best_small = min(best_small, cpu(lambda: [small() for _ in range(4)]) / 4)
        best_large = min(best_large, cpu(large))
    return best_large / max(best_small, 1e-6)


_FRESH = itertools.count()


def parse_fresh(text: str) -> mn.Article:
    """``text`` parsed with a numbered last line: the memos are keyed on whole texts, so
    none answers from an earlier run (a small text's would fit them, a large one's not)."""
    return mn.parse(f"{text}\n\n({next(_FRESH)})", published=PUBLISHED)


def scaling(small: Callable[[], object], large: Callable[[], object]) -> float:
    small()  # warm: rule tables and patterns load on first use
    found = ratio(small, large, 3)
    for repeats in (7, 15):  # a slow spell of the machine, or a real quadratic path: look
        if found <= LIMIT:  # again, longer (a quadratic path stays above the limit)
            break
        found = min(found, ratio(small, large, repeats))
    return found


def measure(name: str) -> tuple[int, float]:
    """The n chosen for input ``name`` and how much longer 4n characters take to parse.

    n is chosen by what a character more costs (the time of 4 x PROBE characters less that
    of PROBE, over 3 x PROBE), not by what a character costs on average: where a fixed part
    dominates a short text (a window read once, whatever the text's length), the average
    chose an n at which the text's own growth, and a quadratic term in it, hardly showed
    (ratios of 1.0 to 1.6); chosen by the margin, every input is measured where its growth
    is most of its time."""
    make = INPUTS[name].text
    probe, probe4 = make(PROBE), make(4 * PROBE)
    parse_fresh(probe)
    margin = cpu(lambda: parse_fresh(probe4)) - cpu(lambda: parse_fresh(probe))
    per_char = max(margin, 1e-6) / (3 * PROBE)
    n = max(int(min(SIZES[1], max(SIZES[0], BUDGET / per_char))), INPUTS[name].at_least)
    small, large = make(n), make(4 * n)
    assert len(large) >= 3.9 * len(small)
    return n, scaling(lambda: parse_fresh(small), lambda: parse_fresh(large))


def measure_all() -> None:
    """Print every input's (n, ratio) as JSON: what the fresh process below runs."""
    print(json.dumps({name: measure(name) for name in INPUTS}))


@pytest.fixture(scope="module")
def ratios() -> dict[str, list[float]]:
    """Every input measured in a fresh interpreter: what other tests left in this process
    (a Dask cluster's threads, a fragmented heap) must not be timed with the parser."""
    done = subprocess.run(
        [sys.executable, "-c", "import tests.test_linear_time as t; t.measure_all()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, list[float]] = json.loads(done.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize("name", list(INPUTS))
def test_parse_time_grows_linearly_with_each_adversarial_input(name, ratios):
    n, found = ratios[name]
    assert found < LIMIT, f"{name}: {n:,} -> {4 * n:,} characters took {found:.1f}x as long"


def _statistics(n: int, shift: int) -> Article:
    """An article of ``n`` figures, one per day (a long report of daily counts)."""
    measures = [m for m in Measure if m is not Measure.OTHER]
    stats, lines, at = [], [], 0
    for i in range(n):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i)
        text = f"{1000 + i + shift:,} migrants"
        when = f"on {day:%B %d, %Y}"
        stats.append(
            Statistic(
                value=Estimate.exact(1000 + i + shift),
                unit=Unit.PERSON,
                measure=measures[i % len(measures)],
                span=Span(at, at + len(text)),
                text=text,
                period=Period(when, day, day, Granularity.DAY),
            )
        )
        lines.append(f"{text} {when}.")
        at += len(lines[-1]) + 1
    return Article(text="\n".join(lines), published=None, statistics=tuple(stats))


def test_comparing_articles_grows_linearly_with_their_records():
    n = 150
    small = (_statistics(n, 0), _statistics(n, n // 2))
    large = (_statistics(4 * n, 0), _statistics(4 * n, n // 2))
    assert len(mn.compare_articles(*large).conflicts) == 4 * n  # every day pairs, figures differ
    found = scaling(lambda: mn.compare_articles(*small), lambda: mn.compare_articles(*large))
    assert found < LIMIT, f"{n} -> {4 * n} figures: comparing took {found:.1f}x as long"


def _days_and_totals(n: int) -> Article:
    """An article of ``n`` daily figures and ``n`` totals of the month that holds every
    day, one sentence each, none dated in a year the text states: the day-above-month check
    has n x n pairs to consider, and every figure, dated after publication, asks for the
    sentence it was read from. The first day's figure is above every total."""
    stats, lines, at = [], [], 0
    for i in range(2 * n):
        total = i >= n
        value = 50_000 + i if total else (900_000 if i == 0 else 100 + i)
        text = f"{value:,} apprehensions"
        when = "in January" if total else f"on January {i % 31 + 1}"
        day = dt.date(2020, 1, i % 31 + 1)
        period = (
            Period(when, dt.date(2020, 1, 1), dt.date(2020, 1, 31), Granularity.MONTH)
            if total
            else Period(when, day, day, Granularity.DAY)
        )
        stats.append(
            Statistic(
                value=Estimate.exact(value),
                unit=Unit.PERSON,
                measure=Measure.APPREHENSIONS,
                span=Span(at, at + len(text)),
                text=text,
                period=period,
            )
        )
        lines.append(f"{text} {when}.")
        at += len(lines[-1]) + 1
    return Article(text="\n".join(lines), published=dt.date(2019, 12, 1), statistics=tuple(stats))


def test_validating_grows_linearly_with_the_figures():
    n = 150
    small, large = _days_and_totals(n), _days_and_totals(4 * n)
    codes = Counter(p.code.value for p in mn.validate(large))
    # every figure dated after publication, and the first day above each of the 4n totals
    assert codes == {"statistic_after_publication": 8 * n, "day_above_month": 4 * n}
    found = scaling(lambda: mn.validate(small), lambda: mn.validate(large))
    assert found < LIMIT, f"{2 * n} -> {8 * n} figures: validating took {found:.1f}x as long"


def _caravan(n: int) -> Caravan:
    """A caravan of ``n`` size estimates that agree (about 1,000) and one that allows no
    common size with any (50): n x n pairs for a check that compares every two."""
    items = [
        SizeEstimate(Estimate(v, v, Qualifier.ABOUT)) for v in (1_000 + i % 50 for i in range(n))
    ]
    items.append(SizeEstimate(Estimate.exact(50)))
    return Caravan(size_estimates=tuple(items))


def test_validating_a_caravan_grows_linearly_with_its_size_estimates():
    n = 200
    small, large = _caravan(n), _caravan(4 * n)
    codes = Counter(p.code.value for p in mn.validate(large))
    assert codes == {"caravan_estimates_disagree": 4 * n}  # the last against each of the rest
    found = scaling(lambda: mn.validate(small), lambda: mn.validate(large))
    assert found < LIMIT, f"{n} -> {4 * n} size estimates: validating took {found:.1f}x as long"
