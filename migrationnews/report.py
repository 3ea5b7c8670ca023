"""Plain-text tables of records, for the command line and for quick looks in a REPL.

>>> print(table(["kind", "n"], [["caravan", "2"], ["statistic", "12"]]))
kind       n
---------  --
caravan    2
statistic  12
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Collection, Sequence

from migrationnews import units
from migrationnews.records import Article, Caravan, Meeting, Official, PolicyAction, Statistic
from migrationnews.values import Attribution, Estimate, Period, Place, figure_text

__all__ = ["WIDTH", "article_report", "elide", "estimate_text", "period_text", "table"]

WIDTH = 100  # a table's width unless asked for everything (``width=None``, ``--wide``)
_MIN_COLUMN = 8  # a squeezed column keeps at least this many characters
_GAP = "  "


def elide(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, the cut marked with "…".

    >>> elide("Secretary of State Antony J. Blinken", 20)
    'Secretary of State …'
    """
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _fit_widths(
    natural: list[int], headers: Sequence[str], width: int, wrap: Collection[int]
) -> list[int]:
    """Column widths summing (with gaps) to at most ``width``.

    Wrapped columns give way first (down to 12 characters: wrapping loses nothing), then
    the widest of the others (cut with "…", down to 8), then wrapped ones again.
    """
    widths = list(natural)
    budget = width - len(_GAP) * (len(widths) - 1)
    for columns, floor in (
        ([k for k in range(len(widths)) if k in wrap], 12),
        ([k for k in range(len(widths)) if k not in wrap], _MIN_COLUMN),
        (list(range(len(widths))), _MIN_COLUMN),
    ):
        while sum(widths) > budget:
            shrinkable = [k for k in columns if widths[k] > floor]
            if not shrinkable:
                break
            i = max(shrinkable, key=lambda k: widths[k])
            others = [widths[k] for k in shrinkable if k != i]
            target = max([floor, *others, widths[i] - (sum(widths) - budget)])
            widths[i] = target if target < widths[i] else widths[i] - 1
    return widths


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None = None,
    wrap: Collection[int] = (),
) -> str:
    """Columns padded to their widest cell, a rule under the headers.

    With ``width``, the widest columns shrink until the table fits: cells of the columns
    in ``wrap`` (by index) are wrapped onto more lines, other cells are cut with "…".
    """
    body = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in body:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]
    if width is not None:
        widths = _fit_widths(widths, headers, width, wrap)

    def lines_of(row: Sequence[str]) -> list[str]:
        columns = [
            textwrap.wrap(cell, w, break_long_words=True) or [""]
            if i in wrap and len(cell) > w
            else [elide(cell, w)]
            for i, (cell, w) in enumerate(zip(row, widths, strict=False))
        ]
        height = max(len(c) for c in columns)
        return [
            _GAP.join(
                (c[k] if k < len(c) else "").ljust(w) for c, w in zip(columns, widths, strict=False)
            ).rstrip()
            for k in range(height)
        ]

    lines = [
        _GAP.join(elide(h, w).ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip(),
        _GAP.join("-" * w for w in widths),
    ]
    for row in body:
        lines += lines_of(row)
    return "\n".join(lines)


def estimate_text(e: Estimate | None) -> str:
    """:meth:`Estimate.describe <migrationnews.values.Estimate.describe>`, or "" for no
    estimate: "6,000-10,000", "> 190,000", "~1,600"."""
    return "" if e is None else e.describe()


def period_text(p: Period | None) -> str:
    """A period as briefly as its dates allow: "2023-12-27", "2023-11", "2023", or a range.

    >>> import datetime as dt
    >>> period_text(Period("in November", dt.date(2023, 11, 1), dt.date(2023, 11, 30)))
    '2023-11'
    >>> period_text(Period("last week", dt.date(2023, 12, 18), dt.date(2023, 12, 24)))
    '2023-12-18..2023-12-24'
    """
    if p is None:
        return ""
    if p.start is None or p.end is None:
        return f"{p.text!r} (unresolved)"
    if p.start == p.end:
        return p.start.isoformat()
    after_end = p.end + dt.timedelta(days=1)
    if p.start.day == 1 and after_end.day == 1:
        if p.start.month == 1 and after_end.month == 1 and after_end.year == p.start.year + 1:
            return str(p.start.year)
        if (after_end.year * 12 + after_end.month) - (p.start.year * 12 + p.start.month) == 1:
            return p.start.isoformat()[:7]
    return f"{p.start.isoformat()}..{p.end.isoformat()}"


def _place(p: Place | None) -> str:
    return "" if p is None else p.name


def _source(a: Attribution | None) -> str:
    return "" if a is None else a.source


def _enum(e: object) -> str:
    return "" if e is None else str(getattr(e, "value", e))


def _officials(rs: Sequence[Official], width: int | None) -> str:
    rows = [[o.name, o.title or "", o.country or "", str(len(o.spans))] for o in rs]
    return table(["name", "title", "country", "mentions"], rows, width, wrap={1})


def _meetings(rs: Sequence[Meeting], width: int | None) -> str:
    rows = [
        [
            "; ".join((*m.participants, *m.countries)),
            _place(m.location),
            period_text(m.date),
            _enum(m.status),
            _enum(m.kind),
        ]
        for m in rs
    ]
    return table(["participants", "location", "date", "status", "kind"], rows, width, wrap={0})


def _distance(stated: tuple[float, str] | None) -> str:
    """ "1600 mi": read from the stated pair, so a report never needs pint."""
    if stated is None:
        return ""
    magnitude, unit = stated
    return f"{figure_text(magnitude)} {units.SYMBOLS.get(unit, unit)}"


def _caravans(rs: Sequence[Caravan], width: int | None) -> str:
    rows = [
        [
            estimate_text(c.size),
            ",".join(c.origins),
            _place(c.location),
            _distance(c.distance_as_stated),
            _enum(c.status),
            "; ".join(_source(e.source) for e in c.size_estimates if e.source is not None),
        ]
        for c in rs
    ]
    headers = ["size", "origins", "location", "to border", "status", "sources"]
    return table(headers, rows, width, wrap={5})


def _policy(rs: Sequence[PolicyAction], width: int | None) -> str:
    rows = [
        [_enum(p.kind), _enum(p.status), p.actor or "", _place(p.place), p.evidence] for p in rs
    ]
    return table(["kind", "status", "actor", "place", "evidence"], rows, width, wrap={4})


def _statistics(rs: Sequence[Statistic], width: int | None) -> str:
    rows = [
        [
            estimate_text(s.value),
            _enum(s.value.qualifier),
            _enum(s.unit),
            _enum(s.measure),
            _enum(s.per),
            period_text(s.period),
            _place(s.place),
            _source(s.source),
            s.text,
        ]
        for s in rs
    ]
    headers = ["value", "qualifier", "unit", "measure", "per", "period", "place", "source", "text"]
    if width is not None:  # the value's form ("~", ">", "-") already says how it is hedged
        headers, rows = headers[:1] + headers[2:], [row[:1] + row[2:] for row in rows]
    n = len(headers)
    return table(headers, rows, width, wrap={n - 3, n - 2, n - 1})


def article_report(article: Article, name: str = "", width: int | None = WIDTH) -> str:
    """Every record kind of ``article`` as a titled table (kinds with no record say so).

    Tables fit ``width`` columns (long cells wrapped or cut with "…"); ``None`` shows all.
    """
    sections = [
        ("Officials", article.officials, _officials),
        ("Meetings", article.meetings, _meetings),
        ("Caravans", article.caravans, _caravans),
        ("Policy actions", article.policy_actions, _policy),
        ("Statistics", article.statistics, _statistics),
    ]
    date = article.published.isoformat() if article.published else "date unknown"
    title = f"== {name or 'article'} ({date}, {len(article.text):,} chars)"
    out = [title if width is None else elide(title, width)]
    for title, records, render in sections:
        out.append(f"\n{title} ({len(records)})")
        if records:
            out.append(render(records, width))  # type: ignore[operator]
    return "\n".join(out)
