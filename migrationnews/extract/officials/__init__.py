"""Extract :class:`~migrationnews.records.Official` records: named office-holders.

A sentence names an official in a few shapes, all read around an office word of
``rules/titles.tsv`` ("President", "Gov.", "secretary", "migration head"):

- the title before the name: "Mexican President Claudia Sheinbaum", "Texas Gov. Greg
  Abbott", "Oklahoma Republican Sen. Jim Lankford", "the acting commissioner, Troy Miller";
- an appositive after the name: "Alejandro N. Mayorkas, secretary of homeland security,";
- "X, who heads Y" and the congressional tag "Sen. X, R-Okla.";
- a counterpart: "... and his Honduran counterpart Ana María Ruiz";
- a name of the dated office-holder gazetteer (:mod:`migrationnews.offices`) written
  without a title ("Joe Biden said", "the Trump administration").

Every later mention of a person (surname, "Mr. Blinken", "the president" when one
president is named) joins the same record. The country comes from the title's adjective,
possessive or state ("Mexico's", "Texas Gov."), else the gazetteer at the publication
date, else the office word's hint ("Sen." is a US title). Fields taken from the
gazetteer are named in :attr:`Official.inferred`; a title is taken from it only when a
sentence naming the person also names that office (a name alone names no office). An
appositive post replaces a bare office word before the name ("Rep. Jo Ray of Texas, the
House minority leader," is the House Minority Leader).

>>> from migrationnews.text import Document
>>> import datetime as dt
>>> doc = Document.of("Texas Gov. Greg Abbott spoke. Later Abbott left.", dt.date(2023, 12, 27))
>>> [(o.name, o.title, o.country, len(o.spans)) for o in extract(doc)]
[('Greg Abbott', 'Governor', 'US', 2)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence

import attrs
from attrs import define, field, frozen

from migrationnews import offices, ruletables
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.language import active, demonyms
from migrationnews.offices import NameForm, Tenure
from migrationnews.records import Official
from migrationnews.ruledata import Vocabulary, substrings_pattern
from migrationnews.text import Document, Sentence
from migrationnews.values import Span

RECORD = Official
NEEDS = ()  # reads the text alone

__all__ = ["NEEDS", "RECORD", "extract"]

_TOKEN = re.compile(
    r"""
    (?:[A-Z]\.){2,4}            # a dotted abbreviation: U.S., U.N., J.D. (bounded)
    | \w+(?:['’\-]\w+)*         # a word; apostrophes and hyphens inside: O'Brien, Díaz-Canel
    | \S                        # any other character, alone
    """,
    re.VERBOSE,
)
# The same tokens, each with the blanks before it (only blanks lie between tokens); the
# newline ends the verbose pattern's last comment before the group closes.
_SPACED_TOKEN = re.compile("(\\s*)(" + _TOKEN.pattern + "\n)", re.VERBOSE)
_HEAD_CLASSES = frozenset({"office", "role", "counterpart"})
_TAG_HINT = re.compile(
    r"""
    ,\s*(?:[RDI]-|who\s)          # ", R-Okla." or ", who heads ..."
    """,
    re.VERBOSE,
)
_PARTY_TAG = re.compile(
    r"""
    [RDI]                       # Republican, Democrat, Independent
    -                           # then a hyphen
    [A-Z][A-Za-z]*              # and a state abbreviation: R-Okla, D-N (of D-N.Y.)
    \Z                          # the whole token
    """,
    re.VERBOSE,
)

# Words that never start or continue a person's name.
_NOT_NAME = frozenset(
    {
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "To",
        "From",
        "By",
        "With",
        "As",
        "After",
        "Before",
        "Since",
        "When",
        "While",
        "If",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "Then",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    }
)
_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "la",
        "las",
        "los",
        "van",
        "von",
        "der",
        "den",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "di",
        "le",
        "bin",
        "al",
        "y",
        "st",
    }
)
_RANKS = frozenset(
    {"Lt", "Sgt", "Capt", "Col", "Maj", "Gen", "Adm", "Cmdr", "Cpl", "Lieutenant", "Sergeant",
     "Captain", "Colonel", "Trooper", "Officer", "Agent"}
)  # fmt: skip
# Offices of a town, county or state: with no country of their own, they serve the country
# of the article's dateline ("EAGLE PASS, Texas - ... Mayor Rolando Salinas").
# What an officer of a rank does for a body ("Maj. Jo Ray, spokesman for ..."): the roles
# by which a state's force or agency speaks or is led.
_OFFICER_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "head", "director"}
)
_LOCAL_HEADS = frozenset(
    {"mayor", "sheriff", "councilman", "councilwoman", "alderman", "judge", "justice"}
)  # a court serves the country of the article too
_LOCAL_LEADS = frozenset({"state", "county", "city", "municipal"})
_DATELINE = re.compile(
    r"""
    ^[ \t]*                         # a line's start (the first lines of the article)
    (?P<city>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})  # CITY in capitals
    (?P<rest>[ ]?,[ ]?[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})?  # ", Texas", ", Colo."
    [ ]*(?:\([^()\n]{0,40}\)[ ]*)?   # an optional agency: "(AP)"
    (?:--|(?<=[ ])-|[—–])           # and the dash that ends a dateline (not "US-Mexico")
    """,
    re.VERBOSE | re.MULTILINE,
)
_DATELINE_REACH = 400  # characters from the start where a dateline may stand
# A sentence set in a country: "In neighbouring Costa Rica, Security Minister ..."
_FRAME = re.compile(
    r"""
    \s*In[ ]+                       # "In" opening the sentence
    (?:(?:neighbou?ring|nearby)[ ]+)?  # "neighbouring"
    """,
    re.VERBOSE,
)
_APPOSITION = 90  # characters of the clause after a name that may say whose office it is
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sr", "Sra"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "a", "an"})
_APPOSITIVE_END = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", "and", "who", "said"})
_HEAD_VERBS = frozenset(
    {"heads", "leads", "runs", "directs", "chairs", "oversees", "headed", "led"}
)
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on"})
_POSSESSIVE = ("'s", "’s")
_MAX_NAME = 6
_MAX_LEFT = 6
_MAX_COMPLEMENT = 7
# Roles that a country alone makes official: "Venezuelan leader", "Mexican official".
_COUNTRY_ROLES = frozenset(
    {"leader", "official", "chief", "head", "spokesman", "spokeswoman", "spokesperson"}
)
# Nouns that end the name of a government body: "the Transitional Presidential Council".
_INSTITUTIONS = frozenset(
    {"council", "commission", "institute", "department", "ministry", "agency", "office",
     "committee", "service", "services", "administration", "patrol", "police", "guard",
     "secretariat", "senate", "congress", "assembly", "court", "government", "sector"}
)  # fmt: skip
_TO_HEADS = frozenset({"ambassador", "envoy", "adviser", "advisor", "amb."})  # "... to the U.S."
_ROLE_NOUNS = frozenset({"president", "governor", "secretary", "senator", "mayor", "minister"})
_ACTING = frozenset({"acting", "interim"})  # "the acting secretary" is still the secretary
_MAX_NAMESAKES = 8  # people of one surname told apart in one text


@frozen
class _Word:
    """A row of titles.tsv."""

    title: str
    cls: str
    country: str | None


@functools.cache
def _titles() -> dict[str, _Word]:
    words = {}
    for row in ruletables.titles():
        words[row.form.casefold()] = _Word(row.title, row.cls, row.country)
    return words


@functools.cache
def _title_pattern() -> Vocabulary:
    return Vocabulary(_titles())


@functools.cache
def _head_pattern() -> Vocabulary:
    heads = [form for form, word in _titles().items() if word.cls in _HEAD_CLASSES]
    return Vocabulary(heads)


@functools.cache
def _common_surnames() -> frozenset[str]:
    return frozenset(ruletables.common_surnames())


class _Tok:
    """One token of a sentence, with what the readers ask of it worked out once."""

    __slots__ = ("bare", "cap", "end", "possessive", "start", "text", "word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cap = text[:1].isupper()
        self.word = text[:1].isalnum()
        self.possessive = len(text) > 2 and text.endswith(_POSSESSIVE)
        self.bare = text[:-2] if self.possessive else text  # without "'s"


@define
class _Marks:
    """What the vocabularies recognise in one sentence, by token index ([i, j) runs)."""

    words: dict[int, tuple[int, _Word, str]] = field(factory=dict)  # start -> end, row, text
    words_end: dict[int, tuple[int, _Word, str]] = field(factory=dict)  # end -> start, ...
    countries: dict[int, tuple[int, str]] = field(factory=dict)  # start -> end, code
    countries_end: dict[int, tuple[int, str]] = field(factory=dict)
    places: dict[int, tuple[int, str | None]] = field(factory=dict)  # start -> end, country
    places_end: dict[int, tuple[int, str | None]] = field(factory=dict)
    demonyms: set[int] = field(factory=set)  # end indices of demonyms ("Mexican")
    starts: dict[int, int] = field(factory=dict)  # character offset -> token starting there
    ends: dict[int, int] = field(factory=dict)  # offset -> token ending there, plus one

    def run(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens [i, j) that characters [start, end) cover exactly, if any
        (a name may end before a possessive "'s")."""
        i, j = self.starts.get(start), self.ends.get(end)
        return (i, j) if i is not None and j is not None and j > i else None


@frozen
class _Mention:
    """One mention of a person: the name as written, and what the text says around it."""

    name: tuple[str, ...]  # the name's words, possessive endings dropped
    span: Span
    title: str | None = None
    country: str | None = None  # stated by the text (adjective, possessive, state)
    hint: str | None = None  # implied by the office words ("Sen.", "Homeland Security")
    holder: tuple[Tenure, ...] = ()  # gazetteer tenures when the name is a full gazetteer form


@define
class _Person:
    key: str  # the surname as matched, case-folded
    mentions: list[_Mention] = field(factory=list)
    given: tuple[str, ...] = ()  # the fullest name written

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        if len(mention.name) > len(self.given):
            self.given = mention.name


def _tokens(text: str, sentence: Sentence) -> list[_Tok]:
    # findall gives each token with the blanks before it, so no Match object is built:
    # a token starts where the previous one ended, after those blanks.
    toks = []
    end = sentence.start
    for blanks, word in _SPACED_TOKEN.findall(text, sentence.start, sentence.end):
        start = end + len(blanks)
        end = start + len(word)
        toks.append(_Tok(word, start, end))
    return toks


def _marks(text: str, sentence: Sentence, toks: Sequence[_Tok]) -> _Marks:
    marks = _Marks()
    marks.starts = {t.start: i for i, t in enumerate(toks)}
    for i, t in enumerate(toks):
        marks.ends[t.end] = i + 1
        if t.possessive:
            marks.ends.setdefault(t.end - 2, i + 1)
    run = marks.run
    words = _titles()
    for m in _title_pattern().finditer(text, sentence.start, sentence.end):
        if (ij := run(m.start(), m.end())) is not None:
            entry = (words[m.group().casefold()], m.group())
            marks.words[ij[0]] = (ij[1], *entry)
            marks.words_end[ij[1]] = (ij[0], *entry)
    for c in find_countries(text, sentence.start, sentence.end):
        if (ij := run(c.span.start, c.span.end)) is not None:
            marks.countries[ij[0]] = (ij[1], c.code)
            marks.countries_end[ij[1]] = (ij[0], c.code)
            if c.demonym:
                marks.demonyms.add(ij[1])
    for p in find_places(text, sentence.start, sentence.end):
        if (ij := run(p.span.start, p.span.end)) is not None:
            marks.places[ij[0]] = (ij[1], p.place.country)
            marks.places_end[ij[1]] = (ij[0], p.place.country)
    return marks


def _is_initial(toks: Sequence[_Tok], i: int) -> bool:
    t = toks[i]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].text == "."
        and toks[i + 1].start == t.end
    )


