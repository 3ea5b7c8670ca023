"""One sentence's meeting word read into an :class:`_Event`: its parties, its
governments, its status and date, its place and topic; a tour or a list of stops gives
one event per stop. :func:`_events` reads every meeting word of the article in turn.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs
from attrs import define, field, frozen

from migrationnews.extract.meetings._governments import (
    _between_governments,
    _government,
    _subject_governments,
)
from migrationnews.extract.meetings._participants import (
    _addressed_by,
    _antecedent,
    _appositive,
    _between_group,
    _described,
    _group_lead,
    _Index,
    _main_subject,
    _Named,
    _names,
    _names_of,
    _object_list,
    _office_of,
    _passive,
    _pronoun,
    _pronoun_object,
    _relative_parties,
    _relative_visitor,
    _speaker,
    _subjects,
    _two_sides,
)
from migrationnews.extract.meetings._places import (
    _building,
    _location,
    _planned_place,
    _proper_venue,
    _whereabouts,
)
from migrationnews.extract.meetings._timing import (
    _carried_date,
    _date,
    _dated_status,
    _in_order,
    _negated,
    _status,
)
from migrationnews.extract.meetings._tours import (
    _destinations,
    _stops,
    _tour_stops,
)
from migrationnews.extract.meetings._vocabulary import (
    _NEAR,
    _SUBJECT,
    _WORD,
    _another_event,
    _clause_end,
    _glue,
    _marked,
    _pattern,
    _planned_after,
    _topic_only,
    _Trigger,
    _triggers,
)
from migrationnews.records import MeetingKind, MeetingStatus, Official
from migrationnews.ruledata import Hit
from migrationnews.text import Document, Sentence
from migrationnews.values import Period, Place, PlaceKind, Span

# Words that make a meeting word report a further event: "Afterward, Ruiz met ...", "Ruiz
# also met ...", "Later she spoke with ...".
_SEQUEL = frozenset(
    {"afterward", "afterwards", "later", "then", "also", "subsequently", "thereafter", "next"}
)
# A verb of speaking that names no phone or screen: "spoke with", "talked to", "chatted
# with" (what a meeting told just before was about, or a call of its own).
_SPEAKING = re.compile(
    r"\A(?:spoke|spoken|speaks?|talk(?:ed|s)?|chatted|conversed)\b(?!.*\b(?:phone|telephone|video)\b)"
)
# A reduced relative that plans the event named before it: "a meeting with Paz, scheduled
# for Friday", "talks set for next week", "the call, which is slated for Monday".
_SET_FOR = re.compile(
    r"\s*,?\s*(?:which\s+(?:is|was)\s+|that\s+(?:is|was)\s+)?(?:scheduled|set|planned|slated)"
    r"\s+(?:for|to\s+take\s+place)\b"
)
_ABOUT = re.compile(r"\s+about\b", re.IGNORECASE)  # "spoke about ...": a topic follows
_AGENT = re.compile(r"\s+(?:(?:led|headed)\s+)?by\b")  # "a visit (led) by": the visitor
# A phrase fronted before the main clause, naming the event: "In a call with ...",
# "During their meeting ...", "After talks with ...".
_OWNER = re.compile(
    r"\b(?:her|his)\s+(?:[\w'’-]+\s+){0,2}\Z", re.IGNORECASE
)  # "her (maiden) visit"
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
# What may stand between a meeting verb and a meeting noun that is its object: "host a
# summit", "hosted the annual meeting", "recibió una visita".
_EVENT_OBJECT = re.compile(
    r"""\s+(?:an?|the|its|their|his|her|una?|la|el|su)\s+""",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"[\w'’-]+\s+")  # a modifier before the noun: "annual", "first"
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced)\b")  # a report's own clause
_TO_BEFORE = re.compile(r"\bto\s+\Z", re.IGNORECASE)  # an infinitive's "to" before a verb
_BY = re.compile(r"\bby\b")  # the agent of a passive: "welcomed at the palace by ..."
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
_MAX_TOPIC = 80


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
    # a noun after "the" or a possessive ("the meeting with ...", "Hale's talks with ..."):
    # an event that may have been told before, whoever it names
    definite: bool = False
    object_countries: list[str] = field(factory=list)  # the countries the objects serve
    date: Period | None = None
    location: Place | None = None
    topic: str | None = None
    venue: Place | None = None  # a place no gazetteer knows: "at Camp David"
    spans: list[Span] = field(factory=list)
    # two sides that "spoke" or "talked", no phone named: a call, or what a meeting told
    # before was about ("met Paz ... Ruiz and Paz spoke about trade")
    spoke: bool = False


def _sequel(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the meeting word at ``start`` reports a further event: "also met", "then
    spoke with", "is also due to meet", a sentence opening "Afterward," or "Later,"."""
    lead = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 24) : start])]
    first = [w.lower() for w in _WORD.findall(text[sentence.start : sentence.start + 20])][:1]
    if lead and lead[-1] == "to" and "also" in lead[-4:]:
        return True  # "is also due to meet", "will also travel to"
    return any(w in _SEQUEL for w in (*lead[-2:], *first))


