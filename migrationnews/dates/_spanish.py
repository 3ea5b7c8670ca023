"""Spanish date expressions ("el 3 de enero", "la semana pasada", "el año fiscal 2024"): the
English builders' parts (:func:`._calendar._weekly`, ``_months``, ``_unit``, ``_year``,
``_fiscal``, :func:`._expressions._recurring`) with the vocabulary of
``rules/es/date_words.tsv``.

:func:`_candidates_es` stands in for the English :func:`._rules._candidates` when the active
language is Spanish; choosing and composing (:mod:`._resolution`) are shared. Each pattern
opens on a word of the vocabulary or a digit and runs linearly (no quantifier wraps another).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from migrationnews import ruletables
from migrationnews.dates._builders import _UNIT_GRANULARITY, _days_of_month
from migrationnews.dates._calendar import (
    _add_days,
    _Dates,
    _fiscal,
    _months,
    _toward,
    _unit,
    _weekly,
    _year,
)
from migrationnews.dates._expressions import _Expr, _fixed, _Kind, _recurring, _rel_direction
from migrationnews.dates._patterns import _YEAR
from migrationnews.dates._tense import Tense
from migrationnews.ruledata import words_pattern
from migrationnews.values import Granularity


@functools.cache
def _es_words() -> dict[str, dict[str, str]]:
    """kind -> form -> value, from ``rules/es/date_words.tsv``."""
    words: dict[str, dict[str, str]] = {}
    for row in ruletables.date_words("es"):
        words.setdefault(row.kind, {})[row.form] = row.value
    return words


_ES_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?![\w]|[.,:]\d)"


@functools.cache
def _es_patterns() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], _Expr | None]], ...]:
    """The Spanish rules: each pattern with its builder, in order of preference."""
    w = _es_words()
    month, weekday = words_pattern(w["month"]), words_pattern(w["weekday"])
    rel, unit = words_pattern(w["rel"]), words_pattern(w["unit"])

    def compiled(template: str) -> re.Pattern[str]:
        return re.compile(template, re.VERBOSE | re.IGNORECASE)

    date = compiled(
        rf"""
        (?<![\w])(?:(?:el|del|desde[ \t]+el|hasta[ \t]+el)[ \t]+)?  # "el", "del"
        (?:(?P<rel>{rel})[ \t]+)?                 # "pasado"
        (?:(?P<weekday>{weekday})[ \t]+)?         # "lunes"
        (?P<day>{_ES_DAY})                        # "3"
        (?:[ \t]+(?:al|a|y)[ \t]+(?P<day2>{_ES_DAY}))?  # "al 10": a span of days
        [ \t]+de[ \t]+(?P<month>{month})          # "de enero"
        (?:[ \t]+(?:de|del)[ \t]+(?P<year>{_YEAR}))?  # "de 2024"
        """
    )
    month_re = compiled(
        rf"""
        (?<![\w])(?:(?:en|desde|durante|hasta)[ \t]+)?  # "en"
        (?:(?:el[ \t]+)?mes[ \t]+de[ \t]+)?       # "el mes de"
        (?P<month>{month})                        # "enero"
        (?:[ \t]+(?:de|del)[ \t]+(?P<year>{_YEAR}))?  # "de 2024"
        (?:[ \t]+(?P<rel>{rel}))?                 # "pasado"
        """
    )
    weekday_re = compiled(
        rf"""
        (?<![\w])(?:el[ \t]+)?                    # "el"
        (?:(?P<rel>{rel})[ \t]+)?                 # "pasado", "este"
        (?P<weekday>{weekday})                    # "lunes"
        (?:[ \t]+(?P<rel2>{rel}))?                # "pasado"
        """
    )
    unit_re = compiled(
        rf"""
        (?<![\w])(?:(?:el|la)[ \t]+)?             # "la"
        (?:(?P<rel>{rel})[ \t]+)?                 # "esta", "próxima"
        (?P<unit>{unit})                          # "semana"
        (?:[ \t]+(?P<rel2>{rel}))?                # "pasada"
        """
    )
    day_re = compiled(rf"(?<![\w])(?P<word>{words_pattern(w['day'])})")
    dateline = compiled(
        rf"""
        (?<![\w])(?P<day>{_ES_DAY})[ \t]+      # "21"
        (?P<month>{words_pattern(w["abbreviation"])})\.?  # "ene", "sept."
        (?:[ \t]+(?P<year>{_YEAR}))?             # "2022"
        (?P<day2>)                                # (one day)
        (?=[ \t]*(?:\(|[.,;]?[ \t]*[–—-]|\n|\Z))  # then the agency, the dash or the line end
        """
    )
    year_re = compiled(
        rf"""
        (?<![\w])(?:(?P<lead>en|desde|durante|hasta|de|del)[ \t]+)?  # "en"
        (?:el[ \t]+)?
        (?P<fiscal>(?:año|ejercicio)[ \t]+fiscal[ \t]+)?  # "año fiscal"
        (?P<year>{_YEAR})                         # "2024"
        """
    )
    return (
        (date, _es_date),
        (month_re, _es_month),
        (weekday_re, _es_weekday),
        (unit_re, _es_unit),
        (day_re, _es_day),
        (year_re, _es_year),
        (dateline, _es_dateline),
    )


def _es_rel(m: re.Match[str], *groups: str) -> str | None:
    """The direction of the relative word in ``groups``: "last", "next", "this" or None."""
    rels = _es_words()["rel"]
    for group in groups:
        if m[group]:
            return rels.get(m[group].lower())
    return None


def _es_date(m: re.Match[str]) -> _Expr | None:
    month = int(_es_words()["month"][m["month"].lower()])
    first = int(m["day"])
    last = int(m["day2"]) if m["day2"] else first
    rel = _es_rel(m, "rel")
    return _days_of_month(m, month, first, last, m["year"], rel if rel != "this" else None)


def _es_dateline(m: re.Match[str]) -> _Expr | None:
    """A dateline's day and shortened month ("Tapachula (México), 21 ene (EFE).-")."""
    month = int(_es_words()["abbreviation"][m["month"].lower()])
    day = int(m["day"])
    return _days_of_month(m, month, day, day, m["year"], None)


def _es_month(m: re.Match[str]) -> _Expr | None:
    month = int(_es_words()["month"][m["month"].lower()])
    if m["year"]:
        dates = _months(int(m["year"]), month)
        if dates is None:
            return None
        return _Expr(m.start(), m.end(), Granularity.MONTH, _Kind.ABSOLUTE, _fixed(dates))
    rel = _es_rel(m, "rel")
    kind, at = _recurring(lambda year: _months(year, month), rel if rel != "this" else None)
    return _Expr(m.start(), m.end(), Granularity.MONTH, kind, at)


def _es_weekday(m: re.Match[str]) -> _Expr | None:
    weekday = int(_es_words()["weekday"][m["weekday"].lower()])
    fixed = _rel_direction(_es_rel(m, "rel", "rel2"))

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        return _weekly(weekday, 1, anchor, fixed or _toward(tense))

    kind = _Kind.RECURRING if fixed is None else _Kind.DEICTIC
    return _Expr(m.start(), m.end(), Granularity.DAY, kind, at)


def _es_unit(m: re.Match[str]) -> _Expr | None:
    """A unit with a relative word ("la semana pasada", "este mes"); None without one."""
    unit = _es_words()["unit"][" ".join(m["unit"].lower().split())]
    rel = _es_rel(m, "rel", "rel2")
    if rel is None:
        return None  # "la semana" alone refers back to something
    offset = {"last": -1, "next": 1}.get(rel, 0)

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        if unit == "weekend":
            direction = _rel_direction(rel) or _toward(tense)
            return _weekly(5, 2, anchor, direction)
        return _unit(unit, anchor, offset)

    return _Expr(m.start(), m.end(), _UNIT_GRANULARITY[unit], _Kind.DEICTIC, at)


def _es_day(m: re.Match[str]) -> _Expr | None:
    offset = int(_es_words()["day"][m["word"].lower()])

    def at(anchor: dt.date, tense: Tense) -> _Dates | None:
        day = _add_days(anchor, offset)
        return (day, day) if day is not None else None

    return _Expr(m.start(), m.end(), Granularity.DAY, _Kind.DEICTIC, at)


def _es_year(m: re.Match[str]) -> _Expr | None:
    if m["lead"] is None and m["fiscal"] is None:
        return None  # a bare number
    year = int(m["year"])
    dates = _fiscal(year) if m["fiscal"] else _year(year)
    if dates is None:
        return None
    granularity = Granularity.FISCAL_YEAR if m["fiscal"] else Granularity.YEAR
    return _Expr(m.start(), m.end(), granularity, _Kind.ABSOLUTE, _fixed(dates))


def _candidates_es(text: str) -> list[tuple[_Expr, int]]:
    """Every Spanish date expression of ``text``, with its rule's priority."""
    found: list[tuple[_Expr, int]] = []
    for priority, (pattern, build) in enumerate(_es_patterns()):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                expr = build(match)
                if expr is not None:
                    found.append((expr, priority))
    return found
