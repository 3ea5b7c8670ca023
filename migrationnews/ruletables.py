"""The rule tables of ``migrationnews/rules/`` as typed rows, checked when they load.

Every table has a frozen row class here whose fields are its columns, in file order; one
accessor per table returns its rows (``policy_verbs("es")``), read once on first use and
kept. Loading converts each cell as its field says: a closed class becomes its enum (a
record enum of :mod:`migrationnews.records` or :mod:`migrationnews.values`, or a class
defined here), a ``|`` list becomes a tuple, a number, a date or an ISO country code is
parsed, and a cell that does not fit raises :class:`~migrationnews.errors.RuleDataError`
naming the file, the line and the column. Classes one table defines and another refers to
(the verb and object classes of the policy tables) are checked against the defining table
when the referring one loads. Nobody unpacks a row by position.

Language is a parameter of every accessor of a vocabulary that differs by language: a
language's table is ``rules/<language>/<name>`` when it has one, else the English table
``rules/<name>``, which then holds what the languages share (:func:`rule_path`). Tables the
languages share (places, countries, office-holders, ``policy_rules.tsv``) take no language.

>>> row = policy_verbs("en")[0]
>>> row.verb_class, row.past, row.note
('SIGN', ('signed',), None)
>>> [r.name for r in countries() if r.code == "HN"]
['Honduras']
>>> rule_path("meetings.tsv", "es"), rule_path("policy_bodies.tsv", "es")
('es/meetings.tsv', 'policy_bodies.tsv')
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, Literal, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from migrationnews.errors import ArgumentTypeError, RuleDataError
from migrationnews.records import Measure, MeetingKind, PolicyKind, PolicyStatus, Unit
from migrationnews.values import Granularity, PlaceKind, Qualifier, StrEnum

__all__ = [
    "OPERATION_CLASS",
    "BodyRole",
    "BodyRow",
    "CaravanRole",
    "CaravanWordRow",
    "ContextKind",
    "ContextRow",
    "CountryRow",
    "CourtRow",
    "CourtSection",
    "DateWordKind",
    "DateWordRow",
    "GazetteerKind",
    "HedgeRow",
    "LanguageWordRow",
    "MeetingRole",
    "MeetingWord",
    "MeetingWordRow",
    "Modality",
    "ModalityRow",
    "Number",
    "NumberKind",
    "NumberWordRow",
    "ObjectRole",
    "OfficeholderRow",
    "PlaceRow",
    "PolicyObjectRow",
    "PolicyRuleRow",
    "PolicyVerbRow",
    "Position",
    "RateRow",
    "SiteClass",
    "SiteRow",
    "SpanishTitleClass",
    "SpanishTitleRow",
    "StatisticNounRow",
    "StatisticPlaceRow",
    "StatisticVerbRow",
    "TitleClass",
    "TitleRow",
    "VerbNote",
    "abbreviations",
    "caravan_words",
    "common_surnames",
    "countries",
    "date_words",
    "entries",
    "hedges",
    "language_words",
    "lines",
    "meeting_words",
    "number_labels",
    "number_words",
    "officeholders",
    "places",
    "policy_bodies",
    "policy_courts",
    "policy_modality",
    "policy_objects",
    "policy_rules",
    "policy_sites",
    "policy_verbs",
    "rule_path",
    "spanish_titles",
    "statistic_changes",
    "statistic_context",
    "statistic_date_hints",
    "statistic_nouns",
    "statistic_places",
    "statistic_rates",
    "statistic_sources",
    "statistic_verbs",
    "titles",
]

Number: TypeAlias = int | float
R = TypeVar("R")
E = TypeVar("E", bound=enum.Enum)
_LANGUAGES = ("en", "es")  # as language.LANGUAGES (that module reads language_words here)


# ---- closed classes of the tables ----------------------------------------------------------


class Position(StrEnum):
    """Where a word stands relative to the number or figure it qualifies."""

    BEFORE = "before"
    AFTER = "after"


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


class MeetingWord(StrEnum):
    """What a word of ``meetings.tsv`` reports: a :class:`MeetingKind`, or a mark."""

    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    TALKS = "talks"
    PLANNED = "planned"
    NEGATED = "negated"


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


# ---- cell parsers: each returns the value or raises ValueError saying what is wrong ---------


def _text(cell: str) -> str:
    return cell


def _required(cell: str) -> str:
    if not cell:
        raise ValueError("must not be empty")
    return cell


def _items(cell: str) -> tuple[str, ...]:
    if "|" not in cell:  # the usual cell, stripped already: one item or none
        return (cell,) if cell else ()
    return tuple(item.strip() for item in cell.split("|") if item.strip())


def _required_items(cell: str) -> tuple[str, ...]:
    items = _items(cell)
    if not items:
        raise ValueError("must list at least one item")
    return items


def _enum(kind: type[E]) -> Callable[[str], E]:
    members: dict[object, E] = dict(kind._value2member_map_)

    def parse(cell: str) -> E:
        member = members.get(cell)
        if member is None:
            allowed = ", ".join(str(member.value) for member in kind)
            raise ValueError(f"{cell!r} is not one of {allowed}")
        return member

    return parse


def _optional(parse: Callable[[str], R], empty: str = "") -> Callable[[str], R | None]:
    """``parse``, or None for an empty cell (or the cell ``empty``, such as "-")."""

    def optional(cell: str) -> R | None:
        return None if cell in {"", empty} else parse(cell)

    return optional


def _number(cell: str) -> Number:
    try:
        value = Decimal(cell)
    except InvalidOperation:
        raise ValueError(f"{cell!r} is not a number") from None
    return int(value) if value == value.to_integral_value() else float(value)


def _factor(cell: str) -> int:
    if not cell:
        return 1
    if not cell.isdigit():
        raise ValueError(f"{cell!r} is not a whole number")
    return int(cell)


def _date(cell: str) -> dt.date:
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"{cell!r} is not a date YYYY-MM-DD") from None


def _country(cell: str) -> str:
    if not (len(cell) == 2 and cell.isascii() and cell.isalpha() and cell.isupper()):
        raise ValueError(f"{cell!r} is not an ISO 3166-1 alpha-2 code")
    return cell


def _class_name(cell: str) -> str:
    if re.fullmatch(r"[A-Z][A-Z_]*", cell) is None:
        raise ValueError(f"{cell!r} is not a class name (upper case)")
    return cell


def _flag(word: str) -> Callable[[str], bool]:
    def parse(cell: str) -> bool:
        if cell not in {"", word}:
            raise ValueError(f"{cell!r} is neither empty nor {word!r}")
        return cell == word

    return parse


def _noun_measure(cell: str) -> str:
    """A :class:`Measure` value, or ``*`` and one (the verb decides, else that one)."""
    _enum(Measure)(cell.removeprefix("*"))
    return cell


def _hedge(cell: str) -> Qualifier | Literal["inclusive"]:
    return "inclusive" if cell == "inclusive" else _enum(Qualifier)(cell)


def _language(cell: str) -> str:
    if cell not in _LANGUAGES:
        raise ValueError(f"{cell!r} is not one of {', '.join(_LANGUAGES)}")
    return cell


class _CellError(ValueError):
    """A check across the cells of a row failed: ``column`` is the cell at fault."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column = column


