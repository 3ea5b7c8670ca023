"""Reading many inputs at once: files, folders, JSON Lines, standard input.

One bad input never stops a batch: :func:`read_sources` yields a :class:`Failure` naming
it and goes on with the rest.

A folder means every ``.txt`` file in it (one article each) and every ``.jsonl`` file (one
``{"text": ..., "published": "YYYY-MM-DD"}`` object a line), in name order.

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
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import frozen

from migrationnews.errors import SourceError

__all__ = ["Failure", "Source", "expand", "read_date", "read_sources", "row_metadata"]


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
    """An input that could not be read, and why."""

    name: str
    reason: str

    def error(self) -> SourceError:
        return SourceError(self.name, self.reason)


def expand(paths: Iterable[str]) -> list[str]:
    """Each path as given, a folder replaced by its ``.txt`` and ``.jsonl`` files."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = sorted(
                p for p in folder.iterdir() if p.suffix in (".txt", ".jsonl") and p.is_file()
            )
            out.extend(str(p) for p in found)
        else:
            out.append(path)
    return out


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "is a directory") from None
    except PermissionError:
        raise SourceError(path, "permission denied") from None
    except UnicodeDecodeError as err:
        raise SourceError(path, f"not UTF-8 text (byte {err.start})") from None
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


def _jsonl(path: str, text: str, published: dt.date | None) -> Iterator[Source | Failure]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name = f"{path}:{number}"
        try:
            item = json.loads(line)
            body = item["text"]
            if not isinstance(body, str):
                raise TypeError("'text' is not a string")
            own_name, own_date = row_metadata(item)
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            yield Failure(name, f"bad JSON Lines record ({type(err).__name__}: {err})")
            continue
        yield Source(name, body, own_date or published, own_name)


def read_sources(
    paths: Iterable[str], published: dt.date | None = None
) -> Iterator[Source | Failure]:
    """Every article in ``paths`` (files, folders, ``-`` for standard input), in order.

    ``published`` is the date of plain-text inputs; a JSON Lines record's own date wins.
    """
    for path in expand(paths):
        try:
            text = _read_text(path)
        except SourceError as err:
            yield Failure(path, err.reason)
            continue
        if path.endswith(".jsonl"):
            yield from _jsonl(path, text, published)
        else:
            yield Source(path, text, published)
