"""A sentence read into tokens, and what the vocabularies recognise in it.

:func:`_tokens` cuts a sentence into :class:`_Tok` (a word, a dotted abbreviation or one
other character); :func:`_marks` lays the office words, countries, demonyms and places
found in it over those tokens as :class:`_Marks` (runs of token indices). The
:class:`_Reader` reads each sentence only when a pass asks for it, keeping a bounded
number of recent sentences, and finds the sentences holding given words in one pass.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence

from attrs import define, field, frozen

from migrationnews.extract.officials._vocabulary import _POSSESSIVE, _title_pattern, _titles, _Word
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.ruledata import substrings_pattern
from migrationnews.text import Document, Sentence

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


class _Tok:
    """One token of a sentence, with what the readers ask of it worked out once."""

    __slots__ = ("bare", "cap", "end", "possessive", "start", "text", "word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        first = text[:1]
        self.cap = first.isupper()
        self.word = first.isalnum()
        if len(text) > 2 and text.endswith(_POSSESSIVE):
            self.possessive = True
            self.bare = text[:-2]  # without "'s"
        else:
            self.possessive = False
            self.bare = text


_new_tok = object.__new__  # a token without running __init__ (see _tokens)


@frozen
class _WordRun:
    """Tokens [start, end) that are an office word of titles.tsv: its row, and the text."""

    start: int
    end: int
    word: _Word
    written: str


@frozen
class _CountryRun:
    """Tokens [start, end) that name a country or its demonym: its ISO code."""

    start: int
    end: int
    country: str


@frozen
class _PlaceRun:
    """Tokens [start, end) that name a place of the gazetteer: its country, if known."""

    start: int
    end: int
    country: str | None


@define
class _Marks:
    """What the vocabularies recognise in one sentence, by token index ([i, j) runs)."""

    words: dict[int, _WordRun] = field(factory=dict)  # by start index
    words_end: dict[int, _WordRun] = field(factory=dict)  # by end index
    countries: dict[int, _CountryRun] = field(factory=dict)
    countries_end: dict[int, _CountryRun] = field(factory=dict)
    places: dict[int, _PlaceRun] = field(factory=dict)
    places_end: dict[int, _PlaceRun] = field(factory=dict)
    demonyms: set[int] = field(factory=set)  # end indices of demonyms ("Mexican")
    starts: dict[int, int] = field(factory=dict)  # character offset -> token starting there
    ends: dict[int, int] = field(factory=dict)  # offset -> token ending there, plus one

    def run(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens [i, j) that characters [start, end) cover exactly, if any
        (a name may end before a possessive "'s")."""
        i, j = self.starts.get(start), self.ends.get(end)
        return (i, j) if i is not None and j is not None and j > i else None


def _tokens(text: str, sentence: Sentence) -> list[_Tok]:
    """The tokens of a sentence, with their offsets in ``text``."""
    # findall gives each token with the blanks before it, so no Match object is built:
    # a token starts where the previous one ended, after those blanks.
    # Each token is filled in here as _Tok.__init__ would fill it, without a call per token
    # (a sentence has dozens; the call was a third of the tokenising).
    toks: list[_Tok] = []
    append = toks.append
    end = sentence.start
    for blanks, word in _SPACED_TOKEN.findall(text, sentence.start, sentence.end):
        start = end + len(blanks)
        end = start + len(word)
        tok = _new_tok(_Tok)
        tok.text, tok.start, tok.end = word, start, end
        first = word[:1]
        tok.cap, tok.word = first.isupper(), first.isalnum()
        if len(word) > 2 and word.endswith(_POSSESSIVE):
            tok.possessive, tok.bare = True, word[:-2]
        else:
            tok.possessive, tok.bare = False, word
        append(tok)
    return toks


def _marks(text: str, sentence: Sentence, toks: Sequence[_Tok]) -> _Marks:
    """The vocabularies' marks on a sentence's tokens: office words, countries and
    demonyms, places; a run counts only where it starts and ends on token edges."""
    marks = _Marks()
    marks.starts = {t.start: i for i, t in enumerate(toks)}
    # a token ends after every earlier one, and a possessive's name inside it, so no offset
    # is a token's end and a name's end at once: the names' ends are added after
    marks.ends = ends = {t.end: i for i, t in enumerate(toks, 1)}
    for i, t in enumerate(toks, 1):
        if t.possessive:
            ends.setdefault(t.end - 2, i)
    run = marks.run
    words = _titles()
    for m in _title_pattern().finditer(text, sentence.start, sentence.end):
        if (ij := run(m.start(), m.end())) is not None:
            word = _WordRun(
                start=ij[0], end=ij[1], word=words[m.group().casefold()], written=m.group()
            )
            marks.words[word.start] = marks.words_end[word.end] = word
    for c in find_countries(text, sentence.start, sentence.end):
        if (ij := run(c.span.start, c.span.end)) is not None:
            country = _CountryRun(start=ij[0], end=ij[1], country=c.code)
            marks.countries[country.start] = marks.countries_end[country.end] = country
            if c.demonym:
                marks.demonyms.add(ij[1])
    for p in find_places(text, sentence.start, sentence.end):
        if (ij := run(p.span.start, p.span.end)) is not None:
            place = _PlaceRun(start=ij[0], end=ij[1], country=p.place.country)
            marks.places[place.start] = marks.places_end[place.end] = place
    return marks


_READ_CHARS = 50_000  # characters of sentences whose tokens the reader keeps at once
# Up to this many words, each is looked for with str.find over the article; more, and one
# pattern of them all scans each sentence once (so the work stays linear in the article).
_FIND_WORDS = 16


class _Reader:
    """Each sentence's tokens and vocabulary marks, worked out only when a pass needs them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # The most recently read sentences (a bounded cache: a token costs ~200 bytes, so
        # keeping every sentence of a long article would cost far more than its text).
        self.cache: OrderedDict[int, tuple[list[_Tok], _Marks]] = OrderedDict()
        self.cached = 0  # characters of the sentences in the cache
        # every sentence case-folded, joined by blanks, and where each starts; once asked
        self._folded: tuple[str, list[int], list[int]] | None = None

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
            folded = [sentence.text.casefold() for sentence in self.doc.sentences]
            starts = list(itertools.accumulate((len(f) + 1 for f in folded), initial=0))
            self._folded = (" ".join(folded), starts[:-1], [len(f) for f in folded])
        joined, starts, sizes = self._folded
        if "" in words:
            found = set(range(len(starts)))
        elif len(words) > _FIND_WORDS:
            # many words (an article of many people): one trie pattern, one pass over each
            # sentence, however many words; a find per word would read the article per word
            anywhere = substrings_pattern(words)
            found = {
                index
                for index, (start, size) in enumerate(zip(starts, sizes, strict=True))
                if anywhere.search(joined, start, start + size)
            }
        else:
            # each word looked for in the whole text at once (str.find, in C), its finds
            # placed in their sentence; a find across two sentences counts in neither
            found = set()
            for word in words:
                at = joined.find(word)
                while at >= 0:
                    index = bisect.bisect_right(starts, at) - 1
                    if at + len(word) <= starts[index] + sizes[index]:
                        found.add(index)
                        at = joined.find(word, starts[index] + sizes[index] + 1)
                    else:
                        at = joined.find(word, at + 1)
        for index in sorted(found):
            yield self(index)