def _cell(column: str, parse: Callable[[str], object], cell: str) -> None:
    """Check ``cell`` of ``column`` with ``parse`` inside a row's own check."""
    try:
        parse(cell)
    except ValueError as error:
        raise _CellError(column, str(error)) from None


def _parse(parse: Callable[[str], Any]) -> dict[str, Callable[[str], Any]]:
    """The metadata of a field read from its cell by ``parse``."""
    return {"parse": parse}


# ---- the row classes, one per table ------------------------------------------------------


@frozen
class PolicyVerbRow:
    """A verb lemma of ``policy_verbs.tsv``: its class and every written form."""

    verb_class: str = field(metadata=_parse(_class_name))
    base: tuple[str, ...] = field(metadata=_parse(_items))
    third: tuple[str, ...] = field(metadata=_parse(_items))
    past: tuple[str, ...] = field(metadata=_parse(_items))
    participle: tuple[str, ...] = field(metadata=_parse(_items))
    ing: tuple[str, ...] = field(metadata=_parse(_items))
    nouns: tuple[str, ...] = field(metadata=_parse(_items))
    note: VerbNote | None = field(metadata=_parse(_optional(_enum(VerbNote))))

    @property
    def forms(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each form's name ("base", "third", ..., "noun") with its spellings, in order."""
        return (
            ("base", self.base),
            ("third", self.third),
            ("past", self.past),
            ("participle", self.participle),
            ("ing", self.ing),
            ("noun", self.nouns),
        )


@frozen
class PolicyObjectRow:
    """An object class of ``policy_objects.tsv`` with its nouns."""

    object_class: str = field(metadata=_parse(_class_name))
    forms: tuple[str, ...] = field(metadata=_parse(_required_items))
    role: ObjectRole = field(metadata=_parse(_enum(ObjectRole)))


@frozen
class PolicyRuleRow:
    """A rule of ``policy_rules.tsv``: a verb class with an object class states a kind."""

    verb: str = field(metadata=_parse(_required))  # a verb class, "*", DESCRIBED or UNDER
    object: str = field(metadata=_parse(_required))  # an object class or "*"
    kind: PolicyKind = field(metadata=_parse(_enum(PolicyKind)))
    status: PolicyStatus | None = field(metadata=_parse(_optional(_enum(PolicyStatus), "-")))
    default: PolicyStatus = field(metadata=_parse(_enum(PolicyStatus)))


@frozen
class ModalityRow:
    """A word of ``policy_modality.tsv`` and its class."""

    words: str = field(metadata=_parse(_required))
    modality: Modality = field(metadata=_parse(_enum(Modality)))


@frozen
class BodyRow:
    """A government body of ``policy_bodies.tsv``."""

    actor: str = field(metadata=_parse(_required))  # "-": the country a demonym in the name names
    forms: tuple[str, ...] = field(metadata=_parse(_required_items))
    role: BodyRole | None = field(metadata=_parse(_optional(_enum(BodyRole))))
    country: str | None = field(metadata=_parse(_optional(_country)))


@frozen
class CourtRow:
    """A line of ``policy_courts.tsv``; ``value`` as written, read by :attr:`status` and
    :attr:`measure_kind` (checked when the table loads)."""

    section: CourtSection = field(metadata=_parse(_enum(CourtSection)))
    cls: str = field(metadata=_parse(_class_name))
    value: str = field(metadata=_parse(_required))

    def __attrs_post_init__(self) -> None:
        if self.section is CourtSection.MEASURE:
            _cell("value", _enum(PolicyKind), self.value)
        elif self.section is CourtSection.OBJECT:
            if self.value != "-":
                raise _CellError("value", f"{self.value!r} must be '-' in an OBJECT line")
        else:
            _cell("value", _optional(_enum(PolicyStatus), "-"), self.value)

    @property
    def status(self) -> PolicyStatus | None:
        """A VERB or ONLY line: the status of the measure acted on (None: no measure)."""
        return None if self.value == "-" else PolicyStatus(self.value)

    @property
    def measure_kind(self) -> PolicyKind:
        """A MEASURE line: the kind of the measure the object class names."""
        return PolicyKind(self.value)


@frozen
class SiteRow:
    """A word of ``policy_sites.tsv`` and what it says about the action's site."""

    words: str = field(metadata=_parse(_required))
    site: SiteClass = field(metadata=_parse(_enum(SiteClass)))


@frozen
class MeetingWordRow:
    """A word of ``meetings.tsv``."""

    form: str = field(metadata=_parse(_required))
    kind: MeetingWord = field(metadata=_parse(_enum(MeetingWord)))
    role: MeetingRole = field(metadata=_parse(_enum(MeetingRole)))

    @property
    def meeting_kind(self) -> MeetingKind | None:
        """The kind of event the word reports, None for a mark (planned, negated)."""
        return MeetingKind(self.kind) if self.kind in MeetingKind._value2member_map_ else None


@frozen
class TitleRow:
    """A word of ``titles.tsv``; ``title`` is empty where the form itself is the title."""

    form: str = field(metadata=_parse(_required))
    title: str = field(metadata=_parse(_text))
    cls: TitleClass = field(metadata=_parse(_enum(TitleClass)))
    country: str | None = field(metadata=_parse(_optional(_country)))


@frozen
class SpanishTitleRow:
    """A word of ``es/titles.tsv``."""

    form: str = field(metadata=_parse(_required))
    cls: SpanishTitleClass = field(metadata=_parse(_enum(SpanishTitleClass)))


@frozen
class OfficeholderRow:
    """A tenure of ``officeholders.tsv``."""

    name: str = field(metadata=_parse(_required))
    surname: str = field(metadata=_parse(_required))
    titles: tuple[str, ...] = field(metadata=_parse(_required_items))
    country: str | None = field(metadata=_parse(_optional(_country)))
    start: dt.date = field(metadata=_parse(_date))
    end: dt.date | None = field(metadata=_parse(_optional(_date)))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))


