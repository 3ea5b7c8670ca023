"""Extract :class:`~migrationnews.records.Meeting` records: who met, called or visited whom.

A meeting is read around a word of ``rules/meetings.tsv`` ("met with", "held talks",
"spoke by phone", "a phone call with", "visited", "traveled to"). Its participants are
the :class:`~migrationnews.records.Official` records the officials extractor found
(``doc.found(Official)``): those named before the word (its subject: "Blinken will meet
with ..."), those listed after it ("... with President Andrés Manuel López Obrador"), the
official a pronoun points back to ("her meeting with ..."). A government named by its
country where no official of it is named ("talks with Mexico", "Colombia and Panama held
talks", "talks between Mexico and Guatemala") takes part as an ISO code in
:attr:`~migrationnews.records.Meeting.countries`; talks between governments alone have no
participants. A passive verb takes its agent after "by" ("was welcomed ... by President
X"); a signing, or two sides that spoke, is a meeting only between two governments; "the
secretary" points back to the subject holding that office; a visit with one official
takes as host an official of its destination named in the next sentences that point at
the visitor. A list of stops ("met A in Lima on Sunday, B in Quito on Monday", "will visit
Peru on Monday and Ecuador on Tuesday") gives one record per stop with its own place and
day; a clause ends at a semicolon or the next meeting verb. Sentences about the same
event ("will meet with ...", "will also participate in Wednesday's meeting") merge into
one record. The date is resolved against the publication date by
:mod:`migrationnews.dates`; the status is planned when the sentence looks ahead ("will",
"plans to", "is expected to", "is scheduled to"), else held.

>>> import datetime as dt
>>> from migrationnews.text import Document
>>> from migrationnews.extract import officials
>>> doc = Document.of(
...     "Mexican President Claudia Sheinbaum met with Guatemalan President Bernardo "
...     "Arévalo in Tapachula on Monday.", dt.date(2024, 10, 30))
>>> doc.add(officials.RECORD, officials.extract(doc))
>>> [(m.participants, m.location.name, m.kind.value, m.status.value) for m in extract(doc)]
[(('Claudia Sheinbaum', 'Bernardo Arévalo'), 'Tapachula', 'meeting', 'held')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
from attrs import define, field, frozen

from migrationnews import ruletables
from migrationnews.dates import Tense, find_dates
from migrationnews.gazetteer import CountryMention, find_countries, find_places, place_named
from migrationnews.language import LANGUAGES, active, demonyms, per_language
from migrationnews.records import Meeting, MeetingKind, MeetingStatus, Official
from migrationnews.ruledata import Hit, Vocabulary, country_names, words_pattern
from migrationnews.ruletables import MeetingRole, MeetingWord, SpanishTitleClass
from migrationnews.text import Document, Sentence
from migrationnews.values import Granularity, Period, Place, PlaceKind, Span

RECORD = Meeting
NEEDS = (Official,)  # who met whom: the officials named around the meeting word

__all__ = ["NEEDS", "RECORD", "extract"]

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
_DATELINE_REACH = 400  # characters from the start where a dateline may stand
_WORD = re.compile(
    r"""
    \w+(?:['’\-]\w+)*               # a word; apostrophes and hyphens inside
    | \S                            # any other character, alone
    """,
    re.VERBOSE,
)
# Words after which an official's name modifies a noun instead of acting: "the Biden
# administration", "the Trump years".
_MODIFIED = frozenset({"administration", "administrations", "years", "era", "government"})
_OBJECT_LEAD = frozenset({"with", "to", "the", "in", "by", "phone", "telephone"})
_GOVERNMENT = frozenset(
    {"president", "government", "officials", "authorities", "leader", "leaders", "counterpart",
     "counterparts", "delegation", "minister", "ministers", "foreign", "prime", "cabinet"}
)  # fmt: skip
_CLAUSE = frozenset({"on", "about", "over", "in", "at", "to", "and", "this", "last", "next", "for"})
_PRONOUNS_ONE = frozenset({"she", "he", "her", "his"})
_PRONOUNS_MANY = frozenset({"they", "their"})
# Words that make a meeting word report a further event: "Afterward, Ruiz met ...", "Ruiz
# also met ...", "Later she spoke with ...".
_SEQUEL = frozenset(
    {"afterward", "afterwards", "later", "then", "also", "subsequently", "thereafter", "next"}
)
# Words before the visitor of a visit noun: "a visit (led) by", "a trip headed by".
_AGENT_LEAD = frozenset(
    {"with", "between", "by", "phone", "telephone", "led", "headed", "from"}
)  # "a call from President ...", "a visit from ..."
# Words between a meeting word and the governments whose unnamed officials took part:
# "met with her counterparts from Guatemala and Honduras".
_PEOPLE = frozenset(
    {"counterpart", "counterparts", "officials", "delegation", "delegations", "ministers",
     "leaders", "envoys", "representatives", "officers", "delegates"}
)  # fmt: skip
_COUNTERPARTS_LEAD = frozenset(
    {"his", "her", "their", "its", "counterpart", "counterparts", "from", "of"}
)
_AGENT = re.compile(r"\s+(?:(?:led|headed)\s+)?by\b")  # "a visit (led) by": the visitor
_GROUP_LEADS = frozenset({"the", "both", "two"})  # "the leaders agreed to meet"
_GROUP_NOUNS = frozenset({"leaders", "presidents", "ministers", "officials", "men", "women"})
_REFERRING = frozenset({"the", "that", "this", "their", "his", "her", "its"})
_LIST_GLUE = frozenset(
    {",", "and", "&", "the", "his", "her", "their", "its", "counterpart", "counterparts", "of",
     "including", "officials", "delegation", "delegations", "team", "well", "a", "an", "led",
     "headed", "by"}
)  # fmt: skip
_CLAUSE_BREAK = re.compile(
    r"""
    \b(?:said|says|told|tells|that|according|after|before|when|while|because|as|since|but
    |although|criticized|criticised|accused|warned|urged|asked|praised|blamed)\b  # a new clause
    | [;:]                          # or a clause mark
    """,
    re.VERBOSE,
)
_RELATIVE = re.compile(
    r"""
    ,\s+(?:who|whom|whose|which|where)\b  # a relative clause about someone else:
    """,  # "... to meet Honduran President Nasry Asfura, who took office last month"
    re.VERBOSE,
)
_GLUE = re.compile(r",|&|\b(?:and|with|joined)\b")  # what lists names or pairs them
_COUNTRY_GLUE = re.compile(
    r"""
    (?:['’]s?)?                     # a possessive: "Mexico's and Guatemala's"
    \s*,?\s*                        # a comma
    (?:and\s+)?                     # "and"
    (?:the\s+)?                     # "the United States"
    """,
    re.VERBOSE,
)
# What may stand between the governments that are a meeting word's subject and the word:
# "Colombia and Panama held talks", "Mexican officials will meet", "... have agreed to meet".
_SUBJECT_GAP = re.compile(
    r"""
    (?:['’]s?)?                     # a possessive: "Mexico's and Guatemala's governments"
    \s+
    (?:(?:government|governments|officials|authorities|delegations|delegates|negotiators
    |ministers|leaders)\s+)?        # the government's people, unnamed
    (?:(?:will|would|have|has|had|also|again|are|were|is|was|plan|plans|planned|to|agreed
    |expected|scheduled|set|due|recently|first|formally|then)\s+){0,4}  # auxiliaries
    """,
    re.VERBOSE,
)
# A participant's whereabouts: "Ebrard said in Washington", "Noem, speaking in Quito,".
_SAID_IN = re.compile(
    r"""
    (?:,\s*)?                       # "Noem, speaking in ..."
    \s*(?:said|says|told\s+reporters|spoke|speaking|was\s+speaking|arrived)  # where they spoke
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
# A name then a verb of saying: the source of a report ("..., spokesman Jo Ray said").
_REPORTER = re.compile(r"\s*,?\s*(?:said|says|told|tells|added|noted|wrote|tweeted)\b")
# A phrase fronted before the main clause, naming the event: "In a call with ...",
# "During their meeting ...", "After talks with ...".
_FRONTED = re.compile(
    r"""
    \s*(?:In|During|After|Following|At)\s+  # the preposition opening the sentence
    (?:[\w'’]+\s+){0,3}\Z                  # "a", "their", "an hourlong", then the event word
    """,
    re.VERBOSE,
)
# A pronoun as the object of a meeting verb: "received her at", "met him on Monday", not
# "met her counterpart".
_OBJECT_PRONOUN = re.compile(
    r"""
    \s+(?:him|her)                    # the pronoun
    (?=\s*[,.;:!?]                    # then punctuation,
    | \s+(?:at|in|on|during|for|after|before|last|this|next|yesterday|today|and|to|with
    |when|as|privately|briefly|again|twice|alone)\b  # or a word opening what follows
    | \s*\Z)                          # or the end
    """,
    re.VERBOSE,
)
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?")  # "talks between (the) ..."
# The auxiliary of a passive meeting verb, just before it: "was welcomed", "were received",
# "had been greeted", "is being hosted"; its agent follows "by".
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be", "get", "got"})
_STOP_GLUE = re.compile(r",|\band\b")  # between the stops of a tour
_DAY = re.compile(
    r"""
    \b(?:on|last|this|next)\s+      # "on Monday", "last Tuesday"
    (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b  # a weekday
    | \b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d  # "March 3"
    """,
    re.VERBOSE,
)
# Verbs by which one official speaks to another, whose words an event noun then frames:
# "told Paz in a call", "assured Ruiz during the meeting".
_ADDRESS_VERBS = frozenset(
    {"told", "tells", "assured", "assures", "asked", "asks", "urged", "urges", "warned",
     "warns", "thanked", "thanks", "informed", "informs", "pressed", "presses", "congratulated",
     "invited", "invites", "reminded", "promised", "promises", "briefed", "offered", "offers"}
)  # fmt: skip
# Office nouns that "the ..." names an official by ("the secretary held talks").
_OFFICE_NOUNS = frozenset(
    {"secretary", "minister", "president", "envoy", "ambassador", "governor", "senator",
     "mayor", "chancellor", "premier", "commissioner", "czar", "chief", "director"}
)  # fmt: skip
# Words between a subject and its verb, skipped when reading the subject.
_AUXILIARIES = frozenset(
    {"also", "then", "later", "will", "would", "has", "had", "have", "was", "is", "again",
     "first", "separately", "briefly", "to", "plans", "expected", "set", "due"}
)  # fmt: skip
_IN_EVENT = re.compile(
    r"""
    \s+(?:in|during|on|over)\s+     # "in", "during"
    (?:[\w'’-]+\s+){0,3}            # "a", "an hourlong", "their first"
    """,
    re.VERBOSE,
)  # between an addressed official and the noun of the event: "... in a phone call"
_PROGRESSIVE = re.compile(r"\b(?:is|are|['’]s)\s+\Z")  # "is hosting", "are meeting"
_SAID = re.compile(r"\b(?:said|says|told|announced|according)\b")  # a report's own clause
_TRIP_LEAD = re.compile(r"\s+(?:to\s+)?(?:the\s+)?")  # "visit (to) (the) <place>"
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
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
     "oct", "nov", "dec", "english", "spanish", "a", "an", "the", "his", "her", "their", "its",
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
_COUNTRY_OFFICE = re.compile(
    r"""
    \s+(?:with\s+|to\s+)?(?:the\s+)?  # "with the"
    (?P<country>[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)  # "Peruvian", "Peru's", "Costa Rican"
    (?:['’]s?)?\s+                    # a possessive
    (?:foreign\s+|prime\s+|interior\s+|security\s+)?  # "foreign minister"
    (?P<office>[a-z]+)\b              # the office word: "president", "minister"
    """,
    re.VERBOSE,
)
_BY = re.compile(r"\bby\b")  # the agent of a passive: "welcomed at the palace by ..."
_WITH = re.compile(r"\b(?:with|between)\b")  # where a visit or talks name whom they were with


class _Glue(NamedTuple):
    """The small words of one language that the readers below look for."""

    object_lead: frozenset[str]  # before the object of a meeting word
    agent_lead: frozenset[str]  # before the visitor of a visit noun
    list_glue: frozenset[str]  # between the names of a list
    clause: frozenset[str]  # what opens the rest of the clause after a place
    glue: re.Pattern[str]  # what lists names or pairs them
    between: re.Pattern[str]  # "talks between (the) ..."
    with_: re.Pattern[str]  # where a visit or talks name whom they were with
    referring: frozenset[str]  # before a meeting noun that names an event told before
    place_cues: frozenset[str]  # right before the place of a meeting or a visit
    # whether one official's trip to a place abroad is a visit with its government
    # ("viajará a Washington"); English keeps such trips out (they cost precision there)
    trips: bool = False


# English: the sets above. Spanish: "se reunió con", "una llamada entre", "y", "con".
_GLUES = {
    "en": _Glue(
        _OBJECT_LEAD,
        _AGENT_LEAD,
        _LIST_GLUE,
        _CLAUSE,
        _GLUE,
        _BETWEEN,
        _WITH,
        _REFERRING,
        frozenset(
            {
                "in",
                "at",
                "to",
                "visited",
                "visit",
                "visiting",
                "from",
                "toured",
                "touring",
                "tour",
                "outside",
                "near",
            },
        ),
    ),
    "es": _Glue(
        frozenset({"con", "a", "el", "la", "en", "por", "teléfono", "telefónica"}),
        frozenset({"con", "entre", "por", "teléfono", "telefónica", "encabezada"}),
        frozenset({",", "y", "e", "el", "la", "su", "sus", "homólogo", "homóloga", "de"}),
        frozenset({"en", "sobre", "a", "y", "este", "esta", "el", "para", "por"}),
        re.compile(r",|&|\b(?:y|e|con)\b"),
        re.compile(r"\s+entre\s+(?:el\s+|la\s+|los\s+)?"),
        # "una delegación encabezada por ...": who make up a delegation
        re.compile(r"\b(?:con|entre|al|(?:encabezad|liderad|integrad|presidid)[ao]s?\s+por)\b"),
        frozenset({"la", "el", "esta", "este", "esa", "ese", "dicha", "dicho", "su", "aquella"}),
        frozenset({"en", "a", "hacia", "visitó", "visitará", "visita", "desde", "recorrió"}),
        trips=True,
    ),
}


def _glue() -> _Glue:
    return _GLUES.get(active(), _GLUES["en"])


_TOPIC_START = re.compile(
    r"""
    \b(?:to\ discuss|discussed|discussing|to\ address|to\ talk\ about|about  # a topic cue
    |on(?=\s+(?-i:[a-z])))          # or "on" before a common word (not "on Wednesday")
    \s+                             # then the topic itself
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TOPIC_END = re.compile(
    r"""
    [,.;:!?()“”"]                   # punctuation ends a topic
    | \s(?:as|while|when|that|which|who|after|before|in\ which|amid|at\ a\ time)\s  # a new clause
    """,
    re.VERBOSE,
)
# The nouns that end the name of a building where officials meet ("the National Palace",
# "the State Department", "the Governor's Mansion", "the presidential palace").
_VENUE_NOUNS = (
    "palace", "mansion", "house", "department", "ministry", "hall", "building", "center",
    "centre", "hotel", "castle", "capitol", "embassy", "consulate", "residence", "headquarters",
    "chancellery", "secretariat", "office", "ranch", "retreat", "estate",
)  # fmt: skip
_VENUE_LEADS = ("presidential", "governor's", "governor’s", "foreign", "official", "national")
# Verbs of a headline that gathers officials in a place: "Rubio and Noem Land in
# Panama", "ministers gather in Quito".
_GATHER_VERBS = (
    "land", "lands", "landed", "gather", "gathers", "gathered", "arrive", "arrives", "arrived",
    "meet", "meets", "met", "convene", "convenes", "convened", "hold talks", "holds talks",
)  # fmt: skip
_HEADLINE = 200  # characters of the first line read as the headline
_MAX_TOPIC = 80
_SUBJECT = 300  # characters before a meeting word where its subject is named
_MAX_PARTIES = 8  # officials taking part in one event, at most
_MAX_GAP = 12  # tokens between the names of a list
_NEAR = 60  # characters around a meeting word where its place is named
_NEGATION = 30  # characters before a meeting word where a negation cancels it
_PENDING = 3  # sentences after unattributed talks in which their officials may be named
_CARRY = 3  # sentences back where a held meeting stating no day or place finds a participant's
_HOSTED = 3  # sentences from a visit in which its host may be named
_VISITOR_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_STOP_GAP = 80  # characters of place, day and title between two stops of a tour
_MAX_OPEN = 16  # recent events a new mention may belong to
_MERGE_WINDOW = 12  # sentences across which mentions of one event merge
_PLACE_RANK = {
    PlaceKind.CITY: 0,
    PlaceKind.PORT_OF_ENTRY: 1,
    PlaceKind.HUB: 1,
    PlaceKind.STATE: 2,
    PlaceKind.COUNTRY: 3,
}


@frozen
class _Trigger:
    kind: MeetingKind | None  # None: a planned-status mark
    verb: bool
    sides: bool = False  # "signed an accord with": a meeting only between two sides
    negates: bool = False  # "did not", "refused to": the event did not and will not happen
    # "will", "plans to", or a meeting word that tells its own tense ("viajará a"): the
    # event is still to come
    plans: bool = False
    tour: bool = False  # a trip of several stops: "una gira por Centroamérica"


@per_language
def _vocabulary() -> dict[str, _Trigger]:
    words = {}
    rows = ruletables.meeting_words(active())
    marks = {MeetingWord.PLANNED, MeetingWord.NEGATED, MeetingWord.NONE}
    planned = {row.form.casefold() for row in rows if row.kind is MeetingWord.PLANNED}
    tours = {row.form.casefold() for row in rows if row.kind is MeetingWord.TOUR}
    events = {row.form.casefold() for row in rows if row.kind not in marks | {MeetingWord.TOUR}}
    for row in rows:
        folded = row.form.casefold()
        if row.kind is MeetingWord.TOUR:
            continue  # a mark on its visit row (below)
        if row.kind is MeetingWord.PLANNED and folded in events:
            continue  # "visitará": a visit, and planned (below), not a mark alone
        words[folded] = _Trigger(
            None if row.kind in marks else MeetingKind(row.kind),
            row.role in {MeetingRole.VERB, MeetingRole.SIDES},
            row.role is MeetingRole.SIDES,
            row.kind is MeetingWord.NEGATED,
            # a planned mark, or a word that tells its own tense ("viajará a", "se reunirá
            # con"): the word, or its first word, is a planned mark
            any(folded == p or folded.startswith(p + " ") for p in planned),
            folded in tours,
        )
    return words


@per_language
def _pattern() -> Vocabulary:
    return Vocabulary(_vocabulary(), per_article=True)


@functools.cache
def _venue_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        \b(?:at|in|inside)\s+the\s+       # "at the", "in the"
        (?P<venue>
          (?:(?-i:[A-Z])[\w'’.-]*\s+){{1,4}}  # capitalised words: "National", "Governor's"
          | (?:{words_pattern(_VENUE_LEADS)})\s+  # or a lower-case lead: "presidential"
        )
        (?P<noun>{words_pattern(_VENUE_NOUNS)})  # the building: "Palace", "Department"
        """,
        re.VERBOSE | re.IGNORECASE,
    )


# The classes of es/titles.tsv that name no office: the small words and bodies.
_NOT_OFFICES = frozenset({SpanishTitleClass.JOIN, SpanishTitleClass.BODY, SpanishTitleClass.FORMER})


def _office_forms() -> list[str]:
    """The forms of the title table of the language being read that may name an office."""
    if active() == LANGUAGES[0]:
        return [row.form for row in ruletables.titles()]
    return [row.form for row in ruletables.spanish_titles() if row.cls not in _NOT_OFFICES]


@per_language
def _title_words() -> frozenset[str]:
    """Every word of an office's name ("foreign", "minister"; "secretaria"), which may sit
    between the names of a list ("met Mexico's foreign minister, Alicia Bárcena")."""
    return frozenset(word for form in _office_forms() for word in form.casefold().split() if word)


def _rank(place: Place) -> int:
    """How specific a place is: a building (no kind) first, then a city, ..., a country."""
    if place.kind is None:
        return -1
    return _PLACE_RANK.get(place.kind, 4)


@frozen
class _Named:
    """One mention of an official in the text."""

    span: Span
    official: Official
    possessive: bool = False  # "Biden's": the owner of what follows, not always an actor


@define
class _Event:
    """One sentence's report of a meeting, before mentions of the same event merge."""

    sentence: int
    kind: MeetingKind
    span: Span
    status: MeetingStatus
    refers: bool
    names: list[str] = field(factory=list)
    countries: list[str] = field(factory=list)
    objects: list[str] = field(factory=list)  # the counterparts named after the word
    sequel: bool = False  # "also met", "Afterward, ... met": a further event
    date: Period | None = None
    location: Place | None = None
    topic: str | None = None
    venue: Place | None = None  # a place no gazetteer knows: "at Camp David"
    spans: list[Span] = field(factory=list)


class _Index:
    """The officials' mentions in text order, found by position in logarithmic time."""

    def __init__(self, named: list[_Named], sentences: Sequence[Sentence]) -> None:
        self.named = named
        self.starts = [n.span.start for n in named]
        self.at = {n.span.start: n for n in named}
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position`` (which lies in one)."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentences[max(0, i)]

    def between(self, start: int, end: int) -> list[_Named]:
        """The mentions lying inside ``text[start:end]``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [n for n in self.named[i:j] if n.span.end <= end]

    def last_before(self, end: int) -> _Named | None:
        i = bisect.bisect_left(self.starts, end)
        while i > 0:
            i -= 1
            if self.named[i].span.end <= end:
                return self.named[i]
        return None


def _mentions(doc: Document) -> list[_Named]:
    named = []
    for official in doc.found(Official):
        for span in official.spans:
            after = _WORD.findall(doc.text[span.end : span.end + 40])
            words = [w for w in after if w not in {"’", "'", "s", "’s", "'s"}]
            if words and words[0].lower() in _MODIFIED:
                continue
            owner = doc.text[span.end : span.end + 1] in {"’", "'"}
            named.append(_Named(span, official, owner))
    return sorted(named, key=lambda n: n.span.start)


def _subjects(text: str, index: _Index, start: int, word: Hit) -> list[_Named]:
    """The officials named before a meeting word who take part: its subject ("Blinken and
    Mayorkas will meet"), or the owner of a meeting noun ("Harris' meeting"); not those
    cut off by a clause ("Abbott said Biden met ...") or owning something else."""
    found = index.between(start, word.start())
    owner = [n for n in found if n.possessive and word.start() - n.span.end <= 3]
    if owner:
        return owner
    vocabulary = _vocabulary()
    verbs = [
        m
        for m in _pattern().finditer(text, start, word.start())
        if vocabulary[m.group().casefold()].kind is not None
        and vocabulary[m.group().casefold()].verb
    ]
    if verbs:
        # "to meet President Ruiz, then Lima for talks with ...": Ruiz met, not talked
        objects, _ = _object_list(text, index, verbs[-1].end(), word.start())
        found = [n for n in found if n not in objects]
    kept: list[_Named] = []
    for named in reversed(found):
        if named.possessive:
            continue
        if kept and not _coordinated(text, named.span.end, kept[-1].span.start):
            break  # the nearest official acts; one beyond a clause or a verb does not
        kept.append(named)
    return kept[::-1][-_MAX_PARTIES:]


def _coordinated(text: str, start: int, end: int) -> bool:
    """Whether two names are listed together: "Ruiz and her counterpart Pérez", not
    "Abbott said Biden", nor "Biden will visit X the day Trump visits"."""
    if _CLAUSE_BREAK.search(text, start, end) or not _glue().glue.search(text, start, end):
        return False
    vocabulary = _vocabulary()
    return not any(
        vocabulary[m.group().casefold()].kind is not None
        for m in _pattern().finditer(text, start, end)
    )


def _object_list(text: str, index: _Index, start: int, end: int) -> tuple[list[_Named], int]:
    """The officials listed from ``start``: "with X, Y and Z" (gaps of title words allowed)."""
    found: list[_Named] = []
    pos = start
    gap = 0
    for m in _WORD.finditer(text, start, end):
        if m.start() < pos:
            continue
        here = index.at.get(m.start())
        if here is not None and here.possessive and here.official.name not in _names(found):
            pos = here.span.end  # "welcomed Trump's decision", "met Biden's aide Jo Ray"
            gap += 1
            continue
        if here is not None and _REPORTER.match(text, here.span.end):
            break  # "..., spokesman Jo Ray said": who reports the event, not who met
        if here is not None:
            found.append(here)
            pos = here.span.end
            gap = 0
            if len(found) >= _MAX_PARTIES:
                break
            continue
        word = m.group()
        lowered = word.lower()
        if lowered in _glue().agent_lead and not found:
            continue
        if lowered == "as" and (
            text.startswith("well as", m.end() + 1) or text.endswith("well ", 0, m.start())
        ):
            continue  # "X as well as Y"
        if (
            lowered in _glue().list_glue
            or word[:1].isupper()
            or word in {".", "’", "'", "-"}
            or lowered.removesuffix("'s").removesuffix("’s") in _title_words()
            or lowered.removesuffix("s") in _title_words()  # "commissioners"
            or lowered in demonyms()  # "el secretario de Estado norteamericano, ..."
        ):
            if word == ".":
                continue  # inside a sentence a dot ends "Gov.", "U.S.", "J."
            gap += 1
            if gap > _MAX_GAP:
                break
            continue
        break
    return found, pos


def _another_event(text: str, start: int, end: int) -> bool:
    """Whether a meeting word lies in ``text[start:end]``: "travel to X to meet Y, then to
    Z for talks with W" (W is no counterpart of the travel)."""
    vocabulary = _vocabulary()
    return any(
        vocabulary[m.group().casefold()].kind is not None
        for m in _pattern().finditer(text, start, end)
    )


def _main_subject(text: str, index: _Index, start: int, end: int) -> list[_Named]:
    """The official opening the main clause after a fronted phrase ending at the first comma
    after ``start``: "In a call with Ruiz, Mexican President Jo Cole said" (Cole)."""
    comma = text.find(",", start, min(end, start + _NEAR))
    if comma < 0:
        return []
    for named in index.between(comma, min(end, comma + _NEAR))[:1]:
        lead = _WORD.findall(text[comma + 1 : named.span.start])
        if all(w[:1].isupper() or w.lower() in _title_words() or w in {".", "the"} for w in lead):
            listed, _ = _object_list(text, index, named.span.start, end)  # "Cole and Ruiz"
            return listed or [named]
    return []


def _two_sides(names: Sequence[str], served: dict[str, str | None]) -> bool:
    """Whether the officials of a signing or a tour are two sides: at least two named, and
    not all of one government ("Gov. Ray signed the bill with Lt. Gov. Cole and Speaker
    Diaz" is no meeting; a minister of another or an unstated country may be)."""
    if len(set(names)) < 2:
        return False
    known = [served[n] for n in names if served.get(n)]
    return len(set(known)) >= 2 or len(known) < 2


def _pronoun_object(
    text: str, index: _Index, sentence: Sentence, subjects: Sequence[str]
) -> list[str]:
    """Whom "him" or "her" after a meeting verb points back to: the latest official named
    before the sentence who is not its subject."""
    number = bisect.bisect_right(index.sentence_starts, sentence.start) - 1
    for back in range(number - 1, max(-1, number - 1 - _CARRY), -1):
        where = index.sentences[back]
        for named in reversed(index.between(where.start, where.end)[-_MAX_PARTIES:]):
            if not named.possessive and named.official.name not in subjects:
                return [named.official.name]
    return []


def _names(found: Sequence[_Named]) -> set[str]:
    return {n.official.name for n in found}


def _names_of(found: Sequence[_Named]) -> list[str]:
    return [n.official.name for n in found]


def _sequel(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the meeting word at ``start`` reports a further event: "also met", "then
    spoke with", a sentence opening "Afterward," or "Later,"."""
    lead = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 20) : start])][-2:]
    first = [w.lower() for w in _WORD.findall(text[sentence.start : sentence.start + 20])][:1]
    return any(w in _SEQUEL for w in (*lead, *first))


def _passive(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the meeting verb at ``start`` is passive: "was welcomed", "had been greeted"."""
    words = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 20) : start])]
    return bool(words) and words[-1] in _PASSIVE


def _group_lead(text: str, sentence: Sentence, start: int) -> bool:
    """Whether "the leaders", "both ministers" or "they" comes just before ``start``."""
    words = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 40) : start])][-4:]
    return any(w in _PRONOUNS_MANY for w in words) or any(
        a in _GROUP_LEADS and b in _GROUP_NOUNS for a, b in itertools.pairwise(words)
    )


def _pronoun(doc: Document, start: int, index: _Index, sentence: Sentence, verb: bool) -> list[str]:
    """The officials a pronoun before ``start`` points back to ("her meeting", "they met")."""
    lead = doc.text[max(sentence.start, start - 40) : start]
    words = [w.lower() for w in _WORD.findall(lead)][-4:]
    if not verb:  # a noun's owner ("her meeting"), or the sentence's subject ("They said")
        words += [w.lower() for w in _WORD.findall(doc.text[sentence.start : sentence.start + 12])][
            :1
        ]
    if _group_lead(
        doc.text, sentence, start
    ):  # "they", "the leaders": the officials named earlier in this sentence
        here = index.between(sentence.start, start)
        if len({n.official.name for n in here}) >= 2:
            return list(dict.fromkeys(n.official.name for n in here[-_MAX_PARTIES:]))
    last = index.last_before(sentence.start)
    if last is None:
        return []
    office = _office_named(words)
    if office is not None:  # "The secretary also held talks with ...": whose office it is
        return _names_of(_holder(doc.text, index, last, office)[:1])
    if any(w in _PRONOUNS_ONE for w in words):
        # an official named earlier in the sentence ("Rubio's trip begins in Panama, where
        # he will meet ..."), else in the sentences before
        here = [
            n
            for n in index.between(sentence.start, start)[:_MAX_PARTIES]
            if not _another_event(
                doc.text, max(sentence.start, n.span.start - _SUBJECT), n.span.start
            )
        ]
        if here:
            return [here[0].official.name]
        return [_antecedent(doc.text, index, last).official.name]
    if any(w in _PRONOUNS_MANY for w in words) or _group_lead(doc.text, sentence, start):
        # "they", "the two leaders": the officials of the sentence that named some last
        where = index.sentence_at(last.span.start)
        group = index.between(where.start, where.end)[-_MAX_PARTIES:]
        return list(dict.fromkeys(n.official.name for n in group))
    return []


def _office_named(words: Sequence[str]) -> str | None:
    """The office word of "the secretary", "the foreign minister" ending ``words`` (before
    a meeting word, auxiliaries such as "also" or "will" skipped), if any."""
    titles = _title_words()
    kept = list(words)
    while kept and kept[-1] in _AUXILIARIES:
        kept.pop()
    if "the" not in kept:
        return None
    after = kept[len(kept) - 1 - kept[::-1].index("the") + 1 :]
    if after and all(w in titles for w in after) and after[-1] in _OFFICE_NOUNS:
        return after[-1]
    return None


def _holder(text: str, index: _Index, last: _Named, office: str) -> list[_Named]:
    """The official "the secretary" points back to: in the latest sentences naming one of
    that office, the first who is not met there (as :func:`_antecedent` reads "he")."""
    number = bisect.bisect_right(index.sentence_starts, last.span.start) - 1
    for back in range(number, max(-1, number - _CARRY), -1):
        where = index.sentences[back]
        for named in index.between(where.start, where.end)[:_MAX_PARTIES]:
            title = (named.official.title or "").casefold().split()
            lead = max(where.start, named.span.start - _SUBJECT)
            if (
                office in title
                and not named.possessive
                and not _another_event(text, lead, named.span.start)
            ):
                return [named]
    return []


def _antecedent(text: str, index: _Index, last: _Named) -> _Named:
    """Whom "he" or "she" points back to: the subject of the latest sentence naming an
    official who is not met there ("Ruiz flew to Lima with Secretary Cole. During his
    visit, he met ...": Ruiz; "In Lima, she met Paz. Then she ...": not Paz)."""
    number = bisect.bisect_right(index.sentence_starts, last.span.start) - 1
    for back in range(number, max(-1, number - _CARRY), -1):
        where = index.sentences[back]
        for named in index.between(where.start, where.end)[:_MAX_PARTIES]:
            lead = max(where.start, named.span.start - _SUBJECT)
            if not named.possessive and not _another_event(text, lead, named.span.start):
                return named
    return last


def _location(
    doc: Document, start: int, end: int, near: int | None = None, skip: Span | None = None
) -> Place | None:
    """The building named after at/in ("at the National Palace", "at the State Department
    in Washington"), else the most specific gazetteer place in ``text[start:end]`` after
    in/at/to/visited (of equally specific ones, the nearest to ``near``)."""
    held = _HELD_AT.search(doc.text, start, end)
    if held is not None:  # "the talks took place at Mar-a-Lago"
        at = held.start("venue")
        places = find_places(doc.text, at, min(len(doc.text), held.end("venue")))
        if places and places[0].span.start == at:
            return places[0].place
        return Place(held.group("venue"), None, None)
    venue = _venue_pattern().search(doc.text, start, end)
    if venue is not None:
        name = " ".join([*venue.group("venue").split(), venue.group("noun")])
        city = re.match(r"\s*,?\s*in\s+", doc.text[venue.end() : venue.end() + 6])
        if city is not None:
            at = venue.end() + city.end()
            after = find_places(doc.text, at, min(len(doc.text), at + 40))
            if after and after[0].span.start == at:
                place = after[0].place
                return Place(f"{name} in {place.name}", None, place.country)
        return Place(name, None, None)
    best: Place | None = None
    distance = 0
    for found in find_places(doc.text, start, end):
        if skip is not None and skip.start <= found.span.start < skip.end:
            continue  # inside an appositive: "Ruiz, Peru's envoy to Chile, met ..."
        before = doc.text[max(0, found.span.start - 30) : found.span.start]
        cue = _WORD.findall(before)[-2:] or [""]
        if len(cue) == 2 and cue[1].lower() == "from" and cue[0].lower() in _PEOPLE:
            continue  # "her counterparts from Guatemala": whom, not where
        cue = cue[-1:]
        if cue[0].lower() not in _glue().place_cues:
            continue
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
    match = _DATELINE.search(doc.text, 0, min(len(doc.text), _DATELINE_REACH))
    if match is None:
        return None
    city = " ".join(w.capitalize() for w in match.group("city").split())
    return place_named(city)


def _status(doc: Document, sentence: Sentence, opening: int, word: Hit) -> MeetingStatus:
    """Planned when a mark ("will", "plans to", "is expected to") comes between the
    subject and the meeting word, or just after it ("a call next week")."""
    vocabulary = _vocabulary()
    start = max(sentence.start, min(opening, word.start() - _NEAR))
    end = min(sentence.end, word.end() + _NEAR // 2)
    clause = _CLAUSE_BREAK.search(doc.text, word.end(), end)
    end = clause.start() if clause is not None else end  # "... a call that tariffs would"
    for m in _pattern().finditer(doc.text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.plans:
            return MeetingStatus.PLANNED
    if word.group().endswith("ing") and _PROGRESSIVE.search(
        doc.text, max(sentence.start, word.start() - 12), word.start()
    ):
        return MeetingStatus.PLANNED  # "is hosting Paz on Friday": arranged, to come
    return MeetingStatus.HELD


def _negated(text: str, sentence: Sentence, word: Hit) -> bool:
    """Whether a negation stands just before the meeting word, in its clause: "did not
    meet", "refused to meet with", "canceled a planned meeting"."""
    start = max(sentence.start, word.start() - _NEGATION)
    comma = text.rfind(",", start, word.start())
    vocabulary = _vocabulary()
    return any(
        vocabulary[m.group().casefold()].negates
        for m in _pattern().finditer(text, max(start, comma + 1), word.start())
    )


def _topic(doc: Document, start: int, end: int) -> str | None:
    cue = _TOPIC_START.search(doc.text, start, min(end, start + _NEAR))
    if cue is None:
        return None
    stop = _TOPIC_END.search(doc.text, cue.end(), min(end, cue.end() + _MAX_TOPIC))
    topic = doc.text[cue.end() : stop.start() if stop else min(end, cue.end() + _MAX_TOPIC)]
    topic = topic.strip()
    return topic or None


def _date(
    doc: Document, sentence: Sentence, start: int, status: MeetingStatus, stop: int | None = None
) -> Period | None:
    """The date said nearest the meeting word: first after it (before ``stop``, where the
    next event's clause begins), else before it."""
    tense = Tense.FUTURE if status is MeetingStatus.PLANNED else Tense.PAST
    found = find_dates(
        doc.text,
        doc.published,
        start=max(sentence.start, start - _NEAR),
        end=min(sentence.end if stop is None else stop, start + 2 * _NEAR),
        tense=tense,
    )
    after = [
        d
        for d in found
        if d.span.start >= start
        and not _RELATIVE.search(doc.text, start, d.span.start)
        and not (status is MeetingStatus.PLANNED and _SAID.search(doc.text, start, d.span.start))
    ]  # not the day a plan was reported: "will meet Paz, the ministry said on Wednesday"
    before = [d for d in found if d.span.start < start]
    best = after[0] if after else (before[-1] if before else None)
    return best.period if best is not None else None


def _recent(
    index: _Index, number: int, names: Sequence[str]
) -> list[tuple[Sentence, list[_Named]]]:
    """The sentences before sentence ``number`` (nearest first, within :data:`_CARRY`) that
    name one of ``names``, with those mentions."""
    wanted = set(names)
    found = []
    for back in range(number - 1, max(-1, number - 1 - _CARRY), -1):
        sentence = index.sentences[back]
        here = [n for n in index.between(sentence.start, sentence.end) if n.official.name in wanted]
        if here:
            found.append((sentence, here))
    return found


def _carried_date(doc: Document, index: _Index, number: int, names: Sequence[str]) -> Period | None:
    """The day a participant was said to act on in the nearest sentence before a held
    meeting that states none: "Harris on Monday urged ...", then "Her remarks followed her
    meeting with Giammattei" (that meeting was on Monday too)."""
    for sentence, _ in _recent(index, number, names)[:1]:
        for found in find_dates(
            doc.text, doc.published, start=sentence.start, end=sentence.end, tense=Tense.PAST
        ):
            period = found.period
            if (
                period.granularity is Granularity.DAY
                and period.start is not None
                and (doc.published is None or period.start <= doc.published)
            ):
                return period
    return None


def _whereabouts(doc: Document, index: _Index, number: int, names: Sequence[str]) -> Place | None:
    """Where a participant was said to speak shortly before a held meeting that states no
    place: "Ebrard said in Washington ...", then "Ebrard met Pence and Pompeo"."""
    for _, here in _recent(index, number, names):
        for named in here:
            said = _SAID_IN.match(doc.text, named.span.end)
            if said is None:
                continue
            places = find_places(doc.text, said.end(), min(len(doc.text), said.end() + 40))
            if places and places[0].span.start == said.end():
                return places[0].place
    return None


def _government(doc: Document, start: int, end: int) -> list[str]:
    """The country right after a meeting word: "talks with Mexico", "visited Guatemala",
    "a call with the Mexican government" (not the "Mexico" of "Mexico City")."""
    words = _WORD.finditer(doc.text, start, end)
    object_lead = _glue().object_lead
    at = next((w for w in words if w.group().lower() not in object_lead), None)
    if at is None:
        return []
    names = country_names()
    if at.group().lower() in {"his", "her", "their"}:
        # "met with her counterparts from Guatemala and Honduras": each government
        lead = list(itertools.islice(_WORD.finditer(doc.text, at.start(), end), 3))
        if len(lead) == 3 and all(w.group().lower() in _COUNTERPARTS_LEAD for w in lead):
            found = list(find_countries(doc.text, lead[-1].end(), end))
            if found and not doc.text[lead[-1].end() : found[0].span.start].strip():
                run = [found[0]]
                for later in found[1:]:
                    if not _COUNTRY_GLUE.fullmatch(doc.text, run[-1].span.end, later.span.start):
                        break
                    run.append(later)
                return list(dict.fromkeys(c.code for c in run if c.code in names))
        return []
    for country in find_countries(doc.text, at.start(), end):
        if country.span.start != at.start() or country.code not in names:
            break
        places = find_places(doc.text, at.start(), end)
        if places and places[0].span.start == at.start() and places[0].span != country.span:
            break  # a longer place name: "Mexico City"
        after = _WORD.findall(doc.text[country.span.end : country.span.end + 30])
        after = [w for w in after if w not in {"’s", "'s", "’", "'", "s"}]
        nxt = after[0] if after else ""
        if nxt.lower() in _GOVERNMENT or not nxt[:1].isalpha() or nxt.lower() in _glue().clause:
            return [country.code]  # "Mexico's president", "talks with Mexico on ..."
        return []
    return []


def _country_run(doc: Document, found: Sequence[CountryMention]) -> list[CountryMention]:
    """The countries listed together at the end of ``found``: "Colombia and Panama",
    "Mexico, Guatemala and Honduras", "Mexican and U.S." (not "Mexico said Panama")."""
    if not found:
        return []
    run = [found[-1]]
    for earlier in reversed(found[:-1]):
        if not _COUNTRY_GLUE.fullmatch(doc.text, earlier.span.end, run[-1].span.start):
            break
        run.append(earlier)
    return run[::-1]


def _subject_governments(doc: Document, sentence: Sentence, word: Hit) -> list[str]:
    """The governments named as the subject of a meeting word when no official is:
    "Colombia and Panama held talks", "Mexican and Guatemalan officials will meet"."""
    start = max(sentence.start, word.start() - _NEAR)
    found = [c for c in find_countries(doc.text, start, word.start()) if c.code in country_names()]
    if not found or not _SUBJECT_GAP.fullmatch(doc.text, found[-1].span.end, word.start()):
        return []
    places = find_places(doc.text, found[-1].span.start, word.start())
    if places and places[0].span.start == found[-1].span.start and places[0].span != found[-1].span:
        return []  # a longer place name: "Mexico City officials"
    return list(dict.fromkeys(c.code for c in _country_run(doc, found)))


def _between_governments(doc: Document, word: Hit, end: int) -> list[str]:
    """The governments after "talks between": "talks between Mexico and Guatemala"."""
    lead = _glue().between.match(doc.text, word.end(), end)
    if lead is None:
        return []
    found = list(find_countries(doc.text, lead.end(), min(end, lead.end() + _NEAR)))
    if not found or found[0].span.start != lead.end():
        return []
    run = [found[0]]
    for later in found[1:]:
        if not _COUNTRY_GLUE.fullmatch(doc.text, run[-1].span.end, later.span.start):
            break
        run.append(later)
    return list(dict.fromkeys(c.code for c in run if c.code in country_names()))


def _events(doc: Document, index: _Index) -> list[_Event]:
    events: list[_Event] = []
    vocabulary = _vocabulary()
    served = {o.name: o.country for o in doc.found(Official)}
    for number, sentence in enumerate(doc.sentences):
        for m in _pattern().finditer(doc.text, sentence.start, sentence.end):
            trigger = vocabulary[m.group().casefold()]
            if trigger.kind is None or _negated(doc.text, sentence, m):
                continue
            before = _subjects(doc.text, index, max(sentence.start, m.start() - _SUBJECT), m)
            objects, list_end = _object_list(doc.text, index, m.end(), sentence.end)
            if not objects and trigger.verb and _passive(doc.text, sentence, m.start()):
                # "Bukele was welcomed at the White House by President Trump"
                agent = _BY.search(doc.text, m.end(), min(sentence.end, m.end() + 2 * _NEAR))
                if agent is not None and not _another_event(doc.text, m.end(), agent.start()):
                    objects, list_end = _object_list(doc.text, index, agent.end(), sentence.end)
            if not objects:
                # "traveled to Mexico City to discuss migration with President ...",
                # "held talks on Monday with ..."
                later = _glue().with_.search(
                    doc.text, m.end(), min(sentence.end, m.end() + 2 * _NEAR)
                )
                if later is not None and not _another_event(doc.text, m.end(), later.start()):
                    objects, list_end = _object_list(doc.text, index, later.end(), sentence.end)
            word_before = _WORD.findall(doc.text[max(sentence.start, m.start() - 20) : m.start()])
            refers = (
                not trigger.verb
                and not objects
                and bool(word_before)
                and (
                    word_before[-1].lower() in _glue().referring
                    or word_before[-1].endswith(("’s", "'s", "’", "'"))
                )
            )
            names = [n.official.name for n in (*before, *objects)]
            if (
                not trigger.verb
                and not before
                and _FRONTED.match(doc.text, sentence.start, m.start())
            ):
                # "In a call with Ruiz on Monday, President Jo Cole said ...": Cole too
                names += _names_of(_main_subject(doc.text, index, list_end, sentence.end))
            if len(before) == 1 and not trigger.verb:
                # "Vega told Peruvian President Paz in a phone call": Vega called too
                names = _names_of(_addressed_by(doc.text, index, sentence, before[0], m)) + names
            if not before:
                names = _pronoun(doc, m.start(), index, sentence, trigger.verb) + names
            elif len(before) == 1 and _group_lead(doc.text, sentence, m.start()):
                # "Biden called Sheinbaum, who ..., and the leaders agreed to meet"
                group = _pronoun(doc, m.start(), index, sentence, trigger.verb)
                names = group + [n for n in names if n not in group]
            if trigger.verb and not objects and _OBJECT_PRONOUN.match(doc.text, m.end()):
                # "Castro received her at the palace": the official named before, not Castro
                names += _pronoun_object(doc.text, index, sentence, names)
            visitor_end = m.end()
            if trigger.kind is MeetingKind.VISIT and not trigger.verb and not names:
                # "la gira que el Presidente realizará": the visitor after "que"
                names, visitor_end = _relative_visitor(doc.text, index, m.end(), sentence.end)
            if trigger.sides and not _two_sides(names, served):
                continue  # a government signing alone, a bill signed at home, a tour with aides
            countries: list[str] = []
            if trigger.kind is MeetingKind.VISIT or not objects:
                countries = _government(doc, m.end(), min(sentence.end, m.end() + _NEAR))
                if not trigger.verb and not countries:
                    countries = _between_governments(doc, m, sentence.end)
            if trigger.kind is MeetingKind.VISIT and objects and not countries:
                # "a visit by Secretary Jo Ray to Peru": the place after the visitor
                countries = _government(doc, list_end, min(sentence.end, list_end + _NEAR))
            if not before and not names and trigger.kind is not MeetingKind.VISIT:
                subject = _subject_governments(doc, sentence, m)
                countries = subject + [c for c in countries if c not in subject]
            if countries and not objects and trigger.kind is not MeetingKind.VISIT:
                # "spoke with the Peruvian president": the president of Peru named before
                holder = _office_of(doc.text, index, m, min(sentence.end, m.end() + _NEAR))
                if holder is not None and holder.official.country in countries:
                    names.append(holder.official.name)
                    countries = [c for c in countries if c != holder.official.country]
            alone = not objects and len(names) < 2 and not countries
            if trigger.verb and alone and not (trigger.kind is MeetingKind.VISIT and names):
                continue  # "met the demand": no counterpart named (a visit may find one later)
            opening = min([m.start(), *(n.span.start for n in before)])
            status = _status(doc, sentence, opening, m)
            if visitor_end > m.end() and _marked(doc.text, m.end(), visitor_end):
                status = MeetingStatus.PLANNED  # "la gira que ... realizará"
            clause_end = _clause_end(doc.text, sentence, m)
            stops = _stops(doc, index, list_end, clause_end) if objects else []
            bound = stops[0][1] if stops else clause_end
            date = _date(doc, sentence, m.start(), status, bound)
            if date is not None and doc.published is not None and date.start is not None:
                if date.start > doc.published:
                    status = MeetingStatus.PLANNED  # "next week", "on Dec. 30"
                elif date.end is not None and date.end < doc.published:
                    status = MeetingStatus.HELD
            location = None
            if trigger.kind is MeetingKind.VISIT:
                # the destination: "in Panama ahead of a visit to Mexico" (Mexico)
                location = _location(
                    doc, m.end(), min(bound, max(list_end, m.end()) + _NEAR), m.end()
                )
            if location is None and trigger.kind is not MeetingKind.CALL:
                location = _location(
                    doc,
                    max(sentence.start, m.start() - _NEAR),
                    min(bound, max(list_end, m.end()) + _NEAR),
                    m.start(),
                    _appositive(doc.text, before, m.start()),
                )
            if location is None and not trigger.verb and trigger.kind is not MeetingKind.CALL:
                location = _planned_place(doc, m.end(), sentence.end)
            trip = trigger.kind is MeetingKind.VISIT and names and not countries
            if trip and location is not None and _glue().trips:
                # "will travel to Washington": the government of the place visited (dropped
                # when it is the visitor's own)
                countries = [location.country] if location.country else []
            venue = None
            if location is None and trigger.kind is not MeetingKind.CALL:
                # "at Mar-a-Lago": weaker than a gazetteer place, a headline or a dateline
                venue = _proper_venue(
                    doc.text,
                    max(sentence.start, m.start() - _NEAR),
                    min(bound, max(list_end, m.end()) + _NEAR),
                    _appositive(doc.text, before, m.start()),
                )
            sequel = _sequel(doc.text, sentence, m.start())
            if status is MeetingStatus.HELD and names:
                if not (sequel and trigger.kind is MeetingKind.VISIT):
                    # "Afterward, she met ..." that day; "later flew to ..." another one
                    date = date or _carried_date(doc, index, number, names)
                if location is None and trigger.kind is not MeetingKind.CALL:
                    location = _whereabouts(doc, index, number, names)
            tour = _tour_stops(doc, m.end(), sentence.end, served, names) if trigger.tour else []
            if tour:
                location = tour[0]
                countries = [tour[0].country] if tour[0].country else []
            events.append(
                _Event(
                    sentence=number,
                    kind=trigger.kind,
                    span=Span(m.start(), m.end()),
                    status=status,
                    refers=refers,
                    names=list(dict.fromkeys(names)),
                    countries=countries,
                    objects=[] if _AGENT.match(doc.text, m.end()) else _names_of(objects),
                    sequel=sequel,
                    date=date,
                    location=location,
                    topic=_topic(doc, max(m.end(), list_end), sentence.end),
                    venue=venue,
                    spans=[Span(m.start(), m.end())],
                )
            )
            for stop in tour[1:]:  # a tour: a visit with the host of each stop
                events.append(
                    _Event(
                        sentence=number,
                        kind=trigger.kind,
                        span=Span(m.start(), m.end()),
                        status=status,
                        refers=False,
                        names=list(dict.fromkeys(names)),
                        countries=[stop.country] if stop.country else [],
                        date=date,
                        location=stop,
                        spans=[Span(m.start(), m.end())],
                    )
                )
            if tour:
                continue
            if trigger.kind is MeetingKind.VISIT and not objects:
                stops_at = _destinations(doc, m.end(), clause_end)
                if len(stops_at) >= 2:  # "will visit Peru on Monday and Ecuador on Tuesday"
                    visit = events.pop()
                    homes = {served.get(n) for n in visit.names} - {None}
                    last_date = visit.date
                    for place, begin, end in stops_at:
                        stop_date = _date(doc, sentence, begin, status, end) or visit.date
                        stop_date = last_date = _in_order(last_date, stop_date)
                        foreign = place.country is not None and (
                            place.country not in homes
                            if homes
                            else place.kind is PlaceKind.COUNTRY  # a home town is no visit
                        )
                        events.append(
                            attrs.evolve(
                                visit,
                                countries=[place.country] if foreign and place.country else [],
                                names=list(visit.names),
                                objects=[],
                                date=stop_date,
                                status=_dated_status(doc, status, stop_date),
                                location=place,
                                spans=list(visit.spans),
                            )
                        )
                    continue
            visitors = [n for n in names if n not in _names(objects)]
            last_date = date
            for host, begin, end in stops:  # "met A in X on Sunday, B in Y on Monday"
                stop_date = _date(doc, sentence, begin, status, end)
                stop_date = last_date = _in_order(last_date, stop_date)
                events.append(
                    _Event(
                        sentence=number,
                        kind=trigger.kind,
                        span=host.span,
                        status=_dated_status(doc, status, stop_date),
                        refers=False,
                        names=[*visitors, host.official.name],
                        objects=[host.official.name],
                        date=stop_date,
                        location=_location(doc, begin, end, begin),
                        spans=[Span(m.start(), m.end())],
                    )
                )
    return events


def _addressed_by(
    text: str, index: _Index, sentence: Sentence, named: _Named, word: Hit
) -> list[_Named]:
    """The official who addressed ``named`` in the event a noun names after it: "Vega told
    (thanked, assured, warned) Peruvian President Paz in (during) a call" gives Vega. Only
    a verb and the object's title stand between them."""
    if not _IN_EVENT.fullmatch(text, named.span.end, word.start()):
        return []
    speaker = index.last_before(named.span.start)
    if speaker is None or speaker.possessive or speaker.span.start < sentence.start:
        return []
    gap = _WORD.findall(text[speaker.span.end : named.span.start])
    if not gap or gap[0] not in _ADDRESS_VERBS:
        return []  # "Abbott blamed Biden during a visit": a verb about, not to, him
    titles = _title_words()
    if all(w[:1].isupper() or w.lower() in titles or w in {".", "the"} for w in gap[1:]):
        return [speaker]
    return []


def _appositive(text: str, subjects: Sequence[_Named], start: int) -> Span | None:
    """The appositive between a meeting verb's subject and the verb ("Ruiz, Peru's envoy
    to Chile, met ..."), whose places are no meeting's place."""
    if not subjects or not text.startswith(",", subjects[-1].span.end):
        return None
    return Span(subjects[-1].span.end, start)


def _in_order(before: Period | None, day: Period | None) -> Period | None:
    """The weekday of a tour's next stop, in the week after when it would fall before the
    last stop's day ("Peru on Monday, ... Colombia on Wednesday", written on a Wednesday)."""
    if (
        before is None
        or day is None
        or before.start is None
        or day.start is None
        or day.end is None
        or day.granularity is not Granularity.DAY
        or day.start >= before.start
    ):
        return day
    week = dt.timedelta(days=7)
    if day.start + week < before.start:
        return day
    return attrs.evolve(day, start=day.start + week, end=day.end + week)


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


def _clause_end(text: str, sentence: Sentence, word: Hit) -> int:
    """Where the clause of a meeting word ends: at a semicolon, or at the next meeting
    verb ("met Paz on Monday; on Wednesday she met Ruiz", "met Paz and then visited ...")."""
    semicolon = text.find(";", word.end(), sentence.end)
    end = semicolon if semicolon >= 0 else sentence.end
    vocabulary = _vocabulary()
    for m in _pattern().finditer(text, word.end(), end):
        trigger = vocabulary[m.group().casefold()]
        if trigger.kind is not None and trigger.verb:
            return m.start()
    return end


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
    return found


def _dated_status(doc: Document, status: MeetingStatus, date: Period | None) -> MeetingStatus:
    """A status set right by the date: a day after publication is planned, one before is
    held."""
    if date is None or doc.published is None or date.start is None:
        return status
    if date.start > doc.published:
        return MeetingStatus.PLANNED
    if date.end is not None and date.end < doc.published:
        return MeetingStatus.HELD
    return status


_VISITOR_LEAD = re.compile(r"\s+(?:que|which|that)\s+", re.IGNORECASE)  # "la gira que ..."
_VISITOR_REACH = 40  # characters after "que" where the visitor of a visit noun is named


def _relative_visitor(text: str, index: _Index, start: int, end: int) -> tuple[list[str], int]:
    """The official named right after a visit noun's relative word ("la gira que el
    Presidente mexicano realizará"), and where the clause's verb ends; ([], start) if none."""
    relative = _VISITOR_LEAD.match(text, start, end)
    if relative is None:
        return [], start
    found = index.between(relative.end(), min(end, relative.end() + _VISITOR_REACH))
    if not found:
        return [], start
    named = found[0]
    verb = _WORD.match(text, named.span.end + 1, end)  # "realizará"
    return [named.official.name], verb.end() if verb is not None else named.span.end


def _marked(text: str, start: int, end: int) -> bool:
    """Whether a planned mark stands in ``text[start:end]``."""
    vocabulary = _vocabulary()
    for m in _pattern().finditer(text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.plans:
            return True
    return False


def _planned_place(doc: Document, start: int, end: int) -> Place | None:
    """The place of a meeting noun said after the planned mark that follows it, further
    than the word's own reach: "una reunión de alto nivel ..., a realizarse esta semana en
    Washington"."""
    vocabulary = _vocabulary()
    for m in _pattern().finditer(doc.text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.kind is None and mark.plans:
            return _location(doc, m.end(), min(end, m.end() + _NEAR), m.end())
    return None


def _staff_place(recent: Sequence[_Event], event: _Event) -> None:
    """Named talks stating no place, right after a meeting of no named official that
    states one, are that meeting's delegation: "a meeting next week in Washington ... The
    delegation will be led by ..." (in Washington)."""
    if event.location is not None or not event.names or event.kind is not MeetingKind.TALKS:
        return
    for earlier in reversed(recent):
        place = earlier.location
        if (
            0 < event.sentence - earlier.sentence <= _PENDING
            and not earlier.names
            and place is not None
            and earlier.kind is not MeetingKind.CALL
        ):
            event.location = place  # and its government the host
            if place.country and place.country not in event.countries:
                event.countries.append(place.country)
            return


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


def _same(earlier: _Event, later: _Event) -> bool:
    """Whether ``later`` reports the event ``earlier`` began."""
    if later.sentence - earlier.sentence > _MERGE_WINDOW:
        return False
    if later.refers and later.kind in {earlier.kind, MeetingKind.MEETING}:
        return True
    if (
        earlier.objects
        and later.objects
        and not later.refers
        and (later.sequel or not set(later.objects) & set(earlier.names))
    ):
        return False  # "Afterward, Ruiz met ...", or Ruiz meeting others: another meeting
    if later.sequel and not later.refers and later.kind is MeetingKind.VISIT:
        return False  # "Rubio later flew to San Salvador": the next stop, not this meeting
    calls = {earlier.kind is MeetingKind.CALL, later.kind is MeetingKind.CALL}
    if len(calls) == 2:
        return False  # a call is never the meeting or the visit beside it
    if not earlier.names and len(earlier.countries) < 2:
        # "after talks on Thursday", then who took part (not talks between governments)
        return (
            earlier.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
            and later.sentence - earlier.sentence <= _PENDING
            and later.date is None
        )
    if not set(earlier.names) & set(later.names):
        return not later.names and later.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
    if earlier.location and later.location and not _near(earlier.location, later.location):
        return False
    return not (
        earlier.date
        and later.date
        and earlier.date.resolved
        and earlier.date != later.date
        and not earlier.date.contains(later.date)  # "next week", then "on Tuesday"
        and not later.date.contains(earlier.date)
    )


def _near(a: Place, b: Place) -> bool:
    if (a.kind is None and a.country is None) or (b.kind is None and b.country is None):
        return True  # a building of unknown town: "the National Palace"
    return a.name == b.name or (a.country is not None and a.country == b.country)


def _merge(events: list[_Event]) -> list[_Event]:
    merged: list[_Event] = []
    for event in events:
        open_ = merged[-_MAX_OPEN:]
        target = None
        if event.refers:  # "the meeting": the latest meeting, before any other event
            target = next(
                (m for m in reversed(open_) if m.kind is event.kind and _same(m, event)), None
            )
        target = target or next((m for m in reversed(open_) if _same(m, event)), None)
        if target is None:
            _attribute(merged[-_MAX_OPEN:], event)
            _inherit_place(merged[-_MAX_OPEN:], event)
            _staff_place(merged[-_MAX_OPEN:], event)
            merged.append(event)
            continue
        if not target.names:  # unattributed talks: the officials named next took part
            target.status = event.status if event.refers else target.status
        target.names.extend(n for n in event.names if n not in target.names)
        target.countries.extend(c for c in event.countries if c not in target.countries)
        target.objects.extend(n for n in event.objects if n not in target.objects)
        target.spans.extend(event.spans)
        if target.kind is MeetingKind.VISIT and event.kind is not MeetingKind.VISIT:
            if target.status is MeetingStatus.PLANNED and event.status is MeetingStatus.HELD:
                target.date = event.date  # the plan's date is not the held meeting's
            target.kind, target.status = event.kind, event.status
        plan_after_held = (
            target.status is MeetingStatus.HELD and event.status is MeetingStatus.PLANNED
        )  # a plan's date is not the held meeting's
        if not plan_after_held and (
            target.date is None or (event.date is not None and target.date.contains(event.date))
        ):
            target.date = event.date  # the day within the week or the trip
        target.topic = target.topic or event.topic
        target.venue = target.venue or event.venue
        if event.location is not None and (
            target.location is None or _rank(event.location) < _rank(target.location)
        ):
            target.location = event.location
        target.sentence = event.sentence
    return merged


def _inherit_place(recent: Sequence[_Event], event: _Event) -> None:
    """A held meeting stating no place, in a sentence that names a visit or meeting of one
    of its officials reported before (of the same day, or none said), was held there:
    "Ruiz flew to Lima for a summit with Cole. During his visit, he met with ..." (in
    Lima). A meeting merely reported after another names no place of its own."""
    if event.location is not None or event.status is not MeetingStatus.HELD:
        return
    if event.kind is MeetingKind.CALL:
        return
    for earlier in reversed(recent):
        if earlier.sentence != event.sentence:
            continue  # only when the sentence itself names the visit ("During his visit")
        if earlier.location is None or not set(earlier.names) & set(event.names):
            continue
        if earlier.date is None or event.date is None or earlier.date == event.date:
            event.location = earlier.location
        return


def _attribute(recent: Sequence[_Event], event: _Event) -> None:
    """Unattributed talks just before a named event of another date were held by the same
    officials ("after talks on Thursday" ... "the ministers met on Wednesday")."""
    if not event.names:
        return
    for pending in recent:
        if (
            not pending.names
            and len(pending.countries) < 2
            and pending.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
            and 0 < event.sentence - pending.sentence <= _PENDING
        ):
            pending.names.extend(event.names)


def _office_of(text: str, index: _Index, word: Hit, end: int) -> _Named | None:
    """The official an office of a country after a meeting word points back to: "with the
    Peruvian president", "met Peru's foreign minister" (the one of that country and office
    named last before the word)."""
    found = _COUNTRY_OFFICE.match(text, word.end(), end)
    if found is None:
        return None
    countries = list(find_countries(text, found.start("country"), found.end("country")))
    if not countries or countries[0].span.start != found.start("country"):
        return None
    code = countries[0].code
    office = found.group("office").casefold()
    if office not in _OFFICE_NOUNS:
        return None
    for named in reversed(index.between(0, word.start())[-4 * _MAX_PARTIES :]):
        title = (named.official.title or "").casefold().split()
        if named.official.country == code and office in title:
            return named
    return None


def _venue_towns(events: Sequence[_Event]) -> None:
    """A building of no stated town ("at the Government Palace") stands in the city a
    participant's trip reached just before: "Cole arrived in Lima on Monday. She met Paz
    at the Government Palace" (the Government Palace in Lima)."""
    for i, event in enumerate(events):
        venue = event.location
        if venue is None or venue.kind is not None or venue.country is not None:
            continue
        for earlier in reversed(events[max(0, i - _MAX_OPEN) : i]):
            town = earlier.location
            if (
                earlier.kind is MeetingKind.VISIT
                and town is not None
                and town.kind is PlaceKind.CITY
                and set(earlier.names) & set(event.names)
                and 0 <= event.sentence - earlier.sentence <= _CARRY
            ):
                event.location = Place(f"{venue.name} in {town.name}", None, town.country)
                break


def _host(
    text: str,
    index: _Index,
    event: _Event,
    by_name: dict[str, Official],
    events: Sequence[_Event],
) -> None:
    """The host of a visit who is named in another clause or sentence: "Noem flew to San
    Salvador on Monday. President Nayib Bukele showed her the prison" (Bukele hosted her).

    A visit by one official to a country (or a place of it) whose report names no
    counterpart takes as its host the first official of that country named after the visit
    word, within :data:`_HOSTED` sentences, in a sentence that also points at the visitor
    (by name or by a pronoun)."""
    if event.kind is not MeetingKind.VISIT or len(event.names) != 1 or event.objects:
        return
    visitor = event.names[0]
    home = by_name[visitor].country if visitor in by_name else None
    where = event.countries[0] if event.countries else None
    if where is None and event.location is not None:
        where = event.location.country
    if where is None or where == home:
        return
    last = max(s.start for s in event.spans)
    first = bisect.bisect_right(index.sentence_starts, last) - 1
    for sentence in index.sentences[first : first + _HOSTED]:
        # the visit's own sentence whole ("Paz invited Cole to visit Lima"), then the next
        here = index.between(sentence.start, sentence.end)
        words = {w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])}
        pointed = bool(words & _VISITOR_PRONOUNS) or any(n.official.name == visitor for n in here)
        hosts = [
            n.official.name
            for n in here
            if n.official.name != visitor
            and n.official.country == where
            and not n.possessive
            and not (n.span.end <= last and _another_event(text, n.span.end, last))
        ]  # not "Paz visited the border a day after Cole visited Lima"
        if hosts and (pointed or sentence.start <= last):
            met = any(
                other is not event and visitor in other.names and hosts[0] in other.names
                for other in events
            )
            if not met:  # a meeting of its own reports them: the arrival adds nothing
                event.names.append(hosts[0])
            return


def _meeting(
    event: _Event, by_name: dict[str, Official], dateline: Place | None, headline: Place | None
) -> Meeting:
    served = {by_name[n].country for n in event.names if n in by_name}
    countries = [c for c in event.countries if c not in served]
    location = event.location
    if location is None and event.kind is not MeetingKind.CALL:
        location = headline or (dateline if event.status is MeetingStatus.HELD else None)
        location = location or event.venue
    return Meeting(
        participants=tuple(event.names),
        countries=tuple(countries),
        location=location,
        date=event.date,
        status=event.status,
        kind=event.kind,
        topic=event.topic,
        spans=tuple(sorted(set(event.spans), key=lambda s: s.start)),
    )


def extract(doc: Document) -> tuple[Meeting, ...]:
    """Every meeting, call, visit or summit between named officials or governments."""
    officials = doc.found(Official)
    index = _Index(_mentions(doc), doc.sentences)
    events = _merge(_events(doc, index))
    by_name = {o.name: o for o in officials}
    for event in events:
        _host(doc.text, index, event, by_name, events)
    _venue_towns(events)
    dateline = _dateline(doc)
    headline = _headline_place(doc)
    meetings = []
    for event in events:
        if not event.names and len(event.countries) < 2:
            continue  # unattributed talks, or one government alone
        meeting = _meeting(event, by_name, dateline, headline)
        if len(meeting.participants) + len(meeting.countries) >= 2:
            meetings.append(meeting)
    return tuple(meetings)
