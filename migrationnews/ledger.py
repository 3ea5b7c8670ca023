"""One ledger of facts across outlets: what several articles say about the same thing.

:func:`triangulate` brings together the records of many articles that report the same
caravan, the same figure (same measure, unit, rate, period and place), the same policy action
or the same meeting into one :class:`Fact`: its ``reports`` (each the article's source and
the record), its ``sources``, a ``spread`` (one estimate spanning every report's figure, for
figures and caravan sizes) and a ``relation`` judged by :func:`~migrationnews.compare`:
``same`` when every report says the same, ``consistent`` when they differ but can all be
true, ``conflicting`` when two cannot both be true. A fact told by one report is ``same``.

>>> import datetime as dt
>>> from migrationnews import parse
>>> day = dt.date(2024, 3, 5)
>>> ledger = triangulate([
...     parse("A caravan of about 3,000 migrants left Tapachula on Monday.",
...           published=day, source="wire"),
...     parse("Some 3,000 people set out from Tapachula in a caravan on Monday.",
...           published=day, source="daily"),
...     parse("The caravan that left Tapachula on Monday numbers 8,000, organizers said.",
...           published=day, source="radio"),
... ])
>>> fact = ledger.facts[0]
>>> fact.kind, fact.sources, fact.relation.value
(<FactKind.CARAVANS: 'caravans'>, ('wire', 'daily', 'radio'), 'conflicting')
>>> fact.spread
Estimate(low=3000, high=8000, qualifier=<Qualifier.RANGE: 'range'>, text='')
>>> [f.kind.value for f in ledger.conflicts]  # the sizes are also figures of migrants
['caravans', 'statistics']

How records are grouped, in time that grows with the number of records, not its square:
each record gets blocking keys, and is compared only with the facts filed under its keys.

* a figure: its measure, the kind of its unit (people, length, money...), its rate, its
  period and its place (a figure with no place is never grouped with one that has a place);
* a caravan: when (the week it departed, else the week the article was published, give or
  take a week); not where it is, since a caravan moves: reports of it from two towns are
  one fact unless :func:`compare` finds other origins or another departure;
* a policy action: its kind and place, and when (its own date's week, else the article's);
* a meeting: each participant's surname (or each country, for talks between governments),
  and when, as for policy actions.

Within its block a record joins the first fact whose first report :func:`compare` does not
call ``incomparable`` and, for the kinds placed in time, that was first reported within
about a week of it (so that a fact never drifts over months, report by report); else it
starts a new fact. A second record of an article already in a fact joins it only when it is
the ``same`` as that article's (an article repeating a figure): two different records of one
article are two things. Officials are people, not reported facts, and are left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import html
import io
import itertools
import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeAlias

from attrs import frozen

from migrationnews.comparison import (
    Comparison,
    Relation,
    compare,
    estimate_interval,
    rounding_tolerance,
    spanning_estimate,
)
from migrationnews.errors import ArgumentTypeError
from migrationnews.records import Article, Caravan, Meeting, PolicyAction, Record, Statistic
from migrationnews.report import estimate_text, period_text, table
from migrationnews.serialize import to_dict
from migrationnews.text import fold_plain
from migrationnews.values import Estimate, Period, Place

__all__ = [
    "COLUMNS",
    "Fact",
    "FactKind",
    "Ledger",
    "Report",
    "describe",
    "ledger_csv",
    "ledger_html",
    "ledger_json",
    "ledger_table",
    "triangulate",
]

WEEK = 7  # days: reports of one event fall in the same week, or the week before or after
PAIRWISE_LIMIT = 40  # distinct reports of a fact compared pair by pair; beyond, each with the first

Cell: TypeAlias = "str | int | float | dt.date | None"


class FactKind(enum.Enum):
    """What a fact is about (the values are the table kinds of :func:`~migrationnews.rows`)."""

    CARAVANS = "caravans"
    MEETINGS = "meetings"
    POLICY_ACTIONS = "policy_actions"
    STATISTICS = "statistics"


@frozen(kw_only=True)
class Report:
    """One article's record of a fact.

    ``article`` is the article's position in the input of :func:`triangulate`, ``record``
    the record's position among its article's records of that kind (the ``record`` column of
    :func:`~migrationnews.rows`), ``evidence`` the text at the record's first span.
    """

    source: str | None
    published: dt.date | None
    article: int
    index: int
    record: Record
    evidence: str

    @property
    def name(self) -> str:
        """The article's source, else its position (``#3``)."""
        return self.source if self.source is not None else f"#{self.article}"