def _topic(doc: Document, start: int, end: int) -> str | None:
    """What the event was about, after a cue within reach of ``start`` ("to discuss
    migration", "talks on security"), up to a clause or a punctuation mark."""
    cue = _TOPIC_START.search(doc.text, start, min(end, start + _NEAR))
    if cue is None:
        return None
    stop = _TOPIC_END.search(doc.text, cue.end(), min(end, cue.end() + _MAX_TOPIC))
    topic = doc.text[cue.end() : stop.start() if stop else min(end, cue.end() + _MAX_TOPIC)]
    topic = topic.strip()
    return topic or None


@frozen
class _Word:
    """A meeting word being read, with the sentence it stands in."""

    doc: Document
    index: _Index
    served: dict[str, str | None]  # the country each official of the article serves
    number: int  # the sentence's place in the article
    sentence: Sentence
    hit: Hit
    trigger: _Trigger
    kind: MeetingKind  # the trigger's kind: an event word, not a mark alone


@frozen
class _Sides:
    """The officials a meeting word names on each side of it."""

    subjects: list[_Named]  # before the word: its subject, or a meeting noun's owner
    objects: list[_Named]  # listed after the word, after a passive's "by" or after "with"
    list_end: int  # where the list after the word ends


def _events(doc: Document, index: _Index) -> list[_Event]:
    """Every event the article's meeting words report, in text order. A mark alone
    ("will", "plans to") and a word negated where it stands ("did not meet") report none."""
    events: list[_Event] = []
    triggers = _triggers()
    served = {o.name: o.country for o in doc.found(Official)}
    text, vocabulary = doc.text, _pattern()
    every = vocabulary.finditer(text)  # the article's words, in one scan
    starts, ends = [hit.start() for hit in every], [hit.end() for hit in every]
    for number, sentence in enumerate(doc.sentences):
        if _without_words(text, sentence, starts, ends):
            continue
        for m in vocabulary.finditer(text, sentence.start, sentence.end):
            trigger = triggers[m.group().casefold()]
            if trigger.kind is None or _negated(doc.text, sentence, m):
                continue
            if trigger.kind is MeetingKind.SUMMIT and _topic_only(text, sentence, m):
                continue  # "to work on the summit": a topic, not a gathering told
            if trigger.verb and _names_event(text, m.end(), sentence.end):
                continue  # "will host a summit": the noun tells the event
            word = _Word(
                doc=doc,
                index=index,
                served=served,
                number=number,
                sentence=sentence,
                hit=m,
                trigger=trigger,
                kind=trigger.kind,
            )
            events.extend(_read(word))
    return events


