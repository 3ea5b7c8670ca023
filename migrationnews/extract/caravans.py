"""Extract :class:`~migrationnews.records.Caravan` records: groups of migrants on the move.

An article reports a caravan piecemeal: one sentence says it set out, the next how many
walk in it, a third where it is and who is in it. The extractor works in three steps:

1. **Mentions.** Every caravan noun ("caravan", and in migrant context "group", "march",
   "exodus") is read with the words just before it: a count ("two caravans" are two
   groups), an ordinal ("the first of the caravans"), a contrast ("a smaller caravan",
   "another caravan") or a time anchor that puts it in the past ("months after an earlier
   caravan ..."). Generic plurals ("caravans have become common") name no group, nor do
   lines of vehicles and campaigns ("a caravan of trucks", "a caravan against fear");
   where an article speaks of a convoy, a group whose sentences name no migrant is one.
2. **Grouping.** Mentions are assigned in reading order: a contrast or past mention opens
   a distinct group, a counted plural opens one group per count, anything else refers to
   the article's main group. A sentence that goes on about the group ("it counted roughly
   3,000 members", "they set out before dawn") joins the group of the sentence before.
   A sentence with mentions of two groups is cut at the clause break between them, so
   that each group reads only its own part. The main group also takes the sentences in
   which migrants walk or set out (a lede often tells of "thousands of migrants" before
   it names the caravan) and those that say where one member is from ("an asylum seeker
   from Haiti").
3. **Fields.** From each group's sentences: sizes from the :class:`Statistic` records
   of people that the group is the subject of ("a caravan of 2,000", "1,200 people set
   out", "it numbered about 1,100"; not "took 300 migrants to shelters", not "500 of the
   migrants"), each with who gave it, and one range over them (a hedged "thousands"
   only when no firmer figure is given; never a part of it, people added to it, another
   group or the total of a country or route); origins from countries after "migrants from"
   and demonyms before a people noun, never regions, transit countries or the US; the
   most specific place the group is *at* (in, near, reached; not from, not headed to),
   else the article's dateline when the reporter is with the group, else the place it
   left (with no later place named, the most specific one given); the distance to the
   border as written (a pint length); the departure date, resolved by :mod:`dates`; and
   the status, the last thing the group did, its events replayed in the order they
   happened (text order, a pluperfect "had been stopped" first; "plans to disband" is not
   yet; a stop does not undo a break-up, a plain move after either is the story told
   back, and only a new start of the group itself moves it on: "resumed" after a stop,
   "set off again" after a break-up, not "others went on on their own"). A group stopped
   or broken up is where that last happened (or, when that sentence names no place,
   where the sentence before put it if it points back, "at that point", or where the
   small groups it broke into are). A group a distance from a town ("3 km from
   Escuintla") is near that town. In an article about one group, every sentence that
   says where migrants are from gives origins, and a later count of "members" is one of
   its size estimates.

The words are data: ``rules/caravan_words.tsv`` gives each phrase its role.

>>> from migrationnews.text import Document
>>> doc = Document.of("A caravan of Hondurans set out on foot from Tapachula. "
...                   "The caravan was stopped in Huixtla.", None)
>>> [(c.origins, c.location.name, c.status.value) for c in extract(doc)]
[(('HN',), 'Huixtla', 'stopped')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from attrs import define, field, frozen

from migrationnews import dates, ruletables
from migrationnews.gazetteer import (
    CountryMention,
    country_code,
    find_countries,
    find_places,
    place_named,
)
from migrationnews.language import active, demonyms, per_language
from migrationnews.records import Caravan, CaravanStatus, Measure, SizeEstimate, Statistic, Unit
from migrationnews.ruledata import Hit, Vocabulary, compile_words, words_pattern
from migrationnews.text import Document
from migrationnews.values import (
    Attribution,
    Estimate,
    Granularity,
    Period,
    Place,
    PlaceKind,
    Qualifier,
    Span,
)

RECORD = Caravan
NEEDS = (Statistic,)  # a caravan's size: the statistics that count people

__all__ = ["NEEDS", "RECORD", "extract"]


def _vocabulary(language: str = "en") -> dict[str, tuple[str, ...]]:
    roles: dict[str, list[str]] = {}
    for row in ruletables.caravan_words(language):
        roles.setdefault(row.role, []).append(row.phrase)
    return {role: tuple(phrases) for role, phrases in roles.items()}


class _Roles:
    """The caravan words of each role in the language being read (``rules/caravan_words.tsv``,
    ``rules/es/caravan_words.tsv``), built once per language by ``make``; a role a language's
    table does not list has no words there."""

    def __init__(self, make: Callable[[tuple[str, ...]], Any], empty: Any) -> None:
        self._make = make
        self._empty = empty
        self._built: dict[str, dict[str, Any]] = {}

    def _of(self, language: str) -> dict[str, Any]:
        built = self._built.get(language)
        if built is None:
            words = _vocabulary(language)
            built = {role: self._make(phrases) for role, phrases in words.items()}
            built["*nouns"] = self._make(words.get("noun", ()) + words.get("weak", ()))
            self._built[language] = built
        return built

    def __getitem__(self, role: str) -> Any:
        return self._of(active()).get(role, self._empty)


_WORDS = _vocabulary()
_LOWER = _Roles(lambda phrases: frozenset(p.lower() for p in phrases), frozenset())
# One trie-shaped pattern per role, compiled once: the longest phrase of the role wins.
_ROLE = _Roles(Vocabulary, Vocabulary(()))


class _Nouns:
    """The caravan nouns (strong and weak) of the language being read, as one Vocabulary."""

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        vocabulary: Vocabulary = _ROLE["*nouns"]
        return vocabulary.search(text, start, end)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        vocabulary: Vocabulary = _ROLE["*nouns"]
        return vocabulary.finditer(text, start, end)


_NOUN = _Nouns()
# The people words of one person ("a Honduran mother") and of many ("migrants", "migrantes"),
# per language: the role's words split by number.
_ONE_PERSON = _Roles(
    lambda phrases: frozenset(p.lower() for p in phrases if not p.endswith("s")), frozenset()
)

_TOKEN = re.compile(
    r"""
    [^\W\d_]+(?:['’][^\W\d_]+)?     # a word, with an inner apostrophe ("year's")
    | \d+                           # or a run of digits
    """,
    re.VERBOSE,
)
_PHRASE_END = re.compile(r"[,;:]")  # a comma, semicolon or colon ends a phrase
_CLAUSE_END = re.compile(r"[.;:]")  # a full stop, semicolon or colon ends a clause
_PARTITIVE = re.compile(
    r"""
    \s* of \s+                      # "... 1,000 of
    (?:the|those|these|them|its|their)\b  # the migrants", "of its members": a part of it
    """,
    re.VERBOSE | re.IGNORECASE,
)
_AMONG = re.compile(
    r"""
    (?:[ ][^\W\d_]+){0,2}           # the people counted ("children", "young men")
    [ ](?:among|amongst)[ ]         # "among the walkers": some of the group
    """,
    re.VERBOSE | re.IGNORECASE,
)
_OTHERS_AFTER = re.compile(
    r"""
    [^.;\n]{0,150}?                   # the rest of the figure's sentence
    \b(?:while|whereas|mientras(?:[ ]que)?)[ ]  # "while", "mientras que"
    (?:others|the[ ]rest|otros|otras|el[ ]resto|los[ ]demás)\b  # "others": the figure is a part
    """,
    re.VERBOSE | re.IGNORECASE,
)  # "hundreds were heading north in buses while others rested": some of the group
_STRONG = re.compile(
    r"""
    \A \s* -? \s* strong\b          # "a 3,000-strong caravan"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DISTANCE = re.compile(
    r"""
    (?<![\d.,])                                      # at the start of a figure (linear)
    (?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)   # 1,600 or 430 or 2.5
    \s? -? \s?                                       # "1,600 miles", "430-kilometer"
    (?P<unit>miles?|mi\b|kilomet(?:er|re)s?|km\b)    # the unit as written
    (?:\s?\([^()\n]{0,40}\))?                        # a conversion in brackets
    [ ](?:(?:south|north|east|west|short|away)[ ])?  # "south of", "short of", "away from"
    (?:of|from|to)[ ]                                # the preposition ("still 900 km to")
    (?:the[ ])?                                      # "the"
    (?:[\w.-]{1,20}[ ]){0,2}?                        # "U.S.", "U.S.-Mexico", "southern"
    (?:border|frontier|(?<=U\.S\.[ ])(?:crossing|port))\b  # the border it is measured to
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DATELINE = re.compile(
    r"""
    \A (?P<name>[A-Z][^\W\d_]*(?:[ ][A-Z][^\W\d_]*){0,3})  # one to four capitalised words
    (?:,[ ](?P<region>[A-Z][^\W\d_.]*(?:[ ][A-Z][^\W\d_.]*){0,2}))?  # ", Mexico"
    (?:[ ]?\([^()\n]{1,30}\)){0,2}                         # "(Guatemala)", "(AP)"
    [.]?[ ]?[–—-]{1,2}                                     # the dash that ends a dateline
    """,
    re.VERBOSE,
)
_LIST_GAP = re.compile(
    r"""
    \A (?:,[ ]?|[ ])                # a comma or a space
    (?:(?:and|or)[ ])?              # "and", "or"
    (?:the[ ])?                     # "the Dominican Republic"
    \Z                              # and nothing else between two list items
    """,
    re.VERBOSE,
)
_FROM = re.compile(
    r"""
    (?:\A|[ ])                                             # a word start
    (?:(?:mostly|mainly|largely|primarily|chiefly)[ ])?    # "mostly from"
    (?:from|hailing[ ]from|hail[ ]from|nationals[ ]of|natives?[ ]of|citizens?[ ]of)
    [ ](?:(?:(?:several|many|various|different|other|\d+)[ ])?  # "from several
      (?:countries|nations),?[ ]                          # countries,
      (?:including|such[ ]as|like|among[ ]them)[ ])?      # including": "from countries like"
    (?:the[ ])?                                            # "from the"
    \Z                                                     # right before a country
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NATIVE = re.compile(
    r"""
    (?:left|fled|leaving|fleeing)[ ]  # "left
    (?:his|her|their)[ ]              # her
    (?:native[ ]|home[ ])?            # native
    \Z                                # Venezuela"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MEMBER_FROM = re.compile(
    r"""
    \b(?:migrant|seeker|refugee|woman|man|mother|father|member|national|native)  # one person
    [ ](?:(?:originally|who[ ]is|who[ ]came)[ ])?                               # "originally"
    from[ ](?:the[ ])?\Z                                                         # from (the) ...
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"""
    ,[ ]
    (?:
      (?P<who>[^,.;"“”]{2,60}?)                      # ", organizers
      [ ](?:said|say|says|estimated|estimate|reported)\b  #  said"
    | (?:said|according[ ]to)[ ]                     # or ", said
      (?P<named>[^,.;"“”]{2,60})                     #  the mayor"
    )
    """,
    re.VERBOSE,
)
_REGION_BEFORE = re.compile(
    r"""
    (?:Central|South|Latin|North)[ ]\Z   # "Central American": a region, not the US
    """,
    re.VERBOSE,
)
_NAMED_PLACE = re.compile(
    r"""
    \b(?:town|city|village|port|municipality|hamlet|community)[ ]of[ ]  # "the town of
    (?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ ][A-ZÁÉÍÓÚÑ][^\W\d_]+){0,2})  # Álvaro Obregón"
    """,
    re.VERBOSE,
)  # a place the gazetteer may not know, named by its noun phrase
_SINCE_LONG = re.compile(
    r"""
    (?:since|so[ ]far[ ]in)[ ]                 # "since
    (?:the[ ](?:start|beginning)[ ]of[ ])?      # the start of
    (?:January|February|March|April|May|June|July|August|September|October|November
      |December|\d{4}|last[ ]year|the[ ]year)\b  # January", "2021", "last year"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CLAUSE_SUBJECT = re.compile(
    r"""
    (?:[^,.;:]{1,40},[ ])?          # a short opening phrase ("By nightfall, ")
    (?:it|they)\b                   # and "it" or "they" as the subject
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MANNER = re.compile(
    r"""
    [ \t]+(?:manner|way|fashion|groups?|bands?|clusters?|waves?|formation)\b  # "scattered groups"
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a status word used as a manner: "walked on in a scattered manner"
_GOES_ON: tuple[str, ...] = ("continu", "resum", "press", "push", "kept", "walked on")
_GOES_ON += ("marched on", "moved on", "siguieron", "siguió", "reanud", "prosigu", "retom")
_REPORTS_AFTER = re.compile(
    r"""
    [^.;:\n]{0,50}?                    # the place's name and a few words, in the sentence
    \b(?:said|say|says|told|reported|estimated|announced|confirmed|stated|warned)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)  # "officials in Oaxaca said": onlookers speaking, not the group there
_UNREAL = re.compile(
    r"""
    (?<![\w])(?<!had[ ]to[ ])(?<!has[ ]to[ ])  # not "had to be dispersed" (it was)
    be[ \t]+\Z                              # "ordered that they be detained", "to be stopped"
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a status wished, ordered or feared, not reached
_NEGATED = re.compile(
    r"""
    (?:(?<![\w])(?:not|never|no|nunca|sin|without|failed[ \t]+to)|n't)  # "has not", "haven't"
    [ \t]+(?:(?:be|been|being|yet|sido|ha|han|fue|logrado)[ \t]+){0,2}  # "been", "yet"
    \Z                                 # right before the status word
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a status denied: "the caravan has not been stopped", "failed to halt it"
_QUESTION = re.compile(r"[^.?!\n]{0,200}\?")  # the rest of a question: "... stop the caravan?"
_EARLIER = re.compile(
    r"""
    \b(?:after|despite)                # "after being blocked", "despite being stopped"
    [ \t]+(?:(?:being|having[ \t]+been|getting)[ \t]+)?  # the group's own earlier turn
    \Z                                 # right before the status word
    """,
    re.VERBOSE | re.IGNORECASE,
)  # an event before the one the group is in now

_STATUS_ORDER = (
    CaravanStatus.DISPERSED,
    CaravanStatus.STOPPED,
    CaravanStatus.MOVING,
    CaravanStatus.FORMING,
)
_STATUS_ROLE = {
    CaravanStatus.DISPERSED: "dispersed",
    CaravanStatus.STOPPED: "stopped",
    CaravanStatus.MOVING: "move",
    CaravanStatus.FORMING: "forming",
}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "first": 1, "second": 2}
_NUMBERS |= {"third": 3, "fourth": 4}
_NUMBERS |= {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2}
_NUMBERS |= {"tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4}
# (the ordinals of both tables' ordinal role: "un segundo grupo" is a second group)
_PLACE_RANK = {
    PlaceKind.CITY: 0,
    PlaceKind.HUB: 0,
    PlaceKind.BORDER_CROSSING: 0,
    PlaceKind.PORT_OF_ENTRY: 0,
    PlaceKind.SECTOR: 1,
    PlaceKind.STATE: 1,
    PlaceKind.REGION: 2,
    PlaceKind.COUNTRY: 3,
}
_LONG_PERIODS = frozenset(
    {Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR, Granularity.FISCAL_YEAR}
)
_UNIT_NAMES = {"mi": "mile", "km": "kilometer"}
_TRANSIT = frozenset(_WORDS["transit"])
_FILLERS = frozenset(
    {"mostly", "mainly", "largely", "primarily", "chiefly", "many", "most", "some", "all"}
    | {"of", "from", "them", "who", "are", "were", "is", "come", "came", "comes", "hail"}
    | {"hailing", "originally", "the", "majority", "countries", "nations", "like", "such"}
    | {"as", "including", "several", "various", "different", "among"}
)  # words that may stand between "migrants" and a country: "migrants, many of them from"
_BEING = frozenset({"are", "were", "is", "come", "came", "comes", "hail", "hailing"})
_PEOPLE_UNITS = frozenset({Unit.PERSON, Unit.FAMILY, Unit.HOUSEHOLD})
_PEOPLE_WORDS = re.compile(
    r"(?<![\w])(?:migrants|asylum[ ]seekers|refugees|caravan|exodus|marchers)(?![\w])",
    re.IGNORECASE,
)  # a sentence about people on the move
_QUANTITIES = frozenset(
    {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "thousand", "hundred"}
    | {"dozen", "most", "many", "some", "all", "majority", "number", "group", "groups", "lot"}
    | {"lots", "several", "few", "mostly", "mainly", "including", "them"}
)  # words before "of" that count people: "thousands of", "most of"
_OF = frozenset({"of"})
_GROUPS = frozenset({"group", "groups"})  # a weak noun that needs a move or an arrival
_LINKS = frozenset({"of", "at", "with"})  # "a caravan of 2,000", "a group with some"
_QUANTITIES_WRITTEN = frozenset(
    {"miles", "cientos", "centenares", "decenas", "millares", "grupo", "grupos", "mayoría"}
)  # Spanish words before "de" that count people: "miles de hondureños"
_NOT_MEMBERS = frozenset({Measure.TROOPS, Measure.DEATHS, Measure.OTHER})  # police, officials
_INCLUDES = frozenset({"includes", "included", "include", "comprises", "comprised"})
_ARRIVALS = frozenset(
    {"entered", "crossed", "arrived", "reached", "enters", "crosses", "arrives", "reaches"}
)  # the reach verbs by which people on the road come somewhere ("3,000 Hondurans entered")
_MEMBERS = frozenset(
    {"members", "participants", "marchers", "walkers"}  # "with 900 members"
    | {"integrantes", "miembros", "participantes", "caminantes"}  # "con 900 integrantes"
)
_ATTEMPTS = frozenset({"trying to", "tried to", "attempt to", "attempted to", "seeks to"})
_CONDITIONS = frozenset({"if", "unless", "until", "could", "may", "might", "would"})
_RELATIVES = frozenset(
    {"which", "who", "that", "as", "and", "but", "while", "though", "although", "whereas"}
    | {"que", "quien", "quienes", "y", "pero", "mientras", "aunque"}  # Spanish
)
_CROSSINGS = frozenset({PlaceKind.PORT_OF_ENTRY, PlaceKind.BORDER_CROSSING})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})  # not a source
_PLACE_NOUNS = frozenset(
    {"city", "town", "state", "village", "municipality", "department", "province", "outskirts"}
    | {"port", "square", "plaza", "park", "center", "centre", "streets", "hamlet", "community"}
    | {"edge", "edges", "entrance", "heart", "middle"}  # "on the edge of the town of Huixtla"
)  # "in the central square of Huixtla": the place is the one after "of"
_ONLOOKERS = frozenset(
    {"officials", "authorities", "police", "residents", "reporters", "lawmakers", "officers"}
    | {"government", "governments", "agents", "activists", "journalists", "leaders", "mayor"}
    | {"governor", "officeholders", "prosecutors", "spokesman", "spokeswoman", "media"}
)  # people "in" a place who speak about the group from there
_NOUN_PHRASE = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "southern", "northern", "eastern"}
    | {"western", "central", "southeastern", "southwestern", "northeastern", "northwestern"}
    | {"coastal", "small", "nearby", "remote", "border", "mountain", "rural", "main"}
    | {"neighboring", "neighbouring", "capital", "industrial", "port", "colonial", "tiny"}
    | _PLACE_NOUNS
)  # words inside a place's noun phrase: "the small southern border town of"
_CAMPAIGN = frozenset({"against", "contra"})  # "a caravan against fear": a campaign
_SINGULAR_S = frozenset({"exodus", "viacrucis", "crucis"})  # one group, though it ends in s
_POSSESSIVES = frozenset({"its", "their", "his", "her", "su", "sus"})  # their journey, no group
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "its", "their"})
_CONTINUATIONS = 3  # sentences a group's report may run on without naming it
_PLURAL_PEOPLE = _Roles(
    lambda phrases: frozenset(
        p.lower()
        for p in phrases
        if p.endswith("s") or p.lower() in {"people", "men", "women", "children"}
    ),
    frozenset(),
)


