"""Numbers as news writes them: digits, words, scales, vague plurals and fractions.

:func:`find_numbers` finds every cardinal number in a text, with its span and value;
:func:`parse_number` reads one number phrase. Both work on any ``str`` and never raise.

- digits with separators and decimals: ``"190,000"``, ``"1.7"``, ``"2,150,639"``, and
  thousands grouped by spaces as European agencies write them (``"8 300"``, ``"29 240"``;
  not a year before a count, "2019 300", nor a telephone number in parts)
- digits with a scale: ``"1.5 million"``, ``"2.05M"``, ``"$3.5bn"``, ``"$600-million"``,
  ``"£6million"`` (the ``$`` is not part
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

- bounds (:func:`find_bounds`, :func:`parse_bound`): a number with what bounds it, as one
  :class:`Bound` with the annotation guideline's interval semantics: "more than 100"
  (100, open), "500 or more" [500, open), "5,000 or fewer" (open, 5000], "between 20 and
  30", "20 through 100", "20~100", and two one-sided bounds joined by "and", "but" or a
  comma ("at least 20 and at most 100", "more than 100 and less than 300") are ranges;
  "or equal to" makes a strict bound inclusive; "as few as 40" is at least 40. A range
  joined from two bounds keeps which ends it excludes (:attr:`Bound.low_open`,
  :attr:`Bound.high_open`: "more than 20 and at most 35" is (20, 35]). The
  statistics extractor reads its qualifiers and ranges through the same helpers
  (:func:`hedge_before`, :func:`hedge_after`, :func:`joined_bound`, :func:`range_join`);
- what a bound may hold that a count may not: a negative number ("below -12", "between
  minus 8 and 4"), a rank ("between the tenth and the fifteenth": ordinals from
  ``rules/number_ordinals.tsv``, which :func:`find_numbers` never returns, for an ordinal
  ranks and never counts) and a fraction read only after a bound ("more than 1/2", "below
  a half"); a :class:`Bound` says how its number was written (``kind``), so a fraction's
  share in percent is not taken for a count. "<>" and "=>" are no signs, "how about" no
  hedge, and the whole of a ratio ("2 in 5") no bound of its own.
- identifiers (:func:`find_identifiers`): telephone, docket and code numbers written in
  parts and any number after a label ("Title 42", "SB 4", "Flight 1234"), recognised in
  this one place and skipped as figures.

The vocabulary is ``rules/number_words.tsv``, ``rules/number_bounds.tsv`` (the hedges) and
``rules/number_labels.tsv`` (the labels of identifiers).

Languages: every function takes ``language`` (``"en"`` or ``"es"``; by default the language
being read, :func:`migrationnews.language.active`). Spanish reads the same way from
``rules/es/number_words.tsv`` and ``rules/es/number_bounds.tsv``; its digits decide by
their groups, not by the language alone: a point or comma followed by exactly three digits
groups thousands ("3.000", Mexican "145,537"), else it is the decimal mark ("1,5 millones",
"1.5 millones"); "3 mil 300" is 3,300.

>>> [(m.text, m.value) for m in find_numbers("unos 3.000 y 1,5 millones", language="es")]
[('3.000', 3000), ('1,5 millones', 1500000)]
>>> [(m.text, m.value) for m in find_numbers("3 mil 300, tres mil y 145,537", language="es")]
[('3 mil 300', 3300), ('tres mil', 3000), ('145,537', 145537)]

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
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from attrs import frozen

from migrationnews import ruletables
from migrationnews.language import LANGUAGES, active, reading
from migrationnews.ruledata import Vocabulary, words_pattern
from migrationnews.ruletables import Position
from migrationnews.values import Number, Qualifier, Span

__all__ = [
    "Bound",
    "Hedge",
    "NumberKind",
    "NumberMention",
    "VaguePolicy",
    "find_bounds",
    "find_identifiers",
    "find_numbers",
    "hedge_after",
    "hedge_before",
    "joined_bound",
    "parse_bound",
    "parse_number",
    "range_join",
    "range_values",
    "vague_bounds",
]


class NumberKind(enum.Enum):
    """How a number was written."""

    DIGITS = "digits"  # "10,000", "1.5 million", "2.05M"
    WORDS = "words"  # "three", "twenty-five", "a dozen"
    VAGUE = "vague"  # "thousands", "several hundred"
    FRACTION = "fraction"  # "three-quarters": value is the share in percent
    ORDINAL = "ordinal"  # "the tenth": a rank, read by find_bounds only (never a count)


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
def _words(language: str) -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    for row in ruletables.number_words(language):
        words[row.form.lower()] = _Word(row.kind, row.value, row.high)
    return words


# Scale abbreviations that only ever follow digits ("5k", "$2bn", "1.2mn"): never words of
# their own, so number_words.tsv (the scale words, "thousand" to "trillion") does not list them.
_ABBREVIATED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9}


@functools.cache
def _scales(language: str) -> dict[str, int]:
    """Scale word (lower case) -> its value: the words that may follow digits."""
    scales = {
        form: int(word.value)
        for form, word in _words(language).items()
        if word.kind in ("scale", "scale0")
    }
    return scales | _ABBREVIATED_SCALES if language == "en" else scales


_DIGITS = re.compile(
    r"""
    (?P<digits>
        \d                        # a digit first: re skips to the next one in C (no other test)
        (?<![\w.,/:]\d)           # not inside a word, decimal, date (6/30) or time (7:26)
        (?<![A-Za-z]-\d)          # not an identifier such as COVID-19 or I-10
        (?:
            \d{0,2}(?:,\d{3})+    # digit groups with comma separators: 2,150,639
          | (?<!\d[ \u00a0\u202f\u2009]\d)  # or groups apart (not after a number: "2019 300")
            \d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+  # as European agencies write: 8 300, 29 240
            (?![\d]|[ \u00a0\u202f\u2009]\d|[.,]\d)  # all the groups ("+1 915 555 0199" is none)
          | \d*                   # or a plain run of digits
        )
    )
    (?P<decimals>\.\d+)?          # decimals: 1.375
    (?![\d]|[/:,]\d)               # the whole run, not a date (6/30/2023) or time (7:26)
    (?!(?i:st|nd|rd|th)(?![\w]))  # nor an ordinal ("10th", "21st"): a rank, not a count
    (?:                           # an optional scale
        [\s-]?(?P<word>thousand|million|billion|trillion)(?![\w])  # "1.5 million", "£6million"
      | (?P<letter>bn|mn|mln|[kKmMbB])(?![\w])               # attached: "2.05M", "3.5bn"
    )?
    """,
    re.VERBOSE,
)


@functools.cache
def _digit_pattern(language: str) -> re.Pattern[str]:
    """Digits as ``language`` writes them (English: :data:`_DIGITS`)."""
    if language == "en":
        return _DIGITS
    return re.compile(
        rf"""
        (?P<digits>
            \d                            # a digit first (re skips to the next one in C)
            (?<![\w.,/:]\d)               # not inside a word, decimal, date or time
            (?<![A-Za-z]-\d)               # not an identifier such as COVID-19
            (?:
                \d{{0,2}}(?:\.\d{{3}})+(?![\d])  # points group thousands: 252.000
              | \d{{0,2}}(?:,\d{{3}})+(?![\d])   # or commas (Mexico, Central America): 145,537
              | (?<!\d[ \u00a0\u202f\u2009]\d)\d{{0,2}}(?:[ \u00a0\u202f\u2009]\d{{3}})+
                (?![\d]|[ \u00a0\u202f\u2009]\d|[.,]\d)  # or spaces: 8 300
              | \d*                        # or a plain run of digits
            )
        )
        (?P<decimals>[.,]\d+)?             # the decimal mark is what groups none: 1,5
        (?![\d]|[/:]\d)                    # the whole run, not a date or a time
        (?:                                 # an optional scale word: "1,5 millones"
            [ \t](?P<word>{words_pattern(_scales(language))})
            (?:[ \t](?P<rest>\d{{1,3}})(?![\w]|[.,/:]\d))?  # what it adds: "3 mil 300"
        )?
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@functools.cache
def _word_token(language: str) -> Vocabulary:
    return Vocabulary(_words(language), per_article=True)


