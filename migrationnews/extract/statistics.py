"""Extract :class:`~migrationnews.records.Statistic` records: every figure, read with care.

A figure is a number (:mod:`migrationnews.numbers`: digits, words, scales, vague plurals,
fractions) that measures something. Around it the extractor reads, in one sentence:

- the **qualifier** before or after it ("more than", "at least", "nearly", "up to",
  "about", "or more", "-plus") and **ranges** ("between 6,000 and 10,000", "6,000 to
  10,000", "20 through 100", "6,000-10,000", "two or three", "at least 20 and at most
  100"), which are ONE statistic, all read by the bounds mechanism of
  :mod:`migrationnews.numbers` (``rules/number_bounds.tsv``); "from X to Y" after a word
  of change ("rose from") is two; a ratio ("one in four migrants") is a share in percent;
- the **unit** and **measure** from the noun it counts (``rules/statistic_nouns.tsv``:
  "people", "miles", "$", "percent", "days", "apprehensions") and, for people, from the
  verb around it (``rules/statistic_verbs.tsv``: "encountered" -> encounters,
  "deported" -> removals); numbers listed before one noun share it ("131 and 856
  detections"); a bare number ("up from 1,250") takes the unit of the figure before it in
  the sentence, of "the number of <noun>" before it, of the subject a linking verb ties it
  to ("Deaths ... are at 970", "Apprehensions stood at 8,900"), of the figure of the same
  value it restates ("Most of the 1,250 were ..."), of the sentence's measure words (in
  its part between semicolons), or of the sentence before when its own names nothing;
  "the two" with a verb after it are people named before ("the two discussed ...");
- a **rate** ("per day", "a month", "daily": ``Statistic.per``), the **period** (the date
  expression of the sentence nearest the figure, read by :mod:`migrationnews.dates`
  against the publication date; "announced Friday" dates the report, not the figure),
  the **place** (gazetteer places and border phrases after a locative preposition, in
  the figure's clause) and the **source** ("according to ...", "<who> said ...").

Numbers that are not figures are dropped: years, dates, times, ages ("Bonilla, 33",
"a 23-year-old"), ordinals, identifiers ("Title 42", "SB 4", "Highway 200"), list
numbering, votes and scores ("ruled 5-4") and "one" used as a pronoun ("one of them").

Vague quantities ("thousands") take their bounds from a :class:`VaguePolicy`:
``VaguePolicy.FLOOR`` (the default) gives the conservative floor and no upper bound
("thousands" -> at least 1,000); ``VaguePolicy.ORDER_OF_MAGNITUDE`` gives the whole order
of magnitude (1,000 to 9,999). Pick one per call with ``extract(doc, vague=...)`` or
:func:`find_statistics`, or for a whole program with the environment variable
``MIGRATIONNEWS_VAGUE_POLICY=order_of_magnitude`` (read on each call).

>>> stats = find_statistics("Agents encountered more than 10,000 people at the southern border.")
>>> s = stats[0]
>>> s.text, s.value.low, s.value.high, s.value.qualifier.value, s.unit.value, s.measure.value
('more than 10,000 people', 10000, None, 'more_than', 'person', 'encounters')
>>> s.place.name
'southern border'
>>> walkers = find_statistics("Between 6,000 and 10,000 people walked.")
>>> [(s.text, s.value.low, s.value.high) for s in walkers]
[('Between 6,000 and 10,000 people', 6000, 10000)]
>>> find_statistics("thousands of migrants", vague=VaguePolicy.ORDER_OF_MAGNITUDE)[0].value.high
9999
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import os
import re
from typing import NamedTuple, TypeVar

from attrs import evolve, frozen

from migrationnews import ruletables
from migrationnews.dates import DateMention, find_dates, may_hold_date, tense_of
from migrationnews.gazetteer import country_code, find_places
from migrationnews.language import (
    active,
    reading,
    sentence_language,
)
from migrationnews.numbers import (
    NumberKind,
    NumberMention,
    VaguePolicy,
    find_identifiers,
    find_numbers,
    hedge_after,
    hedge_before,
    inclusive,
    joined_bound,
    range_join,
    range_values,
)
from migrationnews.records import Measure, Statistic, Unit
from migrationnews.ruledata import FoldedPattern, Hit, Vocabulary, words_pattern
from migrationnews.ruletables import Position, Side
from migrationnews.text import Document, Sentence
from migrationnews.values import (
    Attribution,
    Estimate,
    Granularity,
    Number,
    Period,
    Place,
    PlaceKind,
    Qualifier,
    Span,
)

__all__ = ["NEEDS", "RECORD", "VaguePolicy", "extract", "find_statistics", "noun_factor"]

RECORD = Statistic
NEEDS = ()  # reads the text alone
_T = TypeVar("_T")

POLICY_VARIABLE = "MIGRATIONNEWS_VAGUE_POLICY"


def _anycase(pattern: str) -> re.Pattern[str]:
    """Compile a pattern of words that match in any case: "Of these" as "of these"."""
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------- rule data, loaded once


@frozen
class _Noun:
    unit: Unit
    measure: str  # a Measure value, or "*" and one (people: the verb decides, else that),
    # or "~" and one (things: that measure only when the verb says so, else other; "~other":
    # occurrences, which count the event of any verb of one: "expelled 2.8 million times")
    factor: int


def _nouns() -> dict[str, _Noun]:
    """The nouns of the language being read (rules/statistic_nouns.tsv, rules/es/...)."""
    return _nouns_in(active())


@functools.cache
def _nouns_in(language: str) -> dict[str, _Noun]:
    return {
        row.form.lower(): _Noun(row.unit, row.measure, row.factor)
        for row in ruletables.statistic_nouns(language)
    }


def noun_factor(noun: str) -> int:
    """What a figure counting ``noun`` is multiplied by ("four decades" is 40 years).

    >>> noun_factor("decades"), noun_factor("migrants")
    (10, 1)
    """
    found = _nouns().get(noun.lower())
    return found.factor if found is not None else 1


@functools.cache
def _context() -> tuple[dict[str, str], dict[str, str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for row in ruletables.statistic_context():
        (after if row.position is Position.AFTER else before)[row.form] = row.kind
    return before, after


@functools.cache
def _context_before() -> re.Pattern[str]:
    return re.compile(
        rf"""
        {words_pattern(_context()[0])}      # "Title", "Nov.", "aged" ...
        [ \t]?\Z                            # right before the number (window end)
        """,
        re.VERBOSE,
    )


@functools.cache
def _longest_before() -> int:
    """The longest context word read before a number."""
    return max(map(len, _context()[0]))


def _phrase_at_end(pattern: re.Pattern[str], window: str, longest: int) -> re.Match[str] | None:
    """``pattern.search(window)`` for a pattern whose match is a phrase of at most ``longest``
    characters followed by blanks to the window's end.

    The phrase ends at the last character that is not a blank, so the search starts at most
    ``longest`` characters before it: ``re`` no longer tries every earlier position (its
    lookbehinds still see the characters before the start).
    """
    return pattern.search(window, max(0, len(window.rstrip(" \t")) - longest))


@functools.cache
def _context_after() -> re.Pattern[str]:
    # Matched on a short slice that starts at the number's end, so that a form such as
    # "th" or "-year-old" may follow a digit directly.
    body = "|".join(re.escape(form) for form in sorted(_context()[1], key=len, reverse=True))
    return re.compile(
        rf"""
        [ \t]?                              # right after the number or one blank later
        (?:{body})                          # "th", "-year-old", "a.m." ...
        (?![\w])                            # as a whole word
        """,
        re.VERBOSE,
    )


@functools.cache
def _rates() -> dict[str, Granularity]:
    return {row.phrase.lower(): row.granularity for row in ruletables.statistic_rates()}


@functools.cache
def _loose_rate_pattern() -> re.Pattern[str]:
    loose = [row.phrase.lower() for row in ruletables.statistic_rates() if row.loose]
    return re.compile(
        rf"""
        [ \t]+[a-z]+(?:[ \t]+[a-z]+)?      # one or two words: "arrive", "are caught"
        [ \t]+(?P<rate>{words_pattern(loose)})  # then a rate that may stand there: "daily"
        """,
        re.VERBOSE,
    )


@functools.cache
def _rate_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        [ \t]*(?:,[ \t]*)?                  # blanks, perhaps a comma (linear on blank runs)
        (?P<rate>{words_pattern(_rates())}) # "per day", "a month", "daily"
        (?![ \t]+(?:ago|earlier|later|prior))  # not "a week earlier"
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _verbs() -> dict[str, Measure]:
    return _verbs_in(active())


@functools.cache
def _verbs_in(language: str) -> dict[str, Measure]:
    return {row.form.lower(): row.measure for row in ruletables.statistic_verbs(language)}


def _verb_pattern() -> Vocabulary:
    """Verbs read before the figure (all but the "after"-only ones)."""
    return _verb_patterns(active())[0]


def _verb_after_pattern() -> Vocabulary:
    """Verbs read after the figure or anywhere in its sentence (not the "before"-only ones)."""
    return _verb_patterns(active())[1]


@functools.cache
def _verb_patterns(language: str) -> tuple[Vocabulary, Vocabulary]:
    rows = ruletables.statistic_verbs(language)
    return (
        Vocabulary([row.form for row in rows if row.side is not Side.AFTER]),
        Vocabulary([row.form for row in rows if row.side not in (Side.BEFORE, Side.NEXT)]),
    )


@functools.cache
def _arrival_pattern(language: str) -> Vocabulary:
    """Words of arriving ("arrived", "arrivals", "came ashore"): ``statistic_arrivals.tsv``."""
    return Vocabulary(ruletables.statistic_arrivals(language))


@functools.cache
def _route_pattern(language: str) -> Vocabulary:
    """Crossing routes of sea or jungle ("small boats", "the Darien"): ``statistic_routes.tsv``."""
    return Vocabulary(ruletables.statistic_routes(language))


@functools.cache
def _next_forms(language: str) -> frozenset[str]:
    """The forms that frame a figure only right before it ("a city of", "space for")."""
    rows = ruletables.statistic_verbs(language)
    return frozenset(row.form.lower() for row in rows if row.side is Side.NEXT)


@functools.cache
def _change_pattern() -> re.Pattern[str]:
    words = ruletables.statistic_changes()
    return re.compile(
        rf"""
        {words_pattern(words)}              # "rose", "fell", "up" ...
        [ \t]+(?:by[ \t]+\S+[ \t]+)?        # perhaps "by 5%"
        from[ \t]*\Z                        # then "from" right before the first number
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@functools.cache
def _border_places() -> dict[str, PlaceKind]:
    return {row.phrase.lower(): row.kind for row in ruletables.statistic_places()}


@functools.cache
def _border_pattern() -> FoldedPattern:
    """A locative word, then a border place (scan the text from the character before it).

    A match opens with the character before the locative word, a class ``re`` jumps to in C
    instead of trying a lookbehind at every position. Every border place ends with a letter,
    so that character never belongs to the match before.
    """
    locative = "(?:at|along|across|between|in|on|near|through|to|from)"
    place = rf"[ \t]+(?P<place>{words_pattern(_border_places())})"  # a border stretch, a crossing
    return FoldedPattern(rf"[^\w]{locative}{place}")  # a mark or blank, then a locative word


@functools.cache
def _source_pattern() -> FoldedPattern:
    """Who a sentence's figures are attributed to (scan it with a comma or blank in front).

    A match opens with a character class, the mark before a clause or the "a" of "according",
    so ``re`` jumps in C to where one may start. Where "according to" follows a mark, the
    clause start gives way to it, as if both were tried at the word (the first that matches wins).
    """
    verbs = words_pattern(word.lower() for word in ruletables.statistic_sources())
    according = r"""ccording[ \t]+to[ \t]+"""  # after its "a"
    pattern = rf"""
        [,;“”"a]                            # a mark before a clause, or "a"
        (?:
            (?<=a){according}               # "according to ..."
            (?P<after>[^,;.:()\n“”"]{{3,80}})    # up to the end of the clause
          | (?<=[,;“”"])                    # or a clause start,
            (?!a{according}[^,;.:()\n“”"]{{3}})  # not "according to ..." (read as above)
            [ \t]*
            (?P<who>
                (?:[\w.'’&-]+[ \t]+){{0,7}}      # then up to eight words,
                [\w.'’&-]+
            )
            [ \t]+(?:had[ \t]+|have[ \t]+|has[ \t]+)?
            (?P<verb>{verbs})                   # and a reporting verb
        )
        """
    return FoldedPattern(pattern, re.VERBOSE)


