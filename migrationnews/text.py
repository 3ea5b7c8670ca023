"""The text pipeline's first steps: text as it arrives made plain, sentences with spans,
and the Document extractors share.

:func:`normalise` reads text as it really arrives (decomposed accents, a byte-order mark,
curly quotes, non-breaking and zero-width spaces, soft hyphens, Windows line ends) the same
as plain text, and keeps an offset map back to the text as given: spans of records always
index the user's text, so ``text[span.start:span.end]`` is what a reader sees.

>>> doc = Document.of("Gov. Greg Abbott spoke.  The U.S. border is busy.\\nHeadline here", None)
>>> [s.text for s in doc.sentences]
['Gov. Greg Abbott spoke.', 'The U.S. border is busy.', 'Headline here']
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import unicodedata
from typing import Any, TypeVar

from attrs import define, field, frozen

from migrationnews import ruletables
from migrationnews.values import Span

__all__ = [
    "Document",
    "Normalised",
    "Sentence",
    "fold_plain",
    "normalise",
    "soft_breaks",
    "split_sentences",
]

R = TypeVar("R")

# What plain text has instead of each character (one entry a line, "" deletes it).
_PLAIN = {
    "\ufeff": "",  # byte-order mark / zero-width no-break space
    "\u200b": "",  # zero-width space
    "\u200c": "",  # zero-width non-joiner
    "\u200d": "",  # zero-width joiner
    "\u2060": "",  # word joiner
    "\u00ad": "",  # soft hyphen
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u205f": " ",  # medium mathematical space
    "\u3000": " ",  # ideographic space
    **{chr(c): " " for c in range(0x2000, 0x200B)},  # en quad ... hair space
    "\u2028": "\n",  # line separator
    "\u2029": "\n",  # paragraph separator
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark, the apostrophe
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
}
# Runs of characters that may need a change: anything beyond ASCII, and carriage returns.
_UNPLAIN = re.compile(r"[^\x00-\x0c\x0e-\x7f]+")


def _stays(char: str) -> bool:
    """Whether a character beyond ASCII is plain as it is, alone and after any other:
    no combining mark, nothing to put instead, its own NFC form (most accented letters,
    dashes, symbols)."""
    return (
        char != "\r"
        and not unicodedata.combining(char)
        and _PLAIN.get(char, char) == char
        and unicodedata.normalize("NFC", char) == char
    )


@functools.cache
def _staying() -> frozenset[str]:
    """The characters from U+0080 to U+24FF (Latin, Greek, Cyrillic, punctuation, symbols)
    that :func:`_stays` keeps: looked up in C, run by run."""
    return frozenset(char for char in map(chr, range(0x80, 0x2500)) if _stays(char))


@frozen
class Normalised:
    """Text made plain, and the map from its offsets back to the text as given.

    ``changes`` lists each changed stretch as ``(plain_start, plain_end, start, end)``;
    between them the two texts are the same, shifted by a constant offset. Only changes are
    stored, so plain text costs nothing and memory stays proportional to the changes.

    >>> n = normalise("Jose\u0301 said \u201cno\u201d")
    >>> n.text
    'José said "no"'
    >>> n.original_span(0, 4), n.original(0, 4) == "Jose\\u0301"
    ((0, 5), True)
    """

    given: str
    text: str
    changes: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(init=False, repr=False, eq=False)

    @_starts.default
    def _plain_starts(self) -> tuple[int, ...]:
        return tuple(change[0] for change in self.changes)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def _start(self, position: int) -> int:
        i = bisect.bisect_right(self._starts, position) - 1
        if i < 0:
            return position
        _, plain_end, start, end = self.changes[i]
        if position < plain_end:
            return start  # inside a changed stretch: its start in the given text
        return position - plain_end + end

    def _end(self, position: int) -> int:
        """Where the character before ``position`` ends in the given text."""
        i = bisect.bisect_right(self._starts, position - 1) - 1
        if i < 0:
            return position
        _, plain_end, _, end = self.changes[i]
        if position - 1 < plain_end:
            return end
        return position - plain_end + end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the given text of the plain text's ``[start, end)``."""
        if not self.changes:
            return start, end
        first = self._start(start)
        return first, max(first, self._end(end)) if end > start else first

    def original(self, start: int, end: int) -> str:
        """The given text at the plain text's ``[start, end)``."""
        first, last = self.original_span(start, end)
        return self.given[first:last]