def _names_event(text: str, start: int, end: int) -> bool:
    """Whether a meeting verb's object, right after it, is a meeting noun: "will host a
    summit", "received a visit" (the noun is the event, read on its own)."""
    lead = _EVENT_OBJECT.match(text, start, end)
    if lead is None:
        return False
    for begin in (lead.end(), *(w.end() for w in _ONE_WORD.finditer(text, lead.end(), end))):
        noun = _pattern().match(text, begin, end)
        if noun is not None:
            return _triggers()[noun.group().casefold()].kind is not None
        if begin > lead.end():
            return False  # one word at most between the article and the noun
    return False


def _without_words(text: str, sentence: Sentence, starts: list[int], ends: list[int]) -> bool:
    """Whether the sentence plainly holds no meeting word: no word of the whole-article scan
    (at ``starts``-``ends``, in order, apart) overlaps it, and a blank or the text's end
    follows it, so that no word cut short at its end can be found in it alone (its start is
    no edge: the character in front of it leads a word either way, unless a word ends there)."""
    if sentence.end < len(text) and not text[sentence.end].isspace():
        return False
    first = bisect.bisect_left(ends, sentence.start)  # the first word ending at its start or on
    return first == len(ends) or starts[first] >= sentence.end


def _read(word: _Word) -> list[_Event]:
    """The events one meeting word reports: none when it names no counterpart, else one,
    or one per stop of a tour, of a trip's destinations or of a list of meetings."""
    doc, m, kind, trigger = word.doc, word.hit, word.kind, word.trigger
    sides = _read_sides(word)
    names, visitor_end = _party_names(word, sides)
    if trigger.sides and not _two_sides(names, word.served):
        return []  # a government signing alone, a bill signed at home, a tour with aides
    names, countries = _governments_of(word, sides, names)
    alone = not sides.objects and len(names) < 2 and not countries
    if trigger.verb and alone and not (kind is MeetingKind.VISIT and names):
        return []  # "met the demand": no counterpart named (a visit may find one later)
    status = _word_status(word, sides, visitor_end)
    clause_end = _clause_end(doc.text, word.sentence, m)
    stops = _stops(doc, word.index, sides.list_end, clause_end) if sides.objects else []
    bound = stops[0][1] if stops else clause_end  # where the next stop's clause begins
    about = trigger.sides and _ABOUT.match(doc.text, m.end()) is not None
    # "talked about the summit in June in Lima": the topic's day and place, not the talk's
    date = _date(
        doc,
        word.sentence,
        m.start(),
        status,
        m.end() if about else bound,
        reach=_past_gathering(doc.text, max(sides.list_end, m.end()), bound),
    )  # "talks between <two long titles> took place on Monday": past the list too
    status = _dated_status(doc, status, date)
    location = _place(word, sides, m.end() if about else bound)
    trip = kind is MeetingKind.VISIT and names and not countries
    if (
        trip
        and location is not None
        and (_glue().trips or _dated_plan(doc.text, status, date, word.sentence.start, m, bound))
    ):
        # "will travel to Washington": the government of the place visited (dropped
        # when it is the visitor's own); in English only a trip planned for a stated day
        # ("will visit Ottawa next week"), as a trip told in the past tense is as often a
        # migrant's or a policy's ("were returned to Mexico")
        countries = [location.country] if location.country else []
    venue = _venue(word, sides, bound) if location is None else None
    sequel = _sequel(doc.text, word.sentence, m.start())
    if status is MeetingStatus.HELD and names:
        if not (sequel and kind is MeetingKind.VISIT):
            # "Afterward, she met ..." that day; "later flew to ..." another one
            # (of a participant, or of the official whose act the sentence tells around
            # the event: "X praised Y during the leader's visit", after "X ... Tuesday")
            actors = [n.official.name for n in word.index.between(word.sentence.start, m.start())]
            date = date or _carried_date(
                doc, word.index, word.number, list(dict.fromkeys([*names, *actors]))
            )
        if location is None and kind is not MeetingKind.CALL:
            location = _whereabouts(doc, word.index, word.number, names, m.start())
    elif names and location is None and kind is not MeetingKind.CALL:
        # "Ruiz is in Lima on Friday, where she will be meeting ...": only in its sentence
        location = _whereabouts(doc, word.index, word.number, names, m.start(), recent=False)
    tour = _tour_stops(doc, m.end(), word.sentence.end, word.served, names) if trigger.tour else []
    if tour:
        location = tour[0]
        countries = [tour[0].country] if tour[0].country else []
    event = _Event(
        sentence=word.number,
        kind=kind,
        span=Span(m.start(), m.end()),
        status=status,
        # "the meeting", not "la gira que el Presidente realizará": its own visitor after "que"
        refers=_refers(word, sides) and visitor_end == m.end(),
        names=list(dict.fromkeys(names)),
        countries=countries,
        objects=[] if _AGENT.match(doc.text, m.end()) else _names_of(sides.objects),
        definite=not trigger.verb and _definite(word),
        object_countries=[
            c for c in (word.served.get(n) for n in _names_of(sides.objects)) if c is not None
        ],
        sequel=sequel,
        date=date,
        location=location,
        topic=_topic(doc, max(m.end(), sides.list_end), word.sentence.end),
        venue=venue,
        spans=[Span(m.start(), m.end())],
        spoke=kind in {MeetingKind.CALL, MeetingKind.TALKS}
        and (trigger.sides or (trigger.verb and _SPEAKING.match(m.group().casefold()) is not None)),
    )
    if tour:
        return [event, *_tour_events(event, tour[1:])]
    if kind is MeetingKind.VISIT and not sides.objects:
        destinations = _destinations(doc, m.end(), clause_end)
        if len(destinations) >= 2:  # "will visit Peru on Monday and Ecuador on Tuesday"
            return _destination_events(word, event, destinations)
    return [event, *_stop_events(word, event, names, sides.objects, stops)]


