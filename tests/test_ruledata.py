"""Vocabulary patterns: the fast compiled form matches exactly what the plain form matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationnews.ruledata import compile_words, words_pattern

# Words with shared prefixes, punctuation at either edge, several words, odd cases.
WORDS = [
    "El Paso",
    "El Paso County",
    "Paso",
    "U.S.",
    "Gov.",
    "$",
    "deport",
    "Deported",
    "i",
    "kin",
    "İzmir",
]
# Text made of pieces of those words, their case variants, and the characters that
# ``re.IGNORECASE`` treats as cases of "i", "k" and "s".
PIECES = [
    *WORDS,
    "el paso",
    "EL PASO",
    "DEPORTED",
    "İ",
    "izmir",
    "İZMİR",
    "ı",
    "\u212a",
    "ſ",
    " ",
    ",",
    ".",
    "x",
    "\n",
    "Pasos",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("ignore_case", [False, True])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, unique=True),
    pieces=st.lists(st.sampled_from(PIECES), max_size=20),
)
def test_compiled_words_match_as_the_plain_pattern(
    ignore_case: bool, words: list[str], pieces: list[str]
) -> None:
    text = "".join(pieces)
    plain = re.compile(words_pattern(words), re.IGNORECASE if ignore_case else 0)
    assert spans(compile_words(words, ignore_case=ignore_case), text) == spans(plain, text)


@pytest.mark.parametrize("ignore_case", [False, True])
@given(words=st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8), text=st.text())
def test_compiled_words_match_as_the_plain_pattern_on_any_text(
    ignore_case: bool, words: list[str], text: str
) -> None:
    plain = re.compile(words_pattern(words), re.IGNORECASE if ignore_case else 0)
    assert spans(compile_words(words, ignore_case=ignore_case), text) == spans(plain, text)


def test_the_longest_word_wins_and_edges_are_whole_words() -> None:
    pattern = compile_words(["El Paso", "El Paso County", "Paso"])
    assert [m.group() for m in pattern.finditer("El Paso County, Pasos and Paso.")] == [
        "El Paso County",
        "Paso",
    ]


def test_case_is_ignored_only_when_asked() -> None:
    assert compile_words(["deport"]).search("DEPORT") is None
    assert compile_words(["deport"], ignore_case=True).search("They DEPORT") is not None


def test_no_words_match_nothing() -> None:
    assert compile_words([]).search("anything") is None
