"""Events of one meeting merged across sentences (:func:`_merge`, :func:`_same`),
what the sentences around an event add to it (the officials of unattributed talks, the
place of a visit or of a delegation, a visit's host, a building's town), and each event
into a :class:`~migrationnews.records.Meeting` (:func:`_meeting`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from migrationnews.extract.meetings._participants import (
    _Index,
)
from migrationnews.extract.meetings._places import (
    _near,
    _rank,
)
from migrationnews.extract.meetings._reader import (
    _Event,
)
from migrationnews.extract.meetings._vocabulary import (
    _CARRY,
    _WORD,
    _another_event,
    _glue,
    _pattern,
    _triggers,
)
from migrationnews.records import Meeting, MeetingKind, MeetingStatus, Official
from migrationnews.values import Place, PlaceKind

_PENDING = 3  # sentences after unattributed talks in which their officials may be named
_HOSTED = 3  # sentences from a visit in which its host may be named
_VISITOR_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_MAX_OPEN = 16  # recent events a new mention may belong to
_MERGE_WINDOW = 12  # sentences across which mentions of one event merge
_MAX_DELEGATES = 16  # participants of one meeting, its delegations included
_STAY = 3  # days after a planned arrival in which a meeting stating no place is held there


def _staff_place(recent: Sequence[_Event], event: _Event) -> None:
    """Named talks stating no place, right after a meeting of no named official that
    states one, are that meeting's delegation: "a meeting next week in Washington ... The
    delegation will be led by ..." (in Washington)."""
    if event.location is not None or not event.names or event.kind is not MeetingKind.TALKS:
        return
    for earlier in reversed(recent):
        place = earlier.location
        if (
            0 < event.sentence - earlier.sentence <= _PENDING
            and not earlier.names
            and place is not None
            and earlier.kind is not MeetingKind.CALL
        ):
            event.location = place  # and its government the host
            if place.country and place.country not in event.countries:
                event.countries.append(place.country)
            return


def _same(earlier: _Event, later: _Event) -> bool:
    """Whether ``later`` reports the event ``earlier`` began."""
    if later.sentence - earlier.sentence > _MERGE_WINDOW:
        return False
    if later.refers and (
        later.kind in {earlier.kind, MeetingKind.MEETING}
        or (later.kind is MeetingKind.TALKS and earlier.kind is MeetingKind.MEETING)
    ):
        return True  # "met Ruiz on Monday", then "the talks": that meeting
    if (
        earlier.kind is MeetingKind.VISIT
        and later.kind is not MeetingKind.VISIT
        and later.sentence == earlier.sentence
        and later.status is earlier.status
        and set(earlier.names) & set(later.names)
        and not later.sequel
        and _during(earlier, later)
    ):
        return True  # "will return to Tunis with Ruiz to sign a deal with Paz": on that trip
    if (
        earlier.objects
        and later.objects
        and not later.refers
        and (later.sequel or not set(later.objects) & set(earlier.names))
    ):
        return False  # "Afterward, Ruiz met ...", or Ruiz meeting others: another meeting
    if (
        earlier.status is MeetingStatus.HELD
        and later.status is MeetingStatus.PLANNED
        and earlier.kind in {MeetingKind.MEETING, MeetingKind.TALKS}
        and not later.refers
        and set(later.names) - set(earlier.names)
    ):
        return False  # "Ruiz met Hale on Friday", then "Ruiz, Hale and Paz are to hold a news
        # conference": an event to come, with someone more (not a trip going on)
    if (
        earlier.status is MeetingStatus.PLANNED
        and later.status is MeetingStatus.HELD
        and earlier.date is None
        and later.date is not None
        and not later.refers
    ):
        return False  # "will sign a deal with Paz", then "visited Lima twice last month"
    if later.sequel and later.objects and not set(later.objects) & set(earlier.names):
        return False  # "Hale is also due to meet Vera": a meeting with someone new
    if later.sequel and not later.refers and later.kind is MeetingKind.VISIT:
        return False  # "Rubio later flew to San Salvador": the next stop, not this meeting
    if (
        earlier.status is MeetingStatus.HELD
        and later.status is MeetingStatus.PLANNED
        and later.kind is MeetingKind.VISIT
        and earlier.kind is not MeetingKind.VISIT
        and (later.location is not None or later.date is not None)
    ):
        # "a cordial dialogue", then "the tour he will make to Cuba": a trip of its own to
        # come (not "during her visit she would discuss": the visit going on)
        return False
    if _before_it(earlier, later):
        return False  # "will meet on Friday", then "a talk between two of them took place
        # earlier this week": another, earlier meeting
    if _spoke_at(earlier, later):
        return True
    if _elsewhere(earlier, later):
        return False
    calls = {earlier.kind is MeetingKind.CALL, later.kind is MeetingKind.CALL}
    if len(calls) == 2:
        return False  # a call is never the meeting or the visit beside it
    if not earlier.names and len(earlier.countries) < 2:
        # "after talks on Thursday", then who took part (not talks between governments)
        return (
            earlier.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
            and later.sentence - earlier.sentence <= _PENDING
            and (
                later.date is None
                # "will host a summit", then "will meet A and B on March 17": its day
                or (
                    earlier.date is None and earlier.status is later.status is MeetingStatus.PLANNED
                )
            )
        )
    if not set(earlier.names) & set(later.names):
        if _names_counterpart(earlier, later):
            return True  # "met Peru's foreign minister", then "the meeting with Ana Ruiz"
        return not later.names and later.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
    if earlier.location and later.location and not _near(earlier.location, later.location):
        return False
    return not (
        earlier.date
        and later.date
        and earlier.date.resolved
        and earlier.date != later.date
        and not earlier.date.contains(later.date)  # "next week", then "on Tuesday"
        and not later.date.contains(earlier.date)
    )