@frozen
class _Mention:
    """A caravan noun in a sentence, read with the words before it."""

    start: int  # where its noun phrase begins ("a smaller caravan")
    sentence: int
    creates: bool  # may open the main group (a weak noun out of context may not)
    count: int = 0  # "two caravans"
    every: bool = False  # "the two caravans", "both caravans"
    ordinal: int | None = None  # "the first of the caravans"
    contrast: str | None = None  # "a smaller caravan"
    past: bool = False  # "months after an earlier caravan"
    definite: bool = False
    generic: bool = False  # "caravans have become common": names no group


@define(eq=False)
class _Group:
    ordinal: int | None = None
    contrast: str | None = None
    past: bool = False
    sentences: set[int] = field(factory=set)
    segments: list[tuple[int, int]] = field(factory=list)
    members: list[tuple[int, int]] = field(factory=list)  # sentences naming a member
    described: list[tuple[int, int]] = field(factory=list)  # sentences saying who migrants are
    counted: list[tuple[int, int]] = field(factory=list)  # sentences counting its members


def extract(doc: Document) -> tuple[Caravan, ...]:
    """Every Caravan in the document, in the order the article introduces them."""
    if _NOUN.search(doc.text) is None:
        return ()  # most articles: no caravan noun at all
    mentions = [m for i in range(len(doc.sentences)) for m in _mentions(doc, i)]
    if not mentions:
        return ()
    groups = _group(doc, mentions)
    if _reads_vehicles(doc):  # "a vehicle convoy", "car caravans": a group whose sentences
        # name no migrant is a line of vehicles too
        groups = [g for g in groups if _names_migrants(doc.text, g.segments)]
    figures = _figures(doc)
    live = [g for g in groups if g.sentences and not g.past]
    if len(live) == 1:  # one group: a later count of "members" counts its members
        _add_member_counts(doc, live[0], figures)
    return tuple(_caravan(doc, g, figures) for g in groups if g.sentences)


def _reads_vehicles(doc: Document) -> bool:
    """Whether the article speaks of a convoy or reads one of its caravan nouns as vehicles
    ("car caravans", "a caravan of trucks")."""
    if _ROLE["convoy"].search(doc.text) is not None:
        return True
    for match in _NOUN.finditer(doc.text):
        if _head(match.group().lower()) not in _LOWER["noun"]:
            continue  # "aid groups": organisations, not a line of aid trucks
        before = doc.text[max(0, match.start() - 60) : match.start()]
        after = doc.text[match.end() : match.end() + 90]
        tokens = [t.lower() for t in _TOKEN.findall(before)][-4:]
        if _is_vehicles(tokens, [t.lower() for t in _TOKEN.findall(after)][:5]):
            return True
    return False


def _names_migrants(text: str, segments: Sequence[tuple[int, int]]) -> bool:
    """Whether a group's own sentences name migrants ("migrants", "refugees", "300
    Haitians")."""
    return any(
        _ROLE["migrant"].search(text, start, end) is not None or _names_nationals(text[start:end])
        for start, end in segments
    )


def _names_nationals(text: str) -> bool:
    """Whether a text names people by a plural demonym ("Hondurans", "salvadoreños")."""
    native = demonyms()
    return any(
        len(t) > 3 and t.endswith("s") and (_names_a_nation(t) or t.lower() in native)
        for t in _TOKEN.findall(text)
    )


def _add_member_counts(doc: Document, group: _Group, figures: Sequence[Statistic]) -> None:
    """The sentences after the group's first one, outside it, whose figure counts members
    ("one official spoke of 2,500 members"): in an article about one group, its members."""
    first = doc.sentences[min(group.sentences)].start
    taken = [(doc.sentences[i].start, doc.sentences[i].end) for i in group.sentences]
    for stat in figures:
        if stat.span.start < first or stat.text.split()[-1].lower() not in _MEMBERS:
            continue
        if any(a <= stat.span.start < b for a, b in taken):
            continue
        sentence = doc.sentence_at(stat.span.start)
        if sentence is not None:
            group.counted.append((sentence.start, sentence.end))


# ---------------------------------------------------------------- mentions


def _mentions(doc: Document, index: int) -> list[_Mention]:
    sentence = doc.sentences[index]
    nouns = list(_NOUN.finditer(doc.text, sentence.start, sentence.end))
    strong = any(m.group().lower() in _LOWER["noun"] for m in nouns)
    found = []
    for match in nouns:
        mention = _read_mention(doc, index, match, strong=strong)
        if mention is not None:
            found.append(mention)
    return found


