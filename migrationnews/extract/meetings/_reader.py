"""One sentence's meeting word read into an :class:`_Event`: its parties, its
governments, its status and date, its place and topic; a tour or a list of stops gives
one event per stop. :func:`_events` reads every meeting word of the article in turn.
"""

from __future__ import annotations

import re

import attrs
from attrs import define, field

from migrationnews.extract.meetings._governments import (
    _between_governments,
    _government,
    _subject_governments,
)
from migrationnews.extract.meetings._participants import (
    _addressed_by,
    _appositive,
    _group_lead,
    _Index,
    _main_subject,
    _names,
    _names_of,
    _object_list,
    _office_of,
    _passive,
    _pronoun,
    _pronoun_object,
    _relative_visitor,
    _subjects,
    _two_sides,
)
from migrationnews.extract.meetings._places import (
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
    _triggers,
)
from migrationnews.records import MeetingKind, MeetingStatus, Official
from migrationnews.text import Document, Sentence
from migrationnews.values import Period, Place, PlaceKind, Span

# Words that make a meeting word report a further event: "Afterward, Ruiz met ...", "Ruiz
# also met ...", "Later she spoke with ...".
_SEQUEL = frozenset(
    {"afterward", "afterwards", "later", "then", "also", "subsequently", "thereafter", "next"}
)
_AGENT = re.compile(r"\s+(?:(?:led|headed)\s+)?by\b")  # "a visit (led) by": the visitor
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
    date: Period | None = None
    location: Place | None = None
    topic: str | None = None
    venue: Place | None = None  # a place no gazetteer knows: "at Camp David"
    spans: list[Span] = field(factory=list)


def _sequel(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the meeting word at ``start`` reports a further event: "also met", "then
    spoke with", a sentence opening "Afterward," or "Later,"."""
    lead = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 20) : start])][-2:]
    first = [w.lower() for w in _WORD.findall(text[sentence.start : sentence.start + 20])][:1]
    return any(w in _SEQUEL for w in (*lead, *first))


def _topic(doc: Document, start: int, end: int) -> str | None:
    cue = _TOPIC_START.search(doc.text, start, min(end, start + _NEAR))
    if cue is None:
        return None
    stop = _TOPIC_END.search(doc.text, cue.end(), min(end, cue.end() + _MAX_TOPIC))
    topic = doc.text[cue.end() : stop.start() if stop else min(end, cue.end() + _MAX_TOPIC)]
    topic = topic.strip()
    return topic or None


def _events(doc: Document, index: _Index) -> list[_Event]:
    events: list[_Event] = []
    vocabulary = _triggers()
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
