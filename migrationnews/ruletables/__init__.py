"""The rule tables of ``migrationnews/rules/`` as typed rows, checked when they load.

Every table has a frozen row class (:mod:`._rows`) whose fields are its columns, in file
order; one accessor per table, here, returns its rows (``policy_verbs("es")``), read once
on first use and kept. Loading converts each cell as its field says: a closed class becomes
its enum (a record enum of :mod:`migrationnews.records` or :mod:`migrationnews.values`, or
a class of :mod:`._classes`), a ``|`` list becomes a tuple, a number, a date or an ISO
country code is parsed, and a cell that does not fit raises
:class:`~migrationnews.errors.RuleDataError` naming the file, the line and the column.
Classes one table defines and another refers to (the verb and object classes of the policy
tables) are checked against the defining table when the referring one loads. Nobody
unpacks a row by position.

Language is a parameter of every accessor of a vocabulary that differs by language: a
language's table is ``rules/<language>/<name>`` when it has one, else the English table
``rules/<name>``, which then holds what the languages share (:func:`rule_path`). Tables the
languages share (places, countries, office-holders, ``policy_rules.tsv``) take no language.

>>> row = policy_verbs("en")[0]
>>> row.verb_class, row.past, row.note
('SIGN', ('signed',), None)
>>> [r.name for r in countries() if r.code == "HN"]
['Honduras']
>>> rule_path("meetings.tsv", "es"), rule_path("number_ordinals.tsv", "es")
('es/meetings.tsv', 'number_ordinals.tsv')
"""

from __future__ import annotations

import functools

from migrationnews.errors import ArgumentTypeError, RuleDataError
from migrationnews.ruletables import _reading
from migrationnews.ruletables._cells import LANGUAGES, Number
from migrationnews.ruletables._classes import (
    BodyRole,
    CaravanRole,
    ContextKind,
    CourtSection,
    DateWordKind,
    GazetteerKind,
    MeetingRole,
    MeetingWord,
    Modality,
    NumberKind,
    ObjectRole,
    Position,
    ReferenceClass,
    Side,
    SiteClass,
    SpanishTitleClass,
    TitleClass,
    VerbNote,
)
from migrationnews.ruletables._reading import _rows, _words, entries, lines, rule_path
from migrationnews.ruletables._rows import (
    BodyRow,
    CaravanWordRow,
    ContextRow,
    CountryRow,
    CourtRow,
    DateWordRow,
    DemonymRow,
    HedgeRow,
    LanguageWordRow,
    MeetingWordRow,
    ModalityRow,
    NumberWordRow,
    OfficeholderRow,
    OrdinalRow,
    PlaceRow,
    PolicyObjectRow,
    PolicyRuleRow,
    PolicyVerbRow,
    RateRow,
    ReferenceRow,
    SiteRow,
    SpanishTitleRow,
    StatisticNounRow,
    StatisticPlaceRow,
    StatisticVerbRow,
    TitleRow,
)

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
    "DemonymRow",
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
    "OrdinalRow",
    "PlaceRow",
    "PolicyObjectRow",
    "PolicyRuleRow",
    "PolicyVerbRow",
    "Position",
    "RateRow",
    "ReferenceClass",
    "ReferenceRow",
    "Side",
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
    "demonyms",
    "entries",
    "hedges",
    "language_words",
    "lines",
    "meeting_words",
    "number_labels",
    "number_words",
    "officeholders",
    "ordinals",
    "places",
    "policy_bodies",
    "policy_courts",
    "policy_modality",
    "policy_objects",
    "policy_references",
    "policy_rules",
    "policy_sites",
    "policy_verbs",
    "rule_path",
    "spanish_titles",
    "statistic_arrivals",
    "statistic_changes",
    "statistic_context",
    "statistic_date_hints",
    "statistic_nouns",
    "statistic_places",
    "statistic_rates",
    "statistic_routes",
    "statistic_sources",
    "statistic_verbs",
    "titles",
]


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
_RULE_VERBS = frozenset(
    {"*", "DESCRIBED", "UNDER", "TARGETED", "OWNED"}
)  # policy_rules.tsv's verbs of no class


