"""Governments that take part in an event by their country, where none of their
officials is named: after the word ("talks with Mexico", "met her counterparts from
Guatemala and Honduras"), as its subject ("Colombia and Panama held talks") or after
"between" ("talks between Mexico and Guatemala"). Each is an ISO code.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from migrationnews.extract.meetings._vocabulary import (
    _NEAR,
    _WORD,
    _glue,
)
from migrationnews.gazetteer import CountryMention, find_countries, find_places
from migrationnews.ruledata import Hit, country_names
from migrationnews.text import Document, Sentence

_GOVERNMENT = frozenset(
    {"president", "government", "officials", "authorities", "leader", "leaders", "counterpart",
     "counterparts", "delegation", "minister", "ministers", "foreign", "prime", "cabinet"}
)  # fmt: skip
_COUNTERPARTS_LEAD = frozenset(
    {"his", "her", "their", "its", "counterpart", "counterparts", "from", "of"}
)
_COUNTRY_GLUE = re.compile(
    r"""
    (?:['’]s?)?                     # a possessive: "Mexico's and Guatemala's"
    \s*,?\s*                        # a comma
    (?:and\s+)?                     # "and"
    (?:the\s+)?                     # "the United States"
    """,
    re.VERBOSE,
)
# What may stand between the governments that are a meeting word's subject and the word:
# "Colombia and Panama held talks", "Mexican officials will meet", "... have agreed to meet".
_SUBJECT_GAP = re.compile(
    r"""
    (?:['’]s?)?                     # a possessive: "Mexico's and Guatemala's governments"
    \s+
    (?:(?:government|governments|officials|authorities|delegations|delegates|negotiators
    |ministers|leaders)\s+)?        # the government's people, unnamed
    (?:(?:will|would|have|has|had|also|again|are|were|is|was|plan|plans|planned|to|agreed
    |expected|scheduled|set|due|recently|first|formally|then)\s+){0,4}  # auxiliaries
    """,
    re.VERBOSE,
)


def _government(doc: Document, start: int, end: int) -> list[str]:
    """The country right after a meeting word: "talks with Mexico", "visited Guatemala",
    "a call with the Mexican government" (not the "Mexico" of "Mexico City")."""
    words = _WORD.finditer(doc.text, start, end)
    object_lead = _glue().object_lead
    at = next((w for w in words if w.group().lower() not in object_lead), None)
    if at is None:
        return []
    names = country_names()
    if at.group().lower() in {"his", "her", "their"}:
        return _counterparts_from(doc, at.start(), end) or _demonym_counterpart(doc, at.end(), end)
    for country in find_countries(doc.text, at.start(), end):
        if country.span.start != at.start() or country.code not in names:
            break
        places = find_places(doc.text, at.start(), end)
        if places and places[0].span.start == at.start() and places[0].span != country.span:
            break  # a longer place name: "Mexico City"
        after = _WORD.findall(doc.text[country.span.end : country.span.end + 30])
        after = [w for w in after if w not in {"’s", "'s", "’", "'", "s"}]
        nxt = after[0] if after else ""
        if nxt.lower() in _GOVERNMENT or not nxt[:1].isalpha() or nxt.lower() in _glue().clause:
            return [country.code]  # "Mexico's president", "talks with Mexico on ..."
        return []
    return []


def _counterparts_from(doc: Document, start: int, end: int) -> list[str]:
    """The governments of "her counterparts from Guatemala and Honduras" opening
    ``doc.text[start:end]``: each country of the list right after the three lead words."""
    lead = list(itertools.islice(_WORD.finditer(doc.text, start, end), 3))
    if len(lead) < 3 or not all(w.group().lower() in _COUNTERPARTS_LEAD for w in lead):
        return []
    found = list(find_countries(doc.text, lead[-1].end(), end))
    if not found or doc.text[lead[-1].end() : found[0].span.start].strip():
        return []
    return _listed_after(doc, found)


def _demonym_counterpart(doc: Document, start: int, end: int) -> list[str]:
    """The government of "his Mexican counterpart", "her Guatemalan and Honduran
    counterparts" after the possessive ending at ``start``: the countries listed right
    there, when a counterpart noun follows them."""
    found = list(find_countries(doc.text, start, end))
    if not found or doc.text[start : found[0].span.start].strip():
        return []
    listed = _listed_after(doc, found)
    last = next((c for c in reversed(found) if c.code == listed[-1]), None) if listed else None
    if last is None:
        return []
    after = _WORD.findall(doc.text[last.span.end : last.span.end + 20])
    return listed if after and after[0].lower() in {"counterpart", "counterparts"} else []


def _listed_after(doc: Document, found: Sequence[CountryMention]) -> list[str]:
    """The codes of the countries listed together from the start of ``found``: "Mexico and
    Guatemala", "Peru, Chile and Bolivia"; each once, and only governments of the
    country table."""
    run = [found[0]]
    for later in found[1:]:
        if not _COUNTRY_GLUE.fullmatch(doc.text, run[-1].span.end, later.span.start):
            break
        run.append(later)
    names = country_names()
    return list(dict.fromkeys(c.code for c in run if c.code in names))


def _country_run(doc: Document, found: Sequence[CountryMention]) -> list[CountryMention]:
    """The countries listed together at the end of ``found``: "Colombia and Panama",
    "Mexico, Guatemala and Honduras", "Mexican and U.S." (not "Mexico said Panama")."""
    if not found:
        return []
    run = [found[-1]]
    for earlier in reversed(found[:-1]):
        if not _COUNTRY_GLUE.fullmatch(doc.text, earlier.span.end, run[-1].span.start):
            break
        run.append(earlier)
    return run[::-1]


def _subject_governments(doc: Document, sentence: Sentence, word: Hit) -> list[str]:
    """The governments named as the subject of a meeting word when no official is:
    "Colombia and Panama held talks", "Mexican and Guatemalan officials will meet"."""
    start = max(sentence.start, word.start() - _NEAR)
    found = [c for c in find_countries(doc.text, start, word.start()) if c.code in country_names()]
    if not found or not _SUBJECT_GAP.fullmatch(doc.text, found[-1].span.end, word.start()):
        return []
    places = find_places(doc.text, found[-1].span.start, word.start())
    if places and places[0].span.start == found[-1].span.start and places[0].span != found[-1].span:
        return []  # a longer place name: "Mexico City officials"
    return list(dict.fromkeys(c.code for c in _country_run(doc, found)))


def _between_governments(doc: Document, word: Hit, end: int) -> list[str]:
    """The governments after "talks between": "talks between Mexico and Guatemala"."""
    lead = _glue().between.match(doc.text, word.end(), end)
    if lead is None:
        return []
    found = list(find_countries(doc.text, lead.end(), min(end, lead.end() + _NEAR)))
    if not found or found[0].span.start != lead.end():
        return []
    return _listed_after(doc, found)