def _read_mention(doc: Document, index: int, match: Hit, *, strong: bool) -> _Mention | None:
    sentence = doc.sentences[index]
    noun = match.group().lower()
    if noun.startswith("march") and not match.group().islower():
        return None  # "March": the month
    window_start = max(sentence.start, match.start() - 60)
    before = doc.text[window_start : match.start()]
    after = doc.text[match.end() : min(sentence.end, match.end() + 90)]
    tokens = [t.lower() for t in _TOKEN.findall(before)][-4:]
    after_tokens = [t.lower() for t in _TOKEN.findall(after)][:5]
    if _is_vehicles(tokens, after_tokens):
        return None
    if after_tokens[:1] and after_tokens[0] in _CAMPAIGN:
        return None  # "a caravan against deportations": a campaign, not a group on its way
    if noun.startswith("group") and tokens and tokens[-1] in _LOWER["org"]:
        return None  # "a rights group", "a criminal group": an organisation
    plural = _head(noun).endswith("s") and _head(noun) not in _SINGULAR_S
    weak = noun in _LOWER["weak"]
    on_the_move = strong or _ROLE["move"].search(after) is not None
    if noun in _GROUPS | _LOWER["group"]:  # "a group of migrants set off" (not: found in a truck)
        arrival = _ROLE["arrive"].search(
            doc.text, match.end(), min(sentence.end, match.end() + 150)
        )
        creates = on_the_move or (  # "a group of 200 Cubans ... arrived in the port of X"
            (arrival is not None or _ROLE["dispersed"].search(before) is not None)
            and (_migrant_context(tokens, after_tokens) or _group_of_nationals(after_tokens))
        )  # "police dispersed a group of 400 migrants": a group on the move, broken up
    else:  # "the Honduran exodus", "a migrant march", or beside "a caravan"
        creates = not weak or _migrant_context(tokens, after_tokens) or on_the_move
        if not creates and not (tokens and tokens[-1] in _POSSESSIVES):  # not "their march"
            creates = _migrants_lead(before)  # "300 refugees began a march"
    near = tokens[-3:]
    determiners = _LOWER["determiner"] or _DETERMINERS
    determiner = next((t for t in reversed(near) if t in determiners), None)
    definite = determiner is not None and determiner not in _LOWER["indefinite"] | {"a", "an"}
    if noun.startswith("march") and determiner is None and not _names_a_kind(tokens):
        return None  # "migrants who march across the river": a verb
    if weak and not creates and after_tokens[:1] and after_tokens[0] in _of():
        return None  # "a group of reporters"
    start = _phrase_start(before, window_start, match.start())
    nouns_before = list(_NOUN.finditer(before))
    own = before[nouns_before[-1].end() :] if nouns_before else before
    past = _ROLE["past"].search(own) is not None  # an anchor before this noun, not another
    past = past or _earlier_year(tokens[-3:], doc.published)  # "the 2018 caravan"
    contrast = next((t for t in near if t in _LOWER["contrast"]), None)
    ordinal = next((_NUMBERS[t] for t in near if t in _LOWER["ordinal"]), None)
    if plural:
        count = next((_NUMBERS.get(t, 0) for t in near if t in _LOWER["count"]), 0)
        if near[-2:] == ["of", "the"] and ordinal:
            return _Mention(start, index, creates, ordinal=ordinal, definite=True)
        if count == 0 and "both" not in near and not definite:
            if weak:
                return None  # "church groups"
            return _Mention(start, index, False, generic=True)  # "caravans have become common"
        if definite or "both" in near:
            return _Mention(start, index, creates, count=count, every=True, definite=True)
        if weak:
            return None  # "the caravan split into two groups": parts of one, not new groups
        return _Mention(start, index, creates, count=count)
    if ordinal is not None:
        contrast = None
    return _Mention(start, index, creates, 0, False, ordinal, contrast, past, definite)


def _names_a_kind(tokens: Sequence[str]) -> bool:
    """Whether the words before a weak noun make it a noun: its kind ("a protest march") or
    its length ("a 200-km march")."""
    return bool(tokens) and (tokens[-1] in _LOWER["kind"] or any(t.isdigit() for t in tokens[-3:]))


def _migrants_lead(before: str) -> bool:
    """Whether the clause before a weak noun names migrants as its subject ("some 300
    refugees, most of them Afghans, began a march"): the noun is their group."""
    clause = before[max(before.rfind("."), before.rfind(";")) + 1 :]
    return _ROLE["migrant"].search(clause) is not None or _names_nationals(clause)


def _head(noun: str) -> str:
    """The word of a noun phrase that carries its number: the listed one-word noun in it
    ("caravans" of "migrant caravans", "caravana" of "caravana de migrantes")."""
    words = noun.split()
    single = _LOWER["noun"] | _LOWER["weak"]
    return next((w for w in reversed(words) if w in single), words[-1] if words else noun)


def _earlier_year(tokens: Sequence[str], published: dt.date | None) -> bool:
    """True when a year before the noun is before the article's ("the 2018 caravan")."""
    years = [int(t) for t in tokens if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20")]
    return bool(years) and (published is None or years[-1] < published.year)


def _is_vehicles(tokens: Sequence[str], after: Sequence[str]) -> bool:
    """True for a caravan of trucks, an aid caravan: not people; and for a caravan of the
    mothers of missing migrants: not migrants on the move."""
    if tokens and tokens[-1] in _LOWER["vehicle"]:
        return True
    if not after or after[0] not in _of():
        return False
    for word in after[1:4]:  # "of trucks", "of humanitarian aid", "of Border Patrol vehicles"
        if word in _LOWER["vehicle"] or word in _LOWER["others"]:
            return True
        if word in _LOWER["people"] or word.isdigit():
            return False  # "a caravan of migrants on buses": people, then how they travel
    return False


def _migrant_context(tokens: Sequence[str], after: Sequence[str]) -> bool:
    """A weak noun names a group of migrants: "migrant march", "group of 300 migrants"."""
    if any(t in _LOWER["people"] or t in {"collective", "migrant"} for t in tokens[-2:]):
        return True
    if tokens and _names_a_nation(tokens[-1]):
        return True  # "the Honduran exodus"
    if after and after[0] in demonyms():
        return True  # "el éxodo hondureño": a demonym after the noun
    return bool(after) and after[0] in _of() and any(t in _LOWER["people"] for t in after[1:5])


def _of() -> frozenset[str]:
    """ "of", and the language's own word for it ("de")."""
    words: frozenset[str] = _LOWER["of"]
    return _OF | words


def _group_of_nationals(after: Sequence[str]) -> bool:
    """ "a group of about 200 Venezuelans": a weak noun followed by a count of a nationality."""
    return (
        bool(after)
        and after[0] in _of()
        and any(t.isdigit() or t in _LOWER["people"] or _names_a_nation(t) for t in after[1:5])
    )


def _names_a_nation(token: str) -> bool:
    """Whether a lower-cased word is a country's name or demonym ("honduran", "cubans")."""
    return country_code(token.capitalize()) is not None


def _phrase_start(before: str, offset: int, noun_start: int) -> int:
    """Where the noun phrase ending at ``noun_start`` begins: at its determiner."""
    last = None
    for token in _TOKEN.finditer(before):
        if token.group().lower() in {"a", "an", "the", "this", "that", "its", "these"}:
            last = token
    return offset + last.start() if last is not None else noun_start


# ---------------------------------------------------------------- grouping


def _group(doc: Document, mentions: Sequence[_Mention]) -> list[_Group]:
    groups: list[_Group] = []
    main: _Group | None = None
    counted: list[_Group] = []
    named: dict[int, list[tuple[int, frozenset[int]]]] = {}  # sentence -> (start, groups)

    distinct: dict[tuple[str | None, bool, int | None], _Group] = {}

    def new(**kwargs: object) -> _Group:
        group = _Group(**kwargs)  # type: ignore[arg-type]
        groups.append(group)
        return group

    for mention in mentions:
        chosen: list[_Group]
        if mention.generic:
            chosen = []
        elif mention.count and not counted:
            counted = [new(ordinal=k + 1) for k in range(mention.count)]
            chosen = list(counted)
        elif mention.every:
            chosen = list(counted) if counted else ([main] if main else [])
        elif mention.ordinal is not None and counted:
            chosen = [g for g in counted if g.ordinal == mention.ordinal][:1] or counted[-1:]
        elif mention.contrast is not None or mention.past or (mention.ordinal or 1) > 1:
            key = (mention.contrast, mention.past, mention.ordinal)
            if mention.definite and key in distinct:
                chosen = [distinct[key]]  # "the smaller caravan", after "a smaller caravan"
            elif not mention.creates:
                chosen = []
            else:
                chosen = [
                    new(contrast=mention.contrast, past=mention.past, ordinal=mention.ordinal)
                ]
                distinct[key] = chosen[0]
        else:  # "the caravan", "a caravan", "the latest march": the main group
            if main is None and mention.creates:
                main = new()
            chosen = [main] if main is not None else []
        if main is None and chosen and not chosen[0].past:
            main = chosen[0]
        if chosen or mention.generic:
            named.setdefault(mention.sentence, []).append(
                (mention.start, frozenset(id(g) for g in chosen))
            )
    by_id = {id(g): g for g in groups}
    _cut_sentences(doc, named, by_id)
    _continue_reports(doc, named, by_id)
    if main is not None:
        taken = {i for g in groups for i in g.sentences}
        _add_walkers(doc, main, taken)
        _add_members(doc, main, min(named))
        if len([g for g in groups if not g.past]) == 1:  # one group: its migrants are them
            _add_described(doc, main, taken)
    return groups


def _cut_sentences(
    doc: Document, named: dict[int, list[tuple[int, frozenset[int]]]], by_id: dict[int, _Group]
) -> None:
    """Give each group the part of each sentence that is about it."""
    for index, marks in named.items():
        sentence = doc.sentences[index]
        runs: list[tuple[int, frozenset[int]]] = []
        previous = sentence.start
        for start, ids in sorted(marks, key=lambda m: m[0]):
            if not runs:
                runs.append((sentence.start, ids))
            elif runs[-1][1] != ids:
                # cut at the clause break before the new group's phrase, so that the verb
                # of "..., after police dissolved an earlier caravan" goes with it
                comma = max(
                    doc.text.rfind(",", previous, start), doc.text.rfind(";", previous, start)
                )
                runs.append((comma + 1 if comma > previous else start, ids))
            previous = start
        for k, (start, ids) in enumerate(runs):
            end = runs[k + 1][0] if k + 1 < len(runs) else sentence.end
            for key in ids:
                by_id[key].sentences.add(index)
                by_id[key].segments.append((start, end))


def _continue_reports(
    doc: Document, named: dict[int, list[tuple[int, frozenset[int]]]], by_id: dict[int, _Group]
) -> None:
    """Sentences that go on about the group of the sentence before join that group."""
    last: frozenset[int] = frozenset()
    run = 0
    for index, sentence in enumerate(doc.sentences):
        marks = [ids for _, ids in sorted(named.get(index, []), key=lambda m: m[0]) if ids]
        if not marks and index in named:  # "caravans have become common": what follows
            last, run = frozenset(), 0  # goes on about those, not about the group
            continue
        if marks:
            # a past caravan named in passing ("on the anniversary of the 2018 exodus") is an
            # aside: the sentences after go on about the group of the day
            present = [ids for ids in marks if not any(by_id[key].past for key in ids)]
            last = (present or marks)[-1] if _ends_like_prose(sentence.text) else frozenset()
            run = 0
            continue
        if (
            not last
            or run >= _CONTINUATIONS
            or not _goes_on(doc.text, sentence.start, sentence.end)
        ):
            last, run = frozenset(), 0
            continue
        run += 1
        for key in last:
            by_id[key].sentences.add(index)
            by_id[key].segments.append((sentence.start, sentence.end))


def _ends_like_prose(sentence: str) -> bool:
    """False for a headline or a caption: what follows it does not go on about it."""
    return sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", ")"))


def _add_walkers(doc: Document, main: _Group, taken: set[int]) -> None:
    """Sentences about no other group in which migrants walk, set out, travel on foot (a
    lede often tells of "thousands of migrants" before it names the caravan)."""
    for index, sentence in enumerate(doc.sentences):
        if index in taken:
            continue
        plural = [
            m.span.end
            for m in find_countries(doc.text, sentence.start, sentence.end)
            if m.demonym and m.text.endswith("s")  # "thousands of Hondurans ... walked"
        ]
        demonyms = len(plural)
        for people in _ROLE["people"].finditer(doc.text, sentence.start, sentence.end):
            if people.group().lower() in _PLURAL_PEOPLE["people"]:
                plural.append(people.end())
        for k, end in enumerate(plural):
            clause = _CLAUSE_END.split(doc.text[end : min(sentence.end, end + 90)])[0]
            # people who come somewhere ("entered Guatemala") walk with the group only when
            # named by where they are from; "500,000 people crossed the Darién" is a flow
            if _ROLE["move"].search(clause) is not None or (k < demonyms and _on_the_road(clause)):
                main.sentences.add(index)
                main.segments.append((sentence.start, sentence.end))
                break


def _add_described(doc: Document, main: _Group, taken: set[int]) -> None:
    """Sentences about no other group that say where migrants are from ("most of the
    migrants are Hondurans", "Venezuelans and Haitians waited at the shelter"): in an
    article about one group, its origins are gathered from all of them."""
    for index, sentence in enumerate(doc.sentences):
        if index in main.sentences or index in taken:
            continue
        if _PEOPLE_WORDS.search(sentence.text) is None and not (
            demonyms()
            and (
                _ROLE["people"].search(doc.text, sentence.start, sentence.end)
                or _opens_with_fillers(sentence.text)  # "La mayoría son venezolanos"
            )
        ):  # "Los migrantes eran en su mayoría haitianos": a language's own people nouns
            continue
        if _group_origins(doc.text, sentence.start, sentence.end) or (
            demonyms() and _written_origins(doc.text, sentence.start, sentence.end)
        ):
            main.described.append((sentence.start, sentence.end))


def _opens_with_fillers(sentence: str) -> bool:
    """Whether a sentence opens with two fillers ("La mayoría ...", "Casi todos ...")."""
    words = [w.lower() for w in _WORD_AT.findall(sentence[:40])][:2]
    return len(words) == 2 and all(w in _LOWER["filler"] for w in words)


def _goes_on(text: str, start: int, end: int) -> bool:
    """True when a sentence reads as more about the group of the one before."""
    return (
        _ROLE["cont"].search(text, start, end) is not None
        or _ROLE["move"].search(text, start, end) is not None
        or _CLAUSE_SUBJECT.match(text, start, end) is not None
        or _opens_with_its_verb(text, start, end)
        or _acts_on_it(text, start, end)
    )


