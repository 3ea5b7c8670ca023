"""Who takes part in an event, read from the officials' mentions.

:func:`_mentions` lists the mentions of the officials the officials extractor found (not
those modifying a noun: "the Biden administration"), and :class:`_Index` finds them by
position. Around a meeting word the readers here give its subject (:func:`_subjects`),
the list after it (:func:`_object_list`), the official a pronoun, "the leaders" or "the
secretary" points back to (:func:`_pronoun`), the speaker who addressed an official
(:func:`_addressed_by`), the visitor after "que" (:func:`_relative_visitor`) and the
official an office of a country names (:func:`_office_of`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from attrs import frozen

from migrationnews.extract.meetings._vocabulary import (
    _CARRY,
    _CLAUSE_BREAK,
    _MAX_PARTIES,
    _NEAR,
    _SUBJECT,
    _WORD,
    _another_event,
    _glue,
    _pattern,
    _title_words,
    _triggers,
)
from migrationnews.gazetteer import find_countries
from migrationnews.language import demonyms
from migrationnews.records import Official
from migrationnews.ruledata import Hit
from migrationnews.text import Document, Sentence
from migrationnews.values import Span

# Words after which an official's name modifies a noun instead of acting: "the Biden
# administration", "the Trump years".
_MODIFIED = frozenset({"administration", "administrations", "years", "era", "government"})
_PRONOUNS_ONE = frozenset({"she", "he", "her", "his"})
_PRONOUNS_MANY = frozenset({"they", "their"})
# "the leaders agreed to meet", "the two ministers", "the 2 counterparts" (a digit, as
# government releases write small numbers), "the three leaders"
_GROUP_LEADS = frozenset({"the", "both", "two", "three", "2", "3"})
_GROUP_NOUNS = frozenset(
    {"leaders", "presidents", "ministers", "officials", "men", "women", "pair", "counterparts",
     "heads", "secretaries", "governors"}
)  # fmt: skip
# "the two" standing alone for the officials named before: "The two agreed to meet again".
_THE_TWO = ("the", "two")
# A group after an event noun, pointing back to two officials: "a call between the two
# leaders", "talks between both presidents".
_GROUP = (
    r"\s+(?:the\s+(?:two|three|2|3)|both(?:\s+of\s+the)?|the)\s+(?:"
    + "|".join(sorted(_GROUP_NOUNS))
    + r")\b"
)
_BETWEEN_GROUP = re.compile(r"\s+between" + _GROUP, re.IGNORECASE)
_GROUP_AFTER = re.compile(_GROUP, re.IGNORECASE)  # after a word ending in "between"
# A name then a verb of saying: the source of a report ("..., spokesman Jo Ray said").
_REPORTER = re.compile(r"\s*,?\s*(?:said|says|told|tells|added|noted|wrote|tweeted)\b")
# The auxiliary of a passive meeting verb, just before it: "was welcomed", "were received",
# "had been greeted", "is being hosted"; its agent follows "by".
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be", "get", "got"})
# Verbs by which one official speaks to another, whose words an event noun then frames:
# "told Paz in a call", "assured Ruiz during the meeting".
_ADDRESS_VERBS = frozenset(
    {"told", "tells", "assured", "assures", "asked", "asks", "urged", "urges", "warned",
     "warns", "thanked", "thanks", "informed", "informs", "pressed", "presses", "congratulated",
     "invited", "invites", "reminded", "promised", "promises", "briefed", "offered", "offers"}
)  # fmt: skip
# Office nouns that "the ..." names an official by ("the secretary held talks").
_OFFICE_NOUNS = frozenset(
    {"secretary", "minister", "president", "envoy", "ambassador", "governor", "senator",
     "mayor", "chancellor", "premier", "commissioner", "czar", "chief", "director"}
)  # fmt: skip
# Words between a subject and its verb, skipped when reading the subject.
_AUXILIARIES = frozenset(
    {"also", "then", "later", "will", "would", "has", "had", "have", "was", "is", "again",
     "first", "separately", "briefly", "to", "plans", "expected", "set", "due"}
)  # fmt: skip
_IN_EVENT = re.compile(
    r"""
    \s+(?:in|during|on|over)\s+     # "in", "during"
    (?:[\w'’-]+\s+){0,3}            # "a", "an hourlong", "their first"
    """,
    re.VERBOSE,
)  # between an addressed official and the noun of the event: "... in a phone call"
_COUNTRY_OFFICE = re.compile(
    r"""
    \s+(?:with\s+|to\s+)?(?:the\s+)?  # "with the"
    (?P<country>[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)  # "Peruvian", "Peru's", "Costa Rican"
    (?:['’]s?)?\s+                    # a possessive
    (?:foreign\s+|prime\s+|interior\s+|security\s+)?  # "foreign minister"
    (?P<office>[a-z]+)\b              # the office word: "president", "minister"
    """,
    re.VERBOSE,
)
_MAX_GAP = 12  # tokens between the names of a list
_FRONTED_COMMAS = 2  # commas a fronted phrase may hold: the one of a date, then its own
_YEAR_COMMA = re.compile(r"\s*\d{4}\s*,")  # "November 7, 2016,": the year after a date's comma


@frozen
class _Named:
    """One mention of an official in the text."""

    span: Span
    official: Official
    possessive: bool = False  # "Biden's": the owner of what follows, not always an actor


class _Index:
    """The officials' mentions in text order, found by position in logarithmic time."""

    def __init__(self, named: list[_Named], sentences: Sequence[Sentence]) -> None:
        """Index ``named`` (in text order) and the article's ``sentences``."""
        self.named = named
        self.starts = [n.span.start for n in named]
        self.at = {n.span.start: n for n in named}
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position`` (which lies in one)."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentences[max(0, i)]

    def between(self, start: int, end: int) -> list[_Named]:
        """The mentions lying inside ``text[start:end]``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [n for n in self.named[i:j] if n.span.end <= end]

    def last_before(self, end: int) -> _Named | None:
        """The last mention ending at or before ``end``, if any."""
        i = bisect.bisect_left(self.starts, end)
        while i > 0:
            i -= 1
            if self.named[i].span.end <= end:
                return self.named[i]
        return None


def _mentions(doc: Document) -> list[_Named]:
    """The mentions of the officials the officials extractor found, in text order; not a
    name that modifies a noun ("the Biden administration"). A name before an apostrophe
    owns what follows ("Biden's")."""
    named = []
    for official in doc.found(Official):
        for span in official.spans:
            after = _WORD.findall(doc.text[span.end : span.end + 40])
            words = [w for w in after if w not in {"’", "'", "s", "’s", "'s"}]
            if words and words[0].lower() in _MODIFIED:
                continue
            owner = doc.text[span.end : span.end + 1] in {"’", "'"}
            named.append(_Named(span=span, official=official, possessive=owner))
    return sorted(named, key=lambda n: n.span.start)


# A relative clause after a subject's name, and the comma that closes it before the verb:
# "Jo Ray, who was named by Cole last year, met ...".
_RELATIVE_OPEN = re.compile(r"\s*,\s*(?:who|whom|whose)\b")
_RELATIVE_CLOSED = re.compile(
    r",\s*(?:(?:also|then|later|first|has|had|have|will|would|was|is)\s+){0,2}\Z"
)


def _subjects(text: str, index: _Index, start: int, word: Hit) -> list[_Named]:
    """The officials named before a meeting word who take part: its subject ("Blinken and
    Mayorkas will meet"), or the owner of a meeting noun ("Harris' meeting"); not those
    cut off by a clause ("Abbott said Biden met ...") or owning something else."""
    found = index.between(start, word.start())
    owner = [n for n in found if n.possessive and word.start() - n.span.end <= 3]
    if owner:
        return owner
    vocabulary = _triggers()
    verbs = [
        m
        for m in _pattern().finditer(text, start, word.start())
        if vocabulary[m.group().casefold()].kind is not None
        and vocabulary[m.group().casefold()].verb
    ]
    if verbs:
        # "to meet President Ruiz, then Lima for talks with ...": Ruiz met, not talked
        objects, _ = _object_list(text, index, verbs[-1].end(), word.start())
        if not objects:  # "se reunió el martes con X en Miami y viajará ...": X after "con"
            later = _glue().with_.search(text, verbs[-1].end(), word.start())
            if later is not None:
                objects, _ = _object_list(text, index, later.end(), word.start())
        found = [n for n in found if n not in objects]
    if _RELATIVE_CLOSED.search(text, max(start, word.start() - _DESCRIBED_REACH), word.start()):
        # "Harris, who was tapped by Biden to lead the effort, spoke with ...": Harris; the
        # officials inside the relative clause do not act
        opened = [i for i, n in enumerate(found) if _RELATIVE_OPEN.match(text, n.span.end)]
        if opened:
            found = found[: opened[0] + 1]
    kept: list[_Named] = []
    for named in reversed(found):
        if named.possessive:
            continue
        if kept and not _coordinated(text, named.span.end, kept[-1].span.start):
            break  # the nearest official acts; one beyond a clause or a verb does not
        kept.append(named)
    return kept[::-1][-_MAX_PARTIES:]


def _coordinated(text: str, start: int, end: int) -> bool:
    """Whether two names are listed together: "Ruiz and her counterpart Pérez", not
    "Abbott said Biden", nor "Biden will visit X the day Trump visits"."""
    if _CLAUSE_BREAK.search(text, start, end) or not _glue().glue.search(text, start, end):
        return False
    vocabulary = _triggers()
    return not any(
        vocabulary[m.group().casefold()].kind is not None
        for m in _pattern().finditer(text, start, end)
    )


def _object_list(text: str, index: _Index, start: int, end: int) -> tuple[list[_Named], int]:
    """The officials listed from ``start``: "with X, Y and Z" (gaps of title words allowed)."""
    found: list[_Named] = []
    pos = start
    gap = 0
    for m in _WORD.finditer(text, start, end):
        if m.start() < pos:
            continue
        here = index.at.get(m.start())
        if here is not None and here.possessive and here.official.name not in _names(found):
            pos = here.span.end  # "welcomed Trump's decision", "met Biden's aide Jo Ray"
            gap += 1
            continue
        if here is not None and _REPORTER.match(text, here.span.end):
            break  # "..., spokesman Jo Ray said": who reports the event, not who met
        if here is not None:
            found.append(here)
            pos = here.span.end
            gap = 0
            if len(found) >= _MAX_PARTIES:
                break
            continue
        word = m.group()
        lowered = word.lower()
        if lowered in _glue().agent_lead and not found:
            continue
        if lowered in {"with", "con"} and found and text.endswith("and ", 0, m.start()):
            continue  # "with Ruiz and with Paz"
        if lowered == "as" and (
            text.startswith("well as", m.end() + 1) or text.endswith("well ", 0, m.start())
        ):
            continue  # "X as well as Y"
        if _in_list(word):
            if word == ".":
                continue  # inside a sentence a dot ends "Gov.", "U.S.", "J."
            gap += 1
            if gap > _MAX_GAP:
                break
            continue
        break
    return found, pos


def _in_list(word: str) -> bool:
    """Whether ``word`` may stand between the names of a list: a small word of the list
    ("and", "her", "counterpart"), a capitalised word, a mark, a word of an office's name
    ("foreign", "commissioners") or a demonym ("el secretario de Estado norteamericano")."""
    lowered = word.lower()
    return (
        lowered in _glue().list_glue
        or word[:1].isupper()
        or word in {".", "’", "'", "-"}
        or lowered.removesuffix("'s").removesuffix("’s") in _title_words()
        or lowered.removesuffix("s") in _title_words()  # "commissioners"
        or lowered in demonyms()
    )


def _main_subject(text: str, index: _Index, start: int, end: int) -> list[_Named]:
    """The official opening the main clause after a fronted phrase ending at a comma after
    ``start`` (the first, or one closing a date: "on May 7, 2016,"): "In a call with Ruiz,
    Mexican President Jo Cole said" (Cole)."""
    comma = text.find(",", start, min(end, start + _NEAR))
    for _ in range(_FRONTED_COMMAS):
        if comma < 0:
            return []
        for named in index.between(comma, min(end, comma + _NEAR))[:1]:
            lead = _WORD.findall(text[comma + 1 : named.span.start])
            if all(
                w[:1].isupper() or w.lower() in _title_words() or w in {".", "the"} for w in lead
            ):
                listed, _ = _object_list(text, index, named.span.start, end)  # "Cole and Ruiz"
                return listed or [named]
        if not _YEAR_COMMA.match(text, comma + 1):
            return []
        comma = text.find(",", comma + 1, min(end, comma + _NEAR))
    return []


def _two_sides(names: Sequence[str], served: dict[str, str | None]) -> bool:
    """Whether the officials of a signing or a tour are two sides: at least two named, and
    not all of one government ("Gov. Ray signed the bill with Lt. Gov. Cole and Speaker
    Diaz" is no meeting; a minister of another or an unstated country may be)."""
    if len(set(names)) < 2:
        return False
    known = [served[n] for n in names if served.get(n)]
    return len(set(known)) >= 2 or len(known) < 2


def _pronoun_object(
    text: str, index: _Index, sentence: Sentence, subjects: Sequence[str]
) -> list[str]:
    """Whom "him" or "her" after a meeting verb points back to: the latest official named
    before the sentence who is not its subject."""
    number = bisect.bisect_right(index.sentence_starts, sentence.start) - 1
    for back in range(number - 1, max(-1, number - 1 - _CARRY), -1):
        where = index.sentences[back]
        for named in reversed(index.between(where.start, where.end)[-_MAX_PARTIES:]):
            if not named.possessive and named.official.name not in subjects:
                return [named.official.name]
    return []


def _names(found: Sequence[_Named]) -> set[str]:
    """The names of the officials ``found`` mentions."""
    return {n.official.name for n in found}


def _names_of(found: Sequence[_Named]) -> list[str]:
    """The names of the officials ``found`` mentions, in its order."""
    return [n.official.name for n in found]


def _passive(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the meeting verb at ``start`` is passive: "was welcomed", "had been greeted"."""
    words = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 20) : start])]
    return bool(words) and words[-1] in _PASSIVE


def _group_lead(text: str, sentence: Sentence, start: int) -> bool:
    """Whether "the leaders", "both ministers" or "they" comes just before ``start``."""
    words = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 40) : start])][-4:]
    return any(w in _PRONOUNS_MANY for w in words) or any(
        (a in _GROUP_LEADS and b in _GROUP_NOUNS) or (a, b) == _THE_TWO
        for a, b in itertools.pairwise(words)
    )


def _pronoun(doc: Document, start: int, index: _Index, sentence: Sentence, verb: bool) -> list[str]:
    """The officials a pronoun, a group or an office before ``start`` points back to ("her
    meeting", "they met", "the two leaders", "the secretary also held talks")."""
    words = _lead_words(doc.text, sentence, start, verb)
    group = _group_lead(doc.text, sentence, start)
    if group:  # "they", "the leaders": the officials named earlier in this sentence
        here = index.between(sentence.start, start)
        if len({n.official.name for n in here}) >= 2:
            return list(dict.fromkeys(n.official.name for n in here[-_MAX_PARTIES:]))
    last = index.last_before(sentence.start)
    if last is None:
        return []
    office = _office_named(words)
    if office is not None:  # "The secretary also held talks with ...": whose office it is
        return _names_of(_holder(doc.text, index, last, office)[:1])
    if any(w in _PRONOUNS_ONE for w in words):
        return [_one_referent(doc.text, index, sentence, start, last)]
    if any(w in _PRONOUNS_MANY for w in words) or group:
        # "they", "the two leaders": the officials of the sentence that named some last
        where = index.sentence_at(last.span.start)
        named = index.between(where.start, where.end)[-_MAX_PARTIES:]
        return list(dict.fromkeys(n.official.name for n in named))
    return []


def _between_group(doc: Document, index: _Index, sentence: Sentence, word: Hit) -> list[str]:
    """The two officials "between the two leaders" after an event noun points back to: the
    sentence's subject ("The president thanked Jo Cole for ... a call between the two
    leaders": the president named before, and Cole), with the officials the sentence names
    before the noun, or when it names none, those of the latest sentence naming some; none
    when no such group follows the noun or fewer than two are found."""
    group = _GROUP_AFTER if word.group().casefold().endswith("between") else _BETWEEN_GROUP
    if group.match(doc.text, word.end()) is None:
        return []
    named = [n.official.name for n in index.between(sentence.start, word.start())]
    last = index.last_before(sentence.start)
    opening = [w.lower() for w in _WORD.findall(doc.text[sentence.start : sentence.start + 40])]
    subject: list[str] = []
    if last is not None and opening and opening[0] in _PRONOUNS_ONE:
        subject = [_one_referent(doc.text, index, sentence, word.start(), last)]
    for size in (2, 3):  # "The president", "The foreign minister"
        office = _office_named(opening[:size])
        if last is not None and office is not None and not subject:
            subject = _names_of(_holder(doc.text, index, last, office)[:1])
    found = list(dict.fromkeys([*subject, *named]))
    if not found and last is not None:
        # "This followed a meeting between the 2 ministers in Paris": the officials of the
        # latest sentence naming some, as "they" points back to them
        where = index.sentence_at(last.span.start)
        found = list(dict.fromkeys(n.official.name for n in index.between(where.start, where.end)))[
            :_MAX_PARTIES
        ]
    return found if len(found) >= 2 else []


def _lead_words(text: str, sentence: Sentence, start: int, verb: bool) -> list[str]:
    """The last words before a meeting word at ``start``, lower-cased; before a noun, the
    sentence's first word too: a noun's owner ("her meeting") or the sentence's subject
    ("They said the meeting ...")."""
    words = [w.lower() for w in _WORD.findall(text[max(sentence.start, start - 40) : start])][-4:]
    if not verb:
        first = _WORD.findall(text[sentence.start : sentence.start + 12])[:1]
        words += [w.lower() for w in first]
    return words


# "I" or "we" just before a meeting word (with its auxiliaries): the speaker of a quote.
_FIRST_PERSON = re.compile(
    r"""
    \b(?:I|[Ww]e)                     # the speaker
    (?:['’](?:ll|m|ve|d))?             # "I'll", "I'm"
    (?:\s+(?:will|would|shall|am|are|have|had|also|then|plan\s+to|hope\s+to|want\s+to
    |going\s+to|intend\s+to|expect\s+to|to|be|soon)){0,3}  # "will soon", "am going to"
    \s+\Z
    """,
    re.VERBOSE,
)
_QUOTES = '"“”'
_OPENING_QUOTES = '"“'
_QUOTE_REACH = 600  # characters a quote may run on after "I will meet ..."
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|stated|wrote|declared)\b")


def _speaker(text: str, index: _Index, sentence: Sentence, start: int) -> list[_Named]:
    """The official whose quoted words hold "I will meet ..." at ``start``: named after the
    closing quote with a verb of saying ("..., Chilean President Jo Ray told reporters"), or
    before the opening one ("Jo Ray said: ...")."""
    if not _FIRST_PERSON.search(text, max(sentence.start, start - 40), start):
        return []
    line_start = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    opening = max(text.rfind(q, line_start, start) for q in _OPENING_QUOTES)
    if opening < 0 or text.find("”", opening, start) >= 0:
        return []  # no quote opened before the word, or one closed since
    # the quote may run on past its sentence ('"... I spoke with Ruiz. It went well," Cole
    # wrote'): its closing mark before the paragraph ends
    line_end = text.find("\n", start)
    quote_end = min(len(text) if line_end < 0 else line_end, start + _QUOTE_REACH)
    closing = min(
        (at for at in (text.find(q, start, quote_end) for q in _QUOTES) if at >= 0),
        default=-1,
    )
    if closing >= 0:
        said_end = index.sentence_at(closing).end
        after = index.between(closing, min(said_end, closing + _NEAR))[:1]
        if after and _SPEECH.search(text, closing, min(said_end, after[0].span.end + _NEAR)):
            return after
    told = index.sentence_at(opening)
    before = index.between(max(told.start, opening - _NEAR), opening)[-1:]
    if before and _SPEECH.search(text, before[0].span.end, opening):
        return before
    return []


def _one_referent(text: str, index: _Index, sentence: Sentence, start: int, last: _Named) -> str:
    """Whom "he" or "she" before ``start`` points back to: the first official named earlier
    in the sentence who is not met there ("Rubio's trip begins in Panama, where he will
    meet ..."), else the one :func:`_antecedent` finds in the sentences before."""
    for named in index.between(sentence.start, start)[:_MAX_PARTIES]:
        if not _another_event(
            text, max(sentence.start, named.span.start - _SUBJECT), named.span.start
        ):
            return named.official.name
    return _antecedent(text, index, last).official.name


# A subject described by "the", a few words and an office noun, just before the meeting
# verb: "the three-term Republican governor met", "the veteran Labour home secretary has
# met" (no comma inside: "Ahead of talks with Cole, the governor met ...").
_DESCRIBED = re.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,5}?(?P<office>"
    + "|".join(sorted(_OFFICE_NOUNS))
    + r")\s+(?:(?:also|then|later|first|has|had|have|will|would|was|is)\s+){0,2}\Z",
    re.IGNORECASE,
)
_DESCRIBED_REACH = 80  # characters before a meeting verb where its described subject stands


def _described(text: str, index: _Index, sentence: Sentence, start: int) -> list[_Named]:
    """The official a described subject right before the meeting verb at ``start`` names
    ("Ahead of his talks with Cole, the three-term governor met ...": the governor named
    before), as :func:`_holder` finds the one of that office; none when there is no such
    subject or no official of that office was named before the sentence."""
    described = _DESCRIBED.search(text, max(sentence.start, start - _DESCRIBED_REACH), start)
    last = index.last_before(sentence.start)
    if described is None or last is None:
        return []
    return _holder(text, index, last, described.group("office").casefold())[:1]


def _office_named(words: Sequence[str]) -> str | None:
    """The office word of "the secretary", "the foreign minister" ending ``words`` (before
    a meeting word, auxiliaries such as "also" or "will" skipped), if any."""
    titles = _title_words()
    kept = list(words)
    while kept and kept[-1] in _AUXILIARIES:
        kept.pop()
    if "the" not in kept:
        return None
    after = kept[len(kept) - 1 - kept[::-1].index("the") + 1 :]
    if after and all(w in titles for w in after) and after[-1] in _OFFICE_NOUNS:
        return after[-1]
    return None


def _holder(text: str, index: _Index, last: _Named, office: str) -> list[_Named]:
    """The official "the secretary" points back to: in the latest sentences naming one of
    that office, the first who is not met there (as :func:`_antecedent` reads "he")."""
    number = bisect.bisect_right(index.sentence_starts, last.span.start) - 1
    for back in range(number, max(-1, number - _CARRY), -1):
        where = index.sentences[back]
        for named in index.between(where.start, where.end)[:_MAX_PARTIES]:
            title = (named.official.title or "").casefold().split()
            lead = max(where.start, named.span.start - _SUBJECT)
            if (
                office in title
                and not named.possessive
                and not _another_event(text, lead, named.span.start)
            ):
                return [named]
    return []


def _antecedent(text: str, index: _Index, last: _Named) -> _Named:
    """Whom "he" or "she" points back to: the subject of the latest sentence naming an
    official who is not met there ("Ruiz flew to Lima with Secretary Cole. During his
    visit, he met ...": Ruiz; "In Lima, she met Paz. Then she ...": not Paz)."""
    number = bisect.bisect_right(index.sentence_starts, last.span.start) - 1
    for back in range(number, max(-1, number - _CARRY), -1):
        where = index.sentences[back]
        for named in index.between(where.start, where.end)[:_MAX_PARTIES]:
            lead = max(where.start, named.span.start - _SUBJECT)
            if not named.possessive and not _another_event(text, lead, named.span.start):
                return named
    return last


def _recent(
    index: _Index, number: int, names: Sequence[str]
) -> list[tuple[Sentence, list[_Named]]]:
    """The sentences before sentence ``number`` (nearest first, within :data:`_CARRY`) that
    name one of ``names``, with those mentions."""
    wanted = set(names)
    found = []
    for back in range(number - 1, max(-1, number - 1 - _CARRY), -1):
        sentence = index.sentences[back]
        here = [n for n in index.between(sentence.start, sentence.end) if n.official.name in wanted]
        if here:
            found.append((sentence, here))
    return found


def _addressed_by(
    text: str, index: _Index, sentence: Sentence, named: _Named, word: Hit
) -> list[_Named]:
    """The official who addressed ``named`` in the event a noun names after it: "Vega told
    (thanked, assured, warned) Peruvian President Paz in (during) a call" gives Vega. Only
    a verb and the object's title stand between them."""
    if not _IN_EVENT.fullmatch(text, named.span.end, word.start()):
        return []
    speaker = index.last_before(named.span.start)
    if speaker is None or speaker.possessive or speaker.span.start < sentence.start:
        return []
    gap = _WORD.findall(text[speaker.span.end : named.span.start])
    if not gap or gap[0] not in _ADDRESS_VERBS:
        return []  # "Abbott blamed Biden during a visit": a verb about, not to, him
    titles = _title_words()
    if all(w[:1].isupper() or w.lower() in titles or w in {".", "the"} for w in gap[1:]):
        return [speaker]
    return []


def _appositive(text: str, subjects: Sequence[_Named], start: int) -> Span | None:
    """The appositive between a meeting verb's subject and the verb ("Ruiz, Peru's envoy
    to Chile, met ..."), whose places are no meeting's place."""
    if not subjects or not text.startswith(",", subjects[-1].span.end):
        return None
    return Span(subjects[-1].span.end, start)


_VISITOR_LEAD = re.compile(r"\s+(?:que|which|that)\s+", re.IGNORECASE)  # "la gira que ..."
_VISITOR_REACH = 40  # characters after "que" where the visitor of a visit noun is named
_PARTIES_REACH = 160  # characters after a relative verb where its subjects are named


def _relative_visitor(text: str, index: _Index, start: int, end: int) -> tuple[list[str], int]:
    """The official named right after a visit noun's relative word ("la gira que el
    Presidente mexicano realizará"), and where the clause's verb ends; ([], start) if none."""
    relative = _VISITOR_LEAD.match(text, start, end)
    if relative is None:
        return [], start
    found = index.between(relative.end(), min(end, relative.end() + _VISITOR_REACH))
    if not found:
        return [], start
    named = found[0]
    verb = _WORD.match(text, named.span.end + 1, end)  # "realizará"
    return [named.official.name], verb.end() if verb is not None else named.span.end


# A relative clause after an event noun whose verb comes before its subjects: "la
# llamada que tuvieron el viernes el presidente X y su homólogo Y".
_RELATIVE_PARTIES = re.compile(
    r"\s+que\s+(?:tuvieron|sostuvieron|mantuvieron|realizaron|celebraron|tendrán|sostendrán"
    r"|mantendrán)\b",
    re.IGNORECASE,
)


def _relative_parties(text: str, index: _Index, start: int, end: int) -> list[str]:
    """The officials named after an event noun's relative clause whose verb comes first
    ("la llamada que tuvieron ... X y Y"), up to another meeting word; none unless two."""
    relative = _RELATIVE_PARTIES.match(text, start, end)
    if relative is None:
        return []
    found: list[str] = []
    for named in index.between(relative.end(), min(end, relative.end() + _PARTIES_REACH)):
        if named.possessive or _another_event(text, relative.end(), named.span.start):
            break
        found.append(named.official.name)
    found = list(dict.fromkeys(found))
    return found if len(found) >= 2 else []


def _office_of(text: str, index: _Index, word: Hit, end: int) -> _Named | None:
    """The official an office of a country after a meeting word points back to: "with the
    Peruvian president", "met Peru's foreign minister" (the one of that country and office
    named last before the word)."""
    found = _COUNTRY_OFFICE.match(text, word.end(), end)
    if found is None:
        return None
    countries = list(find_countries(text, found.start("country"), found.end("country")))
    if not countries or countries[0].span.start != found.start("country"):
        return None
    code = countries[0].code
    office = found.group("office").casefold()
    if office not in _OFFICE_NOUNS:
        return None
    for named in reversed(index.between(0, word.start())[-4 * _MAX_PARTIES :]):
        title = (named.official.title or "").casefold().split()
        if named.official.country == code and office in title:
            return named
    return None
