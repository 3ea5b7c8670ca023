"""The ``migrationnews`` command: arguments in, printing out.

    migrationnews parse [FILE|DIR|- ...] [--recursive] [--published YYYY-MM-DD]
                        [--format table|json|jsonl] [--wide] [--progress]
    migrationnews validate [FILE|DIR|- ...] [--recursive] [--published D] [--format table|json]
    migrationnews compare A B [--published-a D] [--published-b D] [--format table|json]
    migrationnews parse ... --format csv --kind KIND      one CSV table of one record kind
    migrationnews parse ... --format parquet --out DIR    DIR/<kind>.parquet for every kind
    migrationnews view [FILE] [-o page.html]              the article as an HTML page
    migrationnews ledger FILE|DIR ... [--format table|json|csv|html]   facts across articles
    migrationnews --version

``parse`` and ``ledger`` take ``--jobs N``: worker processes (default: the number of cores).

With no FILE, ``parse`` and ``validate`` read the embedded seed article with its date.
Articles are the unit everywhere: a JSON Lines file holds one a line, and the progress bar,
the summary and the exit status count articles. ``--format json`` is always a list, one
object per article. Exit status: 0 when every article was read, 1 when some could not be
(each is reported on stderr with why, and the rest are still processed), 2 for a usage
error or a single input that could not be read, 130 on Ctrl-C (the output written so far
is kept and complete: a JSON list is closed). ``validate`` exits 1 when it finds a problem;
``compare`` exits 1 when the two articles conflict, 2 when either cannot be read.
``view`` exits 2 when its file cannot be read or the page cannot be written.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from migrationnews.batch import (
    Failure,
    FileId,
    Input,
    Skipped,
    Source,
    count_articles,
    file_id,
    read_sources,
    walk,
)
from migrationnews.comparison import ArticleComparison, RecordPair
from migrationnews.comparison import compare_articles as _compare_articles
from migrationnews.ledger import RENDERERS, triangulate
from migrationnews.parallel import default_jobs, parse_pairs
from migrationnews.pipeline import parse
from migrationnews.records import Article, Caravan, Meeting, Official, Record, Statistic
from migrationnews.report import (
    WIDTH,
    article_report,
    elide,
    estimate_text,
    period_text,
    table,
)
from migrationnews.seeds import default_seed
from migrationnews.serialize import to_dict
from migrationnews.tables import KINDS, Cell, columns, rows, write_parquet
from migrationnews.validation import validate as _validate
from migrationnews.view import to_html

__all__ = ["main"]

PROGRESS_FROM = 20  # show a progress bar on stderr from this many articles on


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _version() -> str:
    from migrationnews import __version__

    return f"migrationnews {__version__}"


def _inputs(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE|DIR|-",
        help=f"{what}: text files (.txt, .md, any suffix), JSON Lines files (.jsonl), "
        "folders of them, or - for standard input (default: the embedded seed article)",
    )
    p.add_argument(
        "-r", "--recursive", action="store_true", help="read the subfolders of folders too"
    )
    p.add_argument("--published", type=_date, help="publication date of plain-text inputs")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of jobs: {value!r}")
    return jobs


def _add_jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"worker processes (default: the number of cores, {default_jobs()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migrationnews",
        description="Typed records (officials, meetings, caravans, policy actions, statistics) "
        "from news articles about migration.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = commands.add_parser("parse", help="parse articles and print their records")
    _inputs(p, "articles to parse")
    p.add_argument(
        "--language",
        choices=("en", "es", "auto"),
        default="auto",
        help="the articles' language (default: auto, detected per article)",
    )
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "parquet"),
        default="table",
        help="table (fits 100 columns), json (always a list, one object per article), "
        "jsonl (one object a line), csv (one kind's rows, with --kind) or parquet (a file "
        "per kind, with --out)",
    )
    p.add_argument("--kind", choices=KINDS, help="the record kind --format csv prints")
    p.add_argument("--out", metavar="DIR", help="the folder --format parquet writes into")
    p.add_argument("--wide", action="store_true", help="tables show every cell in full")
    p.add_argument(
        "--progress",
        action="store_true",
        help=f"always show the progress bar (default: on a terminal, from {PROGRESS_FROM} "
        "articles)",
    )
    _add_jobs(p)
    c = commands.add_parser(
        "compare",
        help="compare the records of two articles (exit status 1 when they conflict)",
    )
    c.add_argument("first", metavar="A", help="the first article (only its first, if several)")
    c.add_argument("second", metavar="B", help="the second article (only its first, if several)")
    c.add_argument("--published-a", type=_date, help="publication date of the first article")
    c.add_argument("--published-b", type=_date, help="publication date of the second article")
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.add_argument("--wide", action="store_true", help="tables show every cell in full")
    v = commands.add_parser("validate", help="check articles' records for contradictions")
    _inputs(v, "articles to check")
    v.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table, or json: a list of {article, code, message} objects",
    )
    v.add_argument("--wide", action="store_true", help="tables show every cell in full")
    w = commands.add_parser("view", help="show an article's records in its text, as HTML")
    w.add_argument(
        "input", nargs="?", metavar="FILE", help="the article (default: the embedded seed)"
    )
    w.add_argument("--published", type=_date, help="publication date of a plain-text input")
    w.add_argument("-o", "--output", metavar="page.html", help="write here (default: stdout)")
    g = commands.add_parser("ledger", help="one ledger of the facts several articles report")
    _inputs(g, "articles to bring together")
    g.add_argument("--format", choices=tuple(RENDERERS), default="table")
    _add_jobs(g)
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
    """A one-line progress bar on stderr, counting articles."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled, self.done = total, stream, enabled, 0

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.total is None:  # standard input: no total to draw a bar against
            self.stream.write(f"\r{self.done} articles")
        else:
            filled = 30 * min(self.done, self.total) // max(self.total, 1)
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _Batch:
    """The articles of a command's inputs, with failures and skips reported on ``err``.

    Counts articles read and failed; never reads a file the command is writing to.
    """

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args, self.err = args, err
        self.read = self.failed = 0
        self.single_failed = False
        self.exclude: set[FileId] = set()
        try:
            output = file_id(out.fileno())
        except (OSError, ValueError, AttributeError):  # a StringIO has no file
            output = None
        if output is not None:
            self.exclude.add(output)

    def report(self, item: Failure | Skipped) -> None:
        verb = "skipped " if isinstance(item, Skipped) else ""
        self.err.write(f"migrationnews: {verb}{item.name}: {item.reason}\n")

    def sources(self, progress: bool = False) -> Iterator[Source]:
        args = self.args
        if not args.inputs:
            seed = default_seed()
            self.read += 1
            yield Source(seed.name, seed.text, args.published or seed.published)
            return
        total: int | None = None
        if getattr(args, "progress", False) or (progress and self.err.isatty()):
            found = walk(args.inputs, recursive=args.recursive, exclude=self.exclude)
            total = count_articles(item for item in found if isinstance(item, Input))
        bar = _Progress(
            total,
            self.err,
            getattr(args, "progress", False)
            or (progress and total is not None and total >= PROGRESS_FROM and self.err.isatty()),
        )
        try:
            for item in read_sources(
                args.inputs, args.published, recursive=args.recursive, exclude=self.exclude
            ):
                if isinstance(item, Skipped):
                    self.report(item)
                    continue
                bar.step()
                if isinstance(item, Failure):
                    self.failed += 1
                    self.report(item)
                    self.single_failed = len(args.inputs) == 1 and item.name == args.inputs[0]
                    continue
                self.read += 1
                yield item
        finally:
            bar.close()

    def status(self) -> int:
        """0 when every article was read, 1 when some failed, 2 when the one input failed."""
        if not self.failed:
            return 0
        if self.single_failed and not self.read:
            return 2  # the one input named could not be read at all
        total = self.read + self.failed
        self.err.write(f"migrationnews: {self.failed} of {_plural(total, 'article')} failed\n")
        return 1


