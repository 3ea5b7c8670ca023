"""Loading the rule data in ``migrationnews/rules/`` and turning vocabularies into patterns.

Each data file is UTF-8, tab-separated, one entry a line; ``#`` lines and blank lines are
comments (every file opens with its grammar and sources). Files are read once, on first
use, through :mod:`importlib.resources`, so an installed wheel works as a checkout does.

>>> row = next(r for r in table("countries.tsv", 4) if r[0] == "HN")
>>> row[1]
'Honduras'
>>> import re
>>> re.findall(words_pattern(["El Paso", "El Paso County", "Paso"]), "El Paso County and Paso")
['El Paso County', 'Paso']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

__all__ = ["country_names", "iso_codes", "split_list", "table", "words_pattern"]


@functools.cache
def table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of ``rules/<name>``, each padded or cut to ``columns`` fields."""
    text = (
        resources.files("migrationnews")
        .joinpath("rules")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    rows: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (columns - len(cells))
        rows.append(tuple(cells[:columns]))
    return tuple(rows)


def split_list(cell: str) -> tuple[str, ...]:
    """A ``|``-separated list cell as a tuple (empty cell, empty tuple)."""
    return tuple(item.strip() for item in cell.split("|") if item.strip())


@functools.cache
def iso_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    return frozenset(row[0] for row in table("countries.tsv", 4))


@functools.cache
def country_names() -> dict[str, str]:
    """Code -> the common English name (``"HN"`` -> ``"Honduras"``)."""
    return {row[0]: row[1] for row in table("countries.tsv", 4)}


def words_pattern(words: Iterable[str]) -> str:
    """One regex that matches any of ``words`` as a whole word, preferring the longest.

    The words are merged into a character trie and written as nested groups, so the
    engine walks one branch per input character instead of trying every word in turn:
    a gazetteer of thousands of names is one precompiled structure, and matching stays
    linear in the text (no quantifier wraps another). Word edges are lookarounds, so a
    word may start or end with punctuation ("Gov.", "U.S.").
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    body = _trie_regex(trie) if trie else r"(?!x)x"
    return rf"(?<![\w])(?:{body})(?![\w])"


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
    return body
