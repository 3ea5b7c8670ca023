"""Value types: each invariant, when broken, raises the typed error naming field and value."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from migrationnews import (
    ArgumentTypeError,
    Attribution,
    Estimate,
    Granularity,
    MigrationNewsError,
    Period,
    Place,
    PlaceKind,
    Qualifier,
    RecordError,
    Span,
)

D = dt.date


@pytest.mark.parametrize(
    ("build", "error", "names"),
    [
        pytest.param(lambda: Span(-1, 3), RecordError, "Span.start", id="span-negative-start"),
        pytest.param(lambda: Span(5, 3), RecordError, "Span.end", id="span-end-before-start"),
        pytest.param(lambda: Span("0", 3), ArgumentTypeError, "Span.start", id="span-str"),
        pytest.param(lambda: Span(True, 3), ArgumentTypeError, "Span.start", id="span-bool"),
        pytest.param(lambda: Estimate(5, 3), RecordError, "Estimate.high", id="low-above-high"),
        pytest.param(lambda: Estimate(-5, 3), RecordError, "Estimate.low", id="negative-count"),
        pytest.param(lambda: Estimate(None, None), RecordError, "Estimate.high", id="no-bound"),
        pytest.param(lambda: Estimate(math.nan, 3), RecordError, "Estimate.low", id="nan"),
        pytest.param(lambda: Estimate("5", 6), ArgumentTypeError, "Estimate.low", id="str-bound"),
        pytest.param(
            lambda: Estimate(1, 2, "range"), ArgumentTypeError, "Estimate.qualifier", id="str-q"
        ),
        pytest.param(
            lambda: Period("x", D(2023, 2, 1), D(2023, 1, 1)), RecordError, "Period.end", id="rev"
        ),
        pytest.param(
            lambda: Period("x", D(2023, 2, 1), None), RecordError, "Period.end", id="half-open"
        ),
        pytest.param(
            lambda: Period("x", dt.datetime(2023, 1, 1), dt.datetime(2023, 1, 2)),
            ArgumentTypeError,
            "Period.start",
            id="datetime-not-date",
        ),
        pytest.param(
            lambda: Period("x", "2023-01-01", "2023-01-02"),
            ArgumentTypeError,
            "Period.start",
            id="str-date",
        ),
        pytest.param(
            lambda: Place("Tijuana", country="XX"), RecordError, "Place.country", id="iso"
        ),
        pytest.param(
            lambda: Place("Tijuana", country="mx"), RecordError, "Place.country", id="case"
        ),
        pytest.param(lambda: Place("  "), RecordError, "Place.name", id="empty-place"),
        pytest.param(lambda: Place("X", kind="city"), ArgumentTypeError, "Place.kind", id="kind"),
        pytest.param(lambda: Attribution(""), RecordError, "Attribution.source", id="no-source"),
    ],
)
def test_broken_invariant_raises_typed_error(build, error, names):
    with pytest.raises(error) as info:
        build()
    assert isinstance(info.value, MigrationNewsError)
    assert names in str(info.value)


def test_record_error_is_a_value_error_and_keeps_its_input():
    with pytest.raises(ValueError, match="must not be below low") as info:
        Estimate(10, 2)
    assert (info.value.record, info.value.field, info.value.value) == ("Estimate", "high", 2)


def test_type_error_is_a_type_error():
    with pytest.raises(TypeError, match=r"Span\.end must be int"):
        Span(0, 2.5)


def test_valid_values_construct_and_compare_by_value():
    assert Span(1, 4) == Span(1, 4)
    assert Estimate(6000, 10000, Qualifier.RANGE) != Estimate(6000, 10001, Qualifier.RANGE)
    assert Place("Eagle Pass", PlaceKind.CITY, "US").country == "US"
    assert Period("in November", D(2023, 11, 1), D(2023, 11, 30), Granularity.MONTH).resolved
    assert not Period("in November").resolved


def test_values_are_frozen():
    span = Span(0, 1)
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]


def test_estimate_interval_and_point():
    assert Estimate(190000, None, Qualifier.MORE_THAN).interval() == (190000, math.inf)
    assert Estimate(None, 500, Qualifier.LESS_THAN).interval() == (0, 500)
    assert Estimate(6000, 10000, Qualifier.RANGE).point == 8000
    assert Estimate.exact(3).point == 3
    assert not Estimate(6000, 10000, Qualifier.RANGE).contains(10001)


def test_period_contains():
    month = Period("November", D(2023, 11, 1), D(2023, 11, 30), Granularity.MONTH)
    day = Period("Nov. 3", D(2023, 11, 3), D(2023, 11, 3), Granularity.DAY)
    assert month.contains(day)
    assert not day.contains(month)
    assert not month.contains(Period("someday"))


def test_span_helpers():
    assert Span(4, 11).of("The caravan left") == "caravan"
    assert len(Span(4, 11)) == 7
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 4).overlaps(Span(4, 6))


@pytest.mark.parametrize(
    ("estimate", "shown"),
    [
        pytest.param(Estimate(6000, 10000, Qualifier.RANGE), "6,000-10,000", id="range"),
        pytest.param(Estimate(190000, None, Qualifier.MORE_THAN), "> 190,000", id="more-than"),
        pytest.param(Estimate(40, None, Qualifier.AT_LEAST), ">= 40", id="at-least"),
        pytest.param(Estimate(3000, None, Qualifier.VAGUE), ">= 3,000", id="vague"),
        pytest.param(Estimate(None, 500, Qualifier.LESS_THAN), "< 500", id="less-than"),
        pytest.param(Estimate(None, 3000, Qualifier.AT_MOST), "<= 3,000", id="at-most"),
        pytest.param(Estimate(1600, 1600, Qualifier.ABOUT), "~1,600", id="about"),
        pytest.param(Estimate.exact(1600.0), "1,600", id="whole-float"),
        pytest.param(Estimate.exact(2.345), "2.35", id="fraction"),
    ],
)
def test_estimate_describes_itself(estimate, shown):
    assert estimate.describe() == shown