_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got"})
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "which", "who"}
    | {"officials", "authorities"}
)
_LOCATIVE = re.compile(
    r"""
    (?<![\w])(?:at|in|along|across|between|near|through|from|to|into|of)  # a locative word
    [ \t]+(?:the[ \t]+)?                # perhaps "the"
    (?:[a-z]+[ \t]+)?\Z                 # perhaps one lower-case word ("southern"), then a place
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CONVERSION = re.compile(r"[ \t]*[(\[][ \t]*|[ \t]+or[ \t]+")  # "270 miles (430 km"
_OF = re.compile(r"[ \t]+of(?![\w])", re.IGNORECASE)  # "one of"
_RATIO_JOIN = re.compile(
    r"[ \t]+(?:in|out[ \t]+of|of)[ \t]+every[ \t]+|[ \t]+(?:in|out[ \t]+of)[ \t]+"
)  # "one in four", "3 out of 5", "two of every five", "one in every three"
# Numbers in a list before the noun they share: "3,253 and 5,622 border crossings", "131, 40
# or 856 detections" (the first numbers count what the last one's noun names).
_SHARED_NOUN = _anycase(
    r"(?:(?:[ \t]*,[ \t]*(?:(?:and|or|y|o)[ \t]+)?|[ \t]+(?:and|or|y|o)[ \t]+)\d[\d,.]*){1,6}"
)

_NUMBER_OF = re.compile(
    r"""
    (?<![\w])(?:number|numbers|total|tally|count|figure  # what names a count
      |número|números|total|cifra|cantidad)             # "el número de ...", "la cifra de"
    [ \t]+(?:of|de)(?![\w])                            # "the number of ..."
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A sentence that opens on the people its figures are a part of: "Of the deportees, ...",
# "Among the 5,000 returnees, ..." (their noun, read by _number_of).
_OF_THE_OPENING = _anycase(r"[ \t]*(?P<of>(?:of|among)[ \t]+the)[ \t][^,;:()\n]{1,60},[ \t]*")
# A part of a total the sentence opened with: "Of the total of 500 removals, 300 ...",
# "Del total de repatriaciones registradas, 116,156 se realizaron por tierra".
_OF_THE_TOTAL = _anycase(
    r"(?<![\w])(?:of|del|de)[ \t]+(?:(?:the|el|la)[ \t]+)?(?:total|número[ \t]+total)"
    r"[ \t]+(?:of|de)[ \t]+"
)
_REFERENCE = re.compile(
    r"""
    (?<![\w])(?:north|south|east|west|away|short|miles|kilometers)  # "1,600 miles south"
    [ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?\Z  # "of the U.S." names a reference point
    """,
    re.VERBOSE | re.IGNORECASE,
)
_REPORTED_WHEN = re.compile(
    r"""
    (?<![\w])(?:said|says|announced|reported|stated|told[ \t]+\w+)  # a reporting verb
    [ \t]+(?:on[ \t]+)?\Z                  # right before the date: "said on Friday"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# People counted as part of the figure before them ("200 deportees, including 80 children",
# "70 passengers, 66 Guatemalans and four Hondurans").
_PART_OF = re.compile(
    r"""
    (?:
        (?<![\w])(?:including|among[ \t]+them|of[ \t]+whom|and)[ \t]+  # a word that adds
      | (?:[,—–]|-(?=[ \t]))[ \t]*                    # or a comma or a dash: an apposition
        (?:averaging[ \t]+)?                          # "..., averaging 82 a day": its rate
    )
    \Z                                               # right before the figure
    """,
    re.VERBOSE | re.IGNORECASE,
)
# An auxiliary right before a verb, not after "and" or "but" ("... were returned").
_FINITE = re.compile(
    r"""
    (?<![\w])(?<!and[ \t])(?<!but[ \t])  # not a second verb of the same people
    (?:were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been|will[ \t]+be)
    [ \t]+\Z                               # right before the verb (window end)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_AUXILIARIES = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_COORDINATED = re.compile(r"(?<![\w])(?:and|but)[ \t]+\Z", re.IGNORECASE)


# A bare number named as the peak or total of what the sentence before counted.
_RECORD = _anycase(
    r"(?<![\w])(?:(?:record|peak|high|low|total|tally)[ \t]+"
    r"(?:of[ \t]+|(?:was|is|stood[ \t]+at|stands[ \t]+at)[ \t]+)?|"
    r"(?:amounts|amounted|amounting|works|worked|comes|came)[ \t]+(?:out[ \t]+)?to[ \t]+)\Z"
)  # "... arrested 14,000 people. That amounts to 667 a day."
_RELATIVE = _anycase(r"[ \t]*(?:who|that|which)[ \t]")  # "500 migrants who"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")  # where a clause ends
# An aside between a figure of people and its verb: ", most of them from Haiti," or
# ", mostly from Venezuela, Ecuador and Haiti," (commas close no part, so each part is
# one bounded run: linear).
_ASIDE = re.compile(
    r",[ \t]+[^,;:()\[\]—–.!?\n]{1,60}(?:,[ \t]+(?!whom[ \t])[^,;:()\[\]—–.!?\n]{1,40}){0,4},[ \t]+"
)
# An aside between dashes: "135,000 people — a town's worth — have crossed", " - ... - ".
_DASH_ASIDE = re.compile(
    r"[ \t]*[—–][ \t]*[^—–\n.!?;:()]{1,80}[—–][ \t]*|[ \t]+-[ \t]+[^\n.!?;:()-]{1,80}?[ \t]+-[ \t]+"
)
# One more part of a list of people after a figure's noun: ", women and men", " and men".
_LIST_PART = re.compile(r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)([A-Za-z]+)")
# People sent back, the particle after them: "flew 140 migrants back to", "sent 70 home".
_BACK = _anycase(
    r"[ \t]+(?:back[ \t]+(?:to(?![ \t]+(?:shore|land|safety|port|the[ \t]+shore))|home|across|"
    r"over|south)|home|back(?=[ \t]*[,.;])|"
    r"back[ \t]+(?:on|by|aboard|via))(?![\w])"
)
# Two verbs of the same people, one right after the other: "detained and deported".
_TIGHT_AND = _anycase(
    r"[ \t]+(?:and|or|then|y|e|o)[ \t]+(?:(?:later|then|were|was|been|fueron|luego)[ \t]+)?"
)
# A part of the figure before: "Of these, 51,000 ...", "De ellos, 300 ...".
_OF_THESE = _anycase(
    r"(?<![\w])(?:of|among|de|entre)[ \t]+(?:these|those|them|that[ \t]+total|this[ \t]+total|"
    r"estos|estas|esos|esas|ellos|ellas|esa[ \t]+cifra|esta[ \t]+cifra)[ \t]*,?[ \t]*\Z"
)
# The figure's people as the object of a relative clause after an aside: "whom Mexico".
_WHOM = _anycase(r"whom[ \t][^,;:()\[\]—–!?\n]{0,50}\Z")
_OF_THESE_AFTER = _anycase(
    r"[ \t]+(?:of|de)[ \t]+(?:these|those|them|estos|estas|ellos|ellas)(?![\w])"
)
# A word of death inside a figure's own phrase: "two deceased migrants".
_DEAD_IN_PHRASE = _anycase(r"(?<![\w])(?:deceased|dead|drowned|slain|fallecidos|muertos)(?![\w])")
_CONJUNCTION = _anycase(r"(?<![\w])(?:and|but|while|whereas)(?![\w])")
# A conjunction right before a figure that opens a clause with a subject of its own.
_NEW_SUBJECT = _anycase(r"(?<![\w])(?:and|but|while|whereas)[ \t]+\Z")
# A verb of an event before the one the clause reports: "after crossing", "tras cruzar".
_BEFORE_NOW = _anycase(
    r"(?<![\w])(?:after|before|upon|tras|antes[ \t]+de|después[ \t]+de|luego[ \t]+de)[ \t]+"
    r"(?:(?:they|he|she|we|it|having|had)[ \t]+(?:had[ \t]+)?)?\Z"
)  # "after crossing", "after they crossed", "after having crossed"
# What they underwent after what they did: "crossed the river and were returned".
_THEN_PASSIVE = _anycase(
    r"(?<![\w])(?:and|but|then)[ \t]+(?:(?:later|then|quickly|promptly|all)[ \t]+)?"
    r"(?:(?:were|was|had[ \t]+been|have[ \t]+been|got)[ \t]+)?(?:(?:later|then|quickly|promptly|"
    r"immediately|all)[ \t]+)?\Z"
)
# A bare number compared with a figure before it: "compared with the 41,200", "than the 5,300".
# A verb that links a sentence's subject to the figure it amounts to: "Deaths ... are at
# 970", "The number of migrants ... rose to more than 4,800", "Las muertes llegaron a 300".
_LINKING = _anycase(
    r"(?<![\w])(?:is|are|was|were|stood|stands|stand|reached|reaches|reach|rose|fell|climbed|"
    r"climb|climbs|rise|rises|fall|falls|drop|drops|"
    r"dropped|totaled|totalled|totals|numbered|hit|ascendió|ascienden|llegaron|llegó|fueron|"
    r"fue|son|suman|sumaron)(?:[ \t]+(?:at|to|a))?[ \t]+\Z"
)
_SUBJECT_REACH = 40  # how far into its sentence a subject's noun may be
_TO_TARGET = _anycase(r"(?<![\w])to[ \t]+\Z")  # the figure a change arrives at: "fell ... to"
_DATELINE_REACH = 64  # a subject's reach past a wire dateline: "(ANSA) - ROME, MAY 15 - The ..."
_RECORD_REACH = 240  # how far back a total or a tally may restate a figure of people
# The count named before, moved to the figure: "the number fell to 42,700", "the total
# had risen to 9,000".
_MOVED_TO = _anycase(
    r"(?<![\w])the[ \t]+(?:number|figure|total|tally|count)[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:fell|fallen|rose|risen|dropped|declined|climbed|jumped|grew|grown|increased|"
    r"decreased|reached|hit|stood)[ \t]+(?:to[ \t]+|at[ \t]+)?\Z"
)
# People named as held: "detainees" are a population in custody, not arrests.
_DETAINEES = _anycase(r"(?<![\w])detainees?(?![\w])")
# A figure of people named as part of those counted before: "9,683 of the migrants".
_OF_THE_PEOPLE = _anycase(r"[ \t]of[ \t]+(?:the|these|those)[ \t]+")
# Money named by what it is after a vague scale: "millions in profit", "billions in aid".
_VAGUE_SCALES = frozenset({"millions", "billions", "trillions", "thousands"})
_MONEY_IN = _anycase(
    r"[ \t]+in[ \t]+(?:(?:new|federal|state|extra|additional|annual|emergency|military|"
    r"foreign|humanitarian)[ \t]+)?(?:profits?|aid|funding|funds|revenues?|damages|fees|"
    r"payments|ransoms?|bribes|grants|spending|taxes|costs|cash|dollars|assistance|"
    r"contracts|loans|subsidies|fines|bonds)(?![\w])"
)
# A word before a figure of people that makes it a restatement of a count given before: a
# record, a mark, a rate, a total ("last year's record of 248,000 migrants", "the daily
# rate has exceeded 2,000 people", "the number fell to 42,700").
_RESTATES = _anycase(
    r"(?<![\w])(?:record|records|mark|rate|total|tally|pace|average|peak|number|figure)"
    r"(?![\w])[^.;!?\n(),]{0,30}\Z"
)
# A flight of removals named in the clause before a dash or colon that opens the figure's
# own: "A deportation flight landed on Monday — 135 Hondurans": its passengers.
_REMOVAL_CARRIER = _anycase(
    r"(?<![\w])(?:(?:deportation|removal|repatriation|expulsion|ice)[ \t]+"
    r"(?:flights?|planes?|charters?|aircraft)|vuelos?[ \t]+(?:de|con)[ \t]+"
    r"(?:deportación|deportados|repatriación|repatriados|retornados))(?![\w])"
)
_OPENS_APART = re.compile(r"[—–:]|\s-\s")  # what ends the clause before the figure's own
# "Did so": the verb the sentence said before ("the 12,500 who did so in 2019").
_DID_SO = _anycase(r"[^.;!?\n]{0,40}?(?<![\w])(?:did|do|does|done)[ \t]+so(?![\w])")
_FOLLOWED_BY_WORD = re.compile(r"[ \t]+[a-z]")  # "the two discussed": a verb goes on
# Words that restate the figure before in people: "69% were deported, that is 37,034
# people", "un 28% fue deportado desde México, es decir 15,066 personas".
_RESTATED = _anycase(
    r"(?<![\w])(?:that[ \t]+is|i\.e\.|or[ \t]+some|es[ \t]+decir|o[ \t]+sea|"
    r"para[ \t]+sumar|lo[ \t]+que[ \t]+suma|totaling|totalling|(?<=,)[ \t]*(?:with|con))"
    r"[ \t,]*\Z"
)  # and after a comma, "with": "Mexico deported the most, with 2,981 people"
# A definite article before a bare number that restates a figure: "Most of the 1,250 were".
_DEFINITE = _anycase(r"(?<![\w])(?:the|those|these|los|las|esos|esas|estos|estas)[ \t]+\Z")
_COMPARED = _anycase(
    r"(?<![\w])(?:compared[ \t]+(?:to|with)|than|versus|vs\.|(?:quadruple|double|triple)[sd]?"
    r"|exceed(?:s|ed)?|surpass(?:es|ed)?|up[ \t]+from|down[ \t]+from|frente[ \t]+a|que)"
    r"[ \t]+(?:(?:the|los|las|el|la)[ \t]+)?\Z"
)
# A group of people sized by a bare number: "a large group of about 3,500", "un grupo de 300".
_GROUP_OF = _anycase(
    r"(?<![\w])(?:group|caravan|crowd|contingent|grupo|caravana|contingente|multitud)"
    r"[ \t]+(?:of|with|de|con)[ \t]+\Z"
)
# A bare number given as the sum of what the sentence counts: "bringing the total to 9,803".
_TOTAL_TO = _anycase(
    r"(?<![\w])(?:total|tally|tallies|sum)(?:[ \t]+[\w-]+){0,8}?[ \t]+(?:to|at|of)[ \t]+\Z"
)
# The same, with an aside before "to": "bringing the total so far, not counting today's, to".
_TOTAL_ASIDE_TO = _anycase(
    r"(?<![\w])(?:total|tally)(?:[ \t]+[\w'’-]+){0,6}?,[ \t]+[^,;:()\n]{1,60},[ \t]+to[ \t]+\Z"
)
# The rest of a list of numbers, then "respectively" and the noun they count: ", 8,000 and
# 5,000, respectively, as known gotaways" (at most six numbers, each after a comma and a
# blank or "and": "8,000" is never split in two, so the match is linear).
_RESPECTIVELY = _anycase(
    r"(?:(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)\d[\d,.]*){0,6}"
    r"[ \t]*,?[ \t]+respectively[ \t]*,?[ \t]*(?:as[ \t]+)?"
)
# A number and what it was reported as: "9,100 reported as known gotaways".
_REPORTED_AS = _anycase(
    r"[ \t]+(?:(?:were|was)[ \t]+)?(?:reported|counted|recorded|classified|listed|logged)"
    r"[ \t]+as[ \t]+"
)
# The noun right before a number in parentheses: "known gotaways (8,450)".
_NOUN_PAREN = re.compile(r"(?<![\w-])(?P<noun>[A-Za-z][\w-]*)[ \t]*\([ \t]*\Z")
# What may stand between an aside and its verb: "have", "had reportedly", "were all".
_BEFORE_VERB = _anycase(
    r"[ \t]*(?:(?:have|has|had|were|was|are|is|been|also|then|later|all|eventually|reportedly|"
    r"since|already|successfully|remain|remains|remained|still|more|others)[ \t]+){0,3}\Z"
)
_TOKEN = re.compile(
    r"""
    (?:[A-Z]\.){2,}                 # an abbreviation with dots: U.S.
  | \w[\w'’]*(?:-\w[\w'’]*)*        # a word, perhaps hyphenated or with an apostrophe
  | %                               # a per cent sign
  | [^\w\s]                         # any other mark
    """,
    re.VERBOSE,
)
_CURRENCY = re.compile(
    r"""
    (?:
        (?:(?:US|U\.S\.|USD)[ \t]?)?\$     # "$", "US$", "U.S. $"
      | USD                               # "USD 20 million"
      | [€£]                              # euros and pounds: money, not US dollars
    )
    [ \t]?\Z                             # right before the number (window end)
    """,
    re.VERBOSE,
)
_CURRENCY_LONGEST = len("U.S. $")  # the longest sign before a number
# A determiner right before a year-like number makes it a modifier, not a count: English
# writes a count of that size with its comma ("the 2,019 migrants"). Not in Spanish, which
# writes four digits bare ("los 2000 migrantes").
_YEAR_DETERMINER = re.compile(
    r"(?<![\w])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|his|her|our|last|next)[ \t]+\Z"
)
_AT_HOUR = _anycase(r"(?<![\w])(?:at|by|until|before|after)[ \t]+\Z")  # "at 8 this morning"
_PART_OF_DAY = _anycase(
    r"[ \t]+(?:(?:this|in[ \t]+the|on[ \t]+\w+)[ \t]+(?:morning|afternoon|evening)|tonight|"
    r"(?:last|at)[ \t]+night|o['’]clock)(?![\w])"
)
# A rank right before a part of a year: "the second half", "the final quarter".
_RANKED_PART = _anycase(
    r"(?<![\w])(?:first|second|third|fourth|last|final|latter|past|previous|next)[ \t]+\Z"
)
_ISO_DATE = re.compile(r"(?<![\d])(?:19|20)\d\d-\Z")  # the year of an ISO date before
_YEAR = re.compile(r"(?:19|20)\d\d\Z")  # a bare year
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*\Z")  # only blanks since the line start
_LIST_MARK = re.compile(r"[.)][ \t]")  # "1. Home", "2) Newsroom"
_NAME_COMMA = re.compile(r"[A-Z][\w’'-]+,[ \t]\Z")  # "Dixon Vazquez, " before an age
_NAME_PAREN = re.compile(r"[A-Z][\w’'-]+[ \t]\(\Z")  # "Maria Lopez (" before an age
_AGE_END = re.compile(r"[ \t]*(?:[,)]|\Z|who\b|and\b)")  # how an age apposition ends
_PEOPLE_WORDS = re.compile(
    r"(?<![\w])(?:caravans?|migrants?|people|asylum|refugees|families)(?![\w])",
    re.IGNORECASE,
)  # a sentence about people on the move

_STOP_WORDS = frozenset(
    """in at on to from for with by into onto across through during since after before
    than as within near over under between along toward towards via against about
    and or but nor while because if when that which who whom whose where
    is are was were be been being have has had will would could should can may might
    do did does said says say they it he she we this these those its their his her
    our your there here per each every a an than then also already still just not
    without""".split()  # noqa: SIM905 - a word list reads best as text
)
# The same two word classes in Spanish: what ends the search for a noun, what it skips.
_STOP_WORDS_ES = frozenset(
    """en a al desde para por con sin sobre entre hacia hasta durante tras contra según
    y o pero ni mientras porque si cuando que quien quienes cual cuales donde como
    es son fue fueron ser sido era eran ha han había habían será serán está están
    dijo dice este esta estos estas ese esa esos esas su sus lo le les se ya no
    cada un una""".split()  # noqa: SIM905 - a word list reads best as text
)
_STOP_WORDS_BY = {"en": _STOP_WORDS, "es": _STOP_WORDS_ES}
_QUOTES = frozenset("\"“”'‘’")
# Pronouns a number may take as its whole ("four of them"): never a noun it counts.
_PRONOUNS_AFTER = frozenset(
    {"them", "these", "those", "us", "ellos", "ellas", "estos", "estas", "esos", "esas"}
)
_SKIPPABLE = frozenset({"of", "the", "more", "new", "additional", "other", "extra"})
_SKIPPABLE_BY = {
    "en": _SKIPPABLE,
    "es": frozenset({"de", "del", "los", "las", "el", "la", "más", "nuevos", "nuevas", "otros"}),
}
_COUNTED = frozenset({Unit.PERSON, Unit.FAMILY, Unit.HOUSEHOLD, Unit.COUNT})
# The measures that count events a verb names (what "~other" occurrences take on).
_EVENTS = frozenset(
    {Measure.ENCOUNTERS, Measure.APPREHENSIONS, Measure.REMOVALS, Measure.CROSSINGS, Measure.ASYLUM}
)
# The measures of people (a count of families that are migrants or removals is of people).
_PEOPLE_MEASURES = _EVENTS | {Measure.MIGRANTS, Measure.DEATHS}
_EVENT_NAMES = frozenset(m.value for m in _EVENTS | {Measure.DEATHS})
_WORD_AFTER = 8  # words scanned after a number for the noun it counts
# Spanish participles, which follow the noun they describe ("migrantes detenidos").
_PARTICIPLES_ES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


# ---------------------------------------------------------------- one figure


class _Figure(NamedTuple):
    start: int
    end: int
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    estimate_end: int
    unit: Unit | None
    measure: Measure | None
    people: str | None  # "*migrants", "*other", "~removals" when the verbs decide the measure
    per: Granularity | None


def _policy(vague: VaguePolicy | None) -> VaguePolicy:
    if vague is not None:
        return vague
    name = os.environ.get(POLICY_VARIABLE, "").strip().lower()
    for policy in VaguePolicy:
        if policy.value == name or policy.name.lower() == name:
            return policy
    return VaguePolicy.FLOOR


def _not_a_figure(text: str, number: NumberMention, sentence: Sentence) -> bool:
    start, end = number.span.start, number.span.end
    window = text[max(sentence.start, start - 24) : start]
    before = _phrase_at_end(_context_before(), window, _longest_before())
    after = _context_after().match(text, end, min(len(text), end + 16))
    if number.kind is NumberKind.DIGITS:
        if before is not None:
            return True
        if after is not None:
            return True
        digits = number.text
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return True  # "04" in a date, a code
        if _ISO_DATE.search(text, max(0, start - 5), start):
            return True  # "2018-04-03"
        if (
            isinstance(number.value, int)
            and number.value <= 12
            and _AT_HOUR.search(window)
            and _PART_OF_DAY.match(text, end)
        ):
            return True  # "updated at 8 this morning": a time of day
        if _YEAR.match(digits) and not _phrase_at_end(_CURRENCY, window, _CURRENCY_LONGEST):
            if _YEAR_DETERMINER.search(window):
                return True  # "the 2019 caravans", "its 2024 budget": a year as a modifier
            return not _counted_right_after(text, end, sentence.end)
        line = text[max(0, start - 8) : start]
        if _LIST_ITEM.search(line) and _LIST_MARK.match(text, end):
            return True
        if (
            _NAME_PAREN.search(window)
            and isinstance(number.value, int)
            and number.value < 120
            and text[end : end + 1] == ")"
        ):
            return True  # "Maria Lopez (34)": an age
        if (
            _NAME_COMMA.search(window)
            and isinstance(number.value, int)
            and number.value < 120
            and _AGE_END.match(text, end)
        ):
            return True
        # "1990s", "G7"-style tokens: letters glued to the digits that are not a unit
        return end < len(text) and text[end].isalpha() and not _attached_unit(text, end)
    if before is not None and _context()[0].get(before.group().strip()) == "age":
        return True
    if after is not None and _context()[1].get(after.group().strip()) in ("age", "temperature"):
        return True
    if number.kind is NumberKind.WORDS and number.value == 1:
        return not _one_counts(text, number, sentence)
    if number.kind is NumberKind.FRACTION and _RANKED_PART.search(window):
        return True  # "the second half of the year", "the last quarter": a period, not a share
    if number.kind is NumberKind.FRACTION and not number.text.lower().endswith(" of"):
        return _OF.match(text, end, sentence.end) is None  # "two-thirds of": a share of some whole
    if number.kind is NumberKind.WORDS and number.text[:1].isupper() and start > sentence.start:
        prev = text[max(sentence.start, start - 2) : start]
        if prev.endswith(" ") and start >= 2 and text[start - 2].isalpha():
            before_word = text[max(sentence.start, start - 20) : start].split()
            if before_word and before_word[-1][:1].isupper():
                return True  # a name: "CBP One", "Air Force One"
    return False


def _counted_right_after(text: str, end: int, stop: int) -> bool:
    """Whether the number ending at ``end`` counts people or things ("2000 migrants",
    "2000 Honduran asylum seekers"), which a year does not."""
    head = _head_noun(text, end, min(stop, end + 60))
    return head is not None and head.unit in (Unit.PERSON, Unit.FAMILY, Unit.COUNT)


def _attached_unit(text: str, end: int) -> bool:
    match = _TOKEN.match(text, end, min(len(text), end + 40))
    return match is not None and match.group().lower() in _nouns()


def _one_counts(text: str, number: NumberMention, sentence: Sentence) -> bool:
    """ "one" is a figure only before a noun it counts ("one migrant"), not "one of"."""
    if number.text != number.text.lower() and number.span.start != sentence.start:
        return False
    before = text[max(sentence.start, number.span.start - 6) : number.span.start].lower()
    if before.endswith(("no ", "any", "the ", "every ", "this ", "that ", "each ")):
        return False  # "this one": a pronoun
    ratio = _RATIO_JOIN.match(text, number.span.end, sentence.end)
    if ratio is not None:
        later = find_numbers(text, ratio.end(), min(sentence.end, ratio.end() + 12))
        if later and later[0].span.start == ratio.end():
            return True  # "one in five"
    if _OF.match(text, number.span.end, sentence.end):
        return False  # "one of the migrants": one person picked out, not a count
    head = _head_noun(text, number.span.end, min(sentence.end, number.span.end + 60))
    return (
        head is not None
        and head.measure != Measure.OTHER.value
        and not head.measure.startswith("~")  # "one flight": a thing, as before
    )


# ---------------------------------------------------------------- reading the noun


class _Head(NamedTuple):
    end: int
    unit: Unit
    measure: str
    factor: int


@functools.cache
def _compound_firsts_in(language: str) -> frozenset[str]:
    """The first words of the nouns written in several words ("asylum" of "asylum seekers")."""
    return frozenset(form.split(" ")[0] for form in _nouns_in(language) if " " in form)


def _noun_at(
    tokens: list[re.Match[str]], i: int, nouns: dict[str, _Noun], firsts: frozenset[str]
) -> tuple[_Noun, int] | None:
    """The noun that starts at ``tokens[i]``, with the index of its last token (``nouns`` and
    ``firsts``: those of the language being read, and the first words of its compounds)."""
    word = tokens[i].group()
    lower = word.lower()
    if lower in firsts:  # only then may the words after it belong to the noun
        if i + 2 < len(tokens):
            three = " ".join(t.group() for t in tokens[i : i + 3]).lower()
            if three in nouns:
                return nouns[three], i + 2
        if i + 1 < len(tokens):
            two = f"{word} {tokens[i + 1].group()}".lower()
            if two in nouns:
                return nouns[two], i + 1
    noun = nouns.get(lower)
    if noun is not None:
        return noun, i
    code = country_code(word)
    if code is not None and word.endswith("s"):
        return _Noun(Unit.PERSON, "*migrants", 1), i  # a demonym: "Hondurans"
    return None


def _head_noun(text: str, end: int, stop: int) -> _Head | None:
    """The noun a number counts: "10,000 [people]", "thousands of [Honduran migrants]"."""
    language = active()
    nouns = _nouns_in(language)
    if end < stop and text[end] == "-":  # a compound adjective: "a three-day trip"
        match = _TOKEN.match(text, end + 1, min(stop, end + 40))
        if match is not None:
            word = match.group().lower()
            noun = nouns.get(word) or nouns.get(word.split("-")[0])  # "170-mile-long"
            if noun is not None:
                return _Head(match.end(), noun.unit, noun.measure, noun.factor)
        return None
    tokens = _scan(text, end, stop)
    firsts = _compound_firsts_in(language)
    head: _Head | None = None
    i = 0
    skipped = 0
    while i < len(tokens) and i < _WORD_AFTER + 2:
        token = tokens[i]
        word = token.group()
        lower = word.lower()
        found = _noun_at(tokens, i, nouns, firsts)
        if found is not None:
            noun, last = found
            if noun.measure == Measure.DURATION.value and any(
                t.group().lower() in _PARTITIVE for t in tokens[:i]
            ):
                return None  # "the 27,300 of the same month": a time it falls in, not counts
            if (
                noun.measure == Measure.DURATION.value
                and i > 0
                and tokens[i - 1].group().lower() in _DEICTIC
            ):
                return None  # "to 40,000 last year": the year it fell in, not years counted
            head = _Head(tokens[last].end(), noun.unit, noun.measure, noun.factor)
            i = last + 1
            # a noun compound goes on: "migrant arrests", "border crossings"
            while i < len(tokens):
                more = _noun_at(tokens, i, nouns, firsts)
                if more is None:
                    break
                noun, last = more
                if head.unit not in _COUNTED or noun.unit not in _COUNTED:
                    break  # "25% tariffs" counts per cent, "migrant arrests" counts arrests
                if (tokens[i - 1].group().lower().endswith("s") or head.unit is Unit.PERSON) and (
                    tokens[i].group().lower().endswith("ing")
                ):
                    break  # "migrants crossing the river", "people crossing": a participle
                if language == "es" and tokens[i].group().lower().endswith(_PARTICIPLES_ES):
                    break  # "repatriaciones registradas": a participle after its noun
                head = _Head(tokens[last].end(), noun.unit, noun.measure, noun.factor)
                i = last + 1
            if head.measure == "*migrants" and i < len(tokens):
                whole = _partitive(tokens, i, nouns, firsts)
                if whole is not None and whole.measure.lstrip("*") == Measure.TROOPS.value:
                    return head._replace(measure=whole.measure.lstrip("*"))
            return head
        if head is None and (
            lower in _STOP_WORDS_BY[language]
            and not (lower == "and" and i > 0 and tokens[i - 1].group()[:1].isupper())
        ):
            return None
        if not (word[:1].isalnum() or word in ("'s", "’s")):
            if word == "." and i > 0 and tokens[i - 1].group().isupper():
                i += 1
                continue
            return None
        if lower not in _SKIPPABLE_BY[language]:
            skipped += 1
        if skipped > 5:
            return None
        i += 1
    return None


_DEICTIC = frozenset(
    {"last", "this", "next", "previous", "past", "same", "each", "every", "the"}
    | {"el", "la", "este", "esta", "ese", "esa", "aquel", "cada"}  # "15.000 el año anterior"
)
_PARTITIVE = frozenset({"of", "de", "del"})  # "members of the military", "miembros del Ejército"
_PARTITIVE_SKIP = frozenset({"the", "u", "s", "us", "its", "la", "el", "los", "las", "."})


def _partitive(
    tokens: list[re.Match[str]], i: int, nouns: dict[str, _Noun], firsts: frozenset[str]
) -> _Noun | None:
    """The noun of the whole that a generic noun of people is a part of: "5,200 members of
    the U.S. military" are troops, as "military" says (the first noun within a few words
    after "of"), else None."""
    if tokens[i].group().lower() not in _PARTITIVE:
        return None
    for k in range(i + 1, min(len(tokens), i + 6)):
        found = _noun_at(tokens, k, nouns, firsts)
        if found is not None:
            return found[0]
        word = tokens[k].group()
        possessive = word.endswith(("'s", "’s"))  # "of the state's National Guard"
        if word.lower() not in _PARTITIVE_SKIP and not word[:1].isupper() and not possessive:
            return None
    return None


def _scan(text: str, start: int, stop: int) -> list[re.Match[str]]:
    out = []
    for match in _TOKEN.finditer(text, start, min(stop, start + 160)):
        if match.group() in _QUOTES:
            continue  # "2,150,639 "enforcement" actions": quotes hide no words
        out.append(match)
        if len(out) > _WORD_AFTER + 3:
            break
    return out


def _unknown_head(text: str, end: int, stop: int) -> int | None:
    """The end of a plain lower-case noun right after a number ("two hurricanes")."""
    tokens = _scan(text, end, stop)
    last = None
    for token in tokens[:4]:
        word = token.group()
        if not word[:1].isalpha() or word.lower() in _STOP_WORDS_BY[active()]:
            break
        if word.lower() in _PRONOUNS_AFTER:
            return None  # "four of them", "cuatro de ellos": what it stands for, no noun
        if active() == "es" and word.lower().endswith(("aron", "ieron")):
            return None  # "5.168 regresaron bajo programas": a verb, its subject the number
        if word.lower() in _SKIPPABLE_BY[active()]:
            continue
        last = token.end()
        if word.endswith("s"):
            return last
    return None


# ---------------------------------------------------------------- measures


# What a verb's object makes of it: "waiting for their asylum applications to be decided"
# counts asylum cases, not people on the move; "detained in ICE facilities" counts people
# held (a population), not arrests.
_AWAITED_CASES = _anycase(
    r"[ \t]+(?:(?:for|on)[ \t]+)?(?:(?:a|an|the|their|his|her|its)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:applications?|claims?|cases?|decisions?|requests?)(?![\w])"
)
_HELD_IN = _anycase(
    r"[ \t]+(?:in[ \t]+(?:[\w.'’-]+[ \t]+){0,6}?(?:facilities|facility|centers|centres|center|"
    r"centre|custody|detention|jails|prisons)|population)(?![\w])"
)  # "detained in ICE facilities", "the detained population"
_WAITING_FORMS = frozenset({"waiting", "awaiting", "waited", "wait", "waits", "await", "awaits"})
_DETAINED_FORMS = frozenset({"detained"})


def _framed(text: str, match: Hit) -> Measure:
    """The measure of the verb ``match`` (statistic_verbs.tsv), as its object frames it."""
    form = match.group().lower()
    measure = _verbs()[form]
    if form in _WAITING_FORMS and _AWAITED_CASES.match(text, match.end()):
        return Measure.ASYLUM  # "waiting for their asylum claims to be decided"
    if form in _DETAINED_FORMS and _HELD_IN.match(text, match.end()):
        return Measure.MIGRANTS  # "immigrants detained in ICE facilities": people held
    return measure


def _verb_measure(text: str, left: int, right: int, start: int, end: int) -> Measure | None:
    """The measure of the nearest verb left of ``start`` in the clause, else right of ``end``."""
    best: Measure | None = None
    next_only = _next_forms(active())
    for match in _verb_pattern().finditer(text, left, start):
        form = match.group().lower()
        if form in next_only and text[match.end() : start].strip(" \t"):
            continue  # "at capacity after seven migrants drowned": not the figure's frame
        if _BEFORE_NOW.search(text, max(left, match.start() - 16), match.start()):
            continue  # "After crossing the river, 300 migrants were detained": earlier
        best = _framed(text, match)
    if best is not None:
        if _NEW_SUBJECT.search(text, left, start):
            # "six died and dozens of others were rescued": the figure opens a clause of its own
            own = _verb_after_pattern().finditer(text, end, right)
            if own and _BEFORE_VERB.fullmatch(text, end, own[0].start()) is not None:
                return _framed(text, own[0])
        return best
    later = [
        hit
        for hit in _verb_after_pattern().finditer(text, end, right)
        if not _BEFORE_NOW.search(text, max(end, hit.start() - 16), hit.start())
    ]  # "2,000 migrants returned to Mexico after crossing": the crossing came before
    if not later:
        return None
    relative = _RELATIVE.match(text, end, right)
    if relative is not None and len(later) > 1 and later[0].start() >= relative.end():
        return _framed(text, later[1])  # "500 migrants who crossed ... were deported"
    if len(later) > 1 and not text[end : later[0].start()].strip(" \t"):
        # a participle right after the figure qualifies its people, and the verb with an
        # auxiliary later says what happened to them: "1,000 migrants caught crossing the
        # border were returned" (but "crossed the river and were detained": two things done)
        for verb in later[1:]:
            if _CONJUNCTION.search(text, later[0].end(), verb.start()):
                break  # "six people died and dozens of others were rescued": other people
            window = text[max(end, verb.start() - 24) : verb.start()]
            if _FINITE.search(window) or (
                verb.group().split()[0].lower() in _AUXILIARIES and not _COORDINATED.search(window)
            ):
                return _framed(text, verb)
    first = later[0]
    for verb in later[1:]:  # "were detained and deported": the last of a tight pair
        if not _TIGHT_AND.fullmatch(text, first.end(), verb.start()):
            break
        first = verb
    measure = _framed(text, first)
    if measure is Measure.CROSSINGS:  # "crossed the river and were returned": sent back
        for verb in later[1:]:
            if _verbs()[verb.group().lower()] is Measure.REMOVALS and _THEN_PASSIVE.search(
                text, max(first.end(), verb.start() - 24), verb.start()
            ):
                return Measure.REMOVALS
    return measure


def _verb_past_aside(text: str, end: int, stop: int) -> Measure | None:
    """The verb of a figure of people that comes after a list of more people or an aside:
    "600 children, women and men who drowned" (deaths), "1,200 people, most of them from
    Haiti, crossed the jungle" (crossings). ``end`` is where the figure's noun ends."""
    nouns = _nouns()
    after = end
    while (part := _LIST_PART.match(text, after, stop)) is not None:
        word = part.group(1)
        noun = nouns.get(word.lower())
        demonym = word.endswith("s") and country_code(word) is not None  # "and Salvadorans"
        if not demonym and (noun is None or noun.unit is not Unit.PERSON):
            break
        after = part.end()
    if after > end:  # "children, women and men": read on after the list
        right = _CLAUSE_BREAK.search(text, after, min(stop, after + 60))
        relative = _RELATIVE.match(text, after, stop)
        hits = _verb_after_pattern().finditer(text, after, right.start() if right else stop)
        if hits and relative is not None and hits[0].start() - relative.end() < 24:
            return _framed(text, hits[0])  # "... and men who drowned"
        if hits and _BEFORE_VERB.fullmatch(text, after, hits[0].start()) is not None:
            return _framed(text, hits[0])  # "... and refugees remain missing"
        return None
    aside = _ASIDE.match(text, end, stop) or _DASH_ASIDE.match(text, end, stop)
    if aside is None or _verb_after_pattern().search(text, end, aside.end()) is not None:
        return None  # no aside, or one that says what happened itself
    hits = _verb_after_pattern().finditer(text, aside.end(), min(stop, aside.end() + 60))
    if not hits:
        return None
    if (
        _BEFORE_VERB.fullmatch(text, aside.end(), hits[0].start()) is None
        and _WHOM.match(text, aside.end(), hits[0].start()) is None  # ", whom Mexico deported"
    ):
        return None
    return _framed(text, hits[0])


def _people_subject(text: str, sentence: Sentence) -> bool:
    """Whether the sentence opens on people ("Venezuelans fell from 1,100 a day to 100",
    "Most Haitians arrived ..."): its bare numbers count them."""
    head = _head_noun(text, sentence.start, min(sentence.end, sentence.start + 40))
    return head is not None and head.unit is Unit.PERSON and head.measure == "*migrants"


def _clause(
    text: str, sentence: Sentence, start: int, end: int, *, reach: int = 60
) -> tuple[int, int]:
    """Where the clause of ``start``-``end`` begins and ends (at most ``reach`` after it)."""
    left = max(sentence.start, start - 80)
    for match in _CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    right = min(sentence.end, end + reach)
    stop = _CLAUSE_BREAK.search(text, end, right)
    return left, stop.start() if stop else right


# ---------------------------------------------------------------- one sentence


def _read_sentence(
    text: str, sentence: Sentence, policy: VaguePolicy, facts: _SentenceFacts
) -> list[tuple[_Figure, NumberMention]]:
    numbers = [
        n for n in find_numbers(text, sentence.start, sentence.end) if n.span.end <= sentence.end
    ]
    # Whether a number may be a figure does not hang on the dates: a sentence whose numbers
    # are all years, ages or codes spares reading its dates.
    not_figures = {n.span.start for n in numbers if _not_a_figure(text, n, sentence)}
    if not_figures != {n.span.start for n in numbers}:
        codes = find_identifiers(text, sentence.start, sentence.end, numbers=numbers)
        starts = [c.start for c in codes]  # in order, apart: the code before a number
        for n in numbers:
            k = bisect.bisect_right(starts, n.span.start) - 1
            if k >= 0 and n.span.start < codes[k].end:
                not_figures.add(n.span.start)
    if len(not_figures) == len(numbers):
        return []
    numbers = _outside_dates(text, numbers, facts.dates())
    figures: list[tuple[_Figure, NumberMention]] = []
    skip_until = -1
    for index, number in enumerate(numbers):
        if number.span.start < skip_until:
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following is not None and _is_score(text, number, following):
            skip_until = following.span.end  # "ruled 5-4", "won 2-1": a score, no figures
            continue
        if number.span.start in not_figures:
            continue
        figure, used = _read_figure(text, sentence, number, following, policy)
        skip_until = used
        figures.append((figure, number))
    return figures


def _is_score(text: str, number: NumberMention, following: NumberMention) -> bool:
    """A vote or score: "5-4", "2–1" (the first no smaller than the second)."""
    if number.kind is not NumberKind.DIGITS or following.kind is not NumberKind.DIGITS:
        return False
    gap = text[number.span.end : following.span.start]
    return gap in ("-", "–") and number.value >= following.value and following.value < 100


def _outside_dates(
    text: str, numbers: list[NumberMention], dates: list[DateMention]
) -> list[NumberMention]:
    """Drop the numbers inside a date ("Dec. 1-15", "FY 2023"); keep spans of time
    inside one ("the past 24 hours" holds the figure "24 hours")."""
    if not dates:
        return numbers
    starts = [d.span.start for d in dates]
    kept = []
    for number in numbers:
        i = bisect.bisect_right(starts, number.span.start) - 1
        if i >= 0 and number.span.start < dates[i].span.end:
            head = _head_noun(text, number.span.end, dates[i].span.end)
            if _hedged_count(text, dates[i], number):
                pass  # "over 2000 migrants": a figure, not the year 2000
            elif head is None or head.measure != Measure.DURATION.value:
                continue
        elif i >= 0 and _second_day(text, dates[i], number):
            continue
        kept.append(number)
    return kept


def _hedged_count(text: str, date: DateMention, number: NumberMention) -> bool:
    """A year-like number that a hedge opens and a counted noun follows is a figure, though
    the dates read the two as a year ("over 2000 migrants", "nearly 1990 people"); a year
    the text dates by ("in 2019 migrants ...", "from 2019") stays a date."""
    if date.span.end != number.span.end or date.period.granularity is not Granularity.YEAR:
        return False
    hedge = hedge_before(text, number.span.start, max(0, date.span.start - 40))
    return (
        hedge is not None
        and hedge.span.start <= date.span.start  # "más de 2000": the date is "de 2000"
        and hedge.qualifier is not Qualifier.RANGE
        and _counted_right_after(text, number.span.end, len(text))
    )


# What joins a second day to a date: "February 15 and 16", "March 3 or 4", "el 5 y 6".
_DAY_JOIN = _anycase(r"[ \t]*(?:(?:and|or|to|through|y|o|al)[ \t]+|[-–&][ \t]*)")


def _second_day(text: str, date: DateMention, number: NumberMention) -> bool:
    """Whether ``number`` is a second day of the month after a date that ends with one
    ("landed on February 15 and 16": no figure 16), a day with no noun of its own."""
    day = number.value
    return (
        text[date.span.end - 1 : date.span.end].isdigit()
        and isinstance(day, int)
        and 1 <= day <= 31
        and number.text.isdigit()
        and _DAY_JOIN.fullmatch(text, date.span.end, number.span.start) is not None
        and _head_noun(text, number.span.end, min(len(text), number.span.end + 40)) is None
    )


def _read_figure(
    text: str,
    sentence: Sentence,
    number: NumberMention,
    following: NumberMention | None,
    policy: VaguePolicy,
) -> tuple[_Figure, int]:
    start, end = number.span.start, number.span.end
    window = text[max(sentence.start, start - 40) : start]
    currency = _phrase_at_end(_CURRENCY, window, _CURRENCY_LONGEST)
    figure_start = start - (len(window) - currency.start()) if currency else start
    qualifier = Qualifier.VAGUE if number.kind is NumberKind.VAGUE else Qualifier.EXACT
    before = text[max(sentence.start, figure_start - 30) : figure_start]
    hedge = hedge_before(text, figure_start, sentence.start)
    hedge_kind: Qualifier | None = None
    span_start = hedge_start = figure_start
    if hedge is not None:
        hedge_kind, hedge_start = hedge.qualifier, hedge.span.start
    low, high = _bounds(number, policy)
    value_end = end
    # ranges: "between 6,000 and 10,000", "6,000 to 10,000", "6,000-10,000", "two or three"
    second = _range_end(text, number, following, hedge_kind, before)
    ratio = None if second is not None else _ratio_end(text, number, following)
    if ratio is not None:  # "one in four migrants": a share
        share = round(100 * number.value / ratio.value, 2)
        low = high = int(share) if float(share).is_integer() else share
        value_end = ratio.span.end
        if hedge_kind is not None and hedge_kind is not Qualifier.RANGE:
            span_start, qualifier = hedge_start, hedge_kind
        return _ratio_figure(span_start, value_end, qualifier, low, high)
    if second is not None:
        low, high = range_values(number, second)
        qualifier = Qualifier.RANGE
        value_end = second.span.end
        if hedge_kind is Qualifier.RANGE:
            span_start = hedge_start  # "between" belongs to the range
    elif hedge_kind is not None and hedge_kind is not Qualifier.RANGE:
        span_start = hedge_start
        if number.kind is not NumberKind.VAGUE:
            qualifier = hedge_kind
    # qualifiers after the number: "200,000-plus", "92 percent or more"
    after = hedge_after(text, value_end, sentence.end)
    if after is not None and qualifier is Qualifier.EXACT and after.attached:
        qualifier = Qualifier.MORE_THAN
        value_end = after.span.end
    # two one-sided bounds make a range: "at least 20 and at most 100"
    other = joined_bound(text, value_end, qualifier, number.value, following)
    if other is not None and following is not None and second is None:
        values = (low, following.value)
        low, high = (
            values if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) else values[::-1]
        )
        qualifier, value_end = Qualifier.RANGE, following.span.end
    unit: Unit | None = None
    if currency:  # "$" is US dollars; "€" and "£" are money in another unit
        unit = Unit.OTHER if currency.group().strip() in ("€", "£") else Unit.USD
    measure: Measure | None = Measure.MONEY if currency else None
    people: str | None = None
    factor = 1
    noun_end = value_end
    if number.kind is NumberKind.FRACTION:
        unit, measure = Unit.PERCENT, Measure.SHARE
        head = None
    else:
        head = _head_noun(text, value_end, sentence.end)
    if head is not None:
        noun_end = head.end
        factor = head.factor
        # "$6 billion in funds": the dollar sign says what it is, the noun adds nothing
        if not currency or head.measure == Measure.MONEY.value:
            unit = head.unit
            if head.measure.startswith(("*", "~")):
                people, measure = head.measure, None
            else:
                measure = Measure(head.measure)
    elif unit is None and number.kind is NumberKind.DIGITS and second is None:
        shared = _SHARED_NOUN.match(text, value_end, sentence.end)
        other_head = None if shared is None else _head_noun(text, shared.end(), sentence.end)
        if other_head is not None and other_head.factor == 1:  # "3,253 and 5,622 crossings"
            unit = other_head.unit
            if other_head.measure.startswith(("*", "~")):
                people = other_head.measure
            else:
                measure = Measure(other_head.measure)
    if head is None and unit is None and number.kind is not NumberKind.FRACTION:
        plain = _unknown_head(text, value_end, sentence.end)
        if plain is not None:
            unit, measure, noun_end = Unit.COUNT, Measure.OTHER, plain
    if factor != 1:
        low = None if low is None else low * factor
        high = None if high is None else high * factor
    bounds = _hedge(qualifier, low, high)
    end_at = noun_end
    # a rate: "1,450 per day", "5 percent a month"
    rate = _rate_pattern().match(text, end_at, sentence.end)
    loose = False
    if rate is None and unit in _COUNTED:  # "300 migrants arrive daily"
        rate = _loose_rate_pattern().match(text, end_at, min(sentence.end, end_at + 60))
        loose = rate is not None
    per = None
    if rate is not None and unit not in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
        per = _rates()[" ".join(rate.group("rate").lower().split())]
        if not loose:  # the words between belong to the clause, not to the figure
            end_at = rate.end()
    after = hedge_after(text, end_at, sentence.end)
    if after is not None and not after.attached:
        if after.inclusive:  # "more than 50 or equal to"
            if qualifier is not inclusive(qualifier):
                qualifier = inclusive(qualifier)
                end_at = after.span.end
        elif qualifier in (Qualifier.EXACT, Qualifier.ABOUT):  # "500 or more"
            qualifier = after.qualifier
            bounds = _hedge(qualifier, low, high)
            end_at = after.span.end
    estimate_end = value_end
    return (
        _Figure(
            span_start,
            end_at,
            bounds[0],
            bounds[1],
            qualifier,
            estimate_end,
            unit,
            measure,
            people,
            per,
        ),
        value_end,
    )


def _ratio_end(
    text: str, number: NumberMention, second: NumberMention | None
) -> NumberMention | None:
    """The "four" of "one in four" / "3 out of 5", if the number opens such a ratio."""
    if second is None or number.kind not in (NumberKind.DIGITS, NumberKind.WORDS):
        return None
    join = _RATIO_JOIN.match(text, number.span.end)
    if join is None or join.end() != second.span.start or second.kind is NumberKind.VAGUE:
        return None
    if _YEAR.match(second.text) or not 0 < number.value < second.value <= 1000:
        return None
    return second


def _ratio_figure(
    start: int, end: int, qualifier: Qualifier, low: Number, high: Number
) -> tuple[_Figure, int]:
    bounds = _hedge(qualifier, low, high)
    figure = _Figure(
        start, end, bounds[0], bounds[1], qualifier, end, Unit.PERCENT, Measure.SHARE, None, None
    )
    return figure, end


def _bounds(number: NumberMention, policy: VaguePolicy) -> tuple[Number | None, Number | None]:
    if number.kind is NumberKind.VAGUE:
        if policy is VaguePolicy.ORDER_OF_MAGNITUDE:
            return number.value, number.ceiling
        return number.value, None
    return number.value, number.value


def _hedge(
    qualifier: Qualifier, low: Number | None, high: Number | None
) -> tuple[Number | None, Number | None]:
    value = low if low is not None else high
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value, None
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return None, high if high is not None else value
    return low, high


def _range_end(
    text: str,
    number: NumberMention,
    second: NumberMention | None,
    hedge: Qualifier | None,
    before: str,
) -> NumberMention | None:
    if second is None or number.kind in (NumberKind.VAGUE, NumberKind.FRACTION):
        return None
    word = range_join(text, number, second)
    if word is None or second.kind in (NumberKind.VAGUE, NumberKind.FRACTION):
        return None
    if word == "and" and hedge is not Qualifier.RANGE:
        return None
    if word == "to" and _change_pattern().search(before):
        return None
    if word in ("or", "-") and number.kind is not second.kind:
        return None
    if _YEAR.match(number.text) or _YEAR.match(second.text):
        return None
    low, high = range_values(number, second)
    if low is None or high is None or not low < high:
        return None
    return second


# ---------------------------------------------------------------- place, source, period


def _places(text: str, sentence: Sentence) -> list[tuple[int, Place]]:
    """Every place a figure of the sentence may have been counted at, with its position."""
    candidates: list[tuple[int, Place]] = []
    before = sentence.start - 1  # the character the first locative word may follow
    scanned = text[before : sentence.end] if before >= 0 else " " + sentence.text
    for match in _border_pattern().finditer(scanned):
        first, last = match.start("place") + before, match.end("place") + before
        name = text[first:last]
        kind = _border_places()[" ".join(name.lower().split())]
        words = name.split()
        if words and words[0].lower() in ("the", "a"):
            name = " ".join(words[1:])
        candidates.append((first, Place(name, kind)))
    for mention in find_places(text, sentence.start, sentence.end):
        prefix = text[max(sentence.start, mention.span.start - 24) : mention.span.start]
        if _LOCATIVE.search(prefix) and not _REFERENCE.search(prefix):
            candidates.append((mention.span.start, mention.place))
    return candidates


def _nearest(marks: list[tuple[int, int, _T]], start: int, end: int) -> _T | None:
    """The item of ``marks`` (sorted ``(start, end, item)``) nearest after the figure
    (``start``-``end``), else nearest before it; items overlapping the figure are skipped."""
    i = bisect.bisect_left(marks, end, key=lambda m: m[0])
    if i < len(marks):
        return marks[i][2]
    for j in range(i - 1, max(-1, i - 9), -1):  # a few back: never a long scan
        if marks[j][1] <= start:
            return marks[j][2]
    return None


def _source(sentence: Sentence) -> Attribution | None:
    """Who the sentence's figures are attributed to: "according to X", "X said"."""
    text = sentence.text
    # One character in front: a comma opens the first clause, as the sentence start does;
    # but a sentence that starts with a blank has no subject there (blanks follow marks only).
    front = " " if text.startswith((" ", "\t")) else ","
    for match in _source_pattern().finditer(front + text):
        group = "after" if match.group("after") else "who"
        first, last = match.start(group) - 1, match.end(group) - 1  # in ``text``
        raw = text[first:last]
        who = raw.strip()
        if not who or who.lower() in _PRONOUNS:
            continue
        if group == "who" and any(ch.isdigit() for ch in who):
            continue  # "10,000 people said": the subject is a figure, not a source
        if who.split()[-1].lower() in _AUXILIARIES:
            continue  # "people were found dead": a passive, not a report
        begin = sentence.start + first + (len(raw) - len(raw.lstrip()))
        return Attribution(who, Span(begin, begin + len(who)))
    return None


def _periods(text: str, sentence: Sentence, published: dt.date | None) -> list[DateMention]:
    """The date expressions of a sentence, in text order (read as its tense points)."""
    if not may_hold_date(sentence.text):
        return []  # no word a date is made of: spare migrationnews.dates the work
    tense = tense_of(text, sentence.start, sentence.end)
    return list(find_dates(text, published, start=sentence.start, end=sentence.end, tense=tense))


class _SentenceFacts:
    """What a sentence says about all its figures, each worked out once, when first asked."""

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        published: dt.date | None,
        previous: Sentence | None = None,
    ) -> None:
        self.text, self.sentence, self.published = text, sentence, published
        self.previous = previous
        self._source: Attribution | None = None
        self._places: list[tuple[int, int, Place]] | None = None
        self._dates: list[DateMention] | None = None
        self._measure: dict[int, tuple[Unit, Measure]] = {}
        self._when: tuple[bool, list[DateMention], list[int], list[int]] | None = None
        self._asked: set[str] = set()

    def source(self) -> Attribution | None:
        if "source" not in self._asked:
            self._asked.add("source")
            self._source = _source(self.sentence)
        return self._source

    def place(self, start: int, end: int) -> Place | None:
        """The place named in the figure's clause: the nearest after it, else before."""
        if self._places is None:
            self._places = sorted(
                ((at, at, place) for at, place in _places(self.text, self.sentence)),
                key=lambda m: m[0],
            )
        if not self._places:
            return None
        left, right = _clause(self.text, self.sentence, start, end, reach=200)
        inside = [m for m in self._places[:64] if left <= m[0] < right]
        return _nearest(inside, start, end)

    def dates(self) -> list[DateMention]:
        if self._dates is None:
            self._dates = _periods(self.text, self.sentence, self.published)
        return self._dates

    def period(self, start: int, end: int) -> Period | None:
        """The date expression of the sentence nearest the figure, before or after it."""
        if self._when is None:  # the dates not said to be when something was said, once
            kept = [
                m
                for m in self.dates()
                if not _REPORTED_WHEN.search(self.text, max(0, m.span.start - 16), m.span.start)
            ]
            starts, ends = [m.span.start for m in kept], [m.span.end for m in kept]
            in_order = starts == sorted(starts) and ends == sorted(ends)
            self._when = (in_order, kept, starts, ends)
        in_order, kept, starts, ends = self._when
        if in_order:  # in text order, not nested: the nearest on each side by bisection
            after = bisect.bisect_left(starts, end)  # the first to start past the figure
            before = bisect.bisect_right(ends, start) - 1  # the last to end before it
            if before >= 0:
                before = bisect.bisect_left(ends, ends[before])  # the first of equal ends
            gap_before = start - ends[before] if before >= 0 else None
            gap_after = starts[after] - end if after < len(kept) else None
            if gap_before is not None and (gap_after is None or gap_before <= gap_after):
                return kept[before].period
            return None if gap_after is None else kept[after].period
        best: tuple[int, Period] | None = None
        for mention in self.dates():
            span = mention.span
            if span.start < end and start < span.end:
                continue  # the figure's own words ("the past 24 hours")
            if _REPORTED_WHEN.search(self.text, max(0, span.start - 16), span.start):
                continue  # "officials announced Friday that ...": when it was said
            distance = span.start - end if span.start >= end else start - span.end
            if best is None or distance < best[0]:
                best = (distance, mention.period)
        return None if best is None else best[1]

    def bare_measure(self, at: int) -> tuple[Unit, Measure]:
        """What a bare number at ``at`` counts when nothing near it says: the words of its
        sentence, or of its part between semicolons ("Arrivals reach 9,100; deaths reach
        310": each part counts its own)."""
        text, sentence = self.text, self.sentence
        start, end = sentence.start, sentence.end
        if ";" in sentence.text:
            cut = text.rfind(";", start, at)
            start = start if cut < 0 else cut + 1
            cut = text.find(";", at, end)
            end = end if cut < 0 else cut
        known = self._measure.get(start)
        if known is None:
            verb = _verb_after_pattern().search(text, start, end)
            if verb is not None:
                known = (Unit.PERSON, _framed(text, verb))
            elif _PEOPLE_WORDS.search(text, start, end) or _people_subject(text, sentence):
                known = (Unit.PERSON, Measure.MIGRANTS)
            else:
                known = (Unit.COUNT, Measure.OTHER)
            self._measure[start] = known
        return known