def _before_it(earlier: _Event, later: _Event) -> bool:
    """Whether ``later`` is dated "earlier" ("earlier this week", "earlier in the day")
    than a dated ``earlier`` that is not: an event of its own before it."""
    if later.refers or later.date is None or earlier.date is None:
        return False
    return later.date.text.casefold().startswith("earlier") and not (
        earlier.date.text.casefold().startswith("earlier")
    )


def _elsewhere(earlier: _Event, later: _Event) -> bool:
    """Whether a meeting with officials of other governments than a visit's destination is
    no part of that visit: "Harris, who will also visit Mexico, ... will meet with President
    Giammattei" (of Guatemala) is a meeting of its own."""
    if earlier.kind is not MeetingKind.VISIT or later.kind is MeetingKind.VISIT:
        return False
    where = {*earlier.countries, *([earlier.location.country] if earlier.location else [])}
    where.discard(None)
    met = set(later.object_countries)
    return bool(where and met) and not (where & met) and later.sentence != earlier.sentence


def _spoke_at(earlier: _Event, later: _Event) -> bool:
    """Whether two sides that "spoke" or "talked" (no phone named) report what a meeting,
    visit or call told just before, or earlier in the same sentence, was about: the same
    officials, held, no other day or place of its own ("Noem met Bukele on Monday. ... Noem and
    Bukele spoke about security", "During the roundtable, Ray spoke with Paz about ...")."""
    return (
        later.spoke
        and earlier.status is later.status is MeetingStatus.HELD
        and 0 <= later.sentence - earlier.sentence <= _PENDING
        and len(later.names) >= 2
        and set(later.names) <= set(earlier.names)
        # none, or carried from it, or the day a meeting told undated happened ("met Paz",
        # then '"This morning I spoke with Paz," Cole wrote')
        and (later.date is None or earlier.date is None or later.date == earlier.date)
        and later.location is None
    )


def _names_counterpart(earlier: _Event, later: _Event) -> bool:
    """Whether a later "the meeting with X" names the official of a government the earlier
    event met unnamed: "Hale met Peru's foreign minister on Monday. The meeting with
    Foreign Minister Ana Ruiz ..." (Ruiz serves Peru)."""
    return (
        later.definite
        and not earlier.objects
        and bool(earlier.countries)
        and bool(later.object_countries)
        and set(later.object_countries) <= set(earlier.countries)
        and later.kind in {earlier.kind, MeetingKind.MEETING, MeetingKind.TALKS}
    )


def _merge(events: list[_Event]) -> list[_Event]:
    """The article's events with each later report of an event folded into the one it
    continues (among the :data:`_MAX_OPEN` latest). An event that begins a meeting first
    gives its officials to unattributed talks just before it, and takes a place from the
    visit or the meeting its sentence continues."""
    merged: list[_Event] = []
    for event in events:
        open_ = merged[-_MAX_OPEN:]
        target = _continued(open_, event)
        if target is None:
            _attribute(open_, event)
            _inherit_place(open_, event)
            _staff_place(open_, event)
            merged.append(event)
        else:
            _fold(target, event)
    return merged


def _continued(open_: Sequence[_Event], event: _Event) -> _Event | None:
    """The open event that ``event`` reports again, the latest first: for "the meeting",
    the latest of its kind before any other; else the latest :func:`_same` accepts."""
    target = None
    if event.refers:  # "the meeting": the latest meeting, before any other event
        target = next(
            (m for m in reversed(open_) if m.kind is event.kind and _same(m, event)), None
        )
    return target or next((m for m in reversed(open_) if _same(m, event)), None)


