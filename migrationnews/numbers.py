"""Numbers as news writes them: digits, words, scales, vague plurals and fractions.

:func:`find_numbers` finds every cardinal number in a text, with its span and value;
:func:`parse_number` reads one number phrase. Both work on any ``str`` and never raise.

- digits with separators and decimals: ``"190,000"``, ``"1.7"``, ``"2,150,639"``
- digits with a scale: ``"1.5 million"``, ``"2.05M"``, ``"$3.5bn"`` (the ``$`` is not part
  of the number; the statistics extractor reads it as the unit)
- words: ``"three"``, ``"twenty-five"``, ``"two hundred and fifty"``, ``"a dozen"``,
  ``"half a million"``
- vague plurals (:attr:`NumberKind.VAGUE`): ``"thousands"``, ``"tens of thousands"``,
  ``"several hundred"``; the value is the floor the words imply and ``ceiling`` the top of
  that order of magnitude. :func:`vague_bounds` turns them into bounds under a
  :class:`VaguePolicy`:

  - ``VaguePolicy.FLOOR`` (the default): the conservative floor and no upper bound,
    "thousands" -> at least 1,000 (the annotation guideline's reading);
  - ``VaguePolicy.ORDER_OF_MAGNITUDE``: the whole order of magnitude,
    "thousands" -> 1,000 to 9,999.

- fractions (:attr:`NumberKind.FRACTION`), as a share in percent: ``"three-quarters"`` ->
  75, ``"two-thirds"`` -> 66.67, ``"half of"`` -> 50.

The vocabulary is ``rules/number_words.tsv``.

>>> [(m.text, m.value) for m in find_numbers("twenty-five buses and 1.5 million people")]
[('twenty-five', 25), ('1.5 million', 1500000)]
>>> parse_number("two hundred and fifty"), parse_number("$13.6 billion"), parse_number("soon")
(250, 13600000000, None)
>>> thousands = find_numbers("thousands of migrants")[0]
>>> thousands.kind.value, vague_bounds(thousands)
('vague', (1000, None))
>>> vague_bounds(thousands, VaguePolicy.ORDER_OF_MAGNITUDE)
(1000, 9999)
"""

from __future__ import annotations

import enum
import functools
import re
from decimal import Decimal, InvalidOperation

from attrs import frozen

from migrationnews.ruledata import Vocabulary, table
from migrationnews.values import Number, Span

__all__ = [
    "NumberKind",
    "NumberMention",
    "VaguePolicy",
    "find_numbers",
    "parse_number",
    "vague_bounds",
]


class NumberKind(enum.Enum):
    """How a number was written."""

    DIGITS = "digits"  # "10,000", "1.5 million", "2.05M"
    WORDS = "words"  # "three", "twenty-five", "a dozen"
    VAGUE = "vague"  # "thousands", "several hundred"
    FRACTION = "fraction"  # "three-quarters": value is the share in percent


class VaguePolicy(enum.Enum):
    """How a vague quantity ("thousands") becomes bounds; see the module docstring."""

    FLOOR = "floor"  # "thousands" -> at least 1,000
    ORDER_OF_MAGNITUDE = "order_of_magnitude"  # "thousands" -> 1,000 to 9,999


@frozen
class NumberMention:
    """A number in a text: where, as written, its value and how it was written.

    ``ceiling`` is the top of a vague quantity's order of magnitude ("thousands" -> 9999);
    ``None`` for every other kind.
    """

    span: Span
    text: str
    value: Number
    kind: NumberKind
    ceiling: Number | None = None


def vague_bounds(
    mention: NumberMention, policy: VaguePolicy = VaguePolicy.FLOOR
) -> tuple[Number, Number | None]:
    """``(low, high)`` for a mention: exact numbers give ``(value, value)``."""
    if mention.kind is not NumberKind.VAGUE:
        return mention.value, mention.value
    if policy is VaguePolicy.ORDER_OF_MAGNITUDE:
        return mention.value, mention.ceiling
    return mention.value, None


@frozen
class _Word:
    kind: str
    value: Number
    high: Number | None


def _as_number(text: str) -> Number:
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


@functools.cache
def _words() -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    for form, kind, value, high in table("number_words.tsv", 4):
        words[form.lower()] = _Word(kind, _as_number(value), _as_number(high) if high else None)
    return words


_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
}

_DIGITS = re.compile(
    r"""
    (?P<digits>
        \d                        # a digit first: re skips to the next one in C (no other test)
        (?<![\w.,/:]\d)           # not inside a word, decimal, date (6/30) or time (7:26)
        (?<![A-Za-z]-\d)          # not an identifier such as COVID-19 or I-10
        (?:
            \d{0,2}(?:,\d{3})+    # digit groups with comma separators: 2,150,639
          | \d*                   # or a plain run of digits
        )
    )
    (?P<decimals>\.\d+)?          # decimals: 1.375
    (?![\d]|[/:,]\d)               # the whole run, not a date (6/30/2023) or time (7:26)
    (?:                           # an optional scale
        \s(?P<word>thousand|million|billion|trillion)(?![\w])  # "1.5 million"
      | (?P<letter>bn|mn|mln|[kKmMbB])(?![\w])               # attached: "2.05M", "3.5bn"
    )?
    """,
    re.VERBOSE,
)


