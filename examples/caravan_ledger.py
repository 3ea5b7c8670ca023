"""A ledger of what several outlets said about one caravan: where they agree, where they conflict.

python examples/caravan_ledger.py                  # invented reports, made here
python examples/caravan_ledger.py news/            # your folder of .txt and .jsonl files
python examples/caravan_ledger.py -o ledger.html   # also write the ledger as an HTML page

The reports below are invented: five outlets on the same caravan over two days, one of them
with a size the others rule out, and two with the same count of arrests. ``triangulate`` makes
one fact per thing reported, with every outlet's report, the spread of their figures and
whether they are the same, consistent or conflicting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import migrationnews as mn
from migrationnews.batch import Failure, read_sources
from migrationnews.ledger import ledger_html, ledger_table

MONDAY = dt.date(2024, 3, 4)
REPORTS = [
    (
        "gazette",
        MONDAY,
        "A caravan of about 3,000 migrants, most of them from Honduras, left Tapachula on "
        "Monday morning. Police made 120 arrests in the city in February, officials said.",
    ),
    (
        "wire",
        MONDAY,
        "Some 3,000 Hondurans set out on foot from Tapachula on Monday in a new caravan.",
    ),
    (
        "radio",
        MONDAY + dt.timedelta(days=1),
        "The caravan that departed Tapachula on Monday now counts between 2,500 and 3,500 "
        "people, organizers said on Tuesday.",
    ),
    (
        "evening-post",
        MONDAY + dt.timedelta(days=1),
        "Organizers said the caravan of 8,000 Honduran migrants that left Tapachula on Monday "
        "was resting in Huixtla. Police made 120 arrests in the city in February.",
    ),
    (
        "herald",
        MONDAY + dt.timedelta(days=1),
        "More than 2,800 migrants who left Tapachula on Monday walked north on Tuesday.",
    ),
]


def invented() -> list[mn.Article]:
    items = [mn.batch.Source(name, text, day) for name, day, text in REPORTS]
    return list(mn.parse_many(items))


def from_folder(folder: str) -> list[mn.Article]:
    sources = []
    for item in read_sources([folder]):
        if isinstance(item, Failure):
            print(f"skipped {item.name}: {item.reason}", file=sys.stderr)
        else:
            sources.append(item)
    return list(mn.parse_many(sources))


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("folder", nargs="?", help="articles (default: the invented reports)")
    options.add_argument("-o", "--output", help="also write the ledger as an HTML page here")
    args = options.parse_args(argv)
    articles = from_folder(args.folder) if args.folder else invented()
    ledger = mn.triangulate(articles)
    print(f"{len(articles)} articles, {len(ledger.facts)} facts, {len(ledger.conflicts)} conflicts")
    print(ledger_table(ledger))
    caravans = [f for f in ledger.facts if f.kind is mn.FactKind.CARAVANS]
    if caravans:
        fact = max(caravans, key=lambda f: len(f.reports))
        print(f"\nThe most reported caravan: {len(fact.sources)} outlets, {fact.relation.value}")
        print(f"their sizes span {mn.report.estimate_text(fact.spread)}: {fact.reason}")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as page:
            page.write(ledger_html(ledger, "Reports of one caravan"))
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
