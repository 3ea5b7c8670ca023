"""Print the figures of an article as a table: the seed article, or a text file.

python examples/print_statistics.py                 # the embedded seed article
python examples/print_statistics.py story.txt       # any UTF-8 text file
python examples/print_statistics.py story.txt 2024-03-20   # with its publication date
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import migrationnews as mn
from migrationnews.seeds import default_seed

COLUMNS = ("figure", "low", "high", "qualifier", "unit", "measure", "per", "period", "place")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,}"


def rows(article: mn.Article) -> list[tuple[str, ...]]:
    """One row of strings per statistic, in text order."""
    out = []
    for stat in article.statistics:
        period = ""
        if stat.period is not None:
            period = stat.period.text
            if stat.period.start is not None:
                period += f" ({stat.period.start}..{stat.period.end})"
        out.append(
            (
                stat.text,
                _number(stat.value.low),
                _number(stat.value.high),
                stat.value.qualifier.value,
                stat.unit.value,
                stat.measure.value,
                stat.per.value if stat.per else "",
                period,
                stat.place.name if stat.place else "",
            )
        )
    return out


def table(lines: list[tuple[str, ...]]) -> str:
    """``lines`` under the column heads, each column as wide as its widest cell."""
    widths = [max(len(row[i]) for row in [COLUMNS, *lines]) for i in range(len(COLUMNS))]

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(row, widths, strict=True)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([fmt(COLUMNS), rule, *(fmt(row) for row in lines)])


def main(argv: list[str]) -> int:
    if argv:
        text = Path(argv[0]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(argv[1]) if len(argv) > 1 else None
    else:
        seed = default_seed()
        text, published = seed.text, seed.published
    print(table(rows(mn.parse(text, published=published))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
