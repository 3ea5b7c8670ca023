"""compare, merge_caravans and compare_articles: relations between records and articles."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migrationnews import strategies as S
from migrationnews.comparison import (
    ArticleComparison,
    Relation,
    compare,
    compare_articles,
    estimate_interval,
    merge_caravans,
    same_person,
    spanning_estimate,
)
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.records import (
    Article,
    Caravan,
    Measure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    PolicyAction,
    PolicyKind,
    PolicyStatus,
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.units import quantity
from migrationnews.validation import validate
from migrationnews.values import Attribution, Estimate, Granularity, Period, Place, Qualifier, Span

# Each article draws up to some twenty records, so a third of the profile's examples still
# reads more records than the profile's count of single records (and costs a third).
ARTICLES = settings(max_examples=max(10, settings().max_examples // 3))


NOV = Period("in November", dt.date(2023, 11, 1), dt.date(2023, 11, 30), Granularity.MONTH)
OCT = Period("in October", dt.date(2023, 10, 1), dt.date(2023, 10, 31), Granularity.MONTH)
FY = Period("fiscal 2023", dt.date(2022, 10, 1), dt.date(2023, 9, 30), Granularity.FISCAL_YEAR)


def stat(
    value: Estimate,
    text: str,
    measure: Measure = Measure.APPREHENSIONS,
    unit: Unit = Unit.PERSON,
    **kw: object,
) -> Statistic:
    return Statistic(value, unit, measure, Span(0, len(text)), text, **kw)  # type: ignore[arg-type]


def exact(n: float) -> Estimate:
    return Estimate.exact(n)


OVER_190K = Estimate(190000, None, Qualifier.MORE_THAN, "more than 190,000")
UNDER_150K = Estimate(None, 150000, Qualifier.LESS_THAN, "fewer than 150,000")

FIGURES = [
    pytest.param(OVER_190K, exact(191113), Relation.CONSISTENT, id="more-than-vs-exact-inside"),
    pytest.param(OVER_190K, UNDER_150K, Relation.CONFLICTING, id="more-than-vs-fewer-than"),
    pytest.param(exact(5000), exact(5000), Relation.SAME, id="equal-exact"),
    pytest.param(exact(5000), exact(5200), Relation.CONFLICTING, id="differing-exact"),
    pytest.param(
        Estimate(1000, 1000, Qualifier.ABOUT), exact(1090), Relation.CONSISTENT, id="about-within"
    ),
    pytest.param(
        Estimate(1000, 1000, Qualifier.ABOUT), exact(1200), Relation.CONFLICTING, id="about-beyond"
    ),
    pytest.param(
        Estimate(1000, 1000, Qualifier.ABOUT),
        exact(1000),
        Relation.CONSISTENT,
        id="about-vs-exact-same-number-is-not-same",
    ),
    pytest.param(
        Estimate(6000, 10000, Qualifier.RANGE),
        Estimate(9000, None, Qualifier.AT_LEAST),
        Relation.CONSISTENT,
        id="range-vs-at-least",
    ),
    pytest.param(
        Estimate(6000, 10000, Qualifier.RANGE),
        Estimate(12000, None, Qualifier.MORE_THAN),
        Relation.CONFLICTING,
        id="range-vs-more-than-above",
    ),
    pytest.param(
        Estimate(1000, None, Qualifier.VAGUE),
        exact(4000),
        Relation.CONSISTENT,
        id="thousands-vs-exact",
    ),
    pytest.param(
        Estimate(190000, None, Qualifier.MORE_THAN),
        Estimate(190000, None, Qualifier.AT_LEAST),
        Relation.SAME,
        id="more-than-and-at-least-are-one-class",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), FIGURES)
def test_figures_compare_as_intervals(a, b, relation):
    assert compare(stat(a, "a"), stat(b, "b")).relation is relation
    assert compare(stat(b, "b"), stat(a, "a")).relation is relation


def test_about_tolerance_is_ten_percent():
    assert estimate_interval(Estimate(2000, 2000, Qualifier.ABOUT)) == pytest.approx((1800, 2200))


DISTANCES = [
    pytest.param(1600, Unit.MILE, 2575, Unit.KILOMETER, Relation.SAME, id="1600mi-2575km"),
    pytest.param(1600, Unit.MILE, 1600, Unit.MILE, Relation.SAME, id="same-unit"),
    pytest.param(1600, Unit.MILE, 2000, Unit.KILOMETER, Relation.CONFLICTING, id="far-apart"),
    pytest.param(1, Unit.MILE, 5280, Unit.FOOT, Relation.SAME, id="mile-in-feet"),
]


@pytest.mark.parametrize(("x", "ux", "y", "uy", "relation"), DISTANCES)
def test_distances_compare_after_unit_conversion(x, ux, y, uy, relation):
    a = stat(exact(x), "a", Measure.DISTANCE, ux)
    b = stat(exact(y), "b", Measure.DISTANCE, uy)
    assert compare(a, b).relation is relation


INCOMPARABLE = [
    pytest.param(
        stat(exact(191113), "191,113", period=NOV),
        stat(exact(2_000_000), "2 million", Measure.ENCOUNTERS, period=FY),
        id="november-apprehensions-vs-fiscal-year-encounters",
    ),
    pytest.param(
        stat(exact(100), "100", Measure.DEATHS),
        stat(exact(100), "100", Measure.REMOVALS),
        id="different-measures",
    ),
    pytest.param(
        stat(exact(100), "100", period=NOV),
        stat(exact(120), "120", period=OCT),
        id="different-months",
    ),
    pytest.param(
        stat(exact(100), "100", period=NOV),
        stat(exact(120), "120"),
        id="period-vs-none",
    ),
    pytest.param(
        stat(exact(3000), "3,000", per=Granularity.DAY),
        stat(exact(90000), "90,000"),
        id="rate-vs-total",
    ),
    pytest.param(
        stat(exact(3000), "3,000", place=Place("Texas")),
        stat(exact(9000), "9,000", place=Place("Arizona")),
        id="different-places",
    ),
    pytest.param(
        stat(exact(20), "20", Measure.OTHER, Unit.USD),
        stat(exact(20), "20", Measure.OTHER, Unit.MILE),
        id="money-vs-length",
    ),
]


@pytest.mark.parametrize(("a", "b"), INCOMPARABLE)
def test_figures_about_different_things_are_incomparable(a, b):
    assert compare(a, b).relation is Relation.INCOMPARABLE
    assert compare(a, b).reason


def test_people_and_bare_counts_are_comparable():
    a = stat(exact(300), "300", unit=Unit.PERSON)
    b = stat(exact(300), "300", unit=Unit.COUNT)
    assert compare(a, b).relation is Relation.SAME


# --- officials ------------------------------------------------------------------------


def off(name: str, surname: str, title: str | None = None, country: str | None = None):
    return Official(name, surname, title, country)


SAME_PEOPLE = [
    pytest.param(
        off("Antony J. Blinken", "Blinken"), off("Antony Blinken", "Blinken"), id="initial"
    ),
    pytest.param(off("Antony Blinken", "Blinken"), off("Blinken", "Blinken"), id="surname-only"),
    pytest.param(off("Tony Blinken", "Blinken"), off("Antony Blinken", "Blinken"), id="alias"),
    pytest.param(
        off("Andrés Manuel López Obrador", "López Obrador"),
        off("Andres Manuel Lopez Obrador", "Lopez Obrador"),
        id="accents",
    ),
    pytest.param(
        off("Andrés Manuel López Obrador", "López Obrador", "President", "MX"),
        off("López Obrador", "López Obrador", "Mexican President"),
        id="double-surname-and-title",
    ),
    pytest.param(
        off("A. Blinken", "Blinken"), off("Antony Blinken", "Blinken"), id="first-initial"
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_PEOPLE)
def test_one_person_across_spellings(a, b):
    assert same_person(a, b)
    assert compare(a, b).relation is Relation.SAME


DIFFERENT_PEOPLE = [
    pytest.param(off("Jake Sullivan", "Sullivan"), off("John Sullivan", "Sullivan"), id="given"),
    pytest.param(
        off("Ana Pérez", "Pérez", None, "MX"), off("Ana Pérez", "Pérez", None, "HN"), id="country"
    ),
    pytest.param(off("Ana Pérez", "Pérez"), off("Ana Gómez", "Gómez"), id="surname"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_are_incomparable(a, b):
    assert not same_person(a, b)
    assert compare(a, b).relation is Relation.INCOMPARABLE


def test_one_person_with_offices_that_differ_conflicts():
    a = off("Mara Quintero", "Quintero", "President")
    b = off("Mara Quintero", "Quintero", "Vice President")
    assert compare(a, b).relation is Relation.CONFLICTING


# --- meetings -----------------------------------------------------------------------------

DEC27 = Period("on Wednesday", dt.date(2023, 12, 27), dt.date(2023, 12, 27), Granularity.DAY)
DEC28 = Period("on Thursday", dt.date(2023, 12, 28), dt.date(2023, 12, 28), Granularity.DAY)
PALACE = Place("National Palace")
CAPITAL = Place("Mexico City")


def meet(*people: str, date=DEC27, place=PALACE, kind=MeetingKind.MEETING, status=None):
    return Meeting(people, place, date, status, kind)


MEETINGS = [
    pytest.param(
        meet("Antony J. Blinken", "Andrés Manuel López Obrador"),
        meet("Antony J. Blinken", "Andrés Manuel López Obrador"),
        Relation.SAME,
        id="identical",
    ),
    pytest.param(
        meet("Antony J. Blinken", "Andrés Manuel López Obrador"),
        meet("Blinken", "Andres Manuel Lopez Obrador", status=MeetingStatus.HELD),
        Relation.CONSISTENT,
        id="spellings-and-a-status",
    ),
    pytest.param(
        meet("Blinken", "López Obrador"),
        meet("Blinken", "López Obrador", date=DEC28),
        Relation.INCOMPARABLE,
        id="other-day",
    ),
    pytest.param(
        meet("Blinken", "López Obrador"),
        meet("Rosa Ibarra", "Tomás Vidal"),
        Relation.INCOMPARABLE,
        id="nobody-in-common",
    ),
    pytest.param(
        meet("Blinken", "López Obrador"),
        meet("Blinken", "López Obrador", place=Place("Tapachula")),
        Relation.CONFLICTING,
        id="same-day-other-place",
    ),
    pytest.param(
        meet("Blinken", "López Obrador"),
        meet("Blinken", "López Obrador", kind=MeetingKind.CALL),
        Relation.CONFLICTING,
        id="call-vs-meeting",
    ),
    pytest.param(
        meet("Blinken", "López Obrador", place=None),
        meet("Blinken", "López Obrador", place=CAPITAL),
        Relation.CONSISTENT,
        id="place-stated-once",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), MEETINGS)
def test_meetings(a, b, relation):
    assert compare(a, b).relation is relation
    assert compare(b, a).relation is relation


# --- caravans ------------------------------------------------------------------------------


def caravan(size=None, origins=(), estimates=(), **kw):
    return Caravan(size=size, origins=origins, size_estimates=estimates, **kw)


CARAVANS = [
    pytest.param(
        caravan(Estimate(6000, 10000, Qualifier.RANGE), ("HN", "VE")),
        caravan(Estimate(8000, 8000, Qualifier.ABOUT), ("VE",)),
        Relation.CONSISTENT,
        id="overlapping-sizes",
    ),
    pytest.param(
        caravan(exact(1500), ("HN",)),
        caravan(Estimate(6000, None, Qualifier.MORE_THAN), ("HN",)),
        Relation.CONFLICTING,
        id="disjoint-sizes",
    ),
    pytest.param(
        caravan(exact(1500), ("HN",)),
        caravan(exact(1500), ("CU",)),
        Relation.INCOMPARABLE,
        id="other-origins",
    ),
    pytest.param(
        caravan(exact(1500), departed=DEC27),
        caravan(exact(1500), departed=DEC28),
        Relation.INCOMPARABLE,
        id="other-departure",
    ),
    pytest.param(
        caravan(exact(1500), distance_to_border=quantity(1600, "mile")),
        caravan(exact(1500), distance_to_border=quantity(2575, "kilometer")),
        Relation.SAME,
        id="distance-in-other-units",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), CARAVANS)
def test_caravans(a, b, relation):
    assert compare(a, b).relation is relation
    assert compare(b, a).relation is relation


def test_merge_caravans_keeps_every_estimate_and_spans_them():
    police = SizeEstimate(Estimate(3000, 3000, Qualifier.ABOUT), Attribution("police"))
    organisers = SizeEstimate(exact(6000), Attribution("organisers"))
    a = caravan(police.estimate, ("HN",), (police,), spans=[Span(0, 4)])
    b = caravan(exact(6000), ("HN", "SV"), (organisers,), spans=[Span(2, 9)])
    merged = merge_caravans(a, b)
    assert merged.size_estimates == (police, organisers)
    assert merged.size == Estimate(3000, 6000, Qualifier.RANGE)
    assert merged.origins == ("HN", "SV")
    assert merged.spans == (Span(0, 4), Span(2, 9))
    assert [p.code.value for p in validate(merged)] == ["caravan_estimates_disagree"]


def test_merge_caravans_uses_a_lone_size_as_an_estimate():
    merged = merge_caravans(caravan(exact(900)), caravan(exact(900)))
    assert merged.size == exact(900)
    assert [e.estimate for e in merged.size_estimates] == [exact(900)]


def test_merge_caravans_refuses_different_groups():
    with pytest.raises(RecordError, match="not the same group"):
        merge_caravans(caravan(origins=("HN",)), caravan(origins=("CU",)))


def test_spanning_estimate_of_nothing_is_none():
    assert spanning_estimate([]) is None
    unbounded = [Estimate(5, None, Qualifier.MORE_THAN), Estimate(None, 9, Qualifier.AT_MOST)]
    assert spanning_estimate(unbounded) is None


# --- policy actions ------------------------------------------------------------------------

MON = Period("on Monday", dt.date(2023, 12, 18), dt.date(2023, 12, 18), Granularity.DAY)
TUE = Period("on Tuesday", dt.date(2023, 12, 19), dt.date(2023, 12, 19), Granularity.DAY)
BRIDGE = Place("Eagle Pass")


def act(
    evidence: str,
    kind: PolicyKind = PolicyKind.CLOSURE,
    status: PolicyStatus | None = PolicyStatus.ENACTED,
    **kw: object,
) -> PolicyAction:
    return PolicyAction(kind, Span(0, len(evidence)), evidence, status=status, **kw)  # type: ignore[arg-type]


POLICY_ACTIONS = [
    pytest.param(
        act("shut the rail bridge", actor="CBP", place=BRIDGE, date=MON),
        act("closed the railway bridge", actor="CBP", place=BRIDGE, date=MON),
        Relation.SAME,
        id="same-facts-other-words",
    ),
    pytest.param(
        act("shut the bridge", actor="CBP"),
        act("closed the bridge", actor="U.S. Customs and Border Protection"),
        Relation.SAME,
        id="a-body-under-its-full-name",
    ),
    pytest.param(
        act("closed its border", actor="United States"),
        act("closed its border", actor="U.S."),
        Relation.SAME,
        id="a-country-under-its-alias",
    ),
    pytest.param(
        act("signed the bill", PolicyKind.LAW, actor="Abbott"),
        act("signed the bill", PolicyKind.LAW, actor="Greg Abbott", date=MON),
        Relation.CONSISTENT,
        id="surname-and-full-name-date-stated-once",
    ),
    pytest.param(
        act("will close the crossing", status=PolicyStatus.PLANNED, actor="Texas"),
        act("closed the crossing", actor="Texas Department of Public Safety"),
        Relation.CONSISTENT,
        id="a-state-and-its-agency-at-different-stages",
    ),
    pytest.param(
        act("closed the bridge", actor="CBP", date=MON),
        act("reopened the bridge", status=PolicyStatus.REVERSED, actor="CBP", date=MON),
        Relation.CONFLICTING,
        id="in-force-and-reversed-on-one-day",
    ),
    pytest.param(
        act("closed the bridge", actor="CBP"),
        act("reopened the bridge", status=PolicyStatus.REVERSED, actor="CBP"),
        Relation.CONSISTENT,
        id="in-force-and-reversed-undated",
    ),
    pytest.param(
        act("closed the bridge", actor="CBP", date=MON),
        act("closed the bridge", actor="CBP", date=TUE),
        Relation.INCOMPARABLE,
        id="other-day",
    ),
    pytest.param(
        act("closed the border", actor="Mexico"),
        act("closed the border", actor="Guatemala"),
        Relation.INCOMPARABLE,
        id="other-actor",
    ),
    pytest.param(
        act("signed the order", PolicyKind.EXECUTIVE_ACTION, actor="Texas Governor Office"),
        act("signed the order", PolicyKind.EXECUTIVE_ACTION, actor="Texas Governor Abbott"),
        Relation.INCOMPARABLE,
        id="actors-of-one-length-sharing-words",
    ),
    pytest.param(  # as many words each, one's words all in the other: read the same both ways
        act("closed the border", actor="Texas and Texas"),
        act("closed the border", actor="Mexico and Texas"),
        Relation.CONSISTENT,
        id="repeated-word-in-actor",
    ),
    pytest.param(
        act("closed the bridge", place=BRIDGE),
        act("closed the bridge", place=Place("Laredo")),
        Relation.INCOMPARABLE,
        id="other-place",
    ),
    pytest.param(
        act("closed the bridge"),
        act("sued over the bridge", PolicyKind.LEGAL_CHALLENGE),
        Relation.INCOMPARABLE,
        id="other-kind",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), POLICY_ACTIONS)
def test_policy_actions(a, b, relation):
    assert compare(a, b).relation is relation
    assert compare(b, a).relation is relation


def test_a_policy_conflict_says_which_dates():
    found = compare(
        act("closed the bridge", actor="CBP", date=MON),
        act("reopened the bridge", status=PolicyStatus.REVERSED, actor="CBP", date=MON),
    )
    assert "2023-12-18" in found.reason
    assert "reversed" in found.reason


def _article_of(*evidence: str) -> Article:
    """An article whose text is the evidence of its actions, all by Texas, in turn."""
    text = ". ".join(evidence)
    actions, start = [], 0
    for words in evidence:
        actions.append(
            attrs.evolve(act(words, actor="Texas"), span=Span(start, start + len(words)))
        )
        start += len(words) + 2
    return Article(text, policy_actions=actions)


def test_alike_policy_actions_pair_by_the_words_they_share():
    a = _article_of("closed the rail bridge", "closed the highway checkpoint")
    b = _article_of("shut the highway checkpoint", "shut the rail bridge")
    view = compare_articles(a, b)
    pairs = {p.first.evidence: p.second.evidence for p in view.agreements}  # type: ignore[union-attr]
    assert pairs == {
        "closed the rail bridge": "shut the rail bridge",
        "closed the highway checkpoint": "shut the highway checkpoint",
    }


# --- wrong arguments -------------------------------------------------------------------------


def test_compare_refuses_other_types():
    with pytest.raises(ArgumentTypeError, match=r"^a must be"):
        compare(3, 3)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"^b must be Statistic"):
        compare(stat(exact(1), "1"), off("Ana Pérez", "Pérez"))
    action = PolicyAction(PolicyKind.LAW, Span(0, 1), "x")
    with pytest.raises(ArgumentTypeError, match=r"^b must be PolicyAction"):
        compare(action, stat(exact(1), "1"))
    with pytest.raises(ArgumentTypeError, match=r"^first must be Article"):
        compare_articles("text", Article(""))  # type: ignore[arg-type]


# --- articles -----------------------------------------------------------------------------

TEXT_A = "Officials counted 191,113 apprehensions in November. About 1,600 miles remain."
TEXT_B = "Fewer than 150,000 apprehensions in November, said a report. A 2,575 km trek."


def article_a() -> Article:
    return Article(
        TEXT_A,
        dt.date(2023, 12, 5),
        officials=[Official("Ana Pérez", "Pérez", "Minister", "MX", [Span(0, 9)])],
        statistics=[
            stat(exact(191113), "191,113", period=NOV),
            Statistic(
                Estimate(1600, 1600, Qualifier.ABOUT),
                Unit.MILE,
                Measure.DISTANCE,
                Span(52, 69),
                "About 1,600 miles",
            ),
        ],
    )


def article_b() -> Article:
    return Article(
        TEXT_B,
        dt.date(2023, 12, 6),
        statistics=[
            stat(UNDER_150K, "Fewer than 150,000", period=NOV),
            stat(exact(2575), "2,575 km", Measure.DISTANCE, Unit.KILOMETER),
            stat(exact(7), "7", Measure.DEATHS),
        ],
    )


def test_compare_articles_pairs_figures_by_measure_and_period():
    view = compare_articles(article_a(), article_b())
    assert isinstance(view, ArticleComparison)
    assert [(p.first.text, p.second.text) for p in view.conflicts] == [
        ("191,113", "Fewer than 150,000")
    ]
    assert [(p.first.text, p.second.text, p.relation) for p in view.agreements] == [
        ("About 1,600 miles", "2,575 km", Relation.CONSISTENT)
    ]
    assert [type(r).__name__ for r in view.only_in_first] == ["Official"]
    assert [r.text for r in view.only_in_second] == ["7"]  # type: ignore[union-attr]


def test_each_record_is_used_once_and_the_closest_match_wins():
    a = Article("10 12", statistics=[stat(exact(10), "10"), stat(exact(12), "12")])
    b = Article("12", statistics=[stat(exact(12), "12")])
    view = compare_articles(a, b)
    assert [(p.first.value.low, p.relation) for p in view.agreements] == [(12, Relation.SAME)]
    assert view.conflicts == ()
    assert [r.value.low for r in view.only_in_first] == [10]  # type: ignore[union-attr]


def test_an_article_agrees_with_itself():
    view = compare_articles(article_a(), article_a())
    assert view.conflicts == view.only_in_first == view.only_in_second == ()
    assert all(p.relation is Relation.SAME for p in view.agreements)
    assert len(view.agreements) == 3


# --- properties --------------------------------------------------------------------------

RECORDS = st.one_of(S.statistics(), S.caravans(), S.officials(), S.meetings(), S.policy_actions())


@given(RECORDS)
def test_a_record_is_the_same_as_itself(record):
    assert compare(record, record).relation is Relation.SAME


@given(st.data())
def test_the_relation_is_symmetric(data):
    kind = data.draw(
        st.sampled_from([S.statistics, S.caravans, S.officials, S.meetings, S.policy_actions])
    )
    a, b = data.draw(kind()), data.draw(kind())
    assert compare(a, b).relation is compare(b, a).relation


# figures of one measure, period and place, so that their relation is decided by the numbers
_FIGURE_VALUES = st.one_of(S.estimates(), st.integers(0, 50).map(lambda n: Estimate.exact(n * 100)))


@given(_FIGURE_VALUES, _FIGURE_VALUES)
def test_the_relation_of_two_figures_is_symmetric(x, y):
    a, b = stat(x, "a", period=NOV), stat(y, "b", period=NOV)
    assert compare(a, b).relation is compare(b, a).relation


def _in_km(s: Statistic) -> Statistic:
    def scaled(v: float | None) -> float | None:
        return None if v is None else v * 1.609344

    value = attrs.evolve(s.value, low=scaled(s.value.low), high=scaled(s.value.high))
    return attrs.evolve(s, value=value, unit=Unit.KILOMETER)


_MILES = st.one_of(
    st.integers(0, 20_000).map(float), st.integers(0, 2_000_000).map(lambda n: n / 100)
)


@st.composite
def _distance_estimates(draw) -> Estimate:
    q = draw(st.sampled_from(Qualifier))
    a, b = sorted((draw(_MILES), draw(_MILES)))
    if q in (Qualifier.EXACT, Qualifier.ABOUT):
        return Estimate(a, a, q)
    if q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.VAGUE):
        return Estimate(a, None, q)
    if q in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return Estimate(None, b, q)
    return Estimate(a, b if b > a else a + 1, q)


@given(_distance_estimates(), _distance_estimates(), st.booleans())
def test_converting_miles_to_kilometres_never_changes_the_relation(x, y, both):
    a = stat(x, "a", Measure.DISTANCE, Unit.MILE)
    b = stat(y, "b", Measure.DISTANCE, Unit.MILE)
    before = compare(a, b).relation
    after = compare(_in_km(a) if both else a, _in_km(b)).relation
    assert before is after


@given(S.caravans(), S.caravans())
def test_converting_a_caravans_distance_never_changes_the_relation(a, b):
    in_km = attrs.evolve(
        b,
        distance_to_border=None
        if b.distance_to_border is None
        else b.distance_to_border.to("kilometer"),
    )
    assert compare(a, b).relation is compare(a, in_km).relation


def _view_key(view: ArticleComparison):
    def pairs(items):
        return sorted((repr(p.first), repr(p.second), p.relation.value) for p in items)

    return (
        pairs(view.agreements),
        pairs(view.conflicts),
        sorted(map(repr, view.only_in_first)),
        sorted(map(repr, view.only_in_second)),
    )


def _shuffled(article: Article, seed: int) -> Article:
    rng = random.Random(seed)
    fields = {}
    for kind in ("officials", "meetings", "caravans", "policy_actions", "statistics"):
        items = list(getattr(article, kind))
        rng.shuffle(items)
        fields[kind] = items
    return attrs.evolve(article, **fields)


@ARTICLES
@given(S.articles(max_records=2), S.articles(max_records=2), st.integers(0, 1000))
def test_reordering_records_never_changes_the_comparison(a, b, seed):
    before = compare_articles(a, b)
    after = compare_articles(_shuffled(a, seed), _shuffled(b, seed + 1))
    assert _view_key(before) == _view_key(after)


@ARTICLES
@given(S.articles())
def test_an_article_compared_with_itself_has_no_conflict(article):
    view = compare_articles(article, article)
    assert view.conflicts == ()
    assert view.only_in_first == view.only_in_second == ()


@ARTICLES
@given(S.articles(max_records=2), S.articles(max_records=2))
def test_every_record_lands_in_exactly_one_place(a, b):
    view = compare_articles(a, b)
    pairs = view.agreements + view.conflicts
    compared = [*a.officials, *a.meetings, *a.caravans, *a.policy_actions, *a.statistics]
    assert len(pairs) + len(view.only_in_first) == len(compared)
    assert all(p.relation is not Relation.INCOMPARABLE for p in pairs)
    assert all(p.relation is Relation.CONFLICTING for p in view.conflicts)
