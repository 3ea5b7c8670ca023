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

__all__ = ["compile_words", "country_names", "iso_codes", "split_list", "table", "words_pattern"]


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
    trie = _trie(words)
    body = _trie_regex(trie) if trie else r"(?!x)x"
    return rf"(?<![\w])(?:{body})(?![\w])"


def compile_words(words: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str]:
    """:func:`words_pattern` compiled for scanning a text, in the shape ``re`` scans fastest.

    It matches exactly what ``re.compile(words_pattern(words), re.IGNORECASE if
    ignore_case else 0)`` matches, but every top-level branch opens with its first
    character as a plain literal or class: ``re`` then skips a branch by one comparison,
    and a case-sensitive pattern (proper names) tries only the positions whose character
    can begin a word, jumping over the rest in C. Case-insensitivity is scoped to the
    letters after the first.

    >>> [m.group() for m in compile_words(["El Paso", "Paso"]).finditer("El Paso, Paso")]
    ['El Paso', 'Paso']
    >>> [m.group() for m in compile_words(["deport"], ignore_case=True).finditer("DEPORT")]
    ['DEPORT']
    """
    trie = _trie(_lower(word) if ignore_case else word for word in words)
    if not trie:
        return re.compile(r"(?!x)x")
    branches = []
    for char, child in sorted(trie.items()):
        rest = _trie_regex(child)
        if not ignore_case:  # the word edge after the literal: a charset prefix for ``re``
            first = re.escape(char)
            branches.append(rf"{first}(?<![\w]{first}){rest}")
            continue
        branches.append(_either_case(char) + (f"(?i:{rest})" if rest else ""))
    body = "|".join(branches)
    if ignore_case:
        return re.compile(rf"(?<![\w])(?:{body})(?![\w])")
    return re.compile(rf"(?:{body})(?![\w])")


# Characters that ``re.IGNORECASE`` equates with an ASCII letter beyond its two cases.
_EXTRA_CASES = "\u0130\u0131\u017f\u212a"  # İ, dotless ı, long ſ, Kelvin sign


def _lower(word: str) -> str:
    """``word`` in lower case, character by character (İ would become two characters)."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def _either_case(char: str) -> str:
    """A class of every character ``re.IGNORECASE`` lets ``char`` match."""
    if not char.isascii():
        return f"(?i:{re.escape(char)})"  # rare: leave the cases to ``re``
    pool = {char, char.lower(), char.upper(), *_EXTRA_CASES}
    cases = sorted(c for c in pool if re.fullmatch(re.escape(char), c, re.IGNORECASE))
    if len(cases) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(c) for c in cases) + "]"


def _trie(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return trie


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
