"""The English rules in order of preference, and the search that tries each rule's pattern only
where one of its matches may start.

A :class:`_Rule` joins a pattern (:mod:`._patterns`) to its builder (:mod:`._builders`) and
names its anchors: the words or numbers every match contains. One case-folded scan finds the
anchors of all rules at once (:func:`_anchor_pattern`), a backwards match finds the lead-in
words before each ("in the first ten months of"), and :func:`_candidates` tries a rule's
pattern at those word starts only, finding exactly what ``finditer`` over the whole text
would (a differential test in ``tests/test_dates.py`` holds it to that).
"""

from __future__ import annotations

import itertools
import re

from attrs import frozen

from migrationnews.dates._builders import (
    _build_date,
    _build_day,
    _build_month,
    _build_numeric,
    _build_quarter,
    _build_rolling,
    _build_to_date,
    _build_unit,
    _build_weekday,
    _build_year_span,
    _build_yearish,
    _Builder,
)
from migrationnews.dates._expressions import _Expr, _normal
from migrationnews.dates._patterns import (
    _DATE_RE,
    _DAY_RE,
    _ISO_RE,
    _MONTH_RE,
    _QUARTER_RE,
    _ROLLING_RE,
    _TO_DATE_RE,
    _UNIT_RE,
    _US_RE,
    _WEEKDAY_RE,
    _YEAR_SPAN_RE,
    _YEARISH_RE,
)
from migrationnews.dates._vocabulary import (
    _MONTH_ABBREVIATIONS,
    _MONTH_NAMES,
    _NUMBER_WORDS,
    _WEEKDAY_NAMES,
    _wordset,
)
from migrationnews.ruledata import FoldedPattern, fold, words_pattern


@frozen
class _Rule:
    """One rule: its pattern, what builds an expression from a match, and where matches start.

    Every match of ``pattern`` contains an anchor: a word (a run of ``\\w``) that is one of
    ``words``, a word that begins with one of ``prefixes``, or a match of one of ``numbers``
    (regexes that start a word with a digit). At most ``reach`` words of the match come before
    the anchor's word, all of them lead-ins (``_LEAD_INS``). So a match starts at the anchor's
    word or at one of the ``reach`` lead-ins before it, and only there is the pattern tried:
    scanning every pattern over the whole text is what made finding dates slow.
    """

    pattern: re.Pattern[str]
    build: _Builder
    reach: int
    words: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()  # where the pattern lets a word run on ("yearly")
    numbers: tuple[str, ...] = ()


# A date as _ISO_RE writes one.
_ISO_ANCHOR = r"(?<![\w./-])(?:19|20)\d\d-[01]\d-[0-3]\d"
# A year as _YEAR and _YEAR_SPAN_RE start one (the union of what they may follow).
_YEAR_ANCHOR = r"(?<![\w./])(?:19|20)\d\d"
# A date as _US_RE writes one.
_US_ANCHOR = r"(?<![\w./-])[01]?\d/[0-3]?\d/\d\d"
_MONTH_WORDSET = frozenset(_MONTH_NAMES + _MONTH_ABBREVIATIONS)

# In order of preference when two matches are equally long. A reach counts the words that can
# come before the anchor: a lead ("on"), a modifier ("the first ten months of"), "this past"...
_RULES: tuple[_Rule, ...] = (
    _Rule(_DATE_RE, _build_date, 5, _MONTH_WORDSET),  # "on Wednesday, the 24th of" December
    _Rule(_ISO_RE, _build_numeric, 1, numbers=(_ISO_ANCHOR,)),  # "on" 2023-12-24
    _Rule(_US_RE, _build_numeric, 1, numbers=(_US_ANCHOR,)),  # "on" 12/24/2023
    _Rule(_YEAR_SPAN_RE, _build_year_span, 2, numbers=(_YEAR_ANCHOR,)),  # "in between" 2021
    _Rule(_QUARTER_RE, _build_quarter, 4, _wordset("quarter q1 q2 q3 q4")),  # "in the first fiscal"
    _Rule(_MONTH_RE, _build_month, 8, _MONTH_WORDSET),  # "in the first ten months of this past"
    _Rule(_WEEKDAY_RE, _build_weekday, 4, frozenset(_WEEKDAY_NAMES)),  # "on this past late"
    _Rule(
        _DAY_RE,
        _build_day,
        2,  # "earlier this" morning, "the" day
        _wordset("today tonight yesterday tomorrow morning afternoon evening night day"),
    ),
    _Rule(
        _ROLLING_RE,
        _build_rolling,
        4,
        _wordset("hours day days week weeks month months year years"),
    ),
    _Rule(_UNIT_RE, _build_unit, 10, _wordset("week weekend month quarter year")),
    _Rule(_TO_DATE_RE, _build_to_date, 2, _wordset("year")),  # "the fiscal" year
    # "the year" and "FY23" have no right edge of their own: "the yearly", "FY23b"
    _Rule(_YEARISH_RE, _build_yearish, 9, prefixes=_wordset("year fy"), numbers=(_YEAR_ANCHOR,)),
)


