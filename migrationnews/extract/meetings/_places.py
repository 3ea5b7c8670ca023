"""Where an event was held.

:func:`_location` reads a building ("at the National Palace", "took place at
Mar-a-Lago"), else the most specific gazetteer place after a cue ("in", "visited");
:func:`_proper_venue` a capitalised place no gazetteer knows ("at Camp David");
:func:`_whereabouts` where a participant spoke just before; :func:`_planned_place` the
place after a planned mark. The article's own places, the headline's
(:func:`_headline_place`) and the dateline's (:func:`_dateline`), are the fallbacks.
:func:`_rank` and :func:`_near` compare places.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from migrationnews.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from migrationnews.extract.meetings._participants import (
    _Index,
    _recent,
)
from migrationnews.extract.meetings._vocabulary import (
    _NEAR,
    _WORD,
    _glue,
    _pattern,
    _title_words,
    _triggers,
)
from migrationnews.gazetteer import find_places, place_named
from migrationnews.ruledata import words_pattern
from migrationnews.text import Document
from migrationnews.values import Place, PlaceKind, Span

_DATELINE = re.compile(
    r"""
    ^[ \t]*                         # a line's start (after the headline, if any)
    (?P<city>[A-Z][A-Za-z]{0,3}[A-Z][A-Z'’.-]{0,40}(?:[ ][A-Z][A-Z'’.-]{0,40}){0,3})  # CITY
    \s*(?:,\s*)?                    # an optional comma
    (?:[A-Z][\w.]{0,40}(?:[ ][A-Z][\w.]{0,40}){0,2}\s*)?  # an optional country or state
    (?:,\s*)?                        # an optional comma
    (?:\([^()\n]{0,40}\)\s*)?        # an optional agency: "(AP)"
    (?:--|(?<=\s)-|[—–])            # and the dash that ends a dateline (not "US-Mexico")
    """,
    re.VERBOSE | re.MULTILINE,
)
# Linear: each blank run is read by one quantifier, and words are bounded (far above any
# place's), so a run of blanks or capitals is not re-read from every point inside it.
# A dateline ended by a colon, as South Asian papers and some wire desks write it ("New
# Delhi: ...", "ISLAMABAD: ...", "WASHINGTON: ..."): a city of one to three capitalised
# words opening a line, a colon and a capitalised word; the gazetteer must know the city.
_COLON_DATELINE = re.compile(
    r"""
    ^[ \t]*
    (?P<city>[A-Z][A-Za-z'’.-]{1,40}(?:[ ][A-Z][A-Za-z'’.-]{1,40}){0,2})  # "New Delhi"
    [ \t]*:[ \t]+(?=[A-Z])          # the colon, then the sentence
    """,
    re.VERBOSE | re.MULTILINE,
)
_DATELINE_REACH = 400  # characters from the start where a dateline may stand
# Words between a meeting word and the governments whose unnamed officials took part:
# "met with her counterparts from Guatemala and Honduras".
_PEOPLE = frozenset(
    {"counterpart", "counterparts", "officials", "delegation", "delegations", "ministers",
     "leaders", "envoys", "representatives", "officers", "delegates"}
)  # fmt: skip
# A participant's whereabouts: "Ebrard said in Washington", "Noem, speaking in Quito,".
_SAID_IN = re.compile(
    r"""
    (?:,\s*)?                       # "Noem, speaking in ..."
    \s*(?:said|says|told\s+reporters|spoke|speaking|was\s+speaking|arrived
    |is|was|are|were)             # where they spoke or were: "Ruiz is in Lima"
    \s+in\s+                        # "in" before the place
    """,
    re.VERBOSE,
)
# Where an event was held, said of the event: "the meeting took place at Mar-a-Lago".
_HELD_AT = re.compile(
    r"""
    \b(?:took|take|takes|taking)\s+place   # "took place"
    \s+(?:at|in)\s+(?:the\s+)?              # "at (the)"
    (?P<venue>(?-i:[A-Z])[\w'’.-]*(?:[ ](?-i:[A-Z])[\w'’.-]*){0,4})  # capitalised words
    """,
    re.VERBOSE | re.IGNORECASE,
)
_AT_PROPER = re.compile(
    r"""
    \b(?:at|inside)\s+(?:the\s+)?    # "at (the)"
    (?P<venue>
      (?-i:[A-Z])[\w'’.-]*           # a capitalised word: "Mar-a-Lago", "Camp"
      (?:[ ](?:de|del|la|of|(?-i:[A-Z])[\w'’.-]*)){0,4}  # and its next words: "David"
    )
    """,
    re.VERBOSE,
)
# First words of "at/in <Capitalised>" that name no place: days, months, languages, a
# pronoun or an article at a sentence's start.
_NOT_VENUE = frozenset(
    {w.lower() for w in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES)}
    | {"english", "spanish", "a", "an", "the", "his", "her", "their", "its",
       "this", "that", "which", "what", "washington's", "congress", "court", "person", "response",
       "addition", "total", "part", "order", "particular", "recent", "late", "early", "mid"}
)  # fmt: skip
# Words that make "at the <Capitalised>" an event or an organisation, not where officials met.
_GATHERINGS = frozenset(
    {"summit", "assembly", "conference", "forum", "meeting", "session", "ceremony", "council",
     "organization", "organisation", "union", "nations", "association", "festival", "games",
     "convention", "congress", "parliament", "senate", "house", "hearing", "talks", "dialogue",
     "g20", "g7", "u.n", "un", "celac", "apec", "oas", "nato", "inauguration", "funeral"}
)  # fmt: skip
# The nouns that end the name of a building where officials meet ("the National Palace",
# "the State Department", "the Governor's Mansion", "the presidential palace").
_VENUE_NOUNS = (
    "palace", "mansion", "house", "department", "ministry", "hall", "building", "center",
    "centre", "hotel", "castle", "capitol", "embassy", "consulate", "residence", "headquarters",
    "chancellery", "secretariat", "office", "ranch", "retreat", "estate",
)  # fmt: skip
# Spanish buildings, capitalised with their name after: "Palacio Nacional", "Casa Blanca".
_VENUE_NOUNS_ES = ("palacio", "casa", "residencia", "cancillería", "secretaría", "embajada")
_VENUE_LEADS = ("presidential", "governor's", "governor’s", "foreign", "official", "national")
# Verbs of a headline that gathers officials in a place: "Rubio and Noem Land in
# Panama", "ministers gather in Quito".
_GATHER_VERBS = (
    "land", "lands", "landed", "gather", "gathers", "gathered", "arrive", "arrives", "arrived",
    "meet", "meets", "met", "convene", "convenes", "convened", "hold talks", "holds talks",
)  # fmt: skip
_IN_TOWN = re.compile(r"\s*,?\s*in\s+")  # after a building: "the State Department in ..."
_HEADLINE = 200  # characters of the first line read as the headline
_PLACE_RANK = {
    PlaceKind.CITY: 0,
    PlaceKind.PORT_OF_ENTRY: 1,
    PlaceKind.HUB: 1,
    PlaceKind.STATE: 2,
    PlaceKind.COUNTRY: 3,
}


@functools.cache
def _venue_pattern() -> re.Pattern[str]:
    """A building after at/in/to: capitalised words or a lower-case lead, then a noun of
    :data:`_VENUE_NOUNS` ("at the National Palace", "in the presidential palace",
    "welcomed ... to the White House"), or such a noun and "of" a name ("at the Department
    of State")."""
    return re.compile(
        rf"""
        \b(?:at|in|inside|to)\s+the\s+    # "at the", "in the", "welcomed ... to the"
        (?:
          (?P<venue>
            (?:(?-i:[A-Z])[\w'’.-]*\s+){{1,4}}  # capitalised words: "National", "Governor's"
            | (?:{words_pattern(_VENUE_LEADS)})\s+  # or a lower-case lead: "presidential"
          )
          (?P<noun>{words_pattern(_VENUE_NOUNS)})  # the building: "Palace", "Department"
          | (?P<whole>(?=(?-i:[A-Z]))(?:{words_pattern(_VENUE_NOUNS)})  # or "the Department
            \s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}})  # of State"
        )
        | \ben\s+(?:el\s+|la\s+)?         # Spanish: "en (el) Palacio Nacional"
        (?P<es>(?=(?-i:[A-Z]))(?:{words_pattern(_VENUE_NOUNS_ES)})  # "Palacio", "Casa"
          (?:\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]*){{1,3}})  # "Nacional"
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _rank(place: Place) -> int:
    """How specific a place is: a building (no kind) first, then a city, ..., a country."""
    if place.kind is None:
        return -1
    return _PLACE_RANK.get(place.kind, 4)


def _location(
    doc: Document, start: int, end: int, near: int | None = None, skip: Span | None = None
) -> Place | None:
    """Where an event in ``doc.text[start:end]`` was held: the place it "took place" at,
    else a building named after at/in ("at the National Palace", "at the State Department
    in Washington"), else the most specific gazetteer place after a cue (of equally
    specific ones, the nearest to ``near``; none inside the appositive ``skip``)."""
    held = _held_at(doc.text, start, end)
    if held is not None:
        return held
    building = _building(doc.text, start, end)
    if building is not None:
        return building
    return _cued_place(doc.text, start, end, near, skip)


def _held_at(text: str, start: int, end: int) -> Place | None:
    """The place an event "took place" at ("the talks took place at Mar-a-Lago"): a
    gazetteer place when the words name one, else the words as a venue."""
    held = _HELD_AT.search(text, start, end)
    if held is None:
        return None
    at = held.start("venue")
    places = find_places(text, at, min(len(text), held.end("venue")))
    if places and places[0].span.start == at:
        return places[0].place
    return Place(name=held.group("venue"))


def _building(text: str, start: int, end: int) -> Place | None:
    """A building named after at/in ("at the National Palace"), in the town named right
    after it ("at the State Department in Washington") when there is one."""
    venue = _venue_pattern().search(text, start, end)
    if venue is None:
        return None
    if venue.group("whole") is not None or venue.group("es") is not None:
        name = " ".join((venue.group("whole") or venue.group("es")).split())
    else:
        name = " ".join([*venue.group("venue").split(), venue.group("noun")])
    city = _IN_TOWN.match(text[venue.end() : venue.end() + 6])
    if city is not None:
        at = venue.end() + city.end()
        after = find_places(text, at, min(len(text), at + 40))
        if after and after[0].span.start == at:
            place = after[0].place
            return Place(name=f"{name} in {place.name}", country=place.country)
    return Place(name=name)


def _cued_place(
    text: str, start: int, end: int, near: int | None, skip: Span | None
) -> Place | None:
    """The most specific gazetteer place in ``text[start:end]`` right after a place cue
    ("in", "at", "visited"), of equally specific ones the nearest to ``near``; not one
    inside the appositive ``skip``, nor the country of "counterparts from"."""
    best: Place | None = None
    distance = 0
    for found in find_places(text, start, end):
        if skip is not None and skip.start <= found.span.start < skip.end:
            continue  # inside an appositive: "Ruiz, Peru's envoy to Chile, met ..."
        before = text[max(0, found.span.start - 30) : found.span.start]
        cue = _WORD.findall(before)[-2:] or [""]
        if len(cue) == 2 and cue[1].lower() == "from" and cue[0].lower() in _PEOPLE:
            continue  # "her counterparts from Guatemala": whom, not where
        if cue[-1].lower() not in _glue().place_cues:
            continue
        if len(cue) == 2 and cue[1].lower() == "to" and cue[0].lower() in _title_words():
            continue  # "Ambassador to Mexico Jo Ray met ...": a post, not where
        far = abs(found.span.start - near) if near is not None else 0
        if best is None or (_rank(found.place), far) < (_rank(best), distance):
            best, distance = found.place, far  # the most specific, then the nearest
    return best


def _proper_venue(text: str, start: int, end: int, skip: Span | None) -> Place | None:
    """A place no gazetteer knows, named by capitalised words after "at": "at Mar-a-Lago",
    "at Camp David" (not a day, a month, an office-holder, an event or a body). The
    weakest reading of a meeting's place: a headline's or a dateline's city comes first."""
    for m in _AT_PROPER.finditer(text, start, end):
        if skip is not None and skip.start <= m.start() < skip.end:
            continue
        venue = m.group("venue").rstrip(".")
        venue = venue.removesuffix("'s").removesuffix("’s")
        words = venue.casefold().split()
        if words[0] in _NOT_VENUE or words[0] in _title_words() or len(venue) < 3:
            continue
        if any(w.strip(".") in _GATHERINGS for w in words):
            continue  # "at the Summit of the Americas": an event or a body, not a place
        if venue.isupper():
            continue  # "at CELAC": an acronym names a body
        return Place(venue, None, None)
    return None


@functools.cache
def _gather_pattern() -> re.Pattern[str]:
    """A verb of :data:`_GATHER_VERBS` then "in", before the place it gathers officials in."""
    return re.compile(
        rf"""
        (?:{words_pattern(_GATHER_VERBS)})  # a verb that brings officials together
        \s+in\s+                           # and "in" before the place
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _headline_place(doc: Document) -> Place | None:
    """The place a headline gathers officials in ("... Land in Mexico to Tackle ...")."""
    stop = doc.text.find("\n", 0, _HEADLINE)
    end = stop if stop > 0 else min(len(doc.text), _HEADLINE)
    gather = _gather_pattern().search(doc.text, 0, end)
    if gather is None:
        return None
    places = find_places(doc.text, gather.end(), end)
    if places and places[0].span.start == gather.end():
        return places[0].place
    return None


def _dateline(doc: Document) -> Place | None:
    """The gazetteer place of the dateline's city ("MEXICO CITY (AP) --", "New Delhi:"),
    if any."""
    reach = min(len(doc.text), _DATELINE_REACH)
    found = [m for m in (p.search(doc.text, 0, reach) for p in (_DATELINE, _COLON_DATELINE)) if m]
    for match in sorted(found, key=lambda m: m.start()):
        city = " ".join(w.capitalize() for w in match.group("city").split())
        place = place_named(city)
        if place is not None or match.re is _DATELINE:
            return place
    return None


def _whereabouts(
    doc: Document,
    index: _Index,
    number: int,
    names: Sequence[str],
    start: int,
    *,
    recent: bool = True,
) -> Place | None:
    """Where a participant was said to be or to speak shortly before a meeting that states
    no place: earlier in its sentence, before the meeting word at ``start`` ("Ruiz is in
    Lima, where she met ..."), or (when ``recent``, for a held meeting) in the sentences
    before ("Ebrard said in Washington ...", then "Ebrard met Pence and Pompeo")."""
    sentence = index.sentences[number]
    wanted = set(names)
    own = [n for n in index.between(sentence.start, start) if n.official.name in wanted]
    before = [found for _, found in _recent(index, number, names)] if recent else []
    for here in (own, *before):
        for named in here:
            said = _SAID_IN.match(doc.text, named.span.end)
            if said is None:
                continue
            places = find_places(doc.text, said.end(), min(len(doc.text), said.end() + 40))
            if places and places[0].span.start == said.end():
                return places[0].place
    return None


def _planned_place(doc: Document, start: int, end: int) -> Place | None:
    """The place of a meeting noun said after the planned mark that follows it, further
    than the word's own reach: "una reunión de alto nivel ..., a realizarse esta semana en
    Washington"."""
    vocabulary = _triggers()
    for m in _pattern().finditer(doc.text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.kind is None and mark.plans:
            return _location(doc, m.end(), min(end, m.end() + _NEAR), m.end())
    return None


def _near(a: Place, b: Place) -> bool:
    """Whether two places may be where one event was held: the same name or country, or a
    building of no known town."""
    if (a.kind is None and a.country is None) or (b.kind is None and b.country is None):
        return True  # a building of unknown town: "the National Palace"
    return a.name == b.name or (a.country is not None and a.country == b.country)