def _name_word(tok: _Tok) -> bool:
    return tok.cap and tok.word and tok.bare not in _NOT_NAME and not tok.text.isdigit()


def _read_name(
    toks: Sequence[_Tok], i: int, marks: _Marks, limit: int = _MAX_NAME
) -> tuple[int, tuple[str, ...]]:
    """The person's name starting at token ``i``: (index after it, its words); (i, ()) if none."""
    words: list[str] = []
    k = i
    last_end = i
    while k < len(toks) and len(words) < limit:
        tok = toks[k]
        if k in marks.words and (
            k == i or marks.words[k][1].cls in {"office", "role", "counterpart"}
        ):
            break  # a name never starts with a title word: "the Governor's Office"
        if _is_initial(toks, k):
            words.append(tok.text + ".")
            k += 2
            continue
        if tok.text in _SUFFIXES and words:
            words.append(tok.text + ("." if k + 1 < len(toks) and toks[k + 1].text == "." else ""))
            k += 2 if words[-1].endswith(".") else 1
            last_end = k
            continue
        if tok.text.lower() in _PARTICLES and words and _particle_run(toks, k):
            words.append(tok.text)
            k += 1
            continue
        if not _name_word(tok):
            break
        words.append(tok.bare)
        k += 1
        last_end = k
        if tok.possessive:
            break
    # a name ends on a word, never on an initial or a particle
    while words and ((words[-1].endswith(".") and len(words[-1]) == 2) or words[-1].islower()):
        words.pop()
    if not words:
        return i, ()
    return last_end, tuple(words)


def _particle_run(toks: Sequence[_Tok], k: int) -> bool:
    """Whether particles from ``k`` lead to a name word: "de la Fuente", "van der Berg"."""
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].text.lower() not in _PARTICLES:
            return _name_word(toks[j])
    return False


def _read_name_back(toks: Sequence[_Tok], end: int) -> tuple[int, tuple[str, ...]]:
    """The name ending just before token ``end``: (its first index, its words)."""
    k = end - 1
    words: list[str] = []
    while k >= 0 and len(words) < _MAX_NAME:
        tok = toks[k]
        if tok.text == "." and k >= 1 and _is_initial(toks, k - 1) and words:
            words.append(toks[k - 1].text + ".")
            k -= 2
            continue
        if tok.text.lower() in _PARTICLES and words and k >= 1 and _name_word(toks[k - 1]):
            words.append(tok.text)
            k -= 1
            continue
        if not _name_word(tok) or tok.possessive:
            break
        words.append(tok.text)
        k -= 1
    words.reverse()
    return k + 1, tuple(words)


def _surname(words: Sequence[str]) -> str:
    """The family-name part: the last word with its particles ("de la Fuente")."""
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in _PARTICLES:
        k -= 1
    return " ".join(words[k:])


def _title_case(word: str) -> str:
    if word.lower() in _SMALL:
        return word.lower()
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return word  # an acronym or a name as written: CBP, U.S., McAllen
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@define
class _Phrase:
    """A title phrase around an office word, tokens [start, end)."""

    start: int
    end: int
    parts: list[str] = field(factory=list)  # title words, normalised
    country: str | None = None
    hint: str | None = None
    bodies: int = 0
    offices: int = 0
    negative: bool = False
    determiner: bool = False  # opens with the/its/a possessive: "the acting commissioner,"
    counterpart: bool = False
    head: str = ""  # the office word, lower case
    unknown: int = 0  # capitalised qualifiers no vocabulary knows ("Annunciation House")
    opens_unknown: bool = False  # the leftmost qualifier is such a word
    qualified: bool = False  # a country right before the office word: "Venezuelan leader"
    body: tuple[int, tuple[str, ...]] | None = None  # that body's end and title words

    def title(self) -> str | None:
        words = [w for part in self.parts for w in part.split()]
        if not words:
            return None
        text = " ".join(_title_case(w) for w in words)
        return text[:1].upper() + text[1:]


