"""Extract :class:`~migrationnews.records.Meeting` records: who met, called or visited whom.

A meeting is read around a word of ``rules/meetings.tsv`` ("met with", "held talks",
"spoke by phone", "a phone call with", "visited", "traveled to"). Its participants are
the :class:`~migrationnews.records.Official` records the officials extractor found
(``doc.found(Official)``): those named before the word (its subject: "Blinken will meet
with ..."), those listed after it ("... with President Andrés Manuel López Obrador"), the
official a pronoun points back to ("her meeting with ..."). A government named by its
country where no official of it is named ("talks with Mexico", "Colombia and Panama held
talks", "talks between Mexico and Guatemala") takes part as an ISO code in
:attr:`~migrationnews.records.Meeting.countries`; talks between governments alone have no
participants. A passive verb takes its agent after "by" ("was welcomed ... by President
X"); a signing, or two sides that spoke, is a meeting only between two governments; "the
secretary" points back to the subject holding that office; a visit with one official
takes as host an official of its destination named in the next sentences that point at
the visitor. A list of stops ("met A in Lima on Sunday, B in Quito on Monday", "will visit
Peru on Monday and Ecuador on Tuesday") gives one record per stop with its own place and
day; a clause ends at a semicolon or the next meeting verb. Sentences about the same
event ("will meet with ...", "will also participate in Wednesday's meeting") merge into
one record. The date is resolved against the publication date by
:mod:`migrationnews.dates`; the status is planned when the sentence looks ahead ("will",
"plans to", "is expected to", "is scheduled to"), else held.

>>> import datetime as dt
>>> from migrationnews.text import Document
>>> from migrationnews.extract import officials
>>> doc = Document.of(
...     "Mexican President Claudia Sheinbaum met with Guatemalan President Bernardo "
...     "Arévalo in Tapachula on Monday.", dt.date(2024, 10, 30))
>>> doc.add(officials.RECORD, officials.extract(doc))
>>> [(m.participants, m.location.name, m.kind.value, m.status.value) for m in extract(doc)]
[(('Claudia Sheinbaum', 'Bernardo Arévalo'), 'Tapachula', 'meeting', 'held')]

The package's private modules, each owning one part (a module imports only those above it):

* ``_vocabulary``: the meeting words of ``rules/meetings.tsv`` (:class:`_Trigger`) and
  what they mark in a span, the small words of each language (:class:`_Glue`), the office
  words of the title tables, and the limits the readers share;
* ``_participants``: the officials' mentions in text order (:class:`_Index`), and who
  takes part in an event: its subject, the list after its word, the official a pronoun
  or "the secretary" points back to, a passive's agent, an addressed official;
* ``_governments``: governments that take part by their country ("talks with Mexico",
  "Colombia and Panama held talks", "talks between Mexico and Guatemala");
* ``_places``: where an event was held (a building, a gazetteer place after a cue, a
  capitalised venue, a participant's whereabouts) and the article's headline and dateline
  places;
* ``_timing``: an event's date, its status (held or planned) and a negation that
  cancels it;
* ``_tours``: the stops of a trip or of a list of meetings, each with its own place and day;
* ``_reader``: one sentence's meeting word read into an :class:`_Event`, step by step;
* ``_merging``: events of one meeting merged across sentences, what later sentences add
  (a host, a place, the officials of unattributed talks), and each event into a
  :class:`~migrationnews.records.Meeting`;
* ``_extractor``: :func:`extract`, the passes in order.
"""

from __future__ import annotations

from migrationnews.extract.meetings._extractor import extract
from migrationnews.records import Meeting, Official

RECORD = Meeting
NEEDS = (Official,)  # who met whom: the officials named around the meeting word

__all__ = ["NEEDS", "RECORD", "extract"]
