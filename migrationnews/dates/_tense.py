"""Tense: whether a sentence looks ahead ("will", "plans to", "next"), which decides where a bare
expression points ("on Friday" is the last Friday in a report, the next one in a plan).

Owns :class:`Tense`, the future-tense cue patterns and :func:`tense_of`. It knows nothing of
date expressions, so every other part of the package may import it.
"""

from __future__ import annotations

import enum
import re

from migrationnews._caches import per_article
from migrationnews.dates._arguments import _check_text, _window
from migrationnews.errors import ArgumentTypeError
from migrationnews.ruledata import fold


class Tense(enum.Enum):
    """Which way a bare expression points: "on Friday" is the last Friday or the next one."""

    PAST = "past"
    FUTURE = "future"


def _check_tense(value: object) -> None:
    if not isinstance(value, Tense):
        raise ArgumentTypeError("tense", "Tense", value)


# Words that make a sentence look ahead, in any case.
_FUTURE_RE = re.compile(
    r"""
    (?<![\w'’])(?<!the\s)will(?![\w'’])           # "will" (not "the will")
    | (?<=\w)['’]ll(?![\w])                       # "they'll"
    | (?<![\w])won['’]t(?![\w])                   # "won't"
    | (?<![\w])shall(?![\w])                      # "shall"
    | (?<![\w])(?:plans|planning)\s+to(?![\w])    # "plans to"
    | (?:(?<![\w])(?:is|are|am)|['’](?:s|re))   # "is", "are", "it's"
      \s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "expected to"
    | (?<![\w])next(?![\w])(?!\s+day(?![\w]))     # "next week" (not narrative "the next day")
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The same words in case-folded text with a blank in front (see ruledata.fold), each branch
# opening on a plain character (the one before the word, or a mark), so that re skips the
# letters inside words instead of testing every branch at every character.
_FUTURE_FOLDED_RE = re.compile(
    r"""
    [^\w](?:                                   # the character before a word, then the word
        (?<=[^'’])(?<!the\s)will(?![\w'’])      # "will" (not "the will", not "'will")
      | won['’]t(?![\w])                         # "won't"
      | shall(?![\w])                            # "shall"
      | plan(?:s|ning)\s+to(?![\w])              # "plans to"
      | (?:is|are|am)\s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "is set to"
      | next(?![\w])(?!\s+day(?![\w]))           # "next week" (not the narrative "next day")
    )
    | ['’](?:                                   # or an apostrophe
        (?<=\w['’])ll(?![\w])                    # "they'll"
      | (?:s|re)\s+(?:expected|scheduled|set|slated|going)\s+to(?![\w])  # "it's set to"
    )
    """,
    re.VERBOSE,
)


def tense_of(sentence: str, start: int = 0, end: int | None = None) -> Tense:
    """FUTURE when the sentence (``sentence[start:end]``, so that an article's sentence
    needs no copy) looks ahead ("will", "'ll", "plans to", "is expected to", "is scheduled
    to", "is set to", "next"), else PAST.

    >>> tense_of("The caravan will leave on Friday.")
    <Tense.FUTURE: 'future'>
    >>> tense_of("The caravan left on Friday.")
    <Tense.PAST: 'past'>
    """
    _check_text("sentence", sentence)
    return _tense(sentence, *_window(len(sentence), start, end))


@per_article(maxsize=512)
def _tense(text: str, first: int, last: int) -> Tense:
    # Several extractors ask for the tense of the same sentence: read it once (the key holds
    # the whole text, so an answer is never carried over to another article).
    sentence = text[first:last]
    folded = fold(sentence)
    if folded is None:
        return Tense.FUTURE if _FUTURE_RE.search(sentence) else Tense.PAST
    return Tense.FUTURE if _FUTURE_FOLDED_RE.search(" " + folded) else Tense.PAST