_AGAIN = re.compile(r"[ ](?:again|once more|de nuevo|nuevamente)\b", re.IGNORECASE)
_IT_AFTER = re.compile(r"[ ](?:it|them)\b", re.IGNORECASE)  # "stopped it", "dispersed them"


def _acts_on_it(text: str, start: int, end: int) -> bool:
    """True when someone stops or breaks up "it" or "them" in the sentence ("police broke
    it up", "soldiers stopped them"): the group of the sentence before."""
    for role in ("stopped", "dispersed"):
        for match in _ROLE[role].finditer(text, start, end):
            if " it " in match.group() or _IT_AFTER.match(text, match.end(), end):
                return True
    return False


# Words that may open a sentence before a verb whose subject is left out ("Pero fue
# disuelta", "Luego llegó a Huixtla"): connectors and auxiliaries.
_OPENERS = frozenset(
    {"pero", "y", "luego", "después", "finalmente", "sin", "embargo", "más", "tarde"}
    | {"fue", "fueron", "ha", "han", "había", "habían", "sido", "se", "but", "then", "later"}
)
_LEFT_OUT_SUBJECT = ("dispersed", "stopped", "reach", "arrive")  # the roles of such verbs


def _opens_with_its_verb(text: str, start: int, end: int) -> bool:
    """True when a sentence opens with a verb of what befell a group and no subject of its
    own, as Spanish writes a sentence that goes on about the one before ("Pero fue
    disuelta en la mañana", "Luego llegó a Huixtla")."""
    limit = min(end, start + 40)
    for role in _LEFT_OUT_SUBJECT:
        hit = _ROLE[role].search(text, start, limit)
        if hit is None:
            continue
        words = [t.lower() for t in _TOKEN.findall(text[start : hit.start()])]
        if all(w in _OPENERS for w in words):
            return True
    return False


def _add_members(doc: Document, main: _Group, first: int) -> None:
    """Sentences after the first mention that say where a member of the group is from."""
    for index in range(first, len(doc.sentences)):
        sentence = doc.sentences[index]
        if index in main.sentences:
            continue
        if _member_origins(doc.text, sentence.start, sentence.end):
            main.sentences.add(index)
            main.members.append((sentence.start, sentence.end))


# ---------------------------------------------------------------- fields


def _caravan(doc: Document, group: _Group, figures: Sequence[Statistic]) -> Caravan:
    segments = sorted(set(group.segments))
    estimates = _firm(_size_estimates(doc, figures, sorted({*segments, *group.counted})))
    origins = _origins(doc.text, [*segments, *group.described], group.members)
    status, cue = _status(doc.text, segments)
    location = None
    if status in (CaravanStatus.DISPERSED, CaravanStatus.STOPPED):
        # where it was stopped or broke up is where it is: the place of that sentence,
        # unless it names only a country ("disolvieron la caravana en México") and another
        # of the group's sentences says where in it
        location = _location(
            doc, group, [g for g in segments if g[0] <= cue < g[1]], dateline=False
        )
        if location is None:  # "at that point ... it broke up": the place told just before,
            # or where the small groups it broke into are ("small groups of migrants in Izabal")
            location = _location(doc, group, _where_it_ended(doc, group, cue), dateline=False)
    anywhere = _location(doc, group, segments)
    if location is None or (
        anywhere is not None
        and location.kind is PlaceKind.COUNTRY
        and anywhere.kind is not None
        and _PLACE_RANK.get(anywhere.kind, 3) < _PLACE_RANK[PlaceKind.COUNTRY]
    ):
        location = anywhere
    elif anywhere is not None and _named_inside(doc.text, anywhere, location):
        location = anywhere  # "dissolved in Chiapas" and "in Mapastepec, Chiapas": the town
    return Caravan(
        size=_combined(estimates),
        size_estimates=estimates,
        origins=origins,
        location=location,
        distance_to_border=_distance(doc.text, segments),
        departed=_departed(doc, segments),
        status=status,
        spans=tuple(
            Span(doc.sentences[i].start, doc.sentences[i].end) for i in sorted(group.sentences)
        ),
    )


# A word that points back to the place the sentence before named: "at that point".
_THAT_PLACE = re.compile(
    r"(?<![\w])(?:at[ \t]+that[ \t]+(?:point|spot|place)|en[ \t]+(?:ese|este|aquel)[ \t]+"
    r"(?:punto|lugar|sitio)|ahí|allí)(?![\w])",
    re.IGNORECASE,
)
# The operation that stopped or broke up the group, named again to open the next sentence:
# "The raid took place in Huehuetan", "El operativo sorprendió a los migrantes en ...".
_THE_OPERATION = re.compile(
    r"\W{0,3}(?:(?:in|during|en|durante)[ \t]+)?(?:the|this|that|el|la|este|esta|ese|dicho)[ \t]+"
    r"(?:operation|operativo|raid|redada|crackdown|roundup|dispositivo)\b",
    re.IGNORECASE,
)
# The pieces a group broke into, as people: "small groups of migrants", "grupos de hondureños".
_PIECES = re.compile(
    r"(?<![\w])(?:groups|grupos|grupitos|clusters)[ \t]+(?:of|de)[ \t]+([^\W\d_]+)",
    re.IGNORECASE,
)


def _where_it_ended(doc: Document, group: _Group, cue: int) -> list[tuple[int, int]]:
    """Where a group that broke up or was stopped at ``cue`` is told to be, when the cue's
    sentence names no place: the sentence before it, if the cue points back to its place
    ("at that point agents stopped the caravan"), and the sentences after the group's
    first one, up to ``_PIECES_REACH`` sentences past the cue's, that place the small
    groups it broke into (a bounded look, so that an article of many groups stays linear)."""
    sentences = doc.sentences
    found: list[tuple[int, int]] = []
    at = bisect.bisect_right(sentences, cue, key=lambda s: s.start) - 1
    if (
        0 < at < len(sentences)
        and cue < sentences[at].end
        and _THAT_PLACE.search(doc.text, sentences[at].start, cue + 1) is not None
    ):
        found.append((sentences[at - 1].start, sentences[at - 1].end))
    if 0 <= at < len(sentences) - 1 and _THE_OPERATION.match(sentences[at + 1].text):
        found.append((sentences[at + 1].start, sentences[at + 1].end))  # "The raid, in X, ..."
    first = min(group.sentences)
    for k in range(first + 1, min(len(sentences), max(first, at) + 1 + _PIECES_REACH)):
        if k in group.sentences:
            continue
        sentence = sentences[k]
        for piece in _PIECES.finditer(doc.text, sentence.start, sentence.end):
            word = piece.group(1)
            if word.lower() in _LOWER["people"] or country_code(word) is not None:
                found.append((sentence.start, sentence.end))
                break
    return found


# How many sentences past the cue's the pieces of a broken-up group are looked for.
_PIECES_REACH = 6


def _named_inside(text: str, town: Place, region: Place) -> bool:
    """Whether the text names ``town`` with ``region`` right after it as its state or
    region ("Mapastepec, Chiapas"), so that the town is the more specific of the two."""
    if region.kind not in _REGIONS or _rank(town) >= _rank(region):
        return False
    at = text.find(town.name + ", ")
    while at >= 0:
        after = at + len(town.name)
        if region.name in text[after : after + 40].split(".")[0]:
            return True
        at = text.find(town.name + ", ", after)
    return False


# sizes


def _size_estimates(
    doc: Document, figures: Sequence[Statistic], segments: Sequence[tuple[int, int]]
) -> tuple[SizeEstimate, ...]:
    """The figures in the group's sentences that count the group."""
    starts = [stat.span.start for stat in figures]
    found = []
    for segment in segments:
        for k in range(
            bisect.bisect_left(starts, segment[0]), bisect.bisect_left(starts, segment[1])
        ):
            stat = figures[k]
            if _cumulative(stat.period):
                continue  # "a flow that has reached 2,200 people since January": a total
            people = stat.measure is Measure.MIGRANTS or stat.unit in _PEOPLE_UNITS
            if _is_group_size(doc.text, stat.span, segment, people=people):
                source = _source(doc.text, stat, segment)
                found.append(SizeEstimate(stat.value, source, stat.span))
    return tuple(found)


def _cumulative(period: Period | None) -> bool:
    """True for a figure counted over months or years ("in May", "since January", "this
    year"): a running total of people, never the size of one group on the road."""
    if period is None or period.granularity is None:
        return False
    if period.granularity in _LONG_PERIODS:
        return True
    return period.granularity is Granularity.SPAN and _SINCE_LONG.match(period.text) is not None


def _figures(doc: Document) -> tuple[Statistic, ...]:
    """The statistics that may count a group, in text order: figures of people, and bare
    counts ("organizers put the number at 5,000")."""
    figures = [
        stat
        for stat in doc.found(Statistic)
        if stat.measure is Measure.MIGRANTS
        or (stat.unit in _PEOPLE_UNITS and stat.measure not in _NOT_MEMBERS)
        or (stat.unit is Unit.COUNT and stat.measure is Measure.OTHER)
    ]
    return tuple(sorted(figures, key=lambda stat: stat.span.start))


def _is_group_size(text: str, span: Span, segment: tuple[int, int], *, people: bool) -> bool:
    """True when the figure at ``span`` counts the group itself, not some of it. A bare
    count (not ``people``) needs a size word before it: "numbered", "a caravan of"."""
    before = text[max(segment[0], span.start - 40) : span.start]
    words = [t.lower() for t in _TOKEN.findall(before)]
    if _counts_others(text, span, segment, words):
        return False
    if _STRONG.match(text, span.end):
        return True  # "a 3,000-strong caravan"
    if span.of(text).split()[-1].lower() in _MEMBERS:
        return True  # "set out with more than a thousand members": the group's own count
    nouns = _LOWER["noun"] | _LOWER["weak"]
    links = _LOWER["link"] or _LINKS
    if links & set(words[-3:]) and any(w in nouns for w in words[-5:]):
        return True  # "a caravan of 2,000", "put the caravan at", "a group with some"
    if _BY_AGENT.search(before) and _ROLE["tally"].search(text, segment[0], span.start):
        return True  # "estimated by police at 1,500 and by organizers at 3,000"
    if _source_leads(before) and _NOUN.search(text, *segment):
        return True  # "según el gobierno 2.500 personas y según activistas 6.000"
    if _set_out_with(text, words, segment[0], span.start):
        return True  # "it left Tapachula on Monday with some 4,000 people"
    last = " ".join(words[-3:])
    if any(
        set(last[m.end() :].split()) <= {"at", "to", "of"} for m in _ROLE["size"].finditer(last)
    ):
        return True  # "numbered about", "it had about", "put the number at" (not "has issued")
    if words and words[-1] in _INCLUDES and any(w in nouns for w in words[-4:]):
        return True  # "the caravan includes about 4,000", not "the figures include"
    opens = [t.lower() for t in _TOKEN.findall(_leading_words(span.of(text)))]
    tally = any(w in _LOWER["tally"] for w in words[-3:] + opens[:1])  # "(estimated 1,000)"
    if tally and _NOUN.search(text, *segment):
        return True  # "police estimated 1,500, while organizers counted closer to 3,000"
    if not people:  # a bare count that walks is often a part: "another 1,500 joined"
        return False
    if span.of(text).split()[-1].lower() in _LOWER["part"] and not _everyone(text, span.end):
        return False  # "about 300 children travel with it": some of the group, not its size
    after_end = min(segment[1], span.end + 120)
    clause = _CLAUSE_END.split(text[span.end : after_end], maxsplit=1)[0]
    return _on_the_road(clause) or _NOUN.search(clause) is not None


_LEADING_WORDS = re.compile(r"[^\d]*")  # the words a figure's span opens with ("estimated")


def _leading_words(figure: str) -> str:
    """The words a figure's text opens with, before its digits ("estimated" of "estimated
    1,000")."""
    match = _LEADING_WORDS.match(figure)
    return match.group() if match is not None else ""


_BY_AGENT = re.compile(
    r"""
    \b(?:by|por)[ ]                    # the passive's agent: "by organizers", "por el INM"
    (?P<who>[^\d,.;:"“”]{2,50}?)
    [ ](?:at|en)[ ]+\Z                  # right before the figure: "... at 3,000"
    """,
    re.VERBOSE | re.IGNORECASE,
)


@per_language
def _according_lead() -> re.Pattern[str] | None:
    """An according-word and its source right before a figure: "según activistas 6.000"."""
    words = _role_words().get("according")
    if not words:
        return None
    return re.compile(rf"\b{words_pattern(words)}[ ][^\d,.;:]{{2,40}}?[ ]+\Z", re.IGNORECASE)


def _source_leads(before: str) -> bool:
    """Whether a source named by an according-word stands right before a figure."""
    pattern = _according_lead()
    return pattern is not None and pattern.search(before) is not None


def _set_out_with(text: str, words: Sequence[str], first: int, start: int) -> bool:
    """True when the figure follows "with" (or "con") and a departure verb earlier in its
    clause: the people the group set out with ("departed from Tapachula with 2,000")."""
    if not {"with", "con"} & set(words[-2:]):
        return False
    clause = max(text.rfind(mark, first, start) for mark in ".;:")
    return _ROLE["departure"].search(text, max(first, clause + 1), start) is not None


