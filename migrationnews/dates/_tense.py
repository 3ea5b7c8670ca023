"""Tense: whether a sentence looks ahead ("will", "plans to", "next"), which decides where a bare
expression points ("on Friday" is the last Friday in a report, the next one in a plan).

Owns :class:`Tense`, the future-tense cue patterns and :func:`tense_of`. It knows nothing of
date expressions, so every other part of the package may import it.
"""

from __future__ import annotations

import enum
import functools
import re

from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.dates._arguments import _check_text, _window
from migrationnews.errors import ArgumentTypeError
from migrationnews.language import LANGUAGES, active
from migrationnews.ruledata import FoldedPattern, words_pattern


class Tense(enum.Enum):
    """Which way a bare expression points: "on Friday" is the last Friday or the next one."""

    PAST = "past"
    FUTURE = "future"


def _check_tense(value: object) -> None:
    if not isinstance(value, Tense):
        raise ArgumentTypeError("tense", "Tense", value)


# The words of the future, written for case-folded text (see ruledata.FoldedPattern) with a
# blank in front, each branch opening on a plain character (the one before the word, or a
# mark), so that re skips the letters inside words instead of testing every branch at every
# character.
_FUTURE_RE = FoldedPattern(
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


@functools.cache
def _future_of(language: str) -> re.Pattern[str] | None:
    """The future-tense cues of a language with a date table (``future`` rows of
    ``rules/<language>/date_words.tsv``): its words ("próxima", "tiene previsto"), the ends
    of a lower-case verb in the synthetic future ("viajará", "se reunirán") and the forms of
    "ir" before "a" and an infinitive ("va a viajar"). None for English (the patterns above).
    """
    if language == LANGUAGES[0]:
        return None
    kinds: dict[str, list[str]] = {}
    for row in ruletables.date_words(language):
        if row.kind is ruletables.DateWordKind.FUTURE:
            kinds.setdefault(row.value, []).append(row.form)
    branches = []
    if kinds.get("word"):
        branches.append(f"(?i:{words_pattern(kinds['word'])})")
    if kinds.get("ending"):  # a lower-case word: "Irán", "Terán" are names, not verbs
        endings = "|".join(re.escape(e) for e in sorted(kinds["ending"], key=len, reverse=True))
        branches.append(rf"(?<![\w])[a-zñáéíóúü]+?(?:{endings})(?![\w])")
    if kinds.get("going"):  # "va a viajar": an infinitive after "a"
        going = words_pattern(kinds["going"])
        infinitive = r"[a-zñáéíó]+?(?:ar|er|ir)(?:se)?(?![\w])"
        branches.append(rf"{going}[ \t]+a[ \t]+{infinitive}")
    return re.compile("|".join(branches)) if branches else None


def tense_of(sentence: str, start: int = 0, end: int | None = None) -> Tense:
    """FUTURE when the sentence (``sentence[start:end]``, so that an article's sentence
    needs no copy) looks ahead ("will", "'ll", "plans to", "is expected to", "is scheduled
    to", "is set to", "next"; in a Spanish article also the future of its verbs, "viajará",
    "va a viajar", and "tiene previsto", "la próxima semana"), else PAST.

    >>> tense_of("The caravan will leave on Friday.")
    <Tense.FUTURE: 'future'>
    >>> tense_of("The caravan left on Friday.")
    <Tense.PAST: 'past'>
    """
    _check_text("sentence", sentence)
    return _tense(sentence, *_window(len(sentence), start, end), active())


@per_article(maxsize=512)
def _tense(text: str, first: int, last: int, language: str) -> Tense:
    # Several extractors ask for the tense of the same sentence: read it once (the key holds
    # the whole text and the language, so an answer is never carried over to another article).
    sentence = text[first:last]
    own = _future_of(language)
    if own is not None and own.search(sentence):
        return Tense.FUTURE  # "el canciller viajará el lunes"
    return Tense.FUTURE if _FUTURE_RE.search(" " + sentence) else Tense.PAST