def _left(
    toks: Sequence[_Tok], marks: _Marks, head: int, first: int, phrase: _Phrase, headline: bool
) -> None:
    """Extend ``phrase`` leftwards over qualifiers of the office word at ``head``."""
    k = head
    taken = 0
    parts: list[str] = []
    while k > first and taken < _MAX_LEFT:
        if k in marks.countries_end:
            i, code = marks.countries_end[k]
            phrase.opens_unknown = False
            phrase.qualified |= k == head
            phrase.country = phrase.country or code
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        if k in marks.words_end:
            i, word, written = marks.words_end[k]
            phrase.opens_unknown = False
            if word.cls == "not":
                phrase.negative = True
            elif word.cls in {"body", "modifier", "office", "role"}:
                parts.insert(
                    0,
                    word.title or written.rstrip("'’s")
                    if toks[k - 1].possessive
                    else word.title or written,
                )
                phrase.bodies += word.cls == "body"
                phrase.hint = phrase.hint or word.country
            elif word.cls == "drop":
                phrase.hint = phrase.hint or word.country
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        if k in marks.places_end:
            i, country = marks.places_end[k]
            phrase.opens_unknown = False
            phrase.country = phrase.country or country
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        tok = toks[k - 1]
        if tok.text in {"'", "’"} and (k - 1) in marks.countries_end:
            # "Honduras' minister": the possessive of a name ending in s
            i, code = marks.countries_end[k - 1]
            phrase.opens_unknown = False
            phrase.country = phrase.country or code
            phrase.determiner = True
            k = i
            break
        if tok.text.lower() in _DETERMINERS or (tok.possessive and not tok.cap):
            phrase.determiner = True  # "the", "its", "the country's"
            k -= 1
            if tok.possessive and k > first and toks[k - 1].text.lower() in _DETERMINERS:
                k -= 1  # the "the" of "the country's"
            break
        if tok.text.lower() == "then":
            k -= 1
            continue
        if (
            tok.text in {"of", "and"}
            and (k - 1) in marks.words_end
            and marks.words_end[k - 1][1].cls == "body"
        ):
            parts.insert(0, tok.text)  # "Department of Public Safety spokesman"
            k -= 1
            continue
        if tok.cap and tok.word and tok.bare not in _NOT_NAME and (k - 1 == first or headline):
            phrase.unknown += 1  # at the start of a sentence or in a headline: no title word
            phrase.opens_unknown = True
            break
        if tok.cap and tok.word and tok.bare not in _NOT_NAME:
            # an unknown capitalised qualifier ("Trade Representative"); a possessive
            # one is an organisation ("Annunciation House's director"): not an office
            if tok.possessive:
                phrase.negative = True
            phrase.unknown += 1
            phrase.opens_unknown = True
            parts.insert(0, tok.bare)
            k, taken = k - 1, taken + 1
            continue
        break
    phrase.start = k
    phrase.parts[:0] = parts


def _complement(
    toks: Sequence[_Tok], marks: _Marks, after: int, phrase: _Phrase, *, loose: bool
) -> None:
    """Extend ``phrase`` over "of the border agency" after token ``after`` (if there is one)."""
    if after >= len(toks):
        return
    prep = toks[after].text.lower()
    if prep not in {"of", "for"} and not (prep == "to" and phrase.head in _TO_HEADS):
        return
    k = after + 1
    parts = [toks[after].text.lower()]
    units = unknown = dangling = 0
    country: str | None = None
    governed: str | None = None  # the government of a second "of": "of security of Honduras"
    while k < len(toks) and k - after <= _MAX_COMPLEMENT:
        tok = toks[k]
        if k in marks.words:
            j, word, written = marks.words[k]
            if word.cls == "not":
                phrase.negative = True
            if word.cls in {"office", "role"} and not loose and prep != "to":
                break  # "Secretary of State Jo Ray" ends before a new office; "to the
                # President" does not
            parts.append(word.title or written)
            phrase.bodies += word.cls == "body"
            phrase.offices += word.cls == "office"
            phrase.hint = phrase.hint or word.country
            k, units = j, units + 1
            continue
        if k in marks.countries:
            j, code = marks.countries[k]
            country = country or code
            dangling = j  # "of the Mexican ...", "of Mexico's ...": something must follow
            if not toks[j - 1].possessive:  # "of Mexico's immigration institute": no "Mexico's"
                parts.append(" ".join(t.text for t in toks[k:j]))
            k, units = j, units + 1
            continue
        if k in marks.places:
            j, where = marks.places[k]
            country = country or where
            parts.append(" ".join(t.text for t in toks[k:j]))
            k, units = j, units + 1
            continue
        if tok.text.lower() in {"the", "and"}:
            parts.append(tok.text.lower())
            k += 1
            continue
        if tok.text.lower() == "of" and units and country is None:
            # "minister of security of Honduras": the government after the office
            at = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() == "the")
            found = marks.countries.get(at)
            if found is not None and not toks[found[0] - 1].possessive:
                governed, k = found[1], found[0]
                break
        if loose and tok.cap and tok.word:
            parts.append(tok.text)
            unknown += 1
            k, units = k + 1, units + 1
            continue
        break
    while parts and parts[-1] in {"the", "and", "of", "for", "to"}:
        parts.pop()
        k -= 1
    if units == 0:
        return
    if k < len(toks) and k in marks.words_end and toks[k].cap and toks[k].word:
        _, last, _ = marks.words_end[k]
        if last.cls == "modifier":  # "Envoy for Special Missions Jo Ray": a modifier
            parts.append(toks[k].text)  # qualifies the noun after it, not the name
            k += 1
    if dangling == k and (_is_demonym(marks, k) or toks[k - 1].possessive):
        phrase.negative = True  # "president of the Mexican Episcopal Conference"
        return
    if unknown and ((country or governed) is None or parts[-1].lower() not in _INSTITUTIONS):
        # "president of the Episcopal Conference", "director of the Hope Border
        # Institute": an organisation the vocabulary does not know is no government office
        phrase.negative = True
        phrase.body = (k, tuple(parts))  # kept for an officer's appositive
        return
    phrase.parts.extend(parts)
    phrase.end = k
    if country and phrase.country is None and prep != "to":  # "ambassador to the U.S."
        phrase.country = country
        if units == 1:  # "President of Mexico", "Mayor of Tapachula": the place is no office
            del phrase.parts[-len(parts) :]
    phrase.country = phrase.country or governed


def _is_demonym(marks: _Marks, end: int) -> bool:
    return end in marks.demonyms


def _phrase(
    toks: Sequence[_Tok],
    marks: _Marks,
    head: int,
    first: int,
    *,
    loose: bool = False,
    headline: bool = False,
) -> _Phrase:
    j, word, written = marks.words[head]
    phrase = _Phrase(head, j)
    phrase.parts.append(word.title or written)
    phrase.offices += word.cls == "office"
    phrase.counterpart = word.cls == "counterpart"
    phrase.hint = word.country
    phrase.head = written.casefold()
    _left(toks, marks, head, first, phrase, headline)
    _complement(toks, marks, j, phrase, loose=loose)
    return phrase


def _official_phrase(phrase: _Phrase) -> bool:
    """Whether the phrase names a public office (a role needs a government beside it)."""
    if phrase.negative:
        return False
    if phrase.offices > 0 or phrase.counterpart:
        return True
    if phrase.unknown and (phrase.opens_unknown or not (phrase.bodies and phrase.hint)):
        # "Frontera Viva director": an organisation we do not know; but a government's
        # own body may name a unit we do not know ("White House Domestic Policy Council")
        return False
    return phrase.bodies > 0 or (phrase.qualified and phrase.head in _COUNTRY_ROLES)