_JOIN = re.compile(
    r"""
    [ \t]?-?[ \t]?\Z                # one blank or a hyphen between words: "twenty-five"
    """,
    re.VERBOSE,
)
_AND_JOIN = re.compile(r"[ \t]+and[ \t]+\Z", re.IGNORECASE)  # "two hundred and fifty"
# The word that joins number words, and the kinds of word it may follow: English "two
# hundred and fifty", Spanish "treinta y cinco" (structure of each language's numerals).
_JOINS = {
    "en": (_AND_JOIN, ("hundred", "scale")),
    "es": (re.compile(r"[ \t]+y[ \t]+\Z", re.IGNORECASE), ("tens",)),
}


_MAX_DIGITS = 15  # longer runs are codes or noise, not figures (and would cost time)


def _digits_value(match: re.Match[str], language: str = "en") -> Number:
    groups = match.groupdict()
    digits = re.sub(r"\D", "", match.group("digits"))  # "2,150,639", "252.000", "8 300"
    raw = digits + (groups.get("decimals") or "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return 0
    scale = groups.get("word") or groups.get("letter")
    if scale:
        value *= _scales(language)[" ".join(scale.lower().split())]
    if groups.get("rest"):
        value += Decimal(groups["rest"])
    return int(value) if value == value.to_integral_value() else float(value)


_Token = tuple[int, int, _Word]


def _segments(tokens: list[_Token]) -> list[tuple[int, int, Number, str]]:
    """Split a run of number words into numbers: ``(first, last, value, kind)`` token indexes.

    The usual grammar of English numerals: tens may take a unit ("twenty-five"), a group
    below a hundred may take "hundred", groups take a scale word smaller than the last.
    Whatever does not continue the number starts the next one ("two three-day trips").
    Spanish adds whole hundreds ("doscientos cincuenta"), a scale that counts alone ("mil")
    and a hundred that never does ("ciento veinte", not the "ciento" of "por ciento").
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
        if first.kind == "scale":  # a bare "thousand" is no number on its own
            i += 1
            continue
        total, group, last_scale = 0, 0, None
        prev = ""
        j = i
        while j < len(tokens):
            word = tokens[j][2]
            kind = word.kind
            if kind == "scale0":  # "mil": a scale that also counts alone (Spanish)
                kind = "scale" if j > i else "scale0"
            if kind == "hundreds+":  # "ciento": a hundred that needs more after it
                kind = "hundreds"
            if j == i:
                ok = kind in ("unit", "teen", "tens", "hundred", "hundreds", "dozen", "scale0")
            elif kind == "unit":
                ok = prev in ("tens", "hundred", "hundreds", "scale") and group % 10 == 0
            elif kind in ("teen", "tens"):
                ok = prev in ("hundred", "hundreds", "scale") and group % 100 == 0
            elif kind == "hundreds":  # "doscientos": a whole hundred, after a scale
                ok = prev == "scale" and group == 0
            elif kind in ("hundred", "dozen"):
                ok = prev in ("unit", "teen", "tens") and 0 < group < 100
            elif kind == "scale":
                ok = prev in ("unit", "teen", "tens", "hundred", "hundreds", "scale0") and (
                    last_scale is None or word.value < last_scale
                )
            else:
                ok = False
            if not ok:
                break
            if kind == "scale0":
                total, last_scale = int(word.value), int(word.value)
            elif kind in ("unit", "teen", "tens", "hundreds"):
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
        if j - i > 1 or tokens[i][2].kind != "hundreds+":
            out.append((i, j - 1, total + group, "words"))
        i = max(j, i + 1)
    return out


def _runs(text: str, start: int, end: int, language: str) -> list[list[_Token]]:
    """Number words next to each other, grouped: "two hundred and fifty" is one run."""
    words = _words(language)
    and_join, after = _JOINS.get(language, _JOINS["en"])
    runs: list[list[_Token]] = []
    last_end = -1
    last_kind = ""
    for m in _word_token(language).finditer(text, start, end):
        word = words[m.group().lower()]
        gap = text[last_end : m.start()] if last_end >= 0 else None
        joined = (
            gap is not None
            and len(gap) <= 7
            and (bool(_JOIN.match(gap)) or (last_kind in after and bool(and_join.match(gap))))
        )
        if joined and runs:
            runs[-1].append((m.start(), m.end(), word))
        else:
            runs.append([(m.start(), m.end(), word)])
        last_end, last_kind = m.end(), word.kind
    return runs


def _word_numbers(text: str, start: int, end: int, language: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for tokens in _runs(text, start, end, language):
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


_A_UNIT = re.compile(
    r"""
    [Aa](?<![\w][Aa])[Nn]?               # "a" or "an" (the letter first: re jumps to it in C)
    (?:
        (?=[ \t]+(?:day|week|month|year|decade|hour|mile|kilometer)(?![\w])  # then one unit
           (?![ \t]+ago))               # not "a year ago": a date
      | [ \t]+(?P<part>half|quarter|third)(?![\w])  # or a part: "a half", "a quarter"
    )
    """,
    re.VERBOSE,
)
_PARTS = {"half": 50, "quarter": 25, "third": 33.33}  # as number_words.tsv writes fractions

_DIGIT_FRACTION = re.compile(
    r"""
    \d(?<![\w.,/:]\d)                   # a digit first, not inside a word or a number
    \d?/(?P<denominator>\d{1,2})         # over one or two digits: "1/2", "3/4", "2/3"
    (?![\w]|[/.,:]\d)                    # the whole run, not a date (1/2/2024)
    """,
    re.VERBOSE,
)


def _after_bound(text: str, start: int, stop: int) -> list[NumberMention]:
    """Numbers that read as numbers only after a bound: "a" as one ("less than a month",
    "more than a year"), "a half", "a quarter", and a fraction in digits ("more than 1/2",
    which elsewhere may be a date): the fractions as a share in percent."""
    found = []
    for match in _A_UNIT.finditer(text, start, stop):
        hedge = hedge_before(text, match.start(), start)
        if hedge is not None and hedge.qualifier in _LOWER | _UPPER:
            part = match.group("part")
            found.append(
                NumberMention(
                    Span(match.start(), match.end()),
                    match.group(),
                    _PARTS[part.lower()] if part else 1,
                    NumberKind.FRACTION if part else NumberKind.WORDS,
                )
            )
    for match in _DIGIT_FRACTION.finditer(text, start, stop):
        numerator, denominator = (int(part) for part in match.group().split("/"))
        if not 0 < numerator < denominator:
            continue
        hedge = hedge_before(text, match.start(), start)
        if hedge is not None and hedge.qualifier in _LOWER | _UPPER:
            share = round(100 * numerator / denominator, 2)
            found.append(
                NumberMention(
                    Span(match.start(), match.end()),
                    match.group(),
                    int(share) if share == int(share) else share,
                    NumberKind.FRACTION,
                )
            )
    return found


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, language: str | None = None
) -> tuple[NumberMention, ...]:
    """Every number in ``text[start:end]``, in order of position.

    Years, dates and identifiers are numbers too: telling them from figures is the
    caller's business (see :mod:`migrationnews.extract.statistics`).
    """
    lang = language or active()
    stop = len(text) if end is None else min(end, len(text))
    found = [
        NumberMention(
            Span(m.start(), m.end()), m.group(), _digits_value(m, lang), NumberKind.DIGITS
        )
        for m in _digit_pattern(lang).finditer(text, start, stop)
        if len(m.group("digits")) <= _MAX_DIGITS + _MAX_DIGITS // 3
        and len(m.group("decimals") or "") <= _MAX_DIGITS
    ]
    words = _word_numbers(text, start, stop, lang)
    found += _outside(words, found)
    if lang == "en":  # "less than a month", "more than 1/2": numbers only after a bound
        found += _after_bound(text, start, stop)
    found.sort(key=lambda m: m.span.start)
    return tuple(found)


def _outside(words: list[NumberMention], digits: list[NumberMention]) -> list[NumberMention]:
    """The mentions of ``words`` that do not start inside one of ``digits`` ("mil" of "3
    mil", "ten" of "the tenth"): one walk over both lists, each in text order."""
    if not words or not digits:
        return words
    kept: list[NumberMention] = []
    i = 0
    for word in words:
        while i < len(digits) and digits[i].span.end <= word.span.start:
            i += 1
        if i < len(digits) and digits[i].span.start <= word.span.start:
            continue
        kept.append(word)
    return kept


def parse_number(phrase: str, *, language: str | None = None) -> Number | None:
    """The value of the first number in ``phrase``, or ``None`` when it holds none."""
    found = find_numbers(phrase, language=language)
    return found[0].value if found else None


# ---------------------------------------------------------------- identifiers


_IDENTIFIER = re.compile(
    r"""
    (?<![\w])
    (?:
        \+\d{1,3}[ \t.-]?(?:\(\d{1,4}\)[ \t.-]?)?\d{2,4}(?:[ \t.-]\d{2,5}){1,3}  # +1-222-2222-2222
      | \(\d{3}\)[ \t]?\d{3}[ \t.-]\d{4}          # (915) 555-0199
      | \d{1,4}(?:[-.]\d{2,5}){2,4}               # 1-800-555-0199, 555.123.4567
      | \d{1,5}[-/]\d{2,6}(?=[/-]\d)              # 2023-1234/5 and the like: codes in parts
      | \d{1,5}-\d{2,6}                          # two parts: a code if not a range (below)
      | \d{1,2}[ \t]?:[ \t]?\d{2}(?![:\d])         # a clock time, even typed apart: "6: 00"
    )
    (?![\w])
    """,
    re.VERBOSE,
)


_CODE_TAIL = re.compile(r"(?:[-/.]?[A-Za-z0-9])*")  # "2023-1234", "22-cv-00104"


@functools.cache
def _labels() -> tuple[str, ...]:
    return ruletables.number_labels()


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        {words_pattern(_labels())}          # "Title", "SB", "Flight" (case matters)
        (?:[ \t]?(?:No\.|no\.|Nos\.|number|Number|\#))?  # perhaps "No." or "#"
        [ \t]?\Z                            # right before the number (window end)
        """,
        re.VERBOSE,
    )


@functools.cache
def _longest_label() -> int:
    return max(map(len, _labels())) + 10


def find_identifiers(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    numbers: Sequence[NumberMention] | None = None,
) -> tuple[Span, ...]:
    """The numbers in ``text[start:end]`` that name rather than count: telephone, case,
    docket and code numbers written in parts ("1-800-555-0199", "+1 915 555 0199",
    "22-1234"), clock times however typed ("6:00", "6: 00 am"), and any number after a
    label (``rules/number_labels.tsv``: "Title 42", "SB 4", "Flight 1234", "case No. 5",
    "ABC 7"). This is the one place they are recognised: the statistics extractor drops
    every number inside one of these spans.

    >>> text = "Call 1-800-555-0199 or +1 (915) 555-0100 under Title 42; 300 people waited."
    >>> [text[s.start : s.end] for s in find_identifiers(text)]
    ['1-800-555-0199', '+1 (915) 555-0100', '42']
    """
    stop = len(text) if end is None else min(end, len(text))
    if numbers is None:
        numbers = find_numbers(text, start, stop)
    spans: list[Span] = []
    longest = _longest_label()
    for number in numbers:
        first = number.span.start
        if spans and first < spans[-1].end:
            continue  # inside the code before
        for at in (first - 1, first):  # a code opens with its first digits, "+" or "("
            match = _IDENTIFIER.match(text, at, stop) if at >= start else None
            if match is not None and ("-" not in match.group() or _code_like(match.group())):
                spans.append(Span(match.start(), match.end()))
                break
        else:
            window = text[max(start, first - longest - 4) : first]
            label = _label_pattern().search(window, max(0, len(window.rstrip(" \t")) - longest))
            if label is not None:  # the whole code: "case number 2023-1234"
                tail = _CODE_TAIL.match(text, first, stop)
                spans.append(Span(first, max(number.span.end, tail.end() if tail else 0)))
    return tuple(spans)


def _code_like(token: str) -> bool:
    """A hyphenated run of digits is a code when it has three parts or more ("1-800-555"),
    or its parts do not read as a range ("22-1234": the second part longer or with a
    leading zero)."""
    parts = [p for p in re.split(r"[-/.]", token.lstrip("+")) if p]
    if len(parts) >= 3 or token.startswith("+"):
        return True
    return len(parts) == 2 and (parts[1].startswith("0") or len(parts[1]) > len(parts[0]) + 1)


# ---------------------------------------------------------------- bounds


_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})
_INCLUSIVE = {Qualifier.MORE_THAN: Qualifier.AT_LEAST, Qualifier.LESS_THAN: Qualifier.AT_MOST}
_SIGNS = {
    "<": Qualifier.LESS_THAN,
    ">": Qualifier.MORE_THAN,
    "≤": Qualifier.AT_MOST,
    "≥": Qualifier.AT_LEAST,
    "<=": Qualifier.AT_MOST,
    ">=": Qualifier.AT_LEAST,
}


@frozen
class Hedge:
    """A phrase that bounds a number ("more than", "or fewer", "-plus"), and where it is.

    ``inclusive`` marks "or equal to" after a number: it makes a strict bound inclusive
    ("more than 50 or equal to" is at least 50) and has no direction of its own.
    """

    qualifier: Qualifier
    span: Span
    attached: bool = False  # "-plus" or "+" glued to the number
    inclusive: bool = False


@frozen
class Bound:
    """The interval a number phrase states, with the annotation guideline's semantics.

    ``low``/``high`` are ``None`` where the phrase leaves that side open; ``qualifier`` says
    how the ends were stated (more_than: low excluded; at_least: low included; less_than
    and at_most likewise for high; range: both ends given; about, exact, vague).
    """

    span: Span
    text: str
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    kind: NumberKind = NumberKind.DIGITS  # how its (first) number was written
    # A range joined from two one-sided bounds keeps whether each end is excluded
    # ("more than 100 and at most 300": (True, False)); None for every other bound.
    excluded: tuple[bool, bool] | None = None

    @property
    def low_open(self) -> bool:
        """Whether ``low`` itself lies outside the interval ("more than 100", "more than
        100 and less than 300")."""
        if self.excluded is not None:
            return self.excluded[0]
        return self.qualifier is Qualifier.MORE_THAN

    @property
    def high_open(self) -> bool:
        """Whether ``high`` itself lies outside the interval ("fewer than 100")."""
        if self.excluded is not None:
            return self.excluded[1]
        return self.qualifier is Qualifier.LESS_THAN


@functools.cache
def _hedges(language: str = "en") -> tuple[dict[str, str], dict[str, str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for row in ruletables.hedges(language):
        phrase = " ".join(row.phrase.lower().split())
        (after if row.position is Position.AFTER else before)[phrase] = row.qualifier
    return before, after


@functools.cache
def _longest_hedge(language: str = "en") -> int:
    return max(map(len, _hedges(language)[0])) + 2


@functools.cache
def _before_pattern(language: str = "en") -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?:
            {words_pattern(_hedges(language)[0])}   # a phrase from the vocabulary ("more than")
          | (?<![<>=])                      # a sign not inside "<>" (unequal) or "=>" (arrow)
            (?P<sign>[<>]=?|[≤≥])           # a sign: "<", ">=", "≥"
          | (?P<spaced>[<>][ \t]=)          # written with a blank: "< ="
        )
        [ \t]*\Z                            # right before the number (window end)
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@functools.cache
def _after_pattern(language: str = "en") -> re.Pattern[str]:
    return re.compile(
        rf"""
        [ \t]*                              # optional blanks after the number or its noun
        (?:{words_pattern(_hedges(language)[1])}    # a phrase from the vocabulary ("or more")
           (?:[ \t]+(?:than|to)(?![ \t]*[\d]))?  # "200 or greater than", not "... than 190"
          | (?P<plus>-plus|\+)(?![\w])      # or the attached "-plus" / "+"
        )
        (?![ \t]*[\d])                      # not the opening of another figure: "or 5"
        (?![ \t]+(?:than|to)[ \t]*[\d])     # nor a bound of its own: "or more than 4500"
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def hedge_before(
    text: str, start: int, floor: int = 0, *, language: str | None = None
) -> Hedge | None:
    """The hedge that ends right before ``text[start]`` (not before ``floor``), if any.

    >>> h = hedge_before("less than or equal to 30", 22)
    >>> h.qualifier.value, h.span
    ('at_most', Span(start=0, end=21))
    """
    lang = language or active()
    longest = _longest_hedge(lang)
    left = max(floor, start - longest - 8)
    window = text[left:start]
    match = _before_pattern(lang).search(window, max(0, len(window.rstrip(" \t")) - longest))
    if match is None:
        return None
    phrase = match.group().rstrip(" \t")
    sign = match.group("sign") or match.group("spaced")
    if sign is not None:
        qualifier = _SIGNS["".join(sign.split())]
    else:
        qualifier = Qualifier(_hedges(lang)[0][" ".join(phrase.lower().split())])
    first = left + match.start()
    if qualifier is Qualifier.ABOUT and _ASKING.search(text, max(0, first - 6), first):
        return None  # "how about 2": a question, not a hedge
    if qualifier is Qualifier.AT_MOST and _reached(text, first, lang):
        return None  # "cayeron hasta 140.000": the value reached, not a ceiling
    return Hedge(qualifier, Span(first, first + len(phrase)))


@functools.cache
def _change_before(language: str) -> re.Pattern[str] | None:
    """A verb of change right before a hedge (``rules/<language>/statistic_changes.tsv``);
    None for English, whose table lists the words of "rose from X to Y" instead."""
    if language == LANGUAGES[0]:
        return None
    words = ruletables.statistic_changes(language)
    return re.compile(
        rf"""
        (?<![\w]){words_pattern(words)}    # "cayeron", "se elevó"
        [ \t]+\Z                            # right before the hedge
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _reached(text: str, start: int, language: str) -> bool:
    """Whether a verb of change stands right before the hedge at ``start``: "subió hasta 12"
    is the value reached."""
    pattern = _change_before(language)
    return pattern is not None and pattern.search(text, max(0, start - 30), start) is not None


_ASKING = re.compile(r"(?<![\w])(?:how|what)[ \t]+\Z", re.IGNORECASE)  # "how about", "what about"


def hedge_after(
    text: str, end: int, stop: int | None = None, *, language: str | None = None
) -> Hedge | None:
    """The hedge that follows ``text[end]`` (before ``stop``): "or more", "-plus".

    >>> h = hedge_after("500 or more people", 3)
    >>> h.qualifier.value, h.span
    ('at_least', Span(start=4, end=11))
    """
    lang = language or active()
    limit = len(text) if stop is None else min(stop, len(text))
    match = _after_pattern(lang).match(text, end, min(limit, end + _longest_hedge(lang) + 12))
    if match is None:
        return None
    first = end + len(match.group()) - len(match.group().lstrip(" \t"))
    span = Span(first, match.end())
    if match.group("plus"):
        return Hedge(Qualifier.MORE_THAN, span, attached=True)
    phrase = " ".join(text[first : match.end()].lower().split())
    words = _hedges(lang)[1]
    kind = words.get(phrase) or words.get(phrase.rsplit(" ", 1)[0], "at_least")
    if kind == "inclusive":
        return Hedge(Qualifier.EXACT, span, inclusive=True)
    return Hedge(Qualifier(kind), span)


def inclusive(qualifier: Qualifier) -> Qualifier:
    """The inclusive twin of a strict bound: more_than -> at_least, less_than -> at_most."""
    return _INCLUSIVE.get(qualifier, qualifier)


_RANGE_JOIN = re.compile(
    r"""
    [ \t]*
    (?:
        (?P<word>to|and|or|through|thru)[ \t]+   # "to", "and", "or", "through"
      | (?P<dash>[-–—~])[ \t]*                   # a dash or a tilde: "20-30", "20~100"
    )
    (?:US)?\$?[ \t]?                             # a repeated currency sign
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Spanish range words, each read as the English word it stands for: "de 5 a 10",
# "entre 600 y 800", "desde 20 hasta 30".
_RANGE_JOIN_ES = re.compile(
    r"""
    [ \t]*
    (?:
        (?P<word>a|al|y|o|hasta)[ \t]+           # "a", "al", "y", "o", "hasta"
      | (?P<dash>[-–—~])[ \t]*                   # a dash or a tilde: "20-30"
    )
    (?:US)?\$?[ \t]?                             # a repeated currency sign
    """,
    re.VERBOSE | re.IGNORECASE,
)
_RANGE_WORDS_ES = {"a": "to", "al": "to", "hasta": "to", "y": "and", "o": "or"}


def range_join(
    text: str, first: NumberMention, second: NumberMention, *, language: str | None = None
) -> str | None:
    """How ``first`` and ``second`` are joined when only a range word lies between them:
    "to", "and", "or", "through" (the word, lower case; a Spanish word as the English one
    it stands for) or "-" for a dash or tilde; else ``None``."""
    spanish = (language or active()) == "es"
    pattern = _RANGE_JOIN_ES if spanish else _RANGE_JOIN
    join = pattern.match(text, first.span.end, second.span.start)
    if join is None or join.end() != second.span.start:
        return None
    if not join.group("word"):
        return "-"
    word = join.group("word").lower()
    return _RANGE_WORDS_ES.get(word, word) if spanish else word


def range_values(
    first: NumberMention, second: NumberMention, *, language: str | None = None
) -> tuple[Number, Number]:
    """The ends of the range "``first`` to ``second``": a scale word written once, after the
    second number, scales both ("between 1.5 and 2.5 million", "de 1,5 a 2 millones"),
    unless the first is as large alone ("between 500 and 2 million").

    >>> a, b = find_numbers("between 1.5 and 2.5 million")
    >>> range_values(a, b)
    (1500000, 2500000)
    """
    low: Number = first.value
    if first.kind not in (NumberKind.DIGITS, NumberKind.WORDS):
        return low, second.value
    scales = _scales(language or active())
    lower = first.text.lower()
    if any(lower.endswith(" " + form) for form in scales):
        return low, second.value  # "1 million to 2 million": each has its own
    end = second.text.lower()
    factors = [value for form, value in scales.items() if end.endswith(" " + form)]
    if factors:
        scaled = Decimal(str(low)) * max(factors)  # "mil millones" before "millones"
        value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
        if value < second.value:
            low = value
    return low, second.value


_BOUND_JOIN = re.compile(
    r"""
    [ \t]*(?:,[ \t]*)?                      # perhaps a comma
    (?:(?:and|but|yet)[ \t]+)?              # "and", "but", or the comma alone
    (?:(?:also|still)[ \t]+)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_BOUND_JOIN_ES = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:y|pero)[ \t]+)?", re.IGNORECASE)


def joined_bound(
    text: str,
    end: int,
    first: Qualifier,
    value: Number,
    following: NumberMention | None,
    *,
    language: str | None = None,
    kind: NumberKind | None = None,
) -> Hedge | None:
    """The other side of a two-sided bound: the hedge before ``following`` when it bounds
    from the other side and only "and", "but" or a comma lies between ("at least 20 and at
    most 100", "more than 100 and less than 300", "at most 100 and at least 20").
    ``end`` is where the first bound (its number, perhaps its noun) ends and ``value`` its
    number; the two must leave room between them ("more than 500 and fewer than 300" are
    two figures). ``kind`` is how the first number was written: a fraction joins only a
    fraction ("above a quarter and below a half")."""
    if following is None or first not in _LOWER | _UPPER:
        return None
    if following.kind is NumberKind.VAGUE:
        return None
    if (following.kind is NumberKind.FRACTION) != (kind is NumberKind.FRACTION):
        return None
    low, high = (value, following.value) if first in _LOWER else (following.value, value)
    if not low < high:
        return None
    lang = language or active()
    hedge = hedge_before(text, following.span.start, end, language=lang)
    if hedge is None or not (
        (first in _LOWER and hedge.qualifier in _UPPER)
        or (first in _UPPER and hedge.qualifier in _LOWER)
    ):
        return None
    join = (_BOUND_JOIN_ES if lang == "es" else _BOUND_JOIN).match(text, end, hedge.span.start)
    if join is None or join.end() != hedge.span.start or join.end() == end:
        return None
    return hedge


def _interval(qualifier: Qualifier, value: Number) -> tuple[Number | None, Number | None]:
    if qualifier in _LOWER:
        return value, None
    if qualifier in _UPPER:
        return None, value
    return value, value


def find_bounds(
    text: str, start: int = 0, end: int | None = None, *, language: str | None = None
) -> tuple[Bound, ...]:
    """Every number of ``text[start:end]`` read with what bounds it, in text order.

    One number with its hedges ("more than 10,000", "500 or more", "2,000-plus"), a range
    ("between 20 and 30", "20 through 100", "20~100") and two one-sided bounds joined by
    "and" ("more than 100 and less than 300") are each one :class:`Bound`. Identifiers
    (:func:`find_identifiers`) are skipped. Vague numbers ("thousands") keep the floor.

    >>> [(b.text, b.low, b.high, b.qualifier.value) for b in find_bounds(
    ...     "at least 20 and at most 100 people, and 5,000 or fewer beds")]
    [('at least 20 and at most 100', 20, 100, 'range'), ('5,000 or fewer', None, 5000, 'at_most')]
    """
    if language is not None and language != active():
        with reading(language):
            return find_bounds(text, start, end)
    stop = len(text) if end is None else min(end, len(text))
    codes = find_identifiers(text, start, stop)
    numbers = [
        n
        for n in find_numbers(text, start, stop)
        if not any(c.start <= n.span.start < c.end for c in codes)
    ]
    if active() == "en":
        numbers = _ranked(text, [_signed(text, n, start) for n in numbers], start, stop)
    found: list[Bound] = []
    i = 0
    while i < len(numbers):
        number = numbers[i]
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        hedge = hedge_before(text, number.span.start, found[-1].span.end if found else start)
        first = hedge.span.start if hedge is not None else number.span.start
        qualifier = hedge.qualifier if hedge is not None else Qualifier.EXACT
        low: Number | None
        high: Number | None
        low, high = vague_bounds(number)
        excluded: tuple[bool, bool] | None = None
        last = number.span.end
        i += 1
        if number.kind is NumberKind.VAGUE:
            qualifier = Qualifier.VAGUE
        elif following is not None and (
            qualifier in (Qualifier.EXACT, Qualifier.ABOUT, Qualifier.RANGE)
            and following.kind is not NumberKind.VAGUE
            and range_join(text, number, following) in ("to", "through", "thru", "-", "and")
            and (range_join(text, number, following) != "and" or qualifier is Qualifier.RANGE)
            and number.value < following.value
        ):
            low, high = range_values(number, following)
            qualifier, last = Qualifier.RANGE, following.span.end
            i += 1
        else:
            if qualifier is Qualifier.RANGE:  # "from 20" with no second number
                qualifier = Qualifier.EXACT
                first = number.span.start
            after = hedge_after(text, last, stop) if qualifier is not Qualifier.VAGUE else None
            if after is not None and (
                qualifier in (Qualifier.EXACT, Qualifier.ABOUT) or after.inclusive
            ):
                qualifier = inclusive(qualifier) if after.inclusive else after.qualifier
                last = after.span.end
            low, high = _interval(qualifier, number.value)
            other = joined_bound(text, last, qualifier, number.value, following, kind=number.kind)
            if other is not None and following is not None:
                values = (number.value, following.value)
                second = other.qualifier
                after = hedge_after(text, following.span.end, stop)
                if after is not None and after.inclusive:
                    second = inclusive(second)
                strict = (qualifier is Qualifier.MORE_THAN, second is Qualifier.LESS_THAN)
                if qualifier in _UPPER:
                    values = values[::-1]
                    strict = (second is Qualifier.MORE_THAN, qualifier is Qualifier.LESS_THAN)
                low, high, qualifier, last = (
                    values[0],
                    values[1],
                    Qualifier.RANGE,
                    following.span.end,
                )
                excluded = strict
                i += 1
                if after is not None and after.inclusive:
                    last = after.span.end
            elif (
                following is not None
                and _RATIO.match(text, number.span.end, following.span.start)
                and following.value > number.value
            ):
                i += 1  # "2 in 5": the 5 is the whole the 2 is part of, not a bound
        found.append(
            Bound(Span(first, last), text[first:last], low, high, qualifier, number.kind, excluded)
        )
    return tuple(found)


_RATIO = re.compile(
    r"[ \t]+(?:(?:in|out[ \t]+of)(?:[ \t]+every)?|of[ \t]+every)[ \t]+\Z", re.IGNORECASE
)  # "2 in 5", "3 out of 4", "two of every five"

_NEGATIVE = re.compile(
    r"""
    (?:
        (?<![\w])(?:negative|minus)[ \t]+     # a word: "negative ten", "minus 5"
      | (?<![\w.,\d])[ \t]*[-−]               # or a sign glued to the number: "-30", "<-30"
    )
    \Z                                       # right before the number (window end)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _signed(text: str, number: NumberMention, floor: int) -> NumberMention:
    """``number`` with the minus sign or word before it ("-30", "negative ten"): a bound may
    be below zero, a count never is (so :func:`find_numbers` leaves the sign out). A dash
    after a number joins a range ("20 -30", "1000 - 5000"), so it is no sign."""
    if number.kind not in (NumberKind.DIGITS, NumberKind.WORDS):
        return number
    left = max(floor, number.span.start - 10)
    match = _NEGATIVE.search(text, left, number.span.start)
    if match is None:
        return number
    before = text[max(floor, match.start() - 12) : match.start()].rstrip(" \t")
    if before[-1:].isdigit() or (before and _ends_in_number(before)):
        return number
    a = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
    return NumberMention(
        Span(a, number.span.end), text[a : number.span.end], -number.value, number.kind
    )


def _ends_in_number(text: str) -> bool:
    """Whether ``text`` ends with a number word ("twenty -5" is a range, not a sign)."""
    words = text.split()
    return bool(words) and words[-1].lower() in _words(active())


@functools.cache
def _ordinal_pattern() -> re.Pattern[str]:
    ordinals = _ordinal_values()
    tens = [form for form, word in _words("en").items() if word.kind == "tens"]
    return re.compile(
        rf"""
        (?<![\w])the[ \t]+                   # "the": an ordinal ranks something
        (?:
            (?P<digits>\d{{1,7}})(?:st|nd|rd|th)(?![\w])    # "10th", "21st"
          | (?:(?P<tens>{words_pattern(tens)})[- \t])?       # perhaps tens: "twenty-"
            (?P<word>{words_pattern(ordinals)})             # "first", "tenth"
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@functools.cache
def _ordinal_values() -> dict[str, int]:
    return {row.form: row.value for row in ruletables.ordinals()}


def _ranked(text: str, numbers: list[NumberMention], start: int, stop: int) -> list[NumberMention]:
    """``numbers`` and the ordinals that a bound or range ranks by ("between the tenth and
    the fifteenth", "higher than the third"): an ordinal is a bound's number only right
    after a bound or after another such ordinal and a range word."""
    if "the" not in text[start:stop].lower():
        return numbers
    ranked: list[NumberMention] = []
    for match in _ordinal_pattern().finditer(text, start, stop):
        if match.group("digits"):
            value = int(match.group("digits"))
        else:
            value = _ordinal_values()[match.group("word").lower()]
            if match.group("tens"):
                value += int(_words("en")[match.group("tens").lower()].value)
        mention = NumberMention(
            Span(match.start(), match.end()), match.group(), value, NumberKind.ORDINAL
        )
        hedge = hedge_before(text, match.start(), start)
        if (hedge is not None and hedge.qualifier is not Qualifier.EXACT) or (
            ranked and range_join(text, ranked[-1], mention) in ("and", "to", "through", "-")
        ):
            ranked.append(mention)
    if not ranked:
        return numbers
    return sorted(_outside(numbers, ranked) + ranked, key=lambda m: m.span.start)


def parse_bound(phrase: str, *, language: str | None = None) -> Bound | None:
    """The first :class:`Bound` in ``phrase``, or ``None`` when it holds no number.

    >>> b = parse_bound("more than 100 and less than 300")
    >>> b.low, b.high, b.qualifier.value
    (100, 300, 'range')
    >>> b = parse_bound("entre 600 y 800 personas", language="es")
    >>> b.low, b.high, b.qualifier.value
    (600, 800, 'range')
    """
    found = find_bounds(phrase, language=language)
    return found[0] if found else None
