"""The officials reader's vocabulary: the closed word classes its readers share (words
that never start or continue a name, name particles, the small words of a title, the
possessive endings, the nouns that end a government body's name) and the office words of
``rules/titles.tsv`` with their class and country hint, as one trie pattern.

Word classes that only one reader needs live beside that reader.
"""

from __future__ import annotations

import functools

from attrs import frozen

from migrationnews import ruletables
from migrationnews.ruledata import Vocabulary

_HEAD_CLASSES = frozenset({"office", "role", "counterpart"})

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
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on"})
_POSSESSIVE = ("'s", "’s")
# Nouns that end the name of a government body: "the Transitional Presidential Council".
_INSTITUTIONS = frozenset(
    {"council", "commission", "institute", "department", "ministry", "agency", "office",
     "committee", "service", "services", "administration", "patrol", "police", "guard",
     "secretariat", "senate", "congress", "assembly", "court", "government", "sector"}
)  # fmt: skip


@frozen
class _Word:
    """A row of titles.tsv."""

    title: str
    cls: str
    country: str | None


@functools.cache
def _titles() -> dict[str, _Word]:
    """The office words of titles.tsv, case-folded -> their row."""
    words = {}
    for row in ruletables.titles():
        words[row.form.casefold()] = _Word(row.title, row.cls, row.country)
    return words


@functools.cache
def _title_pattern() -> Vocabulary:
    """Every office word, as one pattern."""
    return Vocabulary(_titles())


@functools.cache
def _head_pattern() -> Vocabulary:
    """The office words that can head a title (offices, roles, counterparts)."""
    heads = [form for form, word in _titles().items() if word.cls in _HEAD_CLASSES]
    return Vocabulary(heads)


@functools.cache
def _common_surnames() -> frozenset[str]:
    """Surnames too common to name an office-holder when written alone."""
    return frozenset(ruletables.common_surnames())
