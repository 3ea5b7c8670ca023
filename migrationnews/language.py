"""Which language an article is written in: English or Spanish, from its function words.

:func:`detect_language` counts the function words of each language
(``rules/language_words.tsv``: "the", "of", "and" against "de", "la", "que") and picks the
language with more of them, English on a tie. It is one linear pass over the words and
reliable from one sentence on; an English article quoting a Spanish sentence stays English,
because the rest of the article outweighs the quote.

:func:`check_language` checks the ``language`` argument of :func:`migrationnews.parse`.

Language is a dimension of the rule data, not of the code: an extractor keeps one mechanism
and reads its vocabulary for the language being read. English tables are
``rules/<name>``, Spanish ones ``rules/es/<name>`` (:func:`rule_file`); what both languages
share (places, countries, office-holders, units) has one table. :func:`parse` reads an
article inside :func:`reading`, and the vocabulary loaders ask :func:`active` which
language that is, so the language need not be passed through every helper.

>>> rule_file("number_words.tsv", "es")
'es/number_words.tsv'
>>> with reading("es"):
...     active()
'es'
>>> active()
'en'

>>> detect_language("The migrants crossed the river on Monday.")
'en'
>>> detect_language("Los migrantes cruzaron el río el lunes.")
'es'
>>> detect_language("")
'en'
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from migrationnews.errors import ArgumentTypeError

T = TypeVar("T")

__all__ = [
    "LANGUAGES",
    "active",
    "check_language",
    "demonyms",
    "detect_language",
    "localized",
    "per_language",
    "reading",
    "rule_file",
    "sentence_language",
]

LANGUAGES = ("en", "es")  # the languages the rule data covers; the first is the default

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters: one pass, linear
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# The bytes of UTF-8 text that may belong to a word: lower-case ASCII letters and every byte
# of a character beyond ASCII (those that are no letter are blanked before); the rest blank.
_LETTER_BYTES = bytes(c if 0x61 <= c <= 0x7A or c >= 0x80 else 0x20 for c in range(256))


@functools.cache
def _markers() -> dict[bytes, int]:
    """Function word (UTF-8) -> index of its language in :data:`LANGUAGES`."""
    from migrationnews import ruletables  # it imports the records, which need not load here

    return {row.word.encode(): LANGUAGES.index(row.language) for row in ruletables.language_words()}


def _words(text: str) -> list[bytes]:
    """The runs of letters (:data:`_WORD`) of ``text`` in lower case, in UTF-8: split in C
    by bytes, several times faster than the runs found one by one."""
    lowered = text.lower()
    if not lowered.isascii():
        for char in set("".join(_NOT_ASCII.findall(lowered))):
            if _WORD.fullmatch(char) is None:
                lowered = lowered.replace(char, " ")  # a dash, a mark beyond ASCII
    return lowered.encode("utf-8", "surrogatepass").translate(_LETTER_BYTES).split()


def detect_language(text: str) -> str:
    """``"en"`` or ``"es"``: the language whose function words ``text`` uses more."""
    counts = _counts(text)
    return LANGUAGES[max(range(len(LANGUAGES)), key=lambda i: (counts[i], -i))]


_FEW_WORDS = 64  # up to this many words, a text's words are looked up one by one


def _counts(text: str) -> list[int]:
    """How many function words of each language ``text`` has (each run of letters counts)."""
    counts = [0] * len(LANGUAGES)
    markers = _markers()
    runs = _words(text)
    if len(runs) <= _FEW_WORDS:  # a sentence: each word looked up in turn
        for word in runs:
            index = markers.get(word)
            if index is not None:
                counts[index] += 1
        return counts
    # an article: each word's language (None for most) looked up and counted in C
    found = list(map(markers.get, runs))
    return [found.count(index) for index in range(len(LANGUAGES))]


_CLEAR = 3  # function words a sentence needs before it counts as another language


def sentence_language(text: str) -> str:
    """The language of one sentence, English unless another is plain: at least three of
    its function words and twice as many as English ones (a Spanish name or a borrowed word
    in an English sentence leaves it English).

    >>> sentence_language('"Ya cruzaron más de 3.000 personas", dijo el alcalde.')
    'es'
    >>> sentence_language("The mayor of La Paz said 3,000 people crossed.")
    'en'
    """
    counts = _counts(text)
    best = max(range(1, len(LANGUAGES)), key=lambda i: counts[i])
    if counts[best] >= _CLEAR and counts[best] > 2 * counts[0]:
        return LANGUAGES[best]
    return LANGUAGES[0]


def check_language(language: Any) -> str | None:
    """``language`` if it is ``"en"``, ``"es"`` or None; else an :class:`ArgumentTypeError`.

    >>> check_language("fr")
    Traceback (most recent call last):
    ...
    migrationnews.errors.ArgumentTypeError: language must be "en", "es" or None, not str ('fr')
    """
    if language is None or (isinstance(language, str) and language in LANGUAGES):
        return language
    raise ArgumentTypeError("language", '"en", "es" or None', language)


_ACTIVE: ContextVar[str] = ContextVar("migrationnews_language", default=LANGUAGES[0])


def active() -> str:
    """The language being read: the one :func:`reading` set, else English."""
    return _ACTIVE.get()


@contextlib.contextmanager
def reading(language: str) -> Iterator[None]:
    """Read in ``language`` inside the ``with`` block (per thread and per task)."""
    token = _ACTIVE.set(language)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def rule_file(name: str, language: str) -> str:
    """The rule table ``name`` in ``language``: its own when it has one (``es/<name>``),
    else the English table, which then holds what the languages share
    (:func:`migrationnews.ruletables.rule_path`, whose accessors take the language
    themselves)."""
    from migrationnews import ruletables  # it imports the records, which need not load here

    return ruletables.rule_path(name, language)


def localized(name: str) -> str:
    """:func:`rule_file` for the language being read."""
    return rule_file(name, active())


def per_language(load: Callable[[], T]) -> Callable[[], T]:
    """``functools.cache`` for a loader of rule data, one cached value per language."""
    loaded: dict[str, T] = {}  # language -> value (loaders run in every sentence: no frames)
    language_now = _ACTIVE.get

    @functools.wraps(load)
    def wrapper() -> T:
        language = language_now()
        try:
            return loaded[language]
        except KeyError:
            value = loaded[language] = load()
            return value

    return wrapper


@functools.cache
def _demonyms_of(language: str) -> dict[str, str]:
    from migrationnews import ruletables  # it imports the records, which need not load here

    return {row.form.lower(): row.code for row in ruletables.demonyms(language)}


def demonyms() -> dict[str, str]:
    """The country names and demonyms of the language being read that are written in lower
    case or only in that language ("guatemalteco", "Estados Unidos"), lower-cased -> ISO
    code, from ``rules/<language>/demonyms.tsv``; English has none beyond ``countries.tsv``.

    >>> with reading("es"):
    ...     demonyms()["estadunidense"]
    'US'
    >>> demonyms()
    {}
    """
    return _demonyms_of(active())
