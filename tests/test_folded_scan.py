"""One folded-scan mechanism: a :class:`FoldedPattern` finds what its IGNORECASE form finds.

Every pattern the library writes for case-folded text is a ``FoldedPattern`` (the rule
vocabularies build theirs from their words), so this one property stands where a hand-made
IGNORECASE twin and a test keeping it in step stood for each of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationnews.dates import _resolution, _rules, _tense
from migrationnews.extract import statistics
from migrationnews.ruledata import FoldedPattern, Vocabulary


def _library_patterns() -> dict[str, FoldedPattern]:
    words, digits = _resolution._date_hint_patterns()
    return {
        "future-tense": _tense._FUTURE_RE,
        "date-anchors": _rules._ANCHOR_RE,
        "date-lead-ins-back": _rules._LEAD_INS_BACK_RE,
        "border-places": statistics._border_pattern(),
        "sources": statistics._source_pattern(),
        "date-hint-words": words,
        "date-hint-digits": digits,
        "vocabulary": Vocabulary(
            ["deport", "u.s.", "$5", "straße", "ﬁle", "kin", "fiscal"]
        )._pattern,
    }


# Patterns written for lower-case text with the letters folding is hard on.
_OWN = {
    "sharp-s": FoldedPattern(r"(?<![\w])stra(?:ß|ss)e(?![\w])"),
    "ligature": FoldedPattern(r"[^\w]ﬁ(?P<rest>\w+)"),
    "dotless": FoldedPattern(r"\b(?:is|ist|in)\b|[a-z]+i(?!\w)"),
    "kelvin-long-s": FoldedPattern(r"[k-s]{2,3}(?=\W|\Z)"),
    "sigma": FoldedPattern(r"σ[^\W\d]*"),
}
PATTERNS = {**_library_patterns(), **_OWN}

# Pieces of the text: words the patterns look for, marks and blanks around them, and the
# characters whose case is odd (long s, dotless and dotted i, ligatures, sharp s, Kelvin).
_WORDS = (
    *("will", "won't", "won’t", "shall", "plans to", "is set to", "'re expected to", "'ll"),
    *("next", "day", "the", "according to", "officials said", "has told", "at", "near"),
    *("along the southern border", "the u.s.-mexico border", "port of entry", "January"),
    *("Monday", "fiscal year", "FY23", "1999", "2023", "12/24", "2023-12-24", "first", "ten"),
    *("months", "this", "past", "mid", "deport", "u.s.", "$5", "straße", "strasse", "ﬁle"),
    *("kin", "is", "in", "σ", "ς", "Σ", "ſ", "ı", "İ", "ﬁ", "ß", "ẞ", "\u212a", "\u0345", "µ"),
    *(" ", "  ", "\t", "\n", ",", ".", ";", "'", "’", '"', "“", "-", "/", "x", "0"),
)
_CASES: tuple[Callable[[str], str], ...] = (
    str,
    str.upper,
    str.title,
    lambda word: word.replace("s", "ſ"),
    lambda word: word.replace("i", "ı"),
    lambda word: word.replace("k", "\u212a"),
)
_WORD = st.builds(lambda case, word: case(word), st.sampled_from(_CASES), st.sampled_from(_WORDS))
_TEXT = st.lists(st.one_of(_WORD, _WORD, _WORD, st.text(max_size=3)), max_size=16).map("".join)


def _found(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.lastgroup, tuple(m.span(g) for g in range(1, m.re.groups + 1)))
        for m in matches
    ]


@pytest.mark.parametrize("name", sorted(PATTERNS))
@given(text=_TEXT, data=st.data())
def test_a_folded_scan_finds_what_the_ignorecase_scan_finds(
    name: str, text: str, data: st.DataObject
) -> None:
    pattern = PATTERNS[name]
    plain = re.compile(pattern.source, pattern.flags | re.IGNORECASE)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert _found(list(pattern.finditer(text, pos, endpos))) == _found(
        list(plain.finditer(text, pos, endpos))
    )
    first, hit = plain.search(text, pos, endpos), pattern.search(text, pos, endpos)
    assert _found([hit] if hit else []) == _found([first] if first else [])