@frozen
class CountryRow:
    """A country of ``countries.tsv``."""

    code: str = field(metadata=_parse(_country))
    name: str = field(metadata=_parse(_required))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))
    demonyms: tuple[str, ...] = field(metadata=_parse(_items))


@frozen
class PlaceRow:
    """A place of ``places.tsv``."""

    name: str = field(metadata=_parse(_required))
    kind: GazetteerKind = field(metadata=_parse(_enum(GazetteerKind)))
    country: str | None = field(metadata=_parse(_optional(_country)))
    region: str = field(metadata=_parse(_text))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))

    @property
    def place_kind(self) -> PlaceKind:
        """The record's kind: a hub, river or sea is ``PlaceKind.OTHER``."""
        known = PlaceKind._value2member_map_.get(self.kind)
        return PlaceKind.OTHER if known is None else PlaceKind(known)


@frozen
class CaravanWordRow:
    """A word of ``caravan_words.tsv`` and its role."""

    phrase: str = field(metadata=_parse(_required))
    role: CaravanRole = field(metadata=_parse(_enum(CaravanRole)))


@frozen
class StatisticNounRow:
    """A noun of ``statistic_nouns.tsv``: what a figure before it counts."""

    form: str = field(metadata=_parse(_required))
    unit: Unit = field(metadata=_parse(_enum(Unit)))
    measure: str = field(metadata=_parse(_noun_measure))  # a Measure value, or "*" and one
    factor: int = field(metadata=_parse(_factor))