@functools.cache
def _word_token() -> Vocabulary:
    return Vocabulary(_words(), per_article=True)


_JOIN = re.compile(
    r"""
    [ \t]?-?[ \t]?\Z                # one blank or a hyphen between words: "twenty-five"
    """,
    re.VERBOSE,
)
_AND_JOIN = re.compile(r"[ \t]+and[ \t]+\Z", re.IGNORECASE)  # "two hundred and fifty"


_MAX_DIGITS = 15  # longer runs are codes or noise, not figures (and would cost time)


def _digits_value(match: re.Match[str]) -> Number:
    raw = match.group("digits").replace(",", "") + (match.group("decimals") or "")
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return 0
    scale = match.group("word") or match.group("letter")
    if scale:
        value *= _SCALES[scale.lower()]
    return int(value) if value == value.to_integral_value() else float(value)


_Token = tuple[int, int, _Word]


def _segments(tokens: list[_Token]) -> list[tuple[int, int, Number, str]]:
    """Split a run of number words into numbers: ``(first, last, value, kind)`` token indexes.

    The usual grammar of English numerals: tens may take a unit ("twenty-five"), a group
    below a hundred may take "hundred", groups take a scale word smaller than the last.
    Whatever does not continue the number starts the next one ("two three-day trips").
    """
    out: list[tuple[int, int, Number, str]] = []
    i = 0
    while i < len(tokens):
        first = tokens[i][2]
        if first.kind in ("whole", "vague", "fraction"):
            kind = {"whole": "words"}.get(first.kind, first.kind)
            out.append((i, i, first.value, kind))
            i += 1
            continue
        if first.kind in ("scale",):  # a bare "thousand" is no number on its own
            i += 1
            continue
        total, group, last_scale = 0, 0, None
        prev = ""
        j = i
        while j < len(tokens):
            word = tokens[j][2]
            kind = word.kind
            if j == i:
                ok = kind in ("unit", "teen", "tens", "hundred", "dozen")
            elif kind == "unit":
                ok = prev in ("tens", "hundred", "scale") and group % 10 == 0
            elif kind in ("teen", "tens"):
                ok = prev in ("hundred", "scale")
            elif kind in ("hundred", "dozen"):
                ok = prev in ("unit", "teen", "tens") and 0 < group < 100
            elif kind == "scale":
                ok = prev in ("unit", "teen", "tens", "hundred") and (
                    last_scale is None or word.value < last_scale
                )
            else:
                ok = False
            if not ok:
                break
            if kind in ("unit", "teen", "tens"):
                group += int(word.value)
            elif kind == "hundred":
                group = (group or 1) * 100
            elif kind == "dozen":
                group = (group or 1) * 12
            else:
                total += group * int(word.value)
                group, last_scale = 0, int(word.value)
            prev = kind
            j += 1
        out.append((i, j - 1, total + group, "words"))
        i = j
    return out


def _runs(text: str, start: int, end: int) -> list[list[_Token]]:
    """Number words next to each other, grouped: "two hundred and fifty" is one run."""
    words = _words()
    runs: list[list[_Token]] = []
    last_end = -1
    last_kind = ""
    for m in _word_token().finditer(text, start, end):
        word = words[m.group().lower()]
        gap = text[last_end : m.start()] if last_end >= 0 else None
        joined = (
            gap is not None
            and len(gap) <= 7
            and (
                bool(_JOIN.match(gap))
                or (last_kind in ("hundred", "scale") and bool(_AND_JOIN.match(gap)))
            )
        )
        if joined and runs:
            runs[-1].append((m.start(), m.end(), word))
        else:
            runs.append([(m.start(), m.end(), word)])
        last_end, last_kind = m.end(), word.kind
    return runs


def _word_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    found: list[NumberMention] = []
    for tokens in _runs(text, start, end):
        for first, last, value, kind in _segments(tokens):
            a, b = tokens[first][0], tokens[last][1]
            word = tokens[first][2]
            found.append(
                NumberMention(
                    Span(a, b),
                    text[a:b],
                    value,
                    NumberKind(kind),
                    word.high if kind == "vague" else None,
                )
            )
    return found


def find_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    """Every number in ``text[start:end]``, in order of position.

    Years, dates and identifiers are numbers too: telling them from figures is the
    caller's business (see :mod:`migrationnews.extract.statistics`).
    """
    stop = len(text) if end is None else min(end, len(text))
    found = [
        NumberMention(Span(m.start(), m.end()), m.group(), _digits_value(m), NumberKind.DIGITS)
        for m in _DIGITS.finditer(text, start, stop)
        if len(m.group("digits")) <= _MAX_DIGITS + _MAX_DIGITS // 3
        and len(m.group("decimals") or "") <= _MAX_DIGITS
    ]
    found += _word_numbers(text, start, stop)
    found.sort(key=lambda m: m.span.start)
    return tuple(found)


def parse_number(phrase: str) -> Number | None:
    """The value of the first number in ``phrase``, or ``None`` when it holds none."""
    found = find_numbers(phrase)
    return found[0].value if found else None