def _after_name_ok(toks: Sequence[_Tok], marks: _Marks, k: int) -> bool:
    """False when the name is followed by "of <an organisation we do not know>"."""
    if k + 1 >= len(toks) or toks[k].text.lower() != "of":
        return True
    nxt = k + 1 + (toks[k + 1].text.lower() == "the" and k + 2 < len(toks))
    if nxt in marks.countries or nxt in marks.places:
        return True
    for at in range(nxt, min(len(toks), nxt + 4)):  # "of the Southern District of Texas"
        if at in marks.words:
            return marks.words[at][1].cls == "body"
        if not (toks[at].cap and toks[at].word):
            break
    return not toks[nxt].cap


def _span(toks: Sequence[_Tok], i: int, j: int) -> Span:
    return Span(toks[i].start, toks[j - 1].end)


def _name_span(toks: Sequence[_Tok], i: int, j: int) -> Span:
    last = toks[j - 1]
    end = last.end - 2 if last.possessive else last.end
    return Span(toks[i].start, end)


def _sentence_mentions(
    toks: Sequence[_Tok], marks: _Marks, taken: set[int], previous: list[_Mention]
) -> None:
    """Add the titled mentions of one sentence to ``previous``; ``taken`` collects the
    tokens read (names and their titles)."""
    heads = sorted(
        i for i, (_, w, _) in marks.words.items() if w.cls in {"office", "role", "counterpart"}
    )
    headline = _headline(toks)
    for head in heads:
        if head in taken:
            continue
        found = _before_name(toks, marks, head, previous, headline)
        if found is None or len(found[0].name) == 1:
            # "Jo Ray, Deputy Secretary for Border Policy," is no title before "Policy"
            found = _appositive(toks, marks, head, taken, previous) or found
        if found is not None:
            mention, start, end = found
            taken.update(range(start, end))
            previous.append(mention)
            if _plural(marks.words[head][2]):
                end = _listed(toks, marks, end, mention, previous)
                taken.update(range(start, end))
    _tagged(toks, marks, taken, previous)


def _plural(written: str) -> bool:
    """Whether an office word names several holders: "Justices", "Sens." (the plural of a
    row of titles.tsv with the same title: "justice"+"s", "sen." -> "sens.")."""
    form = written.casefold()
    words = _titles()
    word = words.get(form)
    if word is None:
        return False
    if form.endswith("ies"):
        single = form[:-3] + "y"  # "secretaries"
    elif form.endswith("s."):
        single = form[:-2] + "."  # "sens."
    elif form.endswith("s"):
        single = form[:-1]  # "justices"
    else:
        return False
    other = words.get(single)
    return (
        other is not None
        and (other.title or single).casefold() == (word.title or single).casefold()
    )


def _listed(
    toks: Sequence[_Tok], marks: _Marks, k: int, first: _Mention, previous: list[_Mention]
) -> int:
    """The names listed after the first one under a plural title ("Justices Ann Cole, Bo
    Diaz, and Cy Fenn"): each holds the same office. The index after the list."""
    while k < len(toks):
        at = k
        if toks[at].text == ",":
            at += 1
        if at < len(toks) and toks[at].text == "and":
            at += 1
        if at == k or at >= len(toks) or at in marks.words:
            break
        end, words = _read_name(toks, at, marks)
        if not words or not _after_name_ok(toks, marks, end):
            break
        previous.append(
            attrs.evolve(
                first,
                name=words,
                span=_name_span(toks, at, end),
                holder=offices.lookup(" ".join(words)),
            )
        )
        k = end
    return k


def _headline(toks: Sequence[_Tok]) -> bool:
    """A title-case line without a closing stop: "Mexican President Says Caravan Will Stop"."""
    if not toks or toks[-1].text in {".", "!", "?", "”", '"', "’", "'", ")"}:
        return False
    words = [t for t in toks if t.word and t.text[:1].isalpha() and t.text not in _SMALL]
    return len(words) >= 4 and sum(t.cap for t in words) > 0.8 * len(words)


def _before_name(
    toks: Sequence[_Tok], marks: _Marks, head: int, previous: list[_Mention], headline: bool
) -> tuple[_Mention, int, int] | None:
    """The title before the name: "Texas Gov. Greg Abbott", "the acting chief, Jo Ray"."""
    phrase = _phrase(toks, marks, head, 0, headline=headline)
    if not _official_phrase(phrase) or toks[phrase.end - 1].possessive:
        return None  # "the President's Council" owns what follows
    at = _posting(toks, marks, phrase.end)  # "Colombia's ambassador in Washington, Jo Ray"
    comma = at < len(toks) and toks[at].text == ","
    posted = at > phrase.end
    if posted and not (comma and phrase.determiner):
        return None  # a posting sets the name off by a comma after a determiner only
    if comma and phrase.determiner:
        at += 1
    elif comma and (phrase.start == 0 or phrase.end > head + 1):
        # "Secretary of Homeland Security, Jo Ray, said": the name set off by commas
        end, words = _read_name(toks, at + 1, marks)
        if words and len(words) >= 2 and _appositive_end(toks, end):
            at += 1
    while at < len(toks) and toks[at].text in _RANKS:  # "spokesman Lt. Jo Ray"
        at += 2 if at + 1 < len(toks) and toks[at + 1].text == "." else 1
    end, words = _read_name(toks, at, marks)
    while headline and words and not _known(words):
        # "Mexican President Says Caravan Will Stop": only a known name counts
        end, words = _read_name(toks, at, marks, limit=len(words) - 1)
    if not words or not _after_name_ok(toks, marks, end):
        return None
    if posted and (len(words) < 2 or not _appositive_end(toks, end)):
        return None  # "a judge in Austin, TX issued": a name set off on both sides only
    phrase.country = phrase.country or _of_place(toks, marks, end)
    mention = _mention(phrase, words, _name_span(toks, at, end), previous)
    return None if mention is None else (mention, phrase.start, end)


def _appositive(
    toks: Sequence[_Tok], marks: _Marks, head: int, taken: set[int], previous: list[_Mention]
) -> tuple[_Mention, int, int] | None:
    """An appositive after the name: "Jo Ray, secretary of homeland security,"."""
    loose = _phrase(toks, marks, head, 0, loose=True)
    _extend(toks, marks, loose)
    if loose.body is not None and loose.head in _OFFICER_ROLES and _ranked(toks, loose.start):
        # "Maj. Jo Ray, spokesman for the Joint Task Force": an officer speaks for a
        # body of the state the vocabulary does not list
        loose.negative = False
        loose.offices += 1
        loose.end, parts = loose.body
        loose.parts.extend(parts)
    end = _posting(toks, marks, loose.end)
    if end > loose.end and toks[loose.end].text == "from" and loose.country is None:
        # "a state senator from Arizona": the government they serve
        found = marks.places.get(loose.end + 1) or marks.countries.get(loose.end + 1)
        loose.country = found[1] if found is not None else None
    if not _official_phrase(loose) or not _appositive_end(toks, end):
        return None
    comma = loose.start - 1  # the comma of "Jo Ray, secretary of ...", or "as"
    if comma < 1 or toks[comma].text not in {",", "as"}:
        return None
    name_end = _before_of_place(toks, marks, comma)
    begin, words = _read_name_back(toks, name_end)
    if not words or (len(words) < 2 and not _known(words)):
        return None
    if any(k in taken for k in range(begin, name_end)):
        _specify(previous, _span(toks, begin, name_end), loose)
        return None
    mention = _mention(loose, words, _span(toks, begin, name_end), previous)
    return None if mention is None else (mention, begin, end)


def _ranked(toks: Sequence[_Tok], start: int) -> bool:
    """Whether the name before the appositive at ``start`` ("Maj. Jo Ray, spokesman ...")
    follows a military or police rank."""
    comma = start - 1
    if comma < 1 or toks[comma].text != ",":
        return False
    begin, words = _read_name_back(toks, comma)
    at = begin - 1
    if at >= 0 and toks[at].text == ".":
        at -= 1
    return bool(words) and at >= 0 and toks[at].text in _RANKS


