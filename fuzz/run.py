"""Run the fuzz targets, one after the other, each for a while.

    pip install -e '.[fuzz]'
    python fuzz/run.py                      # every target, 60 s each
    python fuzz/run.py parse --seconds 600  # one target, 10 minutes

Each target runs in its own process with a corpus folder under ``fuzz/corpus/<target>``
(kept between runs, not committed); a crash leaves its input as ``crash-*`` in the current
folder and makes this script exit 1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import migrationnews as mn
from migrationnews.seeds import default_seed

HERE = Path(__file__).resolve().parent
TARGETS = {"parse": "fuzz_parse.py", "from_json": "fuzz_from_json.py", "reader": "fuzz_reader.py"}


def seed_corpus(name: str, corpus: Path) -> None:
    """Start an empty corpus from the seed article, in the form the target reads."""
    if any(corpus.iterdir()):
        return
    seed = default_seed()
    article = mn.parse(seed.text, published=seed.published)
    first = {
        "parse": seed.text.encode("utf-8"),
        "from_json": b"\0" + mn.to_json(article).encode("utf-8"),  # type 0: Article
        "reader": (json.dumps({"text": seed.text[:400], "published": "2023-12-27"}) + "\n").encode(
            "utf-8"
        ),
    }[name]
    (corpus / "seed").write_bytes(first)


def main() -> int:
    parser = argparse.ArgumentParser(description="run the migrationnews fuzz targets")
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"of {', '.join(TARGETS)}")
    parser.add_argument("--seconds", type=int, default=60, help="time per target")
    args = parser.parse_args()
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s) {', '.join(sorted(unknown))}; have {', '.join(TARGETS)}")
    failed = []
    for name in args.targets or list(TARGETS):
        corpus = HERE / "corpus" / name
        corpus.mkdir(parents=True, exist_ok=True)
        seed_corpus(name, corpus)
        command = [
            sys.executable,
            str(HERE / TARGETS[name]),
            f"-max_total_time={args.seconds}",
            "-rss_limit_mb=4096",
            str(corpus),
        ]
        print(f"== {name}: {' '.join(command)}", flush=True)
        if subprocess.run(command, check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"crashes in: {', '.join(failed)}")
        return 1
    print("no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
