"""triangulate: one fact per thing reported, its relation judged by compare, no quadratic growth."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from migrationnews import (
    Article,
    Caravan,
    Estimate,
    FactKind,
    Measure,
    Meeting,
    Period,
    Place,
    PolicyAction,
    PolicyKind,
    PolicyStatus,
    Qualifier,
    Relation,
    Span,
    Statistic,
    Unit,
    parse,
    triangulate,
)
from migrationnews import ledger as ledger_module
from migrationnews.cli import main
from migrationnews.errors import ArgumentTypeError

DAY = dt.date(2024, 3, 5)
NOVEMBER = Period("in November", dt.date(2023, 11, 1), dt.date(2023, 11, 30))


def figure(
    estimate, *, measure=Measure.APPREHENSIONS, unit=Unit.PERSON, period=NOVEMBER, place=None
):
    text = estimate.text or "some figure"
    return Statistic(estimate, unit, measure, Span(0, len(text)), text, period=period, place=place)


def article(source, *, published=DAY, text="x" * 200, **records):
    return Article(text, published, source=source, **records)


def caravan_report(source, size, *, published=DAY, origins=("HN",)):
    return article(
        source,
        published=published,
        caravans=[Caravan(size=size, origins=origins, spans=[Span(0, 10)])],
    )


def test_three_reports_of_one_caravan_are_one_fact_with_their_spread():
    ledger = triangulate(
        [
            caravan_report("wire", Estimate(3000, 3000, Qualifier.ABOUT)),
            caravan_report("daily", Estimate(3000, 3000, Qualifier.ABOUT)),
            caravan_report("radio", Estimate.exact(8000)),
        ]
    )
    (fact,) = ledger.facts
    assert fact.kind is FactKind.CARAVANS
    assert fact.sources == ("wire", "daily", "radio")
    assert fact.relation is Relation.CONFLICTING
    assert fact.spread == Estimate(3000, 8000, Qualifier.RANGE)
    assert ledger.conflicts == (fact,)
    assert fact.reports[0].record.size.qualifier is Qualifier.ABOUT


def test_caravans_of_other_origins_or_months_apart_are_other_facts():
    ledger = triangulate(
        [
            caravan_report("a", Estimate.exact(3000)),
            caravan_report("b", Estimate.exact(3000), origins=("VE",)),
            caravan_report("c", Estimate.exact(3000), published=DAY + dt.timedelta(days=60)),
        ]
    )
    assert [f.sources for f in ledger.facts] == [("a",), ("b",), ("c",)]
    assert all(f.relation is Relation.SAME and f.reason == "one report" for f in ledger.facts)


@pytest.mark.parametrize(
    ("second", "relation"),
    [
        (Estimate(190000, None, Qualifier.MORE_THAN, "more than 190,000"), Relation.SAME),
        (Estimate.exact(191113, "191,113"), Relation.CONSISTENT),
        (Estimate(None, 150000, Qualifier.LESS_THAN, "fewer than 150,000"), Relation.CONFLICTING),
    ],
)
def test_a_figure_reported_twice_is_judged_by_compare(second, relation):
    first = Estimate(190000, None, Qualifier.MORE_THAN, "over 190,000")
    ledger = triangulate(
        [article("a", statistics=[figure(first)]), article("b", statistics=[figure(second)])]
    )
    (fact,) = ledger.facts
    assert fact.relation is relation
    assert fact.kind is FactKind.STATISTICS


def test_a_conflict_between_two_reports_neither_of_them_first_is_found():
    about = Estimate(1000, 1000, Qualifier.ABOUT, "about 1,000")  # 900..1,100
    low, high = Estimate.exact(900, "900"), Estimate.exact(1100, "1,100")
    ledger = triangulate(
        [article(s, statistics=[figure(e)]) for s, e in (("a", about), ("b", low), ("c", high))]
    )
    (fact,) = ledger.facts
    assert fact.relation is Relation.CONFLICTING
    assert "'1,100' and '900'" in fact.reason or "'900' and '1,100'" in fact.reason
    assert fact.spread == Estimate(900, 1100, Qualifier.RANGE)


def test_figures_of_other_periods_places_or_measures_are_other_facts():
    december = Period("in December", dt.date(2023, 12, 1), dt.date(2023, 12, 31))
    base = Estimate.exact(5000, "5,000")
    records = [
        figure(base),
        figure(base, period=december),
        figure(base, place=Place("El Paso")),
        figure(base, measure=Measure.REMOVALS),
        figure(base),
    ]
    ledger = triangulate([article(f"s{i}", statistics=[r]) for i, r in enumerate(records)])
    assert [f.sources for f in ledger.facts] == [("s0", "s4"), ("s1",), ("s2",), ("s3",)]


def test_distances_in_miles_and_kilometres_are_one_fact_spread_in_the_first_unit():
    miles = figure(Estimate.exact(1000, "1,000 miles"), measure=Measure.DISTANCE, unit=Unit.MILE)
    km = figure(Estimate.exact(1609, "1,609 km"), measure=Measure.DISTANCE, unit=Unit.KILOMETER)
    (fact,) = triangulate([article("a", statistics=[miles]), article("b", statistics=[km])]).facts
    assert fact.relation is Relation.SAME
    assert fact.spread is not None
    assert fact.spread.low == pytest.approx(999.78, abs=0.01)
    assert fact.spread.high == 1000


def closure(status, day):
    when = Period("on Monday", day, day)
    return PolicyAction(
        PolicyKind.CLOSURE,
        Span(0, 10),
        "x" * 10,
        actor="Texas",
        place=Place("Eagle Pass"),
        status=status,
        date=when,
    )


def test_a_closure_in_force_and_reversed_on_the_same_day_conflicts():
    day = dt.date(2024, 3, 4)
    ledger = triangulate(
        [
            article("a", policy_actions=[closure(PolicyStatus.ENACTED, day)]),
            article("b", policy_actions=[closure(PolicyStatus.ENACTED, day)]),
            article("c", policy_actions=[closure(PolicyStatus.REVERSED, day)]),
        ]
    )
    (fact,) = ledger.facts
    assert fact.kind is FactKind.POLICY_ACTIONS
    assert fact.relation is Relation.CONFLICTING
    assert fact.spread is None


def test_a_meeting_named_by_surname_or_full_name_is_one_fact():
    when = Period("on Wednesday", dt.date(2024, 3, 6), dt.date(2024, 3, 6))
    one = Meeting(["Antony Blinken", "Andrés Manuel López Obrador"], date=when, spans=[Span(0, 5)])
    two = Meeting(["Blinken"], date=when, spans=[Span(0, 5)])
    other = Meeting(["Kamala Harris"], date=when, spans=[Span(0, 5)])
    ledger = triangulate([article("a", meetings=[one]), article("b", meetings=[two, other])])
    assert [(f.kind.value, f.sources) for f in ledger.facts] == [
        ("meetings", ("a", "b")),
        ("meetings", ("b",)),
    ]


def test_grouping_grows_linearly_with_the_records(monkeypatch):
    calls = []
    real = ledger_module.compare

    def counted(a, b):
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(ledger_module, "compare", counted)

    def compares(n):
        calls.clear()
        articles = []
        for i in range(n):
            month = dt.date(2020 + i // 1200, i // 100 % 12 + 1, 1)
            period = Period("that month", month, month + dt.timedelta(days=27))
            value = Estimate.exact(1000 + i % 7)
            articles.append(article(f"s{i}", statistics=[figure(value, period=period)]))
        triangulate(articles)
        return len(calls)

    small, large = compares(500), compares(2000)
    assert large < 6 * small  # quadratic would be 16 times


def test_rows_are_one_per_report_with_the_fact_columns():
    ledger = triangulate(
        [caravan_report("wire", Estimate.exact(3000)), caravan_report("tv", Estimate.exact(3000))]
    )
    rows = ledger.rows()
    assert [tuple(r) for r in rows] == [ledger_module.COLUMNS] * 2
    assert [r["source"] for r in rows] == ["wire", "tv"]
    assert rows[0]["relation"] == "same"
    assert rows[0]["spread_low"] == 3000


def test_articles_must_be_articles():
    with pytest.raises(ArgumentTypeError, match=r"articles\[1\] must be Article"):
        triangulate([parse("text"), "text"])
    with pytest.raises(ArgumentTypeError, match="articles"):
        triangulate("text")


# --- the command ---------------------------------------------------------------------------

REPORTS = {
    "wire.txt": "A caravan of about 3,000 migrants left Tapachula on Monday.",
    "daily.txt": "Some 3,000 people set out from Tapachula in a caravan on Monday.",
    "radio.txt": "The caravan that left Tapachula on Monday numbers 8,000, <b>organizers</b> said.",
}


@pytest.fixture
def folder(tmp_path):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_ledger_command_prints_facts_and_conflicts(folder):
    status, out, err = run("ledger", str(folder), "--published", "2024-03-05", "--jobs", "1")
    assert status == 0, err
    assert out.startswith("Facts (")
    assert "caravans    conflicting  3" in out
    assert "Conflicts (" in out


def test_ledger_command_json_csv_and_html(folder):
    _, out, _ = run("ledger", str(folder), "--format", "json")
    data = json.loads(out)
    caravan = data["facts"][0]
    assert caravan["kind"] == "caravans"
    assert len(caravan["sources"]) == 3
    assert caravan["reports"][0]["data"]["size"]["low"] == 3000
    assert 0 in data["conflicts"]
    _, out, _ = run("ledger", str(folder), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == ledger_module.COLUMNS
    assert rows[0]["kind"] == "caravans"
    _, out, _ = run("ledger", str(folder), "--format", "html")
    assert out.startswith("<!DOCTYPE html>")
    assert '<tr class="conflicting">' in out
    assert "<b>organizers</b>" not in out
    assert "&lt;b&gt;organizers&lt;/b&gt;" in out


def test_ledger_command_reports_unreadable_inputs(folder):
    status, out, err = run("ledger", str(folder), str(folder / "missing.txt"))
    assert status == 1
    assert "missing.txt: no such file" in err
    assert "Facts (" in out
    status, _, _ = run("ledger", str(folder / "missing.txt"))
    assert status == 2


def test_two_different_records_of_one_article_are_two_facts_a_repeat_is_one():
    over = figure(Estimate(190000, None, Qualifier.MORE_THAN, "over 190,000"))
    under = figure(Estimate(None, 150000, Qualifier.LESS_THAN, "under 150,000"))
    ledger = triangulate([article("a", statistics=[over, under, over])])
    assert [len(f.reports) for f in ledger.facts] == [2, 1]
    assert ledger.conflicts == ()
    ledger = triangulate([article("a", statistics=[over]), article("b", statistics=[under])])
    assert [f.relation for f in ledger.facts] == [Relation.CONFLICTING]
