"""The closed classes of the rule tables: each column whose values a table's header lists is
an enum here (or one of :mod:`migrationnews.records` and :mod:`migrationnews.values`)."""

from __future__ import annotations

from migrationnews.values import StrEnum


class Position(StrEnum):
    """Where a word stands relative to the number or figure it qualifies."""

    BEFORE = "before"
    AFTER = "after"


class Side(StrEnum):
    """Where a statistic verb frames its figure (``statistic_verbs.tsv`` column 3); a verb
    with no side frames it from either side."""

    BEFORE = "before"
    AFTER = "after"
    NEXT = "next"  # only right before the figure ("a city of", "space for")


class CaravanRole(StrEnum):
    """What a caravan word signals (``caravan_words.tsv``, whose header describes each)."""

    NOUN = "noun"
    WEAK = "weak"
    VEHICLE = "vehicle"
    ORG = "org"
    PEOPLE = "people"
    MOVE = "move"
    SIZE = "size"
    ONWAY = "onway"
    FORMING = "forming"
    STOPPED = "stopped"
    DISPERSED = "dispersed"
    MODAL = "modal"
    CONTRAST = "contrast"
    PAST = "past"
    # Spanish only (es/caravan_words.tsv's header says what each does)
    DETERMINER = "determiner"
    INDEFINITE = "indefinite"
    FROM = "from"
    FILLER = "filler"
    LINK = "link"
    GROUP = "group"
    PLACE = "place"
    OF = "of"
    PHRASE = "phrase"
    SETTLEMENT = "settlement"
    COUNT = "count"
    ORDINAL = "ordinal"
    PLAN = "plan"
    REACH = "reach"
    LOCATE = "locate"
    AWAY = "away"
    CAPTURE = "capture"
    REPORT = "report"
    ARRIVE = "arrive"
    TALLY = "tally"
    CONT = "cont"
    BORDER = "border"
    TRANSIT = "transit"
    DEPART = "depart"
    PAUSE = "pause"
    DEPARTURE = "departure"
    TO = "to"
    EARLIER = "earlier"
    ROAD = "road"
    BETWEEN = "between"
    ACCORDING = "according"
    ORIGIN = "origin"
    MIGRANT = "migrant"
    CONVOY = "convoy"
    KIND = "kind"
    OTHERS = "others"
    PART = "part"


class MeetingWord(StrEnum):
    """What a word of ``meetings.tsv`` reports: a :class:`MeetingKind`, or a mark."""

    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    TALKS = "talks"
    PLANNED = "planned"
    NEGATED = "negated"
    NONE = "none"  # a phrase that holds a meeting word and reports no meeting ("spoke out")
    TOUR = "tour"  # a visit word that names a trip of several stops, each a visit


class MeetingRole(StrEnum):
    """How a meeting word takes its participants (``meetings.tsv`` column 3)."""

    VERB = "verb"
    NOUN = "noun"
    SIDES = "sides"
    MARK = "mark"


class TitleClass(StrEnum):
    """The part a word plays in an English title phrase (``titles.tsv`` column 3)."""

    OFFICE = "office"
    ROLE = "role"
    COUNTERPART = "counterpart"
    BODY = "body"
    MODIFIER = "modifier"
    DROP = "drop"
    NOT = "not"


class SpanishTitleClass(StrEnum):
    """The part a word plays in a Spanish title phrase (``es/titles.tsv`` column 2)."""

    OFFICE = "office"
    MODIFIER = "modifier"
    COUNTERPART = "counterpart"
    JOIN = "join"
    FORMER = "former"
    HEAD = "head"  # heads something only when what it heads is public ("director de")
    BODY = "body"  # a public body a head may lead ("del INM")


class Modality(StrEnum):
    """The classes of ``policy_modality.tsv`` (its header says what each does)."""

    NEGATION = "NEGATION"
    VAGUE = "VAGUE"
    DELIBERATE = "DELIBERATE"
    PLANNED = "PLANNED"
    FUTURE = "FUTURE"
    ANNOUNCED = "ANNOUNCED"
    ONGOING = "ONGOING"
    BE = "BE"
    GENERIC = "GENERIC"
    ENDED = "ENDED"
    LIGHT = "LIGHT"
    HAVE = "HAVE"
    SPEECH = "SPEECH"
    LINK = "LINK"
    DETERMINER = "DETERMINER"
    CONJUNCTION = "CONJUNCTION"
    PREPOSITION = "PREPOSITION"
    AGENT = "AGENT"
    MOTION = "MOTION"
    RELATIVE = "RELATIVE"
    PARTITIVE = "PARTITIVE"
    AUTHORITY = "AUTHORITY"
    PREVENT = "PREVENT"
    ENABLED = "ENABLED"
    PERMITS = "PERMITS"
    PURPOSE = "PURPOSE"
    NATIONAL_OFFICE = "NATIONAL_OFFICE"  # an office only one country has: "Home Secretary"
    SPOKESPERSON = "SPOKESPERSON"  # who speaks for a body: "a spokesperson for the ministry"
    DIRECTS = "DIRECTS"
    QUANTIFIER = "QUANTIFIER"
    CARRYING = "CARRYING"
    SUBORDINATE = "SUBORDINATE"
    UNLAWFUL = "UNLAWFUL"
    VOTE = "VOTE"


class VerbNote(StrEnum):
    """How a policy verb reads (``policy_verbs.tsv`` column 8)."""

    COUNTED = "counted"
    ERGATIVE = "ergative"
    DURATIVE = "durative"


class ObjectRole(StrEnum):
    """Whether an object class names a measure or what is acted on."""

    MEASURE = "measure"
    TARGET = "target"