def _dated_plan(
    text: str, status: MeetingStatus, date: Period | None, start: int, m: Hit, end: int
) -> bool:
    """Whether an event is planned for a day said in its own clause: after its word (up
    to ``end``), or before it in a sentence (from ``start``) telling no other event before
    it: "will visit Ottawa on Monday", "On May 2, X will visit Ottawa", not "met X on Monday
    and will visit Y"."""
    if status is not MeetingStatus.PLANNED or date is None:
        return False
    if text.find(date.text, m.end(), end) >= 0:
        return True
    return date.text in text[start : m.start()] and not _another_event(text, start, m.start())


def _read_sides(word: _Word) -> _Sides:
    """The officials named before a meeting word and those listed after it: right after
    the word, else after the "by" of a passive verb ("Bukele was welcomed at the White
    House by President Trump"), else after a later "with" ("traveled to Mexico City to
    discuss migration with President ...", "held talks on Monday with ...")."""
    text, m, sentence, index = word.doc.text, word.hit, word.sentence, word.index
    subjects = _subjects(text, index, max(sentence.start, m.start() - _SUBJECT), m)
    objects, list_end = _object_list(text, index, m.end(), sentence.end)
    if not objects and word.trigger.verb and _passive(text, sentence, m.start()):
        agent = _BY.search(text, m.end(), min(sentence.end, m.end() + 2 * _NEAR))
        if agent is not None and not _another_event(text, m.end(), agent.start()):
            objects, list_end = _object_list(text, index, agent.end(), sentence.end)
    if not objects:
        later = _glue().with_.search(text, m.end(), min(sentence.end, m.end() + 2 * _NEAR))
        if later is not None and not _another_event(text, m.end(), later.start()):
            objects, list_end = _object_list(text, index, later.end(), sentence.end)
    if objects:
        # "will meet first with A at the ministry and later with B": the same meeting
        then = _THEN_WITH.search(text, list_end, min(sentence.end, list_end + 2 * _NEAR))
        if then is not None and not _another_event(text, list_end, then.start()):
            more, end = _object_list(text, index, then.end(), sentence.end)
            if more:
                objects, list_end = [*objects, *more], end
    return _Sides(subjects=subjects, objects=objects, list_end=list_end)