def _everyone(text: str, end: int) -> bool:
    """Whether the part noun a figure ends with opens a list of them ("200 men, women and
    children", "hombres y mujeres"): the whole group."""
    after = [t.lower() for t in _TOKEN.findall(text[end : end + 40])][:4]
    parts = _LOWER["part"]
    return bool(after) and (
        after[0] in parts
        or (after[0] in {"and", "y", "e"} and len(after) > 1 and after[1] in parts)
    )


def _counts_a_part(text: str, words: Sequence[str], start: int) -> bool:
    """True when a weak noun right before the figure names a piece of the group: a plural
    ("pequeños grupos de diez", "groups of 50") or, once the article has named the caravan,
    a first one ("un primer contingente de 281", "a first group of 300")."""
    weak = _LOWER["weak"] | _GROUPS | _LOWER["group"]
    for k in range(max(0, len(words) - 4), len(words)):
        word = words[k]
        if word not in weak or k + 1 == len(words) or words[k + 1] not in _of() | _LINKS:
            continue  # the noun, then "of": "groups of 50", not "church groups estimate"
        if _head(word).endswith("s") and _head(word) not in _SINGULAR_S:
            return True
        if k > 0 and _NUMBERS.get(words[k - 1]) == 1 and words[k - 1] in _LOWER["ordinal"]:
            return _ROLE["noun"].search(text, 0, start) is not None
    return False