# ---------------------------------------------------------------- the extractor


def extract(doc: Document, *, vague: VaguePolicy | None = None) -> tuple[Statistic, ...]:
    """Every Statistic in the document, in text order."""
    policy = _policy(vague)
    text = doc.text
    found: list[Statistic] = []
    latest_people: Statistic | None = None
    last_counted: Statistic | None = None  # the last figure of people or things
    counted: dict[tuple[Number | None, Number | None], Statistic] = {}  # the last by value
    earlier: Sentence | None = None
    route = _route_pattern(active()).search(text) is not None  # arrivals there are crossings
    for sentence in doc.sentences:
        facts = _SentenceFacts(text, sentence, doc.published, earlier)
        earlier = sentence
        quoted = _quoted_language(text, sentence)
        if quoted is None:
            figures = _read_sentence(text, sentence, policy, facts)
        else:  # a Spanish sentence quoted in an English article: Spanish numbers
            with reading(quoted):
                figures = _read_sentence(text, sentence, policy, facts)
        if not figures:
            continue
        previous: tuple[Unit, Measure] | None = None
        people_here: tuple[Unit, Measure] | None = None
        previous_end = -1
        people_before = latest_people  # the last figure of people before this sentence
        first_here = len(found)
        for figure, _number in figures:
            unit, measure = _unit_and_measure(
                facts, figure, previous, people_before, people_here, previous_end, last_counted
            )
            again = (
                counted.get((figure.low, figure.high))
                if measure is Measure.OTHER
                and figure.unit is None
                and _DEFINITE.search(text, max(sentence.start, figure.start - 8), figure.start)
                else None
            )  # "... 1,250 crossings ... Most of the 1,250 were Syrians": the same count
            if again is not None:
                unit, measure = again.unit, again.measure
            if (
                route
                and (
                    measure is Measure.MIGRANTS
                    or (measure is Measure.OTHER and figure.unit is None)
                )
                and (
                    _arrives(text, sentence, figure, unit)
                    or _seen_on_route(text, sentence, figure, unit)
                )
            ):  # "408 people arrived on nine small boats", "when 14,327 arrived"
                unit, measure = (
                    Unit.PERSON if unit is Unit.COUNT and figure.unit is None else unit,
                    Measure.CROSSINGS,
                )
            if unit in _COUNTED:
                previous = (unit, measure)  # what a later bare number in the sentence counts
                previous_end = figure.end
            if unit is Unit.PERSON:
                people_here = (unit, measure)
            if figure.low is None and figure.high is None:
                continue
            qualifier, low, high = figure.qualifier, figure.low, figure.high
            last = found[-1] if found else None
            if (
                last is not None
                and qualifier is Qualifier.EXACT
                and last.measure is measure
                and measure in (Measure.DISTANCE, Measure.MONEY)
                and _CONVERSION.fullmatch(text, last.span.end, figure.start)
            ):  # "about 270 miles (430 kilometers)": the conversion is hedged alike
                qualifier = last.value.qualifier
                low, high = _hedge(qualifier, low, high)
            span = Span(figure.start, figure.end)
            found.append(
                Statistic(
                    value=Estimate(low, high, qualifier, text[figure.start : figure.estimate_end]),
                    unit=unit,
                    measure=measure,
                    span=span,
                    text=text[figure.start : figure.end],
                    period=facts.period(figure.start, figure.end),
                    per=figure.per,
                    place=facts.place(figure.start, figure.end),
                    source=facts.source(),
                )
            )
            if unit is Unit.PERSON:
                latest_people = found[-1]
            if unit in _COUNTED:
                last_counted = found[-1]
                counted[(low, high)] = found[-1]
        _take_the_whole(text, found, first_here)
    return tuple(found)


