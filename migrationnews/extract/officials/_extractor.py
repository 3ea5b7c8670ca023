"""The extractor: :func:`extract` runs the passes in order. Each sentence that may name an
official is read for its titled mentions and its gazetteer names; the mentions are
grouped into people, later mentions by surname and by office join them, each person
becomes an :class:`Official`, a local office takes the article's country, and a Spanish
article gets its office phrases read last.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from migrationnews import offices
from migrationnews.extract.officials._mentions import _Mention, _sentence_mentions
from migrationnews.extract.officials._merging import (
    _accept_bare,
    _corefer,
    _group,
    _Person,
    _role_mentions,
)
from migrationnews.extract.officials._names import _inside_longer_name
from migrationnews.extract.officials._reading import _Reader
from migrationnews.extract.officials._resolution import (
    _dateline_country,
    _local,
    _official,
    _SentenceIndex,
)
from migrationnews.extract.officials._spanish import (
    _spanish_people,
    _spanish_roles,
    _spanish_titles,
)
from migrationnews.extract.officials._vocabulary import _head_pattern
from migrationnews.language import active
from migrationnews.offices import NameForm
from migrationnews.records import Official
from migrationnews.text import Document, Sentence

_TAG_HINT = re.compile(
    r"""
    ,\s*(?:[RDI]-|who\s)          # ", R-Okla." or ", who heads ..."
    """,
    re.VERBOSE,
)


def _worth_reading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence may name an official: an office word, a gazetteer name or a tag."""
    return bool(
        _head_pattern().search(text, sentence.start, sentence.end)
        or offices.has_holder(text, sentence.start, sentence.end)
        or _TAG_HINT.search(text, sentence.start, sentence.end)
    )


def extract(doc: Document) -> tuple[Official, ...]:
    """Every Official in the document, one per person, in order of first mention."""
    reader = _Reader(doc)
    mentions, bare = _read_mentions(doc, reader)
    people = _with_surnames_alone(_group(mentions), bare, doc.published)
    _corefer(reader, people)
    _role_mentions(reader, people)
    home = _dateline_country(doc.text)
    context = (doc, _SentenceIndex(doc))
    records = [_official(p, doc.published, home, context) for p in people]
    if home is None:
        records = _local_offices(records)
    if active() == "es":
        text = doc.text
        records = _spanish_roles(_spanish_titles(_spanish_people(records, doc), text), text)
    return tuple(records)


def _read_mentions(
    doc: Document, reader: _Reader
) -> tuple[list[_Mention], list[offices.HolderMention]]:
    """Each sentence's mentions of people, in order: the titled ones, then the full names
    of the office-holder gazetteer that no title took; and apart, the gazetteer's surnames
    written alone that may name their holder ("Biden said")."""
    text = doc.text
    mentions: list[_Mention] = []
    bare: list[offices.HolderMention] = []
    for index, sentence in enumerate(doc.sentences):
        if not _worth_reading(text, sentence):
            continue
        toks, marks = reader(index)
        if not toks:
            continue
        taken: set[int] = set()
        _sentence_mentions(toks, marks, taken, mentions)
        for found in offices.find_holders(text, sentence.start, sentence.end):
            ij = marks.run(found.span.start, found.span.end)
            if ij is None or any(k in taken for k in range(*ij)):
                continue
            i, j = ij
            if _inside_longer_name(toks, marks, i, j):
                continue
            if found.form is NameForm.FULL:
                name = tuple(found.text.split())
                mentions.append(_Mention(name=name, span=found.span, holder=found.tenures))
            elif _accept_bare(found, doc.published):
                bare.append(found)
    return mentions, bare


def _with_surnames_alone(
    people: list[_Person], bare: list[offices.HolderMention], published: dt.date | None
) -> list[_Person]:
    """``people`` and, after them, the holder each gazetteer surname written alone names
    when no person of that surname is named in full (with the tenures begun by
    ``published``)."""
    keys = {p.key for p in people}
    for found in bare:
        key = found.tenures[0].surname.casefold()
        if key not in keys:
            held = tuple(t for t in found.tenures if published is None or t.start <= published)
            person = _Person(key)
            person.add(_Mention(name=tuple(found.text.split()), span=found.span, holder=held))
            people.append(person)
            keys.add(key)
    return people


def _local_offices(records: list[Official]) -> list[Official]:
    """With no dateline, a local office or a court with no country serves the country
    most officials of the article serve."""
    countries = [o.country for o in records if o.country]
    home = max(dict.fromkeys(countries), key=countries.count) if countries else None
    return [
        attrs.evolve(o, country=home) if o.country is None and _local(o.title) else o
        for o in records
    ]
