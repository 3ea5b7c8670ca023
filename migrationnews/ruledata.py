"""Loading the rule data in ``migrationnews/rules/`` and turning vocabularies into patterns.

Each data file is UTF-8, tab-separated, one entry a line; ``#`` lines and blank lines are
comments (every file opens with its grammar and sources). :mod:`migrationnews.ruletables`
reads them, once and on first use, into typed rows; this module turns vocabularies into
patterns.

>>> country_names()["HN"]
'Honduras'
>>> import re
>>> re.findall(words_pattern(["El Paso", "El Paso County", "Paso"]), "El Paso County and Paso")
['El Paso County', 'Paso']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from migrationnews import ruletables
from migrationnews._caches import per_article

__all__ = [
    "FoldedPattern",
    "Hit",
    "Vocabulary",
    "WordsPattern",
    "compile_words",
    "country_names",
    "fold",
    "iso_codes",
    "substrings_pattern",
    "words_pattern",
]


@functools.cache
def iso_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    return frozenset(row.code for row in ruletables.countries())


@functools.cache
def country_names() -> dict[str, str]:
    """Code -> the common English name (``"HN"`` -> ``"Honduras"``)."""
    return {row.code: row.name for row in ruletables.countries()}


def words_pattern(words: Iterable[str]) -> str:
    """One regex that matches any of ``words`` as a whole word, preferring the longest.

    The words are merged into a character trie and written as nested groups, so the
    engine walks one branch per input character instead of trying every word in turn:
    a gazetteer of thousands of names is one precompiled structure, and matching stays
    linear in the text (no quantifier wraps another). Word edges are lookarounds, so a
    word may start or end with punctuation ("Gov.", "U.S.").
    """
    trie = _trie(words)
    body = _trie_regex(trie) if trie else r"(?!x)x"
    return rf"(?<![\w])(?:{body})(?![\w])"


def compile_words(words: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str]:
    """:func:`words_pattern` compiled for scanning a text, in the shape ``re`` scans fastest.

    It matches exactly what ``re.compile(words_pattern(words), re.IGNORECASE if
    ignore_case else 0)`` matches. Case-sensitive (proper names), every top-level branch
    opens with its first character as a plain literal and the word edge follows it: ``re``
    then tries only the positions whose character can begin a word, jumping over the rest
    in C. Words that ignore case are best read through a :class:`Vocabulary`, which scans
    the folded text; here they get the plain IGNORECASE pattern.

    >>> [m.group() for m in compile_words(["El Paso", "Paso"]).finditer("El Paso, Paso")]
    ['El Paso', 'Paso']
    >>> [m.group() for m in compile_words(["deport"], ignore_case=True).finditer("DEPORT")]
    ['DEPORT']
    """
    if ignore_case:
        return re.compile(words_pattern(words), re.IGNORECASE)
    trie = _trie(words)
    if not trie:
        return re.compile(r"(?!x)x")
    branches = []
    for char, child in sorted(trie.items()):
        first = re.escape(char)  # the word edge after the literal: a charset prefix for re
        branches.append(rf"{first}(?<![\w]{first}){_trie_regex(child)}")
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w])")


class WordsPattern:
    """:func:`compile_words` (case kept) with a twin compiled ASCII-only, and :meth:`over`
    to pick the one to scan a text with: the twin for a text all in ASCII
    (``str.isascii`` reads a flag), where it finds the same matches (the flag changes only
    how characters beyond ASCII are read) while ``re`` tells a word character by a table
    lookup instead of Unicode data, about a third faster.

    >>> words = WordsPattern(["El Paso"])
    >>> [m.group() for m in words.over("El Paso").finditer("El Paso")]
    ['El Paso']
    >>> words.over("El Pasó") is words.unicode, words.over("El Paso") is words.ascii
    (True, True)
    """

    __slots__ = ("_ascii", "unicode")

    def __init__(self, words: Iterable[str]) -> None:
        self.unicode = compile_words(words)
        self._ascii: re.Pattern[str] | None = None  # compiled when first needed

    @property
    def ascii(self) -> re.Pattern[str]:
        """The twin, compiled ASCII-only."""
        if self._ascii is None:
            self._ascii = re.compile(self.unicode.pattern, re.ASCII)
        return self._ascii

    def over(self, text: str) -> re.Pattern[str]:
        """The pattern to scan ``text`` with."""
        return self.ascii if text.isascii() else self.unicode


# ---- vocabularies that ignore case: scanned in the case-folded text -----------------------

# Lower-case letters that ``re.IGNORECASE`` equates although ``str.lower`` keeps them apart
# (dotless ı and i, long ſ and s, the Greek and Cyrillic variant forms), each mapped to one
# member of its class. Folding them too makes "equal when folded" the same relation as
# "equal under re.IGNORECASE" (tests/test_ruledata.py checks every cased character).
_SAME_CASE = {
    0x0131: 0x0069,
    0x017F: 0x0073,
    0x0345: 0x03B9,
    0x1FBE: 0x03B9,
    0x00B5: 0x03BC,
    0x03C2: 0x03C3,
    0x03D0: 0x03B2,
    0x03D1: 0x03B8,
    0x03D5: 0x03C6,
    0x03D6: 0x03C0,
    0x03F0: 0x03BA,
    0x03F1: 0x03C1,
    0x03F5: 0x03B5,
    0x1C80: 0x0432,
    0x1C81: 0x0434,
    0x1C82: 0x043E,
    0x1C83: 0x0441,
    0x1C84: 0x0442,
    0x1C85: 0x0442,
    0x1C86: 0x044A,
    0x1C87: 0x0463,
    0x1E9B: 0x1E61,
    0x1FD3: 0x0390,
    0x1FE3: 0x03B0,
    0xA64B: 0x1C88,
    0xFB06: 0xFB05,
}
_SAME_CASE_RE = re.compile("[" + "".join(map(chr, _SAME_CASE)) + "]")
# A text shorter than this is folded when asked; a longer one (an article) once, and kept.
_FOLD_KEPT = 512


def fold(text: str) -> str | None:
    """``text`` case-folded character for character, or None when folding would move
    positions (an "İ" lower-cases to two characters) or change what a word edge is (the
    combining ypogegrammeni folds to a letter). Positions in the folded text are positions
    in ``text``.

    >>> fold("El Paso, ſo")
    'el paso, so'
    >>> fold("İzmir") is None
    True
    """
    folded = text.lower()
    if text.isascii():  # the usual case, and a quick test: lower() is all it takes
        return folded
    if len(folded) != len(text) or "\u0345" in text:
        return None
    if _SAME_CASE_RE.search(folded) is None:  # translate() looks up every character
        return folded
    return folded.translate(_SAME_CASE)


_fold_kept = per_article(maxsize=16)(fold)
# What a pattern may hold that an ASCII-only twin would read differently in ASCII text: the
# classes of blanks, inline flags (a backslash before them makes the test only stricter).
_UNSAFE_IN_ASCII = re.compile(r"\\[sS]|\(\?[-a-zA-Z]*[aiLu]")
_ENDS_IN_MARK = re.compile(r"[^\w]\Z")
_STARTS_WITH_MARK = re.compile(r"[^\w]")


class FoldedPattern:
    r"""A regex written for lower-case text, matched in any text as its IGNORECASE form is.

    ``re`` scans a case-sensitive pattern about twice as fast as an IGNORECASE one, so the
    pattern as written scans the case-folded text (:func:`fold`: positions stay those of the
    text); a text that cannot be folded in place is scanned with the pattern compiled
    IGNORECASE. Either way the matches have the spans of ``re.compile(source, flags |
    re.IGNORECASE)`` in the text as given (tests/test_folded_scan.py), so the pattern is
    written once, in lower case, and never has a twin to keep in step. The groups of a match
    read the folded text: take their spans to read the text as written.

    >>> border = FoldedPattern(r"[^\w]at[ \t]+the[ \t]+(?P<place>border)")
    >>> match = border.search(" Migrants waited AT THE BORDER.")
    >>> match.span("place"), match.group("place")
    ((24, 30), 'border')
    >>> border.search(" İn Izmir, at the Border.").span("place")
    (18, 24)
    """

    __slots__ = ("_ascii", "_ignorecase", "flags", "lower", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self.lower = re.compile(source, flags)  # for the folded text
        self._ignorecase: re.Pattern[str] | None = None
        # For a folded text all in ASCII, the pattern compiled ASCII-only: the same matches
        # (the flag reads only characters beyond ASCII differently) unless it reads blanks
        # ("\s": Unicode's take in the separators \x1c-\x1f) or sets flags of its own;
        # then, and once compiled, it is the pattern itself.
        self._ascii: re.Pattern[str] | None = (
            self.lower if _UNSAFE_IN_ASCII.search(source) or flags & ~re.VERBOSE else None
        )

    @property
    def ignorecase(self) -> re.Pattern[str]:
        """The pattern for a text that cannot be folded, compiled when first needed."""
        if self._ignorecase is None:
            self._ignorecase = re.compile(self.source, self.flags | re.IGNORECASE)
        return self._ignorecase

    def over(self, text: str, folded: str | None) -> tuple[str, re.Pattern[str]]:
        """What to scan for ``text`` whose :func:`fold` is ``folded`` (several patterns may
        share one fold), and the pattern to scan it with."""
        if folded is None:
            return text, self.ignorecase
        if folded.isascii():  # a flag: no cost
            if self._ascii is None:
                self._ascii = re.compile(self.source, self.flags | re.ASCII)
            return folded, self._ascii
        return folded, self.lower

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches in ``text[pos:endpos]``, as ``re.Pattern.finditer`` gives them."""
        scanned, pattern = self.over(text, fold(text))
        return pattern.finditer(scanned, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, or None."""
        scanned, pattern = self.over(text, fold(text))
        return pattern.search(scanned, pos, endpos)


def _fold_word(word: str) -> str:
    """A vocabulary word folded as :func:`fold` folds text (İ to i, as ``re`` does)."""
    return "".join(char.lower()[0] for char in word).translate(_SAME_CASE)


class Hit(NamedTuple):
    """Where a vocabulary word was found, with the ``re.Match`` methods extractors use."""

    text: str
    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last

    def span(self) -> tuple[int, int]:
        return self.first, self.last

    def group(self) -> str:
        """The word as written."""
        return self.text[self.first : self.last]


_bisect_left, _bisect_right = bisect.bisect_left, bisect.bisect_right
_chained = itertools.chain.from_iterable
# A hit straight from its fields: tuple.__new__ runs in C, the generated __new__ in Python.
_hit: Callable[[tuple[str, int, int]], Hit] = functools.partial(tuple.__new__, Hit)
_span = re.Match.span  # a match's span, read without looking the method up each time


class Vocabulary:
    """Words to find in a text as whole words, the longest first, case ignored.

    The words, folded, make one :class:`FoldedPattern`: a case-sensitive pattern scans the
    case-folded text (once per article), and a text that cannot be folded in place is
    scanned with it compiled IGNORECASE. Either way the hits are those of
    ``re.compile(words_pattern(words), re.IGNORECASE)``.

    A vocabulary made ``per_article`` is one the extractors read in every sentence: it scans
    an article (a text of 512 characters or more) once, and a window then gets the hits that
    lie whole inside it, without a scan of its own (a phrase that runs past the window's
    end is not cut short to fit).

    >>> verbs = Vocabulary(["deport", "deported", "border closure"])
    >>> [(h.start(), h.group()) for h in verbs.finditer("They DEPORTED him; a Border Closure.")]
    [(5, 'DEPORTED'), (21, 'Border Closure')]
    """

    __slots__ = ("_ascii", "_folded", "_lead", "_pattern", "_plain", "_words", "per_article")

    def __init__(self, words: Iterable[str], *, per_article: bool = False) -> None:
        self._words = tuple(words)
        folded = [_fold_word(word) for word in self._words]
        # The pattern takes the character before a word as part of the match ("lead"): a
        # pattern that opens on a character class lets re skip the letters inside words,
        # where a lookbehind is tried at every character (a quarter faster). Hits stay exact
        # unless a word ends in a mark and another starts with one: only then can a hit start
        # right where the last one ended ("u.s.$"), with no character of its own before it,
        # and the lookbehind form is kept.
        self._lead = not (
            any(_ENDS_IN_MARK.search(word) for word in folded)
            and any(_STARTS_WITH_MARK.match(word) for word in folded)
        )
        trie = _trie(folded)
        body = _trie_regex(trie) if trie else r"(?!x)x"
        edge = r"[^\w]" if self._lead else r"(?<![\w])"  # the latter as in words_pattern
        self._pattern = FoldedPattern(rf"{edge}(?:{body})(?![\w])")
        self._folded = self._pattern.lower
        # For a text all in ASCII (str.isascii() reads a flag: no cost), the same pattern
        # compiled ASCII-only finds the same hits: only characters beyond ASCII are read
        # differently, and there are none; ``re`` then tells a word edge by a table lookup
        # instead of Unicode data, a third faster.
        self._ascii: re.Pattern[str] | None = None  # compiled when first needed
        # Words all in ASCII (and without the stand-ins of :func:`_stand_ins`) are never
        # matched by a character beyond ASCII, which only tells word edges: a text with
        # such characters is scanned with the same ASCII-only pattern once each is replaced
        # by a stand-in of its kind (``re`` reads a Unicode word edge from several tables,
        # for every character it tries; an ASCII one from one).
        self._plain = all(word.isascii() and not _STAND_INS.intersection(word) for word in folded)
        # Read in every sentence: scan an article once and cut each window out of the hits.
        self.per_article = per_article

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The hits in ``text[start:end]``, in order, not overlapping."""
        stop = len(text) if end is None else end
        if self.per_article and len(text) >= _FOLD_KEPT:
            hits, starts, ends = _article_hits(self, text)
            first = _bisect_left(starts, start if start > 0 else 0)
            last = _bisect_right(ends, stop)
            return hits[first:last] if last > first else []
        return self._hits(text, start, stop)[0]

    def _hits(self, text: str, start: int, stop: int) -> tuple[list[Hit], list[int], list[int]]:
        """The hits in ``text[start:stop]``, with their starts and ends."""
        pattern, scanned, first, last, lead, blank = self._frame(text, start, stop)
        # the starts and the ends, each moved by what leads a match, in C (no loop per hit;
        # one flat list, not a tuple per hit held at once)
        flat = list(_chained(map(_span, pattern.finditer(scanned, first, last))))
        starts, ends = flat[0::2], flat[1::2]
        if lead != blank:
            starts = list(map((lead - blank).__add__, starts))
        if blank:
            ends = list(map((-blank).__add__, ends))
        return list(map(_hit, zip(itertools.repeat(text), starts, ends))), starts, ends

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        """The first hit in ``text[start:end]``, or None."""
        pattern, scanned, first, last, lead, blank = self._frame(text, start, end)
        m = pattern.search(scanned, first, last)
        return None if m is None else _hit((text, m.start() + lead - blank, m.end() - blank))

    def match(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        """A hit that starts exactly at ``start``, or None."""
        pattern, scanned, first, last, lead, blank = self._frame(text, start, end)
        m = pattern.match(scanned, first, last)
        return None if m is None else _hit((text, m.start() + lead - blank, m.end() - blank))

    def _in_ascii(self) -> re.Pattern[str]:
        if self._ascii is None:
            self._ascii = re.compile(self._folded.pattern, re.ASCII)
        return self._ascii

    def _frame(
        self, text: str, start: int, end: int | None
    ) -> tuple[re.Pattern[str], str, int, int, int, int]:
        """The pattern, the string it scans (folded when it can be) and where, how many
        characters lead a match before its hit (1 in the fast form), and how many blanks
        were put in front of the text (a hit's positions are that many further on)."""
        stop = len(text) if end is None else end
        folded = fold(text) if len(text) < _FOLD_KEPT else _fold_kept(text)
        if folded is None:
            pattern, scanned = self._pattern.ignorecase, text
        elif folded.isascii():
            pattern, scanned = self._in_ascii(), folded
        elif self._plain:  # the same hits in the text with its other characters stood in for
            pattern = self._in_ascii()
            scanned = _stand_ins(folded) if len(text) < _FOLD_KEPT else _stand_ins_kept(folded)
        else:
            pattern, scanned = self._folded, folded
        if not self._lead:
            return pattern, scanned, start, stop, 0, 0
        if start > 0:  # the character before the window leads the match, as it is
            return pattern, scanned, start - 1, stop, 1, 0
        return pattern, " " + scanned, 0, stop + 1, 1, 1  # the text's start: a blank


# The stand-ins for characters beyond ASCII: "_" for a word character (a letter, a digit),
# DEL for any other; both are read as such by an ASCII-only pattern. Each character is
# looked up once (``re``'s own test of a word character decides).
_STAND_INS = frozenset("_\x7f")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
_UNICODE_WORD = re.compile(r"\w")


@functools.cache
def _stand_in(char: str) -> str:
    return "_" if _UNICODE_WORD.match(char) else "\x7f"


def _stand_ins(folded: str) -> str:
    """``folded`` with each character beyond ASCII replaced by its stand-in (positions kept:
    one character for one)."""
    return _BEYOND_ASCII.sub(lambda m: _stand_in(m.group()), folded)


_stand_ins_kept = per_article(maxsize=16)(_stand_ins)


@per_article(maxsize=32)
def _article_hits(vocabulary: Vocabulary, text: str) -> tuple[list[Hit], list[int], list[int]]:
    """Every hit of ``vocabulary`` in a whole article, with their starts and ends."""
    return vocabulary._hits(text, 0, len(text))


def _trie(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return trie


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
    return body


def substrings_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds any of ``words`` anywhere (no word edges), as a trie.

    ``pattern.search(text)`` says whether some word is a substring of ``text`` in one pass
    over it, however many words there are (testing ``word in text`` for each word costs
    words x text). An empty word is in every text.

    >>> bool(substrings_pattern(["lin", "bar"]).search("blinken"))
    True
    >>> print(substrings_pattern([]).search("blinken"))
    None
    """
    chosen = set(words)
    if "" in chosen:
        return re.compile("")
    trie = _trie(chosen)
    return re.compile(_trie_regex(trie) if trie else r"(?!x)x")