def _before_of_place(toks: Sequence[_Tok], marks: _Marks, k: int) -> int:
    """Where a name ends before "of <place>" ending at token ``k`` ("Jo Ray of Texas,"),
    else ``k``."""
    found = marks.places_end.get(k) or marks.countries_end.get(k)
    if found is not None and found[0] >= 2 and toks[found[0] - 1].text == "of":
        return found[0] - 1
    return k


def _specify(previous: list[_Mention], span: Span, post: _Phrase) -> None:
    """Give the mention at ``span`` the post its appositive names when its own title is
    a bare office word: "Rep. Jo Ray of Texas, the House minority leader," is the House
    Minority Leader, not just a Representative."""
    title = post.title()
    if title is None or post.counterpart or not _official_phrase(post):
        return
    for i in range(len(previous) - 1, -1, -1):
        mention = previous[i]
        if mention.span.end != span.end or mention.span.start < span.start:
            continue  # the name the appositive follows (read back, it may take the title)
        if mention.title is not None and len(mention.title.split()) == 1 < len(title.split()):
            previous[i] = attrs.evolve(
                mention, title=title, country=mention.country or post.country
            )
        return


def _posting(toks: Sequence[_Tok], marks: _Marks, k: int) -> int:
    """The end of "in Panama" after an appositive office ("the IOM's chief of mission in
    Panama,"), where the appositive then ends; else ``k``. The post names no government."""
    if k + 1 >= len(toks) or toks[k].text not in {"in", "from"}:
        return k  # "the IOM's chief in Panama,", "a state senator from Arizona,"
    found = marks.places.get(k + 1) or marks.countries.get(k + 1)
    if found is None or not _appositive_end(toks, found[0]):
        return k
    return found[0]


def _of_place(toks: Sequence[_Tok], marks: _Marks, k: int) -> str | None:
    """The country of "of New York" after a name ("Chuck Schumer of New York")."""
    if k + 1 < len(toks) and toks[k].text == "of":
        if k + 1 in marks.countries:
            return marks.countries[k + 1][1]
        if k + 1 in marks.places:
            return marks.places[k + 1][1]
    return None


def _extend(toks: Sequence[_Tok], marks: _Marks, phrase: _Phrase) -> None:
    """Stretch an appositive title to the punctuation when an office word ends it:
    "Jo Ray, Senior Official Performing the Duties of Commissioner."."""
    k = phrase.end
    office = False
    while k < len(toks) and k - phrase.end < _MAX_COMPLEMENT and not _appositive_end(toks, k):
        tok = toks[k]
        if k in marks.words:
            office |= marks.words[k][1].cls == "office"
            phrase.negative |= marks.words[k][1].cls == "not"
        elif not (tok.cap and tok.word) and tok.text not in _SMALL:
            return
        k += 1
    if office and _appositive_end(toks, k):
        phrase.parts.extend(t.text for t in toks[phrase.end : k])
        phrase.offices += 1
        phrase.end = k


def _appositive_end(toks: Sequence[_Tok], k: int) -> bool:
    return k >= len(toks) or toks[k].text.lower() in _APPOSITIVE_END


def _known(words: Sequence[str]) -> bool:
    return bool(offices.lookup(" ".join(words)))


def _mention(
    phrase: _Phrase, words: tuple[str, ...], span: Span, previous: list[_Mention]
) -> _Mention | None:
    if all(w in _NOT_NAME for w in words) or words[-1].lower() in _INSTITUTIONS:
        return None  # "the Secretary General Assembly": a body, not a person
    title = phrase.title()
    if phrase.counterpart:
        before = next((m for m in reversed(previous) if m.title), None)
        if before is None:
            return None
        title = before.title
    return _Mention(
        name=words,
        span=span,
        title=title,
        country=phrase.country,
        hint=phrase.hint,
        holder=offices.lookup(" ".join(words)),
    )


def _tagged(toks: Sequence[_Tok], marks: _Marks, taken: set[int], previous: list[_Mention]) -> None:
    """ "Jo Ray, R-Okla.," and "Jo Ray, who heads Mexico's migration institute"."""
    for k, tok in enumerate(toks):
        if tok.text != "," or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        begin, words = _read_name_back(toks, k)
        if len(words) < 2 or any(i in taken for i in range(begin, k)):
            continue
        if _PARTY_TAG.match(nxt.text):
            mention = _Mention(words, _span(toks, begin, k), country="US")
        elif nxt.text == "who" and k + 2 < len(toks) and toks[k + 2].text.lower() in _HEAD_VERBS:
            phrase = _Phrase(k + 3, k + 3, parts=["Head"])
            _object(toks, marks, k + 3, phrase)
            if phrase.bodies == 0 or phrase.negative:
                continue
            mention = _Mention(
                words,
                _span(toks, begin, k),
                title=phrase.title(),
                country=phrase.country,
                hint=phrase.hint,
                holder=offices.lookup(" ".join(words)),
            )
        else:
            continue
        taken.update(range(begin, k))
        previous.append(mention)


def _object(toks: Sequence[_Tok], marks: _Marks, k: int, phrase: _Phrase) -> None:
    """The thing "who heads" names: "Mexico's immigration institute" -> Head of ..."""
    parts: list[str] = []
    while k < len(toks) and len(parts) < _MAX_COMPLEMENT:
        if k in marks.countries:
            j, code = marks.countries[k]
            phrase.country = phrase.country or code
            k = j
            continue
        if k in marks.words:
            j, word, written = marks.words[k]
            phrase.negative |= word.cls == "not"
            phrase.bodies += word.cls == "body"
            phrase.hint = phrase.hint or word.country
            parts.append(word.title or written)
            k = j
            continue
        if toks[k].text.lower() == "the":
            k += 1
            continue
        break
    if parts:
        phrase.parts.extend(["of", "the", *parts])


def _inside_longer_name(toks: Sequence[_Tok], marks: _Marks, i: int, j: int) -> bool:
    """True when tokens [i, j) are part of a longer capitalised name ("Luis García Villagrán")."""
    if j < len(toks) and _name_word(toks[j]) and not toks[j - 1].possessive:
        return True
    if i == 0:
        return False
    before = toks[i - 1]
    if before.bare in _HONORIFICS or (i - 1) in marks.words_end or i in marks.words_end:
        return False
    return i - 1 > 0 and _name_word(before) and not before.possessive


def _compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two written names may be the same person (same surname assumed)."""
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _key(mention: _Mention) -> str:
    if mention.holder:
        return mention.holder[0].surname.casefold()
    return _surname(mention.name).casefold()


def _group(mentions: Sequence[_Mention]) -> list[_Person]:
    people: list[_Person] = []
    by_key: dict[str, list[_Person]] = {}
    for mention in mentions:
        key = _key(mention)
        same = None
        mine = {t.name for t in mention.holder}
        for person in reversed(by_key.get(key, [])[-_MAX_NAMESAKES:]):
            holders = {t.name for t in person.mentions[0].holder}
            if (holders and mine and holders & mine) or _compatible(person.given, mention.name):
                same = person
                break
        if same is None:
            same = _Person(key)
            people.append(same)
            by_key.setdefault(key, []).append(same)
        same.add(mention)
    return people


def _people(tenures: Sequence[Tenure]) -> int:
    """How many people the tenures belong to: rows sharing a name or alias are one person
    ("Tom Homan" of one row is the "Thomas Homan" of another)."""
    groups: list[set[str]] = []
    for tenure in tenures:
        forms = {tenure.name, *tenure.aliases}
        joined = [g for g in groups if g & forms]
        for group in joined:
            forms |= group
            groups.remove(group)
        groups.append(forms)
    return len(groups)


def _accept_bare(found: offices.HolderMention, published: dt.date | None) -> bool:
    """Whether a surname written alone names the gazetteer's office-holder."""
    if found.text in _common_surnames():
        return False
    held = [t for t in found.tenures if published is None or t.start <= published]
    return _people(held) == 1


