"""Reading many inputs at once: files, folders, JSON Lines, standard input.

One bad input never stops a batch: :func:`read_sources` yields a :class:`Failure` naming
it and goes on with the rest.

A folder means every ``.txt`` file in it (one article each) and every ``.jsonl`` file (one
``{"text": ..., "published": "YYYY-MM-DD"}`` object a line), in name order.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import frozen

from migrationnews.errors import SourceError

__all__ = ["Failure", "Source", "expand", "read_sources"]


@frozen
class Source:
    """One article to parse: where it came from, its text, its date if known."""

    name: str
    text: str
    published: dt.date | None = None


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
            date = item.get("published")
            when = dt.date.fromisoformat(date) if date else published
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            yield Failure(name, f"bad JSON Lines record ({type(err).__name__}: {err})")
            continue
        yield Source(name, body, when)


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
