"""Records: construction, invariants, article span checks, pint distances."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import attrs
import pytest

from migrationnews import (
    ArgumentTypeError,
    Article,
    Caravan,
    Estimate,
    Measure,
    Official,
    PolicyAction,
    PolicyKind,
    RecordError,
    Span,
    Statistic,
    Unit,
)
from migrationnews.units import quantity


def stat(span: Span) -> Statistic:
    return Statistic(Estimate.exact(3), Unit.PERSON, Measure.MIGRANTS, span, "three")


def test_distance_is_a_pint_length_converting_between_miles_and_kilometres():
    caravan = Caravan(distance_to_border=quantity(1600, "mile"))
    assert round(caravan.distance_to_border.to("kilometer").magnitude) == 2575
    assert (
        Caravan(distance_to_border=quantity(2575, "km")).distance_to_border.units
        == quantity(1, "kilometer").units
    )


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param(quantity(3, "person"), RecordError, id="count-not-length"),
        pytest.param(quantity(3, "usd"), RecordError, id="money-not-length"),
        pytest.param(quantity(-3, "mile"), RecordError, id="negative"),
        pytest.param(1600, ArgumentTypeError, id="bare-number"),
        pytest.param((1600, "furlong"), RecordError, id="pair-unknown-unit"),
        pytest.param((-1.0, "kilometer"), RecordError, id="pair-negative"),
        pytest.param(("1600", "mile"), ArgumentTypeError, id="pair-text-magnitude"),
        pytest.param((True, "mile"), ArgumentTypeError, id="pair-bool-magnitude"),
        pytest.param((1600, "mile", "extra"), ArgumentTypeError, id="triple"),
    ],
)
def test_distance_must_be_a_length(value, error):
    with pytest.raises(error, match=r"Caravan\.distance_to_border"):
        Caravan(distance_to_border=value)


def test_a_distance_given_as_a_pair_reads_as_the_same_quantity():
    given = Caravan(distance_to_border=(1600.0, "mile"))
    assert given == Caravan(distance_to_border=quantity(1600.0, "mile"))
    assert given.distance_to_border == quantity(1600.0, "mile")
    moved = attrs.evolve(given, distance_to_border=quantity(10, "kilometer"))
    assert moved.distance_to_border == quantity(10, "kilometer")
    assert Caravan().distance_to_border is None


def test_parsing_serialising_and_reporting_a_caravan_need_no_pint():
    code = (
        "import sys, migrationnews as mn\n"
        "from migrationnews.serialize import to_dict\n"
        "a = mn.parse('A caravan of 3,000 migrants is 900 miles from the U.S. border.')\n"
        "assert to_dict(a)['caravans'][0]['distance_to_border'] == "
        "{'magnitude': 900.0, 'unit': 'mile'}, to_dict(a)\n"
        "from migrationnews.report import article_report\n"
        "assert '900 mi' in article_report(a, 'x'), article_report(a, 'x')\n"
        "assert 'pint' not in sys.modules\n"
        "assert a.caravans[0].distance_to_border.magnitude == 900.0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_origins_must_be_iso_codes():
    assert Caravan(origins=["HN", "US"]).origins == ("HN", "US")
    with pytest.raises(RecordError, match=r"Caravan\.origins"):
        Caravan(origins=["Honduras"])


def test_official_country_must_be_iso():
    with pytest.raises(RecordError, match=r"Official\.country = 'USA'"):
        Official("Greg Abbott", "Abbott", "Governor", "USA")


def test_lists_become_tuples_and_items_are_typed():
    official = Official("Greg Abbott", "Abbott", spans=[Span(0, 3)])
    assert official.spans == (Span(0, 3),)
    with pytest.raises(ArgumentTypeError, match=r"Official\.spans\[0\]"):
        Official("Greg Abbott", "Abbott", spans=[(0, 3)])


def test_article_spans_must_lie_inside_its_text():
    text = "Three migrants arrived."
    assert Article(text, statistics=[stat(Span(0, 5))]).statistics[0].text == "three"
    with pytest.raises(RecordError, match=r"Article\.statistics"):
        Article(text, statistics=[stat(Span(0, len(text) + 1))])


def test_article_published_must_be_a_date():
    with pytest.raises(ArgumentTypeError, match=r"Article\.published"):
        Article("x", published="2023-12-27")
    with pytest.raises(ArgumentTypeError, match=r"Article\.published"):
        Article("x", published=dt.datetime(2023, 12, 27, 9))


def test_policy_action_kind_is_an_enum():
    with pytest.raises(ArgumentTypeError, match=r"PolicyAction\.kind"):
        PolicyAction("law", Span(0, 1), "x")
    action = PolicyAction(PolicyKind.LAW, Span(0, 1), "x")
    assert action.spans == (Span(0, 1),)


def test_statistic_quantity_uses_the_shared_registry():
    assert stat(Span(0, 1)).quantity() == quantity(3, "person")
    money = Statistic(Estimate.exact(13.6e9), Unit.USD, Measure.MONEY, Span(0, 1), "$13.6 billion")
    assert money.quantity().check("[currency]")


def test_article_records_iterates_every_kind():
    article = Article("abc", statistics=[stat(Span(0, 1))], officials=[Official("A B", "B")])
    assert [type(r).__name__ for r in article.records()] == ["Official", "Statistic"]