def _fold(target: _Event, event: _Event) -> None:
    """Fold a later report of ``target``'s event into it: new names, governments and
    spans; a meeting held on a visit gives the visit its kind and status; a date within
    ``target``'s makes it precise (not a plan's date after a held meeting); the most
    specific place."""
    if not target.names:  # unattributed talks: the officials named next took part
        target.status = event.status if event.refers else target.status
    target.names.extend(n for n in event.names if n not in target.names)
    target.countries.extend(c for c in event.countries if c not in target.countries)
    target.objects.extend(n for n in event.objects if n not in target.objects)
    target.spans.extend(event.spans)
    if target.kind is MeetingKind.VISIT and event.kind is not MeetingKind.VISIT:
        if event.date is not None or (
            target.status is MeetingStatus.PLANNED and event.status is MeetingStatus.HELD
        ):
            # the meeting's own day on the trip; the plan's date is not the held meeting's
            target.date = event.date
        target.kind, target.status = event.kind, event.status
    plan_after_held = (
        target.status is MeetingStatus.HELD and event.status is MeetingStatus.PLANNED
    )  # a plan's date is not the held meeting's
    if not plan_after_held and (
        target.date is None or (event.date is not None and target.date.contains(event.date))
    ):
        target.date = event.date  # the day within the week or the trip
    target.topic = target.topic or event.topic
    target.venue = target.venue or event.venue
    venue, town = target.location, event.location
    if (
        venue is not None
        and town is not None
        and venue.kind is None
        and venue.country is None
        and town.kind is PlaceKind.CITY
    ):
        # "their meeting at the Presidential Palace", then "on an official visit to
        # Athens": the Presidential Palace in Athens
        target.location = Place(f"{venue.name} in {town.name}", None, town.country)
    elif town is not None and (venue is None or _rank(town) < _rank(venue)):
        target.location = town
    target.sentence = event.sentence


def _inherit_place(recent: Sequence[_Event], event: _Event) -> None:
    """A meeting stating no place, in a sentence that names a visit or meeting of one of
    its officials reported before (of the same status and day, or none said, or a planned
    stay's next days), was held there: "Ruiz flew to Lima for a summit with Cole. During
    his visit, he met with ..." (in Lima); "Ruiz will arrive in Lima on Monday and is to
    meet Cole on Tuesday" (in Lima). A meeting merely reported after another names no
    place of its own."""
    if event.location is not None or event.kind is MeetingKind.CALL:
        return
    for earlier in reversed(recent):
        if earlier.sentence != event.sentence:
            continue  # only when the sentence itself names the visit ("During his visit")
        if earlier.location is None or not set(earlier.names) & set(event.names):
            continue
        if earlier.status is event.status and _during(earlier, event):
            event.location = earlier.location
        return


def _during(visit: _Event, event: _Event) -> bool:
    """Whether ``event`` falls on the visit's day or within :data:`_STAY` days after it
    ("will arrive in Lima on Saturday and is to meet Paz on Sunday"), or either states none."""
    if visit.date is None or event.date is None or visit.date == event.date:
        return True
    first, day = visit.date.start, event.date.start
    if not (visit.status is MeetingStatus.PLANNED and first is not None and day is not None):
        return False  # a held meeting on another day than the arrival: no telling where
    return 0 <= (day - first).days <= _STAY


def _attribute(recent: Sequence[_Event], event: _Event) -> None:
    """Unattributed talks just before a named event of another date were held by the same
    officials ("after talks on Thursday" ... "the ministers met on Wednesday")."""
    if not event.names:
        return
    for pending in recent:
        if (
            not pending.names
            and len(pending.countries) < 2
            and pending.kind in {MeetingKind.TALKS, MeetingKind.SUMMIT}
            and 0 < event.sentence - pending.sentence <= _PENDING
        ):
            pending.names.extend(event.names)


def _venue_towns(events: Sequence[_Event]) -> None:
    """A building of no stated town ("at the Government Palace") stands in the city a
    participant's trip reached just before: "Cole arrived in Lima on Monday. She met Paz
    at the Government Palace" (the Government Palace in Lima)."""
    for i, event in enumerate(events):
        venue = event.location
        if venue is None or venue.kind is not None or venue.country is not None:
            continue
        for earlier in reversed(events[max(0, i - _MAX_OPEN) : i]):
            town = earlier.location
            if (
                earlier.kind is MeetingKind.VISIT
                and town is not None
                and town.kind is PlaceKind.CITY
                and set(earlier.names) & set(event.names)
                and 0 <= event.sentence - earlier.sentence <= _CARRY
            ):
                event.location = Place(f"{venue.name} in {town.name}", None, town.country)
                break