@functools.cache
def _checked_classes(name: str, language: str) -> None:
    """Check, once, that every class ``name`` refers to is defined: a language's verbs and
    objects in the English tables, the classes of the rules and the courts in the verb and
    object tables."""
    verbs = {row.verb_class for row in _rows(PolicyVerbRow, "policy_verbs.tsv")}
    objects = {row.object_class for row in _rows(PolicyObjectRow, "policy_objects.tsv")}
    path = rule_path(name, language)
    found: list[tuple[int, str, str, set[str], str]] = []  # line, column, cell, known, table
    for number, cells in _reading.lines(path):
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
    """``policy_bodies.tsv``: the government bodies a language's press names."""
    return _rows(BodyRow, "policy_bodies.tsv", language)


def policy_references(language: str = "en") -> tuple[ReferenceRow, ...]:
    """``policy_references.tsv``: the words that name an actor by referring back to it."""
    return _rows(ReferenceRow, "policy_references.tsv", language)


def policy_courts() -> tuple[CourtRow, ...]:
    """``policy_courts.tsv``, its classes checked."""
    rows = _rows(CourtRow, "policy_courts.tsv")
    _checked_classes("policy_courts.tsv", "en")
    return rows


def policy_sites(language: str = "en") -> tuple[SiteRow, ...]:
    """``policy_sites.tsv``: the words after a policy verb that decide its site."""
    return _rows(SiteRow, "policy_sites.tsv", language)


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


def statistic_changes(language: str = "en") -> tuple[str, ...]:
    """``statistic_changes.tsv``: words of change."""
    return _words("statistic_changes.tsv", language)


def statistic_sources() -> tuple[str, ...]:
    """``statistic_sources.tsv``: reporting verbs."""
    return _words("statistic_sources.tsv")


def statistic_arrivals(language: str = "en") -> tuple[str, ...]:
    """``statistic_arrivals.tsv``: words of arriving (counted as crossings on a route)."""
    return _words("statistic_arrivals.tsv", language)


def statistic_routes(language: str = "en") -> tuple[str, ...]:
    """``statistic_routes.tsv``: crossing routes of sea or jungle."""
    return _words("statistic_routes.tsv", language)


def statistic_date_hints(language: str = "en") -> tuple[str, ...]:
    """``statistic_date_hints.tsv``: words without which a sentence holds no date."""
    return _words("statistic_date_hints.tsv", language)


def demonyms(language: str) -> tuple[DemonymRow, ...]:
    """``<language>/demonyms.tsv``: the lower-case and language-only country names and
    demonyms ("guatemalteco", "Estados Unidos"); none for English, whose capitalised names
    ``countries.tsv`` holds."""
    if rule_path("demonyms.tsv", language) == "demonyms.tsv":
        return ()
    return _rows(DemonymRow, "demonyms.tsv", language)


def number_words(language: str = "en") -> tuple[NumberWordRow, ...]:
    """``number_words.tsv``."""
    return _rows(NumberWordRow, "number_words.tsv", language)


def ordinals(language: str = "en") -> tuple[OrdinalRow, ...]:
    """``number_ordinals.tsv``."""
    return _rows(OrdinalRow, "number_ordinals.tsv", language)


def hedges(language: str = "en") -> tuple[HedgeRow, ...]:
    """``number_bounds.tsv``."""
    return _rows(HedgeRow, "number_bounds.tsv", language)


def number_labels() -> tuple[str, ...]:
    """``number_labels.tsv``: labels that make the number after them a name."""
    return _words("number_labels.tsv")


def date_words(language: str = "es") -> tuple[DateWordRow, ...]:
    """``<language>/date_words.tsv`` (English dates are read by the grammar in code)."""
    if language == LANGUAGES[0] or rule_path("date_words.tsv", language) == "date_words.tsv":
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