def _ascii_only(stream: TextIO) -> bool:
    """True when ``stream`` cannot encode every character (an ASCII or Latin-1 terminal)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return False
    try:
        return not codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return True


class _Writer:
    """Writes to a stream that may not encode every character: JSON escapes what it
    cannot (and stays valid JSON), tables show it as ``\\N{...}``-style escapes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.ascii = _ascii_only(stream)
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def text(self, value: str) -> None:
        try:
            self.stream.write(value)
        except UnicodeEncodeError:
            self.stream.write(value.encode(self.encoding, "backslashreplace").decode(self.encoding))

    def json(self, value: Any, indent: int | None = None) -> str:
        return json.dumps(value, ensure_ascii=self.ascii, indent=indent)


def _width(args: argparse.Namespace) -> int | None:
    return None if args.wide else WIDTH


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    batch = _Batch(args, out, err)
    writer = _Writer(out)
    first = True
    kept: list[Article] = []  # for --format parquet
    written = True
    table_rows = csv.writer(out, lineterminator="\n")
    if args.format == "json":
        writer.text("[")
    elif args.format == "csv":
        table_rows.writerow(columns(args.kind))
    try:
        language = None if args.language == "auto" else args.language
        for parsed in parse_pairs(batch.sources(progress=True), jobs=args.jobs, language=language):
            item, article = parsed
            if args.format == "table":
                writer.text(article_report(article, item.name, _width(args)) + "\n\n")
            elif args.format == "jsonl":
                writer.text(writer.json(to_dict(article)) + "\n")
            elif args.format == "json":
                body = writer.json(to_dict(article), indent=1)
                writer.text(("\n" if first else ",\n") + body)
            elif args.format == "csv":
                table_rows.writerows(
                    [_csv_cell(v) for v in row.values()] for row in rows(article, args.kind)
                )
            else:
                kept.append(article)
            first = False
    finally:  # also on Ctrl-C: what was written stays a complete JSON list, and the
        if args.format == "json":  # articles parsed so far reach the Parquet files
            writer.text("]\n" if first else "\n]\n")
        elif args.format == "parquet":
            written = _write_parquet(kept, args.out, writer, err)
    return batch.status() if written else 2