# Officials met next on the same occasion: "... and later with B", "and then with B".
_THEN_WITH = re.compile(
    r"\band\s+(?:later|then|afterwards?|subsequently|also)\s+(?:also\s+)?with\b"
)


def _definite(word: _Word) -> bool:
    """Whether the word before a meeting noun points back: "the", "their", a possessive."""
    m, sentence = word.hit, word.sentence
    before = _WORD.findall(word.doc.text[max(sentence.start, m.start() - 20) : m.start()])
    return bool(before) and (
        before[-1].lower() in _glue().referring or before[-1].endswith(("’s", "'s", "’", "'"))
    )


def _refers(word: _Word, sides: _Sides) -> bool:
    """Whether a meeting noun with no counterpart after it names an event told before:
    "the meeting", "their talks", "Harris' visit"."""
    if word.trigger.verb or sides.objects:
        return False
    m, sentence = word.hit, word.sentence
    before = _WORD.findall(word.doc.text[max(sentence.start, m.start() - 20) : m.start()])
    return bool(before) and (
        before[-1].lower() in _glue().referring or before[-1].endswith(("’s", "'s", "’", "'"))
    )


def _party_names(word: _Word, sides: _Sides) -> tuple[list[str], int]:
    """The names of the officials taking part, and where the clause of a visitor named
    after a visit noun ends (the word's own end when there is none). Beside the sides:
    the main subject after a fronted phrase, the speaker who addressed the subject, the
    officials a pronoun or "the leaders" points back to, the official "him" or "her"
    after a verb points back to, the visitor after "que"."""
    doc, m, sentence, index = word.doc, word.hit, word.sentence, word.index
    verb = word.trigger.verb
    before, objects = sides.subjects, sides.objects
    if verb and (described := _described(doc.text, index, sentence, m.start())):
        # "Ahead of his talks with Cole, the governor met Ruiz": the governor, not Cole
        before = [n for n in described if n.official.name not in _names_of(objects)]
    names = [n.official.name for n in (*before, *objects)]
    fronted: list[str] = []
    if not verb and not before and _FRONTED.match(doc.text, sentence.start, m.start()):
        # "In a call with Ruiz on Monday, President Jo Cole said ...": Cole too
        fronted = _names_of(_main_subject(doc.text, index, sides.list_end, sentence.end))
        names += fronted
    if len(before) == 1 and not verb:
        # "Vega told Peruvian President Paz in a phone call": Vega called too
        names = _names_of(_addressed_by(doc.text, index, sentence, before[0], m)) + names
    if fronted and _OWNER.search(doc.text, sentence.start, m.start()):
        pass  # "During her visit to Lima, President Jo Cole said": "her" is Cole
    elif not before and (speaker := _speaker(doc.text, index, sentence, m.start())):
        # '"I will meet Paz on Friday," President Jo Cole said': Cole
        names = _names_of(speaker) + [n for n in names if n not in _names_of(speaker)]
    elif not before:
        names = _pronoun(doc, m.start(), index, sentence, verb) + names
        if len(names) == 1 and objects and verb and _unsaid_subject(word):
            # "De igual manera, se reunirá con X": the one told of before meets X
            last = index.last_before(sentence.start)
            if last is not None:
                names = [_antecedent(doc.text, index, last).official.name, *names]
    elif len(before) == 1 and _group_lead(doc.text, sentence, m.start()):
        # "Biden called Sheinbaum, who ..., and the leaders agreed to meet"
        group = _pronoun(doc, m.start(), index, sentence, verb)
        names = group + [n for n in names if n not in group]
    if (
        not verb
        and not before
        and len(set(names)) == 1
        and objects
        and _TRIP_SUBJECT.match(doc.text, sentence.start, m.start())
        and (last := index.last_before(sentence.start)) is not None
    ):
        # "The visit ended Tuesday with a meeting with President Paz": the visitor told of
        # before meets Paz
        visitor = _antecedent(doc.text, index, last).official.name
        names = [visitor, *(n for n in names if n != visitor)]
    if not verb and len(set(names)) < 2:
        # "last week's call between the two leaders": the subject and the one named
        group = _between_group(doc, index, sentence, m)
        names = group + [n for n in names if n not in group]
    if verb and not objects and _OBJECT_PRONOUN.match(doc.text, m.end()):
        # "Castro received her at the palace": the official named before, not Castro
        names += _pronoun_object(doc.text, index, sentence, names)
    visitor_end = m.end()
    if not verb and not names and word.kind is not MeetingKind.VISIT:
        # "la llamada que tuvieron el viernes el presidente X y su homólogo Y"
        names = _relative_parties(doc.text, index, m.end(), sentence.end)
    if word.kind is MeetingKind.VISIT and not verb and not names:
        # "la gira que el Presidente realizará": the visitor after "que"
        names, visitor_end = _relative_visitor(doc.text, index, m.end(), sentence.end)
    return names, visitor_end


