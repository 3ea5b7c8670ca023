"""Number-range suite: the share of sentences whose stated bounds the parser reads right.

    python benchmarks/number_range_suite.py [--cases FILE] [--spec FILE] [--parse] [--errors]
        [--strict]

Each case is a sentence and the intervals it states ("(20,30]", "[500,)", "(,100)",
"[170,170]"). A case passes when :func:`migrationnews.numbers.find_bounds` reads the same
intervals in the same order, counting only the bounds that are stated (a bare number is no
bound; a hedge such as "equal to" makes one). One-sided and exact intervals must agree on
their end and on whether it is included; for a two-sided range the ends are compared (the
annotation guideline records "between X and Y" and "X to Y" as the range X..Y, no more).
Fractions are compared as a share of one ("more than 1/2" -> "(0.5,)").

- ``--cases FILE`` (default ``tests/data/number_ranges.tsv``): the project's own cases,
  one sentence and its intervals a line (the file's header gives the grammar).
- ``--spec FILE``: a suite in the JSON format of Microsoft Recognizers-Text's
  ``Specs/Number/English/NumberRangeModel.json`` (a list of ``{"Input", "Results":
  [{"Resolution": {"value"}}]}``), which the user fetches; nothing is fetched here.
- ``--parse``: read the figures through :func:`migrationnews.parse` instead (each
  Statistic's bounds and qualifier), for cases written as migration news
  (``--parse --cases tests/data/number_ranges_news.tsv``).
- ``--errors``: print every failing case with what was read.
- ``--strict``: compare whether each end of a two-sided range is included, too. Two
  bounds joined ("more than 100 and at most 300") keep it (``Bound.low_open`` and
  ``high_open``); a plain range ("between X and Y", "X to Y", "X-Y") includes both ends,
  as the annotation guideline reads it, where some suites read "X to Y" as [X, Y).

Prints the share of cases passed; the issue's target on the public suite is >= 85%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import migrationnews as mn
from migrationnews.numbers import Bound, NumberKind, find_bounds, find_numbers, hedge_before
from migrationnews.values import Qualifier

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "number_ranges.tsv"
TOLERANCE = 0.005  # a share written "1/3" and read as 33.33 percent

# (low, low included, high, high included); None for an open side
Interval = tuple[float | None, bool, float | None, bool]


def parse_interval(written: str) -> Interval:
    """ "(20,30]" -> (20.0, False, 30.0, True); an empty side is open."""
    written = written.strip()
    low, high = written[1:-1].split(",")
    return (
        float(low) if low.strip() else None,
        written[0] == "[",
        float(high) if high.strip() else None,
        written[-1] == "]",
    )


def interval(low: float | None, high: float | None, qualifier: Qualifier) -> Interval:
    """The interval a reading states, with the guideline's semantics for its qualifier."""
    return (
        None if low is None else float(low),
        qualifier is not Qualifier.MORE_THAN,
        None if high is None else float(high),
        qualifier is not Qualifier.LESS_THAN,
    )


def bound_interval(bound: Bound) -> Interval:
    """A bound's interval, each end excluded as the bound says; a fraction (a share in
    percent) as a share of one."""
    scale = 100 if bound.kind is NumberKind.FRACTION else 1
    return (
        None if bound.low is None else bound.low / scale,
        not bound.low_open,
        None if bound.high is None else bound.high / scale,
        not bound.high_open,
    )


def same(expected: Interval, read: Interval, *, strict: bool = False) -> bool:
    """Whether ``read`` is the ``expected`` interval: its ends, and whether each is included
    (for a two-sided range only when ``strict``)."""

    def close(a: float | None, b: float | None) -> bool:
        return (a is None) == (b is None) and (a is None or b is None or abs(a - b) <= TOLERANCE)

    if not (close(expected[0], read[0]) and close(expected[2], read[2])):
        return False
    low, high = expected[0], expected[2]
    if low is not None and high is not None and low != high and not strict:
        return True  # a two-sided range: its ends
    return (low is None or expected[1] == read[1]) and (high is None or expected[3] == read[3])


def stated(bound: Bound) -> bool:
    """Whether a bound is stated, not a bare number: a hedge, a range or an exact word."""
    if bound.qualifier not in (Qualifier.EXACT, Qualifier.VAGUE):
        return True
    numbers = find_numbers(bound.text)
    at = numbers[0].span.start if numbers else 0
    return hedge_before(bound.text, at) is not None


def read_by_numbers(sentence: str) -> list[Interval]:
    return [bound_interval(b) for b in find_bounds(sentence) if stated(b)]


def read_by_parse(sentence: str) -> list[Interval]:
    article = mn.parse(sentence, published=dt.date(2026, 12, 7))
    return [
        interval(s.value.low, s.value.high, s.value.qualifier)
        for s in sorted(article.statistics, key=lambda s: s.span.start)
    ]


def own_cases(path: Path) -> Iterable[tuple[str, list[str]]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, _, written = line.partition("\t")
        yield sentence, [w for w in (p.strip() for p in written.split("|")) if w]


def spec_cases(path: Path) -> Iterable[tuple[str, list[str]]]:
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        values = [r["Resolution"]["value"] for r in case.get("Results", [])]
        yield case["Input"], values


def run(
    cases: Iterable[tuple[str, list[str]]], *, parse: bool, errors: bool, strict: bool = False
) -> float:
    passed = total = 0
    reader = read_by_parse if parse else read_by_numbers
    for sentence, written in cases:
        expected = [parse_interval(w) for w in written]
        read = reader(sentence)
        good = len(read) == len(expected) and all(
            same(e, r, strict=strict) for e, r in zip(expected, read, strict=True)
        )
        passed += good
        total += 1
        if errors and not good:
            print(f"FAIL {sentence!r}: expected {written}, read {read}")
    share = passed / total if total else 0.0
    print(f"number ranges: {passed}/{total} = {share:.3f}")
    return share


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--spec", type=Path, default=None)
    parser.add_argument("--parse", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)
    cases = spec_cases(args.spec) if args.spec else own_cases(args.cases)
    run(cases, parse=args.parse, errors=args.errors, strict=args.strict)
    return 0


if __name__ == "__main__":
    sys.exit(main())
