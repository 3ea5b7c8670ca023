"""Reading many inputs at once: files, folders, JSON Lines, standard input — one reader.

One bad input never stops a batch: :func:`read_sources` yields a :class:`Failure` naming
the file (and line) and why, and goes on with the rest. Nothing is skipped in silence: an
entry a folder walk passes over is a :class:`Skipped` with its reason.

- A file named on the command line is one article of UTF-8 text, whatever its suffix,
  unless its suffix is ``.jsonl`` or ``.ndjson`` (any case): then it is JSON Lines, one
  ``{"text": ..., "published": "YYYY-MM-DD"}`` object a line.
- A folder means its ``.txt``, ``.text``, ``.md`` and ``.markdown`` files (any case), its
  JSON Lines files, and its files with no suffix that hold text, in name order; subfolders
  too with ``recursive``. Hidden entries and other suffixes are skipped (and reported).
- ``-`` is standard input: JSON Lines when its first line is a JSON object, else one article.
- Text is strict UTF-8 (a byte-order mark is allowed): a bad byte fails its file or line,
  and never reaches the output. A file holding NUL bytes is binary, not an article.
- Files in ``exclude`` (the outputs the command is writing) are never read.

A JSON Lines row may name itself with ``source``, ``id`` or ``url`` (the first given becomes
the article's :attr:`~migrationnews.records.Article.source`; otherwise ``file:line`` does)
and date itself with ``published`` or ``date``, a date or an ISO timestamp:

>>> row_metadata({"id": "a1", "url": "https://x.invalid/a1", "date": "2024-01-10T14:30:00Z"})
('a1', datetime.date(2024, 1, 10))
>>> row_metadata({"published": "10 January"})
Traceback (most recent call last):
...
ValueError: 'published' must be an ISO date or timestamp, not '10 January'
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from attrs import frozen

from migrationnews.errors import SourceError

__all__ = [
    "Failure",
    "Input",
    "Skipped",
    "Source",
    "count_articles",
    "decode_text",
    "expand",
    "file_id",
    "jsonl_sources",
    "read_date",
    "read_sources",
    "row_metadata",
    "walk",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_SNIFF = 8192  # bytes read to tell a suffix-less text file from a binary one
_BOM = "\ufeff"

FileId = tuple[int, int]  # (device, inode): the identity of a file, whatever its path


@frozen
class Source:
    """One article to parse: where it came from, its text, its date if known."""

    name: str
    text: str
    published: dt.date | None = None
    source: str | None = None  # the input's own name for the article, else ``name``

    @property
    def label(self) -> str:
        """What the article is called in the output: its own name, else where it was read."""
        return self.name if self.source is None else self.source


@frozen
class Failure:
    """An input (a file, or a line of one) that could not be read, and why."""

    name: str
    reason: str

    def error(self) -> SourceError:
        return SourceError(self.name, self.reason)


@frozen
class Skipped:
    """A folder entry the walk passed over on purpose, and why (not an error)."""

    name: str
    reason: str


@frozen
class Input:
    """A path the walk will read: plain text (one article) or JSON Lines."""

    path: str
    jsonl: bool


def file_id(path_or_fd: str | int) -> FileId | None:
    """The (device, inode) of a regular file, or None (not a file, or cannot be stat'ed)."""
    try:
        info = os.stat(path_or_fd)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _looks_like_text(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF)
    except OSError:
        return True  # let the read report why
    if b"\0" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3  # a character cut at the end of the sample
    return True


def _check(path: Path, exclude: Collection[FileId]) -> Failure | None:
    """Why ``path`` (a would-be input file) cannot be read, or None when it can."""
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return Failure(name, "broken symbolic link (its target does not exist)")
        return Failure(name, "no such file")
    except RuntimeError:  # pragma: no cover - pathlib raises OSError(ELOOP) on 3.10+
        return Failure(name, "symbolic link loop")
    except OSError as err:
        if err.errno == 40:  # ELOOP
            return Failure(name, "symbolic link loop")
        return Failure(name, err.strerror or str(err))
    if stat.S_ISDIR(info.st_mode):
        return Failure(name, "is a folder")
    if not stat.S_ISREG(info.st_mode):
        return Failure(name, f"is {_kind_of(info.st_mode)}, not a file")
    if (info.st_dev, info.st_ino) in exclude:
        return Failure(name, "is an output of this command")
    return None


def walk(
    paths: Iterable[str], *, recursive: bool = False, exclude: Collection[FileId] = ()
) -> Iterator[Input | Failure | Skipped]:
    """Every input file in ``paths``, folders expanded, with every failure and skip said."""
    for path in paths:
        if path == "-":
            yield Input("-", False)
            continue
        given = Path(path)
        if given.is_dir():
            yield from _walk_folder(given, recursive, exclude, set())
            continue
        problem = _check(given, exclude)
        yield problem if problem is not None else Input(path, _is_jsonl(path))


def _walk_folder(
    folder: Path, recursive: bool, exclude: Collection[FileId], seen: set[tuple[int, int]]
) -> Iterator[Input | Failure | Skipped]:
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir())
    except OSError as err:
        yield Failure(str(folder), f"cannot list the folder ({err.strerror or err})")
        return
    if (info.st_dev, info.st_ino) in seen:
        yield Failure(str(folder), "symbolic link loop (a folder inside itself)")
        return
    seen = seen | {(info.st_dev, info.st_ino)}
    for entry in entries:
        name = str(entry)
        suffix = entry.suffix.lower()
        if entry.name.startswith("."):
            yield Skipped(name, "hidden")
            continue
        problem = _check(entry, exclude)
        if problem is not None and problem.reason == "is a folder":
            if recursive:
                yield from _walk_folder(entry, recursive, exclude, seen)
            else:
                yield Skipped(name, "a folder (use --recursive to read subfolders)")
            continue
        if suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES:
            yield problem if problem is not None else Input(name, suffix in JSONL_SUFFIXES)
        elif suffix:
            yield Skipped(name, f"not an article file ({suffix}; read .txt, .md or .jsonl)")
        elif problem is not None:
            yield problem
        elif _looks_like_text(entry):
            yield Input(name, False)
        else:
            yield Skipped(name, "binary content, not text")


