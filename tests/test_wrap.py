"""Hard-wrapped text (wire copy, mail, plain-text archives) reads like the same text in
paragraphs: a line end inside a sentence is a blank, a compound split at its hyphen is one
word, and every span still indexes the text as given."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

import migrationnews as mn
from migrationnews.records import record_spans
from migrationnews.seeds import default_seed
from migrationnews.text import normalise, soft_breaks
from tests.test_text_as_it_arrives import shape

PUBLISHED = dt.date(2023, 12, 27)


def wrapped(text: str, width: int) -> str:
    """``text`` with each paragraph wider than ``width`` wrapped, as a mail client does."""
    return "\n\n".join(
        textwrap.fill(part, width) if len(part) > width else part for part in text.split("\n\n")
    )


def flat(text: str) -> str:
    return " ".join(text.replace("-\n", "-").split())


@pytest.mark.parametrize("width", [48, 60, 66, 72, 80, 100])
def test_the_seed_wrapped_reads_as_the_seed(width: int) -> None:
    seed = default_seed().text
    given_text = wrapped(seed, width)
    assert given_text != seed
    article = mn.parse(given_text, published=PUBLISHED)
    assert shape(article) == shape(mn.parse(seed, published=PUBLISHED))
    for record in article.records():
        for span in record_spans(record):
            assert 0 <= span.start <= span.end <= len(given_text)
    for stat in article.statistics:
        assert stat.text == stat.span.of(given_text)
    for action in article.policy_actions:
        assert action.evidence == action.span.of(given_text)


def test_a_sentence_across_lines_is_one_sentence() -> None:
    story = wrapped(
        "Border Patrol agents said on Tuesday that more than 4,500 migrants crossed the river "
        "near Eagle Pass over the weekend, and Governor Greg Abbott ordered the Texas National "
        "Guard to install more razor wire along the bank of the river.",
        52,
    )
    article = mn.parse(story, published=PUBLISHED)
    (stat,) = article.statistics
    assert (stat.value.low, stat.measure.value) == (4500, "crossings")
    assert flat(stat.text) == "more than 4,500 migrants"
    assert stat.text == stat.span.of(story)
    assert any(o.name == "Greg Abbott" for o in article.officials)
    assert article.policy_actions


def test_a_compound_split_at_its_hyphen_is_one_word() -> None:
    lines = [
        "Secretary of State Antony J. Blinken and the White House adviser Liz Sherwood-",
        "Randall met Mexican President Andres Manuel Lopez Obrador in Mexico City on",
        "Wednesday to talk about the record number of crossings at the southern border.",
    ]
    text = "\n".join(lines)
    plain = normalise(text)
    assert "Liz Sherwood-Randall met" in plain.text
    assert "\n" not in plain.text
    start = plain.text.index("Sherwood-Randall")
    assert plain.original(start, start + len("Sherwood-Randall")) == "Sherwood-\nRandall"
    article = mn.parse(text, published=PUBLISHED)
    assert "Liz Sherwood-Randall" in {o.name for o in article.officials}


@pytest.mark.parametrize(
    "text",
    [
        # headlines and a byline, one per line: nothing is joined
        "Caravan leaves Tapachula\nBiden to meet Lopez Obrador\nBy A Reporter\n\nBody text.",
        # paragraphs of one line each, wider than any wrapping width
        ("A paragraph that runs on and on about the border " * 4 + "\n") * 3,
        # two lines only
        "Migrants cross the river near Eagle Pass in the\nmorning.",
        # a list whose longest line is the only full one
        "- 300 migrants in Juarez\n- 2,000 waiting in Tijuana shelters\n- 40 in Nogales\n",
    ],
)
def test_text_that_is_not_wrapped_is_left_alone(text: str) -> None:
    assert soft_breaks(text) == ()
    assert normalise(text).text == text.replace("\r", "")


def test_windows_line_ends_and_curly_quotes_map_back_through_unwrapping() -> None:
    body = wrapped(
        "\u201cWe will not accept more deportation flights,\u201d the foreign minister said on "
        "Monday, after officials counted nearly 2,000 people sent back last month from the "
        "United States on charter planes.",
        50,
    )
    text = body.replace("\n", "\r\n")
    plain = normalise(text)
    assert "\n" not in plain.text
    assert plain.text.startswith('"We will not accept more deportation flights,"')
    for start in range(len(plain.text)):
        first, last = plain.original_span(start, start + 1)
        given_char, plain_char = text[first:last], plain.text[start]
        assert (
            given_char == plain_char
            or (plain_char == " " and given_char in {"\n", "\r\n", " "})
            or (plain_char == '"' and given_char in "\u201c\u201d")
        )


_WORDS = st.lists(
    st.sampled_from(
        ["migrants", "crossed", "the", "border", "cross-border", "2,000", "Texas", "said.", "on"]
    ),
    min_size=20,
    max_size=80,
)


@given(words=_WORDS, width=st.integers(min_value=40, max_value=110))
def test_unwrapping_keeps_every_word_and_its_place(words: list[str], width: int) -> None:
    paragraph = " ".join(words)
    text = textwrap.fill(paragraph, width)
    plain = normalise(text)
    assert flat(plain.text) == flat(text)
    lines = text.split("\n")
    if len(lines) >= 3 and max(map(len, lines)) >= 40:
        # textwrap fills every line: each line end is a wrap
        assert plain.text == text.replace("-\n", "-").replace("\n", " ")
    else:
        assert plain.text == text
    for start in range(0, len(plain.text), 5):
        end = min(len(plain.text), start + 5)
        assert flat(plain.original(start, end)) == flat(plain.text[start:end])
