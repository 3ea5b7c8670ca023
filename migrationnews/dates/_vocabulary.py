"""The English words dates are made of: month and weekday names, number words, and the small
word sets that decide whether a bare "May" is a month or a "2000" a year.

Plain data, no patterns: :mod:`._patterns` builds the regexes from these words, and the
builders (:mod:`._builders`) consult the context sets. Spanish words live in
``rules/es/date_words.tsv`` (:mod:`._spanish`).
"""

from __future__ import annotations

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The English calendar's closed word classes, defined once: other modules that must tell a
# month or a weekday from a place or a name read them from migrationnews.dates.
MONTH_NAMES: tuple[str, ...] = _MONTH_NAMES
MONTH_ABBREVIATIONS: tuple[str, ...] = _MONTH_ABBREVIATIONS
WEEKDAY_NAMES: tuple[str, ...] = _WEEKDAY_NAMES
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH_WORDS = _MONTH_NAMES + _MONTH_ABBREVIATIONS + tuple(a + "." for a in _MONTH_ABBREVIATIONS)
_FULL_MONTHS = frozenset(name.lower() for name in _MONTH_NAMES)
_MONTH_INDEX = {name[:3].lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)}
_WEEKDAY_INDEX = {name[:3].lower(): i for i, name in enumerate(_WEEKDAY_NAMES)}
_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # by month; Feb 29 in leap years


def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# Words that make a bare "May" or "March" a month ("since May", "to March").
_MONTH_CONTEXT = _wordset(
    "in on during since from between until till through to and or of by before after "
    "last next this early late mid end throughout"
)
# Words that make a bare four-digit number a year ("since 2019", "the year 2020").
_YEAR_CONTEXT = _wordset("since from between until till through throughout year")
# Words after which a year is only a year if no noun follows ("for 2000 migrants" is a count).
_WEAK_YEAR_CONTEXT = _wordset("of for by")
# Lowercase words that may follow a year ("by 2025 and", "of 2023 was"): anything else is a noun.
_AFTER_YEAR = _wordset(
    "a after against ago alone amid an and are as at because before but compared despite "
    "did during from had has have in is it on or since so than that the then there "
    "through to under until was were when which while with"
)
# A noun phrase after "the day before" makes it relative to something other than today.
_DETERMINERS = _wordset("a an the his her its their our my this that these those")
# Words that join the two ends of a span ("May through November").
_SPAN_WORDS = _wordset("through thru until till")
_SENTENCE_END = frozenset('.!?;:"“”\n')
