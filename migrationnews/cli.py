"""The ``migrationnews`` command: arguments in, printing out.

    migrationnews parse [FILE|DIR|- ...] [--published YYYY-MM-DD] [--format table|json|jsonl]
    migrationnews parse ... --format csv --kind KIND      one CSV table of one record kind
    migrationnews parse ... --format parquet --out DIR    DIR/<kind>.parquet for every kind
    migrationnews view [FILE] [-o page.html]              the article as an HTML page
    migrationnews compare A.txt B.txt [--published-a D] [--published-b D] [--format table|json]
    migrationnews validate FILE|DIR ... [--published YYYY-MM-DD]

With no FILE, ``parse`` reads the embedded seed article with its publication date.
Exit status: 0 when every input parsed, 1 when some input could not be read (each is
reported on stderr and the rest are still processed), 2 for a usage error or a single
input that could not be read. ``compare`` exits 2 when either file cannot be read;
``validate`` exits 1 when it finds a problem (or an input cannot be read), 0 otherwise.
``view`` exits 2 when its file cannot be read or the page cannot be written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from migrationnews.batch import Failure, Source, expand, read_sources
from migrationnews.compare import ArticleComparison, RecordPair
from migrationnews.compare import compare_articles as _compare_articles
from migrationnews.pipeline import parse
from migrationnews.records import Article, Caravan, Meeting, Official, Record, Statistic
from migrationnews.report import article_report, estimate_text, period_text, table
from migrationnews.seeds import default_seed
from migrationnews.serialize import to_dict
from migrationnews.tables import KINDS, Cell, columns, rows, write_parquet
from migrationnews.validate import validate as _validate
from migrationnews.view import to_html

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
    p.add_argument(
        "--language",
        choices=("en", "es", "auto"),
        default="auto",
        help="the articles' language (default: auto, detected per article)",
    )
    p.add_argument(
        "--format", choices=("table", "json", "jsonl", "csv", "parquet"), default="table"
    )
    p.add_argument("--kind", choices=KINDS, help="the record kind --format csv prints")
    p.add_argument("--out", metavar="DIR", help="the folder --format parquet writes into")
    p.add_argument(
        "--progress",
        action="store_true",
        help=f"always show the progress bar (default: on a terminal, from {PROGRESS_FROM} inputs)",
    )
    c = commands.add_parser("compare", help="compare the records of two articles")
    c.add_argument("first", metavar="A.txt", help="the first article (plain text)")
    c.add_argument("second", metavar="B.txt", help="the second article (plain text)")
    c.add_argument("--published-a", type=_date, help="publication date of the first article")
    c.add_argument("--published-b", type=_date, help="publication date of the second article")
    c.add_argument("--format", choices=("table", "json"), default="table")
    v = commands.add_parser("validate", help="check articles' records for contradictions")
    v.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="articles to check")
    v.add_argument("--published", type=_date, help="publication date of plain-text inputs")
    w = commands.add_parser("view", help="show an article's records in its text, as HTML")
    w.add_argument(
        "input", nargs="?", metavar="FILE", help="the article (default: the embedded seed)"
    )
    w.add_argument("--published", type=_date, help="publication date of a plain-text input")
    w.add_argument("-o", "--output", metavar="page.html", help="write here (default: stdout)")
    return parser


def _check_table_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``--kind`` goes with csv and is needed there; ``--out`` goes with parquet, likewise."""
    if args.command != "parse":
        return
    if (args.format == "csv") != (args.kind is not None):
        parser.error("--format csv needs --kind, and --kind goes only with --format csv")
    if (args.format == "parquet") != (args.out is not None):
        parser.error("--format parquet needs --out DIR, and --out goes only with it")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


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
    kept: list[Article] = []  # for --format parquet
    writer = csv.writer(out, lineterminator="\n")
    if args.format == "csv":
        writer.writerow(columns(args.kind))
    for item in sources:
        progress.step()
        if isinstance(item, Failure):
            failures.append(item)
            err.write(f"migrationnews: {item.name}: {item.reason}\n")
            continue
        language = None if args.language == "auto" else args.language
        article = parse(item.text, published=item.published, source=item.label, language=language)
        if args.format == "table":
            out.write(article_report(article, item.name) + "\n\n")
        elif args.format == "jsonl":
            out.write(json.dumps(to_dict(article), ensure_ascii=False))
            out.write("\n")
        elif args.format == "csv":
            writer.writerows(
                [_csv_cell(v) for v in row.values()] for row in rows(article, args.kind)
            )
        elif args.format == "parquet":
            kept.append(article)
        else:
            articles.append(to_dict(article))
    if args.format == "json":
        body: object = articles[0] if len(articles) == 1 and len(names) == 1 else articles
        out.write(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    if args.format == "parquet":
        try:
            paths = write_parquet(kept, args.out)
        except (ImportError, OSError) as error:
            err.write(f"migrationnews: {error}\n")
            return 2
        out.write("".join(f"{path}\n" for path in paths.values()))
    if failures:
        if len(names) == 1 and failures[0].name == names[0]:
            return 2  # the one input named could not be read at all
        err.write(f"migrationnews: {len(failures)} of {len(names)} inputs failed\n")
        return 1
    return 0


def _summary(record: Record) -> str:
    """One line saying what a record states."""
    if isinstance(record, Statistic):
        parts = [estimate_text(record.value), record.unit.value, record.measure.value]
        if record.per is not None:
            parts.append(f"per {record.per.value}")
        if record.period is not None:
            parts.append(period_text(record.period))
        return " ".join(parts)
    if isinstance(record, Official):
        return ", ".join(x for x in (record.name, record.title, record.country) if x)
    if isinstance(record, Meeting):
        return "; ".join((*record.participants, *record.countries)) + (
            f" {period_text(record.date)}" if record.date else ""
        )
    if isinstance(record, Caravan):
        origins = ",".join(record.origins)
        return f"caravan {estimate_text(record.size)} {origins}".strip()
    stated = [  # a policy action
        record.kind.value,
        record.status.value if record.status else None,
        f"by {record.actor}" if record.actor else None,
        f"in {record.place.name}" if record.place else None,
        period_text(record.date) if record.date else None,
    ]
    return " ".join(p for p in stated if p) + f": {record.evidence!r}"


def _kind(record: Record) -> str:
    return type(record).__name__.lower()


def _comparison_table(view: ArticleComparison, first: str, second: str) -> str:
    def pairs(items: tuple[RecordPair, ...]) -> str:
        rows = [
            [
                _kind(p.first),
                _summary(p.first),
                _summary(p.second),
                p.relation.value,
                p.comparison.reason,
            ]
            for p in items
        ]
        return table(["kind", first, second, "relation", "reason"], rows)

    def alone(items: tuple[Record, ...]) -> str:
        return table(["kind", "record"], [[_kind(r), _summary(r)] for r in items])

    out = [f"== {first} vs {second}"]
    for title, body, n in (
        ("Agreements", pairs(view.agreements), len(view.agreements)),
        ("Conflicts", pairs(view.conflicts), len(view.conflicts)),
        (f"Only in {first}", alone(view.only_in_first), len(view.only_in_first)),
        (f"Only in {second}", alone(view.only_in_second), len(view.only_in_second)),
    ):
        out.append(f"\n{title} ({n})")
        if n:
            out.append(body)
    return "\n".join(out)


def _comparison_json(view: ArticleComparison, first: str, second: str) -> dict[str, object]:
    def pair(p: RecordPair) -> dict[str, object]:
        return {
            "kind": _kind(p.first),
            "first": to_dict(p.first),
            "second": to_dict(p.second),
            "relation": p.relation.value,
            "reason": p.comparison.reason,
        }

    def alone(r: Record) -> dict[str, object]:
        return {"kind": _kind(r), "record": to_dict(r)}

    return {
        "first": first,
        "second": second,
        "agreements": [pair(p) for p in view.agreements],
        "conflicts": [pair(p) for p in view.conflicts],
        "only_in_first": [alone(r) for r in view.only_in_first],
        "only_in_second": [alone(r) for r in view.only_in_second],
    }


def _read_one(path: str, published: dt.date | None, err: TextIO) -> Source | None:
    for item in read_sources([path], published):
        if isinstance(item, Failure):
            err.write(f"migrationnews: {item.name}: {item.reason}\n")
            return None
        return item
    err.write(f"migrationnews: {path}: no article in it\n")
    return None


def _run_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    first = _read_one(args.first, args.published_a, err)
    second = _read_one(args.second, args.published_b, err)
    if first is None or second is None:
        return 2
    view = _compare_articles(
        parse(first.text, published=first.published, source=first.label),
        parse(second.text, published=second.published, source=second.label),
    )
    if args.format == "json":
        body = _comparison_json(view, first.name, second.name)
        out.write(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(_comparison_table(view, first.name, second.name) + "\n")
    return 0


def _run_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    names = expand(args.inputs)
    rows: list[list[str]] = []
    failures = 0
    for item in read_sources(args.inputs, args.published):
        if isinstance(item, Failure):
            failures += 1
            err.write(f"migrationnews: {item.name}: {item.reason}\n")
            continue
        for problem in _validate(parse(item.text, published=item.published)):
            rows.append([item.name, problem.code.value, problem.message])
    if rows:
        out.write(table(["file", "code", "message"], rows) + "\n")
    elif not failures:
        out.write(f"no problems in {len(names)} input{'s' if len(names) != 1 else ''}\n")
    if failures and len(names) == 1:
        return 2
    return 1 if rows or failures else 0


def _run_view(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.input is None:
        seed = default_seed()
        item: Source | None = Source(seed.name, seed.text, args.published or seed.published)
    else:
        item = _read_one(args.input, args.published, err)
    if item is None:
        return 2
    page = to_html(parse(item.text, published=item.published, source=item.label))
    if args.output is None:
        out.write(page)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as file:
            file.write(page)
    except OSError as error:
        err.write(f"migrationnews: {args.output}: {error.strerror or error}\n")
        return 2
    return 0


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_table_options(parser, args)
    try:
        if args.command == "parse":
            return _run_parse(args, out, err)
        if args.command == "compare":
            return _run_compare(args, out, err)
        if args.command == "validate":
            return _run_validate(args, out, err)
        if args.command == "view":
            return _run_view(args, out, err)
    except BrokenPipeError:  # `migrationnews parse | head`
        return 0
    except KeyboardInterrupt:
        err.write("migrationnews: interrupted\n")
        return 130
    return 2
