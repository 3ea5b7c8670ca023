"""migrationnews.numbers: every way news writes a number, read to its value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from migrationnews._adversarial import texts
from migrationnews.numbers import (
    NumberKind,
    VaguePolicy,
    find_numbers,
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
