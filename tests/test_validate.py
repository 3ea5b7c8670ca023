"""validate and is_valid: one table row per problem, and the strategies' records are clean."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migrationnews import strategies as S
from migrationnews.errors import ArgumentTypeError
from migrationnews.records import (
    Article,
    Caravan,
    Measure,
    Meeting,
    MeetingStatus,
    Official,
    PolicyAction,
    PolicyKind,
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.validation import Problem, ProblemCode, is_valid, numbers_in, validate
from migrationnews.values import Estimate, Granularity, Period, Place, Qualifier, Span

PUBLISHED = dt.date(2023, 12, 27)
NOV = Period("in November", dt.date(2023, 11, 1), dt.date(2023, 11, 30), Granularity.MONTH)
NOV_20 = Period("on Nov. 20", dt.date(2023, 11, 20), dt.date(2023, 11, 20), Granularity.DAY)
JAN = Period("in January", dt.date(2024, 1, 1), dt.date(2024, 1, 31), Granularity.MONTH)


def stat(value, text, measure=Measure.MIGRANTS, unit=Unit.PERSON, **kw) -> Statistic:
    return Statistic(value, unit, measure, Span(0, len(text)), text, **kw)


def codes(obj, **kw) -> list[str]:
    return [p.code.value for p in validate(obj, **kw)]


BOUNDS = [
    pytest.param(Estimate(5, 9, Qualifier.EXACT), id="exact-with-two-bounds"),
    pytest.param(Estimate(5, None, Qualifier.ABOUT), id="about-without-high"),
    pytest.param(Estimate(5, 9, Qualifier.MORE_THAN), id="more-than-with-high"),
    pytest.param(Estimate(None, 9, Qualifier.AT_LEAST), id="at-least-without-low"),
    pytest.param(Estimate(5, 5, Qualifier.VAGUE), id="vague-with-high"),
    pytest.param(Estimate(5, 9, Qualifier.LESS_THAN), id="less-than-with-low"),
    pytest.param(Estimate(5, None, Qualifier.AT_MOST), id="at-most-without-high"),
    pytest.param(Estimate(5, 5, Qualifier.RANGE), id="range-of-one-value"),
    pytest.param(Estimate(5, None, Qualifier.RANGE), id="range-without-high"),
]


@pytest.mark.parametrize("value", BOUNDS)
def test_bounds_that_do_not_fit_the_qualifier(value):
    record = stat(value, "5 or 9 people")
    assert codes(record) == ["estimate_bounds"]
    assert not is_valid(record)
    assert "value" in validate(record)[0].message


GOOD_BOUNDS = [
    Estimate.exact(5),
    Estimate(5, 5, Qualifier.ABOUT),
    Estimate(5, None, Qualifier.MORE_THAN),
    Estimate(5, None, Qualifier.VAGUE),
    Estimate(None, 9, Qualifier.LESS_THAN),
    Estimate(5, 9, Qualifier.RANGE),
]


@pytest.mark.parametrize("value", GOOD_BOUNDS, ids=lambda e: e.qualifier.value)
def test_bounds_that_fit(value):
    assert validate(stat(value, "5 or 9 people")) == ()


UNITS = [
    pytest.param(Measure.DISTANCE, Unit.PERSON, False, id="distance-in-people"),
    pytest.param(Measure.DISTANCE, Unit.KILOMETER, True, id="distance-in-km"),
    pytest.param(Measure.MONEY, Unit.COUNT, False, id="money-as-count"),
    pytest.param(Measure.MONEY, Unit.USD, True, id="money-in-usd"),
    pytest.param(Measure.DURATION, Unit.MILE, False, id="duration-in-miles"),
    pytest.param(Measure.DURATION, Unit.WEEK, True, id="duration-in-weeks"),
    pytest.param(Measure.SHARE, Unit.PERSON, False, id="share-in-people"),
    pytest.param(Measure.SHARE, Unit.PERCENT, True, id="share-in-percent"),
    pytest.param(Measure.ENCOUNTERS, Unit.USD, False, id="encounters-in-dollars"),
    pytest.param(Measure.ENCOUNTERS, Unit.COUNT, True, id="encounters-counted"),
    pytest.param(Measure.MIGRANTS, Unit.FAMILY, True, id="migrants-in-families"),
    pytest.param(Measure.OTHER, Unit.HOUR, True, id="other-anything"),
]


@pytest.mark.parametrize(("measure", "unit", "fits"), UNITS)
def test_units_must_have_the_measures_dimension(measure, unit, fits):
    record = stat(Estimate.exact(40), "40", measure, unit)
    assert codes(record) == ([] if fits else ["unit_mismatch"])


NUMBER_TEXTS = [
    pytest.param(Estimate.exact(191113), "191,113 people", True, id="separators"),
    pytest.param(Estimate.exact(191113), "191113 people", True, id="plain-digits"),
    pytest.param(Estimate.exact(1_500_000), "1.5 million people", True, id="scale-word"),
    pytest.param(Estimate.exact(6), "six buses", True, id="number-word"),
    pytest.param(Estimate.exact(12), "a dozen migrants", True, id="a-dozen"),
    pytest.param(Estimate.exact(6000), "six thousand people", True, id="words-with-scale"),
    pytest.param(Estimate(1000, None, Qualifier.VAGUE), "thousands of people", True, id="vague"),
    pytest.param(Estimate(6000, 10000, Qualifier.RANGE), "6,000 to 10,000", True, id="range"),
    pytest.param(Estimate.exact(70), "70% of them", True, id="percent"),
    pytest.param(Estimate.exact(191113), "190,000 people", False, id="other-number"),
    pytest.param(Estimate.exact(6), "several buses", False, id="no-number"),
    pytest.param(Estimate.exact(1_000_000), "1.5 million people", False, id="scaled-differently"),
]


@pytest.mark.parametrize(("value", "text", "states"), NUMBER_TEXTS)
def test_a_statistic_text_states_its_number(value, text, states):
    assert codes(stat(value, text)) == ([] if states else ["number_not_in_text"])


def test_numbers_in_reads_digits_and_words():
    assert numbers_in("twenty-five agents and 3,000 troops") == (25.0, 3000.0)


def test_caravan_estimates_that_allow_no_common_size():
    low = SizeEstimate(Estimate(1500, 1500, Qualifier.ABOUT, "about 1,500"))
    high = SizeEstimate(Estimate(5000, None, Qualifier.MORE_THAN, "more than 5,000"))
    problems = validate(Caravan(size_estimates=[low, high]))
    assert [p.code for p in problems] == [ProblemCode.CARAVAN_ESTIMATES_DISAGREE]
    assert "about 1,500" in problems[0].message
    assert "more than 5,000" in problems[0].message


def test_caravan_estimates_within_the_about_tolerance_agree():
    a = SizeEstimate(Estimate(1500, 1500, Qualifier.ABOUT))
    b = SizeEstimate(Estimate.exact(1600))
    assert (
        validate(Caravan(size=Estimate(1500, 1600, Qualifier.RANGE), size_estimates=[a, b])) == ()
    )


def test_caravan_size_must_cover_its_estimates():
    items = [
        SizeEstimate(Estimate(3000, 3000, Qualifier.ABOUT)),
        SizeEstimate(Estimate.exact(3200)),
    ]
    assert codes(Caravan(size=Estimate.exact(3000), size_estimates=items)) == [
        "caravan_size_uncovered"
    ]
    covering = Caravan(size=Estimate(3000, 3200, Qualifier.RANGE), size_estimates=items)
    assert validate(covering) == ()


def test_empty_spans_are_flagged_in_lone_records():
    official = Official("Ana Pérez", "Pérez", spans=[Span(3, 3)])
    assert codes(official) == ["span_empty"]


# --- against the publication date ----------------------------------------------------------


def test_a_statistic_for_a_period_after_publication():
    record = stat(Estimate.exact(900), "900", period=JAN)
    assert codes(record, published=PUBLISHED) == ["statistic_after_publication"]
    assert codes(record) == []  # no date, no check
    assert codes(record, published=dt.date(2024, 2, 1)) == []


def test_a_held_meeting_dated_after_publication():
    later = Period("on Friday", dt.date(2023, 12, 29), dt.date(2023, 12, 29), Granularity.DAY)
    held = Meeting(["Ana Pérez", "Tomás Vidal"], date=later, status=MeetingStatus.HELD)
    assert codes(held, published=PUBLISHED) == ["held_after_publication"]
    planned = attrs.evolve(held, status=MeetingStatus.PLANNED)
    assert codes(planned, published=PUBLISHED) == []


TITLES = [
    pytest.param(
        "Antony Blinken", "Blinken", "Secretary of State", PUBLISHED, True, id="in-office"
    ),
    pytest.param("Blinken", "Blinken", "Secretary", PUBLISHED, True, id="short-title"),
    pytest.param(
        "Antony Blinken",
        "Blinken",
        "Secretary of State",
        dt.date(2025, 6, 1),
        False,
        id="after-tenure",
    ),
    pytest.param("Blinken", "Blinken", "President", PUBLISHED, False, id="wrong-office"),
    pytest.param("Donald Trump", "Trump", "former President", PUBLISHED, True, id="former-after"),
    pytest.param("Donald Trump", "Trump", "President", PUBLISHED, False, id="between-terms"),
    pytest.param("Donald Trump", "Trump", "President", dt.date(2025, 3, 1), True, id="second-term"),
    pytest.param("Ana Ximénez", "Ximénez", "President", PUBLISHED, True, id="not-in-gazetteer"),
    pytest.param(
        "Andres Manuel Lopez Obrador",
        "Lopez Obrador",
        "Mexican President",
        PUBLISHED,
        True,
        id="unaccented-alias",
    ),
]


@pytest.mark.parametrize(("name", "surname", "title", "published", "fits"), TITLES)
def test_titles_against_the_dated_gazetteer(name, surname, title, published, fits):
    official = Official(name, surname, title)
    assert codes(official, published=published) == ([] if fits else ["title_not_held"])


def test_a_title_problem_names_the_tenures():
    (problem,) = validate(Official("Blinken", "Blinken", "President"), published=PUBLISHED)
    assert "Secretary of State 2021-01-26..2025-01-20" in problem.message


# --- in an article -----------------------------------------------------------------------------

TEXT = "Agents made 2,000 arrests on Nov. 20 and 50,000 in November."


def test_a_day_above_its_month():
    day = Statistic(
        Estimate.exact(2000),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(12, 17),
        "2,000",
        period=NOV_20,
    )
    month = Statistic(
        Estimate.exact(1500), Unit.COUNT, Measure.APPREHENSIONS, Span(41, 47), "50,000", period=NOV
    )
    article = Article(TEXT, PUBLISHED, statistics=[day, month])
    problems = [p for p in validate(article) if p.code is ProblemCode.DAY_ABOVE_MONTH]
    assert [p.records for p in problems] == [(day, month)]
    below = attrs.evolve(month, value=Estimate.exact(50000))
    assert validate(attrs.evolve(article, statistics=[day, below])) == ()


def test_a_daily_rate_above_the_month_total():
    rate = Statistic(
        Estimate.exact(2000),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(12, 17),
        "2,000",
        period=NOV,
        per=Granularity.DAY,
    )
    month = Statistic(
        Estimate.exact(1500), Unit.COUNT, Measure.APPREHENSIONS, Span(41, 47), "50,000", period=NOV
    )
    assert "day_above_month" in codes(Article(TEXT, PUBLISHED, statistics=[rate, month]))


WEEK_TEXT = "Agents made 900 arrests at Eagle Pass on Nov. 20 and 800 there that week."
THAT_WEEK = Period("that week", dt.date(2023, 11, 19), dt.date(2023, 11, 25), Granularity.WEEK)


def test_a_day_above_the_week_that_contains_it_in_the_same_place():
    eagle_pass = Place("Eagle Pass")
    day = Statistic(
        Estimate.exact(900),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(12, 15),
        "900",
        period=NOV_20,
        place=eagle_pass,
    )
    week = Statistic(
        Estimate.exact(800),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(WEEK_TEXT.index("800"), WEEK_TEXT.index("800") + 3),
        "800",
        period=THAT_WEEK,
        place=eagle_pass,
    )
    article = Article(WEEK_TEXT, PUBLISHED, statistics=[day, week])
    problems = [p for p in validate(article) if p.code is ProblemCode.DAY_ABOVE_MONTH]
    assert [p.records for p in problems] == [(day, week)]
    assert "the whole week 'that week'" in problems[0].message
    other_measure = attrs.evolve(week, measure=Measure.REMOVALS)
    assert validate(attrs.evolve(article, statistics=[day, other_measure])) == ()
    elsewhere = attrs.evolve(week, place=Place("Del Rio"))
    assert validate(attrs.evolve(article, statistics=[day, elsewhere])) == ()
    later_week = attrs.evolve(
        week,
        period=Period(
            "the next week", dt.date(2023, 11, 26), dt.date(2023, 12, 2), Granularity.WEEK
        ),
    )
    assert validate(attrs.evolve(article, statistics=[day, later_week])) == ()


def test_a_day_and_a_month_in_different_places_do_not_clash():
    day = Statistic(
        Estimate.exact(2000),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(12, 17),
        "2,000",
        period=NOV_20,
        place=Place("Texas"),
    )
    month = Statistic(
        Estimate.exact(50000),
        Unit.COUNT,
        Measure.APPREHENSIONS,
        Span(41, 47),
        "50,000",
        period=NOV,
        place=Place("Arizona"),
    )
    month = attrs.evolve(month, value=Estimate.exact(1500), text="50,000")
    assert "day_above_month" not in codes(Article(TEXT, PUBLISHED, statistics=[day, month]))


def test_a_text_field_unlike_the_text_at_its_span():
    wrong = Statistic(Estimate.exact(2000), Unit.COUNT, Measure.APPREHENSIONS, Span(0, 6), "2,000")
    problems = validate(Article(TEXT, PUBLISHED, statistics=[wrong]))
    assert [p.code.value for p in problems] == ["text_mismatch", "number_not_in_text"]
    assert "statistics[0]" in problems[0].message
    assert "'Agents'" in problems[0].message


def test_policy_evidence_must_be_the_text_at_its_span():
    action = PolicyAction(PolicyKind.ENFORCEMENT, Span(0, 17), "Agents made 2,000")
    assert validate(Article(TEXT, PUBLISHED, policy_actions=[action])) == ()
    moved = attrs.evolve(action, span=Span(1, 18))
    assert codes(Article(TEXT, PUBLISHED, policy_actions=[moved])) == ["text_mismatch"]


def test_a_span_past_the_end_of_the_text():
    record = Official("Ana Pérez", "Pérez", spans=[Span(0, 9)])
    article = Article("Ana Pérez spoke.", officials=[record])
    object.__setattr__(article, "text", "Ana")  # only a bypassed validator allows this
    assert codes(article) == ["span_outside"]


def test_an_article_gets_the_record_checks_too():
    record = stat(Estimate.exact(40), "40", Measure.DISTANCE, Unit.PERSON)
    assert codes(Article("40", statistics=[record])) == ["unit_mismatch"]


def test_an_article_uses_its_own_publication_date():
    record = Statistic(
        Estimate.exact(50000), Unit.COUNT, Measure.APPREHENSIONS, Span(41, 47), "50,000", period=JAN
    )
    article = Article(TEXT, PUBLISHED, statistics=[record])
    assert codes(article) == ["statistic_after_publication"]
    assert codes(attrs.evolve(article, published=None)) == []
    assert codes(attrs.evolve(article, published=None), published=PUBLISHED) == [
        "statistic_after_publication"
    ]


def test_problems_are_typed_records():
    (problem,) = validate(stat(Estimate.exact(40), "40", Measure.MONEY, Unit.PERSON))
    assert isinstance(problem, Problem)
    assert problem.code == "unit_mismatch"  # a str enum: matches its value
    assert isinstance(problem.records[0], Statistic)


@pytest.mark.parametrize("bad", [None, 3, "text", [1]])
def test_validate_refuses_other_types(bad):
    with pytest.raises(ArgumentTypeError, match=r"^obj must be"):
        validate(bad)


def test_validate_refuses_a_timestamp_for_a_date():
    with pytest.raises(ArgumentTypeError, match=r"^published must be"):
        validate(Article(""), published=dt.datetime(2023, 12, 27, 8, 0))  # type: ignore[arg-type]


# Each article draws up to some twenty records, so a third of the profile's examples still
# reads more records than the profile's count of single records (and costs a third).
ARTICLES = settings(max_examples=max(10, settings().max_examples // 3))


# --- properties ------------------------------------------------------------------------------


@ARTICLES
@given(S.articles())
def test_validate_accepts_every_article_the_strategies_build(article):
    assert validate(article) == ()


@given(
    st.one_of(S.statistics(), S.caravans(), S.officials(), S.meetings(), S.policy_actions()),
    st.none() | st.dates(),
)
def test_validate_accepts_every_record_the_strategies_build(record, published):
    if isinstance(record, (Statistic, Meeting)):
        published = None  # lone records carry no publication date to be coherent with
    assert validate(record, published=published) == ()


@given(S.statistics())
def test_a_statistic_whose_text_loses_its_number_is_caught(record):
    assert ProblemCode.NUMBER_NOT_IN_TEXT in {
        p.code for p in validate(attrs.evolve(record, text="no figure here"))
    }


def test_a_period_running_on_past_publication_is_the_figure_so_far():
    this_month = Period(
        "this month", dt.date(2023, 12, 1), dt.date(2023, 12, 31), Granularity.MONTH
    )
    text = "more than 10,000 people"
    record = Statistic(
        Estimate(10000, None, Qualifier.MORE_THAN),
        Unit.PERSON,
        Measure.ENCOUNTERS,
        Span(0, len(text)),
        text,
        period=this_month,
    )
    assert codes(record, published=dt.date(2023, 12, 27)) == []
