"""An article as one standalone HTML page: its text with every record marked, and its tables.

:func:`to_html` needs no network and no JavaScript: the style is inline, each record's
spans are ``<mark data-kind="statistics" data-record="statistics-0">`` elements coloured by
kind, hovering a mark shows the record's fields (its ``title``), and below the text one
table per kind lists the same fields (the columns of :func:`migrationnews.tables.rows`),
each row linking to its record's first mark. The article's text is escaped, so markup in an
article is shown as text and never becomes markup in the page; a Content-Security-Policy
forbids scripts and any fetch besides.

Spans that overlap are nested where one holds the other; where two cross, the mark that
ends first closes and the other is split around it, so every record keeps at least one mark
and each character is inside the marks of every span that covers it.

>>> from migrationnews import parse
>>> page = to_html(parse("Officials said 300 <b>migrants</b> arrived.", source="x"))
>>> page.count('<mark data-kind="statistics"'), "&lt;b&gt;" in page, "<b>" in page
(1, True, False)
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

from attrs import frozen

from migrationnews.errors import ArgumentTypeError
from migrationnews.records import Article
from migrationnews.tables import KINDS, Cell, rows

__all__ = ["to_html"]

# One colour a kind (pastel backgrounds, a darker underline that shows where marks nest).
COLOURS = {
    "officials": ("#ffe0b3", "#c77800"),
    "meetings": ("#d4f5cf", "#2e8b22"),
    "caravans": ("#cdeffd", "#1679a8"),
    "policy_actions": ("#e2dcff", "#5b45c9"),
    "statistics": ("#ffd3d3", "#c0392b"),
}

TITLES = {
    "officials": "Officials",
    "meetings": "Meetings",
    "caravans": "Caravans",
    "policy_actions": "Policy actions",
    "statistics": "Statistics",
}

# Columns the page shows elsewhere (the header, the mark itself) rather than in tooltips.
_NOT_FIELDS = frozenset({"source", "published", "record", "start", "end", "evidence"})


@frozen
class _Mark:
    """One span of one record to mark."""

    start: int
    end: int
    kind: str
    record: str  # "statistics-3": the kind and the record's position in it
    title: str
    order: int  # the kind's position in KINDS, to nest equal spans the same way every time


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fields(kind: str, row: dict[str, Cell]) -> str:
    lines = [f"{kind} #{row['record']}"]
    lines += [f"{k}: {_cell(v)}" for k, v in row.items() if k not in _NOT_FIELDS and v is not None]
    return "\n".join(lines)


def _marks(article: Article, tables: dict[str, list[dict[str, Cell]]]) -> list[_Mark]:
    marks: list[_Mark] = []
    for order, kind in enumerate(KINDS):
        for index, record in enumerate(getattr(article, kind)):
            title = _fields(kind, tables[kind][index])
            for span in record.spans:
                marks.append(_Mark(span.start, span.end, kind, f"{kind}-{index}", title, order))
    return marks


def _open(mark: _Mark, first: set[str]) -> str:
    anchor = ""
    if mark.record not in first:  # the first fragment of a record is its link target
        first.add(mark.record)
        anchor = f' id="{mark.record}"'
    return (
        f'<mark data-kind="{mark.kind}" data-record="{mark.record}"{anchor} '
        f'title="{html.escape(mark.title, quote=True)}">'
    )


def _marked_text(text: str, marks: list[_Mark]) -> Iterator[str]:
    """``text`` escaped, with ``marks`` opened and closed as a well-nested tree."""
    by_start: dict[int, list[_Mark]] = {}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
    for starting in by_start.values():  # outer (longer) first, so nested spans nest
        starting.sort(key=lambda m: (-m.end, m.order, m.record))
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    stack: list[_Mark] = []
    first: set[str] = set()
    previous = 0
    for point in points:
        yield html.escape(text[previous:point], quote=False)
        previous = point
        if any(m.end == point for m in stack):
            reopen: list[_Mark] = []
            while any(m.end == point for m in stack):
                mark = stack.pop()
                yield "</mark>"
                if mark.end != point:
                    reopen.append(mark)  # crosses a span that ends here: split it
            for mark in reversed(reopen):
                yield _open(mark, first)
                stack.append(mark)
        for mark in by_start.get(point, ()):
            yield _open(mark, first)
            if mark.end == point:
                yield "</mark>"  # an empty span still gets its (empty) mark
            else:
                stack.append(mark)
    yield "</mark>" * len(stack)  # never reached with valid spans; keeps the page well formed


def _table(kind: str, table: list[dict[str, Cell]]) -> str:
    if not table:
        return ""
    headers = [k for k in table[0] if k not in ("source", "published", "record")]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in ["#", *headers])
    body = []
    for row in table:
        anchor = f"{kind}-{row['record']}"
        cells = [f'<td><a href="#{anchor}">{row["record"]}</a></td>']
        cells += [f"<td>{html.escape(_cell(row[h]))}</td>" for h in headers]
        body.append(f'<tr data-record="{anchor}">{"".join(cells)}</tr>')
    return (
        f'<section data-kind="{kind}"><h2><span class="swatch" data-kind="{kind}"></span>'
        f'{TITLES[kind]} ({len(table)})</h2><div class="scroll"><table><thead><tr>{head}'
        f"</tr></thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def _style() -> str:
    kinds = "\n".join(
        f'mark[data-kind="{kind}"], .legend [data-kind="{kind}"], .swatch[data-kind="{kind}"] '
        f"{{ background: {light}; border-bottom: 2px solid {dark}; }}"
        for kind, (light, dark) in COLOURS.items()
    )
    return f"""
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1a1a1a; background: #fff; }}
header p {{ color: #555; margin: 0.2rem 0; }}
.legend span {{ display: inline-block; padding: 0 0.4rem; margin-right: 0.5rem; }}
.text {{ white-space: pre-wrap; border: 1px solid #ddd; padding: 1rem; border-radius: 4px; }}
mark {{ color: inherit; padding: 0 1px; }}
mark mark {{ padding-bottom: 3px; }}
mark:target {{ outline: 2px solid #000; }}
.swatch {{ display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; }}
.scroll {{ overflow-x: auto; }}
table {{ border-collapse: collapse; font-size: 0.85rem; }}
th, td {{ border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f4f4f4; }}
{kinds}
"""


def to_html(article: Article) -> str:
    """``article`` as one standalone HTML page (see the module docstring)."""
    if not isinstance(article, Article):
        raise ArgumentTypeError("article", "Article", article)
    tables = {kind: rows(article, kind) for kind in KINDS}
    name = article.source or "article"
    published = article.published.isoformat() if article.published else "not given"
    legend = "".join(
        f'<span data-kind="{kind}">{TITLES[kind]} {len(tables[kind])}</span>' for kind in KINDS
    )
    text = "".join(_marked_text(article.text, _marks(article, tables)))
    sections = "".join(_table(kind, tables[kind]) for kind in KINDS)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(name)} · migrationnews</title>"
        f"<style>{_style()}</style></head>\n<body>"
        f"<header><h1>{html.escape(name)}</h1><p>Published: {published}</p>"
        f'<p class="legend">{legend}</p></header>\n'
        f'<article class="text">{text}</article>\n{sections}\n'
        "</body></html>\n"
    )