@frozen
class StatisticVerbRow:
    """A verb of ``statistic_verbs.tsv``; ``side`` None: either side of the figure."""

    form: str = field(metadata=_parse(_required))
    measure: Measure = field(metadata=_parse(_enum(Measure)))
    side: Position | None = field(metadata=_parse(_optional(_enum(Position))))


@frozen
class ContextRow:
    """A word of ``statistic_context.tsv`` that makes a number no figure."""

    form: str = field(metadata=_parse(_required))
    kind: ContextKind = field(metadata=_parse(_enum(ContextKind)))
    position: Position = field(metadata=_parse(_enum(Position)))


@frozen
class RateRow:
    """A rate phrase of ``statistic_rates.tsv``; ``loose``: it may stand a word or two on."""

    phrase: str = field(metadata=_parse(_required))
    granularity: Granularity = field(metadata=_parse(_enum(Granularity)))
    loose: bool = field(metadata=_parse(_flag("loose")))


@frozen
class StatisticPlaceRow:
    """A border stretch of ``statistic_places.tsv``."""

    phrase: str = field(metadata=_parse(_required))
    kind: PlaceKind = field(metadata=_parse(_enum(PlaceKind)))


@frozen
class NumberWordRow:
    """A number word of ``number_words.tsv``."""

    form: str = field(metadata=_parse(_required))
    kind: NumberKind = field(metadata=_parse(_enum(NumberKind)))
    value: Number = field(metadata=_parse(_number))
    high: Number | None = field(metadata=_parse(_optional(_number)))


@frozen
class HedgeRow:
    """A phrase of ``number_bounds.tsv`` that bounds or hedges a number."""

    phrase: str = field(metadata=_parse(_required))
    qualifier: Qualifier | Literal["inclusive"] = field(metadata=_parse(_hedge))
    position: Position = field(metadata=_parse(_enum(Position)))


@frozen
class DateWordRow:
    """A date word of ``es/date_words.tsv``; ``value`` is read as its kind says."""

    form: str = field(metadata=_parse(_required))
    kind: DateWordKind = field(metadata=_parse(_enum(DateWordKind)))
    value: str = field(metadata=_parse(_required))