# A sentence opening with a trip told before as its subject: "The visit ended with ...",
# "His three-day trip concluded with ...".
_TRIP_SUBJECT = re.compile(
    r"\s*(?:The|His|Her|Their)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour)\s+"
    r"(?:ended|ends|concluded|concludes|closed|closes|wrapped\s+up|began|begins|opened"
    r"|opens|started|starts|included|includes|will\s+end|will\s+conclude|will\s+include)\b"
)


def _unsaid_subject(word: _Word) -> bool:
    """Whether the sentence opens with the meeting verb, its subject left unsaid (a
    language that drops it: "Luego se reunió con ..."), at most after a short phrase."""
    dropped = _glue().dropped_subject
    text, sentence, m = word.doc.text, word.sentence, word.hit
    return dropped is not None and dropped.match(text, sentence.start, m.start()) is not None


def _governments_of(word: _Word, sides: _Sides, names: list[str]) -> tuple[list[str], list[str]]:
    """The governments taking part by their country (the destination of a visit, or the
    counterpart of a word that lists no official), with ``names``; an office of one of
    those countries named before ("spoke with the Peruvian president") adds its holder to
    the names instead."""
    doc, m, sentence, kind = word.doc, word.hit, word.sentence, word.kind
    objects, list_end = sides.objects, sides.list_end
    countries: list[str] = []
    if kind is MeetingKind.VISIT or not objects:
        countries = _government(doc, m.end(), min(sentence.end, m.end() + _NEAR))
        if not word.trigger.verb and not countries:
            countries = _between_governments(doc, m, sentence.end)
    if not objects and not countries and word.trigger.verb:
        # "met in Washington on Wednesday with his Mexican counterpart": after "with"
        later = _glue().with_.search(doc.text, m.end(), min(sentence.end, m.end() + 2 * _NEAR))
        if later is not None and not _another_event(doc.text, m.end(), later.start()):
            countries = _government(doc, later.end(), min(sentence.end, later.end() + _NEAR))
    if kind is MeetingKind.VISIT and objects and not countries:
        # "a visit by Secretary Jo Ray to Peru": the place after the visitor
        countries = _government(doc, list_end, min(sentence.end, list_end + _NEAR))
    if not sides.subjects and not names and kind is not MeetingKind.VISIT:
        subject = _subject_governments(doc, sentence, m)
        countries = subject + [c for c in countries if c not in subject]
    if countries and not objects and kind is not MeetingKind.VISIT:
        # "spoke with the Peruvian president": the president of Peru named before
        holder = _office_of(doc.text, word.index, m, min(sentence.end, m.end() + _NEAR))
        if holder is not None and holder.official.country in countries:
            names = [*names, holder.official.name]
            countries = [c for c in countries if c != holder.official.country]
    return names, countries


