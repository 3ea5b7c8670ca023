"""Serialisation: exact round trips for every type, the interchange shape, the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

import migrationnews as mn
from migrationnews import strategies as st

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "docs" / "article.schema.json").read_text(encoding="utf-8")
)
# jsonschema.validate checks the schema itself on every call; it is checked once here, and
# each article is validated against it as jsonschema.validate would.
jsonschema.validators.validator_for(SCHEMA).check_schema(SCHEMA)
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)

# Each article draws up to some twenty records, so a third of the profile's examples still
# reads more records than the profile's count of single records (and costs a third).
ARTICLES = settings(max_examples=max(10, settings().max_examples // 3))


STRATEGIES = {
    mn.Span: st.spans(),
    mn.Estimate: st.estimates(),
    mn.Period: st.periods(),
    mn.Place: st.places(),
    mn.Attribution: st.attributions(),
    mn.Official: st.officials(),
    mn.Meeting: st.meetings(),
    mn.SizeEstimate: st.size_estimates(),
    mn.Caravan: st.caravans(),
    mn.PolicyAction: st.policy_actions(),
    mn.Statistic: st.statistics(),
    mn.Article: st.articles(),
}


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
def test_round_trip_through_dict_and_json_is_exact(cls):
    @given(STRATEGIES[cls])
    @(ARTICLES if cls is mn.Article else settings())
    def check(record):
        assert mn.from_dict(mn.to_dict(record), cls) == record
        assert mn.from_json(mn.to_json(record), cls) == record
        json.dumps(mn.to_dict(record))  # JSON-compatible data only

    check()


@ARTICLES
@given(st.articles())
def test_every_article_matches_the_published_json_schema(article):
    VALIDATOR.validate(mn.to_dict(article))


def test_parsed_seed_matches_the_json_schema():
    from migrationnews.seeds import default_seed

    seed = default_seed()
    data = mn.to_dict(mn.parse(seed.text, published=seed.published))
    jsonschema.validate(data, SCHEMA)
    assert data["published"] == "2023-12-27"


def test_interchange_shape_of_a_statistic():
    text = "more than 190,000 apprehensions"
    stat = mn.Statistic(
        mn.Estimate(190000, None, mn.Qualifier.MORE_THAN, "more than 190,000"),
        mn.Unit.COUNT,
        mn.Measure.APPREHENSIONS,
        mn.Span(0, len(text)),
        text,
    )
    data = mn.to_dict(mn.Article(text, dt.date(2023, 12, 27), statistics=[stat]))
    assert data["statistics"][0]["value"] == {
        "low": 190000,
        "high": None,
        "qualifier": "more_than",
        "text": "more than 190,000",
    }
    assert data["statistics"][0]["span"] == [0, len(text)]
    assert data["statistics"][0]["unit"] == "count"


def test_distance_serialises_as_magnitude_and_unit():
    from migrationnews.units import quantity

    data = mn.to_dict(mn.Caravan(distance_to_border=quantity(1600, "mile")))
    assert data["distance_to_border"] == {"magnitude": 1600, "unit": "mile"}
    assert mn.from_dict(data, mn.Caravan).distance_to_border == quantity(1600, "mile")


@pytest.mark.parametrize(
    ("data", "cls", "fragment"),
    [
        pytest.param({"text": 1}, mn.Article, "$.text", id="wrong-type"),
        pytest.param({"low": 5, "high": 3}, mn.Estimate, "below low", id="invariant"),
        pytest.param([0, "3"], mn.Span, "Span.end", id="span-str"),
        pytest.param({"low": True, "high": None}, mn.Estimate, "$.low", id="bool-is-not-a-number"),
        pytest.param(
            {"text": "", "published": "27/12/2023"}, mn.Article, "published", id="bad-date"
        ),
        pytest.param(
            {"distance_to_border": {"magnitude": 3, "unit": "person"}},
            mn.Caravan,
            "distance_to_border",
            id="distance-dimension",
        ),
    ],
)
def test_bad_data_raises_serialization_error(data, cls, fragment):
    with pytest.raises(mn.SerializationError) as info:
        mn.from_dict(data, cls)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)
    assert info.value.data == data


def test_from_json_rejects_non_json_and_wrong_types():
    with pytest.raises(mn.SerializationError, match="not JSON"):
        mn.from_json("{")
    with pytest.raises(mn.ArgumentTypeError, match="text must be"):
        mn.from_json(42)  # type: ignore[arg-type]
    with pytest.raises(mn.ArgumentTypeError, match="obj must be"):
        mn.to_dict({"a": 1})
    with pytest.raises(mn.ArgumentTypeError, match="cls must be"):
        mn.from_dict({}, dict)
