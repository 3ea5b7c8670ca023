"""Number ranges and bounds as one mechanism (issue 13): the project's own suite, ordinals,
negatives, fractions and signs.

Every case of ``tests/data/number_ranges.tsv`` (sentences written for this project on the
phenomena of public English number-range suites) is one test here, read the way
``benchmarks/number_range_suite.py`` reads it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import migrationnews as mn
from migrationnews.numbers import NumberKind, find_bounds, find_numbers, parse_bound, range_values

SUITE = Path(__file__).parents[1] / "benchmarks" / "number_range_suite.py"
_spec = importlib.util.spec_from_file_location("number_range_suite", SUITE)
assert _spec is not None
assert _spec.loader is not None
suite = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(suite)

CASES = list(suite.own_cases(suite.CASES))


def test_the_suite_covers_many_phrasings():
    assert len(CASES) >= 70
    assert sum(1 for _, written in CASES if not written) >= 8  # and sentences with no bound


@pytest.mark.parametrize(("sentence", "written"), CASES, ids=[c[0][:48] for c in CASES])
def test_each_sentence_reads_to_its_intervals(sentence, written):
    expected = [suite.parse_interval(w) for w in written]
    read = suite.read_by_numbers(sentence)
    assert len(read) == len(expected), read
    assert all(suite.same(e, r, strict=True) for e, r in zip(expected, read, strict=True)), read


@pytest.mark.parametrize(
    ("phrase", "low_open", "high_open"),
    [
        ("more than 100 and less than 300", True, True),
        ("larger than 20 and less or equal than 35", True, False),
        ("at most 100 and at least 20", False, False),
        ("fewer than 90 but more than 40", True, True),
        ("more than 50 and less than 80 or equal", True, False),
        ("between 20 and 30", False, False),
        ("more than 100", True, False),
        ("5,000 or fewer", False, False),
    ],
)
def test_a_bound_says_which_ends_it_excludes(phrase, low_open, high_open):
    bound = parse_bound(phrase)
    assert bound is not None
    assert (bound.text, bound.low_open, bound.high_open) == (phrase, low_open, high_open)


def test_the_interval_notation_is_read_both_ways():
    assert suite.parse_interval("(20,35]") == (20.0, False, 35.0, True)
    assert suite.parse_interval("[500,)") == (500.0, True, None, False)
    assert not suite.same(suite.parse_interval("(,100]"), suite.parse_interval("(,100)"))
    assert suite.same(suite.parse_interval("(20,30)"), suite.parse_interval("[20,30]"))
    assert not suite.same(
        suite.parse_interval("(20,30)"), suite.parse_interval("[20,30]"), strict=True
    )


# ---------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    "text",
    [
        "The 10th caravan left the city.",
        "Agents stopped them for the third time.",
        "It was the 21st such group this year.",
        "He came second among 3rd-party candidates.",
    ],
)
def test_an_ordinal_is_never_a_number(text):
    assert all(m.kind is not NumberKind.ORDINAL for m in find_numbers(text))
    assert [m.text for m in find_numbers(text) if m.text[:1].isdigit()] == []


def test_an_ordinal_is_no_figure_of_an_article():
    article = mn.parse(
        "For the 4th time this month, the 12th bus of migrants arrived in Chicago.",
        published=dt.date(2026, 12, 7),
    )
    assert article.statistics == ()


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("between the fourth and the twenty-first", 4, 21),
        ("between the 4th and the 9th", 4, 9),
        ("higher than the second but lower than the sixth", 2, 6),
    ],
)
def test_a_range_of_ranks_reads_its_ordinals(phrase, low, high):
    bound = parse_bound(f"The town placed {phrase} in the survey.")
    assert bound is not None
    assert (bound.text, bound.low, bound.high, bound.kind) == (
        phrase,
        low,
        high,
        NumberKind.ORDINAL,
    )


# ---------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("readings below -12", None, -12),
        ("between minus 8 and 4", -8, 4),
        ("from negative twenty to ten", -20, 10),
        ("x <= -3", None, -3),
    ],
)
def test_a_bound_may_be_negative(text, low, high):
    bound = find_bounds(text)[0]
    assert (bound.low, bound.high) == (low, high)


@pytest.mark.parametrize("text", ["20 -30 people", "1000 - 5000 people", "twenty -30 people"])
def test_a_dash_after_a_number_joins_a_range_and_is_no_sign(text):
    assert all(b.low is None or b.low >= 0 for b in find_bounds(text))


def test_counts_stay_non_negative():
    assert [m.value for m in find_numbers("minus 5 and -40 people")] == [5, 40]


# ---------------------------------------------------------------- fractions and signs


def test_a_digit_fraction_is_read_only_after_a_bound():
    bound = parse_bound("more than 1/2 of the beds")
    assert bound is not None
    assert (bound.low, bound.kind) == (50, NumberKind.FRACTION)
    assert find_numbers("on 1/2 they left") == ()  # a day, or nothing: no figure


def test_a_fraction_joins_only_a_fraction():
    bound = parse_bound("above a quarter and below a half")
    assert bound is not None
    assert (bound.low, bound.high, bound.qualifier.value) == (25, 50, "range")
    first = parse_bound("over a half and under 300 people")
    assert first is not None
    assert (first.low, first.high) == (50, None)


@pytest.mark.parametrize("text", ["<>30", "=>30", "=<30", "how about 30", "What about 30?"])
def test_no_bound_is_read_from_an_arrow_an_inequality_or_a_question(text):
    assert [b.qualifier.value for b in find_bounds(text)] == ["exact"]


def test_a_ratio_whole_is_no_bound():
    assert [b.text for b in find_bounds("more than 2 in 5 said so")] == ["more than 2"]
    assert [b.text for b in find_bounds("3 out of 4 or more")] == ["3"]


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("between the tenth and the " * 8_000 + "first", id="ordinal-run"),
        pytest.param("minus " * 30_000 + "5", id="minus-words"),
        pytest.param("<-" * 40_000 + "5", id="signs"),
        pytest.param("more than 1/2 " * 12_000, id="fractions"),
        pytest.param("2 in " * 30_000 + "5", id="ratios"),
        pytest.param("the " * 40_000 + "tenth", id="the-run"),
    ],
)
def test_adversarial_range_inputs_are_read(text):
    # A catastrophic pattern would hang here; nothing is timed.
    found = find_bounds(text)
    assert all(b.span.of(text) == b.text for b in found)


def test_the_suite_script_reports_a_share():
    done = subprocess.run(
        [sys.executable, str(SUITE)], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("number ranges: ")


NEWS = list(suite.own_cases(suite.CASES.with_name("number_ranges_news.tsv")))


@pytest.mark.parametrize(("sentence", "written"), NEWS, ids=[c[0][:48] for c in NEWS])
def test_a_figure_of_an_article_keeps_its_interval(sentence, written):
    expected = [suite.parse_interval(w) for w in written]
    read = suite.read_by_parse(sentence)
    assert len(read) == len(expected), read
    assert all(map(suite.same, expected, read)), read


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 1.5 and 2.5 million", 1_500_000, 2_500_000),
        ("two to three thousand", 2_000, 3_000),
        ("between 500 and 2 million", 500, 2_000_000),
        ("1 million to 2 million", 1_000_000, 2_000_000),
    ],
)
def test_a_scale_written_once_scales_both_ends(text, low, high):
    first, second = find_numbers(text)
    assert range_values(first, second) == (low, high)
    bound = parse_bound(text)
    assert bound is not None
    assert (bound.low, bound.high) == (low, high)
