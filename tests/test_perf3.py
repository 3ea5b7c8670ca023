"""Speed work that must not change what is read (helper perf3): each fast path against the
plain form it replaces, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from migrationnews import text as text_module
from migrationnews.ruledata import (
    FoldedPattern,
    Vocabulary,
    WordsPattern,
    compile_words,
    words_pattern,
)
from migrationnews.text import normalise

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


def test_a_folded_pattern_reads_ascii_text_with_its_ascii_twin_only_when_that_is_safe() -> None:
    words = FoldedPattern(r"[^\w]at[ \t]+the[ \t]+(?P<place>border)")
    blanks = FoldedPattern(r"at\s+the")  # \s takes in \x1c-\x1f in Unicode, not in ASCII
    flagged = FoldedPattern(r"(?i:at) the")
    text = " Waited AT THE BORDER, at\x1cthe border"
    assert words.over(text, text.lower())[1].flags & re.ASCII
    assert not blanks.over(text, text.lower())[1].flags & re.ASCII
    assert not flagged.over(text, text.lower())[1].flags & re.ASCII
    assert [m.span() for m in blanks.finditer(text)] == [(8, 14), (23, 29)]
    assert [m.span("place") for m in words.finditer(text)] == [(15, 21)]