@frozen
class LanguageWordRow:
    """A function word of ``language_words.tsv`` and the language it marks."""

    word: str = field(metadata=_parse(_required))
    language: str = field(metadata=_parse(_language))


@frozen
class _Word:
    """A line of a one-column word list."""

    word: str = field(metadata=_parse(_required))


# ---- reading ----------------------------------------------------------------------------


def rule_path(name: str, language: str = "en") -> str:
    """The table ``name`` for ``language``: ``<language>/<name>`` when that language has its
    own, else the English ``name``, which then holds what the languages share."""
    if language not in _LANGUAGES:
        raise ArgumentTypeError("language", f"one of {', '.join(_LANGUAGES)}", language)
    if language == _LANGUAGES[0]:
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
        (number, tuple(cell.strip() for cell in line.split("\t")))
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


# ---- one accessor per table ----------------------------------------------------------------


def policy_verbs(language: str = "en") -> tuple[PolicyVerbRow, ...]:
    """``policy_verbs.tsv``; a language's verb classes are those of the English table."""
    rows = _rows(PolicyVerbRow, "policy_verbs.tsv", language)
    if rule_path("policy_verbs.tsv", language) != "policy_verbs.tsv":
        _checked_classes("policy_verbs.tsv", language)
    return rows


def policy_objects(language: str = "en") -> tuple[PolicyObjectRow, ...]:
    """``policy_objects.tsv``; a language's object classes are those of the English table."""
    rows = _rows(PolicyObjectRow, "policy_objects.tsv", language)
    if rule_path("policy_objects.tsv", language) != "policy_objects.tsv":
        _checked_classes("policy_objects.tsv", language)
    return rows


OPERATION_CLASS = "OPERATION"  # the object class of a named operation, found by pattern
_RULE_VERBS = frozenset({"*", "DESCRIBED", "UNDER"})  # policy_rules.tsv's verbs of no class


@functools.cache
def _checked_classes(name: str, language: str) -> None:
    """Check, once, that every class ``name`` refers to is defined: a language's verbs and
    objects in the English tables, the classes of the rules and the courts in the verb and
    object tables."""
    verbs = {row.verb_class for row in _rows(PolicyVerbRow, "policy_verbs.tsv")}
    objects = {row.object_class for row in _rows(PolicyObjectRow, "policy_objects.tsv")}
    path = rule_path(name, language)
    found: list[tuple[int, str, str, set[str], str]] = []  # line, column, cell, known, table
    for number, cells in lines(path):
        if name == "policy_verbs.tsv":
            found.append((number, "verb_class", cells[0], verbs, name))
        elif name == "policy_objects.tsv":
            found.append((number, "object_class", cells[0], objects, name))
        elif name == "policy_rules.tsv":
            if cells[0] not in _RULE_VERBS:
                found.append((number, "verb", cells[0], verbs, "policy_verbs.tsv"))
            if cells[1] != "*":
                found.append(
                    (number, "object", cells[1], objects | {OPERATION_CLASS}, "policy_objects.tsv")
                )
        elif cells[0] in {CourtSection.VERB, CourtSection.ONLY}:  # policy_courts.tsv
            found.append((number, "cls", cells[1], verbs, "policy_verbs.tsv"))
        else:
            found.append((number, "cls", cells[1], objects, "policy_objects.tsv"))
    for number, column, cell, known, table in found:
        if cell not in known:
            raise RuleDataError(path, number, column, cell, f"not a class of {table}")


def policy_rules() -> tuple[PolicyRuleRow, ...]:
    """``policy_rules.tsv`` (one table for every language), its classes checked."""
    rows = _rows(PolicyRuleRow, "policy_rules.tsv")
    _checked_classes("policy_rules.tsv", "en")
    return rows


def policy_modality(language: str = "en") -> tuple[ModalityRow, ...]:
    """``policy_modality.tsv``."""
    return _rows(ModalityRow, "policy_modality.tsv", language)


def policy_bodies(language: str = "en") -> tuple[BodyRow, ...]:
    """``policy_bodies.tsv`` (shared by the languages until one has its own)."""
    return _rows(BodyRow, "policy_bodies.tsv", language)


def policy_courts() -> tuple[CourtRow, ...]:
    """``policy_courts.tsv``, its classes checked."""
    rows = _rows(CourtRow, "policy_courts.tsv")
    _checked_classes("policy_courts.tsv", "en")
    return rows