def _corefer(reader: _Reader, people: list[_Person]) -> None:
    """Add every later mention by surname ("Blinken", "Mr. Blinken's") to its person."""
    keys: dict[str, _Person] = {}
    for person in people:
        keys.setdefault(person.key, person)  # the person introduced first keeps the surname
    longest = max((len(k.split()) for k in keys), default=0)
    covered = {c for p in people for m in p.mentions for c in (m.span.start, m.span.end - 1)}
    firsts = {key.split()[0] for key in keys}
    for toks, marks in reader.having(set(keys)):
        k = 0
        while k < len(toks):
            if toks[k].bare.casefold() not in firsts and toks[k].text.casefold() not in firsts:
                k += 1
                continue
            hit: tuple[int, _Person] | None = None
            for width in range(min(longest, len(toks) - k), 0, -1):
                words = [t.text for t in toks[k : k + width - 1]] + [toks[k + width - 1].bare]
                candidate = keys.get(" ".join(words).casefold())
                if candidate is not None and toks[k].cap:
                    hit = (width, candidate)
                    break
            if hit is None:
                k += 1
                continue
            width, person = hit
            span = _name_span(toks, k, k + width)
            if not ({span.start, span.end - 1} & covered) and not _inside_longer_name(
                toks, marks, k, k + width
            ):
                name = tuple(t.bare for t in toks[k : k + width])
                person.mentions.append(_Mention(name=name, span=span))
                covered.update((span.start, span.end - 1))
            k += width


def _role_mentions(reader: _Reader, people: list[_Person]) -> None:
    """Add "the president" (or "the governor", ...) to the one person of that office."""
    by_office: dict[str, list[_Person]] = {}
    for person in people:
        title = next((m.title for m in person.mentions if m.title), None)
        if title is None:
            continue
        words = title.casefold().split()
        # the office word of the title: "Secretary of State" and "Homeland Security
        # Secretary" are each "the secretary"
        office = next((w for w in reversed(words) if w in _ROLE_NOUNS), None)
        if office is not None and not {"vice", "former", "deputy", "assistant"} & set(words):
            by_office.setdefault(office, []).append(person)
    first = {id(p): min(m.span.start for m in p.mentions) for p in people}
    for toks, marks in reader.having(set(by_office)):  # "the (acting) secretary"
        for k in range(len(toks) - 1):
            if toks[k].text.lower() != "the":
                continue
            o = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() in _ACTING)
            country = marks.countries.get(o)
            if country is not None and country[0] < len(toks):
                o = country[0]  # "the Peruvian president", "the U.S. president"
            if toks[o].bare.lower() not in by_office:
                continue
            if o + 1 < len(toks) and (_name_word(toks[o + 1]) or toks[o + 1].text in {"of", "-"}):
                continue  # "the president of Mexico", "the President Biden"
            holders = by_office[toks[o].bare.lower()]
            if country is not None and o == country[0]:
                holders = [p for p in holders if _country_of(p) == country[1]]
            if len(holders) == 1 and first[id(holders[0])] < toks[k].start:
                role = toks[o]
                span = Span(toks[k].start, role.end - 2 if role.possessive else role.end)
                holders[0].mentions.append(_Mention(name=(), span=span))


def _country_of(person: _Person) -> str | None:
    """The country a person's mentions state, if any."""
    return next((m.country or m.hint for m in person.mentions if m.country or m.hint), None)


def _tenures(person: _Person) -> list[Tenure]:
    held = {t for m in person.mentions for t in m.holder}
    if held:
        return sorted(held, key=lambda t: t.start)
    given = person.given
    found = [t for t in offices.lookup(_surname(given)) if t.surname.casefold() == person.key]
    if len(given) >= 2:
        first = given[0]
        found = [t for t in found if any(form.split()[0] == first for form in (t.name, *t.aliases))]
    return sorted(found, key=lambda t: t.start)


def _dateline_country(text: str) -> str | None:
    """The country of the dateline's city or state ("AUSTIN, Texas -": US), if any."""
    match = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH))
    if match is None:
        return None
    city = " ".join(w.capitalize() for w in match.group("city").split())
    line = city + (match.group("rest") or "")
    for found in find_places(line):
        if found.place.country:
            return found.place.country
    return None


def _framed(text: str, sentence: Sentence, span: Span) -> str | None:
    """The country a mention's context states when its title does not: the country
    opening the sentence ("In neighbouring Costa Rica, Minister Mario Zamora said") or a
    possessive one in the appositive after the name ("Ana Ruiz, leader of the ruling party
    in Mexico's Senate, said")."""
    frame = _FRAME.match(text, sentence.start, span.start)
    if frame is not None:
        for found in find_countries(text, frame.end(), span.start, demonyms=False):
            if found.span.start == frame.end() and text.startswith(",", found.span.end):
                return found.code
            break
    if text.startswith(",", span.end):
        stop = text.find(",", span.end + 1, min(sentence.end, span.end + _APPOSITION))
        if stop > 0:
            for found in find_countries(text, span.end + 1, stop, demonyms=False):
                if text.startswith(_POSSESSIVE, found.span.end):
                    return found.code
    return None


def _office_named(doc: Document, index: _SentenceIndex, person: _Person, title: str) -> bool:
    """Whether a sentence naming ``person`` also names the office the gazetteer gives them,
    in words the title readers do not take ('Homan, whom Trump named his "border czar,"'):
    a name alone ("Biden said ...", "the Trump administration") names no office."""
    head = re.compile(rf"\b{re.escape(title.split()[-1].casefold())}\b")
    # each sentence once, however often it names the person (linear in repeated mentions)
    starts = dict.fromkeys(index.at(m.span).start for m in person.mentions)
    return any(head.search(index.folded(start)) for start in starts)


def _local(title: str | None) -> bool:
    """Whether ``title`` is an office of a town, county or state ("Mayor", "State Senator")."""
    words = (title or "").casefold().split()
    return bool(words) and (words[-1] in _LOCAL_HEADS or words[0] in _LOCAL_LEADS)


def _official(
    person: _Person,
    published: dt.date | None,
    home: str | None = None,
    context: tuple[Document, _SentenceIndex] | None = None,
) -> Official:
    given = person.given
    spans = tuple(sorted({m.span for m in person.mentions}, key=lambda s: (s.start, s.end)))
    title = next((m.title for m in person.mentions if m.title), None)
    country = next((m.country for m in person.mentions if m.country), None)
    hint = next((m.hint for m in person.mentions if m.hint), None)
    inferred: list[str] = []
    if country is None:
        country = hint  # implied by the text's own office words ("Sen.", "CBP")
    known = _tenures(person)
    surname = _surname(given)
    if known and _people(known) == 1:
        surname = known[0].surname
        at = [t for t in known if published is not None and t.held_on(published)]
        if published is None and len({t.title for t in known}) == 1:
            at = known
        if (
            title is None
            and at
            and (context is None or _office_named(*context, person, at[-1].title))
        ):
            title = at[-1].title
            inferred.append("title")
        countries = {t.country for t in (at or known)}
        if country is None and len(countries) == 1 and None not in countries:
            country = countries.pop()
            inferred.append("country")
    if country is None and hint is None and context is not None:
        doc, index = context
        country = next(
            (c for m in person.mentions if (c := _framed(doc.text, index.at(m.span), m.span))),
            None,
        )
    if country is None and _local(title):
        country = home  # a local office serves the dateline's country
    return Official(
        name=" ".join(given),
        surname=surname,
        title=title,
        country=country,
        spans=spans,
        inferred=tuple(inferred),
    )


class _SentenceIndex:
    """The sentence holding a span, found by bisection."""

    def __init__(self, doc: Document) -> None:
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]
        self._folded: dict[int, str] = {}

    def at(self, span: Span) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.starts, span.start) - 1)]

    def folded(self, start: int) -> str:
        """The case-folded text of the sentence starting at ``start``, folded once."""
        if start not in self._folded:
            self._folded[start] = self.at(Span(start, start)).text.casefold()
        return self._folded[start]


