"""The text pipeline's first step: sentences with spans, and the Document extractors share.

Spans always index the text exactly as given (nothing is normalised in place), so
``text[span.start:span.end]`` is what a reader sees.

>>> doc = Document.of("Gov. Greg Abbott spoke.  The U.S. border is busy.\\nHeadline here", None)
>>> [s.text for s in doc.sentences]
['Gov. Greg Abbott spoke.', 'The U.S. border is busy.', 'Headline here']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, TypeVar

from attrs import define, field, frozen

from migrationnews.ruledata import table
from migrationnews.values import Span

__all__ = ["Document", "Sentence", "split_sentences"]

R = TypeVar("R")

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
    return frozenset(row[0] for row in table("abbreviations.tsv", 1))


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
    return not (nxt[:1].islower() or nxt[:1].isdigit())


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence(text, match):
            pieces.append((begin, match.end()))
            begin = match.end()
    pieces.append((begin, end))
    return pieces


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their spans, blank stretches dropped."""
    sentences: list[Sentence] = []
    line_start = 0
    bounds = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
    for line_end, next_start in [*bounds, (len(text), len(text))]:
        for begin, finish in _pieces(text, line_start, line_end):
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

    Extractors run in a fixed order; one that builds on another's records (meetings on
    officials, caravans on statistics) reads them with :meth:`found`.
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
