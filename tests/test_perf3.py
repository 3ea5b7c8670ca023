"""Speed work that must not change what is read (helper perf3): each fast path against the
plain form it replaces, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from migrationnews import text as text_module
from migrationnews.extract.officials._reading import _TOKEN, _marks, _Tok, _tokens
from migrationnews.ruledata import Vocabulary, WordsPattern, compile_words, words_pattern
from migrationnews.text import Sentence, normalise
from migrationnews.values import Span

# Pieces of officials' sentences: names with possessives and hyphens, dotted abbreviations,
# marks, blanks, and letters beyond ASCII.
_PIECES = st.sampled_from(
    ["Gov.", "Greg", "Abbott's", "Abbott’s", "U.S.", "J.D.", "O'Brien", "Díaz-Canel", "'s", "s",
     "said", " ", "  ", "\n", ",", ".", "(", "R-Okla.", "Sen.", "of", "Mexico", "Mexican", "x",
     "É", "ß", "1", "_", "—"]
)  # fmt: skip
_TEXTS = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60))


def _tok(text: str, start: int, end: int) -> _Tok:
    """A token as the reader built each one before it built them in columns."""
    return _Tok(text, start, end)


def _fields(tok: _Tok) -> tuple[object, ...]:
    return tuple(getattr(tok, name) for name in _Tok.__slots__)


@given(text=_TEXTS, data=st.data())
def test_tokens_are_the_token_pattern_s_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = Sentence(Span(start, end), text[start:end])
    expected = [_tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    got = _tokens(text, window)
    assert list(map(_fields, got)) == list(map(_fields, expected))
    marks = _marks(text, window, got)
    assert marks.starts == {t.start: i for i, t in enumerate(got)}
    ends = {t.end: i for i, t in enumerate(got, 1)}
    for i, t in enumerate(got, 1):
        if t.possessive:
            ends.setdefault(t.end - 2, i)
    assert marks.ends == ends


# Text as it arrives: letters with accents precomposed or not, combining marks, curly quotes,
# odd spaces, carriage returns, Hangul jamo and the Angstrom sign (NFC changes them).
_RAW = st.lists(
    st.sampled_from(
        ["a", "e", " ", "\r", "\n", "\r\n", "é", "e\u0301", "\u0301", "ñ", "n\u0303", "’",
         "“", "”", "\u00a0", "\u200b", "\u00ad", "—", "–", "\u212b", "Å", "\u1100\u1161",
         "가", "ﬁ", "µ", "x\u0301\u0327", "\ufeff", "İ", "ß"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(text=st.one_of(_RAW, st.text(max_size=40)))
def test_normalising_skips_only_runs_that_do_not_change(text: str) -> None:
    fast = normalise(text)
    staying = text_module._staying
    text_module._staying = frozenset  # type: ignore[assignment]  # every run read closely
    try:
        slow = normalise(text)
    finally:
        text_module._staying = staying
    assert (fast.text, fast.changes, fast.given) == (slow.text, slow.changes, slow.given)


# Names with word edges that ASCII-only and Unicode patterns read differently around them.
_NAMES = ["El Paso", "Paso", "San Diego", "the Bronx", "U.S.", "Juárez", "Ciudad Juárez", "Tijuana"]
_AROUND = st.sampled_from([*_NAMES, " ", ",", ".", "é", "x", "_", "1", "-", "ł", "\u212a", "\n"])


@given(pieces=st.lists(_AROUND, max_size=20), data=st.data())
def test_a_words_pattern_scans_ascii_text_as_its_unicode_pattern(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = WordsPattern(_NAMES)
    plain = compile_words(_NAMES)
    scanned = words.over(text)
    assert (scanned is words.ascii) == text.isascii()
    assert [m.span() for m in scanned.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]
    vocabulary = Vocabulary(_NAMES)
    folded = re.compile(words_pattern(_NAMES), re.IGNORECASE)
    assert [h.span() for h in vocabulary.finditer(text, start, end)] == [
        m.span() for m in folded.finditer(text, start, end)
    ]
