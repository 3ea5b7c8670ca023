"""Finding a table for a language, reading its lines once, and loading them as rows."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import attrs

from migrationnews.errors import ArgumentTypeError, RuleDataError
from migrationnews.ruletables._cells import LANGUAGES, R, _CellError
from migrationnews.ruletables._rows import _Word


def rule_path(name: str, language: str = "en") -> str:
    """The table ``name`` for ``language``: ``<language>/<name>`` when that language has its
    own, else the English ``name``, which then holds what the languages share."""
    if language not in LANGUAGES:
        raise ArgumentTypeError("language", f"one of {', '.join(LANGUAGES)}", language)
    if language == LANGUAGES[0]:
        return name
    path = f"{language}/{name}"
    return path if _exists(path) else name


@functools.cache
def _exists(path: str) -> bool:
    return resources.files("migrationnews").joinpath("rules", *path.split("/")).is_file()


@functools.cache
def lines(path: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The entries of ``rules/<path>`` (:func:`entries`), read once."""
    text = (
        resources.files("migrationnews")
        .joinpath("rules")
        .joinpath(*path.split("/"))
        .read_text(encoding="utf-8")
    )
    return entries(text)


def entries(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Each entry of a table's ``text`` (not a comment, not blank): its line number and its
    cells, stripped."""
    return tuple(
        (number, tuple(map(str.strip, line.split("\t"))))
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    )


def _load(row_type: type[R], path: str) -> tuple[R, ...]:
    """Every line of ``rules/<path>`` as a ``row_type``, each cell parsed by its field."""
    names = [column.name for column in attrs.fields(row_type)]  # type: ignore[arg-type]
    parsers = [column.metadata["parse"] for column in attrs.fields(row_type)]  # type: ignore[arg-type]
    width = len(names)
    rows = []
    for number, cells in lines(path):
        if len(cells) != width:
            if len(cells) > width:
                problem = f"a line has {width} columns"
                raise RuleDataError(path, number, f"{width + 1}", cells[width], problem)
            cells += ("",) * (width - len(cells))  # empty trailing cells may be left out
        try:
            rows.append(
                row_type(*[parse(cell) for parse, cell in zip(parsers, cells, strict=True)])
            )
        except ValueError as error:  # find the cell at fault and say what is wrong with it
            for name, parse, cell in zip(names, parsers, cells, strict=True):
                try:
                    parse(cell)
                except ValueError as found:
                    raise RuleDataError(path, number, name, cell, str(found)) from None
            column = error.column if isinstance(error, _CellError) else names[0]
            raise RuleDataError(
                path, number, column, cells[names.index(column)], str(error)
            ) from None
    return tuple(rows)


_loaded: dict[tuple[type[Any], str], tuple[Any, ...]] = {}  # (row class, path): rows


def _rows(row_type: type[R], name: str, language: str = "en") -> tuple[R, ...]:
    """The rows of ``name`` in ``language``, loaded on first use and kept."""
    path = rule_path(name, language)
    rows = _loaded.get((row_type, path))
    if rows is None:
        rows = _loaded[row_type, path] = _load(row_type, path)
    return rows


@functools.cache
def _words(name: str, language: str = "en") -> tuple[str, ...]:
    return tuple(row.word for row in _rows(_Word, name, language))
