"""Parse an article, write it as JSON, read it back, and check nothing was lost.

    python examples/round_trip_json.py [FILE] [--published YYYY-MM-DD]

Without FILE it uses the embedded seed article.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import migrationnews as mn
from migrationnews.seeds import default_seed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--published", type=dt.date.fromisoformat)
    args = parser.parse_args()
    if args.file:
        text, published = Path(args.file).read_text(encoding="utf-8"), args.published
    else:
        seed = default_seed()
        text, published = seed.text, seed.published

    article = mn.parse(text, published=published)
    document = mn.to_json(article, indent=1)
    again = mn.from_json(document)

    counts = ", ".join(
        f"{len(getattr(article, kind))} {kind}"
        for kind in ("officials", "meetings", "caravans", "policy_actions", "statistics")
    )
    print(f"parsed: {counts}")
    print(f"JSON: {len(document):,} characters")
    print(f"round trip exact: {again == article}")
    if again != article:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
