"""Speed work that must not change what is read (helper perf3): each fast path against the
plain form it replaces, on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from migrationnews.extract.officials._reading import _TOKEN, _marks, _tok, _tokens
from migrationnews.text import Sentence
from migrationnews.values import Span

# Pieces of officials' sentences: names with possessives and hyphens, dotted abbreviations,
# marks, blanks, and letters beyond ASCII.
_PIECES = st.sampled_from(
    ["Gov.", "Greg", "Abbott's", "Abbott’s", "U.S.", "J.D.", "O'Brien", "Díaz-Canel", "'s", "s",
     "said", " ", "  ", "\n", ",", ".", "(", "R-Okla.", "Sen.", "of", "Mexico", "Mexican", "x",
     "É", "ß", "1", "_", "—"]
)  # fmt: skip
_TEXTS = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60))


@given(text=_TEXTS, data=st.data())
def test_tokens_are_the_token_pattern_s_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = Sentence(Span(start, end), text[start:end])
    expected = [_tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    got = _tokens(text, window)
    assert got == expected
    assert [tuple(t) for t in got] == [tuple(t) for t in expected]
    marks = _marks(text, window, got)
    assert marks.starts == {t.start: i for i, t in enumerate(got)}
    ends = {t.end: i for i, t in enumerate(got, 1)}
    for i, t in enumerate(got, 1):
        if t.possessive:
            ends.setdefault(t.end - 2, i)
    assert marks.ends == ends
