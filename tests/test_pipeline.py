"""parse(): total over str, typed errors for wrong types, spans that index the text."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationnews as mn
from migrationnews._adversarial import texts
from migrationnews.seeds import default_seed
from migrationnews.text import split_sentences

ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\r\n ",
    "control": "".join(chr(i) for i in range(32)) * 10,
    "quotes": "“unbalanced \"quotes' and (brackets [ {" * 500,
    "rtl": "\u202e\u200fمهاجرون 5,000\u202c migrants \u2066 text\u2069",
    "surrogates-free-unicode": "🚶" * 1000 + " 3 caravans",
    "nul": "Gov.\x00 Greg\x00Abbott said 10\x00000 people",
    "digits-1mb": "7" * 1_000_000,
    **texts("pipeline", 10_000),  # shared with the scaling check and the benchmark
}


def check_article(text: str, article: mn.Article) -> None:
    assert article.text == text
    for record in article.records():
        for span in getattr(record, "spans", ()):
            assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_parses_without_raising_or_warning(name):
    text = ODD_TEXTS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_article(text, mn.parse(text, published=dt.date(2023, 12, 27)))


@given(hs.text(), hs.none() | hs.dates())
def test_parse_is_total_over_str(text, published):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_article(text, mn.parse(text, published=published))


@given(
    hs.lists(
        hs.sampled_from(
            [
                "Gov.",
                "Sen.",
                "U.S.",
                "caravan",
                "10,000",
                "between",
                "and",
                "more than",
                "\n",
                ".",
                " ",
                "Biden",
                "Mexico",
                "met",
                "on Wednesday",
                "deported",
                "thousands",
            ]
        )
    )
)
def test_parse_is_total_over_news_like_word_salad(words):
    text = " ".join(words)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_article(text, mn.parse(text, published=dt.date(2023, 12, 27)))


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_non_str_text_raises_type_error_naming_the_argument(bad):
    with pytest.raises(mn.ArgumentTypeError, match=r"^text must be str") as info:
        mn.parse(bad)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("bad", ["2023-12-27", dt.datetime(2023, 12, 27), 20231227])
def test_non_date_published_raises_type_error_naming_the_argument(bad):
    with pytest.raises(mn.ArgumentTypeError, match=r"^published must be"):
        mn.parse("text", published=bad)


def test_a_failing_extractor_warns_and_keeps_the_rest(monkeypatch):
    from migrationnews.extract import officials

    def broken(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(officials, "extract", broken)
    with pytest.warns(mn.ExtractionWarning, match="boom"):
        article = mn.parse("Some text.")
    assert article.officials == ()


@given(hs.text())
def test_sentences_are_ordered_disjoint_and_index_the_text(text):
    last = 0
    for sentence in split_sentences(text):
        assert last <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        last = sentence.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gov. Greg Abbott spoke. He left.", 2, id="title-abbreviation"),
        pytest.param("Antony J. Blinken met them. They talked.", 2, id="initial"),
        pytest.param("The U.S. border is busy. Very.", 2, id="u.s."),
        pytest.param("Headline\nFirst line of the story.", 2, id="line-break"),
        pytest.param("“It is hard,” he said. “We will help.” She nodded.", 3, id="quotes"),
        pytest.param("Is it? Yes! It is.", 3, id="question-exclamation"),
        pytest.param("Costs rose 3.5 percent. Then fell.", 2, id="decimal"),
    ],
)
def test_sentence_splitting(text, expected):
    assert len(split_sentences(text)) == expected


# --- memos ------------------------------------------------------------------------------------


def _text_memos() -> list[Any]:
    """Every bounded memo in the package whose key holds a text (a ``str`` parameter)."""
    memos = []
    for info in pkgutil.walk_packages(mn.__path__, "migrationnews."):
        if info.name.endswith("__main__"):
            continue  # running it would run the command line
        for obj in vars(importlib.import_module(info.name)).values():
            if not hasattr(obj, "cache_info") or obj.cache_parameters()["maxsize"] is None:
                continue  # rule tables are read once for good: keyed on file names
            parameters = getattr(obj.__wrapped__, "__annotations__", {})
            if any(kind == "str" for name, kind in parameters.items() if name != "return"):
                memos.append(obj)
    return memos


def test_no_memo_answers_one_article_from_another():
    """Sentences repeat across articles (and across a benchmark's passes); a memo keyed on
    a sentence's text alone would answer the second article from the first one's work.
    The memos are keyed on whole texts, so a second article that differs only by a
    trailing blank finds nothing to reuse: it hits the memos no more often than the first
    did (evictions of the first article's entries can only make it fewer)."""
    memos = _text_memos()
    assert len(memos) >= 5  # the tense, date, place, country and vocabulary memos
    seed = default_seed()
    for memo in memos:
        memo.cache_clear()
    mn.parse(seed.text, published=seed.published)
    first = sum(memo.cache_info().hits for memo in memos)
    mn.parse(seed.text + " ", published=seed.published)
    second = sum(memo.cache_info().hits for memo in memos) - first
    assert second <= first
