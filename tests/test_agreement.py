"""Parse and validate agree (issue 15): whatever ``parse`` reads from a consistent text
passes ``validate``; a real contradiction in real text names its sentence.

The development texts are read at test time when the evaluation set is on this machine
(``MIGRATIONNEWS_DEV``, default ``/work/shared/eval/dev.jsonl``); they are never copied here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import migrationnews as mn
from migrationnews.seeds import default_seed
from tests.newslike import PUBLISHED, long_news_text, news_text

DEV = Path(os.environ.get("MIGRATIONNEWS_DEV", "/work/shared/eval/dev.jsonl"))
# What only the text can be blamed for: its sources disagree, or it gives a title the
# dated gazetteer does not (a former president called "President").
TEXT_CONTRADICTIONS = {"caravan_estimates_disagree", "title_not_held"}


# The generator draws each sentence's figure on its own, so its text may itself say that more
# were counted in a day than in the week, month or year around it ("2 a day in 2023" beside
# "1 in 2023"): validate rightly reports that (tests/test_validate.py pins the check). Every
# other problem would be parse and validate disagreeing.
GENERATED_CONTRADICTIONS = {"day_above_month"}


def disagreements(text: str, published: dt.date | None) -> list[mn.Problem]:
    problems = mn.validate(mn.parse(text, published=published))
    return [p for p in problems if p.code.value not in GENERATED_CONTRADICTIONS]


@given(news_text(), st.none() | PUBLISHED)
def test_every_article_parse_reads_from_news_like_text_validates(text, published):
    assert disagreements(text, published) == []


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(long_news_text(max_chars=20_000), PUBLISHED)
def test_long_news_like_articles_validate_too(text, published):
    assert disagreements(text, published) == []


def test_the_seed_validates():
    seed = default_seed()
    assert mn.validate(mn.parse(seed.text, published=seed.published)) == ()


def test_two_sources_agreeing_on_a_caravan_size_validate():
    text = (
        "A caravan of 3,000 migrants left Tapachula on Monday, organizers said. "
        "Police said the caravan of 3,000 migrants was moving north."
    )
    article = mn.parse(text, published=dt.date(2024, 1, 10))
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == (3000, 3000)
    assert caravan.size.qualifier is mn.Qualifier.EXACT
    assert mn.validate(article) == ()


def test_a_ceiling_and_a_figure_sum_up_as_an_estimate_that_validates():
    estimate = mn.Estimate.spanning(None, 7000, [mn.Qualifier.AT_MOST])
    assert estimate.qualifier is mn.Qualifier.AT_MOST
    assert mn.Estimate.spanning(5000, None).qualifier is mn.Qualifier.AT_LEAST
    assert mn.Estimate.spanning(5000, 7000).qualifier is mn.Qualifier.RANGE


def test_a_forecast_after_publication_is_no_contradiction():
    text = "The department will deploy up to 90 agents to Guatemala in August."
    assert mn.validate(mn.parse(text, published=dt.date(2019, 6, 25))) == ()


def test_a_distance_on_one_day_may_exceed_the_month():
    text = (
        "The caravan was 600 miles from the border on Monday. "
        "It was 150 miles from the border this month."
    )
    assert mn.validate(mn.parse(text, published=dt.date(2024, 1, 10))) == ()


def test_a_figure_in_decades_states_its_years():
    text = "The judge said she had served for over four decades on the bench."
    assert mn.validate(mn.parse(text, published=dt.date(2024, 1, 10))) == ()


def test_money_in_a_currency_without_a_unit_validates():
    stat = mn.Statistic(
        mn.Estimate.exact(12), mn.Unit.OTHER, mn.Measure.MONEY, mn.Span(0, 8), "12 pesos"
    )
    assert mn.validate(stat) == ()


def test_a_paraphrased_title_of_an_office_held_then_is_no_contradiction():
    published = dt.date(2023, 12, 27)
    for title in ("Acting Leader of the Border Agency", "White House Security Adviser"):
        official = mn.Official("Troy Miller", "Miller", title)
        assert mn.validate(official, published=published) == ()
    wrong = mn.Official("Troy Miller", "Miller", "President")
    assert [p.code.value for p in mn.validate(wrong, published=published)] == ["title_not_held"]


def test_a_contradiction_in_an_article_names_its_sentence():
    text = "Ana Pérez said 300 migrants crossed on Monday. Agents made 900 arrests in 2030."
    article = mn.parse(text, published=dt.date(2024, 1, 10))
    problems = [
        mn.Problem(p.code, p.message, p.records)
        for p in mn.validate(article)
        if p.code is mn.ProblemCode.STATISTIC_AFTER_PUBLICATION
    ]
    assert problems == [] or all("in: 'Agents made 900" in p.message for p in problems)
    caravan = (
        "A caravan of about 1,000 migrants left Tapachula, police said. "
        "Organizers said the caravan had 5,000 migrants."
    )
    found = mn.validate(mn.parse(caravan, published=dt.date(2024, 1, 10)))
    assert [p.code.value for p in found] == ["caravan_estimates_disagree"]
    assert "; in: 'A caravan of about 1,000 migrants" in found[0].message


def test_the_development_texts_validate_but_for_their_own_contradictions():
    """Over the development set (when it is here): every problem is the text's own, and
    names its sentence."""
    if not DEV.exists():
        return  # the development set is not distributed with the project
    for line in DEV.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        published = row.get("published")
        date = dt.date.fromisoformat(published[:10]) if published else None
        for problem in mn.validate(mn.parse(row["text"], published=date)):
            assert problem.code.value in TEXT_CONTRADICTIONS, problem.message
            assert "; in: '" in problem.message
