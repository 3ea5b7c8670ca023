"""A folder of articles parsed on a local Dask cluster into one Parquet dataset per record kind.

python examples/folder_to_parquet_on_dask.py                      # invented articles, made here
python examples/folder_to_parquet_on_dask.py news/ tables/        # your folder, your output
python examples/folder_to_parquet_on_dask.py news/ tables/ --scheduler tcp://host:8786

Starts a ``LocalCluster`` of two worker processes (or connects to ``--scheduler``), reads the
folder's ``.txt`` and ``.jsonl`` files as a Dask bag, parses it, writes
``tables/<kind>/part.N.parquet`` for every kind, and reads the figures back with pandas. The
code between connecting and reading back is the same on one machine and on a cluster of many.
Needs the ``[dask]`` extra.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd
from dask.distributed import Client, LocalCluster

import migrationnews.dask as mnd

# Invented articles: a JSON Lines file with ids and dates, and two plain-text files.
ROWS = [
    {
        "id": "wire-1",
        "published": "2024-01-09",
        "text": "Agents made 176,000 apprehensions in December, the agency said on Monday.",
    },
    {
        "id": "wire-2",
        "published": "2024-02-06",
        "text": "Officials reported 124,000 encounters at the southern border in January.",
    },
]
TEXTS = {
    "local-1.txt": "Some 2,000 migrants left Tapachula in a caravan on Saturday, officials said.",
    "local-2.txt": "Texas closed the bridge in Eagle Pass on Monday. About 300 people waited.",
}


def demo_folder(root: Path) -> Path:
    lines = "".join(json.dumps(row) + "\n" for row in ROWS)
    (root / "wire.jsonl").write_text(lines, encoding="utf-8")
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def run(folder: str, out: str) -> None:
    articles = mnd.parse_bag(mnd.read_articles(folder, errors="skip"))
    paths = mnd.write_parquet(articles, out)
    for kind, path in paths.items():
        parts = sorted(Path(path).glob("*.parquet"))
        print(f"{kind:15} {len(pd.read_parquet(path)):3} rows in {len(parts)} files: {path}")
    figures = pd.read_parquet(paths["statistics"])
    print("\nFigures read back:")
    print(figures[["source", "low", "qualifier", "measure", "period_start"]].to_string(index=False))


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("folder", nargs="?", help="articles (default: invented ones)")
    options.add_argument("out", nargs="?", help="output folder (default: a temporary one)")
    options.add_argument("--scheduler", help="a running scheduler's address (default: local)")
    args = options.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or str(demo_folder(Path(scratch)))
        out = args.out or str(Path(scratch) / "tables")
        if args.scheduler:
            with Client(args.scheduler):
                run(folder, out)
            return 0
        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            print(f"local cluster: {len(client.scheduler_info()['workers'])} worker processes")
            run(folder, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