def _write_parquet(articles: list[Article], folder: str, writer: _Writer, err: TextIO) -> bool:
    """Write ``articles`` as ``folder/<kind>.parquet`` and print the paths; False on failure."""
    try:
        paths = write_parquet(articles, folder)
    except (ImportError, OSError) as error:
        err.write(f"migrationnews: {error}\n")
        return False
    writer.text("".join(f"{path}\n" for path in paths.values()))
    return True


def _summary(record: Record) -> str:
    """One line saying what a record states."""
    if isinstance(record, Statistic):
        parts = [record.value.describe(), record.unit.value, record.measure.value]
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


def _comparison_table(
    view: ArticleComparison, first: str, second: str, width: int | None = WIDTH
) -> str:
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
        return table(["kind", first, second, "relation", "reason"], rows, width, wrap={1, 2, 4})

    def alone(items: tuple[Record, ...]) -> str:
        return table(["kind", "record"], [[_kind(r), _summary(r)] for r in items], width, {1})

    title = f"== {first} vs {second}"
    out = [title if width is None else elide(title, width)]
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


def _read_first(path: str, published: dt.date | None, err: TextIO) -> Source | None:
    """The first article of ``path``; says so on ``err`` when the path holds more."""
    first: Source | None = None
    failure: Failure | None = None
    more = 0
    for item in read_sources([path], published):
        if isinstance(item, Skipped):
            continue
        if isinstance(item, Failure):
            failure = failure or item
            continue
        if first is None:
            first = item
        else:
            more += 1
    if first is None:
        reason = f"{failure.name}: {failure.reason}" if failure else f"{path}: no article in it"
        err.write(f"migrationnews: {reason}\n")
        return None
    if more:
        err.write(
            f"migrationnews: {path} holds {more + 1} articles; comparing only the first, "
            f"{first.name}\n"
        )
    return first


def _run_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    first = _read_first(args.first, args.published_a, err)
    second = _read_first(args.second, args.published_b, err)
    if first is None or second is None:
        return 2
    view = _compare_articles(
        parse(first.text, published=first.published, source=first.label),
        parse(second.text, published=second.published, source=second.label),
    )
    writer = _Writer(out)
    if args.format == "json":
        body = _comparison_json(view, first.name, second.name)
        writer.text(writer.json(body, indent=1) + "\n")
    else:
        writer.text(_comparison_table(view, first.name, second.name, _width(args)) + "\n")
    return 1 if view.conflicts else 0


def _run_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    batch = _Batch(args, out, err)
    writer = _Writer(out)
    found: list[dict[str, str]] = []
    try:
        for item in batch.sources():
            for problem in _validate(parse(item.text, published=item.published)):
                found.append(
                    {"article": item.name, "code": problem.code.value, "message": problem.message}
                )
    finally:  # also on Ctrl-C: report what was found so far
        if args.format == "json":
            writer.text(writer.json(found, indent=1) + "\n")
        elif found:
            rows = [[f["article"], f["code"], f["message"]] for f in found]
            headers = ["article", "code", "message"]
            writer.text(table(headers, rows, _width(args), wrap={2}) + "\n")
        elif not batch.failed:
            writer.text(f"no problems in {_plural(batch.read, 'article')}\n")
    status = batch.status()
    return 1 if found else status


def _run_view(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.input is None:
        seed = default_seed()
        item: Source | None = Source(seed.name, seed.text, args.published or seed.published)
    else:
        item = _read_first(args.input, args.published, err)
    if item is None:
        return 2
    page = to_html(parse(item.text, published=item.published, source=item.label))
    if args.output is None:
        _Writer(out).text(page)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as file:
            file.write(page)
    except OSError as error:
        err.write(f"migrationnews: {args.output}: {error.strerror or error}\n")
        return 2
    return 0


def _run_ledger(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    batch = _Batch(args, out, err)
    articles = [article for _, article in parse_pairs(batch.sources(), jobs=args.jobs)]
    _Writer(out).text(RENDERERS[args.format](triangulate(articles)))
    return batch.status()


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        _check_table_options(parser, args)
        if args.command == "parse":
            return _run_parse(args, out, err)
        if args.command == "compare":
            return _run_compare(args, out, err)
        if args.command == "validate":
            return _run_validate(args, out, err)
        if args.command == "view":
            return _run_view(args, out, err)
        if args.command == "ledger":
            return _run_ledger(args, out, err)
    except BrokenPipeError:  # `migrationnews parse | head`
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        err.write("\nmigrationnews: interrupted; the output so far is kept\n")
        return 130
    return 2


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so exiting prints no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover - not a real stdout
        pass