@frozen(kw_only=True)
class Fact:
    """Every report of one thing, and how they relate."""

    kind: FactKind
    reports: tuple[Report, ...]
    relation: Relation
    reason: str  # why, in words: the comparison that decided the relation
    spread: Estimate | None  # figures and caravan sizes only

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct articles reporting the fact, in input order."""
        return tuple(dict.fromkeys(r.name for r in self.reports))

    @property
    def about(self) -> str:
        """What the fact is about, in words (its first report's subject)."""
        return describe(self.reports[0].record)


@frozen
class Ledger:
    """The facts of many articles: caravans, then meetings, policy actions and figures, each
    kind in the order its facts were first reported."""

    facts: tuple[Fact, ...]

    @property
    def conflicts(self) -> tuple[Fact, ...]:
        """The facts whose reports cannot all be true."""
        return tuple(f for f in self.facts if f.relation is Relation.CONFLICTING)

    def rows(self) -> list[dict[str, Cell]]:
        """One flat dict per report (the fact's columns repeated), keys :data:`COLUMNS`."""
        out: list[dict[str, Cell]] = []
        for number, fact in enumerate(self.facts):
            spread = fact.spread
            for report in fact.reports:
                out.append(
                    {
                        "fact": number,
                        "kind": fact.kind.value,
                        "relation": fact.relation.value,
                        "about": fact.about,
                        "sources": len(fact.sources),
                        "spread_low": None if spread is None else spread.low,
                        "spread_high": None if spread is None else spread.high,
                        "spread_qualifier": None if spread is None else spread.qualifier.value,
                        "reason": fact.reason,
                        "source": report.source,
                        "published": report.published,
                        "article": report.article,
                        "record": report.index,
                        "evidence": report.evidence,
                    }
                )
        return out


COLUMNS = (
    "fact",
    "kind",
    "relation",
    "about",
    "sources",
    "spread_low",
    "spread_high",
    "spread_qualifier",
    "reason",
    "source",
    "published",
    "article",
    "record",
    "evidence",
)
"""The keys of :meth:`Ledger.rows`, in order."""


# --- blocking keys ------------------------------------------------------------------------


def _place_key(place: Place | None) -> str | None:
    return None if place is None else fold_plain(place.name)


def _period_key(period: Period | None) -> Hashable:
    """Equal exactly when ``compare`` finds two figures' periods comparable."""
    if period is None:
        return None
    if period.start is not None:
        return (period.start, period.end)
    return (fold_plain(period.text), period.granularity)


def _week(when: dt.date | None) -> int | None:
    return None if when is None else when.toordinal() // WEEK


def _own_date(record: Record) -> dt.date | None:
    period: Period | None = None
    if isinstance(record, Caravan):
        period = record.departed
    elif isinstance(record, Meeting | PolicyAction):
        period = record.date
    return None if period is None else period.start


def _keys(record: Record) -> list[Hashable]:
    """The blocks a record is filed under (time apart, see :func:`_week`)."""
    if isinstance(record, Statistic):
        dimension = record.unit.dimension
        period = _period_key(record.period)
        return [(record.measure, dimension, record.per, period, _place_key(record.place))]
    if isinstance(record, Caravan):
        # A caravan moves: where it is tells no two groups apart, when it left (the week)
        # and where its people come from (compare's test) do.
        return [None]
    if isinstance(record, PolicyAction):
        return [(record.kind, _place_key(record.place))]
    assert isinstance(record, Meeting)
    names = [fold_plain(p).split()[-1:] for p in record.participants]
    keys: list[Hashable] = [("person", n[0]) for n in names if n]
    return keys or [("country", c) for c in record.countries] or [None]


# --- grouping ------------------------------------------------------------------------------

_KIND_OF: dict[type, FactKind] = {
    Caravan: FactKind.CARAVANS,
    Meeting: FactKind.MEETINGS,
    PolicyAction: FactKind.POLICY_ACTIONS,
    Statistic: FactKind.STATISTICS,
}


def _articles(articles: Any) -> list[Article]:
    expected = "an Article or an iterable of Articles"
    if isinstance(articles, Article):
        return [articles]
    if isinstance(articles, str | bytes) or not isinstance(articles, Iterable):
        raise ArgumentTypeError("articles", expected, articles)
    out = list(articles)
    for i, item in enumerate(out):
        if not isinstance(item, Article):
            raise ArgumentTypeError(f"articles[{i}]", "Article", item)
    return out


def _reports(articles: Sequence[Article]) -> Iterable[Report]:
    for number, article in enumerate(articles):
        for kind in FactKind:
            records: tuple[Record, ...] = getattr(article, kind.value)
            for index, record in enumerate(records):
                spans = record.spans
                yield Report(
                    source=article.source,
                    published=article.published,
                    article=number,
                    index=index,
                    record=record,
                    evidence=spans[0].of(article.text) if spans else "",
                )


class _Group:
    """A fact being gathered: its reports, and each article's first record in it."""

    def __init__(self, kind: FactKind) -> None:
        self.kind = kind
        self.reports: list[Report] = []
        self.by_article: dict[int, Record] = {}

    def takes(self, report: Report) -> bool:
        """Whether ``report`` is about the fact: comparable with its first report, and, from
        an article already in it, the same as that article's record (an article repeating a
        figure); two different records of one article are two things."""
        if compare(self.reports[0].record, report.record).relation is Relation.INCOMPARABLE:
            return False
        own = self.by_article.get(report.article)
        return own is None or compare(own, report.record).relation is Relation.SAME

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.by_article.setdefault(report.article, report.record)


def triangulate(articles: Article | Iterable[Article]) -> Ledger:
    """The facts the records of ``articles`` report, each with every report of it.

    Raises :class:`~migrationnews.errors.ArgumentTypeError` naming the item that is not an
    :class:`~migrationnews.records.Article`.
    """
    kept = _articles(articles)
    groups: list[_Group] = []
    index: dict[Hashable, list[int]] = {}
    for report in _reports(kept):
        record = report.record
        kind = _KIND_OF[type(record)]
        timed = kind is not FactKind.STATISTICS
        week = _week(_own_date(record) or report.published) if timed else None
        weeks = [None] if week is None else [week - 1, week, week + 1]
        keys = [(kind, key) for key in _keys(record)]
        candidates = dict.fromkeys(
            number for key in keys for when in weeks for number in index.get((key, when), ())
        )
        joined = next((n for n in candidates if groups[n].takes(report)), None)
        if joined is None:  # a new fact, filed under its first report's keys and week
            joined = len(groups)
            groups.append(_Group(kind))
            for key in keys:
                index.setdefault((key, week), []).append(joined)
        groups[joined].add(report)
    order = {kind: n for n, kind in enumerate(FactKind)}
    facts = [_fact(group.kind, group.reports) for group in groups]
    facts.sort(key=lambda f: order[f.kind])  # stable: first reported first within a kind
    return Ledger(tuple(facts))


# --- judging a fact ------------------------------------------------------------------------

_RANK = {Relation.SAME: 0, Relation.CONSISTENT: 1, Relation.CONFLICTING: 2}


def _size(record: Record) -> Estimate | None:
    if isinstance(record, Statistic):
        return record.value
    if isinstance(record, Caravan):
        if record.size is not None:
            return record.size
        return spanning_estimate(e.estimate for e in record.size_estimates)
    return None


def _scale(record: Record) -> tuple[float, float]:
    """(factor to base units, rounding tolerance) of a record's figure."""
    if isinstance(record, Statistic):
        return record.unit.factor, rounding_tolerance(record.unit)
    return 1.0, 0.0


def _extremes(records: Sequence[Record]) -> tuple[Record, Record] | None:
    """The report with the highest low bound and the one with the lowest high bound: the
    figures all allow a common value exactly when these two do (intervals on a line)."""
    sized = []
    for record in records:
        estimate = _size(record)
        if estimate is not None:
            sized.append((estimate_interval(estimate, *_scale(record)), record))
    if len(sized) < 2:
        return None
    highest_low = max(sized, key=lambda s: s[0][0])[1]
    lowest_high = min(sized, key=lambda s: s[0][1])[1]
    return (highest_low, lowest_high) if highest_low is not lowest_high else None


def _bounds(estimate: Estimate | None) -> Hashable:
    return None if estimate is None else (estimate.low, estimate.high, estimate.qualifier)


def _signature(record: Record) -> Hashable:
    """What a record states, without where it was read: equal signatures say the same."""
    if isinstance(record, Statistic):
        return (_bounds(record.value), record.unit, record.per, record.period, record.place)
    if isinstance(record, Caravan):
        return (
            _bounds(_size(record)),
            record.origins,
            record.location,
            record.departed,
            record.status,
            record.distance_as_stated,
        )
    if isinstance(record, Meeting):
        return (
            record.participants,
            record.countries,
            record.date,
            record.location,
            record.status,
            record.kind,
        )
    assert isinstance(record, PolicyAction)
    return (record.kind, record.status, record.actor, record.place, record.date)


def _judge(kind: FactKind, records: Sequence[Record]) -> Comparison:
    """The relation of a fact's reports: the worst :func:`compare` finds among them.

    Reports that state the same (equal signatures) are compared once. Figures and caravan
    sizes conflict only when their intervals do, and intervals on a line all share a value
    exactly when the one with the highest low and the one with the lowest high do, so two
    comparisons decide; every report was found comparable with the first when it joined,
    so one more pass with the first tells ``same`` from ``consistent``. Other kinds are
    compared pair by pair among reports that are not ``same`` as an earlier one.
    """
    if len(records) == 1:
        return Comparison(Relation.SAME, "one report")
    seen: set[Hashable] = set()
    unlike: list[Record] = []  # the first record of each signature, in order
    for record in records:
        signature = _signature(record)
        if signature not in seen:
            seen.add(signature)
            unlike.append(record)
    if len(unlike) == 1:
        return compare(records[0], records[1])
    if kind in (FactKind.STATISTICS, FactKind.CARAVANS):
        extremes = _extremes(unlike)
        found = None if extremes is None else compare(*extremes)
        if found is not None and found.relation is Relation.CONFLICTING:
            return found
        if found is None or found.relation is not Relation.INCOMPARABLE:
            said = [compare(unlike[0], other) for other in unlike[1:]]
            return next((c for c in said if c.relation is not Relation.SAME), said[0])
    distinct: list[Record] = []
    for record in unlike:
        if not any(compare(d, record).relation is Relation.SAME for d in distinct[:PAIRWISE_LIMIT]):
            distinct.append(record)
    if len(distinct) == 1:
        return compare(unlike[0], unlike[1])
    pairs: Iterable[tuple[Record, Record]]
    if len(distinct) <= PAIRWISE_LIMIT:
        pairs = itertools.combinations(distinct, 2)
    else:
        pairs = ((distinct[0], other) for other in distinct[1:])
    worst: Comparison | None = None
    for a, b in pairs:
        found = compare(a, b)
        if found.relation is Relation.INCOMPARABLE:
            continue
        if worst is None or _RANK[found.relation] > _RANK[worst.relation]:
            worst = found
            if found.relation is Relation.CONFLICTING:
                break
    return worst or Comparison(Relation.CONSISTENT, "reports linked through the first")


def _spread(kind: FactKind, records: Sequence[Record]) -> Estimate | None:
    """One estimate spanning every report's figure, in the first report's unit."""
    if kind not in (FactKind.STATISTICS, FactKind.CARAVANS):
        return None
    base_factor = _scale(records[0])[0]
    estimates = []
    for record in records:
        estimate = _size(record)
        if estimate is None:
            continue
        ratio = _scale(record)[0] / base_factor
        if ratio != 1.0:
            low = None if estimate.low is None else estimate.low * ratio
            high = None if estimate.high is None else estimate.high * ratio
            estimate = Estimate(low, high, estimate.qualifier)
        estimates.append(Estimate(estimate.low, estimate.high, estimate.qualifier))
    return spanning_estimate(estimates)


def _fact(kind: FactKind, reports: list[Report]) -> Fact:
    records = [r.record for r in reports]
    found = _judge(kind, records)
    return Fact(
        kind=kind,
        reports=tuple(reports),
        relation=found.relation,
        reason=found.reason,
        spread=_spread(kind, records),
    )


# --- describing and rendering -----------------------------------------------------------


def describe(record: Record) -> str:
    """What a record is about, without its figure: "apprehensions (person) per day, 2023-11"."""
    if isinstance(record, Statistic):
        parts = [record.measure.value, f"({record.unit.value})"]
        if record.per is not None:
            parts.append(f"per {record.per.value}")
        if record.period is not None:
            parts.append(period_text(record.period))
        if record.place is not None:
            parts.append(f"in {record.place.name}")
        return " ".join(parts)
    if isinstance(record, Caravan):
        parts = ["caravan"]
        if record.origins:
            parts.append("from " + ", ".join(record.origins))
        if record.location is not None:
            parts.append(f"at {record.location.name}")
        if record.departed is not None:
            parts.append(f"departed {period_text(record.departed)}")
        return " ".join(parts)
    if isinstance(record, Meeting):
        who = "; ".join((*record.participants, *record.countries))
        kind = record.kind.value if record.kind else "meeting"
        where = f" in {record.location.name}" if record.location else ""
        when = f" {period_text(record.date)}" if record.date else ""
        return f"{kind}: {who}{where}{when}"
    assert isinstance(record, PolicyAction)
    parts = [record.kind.value]
    if record.actor:
        parts.append(f"by {record.actor}")
    if record.place is not None:
        parts.append(f"in {record.place.name}")
    if record.date is not None:
        parts.append(period_text(record.date))
    return " ".join(parts)


def _shown(report: Report) -> str:
    estimate = _size(report.record)
    status = getattr(report.record, "status", None)
    said = estimate.describe() if estimate is not None else ""
    if status is not None:
        said = f"{said} {status.value}".strip()
    return said or report.evidence[:50]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def ledger_table(ledger: Ledger) -> str:
    """The facts as a plain-text table, then every report of each conflict."""
    rows = [
        [
            str(n),
            f.kind.value,
            f.relation.value,
            str(len(f.sources)),
            estimate_text(f.spread),
            _cut(f.about, 70),
        ]
        for n, f in enumerate(ledger.facts)
    ]
    out = [f"Facts ({len(ledger.facts)})"]
    if rows:
        out.append(table(["fact", "kind", "relation", "sources", "spread", "about"], rows))
    out.append(f"\nConflicts ({len(ledger.conflicts)})")
    for n, fact in enumerate(ledger.facts):
        if fact.relation is not Relation.CONFLICTING:
            continue
        out.append(f"\nfact {n}: {fact.about}: {fact.reason}")
        out.append(
            table(
                ["source", "published", "says", "evidence"],
                [
                    [
                        r.name,
                        r.published.isoformat() if r.published else "",
                        _shown(r),
                        r.evidence[:60],
                    ]
                    for r in fact.reports
                ],
            )
        )
    return "\n".join(out)


def _fact_data(fact: Fact) -> dict[str, Any]:
    return {
        "kind": fact.kind.value,
        "about": fact.about,
        "relation": fact.relation.value,
        "reason": fact.reason,
        "sources": list(fact.sources),
        "spread": None if fact.spread is None else to_dict(fact.spread),
        "reports": [
            {
                "source": r.source,
                "published": None if r.published is None else r.published.isoformat(),
                "article": r.article,
                "record": r.index,
                "evidence": r.evidence,
                "data": to_dict(r.record),
            }
            for r in fact.reports
        ],
    }


def ledger_json(ledger: Ledger, *, indent: int | None = 1) -> str:
    """The ledger as JSON: ``{"facts": [...], "conflicts": [fact numbers]}``; each report
    keeps its record in full (``data``, the shape of ``to_dict``)."""
    body = {
        "facts": [_fact_data(f) for f in ledger.facts],
        "conflicts": [n for n, f in enumerate(ledger.facts) if f.relation is Relation.CONFLICTING],
    }
    return json.dumps(body, ensure_ascii=False, indent=indent)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def ledger_csv(ledger: Ledger) -> str:
    """:meth:`Ledger.rows` as CSV, with a header line of :data:`COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([_csv_cell(row[c]) for c in COLUMNS] for row in ledger.rows())
    return buffer.getvalue()


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
tr.conflicting > td { background: #fde2e1; }
tr.consistent > td { background: #fff6d6; }
tr.same > td { background: #e5f5e0; }
td.reports { font-size: 90%; }
"""


def ledger_html(ledger: Ledger, title: str = "Ledger of facts") -> str:
    """One standalone page (inline CSS, no script): a row per fact, coloured by relation,
    with each report's source and evidence. Every text is escaped."""
    e = html.escape
    body = []
    for n, fact in enumerate(ledger.facts):
        reports = "<br>".join(
            f"<b>{e(r.name)}</b> {e(_shown(r))}: <q>{e(r.evidence)}</q>" for r in fact.reports
        )
        body.append(
            f'<tr class="{fact.relation.value}"><td>{n}</td><td>{e(fact.kind.value)}</td>'
            f"<td>{e(fact.relation.value)}</td><td>{e(fact.about)}</td>"
            f"<td>{e(estimate_text(fact.spread))}</td><td>{len(fact.sources)}</td>"
            f'<td class="reports">{reports}<br><i>{e(fact.reason)}</i></td></tr>'
        )
    head = "".join(
        f"<th>{h}</th>"
        for h in ("fact", "kind", "relation", "about", "spread", "sources", "reports")
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{e(title)}</h1><p>{len(ledger.facts)} facts, "
        f"{len(ledger.conflicts)} conflicting.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"</body></html>\n"
    )


RENDERERS: dict[str, Callable[[Ledger], str]] = {
    "table": lambda ledger: ledger_table(ledger) + "\n",
    "json": lambda ledger: ledger_json(ledger) + "\n",
    "csv": ledger_csv,
    "html": ledger_html,
}