# Arriving denied or only tried: "stopped them from reaching", "failed to reach", "never
# arrived", "gave up on reaching", "trying to reach".
_KEPT_FROM = _anycase(
    r"(?<![\w])(?:from|not|never|failed[ \t]+to|unable[ \t]+to|up[ \t]+on|hope[ \t]+of|"
    r"hoping[ \t]+to|trying[ \t]+to|tried[ \t]+to|attempting[ \t]+to|attempted[ \t]+to)[ \t]+\Z"
)  # "gave up on reaching", "trying to reach"
# A relative clause right after a figure's clause: "592 people, who crossed the Channel".
_RELATIVE_AFTER = _anycase(r",[ \t]+(?:who|that|which)[ \t]")


def _arrives(text: str, sentence: Sentence, figure: _Figure, unit: Unit) -> bool:
    """Whether the figure's own words or its clause (or a relative clause right after it)
    say its people arrived ("12,000 arrivals", "300 people made the journey", "5,190 had
    arrived", "592 people, who crossed the Channel"), unless the verb the figure takes
    gives them another measure ("130 migrants were rescued and brought ashore")."""
    if unit not in (Unit.PERSON, Unit.COUNT):
        return False
    left, right = _clause(text, sentence, figure.start, figure.end)
    relative = _RELATIVE_AFTER.match(text, right) if right < sentence.end else None
    if relative is not None:  # read on into ", who crossed ..."
        stop = _CLAUSE_BREAK.search(text, relative.end(), min(sentence.end, relative.end() + 60))
        right = stop.start() if stop else min(sentence.end, relative.end() + 60)
    verb = _verb_measure(text, left, right, figure.start, figure.end)
    if verb is Measure.MIGRANTS:
        return False  # "rescued", "stranded", "waiting": people on the move, not arrived
    hits = _verb_after_pattern().finditer(text, left, right)
    if verb is Measure.CROSSINGS or any(
        _verbs()[h.group().lower()] is Measure.CROSSINGS for h in hits
    ):
        return True  # "who crossed the Channel", "arrived after crossing the Channel"
    return any(
        not _KEPT_FROM.search(text, max(left, hit.start() - 16), hit.start())
        and not (
            hit.group().lower().startswith("reach")
            and hit.end() <= figure.start
            and _LINKED.fullmatch(text, hit.end(), figure.start)
        )
        for hit in _arrival_pattern(active()).finditer(text, left, right)
    )  # but "stopped 26,000 people from reaching our shores" did not arrive, and "the flow
    # has reached 2,200 people" is a total, not an arrival