def _word_status(word: _Word, sides: _Sides, visitor_end: int) -> MeetingStatus:
    """The status the sentence gives the event before its date does: planned by a mark
    between the subject and the word or just after it, or after a visitor named after
    "que" ("la gira que ... realizará")."""
    doc, m = word.doc, word.hit
    opening = min([m.start(), *(n.span.start for n in sides.subjects)])
    sentence = word.sentence
    if word.trigger.sides and _ABOUT.match(doc.text, m.end()):
        # "talked about the upcoming summit": the topic's marks are not the talk's
        cut = Span(sentence.start, m.end())
        sentence = Sentence(cut, doc.text[cut.start : cut.end])
    status = _status(doc, sentence, opening, m)
    if visitor_end > m.end() and _marked(doc.text, m.end(), visitor_end):
        status = MeetingStatus.PLANNED
    if word.trigger.verb and (_headline_infinitive(word) or _planned_purpose(word)):
        # a headline's "Cole to host Vera for talks"; "Cole will fly to Lima to meet Paz"
        status = MeetingStatus.PLANNED
    if not word.trigger.verb and _planned_after(doc.text, word.sentence, m):
        status = MeetingStatus.PLANNED  # "la Cumbre que se celebrará en junio"
    if not word.trigger.verb and _SET_FOR.match(doc.text, max(m.end(), sides.list_end)):
        status = MeetingStatus.PLANNED  # "the meeting with Paz, scheduled for Friday"
    return status


def _headline_infinitive(word: _Word) -> bool:
    """Whether a meeting verb is a headline's infinitive, which tells what is to come:
    "Cole to host Peruvian president", "Rubio to visit Panama" (the article's first line,
    with no full stop, and "to" right before the verb)."""
    text, sentence, m = word.doc.text, word.sentence, word.hit
    if word.number != 0 or text[sentence.start : sentence.end].rstrip().endswith("."):
        return False
    return _TO_BEFORE.search(text, max(sentence.start, m.start() - 5), m.start()) is not None


def _planned_purpose(word: _Word) -> bool:
    """Whether a meeting verb is the infinitive of purpose of a plan said before it in its
    sentence: "Cole is to return to Lima on Sunday with Ruiz to sign a deal with Paz" (a
    planned mark earlier in the sentence, within :data:`_SUBJECT` characters, not after a
    reporting verb)."""
    text, sentence, m = word.doc.text, word.sentence, word.hit
    if _TO_BEFORE.search(text, max(sentence.start, m.start() - 5), m.start()) is None:
        return False
    start = max(sentence.start, m.start() - _SUBJECT)  # a bounded look back: linear time
    return _marked(text, start, m.start()) and not _SAID_BEFORE.search(text, start, m.start())


# The gathering a meeting was held beside: "on the sidelines of", "on the margins of".
_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\b", re.I)


def _past_gathering(text: str, start: int, bound: int) -> int:
    """Where the words of an event end, ``start`` (the end of its list of participants),
    or a reach past "on the sidelines of" just after it, whose gathering's long name may
    stand before the place and day ("met Paz on the sidelines of the Council of Justice and
    Home Affairs in Brussels on Thursday")."""
    margins = _SIDELINES.search(text, start, min(bound, start + _NEAR))
    return start if margins is None else min(bound, margins.end() + _NEAR)


