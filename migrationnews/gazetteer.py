"""Places, countries and demonyms named in migration news, found with one compiled pattern each.

Built once, on first use, from ``rules/places.tsv`` and ``rules/countries.tsv``.

>>> found = find_places("From Tapachula, Chiapas, to El Paso")
>>> [(m.text, m.place.kind.value, m.place.country) for m in found]
[('Tapachula', 'city', 'MX'), ('Chiapas', 'state', 'MX'), ('El Paso', 'city', 'US')]
>>> [(m.text, m.code) for m in find_countries("Hondurans and Haitians left Guatemala")]
[('Hondurans', 'HN'), ('Haitians', 'HT'), ('Guatemala', 'GT')]
>>> country_code("Salvadoran"), country_code("Narnia")
('SV', None)
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TypeVar

from attrs import frozen

from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.ruledata import WordsPattern
from migrationnews.values import Place, PlaceKind, Span

__all__ = [
    "CountryMention",
    "PlaceMention",
    "country_code",
    "find_countries",
    "find_places",
    "place_named",
]

# When a name stands for several places, the kind read first wins ("El Paso": the city,
# not its port of entry); the country is kept only if all readings of that kind agree.
_KIND_ORDER = (
    PlaceKind.COUNTRY,
    PlaceKind.STATE,
    PlaceKind.CITY,
    PlaceKind.HUB,
    PlaceKind.SECTOR,
    PlaceKind.PORT_OF_ENTRY,
    PlaceKind.BORDER_CROSSING,
    PlaceKind.REGION,
    PlaceKind.RIVER,
    PlaceKind.SEA,
)
# Country names that are far more often a person's first name in news text.
_NOT_COUNTRIES = frozenset({"Chad", "Jordan"})


@frozen
class PlaceMention:
    """A place named in a text."""

    span: Span
    text: str
    place: Place


@frozen
class CountryMention:
    """A country named in a text, by its name or by a demonym ("Hondurans")."""

    span: Span
    text: str
    code: str
    demonym: bool


@functools.cache
def _places() -> dict[str, Place]:
    readings: dict[str, list[Place]] = {}
    for place in ruletables.places():
        for form in (place.name, *place.aliases):
            readings.setdefault(form, []).append(Place(place.name, place.place_kind, place.country))
    for country in ruletables.countries():
        for form in (country.name, *country.aliases):
            if form not in _NOT_COUNTRIES:
                readings.setdefault(form, []).append(
                    Place(country.name, PlaceKind.COUNTRY, country.code)
                )
    best: dict[str, Place] = {}
    for form, places in readings.items():
        rank = min(_KIND_ORDER.index(p.kind) if p.kind in _KIND_ORDER else 99 for p in places)
        top = [
            p
            for p in places
            if (_KIND_ORDER.index(p.kind) if p.kind in _KIND_ORDER else 99) == rank
        ]
        countries = {p.country for p in top}
        first = top[0]
        best[form] = first if len(countries) == 1 else Place(first.name, first.kind, None)
    return best


@functools.cache
def _countries() -> dict[str, tuple[str, bool]]:
    forms: dict[str, tuple[str, bool]] = {}
    for country in ruletables.countries():
        for form in (country.name, *country.aliases):
            if form not in _NOT_COUNTRIES:
                forms.setdefault(form, (country.code, False))
        for form in country.demonyms:
            forms.setdefault(form, (country.code, True))
    return forms


@functools.cache
def _place_pattern() -> WordsPattern:
    return WordsPattern(_places())


@functools.cache
def _country_pattern() -> WordsPattern:
    return WordsPattern(_countries())


def find_places(text: str, start: int = 0, end: int | None = None) -> tuple[PlaceMention, ...]:
    """Every gazetteer place (countries included) named in ``text[start:end]``, in order."""
    return _find_places(text, start, len(text) if end is None else end)


# Several extractors read the places and countries of the same sentence: each window is
# scanned once (the results are immutable, and a string's hash is computed only once).
@per_article(maxsize=512)
def _find_places(text: str, start: int, stop: int) -> tuple[PlaceMention, ...]:
    if len(text) >= _WHOLE:
        window = _window(_article_places(text), text, start, stop)
        if window is not None:
            return window
    return _scan_places(text, start, stop)


def _scan_places(text: str, start: int, stop: int) -> tuple[PlaceMention, ...]:
    places = _places()
    return tuple(
        PlaceMention(Span(m.start(), m.end()), m.group(), places[m.group()])
        for m in _place_pattern().over(text).finditer(text, start, stop)
    )


# An article (a text this long) is scanned whole, once, and a window takes the mentions
# that lie inside it. They are the mentions a scan of the window finds, unless a mention of
# the article runs across one of the window's edges, or the window ends inside a word right
# after a character a name may end with (a scan that stops there may read a name the
# article continues: "Texas" of "Texasville"); then the window is scanned.
_WHOLE = 512
_M = TypeVar("_M", PlaceMention, CountryMention)
_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _last_chars() -> frozenset[str]:
    """Every character a place or country name (or demonym) ends with."""
    return frozenset(form[-1] for forms in (_places(), _countries()) for form in forms if form)


def _window(
    found: tuple[tuple[_M, ...], list[int], list[int]], text: str, start: int, stop: int
) -> tuple[_M, ...] | None:
    """The mentions of a whole article in ``text[start:stop]``, or None when they may
    differ from a scan of the window."""
    mentions, starts, ends = found
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, stop)
    if (first > 0 and ends[first - 1] > start) or (last > 0 and ends[last - 1] > stop):
        return None
    if start >= stop:
        return None
    if 0 < stop < len(text) and text[stop - 1] in _last_chars() and _WORD_CHAR.match(text, stop):
        return None
    return mentions[first:last]


@per_article(maxsize=16)
def _article_places(text: str) -> tuple[tuple[PlaceMention, ...], list[int], list[int]]:
    found = _scan_places(text, 0, len(text))
    return found, [m.span.start for m in found], [m.span.end for m in found]


@per_article(maxsize=16)
def _article_countries(text: str) -> tuple[tuple[CountryMention, ...], list[int], list[int]]:
    found = _scan_countries(text, 0, len(text), True)
    return found, [m.span.start for m in found], [m.span.end for m in found]


def find_countries(
    text: str, start: int = 0, end: int | None = None, *, demonyms: bool = True
) -> tuple[CountryMention, ...]:
    """Every country named in ``text[start:end]`` by name, alias or (if asked) demonym."""
    return _find_countries(text, start, len(text) if end is None else end, demonyms)


@per_article(maxsize=512)
def _find_countries(text: str, start: int, stop: int, demonyms: bool) -> tuple[CountryMention, ...]:
    if len(text) >= _WHOLE:
        window = _window(_article_countries(text), text, start, stop)
        if window is not None:  # a demonym takes its place in the scan, kept or not
            return window if demonyms else tuple(c for c in window if not c.demonym)
    return _scan_countries(text, start, stop, demonyms)


def _scan_countries(text: str, start: int, stop: int, demonyms: bool) -> tuple[CountryMention, ...]:
    forms = _countries()
    found = []
    for m in _country_pattern().over(text).finditer(text, start, stop):
        code, is_demonym = forms[m.group()]
        if demonyms or not is_demonym:
            found.append(CountryMention(Span(m.start(), m.end()), m.group(), code, is_demonym))
    return tuple(found)


def country_code(name: str) -> str | None:
    """The ISO code for a country name, alias or demonym, exactly as written."""
    entry = _countries().get(name.strip())
    return entry[0] if entry else None


def place_named(name: str) -> Place | None:
    """The gazetteer's place for a name or alias, exactly as written."""
    return _places().get(name.strip())
