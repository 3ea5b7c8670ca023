"""The officials reader finds the sentences holding given words as a scan of each would."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationnews.extract.officials import _reading
from migrationnews.extract.officials._reading import _Reader
from migrationnews.text import Document


def _sentences_having(text: str, words: set[str]) -> list[str]:
    doc = Document.of(text, None, "en")
    reader = _Reader(doc)
    return [" ".join(t.text for t in toks) for toks, _ in reader.having(words)]


def test_having_finds_each_sentence_once_in_order() -> None:
    text = "Ortega spoke first. Nobody else did. Then ORTEGA and Ortega's aide left."
    assert _sentences_having(text, {"ortega", "aide"}) == [
        "Ortega spoke first .",
        "Then ORTEGA and Ortega's aide left .",
    ]


def test_having_ignores_a_word_across_two_sentences() -> None:
    text = "They met in Villa. Nueva is far away."
    assert _sentences_having(text, {"villa nueva"}) == []
    assert _sentences_having(text, {"villa"}) == ["They met in Villa ."]


def test_having_an_empty_word_or_no_words() -> None:
    text = "One sentence. Another one."
    assert len(_sentences_having(text, {""})) == 2
    assert _sentences_having(text, set()) == []


def test_gazetteer_windows_of_an_article_read_as_a_scan_of_each_window() -> None:
    from migrationnews import gazetteer
    from migrationnews._caches import forget_article

    text = (
        "Officials in El Paso County and Ciudad Juárez met U.S.-based groups from "
        "Texasville and Texas; Hondurans, Guatemalans and Mexico's envoy crossed at "
        "Eagle Pass. "
    ) * 4
    assert len(text) >= gazetteer._WHOLE
    for start in range(0, 180, 7):
        for stop in range(start, start + 200, 3):
            forget_article()
            assert gazetteer.find_places(text, start, stop) == gazetteer._scan_places(
                text, start, stop
            ), (start, stop)
            for demonyms in (True, False):
                assert gazetteer.find_countries(
                    text, start, stop, demonyms=demonyms
                ) == gazetteer._scan_countries(text, start, stop, demonyms), (start, stop)


_WORDS = st.sampled_from(["ortega", "ruiz", "villa", "nueva", "paz", "de la", "ana", "ray"])


@given(
    st.lists(
        st.lists(st.sampled_from(["Ortega", "Ruiz", "Villa", "Nueva", "Paz", "de", "la", "x"])).map(
            " ".join
        ),
        min_size=1,
        max_size=6,
    ).map(lambda parts: ". ".join(parts) + "."),
    st.sets(_WORDS, min_size=1),
)
def test_having_many_words_reads_as_a_find_of_each(text: str, words: set[str]) -> None:
    # Many words take one pattern over each sentence (linear however many people an article
    # names); few take a find per word: both give the same sentences.
    many = _sentences_having(text, words)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_reading, "_FIND_WORDS", 0)
        assert _sentences_having(text, words) == many
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_reading, "_FIND_WORDS", 1_000)
        assert _sentences_having(text, words) == many