def _anchor_pattern(rules: tuple[_Rule, ...]) -> tuple[str, dict[str, tuple[int, ...]]]:
    """One pattern for the anchors of all ``rules`` (lower case, for the folded text: see
    :func:`_scanned`), and which rules (indices) a hit belongs to.

    A number's hit is looked up by its group's name; a word's or a prefix's by "word " or
    "prefix " and the word in lowercase (:func:`_normal`). An alternation takes only its first
    branch that matches, so a number's hit also belongs to the rules of the numbers after it, a
    listed word to the rules with a prefix of it, and a prefix to those with a prefix of it.
    Numbers start with a digit, words and prefixes with a letter: they never meet. Too many
    rules would cost time only; too few would lose matches. A hit starts one character before
    its anchor: scan ``" " + text``, and a hit's start is its anchor's start in ``text``.
    """
    digits, number_owners = _number_branches(rules)
    letters, word_owners = _word_branches(rules)
    # Every anchor starts a word, so the pattern takes the character before it too (the text
    # is scanned with a blank in front): ``re`` then skips the letters inside words in its
    # fast loop instead of trying the pattern there. At a word start one lookahead spares a
    # word that starts with a letter the tries of the numbers.
    pattern = r"\W(?:" + "|".join(letters) + r"|(?=\d)(?:" + "|".join(digits) + "))"
    return pattern, number_owners | word_owners


def _number_branches(rules: tuple[_Rule, ...]) -> tuple[list[str], dict[str, tuple[int, ...]]]:
    """One named branch (``n0``, ``n1``...) per distinct number anchor, in the rules' order,
    and the rules a hit of each belongs to: its own and those of the numbers after it."""
    owners: dict[str, tuple[int, ...]] = {}
    branches: list[str] = []
    numbers = list(dict.fromkeys(n for rule in rules for n in rule.numbers))
    for k, number in enumerate(numbers):
        name = f"n{k}"
        branches.append(f"(?P<{name}>{number})")
        owners[name] = tuple(
            i for i, rule in enumerate(rules) if any(n in rule.numbers for n in numbers[k:])
        )
    return branches, owners


def _word_branches(rules: tuple[_Rule, ...]) -> tuple[list[str], dict[str, tuple[int, ...]]]:
    """The ``word`` branch (every listed word, lower case) and the ``prefix`` branch (longest
    first), and the rules a hit of each word or prefix belongs to."""
    words = [frozenset(word.lower() for word in rule.words) for rule in rules]
    prefixes = [tuple(prefix.lower() for prefix in rule.prefixes) for rule in rules]
    owners: dict[str, tuple[int, ...]] = {}
    all_words = set().union(*words)
    for word in all_words:
        owners["word " + word] = tuple(
            i for i in range(len(rules)) if word in words[i] or word.startswith(prefixes[i])
        )
    all_prefixes = sorted(set().union(*prefixes), key=len, reverse=True)
    for prefix in all_prefixes:
        owners["prefix " + prefix] = tuple(
            i for i in range(len(rules)) if prefix.startswith(prefixes[i])
        )
    branches = [
        f"(?P<word>{words_pattern(all_words)})",
        "(?P<prefix>" + "|".join(map(re.escape, all_prefixes)) + ")",
    ]
    return branches, owners


def _owners(hit: re.Match[str]) -> tuple[int, ...]:
    """The rules an anchor hit belongs to."""
    group = hit.lastgroup or ""
    if group in ("word", "prefix"):
        return _ANCHOR_RULES[f"{group} {_normal(hit[group])}"]
    return _ANCHOR_RULES[group]