@functools.lru_cache(maxsize=256)  # names and titles from articles: bounded, never growing
def fold_plain(text: str) -> str:
    """The key two writings of a name, title or place are compared by: lower case, no
    accents, no punctuation, single spaces; a hyphen, slash or underscore parts words.

    Comparison and validation both read names through it, so that they agree on what
    "the same words" means.

    >>> fold_plain("López-Obrador"), fold_plain("U.S.  Secretary")
    ('lopez obrador', 'us secretary')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    cleaned = "".join(
        c if c.isalnum() else (" " if c in "-_/" or c.isspace() else "") for c in plain
    )
    return " ".join(cleaned.split())


def normalise(text: str) -> Normalised:
    """``text`` read as plain text: NFC, no BOM, zero-width characters or soft hyphens,
    plain spaces and quotes, ``\\n`` line ends, and the line ends of hard-wrapped text
    read as the blanks they stand for (:func:`soft_breaks`); with the map back to ``text``.
    """
    plain = _plain(text)
    soft = soft_breaks(plain.text)
    return _unwrapped(plain, soft) if soft else plain


def _unwrapped(plain: Normalised, soft: tuple[int, ...]) -> Normalised:
    """``plain`` with each of its ``soft`` line ends read as a blank, or as nothing after a
    hyphen that splits a compound ("Sherwood-" / "Randall"); the map still leads to the
    text as given."""
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    earlier = iter(plain.changes)
    waiting = next(earlier, None)
    done = 0
    shift = 0  # how much longer the new text is than ``plain.text`` so far
    for position in soft:
        compound = plain.text[position - 2 : position - 1].isalpha() and (
            plain.text[position - 1 : position] == "-"
            and plain.text[position + 1 : position + 2].isalpha()
        )
        joined = "" if compound else " "
        while waiting is not None and waiting[0] <= position and waiting[1] <= position:
            changes.append((waiting[0] + shift, waiting[1] + shift, waiting[2], waiting[3]))
            waiting = next(earlier, None)
        if waiting is not None and waiting[0] == position:  # a lone "\r" or a line separator
            start, end = waiting[2], waiting[3]
            waiting = next(earlier, None)
        else:
            start, end = plain.original_span(position, position + 1)
        pieces.append(plain.text[done:position])
        pieces.append(joined)
        changes.append((position + shift, position + shift + len(joined), start, end))
        shift += len(joined) - 1
        done = position + 1
    while waiting is not None:
        changes.append((waiting[0] + shift, waiting[1] + shift, waiting[2], waiting[3]))
        waiting = next(earlier, None)
    pieces.append(plain.text[done:])
    return Normalised(plain.given, "".join(pieces), tuple(changes))


WRAP_WIDTH = range(40, 121)  # the widths at which mail, wire and plain-text copy is wrapped
_FULL_LINES = 0.5  # the share of a text's inner line ends that must be full ones


def soft_breaks(text: str) -> tuple[int, ...]:
    """The positions of the line ends of ``text`` that only wrap a paragraph.

    Wire copy, mail and plain-text archives are often wrapped at a fixed width, so that a
    line end falls inside a sentence. Such a text has no line wider than the width (the
    widest line, within :data:`WRAP_WIDTH`), and a line end wraps when the next line's
    first word would not have fitted on its line. They are taken only when most of the
    text's inner line ends (those not before a blank line) are such: a list of headlines
    or a short byline is never joined. Text in paragraphs, one line each, has lines far
    wider than any wrapping width and is left as it is.

    >>> soft_breaks("A long line that was wrapped\\nhere. Short.\\n\\nHeadline\\nBody line")
    ()
    >>> text = (
    ...     "Border agents said the caravan left\\nTapachula on Monday with about 2,000"
    ...     " people\\nand walked north toward Oaxaca on foot."
    ... )
    >>> [text[i - 4 : i + 4] for i in soft_breaks(text)]
    ['left\\nTap', 'ople\\nand']
    """
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    if len(lines) < 3 or width not in WRAP_WIDTH:
        return ()
    soft: list[int] = []
    inner = 0
    position = 0
    for line, after in itertools.pairwise(lines):
        position += len(line)
        words = after.split(None, 1)
        if line.strip() and words:
            inner += 1
            if len(line.rstrip()) + 1 + len(words[0]) > width:
                soft.append(position)
        position += 1
    if len(soft) < 2 or len(soft) < _FULL_LINES * inner:
        return ()
    return tuple(soft)


def _plain(text: str) -> Normalised:
    if text.isascii() and "\r" not in text:
        return Normalised(text, text)
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    done = 0  # characters of ``text`` already in ``pieces``
    size = 0  # characters of plain text in ``pieces``
    for run in _UNPLAIN.finditer(text):
        if _staying().issuperset(run.group()):
            continue  # each character is a cluster of its own and plain: nothing changes
        begin = max(done, run.start() - 1)  # the letter a combining mark may follow
        pieces.append(text[done:begin])
        size += begin - done
        cluster = begin
        for i in range(begin + 1, run.end() + 1):
            if i < run.end() and unicodedata.combining(text[i]):
                continue
            given = text[cluster:i]
            if given == "\r":
                plain = "" if text[i : i + 1] == "\n" else "\n"
            else:
                plain = "".join(_PLAIN.get(c, c) for c in given)
                if not plain.isascii():
                    plain = unicodedata.normalize("NFC", plain)
            if plain == given:
                pass
            elif len(plain) == len(given) > 1 and plain == "".join(_PLAIN.get(c, c) for c in given):
                # each character read on its own (a no-break space before a mark that
                # composes with nothing): each maps to its own character, not the cluster
                changes.extend(
                    (size + k, size + k + 1, cluster + k, cluster + k + 1)
                    for k in range(len(plain))
                    if plain[k] != given[k]
                )
            else:
                changes.append((size, size + len(plain), cluster, i))
            pieces.append(plain)
            size += len(plain)
            cluster = i
        done = run.end()
    pieces.append(text[done:])
    if not changes:
        return Normalised(text, text)
    return Normalised(text, "".join(pieces), tuple(changes))


_BOUNDARY = re.compile(
    r"""
    (?P<stop>                   # one or more closing marks, from the first of a run
        [.!?](?<![.!?][.!?])    # (keeps the scan linear; the mark comes first so that
        [.!?]*                  # re skips to the next mark in C)
    )
    (?P<close>["'”’)\]]*)       # closing quotes or brackets that belong to the sentence
    (?=\s)                      # and then white space
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)\Z")  # anchored at the end of a short window: linear
_LINE_BREAK = re.compile(r"\n\s*")  # a line break always ends a sentence (headlines, bylines)


@frozen
class Sentence:
    """One sentence: its span in the article and its text."""

    span: Span
    text: str
    # The span's ends as plain attributes: extractors pass them to nearly every regex call.
    start: int = field(init=False, repr=False, eq=False)
    end: int = field(init=False, repr=False, eq=False)

    @start.default
    def _start(self) -> int:
        return self.span.start

    @end.default
    def _end(self) -> int:
        return self.span.end


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(ruletables.abbreviations())


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group("stop") != ".":
        return True
    window = text[max(0, match.start() - 12) : match.start()]
    before = _WORD_BEFORE.search(window)
    if before is None:
        return True
    word = before.group(1).lower().rstrip(".")
    if word in _abbreviations():
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "Antony J. Blinken"
    nxt = text[match.end() : match.end() + 3].lstrip()
    return not nxt[:1].islower()


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence(text, match):
            pieces.append((begin, match.end()))
            begin = match.end()
    pieces.append((begin, end))
    return pieces


MAX_SENTENCE = 3000  # characters: a longer run without a sentence end is cut at a blank


def _bounded(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with every one longer than :data:`MAX_SENTENCE` cut at blanks, so that
    what an extractor builds per sentence stays bounded on text with no sentence ends
    (10 MB of "Gov. Sen. "): a real sentence is far shorter."""
    out: list[tuple[int, int]] = []
    for begin, finish in pieces:
        while finish - begin > MAX_SENTENCE:
            cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
            cut = cut + 1 if cut > begin else begin + MAX_SENTENCE
            out.append((begin, cut))
            begin = cut
        out.append((begin, finish))
    return out


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their spans, blank stretches dropped."""
    sentences: list[Sentence] = []
    line_start = 0
    bounds = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
    for line_end, next_start in [*bounds, (len(text), len(text))]:
        for begin, finish in _bounded(text, _pieces(text, line_start, line_end)):
            while begin < finish and text[begin].isspace():
                begin += 1
            while finish > begin and text[finish - 1].isspace():
                finish -= 1
            if finish > begin:
                sentences.append(Sentence(Span(begin, finish), text[begin:finish]))
        line_start = next_start
    return tuple(sentences)


@define
class Document:
    """An article on its way through the pipeline: text, date, sentences, and records so far.

    An extractor that builds on another's records (meetings on officials, caravans on
    statistics) declares them in its ``NEEDS``, runs after their builder (see
    :mod:`migrationnews.extract`) and reads them with :meth:`found`.
    """

    text: str
    published: dt.date | None
    sentences: tuple[Sentence, ...]
    language: str = "en"  # "en" or "es": which rule data the extractors read
    _found: dict[type, tuple[Any, ...]] = field(factory=dict)

    @classmethod
    def of(cls, text: str, published: dt.date | None, language: str = "en") -> Document:
        return cls(text, published, split_sentences(text), language)

    def found(self, kind: type[R]) -> tuple[R, ...]:
        """The records of ``kind`` that earlier extractors produced."""
        return self._found.get(kind, ())

    def add(self, kind: type[R], records: tuple[R, ...]) -> None:
        self._found[kind] = records

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence holding character ``position``."""
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return None
