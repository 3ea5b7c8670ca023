"""Speed work that must not change what is read (helper perf4): each fast path against the
plain form it replaces, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from migrationnews.extract.officials._reading import _POSSESSIVE, _Tok, _tokens
from migrationnews.ruledata import Vocabulary, words_pattern
from migrationnews.text import Document

# Words all in ASCII (a vocabulary scanned with stand-ins for the characters beyond ASCII),
# and pieces of text whose characters beyond ASCII are word characters or not, in Unicode's
# reading and in an ASCII-only one: letters, digits of other scripts, dashes, marks, the
# stand-ins themselves, and a Kelvin sign that folds to an ASCII letter.
_WORDS = ["deport", "el paso", "u.s.", "$", "talks", "x", "k", "it's", "a-b"]
_PIECES = st.sampled_from(
    [*_WORDS, " ", ",", ".", "é", "ñ", "É", "x", "_", "\x7f", "1", "٣", "²", "-", "—", "’",
     "\u212a", "\u0301", "\u00a0", "\n", "İ", "ß", "가"]
)  # fmt: skip


def _plain(words: list[str]) -> re.Pattern[str]:
    return re.compile(words_pattern(words), re.IGNORECASE)


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, unique=True),
    pieces=st.lists(_PIECES, max_size=30),
    data=st.data(),
)
def test_ascii_words_in_a_text_beyond_ascii_are_found_as_the_ignorecase_pattern_finds_them(
    words: list[str], pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain, vocabulary = _plain(words), Vocabulary(words)
    assert [h.span() for h in vocabulary.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]
    first, hit = plain.search(text, start, end), vocabulary.search(text, start, end)
    assert (hit and hit.span()) == (first and first.span())
    at, hit = plain.match(text, start, end), vocabulary.match(text, start, end)
    assert (hit and hit.span()) == (at and at.span())


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, unique=True),
    pieces=st.lists(_PIECES, min_size=1, max_size=12),
)
def test_an_article_beyond_ascii_read_per_article_gives_the_hits_of_a_scan(
    words: list[str], pieces: list[str]
) -> None:
    text = ("".join(pieces) + " ") * (600 // (len("".join(pieces)) + 1) + 1)
    assert len(text) >= 512  # scanned once, as an article, with its stand-ins kept
    plain = _plain(words)
    assert [h.span() for h in Vocabulary(words, per_article=True).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def _token(text: str, start: int, end: int) -> tuple[object, ...]:
    tok = _Tok(text, start, end)
    return tuple(getattr(tok, name) for name in _Tok.__slots__)


@given(
    text=st.lists(st.sampled_from(["a", "A", " ", "'s", "’s", "O'", "-", "é", "É", ".", "1"])).map(
        "".join
    )
)
def test_tokens_are_filled_in_as_their_class_fills_them(text: str) -> None:
    doc = Document.of(text, None, "en")
    for sentence in doc.sentences:
        toks = _tokens(doc.text, sentence)
        built = [tuple(getattr(t, name) for name in _Tok.__slots__) for t in toks]
        assert built == [_token(t.text, t.start, t.end) for t in toks]
        assert all(t.possessive == (len(t.text) > 2 and t.text.endswith(_POSSESSIVE)) for t in toks)


def test_a_sentence_context_knows_the_officials_named_in_the_article() -> None:
    # the names policy actors are checked against, kept as a set: the same as the names of
    # every official's mentions, without a walk over those mentions for each check
    from migrationnews.extract import officials
    from migrationnews.extract.policy._mentions import _Context, _official_mentions
    from migrationnews.records import Official

    text = (
        "Mexican President Claudia Sheinbaum spoke with Secretary of State Marco Rubio. "
        "Sheinbaum said the border would stay open, and Rubio agreed to new talks."
    )
    doc = Document.of(text, None, "en")
    doc.add(Official, officials.extract(doc))
    mentions = _official_mentions(doc)
    assert mentions
    context = _Context.of(doc, doc.sentences[-1], mentions, [])
    assert context.official_names == {name for _start, _end, name in mentions}