def _host(
    text: str,
    index: _Index,
    event: _Event,
    by_name: dict[str, Official],
    events: Sequence[_Event],
) -> None:
    """The host of a visit who is named in another clause or sentence: "Noem flew to San
    Salvador on Monday. President Nayib Bukele showed her the prison" (Bukele hosted her).

    A visit by one official to a country (or a place of it) whose report names no
    counterpart takes as its host the first official of that country named after the visit
    word, within :data:`_HOSTED` sentences, in a sentence that also points at the visitor
    (by name or by a pronoun)."""
    abroad = _visit_abroad(event, by_name)
    if abroad is None:
        return
    visitor, where = abroad
    host = _named_host(text, index, event, visitor, where)
    if host is None:
        return
    met = any(
        other is not event and visitor in other.names and host in other.names for other in events
    )
    if not met:  # a meeting of its own reports them: the arrival adds nothing
        event.names.append(host)


def _visit_abroad(event: _Event, by_name: dict[str, Official]) -> tuple[str, str] | None:
    """The visitor and the country visited of a visit by one official, naming no
    counterpart, to a country not the visitor's own; None for any other event."""
    if event.kind is not MeetingKind.VISIT or len(event.names) != 1 or event.objects:
        return None
    visitor = event.names[0]
    home = by_name[visitor].country if visitor in by_name else None
    where = event.countries[0] if event.countries else None
    if where is None and event.location is not None:
        where = event.location.country
    if where is None or where == home:
        return None
    return visitor, where


def _named_host(text: str, index: _Index, event: _Event, visitor: str, where: str) -> str | None:
    """The first official of the country ``where`` named in the visit's sentence or the
    next ones (within :data:`_HOSTED`), in a sentence that points at the visitor; not one
    of another event before the visit word ("Paz visited the border a day after Cole
    visited Lima")."""
    last = max(s.start for s in event.spans)
    first = bisect.bisect_right(index.sentence_starts, last) - 1
    for sentence in index.sentences[first : first + _HOSTED]:
        # the visit's own sentence whole ("Paz invited Cole to visit Lima"), then the next
        here = index.between(sentence.start, sentence.end)
        words = {w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])}
        pointed = bool(words & _VISITOR_PRONOUNS) or any(n.official.name == visitor for n in here)
        hosts = [
            n.official.name
            for n in here
            if n.official.name != visitor
            and n.official.country == where
            and not n.possessive
            and not (n.span.end <= last and _another_event(text, n.span.end, last))
        ]
        if hosts and (pointed or sentence.start <= last):
            return hosts[0]
    return None


def _delegations(
    text: str, index: _Index, events: Sequence[_Event], by_name: dict[str, Official]
) -> None:
    """Officials of a delegation told apart from the meeting they joined: "Ruiz was joined
    by X; Y" (after a meeting Ruiz took part in), "la comitiva mexicana: X, ministra de
    ...; Y" (after a meeting of a Mexican official).

    The officials named after a join verb join the latest meeting, within :data:`_CARRY`
    sentences before or in the same sentence, of the official named before the verb; the
    officials a sentence naming a delegation names join the latest meeting of two or more
    (in those sentences) whose participants serve every country they serve; those a
    sentence says were present join the event it names ("Also present at the meeting were
    A and B")."""
    glue = _glue()
    told = [e for e in events if e.names or e.countries]
    if not told:
        return  # no meeting a delegation could join
    first = min(s.start for e in told for s in e.spans)  # nothing before it to join
    if glue.joined is not None:
        for m in glue.joined.finditer(text, first):
            sentence = index.sentence_at(m.start())
            before = [n for n in index.between(sentence.start, m.start()) if not n.possessive]
            members = _members(text, index, m.end(), sentence.end)
            if before and members:
                _join(index, events, m.start(), members, _with_host(before[-1].official.name))
    if glue.delegation is not None:
        seen = -1
        for m in glue.delegation.finditer(text, first):
            sentence = index.sentence_at(m.start())
            if sentence.start <= seen:
                continue  # one reading a sentence
            seen = sentence.start
            # from the last meeting word before the noun: "During the visit, the delegation
            # of X included A and B" (not the visit's own officials)
            # (up to the first official after the cue: "Also present at the meeting were")
            after = index.between(m.start(), sentence.end)
            reach = max(m.end(), after[0].span.start) if after else m.end()
            start = max(
                [
                    sentence.start,
                    *(
                        w.end()
                        for w in _pattern().finditer(text, sentence.start, reach)
                        if _triggers()[w.group().casefold()].kind is not None
                    ),
                ]
            )
            members = _members(text, index, start, sentence.end)
            if m.group("present") and not members:
                # "with Portugal's minister A also attending", "A joined the talks": named
                # before the cue
                lead = start if start < m.start() else sentence.start
                members = _members(text, index, lead, m.start())
            fits = (
                _others_told_in(sentence.start, sentence.end, members)
                if m.group("present")
                else _serving(members, by_name)
            )
            if m.group("present") and start == sentence.start:
                # "Also present was A": no event named in the sentence, the latest told
                # before with two officials
                fits = _two_or_more
            if not _join(index, events, sentence.end, members, fits) and m.group("present"):
                # "A también se unió al encuentro": the event the sentence names is A's
                # alone; the meeting A joined is the latest told before
                _join(index, events, sentence.end, members, _two_or_more)


