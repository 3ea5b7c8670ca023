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
    DIRECTS = "DIRECTS"


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