# A place that saw or logged a figure of people, right before it: "the Darien saw 80,000".
_SAW = _anycase(
    r"(?<![\w])(?:saw|sees|seen|recorded|records|registered|registers|received|receives|"
    r"logged|counted|welcomed)[ \t]+\Z"
)


# What may stand between a route and the verb of which it is the subject: "the Darien
# Gap saw", "the jungle route has seen", "Lampedusa alone recorded".
_ROUTE_SUBJECT = _anycase(
    r"[ \t]*(?:(?:gap|route|corridor|crossing|passage|alone|also|has|have|had|already|"
    r"itself|island|islands)[ \t]+){0,3}"
)


# A preposition before a route: the route is then a place in the subject, not the subject
# ("shelters near the Darien received 300").
_PREPOSED = _anycase(
    r"(?<![\w])(?:near|in|at|from|to|across|through|of|on|by|along|around|off|beside)"
    r"[ \t]+(?:the[ \t]+)?\Z"
)


def _seen_on_route(text: str, sentence: Sentence, figure: _Figure, unit: Unit) -> bool:
    """Whether a crossing route is said to have seen, logged or received the figure's
    people ("the Darien Gap saw 80,000 migrants", "Italy received 60,000 migrants by
    sea"): the route names its subject before the verb, or follows the figure."""
    if unit not in (Unit.PERSON, Unit.COUNT):
        return False
    saw = _SAW.search(text, max(sentence.start, figure.start - 24), figure.start)
    if saw is None:
        return False
    left, right = _clause(text, sentence, figure.start, figure.end)
    routes = _route_pattern(active())
    before = routes.finditer(text, max(sentence.start, left - 80), saw.start())
    if (
        before
        and _ROUTE_SUBJECT.fullmatch(text, before[-1].end(), saw.start())
        and not _PREPOSED.search(
            text, max(sentence.start, before[-1].start() - 16), before[-1].start()
        )
    ):
        return True  # "the Darien Gap saw", "the jungle route has seen": the route itself
    return any(
        hit.group().lower().split()[0] in ("by", "on", "in")
        for hit in routes.finditer(text, figure.end, min(right, figure.end + 24))
    )  # "received 60,000 migrants by sea": their means of arrival, not "from the jungle"