_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:total|overall|combined)[ \t]+(?:number|count|figure|tally)|cifra[ \t]+total|"
    r"n[uú]mero[ \t]+total)\b[^.;:!?\n]{0,100}\Z",
    re.IGNORECASE,
)  # "the total number of migrants heading north is close to", up to the figure
_COUNTRYWIDE_AFTER = re.compile(
    r"""
    [^.;:!?\n]{0,60}?\b(?:
      (?:in|across|throughout|around)[ \t]+the[ \t]+(?:country|region|nation)
      |nationwide|countrywide|en[ \t]+el[ \t]+pa[ií]s|en[ \t]+todo[ \t]+el[ \t]+pa[ií]s
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)  # "5,000 migrants are stuck in the country": all of them there, up to the phrase


def _counts_others(text: str, span: Span, segment: tuple[int, int], words: Sequence[str]) -> bool:
    """True when a figure counts people other than the group as a whole (``words`` are
    the words just before it): a part of it ("1,000 of the migrants", "200 children among
    them", "hundreds took buses while others walked", "small groups of ten"), people
    added to it or taken from it ("another 1,500 joined", "took 300 migrants to
    shelters"), a different group that no caravan noun names ("a larger one of 7,000"),
    or all the migrants of a country or route ("the total number heading north")."""
    if _PARTITIVE.match(text, span.end) or _PARTITIVE.search(span.of(text)):
        return True  # "1,000 of the migrants", "of its members"
    if _AMONG.match(text, span.end, segment[1]):
        return True  # "there were 200 children among them"
    if _OTHERS_AFTER.match(text, span.end, segment[1]):
        return True  # "hundreds boarded buses while others walked on"
    if any(w in _LOWER["capture"] for w in words[-3:]):
        return True  # "took hundreds of migrants to shelters"
    if words and words[-1] in {"another", "other", "additional", "further"}:
        return True  # "another 1,500 joined": an addition, not the group
    if _another_group(words):
        return True  # "a larger one of 7,000": a different group
    if _counts_a_part(text, words, span.start):
        return True  # "small groups of ten", "a first contingent of 281": pieces of it
    return _counts_everyone(text, span, segment)


def _another_group(words: Sequence[str]) -> bool:
    """Whether the words before a figure name a different group than the one read: a
    contrast word, then "one", then "of" or "with" ("a larger one of 7,000"). A contrast
    before a caravan noun ("a second caravan of 2,500") is a mention: it opened its own
    group, whose size the figure is."""
    if len(words) < 3 or words[-1] not in _of() | _LINKS or words[-2] not in {"one", "ones"}:
        return False
    return any(w in _LOWER["contrast"] for w in words[-4:-2])


def _counts_everyone(text: str, span: Span, segment: tuple[int, int]) -> bool:
    """True when a figure counts all the migrants of a country or a route, not one group:
    "the total number of migrants heading north" or "migrants stranded in the country",
    with no caravan noun between the figure and the word that widens it."""
    total = _TOTAL_BEFORE.search(text, max(segment[0], span.start - 120), span.start)
    if total is not None and _NOUN.search(text, total.start(), span.start) is None:
        return True
    wide = _COUNTRYWIDE_AFTER.match(text, span.end, segment[1])
    return wide is not None and _NOUN.search(text, span.end, wide.end()) is None


def _on_the_road(clause: str) -> bool:
    """True when a clause says its subject walks, travels or comes somewhere ("continued
    north", "entered Guatemala", "crossed the river")."""
    return _ROLE["move"].search(clause) is not None or any(
        hit.group().lower() in _ARRIVALS for hit in _ROLE["reach"].finditer(clause)
    )


def _source(text: str, stat: Statistic, segment: tuple[int, int]) -> Attribution | None:
    """Who gave the figure: the statistic's source, unless another speaker stands between
    it and the figure ("police put it at 1,500, while organizers counted 3,000") or the
    source speaks after it of another figure."""
    given = _tidy(stat.source)
    local = _attribution(text, stat.span, segment)
    if given is None or given.span is None:
        return given or local
    nearer = local.span if local is not None else None
    if nearer is None or nearer.start >= stat.span.start:
        return given  # no speaker of its own before the figure
    if given.span.end <= nearer.start or given.span.start >= stat.span.end:
        return local
    return given


def _tidy(source: Attribution | None) -> Attribution | None:
    """A source without a leading relative word ("which organizers") and never a pronoun."""
    if source is None:
        return None
    first, _, rest = source.source.partition(" ")
    if first.lower() in _RELATIVES and rest:
        span = source.span and Span(source.span.start + len(first) + 1, source.span.end)
        source = Attribution(rest, span)
    if source.source.lower() in _PRONOUNS:
        return None
    if source.source.rsplit(" ", 1)[-1].lower() in _DETERMINERS:
        return None  # "the group has grown to an (estimated 1,600)": a hedge, nobody named
    return source


def _attribution(text: str, span: Span, segment: tuple[int, int]) -> Attribution | None:
    """Who gave the figure: "officials estimate that ...", "..., organizers said"."""
    base = max(segment[0], span.start - 200)  # a bounded look back: linear in the sentence
    lead = _leading_words(span.of(text))  # "estimated" of "estimated 1,000"
    if not _ROLE["report"].match(lead):
        lead = ""
    before = text[base : span.start + len(lead)]
    agent = _BY_AGENT.search(before)  # "estimated by police at 1,500"
    if agent is not None:
        start = base + agent.start("who")
        return Attribution(agent.group("who"), Span(start, base + agent.end("who")))
    report = None
    for match in _ROLE["report"].finditer(before):
        report = match
    if report is not None:
        if report.group().lower() in _LOWER["according"]:  # "according to", "según"
            rest = before[report.end() :]
            raw = _PHRASE_END.split(rest, maxsplit=1)[0]
            offset = base + report.end()
        else:
            comma = max(
                before.rfind(", ", 0, report.start()), before.rfind("; ", 0, report.start())
            )
            raw = before[comma + 2 if comma >= 0 else 0 : report.start()]
            offset = base + (comma + 2 if comma >= 0 else 0)
        who = raw.strip()
        start = offset + len(raw) - len(raw.lstrip())
        first, _, rest_of_who = who.partition(" ")
        if first.lower() in _RELATIVES and rest_of_who:  # ", which organizers said ..."
            start += len(first) + 1
            who = rest_of_who
        if who and len(who.split()) <= 10 and who.lower() not in _PRONOUNS:
            return Attribution(who, Span(start, start + len(who)))
    after = text[span.end : min(segment[1], span.end + 150)]
    according = _according_after(after)
    if according is not None:  # "unos 3.000 migrantes según la policía"
        start = span.end + according.start("named")
        return Attribution(according.group("named"), Span(start, span.end + according.end()))
    quoted = _SAID_AFTER.search(after)
    if quoted is not None and (quoted.group("who") or "").lower() not in _PRONOUNS:
        group = "who" if quoted.group("who") else "named"
        start = span.end + quoted.start(group)
        return Attribution(quoted.group(group), Span(start, quoted.end(group) + span.end))
    return None


@per_language
def _according() -> re.Pattern[str] | None:
    words = _role_words().get("according")
    if not words:
        return None
    return re.compile(
        rf"""
        \A[^\d,.;:"“”]{{0,30}}?              # the figure's noun ("migrantes")
        ,?[ ]{words_pattern(words)}[ ]         # "según", ", according to"
        (?P<named>[^\d,.;:"“”()]{{2,60}}?)     # "la policía"
        (?=[,.;:)]|\Z|[ ](?:y|e|and|while|mientras|aunque)[ ])  # to the clause's end
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _according_after(after: str) -> re.Match[str] | None:
    """The source named by an according-word right after a figure and its noun."""
    pattern = _according()
    return pattern.match(after) if pattern is not None else None


def _firm(estimates: tuple[SizeEstimate, ...]) -> tuple[SizeEstimate, ...]:
    """The estimates without the hedged ones ("thousands of migrants"), if any are firmer:
    a figure someone gave beats the article's "hundreds"."""
    firm = tuple(e for e in estimates if e.estimate.qualifier is not Qualifier.VAGUE)
    return firm or estimates


def _combined(estimates: Sequence[SizeEstimate]) -> Estimate | None:
    """The smallest range that covers every estimate. A ceiling alone ("as many as 7,000")
    leaves the low to the other sources ("police put it at 5,000": 5,000 to 7,000) unless
    it is below their figures; a floor alone ("more than 3,000") leaves the range open
    unless another source's figure is above it ("more than 7,200" and "10,000": 7,200 to
    10,000, the range spanning both)."""
    if not estimates:
        return None
    chosen = [e.estimate for e in estimates]
    if len(chosen) == 1:
        return chosen[0]
    lows = [e.low for e in chosen if e.low is not None]
    highs = [e.high for e in chosen if e.high is not None]
    ceilings = [e.high for e in chosen if e.low is None and e.high is not None]
    low = min(lows) if lows and all(c >= min(lows) for c in ceilings) else None
    floors = [e.low for e in chosen if e.high is None and e.low is not None]
    high = max(highs) if highs and all(f <= max(highs) for f in floors) else None
    if low is None and high is None:  # "fewer than 500" and "more than 600": open both ways
        low = min(lows)
    texts = " / ".join(dict.fromkeys(e.text for e in chosen if e.text))
    return Estimate.spanning(low, high, (e.qualifier for e in chosen), texts)


# origins


def _origins(
    text: str, segments: Sequence[tuple[int, int]], members: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    codes: list[str] = []
    for start, end in segments:
        codes.extend(_group_origins(text, start, end))
        if demonyms():
            codes.extend(_written_origins(text, start, end))
    for start, end in [*segments, *members]:
        codes.extend(_member_origins(text, start, end))
    return tuple(dict.fromkeys(c for c in codes if c != "US"))


_MOST_ARE = re.compile(
    r"""
    (?:\A|[.;:][ ]?|[ ])                  # at the clause's start
    (?:the[ ]majority|most|nearly[ ]all|almost[ ]all|all|many)
    (?:[ ]of[ ](?:them|the[ ](?:migrants|members|marchers|walkers|participants)))?
    [ ](?:are|were)[ ]\Z                  # right before the demonym: "most are Honduran"
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _group_origins(text: str, start: int, end: int) -> list[str]:
    """Countries the group's members come from, as the group's sentence states them."""
    regions = [
        CountryMention(p.span, p.text, "", demonym=False)  # a list link, no country
        for p in find_places(text, start, end)
        if p.place.kind is PlaceKind.REGION
    ]
    region_starts = [r.span.start for r in regions]
    mentions = sorted(
        [
            m
            for m in find_countries(text, start, end)
            if not _REGION_BEFORE.search(text, max(start, m.span.start - 9), m.span.start)
            and not _inside(m.span, regions, region_starts)
        ]
        + regions,
        key=lambda m: m.span.start,
    )
    codes: list[str] = []
    for chain in _chains(text, mentions):
        head = text[max(start, chain[0].span.start - 60) : chain[0].span.start]
        last = chain[-1]
        if all(m.demonym for m in chain) and _MOST_ARE.search(head):
            codes.extend(m.code for m in chain)  # "the majority are Honduran"
        elif all(m.demonym for m in chain):
            follows = [
                t.lower()
                for t in _TOKEN.findall(text[last.span.end : min(end, last.span.end + 40)])
            ][:2]
            plural_noun = (
                last.text.endswith("s")
                and not (follows and follows[0] in _LOWER["people"])
                and _counted_of(head)
            )
            if plural_noun or any(
                t in _LOWER["people"] or t in _LOWER["noun"] or t in _LOWER["weak"] for t in follows
            ):
                codes.extend(m.code for m in chain)
        elif (
            not chain[0].demonym
            and _FROM.search(head)
            and _after_people(head, opens=chain[0].span.start - 60 <= start)
        ):
            codes.extend(m.code for m in chain if not m.demonym)
        elif len(chain) == 1 and chain[0].code not in _TRANSIT and _set_out_from(head):
            codes.append(chain[0].code)  # "the caravan that left San Pedro Sula, Honduras"
    return [code for code in codes if code]  # regions link a list but name no country


# ---- origins written in a language's own words (rules/<language>/demonyms.tsv): the lower-case
# demonym after the people it describes ("migrantes hondureños", "miles de hondureños") and the
# countries after "de" or a from-word ("personas de Honduras, El Salvador y Guatemala",
# "procedentes de Haití"). English has no such table: its demonyms are capitalised names
# that _group_origins reads.
_WORD_AT = re.compile(r"[^\W\d_]+")
_SERIES_GAP = re.compile(r"(?:,[ ]?|[ ])(?:(?:y|e|o)[ ])?")  # between the items of a list
_COUNTED = re.compile(r"\d[ ]\Z")  # a figure right before a plural demonym: "300 haitianos"


@per_language
def _country_names() -> re.Pattern[str]:
    """The capitalised country names of the language's demonym table ("Estados Unidos")."""
    return compile_words(form for form in _demonym_forms() if form[:1].isupper())


@per_language
def _demonym_forms() -> dict[str, str]:
    return {row.form: row.code for row in ruletables.demonyms(active())}


def _written_origins(text: str, start: int, end: int) -> list[str]:
    """Origins in the written forms of the language being read (see above)."""
    lower = demonyms()
    words = list(_WORD_AT.finditer(text, start, end))
    members = _LOWER["people"] | _LOWER["noun"] | _LOWER["weak"] | _QUANTITIES_WRITTEN
    codes: list[str] = []
    listed = -1  # where the last demonym taken ends: the next item of its list is taken too
    for k, word in enumerate(words):
        form = word.group()
        code = lower.get(form.lower()) if form.islower() else None
        if code is None:
            continue
        before = [w.group().lower() for w in words[max(0, k - 2) : k]]
        lead = [w.group().lower() for w in words[max(0, k - 5) : k]]
        while len(lead) > 1 and lead[-1] in _LOWER["filler"]:
            lead.pop()  # "los migrantes eran mayormente haitianos": the people, then fillers
        if (
            (listed >= 0 and _SERIES_GAP.fullmatch(text, listed, word.start()))  # "y cubanos"
            or (len(lead) < len(before) + 3 and lead[-1:] and lead[-1] in members and k > 0)
            or _COUNTED.search(text, max(start, word.start() - 3), word.start())  # "300 cubanos"
            or bool(set(before[-1:]) & _LOWER["origin"])  # "de origen venezolano"
            or _made_up_of(lead)  # "integrada principalmente por hondureños"
            or _most_of_them(text, start, word.start())  # "La mayoría son venezolanos"
            or (
                before[-1:]
                and (
                    before[-1] in members  # "migrantes hondureños"
                    or (
                        before[-1] == "de" and before[-2:-1] and before[-2] in members
                    )  # "miles de"
                )
            )
        ):
            codes.append(code)
            listed = word.end()
    found = {
        c.span.start: (c.span.start, c.span.end, c.code)
        for c in find_countries(text, start, end)
        if not c.demonym
    }
    for m in _country_names().finditer(text, start, end):
        found.setdefault(m.start(), (m.start(), m.end(), _demonym_forms()[m.group()]))
    names = sorted(found.values())
    k = 0
    while k < len(names):
        first, last, code = names[k]
        series = [code]
        while k + 1 < len(names) and _SERIES_GAP.fullmatch(text, last, names[k + 1][0]):
            k += 1
            last = names[k][1]
            series.append(names[k][2])
        k += 1
        lead = [w.lower() for w in _WORD_AT.findall(text[max(start, first - 80) : first])][-8:]
        if _from_lead(lead, members):
            codes.extend(series)
    return codes


_CLAUSE_OPEN = re.compile(r"[.!?;:\n][^.!?;:\n]*\Z")  # the clause a word stands in, to it


def _most_of_them(text: str, start: int, at: int) -> bool:
    """Whether only fillers open the clause before a demonym ("La mayoría son", "Casi
    todos eran"): the group's members, named by their nationality."""
    opening = _CLAUSE_OPEN.search(text, start, at)
    clause = text[opening.start() + 1 if opening is not None else start : at]
    words = [w.lower() for w in _WORD_AT.findall(clause)]
    return bool(words) and all(w in _LOWER["filler"] for w in words)


def _made_up_of(lead: Sequence[str]) -> bool:
    """Whether the words before a demonym say the group is made of those people: a
    participle of the origin role, fillers, then "por" ("conformado sobre todo por")."""
    if lead[-1:] != ["por"]:
        return False
    k = len(lead) - 2
    while k >= 0 and lead[k] in _LOWER["filler"]:
        k -= 1
    return k >= 0 and lead[k] in _LOWER["origin"]


def _from_lead(lead: Sequence[str], members: frozenset[str]) -> bool:
    """Whether the words before a country say the group's members come from it: "migrantes
    de", "personas procedentes de", "en su mayoría originarios de", "desplazados de
    países como" (fillers may also stand between the from-word and the country)."""
    lead = list(lead)
    while len(lead) > 1 and lead[-1] in _LOWER["filler"]:
        lead.pop()
    if not lead or lead[-1] not in _LOWER["from"]:
        return False
    rest = [w for w in lead[:-1] if w not in _LOWER["from"] and w not in _LOWER["filler"]]
    return bool(rest) and rest[-1] in members


def _counted_of(head: str) -> bool:
    """False for "the health of Guatemalans": after "of", a plural demonym names the group's
    members only after a count or a group noun ("thousands of Hondurans", "a caravan of
    Cubans", "most of them Venezuelans")."""
    words = [t.lower() for t in _TOKEN.findall(head)][-2:]
    if len(words) < 2 or words[-1] != "of":
        return True
    if any(m.end() == len(head.rstrip()) for m in _ROLE["size"].finditer(head.rstrip())):
        return True  # "made up of Cubans", "composed mostly of": what the group is made of
    word = words[-2]
    return (
        word.isdigit()
        or word in _QUANTITIES
        or word in _LOWER["noun"] | _LOWER["weak"] | _LOWER["people"]
    )


def _inside(span: Span, regions: Sequence[CountryMention], starts: Sequence[int]) -> bool:
    """True when ``span`` lies in one of the (sorted, disjoint) region names: "America" in
    "Central America"."""
    k = bisect.bisect_right(starts, span.start) - 1
    return k >= 0 and regions[k].span.overlaps(span)


def _set_out_from(head: str) -> bool:
    """True when ``head`` ends with a departure verb, maybe a town and a comma after it."""
    verbs = list(_ROLE["depart"].finditer(head))
    if not verbs:
        return False
    between = head[verbs[-1].end() :].strip()
    if not between:
        return True
    town = between.removesuffix(",").removeprefix("the ")
    return between.endswith(",") and bool(town) and all(w[:1].isupper() for w in town.split())


def _member_origins(text: str, start: int, end: int) -> list[str]:
    """Where one person of the group is from: "an asylum seeker from Haiti", "left her
    native Venezuela", "a Honduran mother"."""
    codes = []
    for mention in find_countries(text, start, end):
        head = text[max(start, mention.span.start - 40) : mention.span.start]
        if mention.demonym:
            follows = [
                t.lower()
                for t in _TOKEN.findall(text[mention.span.end : min(end, mention.span.end + 30)])
            ][:1]
            if head.endswith(("a ", "an ")) and follows and follows[0] in _ONE_PERSON["people"]:
                codes.append(mention.code)
            elif head.endswith("of ") and follows and follows[0] in _LOWER["origin"]:
                codes.append(mention.code)  # "a mother of Salvadoran origin"
        elif _NATIVE.search(head) or _MEMBER_FROM.search(head):
            codes.append(mention.code)
    return codes


def _chains(text: str, mentions: Sequence[CountryMention]) -> list[list[CountryMention]]:
    """Country mentions joined into lists: "Honduras, El Salvador and Haiti"."""
    chains: list[list[CountryMention]] = []
    for mention in mentions:
        if chains and _LIST_GAP.match(text[chains[-1][-1].span.end : mention.span.start]):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    return chains


def _after_people(head: str, *, opens: bool = False) -> bool:
    """True when "from" follows a people or caravan noun, maybe with a few filler words
    between: "migrants from", "migrants, many of them from", "families who came from";
    or, when ``head`` ``opens`` the group's sentence, a verb of being: "Most are from"."""
    words = [t.lower() for t in _TOKEN.findall(head)][-8:]
    nouns = _LOWER["people"] | _LOWER["noun"] | _LOWER["weak"] | {"countries", "nations"}
    k = len(words) - 1
    while k >= 0 and words[k] in _FILLERS:
        k -= 1
    if k < 0:
        return opens and bool(_BEING & set(words))
    if words[k] in {"they", "we"}:  # "participants said they were from", "we are from"
        return any(w in nouns for w in words[max(0, k - 3) : k]) or (opens and k == 0)
    return words[k] in nouns


# location


def _location(
    doc: Document, group: _Group, segments: Sequence[tuple[int, int]], *, dateline: bool = True
) -> Place | None:
    """Where the group is now: the most specific place it is at (the latest of equals),
    else the dateline. A place it set out from ("left Tapachula") is not where it is, nor
    the larger place named after a comma ("the Isthmus of Tehuantepec, Oaxaca")."""
    best: tuple[int, int, Place] | None = None
    for start, end in segments:
        places = _places_in(doc.text, start, end)
        containers = {
            later[0]
            for (first, place), later in itertools.pairwise(places)
            if (
                _contains(doc.text[first + len(place.name) : later[0]])
                and _rank(later[1]) >= _rank(place)
            )
            or _DISTANCE_APART.fullmatch(doc.text, first + len(place.name), later[0])
        }  # "Huixtla, in Chiapas"; never a state "containing" the country before it; and
        # "Mapastepec, 120 km from Tapachula": the far town only says where the near one is
        for span_start, place in places:
            if span_start in containers:
                continue
            if place.country == "US" and place.kind not in _CROSSINGS:
                continue  # "officials in Washington": caravans are reported short of the US
            if place.kind not in _PLACE_RANK or not _is_at(doc.text, start, span_start):
                continue
            if _inside_a_name(doc.text, start, span_start):
                continue  # "Miguel Hidalgo park": a park named after a man, not the state
            if _names_a_border(doc.text, span_start + len(place.name), end):
                continue  # "at the Guatemala-Mexico border": on the line, in neither country
            if _ROLE["departure"].search(doc.text, span_start + len(place.name), end):
                continue  # "spent the night in Huixtla and left at dawn": no longer there
            rank = (_PLACE_RANK[place.kind], -span_start)
            if best is None or rank < best[:2]:
                best = (*rank, place)
    alone = dateline and group.ordinal in (None, 1) and not group.past and not group.contrast
    if best is not None:
        if alone and best[2].kind is PlaceKind.COUNTRY:
            town = _dateline(doc, group.sentences)  # "EL CINCHADO, Guatemala": a town in it
            if town is not None and town.country == best[2].country:
                return town
        return best[2]
    if not dateline:
        return None  # only a place the sentences put it at (where it was stopped)
    town = _dateline(doc, group.sentences) if alone else None
    return town or _place_left(doc, segments)


_REGIONS = frozenset({PlaceKind.COUNTRY, PlaceKind.STATE, PlaceKind.REGION})
_TOWN_BEFORE = re.compile(
    r"""
    (?<![\w])
    (?P<name>(?:[A-ZÁÉÍÓÚÑ][^\W\d_]+[ ]){0,2}[A-ZÁÉÍÓÚÑ][^\W\d_]+)  # one to three capitalised words
    ,[ ]\Z                             # a comma right before the country or state
    """,
    re.VERBOSE,
)  # a town the gazetteer does not know, named by its region: "in Ocotepeque, Honduras"


_NAME_BEFORE = re.compile(r"(?<![\w.])([A-ZÁÉÍÓÚÑ][^\W\d_]+)[ ]\Z")  # "Miguel " before "Hidalgo"


def _inside_a_name(text: str, start: int, place_start: int) -> bool:
    """True when the place's name ends a longer proper name that the gazetteer does not
    know ("Miguel Hidalgo park", "Benito Juárez airport"): the word before it is a
    capitalised word that no place's phrase opens with ("In Tapachula", "La Trinitaria")."""
    match = _NAME_BEFORE.search(text, max(start, place_start - 24), place_start)
    if match is None:
        return False
    word = match.group(1).lower()
    phrase = _NOUN_PHRASE | _LOWER["phrase"] | _LOWER["locate"] | _LOWER["to"] | _LOWER["reach"]
    phrase = phrase | _LOWER["depart"] | _PLACE_NOUNS | _LOWER["place"] | _of() | {"in", "at"}
    return word not in phrase and not find_places(text, match.start(1), match.end(1))


_PAIR_PARTNER = re.compile(r"[-–/][A-ZÁÉÍÓÚÑ][^\W\d_]+")  # "-Mexico" of "Guatemala-Mexico"


def _names_a_border(text: str, end: int, stop: int) -> bool:
    """True when the place that ends at ``end`` names a border ("the Mexico border", "the
    Guatemala-Mexico border"), not a place the group is in."""
    pair = _PAIR_PARTNER.match(text, end, stop)
    after = pair.end() if pair is not None else end
    words = _TOKEN.findall(text[after : min(stop, after + 12)])
    return bool(words) and words[0].lower() in _LOWER["border"] | {"borders"}


def _rank(place: Place) -> int:
    """How wide a place is: 0 a town or crossing, 3 a country (or a kind without a rank)."""
    return 3 if place.kind is None else _PLACE_RANK.get(place.kind, 3)


_SET_OUT_REACH = 80  # characters after a departure verb where its place is named


def _place_left(doc: Document, segments: Sequence[tuple[int, int]]) -> Place | None:
    """Where a group that no report puts anywhere else set out from ("partieron este
    domingo desde Ciudad Hidalgo", "left the city of Tapachula", "the caravans that left
    Tapachula in 2021"): with no later place named, the place it left is the most specific
    place the article gives for it, as the annotation guideline reads "the most specific
    place named" (and its gold puts such groups there). Not a country (too wide to place
    it), nor a place the verb heads to ("set off toward Huixtla")."""
    for start, end in segments:
        for verb in _ROLE["departure"].finditer(doc.text, start, end):
            limit = min(end, verb.end() + _SET_OUT_REACH)
            for place_start, place in _places_in(doc.text, verb.end(), limit):
                raw = _TOKEN.findall(doc.text[verb.end() : place_start])
                words = [t.lower() for t in raw]
                right_after = not words or words[-1] in _LOWER["depart"] | {"from"}
                right_after = right_after or _names_the_place(raw)  # "left the city of"
                if (
                    right_after
                    and "," not in doc.text[verb.end() : place_start]  # "left X, a town in"
                    and place.kind in _PLACE_RANK
                    and place.kind is not PlaceKind.COUNTRY
                ):
                    return place
                break  # only the first place after the verb
    return None


def _names_the_place(raw: Sequence[str]) -> bool:
    """Whether the words between a departure verb and a place are the place's noun phrase:
    "left the Mexican border city of Tapachula", "partieron de la ciudad de Tapachula"."""
    phrase = _NOUN_PHRASE | _LOWER["phrase"] | _PLACE_NOUNS | _LOWER["place"] | _of()
    phrase = phrase | _LOWER["border"] | _LOWER["depart"] | {"from"}
    return all(w[:1].isupper() or w.lower() in phrase for w in raw)


@per_language
def _named_place() -> re.Pattern[str]:
    """A place named by its noun phrase in the language being read: the English pattern
    above, or a place noun of the language's table and its of-word ("la localidad de
    Huixtla"), or a rural settlement whose noun is part of its name ("el Ejido Álvaro
    Obregón", "la Aldea San José")."""
    if active() == "en":
        return _NAMED_PLACE
    nouns = words_pattern(_role_words()["place"])
    ofs = words_pattern(_role_words()["of"])
    settlements = words_pattern(_role_words().get("settlement", ()))  # as written: capitalised
    return re.compile(
        rf"""
        (?<![\w])
        (?:
          (?i:{nouns})[ ](?i:{ofs})[ ]      # "la localidad de"
        | (?=(?:{settlements})[ ])           # or a settlement's own noun
        )
        (?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ ](?:de[ ]|del[ ])?[A-ZÁÉÍÓÚÑ][^\W\d_]+){{0,2}})
        """,
        re.VERBOSE,
    )


@per_language
def _role_words() -> dict[str, tuple[str, ...]]:
    return _vocabulary(active())


@per_language
def _road() -> re.Pattern[str] | None:
    """The end of a clause that puts the group on a road between two places, right before
    the far one: "sobre la carretera que une Tapachula con ", "on the highway linking
    Tapachula and ", "llegó a la carretera entre Ciudad Hidalgo y ". None when the
    language's table names no roads."""
    words = _role_words()
    if not words.get("road") or not words.get("between"):
        return None
    return re.compile(
        rf"""
        (?<![\w])(?:{words_pattern(words["locate"])}   # "sobre", "on"
          |{words_pattern(words["reach"])}(?:[ ]{words_pattern(words.get("to", ()) or ("to",))})?
        )[ ]                                          # or "llegó a", "reached"
        (?:[^\W\d_]{{1,5}}[ ])?                       # "la", "the"
        {words_pattern(words["road"])}[ ]              # "carretera", "highway"
        (?:que[ ])?{words_pattern(words["between"])}[ ]  # "que une", "linking"
        [^,.;:\n]{{1,60}}?                            # the near end
        [ ](?:y|e|con|and|with|to|a)[ ]               # "y", "con", "and"
        (?:[^\W\d_]{{1,5}}[ ])?                       # "el", "the"
        (?:{words_pattern(words.get("place", ()) or ("town",))}[ ](?:de[ ]|of[ ])?)?  # "ejido"
        \Z
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _on_a_road(window: str) -> bool:
    pattern = _road()
    return pattern is not None and pattern.search(window) is not None


_DISTANCE_APART = re.compile(
    r"""
    ,[ ](?:[^\W\d_]+[ ]){0,2}         # ", about", ", a unos", ", some"
    \d[\d,.]*[ ]?                     # "120", "1,200"
    (?:km|kilometers?|kilometres?|miles?|mi|kilómetros?)\b
    (?:[ ][^\W\d_]+){0,2}             # "north", "away", "al norte"
    [ ](?:from|of|de|del)[ ]
    (?:(?:the|la|el)[ ])?(?:(?:town|city|municipality|ciudad|municipio)[ ](?:of|de)[ ])?
    """,
    re.VERBOSE | re.IGNORECASE,
)  # ", about 30 km from", ", a 120 kilómetros de": the distance of one place from the next


def _contains(between: str) -> bool:
    """Whether the text between two places makes the second the region of the first: a
    comma ("Huixtla, Chiapas"), maybe with the words of a place's noun phrase ("Huixtla,
    in the state of Chiapas", "Corinto, en el departamento de Cortés")."""
    if not between.startswith(","):
        return False
    words = [t.lower() for t in _TOKEN.findall(between)]
    phrase = _NOUN_PHRASE | _LOWER["phrase"] | _LOWER["place"] | _LOWER["locate"] | _of()
    return all(w in phrase for w in words) and len(between) < 40


def _places_in(text: str, start: int, end: int) -> list[tuple[int, Place]]:
    """The gazetteer's places in ``text[start:end]`` and those named by a noun phrase the
    gazetteer does not know ("the town of Álvaro Obregón"), by where they start."""
    found = {m.span.start: m.place for m in find_places(text, start, end)}
    for match in _named_place().finditer(text, start, end):
        name_start = match.start("name")
        if not any(name_start <= k < match.end("name") for k in found):
            found[name_start] = Place(match.group("name"), PlaceKind.CITY, None)
    for region_start, region in list(found.items()):
        if region.kind not in _REGIONS:
            continue
        town = _TOWN_BEFORE.search(text, max(start, region_start - 45), region_start)
        if town is not None and not any(town.start() <= k < region_start for k in found):
            found[town.start()] = Place(town.group("name"), PlaceKind.CITY, region.country)
    return sorted(found.items(), key=lambda item: item[0])


def _is_at(text: str, start: int, place_start: int) -> bool:
    """True when the preposition or verb that governs a place puts the group there now.

    The words are read back from the place over its noun phrase only ("in the southern
    Mexican state of Chiapas"); any other word ends the search, so "officials in Mexico
    said the caravan left Tapachula" does not put it in Tapachula.
    """
    window = text[max(start, place_start - 70) : place_start]
    comma = window.rfind(",")
    window = window[comma + 1 :]  # "seeking to reach X, walked through": its clause
    if _on_a_road(window):
        return True  # "on the highway linking Tapachula and Huixtla": the far end
    raw = _TOKEN.findall(window)
    words = [t.lower() for t in raw]
    places = _PLACE_NOUNS | _LOWER["place"]
    earlier = _LOWER["earlier"]
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word in _FROM_WORDS and _near(words, k, _LOWER["move"]):
            return True  # "camped 3 km from Escuintla", "a unos 5 kilómetros de Huixtla"
        if word in _OF | _LOWER["of"] and k > 0:
            j = k - 1
            while j > 0 and words[j] in _NOUN_PHRASE | _LOWER["phrase"] and words[j] not in places:
                j -= 1  # "la plaza central de": the noun before its adjectives
            if words[j] in places:
                k = j  # "the town of", "la localidad de", "cerca de": read on from the noun
                continue
        governs = word in _LOWER["locate"] or word in _LOWER["reach"]
        if governs and earlier & set(words[max(0, k - 4) : k]):
            return False  # "pushed on after resting two days in Pijijiapan": before now
        if word in _LOWER["locate"] and _set_out_in(words[max(0, k - 3) : k], word):
            return False  # "began on Friday in San Pedro Sula": where it set out, not where it is
        if word in _LOWER["locate"]:
            if comma >= 0 and _apposition(words[:k]):
                return False  # "left Tapachula, a town in southern Mexico": the town's place
            if k > 0 and words[k - 1] in _ONLOOKERS and _REPORTS_AFTER.match(text, place_start):
                return False  # "officials in Oaxaca said": where they are, not the group
            if (
                word == "at"
                and k > 0
                and words[k - 1] in _LOWER["border"] | {"crossing"}
                and not any(w in _LOWER["reach"] for w in words[max(0, k - 5) : k])
            ):
                return False  # "900 km from the border at Reynosa": where it is measured to
                # (not "reached the border at Corinto")
            return not any(w in _LOWER["plan"] for w in words[:k])
        if word in _LOWER["reach"]:
            return not any(w in _LOWER["plan"] for w in words[:k])  # "reached Juchitán"
        if word == "as" and words[max(0, k - 2) : k] == ["as", "far"]:
            k -= 2  # "got as far as": read it like "to"
            word = "to"
        if word in _LOWER["to"]:  # "walked 30 miles to", "took them by bus to", "llegó a"
            before = words[max(0, k - 6) : k]
            if earlier & set(before[-3:]):
                return False  # "al llegar a Corinto": on the way, before now
            return any(w in _LOWER["reach"] or w in _LOWER["capture"] for w in before) and not any(
                w in _LOWER["plan"] for w in before
            )
        if not (raw[k][:1].isupper() or word in _NOUN_PHRASE | _LOWER["phrase"] | places):
            return False  # a word outside the place's noun phrase: no preposition governs it
        k -= 1
    return False


_FROM_WORDS = frozenset({"from", "de", "desde"})
_LENGTHS = frozenset(
    {"km", "kms", "kilometers", "kilometres", "miles", "mi", "kilómetros", "kilometros"}
    | {"millas", "metros", "meters", "metres", "mile", "kilometer", "kilómetro"}
)
_AMOUNT_WORDS = frozenset(
    {"a", "one", "two", "three", "four", "five", "ten", "few", "several", "un", "una", "dos"}
    | {"tres", "cuatro", "cinco", "diez", "pocos", "unos", "varios"}
)


_NOT_NEAR = frozenset(
    {"walked", "traveled", "travelled", "advanced", "marched", "covered", "hiked", "trekked"}
    | {"caminaron", "avanzaron", "recorrieron", "caminó", "avanzó", "recorrió"}
    | {"located", "situated", "lies", "ubicado", "ubicada", "situado", "situada", "localizado"}
    | {"which", "that", "que", "cual"}
)  # a distance walked from where the group left, or one that places another town


def _near(words: Sequence[str], k: int, moves: frozenset[str]) -> bool:
    """Whether ``words[k]`` ("from", "de") ends a distance that puts the group near the
    place after it ("3 km from Escuintla", "a few miles away from"), not one it walked
    from a place ("walked 30 km from Tapachula": where it left)."""
    j = k - 1
    if j >= 0 and words[j] == "away":
        j -= 1
    if j < 1 or words[j] not in _LENGTHS:
        return False
    if not (words[j - 1].isdigit() or words[j - 1] in _AMOUNT_WORDS):
        return False
    return not any(w in moves or w in _NOT_NEAR for w in words[max(0, j - 5) : j - 1])


_SETTLEMENTS = frozenset(
    {"city", "town", "village", "municipality", "state", "department", "province", "hamlet"}
    | {"capital", "ciudad", "localidad", "municipio", "estado", "población", "poblado"}
    | {"comunidad", "departamento", "cabecera", "villa"}
)  # nouns of a place that a comma puts after its name: "Huixtla, a town in Chiapas"
_BOTH = frozenset({"both", "ambas", "ambos", "una", "un", "otra", "otro"})


def _apposition(words: Sequence[str]) -> bool:
    """Whether the words after a comma and before "in" describe the place named before the
    comma ("a town", "ambas ciudades", "the Mexican border city"), not the group."""
    if not words:
        return False
    noun = words[-1]
    singular = {noun, noun[:-1], noun[:-2], noun[:-3] + "y"} if len(noun) > 3 else {noun}
    describes = _NOUN_PHRASE | _LOWER["phrase"] | _BOTH | _SETTLEMENTS
    return bool(singular & _SETTLEMENTS) and all(w in describes for w in words[:-1])


def _set_out_in(before: Sequence[str], locate: str) -> bool:
    """Whether a departure verb whose place follows ``locate`` ("began in", "formed in") is
    among the few words ``before`` it, with a time between ("began on Friday in")."""
    verbs = {
        phrase.rsplit(" ", 1)[0]
        for phrase in _LOWER["depart"]
        if phrase.endswith(" " + locate) and " " not in phrase.rsplit(" ", 1)[0]
    }
    return bool(verbs & set(before))


def _dateline(doc: Document, sentences: set[int]) -> Place | None:
    """The place of the article's dateline ("TAPACHULA, Mexico (AP) --"), when the group is
    reported right there (the reporter is with it) and the place is not in the US."""
    for index, sentence in enumerate(doc.sentences[:8]):
        if not sentences & set(range(index, index + 3)):
            continue
        if sentence.start and doc.text[sentence.start - 1] not in "\n":
            continue
        match = _DATELINE.match(sentence.text)
        if match is None:
            continue
        name = match.group("name")
        place = place_named(name) or place_named(name.title()) or _town_of(match)
        if place is not None and place.kind is not PlaceKind.COUNTRY and place.country != "US":
            return place
    return None


def _town_of(dateline: re.Match[str]) -> Place | None:
    """A dateline town the gazetteer does not know, placed by the country or state named
    after it ("EL CINCHADO, Guatemala (AP) --")."""
    region = dateline.group("region")
    known = place_named(region) if region else None
    if known is None or known.kind not in _REGIONS:
        return None
    return Place(dateline.group("name").title(), PlaceKind.CITY, known.country)


# distance, status


def _distance(text: str, segments: Sequence[tuple[int, int]]) -> tuple[float, str] | None:
    for start, end in segments:
        match = _DISTANCE.search(text, start, end)
        spanish = match is None and active() == "es"
        if spanish:
            match = _DISTANCE_ES.search(text, start, end)
        if match is not None:
            unit = match.group("unit").lower()
            name = _UNIT_NAMES.get(unit, "mile" if unit.startswith("mil") else "kilometer")
            number = match.group("number")
            if spanish:  # "2.000" is two thousand, "2,5" two and a half
                number = number.replace(".", "").replace(",", ".")
            number = number.replace(",", "")
            if len(number) <= 6:  # no border is a million miles away: a garbled figure
                return (float(number), name)
    return None


_DISTANCE_ES = re.compile(
    r"""
    (?<![\d.,])                                      # at the start of a figure (linear)
    (?P<number>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)     # 2.000 or 430 or 2,5
    [ ]?
    (?P<unit>kil[óo]metros?|km\b|millas?)            # the unit as written
    [ ](?:al[ ](?:sur|norte)[ ])?(?:de|hasta)[ ]      # "de", "al sur de", "hasta"
    (?:la[ ])?frontera[ ]
    (?:norte|estadounidense|(?:con|de)[ ](?:los[ ])?(?:Estados[ ]Unidos|EE\.[ ]?UU\.|EEUU|EU))
    """,
    re.VERBOSE | re.IGNORECASE,
)  # "a unos 2.000 kilómetros de la frontera con Estados Unidos": the US border, in Spanish


_Event = tuple[CaravanStatus, int]  # a status word and how it starts the group anew
_GOES_ON_AGAIN = 1  # "continued", "resumed": on again after a stop (or a break told back)
_ONCE_MORE = 2  # "set off again", "once more": a new start, even after a break-up


def _status(text: str, segments: Sequence[tuple[int, int]]) -> tuple[CaravanStatus | None, int]:
    """The group's status, from the last thing it did, and where the word that says it
    stands (-1 if none). The events are replayed in the order they happened: text order,
    except that what the text puts before another event ("it had been stopped", "the
    group, which had broken up in Huixtla") happened first. A plain move after a stop
    or a break-up is the story told back ("it dissolved; it had walked 100 km"), so only
    a new start of the group itself moves it on: "resumed its march" after a stop, and
    after a break-up only a start told as a new one ("set off again"), since a lede that
    ends the group is often followed by the day's walk ("this morning it resumed its
    journey"). A stop told after the break-up does not undo it."""
    events: list[tuple[bool, int, _Event]] = []  # (in the present, where, what)
    for start, end in segments:
        for status, role in _STATUS_ROLE.items():
            matches = _ROLE[role].finditer(text, start, end)
            if status is CaravanStatus.MOVING:  # "rested", "entered": on its way too
                matches = sorted(
                    [*matches, *_ROLE["onway"].finditer(text, start, end)], key=lambda m: m.start()
                )
            for match in matches:
                before = text[max(start, match.start() - 40) : match.start()]
                modals = [m.group().lower() for m in _ROLE["modal"].finditer(before)]
                if status is CaravanStatus.MOVING and _to_be_formed(before):
                    continue  # "gathered to form a caravan headed north": its plan
                if modals and status is CaravanStatus.MOVING:
                    ahead = _ahead(modals[-1], match.group())
                    if ahead is not None:  # "will set out on Friday", "plan to continue north"
                        events.append((True, match.start(), (ahead, 0)))
                    if modals[-1] == "before" and match.group().lower().startswith(_GOES_ON):
                        # "blocked it for hours before letting it go on"
                        events.append((True, match.start(), (CaravanStatus.MOVING, _GOES_ON_AGAIN)))
                    continue
                if modals:
                    continue  # "plans to disband", "if police block it": not done
                if _QUESTION.match(text, match.end(), min(len(text), end + 1)):
                    continue  # "will the police stop it?": asked, not told
                if status is not CaravanStatus.MOVING and (
                    _MANNER.match(text, match.end(), min(end, match.end() + 24))
                    or _EARLIER.search(before)
                    or _UNREAL.search(before)
                    or _NEGATED.search(before)
                ):
                    continue  # "in a scattered manner", "after being stopped", "ordered that
                    # they be detained": not the state it is in now
                if status is CaravanStatus.STOPPED and _ROLE["pause"].match(
                    text, match.end() + 1, min(end, match.end() + 20)
                ):
                    continue  # "stopped for the night": a rest on the way
                if status is CaravanStatus.STOPPED and _blocks_a_road(text, start, match, end):
                    continue  # "the march, which blocked traffic": the group blocks, not stopped
                anew = 0
                if status is CaravanStatus.MOVING and _AGAIN.match(text, match.end(), end):
                    anew = _ONCE_MORE  # "set off again"
                elif status is CaravanStatus.MOVING and match.group().lower().startswith(_GOES_ON):
                    anew = _GOES_ON_AGAIN  # "continued", "resumed"
                if anew and _by_some(text, start, match, end):
                    continue  # "others went on on their own": some of it, not the group
                present = _PLUPERFECT.search(before) is None
                events.append((present, match.start(), (status, anew)))
    found: CaravanStatus | None = None
    cue = -1
    for _present, at, (status, anew) in sorted(events, key=lambda event: event[:2]):
        if _turns_to(found, status, anew=anew):
            found, cue = status, at
    return found, cue


_PLUPERFECT = re.compile(
    r"""
    \b(?:had|hab[ií]a|hab[ií]an)      # "had been stopped", "había sido detenida"
    (?:[ \t]+(?:been|already|just|sido|ya|long))*  # "had already been"
    [ \t]+\Z                           # right before the status word
    """,
    re.VERBOSE | re.IGNORECASE,
)  # an event told as one before the story's own: it happened first
_SOME_OF_THEM = re.compile(
    r"""
    (?:^|[.;:,!?\n])[ \t]*              # the clause's start
    (?:the[ \t]+)?(?:some|others|many|several|most|few|a[ \t]+few|members|part|
       algunos|algunas|otros|otras|muchos|muchas|varios|varias|parte)\b
    [^.;:,!?\n]*\Z                      # the rest of the clause, to the verb
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a clause whose subject is some of the group: "others were continuing"
_ON_THEIR_OWN = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:on[ \t]+their[ \t]+own|on[ \t]+its[ \t]+own|individually|"
    r"by[ \t]+themselves|por[ \t]+su[ \t]+cuenta|por[ \t]+separado)\b",
    re.IGNORECASE,
)  # "continued the journey on their own": no longer as the group


_A_ROAD = re.compile(
    r"""
    [ \t]+(?:(?:the|a|an|its|their|one|two|both|la|el|las|los|una|un)[ \t]+)?
    (?:main[ \t]+|busy[ \t]+)?
    (?:traffic|road|roads|highway|highways|street|streets|bridge|lanes?|avenue|motorway
      |carretera|autopista|calles?|puente|tr[áa]fico|circulaci[óo]n|v[íi]a|avenida)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)  # what a group blocks when it is the one blocking: "blocked traffic", "blocking a highway"
_FORCES = frozenset({"soldiers", "troops", "guard", "guardsmen", "army", "military", "forces"}) | {
    "policía",
    "policías",
    "soldados",
    "guardia",
    "ejército",
    "militares",
    "agentes",
    "autoridades",
}  # who stops a group by blocking its road
_CLAUSE_BACK = re.compile(r"[^.;:!?\n]*\Z")  # the clause up to a word


def _blocks_a_road(text: str, start: int, match: re.Match[str], end: int) -> bool:
    """Whether a block word tells of the group blocking a road or traffic ("the march,
    which blocked traffic"): no police, troops or officials are its subject."""
    if not match.group().lower().startswith(("block", "bloque")):
        return False
    if not _A_ROAD.match(text, match.end(), end):
        return False
    clause = _CLAUSE_BACK.search(text, max(start, match.start() - 120), match.start())
    words = {t.lower() for t in _TOKEN.findall(clause.group())} if clause else set()
    return not words & (_ONLOOKERS | _FORCES)


def _by_some(text: str, start: int, match: re.Match[str], end: int) -> bool:
    """Whether a move word tells of some members going on, not the group: a clause that
    opens with "some", "others" or "many", or a move "on their own"."""
    return (
        _SOME_OF_THEM.search(text, max(start, match.start() - 80), match.start()) is not None
        or _ON_THEIR_OWN.match(text, match.end(), end) is not None
    )


def _turns_to(now: CaravanStatus | None, status: CaravanStatus, *, anew: int) -> bool:
    """Whether an event moves the group from ``now`` to ``status``: a break-up always
    ends it, a stop holds unless it broke up, a move carries a forming group (or one
    set off anew; after a break-up, only once more) on, and forming is the first thing a
    group does."""
    if status is CaravanStatus.DISPERSED:
        return True
    if status is CaravanStatus.STOPPED:
        return now is not CaravanStatus.DISPERSED
    if status is CaravanStatus.MOVING:
        if now is CaravanStatus.DISPERSED:
            return anew >= _ONCE_MORE
        return anew > 0 or now in (None, CaravanStatus.FORMING, CaravanStatus.MOVING)
    return now in (None, CaravanStatus.FORMING)


def _to_be_formed(before: str) -> bool:
    """Whether a move word describes a group still to be formed: a forming word and then a
    caravan noun right before it ("to form a caravan headed north")."""
    forming = list(_ROLE["forming"].finditer(before))
    noun = _NOUN.search(before, forming[-1].end()) if forming else None
    return noun is not None and not before[noun.end() :].strip(" ,")


def _ahead(modal: str, cue: str) -> CaravanStatus | None:
    """What a modal before a move word says: trying to walk is moving, planning to set out
    is forming, planning to go on is moving still, walking "if" is nothing yet."""
    if modal in _ATTEMPTS or cue.lower().startswith(("continu", "resum", "press", "kept")):
        return CaravanStatus.MOVING
    return None if modal in _CONDITIONS else CaravanStatus.FORMING


def _departed(doc: Document, segments: Sequence[tuple[int, int]]) -> Period | None:
    """When the group set out: the date nearest its departure verb, in the same clause
    ("set out from Tapachula on Sunday", "Before dawn on Saturday, ... set out")."""
    for start, end in segments:
        verbs = list(_ROLE["departure"].finditer(doc.text, start, end))
        if not verbs:
            continue
        tense = dates.tense_of(doc.text, start, end)
        found = dates.find_dates(doc.text, doc.published, start=start, end=end, tense=tense)
        starts = [m.span.start for m in found]
        for verb in verbs:
            limit = min(end, verb.end() + 120)
            semicolon = doc.text.find(";", verb.end(), limit)
            clause_end = semicolon if semicolon >= 0 else limit
            k = bisect.bisect_left(starts, verb.end())
            if k < len(found) and starts[k] < clause_end:
                return found[k].period  # "set out on Sunday"
            k = bisect.bisect_left(starts, verb.start()) - 1
            if k >= 0 and starts[k] >= verb.start() - 160:
                return found[k].period  # "On Sunday, the caravan set out"
    return None