_READ_CHARS = 50_000  # characters of sentences whose tokens the reader keeps at once


class _Reader:
    """Each sentence's tokens and vocabulary marks, worked out only when a pass needs them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # The most recently read sentences (a bounded cache: a token costs ~200 bytes, so
        # keeping every sentence of a long article would cost far more than its text).
        self.cache: OrderedDict[int, tuple[list[_Tok], _Marks]] = OrderedDict()
        self.cached = 0  # characters of the sentences in the cache
        self._folded: list[str] | None = None  # each sentence case-folded, once asked

    def __call__(self, index: int) -> tuple[list[_Tok], _Marks]:
        if index in self.cache:
            self.cache.move_to_end(index)
            return self.cache[index]
        sentence = self.doc.sentences[index]
        toks = _tokens(self.doc.text, sentence)
        self.cache[index] = read = (toks, _marks(self.doc.text, sentence, toks))
        self.cached += len(sentence.text)
        while self.cached > _READ_CHARS and len(self.cache) > 1:
            dropped, _ = self.cache.popitem(last=False)
            self.cached -= len(self.doc.sentences[dropped].text)
        return read

    def having(self, words: set[str]) -> Iterator[tuple[list[_Tok], _Marks]]:
        """The sentences (tokens, marks) whose text holds one of ``words`` (case-folded)."""
        if not words:
            return
        if self._folded is None:
            self._folded = [sentence.text.casefold() for sentence in self.doc.sentences]
        anywhere = substrings_pattern(words)  # one pass per sentence, however many words
        for index, lowered in enumerate(self._folded):
            if anywhere.search(lowered):
                yield self(index)


def _worth_reading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence may name an official: an office word, a gazetteer name or a tag."""
    return bool(
        _head_pattern().search(text, sentence.start, sentence.end)
        or offices.has_holder(text, sentence.start, sentence.end)
        or _TAG_HINT.search(text, sentence.start, sentence.end)
    )


def extract(doc: Document) -> tuple[Official, ...]:
    """Every Official in the document, one per person, in order of first mention."""
    text = doc.text
    mentions: list[_Mention] = []
    reader = _Reader(doc)
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
                mention = _Mention(tuple(found.text.split()), found.span, holder=found.tenures)
                mentions.append(mention)
            elif _accept_bare(found, doc.published):
                bare.append(found)
    people = _group(mentions)
    keys = {p.key for p in people}
    for found in bare:
        key = found.tenures[0].surname.casefold()
        if key not in keys:
            held = tuple(
                t for t in found.tenures if doc.published is None or t.start <= doc.published
            )
            person = _Person(key)
            person.add(_Mention(tuple(found.text.split()), found.span, holder=held))
            people.append(person)
            keys.add(key)
    _corefer(reader, people)
    _role_mentions(reader, people)
    home = _dateline_country(text)
    context = (doc, _SentenceIndex(doc))
    records = [_official(p, doc.published, home, context) for p in people]
    if home is None:
        # no dateline: a local office or a court serves the country most officials serve
        countries = [o.country for o in records if o.country]
        home = max(dict.fromkeys(countries), key=countries.count) if countries else None
        records = [
            attrs.evolve(o, country=home) if o.country is None and _local(o.title) else o
            for o in records
        ]
    if active() == "es":
        records = _spanish_roles(_spanish_titles(_spanish_people(records, doc), text), text)
    return tuple(records)


# ---------------------------------------------------------------- Spanish titles
# A Spanish sentence names an office around the name: "el canciller Marcelo Ebrard", "la
# secretaria de Relaciones Exteriores, Alicia Bárcena", "el mandatario guatemalteco,
# Alejandro Giammattei", "Alicia Bárcena, canciller de México,". The English phrase grammar
# above does not read these yet: until it does, a Spanish official without a title takes
# the office phrase next to one of its mentions, read with rules/es/titles.tsv.


# A name the gazetteer does not know is found by its office: a run of two to five
# capitalised words (particles inside: "de la") right after an office phrase ("el
# secretario de Marina, José Rafael Ojeda Durán"; "la vocera presidencial Jen Psaki") or
# before an appositive office ("Pete Flores, comisionado interino de la CBP,").
_ES_NAME = re.compile(
    r"""
    (?<![\w-])
    (?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+(?:-(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+)?   # a capitalised word
    (?:[ ](?:(?:de|del|de[ ]la)[ ])?
       (?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+(?:-(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+)?){1,4}  # 1-4 more
    (?![\w-]|[ ](?-i:[A-ZÁÉÍÓÚÑ]))                  # and no longer run
    """,
    re.VERBOSE,
)


def _es_country(text: str, start: int, end: int) -> str | None:
    """The country a Spanish office phrase in ``text[start:end]`` names, if any."""
    forms = demonyms()
    words = re.findall(r"[\w.]+", text[start:end].lower())
    for k in range(len(words) - 1, -1, -1):  # the nearest to the name first
        for form in (" ".join(words[k : k + 2]), words[k]):
            if form in forms:
                return forms[form]
    found = find_countries(text, start, end, demonyms=False)
    return found[-1].code if found else None


def _es_surname(words: Sequence[str]) -> str:
    """A Spanish family name: the last two words of a name of four or more ("José Rafael
    Ojeda Durán"), else the last one, with its particles."""
    core = [w for w in words if w.lower() not in _PARTICLES]
    if len(core) >= 4:
        last_two = words[len(words) - 1 - words[::-1].index(core[-2]) :]
        return " ".join(last_two)
    return _surname(words)


def _spanish_people(records: list[Official], doc: Document) -> list[Official]:
    """The officials only a Spanish office phrase beside their name makes known."""
    text = doc.text
    known = [r.name.casefold() for r in records]
    classes = _es_titles()
    adjectives = demonyms()
    found: dict[str, tuple[tuple[str, ...], list[Span], str | None]] = {}
    for m in _ES_NAME.finditer(text):
        words = tuple(m.group().split())
        lowered = [w.lower() for w in words]
        if any(w in classes or w in adjectives or w.isupper() for w in lowered if len(w) > 3):
            continue
        if any(w in classes and classes[w] != "join" for w in lowered):
            continue
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in classes and classes[before[-1].lower()] == "join":
            continue  # "de Relaciones Exteriores": the body an office heads, not a name
        if find_places(text, m.start(), m.end()) or find_countries(text, m.start(), m.end()):
            continue
        title = _es_title_before(text, m.start()) or _es_title_after(text, m.end())
        if title is None or not _es_public(title):
            continue
        name = " ".join(words)
        if any(name.casefold() in k or k in name.casefold() for k in known):
            continue
        country = _es_country(text, max(0, m.start() - _ES_NEAR), m.start())
        words_of, spans, had = found.get(name, (words, [], None))
        found[name] = (words_of, [*spans, Span(m.start(), m.end())], had or country)
    if not found:
        return records
    countries = [r.country for r in records if r.country]
    home = max(dict.fromkeys(countries), key=countries.count) if countries else None
    out = list(records)
    for name, (words, spans, country) in found.items():
        surname = _es_surname(words)
        taken = {(s.start, s.end) for s in spans}
        for later in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            inside = any(s.start <= later.start() < s.end for s in spans)
            if not inside and (later.start(), later.end()) not in taken:
                spans.append(Span(later.start(), later.end()))
        out.append(
            Official(
                name=name,
                surname=surname,
                title=None,
                country=country or home,
                spans=tuple(sorted(spans, key=lambda s: s.start)),
                inferred=() if country else ("country",),
            )
        )
    return out


