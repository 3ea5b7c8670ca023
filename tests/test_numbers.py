"""migrationnews.numbers: every way news writes a number, read to its value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from migrationnews._adversarial import texts
from migrationnews.numbers import (
    NumberKind,
    VaguePolicy,
    find_bounds,
    find_identifiers,
    find_numbers,
    parse_bound,
    parse_number,
    vague_bounds,
)


@pytest.mark.parametrize(
    ("phrase", "value", "kind"),
    [
        pytest.param("12,345", 12345, NumberKind.DIGITS, id="thousands-separator"),
        pytest.param("3,402,118", 3402118, NumberKind.DIGITS, id="millions-separators"),
        pytest.param("4.25", 4.25, NumberKind.DIGITS, id="decimal"),
        pytest.param("2.4 million", 2400000, NumberKind.DIGITS, id="decimal-million"),
        pytest.param("7 billion", 7000000000, NumberKind.DIGITS, id="billion-word"),
        pytest.param("3.1M", 3100000, NumberKind.DIGITS, id="attached-M"),
        pytest.param("1.25bn", 1250000000, NumberKind.DIGITS, id="attached-bn"),
        pytest.param("40k", 40000, NumberKind.DIGITS, id="attached-k"),
        pytest.param("seven", 7, NumberKind.WORDS, id="unit-word"),
        pytest.param("sixteen", 16, NumberKind.WORDS, id="teen-word"),
        pytest.param("forty-three", 43, NumberKind.WORDS, id="hyphenated-compound"),
        pytest.param("sixty eight", 68, NumberKind.WORDS, id="spaced-compound"),
        pytest.param("three hundred and twelve", 312, NumberKind.WORDS, id="hundred-and"),
        pytest.param("five thousand", 5000, NumberKind.WORDS, id="thousand-word"),
        pytest.param("two dozen", 24, NumberKind.WORDS, id="two-dozen"),
        pytest.param("a dozen", 12, NumberKind.WORDS, id="a-dozen"),
        pytest.param("half a million", 500000, NumberKind.WORDS, id="half-a-million"),
        pytest.param("a million", 1000000, NumberKind.WORDS, id="a-million"),
        pytest.param("Eleven", 11, NumberKind.WORDS, id="capitalised"),
        pytest.param("dozens", 24, NumberKind.VAGUE, id="dozens"),
        pytest.param("hundreds", 100, NumberKind.VAGUE, id="hundreds"),
        pytest.param("tens of thousands", 10000, NumberKind.VAGUE, id="tens-of-thousands"),
        pytest.param("several hundred", 200, NumberKind.VAGUE, id="several-hundred"),
        pytest.param("a few thousand", 2000, NumberKind.VAGUE, id="a-few-thousand"),
        pytest.param("three-quarters", 75, NumberKind.FRACTION, id="three-quarters"),
        pytest.param("two-thirds", 66.67, NumberKind.FRACTION, id="two-thirds"),
    ],
)
def test_a_number_phrase_reads_to_its_value(phrase, value, kind):
    (mention,) = find_numbers(f"They counted {phrase} that week")
    assert mention.text == phrase
    assert mention.value == value
    assert mention.kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("COVID-19 and I-35", [], id="identifiers-with-hyphen"),
        pytest.param("at 6:45 on 11/02/2024", [], id="time-and-slash-date"),
        pytest.param("one two", [("one", 1), ("two", 2)], id="two-units-are-two-numbers"),
        pytest.param("four five-day trips", [("four", 4), ("five", 5)], id="count-then-compound"),
        pytest.param("between six and nine", [("six", 6), ("nine", 9)], id="and-joins-no-units"),
        pytest.param("someone alone", [], id="no-number-inside-words"),
        pytest.param("1,2345", [], id="bad-grouping-is-no-number"),
    ],
)
def test_what_is_and_is_not_one_number(text, expected):
    assert [(m.text, m.value) for m in find_numbers(text)] == expected


def test_spans_index_the_text():
    text = "Officials counted 4,512 people and twenty-one buses."
    for mention in find_numbers(text):
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    ("phrase", "policy", "bounds"),
    [
        pytest.param("thousands", VaguePolicy.FLOOR, (1000, None), id="floor-thousands"),
        pytest.param(
            "thousands", VaguePolicy.ORDER_OF_MAGNITUDE, (1000, 9999), id="magnitude-thousands"
        ),
        pytest.param("dozens", VaguePolicy.FLOOR, (24, None), id="floor-dozens"),
        pytest.param("nine", VaguePolicy.ORDER_OF_MAGNITUDE, (9, 9), id="exact-is-exact"),
    ],
)
def test_vague_bounds_follow_the_policy(phrase, policy, bounds):
    (mention,) = find_numbers(phrase)
    assert vague_bounds(mention, policy) == bounds


def test_parse_number_reads_the_first_number_or_none():
    assert parse_number("$4.5 billion in aid") == 4500000000
    assert parse_number("no number here") is None


def test_long_digit_runs_are_no_figures():
    assert find_numbers("9" * 100_000) == ()


ADVERSARIAL = texts("numbers", 20_000)  # shared with the scaling check and the benchmark


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_input_is_read_without_raising(text):
    for mention in find_numbers(text):
        assert text[mention.span.start : mention.span.end] == mention.text


@given(hs.text())
def test_find_numbers_is_total_over_str(text):
    for mention in find_numbers(text):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert mention.value >= 0


# ---------------------------------------------------------------- bounds (issue 13)

# Each phrasing written for this project, with the interval the annotation guideline gives
# it: (low, high, qualifier); ``None`` is an open side.
COMPOUND_BOUNDS = [
    ("500 or more", 500, None, "at_least"),
    ("5,000 or fewer", None, 5000, "at_most"),
    ("at least 20 and at most 100", 20, 100, "range"),
    ("at most 100 and at least 20", 20, 100, "range"),
    ("more than 100 and less than 300", 100, 300, "range"),
    ("more than 100 but fewer than 300", 100, 300, "range"),
    ("above 1,000 and below 1,500", 1000, 1500, "range"),
    ("greater than 40, less than 90", 40, 90, "range"),
    ("no more than 60 and no less than 25", 25, 60, "range"),
    ("less than or equal to 30", None, 30, "at_most"),
    ("equal to or less than 30", None, 30, "at_most"),
    ("smaller or equal than 45", None, 45, "at_most"),
    ("greater than or equal to 12", 12, None, "at_least"),
    ("equal to or more than 70", 70, None, "at_least"),
    ("bigger or equal than 8", 8, None, "at_least"),
    ("more than 5,000 or equal to", 5000, None, "at_least"),
    ("fewer than 5,000 or equal", None, 5000, "at_most"),
    ("20 through 100", 20, 100, "range"),
    ("20 thru 100", 20, 100, "range"),
    ("20~100", 20, 100, "range"),
    ("between 6,000 and 10,000", 6000, 10000, "range"),
    ("from one thousand to fifteen hundred", 1000, 1500, "range"),
    ("1,200-1,800", 1200, 1800, "range"),
    ("3,000-plus", 3000, None, "more_than"),
    ("3,000+", 3000, None, "more_than"),
    ("upwards of 7,000", 7000, None, "more_than"),
    ("north of 2 million", 2000000, None, "more_than"),
    ("well north of 900", 900, None, "more_than"),
    ("in excess of 250", 250, None, "more_than"),
    ("as few as 15", 15, None, "at_least"),
    ("as little as 3", 3, None, "at_least"),
    ("no fewer than 80", 80, None, "at_least"),
    ("not less than 80", 80, None, "at_least"),
    ("just shy of 1,000", None, 1000, "less_than"),
    ("just short of 400", None, 400, "less_than"),
    ("south of 50", None, 50, "less_than"),
    ("as many as 3,500", None, 3500, "at_most"),
    ("as high as 90", None, 90, "at_most"),
    ("not to exceed 125", None, 125, "at_most"),
    ("up to and including 64", None, 64, "at_most"),
    ("about 600 or more", 600, None, "at_least"),
    ("roughly 600 or so", 600, 600, "about"),
    ("400 and up", 400, None, "at_least"),
    ("400 and above", 400, None, "at_least"),
    ("400 or below", None, 400, "at_most"),
    ("twenty-five or fewer", None, 25, "at_most"),
    (">= 18", 18, None, "at_least"),
    ("≤ 30", None, 30, "at_most"),
    ("< 20", None, 20, "less_than"),
    ("> 10", 10, None, "more_than"),
    ("equal to 170", 170, 170, "exact"),
]


@pytest.mark.parametrize(
    ("phrase", "low", "high", "qualifier"), COMPOUND_BOUNDS, ids=[c[0] for c in COMPOUND_BOUNDS]
)
def test_a_bound_phrase_reads_to_its_interval(phrase, low, high, qualifier):
    bound = parse_bound(f"Officials counted {phrase} migrants there")
    assert bound is not None
    assert (bound.text, bound.low, bound.high, bound.qualifier.value) == (
        phrase,
        low,
        high,
        qualifier,
    )


def test_the_list_holds_at_least_forty_phrasings():
    assert len({c[0] for c in COMPOUND_BOUNDS}) >= 40


@pytest.mark.parametrize(
    ("phrase", "low_open", "high_open"),
    [
        pytest.param("more than 10", True, False, id="strict-low"),
        pytest.param("at least 10", False, False, id="inclusive-low"),
        pytest.param("fewer than 10", False, True, id="strict-high"),
        pytest.param("10 or fewer", False, False, id="inclusive-high"),
    ],
)
def test_a_bound_says_which_ends_it_excludes(phrase, low_open, high_open):
    bound = parse_bound(phrase)
    assert bound is not None
    assert (bound.low_open, bound.high_open) == (low_open, high_open)


def test_two_separate_bounds_in_two_clauses_stay_two():
    found = find_bounds("x is more than 10 and y is 20; z rose to 40 or more")
    assert [(b.low, b.high, b.qualifier.value) for b in found] == [
        (10, None, "more_than"),
        (20, 20, "exact"),
        (40, None, "at_least"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a count of 200 or greater than 190", [(200, 200), (190, None)], id="greater"),
        pytest.param(
            "a count of 5,000 or less than 6,000", [(5000, 5000), (None, 6000)], id="less"
        ),
        pytest.param("more than 5,000 or equal to 6,000", [(5000, None), (6000, 6000)], id="equal"),
    ],
)
def test_or_before_a_bound_of_its_own_leaves_the_first_number_alone(text, expected):
    assert [(b.low, b.high) for b in find_bounds(text)] == expected


def test_a_date_written_year_month_is_no_number():
    assert find_bounds("filed 1995-01 and later") == ()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Call 1-800-555-0199 today", ["1-800-555-0199"], id="toll-free"),
        pytest.param("Call +1 (915) 555-0100 today", ["+1 (915) 555-0100"], id="international"),
        pytest.param("or (915) 555-0100 now", ["(915) 555-0100"], id="area-code"),
        pytest.param("in case No. 22-1234 filed", ["22-1234"], id="docket"),
        pytest.param("case number 2023-1234 was", ["2023-1234"], id="labelled-code"),
        pytest.param("under Title 42 rules", ["42"], id="title"),
        pytest.param("Texas SB 4 lets", ["4"], id="state-bill"),
        pytest.param("Flight 1234 landed", ["1234"], id="flight"),
        pytest.param("a range of 20-30 people", [], id="a-range-is-no-code"),
        pytest.param("1,500 people waited", [], id="a-figure-is-no-code"),
    ],
)
def test_identifiers_are_recognised_in_one_place(text, codes):
    assert [text[s.start : s.end] for s in find_identifiers(text)] == codes


def test_bounds_skip_identifiers():
    found = find_bounds("Call 1-800-555-0199 about Title 42; more than 300 people waited")
    assert [(b.text, b.low) for b in found] == [("more than 300", 300)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1-" * 20_000, id="dash-digits"),
        pytest.param("+1 (" * 10_000, id="phone-openings"),
        pytest.param("No. " * 40_000 + "5", id="labels"),
        pytest.param("more than " * 20_000 + "5", id="hedges"),
        pytest.param("at least 5 and at most " * 8_000, id="compound"),
        pytest.param("5 or equal to " * 12_000, id="or-equal"),
        pytest.param("less than a " * 15_000 + "month", id="a-month"),
        pytest.param("5" + " " * 200_000 + "or more", id="blanks"),
    ],
)
def test_adversarial_bounds_are_linear(text):
    # A catastrophic pattern would hang here; nothing is timed.
    found = find_bounds(text)
    assert all(b.span.of(text) == b.text for b in found)
    find_identifiers(text)


@given(hs.text())
def test_find_bounds_is_total_and_its_intervals_are_ordered(text):
    for bound in find_bounds(text):
        assert bound.span.of(text) == bound.text
        if bound.low is not None and bound.high is not None:
            assert bound.low <= bound.high
