"""Finding a sentence's candidate actions (:class:`_Candidate`) before their attributes.

A verb of ``policy_verbs.tsv`` with an object of ``policy_objects.tsv`` near it (either
order, past asides and relative clauses), a measure named by a noun phrase alone (with its
maker, its target country, or what it does), or a named operation; figures that make a
verb a tally, sums of money and the modality words around a verb; and one action per
phrase within a sentence (:func:`_merged`: a purpose clause, a restatement or a measure
an order directs joins the action it belongs to).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Literal, NamedTuple

from attrs import evolve, frozen

from migrationnews._caches import per_article
from migrationnews.extract.policy._rules import (
    _OPERATION_CLASS,
    _bodies,
    _measure_classes,
    _modality,
    _modality_pattern,
    _object_classes,
    _object_pattern,
    _Reading,
    _Rule,
    _rules,
    _targets,
    _verb_pattern,
    _verb_readings,
)
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.language import active, per_language
from migrationnews.records import PolicyKind
from migrationnews.text import Sentence

_FORMS = ("base", "third", "past", "participle", "ing", "noun")
_VERBAL = frozenset(_FORMS[:-1])
_MAX_GAP_WORDS = 6  # words allowed between a verb and its object
_MAX_PURPOSE_WORDS = 8  # words allowed between an action and its purpose clause
_MAX_LIST_WORDS = 12  # words allowed between an action and a listed further measure
_FIGURE_AFTER_WORDS = 4  # a figure this close after a counted verb makes it a tally
_AGREED_WORDS = 4  # words of what was agreed kept after "agreed to"
_FIGURE_BEFORE_WORDS = 2  # ... or this close before a counted noun phrase
_MAX_BEFORE_WORDS = 4  # words allowed between a passive subject and its verb
_MAX_GAP_CHARS = 90  # a gap longer than this is never one phrase
_REACH = 300  # characters a clause, subject or modality is looked for before a verb
_NEAR_PHRASES = 50  # phrases close enough to overlap or name the same thing
_MAX_FUND_WORDS = 4  # words allowed between a sum and the fund it is part of
_AUXILIARY = frozenset({"BE", "HAVE", "FUTURE"})  # after a verb form: it was a noun
_REFLEXIVES = frozenset({"themselves", "himself", "herself", "oneself"})  # "deport themselves"
_TARGET = frozenset({"on", "against"})  # before a demonym a sanction targets: "tariffs on"
_INTENDED = frozenset({"FUTURE", "PLANNED"})  # before a verb: what is to be done, not a tally
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # the ending of a possessor: a noun follows it
_TARGETED_CLASS = "TARGETED"  # the rules' verb class for a measure aimed at a country
_TARGET_WORDS = 3  # words after a measure within which the country it targets is named
_COURT_MADE = frozenset({"RULING"})  # measures whose maker is the court named before them
_COURT_WORDS = frozenset({"court", "judge", "justices", "circuit", "tribunal"})  # that court
_PARTNERED = frozenset({"PACT"})  # measures made with a government named after "with"
_PARTNER_WORDS = frozenset({"with", "between"})  # "a deal with Caracas", "between Italy and"
_OWNED_CLASS = "OWNED"  # the rules' verb class for a measure named with its maker
_OWNERS = frozenset(
    {"administration", "government", "state", "department", "president", "governor"}
)
_UNDER_CLASS = "UNDER"  # the rules' verb class for a measure something is done under
_DESCRIBED_CLASS = "DESCRIBED"  # the rules' verb class for a measure a relative clause describes
_DESCRIBING = frozenset({"LINK", "FUTURE", "BE", "HAVE"})  # "that lets", "that would"
_GENERIC_MEASURE = "RULE"  # the object class of "policy", "program": a measure of any kind
_REFERRING = frozenset({"the", "this", "that", "these", "those"})  # before a measure named again
_ORDER_CLASSES = frozenset({"ORDER", "EMERGENCY"})  # an order or emergency directs measures
_COMPOUND_WORDS = 2  # content words between an object and the head of its compound
_UNDER_WORDS = 3  # words between "under" and the measure ("under a new bilateral agreement")
_FINITE_PAST = frozenset({"past", "participle"})  # "ordered", "ruled": not "the order"
_CONTACT_WORDS = 3  # words of a subject between a measure and its verb: "the orders Trump signed"
_CONTACT_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})  # "the group filed"
_RELATIVE_PRONOUNS = frozenset({"which", "that"})  # a relative clause on a measure or a site
_OWNER_WORDS = 3  # words between a possessor and the measure it owns ("Trump's new asylum rule")
_EXPELLING = frozenset({"DEPORT", "REMOVE"})  # verb classes whose participle makes deportees
_CARRIED = {"PEOPLE": "DEPORTEES", "FLIGHTS": "DEPORTATION_FLIGHTS"}  # what they make of these
_CARRY_WORDS = 6  # words after flights within which what they carry is named
_SUBJECT_PRONOUNS = frozenset({"they", "we", "he", "she", "i"})  # open a clause of their own
_PEOPLE_CLASSES = frozenset({"PEOPLE", "DEPORTEES"})  # the object classes that name people
_GOVERNING = frozenset({"FUTURE", "PLANNED", "VAGUE", "NEGATION", "ONGOING"})  # make a verb
_VERB_MAKERS = frozenset({"to", "and", "or", "they", "we"})  # words after which a base is a verb
_PURPOSED = frozenset({"PACT", "LAW"})  # measures whose purpose ("a deal to send") they are


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


def _read_by_verb(
    rule: _Rule,
    verb: _Word,
    reading: _Reading,
    span: tuple[int, int],
    headline: bool,
    obj: tuple[_Word, str] | None = None,
) -> _Candidate:
    """The candidate a verb reads under ``rule``, over ``span``, with the object it acts on
    (and that object's class) when it names one: the one way a verb's candidate is built."""
    return _Candidate(
        kind=rule.kind,
        start=span[0],
        end=span[1],
        verb=verb,
        reading=reading,
        obj=obj[0] if obj is not None else None,
        obj_class=obj[1] if obj is not None else None,
        rule=rule,
        headline=headline,
        classes=frozenset({reading.cls}),
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
_WORD_IN_TAIL = re.compile(
    r"""
    [\w'’-]+                   # one word of what follows "agreed to" ...
    (?:,\d+)*                  # ... a figure's thousands included ("10,000")
    """,
    re.VERBOSE,
)
_HYPHENATED = re.compile(
    r"""
    -[^\W\d_]               # a hyphen and a letter: the word is the first part of a compound
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
_NAMED_OPERATION = re.compile(
    r"""
    (?<![\w'’-])Operation       # "Operation" at the start of a word ...
    (?:[ ][A-Z][\w'’-]*){1,3}   # ... and its name: one to three capitalised words
    """,
    re.VERBOSE,
)
_RELATIVE_ASIDE = re.compile(
    r"""
    ,[ ](?:which|who)(?!\w)      # a relative clause set off by a comma
    """,
    re.VERBOSE,
)


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
    """The sentence's objects of ``policy_objects.tsv`` with their classes: sums only when
    they are money, a named operation by its name ("Operation Lone Star"), and the
    plural demonyms as people ("Venezuelans")."""
    classes = _object_classes()
    found = [
        (_Word(h.first, h.last, word := text[h.first : h.last]), classes[word.lower()])
        for h in _object_pattern().finditer(text, sentence.start, sentence.end)
    ]
    found = [
        (obj, cls)
        for obj, cls in found
        if (cls != "MONEY" or _is_money(text, obj)) and not _HYPHENATED.match(text, obj.end)
    ]  # "visa-free agreements": "visa" modifies what follows, is no object
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
    if any(cls in _CARRIED for _obj, cls in found):
        found = _deportees(text, sentence, found)
    return _Objects(found, [obj.start for obj, _cls in found])


def _deportees(
    text: str, sentence: Sentence, found: list[tuple[_Word, str]]
) -> list[tuple[_Word, str]]:
    """The objects with people and flights named by what is done to them: people right
    after or before a participle of deporting ("deported citizens", "Guatemalans deported
    from the United States") are deportees, and flights that carry deportees or deport
    people ("flights carrying its citizens deported from", "flights deporting people of
    other nationalities") are deportation flights (issue 12's audit: AP, Reuters, Al
    Jazeera on flights resumed or suspended by Guatemala and Colombia)."""
    people = [
        (obj, _CARRIED[cls] if cls == "PEOPLE" and _expelled(text, sentence, obj) else cls)
        for obj, cls in found
    ]
    deportees = [obj.start for obj, cls in people if cls == "DEPORTEES"]
    return [
        (obj, _CARRIED[cls] if cls == "FLIGHTS" and _carry(text, sentence, obj, deportees) else cls)
        for obj, cls in people
    ]


def _expelling_form(word: str, forms: frozenset[str]) -> bool:
    """True when ``word`` is a form of a deporting verb ("deported", "deporting")."""
    return any(
        r.cls in _EXPELLING and r.form in forms for r in _verb_readings().get(word.lower(), ())
    )


def _expelled(text: str, sentence: Sentence, obj: _Word) -> bool:
    """True for people named right after or right before a deporting participle."""
    return _expelling_form(_word_before(text, sentence, obj.start), _FINITE_PAST) or (
        _expelling_form(_word_after(text, sentence, obj.end), _FINITE_PAST)
    )


def _carry(text: str, sentence: Sentence, flights: _Word, deportees: list[int]) -> bool:
    """True for flights that deport people ("flights deporting") or carry deportees named a
    few words on, in their clause ("flights would resume next week carrying deported
    citizens")."""
    if _expelling_form(_word_after(text, sentence, flights.end), frozenset({"ing"})):
        return True
    stop = min(sentence.end, flights.end + _MAX_GAP_CHARS)
    cut = _CLAUSE_BREAK.search(text, flights.end, stop)
    stop = cut.start() if cut is not None else stop
    for word, classes in _modal_words(text, flights.end, stop):
        if "CARRYING" not in classes or _words(text[flights.end : word.start]) > _CARRY_WORDS:
            continue
        at = bisect.bisect_left(deportees, word.end)
        if at < len(deportees) and deportees[at] < stop:
            return _words(text[word.end : deportees[at]]) <= 2  # "carrying its citizens"
    return False


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
    people = cls in _PEOPLE_CLASSES  # "migrants deported from" are deportees, and people
    return people and obj.end <= verb.start and not text[obj.end : verb.start].strip()


def _counted_before(objects: _Objects, text: str, sentence: Sentence, verb: _Word) -> bool:
    """True for a counted subject just before the verb: "9,000 migrants were deported"."""
    before = bisect.bisect_left(objects.starts, verb.start) - 1
    if before < 0:  # "some 74,300 have been deported": past the auxiliaries
        return _figure_before(
            text, sentence, _past_auxiliaries(text, sentence, verb).start, exact=True
        )
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
    """The actions the sentence's verbs state: for each verb of ``policy_verbs.tsv``, the
    first of its readings its place allows that states an action with an object, else one
    whose rule needs none ("deported", "agreed to ..."); at most one per verb."""
    hits = _verb_pattern().finditer(text, sentence.start, sentence.end)
    verb_starts = [h.first for h in hits]
    for h in hits:
        verb = _Word(h.first, h.last, text[h.first : h.last])
        if text.startswith("-", verb.end):
            continue  # "end-August", "halt-and-release": part of a compound word
        if _aspectual(text, sentence, verb):
            continue  # "halted sending migrants back": the sending is the action, ended
        eligible = _eligible_readings(text, sentence, verb)
        walk = _Walk(text, sentence, verb, objects, verb_starts)  # the same for every reading
        for at, reading in enumerate(eligible):
            found = _with_object(walk, reading, headline)
            if found is not None:
                for other in eligible[at + 1 :]:  # the reading whose object comes first:
                    nearer = _with_object(walk, other, headline)  # "halted the issuance of
                    # visas to Nicaraguans": halts the visas, not the Nicaraguans
                    if nearer is not None and nearer.start == found.start:
                        found = nearer if nearer.end < found.end else found
                yield found
                break
            bare = _without_object(walk, reading, headline)
            if bare is False:
                break
            if bare is not None:
                yield bare
                break


def _aspectual(text: str, sentence: Sentence, verb: _Word) -> bool:
    """True for a verb that ends the action an -ing verb right after it states ("halted
    sending migrants back", "stopped issuing visas"): that action is the record, which
    :func:`_status` reads as reversed, and the verb before it states none of its own."""
    if "ENDED" not in _modality().get(verb.text.lower(), frozenset()):
        return False
    after = _word_after(text, sentence, verb.end)
    return any(r.form == "ing" for r in _verb_readings().get(after, ()))


def _eligible_readings(text: str, sentence: Sentence, verb: _Word) -> list[_Reading]:
    """The readings of a verb's word that its place allows: not a base or third-person
    form where a noun stands ("a halt", "the bans", "buses of migrants"), an -ing form
    after a determiner when the word is also a noun, nor a past form after a determiner
    ("a closed port")."""
    before = _word_before(text, sentence, verb.start)
    classes = _modality().get(before, frozenset())
    noun_slot = (
        "DETERMINER" in classes
        or ("PREPOSITION" in classes and before != "to")
        or before.endswith(_POSSESSIVE)  # "Biden's request": a noun
    )
    after = _word_after(text, sentence, verb.end)
    noun_next = after == "of" or bool(_modality().get(after, frozenset()) & _AUXILIARY)
    return [
        reading
        for reading in _verb_readings()[verb.text.lower()]
        if not (
            (reading.form in {"base", "third"} and noun_slot)  # "a halt", "the bans"
            or (reading.form == "ing" and "DETERMINER" in classes and _has_noun(verb, reading))
            or (reading.form in {"base", "third"} and noun_next)  # "buses of migrants"
            or (reading.form in _FINITE_PAST and "DETERMINER" in classes)  # "a closed port"
        )
    ]


def _without_object(
    walk: _Walk, reading: _Reading, headline: bool
) -> _Candidate | Literal[False] | None:
    """The action a verb form states with no object, when the rules pair its class with
    any object ("*"): "troops were deployed", "agreed to send troops" (up to what was
    agreed); False when the verb states no action at all (a tally, a description of
    people, "deport themselves", talks: "agreed to meet"); None when this reading does
    not, and the next may."""
    text, sentence, verb, objects = walk.text, walk.sentence, walk.verb, walk.objects
    rule = _rules().get((reading.cls, "*"))
    if rule is None or reading.form not in _VERBAL:
        return None
    if reading.form == "base" and not _governed(text, sentence, verb):
        return None  # "has broad appeal": a noun, which no "to" or modal makes a verb
    after = _word_after(text, sentence, verb.end)
    if after in _REFLEXIVES:
        return False  # "invited migrants to deport themselves": no government acts
    if _tallies(text, sentence, verb, reading) and (
        _figure_after(text, sentence, verb) or _counted_before(objects, text, sentence, verb)
    ):
        return False  # "deported more than 400,000 people", "9,000 were deported": a tally
    if reading.form in {"past", "participle"} and _describes_people(objects, text, verb):
        return False
    if verb.text.lower().endswith(" to") and "DELIBERATE" in _modality().get(after, frozenset()):
        return False  # "agreed to meet", "agreed to review": talks, not a measure
    end = _agreed(text, sentence, verb) if verb.text.lower().endswith(" to") else verb.end
    return _read_by_verb(rule, verb, reading, (verb.start, end), headline)


def _governed(text: str, sentence: Sentence, verb: _Word) -> bool:
    """True for a base form that something before it makes a verb: "to", a modal ("would
    appeal", "plans to deport"), a plural pronoun, or a verb it is joined to ("arrest and
    deport"), past an adverb ("will quickly appeal")."""
    words = text[max(sentence.start, verb.start - 40) : verb.start].lower().split()
    if words and words[-1].endswith("ly"):
        words.pop()
    if not words:
        return False
    before = words[-1]
    return before in _VERB_MAKERS or not _modality().get(before, frozenset()).isdisjoint(_GOVERNING)


def _bounds_figure(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens with the bound of a figure ("as many as"): a
    noun's object follows a preposition ("the deployment of 5,000 troops"), never that."""
    found = _modal_words(text, start, end)
    return (
        bool(found) and "QUANTIFIER" in found[0][1] and not text[start : found[0][0].start].strip()
    )


def _has_noun(verb: _Word, reading: _Reading) -> bool:
    """True when the verb's word is also listed as the noun of its class ("reopening")."""
    return any(
        other.cls == reading.cls and other.form == "noun"
        for other in _verb_readings()[verb.text.lower()]
    )


def _with_object(walk: _Walk, reading: _Reading, headline: bool) -> _Candidate | None:
    """The action one reading of a verb states with its object: the first object after the
    verb that a rule pairs the reading with ("signed a law"), else, for a passive, a
    compound or a reduced relative, the object right before it ("the law was signed",
    "border closures", "the deal reached in June"); None when no object makes one, or
    when the phrase is no action (a tally, an -ing word that describes a noun)."""
    after = _object_after(walk, reading, headline)
    if after is False:
        return None
    if after is not None:
        return after
    return _object_before(walk, reading, headline)


class _Walk:
    """The objects after one verb that its phrase reaches, each as its index, the gap
    from the verb to it and the object that heads its compound (or it): in its clause and
    governed by no other verb. What a walk finds does not depend on the verb's reading,
    so every reading of the verb at one place takes the steps one walk found, and the walk
    goes only as far as some reading has asked. It carries the verb's place (``text``,
    ``sentence``, ``verb``, ``objects``), which is all a reading's rules read besides the
    reading itself."""

    __slots__ = (
        "_auxiliary",
        "_done",
        "_index",
        "_starts",
        "_steps",
        "objects",
        "sentence",
        "text",
        "verb",
    )

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        verb: _Word,
        objects: _Objects,
        verb_starts: list[int],
    ):
        self.text = text
        self.sentence = sentence
        self._auxiliary: frozenset[str] | None = None
        self.verb = verb
        self.objects = objects
        self._starts = verb_starts
        self._steps: list[tuple[int, str, tuple[_Word, str]]] = []
        self._index = bisect.bisect_left(objects.starts, verb.end)
        self._done = False

    def auxiliary_before(self, aux: frozenset[str] = frozenset({"BE", "HAVE"})) -> bool:
        """:func:`_auxiliary_before` the verb, its auxiliary looked up once."""
        if self._auxiliary is None:
            text, sentence, verb = self.text, self.sentence, self.verb
            self._auxiliary = _auxiliary(text, max(sentence.start, verb.start - 30), verb.start)
        return not aux.isdisjoint(self._auxiliary)

    def steps(self) -> Iterator[tuple[int, str, tuple[_Word, str]]]:
        """The steps, those found before first, then as many more as are asked for."""
        at = 0
        while True:
            if at < len(self._steps):
                yield self._steps[at]
                at += 1
                continue
            step = self._step()
            if step is None:
                return
            self._steps.append(step)

    def _step(self) -> tuple[int, str, tuple[_Word, str]] | None:
        if self._done or self._index >= len(self.objects.found):
            self._done = True
            return None
        text, verb, objects, index = self.text, self.verb, self.objects, self._index
        obj, cls = objects.found[index]  # (no slice: a copy per verb would be quadratic)
        gap = text[verb.end : obj.start]
        quoted = gap.rstrip('“"‘')  # an opening quote on the name: the “remain in Mexico” rule
        if not _close_gap(quoted, max_words=_MAX_GAP_WORDS) or _clause_between(text, verb, obj):
            self._done = True  # too far, or in another clause ("dispersed after officials
            return None  # took migrants")
        if _verb_between(
            text, self._starts, objects, verb.end, _modified(text, verb.end, obj.start)
        ):
            self._done = True  # another verb governs it: "blamed the rise on the reversal
            return None  # of the policy"
        self._index += 1
        head = _compound_head(text, objects, index)
        # "the Asylum Cooperation Agreements": agreements, not asylum
        return index, gap, head if head is not None else (obj, cls)


def _clause_between(text: str, verb: _Word, obj: _Word) -> bool:
    """True when another clause opens between a verb and an object after it: a conjunction
    ("dispersed after officials took migrants"), a subject pronoun ("made it clear they
    won't let the caravan"), or a negation, whose clause has a verb of its own ("to end MPP
    did not violate federal law")."""
    names = _modal_names(text, verb.end, obj.start)
    if not _clause_conjunctions().isdisjoint(names) or not _modal_class("NEGATION").isdisjoint(
        names
    ):
        return True
    return not _SUBJECT_PRONOUNS.isdisjoint(text[verb.end : obj.start].lower().split())


def _object_after(
    walk: _Walk, reading: _Reading, headline: bool
) -> _Candidate | Literal[False] | None:
    """The action with the first object after the verb, in its clause and governed by no
    other verb, that a rule pairs the reading with; False when the phrase is no action at
    all ("for returning citizens", "arrested 15,000 migrants"); None when no object after
    the verb makes one (the object may come before it)."""
    text, sentence, verb, objects = walk.text, walk.sentence, walk.verb, walk.objects
    rules = _rules()
    for index, gap, (obj, cls) in walk.steps():
        if reading.form == "ing" and not gap.strip() and _modifies(text, sentence, verb):
            return False  # "for returning citizens": the -ing word describes the noun
        if reading.form == "noun" and _bounds_figure(text, verb.end, verb.end + len(gap)):
            return False  # "spared from deportation as many as 5 million people": no "of"
        rule = rules.get((reading.cls, cls))
        if rule is None:
            continue
        if cls == "MONEY":
            obj, cls, rule = _fund_after(text, objects, index, reading, rule)
        sized = text.startswith(" of ", obj.end)  # "a group of 400": its size, not a tally
        if _tallies(text, sentence, verb, reading) and (
            _FIGURE.search(gap) or (_figure_after(text, sentence, obj) and not sized)
        ):
            return False  # "arrested 15,000 migrants", "expelled migrants 2.8 million times"
        return _read_by_verb(rule, verb, reading, (verb.start, obj.end), headline, (obj, cls))
    return None


def _object_before(walk: _Walk, reading: _Reading, headline: bool) -> _Candidate | None:
    """The action with the object right before the verb, when the verb's form lets what is
    acted on come first: a passive ("the law was signed", past an aside or a relative
    clause), a compound ("border closures"), a reduced relative ("the deal reached in
    June", "the orders Trump signed") or an ergative verb ("the port reopened"); None when
    none does, or when a figure makes it a tally ("9,000 migrants were deported")."""
    text, sentence, verb, objects = walk.text, walk.sentence, walk.verb, walk.objects
    past = reading.form in {"past", "participle"}
    passive = past and walk.auxiliary_before(frozenset({"BE"}))
    compound = reading.form == "noun"  # "border closure", "port closures"
    reduced = past and not passive and not walk.auxiliary_before()
    if not (passive or compound or reduced or (reading.ergative and reading.form in _VERBAL)):
        return None
    rules = _rules()
    tight = compound or (reduced and not reading.ergative)  # "the deal reached in June"
    limit = _aside_before(text, sentence, verb) if passive else verb.start
    if passive and limit == verb.start:  # "the law, which had been struck down by a judge"
        limit = _antecedent_end(text, sentence, _past_auxiliaries(text, sentence, verb)) or limit
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
            return _read_by_verb(rule, verb, reading, (obj.start, verb.end), headline, (obj, cls))
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


def _past_auxiliaries(text: str, sentence: Sentence, verb: _Word) -> _Word:
    """The verb with the auxiliaries right before it ("had been struck down"), so that the
    relative pronoun before them ("which had been struck down") opens its clause."""
    start = verb.start
    for _ in range(_MAX_BEFORE_WORDS):  # bounded: a few words, each a short window
        window = text[max(sentence.start, start - 30) : start]
        stripped = window.rstrip()
        words = stripped.split()
        if not words or not _modality().get(words[-1].lower(), frozenset()) & {"BE", "HAVE"}:
            break
        start = start - len(window) + len(stripped) - len(words[-1])
    return _Word(start, verb.end, text[start : verb.end])


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
    """The measures named by a noun phrase alone, outside the verbs' phrases (``taken``):
    those the rules make an action by themselves ("the supplemental budget request"), or
    with the country they target, their maker, what they are done under or what a
    relative clause says they do (:func:`_noun_rule`)."""
    spans = sorted((c.start, c.end) for c in taken)
    starts = [start for start, _end in spans]
    for obj, cls in objects.found:
        found = _noun_rule(text, obj, cls)
        if found is None:
            continue
        rule, classes = found
        near = bisect.bisect_left(starts, obj.end)  # phrases are short: look a little back
        if any(
            start < obj.end and obj.start < end
            for start, end in spans[max(0, near - _NEAR_PHRASES) : near]
        ):
            continue
        yield _Candidate(
            kind=rule.kind,
            start=obj.start,
            end=obj.end,
            verb=None,
            reading=None,
            obj=obj,
            obj_class=cls,
            rule=rule,
            headline=headline,
            classes=classes,
        )


def _noun_rule(text: str, obj: _Word, cls: str) -> tuple[_Rule, frozenset[str]] | None:
    """The rule under which a measure named alone is an action, with the verb classes it
    adds: its class's own ("*"), else as aimed at a country ("tariffs on Mexican goods"),
    as made by someone ("Trump's asylum ban"), as what something is done under, or as
    described by a relative clause ("a law that lets police arrest migrants"); else None."""
    rules = _rules()
    rule = rules.get(("*", cls))
    targeted = rules.get((_TARGETED_CLASS, cls))
    if rule is None and targeted is not None and _targeted(text, obj, cls):
        rule = targeted  # "tariffs on Mexican goods": a measure aimed at a country
    owned = rules.get((_OWNED_CLASS, cls))
    if cls in _COURT_MADE:  # "a recent Supreme Court ruling": a court's, introduced anew
        if rule is None and owned is not None and _court_made(text, obj):
            rule = owned
    elif rule is None and owned is not None and _owned(text, obj):
        rule = owned  # "Trump's asylum ban": a measure someone made
    if rule is not None:
        return rule, frozenset()
    rule = rules.get((_DESCRIBED_CLASS, cls))
    under = rules.get((_UNDER_CLASS, cls))
    if under is not None and _under(text, obj):
        rule = under
    elif rule is None or not (
        _described(text, obj.end) or (cls in _PURPOSED and _purposed(text, obj.end))
    ):
        return None
    return rule, frozenset({_DESCRIBED_CLASS})


def _targeted(text: str, obj: _Word, cls: str) -> bool:
    """True for a measure aimed at a country named right after it ("tariffs on Mexican
    goods", "sanctions against Colombia"), or a deal made with a government named right
    after it, by its country or its capital ("a deal with Caracas", "the new pact with
    Mexico"): one in force or threatened, not a word about such measures ("tariffs hurt
    exporters") nor the verb "deal with" ("to deal with the surge in Texas")."""
    words = text[obj.end : obj.end + _MAX_GAP_CHARS].split()[:_TARGET_WORDS]
    if cls in _PARTNERED:
        before = text[max(0, obj.start - 40) : obj.start].lower().split()[-_OWNER_WORDS:]
        named = any(
            "DETERMINER" in _modality().get(w, frozenset()) or w.endswith(_POSSESSIVE)
            for w in before
        )
        if not named or not words or words[0].lower() not in _PARTNER_WORDS:
            return False
        stop = min(len(text), obj.end + len(" ".join(words)) + 1)
        return bool(find_countries(text, obj.end, stop) or find_places(text, obj.end, stop))
    if not words or words[0].lower() not in _TARGET:
        return False
    stop = obj.end + len(" ".join(words)) + 1
    return bool(find_countries(text, obj.end, min(len(text), stop)))


def _court_made(text: str, obj: _Word) -> bool:
    """True for a ruling a court made, introduced by an indefinite article ("a court
    decision in Rome", "a recent Supreme Court ruling", "an appeals court's order"): a new
    ruling, where "the ruling" or "the court's decision" names one told of before."""
    words = [
        w.lower() for w in text[max(0, obj.start - 40) : obj.start].split()[-_OWNER_WORDS - 1 :]
    ]
    named = obj.text.lower().startswith("court") or any(
        w.removesuffix("'s").removesuffix("’s") in _COURT_WORDS for w in words
    )
    return named and not {"a", "an"}.isdisjoint(words)


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


def _purposed(text: str, position: int) -> bool:
    """True when "to" and a policy verb's base form follow a measure ("agreements to send
    asylum seekers back", "a law to let police arrest"): what the measure is for, which
    belongs to it (the guideline's clarification), and names a measure in the making."""
    if not text.startswith(" to ", position):
        return False
    after = text[position + 4 : position + 34].split()
    return bool(after) and any(r.form == "base" for r in _verb_readings().get(after[0].lower(), ()))


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """The candidates in text order, the longest of those that start together, none
    overlapping one kept before it."""
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
            purpose = close and (
                _links(text, last.end, cand.start) or (_words(gap) <= 2 and not _joins(gap))
            )
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
                and not _conjoined(text, last.end, cand.start)  # "in exchange for a delay"
            )
            if _challenged_after(text, last, cand):
                merged[-1] = evolve(last, contested=True)  # "... was challenged in court"
            elif (purpose or same or listed) and not _has_own_subject(text, cand):
                kind = cand.kind if _policy_of(text, last, cand) else last.kind
                merged[-1] = evolve(
                    last, kind=kind, end=cand.end, classes=last.classes | cand.classes
                )
                continue
        merged.append(cand)
    return merged


def _policy_of(text: str, last: _Candidate, cand: _Candidate) -> bool:
    """True for a policy or programme named by what it does, a gerund after "of" ("its
    policy of removing asylum seekers", "a programme of returning migrants"): the measure
    is of the gerund's kind, a policy of removals a deportation measure (the Independent,
    BBC, Reuters on the Rwanda scheme; AP on a "policy of separating families")."""
    return (
        last.obj is not None
        and last.obj.end == last.end  # the policy ends the phrase: "announced a policy"
        and last.obj_class == _GENERIC_MEASURE
        and cand.reading is not None
        and cand.reading.form == "ing"
        and text[last.end : cand.start].strip().lower() == "of"
    )


def _joins(gap: str) -> bool:
    """True for a gap that is only a conjunction ("and", "or"): what follows is a second
    action ("paused the construction and rescinded the emergency"), not the first one's
    purpose."""
    return bool(gap.split()) and all(
        "CONJUNCTION" in _modality().get(word.lower(), frozenset()) for word in gap.split()
    )


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
    its purpose ("declared an emergency to build the wall"), which attaches to it, nor
    what a clause of time or cause after it states ("after the state built a wall")."""
    gap = text[since : cand.start]  # from the order, or the measure it directs before
    if _CLAUSE_BREAK.search(gap) is not None or len(gap) > _REACH:
        return False
    names = _modal_names(text, since, cand.start)
    if not _modal_class("PERMITS").isdisjoint(names):
        return False  # "an order allowing police to arrest": what it lets happen
    if not _modal_class("SUBORDINATE").isdisjoint(names):
        return False  # "praised the order, which came after Texas built a wall": its own
    if not _modal_class("DIRECTS").isdisjoint(names):
        return True  # "an order directing the army to seal the border"
    return _modal_class("PURPOSE").isdisjoint(names)  # "to build the wall": its purpose


def _head(word: _Word | None) -> str:
    return word.text.lower().split()[-1].rstrip("s") if word is not None else ""
