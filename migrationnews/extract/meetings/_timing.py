"""When an event is and whether it happened.

:func:`_date` resolves the date said nearest the meeting word against the publication
date (:mod:`migrationnews.dates`); :func:`_carried_date` takes a participant's day from
the sentence before; :func:`_in_order` keeps a tour's weekdays in order. The status is
planned when a mark looks ahead (:func:`_status`) or the date lies after publication
(:func:`_dated_status`); :func:`_negated` cancels a word ("did not meet").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from migrationnews.dates import Tense, find_dates, may_hold_date
from migrationnews.extract.meetings._participants import (
    _Index,
    _recent,
)
from migrationnews.extract.meetings._vocabulary import (
    _CLAUSE_BREAK,
    _NEAR,
    _pattern,
    _triggers,
)
from migrationnews.records import MeetingStatus
from migrationnews.ruledata import Hit
from migrationnews.text import Document, Sentence
from migrationnews.values import Granularity, Period

_RELATIVE = re.compile(
    r"""
    ,\s+(?:who|whom|whose|which|where)\b  # a relative clause about someone else:
    # "... to meet Honduran President Nasry Asfura, who took office last month"
    | ,\s+(?:an?|the)\s+[\w'’-]+\s+(?:that|which)\b  # or about an appositive noun: "...
    """,  # to the White House, an invitation that came after a deal signed in July"
    re.VERBOSE,
)
# A date that tells since when, not when: "the first time they met since the inauguration
# Saturday", "since Monday".
_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)
# A date of the dateline before the story: "ANKARA, March 10 (Xinhua) -- ...".
_DATELINE = re.compile(r"(?:\A|\n)\s*(?-i:[A-Z][A-Z .'’-]+),\s*\Z")
# After the meeting word, a cue that the dates following belong to another event the
# meeting prepares: "spoke by phone in advance of his meeting tomorrow", "ahead of
# Friday's summit".
_AHEAD = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for|prior\s+to)\b")
# A date opening the sentence, set off by a comma: "On May 6, the two ministers spoke".
_OPENING = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,")
# A day a report was made, just after its verb of saying: "said on Wednesday that he
# will meet ...", "told reporters Monday" (a planned meeting's own day is another; a held
# one's is often that day: "said yesterday following talks").
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,2}|announced|stated|confirmed|added)\s+\Z"
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|['’]s)\s+\Z")  # "is hosting", "are meeting"
_SAID = re.compile(r"\b(?:said|says|told|announced|according)\b")  # a report's own clause
_NEGATION = 30  # characters before a meeting word where a negation cancels it


_AND = re.compile(r"\b(?:and|y)\b")  # after a meeting word, a coordinated verb's clause


def _status(doc: Document, sentence: Sentence, opening: int, word: Hit) -> MeetingStatus:
    """Planned when a mark ("will", "plans to", "is expected to") comes between the
    subject and the meeting word, or just after it ("a call next week")."""
    vocabulary = _triggers()
    start = max(sentence.start, min(opening, word.start() - _NEAR))
    end = min(sentence.end, word.end() + _NEAR // 2)
    clause = _CLAUSE_BREAK.search(doc.text, word.end(), end)
    end = clause.start() if clause is not None else end  # "... a call that tariffs would"
    joined = _AND.search(doc.text, word.end(), end)
    if joined is not None:
        end = joined.start()  # "spoke on Tuesday and agreed to work together": a verb of its own
    for m in _pattern().finditer(doc.text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.plans:
            return MeetingStatus.PLANNED
    if word.group().endswith("ing") and _PROGRESSIVE.search(
        doc.text, max(sentence.start, word.start() - 12), word.start()
    ):
        return MeetingStatus.PLANNED  # "is hosting Paz on Friday": arranged, to come
    return MeetingStatus.HELD


def _negated(text: str, sentence: Sentence, word: Hit) -> bool:
    """Whether a negation stands just before the meeting word, in its clause: "did not
    meet", "refused to meet with", "canceled a planned meeting"."""
    start = max(sentence.start, word.start() - _NEGATION)
    comma = text.rfind(",", start, word.start())
    vocabulary = _triggers()
    return any(
        vocabulary[m.group().casefold()].negates
        for m in _pattern().finditer(text, max(start, comma + 1), word.start())
    )


def _date(
    doc: Document,
    sentence: Sentence,
    start: int,
    status: MeetingStatus,
    stop: int | None = None,
    reach: int = 0,
) -> Period | None:
    """The date said nearest the meeting word: first after it (before ``stop``, where the
    next event's clause begins; up to :data:`_NEAR` past ``reach``, the end of its list of
    participants, when that list is long), else before it."""
    tense = Tense.FUTURE if status is MeetingStatus.PLANNED else Tense.PAST
    first = max(sentence.start, start - _NEAR)
    last = min(sentence.end if stop is None else stop, max(start + 2 * _NEAR, reach + _NEAR))
    opening = _OPENING.match(doc.text, sentence.start, start)
    if opening is not None:
        first = sentence.start  # "On May 6, Secretaries Jo Ray and Bo Diaz held a call"
    if not may_hold_date(doc.text[first:last]):
        return None  # no word a date is made of: spare migrationnews.dates the work
    found = [
        d
        for d in find_dates(doc.text, doc.published, start=first, end=last, tense=tense)
        if not _SINCE.search(doc.text, max(sentence.start, d.span.start - 40), d.span.start)
        and not _DATELINE.search(doc.text, max(0, d.span.start - 40), d.span.start)
    ]  # not "since Saturday", not the dateline's day
    after = [
        d
        for d in found
        if d.span.start >= start
        and not _RELATIVE.search(doc.text, start, d.span.start)
        and not _AHEAD.search(doc.text, start, d.span.start)
        and not (status is MeetingStatus.PLANNED and _SAID.search(doc.text, start, d.span.start))
    ]  # not the day a plan was reported: "will meet Paz, the ministry said on Wednesday"
    before = [
        d
        for d in found
        if d.span.start < start
        and not (
            status is MeetingStatus.PLANNED
            and _SAID_ON.search(doc.text, max(sentence.start, d.span.start - 40), d.span.start)
        )  # "said on Wednesday that he will meet ...": the day of the plan's report
        and (d.span.start >= start - _NEAR or opening is None or d.span.end <= opening.end())
    ]  # near the word, or in the sentence's opening phrase
    best = after[0] if after else (before[-1] if before else None)
    return best.period if best is not None else None


def _carried_date(doc: Document, index: _Index, number: int, names: Sequence[str]) -> Period | None:
    """The day a participant was said to act on in the nearest sentence before a held
    meeting that states none: "Harris on Monday urged ...", then "Her remarks followed her
    meeting with Giammattei" (that meeting was on Monday too)."""
    for sentence, _ in _recent(index, number, names)[:1]:
        if not may_hold_date(sentence.text):
            continue  # no word a date is made of
        for found in find_dates(
            doc.text, doc.published, start=sentence.start, end=sentence.end, tense=Tense.PAST
        ):
            period = found.period
            if (
                period.granularity is Granularity.DAY
                and period.start is not None
                and (doc.published is None or period.start <= doc.published)
            ):
                return period
    return None


def _in_order(before: Period | None, day: Period | None) -> Period | None:
    """The weekday of a tour's next stop, in the week after when it would fall before the
    last stop's day ("Peru on Monday, ... Colombia on Wednesday", written on a Wednesday)."""
    if (
        before is None
        or day is None
        or before.start is None
        or day.start is None
        or day.end is None
        or day.granularity is not Granularity.DAY
        or day.start >= before.start
    ):
        return day
    week = dt.timedelta(days=7)
    if day.start + week < before.start:
        return day
    return attrs.evolve(day, start=day.start + week, end=day.end + week)


def _dated_status(doc: Document, status: MeetingStatus, date: Period | None) -> MeetingStatus:
    """A status set right by the date: a day after publication is planned, one before is
    held."""
    if date is None or doc.published is None or date.start is None:
        return status
    if date.start > doc.published:
        return MeetingStatus.PLANNED
    if date.end is not None and date.end < doc.published:
        return MeetingStatus.HELD
    return status