# A verb right before its figure links a total to it ("has reached 2,200"), with a hedge.
_LINKED = _anycase(r"[ \t]+(?:[a-z]+[ \t]+){0,2}")

# A figure of people named as part of a later one: "three women, who were among the 90 ...".
_AMONG = _anycase(r"[^.;!?\n]{0,80}?(?<![\w])(?:among|entre)[ \t]+(?:(?:the|los|las)[ \t]+)?")
# The people a figure of removal flights carried: "six deportation flights, carrying 900".
_CARRIED = _anycase(
    r"[^.;!?\n]{0,60}?(?<![\w])(?:carrying|involving|with|aboard|or|con|llevando)[ \t]+"
    r"(?:(?:a[ \t]+total[ \t]+of|un[ \t]+total[ \t]+de)[ \t]+)?"  # "with a total of 260"
)


def _take_the_whole(text: str, found: list[Statistic], first: int) -> None:
    """Figures of people that no verb of their own measures take the measure of the figure
    the sentence ties them to: the people that removal flights carried are removals, and a
    part named among a later figure counts what it counts ("two youths, who were among the
    116 deported": removals). ``found[first:]`` are the sentence's figures."""
    for k in range(first, len(found) - 1):
        carrier, carried = found[k], found[k + 1]
        if (
            carrier.unit is not Unit.COUNT
            or carried.unit is not Unit.PERSON
            or _CARRIED.fullmatch(text, carrier.span.end, carried.span.start) is None
        ):
            continue
        if carrier.measure is Measure.REMOVALS and carried.measure is Measure.MIGRANTS:
            found[k + 1] = evolve(carried, measure=Measure.REMOVALS)  # "seven deportation
            # flights a week, involving about 1,000 people": removals
        elif carrier.measure is Measure.OTHER and carried.measure is Measure.REMOVALS:
            words = carrier.text.lower().split()
            noun = next((_nouns().get(w) for w in reversed(words) if w in _nouns()), None)
            if noun is not None and noun.measure == "~removals":  # a flight, a plane
                found[k] = evolve(carrier, measure=Measure.REMOVALS)  # "dos vuelos llegaron
                # con 160 guatemaltecos deportados": flights of removals
    for k in range(len(found) - 2, first - 1, -1):
        part, whole = found[k], found[k + 1]
        if (
            part.unit is Unit.PERSON
            and (
                part.measure is Measure.MIGRANTS
                or (part.measure is Measure.OTHER and len(part.text.split()) == 1)
            )  # "the two are among the 50,000 who died": a bare number of people too
            and whole.unit is Unit.PERSON
            and _AMONG.fullmatch(text, part.span.end, whole.span.start) is not None
        ):
            own = _verb_after_aside(text, whole.span.end)  # "three men, among 40 ..., died"
            found[k] = evolve(part, measure=whole.measure if own is None else own)