_ANCHOR, _ANCHOR_RULES = _anchor_pattern(_RULES)
_ANCHOR_RE = FoldedPattern(_ANCHOR)
_REACH = tuple(rule.reach + 1 for rule in _RULES)  # the anchor's word and those before it
# The start of a word, as the rules' patterns see it.
_WORD_START_RE = re.compile(
    r"""
    (?<![\w])\w                                   # a word character after none
    """,
    re.VERBOSE,
)
# Every word that may come before an anchor inside a match: leads, modifiers, relative words,
# weekdays before a date, "fiscal year" and "FY" before a year; and words with a digit.
_LEAD_INS = _wordset(
    "on in during over throughout at between from the very end beginning start middle rest "
    "remainder of first second third fourth half last final months early late mid earlier later "
    "this past coming next previous current so far fiscal calendar year fy "
    + " ".join(_NUMBER_WORDS)
    + " "
    + " ".join(_WEEKDAY_NAMES)
)
# Up to the longest reach of lead-in words before an anchor, matched in the reversed text.
_LEAD_INS_BACK = rf"""
    (?:\W*                                        # what separates two words
       (?:{words_pattern(word.lower()[::-1] for word in _LEAD_INS)}  # a lead-in, reversed
         | [^\W\d]*\d\w*                          # a word with a digit, reversed
    )){{0,{max(rule.reach for rule in _RULES)}}}   # a bounded number of them
    """
_LEAD_INS_BACK_RE = FoldedPattern(_LEAD_INS_BACK, re.VERBOSE)


def _scanned(text: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """The text the anchors are looked for in, with the two patterns to use there: the
    case-folded text when it can be folded in place (one fold for both patterns; see
    :class:`migrationnews.ruledata.FoldedPattern`), else the text as given."""
    folded = fold(text)
    scanned, anchors = _ANCHOR_RE.over(text, folded)
    return scanned, anchors, _LEAD_INS_BACK_RE.over(text, folded)[1]


def _starts(text: str) -> list[list[int]]:
    """For each rule, the word starts (ascending) where one of its matches may begin.

    Those are the word of each anchor hit and the ``reach`` words before it, as far back as they
    are lead-ins (a match holds no other words before its anchor). They are found by matching
    backwards in the reversed text, never further back than the previous hit, whose words are
    already known.
    """
    size = len(text)
    text, anchors, lead_ins_back = _scanned(text)
    backwards = ""
    words: list[int] = []  # word starts of each hit's lead-ins and of the hit, ascending
    starts: list[list[int]] = [[] for _ in _RULES]
    taken = [0] * len(_RULES)  # per rule: how many of ``words`` it has looked at
    previous = 0  # the previous hit: its word and all lead-ins before it are in ``words``
    fresh = 0  # word starts from here on are not yet in ``words``
    for hit in anchors.finditer(" " + text):  # see _anchor_pattern: the blank is a word edge
        at = hit.start()  # where the anchor starts in ``text``
        if not backwards:
            backwards = text[::-1]
        back = lead_ins_back.match(backwards, size - at, size - previous)
        first = size - back.end() if back is not None else previous
        # the lead-ins start at ``first``, or run on into the previous hit's
        since = len(words) if first > previous else 0
        words += [w.start() for w in _WORD_START_RE.finditer(text, max(first, fresh), at)]
        words.append(at)  # an anchor starts a word
        previous, fresh = at, at + 1
        last = len(words)  # just past the hit's own word
        for index in _owners(hit):
            lower = max(last - _REACH[index], taken[index], since)
            starts[index] += words[lower:last]
            taken[index] = last
    return starts


def _candidates(text: str, relaxed: bool) -> list[tuple[_Expr, int]]:
    """Each rule's matches, as ``finditer`` over the whole text would give them, built.

    A rule's pattern is tried only where a match may start (see :class:`_Rule`): the first
    success at or after the end of the previous one is the match ``finditer`` finds next.
    """
    found: list[tuple[_Expr, int]] = []
    for priority, (rule, starts) in enumerate(zip(_RULES, _starts(text), strict=True)):
        end = 0
        for match in map(rule.pattern.match, itertools.repeat(text), starts):
            if match is None or match.start() < end:
                continue
            end = match.end()
            expr = rule.build(match, text, relaxed)
            if expr is not None:
                found.append((expr, priority))
    return found