def _place(word: _Word, sides: _Sides, bound: int) -> Place | None:
    """Where the event was held, read before ``bound`` (where the next stop begins): a
    visit's destination after its word ("in Panama ahead of a visit to Mexico": Mexico),
    else a place around the word (not in the subject's appositive), else the place after
    a meeting noun's planned mark. A call is held nowhere but at a visit's destination."""
    doc, m, sentence, kind = word.doc, word.hit, word.sentence, word.kind
    reach = min(bound, _past_gathering(doc.text, max(sides.list_end, m.end()), bound) + _NEAR)
    location = None
    if kind is MeetingKind.VISIT:
        location = _location(doc, m.end(), reach, m.end())
    if location is None and kind is not MeetingKind.CALL:
        location = _location(
            doc,
            max(sentence.start, m.start() - _NEAR),
            reach,
            m.start(),
            _appositive(doc.text, sides.subjects, m.start()),
        )
    if location is None and not word.trigger.verb and kind is not MeetingKind.CALL:
        location = _planned_place(doc, m.end(), sentence.end)
    if location is None and kind is not MeetingKind.CALL:
        # "welcomed Paz, the newly elected president of Peru, to the White House": a
        # building past the counterpart's appositive, in the word's clause
        after = max(sides.list_end, m.end())
        location = _building(doc.text, after, min(bound, after + 2 * _NEAR))
    return location


def _venue(word: _Word, sides: _Sides, bound: int) -> Place | None:
    """A capitalised place around the word that no gazetteer knows ("at Mar-a-Lago"):
    weaker than a gazetteer place, a headline or a dateline; none for a call."""
    if word.kind is MeetingKind.CALL:
        return None
    m, sentence = word.hit, word.sentence
    return _proper_venue(
        word.doc.text,
        max(sentence.start, m.start() - _NEAR),
        min(bound, max(sides.list_end, m.end()) + _NEAR),
        _appositive(word.doc.text, sides.subjects, m.start()),
    )


def _tour_events(event: _Event, stops: Sequence[Place]) -> list[_Event]:
    """A tour's further stops, each a visit with the government of its country."""
    return [
        _Event(
            sentence=event.sentence,
            kind=event.kind,
            span=event.span,
            status=event.status,
            refers=False,
            names=list(event.names),
            countries=[stop.country] if stop.country else [],
            date=event.date,
            location=stop,
            spans=list(event.spans),
        )
        for stop in stops
    ]


def _destination_events(
    word: _Word, visit: _Event, destinations: Sequence[tuple[Place, int, int]]
) -> list[_Event]:
    """A trip listing its destinations, one visit each with its own day ("will visit Peru
    on Monday and Ecuador on Tuesday"); a place of the visitors' own country (or, of
    visitors serving no known country, any place but a country) is no visit abroad."""
    homes = {word.served.get(n) for n in visit.names} - {None}
    last_date = visit.date
    events = []
    for place, begin, end in destinations:
        stop_date = _date(word.doc, word.sentence, begin, visit.status, end) or visit.date
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
                status=_dated_status(word.doc, visit.status, stop_date),
                location=place,
                spans=list(visit.spans),
            )
        )
    return events


def _stop_events(
    word: _Word,
    event: _Event,
    names: Sequence[str],
    objects: Sequence[_Named],
    stops: Sequence[tuple[_Named, int, int]],
) -> list[_Event]:
    """A list of meetings each with its own place or day ("met A in X on Sunday, B in Y
    on Monday"): one meeting of the visitors with each further stop's official."""
    met = _names(objects)
    visitors = [n for n in names if n not in met]
    last_date = event.date
    events = []
    for host, begin, end in stops:
        stop_date = _date(word.doc, word.sentence, begin, event.status, end)
        stop_date = last_date = _in_order(last_date, stop_date)
        events.append(
            _Event(
                sentence=event.sentence,
                kind=event.kind,
                span=host.span,
                status=_dated_status(word.doc, event.status, stop_date),
                refers=False,
                names=[*visitors, host.official.name],
                objects=[host.official.name],
                date=stop_date,
                location=_location(word.doc, begin, end, begin),
                spans=list(event.spans),
            )
        )
    return events