def expand(
    paths: Iterable[str], *, recursive: bool = False, exclude: Collection[FileId] = ()
) -> list[str]:
    """The input files ``paths`` name, folders replaced by their article files."""
    return [
        item.path
        for item in walk(paths, recursive=recursive, exclude=exclude)
        if isinstance(item, Input)
    ]


def decode_text(data: bytes, name: str) -> str:
    """``data`` as strict UTF-8 text; a :class:`SourceError` naming ``name`` otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SourceError(name, f"not UTF-8 text (byte {err.start})") from None
    if "\0" in text:
        raise SourceError(name, "binary content (NUL bytes), not text")
    return text


def _read_bytes(path: str) -> bytes:
    if path == "-":
        stream: Any = sys.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read()
            return data
        return str(stream.read()).encode("utf-8", "surrogatepass")
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "is a folder") from None
    except PermissionError:
        raise SourceError(path, "permission denied") from None
    except OSError as err:
        raise SourceError(path, err.strerror or str(err)) from None


# The keys a JSON Lines row may name itself and date itself with, first found wins.
NAME_KEYS = ("source", "id", "url")
DATE_KEYS = ("published", "date")


def read_date(value: str) -> dt.date:
    """The calendar date of an ISO date or timestamp ("2024-01-10", "2024-01-10T14:30:00Z").

    A timestamp's date is the one written in it (its own time zone), never converted.
    """
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not read the Z suffix
            text = text[:-1] + "+00:00"
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"not an ISO date or timestamp: {value!r}") from None


def row_metadata(row: dict[str, object]) -> tuple[str | None, dt.date | None]:
    """A JSON Lines row's own name (``source``, ``id`` or ``url``) and date, if it has them.

    Raises ``ValueError`` naming the key whose value is not usable.
    """
    name: str | None = None
    for key in NAME_KEYS:
        value = row.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError(f"{key!r} must be a string or an integer, not {value!r}")
        name = str(value)
        break
    date: dt.date | None = None
    for key in DATE_KEYS:
        value = row.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{key!r} must be an ISO date or timestamp, not {value!r}")
        try:
            date = read_date(value)
        except ValueError:
            raise ValueError(f"{key!r} must be an ISO date or timestamp, not {value!r}") from None
        break
    return name, date


def _row(line: str) -> dict[str, Any]:
    """One JSON Lines row as a dict with a string ``text``; else ValueError, one line."""
    try:
        item = json.loads(line)
    except RecursionError:
        raise ValueError("not JSON: nested too deeply") from None
    except ValueError as err:
        raise ValueError(f"not JSON ({err})") from None
    if not isinstance(item, dict):
        raise ValueError(f"not a JSON object but {type(item).__name__}")
    if "text" not in item:
        raise ValueError('no "text" key')
    if not isinstance(item["text"], str):
        raise ValueError(f'"text" is {type(item["text"]).__name__}, not a string')
    try:
        item["text"].encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(f'"text" holds a lone surrogate (character {err.start})') from None
    return item


def jsonl_sources(path: str, data: bytes, published: dt.date | None) -> Iterator[Source | Failure]:
    """The articles of the JSON Lines ``data`` read from ``path``, a failure for each bad row."""
    for number, raw in enumerate(data.split(b"\n"), 1):
        name = f"{path}:{number}"
        try:
            line = decode_text(raw, name).removeprefix(_BOM if number == 1 else "")
        except SourceError as err:
            yield Failure(name, err.reason)
            continue
        if not line.strip():
            continue
        try:
            item = _row(line)
            body = item["text"]
            own_name, own_date = row_metadata(item)
        except (ValueError, TypeError) as err:
            yield Failure(name, f"bad JSON Lines record: {err}")
            continue
        yield Source(name, body, own_date or published, own_name)


def _stdin_is_jsonl(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0].removeprefix(_BOM.encode("utf-8"))
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def read_sources(
    paths: Iterable[str],
    published: dt.date | None = None,
    *,
    recursive: bool = False,
    exclude: Collection[FileId] = (),
) -> Iterator[Source | Failure | Skipped]:
    """Every article in ``paths`` (files, folders, ``-`` for standard input), in order.

    ``published`` is the date of plain-text inputs; a JSON Lines record's own date wins.
    """
    for item in walk(paths, recursive=recursive, exclude=exclude):
        if not isinstance(item, Input):
            yield item
            continue
        try:
            data = _read_bytes(item.path)
        except SourceError as err:
            yield Failure(item.path, err.reason)
            continue
        if item.jsonl or (item.path == "-" and _stdin_is_jsonl(data)):
            yield from jsonl_sources(item.path, data, published)
            continue
        try:
            yield Source(item.path, decode_text(data, item.path), published)
        except SourceError as err:
            yield Failure(item.path, err.reason)


def count_articles(inputs: Iterable[Input]) -> int | None:
    """How many articles ``inputs`` hold (None when standard input is among them).

    A JSON Lines file counts its non-blank lines (read once more, a block at a time).
    """
    total = 0
    for item in inputs:
        if item.path == "-":
            return None
        if not item.jsonl:
            total += 1
            continue
        try:
            with open(item.path, "rb") as handle:
                for line in handle:
                    total += bool(line.strip())
        except OSError:
            total += 1  # the read will report it as one failure
    return total
