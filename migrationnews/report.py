"""Plain-text tables of records, for the command line and for quick looks in a REPL.

>>> print(table(["kind", "n"], [["caravan", "2"], ["statistic", "12"]]))
kind       n
---------  --
caravan    2
statistic  12
"""

from __future__ import annotations

from collections.abc import Sequence

from migrationnews import units
from migrationnews.records import Article, Caravan, Meeting, Official, PolicyAction, Statistic
from migrationnews.values import Estimate, Period, Place

__all__ = ["article_report", "estimate_text", "period_text", "table"]


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, a rule under the headers."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(headers, widths, strict=False)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip()
        for row in rows
    ]
    return "\n".join(lines)


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,}" if isinstance(x, int) or float(x).is_integer() else f"{x:,.2f}"


def estimate_text(e: Estimate | None) -> str:
    """ "6,000-10,000 (range)", "> 190,000", "~1,600"."""
    if e is None:
        return ""
    q = e.qualifier.value
    if e.low is not None and e.high is not None and e.low != e.high:
        return f"{_num(e.low)}-{_num(e.high)}"
    if e.high is None:
        return {"more_than": "> ", "at_least": ">= ", "vague": ">= "}.get(q, "") + _num(e.low)
    if e.low is None:
        return {"less_than": "< ", "at_most": "<= "}.get(q, "<= ") + _num(e.high)
    return ("~" if q == "about" else "") + _num(e.low)


def period_text(p: Period | None) -> str:
    if p is None:
        return ""
    if p.start is None or p.end is None:
        return f"{p.text!r} (unresolved)"
    if p.start == p.end:
        return p.start.isoformat()
    return f"{p.start.isoformat()}..{p.end.isoformat()}"


def _place(p: Place | None) -> str:
    return "" if p is None else p.name


def _enum(e: object) -> str:
    return "" if e is None else str(getattr(e, "value", e))


def _officials(rs: Sequence[Official]) -> str:
    rows = [[o.name, o.title or "", o.country or "", str(len(o.spans))] for o in rs]
    return table(["name", "title", "country", "mentions"], rows)


def _meetings(rs: Sequence[Meeting]) -> str:
    rows = [
        [
            "; ".join((*m.participants, *m.countries)),
            _place(m.location),
            period_text(m.date),
            _enum(m.status),
        ]
        for m in rs
    ]
    return table(["participants", "location", "date", "status"], rows)


def _distance(stated: tuple[float, str] | None) -> str:
    """ "1600 mi": read from the stated pair, so a report never needs pint."""
    if stated is None:
        return ""
    magnitude, unit = stated
    return f"{_num(magnitude)} {units.SYMBOLS.get(unit, unit)}"


def _caravans(rs: Sequence[Caravan]) -> str:
    rows = [
        [
            estimate_text(c.size),
            ",".join(c.origins),
            _place(c.location),
            _distance(c.distance_as_stated),
            _enum(c.status),
        ]
        for c in rs
    ]
    return table(["size", "origins", "location", "to border", "status"], rows)


def _policy(rs: Sequence[PolicyAction]) -> str:
    rows = [
        [_enum(p.kind), p.actor or "", _place(p.place), _enum(p.status), p.evidence[:60]]
        for p in rs
    ]
    return table(["kind", "actor", "place", "status", "evidence"], rows)


def _statistics(rs: Sequence[Statistic]) -> str:
    rows = [
        [
            estimate_text(s.value),
            _enum(s.value.qualifier),
            _enum(s.unit),
            _enum(s.measure),
            period_text(s.period),
            s.text[:40],
        ]
        for s in rs
    ]
    return table(["value", "qualifier", "unit", "measure", "period", "text"], rows)


def article_report(article: Article, name: str = "") -> str:
    """Every record kind of ``article`` as a titled table (kinds with no record say so)."""
    sections = [
        ("Officials", article.officials, _officials),
        ("Meetings", article.meetings, _meetings),
        ("Caravans", article.caravans, _caravans),
        ("Policy actions", article.policy_actions, _policy),
        ("Statistics", article.statistics, _statistics),
    ]
    date = article.published.isoformat() if article.published else "date unknown"
    out = [f"== {name or 'article'} ({date}, {len(article.text):,} chars)"]
    for title, records, render in sections:
        out.append(f"\n{title} ({len(records)})")
        if records:
            out.append(render(records))  # type: ignore[operator]
    return "\n".join(out)
