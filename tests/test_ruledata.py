"""Vocabulary patterns: the fast compiled form matches exactly what the plain form matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationnews.ruledata import Vocabulary, compile_words, fold, words_pattern

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


# ---- vocabularies matched in the folded text ----------------------------------------------


def test_folding_equates_exactly_the_characters_ignorecase_equates() -> None:
    chars = [chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF]
    by_lower: dict[str, list[str]] = {}
    by_upper: dict[str, list[str]] = {}  # "ſ" and "s" share "S": IGNORECASE's extra pairs
    for char in chars:
        by_lower.setdefault(char.lower(), []).append(char)
        by_upper.setdefault(char.upper(), []).append(char)
    folds = {char: fold(char) for char in chars}
    by_fold: dict[str | None, list[str]] = {}
    for char, folded in folds.items():
        by_fold.setdefault(folded, []).append(char)
    for char in chars:
        if folds[char] is None:
            continue  # such a text is scanned with the IGNORECASE pattern
        # every character IGNORECASE lets ``char`` match has the same fold, and back
        candidates = {*by_fold[folds[char]], *by_lower[char.lower()], *by_upper[char.upper()]}
        for other in candidates:
            if folds[other] is None:
                continue
            same = re.fullmatch(re.escape(char), other, re.IGNORECASE) is not None
            assert same == (folds[char] == folds[other]), (hex(ord(char)), hex(ord(other)))


def hits(vocabulary: Vocabulary, text: str) -> list[tuple[int, int, str]]:
    return [(h.start(), h.end(), h.group()) for h in vocabulary.finditer(text)]


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, unique=True),
    pieces=st.lists(st.sampled_from([*PIECES, "σ", "Σ", "ς", "µ", "μ", "\u0345"]), max_size=20),
)
def test_a_vocabulary_finds_what_the_ignorecase_pattern_finds(
    words: list[str], pieces: list[str]
) -> None:
    text = "".join(pieces)
    plain = re.compile(words_pattern(words), re.IGNORECASE)
    assert hits(Vocabulary(words), text) == matches(plain, text)


@given(words=st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8), text=st.text())
def test_a_vocabulary_finds_what_the_ignorecase_pattern_finds_in_any_text(
    words: list[str], text: str
) -> None:
    plain = re.compile(words_pattern(words), re.IGNORECASE)
    vocabulary = Vocabulary(words)
    assert hits(vocabulary, text) == matches(plain, text)
    first = plain.search(text)
    found = vocabulary.search(text)
    assert (found and found.span()) == (first and first.span())


def test_a_long_text_is_folded_once_and_read_in_windows() -> None:
    vocabulary = Vocabulary(["closed the border"])
    text = "Nothing here. " * 60 + "Officials CLOSED THE BORDER on Friday."
    start = text.index("Officials")
    found = vocabulary.finditer(text, start, len(text))
    assert [h.group() for h in found] == ["CLOSED THE BORDER"]
    assert vocabulary.finditer(text, 0, start) == []
    assert vocabulary.match(text, found[0].start()) == found[0]


def test_a_vocabulary_read_per_article_gives_each_sentence_its_own_hits() -> None:
    words = ["closed", "closed the border", "deport", "talks"]
    sentences = [
        f"Officials closed the border {n}. Talks on deport rules went on." for n in range(40)
    ]
    text = " ".join(sentences)
    assert len(text) > 512  # long enough to be scanned once, as an article
    whole, windowed = Vocabulary(words, per_article=True), Vocabulary(words)
    start = 0
    for sentence in sentences:
        end = start + len(sentence)
        assert [(h.start(), h.end()) for h in whole.finditer(text, start, end)] == [
            (h.start(), h.end()) for h in windowed.finditer(text, start, end)
        ]
        start = end + 1
    # a window that ends inside a phrase gets none of it: hits lie whole within a window
    cut = text.index("the border")
    assert [h.group() for h in whole.finditer(text, 0, cut + 3)] == []
    assert [h.group() for h in windowed.finditer(text, 0, cut + 3)] == ["closed"]


@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, unique=True),
    pieces=st.lists(st.sampled_from(PIECES), max_size=20),
    data=st.data(),
)
def test_a_window_finds_what_the_ignorecase_pattern_finds_there(
    words: list[str], pieces: list[str], data: st.DataObject
) -> None:
    """Windows that start inside the text: the character before a window still decides
    whether a word starts at its edge, as a lookbehind sees it."""
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = re.compile(words_pattern(words), re.IGNORECASE)
    vocabulary = Vocabulary(words)
    found = [(h.start(), h.end()) for h in vocabulary.finditer(text, start, end)]
    assert found == [m.span() for m in plain.finditer(text, start, end)]
    first, hit = plain.search(text, start, end), vocabulary.search(text, start, end)
    assert (hit and hit.span()) == (first and first.span())
    at, hit = plain.match(text, start, end), vocabulary.match(text, start, end)
    assert (hit and hit.span()) == (at and at.span())


@pytest.mark.parametrize(
    "words", [["deport", "el paso", "$"], ["u.s.", "deport"], ["u.s.", "$", "deport"]]
)
def test_words_read_with_the_character_before_them_keep_their_edges(words: list[str]) -> None:
    # "$" right after a hit that ends in a mark ("u.s.$") is a word of its own: no character
    # stands between them to lead its match
    text = "deport,deport deportdeport U.S.$5 $$ (el paso)"
    plain = re.compile(words_pattern(words), re.IGNORECASE)
    assert hits(Vocabulary(words), text) == matches(plain, text)
    for start in range(len(text)):
        hit, m = Vocabulary(words).match(text, start), plain.match(text, start)
        assert (hit and hit.span()) == (m and m.span()), start
