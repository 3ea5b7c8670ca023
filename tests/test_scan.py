"""The faster readings of the scan work read as the plain ones they replace."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from migrationnews import language, ruletables

_PIECES = st.sampled_from(
    [
        *("the", "The", "DE", "la", "que", "más", "MÁS", "está", "el", "of", "and", "y"),
        *("—", "–", "…", "_", "2", "²", "½", "é", "ñ", "\u0301", "\u0307", "İ", "ſ", "\ud800"),
        *(" ", "\t", ".", ",", "'", "’", "-", "ﬁ", "ß", "Σ", "ς", "x", "\n"),
    ]
)
_TEXT = st.one_of(st.text(), st.lists(_PIECES, max_size=24).map("".join))


def _plain_counts(text: str) -> list[int]:
    """Every run of letters of the lower-cased text, looked up one by one."""
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))
    counts = [0] * len(language.LANGUAGES)
    for word, lang in ((row.word, row.language) for row in ruletables.language_words()):
        counts[language.LANGUAGES.index(lang)] += words[word]
    return counts


@given(_TEXT)
def test_function_words_are_counted_as_runs_of_letters(text: str) -> None:
    assert language._counts(text) == _plain_counts(text)