def _verb_after_aside(text: str, end: int) -> Measure | None:
    """The measure of a verb right after the comma that closes an aside ending past ``end``
    ("..., among 40 migrants caught on Sunday, died in custody": deaths), if any."""
    limit = min(len(text), end + 80)
    stop = _CLAUSE_BREAK.search(text, end, limit)
    if stop is None or text[stop.start()] != "," or "." in text[end : stop.start()]:
        return None
    verbs = _verb_after_pattern().finditer(text, stop.end(), min(limit, stop.end() + 40))
    if not verbs or _BEFORE_VERB.fullmatch(text, stop.end(), verbs[0].start()) is None:
        return None
    return _framed(text, verbs[0])


_DIGIT = re.compile(r"\d")


def _quoted_language(text: str, sentence: Sentence) -> str | None:
    """The language of a sentence with a figure that is plainly not the article's: a
    Spanish sentence quoted in an English article ("3.000" is three thousand there)."""
    if active() != "en" or _DIGIT.search(text, sentence.start, sentence.end) is None:
        return None
    language = sentence_language(sentence.text)
    return None if language == "en" else language


def _unit_and_measure(
    facts: _SentenceFacts,
    figure: _Figure,
    previous: tuple[Unit, Measure] | None,
    earlier: Statistic | None = None,
    people_here: tuple[Unit, Measure] | None = None,
    previous_end: int = -1,
    last: Statistic | None = None,
) -> tuple[Unit, Measure]:
    """What ``figure`` counts. ``previous`` is what the figure before it in the sentence
    counts, ``earlier`` the article's last figure of people before this sentence,
    ``people_here`` what the last figure of people before it in the sentence counts,
    ``previous_end`` where the figure before it in the sentence ends, ``last`` the
    article's last figure of people or things before it."""
    if figure.unit is not None and figure.measure is not None:
        return figure.unit, figure.measure
    text, sentence = facts.text, facts.sentence
    if figure.unit is None and _MONEY_IN.match(text, figure.end) is not None:
        words = text[figure.start : figure.end].lower().split()
        if words and words[-1] in _VAGUE_SCALES:  # "millions in profit", "billions in aid"
            return Unit.USD, Measure.MONEY
    left, right = _clause(text, sentence, figure.start, figure.end)
    verb = _verb_measure(text, left, right, figure.start, figure.end)
    if figure.people is not None and figure.people.startswith("~") and figure.unit is not None:
        wanted = Measure(figure.people[1:])  # "~removals": flights that carried deportees
        if wanted is Measure.OTHER and _MULTIPLIER.match(text, figure.end, right):
            return figure.unit, Measure.OTHER  # "seven times more minors than crossed": a ratio
        if wanted is Measure.OTHER and verb in _EVENTS:  # "expelled 2.8 million times"
            return Unit.COUNT, verb
        if verb is None and _carries(text, figure.end, right) is wanted:
            return figure.unit, wanted  # "twelve flights land carrying 130 deportees each"
        return figure.unit, wanted if verb is wanted else Measure.OTHER
    if figure.people is not None and figure.unit is not None:
        if figure.unit is Unit.PERSON and _DEAD_IN_PHRASE.search(text, figure.start, figure.end):
            return figure.unit, Measure.DEATHS  # "two deceased migrants"
        if verb is None and figure.unit is Unit.PERSON:
            verb = _verb_past_aside(text, figure.end, sentence.end)
        if verb is Measure.APPREHENSIONS and _DETAINEES.search(text, figure.start, figure.end):
            verb = Measure.MIGRANTS  # "room to detain 100,000 detainees": people held
        if (
            figure.people == "*migrants"
            and verb in (None, Measure.MIGRANTS)
            and text[left : figure.start].strip()
            and _BACK.match(text, figure.end, right)
        ):  # "flew 140 migrants back to Caracas", "sent 300 Hondurans home": the object sent back
            verb = Measure.REMOVALS
        if verb is Measure.TROOPS:  # "deployed troops to stop 3,000 migrants": not troops
            return figure.unit, Measure(figure.people[1:])
        if (
            verb is None
            and figure.people == "*migrants"
            and _RESTATED.search(text, max(sentence.start, figure.start - 24), figure.start)
        ):  # "un 69% han sido deportados desde EE.UU., para sumar 37,034 personas"
            verb = _verb_measure(text, sentence.start, figure.start, figure.start, figure.start)
            if verb is not None:
                return figure.unit, verb
        if (
            verb is None
            and figure.people == "*migrants"
            and left > sentence.start
            and _OPENS_APART.search(text, max(sentence.start, left - 3), left) is not None
            and _REMOVAL_CARRIER.search(text, sentence.start, left) is not None
        ):  # "A deportation flight landed in San Pedro Sula — 135 Hondurans": removals
            return figure.unit, Measure.REMOVALS
        if verb is not None and (figure.people != "*other" or verb is Measure.DEATHS):
            return figure.unit, verb
        if figure.people == "*migrants" and figure.unit is Unit.PERSON:
            subject = _subject(text, sentence, figure.start)
            if subject is not None and subject[1] is not Measure.MIGRANTS:
                return figure.unit, subject[1]  # "Deaths ... are at 970 individuals"
        if (
            verb is None
            and previous is not None
            and (
                previous[0] in (Unit.PERSON, Unit.FAMILY, Unit.HOUSEHOLD)
                or (previous[0] is Unit.COUNT and previous[1] in _PEOPLE_MEASURES)
            )  # people, or groups of them ("families") counted as things
            and figure.people == "*migrants"
            and _PART_OF.search(text, max(left - 2, figure.start - 16), figure.start)
        ):  # "200 deportees, including 80 children", "70 passengers, 66 Guatemalans and 4"
            return figure.unit, previous[1]
        if (
            verb is None
            and figure.people == "*migrants"
            and earlier is not None
            and earlier.span.end <= sentence.start
            and figure.start - earlier.span.end <= _RECORD_REACH
            and earlier.measure in _EVENTS
            and (
                _RESTATES.search(text, max(sentence.start, figure.start - 48), figure.start)
                or _OF_THE_PEOPLE.search(text, figure.start, figure.end)
            )
        ):  # "... 50,000 crossed the jungle. 9,683 of the migrants were minors": a part;
            # "... 399,606 had crossed the jungle. It beats last year's record of 248,000
            # migrants"; "... The daily rate has exceeded 2,000 people": the same count
            return figure.unit, earlier.measure
        if (
            verb is None
            and figure.people == "*migrants"
            and _RESTATES.search(text, max(sentence.start, figure.start - 48), figure.start)
            and _NUMBER_OF.search(
                text, sentence.start, min(figure.start, sentence.start + _DATELINE_REACH)
            )
        ):  # "The number of migrants crossing the jungle — ... — hit a record of 402,300
            # people": the count the sentence opened with
            named = _number_of(text, sentence.start, figure.start)
            if named is not None and named[1] is not Measure.OTHER:
                return figure.unit, named[1]
        paren = (
            _NOUN_PAREN.search(text, max(sentence.start, figure.start - 40), figure.start)
            if verb is None and figure.people == "*migrants"
            else None
        )
        if paren is not None:  # "the top destination for deportations (87,298 individuals)"
            noun = _nouns().get(paren.group("noun").lower())
            if noun is not None and noun.unit in _COUNTED and noun.measure in _EVENT_NAMES:
                return figure.unit, Measure(noun.measure)
        if (
            verb is None
            and figure.people == "*migrants"
            and last is not None
            and last.span.end <= sentence.start
            and last.measure in _EVENTS | {Measure.DEATHS}
            and _PART_OF_LAST.match(text, sentence.start, figure.start) is not None
        ):  # "... apprehended 396,000. Included in that number were 50,000 children":
            # the parts of a total count what the total counts
            return figure.unit, last.measure
        return figure.unit, Measure(figure.people[1:])  # "*removals": removals
    # a bare number: "up from 1,250", "(152,870)"
    if (
        verb is None
        and last is not None
        and (
            (
                previous is None
                and _OF_THESE.search(text, max(sentence.start, figure.start - 32), figure.start)
            )
            or _OF_THESE_AFTER.match(text, figure.end, sentence.end)
        )
    ):  # "... 131,448 asylum requests. Of these, more than 51,000 were Haitians": asylum
        unit = Unit.PERSON if last.measure in _EVENTS else last.unit
        return unit, last.measure
    named = _named_after(text, figure.start, figure.end, sentence.end) if verb is None else None
    if named is not None:  # "12,000, 8,000 and 5,000, respectively, as known gotaways"
        return named
    if (
        verb is None
        and previous is None
        and last is not None
        and last.span.end <= sentence.start
        and last.measure in _EVENTS | {Measure.DEATHS}
        and _PART_OF_LAST.match(text, sentence.start, figure.start) is not None
    ):  # "... 1.6 million encounters. The remainder included families (451,087; 27%)"
        return (Unit.PERSON if last.unit is Unit.COUNT else last.unit), last.measure
    part_of = _OF_THE_OPENING.match(text, sentence.start, left)
    if verb is None and part_of is not None:  # "Of the deportees, 300 were children"
        named = _named_by(_head_noun(text, part_of.end("of"), left))
        if named is not None and named[1] is not Measure.OTHER:
            return named
    if text[left : figure.start].strip() and _BACK.match(text, figure.end, right):
        return Unit.PERSON, Measure.REMOVALS  # "they sent hundreds back to Honduras"
    after = _verb_after_pattern().finditer(text, figure.end, min(right, figure.end + 40))
    if after and _BEFORE_VERB.fullmatch(text, figure.end, after[0].start()) is not None:
        return Unit.PERSON, _framed(text, after[0])  # "as many as 37 were saved"
    if previous is not None and previous_end >= 0:
        own = [
            hit
            for hit in _verb_pattern().finditer(text, max(left, previous_end), figure.start)
            if hit.group().lower() not in _next_forms(active())
        ]
        if own:  # "intercepted 252,000 migrants and deported more than 100,000": removals
            return Unit.PERSON, _framed(text, own[-1])
    if previous is not None:
        subject = _subject(text, sentence, figure.start) if previous[1] is Measure.OTHER else None
        if subject is not None:  # "Apprehensions in the nine sectors totaled 187,000"
            return subject
        if (
            previous[1] is Measure.OTHER
            and people_here is not None
            and (
                _TOTAL_TO.search(text, max(left, figure.start - 48), figure.start)
                or _TOTAL_ASIDE_TO.search(
                    text, max(sentence.start, figure.start - 96), figure.start
                )
                or _COMPARED.search(text, max(left, figure.start - 24), figure.start)
            )
        ):  # "337 people crossed in 10 boats, bringing the total to 18,108": people, not boats;
            # "40,297 people, 6.5 times more than the 6,134 of a year before": people
            return people_here
        return previous
    if _GROUP_OF.search(text, max(left, figure.start - 24), figure.start):
        return Unit.PERSON, verb or Measure.MIGRANTS  # "a large group of about 3,500"
    if verb is not None:
        return Unit.PERSON, verb
    named = _number_of(text, left, figure.start)  # "the number of minors rose to 12,500"
    if named is not None:
        return named
    named = _subject(text, sentence, figure.start)  # "The number of ... rose to 4,800"
    if named is not None:
        return named
    if _TO_TARGET.search(text, max(sentence.start, figure.start - 4), figure.start) and (
        _NUMBER_OF.search(text, sentence.start, min(figure.start, sentence.start + _DATELINE_REACH))
    ):  # "The number of crossings fell by 23% in four months, to around 63,400"
        named = _number_of(text, sentence.start, figure.start)
        if named is not None:
            return named
    total = _OF_THE_TOTAL.search(text, sentence.start, figure.start)
    if total is not None and total.start() < left:  # the total opens the sentence's first clause
        head = _head_noun(text, total.end(), figure.start)
        if head is not None and not head.measure.startswith("~"):
            whole = Measure(head.measure.lstrip("*"))
            return (Unit.PERSON if head.unit is Unit.COUNT else head.unit), whole
    record = _RECORD.search(text, max(left, figure.start - 20), figure.start) or _MOVED_TO.search(
        text, max(sentence.start, figure.start - 40), figure.start
    )
    if (
        earlier is not None
        and facts.previous is not None
        and (
            earlier.span.start >= facts.previous.start
            or (record is not None and figure.start - earlier.span.end <= _RECORD_REACH)
        )  # "... removed 302,192 people. The year began in October. The tally was 271,000"
        and (
            earlier.unit is Unit.PERSON
            or (earlier.unit is Unit.COUNT and earlier.measure in _EVENTS and record is not None)
        )
        and (
            record is not None
            or _COMPARED.search(text, max(left, figure.start - 24), figure.start)
            or _DID_SO.match(text, figure.end, sentence.end)  # "the 12,500 who did so"
        )
    ):  # "... crossed the jungle. The total may top last year's record of 520,000.";
        # "... crossed the jungle. That almost quadruples the 49,452 of a year before."
        return earlier.unit, earlier.measure
    if (
        figure.low == figure.high
        and isinstance(figure.low, int)
        and 2 <= figure.low <= 10
        and figure.people is None
        and _DEFINITE.search(text, max(sentence.start, figure.start - 8), figure.start)
        and _FOLLOWED_BY_WORD.match(text, figure.end) is not None
    ):  # "the two discussed migration", "the three met": people named before, not counted
        return Unit.PERSON, Measure.OTHER
    measure = facts.bare_measure(figure.start)
    if measure == (Unit.COUNT, Measure.OTHER) and facts.previous is not None:
        opening = text[sentence.start : figure.start].split()
        if len(opening) <= 1 and _PEOPLE_WORDS.search(facts.previous.text):
            return (
                Unit.PERSON,
                Measure.MIGRANTS,
            )  # "... the migrants walked on. Only 300 went back."
        if (
            last is not None
            and last.span.start >= facts.previous.start
            and last.measure is not Measure.OTHER
            and not text.startswith("-", figure.end)  # "a 575,000-acre park": a measure
        ):  # "... 28,000 crossings were recorded. The route logged 6,900 and 11,900 in
            # January and February": a sentence that names nothing counts what the last did
            return last.unit, last.measure
    return measure


