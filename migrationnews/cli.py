"""The ``migrationnews`` command: arguments in, printing out.

    migrationnews parse [FILE|DIR|- ...] [--published YYYY-MM-DD] [--format table|json|jsonl]

With no FILE, ``parse`` reads the embedded seed article with its publication date.
Exit status: 0 when every input parsed, 1 when some input could not be read (each is
reported on stderr and the rest are still processed), 2 for a usage error or a single
input that could not be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from migrationnews.batch import Failure, Source, expand, read_sources
from migrationnews.pipeline import parse
from migrationnews.report import article_report
from migrationnews.seeds import default_seed
from migrationnews.serialize import to_dict

__all__ = ["main"]

PROGRESS_FROM = 20  # show a progress bar on stderr from this many inputs on


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migrationnews",
        description="Typed records (officials, meetings, caravans, policy actions, statistics) "
        "from news articles about migration.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = commands.add_parser("parse", help="parse articles and print their records")
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE|DIR|-",
        help="text files, folders of .txt/.jsonl files, or - for standard input "
        "(default: the embedded seed article)",
    )
    p.add_argument("--published", type=_date, help="publication date of plain-text inputs")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    p.add_argument(
        "--progress",
        action="store_true",
        help=f"always show the progress bar (default: on a terminal, from {PROGRESS_FROM} inputs)",
    )
    return parser


class _Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled, 0

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.inputs:
        names = expand(args.inputs)
        sources = read_sources(args.inputs, args.published)
    else:
        seed = default_seed()
        names = [seed.name]
        sources = iter([Source(seed.name, seed.text, args.published or seed.published)])
    enabled = args.progress or (len(names) >= PROGRESS_FROM and err.isatty())
    progress = _Progress(len(names), err, enabled)
    failures: list[Failure] = []
    articles: list[dict[str, object]] = []
    for item in sources:
        progress.step()
        if isinstance(item, Failure):
            failures.append(item)
            err.write(f"migrationnews: {item.name}: {item.reason}\n")
            continue
        article = parse(item.text, published=item.published)
        if args.format == "table":
            out.write(article_report(article, item.name) + "\n\n")
        elif args.format == "jsonl":
            out.write(json.dumps({"source": item.name, **to_dict(article)}, ensure_ascii=False))
            out.write("\n")
        else:
            articles.append({"source": item.name, **to_dict(article)})
    if args.format == "json":
        body: object = articles[0] if len(articles) == 1 and len(names) == 1 else articles
        out.write(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    if failures:
        if len(names) == 1 and failures[0].name == names[0]:
            return 2  # the one input named could not be read at all
        err.write(f"migrationnews: {len(failures)} of {len(names)} inputs failed\n")
        return 1
    return 0


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _run_parse(args, out, err)
    except BrokenPipeError:  # `migrationnews parse | head`
        return 0
    except KeyboardInterrupt:
        err.write("migrationnews: interrupted\n")
        return 130
    return 2
