"""Extract :class:`~migrationnews.records.PolicyAction` records: what governments do.

A policy action is read from a verb and its object ("signed a law", "closing the port of
entry", "took the rule to a federal court"; the object may come first: "the orders Trump
signed", "the bill, which passed the House"), or from a noun phrase that names a
measure on its own ("the supplemental budget request"), with its maker ("Trump's asylum
ban") or with the country it targets ("tariffs on Mexican goods"). Which verb class with which
object class states which kind of action is data (``rules/policy_rules.tsv``); the verbs,
objects, bodies and modality words are data too (``rules/policy_*.tsv``).

For each action the extractor reads

- its status, in one lifecycle reading (:func:`_status`): from the words before the verb
  ("plans to", "if": planned; "will", "is going to" in reported speech: announced;
  "announced plans to": announced; "continues to": ongoing), from the verb's tense ("has
  spent" on an activity: ongoing; a present tense after its plural subject: ongoing, or
  done in a headline; "Texas to deploy" in a headline: as "will"), from a verb that ends it
  ("stopped issuing visas": reversed), and from a court acting on it ("was challenged in
  court", a ruling later in the article: challenged); an agreement someone reports is
  announced; a closure later undone ("crossings have reopened") is reversed; negated,
  merely wished-for or generic actions ("did not sign", "more controls are needed",
  "migrants are often detained", "can be deported"), what a measure lets someone do ("the
  law would let police arrest migrants"), one person arrested or deported ("a migrant was
  detained"), opinions on a measure ("deporting them will not help") and tallies of what
  was done ("arrested 15,000 migrants", but not "plans to deport 3,000") are dropped;
- its actor: the official (by surname) or body that is the verb's subject (also after a
  group noun: "a handful of House members"; a list as written: "Mexico and Guatemala";
  past an aside that describes it: "Judge Cobb, a Biden appointee, granted"), the
  possessor of a measure ("Biden's request", "Panama's plan to"), else the agent of a
  passive ("blocked by a federal judge"), else None; a phrase that refers back names
  whom it refers to ("the country", "the state", "the department", "the president",
  "his country": the official who speaks for it); an official who says what his own
  country will do is the actor; a court acts only by ruling, and never sues; an action
  whose sentence names no actor takes the last action's, a few sentences back at most;
  governments that launch a measure together ("Chile, Peru and Bolivia will launch") made
  an agreement, and a deal legislators strike is a bill; a force is the country named
  with it, before or after ("Mexican police", "the government of Honduras", "las
  autoridades mexicanas"); "the two countries" are the last two named; "according to",
  "said" or "on the orders of" before a name makes it the source or agent; the words that
  refer back or decide these are data too (``rules/policy_references.tsv``, per language),
  and a Spanish article's actors and countries are named in Spanish ("México");
- its place: for an agreement, the jurisdiction of the party that agrees; else the first
  place in or just after the phrase (not where migrants are headed; a border as written,
  "the Guatemalan border"; the country a sanction targets, "tariffs on Mexican goods"),
  else one named before it, else a border closed or reopened ("shut down the border"), else
  the jurisdiction of its actor (an official's state or country, a country or state
  acting), else the article's dateline; a challenge to "the measure", a measure named
  again ("pause the tariffs") or a reopening takes the place of the measure or closure
  it refers to; a place is named as written with what locates it ("Lukeville, Arizona",
  "border with Chile"), never where a court appealed to sits; an action still placed
  nowhere is where the last action is, else in the country the article is about;
- its date: the date expression nearest it in its sentence (:mod:`migrationnews.dates`);
- its evidence: the verb through its object, extended over the action's purpose
  ("signed a law authorizing police to arrest migrants" is one action, not two).

The same action named twice in a sentence, or again later by the same measure ("the
declaration", "the lawsuit"), is one record; a headline or caption yields to the body's
statement; a plan and the plan carried out are two, as are an action done and a further
step announced later. Every lookup is a trie pattern or a bisection, and every lookback
is bounded, so extraction is linear in the text.

>>> import datetime as dt
>>> doc = Document.of("In Texas, Gov. Greg Abbott signed a law on Monday.", dt.date(2023, 12, 27))
>>> [(a.kind.value, a.evidence, a.actor, a.place.name, a.status.value) for a in extract(doc)]
[('law', 'signed a law', 'Abbott', 'Texas', 'enacted')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from attrs import evolve, frozen

from migrationnews import offices, ruletables
from migrationnews._caches import per_article
from migrationnews.dates import DateMention, find_dates, tense_of
from migrationnews.gazetteer import (
    CountryMention,
    PlaceMention,
    find_countries,
    find_places,
    place_named,
)
from migrationnews.language import active, demonyms, per_language
from migrationnews.numbers import parse_number
from migrationnews.records import Official, PolicyAction, PolicyKind, PolicyStatus
from migrationnews.ruledata import Vocabulary, compile_words, country_names, words_pattern
from migrationnews.ruletables import (
    BodyRole,
    CourtSection,
    ObjectRole,
    ReferenceClass,
    VerbNote,
)
from migrationnews.text import Document, Sentence
from migrationnews.values import Period, Place, PlaceKind, Span

__all__ = ["NEEDS", "RECORD", "extract"]

RECORD = PolicyAction
NEEDS = (Official,)  # the actor and its jurisdiction: the officials of the article

_FORMS = ("base", "third", "past", "participle", "ing", "noun")
_VERBAL = frozenset(_FORMS[:-1])
_MAX_GAP_WORDS = 6  # words allowed between a verb and its object
_MAX_PURPOSE_WORDS = 8  # words allowed between an action and its purpose clause
_MAX_LIST_WORDS = 12  # words allowed between an action and a listed further measure
_FIGURE_AFTER_WORDS = 4  # a figure this close after a counted verb makes it a tally
_DESTINATION = frozenset({"to", "toward", "towards", "into", "for"})  # before a place gone to
_DATELINE_SENTENCES = 4  # a dateline opens one of the article's first lines
_DATELINE_CHARS = 60  # and ends within this many characters of the line's start
_AGREED_WORDS = 4  # words of what was agreed kept after "agreed to"
_FIGURE_BEFORE_WORDS = 2  # ... or this close before a counted noun phrase
_MAX_BEFORE_WORDS = 4  # words allowed between a passive subject and its verb
_WINDOW_WORDS = 10  # words before a verb searched for its modality
_NEGATION_WORDS = 20  # words before a verb a negation or a wish reaches over
_MAX_GAP_CHARS = 90  # a gap longer than this is never one phrase
_PLACE_AFTER_CHARS = 60  # how far past the phrase its place may be named
_LOCATIVE_AFTER_CHARS = 100  # ... or, after "in", "at", "near", "outside", this far
_NAME_CHARS = 40  # how far before an object its own name may begin ("the Morley Gate crossing")
_ANTECEDENT_CHARS = 5000  # how far back "the administration" looks for its name
_BELONGS = frozenset({"from", "of"})  # "agents from the Border Patrol": its forces
_LIST_WORDS = frozenset({"and", "or"})  # between names of one list
_SUBJECT_WORDS = 3  # words allowed between a subject's place and the verb ("in Laredo on Monday")
_REACH = 300  # characters a clause, subject or modality is looked for before a verb
_NEAR_PHRASES = 50  # phrases close enough to overlap or name the same thing
_MAX_FUND_WORDS = 4  # words allowed between a sum and the fund it is part of
_AGENT_NEAR = 40  # characters after a passive within which its "by" agent comes first
_METONYMS = frozenset({"Washington"})  # a capital that stands for its government
_LOCATIVE = frozenset({"in", "at", "near", "outside"})  # before a place where something is
_AUXILIARY = frozenset({"BE", "HAVE", "FUTURE"})  # after a verb form: it was a noun
_REOPENED_WITHIN = 2  # sentences after a closure in which a reopening reverses it
_REFERS_WITHIN = 2  # sentences back a challenge to "the measure" looks for the measure
_TARGET = frozenset({"on", "against"})  # before a demonym a sanction targets: "tariffs on"
_JURISDICTIONS = frozenset({PlaceKind.COUNTRY, PlaceKind.STATE})  # what an actor may govern
_AT_CROSSINGS = frozenset({PolicyKind.CLOSURE, PolicyKind.REOPENING})  # done to a crossing
_FUNCTION_WORDS = frozenset({"PREPOSITION", "CONJUNCTION", "LINK", "AGENT", "RELATIVE"})
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "’ve"})  # a present perfect, not "had"
_JOINT_CLASSES = frozenset({"ESTABLISH", "ANNOUNCE"})  # setting a measure up, together: a deal
_MAX_JOINT_GAP_WORDS = 2  # words between joined subjects and their verb ("will jointly")
_INTENDED = frozenset({"FUTURE", "PLANNED"})  # before a verb: what is to be done, not a tally
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # the ending of a possessor: a noun follows it
_SANCTION_CLASS = "TARIFF"  # the object class of tariffs and sanctions: a target country
_OPERATION_CLASS = "OPERATION"  # the object class of a named operation (found by pattern)
_TARGETED_CLASS = "TARGETED"  # the rules' verb class for a measure aimed at a country
_TARGET_WORDS = 3  # words after a measure within which the country it targets is named
_OWNED_CLASS = "OWNED"  # the rules' verb class for a measure named with its maker
_OWNERS = frozenset(
    {"administration", "government", "state", "department", "president", "governor"}
)
_UNDER_CLASS = "UNDER"  # the rules' verb class for a measure something is done under
_DESCRIBED_CLASS = "DESCRIBED"  # the rules' verb class for a measure a relative clause describes
_DESCRIBING = frozenset({"LINK", "FUTURE", "BE", "HAVE"})  # "that lets", "that would"
_REFERRING = frozenset({"the", "this", "that", "these", "those"})  # before a measure named again
_INTENDED_STATUSES = frozenset({PolicyStatus.PLANNED, PolicyStatus.ANNOUNCED})  # not yet done
_DONE = frozenset({PolicyStatus.ENACTED, PolicyStatus.ONGOING})  # carried out, or under way
_INTO = frozenset({"to", "in", "into"})  # before a place something is sent to or is in
_RULED_ON = frozenset({PolicyStatus.ENACTED, PolicyStatus.REVERSED})  # what a court can challenge
_CARRIED_WITHIN = 4  # sentences back an action without an actor takes the last one's actor
_ENABLED_WORDS = 3  # words of "the authority to" before a verb it governs
_AS_WRITTEN = frozenset({PlaceKind.STATE, PlaceKind.CITY})  # named as the article writes them
_ORDER_CLASSES = frozenset({"ORDER", "EMERGENCY"})  # an order or emergency directs measures
_NO_END = 1 << 62  # past the end of any text: sorts after every span that starts at a point
_COMPOUND_WORDS = 2  # content words between an object and the head of its compound
_TITLE_WORDS = 3  # capitalised words of a title between "by" or a country and a name
_BACK_WORDS = 6  # words after the people moved within which "back" makes it a return
_UNDER_WORDS = 3  # words between "under" and the measure ("under a new bilateral agreement")
_FINITE_PAST = frozenset({"past", "participle"})  # "ordered", "ruled": not "the order"
_PERMITTING = frozenset({"LAW", "ORDER", "EMERGENCY", "RULE"})  # measures that allow what follows
_PLURAL_PRONOUNS = frozenset({"they", "we"})  # the subject of a present tense's base form
_CONTACT_WORDS = 3  # words of a subject between a measure and its verb: "the orders Trump signed"
_CONTACT_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})  # "the group filed"
_ON_PEOPLE = frozenset({"ARREST", "DEPORT", "REMOVE", "RETURN", "CHARGE"})  # done to people
_SINGULAR_BE = frozenset({"was", "is"})  # before a passive whose subject is one person
_FINITE_ONLY = frozenset({"EFFECT"})  # classes that are actions only as finite verbs
_RELATIVE_PRONOUNS = frozenset({"which", "that"})  # a relative clause on a measure or a site
_UPHOLDING = frozenset({"ALLOW", "UPHOLD"})  # a court's verbs that let a measure stand
_OWNER_WORDS = 3  # words between a possessor and the measure it owns ("Trump's new asylum rule")


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
    kind: PolicyKind
    fixed: PolicyStatus | None
    default: PolicyStatus


class _Word(NamedTuple):
    """A vocabulary word found in the text: where, and its class (or classes)."""

    start: int
    end: int
    text: str


@frozen
class _Candidate:
    """A policy action before its attributes are read."""

    kind: PolicyKind
    start: int
    end: int
    verb: _Word | None  # None for a measure named by a noun phrase alone
    reading: _Reading | None
    obj: _Word | None
    obj_class: str | None
    rule: _Rule
    headline: bool
    classes: frozenset[str]  # the verb classes of every mention merged into it
    directed: bool = False  # a measure an order directs: planned until carried out
    contested: bool = False  # a measure a passive challenge right after it acts on


# ---- rule data, loaded once -------------------------------------------------------------


@per_language
def _verb_readings() -> dict[str, tuple[_Reading, ...]]:
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


@per_language
def _references_table() -> _References:
    words: dict[ReferenceClass, list[str]] = {cls: [] for cls in ReferenceClass}
    means: dict[ReferenceClass, dict[str, str]] = {cls: {} for cls in ReferenceClass}
    for row in ruletables.policy_references(active()):
        words[row.cls] += row.forms
        for form in row.forms:
            means[row.cls][form] = row.means or ""
    kinds = dict.fromkeys(words[ReferenceClass.COUNTRY], PlaceKind.COUNTRY)
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


# ---- patterns, compiled once (each is one trie from its vocabulary: linear time) --------


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


_COUNTY = re.compile(
    r"""
    (?<![\w.'’-])               # at the start of a word (keeps the scan linear)
    (?:[A-Z][\w.'’-]*[ ]){1,3}  # one to three capitalised words ...
    County(?!\w)                # ... naming a county
    """,
    re.VERBOSE,
)
_CLAUSE_BREAK = re.compile(
    r"""
    [;:()\[\]—–“”"]             # a mark that ends a clause or opens a quotation
    """,
    re.VERBOSE,
)
_COMMA = re.compile(
    r"""
    ,(?!\d)                      # a comma, not one inside a figure ("6,000"): a list or aside
    """,
    re.VERBOSE,
)
_FIGURE = re.compile(
    r"""
    \d                          # a digit, or ...
    | (?<!\w)(?:hundreds|thousands|dozens|millions|scores)(?!\w)  # ... a round figure
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CURRENCY = re.compile(
    r"""
    [$€£]                       # a currency sign on the figure: "$45", "US$3"
    """,
    re.VERBOSE,
)
_CURRENCY_AFTER = re.compile(
    r"""
    [ ](?:dollars|pesos|euros|quetzales|lempiras)(?!\w)  # or a currency named after the sum
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIGIT = re.compile(
    r"""
    \d                          # a digit: an exact count
    """,
    re.VERBOSE,
)
_WORD = re.compile(
    r"""
    [^\s]+                      # a run of non-space: one word of a gap
    """,
    re.VERBOSE,
)
_ADMINISTRATION = re.compile(
    r"""
    (?<![\w.'’-])[A-Z][a-z]+   # a capitalised name at the start of a word ...
    [ ]administration(?!\w)    # ... and its administration: "Biden administration"
    """,
    re.VERBOSE,
)
_LEADER_ADMINISTRATION = re.compile(
    r"""
    (?<![\w.'’-])(?P<name>[A-Z][\w-]+)    # a capitalised name at the start of a word ...
    (?:['’]s)?                             # ... perhaps a possessive ("Trump's") ...
    [ ][Aa]dministration(?!\w)             # ... and its administration, either case
    """,
    re.VERBOSE,
)
_ACTOR_BREAK = re.compile(
    r"""
    [;:—–]                      # a dash or semicolon: a dateline or another clause before it
    """,
    re.VERBOSE,
)
_PROGRESSIVE = re.compile(
    r"""
    (?<!\w)(?:is|are|was|were|been|being)  # a form of "be" ...
    \s+(?:[a-z]+ly\s+)?                    # ... an adverb perhaps ...
    [a-z]+ing(?!\w)                        # ... and a present participle: under way
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PAST_BEFORE = re.compile(
    r"""
    (?<!\w)(?:[a-z]+ed|was|were|had)(?!\w)  # a past verb: an -ing clause shares its tense
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORD_IN_TAIL = re.compile(
    r"""
    [\w'’-]+                   # one word of what follows "agreed to" ...
    (?:,\d+)*                  # ... a figure's thousands included ("10,000")
    """,
    re.VERBOSE,
)
_DATELINE_DASH = re.compile(
    r"""
    \s(?:—|–|--|-)\s          # the dash that closes a dateline: "TAPACHULA, Mexico (AP) —"
    | (?<=\))\.?-\s           # or the agency's ".-" after its name: "Tapachula, 21 ene (EFE).-"
    """,
    re.VERBOSE,
)
_BORDER_AFTER = re.compile(
    r"""
    [ ]border(?!\w)             # "border" right after a demonym: "the Guatemalan border"
    """,
    re.VERBOSE,
)
_PART_AFTER = re.compile(
    r"""
    ['’]s[ ]                    # a possessive ...
    (?:north|south|east|west)(?:east|west)?  # ... of a compass point: "Mexico's southeast"
    (?![\w-]|[ ]border)         # (not "southern", not "south-bound", not a border)
    """,
    re.VERBOSE,
)
_BARE_BORDER = re.compile(
    r"""
    (?<![\w-])(?:at|along|to|on|near)[ ]   # a locative or "to" ...
    (?:the|our|its|their)[ ]border        # ... before a border no name or adjective qualifies
    (?![\w-]|[ ](?:with|between|of)(?!\w))  # (not "the border with Mexico": that one is named)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_COURT_SEAT = re.compile(
    r"""
    (?:[Cc]ourts?|Appeals|Circuit|[Jj]udges?|[Pp]anel)  # a court ...
    (?:[ ](?:located|based|sitting|seated))?           # ... perhaps "located" ...
    [ ]in[ ]\Z                                         # ... "in", right before a place
    """,
    re.VERBOSE,
)
_CASE_BEFORE = re.compile(r"[ ]vs?\.[ ]\Z")  # "Biden v. Texas": a case, not a site
_CASE_AFTER = re.compile(r"[ ]vs?\.[ ]")  # "Texas v. United States"
_EXPLETIVE = re.compile(
    r"""
    (?:['’]s|[ ](?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had
    |seems?|appears?|remains?))(?!\w)   # "there were", "there's": no place
    """,
    re.VERBOSE | re.IGNORECASE,
)
_REFERRED_KINDS: dict[str, frozenset[PlaceKind]] = {
    "THERE": frozenset(),  # any place
    "CITY": frozenset(
        {PlaceKind.CITY, PlaceKind.HUB, PlaceKind.PORT_OF_ENTRY, PlaceKind.BORDER_CROSSING}
    ),
    "STATE": frozenset({PlaceKind.STATE}),
}
_LISTED = re.compile(
    r"""
    ,[ ]                         # the comma between names in a list: "Cuba, Haiti"
    | ,?[ ](?:and|or)[ ]         # or the word that closes it: "Nicaragua and Venezuela"
    """,
    re.VERBOSE,
)
_AND = re.compile(
    r"""
    ,?[ ](?:and|&)[ ]            # the "and" that closes a list of names: "Peru and Bolivia"
    """,
    re.VERBOSE,
)
_JOINED = re.compile(
    r"""
    ,?[ ](?:and|&)[ ]            # "Peru and Bolivia", "Chile, Peru, and Bolivia" ...
    | ,[ ]                       # ... or a comma in a list: "Chile, Peru"
    """,
    re.VERBOSE,
)
_DESCRIPTION = re.compile(
    r"""
    [ ](?:that|which)[ ]        # a relative pronoun right after the measure ...
    (?:[a-z]+ly[ ])?            # ... an adverb perhaps ...
    (?P<word>[a-z]+)(?![\w'’]) # ... and the word that says what it does
    | [ ]worth[ ]               # or its worth: "a deal worth $6 million"
    """,
    re.VERBOSE,
)
_SCARE_QUOTE = re.compile(
    r"""
    [\w'’-]+(?:[ ][\w'’-]+)?   # one or two words ...
    [”"]                        # ... closed by a quotation mark: a word in quotes
    """,
    re.VERBOSE,
)
_NAMED_OPERATION = re.compile(
    r"""
    (?<![\w'’-])Operation       # "Operation" at the start of a word ...
    (?:[ ][A-Z][\w'’-]*){1,3}   # ... and its name: one to three capitalised words
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(
    r"""
    [ ]([^\W\d_]+)(?![\w'’-])     # the next word, all letters: "mexicanas"
    """,
    re.VERBOSE,
)
_RELATIVE_ASIDE = re.compile(
    r"""
    ,[ ](?:which|who)(?!\w)      # a relative clause set off by a comma
    """,
    re.VERBOSE,
)
_QUOTES = frozenset('“"')  # marks that may open a quotation
_BODY_END = frozenset(".!?\"'”’")  # the last character of a sentence of body text


# ---- finding candidates ------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())  # the runs of non-space _WORD finds, counted in C


def _close_gap(text: str, *, max_words: int) -> bool:
    """True when ``text`` can sit inside one phrase: short, no clause or list break."""
    return (
        len(text) <= _MAX_GAP_CHARS
        and _words(text) <= max_words
        and _CLAUSE_BREAK.search(text) is None
        and _COMMA.search(text) is None
    )


class _Objects(NamedTuple):
    """The objects of a sentence in text order, with their starts for bisection."""

    found: list[tuple[_Word, str]]
    starts: list[int]


def _objects(text: str, sentence: Sentence) -> _Objects:
    classes = _object_classes()
    found = [
        (_Word(h.first, h.last, word := text[h.first : h.last]), classes[word.lower()])
        for h in _object_pattern().finditer(text, sentence.start, sentence.end)
    ]
    found = [(obj, cls) for obj, cls in found if cls != "MONEY" or _is_money(text, obj)]
    named = {m.start(): m for m in _named_operations(text, sentence.start, sentence.end)}
    if named:  # "Operation Lone Star": the operation by its name, not the common noun
        found = [
            (_Word(m.start(), m.end(), m.group()), _OPERATION_CLASS)
            if (m := named.get(obj.start)) is not None
            else (obj, cls)
            for obj, cls in found
        ]
    for country in find_countries(text, sentence.start, sentence.end):
        if country.demonym and country.text.endswith("s"):  # "Venezuelans": people
            found.append((_Word(country.span.start, country.span.end, country.text), "PEOPLE"))
    found.sort(key=lambda item: item[0].start)
    return _Objects(found, [obj.start for obj, _cls in found])


def _named_operations(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The named operations in ``text[start:end]`` ("Operation Lone Star"). Most sentences
    name none, and the pattern would be tried at each of their characters."""
    if text.find("Operation ", start, end) < 0:
        return iter(())
    return _NAMED_OPERATION.finditer(text, start, end)


def _is_money(text: str, word: _Word) -> bool:
    """True for a sum of money: "$45 million", "3 billion pesos", not "1.2 million people"."""
    before = text[max(0, word.start - 20) : word.start].split()
    return bool(before and _CURRENCY.search(before[-1])) or (
        _CURRENCY_AFTER.match(text, word.end) is not None
    )


def _modal_words(text: str, start: int, end: int) -> list[tuple[_Word, frozenset[str]]]:
    """The modality words that lie whole within ``text[start:end]``, in order."""
    classes = _modality()
    return [
        (_Word(h.first, h.last, word := h.group()), classes[word.lower()])
        for h in _modality_pattern().finditer(text, start, end)
    ]


def _modal_names(text: str, start: int, end: int) -> list[str]:
    """The modality words within ``text[start:end]``, lower-cased: the keys of
    :func:`_modality`, for a test against :func:`_modal_class` without building words."""
    return [text[h.first : h.last].lower() for h in _modality_pattern().finditer(text, start, end)]


def _modal_class(*classes: str) -> frozenset[str]:
    """The modality words (lower-cased) that belong to any of ``classes``."""
    return _modal_class_in(active(), classes)


@functools.cache
def _modal_class_in(language: str, classes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for word, found in _modality().items() if not found.isdisjoint(classes))


def _auxiliary(text: str, start: int, end: int) -> frozenset[str]:
    """The classes of the last modality word in ``text[start:end]`` when at most one word
    stands between it and ``end`` ("was quickly deported"), else none."""
    return _auxiliary_in(active(), text, start, end)


@per_article(maxsize=64)  # asked for each reading of a verb, and for each check
def _auxiliary_in(language: str, text: str, start: int, end: int) -> frozenset[str]:
    before = _modality_pattern().finditer(text, start, end)
    if not before:
        return frozenset()
    last = before[-1]  # only the last one counts
    if _words(text[last.last : end]) > 1:
        return frozenset()
    return _modality()[last.group().lower()]


def _auxiliary_before(
    text: str, sentence: Sentence, verb: _Word, aux: frozenset[str] = frozenset({"BE", "HAVE"})
) -> bool:
    """True when a form of "be" or "have" (``aux``) stands right before the verb."""
    return not aux.isdisjoint(_auxiliary(text, max(sentence.start, verb.start - 30), verb.start))


def _word_before(text: str, sentence: Sentence, position: int) -> str:
    before = text[max(sentence.start, position - 30) : position].split()
    return before[-1].lower() if before else ""


def _word_after(text: str, sentence: Sentence, position: int) -> str:
    after = text[position : min(sentence.end, position + 30)].split()
    return after[0].lower() if after and text[position : position + 1].isspace() else ""


def _modifies(text: str, sentence: Sentence, verb: _Word) -> bool:
    """True when an -ing word stands where an adjective would: "for returning citizens"."""
    before = _word_before(text, sentence, verb.start)
    return before in {"for", "of"} or "DETERMINER" in _modality().get(before, frozenset())


def _figure_after(text: str, sentence: Sentence, word: _Word) -> bool:
    """True for a figure just after a word: "deported more than 400,000" is a tally; not
    the number in a name ("under Title 42", "Senate Bill 4")."""
    after = text[word.end : min(sentence.end, word.end + _MAX_GAP_CHARS)]
    words = after.split()[:_FIGURE_AFTER_WORDS]
    return any(
        _FIGURE.search(w) is not None and not (i and words[i - 1][:1].isupper())
        for i, w in enumerate(words)
    )


def _figure_before(text: str, sentence: Sentence, position: int, *, exact: bool = False) -> bool:
    """True for a figure just before a phrase: "8,346 migrant arrests" is a tally; with
    ``exact`` only digits count ("dozens of migrants were bused" is an action)."""
    before = text[max(sentence.start, position - _MAX_GAP_CHARS) : position]
    words = " ".join(before.split()[-_FIGURE_BEFORE_WORDS:])
    return (_DIGIT if exact else _FIGURE).search(words) is not None


def _describes_people(objects: _Objects, text: str, verb: _Word) -> bool:
    """True for a participle right after people ("migrants deported from"): a description."""
    before = bisect.bisect_left(objects.starts, verb.start) - 1
    if before < 0:
        return False
    obj, cls = objects.found[before]
    return cls == "PEOPLE" and obj.end <= verb.start and not text[obj.end : verb.start].strip()


def _counted_before(objects: _Objects, text: str, sentence: Sentence, verb: _Word) -> bool:
    """True for a counted subject just before the verb: "9,000 migrants were deported"."""
    before = bisect.bisect_left(objects.starts, verb.start) - 1
    if before < 0:
        return _figure_before(text, sentence, verb.start, exact=True)
    obj, _cls = objects.found[before]
    gap = text[obj.end : verb.start]
    if obj.end > verb.start or not _close_gap(gap, max_words=_MAX_BEFORE_WORDS):
        return _figure_before(text, sentence, verb.start, exact=True)
    return _figure_before(text, sentence, obj.start, exact=True)


def _tallies(text: str, sentence: Sentence, verb: _Word, reading: _Reading) -> bool:
    """True when a figure on the verb would count what was done ("deported 9,000"): a
    counted verb, not under a future modal or a plan ("would deploy 1,500 troops" is the
    size of a plan: an action)."""
    return reading.counted and not _auxiliary_before(text, sentence, verb, _INTENDED)


def _agreed(text: str, sentence: Sentence, verb: _Word) -> int:
    """Where "agreed to" ends with what was agreed: the verb and its object, up to a
    preposition or conjunction ("agreed to tighten checks" at its crossings)."""
    end = last = verb.end
    stop = min(sentence.end, verb.end + _MAX_GAP_CHARS)
    for count, m in enumerate(_WORD_IN_TAIL.finditer(text, verb.end, stop)):
        if count >= _AGREED_WORDS or text[last : m.start()].strip():
            break  # four words at most, and no punctuation between them
        classes = _modality().get(m.group().lower(), frozenset())
        if classes & {"PREPOSITION", "CONJUNCTION", "AGENT"}:
            break
        last = m.end()
        if "DETERMINER" not in classes:
            end = last
    return end


def _verb_candidates(
    text: str, sentence: Sentence, objects: _Objects, headline: bool
) -> Iterator[_Candidate]:
    rules = _rules()
    readings = _verb_readings()
    hits = _verb_pattern().finditer(text, sentence.start, sentence.end)
    verb_starts = [h.first for h in hits]
    for h in hits:
        verb = _Word(h.first, h.last, text[h.first : h.last])
        if text.startswith("-", verb.end):
            continue  # "end-August", "halt-and-release": part of a compound word
        before = _word_before(text, sentence, verb.start)
        classes = _modality().get(before, frozenset())
        noun_slot = (
            "DETERMINER" in classes
            or ("PREPOSITION" in classes and before != "to")
            or before.endswith(_POSSESSIVE)  # "Biden's request": a noun
        )
        after = _word_after(text, sentence, verb.end)
        noun_next = after == "of" or bool(_modality().get(after, frozenset()) & _AUXILIARY)
        eligible = [
            reading
            for reading in readings[verb.text.lower()]
            if not (
                (reading.form in {"base", "third"} and noun_slot)  # "a halt", "the bans"
                or (reading.form == "ing" and "DETERMINER" in classes and _has_noun(verb, reading))
                or (reading.form in {"base", "third"} and noun_next)  # "buses of migrants"
                or (reading.form in _FINITE_PAST and "DETERMINER" in classes)  # "a closed port"
            )
        ]
        for at, reading in enumerate(eligible):
            found = _with_object(text, sentence, verb, reading, objects, headline, verb_starts)
            if found is not None:
                for other in eligible[at + 1 :]:  # the reading whose object comes first:
                    nearer = _with_object(  # "halted the issuance of visas to Nicaraguans"
                        text, sentence, verb, other, objects, headline, verb_starts
                    )  # halts the visas, not the Nicaraguans
                    if nearer is not None and nearer.start == found.start:
                        found = nearer if nearer.end < found.end else found
                yield found
                break
            rule = rules.get((reading.cls, "*"))
            if rule is None or reading.form not in _VERBAL:
                continue
            if _tallies(text, sentence, verb, reading) and (
                _figure_after(text, sentence, verb)
                or _counted_before(objects, text, sentence, verb)
            ):
                break  # "deported more than 400,000 people", "9,000 were deported": a tally
            if reading.form in {"past", "participle"} and _describes_people(objects, text, verb):
                break
            if verb.text.lower().endswith(" to") and "DELIBERATE" in _modality().get(
                after, frozenset()
            ):
                break  # "agreed to meet", "agreed to review": talks, not a measure
            end = _agreed(text, sentence, verb) if verb.text.lower().endswith(" to") else verb.end
            yield _Candidate(
                rule.kind,
                verb.start,
                end,
                verb,
                reading,
                None,
                None,
                rule,
                headline,
                frozenset({reading.cls}),
            )
            break


def _has_noun(verb: _Word, reading: _Reading) -> bool:
    """True when the verb's word is also listed as the noun of its class ("reopening")."""
    return any(
        other.cls == reading.cls and other.form == "noun"
        for other in _verb_readings()[verb.text.lower()]
    )


def _with_object(
    text: str,
    sentence: Sentence,
    verb: _Word,
    reading: _Reading,
    objects: _Objects,
    headline: bool,
    verb_starts: list[int],
) -> _Candidate | None:
    rules = _rules()
    for index in range(bisect.bisect_left(objects.starts, verb.end), len(objects.found)):
        obj, cls = objects.found[index]  # (no slice: a copy per verb would be quadratic)
        gap = text[verb.end : obj.start]
        quoted = gap.rstrip('“"‘')  # an opening quote on the name: the “remain in Mexico” rule
        if not _close_gap(quoted, max_words=_MAX_GAP_WORDS) or _conjoined(
            text, verb.end, obj.start
        ):
            break  # too far, or in another clause ("dispersed after officials took migrants")
        if _verb_between(
            text, verb_starts, objects, verb.end, _modified(text, verb.end, obj.start)
        ):
            break  # another verb governs it: "blamed the rise on the reversal of the policy"
        if reading.form == "ing" and not gap.strip() and _modifies(text, sentence, verb):
            return None  # "for returning citizens": the -ing word describes the noun
        head = _compound_head(text, objects, index)
        if head is not None:
            obj, cls = head  # "the Asylum Cooperation Agreements": agreements, not asylum
        rule = rules.get((reading.cls, cls))
        if rule is None:
            continue
        if cls == "MONEY":
            obj, cls, rule = _fund_after(text, objects, index, reading, rule)
        sized = text.startswith(" of ", obj.end)  # "a group of 400": its size, not a tally
        if _tallies(text, sentence, verb, reading) and (
            _FIGURE.search(gap) or (_figure_after(text, sentence, obj) and not sized)
        ):
            return None  # "arrested 15,000 migrants", "expelled migrants 2.8 million times"
        return _Candidate(
            rule.kind,
            verb.start,
            obj.end,
            verb,
            reading,
            obj,
            cls,
            rule,
            headline,
            frozenset({reading.cls}),
        )
    past = reading.form in {"past", "participle"}
    passive = past and _auxiliary_before(text, sentence, verb, frozenset({"BE"}))
    compound = reading.form == "noun"  # "border closure", "port closures"
    reduced = past and not passive and not _auxiliary_before(text, sentence, verb)
    if not (passive or compound or reduced or (reading.ergative and reading.form in _VERBAL)):
        return None
    tight = compound or (reduced and not reading.ergative)  # "the deal reached in June"
    limit = _aside_before(text, sentence, verb) if passive else verb.start
    if reduced or reading.ergative:  # "the bill, which passed the House": the bill did
        limit = _antecedent_end(text, sentence, verb) or limit
    nearer = -1  # where the object nearer the verb begins
    for index in range(bisect.bisect_left(objects.starts, limit) - 1, -1, -1):
        obj, cls = objects.found[index]
        if obj.end > limit:
            continue
        if limit - obj.end > _MAX_GAP_CHARS:
            break  # too far to be its subject (and a bound on the objects looked at)
        if nearer >= 0 and not text[obj.end : nearer].strip():
            nearer = obj.start
            continue  # "border agents closed": "border" modifies the subject, is not it
        nearer = obj.start
        gap = text[obj.end : limit]
        contact = reduced and cls in _measure_classes() and _contact_subject(text, gap)
        if not contact and not _close_gap(gap, max_words=0 if tight else _MAX_BEFORE_WORDS):
            break
        if (
            tight
            and not compound
            and not contact
            and ((cls not in _measure_classes() and cls != "MONEY") or gap.strip())
        ):
            break  # a participle right after a measure (or a sum: "$5 billion budgeted
            # for") names it: "the law passed in May"
        rule = rules.get((reading.cls, cls))
        if rule is not None:
            if _tallies(text, sentence, verb, reading) and _figure_before(
                text, sentence, obj.start, exact=not compound
            ):
                return None  # "8,346 migrant arrests", "9,000 migrants were deported": a tally
            return _Candidate(
                rule.kind,
                obj.start,
                verb.end,
                verb,
                reading,
                obj,
                cls,
                rule,
                headline,
                frozenset({reading.cls}),
            )
    return None


def _contact_subject(text: str, gap: str) -> bool:
    """True when ``gap``, between a measure and a past verb after it, is the subject of a
    relative clause without "that" ("the orders Trump signed", "a lawsuit the group
    filed"): a name, or a determiner and its noun, and nothing that opens a clause."""
    words = gap.split()
    if not 0 < len(words) <= _CONTACT_WORDS or not all(w.isalpha() for w in words):
        return False
    first = words[0]
    named = first[:1].isupper() and all(w[:1].isupper() for w in words)
    owned = first.lower() in _CONTACT_DETERMINERS and len(words) > 1
    return (named or owned) and not any(
        w.lower() in _verb_readings()
        or _modality().get(w.lower(), frozenset()) - {"DETERMINER", "PARTITIVE"}
        for w in words
    )


def _antecedent_end(text: str, sentence: Sentence, verb: _Word) -> int | None:
    """Where the noun a relative clause opened right before the verb refers to ends ("the
    bill, which passed the House": after "bill"), or None without "which" or "that"."""
    before = text[max(sentence.start, verb.start - 30) : verb.start]
    stripped = before.rstrip()
    word = stripped.split()[-1].lower() if stripped.split() else ""
    if word not in _RELATIVE_PRONOUNS:
        return None
    start = verb.start - len(before) + len(stripped) - len(word)
    window = text[max(sentence.start, start - _MAX_GAP_CHARS) : start]  # bounded: linear
    end = start - len(window) + len(window.rstrip().rstrip(",").rstrip())
    return end if end > sentence.start else None


def _aside_before(text: str, sentence: Sentence, verb: _Word) -> int:
    """Where the subject of a passive ends when a relative clause in commas stands between
    them ("the caravan, which was heading north, was dissolved by police": after
    "caravan"); else the verb's start. Only auxiliaries may stand between the last comma
    and the verb."""
    comma = text.rfind(",", max(sentence.start, verb.start - _REACH), verb.start)
    if comma < 0 or not all(
        _modality().get(word.lower(), frozenset()) & {"BE", "HAVE"}
        for word in text[comma + 1 : verb.start].split()
    ):
        return verb.start
    aside = _RELATIVE_ASIDE.search(text, max(sentence.start, verb.start - _REACH), comma)
    last = None
    while aside is not None:  # the first relative clause before the verb's own comma
        last = aside
        aside = _RELATIVE_ASIDE.search(text, aside.end(), comma)
    return last.start() if last is not None else verb.start


def _compound_head(text: str, objects: _Objects, index: int) -> tuple[_Word, str] | None:
    """The object that heads a compound the object at ``index`` opens ("Asylum Cooperation
    Agreements", "migrant processing centers"): the next object, when no more than two
    content words, and no function word, stand between them; else None."""
    obj, _cls = objects.found[index]
    if index + 1 >= len(objects.found):
        return None
    after, after_cls = objects.found[index + 1]
    between = text[obj.end : after.start].split()
    if after.start <= obj.end or not text[obj.end : obj.end + 1].isspace():
        return None
    if len(between) > _COMPOUND_WORDS or not all(w.isalpha() for w in between):
        return None
    if any(w.endswith("ing") and w.islower() for w in between):
        return None  # "a law making illegal entry a crime": a participle, no compound
    words = [*between, after.text.split()[0]]  # "the measure in court": no compound
    if any(w.lower() in _modality() or w.lower() in _verb_readings() for w in words):
        return None  # "migrants and families", "asylum seekers were": two phrases
    return after, after_cls


def _modified(text: str, start: int, position: int) -> int:
    """Where the noun phrase ending in the object at ``position`` begins its last
    modifier: a noun right before the object ("the repatriation costs") modifies it and
    governs nothing, so verbs are looked for only before it."""
    space = text.rfind(" ", start, position - 1)
    return space + 1 if space >= start and text[position - 1 : position] == " " else position


def _verb_between(
    text: str, verb_starts: list[int], objects: _Objects, start: int, end: int
) -> bool:
    """True when a verb (or its noun) that is no object stands between ``start`` and
    ``end``: what follows it is its object, not the object of the verb before it. A light
    noun ("the use of", "the issuance of") passes the verb's object through: "expanding
    the use of expedited removal" expands the removal."""
    index = bisect.bisect_left(verb_starts, start)
    light: list[tuple[int, int]] | None = None
    while index < len(verb_starts) and verb_starts[index] < end:
        position = verb_starts[index]
        at = bisect.bisect_left(objects.starts, position)
        if at == len(objects.starts) or objects.starts[at] != position:
            if light is None:
                reach = min(len(text), end + _MAX_GAP_CHARS)  # "the use of" may end past it
                light = [
                    (w.start, w.end) for w, c in _modal_words(text, start, reach) if "LIGHT" in c
                ]
            if not any(first <= position < last for first, last in light):
                return True
        index += 1
    return False


def _fund_after(
    text: str, objects: _Objects, index: int, reading: _Reading, rule: _Rule
) -> tuple[_Word, str, _Rule]:
    """What a sum is for, when the verb governs it too: "$6 billion in federal funds",
    "$2 billion on the border operation"; else the sum."""
    money, _cls = objects.found[index]
    for later in range(index + 1, min(len(objects.found), index + 4)):
        fund, fund_cls = objects.found[later]
        if not _close_gap(text[money.end : fund.start], max_words=_MAX_FUND_WORDS):
            break
        fund_rule = _rules().get((reading.cls, fund_cls))
        if fund_rule is not None:
            return fund, fund_cls, fund_rule
    return money, "MONEY", rule


def _noun_candidates(
    text: str, objects: _Objects, taken: list[_Candidate], headline: bool
) -> Iterator[_Candidate]:
    rules = _rules()
    spans = sorted((c.start, c.end) for c in taken)
    starts = [start for start, _end in spans]
    for obj, cls in objects.found:
        rule = rules.get(("*", cls))
        classes: frozenset[str] = frozenset()
        targeted = rules.get((_TARGETED_CLASS, cls))
        if rule is None and targeted is not None and _targeted(text, obj):
            rule = targeted  # "tariffs on Mexican goods": a measure aimed at a country
        owned = rules.get((_OWNED_CLASS, cls))
        if rule is None and owned is not None and _owned(text, obj):
            rule = owned  # "Trump's asylum ban": a measure someone made
        if rule is None:
            rule = rules.get((_DESCRIBED_CLASS, cls))
            under = rules.get((_UNDER_CLASS, cls))
            if under is not None and _under(text, obj):
                rule = under
            elif rule is None or not _described(text, obj.end):
                continue
            classes = frozenset({_DESCRIBED_CLASS})
        near = bisect.bisect_left(starts, obj.end)  # phrases are short: look a little back
        if any(
            start < obj.end and obj.start < end
            for start, end in spans[max(0, near - _NEAR_PHRASES) : near]
        ):
            continue
        yield _Candidate(
            rule.kind, obj.start, obj.end, None, None, obj, cls, rule, headline, classes
        )


def _targeted(text: str, obj: _Word) -> bool:
    """True for a measure aimed at a country named right after it ("tariffs on Mexican
    goods", "sanctions against Colombia"): one in force or threatened, not a word about
    such measures ("tariffs hurt exporters")."""
    words = text[obj.end : obj.end + _MAX_GAP_CHARS].split()[:_TARGET_WORDS]
    if not words or words[0].lower() not in _TARGET:
        return False
    stop = obj.end + len(" ".join(words)) + 1
    return bool(find_countries(text, obj.end, min(len(text), stop)))


def _owned(text: str, obj: _Word) -> bool:
    """True for a measure named with the possessor who made it ("Trump's asylum ban", "the
    administration's “Remain in Mexico” policy"): a measure in force or in the making,
    not a word about measures. Plural and generic nouns ("the state's policies") name none."""
    if obj.text.lower().endswith("s"):
        return False
    before = text[max(0, obj.start - _MAX_GAP_CHARS) : obj.start].split()[-_OWNER_WORDS - 1 :]
    for word in reversed(before):
        bare = word.strip('“”"‘')
        if bare.endswith(_POSSESSIVE):
            owner = bare[:-2]
            return owner[:1].isupper() or owner.lower() in _OWNERS
        if not bare or not bare.replace("-", "").isalpha():
            return False
    return False


def _under(text: str, obj: _Word) -> bool:
    """True for a measure something is done under ("returned under a joint agreement"):
    one in force, named as the authority for an action. "Under the order" refers to one
    named before, which is its record."""
    words = [w.lower() for w in text[max(0, obj.start - 40) : obj.start].split()[-_UNDER_WORDS:]]
    if not words or words[-1] in _REFERRING:
        return False
    return not _modal_class("AUTHORITY").isdisjoint(words)


def _described(text: str, position: int) -> bool:
    """True when a relative clause right after a measure says what it does ("a law that
    lets police arrest migrants", "a rule which bars ..."), or its worth follows ("a deal
    worth $6 million"): a measure in force or in the making, not a word about measures."""
    found = _DESCRIPTION.match(text, position)
    if found is None:
        return False
    word = found.group("word")
    if word is None:
        return True  # "worth"
    classes = _modality().get(word, frozenset()) - {"PREVENT"}  # "a rule which bars": it does
    if not classes.isdisjoint(_DESCRIBING):
        return True  # "that lets", "which would"
    return (
        word.endswith("s")
        and not classes
        and _object_classes().get(word, "") not in _targets()  # "the rule that migrants ..."
        and word not in _bodies()  # "the policy that officials ...": its subject, not a verb
    )


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept


def _links(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ties what follows to what precedes: a linking word
    ("to", "authorizing", "that lets") and no conjunction that could start a second action."""
    names = _modal_names(text, start, end)
    linked = not _modal_class("LINK").isdisjoint(names)
    return linked and _modal_class("CONJUNCTION").isdisjoint(names)


def _conjoined(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a conjunction that opens another clause ("after",
    "while"); "and" and "or" may join two objects of one verb ("take migrants and families")."""
    return not _clause_conjunctions().isdisjoint(_modal_names(text, start, end))


@per_language
def _clause_conjunctions() -> frozenset[str]:
    """The conjunctions that open another clause: all but "and" and "or"."""
    return _modal_class("CONJUNCTION") - {"and", "or"}


def _challenged_after(text: str, last: _Candidate, cand: _Candidate) -> bool:
    """True for a challenge in the passive right after the action it challenges ("the
    decision to end the program was challenged in court"): the suit, a record of its own,
    not the action's purpose."""
    if cand.kind is not PolicyKind.LEGAL_CHALLENGE or last.kind is PolicyKind.LEGAL_CHALLENGE:
        return False
    words = text[last.end : cand.verb.start if cand.verb is not None else cand.start].split()
    return bool(words) and all(
        _modality().get(word.lower(), frozenset()) & {"BE", "HAVE"} for word in words
    )


def _has_own_subject(text: str, cand: _Candidate) -> bool:
    """True for a measure its own subject acted on, named between them ("a lawsuit the
    organization filed"): another act, by another actor, than the one before it."""
    verb, obj = cand.verb, cand.obj
    return (
        verb is not None
        and obj is not None
        and obj.end <= verb.start
        and _contact_subject(text, text[obj.end : verb.start])
    )


def _is_noun(cand: _Candidate) -> bool:
    return cand.reading is None or cand.reading.form == "noun"


def _merged(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """One action per phrase: a purpose clause, a restatement or a listed measure joins
    the action before it ("ordered tariffs, a travel ban and the revocation of visas")."""
    merged: list[_Candidate] = []
    order: _Candidate | None = None  # the order whose measures follow it in the sentence
    for cand in candidates:
        if (
            order is not None
            and merged
            and cand.kind is not order.kind
            and _directs(text, merged[-1].end, cand)
        ):
            merged.append(evolve(cand, directed=True))  # "signed an order ending X, Y"
            continue
        if _is_order(cand):
            order = cand
        if merged:
            last = merged[-1]
            gap = text[last.end : cand.start]
            close = _close_gap(gap, max_words=_MAX_PURPOSE_WORDS)
            purpose = close and (_links(text, last.end, cand.start) or _words(gap) <= 2)
            same = cand.kind is last.kind and _close_gap(gap, max_words=3)
            if cand.kind is not last.kind and not _modal_class("AUTHORITY").isdisjoint(
                _modal_names(text, last.end, cand.start)
            ):
                merged.append(cand)  # "removed migrants under a deal signed": the deal too
                continue
            listed = (
                _is_noun(cand)
                and _DESCRIBED_CLASS not in cand.classes  # its own clause: a measure of its own
                and len(gap) <= _MAX_GAP_CHARS
                and _words(gap) <= _MAX_LIST_WORDS
                and _CLAUSE_BREAK.search(gap) is None
            )
            if _challenged_after(text, last, cand):
                merged[-1] = evolve(last, contested=True)  # "... was challenged in court"
            elif (purpose or same or listed) and not _has_own_subject(text, cand):
                merged[-1] = evolve(last, end=cand.end, classes=last.classes | cand.classes)
                continue
        merged.append(cand)
    return merged


# ---- attributes -------------------------------------------------------------------------


def _is_order(cand: _Candidate) -> bool:
    """True for an order, proclamation or emergency signed, issued or declared, or for a
    verb that orders ("ordered tariffs"): what it directs follows it."""
    return cand.kind is PolicyKind.EXECUTIVE_ACTION and (
        cand.obj_class in _ORDER_CLASSES
        or (cand.reading is not None and cand.reading.cls == "ORDER")
    )


def _directs(text: str, since: int, cand: _Candidate) -> bool:
    """True when ``cand`` is a measure the order before it directs (``since``: where the
    order, or the last measure it directs, ends): in the same sentence,
    with no clause break between them, linked to it ("an order ending ...", "directing
    the military to ...") or listed after it ("tariffs, a travel ban and ..."); not what
    the order lets happen ("an order allowing police to arrest"), which describes it, nor
    its purpose ("declared an emergency to build the wall"), which attaches to it."""
    gap = text[since : cand.start]  # from the order, or the measure it directs before
    if _CLAUSE_BREAK.search(gap) is not None or len(gap) > _REACH:
        return False
    names = _modal_names(text, since, cand.start)
    if not _modal_class("PERMITS").isdisjoint(names):
        return False  # "an order allowing police to arrest": what it lets happen
    if not _modal_class("DIRECTS").isdisjoint(names):
        return True  # "an order directing the army to seal the border"
    return _modal_class("PURPOSE").isdisjoint(names)  # "to build the wall": its purpose


def _clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last break or comma."""
    start = max(sentence.start, position - _REACH)
    quoted = -1  # where a short quotation closes: a word in quotes is no clause break
    for m in _CLAUSE_BREAK.finditer(text, start, position):
        if m.start() < quoted:
            continue  # the mark that closes it
        scare = _SCARE_QUOTE.match(text, m.end(), position) if m.group() in _QUOTES else None
        if scare is not None:
            quoted = scare.end()
            continue  # would "obviously" appeal: one clause
        start = m.end()
    for m in _COMMA.finditer(text, start, position):
        start = m.end()
    return start


def _status(text: str, sentence: Sentence, cand: _Candidate) -> PolicyStatus | None:
    """The action's status, or None when the text negates it or only wishes for it. A
    measure an order directs is planned until the text says it was carried out."""
    status = _read_status(text, sentence, cand)
    if cand.directed and status in _DONE:
        return PolicyStatus.PLANNED
    if status in _DONE and _ended(text, sentence, cand):
        status = PolicyStatus.REVERSED  # "stopped issuing visas": what was done, ended
    if cand.contested and status in _RULED_ON:
        return PolicyStatus.CHALLENGED  # "the decision to end it was challenged in court"
    return status


def _ended(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for an -ing action right after a verb that ends it ("stopped issuing visas",
    "ceased deporting families"): a pause or an end, so the action is reversed."""
    if cand.reading is None or cand.reading.form != "ing" or cand.verb is None:
        return False
    before = _word_before(text, sentence, cand.verb.start)
    return "ENDED" in _modality().get(before, frozenset())


def _read_status(text: str, sentence: Sentence, cand: _Candidate) -> PolicyStatus | None:
    """The action's status as its own words give it (see :func:`_status`)."""
    if _reduced_participle(text, cand):
        return cand.rule.fixed or PolicyStatus.ENACTED  # "under the law passed in May"
    anchor = cand.verb.start if cand.verb is not None else cand.start
    clause = _clause_start(text, sentence, anchor)
    window_words = [m.start() for m in _WORD.finditer(text, clause, anchor)]
    window = window_words[-_WINDOW_WORDS] if len(window_words) > _WINDOW_WORDS else clause
    scope = window_words[-_NEGATION_WORDS] if len(window_words) > _NEGATION_WORDS else clause
    if not _modal_class("NEGATION", "VAGUE", "GENERIC").isdisjoint(
        _modal_names(text, scope, anchor)
    ):
        return None  # "cannot use the authority to ... build the wall": not done
    if _prevented(text, sentence, cand, window, anchor):
        return None  # "an order that prevents the department from ending it": not done
    if _enabled(text, sentence, anchor):
        return None  # "a law that gave police the authority to arrest people": the law's
    if _permitted(text, sentence, cand, anchor):
        return None  # "the law would let police arrest migrants": what the law allows
    if _infinitive_only(text, sentence, cand, anchor):
        return None  # "allowed the law to take effect": the ruling's, not a new record
    if _prospect(text, sentence, anchor):
        return None  # "the fear of being deported": a risk, not an action taken
    if _individual(text, sentence, cand, anchor) or _gerund_subject(text, sentence, cand):
        return None  # "a migrant was detained", "deporting them will not solve it"
    if cand.verb is not None and "FUTURE" in _modality().get(cand.verb.text.lower(), ()):
        # a verb that tells its own future (Spanish "desplegará"): as after "will"
        return PolicyStatus.PLANNED if cand.rule.fixed else _future(text, sentence, anchor)
    ongoing = False  # "keeps sending": under way, unless a plan governs it ("vowed to keep")
    modal = _modal_words(text, window, anchor)
    for at, (word, classes) in reversed(list(enumerate(modal))):
        if word.text == "May" and word.start > clause:
            continue  # the month, not the modal: "ended the quota in May"
        if "PLANNED" in classes:
            if any("ANNOUNCED" in found for _word, found in modal[:at]):
                return PolicyStatus.ANNOUNCED  # "announced plans to deploy": made public
            return PolicyStatus.PLANNED
        if "FUTURE" in classes:
            if cand.rule.fixed is not None:
                return PolicyStatus.PLANNED  # "said it would sue": a threat, not yet filed
            return _future(text, sentence, anchor)
        if cand.rule.fixed is not None:
            continue  # "sued": only a plan ("will sue") overrides the status a verb fixes
        if "ANNOUNCED" in classes:
            return PolicyStatus.ONGOING if ongoing else PolicyStatus.ANNOUNCED
        if "ONGOING" in classes:
            ongoing = True
    if ongoing:
        return PolicyStatus.ONGOING
    form = cand.reading.form if cand.reading is not None else "noun"
    if cand.headline and form == "base" and _word_before(text, sentence, anchor) == "to":
        if cand.rule.fixed is not None:  # "Biden to end Title 42": to be done, as "will"
            return PolicyStatus.PLANNED
        return _future(text, sentence, anchor)  # "Texas to deploy more troops"
    if cand.rule.fixed is not None:
        return cand.rule.fixed
    if _PROGRESSIVE.search(text, window, anchor) is not None:
        return PolicyStatus.ONGOING  # "has been using aircraft to return migrants"
    if form == "ing":
        since = max(sentence.start, anchor - _REACH)
        main = _modal_names(text, since, clause) if clause > since else []
        if not _modal_class("PLANNED").isdisjoint(main):
            return PolicyStatus.PLANNED  # "plans to send troops, setting up checkpoints"
        if not _modal_class("FUTURE").isdisjoint(main):
            return _future(text, sentence, anchor)  # "will send troops, setting up ..."
        past = _PAST_BEFORE.search(text, since, anchor) is not None
        return PolicyStatus.ENACTED if past else PolicyStatus.ONGOING
    durative = cand.reading is not None and cand.reading.durative
    if durative and form in {"past", "participle"} and _present_perfect(text, sentence, anchor):
        return PolicyStatus.ONGOING  # "has spent $11 billion on the operation": goes on
    if form in {"past", "participle", "third"}:
        return PolicyStatus.ENACTED
    if form == "base":
        return _bare_status(text, sentence, cand, anchor)
    return cand.rule.default


def _bare_status(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> PolicyStatus:
    """The status a verb's base form gives when no modal stands before it (nor "to" in a
    headline: see :func:`_read_status`). Right after its plural subject it is a present
    tense, which in a headline states what was done ("Judges block the rule") and in body
    text what goes on ("soldiers patrol the river"); else ("to deploy", "help deploy") the
    rule's default."""
    reading, verb = cand.reading, cand.verb
    if reading is None or verb is None:
        return cand.rule.default
    if any(r.cls == reading.cls and r.form == "past" for r in _verb_readings()[verb.text.lower()]):
        return cand.rule.default  # "set up", "put", "cut": a past tense as likely
    before = text[max(sentence.start, anchor - 30) : anchor].split()
    word = before[-1] if before else ""
    subject = (
        word.lower() in _PLURAL_PRONOUNS
        or (
            word[:1].isupper() and len(before) > 1  # a name, not the sentence's first word
        )
        or (word.endswith("s") and word.isalpha() and word.lower() not in _modality())
    )
    if not subject:
        return cand.rule.default
    return PolicyStatus.ENACTED if cand.headline else PolicyStatus.ONGOING


def _prevented(text: str, sentence: Sentence, cand: _Candidate, start: int, anchor: int) -> bool:
    """True for an -ing action after "from" that a verb before it keeps from happening
    ("prevents the department from ending the program", "barred police from detaining")."""
    if cand.reading is None or cand.reading.form != "ing":
        return False
    if _word_before(text, sentence, anchor) != "from":
        return False
    return not _modal_class("PREVENT").isdisjoint(_modal_names(text, start, anchor))


def _enabled(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for a verb right after what a measure lets someone do ("the authority to
    arrest", "powers to detain"): part of the measure, not an action of its own."""
    words = text[max(sentence.start, anchor - 40) : anchor].lower().split()[-_ENABLED_WORDS:]
    return any(
        "ENABLED" in _modality().get(" ".join(words[i:]), frozenset()) for i in range(len(words))
    )


def _permitted(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for an action a measure named before it lets someone do ("the law would allow
    police to arrest migrants", "a bill that lets officers detain"): it describes that
    measure, and is no action of its own (the guideline's clarification). Only a verb's
    base form after a permitting word ("allow", "let", "authorize") in the same sentence,
    with a measure ("law", "order", "rule") before that word, is one."""
    if cand.reading is None or cand.reading.form != "base":
        return False
    start = max(sentence.start, anchor - _REACH)
    permits = [m for m in _modal_words(text, start, anchor) if "PERMITS" in m[1]]
    if not permits:
        return False
    word, _classes = permits[-1]
    if _CLAUSE_BREAK.search(text, word.end, anchor) is not None:
        return False
    return any(
        _object_classes()[text[h.first : h.last].lower()] in _PERMITTING
        and _close_gap(text[h.last : word.start], max_words=_MAX_BEFORE_WORDS)
        for h in _object_pattern().finditer(text, start, word.start)
    )


def _infinitive_only(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for a verb that states an action only when finite ("the ban took effect"),
    used as an infinitive ("allowed the law to take effect", "is expected to take effect"):
    what another verb says of the measure, which that verb's record holds."""
    reading = cand.reading
    return (
        reading is not None
        and reading.cls in _FINITE_ONLY
        and reading.form in {"base", "ing"}
        and _word_before(text, sentence, anchor) in {"to", "from"}
    )


def _prospect(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for a passive gerund after a preposition ("the risk of being deported", "for
    fear of being detained"): what may happen to someone, not an action taken."""
    words = text[max(sentence.start, anchor - 30) : anchor].lower().split()[-2:]
    return (
        len(words) == 2
        and words[1] == "being"
        and "PREPOSITION" in _modality().get(words[0], frozenset())
    )


def _individual(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for one person arrested, deported or charged, as a passive with a singular
    subject ("a Honduran migrant was detained", "her husband was deported"): what happened
    to someone, not a government's action (issue 12's false hits). A group ("the caravan
    was dispersed") or a plural ("migrants were deported") is an action."""
    reading = cand.reading
    if reading is None or reading.cls not in _ON_PEOPLE or reading.form not in _FINITE_PAST:
        return False
    words = text[max(sentence.start, anchor - 40) : anchor].lower().split()[-3:]
    if words and words[-1].endswith("ly"):
        words.pop()  # "was later deported"
    singular = bool(words) and (
        words[-1] in _SINGULAR_BE or (words[-1] == "been" and words[-2:-1] in (["has"], ["had"]))
    )
    if not singular:
        return False
    return cand.obj is None or (cand.obj_class == "PEOPLE" and not cand.obj.text.endswith("s"))


def _gerund_subject(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for an -ing phrase that is the subject of what follows ("deporting migrants
    will not solve the problem", "building a wall would not stop them"): an opinion about
    a measure, not an action taken."""
    if cand.reading is None or cand.reading.form != "ing" or cand.verb is None:
        return False
    before = _word_before(text, sentence, cand.verb.start)
    if _modality().get(before, frozenset()) & {"BE", "HAVE", "ONGOING"}:
        return False  # "is deporting", "keeps sending": a progressive, an action
    after = _word_after(text, sentence, cand.end)
    return bool(_modality().get(after, frozenset()) & {"FUTURE", "BE", "HAVE", "PLANNED"})


def _present_perfect(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for "has" or "have" right before the verb (an adverb may stand between)."""
    words = text[max(sentence.start, anchor - 30) : anchor].split()[-2:]
    return any(word.lower() in _PRESENT_HAVE for word in words)


def _reduced_participle(text: str, cand: _Candidate) -> bool:
    """True for a measure named by the participle right after it ("the law passed by
    Congress"): done, whatever the clause around it says will happen."""
    verb, obj, reading = cand.verb, cand.obj, cand.reading
    return (
        verb is not None
        and obj is not None
        and reading is not None
        and reading.form in {"past", "participle"}
        and not reading.ergative
        and obj.end <= verb.start
        and not text[obj.end : verb.start].strip()
    )


def _future(text: str, sentence: Sentence, anchor: int) -> PolicyStatus:
    """A future modal: announced in reported speech ("said it will"), else planned."""
    return PolicyStatus.ANNOUNCED if _reported(text, sentence, anchor) else PolicyStatus.PLANNED


def _reported(text: str, sentence: Sentence, anchor: int) -> bool:
    """True when the sentence reports what someone said ("said", "wrote", "according to")."""
    start, end = max(sentence.start, anchor - _REACH), min(sentence.end, anchor + _REACH)
    return not _modal_class("SPEECH").isdisjoint(_modal_names(text, start, end))


def _reported_agreement(
    text: str, sentence: Sentence, cand: _Candidate, status: PolicyStatus
) -> bool:
    """True for a deal one side or a third party says was made ("X said the two governments
    had agreed to ..."): an agreement is known from what is said of it, so it is announced.
    A deal a verb states without a speaker ("has agreed to accept") stays enacted, and so
    does a deal signed or reached, which is a done act however it is reported."""
    return (
        cand.kind is PolicyKind.AGREEMENT
        and status is PolicyStatus.ENACTED
        and cand.verb is not None
        and cand.reading is not None
        and cand.reading.cls == "AGREE"
        and not _reduced_participle(text, cand)
        and _reported(text, sentence, cand.verb.start)
    )


_Mention = tuple[int, int, str]  # start, end, the actor's name


@frozen
class _Context:
    """What a sentence names, read once for all its actions, with starts for bisection."""

    mentions: list[_Mention]
    mention_starts: list[int]
    candidates: list[_Candidate]
    candidate_starts: list[int]
    dates: tuple[DateMention, ...]
    date_starts: list[int]
    officials: list[_Mention]  # every official's every mention in the article
    judges: frozenset[str]  # the surnames of the article's judges and justices
    countries: dict[str, str]  # the country each official serves, by surname

    @classmethod
    def of(
        cls,
        doc: Document,
        sentence: Sentence,
        officials: list[_Mention],
        candidates: list[_Candidate],
    ) -> _Context:
        mentions = _actor_mentions(doc, sentence, officials)
        dates = _dates(doc, sentence)
        return cls(
            mentions,
            [m[0] for m in mentions],
            candidates,
            [c.start for c in candidates],
            dates,
            [m.span.start for m in dates],
            officials,
            frozenset(
                o.surname
                for o in doc.found(Official)
                if o.title is not None and _references_table().judges.search(o.title)
            ),
            _official_countries(doc),
        )

    def is_court(self, name: str) -> bool:
        """True for a court, an unnamed judge or a judge the article names."""
        return _is_court_name(name) or name in self.judges


def _official_mentions(doc: Document) -> list[_Mention]:
    """Every mention of every official the officials extractor found, in text order."""
    return sorted(
        (span.start, span.end, official.surname)
        for official in doc.found(Official)
        for span in official.spans
    )


def _actor_mentions(doc: Document, sentence: Sentence, officials: list[_Mention]) -> list[_Mention]:
    """Every official or body named in the sentence: (start, end, actor name)."""
    text = doc.text
    first = bisect.bisect_left(officials, (sentence.start, 0, ""))
    found: list[_Mention] = []
    for index in range(first, len(officials)):
        mention = officials[index]
        if mention[0] >= sentence.end:
            break
        if mention[1] <= sentence.end:
            found.append(mention)
    if not doc.found(Official):  # no officials extractor output: the gazetteer's surnames
        for m in _surname_pattern().finditer(text, sentence.start, sentence.end):
            found.append((m.start(), m.end(), m.group()))
    bodies = _bodies()
    for m in _body_pattern().finditer(text, sentence.start, sentence.end):
        actor = bodies[m.group()]
        if actor == "-":
            country = _country_before(text, sentence, m.start())
            if country is not None:  # from the demonym: "by Mexican police" is an agent
                found.append((country[0], m.end(), country[1]))
                continue
            after = _country_after(text, sentence, m.end())
            if after is not None:  # "the government of Honduras", "las autoridades mexicanas"
                found.append((m.start(), after[0], after[1]))
        else:
            start, end = _qualified_start(text, sentence, m.start(), actor), m.end()
            named = _as_named(text, m.group(), actor)
            if start < m.start():  # "the Texas National Guard", "Arizona lawmakers": as written
                named = text[start:end]
            elif _shared(actor):
                after = _country_after(text, sentence, end)
                if after is not None:  # "lawmakers in Florida", "la Guardia Nacional de México"
                    end = after[0]
                    named = text[start:end]
            if named == "administration":  # "the administration": the president's, if named
                named = _administration(doc, officials, start) or named
            found.append((start, end, named))
    for m in _counties(text, sentence.start, sentence.end):
        found.append((m.start(), m.end(), m.group()))
    for m in _references(text, sentence.start, sentence.end):
        referent = _referent(doc, officials, m)
        if referent is not None:  # "the Central American nation", "his country"
            found.append((m.start(), m.end(), referent))
    for m in _pair_references(text, sentence.start, sentence.end):
        referent = _pair_referent(text, m.start())
        if referent is not None:  # "the two countries signed": the last two named before
            found.append((m.start(), m.end(), referent))
    for m in _office_references(text, sentence.start, sentence.end):
        referent = _office_holder(doc, officials, m)
        if referent is not None:  # "the president", "the governor": the one named before
            found.append((m.start(), m.end(), referent))
    for m in _agency_references(text, sentence.start, sentence.end):
        referent = _agency_referent(text, m)
        if referent is not None:  # "the department", "the agency": the one named before
            found.append((m.start(), m.end(), referent))
    for m in _administrations(text, sentence.start, sentence.end):
        found.append((m.start(), m.end(), f"{m.group('name')} administration"))
    for place in find_places(text, sentence.start, sentence.end):
        if _in_case_name(text, place.span):
            continue  # "Biden v. Texas" names a lawsuit, not who acts
        if place.place.kind is not None and place.place.kind.value in {"country", "state"}:
            found.append((place.span.start, place.span.end, place.place.name))
    found.sort(key=lambda m: (m[0], -m[1]))
    longest: list[_Mention] = []  # the longest name wins: "Biden administration", not "Biden"
    reach = -1
    for mention in found:
        if mention[1] > reach:
            longest.append(mention)
            reach = mention[1]
    return longest


def _shared(actor: str) -> bool:
    """True for a body any government may have (a guard, a legislature, a party), which
    the state or country named with it makes that one's."""
    if actor in _body_countries() and actor not in _legislatures():
        return False
    return actor != "administration" and not _is_court_name(actor)


def _administration(doc: Document, officials: list[_Mention], position: int) -> str | None:
    """The administration "the administration" at ``position`` refers back to: the one
    named last before it ("the Biden administration"), else that of the president named
    last before it ("President Joe Biden ... the administration": the Biden administration),
    one of a country whose governments the press calls administrations first."""
    named = _named(doc.text, position, "administration")
    if named != "administration":
        return named
    titles, countries = _official_titles(doc), _official_countries(doc)
    office = _references_table().office_titles.get("president", "president")
    index = bisect.bisect_left(officials, (position, 0, "")) - 1
    found = None
    while index >= 0 and position - officials[index][0] <= _ANTECEDENT_CHARS:
        surname = officials[index][2]
        index -= 1
        if office in titles.get(surname, ""):
            if countries.get(surname) in _administration_countries():
                return f"{surname} administration"  # the press's "administration" is these
            found = found or f"{surname} administration"
    return found


@per_language
def _administration_countries() -> frozenset[str]:
    """The countries whose governments the press calls an administration: those of the
    "<Name> administration" bodies of policy_bodies.tsv."""
    return frozenset(
        row.country
        for row in ruletables.policy_bodies(active())
        if row.country is not None and row.actor.endswith(" administration")
    )


def _qualified_start(text: str, sentence: Sentence, position: int, actor: str) -> int:
    """Where the state or country that owns a body begins, when it is named right before
    the body ("the Texas National Guard", "Arizona lawmakers", "the Mexican Congress"):
    a guard, legislature or party any government may have is that one's. ``position`` when
    none is, or when the body belongs to one government already (CBP, the courts)."""
    if not _shared(actor) or not text.startswith(" ", position - 1):
        return position
    since = max(sentence.start, position - _NAME_CHARS)
    places = [p for p in find_places(text, since, position) if p.span.end == position - 1]
    if places and places[-1].place.kind in _JURISDICTIONS:
        return places[-1].span.start
    countries = [c for c in find_countries(text, since, position) if c.span.end == position - 1]
    return countries[-1].span.start if countries and countries[-1].demonym else position


def _office_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name an official by office alone ("the
    president", "the Mexican president", "the governor")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.office_titles):
        return iter(())
    return table.offices.finditer(text, start, end)


def _office_holder(doc: Document, officials: list[_Mention], found: re.Match[str]) -> str | None:
    """The official "the president" or "the governor" refers back to: the last official
    named before it (within a few paragraphs) whose title holds that office."""
    office = _references_table().office_titles[found.group("office")]
    titles = _official_titles(doc)
    index = bisect.bisect_left(officials, (found.start(), 0, "")) - 1
    while index >= 0 and found.start() - officials[index][0] <= _ANTECEDENT_CHARS:
        surname = officials[index][2]
        index -= 1
        if office in titles.get(surname, ""):
            return surname
    return None


def _official_titles(doc: Document) -> dict[str, str]:
    """The title of each official the article names, lower case, by surname."""
    return {o.surname: o.title.lower() for o in doc.found(Official) if o.title is not None}


def _agency_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name an agency again ("the department")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.agency_heads):
        return iter(())
    return table.agencies.finditer(text, start, end)


def _agency_referent(text: str, found: re.Match[str]) -> str | None:
    """The agency "the department" or "the agency" refers back to: the last government
    body named before it (within a few paragraphs) whose name has that head ("Homeland
    Security Department"); for "the agency", any government's agency."""
    head = _references_table().agency_heads[found.group("head")]
    bodies = _agency_mentions(text)
    index = bisect.bisect_left(bodies, (found.start(), "")) - 1
    while index >= 0 and found.start() - bodies[index][0] <= _ANTECEDENT_CHARS:
        _start, name = bodies[index]
        index -= 1
        if head == "*" or head in _agency_heads().get(name, frozenset()):
            return name
    return None


@per_article(maxsize=4)
def _agency_mentions(text: str) -> list[tuple[int, str]]:
    """Every government agency the article names, where and as the actor it stands for."""
    bodies, heads = _bodies(), _agency_heads()
    return [
        (m.start(), _as_named(text, m.group(), bodies[m.group()]))
        for m in _body_pattern().finditer(text)
        if _as_named(text, m.group(), bodies[m.group()]) in heads
    ]


@per_language
def _agency_heads() -> dict[str, frozenset[str]]:
    """The head nouns ("department", "institute") of each agency's names, by the names it
    may be given as an actor: the bodies of one government, not its legislature, its
    courts or its leader's administration."""
    heads: dict[str, frozenset[str]] = {}
    named = frozenset(_references_table().agency_heads.values()) - {"*"}
    for row in ruletables.policy_bodies(active()):
        actor = row.actor
        if not row.country or row.role or _is_court_name(actor) or actor.endswith("administration"):
            continue
        names = (actor, *(f.removeprefix("the ").removeprefix("The ") for f in row.forms))
        words = frozenset(w.lower() for name in names for w in name.split()) & named
        for name in names:
            heads[name] = words
    return heads


def _references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name a government by referring back to it
    ("the country", "the Caribbean nation", "the state", "his country")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.kinds):
        return iter(())
    return table.places.finditer(text, start, end)


def _pair_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name two governments by referring back to
    them ("the two countries", "both nations", "los dos gobiernos")."""
    table = _references_table()
    return table.pairs.finditer(text, start, end)


def _pair_referent(text: str, position: int) -> str | None:
    """The two countries "the two countries" before ``position`` refers back to: the last
    two named before it (within a few paragraphs; not one people came from), in the order
    the text names them ("Panama ... the United States. Both countries" -> "Panama and
    United States"), each as the article's language names it."""
    places = _jurisdiction_mentions(text)
    index = bisect.bisect_left(places, (position, "")) - 1
    named: list[str] = []
    while index >= 0 and position - places[index][0] <= _ANTECEDENT_CHARS and len(named) < 2:
        start, name, kind = places[index]
        index -= 1
        if kind is not PlaceKind.COUNTRY or name in named:
            continue
        if text[max(0, start - 30) : start].split()[-1:] != ["from"]:
            named.append(name)
    if len(named) < 2:
        return None
    own = _own_names()
    return f" {_references_table().joined} ".join(own.get(name, name) for name in reversed(named))


def _referent(doc: Document, officials: list[_Mention], found: re.Match[str]) -> str | None:
    """The government a phrase refers back to: for "his country", the official named last
    before it, who says what his country will do; for "the country" or "the nation", the
    country named
    last before it, and for "the state", the state (within a few paragraphs; not one
    people came from: "migrants from Haiti")."""
    kind = _references_table().kinds[found.group("noun")]
    if found.group("own") is not None:  # "his country will": the official speaks for it
        return None if kind is PlaceKind.STATE else _antecedent(officials, found.start())
    text = doc.text
    places = _jurisdiction_mentions(text)
    index = bisect.bisect_left(places, (found.start(), "")) - 1
    while index >= 0 and found.start() - places[index][0] <= _ANTECEDENT_CHARS:
        start, name, named = places[index]
        index -= 1
        if named is kind and text[max(0, start - 30) : start].split()[-1:] != ["from"]:
            return name
    return None


@per_article(maxsize=4)
def _jurisdiction_mentions(text: str) -> list[tuple[int, str, PlaceKind]]:
    """Every country and state the article names: where it starts, its name and kind."""
    return [
        (found.span.start, found.place.name, found.place.kind)
        for found in find_places(text)
        if found.place.kind in _JURISDICTIONS and not _in_case_name(text, found.span)
    ]


def _official_countries(doc: Document) -> dict[str, str]:
    """The country each official the article names serves, by surname."""
    return {o.surname: o.country for o in doc.found(Official) if o.country is not None}


def _as_named(text: str, written: str, actor: str) -> str:
    """The actor a body's name stands for; a body whose acronym the text spells out and
    never uses ("the Federal Emergency Management Agency") is named as written: the
    acronym is no name the article gives it."""
    if _references_table().courts.search(actor) is not None and actor not in _judge_bodies():
        return written.removeprefix("the ").removeprefix("The ")  # "Court of Appeals"
    if not actor.isupper() or written == actor or _uses_acronym(text, actor):
        return actor
    return written.removeprefix("the ").removeprefix("The ")


@per_article(maxsize=16)  # asked once per spelled-out body mention
def _uses_acronym(text: str, acronym: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) is not None


def _administrations(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The governments named by their leader in ``text[start:end]`` ("the Bukele
    administration", "the Biden Administration"), whichever leader it is."""
    if text.find("dministration", start, end) < 0:
        return iter(())
    return _LEADER_ADMINISTRATION.finditer(text, start, end)


def _counties(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The county names in ``text[start:end]``. Most windows hold no "County", and the
    pattern, which opens with a lookbehind, would be tried at each of their characters."""
    if text.find("County", start, end) < 0:
        return iter(())
    return _COUNTY.finditer(text, start, end)


def _country_before(text: str, sentence: Sentence, position: int) -> tuple[int, str] | None:
    """The country a demonym or possessive names just before a force ("Mexican immigration
    agents", "Guatemala's government")."""
    start = max(sentence.start, position - 40)
    mentions = find_countries(text, start, position)
    if not mentions:
        return None
    last = mentions[-1]
    between = text[last.span.end : position]
    possessive = between.startswith(("'s", "’s"))  # "Guatemala's government"
    attributive = between == " "  # "U.S. officials": the name modifies the force
    if not (last.demonym or possessive or attributive) or _words(between) > 2:
        return None
    if _body_pattern().search(between) is not None:
        return None  # "the Mexican government deployed troops": the troops are the government's
    name = country_names().get(last.code)
    return None if name is None else (last.span.start, name)


def _country_after(text: str, sentence: Sentence, end: int) -> tuple[int, str] | None:
    """Where the country or state a force belongs to ends, and its name, when it is named
    right after the force: a demonym that follows its noun, as in Spanish ("las
    autoridades mexicanas"), or a word such as "of" or "in" and the country or state
    ("the government of Honduras", "authorities in Texas", "el gobierno de Honduras")."""
    word = _NEXT_WORD.match(text, end, sentence.end)
    if word is not None and word.group(1).islower():
        code = demonyms().get(word.group(1))
        if code is not None:
            name = country_names().get(code)
            return None if name is None else (word.end(), name)
    belongs = _references_table().belongs.match(text, end, sentence.end)
    if belongs is None:
        return None
    at = belongs.end()
    for found in find_places(text, at, min(sentence.end, at + _NAME_CHARS)):
        if found.span.start == at and found.place.kind in _JURISDICTIONS:
            return (found.span.end, found.place.name)
        break
    for form, code in _capitalised_demonyms().items():  # "de Estados Unidos"
        if text.startswith(form, at) and not text[at + len(form) : at + len(form) + 1].isalpha():
            name = country_names().get(code)
            return None if name is None else (at + len(form), name)
    return None


@per_language
def _capitalised_demonyms() -> dict[str, str]:
    """The language's own names of countries the gazetteer does not know ("Estados
    Unidos"), as written, by their ISO code."""
    return {row.form: row.code for row in ruletables.demonyms(active()) if not row.form.islower()}


@per_language
def _own_names() -> dict[str, str]:
    """The name the language being read gives each country, by its English name ("United
    States": "Estados Unidos" in Spanish); empty for English."""
    names: dict[str, str] = {}
    english = country_names()
    for row in ruletables.demonyms(active()):
        if row.form[:1].isupper() and row.code in english:
            names.setdefault(english[row.code], row.form)
    return names


def _in_own_language(action: PolicyAction) -> PolicyAction:
    """``action`` with the countries it names as the article's language names them: a
    Spanish article's actor and place are written in Spanish ("México", "Estados Unidos")."""
    names = _own_names()
    if not names:
        return action
    actor = names.get(action.actor, action.actor) if action.actor is not None else None
    place = action.place
    if place is not None and place.kind is PlaceKind.COUNTRY and place.name in names:
        place = evolve(place, name=names[place.name])
    return evolve(action, actor=actor, place=place)


def _governing(text: str, sentence: Sentence, position: int) -> frozenset[str]:
    """The modality classes of the word before ``position``, past any determiner; for a
    name listed after another ("with Guatemala and Belize"), of the word before the list."""
    words = text[max(sentence.start, position - 60) : position].split()
    if len(words) > 1 and words[-1].lower() in _LIST_WORDS:
        words.pop()  # "and": what governs the name before it governs this one too
        while len(words) > 1 and words[-1][:1].isupper():
            words.pop()
    classes: frozenset[str] = frozenset()
    for word in reversed(words[-3:]):
        classes = _modality().get(word.lower(), frozenset())
        if "DETERMINER" not in classes:
            break
    return classes


def _actor(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, dateline_end: int = 0
) -> str | None:
    """The nearest subject-like name before the verb in its clause, else a passive agent.

    Names after a preposition ("resources from Congress") or inside another action's
    phrase ("deployed National Guard troops ... and agreed to") are not subjects; after a
    relative pronoun ("the Justice Department, which sued") the name before it is.
    """
    anchor = cand.verb.start if cand.verb is not None else cand.start
    if cand.verb is None and cand.obj is not None:
        owner = _owner(text, sentence, context, cand.obj) or _owner_after(text, context, cand)
        if owner is not None:
            return owner  # "the Texas law that would let police arrest migrants": Texas's
    if cand.obj is not None and cand.verb is not None and cand.obj.start < cand.verb.start:
        agent = _agent(text, sentence, context, cand, _AGENT_NEAR)  # "the law passed by Congress"
        if agent is not None:
            return agent
    clause = max(sentence.start, anchor - _REACH, dateline_end)  # "EAGLE PASS, Texas -"
    for m in _ACTOR_BREAK.finditer(text, clause, anchor):
        clause = m.end()
    relative = "RELATIVE" in _modality().get(_word_before(text, sentence, anchor), frozenset())
    mentions, starts = context.mentions, context.mention_starts
    pronoun = _subject_pronoun(text, clause, anchor)
    if pronoun >= 0 and not relative:  # "when she ended the program": the official before
        named = bisect.bisect_left(starts, anchor)
        if named == 0 or mentions[named - 1][0] < pronoun:
            return _antecedent(context.officials, pronoun)
    others, other_starts = context.candidates, context.candidate_starts
    aside = _aside(text, clause, anchor)
    plaintiff = cand.reading is not None and cand.reading.cls in _references_table().plaintiff
    for index in range(bisect.bisect_left(starts, anchor) - 1, -1, -1):
        start, end, name = mentions[index]
        if start < clause:
            break
        if end > anchor or cand.start <= start < cand.end or aside[0] <= start < aside[1]:
            continue  # not before the verb, inside the phrase, or inside an aside about it
        if (plaintiff or not _rules_as_court(cand)) and context.is_court(name):
            continue  # "a judge sided with families who sued": a court sues no one
        if relative:  # "the ACLU, which sued": the name the relative pronoun follows
            adjacent = not text[end : _relative_start(text, anchor)].strip(" ,")
            return _named(text, start, name) if adjacent else None
        near = bisect.bisect_right(other_starts, start)
        if any(
            o.start <= start < o.end and o is not cand
            for o in others[max(0, near - _NEAR_PHRASES) : near]
        ):
            continue
        if text.startswith(("'", "’"), end):
            if _is_noun(cand) and _close_gap(text[end : cand.start], max_words=3):
                return _named(text, start, name)  # "Biden's budget request": his request
            if _references_table().possessed.match(
                text, end
            ) is not None or _references_table().intent.match(text, end):
                return _named(text, start, name)  # "Noboa's government", "Panama's plan to"
            continue  # "Harris' meeting, Mexico deployed": a possessive, not a subject
        if "PREPOSITION" not in _governing(text, sentence, start) or _partitive(
            text, sentence, start
        ):  # "Mexico and Guatemala agreed to deploy troops": both, as written
            speaker = _speaker_for(text, sentence, context, index, clause)
            return speaker or _listed(text, sentence, context, index) or _named(text, start, name)
    agent = _agent(text, sentence, context, cand)
    if agent is None and cand.obj is not None and cand.verb is not None:
        return _owner(text, sentence, context, cand.obj)  # "agents carried out ICE raids"
    return agent


def _speaker_for(
    text: str, sentence: Sentence, context: _Context, index: int, clause: int
) -> str | None:
    """The official who says what his own country will do ("Harris pledged that the U.S.
    would keep enforcing its laws", "Arévalo said Guatemala would accept flights"): the
    official acts, not the country he speaks for. None unless the name at ``index`` is a
    country, a verb of speech stands before it, and an official of that country is named
    before the verb of speech in the clause."""
    start, _end, name = context.mentions[index]
    place = place_named(name)
    if place is None or place.kind is not PlaceKind.COUNTRY:
        return None
    words = text[max(clause, start - _REACH) : start].split()
    speech = _modal_class("SPEECH")
    said = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in speech), -1)
    if said < 0 or len(words) - said > _SUBJECT_WORDS + 1:
        return None  # "said that Mexico would": the verb of speech right before the country
    for at in range(index - 1, -1, -1):
        other_start, _other_end, surname = context.mentions[at]
        if other_start < clause:
            break
        code = context.countries.get(surname)
        if code is not None:
            return surname if code == place.country else None
    return None


def _rules_as_court(cand: _Candidate) -> bool:
    """True for a phrase a court can be the subject of: a ruling, or a verb a court uses
    ("blocked", "ordered", "upheld"). A court does not deport or arrest: a measure it
    rules on ("barred the state from deporting migrants") is the government's."""
    reading = cand.reading
    if cand.kind is PolicyKind.LEGAL_CHALLENGE or reading is None:
        return True
    return reading.cls in _courts().verbs or reading.cls in _courts().only


def _is_court_name(name: str) -> bool:
    """True for a court or an unnamed judge as an actor ("federal judge", "Court of Appeals")."""
    return _references_table().courts.search(name) is not None or name in _judge_bodies()


def _relative_start(text: str, anchor: int) -> int:
    """Where the relative pronoun right before ``anchor`` begins ("families who sued")."""
    before = text[max(0, anchor - 30) : anchor].rstrip()
    return anchor - len(text[max(0, anchor - 30) : anchor]) + len(before) - len(before.split()[-1])


def _aside(text: str, clause: int, anchor: int) -> tuple[int, int]:
    """Where an aside set off by commas right before the verb lies, when it describes the
    subject rather than names it ("Judge Cobb, a Biden appointee, granted", "the department,
    led by Secretary Noem, ended", "the ministry, which Ruiz heads, said") or who acts with
    it ("the agency, along with the army, detained"): a name inside it is not who acts.
    An apposition that names the subject ("the president, Bernardo Arévalo, declared") is
    no such aside. (0, 0) when there is none."""
    close = text.rfind(",", clause, anchor)
    if close < 0 or _words(text[close + 1 : anchor]) > _SUBJECT_WORDS:
        return (0, 0)
    opening = text.rfind(",", clause, close)
    if opening < 0:
        return (0, 0)
    words = text[opening + 1 : close].split()
    if len(words) < 2:
        return (0, 0)
    first = words[0].lower()
    modality = _modality().get(first, frozenset())
    describes = (
        first in _references_table().asides
        or "RELATIVE" in modality
        or "AGENT" in _modality().get(words[1].lower(), frozenset())  # "led by", "named by"
    )
    return (opening, close) if describes else (0, 0)


def _sentence_subject(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, dateline_end: int
) -> str | None:
    """The name nearest before the phrase in its sentence that no preposition governs,
    past clause breaks ("Mexico, under pressure, sent troops ...; 2,000 were posted"):
    who the sentence is about acts, when the phrase's own clause names no one."""
    anchor = cand.verb.start if cand.verb is not None else cand.start
    if "RELATIVE" in _modality().get(_word_before(text, sentence, anchor), frozenset()):
        return None  # "families who sued": the relative's noun acts, named or not
    plaintiff = cand.reading is not None and cand.reading.cls in _references_table().plaintiff
    mentions, starts = context.mentions, context.mention_starts
    for index in range(bisect.bisect_left(starts, anchor) - 1, -1, -1):
        start, end, name = mentions[index]
        if start < dateline_end or start < anchor - _REACH:
            break  # "LAREDO, Texas -": where the reporter is, not who acts
        if end > anchor or cand.start <= start < cand.end:
            continue
        if (plaintiff or not _rules_as_court(cand)) and context.is_court(name):
            continue  # a court sues no one, and deports no one
        if text.startswith(("'", "’"), end):
            continue  # a possessor, not a subject
        if "PREPOSITION" not in _governing(text, sentence, start):
            return _named(text, start, name)
    return _speaker_after(text, sentence, context, cand)


def _speaker_after(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """The one who says so after the phrase ("troops will be sent, said Ducey", "..., the
    ministry said", "according to the ministry"): who announces an action no one in the
    sentence is said to take."""
    mentions, starts = context.mentions, context.mention_starts
    speech = _modal_class("SPEECH")
    for index in range(bisect.bisect_left(starts, cand.end), len(mentions)):
        start, end, name = mentions[index]
        if start > cand.end + _REACH:
            break
        if (
            _word_after(text, sentence, end) in speech
            or _phrase_before(text, sentence, start, _speech_phrases())
            or _phrase_before(text, sentence, start, _references_table().sources)
        ):  # "said the Defense Ministry", "according to the Defense Ministry"
            return _named(text, start, name)
    return None


def _subject_pronoun(text: str, start: int, end: int) -> int:
    """Where the last "he" or "she" in ``text[start:end]`` stands, or -1: a subject that
    refers back to an official named before."""
    found = -1
    for m in _references_table().pronouns.finditer(text, start, end):
        found = m.start()
    return found


def _antecedent(officials: list[_Mention], position: int) -> str | None:
    """The official named last before ``position`` (within a few paragraphs), whom a
    pronoun there refers to."""
    index = bisect.bisect_left(officials, (position, 0, "")) - 1
    if index < 0 or position - officials[index][0] > _ANTECEDENT_CHARS:
        return None
    return officials[index][2]


def _joint_subject(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """The governments that set up a measure together ("Spain, Morocco and Portugal
    will start a joint operation"), as written: a measure several launch or unveil
    is one they agreed on. None unless two or more names, joined by commas and a last
    "and", stand right before the verb (a modal or adverb between), the first of them
    no prepositional object ("after talks with Chile, Peru launched")."""
    verb, reading = cand.verb, cand.reading
    if verb is None or reading is None:
        return None
    if reading.cls not in _JOINT_CLASSES and cand.kind is not PolicyKind.AGREEMENT:
        return None  # "Spain and Morocco signed a pact": the parties to a deal, together
    index = _mention_before(text, context, verb.start, _MAX_JOINT_GAP_WORDS)
    return None if index is None else _listed(text, sentence, context, index)


def _listed(text: str, sentence: Sentence, context: _Context, index: int) -> str | None:
    """The list of names the name at ``index`` closes, as written ("Chile, Peru and
    Bolivia"), when it is one: two or more names joined by commas and a last "and", the
    first of them no prepositional object ("after talks with Chile, Peru launched")."""
    mentions = context.mentions
    if index < 1:
        return None
    last_start, last_end, _name = mentions[index]
    if not _AND.fullmatch(text, mentions[index - 1][1], last_start):
        return None
    first = index - 1
    while first > 0 and _JOINED.fullmatch(text, mentions[first - 1][1], mentions[first][0]):
        first -= 1
    if "PREPOSITION" in _governing(text, sentence, mentions[first][0]):
        return None
    return text[mentions[first][0] : last_end]


def _partitive(text: str, sentence: Sentence, position: int) -> bool:
    """True for a name after a group noun and "of" ("a handful of House members"): the
    group is made of what is named, so the name is the subject, not a prepositional object."""
    words = text[max(sentence.start, position - 40) : position].split()[-3:]
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    return (
        len(words) >= 2
        and words[-1].lower() == "of"
        and "PARTITIVE" in _modality().get(words[-2].lower(), frozenset())
    )


def _agent(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, reach: int = _REACH
) -> str | None:
    """The agent of a passive after the phrase: "was blocked by a federal judge", "created
    by Democratic President Joe Biden" (titles and epithets may stand between "by" and the
    name), "implemented by US President Donald Trump" (the official, not his country)."""
    mentions, starts = context.mentions, context.mention_starts
    for index in range(bisect.bisect_left(starts, cand.end), len(mentions)):
        start, end, name = mentions[index]
        if start > cand.end + reach:
            break
        if _after_by(text, sentence, start):
            if index + 1 < len(mentions) and _titled(text, end, mentions[index + 1][0]):
                return mentions[index + 1][2]  # "US President Donald Trump": Trump
            return name
    return None


def _after_by(text: str, sentence: Sentence, position: int) -> bool:
    """True when "by" governs a name at ``position``, past determiners and capitalised
    titles or epithets ("by the Democratic President"), and past forces that belong to it
    ("by authorities from the National Migration Institute", "by agents of the ...")."""
    words = text[max(sentence.start, position - 80) : position].split()[-_TITLE_WORDS - 3 :]
    at = len(words) - 1
    while at >= 0:
        word = words[at]
        classes = _modality().get(word.lower(), frozenset())
        if "AGENT" in classes:
            return True
        if word in _BELONGS and at > 0 and _bodies().get(words[at - 1]) == "-":
            at -= 2  # "authorities from": the forces of the body named after
            continue
        partitive = _modality().get(words[at - 1].lower(), frozenset()) if at > 0 else frozenset()
        if word == "of" and "PARTITIVE" in partitive:
            at -= 2  # "by a coalition of": the group is made of those named after
            continue
        if "DETERMINER" not in classes and not word[:1].isupper():
            return _ends_with(words[: at + 1], _references_table().ordered)
        at -= 1
    return False


@per_language
def _speech_phrases() -> tuple[tuple[str, ...], ...]:
    """The verbs of speech, each as a phrase of one word."""
    return tuple((word,) for word in sorted(_modal_class("SPEECH")))


def _phrase_before(
    text: str, sentence: Sentence, position: int, phrases: tuple[tuple[str, ...], ...]
) -> bool:
    """True when one of ``phrases`` ("according to") stands before a name at ``position``,
    past determiners and capitalised titles ("according to the Mexican Foreign Ministry")."""
    words = text[max(sentence.start, position - 80) : position].split()[-_TITLE_WORDS - 4 :]
    at = len(words) - 1
    while at >= 0:
        word = words[at]
        if (
            "DETERMINER" not in _modality().get(word.lower(), frozenset())
            and not word[:1].isupper()
        ):
            return _ends_with(words[: at + 1], phrases)
        at -= 1
    return False


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``words`` end with one of ``phrases`` (lower case, word by word)."""
    folded = [word.lower() for word in words]
    return any(len(p) <= len(folded) and tuple(folded[-len(p) :]) == p for p in phrases)


def _titled(text: str, end: int, start: int) -> bool:
    """True when only capitalised words (a title) stand between a name ending at ``end`` and
    one starting at ``start``: "US President Donald Trump", "Mexican Foreign Minister X"."""
    between = text[end:start].split()
    return len(between) <= _TITLE_WORDS and all(w[:1].isupper() for w in between)


def _named(text: str, position: int, name: str) -> str:
    """``name``, or for "the administration" the last "<Name> administration" before it."""
    if name != "administration":
        return name
    named = None
    for m in _ADMINISTRATION.finditer(text, max(0, position - _ANTECEDENT_CHARS), position):
        named = m.group()
    return named or name


def _own_place(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """The name of the object the phrase opens with ("the Nogales crossing was closed");
    else the first place named from the verb on, in the phrase or just after it in the
    same clause; else one named in the phrase before its verb.

    What precedes the verb of a passive describes its subject ("a group that left
    Tapachula was stopped near Huixtla"): where the subject came from, not where the
    action is; so does a place after "from" ("detained migrants who had come from
    Guatemala near Tapachula") is none. A destination
    ("migrants headed to the United States") is where people go, not where the action
    is, except for a deportation ("deporting migrants to Venezuela"). Nor is a place past
    a word that opens a clause of purpose or condition ("in a bid to", "as long as").
    """
    stop = min(sentence.end, cand.end + _LOCATIVE_AFTER_CHARS)
    verb = cand.verb.start if cand.verb is not None else cand.start
    obj = cand.obj.start if cand.obj is not None and cand.obj.start <= cand.start else -1
    since = max(sentence.start, obj - _NAME_CHARS) if obj >= 0 else cand.start
    subject: Place | None = None  # a place in the subject before the verb: the fallback
    origin = -1  # where the last place people came from ends: a list goes on from it
    fence = _site_word(text, cand, stop, "BREAK")  # "in a bid to", "as long as"
    for span, place in _sites(text, sentence, since, stop):
        if span.start < cand.start:
            if not text[span.end : obj].isspace():
                continue
            return place  # the object's own name: "the Morley Gate crossing was closed"
        if _CLAUSE_BREAK.search(text, max(cand.end, cand.start), span.start) is not None:
            break
        if span.start >= fence:
            break  # a place in a clause of purpose or condition ("as long as Panama pays")
        if span.start >= cand.end + _PLACE_AFTER_CHARS and not _far_site(text, cand, span):
            continue
        if cand.kind is not PolicyKind.DEPORTATION and _destination(text, sentence, span):
            continue
        if _COURT_SEAT.search(text, max(sentence.start, span.start - 40), span.start):
            continue  # "appealed to the 5th Circuit in New Orleans": where the court sits
        if cand.obj_class != _SANCTION_CLASS and (
            (origin >= 0 and _LISTED.fullmatch(text, origin, span.start))
            or _origin(text, sentence, span)
        ):
            origin = span.end
            continue  # where people came from is no site ("people from Haiti"); where goods
            # a tariff falls on come from is its target ("a tariff on imports from Mexico")
        if span.start >= verb:
            return place
        subject = subject or place  # a place in the subject, before the verb
    return subject


@per_language
def _site_words() -> dict[str, str]:
    return {row.words.lower(): row.site for row in ruletables.policy_sites(active())}


@per_language
def _site_pattern() -> re.Pattern[str]:
    return compile_words(_site_words(), ignore_case=True)


def _subject_site(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """A place where the subject is, named right before the phrase with no comma or clause
    mark between ("a federal court in San Francisco halted the order", "police at the
    Laredo bridge detained 30 people"): the action is there too."""
    since = max(sentence.start, cand.start - _PLACE_AFTER_CHARS)
    sites = _sites(text, sentence, since, cand.start)
    if not sites:
        return None
    span, place = sites[-1]
    between = text[span.end : cand.start]
    if not _locative_before(text, span.start) or _COMMA.search(between) is not None:
        return None
    if _CLAUSE_BREAK.search(between) is not None or len(between.split()) > _SUBJECT_WORDS:
        return None
    return place


def _referred_site(
    text: str, sentences: tuple[Sentence, ...], index: int, cand: _Candidate
) -> Place | None:
    """A place the phrase refers back to ("Police there detained 40 migrants", "raids in
    the city"): the last place of that kind named in the sentence before, in the same
    paragraph."""
    sentence = sentences[index]
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = max(sentence.start, cand.start - _NAME_CHARS)
    kinds = None
    for hit in _site_pattern().finditer(text, start, fence):
        cls = _site_words()[hit.group().lower()]
        if cls in _REFERRED_KINDS and not (cls == "THERE" and _EXPLETIVE.match(text, hit.end())):
            kinds = _REFERRED_KINDS[cls]
            break
    if kinds is None or index == 0:
        return None
    before = sentences[index - 1]
    if "\n" in text[before.end : sentence.start]:
        return None  # another paragraph
    for _span, place in reversed(_sites(text, before, before.start, before.end)):
        if not kinds or place.kind in kinds:
            return place
    return None


def _at_the_border(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True when the phrase puts its action at a border it does not name ("deployed troops
    to the border", "a wall along the border"), in its own clause."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = min(cand.verb.end if cand.verb is not None else cand.start, fence)
    found = _BARE_BORDER.search(text, start, fence)
    return found is not None and _CLAUSE_BREAK.search(text, start, found.start()) is None


def _generic_site(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """A kind of site the phrase puts its action at, in its own clause, after a locative
    ("expanded appointments at ports of entry", "checkpoints along migration routes"),
    named as written."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = min(cand.verb.end if cand.verb is not None else cand.start, fence)
    for hit in _site_pattern().finditer(text, start, fence):
        words = hit.group().lower()
        if _site_words()[words] != "GENERIC":
            continue
        before = text[max(sentence.start, hit.start() - 30) : hit.start()].split()
        while before and "DETERMINER" in _modality().get(before[-1].lower(), frozenset()):
            before.pop()
        if not before or before[-1].lower() not in _references_table().locatives:
            continue
        if _CLAUSE_BREAK.search(text, start, hit.start()) is not None:
            return None
        kind = _site_kinds().get(words)
        return None if kind is None else Place(hit.group(), kind, None)
    return None


@per_language
def _site_kinds() -> dict[str, PlaceKind]:
    return {
        row.words.lower(): row.kind
        for row in ruletables.policy_sites(active())
        if row.kind is not None
    }


def _in_case_name(text: str, span: Span) -> bool:
    """True for a name that is a party in a lawsuit's name ("Biden v. Texas")."""
    before = _CASE_BEFORE.search(text, max(0, span.start - 5), span.start)
    return before is not None or _CASE_AFTER.match(text, span.end) is not None


def _names_part(text: str, found: PlaceMention) -> bool:
    """True when a capitalised office or institution follows the place ("U.S. Army")."""
    end = found.span.end
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return False
    hit = _site_pattern().match(text, end + 1)
    return hit is not None and _site_words()[hit.group().lower()] == "NAME"


def _site_word(text: str, cand: _Candidate, stop: int, cls: str) -> int:
    """Where the first word of class ``cls`` (policy_sites.tsv) after the phrase's verb and
    before ``stop`` ends; ``stop`` when there is none."""
    start = min(cand.verb.end if cand.verb is not None else cand.start, stop)
    for hit in _site_pattern().finditer(text, start, stop):
        if _site_words()[hit.group().lower()] == cls:
            return hit.end()
    return stop


def _whole(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True when the action covers its actor's whole territory ("deployed troops across
    the country", "raids statewide"), said before any clause of purpose or condition."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    whole = _site_word(text, cand, stop, "WHOLE")
    return whole < stop and whole <= _site_word(text, cand, stop, "BREAK")


def _partner(text: str, sentence: Sentence, cand: _Candidate, jurisdiction: Place) -> Place | None:
    """The country an agreement is made with ("reached agreements with Mexico", "signed a
    deal with Panama's foreign minister"), else one named before it in its sentence that is
    not the agreeing party's own and that something goes to or is in ("sent agents to
    Guatemala under a joint agreement"; not "under pressure from the United States")."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    for span, place in _sites(text, sentence, cand.start, stop):
        if _CLAUSE_BREAK.search(text, cand.end, span.start) is not None:
            break
        if _word_before(text, sentence, span.start) == "with" and place != jurisdiction:
            return place
    since = max(sentence.start, cand.start - _REACH)
    for span, place in reversed(_sites(text, sentence, since, cand.start)):
        if place != jurisdiction and _word_before(text, sentence, span.start) in _INTO:
            return place
    return None


def _far_site(text: str, cand: _Candidate, span: Span) -> bool:
    """True for a place far past the phrase that is still its site: one something is in
    ("a task force aimed at smuggling groups in Honduras"), with no comma between."""
    return _locative_before(text, span.start) and _COMMA.search(text, cand.end, span.start) is None


def _sites(text: str, sentence: Sentence, start: int, end: int) -> list[tuple[Span, Place]]:
    """The places named between ``start`` and ``end`` that can be where an action is.

    A capital standing for its government ("asked Washington for funds") is not one,
    unless a locative preposition puts something there ("talks in Washington"). A border
    is named as written ("the southern border", "the Guatemalan border"), and a country
    is the target of a sanction its demonym names ("tariffs on Mexican goods"). The
    sentence's places are read once (the gazetteer caches them) and filtered here, so a
    name is never cut short at the window's edge.
    """
    sites: list[tuple[Span, Place]] = []
    names = _measure_names(text, max(sentence.start, start - _NAME_CHARS), end)
    places, place_starts, countries, country_starts = _sentence_sites(
        text, sentence.start, sentence.end
    )
    first, last = bisect.bisect_left(place_starts, start), bisect.bisect_left(place_starts, end)
    qualified = -1  # where the last place's qualifier ends ("Lukeville, Arizona")
    for index in range(first, last):  # in text order: only the window's (linear in the sentence)
        found = places[index]
        if not start <= found.span.start < end or found.span.start < qualified:
            continue
        if _inside_name(names, found):
            continue  # inside a measure's name: "the Remain in Mexico policy"
        if found.text in _METONYMS and not _locative_before(text, found.span.start):
            continue
        place: Place | None = _as_site(found)
        if place is not None and place.kind is PlaceKind.COUNTRY and _names_part(text, found):
            continue  # part of a name: "U.S. District Judge", "the U.S. Army"
        if _in_case_name(text, found.span):
            continue  # a party to a lawsuit: "in Biden v. Texas"
        part = _PART_AFTER.match(text, found.span.end)
        span = found.span
        qualifier = _qualifier(text, places, index, place)
        if place is not None and part is not None:  # "Mexico's southeast": that part of it
            place = Place(text[span.start : part.end()], PlaceKind.REGION, place.country)
        elif place is not None and place.kind is PlaceKind.COUNTRY:
            place = _attributive(text, sentence, found, place)
        elif place is not None and qualifier is not None:  # "Lukeville, Arizona": as written
            place = Place(text[span.start : qualifier.span.end], place.kind, place.country)
            span, qualified = Span(span.start, qualifier.span.end), qualifier.span.end
        shared = _references_table().border_with.search(text, max(0, span.start - 20), span.start)
        if place is not None and shared is not None:
            place = Place(f"{shared.group(1)} {place.name}", PlaceKind.BORDER, None)  # "its border
            # with Chile": the border the actor shares with Chile, not Chile
        if place is not None:
            sites.append((span, place))
    window = slice(
        bisect.bisect_left(country_starts, start), bisect.bisect_left(country_starts, end)
    )
    for country in countries[window]:
        if not (country.demonym and start <= country.span.start < end):
            continue
        span = country.span
        name = country_names().get(country.code)
        border = _BORDER_AFTER.match(text, span.end)  # "the Guatemalan border"
        if border is not None and not _modifier(text, sentence, border.end()):
            sites.append((span, Place(f"{country.text} border", PlaceKind.BORDER, country.code)))
        elif name is not None and _word_before(text, sentence, span.start) in _TARGET:
            target = place_named(name)  # "tariffs on Colombian goods": Colombia
            if target is not None:
                sites.append((span, target))
    for m in _references_table().borders.finditer(text, start, end):  # "la frontera sur"
        sites.append((Span(m.start(), m.end()), Place(m.group(), PlaceKind.BORDER, None)))
    sites.sort(key=lambda site: site[0].start)
    return sites


def _qualifier(
    text: str, places: tuple[PlaceMention, ...], index: int, place: Place | None
) -> PlaceMention | None:
    """The state or country named right after a smaller place to say where it is
    ("Lukeville, Arizona", "Tapachula, Chiapas", "Chiapas, Mexico"): the two are one site,
    named as the text writes it. A list of states ("Texas, Arizona") is no such pair."""
    if place is None or index + 1 >= len(places):
        return None
    after = places[index + 1]
    if text[places[index].span.end : after.span.start] != ", ":
        return None
    if after.place.kind is PlaceKind.COUNTRY:
        return after if place.kind not in {PlaceKind.COUNTRY, PlaceKind.BORDER} else None
    if after.place.kind is PlaceKind.STATE:
        return after if place.kind not in _JURISDICTIONS | {PlaceKind.BORDER} else None
    return None


@per_article(maxsize=16)
def _sentence_sites(
    text: str, start: int, end: int
) -> tuple[tuple[PlaceMention, ...], list[int], tuple[CountryMention, ...], list[int]]:
    """A sentence's places and countries with their starts, to cut windows by bisection."""
    places, countries = find_places(text, start, end), find_countries(text, start, end)
    return places, [p.span.start for p in places], countries, [c.span.start for c in countries]


def _measure_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the names of measures longer than a word lie in ``text[start:end]``."""
    hits = _object_pattern().finditer(text, start, end)
    return [(h.first, h.last) for h in hits if " " in text[h.first : h.last]]


def _inside_name(names: list[tuple[int, int]], found: PlaceMention) -> bool:
    """True when a place lies inside a longer name in ``names`` (sorted, not overlapping)."""
    at = bisect.bisect_right(names, (found.span.start, _NO_END)) - 1  # the last to start by it
    if at < 0:
        return False
    first, last = names[at]
    return first <= found.span.start and found.span.end <= last and last - first > len(found.text)


def _attributive(text: str, sentence: Sentence, found: PlaceMention, place: Place) -> Place | None:
    """A country named before a noun it modifies: its border as written ("along the U.S.
    border"); no site at all for another noun after a determiner or a figure ("turned
    back three Mexican buses"). A country that is a subject ("that Peru would") or after
    a preposition ("in U.S. custody") stays a site."""
    if not _modifier(text, sentence, found.span.end):
        return place
    border = _BORDER_AFTER.match(text, found.span.end)
    if border is not None and not _modifier(text, sentence, border.end()):
        return Place(f"{found.text} border", PlaceKind.BORDER, place.country)
    after = _word_after(text, sentence, found.span.end)
    if after in _modality() or any(r.form in _VERBAL for r in _verb_readings().get(after, ())):
        return place  # a verb follows: the country is its subject
    before = _word_before(text, sentence, found.span.start)
    determined = "DETERMINER" in _modality().get(before, frozenset())
    return None if determined or parse_number(before) is not None else place


def _modifier(text: str, sentence: Sentence, position: int) -> bool:
    """True when the word before ``position`` modifies a noun after it ("border cities"):
    a lowercase word follows that is no preposition, conjunction or link word."""
    after = _word_after(text, sentence, position)
    if not after[:1].isalpha() or not text[position + 1 : position + 2].islower():
        return False
    return not _modality().get(after, frozenset()) & _FUNCTION_WORDS


def _as_site(found: PlaceMention) -> Place:
    """The place a mention names; a border region as the text names it ("the southern
    border", "the U.S.-Mexico border"): which border, in the article's words; a state or
    city as written too ("D.C."), a country by its name ("U.S.": the United States)."""
    place = found.place
    written = found.text.removeprefix("the ").removeprefix("The ")
    if place.kind is PlaceKind.REGION and place.name.lower().endswith("border"):
        return Place(written, PlaceKind.BORDER, place.country)
    if place.kind in _AS_WRITTEN and written:
        return Place(written, place.kind, place.country)  # "D.C.", as the article names it
    return place


def _locative_before(text: str, position: int) -> bool:
    words = text[max(0, position - 20) : position].split()
    return bool(words) and words[-1].lower() in _LOCATIVE


@frozen
class _Setting:
    """What the article as a whole sets for its actions: the dateline, where it ends, and
    the jurisdiction of each official it names (by surname)."""

    dateline: Place | None
    dateline_end: int  # 0 without a dateline: what precedes it is no clause of the text
    jurisdictions: dict[str, Place]
    judges: tuple[tuple[int, str], ...]  # each mention of a judge or justice: start, surname
    local: frozenset[str] = frozenset()  # the officials of a state or city: "Gov. Abbott"

    @classmethod
    def of(cls, doc: Document) -> _Setting:
        dateline, end = _dateline(doc)
        jurisdictions: dict[str, Place] = {}
        judges: list[tuple[int, str]] = []
        local: set[str] = set()
        for official in doc.found(Official):
            title = (official.title or "").lower()
            if any(word in title for word in _references_table().local_offices):
                local.add(official.surname)
            name = country_names().get(official.country or "")
            place = _official_state(doc.text, official) or (
                place_named(name) if name is not None else None
            )
            if place is not None:
                jurisdictions.setdefault(official.surname, place)
            if official.title is not None and _references_table().judges.search(official.title):
                judges.extend((span.start, official.surname) for span in official.spans)
        return cls(dateline, end, jurisdictions, tuple(sorted(judges)), frozenset(local))

    def is_court(self, actor: str | None) -> bool:
        """True for a court or a judge: a body so named, or an official whose title is one."""
        if actor is None:
            return False
        return _references_table().courts.search(actor) is not None or any(
            surname == actor for _start, surname in self.judges
        )

    def names_court(self, text: str, sentence: Sentence) -> bool:
        """True when a court, a judge or a panel may be named in the sentence: only then can
        a verb that only a court makes an action of ("ruled", "ordered") be one."""
        if _references_table().courts.search(text, sentence.start, sentence.end) is not None:
            return True
        at = bisect.bisect_left(self.judges, (sentence.start, ""))
        return at < len(self.judges) and self.judges[at][0] < sentence.end

    def judge(self, actor: str | None, position: int) -> str | None:
        """For a judge left unnamed ("a federal judge ruled"), the judge the article names
        nearest to ``position``: the same judge, named in the sentence before or after."""
        if actor not in _judge_bodies() or not self.judges:
            return actor
        at = bisect.bisect_left(self.judges, (position, ""))  # the mentions either side
        near = self.judges[max(0, at - 1) : at + 1]
        return min(near, key=lambda judge: abs(judge[0] - position))[1]

    def jurisdiction(self, actor: str | None) -> Place | None:
        """The place an actor governs: an official's country, a country or state acting
        as itself ("Mexico", "Texas"), the country a capital stands for ("Washington")."""
        if actor is None:
            return None
        found = self.jurisdictions.get(actor)
        if found is not None:
            return found
        body = _body_countries().get(actor)
        if body is not None:  # "DHS ended the program": in the United States
            return place_named(country_names().get(body, ""))
        place = place_named(actor) or _owner_place(actor)
        if place is None or place.kind not in _JURISDICTIONS:
            return None
        if actor in _METONYMS and place.country is not None:
            return place_named(country_names().get(place.country, ""))
        return place


def _official_state(text: str, official: Official) -> Place | None:
    """The state an official serves, when a mention names it right before the title
    ("Arizona Gov. Katie Hobbs", "Texas Attorney General Ken Paxton"): a governor's
    measures apply in the state, not the whole country."""
    for span in official.spans:
        since = max(0, span.start - _NAME_CHARS)
        places = find_places(text, since, span.start)
        if not places or places[-1].place.kind is not PlaceKind.STATE:
            continue
        between = text[places[-1].span.end : span.start].split()
        if 0 < len(between) <= _TITLE_WORDS and all(w[:1].isupper() for w in between):
            return places[-1].place
    return None


def _owner_place(actor: str) -> Place | None:
    """The state or country that opens a body's name ("Texas National Guard": Texas;
    "Mexican Congress": Mexico), or None."""
    words = actor.split()
    for size in range(min(len(words) - 1, _TITLE_WORDS), 0, -1):
        place = place_named(" ".join(words[:size]))
        if place is not None and place.kind in _JURISDICTIONS:
            return place
    return None


def _dateline(doc: Document) -> tuple[Place | None, int]:
    """The place of a dateline ("Vado Hondo (Guatemala) (AFP) –") in the article's first lines,
    where the reporter is, the default site of what the article reports; and where the
    dateline ends (0 without one)."""
    for sentence in doc.sentences[:_DATELINE_SENTENCES]:
        dash = _DATELINE_DASH.search(doc.text, sentence.start, sentence.start + _DATELINE_CHARS)
        if dash is None:
            continue
        places = find_places(doc.text, sentence.start, dash.start())
        within = [p for p in places if p.place.kind not in _JURISDICTIONS]
        if within:  # "Tapachula (México)", "LAREDO, Texas": the city, as written with what
            first, last = within[0], places[-1]  # locates it
            between = doc.text[first.span.end : last.span.start]
            if last is not first and len(between) <= 3 and not between.strip(" ,("):
                closed = "(" in between and doc.text.startswith(")", last.span.end)
                written = doc.text[first.span.start : last.span.end + closed]
                return Place(written, first.place.kind, first.place.country), dash.end()
            return first.place, dash.end()
        if places:
            return places[-1].place, dash.end()
        return None, dash.end()
    return None, 0


def _origin(text: str, sentence: Sentence, span: Span) -> bool:
    """True for a place people came from: "migrants who had crossed from Guatemala"."""
    words = text[max(sentence.start, span.start - 40) : span.start].split()
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    return bool(words) and words[-1].lower() == "from"


def _destination(text: str, sentence: Sentence, span: Span) -> bool:
    """True for a place people go to: "headed to the United States", "bound for Mexico"."""
    words = text[max(sentence.start, span.start - 40) : span.start].split()
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    if len(words) < 2 or words[-1].lower() not in _DESTINATION:
        return False
    return "MOTION" in _modality().get(words[-2].lower(), frozenset())


def _narrows(setting: _Setting, jurisdiction: Place, actor: str | None) -> bool:
    """True when the dateline lies in the country of the acting official: an official's
    office may be a state's or a city's ("the state's attorney general"), so the place
    the article reports from says more than the country does. A country acting as
    itself ("Mexico deployed troops") is its own place."""
    dateline = setting.dateline
    return (
        actor in setting.jurisdictions
        and dateline is not None
        and dateline.kind is not PlaceKind.COUNTRY
        and dateline.country == jurisdiction.country
    )


def _place(
    text: str,
    sentence: Sentence,
    cand: _Candidate,
    own: Place | None,
    jurisdiction: Place | None,
    setting: _Setting,
    actor: str | None,
) -> Place | None:
    """Where the action is: its own place; for an agreement, the partner the party that
    agrees made it with ("signed an agreement with Panama"), else a place named in its
    sentence other than the party's own country (where it applies: "agents to Guatemala
    under a joint agreement"), else the jurisdiction of the party that agrees (what the
    deal is about is named around it: "agreed to accept flights from the United States");
    else a kind of site after it ("at ports of entry"),
    else a place named before it in its sentence (not a destination, not the dateline, not
    one before a word that opens another clause: "while", "as long as"), else a border
    closed or reopened or one the action is at or sent to ("troops to the border"),
    else the jurisdiction of its actor, else a county,
    else the dateline.
    """
    if cand.kind is PolicyKind.AGREEMENT and jurisdiction is not None:
        return _partner(text, sentence, cand, jurisdiction) or jurisdiction
    if own is not None:
        return own
    generic = _generic_site(text, sentence, cand)
    if generic is not None:  # "appointments at ports of entry": those sites
        return generic
    since = max(sentence.start, cand.start - _REACH, setting.dateline_end)
    for hit in _site_pattern().finditer(text, since, cand.start):
        if _site_words()[hit.group().lower()] == "BREAK":
            since = hit.end()  # "sent troops to Guatemala, while others were stationed"
    for span, place in reversed(_sites(text, sentence, since, cand.start)):
        if cand.kind is PolicyKind.DEPORTATION or not _destination(text, sentence, span):
            return place
    if cand.kind in _AT_CROSSINGS and cand.obj is not None and _head(cand.obj) == "border":
        return Place("border", PlaceKind.BORDER, None)  # "shut down the border": the border itself
    if _at_the_border(text, sentence, cand):
        return Place("border", PlaceKind.BORDER, None)  # "sent troops to the border"
    if jurisdiction is not None and not _narrows(setting, jurisdiction, actor):
        return jurisdiction
    county = next(_counties(text, since, min(sentence.end, cand.end + _REACH)), None)
    if county is not None:
        return place_named(county.group()[: -len("County")].strip())
    return setting.dateline


def _date(context: _Context, cand: _Candidate) -> Period | None:
    """The date named nearest the phrase in its sentence ("last week", "on Friday")."""
    mentions, starts = context.dates, context.date_starts
    if not mentions:
        return None

    def distance(mention: DateMention) -> int:
        if mention.span.end <= cand.start:
            return cand.start - mention.span.end
        return max(0, mention.span.start - cand.end)

    index = bisect.bisect_left(starts, cand.start)
    near = mentions[max(0, index - _NEAR_PHRASES) : index + _NEAR_PHRASES]
    return min(near, key=distance).period


def _dates(doc: Document, sentence: Sentence) -> tuple[DateMention, ...]:
    tense = tense_of(doc.text, sentence.start, sentence.end)
    return find_dates(doc.text, doc.published, start=sentence.start, end=sentence.end, tense=tense)


# ---- across sentences -------------------------------------------------------------------


def _is_headline(sentence: Sentence) -> bool:
    """A headline or caption: a line that does not end as a sentence of body text does."""
    return sentence.text[-1:] not in _BODY_END


def _identity(cand: _Candidate) -> tuple[str, ...]:
    """What makes two mentions the same action: the measure named, or verb and target."""
    if cand.obj_class is not None and cand.obj_class in _measure_classes():
        return (cand.kind.value, cand.obj_class, _head(cand.obj))  # a rule is not a program
    verb = cand.reading.cls if cand.reading is not None else ""
    return (cand.kind.value, verb, cand.obj_class or "")


def _head(word: _Word | None) -> str:
    return word.text.lower().split()[-1].rstrip("s") if word is not None else ""


@frozen
class _Found:
    cand: _Candidate
    action: PolicyAction
    sentence: int
    own_place: Place | None  # a place named in or right after the phrase
    name: str | None  # the proper name written before its object: "the Westgate crossing"
    definite: bool  # a noun phrase after "the": it refers back to an earlier mention
    refers: bool  # its object is a measure named again ("challenged the measure")
    forces: bool = False  # a passive of bare forces: "troops were sent", by their government


def _forces_sent(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a passive whose subject is forces no country is named with ("troops were
    sent to the border", "agents had been deployed"): their government sent them."""
    verb, reading = cand.verb, cand.reading
    if verb is None or reading is None or reading.form not in _FINITE_PAST:
        return False
    force = _body_pattern().match(text, cand.start)
    if force is None or _bodies()[force.group()] != "-" or force.end() > verb.start:
        return False
    if _country_before(text, sentence, cand.start) is not None:
        return False  # "Mexican troops were sent": the actor is Mexico already
    return "BE" in _auxiliary(text, force.end(), verb.start)


def _governments_of_forces(found: list[_Found], setting: _Setting) -> list[_Found]:
    """Forces sent by no one named ("troops were deployed across the country", as a
    minister said) were sent by their government: the country of the national official
    the action is otherwise given to, not the official who reports it."""
    out = list(found)
    for j, item in enumerate(out):
        actor = item.action.actor
        if not item.forces or actor is None or actor not in setting.jurisdictions:
            continue
        if actor in setting.local:
            continue  # a governor or a mayor sends a state's or a city's forces
        jurisdiction = setting.jurisdiction(actor)
        if jurisdiction is not None and jurisdiction.kind is PlaceKind.COUNTRY:
            name = _own_names().get(jurisdiction.name, jurisdiction.name)
            out[j] = evolve(item, action=evolve(item.action, actor=name))
    return out


def _carried_actors(found: list[_Found]) -> list[_Found]:
    """An action whose sentence names no actor is done by the actor of the action just
    before it, in the same sentence or a few before ("Panama closed three paths. Two
    more will be shut next month."): the text goes on about the same government. So does
    the place: an action that names none, by the same actor or by none, is where the
    action just before it is ("troops were sent to Chiapas. They set up checkpoints")."""
    out = list(found)
    for j in range(1, len(out)):
        item, before = out[j], out[j - 1]
        if item.sentence - before.sentence > _CARRIED_WITHIN:
            continue
        if item.action.place is None and _compatible(item.action.actor, before.action.actor):
            out[j] = item = evolve(item, action=evolve(item.action, place=before.action.place))
        if item.action.actor is not None or before.action.actor is None:
            continue
        if (before.action.kind is PolicyKind.LEGAL_CHALLENGE) != (
            item.action.kind is PolicyKind.LEGAL_CHALLENGE
        ):
            continue  # a court and the measure it rules on have different actors
        out[j] = evolve(item, action=evolve(item.action, actor=before.action.actor))
    return out


def _reverse_undone_closures(found: list[_Found]) -> list[_Found]:
    """A closure whose crossings are later said to have reopened is reversed."""
    out = list(found)
    for j, later in enumerate(found):
        if later.cand.kind is not PolicyKind.REOPENING:
            continue
        for i in range(j - 1, max(-1, j - 1 - _NEAR_PHRASES), -1):  # two sentences back at most
            earlier = out[i]
            if later.sentence - earlier.sentence > _REOPENED_WITHIN:
                break
            if (
                earlier.cand.kind is PolicyKind.CLOSURE
                and earlier.cand.start < later.cand.start
                and _head(earlier.cand.obj) == _head(later.cand.obj)
                and _alike(earlier, later)  # the same crossing
            ):
                action = evolve(earlier.action, status=PolicyStatus.REVERSED)
                out[i] = evolve(earlier, action=action)
                if later.own_place is None and earlier.action.place is not None:
                    reopened = evolve(later.action, place=earlier.action.place)
                    out[j] = evolve(out[j], action=reopened)  # where the crossings were shut
    return out


def _placed_by_referent(found: list[_Found]) -> list[_Found]:
    """A challenge to a measure named again ("challenged the measure", "to suspend the
    deal") with no place of its own is where the measure is: the place of the nearest
    action before it, at most two sentences back."""
    out = list(found)
    for j, later in enumerate(found):
        if not (later.refers and later.own_place is None):
            continue
        challenge = later.action.kind is PolicyKind.LEGAL_CHALLENGE
        for i in range(j - 1, max(-1, j - 1 - _NEAR_PHRASES), -1):
            earlier = out[i]
            if later.sentence - earlier.sentence > _REFERS_WITHIN:
                break
            if earlier.action.kind is PolicyKind.LEGAL_CHALLENGE or earlier.action.place is None:
                continue
            if not challenge and earlier.cand.obj_class != later.cand.obj_class:
                continue  # "pause the tariffs": where the tariffs named before fall
            out[j] = evolve(later, action=evolve(later.action, place=earlier.action.place))
            break
    return out


def _placed_in_main_country(found: list[_Found]) -> list[_Found]:
    """An action still without a place is in the country the article's actions are in, or
    whose government acts, most often (a ruling, a law, a visa the text places nowhere):
    the country the article is about."""
    counts: dict[str, int] = {}
    for item in found:  # where each action is, and which government acts
        actor = item.action.actor
        for place in (item.action.place, place_named(actor) if actor is not None else None):
            if place is not None and place.country is not None:
                counts[place.country] = counts.get(place.country, 0) + 1
    if not counts or all(item.action.place is not None for item in found):
        return found
    code = max(counts, key=lambda c: counts[c])  # the first of the most frequent
    main = place_named(country_names().get(code, ""))
    if main is None:
        return found
    return [
        item
        if item.action.place is not None
        else evolve(item, action=evolve(item.action, place=main))
        for item in found
    ]


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _alike(a: _Found, b: _Found) -> bool:
    """True unless the two name different places or different objects by name, or are
    done by different governments ("Texas sent troops", "Arizona will send troops")."""
    return (
        _compatible(a.own_place, b.own_place)
        and _compatible(a.name, b.name)
        and _compatible(_government(a.action.actor), _government(b.action.actor))
    )


def _government(actor: str | None) -> str | None:
    """The actor when it is a country or state acting as itself, else None."""
    place = place_named(actor) if actor is not None else None
    return actor if place is not None and place.kind in _JURISDICTIONS else None


def _same_action(kept: _Found, later: _Found) -> bool:
    """True when ``later`` names the action ``kept`` (same identity) again."""
    if not _alike(kept, later):
        return False
    carried_out = (
        (
            later.action.status is PolicyStatus.ENACTED
            or (
                later.action.status is PolicyStatus.ONGOING
                and kept.action.status is PolicyStatus.PLANNED
            )
        )
        and kept.action.status not in _DONE
        and later.cand.verb is not None
    )
    further = (
        kept.action.status is PolicyStatus.ENACTED
        and later.action.status in {PolicyStatus.PLANNED, PolicyStatus.ANNOUNCED}
        and later.cand.verb is not None
        and later.sentence != kept.sentence
    )
    ended = (
        later.action.status is PolicyStatus.REVERSED
        and kept.action.status is not PolicyStatus.REVERSED
    )  # a measure and its ending: "programs created by Biden" and "ending the programs"
    return not (carried_out or further or ended)  # a plan carried out, a step then one to come


def _restated(headline: _Candidate, body: dict[PolicyKind, tuple[set[str], set[str]]]) -> bool:
    """True when the body states the headline's action: same kind, same verb or object."""
    if headline.kind not in body:
        return False
    classes, objects = body[headline.kind]
    return bool(headline.classes & classes) or (
        headline.obj_class is not None and headline.obj_class in objects
    )


def _restated_by(item: _Found, kept: _Found) -> bool:
    """True for a measure named by a bare noun phrase (no verb of its own) after an action
    of the same kind on the same measure class (``kept``): a mention of it, not a second
    measure ("a national emergency declaration" after "will declare a national emergency")."""
    cand = item.cand
    return (
        cand.verb is None
        and not cand.classes  # not a measure a relative clause describes anew
        and cand.obj_class in _measure_classes()
        and kept.cand.obj_class == cand.obj_class
        and _alike(kept, item)
    )


def _deduplicated(found: list[_Found]) -> list[_Found]:
    """Each action once: later mentions of it are dropped (not those at another place of
    their own: "the closure of the Nogales crossing" after the Lukeville one); a headline
    or caption yields to the body, which restates what it sums up."""
    body: dict[PolicyKind, tuple[set[str], set[str]]] = {}  # kind: verb classes, objects
    for item in found:
        if not item.cand.headline:
            classes, objects = body.setdefault(item.cand.kind, (set(), set()))
            classes.update(item.cand.classes)
            objects.add(item.cand.obj_class or "")
    kinds: dict[PolicyKind, list[_Found]] = {}  # kind: those kept
    kept: dict[tuple[str, ...], list[_Found]] = {}
    challenged: set[int] = set()  # the kept measures a later mention says a court acted on
    for item in found:
        if item.cand.headline and _restated(item.cand, body):
            continue
        earlier = kinds.get(item.cand.kind, [])
        same = kept.setdefault(_identity(item.cand), [])
        first = (
            next((k for k in earlier if _alike(k, item)), None) if item.definite else None
        ) or (next((k for k in earlier if _restated_by(item, k)), None))
        first = first or next((k for k in same if _same_action(k, item)), None)
        if first is None:
            same.append(item)
            earlier.append(item)
            kinds[item.cand.kind] = earlier
        elif item.action.status is PolicyStatus.CHALLENGED and first.action.status in _RULED_ON:
            challenged.add(id(first))  # "ended the programs" ... "blocked the ending": one
    return [  # measure, at its first mention, with the status the court's ruling gives it
        evolve(item, action=evolve(item.action, status=PolicyStatus.CHALLENGED))
        if id(item) in challenged
        else item
        for items in kept.values()
        for item in items
    ]


# ---- the extractor ----------------------------------------------------------------------


def _sentence_actions(
    doc: Document,
    index: int,
    sentence: Sentence,
    officials: list[_Mention],
    setting: _Setting,
) -> Iterator[_Found]:
    text = doc.text
    context: _Context | None = None
    headline = _is_headline(sentence)
    objects = _objects(text, sentence)
    verbal = list(_verb_candidates(text, sentence, objects, headline))
    nominal = list(_noun_candidates(text, objects, verbal, headline))
    candidates = _merged(text, _without_overlaps(verbal + nominal))
    court_only = (
        list(_court_only_candidates(text, sentence, candidates, headline))
        if setting.names_court(text, sentence)
        else []
    )
    ruled = challenged = False  # a court ruled, or a suit or ruling came, earlier in it
    for cand in sorted(candidates + court_only, key=lambda c: c.start):
        status = _status(text, sentence, cand)
        if status is None:
            continue
        if context is None:  # what the sentence names, read once for all its actions
            context = _Context.of(doc, sentence, officials, candidates)
        span = Span(cand.start, cand.end)
        actor = _actor(text, sentence, context, cand, setting.dateline_end)
        if actor is None:  # no subject in its clause: the sentence's subject before it
            actor = _sentence_subject(text, sentence, context, cand, setting.dateline_end)
        actor = setting.judge(actor, cand.start)  # "a federal judge": the judge named nearby
        kind = cand.kind
        court = _by_court(cand, setting, actor)
        if not court and _needs_court(cand):
            continue  # "ordered", "blocked the push to": a ruling only when a court does it
        if court:  # "a judge halted the policy": a ruling, not a repeal
            kind = PolicyKind.LEGAL_CHALLENGE
            if status not in _INTENDED_STATUSES:
                status = PolicyStatus.ENACTED
            acted_on = _acted_on(text, sentence, context, setting, cand, index, status)
            if acted_on is not None:
                yield acted_on
            upholds = cand.reading is not None and cand.reading.cls in _UPHOLDING
            ruled = ruled or (status is PolicyStatus.ENACTED and not upholds)
        elif (
            kind is not PolicyKind.LEGAL_CHALLENGE
            and status in _RULED_ON
            and (ruled or (challenged and _against(text, sentence, cand)))
        ):  # "ruled that she acted unlawfully when she ended the program", "an injunction
            status = PolicyStatus.CHALLENGED  # against the state's law": what is ruled on
        challenged = challenged or kind is PolicyKind.LEGAL_CHALLENGE
        if _sent_back(text, sentence, cand):
            kind = PolicyKind.DEPORTATION  # "send migrants back to their countries": a return
        elif kind is PolicyKind.DEPORTATION and _returned_within(text, sentence, cand):
            kind = PolicyKind.REGULATION  # "returned the migrants to Tapachula": a move
        if _reported_agreement(text, sentence, cand, status):
            status = PolicyStatus.ANNOUNCED
        joint = _joint_subject(text, sentence, context, cand)
        if joint is not None:  # "Chile and Peru will launch a campaign": they agreed on it
            kind, actor = PolicyKind.AGREEMENT, joint
        if kind is PolicyKind.AGREEMENT and _is_legislature(actor):
            kind = PolicyKind.LAW  # a deal legislators strike is a bill, not a pact
        own = (
            _own_place(text, sentence, cand)
            or _subject_site(text, sentence, cand)
            or _referred_site(text, doc.sentences, index, cand)
        )
        jurisdiction = setting.jurisdiction(actor)
        if own is None and jurisdiction is not None and _whole(text, sentence, cand):
            own = jurisdiction  # "troops deployed across the country": the actor's own
        action = PolicyAction(
            kind=kind,
            span=span,
            evidence=span.of(text),
            actor=actor,
            place=_place(text, sentence, cand, own, jurisdiction, setting, actor),
            status=status,
            date=_date(context, cand),
        )
        definite = _is_noun(cand) and _word_before(text, sentence, cand.start) in {"the", "this"}
        refers = cand.obj is not None and (
            _word_before(text, sentence, cand.obj.start) in _REFERRING
        )
        name = _object_name(text, sentence, cand)
        forces = _forces_sent(text, sentence, cand)
        yield _Found(cand, action, index, own, name, definite, refers, forces)


def _object_name(text: str, sentence: Sentence, cand: _Candidate) -> str | None:
    """The proper name written right before the crossing a closure or reopening acts on
    ("the Westgate crossing"): which one it is, when the gazetteer does not know it."""
    if cand.obj is None or cand.kind not in _AT_CROSSINGS:
        return None
    words = text[max(sentence.start, cand.obj.start - _NAME_CHARS) : cand.obj.start].split()
    name: list[str] = []
    while (
        words
        and words[-1][:1].isupper()
        and "DETERMINER" not in _modality().get(words[-1].lower(), frozenset())
    ):
        name.append(words.pop())
    return " ".join(reversed(name)) or None


def _against(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a measure named after "against" ("an injunction against the Texas law"),
    past a determiner and a word or two of its name."""
    if cand.verb is not None:
        return False
    words = text[max(sentence.start, cand.start - 40) : cand.start].split()[-_OWNER_WORDS:]
    return "against" in (word.lower() for word in words)


def _returned_within(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for people returned to a city or state ("returned the migrants to Tapachula"):
    a move inside a country, which the guideline counts as a programme, not a deportation
    (to a country, or "back", it is one)."""
    if cand.reading is None or cand.reading.cls != "RETURN":
        return False
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    for span, place in _sites(text, sentence, cand.start, stop):
        if _word_before(text, sentence, span.start) not in _INTO:
            continue
        return place.kind in _AS_WRITTEN  # the first place gone to decides
    return False


def _sent_back(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for people moved "back" ("send the migrants back to their countries", "flew
    them back home"): a return to where they came from, not a move inside a country."""
    if cand.reading is None or cand.reading.cls != "TRANSPORT" or cand.obj is None:
        return False
    after = text[cand.end : min(sentence.end, cand.end + _MAX_GAP_CHARS)]
    cut = _CLAUSE_BREAK.search(after)
    words = after[: cut.start() if cut else len(after)].split(",")[0].split()
    return "back" in (word.lower() for word in words[:_BACK_WORDS])


def _by_court(cand: _Candidate, setting: _Setting, actor: str | None) -> bool:
    """True when a court or judge does what a court's verb says ("a federal judge paused
    the rule", "the court ruled"): a ruling, whatever the verb would be for a government."""
    return (
        cand.reading is not None and cand.reading.cls in _courts().verbs and setting.is_court(actor)
    )


def _needs_court(cand: _Candidate) -> bool:
    """True for a phrase that is an action only when a court does it: a verb of the
    court-only classes ("ordered", "ruled"), or a court's verb on something that is a
    measure only in a court's hands ("blocked the push to", "halted the decision")."""
    courts = _courts()
    if cand.reading is None:
        return False
    cls = cand.reading.cls
    if cls in courts.only and (cls, cand.obj_class or "*") not in _rules():
        return True  # "the judge ordered" (a president who "ordered tariffs" imposed them)
    return cand.obj_class in courts.objects and cls in courts.verbs


def _court_only_candidates(
    text: str, sentence: Sentence, taken: list[_Candidate], headline: bool
) -> Iterator[_Candidate]:
    """The verbs that state an action only when a court does it ("the court ruled",
    "a judge ordered the agency to"), outside every other action's phrase. They are read
    after the others, so that a governor who "ordered the arrest" of migrants still made
    an arrest; whether a court is their actor is decided with the actors."""
    courts = _courts()
    readings = _verb_readings()
    rule = _Rule(PolicyKind.LEGAL_CHALLENGE, PolicyStatus.ENACTED, PolicyStatus.ENACTED)
    starts = [c.start for c in taken]
    for h in _verb_pattern().finditer(text, sentence.start, sentence.end):
        for reading in readings[text[h.first : h.last].lower()]:
            if reading.cls not in courts.only or reading.form not in _FINITE_PAST:
                continue
            near = bisect.bisect_right(starts, h.first)
            if near and taken[near - 1].end > h.first:
                break  # inside another action's phrase
            verb = _Word(h.first, h.last, text[h.first : h.last])
            end = _agreed(text, sentence, verb)  # "upheld a lower court ruling"
            classes = frozenset({reading.cls})
            yield _Candidate(
                rule.kind, verb.start, end, verb, reading, None, None, rule, headline, classes
            )
            break


def _acted_on(
    text: str,
    sentence: Sentence,
    context: _Context,
    setting: _Setting,
    ruling: _Candidate,
    index: int,
    status: PolicyStatus,
) -> _Found | None:
    """The measure a court's ruling acts on, as its own record ("blocked the state's new
    law": the law, challenged; "struck down the order": the order, reversed), when the
    ruling was made and its object names a measure. Its actor is the one whose measure it
    is ("Trump's attempt", "the Texas law"); a measure named again ("the law") is the one
    named before (see :func:`_deduplicated`)."""
    obj, reading = ruling.obj, ruling.reading
    courts = _courts()
    if obj is None or reading is None or status is not PolicyStatus.ENACTED:
        return None
    if reading.form not in _VERBAL:
        return None  # "lifted a pause on the law": a noun may itself be undone
    measure_status = courts.verbs.get(reading.cls)
    kind = courts.measures.get(ruling.obj_class or "")
    if kind is None and ruling.obj_class in courts.objects:
        kind = _attempted(text, sentence, obj, ruling.end)  # "Trump's push to end TPS"
    if measure_status is None or kind is None:
        return None
    after = obj.start > ruling.start
    if (
        after
        and _words(text[ruling.verb.end if ruling.verb else ruling.start : obj.start])
        > _OWNER_WORDS + 1
    ):
        return None  # "to end MPP did not violate the law": not what the court acted on
    end = ruling.end if after else obj.end
    cand = evolve(ruling, kind=kind, start=obj.start, end=end, verb=None, reading=None)
    span = Span(cand.start, cand.end)
    actor = _owner(text, sentence, context, obj)
    own = _own_place(text, sentence, cand)
    jurisdiction = setting.jurisdiction(actor)
    action = PolicyAction(
        kind=kind,
        span=span,
        evidence=span.of(text),
        actor=actor,
        place=_place(text, sentence, cand, own, jurisdiction, setting, actor),
        status=measure_status,
        date=None,
    )
    definite = _word_before(text, sentence, obj.start) in _REFERRING
    return _Found(cand, action, index, own, None, definite, definite)


def _attempted(text: str, sentence: Sentence, obj: _Word, end: int) -> PolicyKind | None:
    """The kind of measure an attempt names by what it is to do ("the push to terminate the
    legal status": a regulation; "the bid to restrict birthright citizenship"), when that
    verb and its object lie within the ruling's phrase (which ends at ``end``); else None."""
    if not text.startswith(" to ", obj.end):
        return None
    stop = min(end, sentence.end, obj.end + _REACH)  # a phrase, not the whole sentence
    phrase = Sentence(Span(obj.end, stop), text[obj.end : stop])
    objects = _objects(text, phrase)
    hits = _verb_pattern().finditer(text, obj.end + 4, stop)
    verb_starts = [h.first for h in hits]
    for h in hits[:1]:
        if h.first != obj.end + 4:
            break
        verb = _Word(h.first, h.last, text[h.first : h.last])
        for reading in _verb_readings()[verb.text.lower()]:
            if reading.form != "base":
                continue
            found = _with_object(text, phrase, verb, reading, objects, False, verb_starts)
            if found is not None and found.end <= end:
                return found.kind
    return None


def _owner(text: str, sentence: Sentence, context: _Context, obj: _Word) -> str | None:
    """Whose measure an object names: a possessor or a name right before it ("Trump's
    attempt", "the Texas law", "the administration's push"), past a word or two."""
    at = _mention_before(text, context, obj.start, _OWNER_WORDS)
    if at is None:
        return None
    start, end, name = context.mentions[at]
    gap = text[end : obj.start]
    if gap.startswith(_POSSESSIVE) or gap == " ":
        return _named(text, start, name)
    return None


def _owner_after(text: str, context: _Context, cand: _Candidate) -> str | None:
    """The possessor an apposition right after a measure names ("Operation Lone Star,
    Gov. Greg Abbott's border effort"): whose measure it is."""
    if not text.startswith(", ", cand.end):
        return None
    at = bisect.bisect_left(context.mention_starts, cand.end)
    if at >= len(context.mentions):
        return None
    start, end, name = context.mentions[at]
    between = text[cand.end + 2 : start].split()
    if len(between) > _TITLE_WORDS or not all(w[:1].isupper() for w in between):
        return None  # only a title between: "Gov. Greg Abbott's"
    return _named(text, start, name) if text.startswith(_POSSESSIVE, end) else None


def _mention_before(text: str, context: _Context, position: int, max_words: int) -> int | None:
    """The index of the name that ends right before ``position``, at most ``max_words``
    words away (a modal or an adverb between), or None."""
    at = bisect.bisect_left(context.mention_starts, position) - 1
    if at < 0:
        return None
    _start, end, _name = context.mentions[at]
    if end > position or not _close_gap(text[end:position], max_words=max_words):
        return None
    return at


def extract(doc: Document) -> tuple[PolicyAction, ...]:
    """Every PolicyAction in the document, in text order."""
    officials = _official_mentions(doc)
    setting = _Setting.of(doc)
    found = [
        item
        for index, sentence in enumerate(doc.sentences)
        for item in _sentence_actions(doc, index, sentence, officials, setting)
    ]
    found = _deduplicated(_placed_by_referent(_reverse_undone_closures(_carried_actors(found))))
    found = _placed_in_main_country(_governments_of_forces(found, setting))
    actions = sorted((item.action for item in found), key=lambda a: a.span.start)
    return tuple(_in_own_language(action) for action in actions)
