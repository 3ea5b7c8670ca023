"""Sentence boundaries the extractors rely on: a sentence may open with a figure."""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.text import split_sentences


def test_a_sentence_may_open_with_digits() -> None:
    text = "The caravan left on Monday. 500 people crossed the river later."
    assert [s.text for s in split_sentences(text)] == [
        "The caravan left on Monday.",
        "500 people crossed the river later.",
    ]


def test_an_abbreviation_or_an_initial_before_digits_ends_no_sentence() -> None:
    for text in ("The rule in Sec. 212 applies.", "Agent J. 14 testified."):
        assert len(split_sentences(text)) == 1, text


def test_people_crossing_in_the_next_sentence_are_not_the_caravan() -> None:
    text = (
        "A caravan of 3,000 migrants left Tapachula on Monday, organizers said. "
        "500 migrants crossed near Ciudad Hidalgo on Monday."
    )
    article = mn.parse(text, published=dt.date(2024, 1, 10))
    (caravan,) = article.caravans
    assert [e.estimate.describe() for e in caravan.size_estimates] == ["3,000"]
    assert mn.validate(article) == ()