class BodyRole(StrEnum):
    """What a government body does besides acting (``policy_bodies.tsv`` column 3)."""

    LEGISLATURE = "legislature"
    JUDGE = "judge"
    GROUP = "group"  # a non-governmental organisation: "the organization" refers back to it


class ReferenceClass(StrEnum):
    """What the words of a line of ``policy_references.tsv`` are (its column 1)."""

    DEFINITE = "DEFINITE"  # the article before a noun that refers back: "the", "el"
    OWN = "OWN"  # an official's own: "his", "su"
    COUNTRY = "COUNTRY"  # a noun that names the country named last before: "nation"
    GOVERNMENT = "GOVERNMENT"  # a noun for the government of a country named as governing
    STATE = "STATE"  # a noun that names the state named last before: "state"
    OF = "OF"  # after a noun, the word that names what it is of: "the state of"
    NOT_AFTER = "NOT_AFTER"  # after "state" or "country", a word that makes it a modifier
    OFFICE = "OFFICE"  # a noun that names an official by office: "the governor"
    AGENCY = "AGENCY"  # a noun that names a government agency again: "the department"
    INTENT = "INTENT"  # after a possessor, a noun of intent that makes it act: "plan to"
    PLAINTIFF = "PLAINTIFF"  # a verb class of a party to a suit, never of a court
    COURT = "COURT"  # a word of a court's name: "court", "panel"
    JUDGE = "JUDGE"  # a word of a judge's title: "judge", "justice"
    ASIDE = "ASIDE"  # the first word of an aside about the subject: "a", "along"
    PAIR = "PAIR"  # a phrase that names the two countries named last before: "both nations"
    AND = "AND"  # the words that join two names or close a list: "and"
    OR = "OR"  # the words that close a list of alternatives: "or"
    POSSESSED = "POSSESSED"  # after a possessor that acts: "'s government", "'s office"
    ORDERED = "ORDERED"  # before who orders what is done: "on the orders of"
    SOURCE = "SOURCE"  # before who says what was done: "according to"
    BORDER = "BORDER"  # a border the gazetteer does not name: "la frontera sur"
    BORDER_WITH = "BORDER_WITH"  # right before a country: "border with", "frontera con"
    LOCATIVE = "LOCATIVE"  # before a kind of site where an action is: "along", "at"
    PRONOUN = "PRONOUN"  # a subject pronoun that refers back to an official: "he"
    BODY_PRONOUN = "BODY_PRONOUN"  # a subject pronoun for a court, body or government: "it"
    PLURAL_PRONOUN = "PLURAL_PRONOUN"  # a subject pronoun for forces or a group: "they"
    GROUP = "GROUP"  # a noun that names an organisation named before: "the organization"
    ORGANIZATION = "ORGANIZATION"  # the last word of a group's own name: "... Project"
    ASKED = "ASKED"  # an object pronoun and what makes it act: "him to" ("urged him to")
    NATIONAL_OFFICE = "NATIONAL_OFFICE"  # an office only one country has: "Home Secretary"
    SPOKESPERSON = "SPOKESPERSON"  # who speaks for a body: "a spokesperson for the ministry"
    DIRECTS = "DIRECTS"  # a verb whose object is told to act: "directed ICE to" (who directs acts)
    LOCAL = "LOCAL"  # a word of the title of a state's or a city's official: "governor"
    BELONGS = "BELONGS"  # after a force, before its country: "the government of Honduras"


class CourtSection(StrEnum):
    """The sections of ``policy_courts.tsv``."""

    VERB = "VERB"
    ONLY = "ONLY"
    OBJECT = "OBJECT"
    MEASURE = "MEASURE"


class SiteClass(StrEnum):
    """What a word after a policy verb says about the action's site (``policy_sites.tsv``)."""

    BREAK = "BREAK"
    WHOLE = "WHOLE"
    THERE = "THERE"
    CITY = "CITY"
    STATE = "STATE"
    NAME = "NAME"
    GENERIC = "GENERIC"


class ContextKind(StrEnum):
    """What a context word makes a number (``statistic_context.tsv``)."""

    IDENTIFIER = "identifier"
    DATE = "date"
    TIME = "time"
    AGE = "age"
    ORDINAL = "ordinal"
    TEMPERATURE = "temperature"


class NumberKind(StrEnum):
    """The kinds of number words, English and Spanish (``number_words.tsv``)."""

    UNIT = "unit"
    TEEN = "teen"
    TENS = "tens"
    HUNDRED = "hundred"
    HUNDREDS = "hundreds"
    HUNDREDS_PLUS = "hundreds+"
    SCALE = "scale"
    SCALE0 = "scale0"
    DOZEN = "dozen"
    WHOLE = "whole"
    VAGUE = "vague"
    FRACTION = "fraction"


class DateWordKind(StrEnum):
    """The kinds of date words (``es/date_words.tsv``)."""

    MONTH = "month"
    WEEKDAY = "weekday"
    REL = "rel"
    DAY = "day"
    UNIT = "unit"
    ABBREVIATION = "abbreviation"  # a month as a dateline shortens it ("21 ene (EFE)")
    FUTURE = "future"  # a word or a verb ending that makes a sentence look ahead


class GazetteerKind(StrEnum):
    """The kinds of ``places.tsv`` (a :class:`PlaceKind` where one fits, else OTHER)."""

    STATE = "state"
    CITY = "city"
    PORT_OF_ENTRY = "port_of_entry"
    BORDER_CROSSING = "border_crossing"
    SECTOR = "sector"
    REGION = "region"
    HUB = "hub"
    RIVER = "river"
    SEA = "sea"
