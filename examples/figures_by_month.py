"""A folder of articles to a pandas DataFrame, and a plot-ready table of figures by month.

python examples/figures_by_month.py                  # a small invented folder, made on the fly
python examples/figures_by_month.py news/            # your folder of .txt and .jsonl files
python examples/figures_by_month.py news/ 2024-03-20 # the date of its plain-text articles

Every figure becomes a row of ``migrationnews.to_frame(articles, "statistics")`` (typed
columns: dates as datetime64, figures as Float64, measures as categoricals). The table by
month and measure sums the representative value of each figure that counts people or events
(not rates such as "a day", not money or distances), placed in the month its period starts,
or in the month of publication when the text gives no period. It is "long" and "wide" so
that ``wide.plot.bar()`` or ``long.pivot(...)`` draw it directly. Needs the ``[pandas]``
extra.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

import migrationnews as mn
from migrationnews.batch import Failure, read_sources

# Invented articles (a JSON Lines file with ids and timestamps, and one plain-text file).
DEMO_ROWS = [
    {
        "id": "demo-1",
        "published": "2023-11-03T09:15:00Z",
        "text": "Border agents recorded more than 9,000 apprehensions on Tuesday, officials "
        "said. Shelters in the city took in about 1,200 migrants over the weekend.",
    },
    {
        "id": "demo-2",
        "published": "2023-12-05T18:00:00-05:00",
        "text": "Authorities reported 240,000 encounters at the southern border in November. "
        "Officials said about 3,500 migrants were waiting in Ciudad Juárez.",
    },
    {
        "id": "demo-3",
        "date": "2024-01-09",
        "text": "Agents made 176,000 apprehensions in December, the agency said on Monday. "
        "At least 40 migrants died crossing the desert last month.",
    },
]
DEMO_TEXT = "Some 2,000 migrants left Tapachula on foot on Saturday, local officials said."
COUNTED = ("person", "household", "family", "count")


def demo_folder(root: Path) -> Path:
    """Write the invented articles into ``root`` and return it."""
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in DEMO_ROWS)
    (root / "wire.jsonl").write_text(lines, encoding="utf-8")
    (root / "local.txt").write_text(DEMO_TEXT, encoding="utf-8")
    return root


def read_folder(folder: Path, published: dt.date | None) -> list[mn.Article]:
    """Every article in ``folder``, named by its id or file; unreadable inputs reported."""
    articles = []
    for item in read_sources([str(folder)], published):
        if isinstance(item, Failure):
            print(f"skipped {item.name}: {item.reason}", file=sys.stderr)
            continue
        articles.append(mn.parse(item.text, published=item.published, source=item.label))
    return articles


def by_month(figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures summed by month and measure: a long table and its month x measure pivot."""
    counted = figures[figures["unit"].isin(COUNTED) & figures["per"].isna()].copy()
    when = counted["period_start"].fillna(counted["published"])
    counted["month"] = when.dt.to_period("M")
    counted = counted.dropna(subset=["month"])
    long = (
        counted.groupby(["month", "measure"], observed=True)["value"]
        .agg(figures="count", total="sum")
        .reset_index()
    )
    wide = long.pivot(index="month", columns="measure", values="total").fillna(0)
    wide.columns = wide.columns.astype(str)
    return long, wide


def main(argv: list[str]) -> int:
    published = dt.date.fromisoformat(argv[1]) if len(argv) > 1 else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(argv[0]) if argv else demo_folder(Path(scratch))
        articles = read_folder(folder, published)
    figures = mn.to_frame(articles, "statistics")
    print(f"{len(articles)} articles, {len(figures)} figures")
    columns = ["source", "published", "value", "qualifier", "unit", "measure", "per"]
    print(figures[[*columns, "period_start"]].to_string(index=False))
    long, wide = by_month(figures)
    print("\nFigures by month and measure (long):")
    print(long.to_string(index=False))
    print("\nTotals by month (wide, plot-ready):")
    print(wide.to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
