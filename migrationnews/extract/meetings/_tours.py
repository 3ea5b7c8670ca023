"""The stops of a trip or of a list of meetings, each with where it begins and ends:
the places a trip lists after its verb (:func:`_destinations`: "visit Peru on Monday and
Ecuador on Tuesday"), the officials of meetings each with its own place or day
(:func:`_stops`: "met A in Lima on Sunday, B in Quito on Monday"), and the countries of
a tour word (:func:`_tour_stops`: "una gira por Centroamérica y Cuba").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from migrationnews.extract.meetings._participants import (
    _Index,
    _Named,
)
from migrationnews.extract.meetings._vocabulary import (
    _CLAUSE_BREAK,
    _MAX_PARTIES,
    _another_event,
)
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.text import Document
from migrationnews.values import Place, PlaceKind

_STOP_GLUE = re.compile(r",|\band\b")  # between the stops of a tour
_STOP_END = re.compile(r"[,;:.]|\b(?:and|but|may|might|will|would|could|to|said|says)\b")
_DAY = re.compile(
    r"""
    \b(?:on|last|this|next)\s+      # "on Monday", "last Tuesday"
    (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b  # a weekday
    | \b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d  # "March 3"
    """,
    re.VERBOSE,
)
_TRIP_LEAD = re.compile(r"\s+(?:to\s+)?(?:the\s+)?")  # "visit (to) (the) <place>"
_STOP_GAP = 80  # characters of place, day and title between two stops of a tour


def _destinations(doc: Document, start: int, end: int) -> list[tuple[Place, int, int]]:
    """The places a trip lists right after its verb, each with where its stop begins and
    ends: "visit Peru on Monday, Ecuador on Tuesday and Colombia on Wednesday", "visited
    Lima and Quito last week"."""
    found: list[tuple[Place, int, int]] = []
    pos = start
    for mention in find_places(doc.text, start, end):
        gap = doc.text[pos : mention.span.start]
        if found:
            if (
                len(gap) > _STOP_GAP // 2
                or _CLAUSE_BREAK.search(gap)
                or not _STOP_GLUE.search(gap)
                or _another_event(doc.text, pos, mention.span.start)
            ):
                break
            found[-1] = (found[-1][0], found[-1][1], mention.span.start)
        elif not _TRIP_LEAD.fullmatch(gap):
            break
        found.append((mention.place, mention.span.start, end))
        pos = mention.span.end
    return found


def _stops(doc: Document, index: _Index, start: int, end: int) -> list[tuple[_Named, int, int]]:
    """The further stops of a list of meetings each with its own place or day: "met A in
    Lima on Sunday, B in Quito on Monday and C in Bogotá on Tuesday" (B and C, each with
    where its stop begins and ends). Each stop's official follows the last stop's place or
    day after a comma or "and", with no clause or other event between; the first stop too
    must state a place or a day, else the names are one list of counterparts."""
    found: list[tuple[_Named, int, int]] = []
    pos = start
    for named in index.between(start, end):
        gap = doc.text[pos : named.span.start]
        if (
            named.possessive
            or len(gap) > _STOP_GAP
            or _CLAUSE_BREAK.search(gap)
            or not _STOP_GLUE.search(gap)
            or not (find_places(doc.text, pos, named.span.start) or _DAY.search(gap))
        ):
            break
        if found:
            found[-1] = (found[-1][0], found[-1][1], named.span.start)
        found.append((named, named.span.start, end))
        pos = named.span.end
        if len(found) >= _MAX_PARTIES:
            break
    while found and not _own_place_or_day(doc, found[-1][0].span.end, found[-1][2]):
        found.pop()  # "... and Johnson may also join the meeting": no stop of its own
    return found


def _own_place_or_day(doc: Document, start: int, end: int) -> bool:
    """Whether the last stop names its own place or day right after its official, before
    a comma or a clause: "... and C in Bogotá on Tuesday", not "... and C may join"."""
    stop = _STOP_END.search(doc.text, start, end)
    end = stop.start() if stop is not None else end
    return bool(find_places(doc.text, start, end) or _DAY.search(doc.text, start, end))


def _tour_stops(
    doc: Document, start: int, end: int, served: dict[str, str | None], names: Sequence[str]
) -> list[Place]:
    """The countries a tour's sentence lists after its word ("por Centroamérica y Cuba",
    "visitará Guatemala, Honduras y Belice"), each a stop named as written, without the
    visitors' own."""
    own = {served.get(name) for name in names}
    stops: dict[str, Place] = {}
    for found in find_countries(doc.text, start, end, demonyms=False):
        if found.code not in own:
            stops.setdefault(found.code, Place(found.text, PlaceKind.COUNTRY, found.code))
    return list(stops.values())
