"""The extractor: :func:`extract` indexes the officials' mentions, reads each
sentence's events, merges them, adds hosts and towns, and keeps as a
:class:`~migrationnews.records.Meeting` each event of at least two parties.
"""

from __future__ import annotations

from migrationnews.extract.meetings._merging import (
    _delegations,
    _host,
    _meeting,
    _merge,
    _venue_towns,
)
from migrationnews.extract.meetings._participants import (
    _Index,
    _mentions,
)
from migrationnews.extract.meetings._places import (
    _dateline,
    _headline_place,
)
from migrationnews.extract.meetings._reader import (
    _events,
)
from migrationnews.records import Meeting, Official
from migrationnews.text import Document


def extract(doc: Document) -> tuple[Meeting, ...]:
    """Every meeting, call, visit or summit between named officials or governments."""
    officials = doc.found(Official)
    index = _Index(_mentions(doc), doc.sentences)
    events = _merge(_events(doc, index))
    by_name = {o.name: o for o in officials}
    for event in events:
        _host(doc.text, index, event, by_name, events)
    _delegations(doc.text, index, events, by_name)
    _venue_towns(events)
    dateline = _dateline(doc)
    headline = _headline_place(doc)
    meetings = []
    for event in events:
        if not event.names and len(event.countries) < 2:
            continue  # unattributed talks, or one government alone
        meeting = _meeting(event, by_name, dateline, headline)
        if len(meeting.participants) + len(meeting.countries) >= 2:
            meetings.append(meeting)
    return tuple(meetings)