# "el mandatario", "el Presidente mexicano", "la canciller": an office alone (with its
# demonym) for the one official named before who holds it.
_ES_ROLE = re.compile(
    r"""
    (?<![\w])(?:el|la|del|al)[ ]+            # the article
    (?P<office>[^\W\d_]+)                    # the office word
    (?:[ ]+(?P<adjective>[^\W\d_]+))?        # maybe a demonym: "mexicano"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_HEADS_OF_STATE = frozenset({"presidente", "presidenta", "mandatario", "mandataria"})


def _spanish_roles(records: list[Official], text: str) -> list[Official]:
    """Each official with the mentions of their office alone ("el mandatario") when one
    official named before holds it (of the country a demonym names, if one follows)."""
    classes = _es_titles()
    spans: dict[int, list[Span]] = {}
    for m in _ES_ROLE.finditer(text):
        office = m.group("office").lower()
        if classes.get(office) not in ("office", "head"):
            continue
        adjective = (m.group("adjective") or "").lower()
        code = demonyms().get(adjective) if m.group("adjective") else None
        end = m.end("adjective") if code else m.end("office")
        after = text[end : end + 2]
        if (after[:1] == " " and after[1:2].isupper()) or adjective in ("de", "del"):
            continue  # "el presidente Joe Biden", "el presidente de Guatemala": named there
        kinds = _HEADS_OF_STATE if office in _HEADS_OF_STATE else frozenset({office})
        holders = [
            k
            for k, r in enumerate(records)
            if r.title is not None
            and r.title.split()[0].lower() in kinds
            and (code is None or r.country == code)
        ]
        if len(holders) != 1 or records[holders[0]].spans[0].start >= m.start():
            continue
        at = Span(m.start("office"), end)
        if not any(s.start < at.end and at.start < s.end for s in records[holders[0]].spans):
            spans.setdefault(holders[0], []).append(at)
    return [
        attrs.evolve(r, spans=tuple(sorted((*r.spans, *spans[k]), key=lambda s: s.start)))
        if k in spans
        else r
        for k, r in enumerate(records)
    ]


_ALONE = frozenset({"presidente", "presidenta", "vocero", "vocera", "portavoz"})


def _es_public(title: str) -> bool:
    """Whether a Spanish office phrase names a public office: an office word, or a head
    word ("director", "coordinadora") of a public body ("del INM", "de la Secretaría de
    Gobernación", "de Tapachula"), not of a shelter, a firm or a collective."""
    classes = _es_titles()
    words = title.split()
    if classes.get(words[0].lower()) != "head":
        return True
    body = words[1:]
    while body and classes.get(body[0].lower()) in ("modifier", "join"):
        body = body[1:]  # "interino de la": the body starts after the small words
    if not body:
        return words[0].lower() in _ALONE  # "la presidenta Claudia Sheinbaum"
    phrase = f" {' '.join(body).lower()} "
    if any(f" {form} " in phrase for form, cls in classes.items() if cls == "body"):
        return True
    rest = " ".join(body)
    if any(w.isupper() and len(w) > 1 for w in body) or any(w.lower() in demonyms() for w in body):
        return True  # "del INM", "del gobierno mexicano"
    return bool(find_places(rest) or find_countries(rest, demonyms=False))


@functools.cache
def _es_titles() -> dict[str, str]:
    return {row.form.lower(): row.cls for row in ruletables.spanish_titles()}


_ES_WORD = re.compile(r"[\w][\w\-]*|,")
_ES_WINDOW = 90  # characters read before or after a mention for its office
_ES_NEAR = 45  # characters before a name where its office names its country


def _spanish_titles(records: list[Official], text: str) -> list[Official]:
    """Each untitled official with the office phrase beside one of its mentions; a
    counterpart ("su homólogo estadunidense, Joe Biden") takes the title of the official
    mentioned last before it."""
    out: list[Official] = []
    titled: list[tuple[int, str]] = []  # (end of a mention, its official's title), sorted
    for official in records:
        if official.title is None:
            official = _spanish_title(official, text, titled)
        if official.title is not None:
            for span in official.spans:
                bisect.insort(titled, (span.end, official.title))
        out.append(official)
    return out


def _spanish_title(official: Official, text: str, titled: list[tuple[int, str]]) -> Official:
    for span in official.spans:
        title = _es_title_before(text, span.start) or _es_title_after(text, span.end)
        if title is not None and title.lower() in _es_counterparts():
            at = bisect.bisect_right(titled, (span.start, "\uffff"))
            title = titled[at - 1][1] if at else None
        if title is not None:
            inferred = tuple(f for f in official.inferred if f != "title")
            return attrs.evolve(official, title=title, inferred=inferred)
    return official


@functools.cache
def _es_counterparts() -> frozenset[str]:
    return frozenset(form for form, cls in _es_titles().items() if cls == "counterpart")


def _es_office_at(words: list[re.Match[str]], k: int) -> int | None:
    """The start index of an office word (one or two words) ending at ``words[k]``."""
    classes = _es_titles()
    if classes.get(words[k].group().lower()) in ("office", "head", "counterpart"):
        if k > 0 and classes.get(f"{words[k - 1].group()} {words[k].group()}".lower()) == "office":
            return k - 1
        return k
    return None


def _es_phrase(text: str, words: list[re.Match[str]], first: int, last: int) -> str:
    """The title from ``words[first]`` to ``words[last]``, joins trimmed, first letter upper."""
    classes = _es_titles()
    while last > first and classes.get(words[last].group().lower()) == "join":
        last -= 1
    if first > 0 and classes.get(words[first - 1].group().lower()) == "former":
        first -= 1
    phrase = " ".join(text[words[first].start() : words[last].end()].split())
    return phrase[:1].upper() + phrase[1:]


def _es_title_before(text: str, start: int) -> str | None:
    """ "el canciller Marcelo Ebrard", "la secretaria de Relaciones Exteriores, Alicia"."""
    left = max(0, start - _ES_WINDOW)
    words = list(_ES_WORD.finditer(text, left, start))
    if not words or text[words[-1].end() : start].strip(" \t,"):
        return None
    classes = _es_titles()
    k = len(words) - 1
    if words[k].group() == ",":
        k -= 1
    adjective = k >= 0 and words[k].group().islower() and words[k].group().lower() not in classes
    # a demonym may follow a body too: "el secretario de Estado estadunidense, Jo Ray"
    demonym = adjective and words[k].group().lower() in demonyms()
    if adjective:  # "el mandatario guatemalteco, Alejandro Giammattei"
        k -= 1
    last = k
    while k >= 0 and last - k < 8:
        word = words[k].group()
        first = _es_office_at(words, k)
        if first is not None:
            return _es_phrase(text, words, first, last)
        if word == "," or not (
            word[:1].isupper() or classes.get(word.lower()) in ("join", "modifier")
        ):
            return None
        if adjective and not demonym:
            return None  # an adjective comes right after the office, not after a body
        k -= 1
    return None


def _es_title_after(text: str, end: int) -> str | None:
    """ "Marcelo Ebrard, canciller de México," (an appositive after the name)."""
    words = list(_ES_WORD.finditer(text, end, min(len(text), end + _ES_WINDOW)))
    if len(words) < 2 or words[0].group() != "," or text[end : words[0].start()].strip():
        return None
    k = 1
    if words[k].group().lower() in ("el", "la") and k + 1 < len(words):
        k += 1
    classes = _es_titles()
    first = k
    if classes.get(words[k].group().lower()) == "former" and k + 1 < len(words):
        k += 1
    if k + 1 < len(words) and _es_office_at(words, k + 1) == k:
        k += 1
    if _es_office_at(words, k) is None:
        return None
    last = k
    k += 1
    while k < len(words) and k - last < 6:
        word = words[k].group()
        if word[:1].isupper() or classes.get(word.lower()) in ("join", "modifier"):
            k += 1
            continue
        break
    last = k - 1
    phrase_first = first + 1 if classes.get(words[first].group().lower()) == "former" else first
    return _es_phrase(text, words, phrase_first, last)