def policy_sites() -> tuple[SiteRow, ...]:
    """``policy_sites.tsv``."""
    return _rows(SiteRow, "policy_sites.tsv")


def meeting_words(language: str = "en") -> tuple[MeetingWordRow, ...]:
    """``meetings.tsv``."""
    return _rows(MeetingWordRow, "meetings.tsv", language)


def titles() -> tuple[TitleRow, ...]:
    """``titles.tsv`` (English; Spanish titles have their own grammar: :func:`spanish_titles`)."""
    return _rows(TitleRow, "titles.tsv")


def spanish_titles() -> tuple[SpanishTitleRow, ...]:
    """``es/titles.tsv``."""
    return _rows(SpanishTitleRow, "es/titles.tsv")


def officeholders() -> tuple[OfficeholderRow, ...]:
    """``officeholders.tsv``."""
    return _rows(OfficeholderRow, "officeholders.tsv")


def countries() -> tuple[CountryRow, ...]:
    """``countries.tsv``."""
    return _rows(CountryRow, "countries.tsv")


def places() -> tuple[PlaceRow, ...]:
    """``places.tsv``."""
    return _rows(PlaceRow, "places.tsv")


def caravan_words(language: str = "en") -> tuple[CaravanWordRow, ...]:
    """``caravan_words.tsv``."""
    return _rows(CaravanWordRow, "caravan_words.tsv", language)


def statistic_nouns(language: str = "en") -> tuple[StatisticNounRow, ...]:
    """``statistic_nouns.tsv``."""
    return _rows(StatisticNounRow, "statistic_nouns.tsv", language)


def statistic_verbs(language: str = "en") -> tuple[StatisticVerbRow, ...]:
    """``statistic_verbs.tsv``."""
    return _rows(StatisticVerbRow, "statistic_verbs.tsv", language)


def statistic_context() -> tuple[ContextRow, ...]:
    """``statistic_context.tsv``."""
    return _rows(ContextRow, "statistic_context.tsv")


def statistic_rates() -> tuple[RateRow, ...]:
    """``statistic_rates.tsv``."""
    return _rows(RateRow, "statistic_rates.tsv")


def statistic_places() -> tuple[StatisticPlaceRow, ...]:
    """``statistic_places.tsv``."""
    return _rows(StatisticPlaceRow, "statistic_places.tsv")


def statistic_changes() -> tuple[str, ...]:
    """``statistic_changes.tsv``: words of change."""
    return _words("statistic_changes.tsv")


def statistic_sources() -> tuple[str, ...]:
    """``statistic_sources.tsv``: reporting verbs."""
    return _words("statistic_sources.tsv")


def statistic_date_hints() -> tuple[str, ...]:
    """``statistic_date_hints.tsv``: words without which a sentence holds no date."""
    return _words("statistic_date_hints.tsv")


def number_words(language: str = "en") -> tuple[NumberWordRow, ...]:
    """``number_words.tsv``."""
    return _rows(NumberWordRow, "number_words.tsv", language)


def hedges(language: str = "en") -> tuple[HedgeRow, ...]:
    """``number_bounds.tsv``."""
    return _rows(HedgeRow, "number_bounds.tsv", language)


def number_labels() -> tuple[str, ...]:
    """``number_labels.tsv``: labels that make the number after them a name."""
    return _words("number_labels.tsv")


def date_words(language: str = "es") -> tuple[DateWordRow, ...]:
    """``<language>/date_words.tsv`` (English dates are read by the grammar in code)."""
    if language == _LANGUAGES[0] or rule_path("date_words.tsv", language) == "date_words.tsv":
        raise ArgumentTypeError("language", "a language with a date_words.tsv", language)
    return _rows(DateWordRow, "date_words.tsv", language)


def abbreviations() -> tuple[str, ...]:
    """``abbreviations.tsv``: abbreviations after which a full stop ends no sentence."""
    return _words("abbreviations.tsv")


def common_surnames() -> tuple[str, ...]:
    """``common_surnames.tsv``."""
    return _words("common_surnames.tsv")


def language_words() -> tuple[LanguageWordRow, ...]:
    """``language_words.tsv``."""
    return _rows(LanguageWordRow, "language_words.tsv")