def _told_in(start: int, end: int) -> Callable[[_Event], bool]:
    """Whether an event of a named participant is told (named) in ``text[start:end]``: "in
    the meeting" (not a meeting of no one yet, which those present would make up alone)."""

    def fits(event: _Event) -> bool:
        return bool(event.names) and any(start <= s.start < end for s in event.spans)

    return fits


def _others_told_in(start: int, end: int, members: Sequence[str]) -> Callable[[_Event], bool]:
    """Whether an event of officials besides ``members`` is told in ``text[start:end]``."""
    told = _told_in(start, end)

    def fits(event: _Event) -> bool:
        return told(event) and bool(set(event.names) - set(members))

    return fits


def _two_or_more(event: _Event) -> bool:
    """Whether an event has two or more named participants."""
    return len(event.names) >= 2


def _with_host(host: str) -> Callable[[_Event], bool]:
    """Whether an event has ``host`` among its participants."""

    def fits(event: _Event) -> bool:
        return host in event.names

    return fits


def _serving(members: Sequence[str], by_name: dict[str, Official]) -> Callable[[_Event], bool]:
    """Whether an event of two or more participants has, for each country ``members``
    serve, a participant serving it (a member serving no known country fits any)."""

    def country(name: str) -> str | None:
        return by_name[name].country if name in by_name else None

    served = {country(n) for n in members} - {None}

    def fits(event: _Event) -> bool:
        return len(event.names) >= 2 and served <= {country(n) for n in event.names}

    return fits


def _members(text: str, index: _Index, start: int, end: int) -> list[str]:
    """The officials named from ``start`` to ``end``, up to a meeting word of their own."""
    found: list[str] = []
    for named in index.between(start, end):
        if named.possessive or _another_event(text, start, named.span.start):
            break
        found.append(named.official.name)
    return list(dict.fromkeys(found))


def _join(
    index: _Index,
    events: Sequence[_Event],
    at: int,
    members: Sequence[str],
    fits: Callable[[_Event], bool],
) -> bool:
    """Add ``members`` to the latest event that ``fits``, told before ``at`` within
    :data:`_CARRY` sentences; whether one fitted."""
    number = bisect.bisect_right(index.sentence_starts, at - 1) - 1
    best: _Event | None = None
    best_at = -1
    for event in events:
        told = max((s.start for s in event.spans if s.start < at), default=-1)
        first = bisect.bisect_right(index.sentence_starts, told) - 1
        if told > best_at and number - first <= _CARRY and fits(event):
            best, best_at = event, told
    if best is None:
        return False
    for name in members:
        if name not in best.names and len(best.names) < _MAX_DELEGATES:
            best.names.append(name)
    return True


def _meeting(
    event: _Event, by_name: dict[str, Official], dateline: Place | None, headline: Place | None
) -> Meeting:
    """The :class:`Meeting` an event reports. Its governments are those no participant
    serves; an event stating no place (not a call) is held at the headline's place, else
    at the dateline's (when held), else at its capitalised venue."""
    served = {by_name[n].country for n in event.names if n in by_name}
    countries = [c for c in event.countries if c not in served]
    location = event.location
    if location is None and event.kind is not MeetingKind.CALL:
        location = headline or (dateline if event.status is MeetingStatus.HELD else None)
        location = location or event.venue
    return Meeting(
        participants=tuple(event.names),
        countries=tuple(countries),
        location=location,
        date=event.date,
        status=event.status,
        kind=event.kind,
        topic=event.topic,
        spans=tuple(sorted(set(event.spans), key=lambda s: s.start)),
    )
