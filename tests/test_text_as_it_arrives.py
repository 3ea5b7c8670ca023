"""Text as it really arrives reads the same as plain text, with spans into the text as given.

Issue 15: decomposed accents, a byte-order mark, curly quotes, non-breaking and zero-width
spaces, soft hyphens and Windows line ends. Normalisation happens once, in ``parse``; every
span of every record indexes the text the caller gave.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import migrationnews as mn
from migrationnews.records import record_spans
from migrationnews.seeds import default_seed
from migrationnews.text import normalise

PUBLISHED = dt.date(2024, 1, 10)
STORY = (
    "Mexican President Andrés Manuel López Obrador met Secretary of State Antony J. Blinken "
    'on Wednesday. "We will work together," López Obrador said.\n'
    "Officials said about 3,000 migrants left Tapachula on Monday, and Border Patrol agents "
    "made more than 8,000 apprehensions a day last week, according to CBP's figures."
)


def shape(article: mn.Article) -> object:
    """The article's records without spans and quoted text: what was read, not where."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in {"span", "spans", "text", "evidence"}
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    data = mn.to_dict(article)
    return strip({k: v for k, v in data.items() if k != "text"})


def spans_index_the_given_text(article: mn.Article, plain: mn.Article) -> None:
    """Every span holds, in the given text, what the plain article's span holds."""
    for record, twin in zip(article.records(), plain.records(), strict=True):
        for span, plain_span in zip(record_spans(record), record_spans(twin), strict=True):
            assert (
                normalise(span.of(article.text)).text == normalise(plain_span.of(plain.text)).text
            )
    for stat in article.statistics:
        assert stat.text == stat.span.of(article.text)
    for action in article.policy_actions:
        assert action.evidence == action.span.of(article.text)


VARIANTS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "bom": lambda t: "\ufeff" + t,
    "curly-quotes": lambda t: (
        t.replace("'", "\u2019").replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    ),
    "nbsp": lambda t: t.replace("3,000 migrants", "3,000\u00a0migrants").replace(
        "Secretary of", "Secretary\u00a0of"
    ),
    "zero-width": lambda t: t.replace("Tapachula", "Tapa\u200bchula").replace(" ", " \u200b", 3),
    "soft-hyphen": lambda t: t.replace("apprehensions", "appre\u00adhensions"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "all": lambda t: (
        "\ufeff" + unicodedata.normalize("NFD", t).replace("\n", "\r\n").replace("'", "\u2019")
    ),
}


@pytest.mark.parametrize("variant", VARIANTS.values(), ids=VARIANTS.keys())
def test_text_as_it_arrives_reads_like_plain_text(variant):
    plain = mn.parse(STORY, published=PUBLISHED)
    arrived = mn.parse(variant(STORY), published=PUBLISHED)
    assert shape(arrived) == shape(plain)
    assert arrived.text == variant(STORY)  # the article keeps the text as given
    spans_index_the_given_text(arrived, plain)


def test_a_decomposed_name_is_read_whole():
    article = mn.parse(unicodedata.normalize("NFD", STORY), published=PUBLISHED)
    assert "Andrés Manuel López Obrador" in [o.name for o in article.officials]


def test_a_byte_order_mark_keeps_the_first_sentence_attribution():
    text = "Mexican officials said about 3,000 migrants, most of them Hondurans, left Tapachula."
    marked = mn.parse("\ufeff" + text)
    assert [s.source.source for s in marked.statistics if s.source] == ["Mexican officials"]
    assert marked.statistics[0].source is not None
    (stat,) = marked.statistics
    assert stat.span.of(marked.text) == "about 3,000 migrants"


def test_the_seed_reads_the_same_in_every_variant():
    seed = default_seed()
    plain = mn.parse(seed.text, published=seed.published)
    for variant in VARIANTS.values():
        arrived = mn.parse(variant(seed.text), published=seed.published)
        assert shape(arrived) == shape(plain)
        spans_index_the_given_text(arrived, plain)


_ODD = st.sampled_from(["\u00a0", "\u200b", "\u00ad", "\ufeff", "\r\n", "\u2019", "\u201c"])


@given(st.data())
def test_offsets_map_back_onto_the_given_text(data):
    """For any text with odd characters sprinkled in, every plain character maps to a
    stretch of the given text that normalises to it."""
    pieces = data.draw(st.lists(st.one_of(st.text(max_size=8), _ODD), max_size=20))
    given = "".join(pieces)
    plain = normalise(given)
    for i in range(len(plain.text)):
        start, end = plain.original_span(i, i + 1)
        assert 0 <= start < end <= len(given)
        assert normalise(given[start:end]).text == plain.text[i]
    assert plain.original_span(0, len(plain.text))[1] <= len(given)


@pytest.mark.parametrize("given", ["\u00a0\U000111ca", "\u201c\u0301", "x\u00a0\u0300y"])
def test_a_mark_after_a_mapped_character_maps_back_character_by_character(given: str) -> None:
    """A combining mark that composes with nothing stays itself, and the character before
    it (a no-break space, a curly quote) maps back to itself alone (found by Hypothesis)."""
    plain = normalise(given)
    for i in range(len(plain.text)):
        start, end = plain.original_span(i, i + 1)
        assert normalise(given[start:end]).text == plain.text[i]
