"""The rule data, loaded once per language, and the vocabularies compiled once.

The verb readings, object classes, rules, modality words, bodies, references and courts
of ``rules/policy_*.tsv`` (through :mod:`migrationnews.ruletables`), each read by a
cached loader, and the trie patterns of their vocabularies (linear time), with the
records a rule reads into (:class:`_Reading`, :class:`_Rule`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from attrs import frozen

from migrationnews import offices, ruletables
from migrationnews.gazetteer import place_named
from migrationnews.language import active, per_language
from migrationnews.records import PolicyKind, PolicyStatus
from migrationnews.ruledata import Vocabulary, compile_words, words_pattern
from migrationnews.ruletables import BodyRole, CourtSection, ObjectRole, ReferenceClass, VerbNote
from migrationnews.values import PlaceKind

_OPERATION_CLASS = "OPERATION"  # the object class of a named operation (found by pattern)
_TITLE_WORDS = 3  # capitalised words of a title between "by" or a country and a name


@frozen
class _Reading:
    """One reading of a verb form: its class, which form it is, and whether it counts."""

    cls: str
    form: str
    counted: bool  # a figure on the object makes it a tally
    ergative: bool  # what is acted on may be the subject: "the port reopened"
    durative: bool  # an activity that goes on: "has spent" is ongoing, not done


@frozen
class _Rule:
    """A row of ``policy_rules.tsv``: the kind of action a verb class with an object class
    states, the status the phrase fixes whatever its tense (``fixed``: "sued"), and the
    one it has when neither modality nor tense decide (``default``)."""

    kind: PolicyKind
    fixed: PolicyStatus | None
    default: PolicyStatus


@per_language
def _verb_readings() -> dict[str, tuple[_Reading, ...]]:
    """Every form of every verb of ``policy_verbs.tsv``, lower case: its readings."""
    readings: dict[str, list[_Reading]] = {}
    for row in ruletables.policy_verbs(active()):
        note = row.note
        for form, words in row.forms:
            for word in words:
                reading = _Reading(
                    row.verb_class,
                    form,
                    note is VerbNote.COUNTED,
                    note is VerbNote.ERGATIVE,
                    note is VerbNote.DURATIVE,
                )
                entry = readings.setdefault(word.lower(), [])
                if reading not in entry:
                    entry.append(reading)
    return {word: tuple(entry) for word, entry in readings.items()}


@per_language
def _object_classes() -> dict[str, str]:
    return {
        form.lower(): row.object_class
        for row in ruletables.policy_objects(active())
        for form in row.forms
    }


@per_language
def _measure_classes() -> frozenset[str]:
    listed = (
        row.object_class
        for row in ruletables.policy_objects(active())
        if row.role is ObjectRole.MEASURE
    )
    return frozenset({*listed, _OPERATION_CLASS})  # a named operation is a measure too


@per_language
def _targets() -> frozenset[str]:
    """The object classes that name what is acted on (people, roads), not a measure."""
    return frozenset(
        row.object_class
        for row in ruletables.policy_objects(active())
        if row.role is ObjectRole.TARGET
    )


@per_language
def _rules() -> dict[tuple[str, str], _Rule]:
    """``policy_rules.tsv`` by (verb class, object class), "*" on either side as the table
    writes it; the first row of a pair wins."""
    found: dict[tuple[str, str], _Rule] = {}
    for row in ruletables.policy_rules():
        found.setdefault((row.verb, row.object), _Rule(row.kind, row.status, row.default))
    return found


@per_language
def _modality() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in ruletables.policy_modality(active()):
        classes.setdefault(row.words.lower(), set()).add(row.modality)
    return {words: frozenset(found) for words, found in classes.items()}


@per_language
def _bodies() -> dict[str, str]:
    return {form: row.actor for row in ruletables.policy_bodies(active()) for form in row.forms}


@per_language
def _legislatures() -> frozenset[str]:
    return frozenset(
        row.actor for row in ruletables.policy_bodies(active()) if row.role is BodyRole.LEGISLATURE
    )


def _is_legislature(actor: str | None) -> bool:
    """True for a legislature, also when named with its state ("Arizona lawmakers")."""
    if actor is None:
        return False
    words = actor.split()
    return any(
        " ".join(words[size:]) in _legislatures()
        for size in range(min(len(words), _TITLE_WORDS + 1))
        if size == 0 or place_named(" ".join(words[:size])) is not None
    )


@per_language
def _body_countries() -> dict[str, str]:
    """The country of each body that belongs to one government, by its short name and by
    each name as written ("Department of Homeland Security": US)."""
    countries: dict[str, str] = {}
    for row in ruletables.policy_bodies(active()):
        if row.country is not None:
            for name in (row.actor, *row.forms):
                countries[name.removeprefix("the ").removeprefix("The ")] = row.country
    return countries


@per_language
def _judge_bodies() -> frozenset[str]:
    """The actors that name a judge left unnamed where the phrase is ("a federal judge")."""
    return frozenset(
        row.actor for row in ruletables.policy_bodies(active()) if row.role is BodyRole.JUDGE
    )


class _References(NamedTuple):
    """``policy_references.tsv`` read once for a language: the phrases that name an actor by
    referring back to one, each compiled into one pattern of literal alternatives."""

    places: re.Pattern[str]  # "the country", "the Caribbean nation", "his country", "el país"
    kinds: dict[str, PlaceKind]  # each noun of ``places``: the kind of place it refers to
    governments: frozenset[str]  # nouns of ``places`` for a government: "the new government"
    organizations: re.Pattern[str]  # a group's own name: "the Texas Civil Rights Project"
    governing: re.Pattern[str]  # after a country that governs: "'s prime minister", "'s government"
    offices: re.Pattern[str]  # "the president", "the Mexican governor", "el mandatario"
    office_titles: dict[str, str]  # each office noun: the word the official's title holds
    agencies: re.Pattern[str]  # "the department", "la dependencia"
    agency_heads: dict[str, str]  # each agency noun: the head its name holds ("*": any)
    intent: re.Pattern[str]  # after a possessor: "'s plan to", "'s new efforts to"
    plaintiff: frozenset[str]  # verb classes a party to a suit uses, a court never
    courts: re.Pattern[str]  # a word of a court's name: "court", "panel", "tribunal"
    judges: re.Pattern[str]  # a word of a judge's title: "judge", "justice", "jueza"
    belongs: re.Pattern[str]  # after a force, before the country it belongs to: "of", "in"
    asides: frozenset[str]  # the first word of an aside about the subject: "a", "along"
    pairs: re.Pattern[str]  # "the two countries", "both governments", "ambos países"
    joined: str  # the word that joins two names in a list: "and", "y"
    possessed: re.Pattern[str]  # after a possessor that acts: "'s government", "'s office"
    ordered: tuple[tuple[str, ...], ...]  # words before who orders: "on the orders of"
    sources: tuple[tuple[str, ...], ...]  # words before who says so: "according to"
    borders: re.Pattern[str]  # a border the gazetteer does not name: "la frontera sur"
    locatives: frozenset[str]  # before a kind of site where an action is: "along", "en"
    pronouns: re.Pattern[str]  # "he", "his government", "urged him to": an official before
    border_with: re.Pattern[str]  # right before a country: "border with", "frontera con"
    local_offices: tuple[str, ...]  # words of the title of a state's or city's official


class ListJoins(NamedTuple):
    """How the active language joins the names of one list (``policy_references.tsv``
    AND and OR): "Texas and Arizona", "Chile, Peru, and Bolivia", "México y Guatemala"."""

    closing: re.Pattern[str]  # the word that closes a list: ", and ", " y "
    joined: re.Pattern[str]  # that word, or a comma between two names: ", "
    listed: re.Pattern[str]  # either, or the word of a list of alternatives: " or "
    words: frozenset[str]  # the words that close a list, of both kinds


@per_language
def list_joins() -> ListJoins:
    """The patterns of :class:`ListJoins` for the active language."""
    forms = reference_forms()
    ands = "|".join(map(re.escape, (*forms[ReferenceClass.AND], "&")))
    either = "|".join(map(re.escape, forms[ReferenceClass.AND] + forms[ReferenceClass.OR]))
    return ListJoins(
        closing=re.compile(rf",?[ ](?:{ands})[ ]"),
        joined=re.compile(rf",?[ ](?:{ands})[ ]|,[ ]"),
        listed=re.compile(rf",[ ]|,?[ ](?:{either})[ ]"),
        words=frozenset(forms[ReferenceClass.AND] + forms[ReferenceClass.OR]),
    )


@per_language
def reference_forms() -> dict[ReferenceClass, tuple[str, ...]]:
    """The forms of each class of ``policy_references.tsv`` in the active language."""
    forms: dict[ReferenceClass, list[str]] = {cls: [] for cls in ReferenceClass}
    for row in ruletables.policy_references(active()):
        forms[row.cls] += row.forms
    return {cls: tuple(found) for cls, found in forms.items()}


@per_language
def _references_table() -> _References:
    """``policy_references.tsv`` of the active language, its classes compiled into the
    patterns of :class:`_References`."""
    words: dict[ReferenceClass, list[str]] = {cls: [] for cls in ReferenceClass}
    means: dict[ReferenceClass, dict[str, str]] = {cls: {} for cls in ReferenceClass}
    for row in ruletables.policy_references(active()):
        words[row.cls] += row.forms
        for form in row.forms:
            means[row.cls][form] = row.means or ""
    kinds = dict.fromkeys(words[ReferenceClass.COUNTRY], PlaceKind.COUNTRY)
    kinds |= dict.fromkeys(words[ReferenceClass.GOVERNMENT], PlaceKind.COUNTRY)
    kinds |= dict.fromkeys(words[ReferenceClass.STATE], PlaceKind.STATE)
    the, own = (
        words_pattern(words[ReferenceClass.DEFINITE]),
        words_pattern(words[ReferenceClass.OWN]),
    )
    of = words_pattern(words[ReferenceClass.OF])
    not_after = words_pattern(words[ReferenceClass.OF] + words[ReferenceClass.NOT_AFTER])
    places = re.compile(
        rf"""
        (?<![\w'’-])(?:
            (?P<the>{the})[ ](?:[A-Z][a-z]+[ ]){{0,2}}  # "the", perhaps "Central American" ...
            (?:[a-z]+(?:-[a-z]+)?[ ])?                 # ... or "new", "right-wing" ...
            | (?P<own>{own})[ ]                         # ... or an official's own
        )
        (?P<noun>{words_pattern(kinds)})(?![\w-])     # ... country, nation or state
        (?![ ]{not_after})                             # (not "the state of", "state police")
        """,
        re.VERBOSE,
    )
    offices = re.compile(
        rf"""
        (?<![\w'’-]){the}[ ]                              # "the" ...
        (?:[A-Z][a-z]+[ ])?                                # ... perhaps a demonym ...
        (?P<office>{words_pattern(words[ReferenceClass.OFFICE])})  # ... and an office
        (?![\w-]|[ ]{of})                                 # (not "the president of Honduras")
        """,
        re.VERBOSE,
    )
    agencies = re.compile(
        rf"""
        (?<![\w'’-]){the}[ ]                              # "the" ...
        (?P<head>{words_pattern(words[ReferenceClass.AGENCY])})  # ... and an agency's noun
        (?![\w-]|[ ]{of})                                 # (not "the Department of ...")
        """,
        re.VERBOSE,
    )
    intent = re.compile(
        rf"""
        ['’]s?[ ]                                  # a possessive ...
        (?:[a-z]+[ ])?                              # ... perhaps an adjective ...
        {words_pattern(words[ReferenceClass.INTENT])}  # ... a noun of intent and "to"
        """,
        re.VERBOSE,
    )
    return _References(
        places=places,
        kinds=kinds,
        governments=frozenset(words[ReferenceClass.GOVERNMENT]),
        organizations=re.compile(
            rf"""
            (?<![\w'’.-])(?!{the}[ ])                  # (not "The": no word of the name)
            (?:[A-Z][\w'’.-]*[ ]){{1,5}}                # one to five capitalised words ...
            {words_pattern(words[ReferenceClass.ORGANIZATION])}(?![\w-])  # ... "Project"
            """,
            re.VERBOSE,
        ),
        governing=re.compile(
            rf"""
            ['’]s?[ ](?:[\w-]+[ ]){{0,2}}?    # a possessive, perhaps "new" or "interior" ...
            (?i:{words_pattern(words[ReferenceClass.OFFICE] + words[ReferenceClass.GOVERNMENT])})
            (?!\w)                           # ... and an office or a government
            """,
            re.VERBOSE,
        ),
        offices=offices,
        office_titles=means[ReferenceClass.OFFICE],
        agencies=agencies,
        agency_heads=means[ReferenceClass.AGENCY],
        intent=intent,
        plaintiff=frozenset(words[ReferenceClass.PLAINTIFF]),
        courts=re.compile(words_pattern(words[ReferenceClass.COURT]), re.IGNORECASE),
        judges=re.compile(words_pattern(words[ReferenceClass.JUDGE]), re.IGNORECASE),
        belongs=re.compile(rf"[ ]{words_pattern(words[ReferenceClass.BELONGS])}[ ]"),
        asides=frozenset(words[ReferenceClass.ASIDE]),
        pairs=compile_words(words[ReferenceClass.PAIR]),
        joined=(words[ReferenceClass.AND] or ["and"])[0],
        possessed=re.compile(rf"['’]s?[ ]{words_pattern(words[ReferenceClass.POSSESSED])}"),
        ordered=tuple(tuple(form.lower().split()) for form in words[ReferenceClass.ORDERED]),
        sources=tuple(tuple(form.lower().split()) for form in words[ReferenceClass.SOURCE]),
        borders=compile_words(words[ReferenceClass.BORDER]),
        locatives=frozenset(words[ReferenceClass.LOCATIVE]),
        pronouns=re.compile(
            rf"""
            {words_pattern(words[ReferenceClass.PRONOUN])}  # a pronoun that can be a subject,
            | {own}[ ]{words_pattern(words[ReferenceClass.POSSESSED])}  # the official's own
            | {words_pattern(words[ReferenceClass.ASKED])}  # who is asked to act: "urged him to"
            """,
            re.VERBOSE,
        ),
        border_with=re.compile(
            rf"(?<!\w)((?i:{words_pattern(words[ReferenceClass.BORDER_WITH])}))[ ]\Z",
        ),
        local_offices=tuple(words[ReferenceClass.LOCAL]),
    )


class _Courts(NamedTuple):
    """``policy_courts.tsv`` read once: what a court's verb does to the measure it acts on."""

    verbs: dict[str, PolicyStatus | None]  # verb class: the measure's status (None: no measure)
    only: frozenset[str]  # verb classes that state an action only when a court is the actor
    objects: frozenset[str]  # object classes that are measures only when a court acts on them
    measures: dict[str, PolicyKind]  # object class: the kind of the measure it names


@functools.cache
def _courts() -> _Courts:
    verbs: dict[str, PolicyStatus | None] = {}
    only: set[str] = set()
    objects: set[str] = set()
    measures: dict[str, PolicyKind] = {}
    for row in ruletables.policy_courts():
        if row.section in {CourtSection.VERB, CourtSection.ONLY}:
            verbs[row.cls] = row.status
            if row.section is CourtSection.ONLY:
                only.add(row.cls)
        elif row.section is CourtSection.OBJECT:
            objects.add(row.cls)
        else:
            measures[row.cls] = row.measure_kind
    return _Courts(verbs, frozenset(only), frozenset(objects), measures)


@functools.cache
def _officeholder_surnames() -> frozenset[str]:
    return frozenset(t.surname for t in offices.tenures())


@per_language
def _verb_pattern() -> Vocabulary:
    return Vocabulary(_verb_readings(), per_article=True)


@per_language
def _object_pattern() -> Vocabulary:
    return Vocabulary(_object_classes(), per_article=True)


@per_language
def _modality_pattern() -> Vocabulary:
    return Vocabulary(_modality(), per_article=True)


@per_language
def _body_pattern() -> re.Pattern[str]:
    return compile_words(_bodies())


@functools.cache
def _surname_pattern() -> re.Pattern[str]:
    return compile_words(_officeholder_surnames())