# A sentence that opens on a part of the total the sentence before gave: "Included in that
# number were ...", "That total includes ...", "Of those, ...", "Among them were ...".
_PART_OF_LAST = _anycase(
    r"[ \t\n]*(?:(?:included|counted)[ \t]+(?:in|among)[ \t]+(?:that|this|the)[ \t]+"
    r"(?:number|total|figure|tally|count)|(?:that|this|the)[ \t]+(?:number|total|figure|tally)"
    r"[ \t]+(?:includes|included|comprises|comprised)|(?:of|among)[ \t]+(?:those|these|them)|"
    r"the[ \t]+(?:remainder|rest)[ \t]+(?:includes|included|were|was|are|is|comprised))"
    r"(?![\w])[^.;!?\n]{0,48}\Z"
)

# What follows "N times" when it multiplies a comparison, not counts occurrences: "five
# times more", "three times higher", "twice as many" ("times as many"), "ten times the".
_MULTIPLIER = _anycase(
    r"[ \t]+(?:more|less|fewer|higher|lower|larger|greater|bigger|smaller|as|the|over)(?![\w])"
)

_CARRYING = _anycase(
    r"[^\n]{0,40}?(?<![\w])(?:carrying|carried|with|of|aboard|llevando|con|de)[ \t]+"
    r"(?:(?:about|some|around|nearly|more[ \t]+than|over|unos|unas|más[ \t]+de)[ \t]+)?"
    r"[\d.,]*[ \t]*(?P<noun>[^\W\d_]+)"
)  # what a flight or a plane carries, in its clause: "flights carrying about 130 deportees"


def _carries(text: str, end: int, right: int) -> Measure | None:
    """The measure of the people a carrier figure ("twelve flights") carries, named by
    their own noun in its clause ("carrying about 130 deportees": removals), if any."""
    match = _CARRYING.match(text, end, right)
    if match is None:
        return None
    noun = _nouns().get(match.group("noun").lower())
    if noun is None or noun.unit is not Unit.PERSON or noun.measure.lstrip("*~") == "migrants":
        return None
    return Measure(noun.measure.lstrip("*~"))


def _subject(text: str, sentence: Sentence, start: int) -> tuple[Unit, Measure] | None:
    """What the subject that opens the sentence counts, when a linking verb ties the figure
    at ``start`` to it ("Deaths recorded on the three routes are at 970 individuals",
    "The number of migrants reaching Italy rose to 4,800"); None for no such subject, or
    one that counts only people on the move."""
    if _LINKING.search(text, max(sentence.start, start - 24), start) is None:
        return None
    reach = min(start, sentence.start + _SUBJECT_REACH)
    if _NUMBER_OF.search(text, sentence.start, reach) is not None:
        return _number_of(text, sentence.start, start)
    head = _head_noun(text, sentence.start, reach)
    if head is None or head.measure.startswith(("*", "~")):
        return None
    measure = Measure(head.measure)
    if measure not in _EVENTS and measure is not Measure.DEATHS:
        return None
    return Unit.PERSON, measure


def _number_of(text: str, left: int, start: int) -> tuple[Unit, Measure] | None:
    """What "the number of X" or "a total of X" before a bare number names, if anything."""
    ends = [m.end() for m in _NUMBER_OF.finditer(text, left, start)]
    if not ends:
        return None
    head = _head_noun(text, ends[-1], start)
    if head is not None and head.measure == "*migrants":
        verbs = _verb_after_pattern().finditer(text, head.end, min(start, head.end + 24))
        if verbs and not text[head.end : verbs[0].start()].strip(" \t"):
            return head.unit, _framed(text, verbs[0])  # "the number of migrants crossing"
    return _named_by(head)


def _named_after(text: str, start: int, end: int, stop: int) -> tuple[Unit, Measure] | None:
    """What a bare number counts when the noun comes after a list and "respectively", or
    after "reported as" ("9,100 reported as known gotaways"), or stands right before it in
    parentheses ("known gotaways (8,450)"); None when nothing names it so."""
    after = _RESPECTIVELY.match(text, end, stop) or _REPORTED_AS.match(text, end, stop)
    if after is not None:
        return _named_by(_head_noun(text, after.end(), stop))
    paren = _NOUN_PAREN.search(text, max(0, start - 40), start)
    if paren is not None and text.startswith(")", end):
        noun = _nouns().get(paren.group("noun").lower())
        if noun is not None and noun.unit in _COUNTED and noun.measure in _EVENT_NAMES:
            # an event ("gotaways (8,450)"); people ("nationals (1,641)") take their verb
            head = _Head(paren.end("noun"), noun.unit, noun.measure, noun.factor)
            return _named_by(head)
    return None


def _named_by(head: _Head | None) -> tuple[Unit, Measure] | None:
    """What a bare number counts when a noun before it names what it is a part or a count
    of ("the number of deportees", "Of the returnees, ..."): people, or the event counted."""
    if head is None or head.measure.startswith("~"):
        return None
    if head.measure.startswith("*"):
        return head.unit, Measure(head.measure[1:])
    return (Unit.PERSON if head.unit is Unit.COUNT else head.unit), Measure(head.measure)


def find_statistics(
    text: str, published: dt.date | None = None, *, vague: VaguePolicy | None = None
) -> tuple[Statistic, ...]:
    """Every Statistic in ``text`` (a convenience over :func:`extract`)."""
    return extract(Document.of(text, published), vague=vague)
