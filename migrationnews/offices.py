"""The dated gazetteer of office-holders: who held which office, for which country, when.

Built once, on first use, from ``rules/officeholders.tsv`` (one row per tenure; read its
header for the grammar and sources). Every name, alias and surname of the file is matched
with ONE precompiled trie pattern (:func:`~migrationnews.ruledata.words_pattern`), never a
loop over names, so :func:`find_holders` stays linear in the text.

>>> import datetime as dt
>>> [t.title for t in lookup("Biden", dt.date(2023, 12, 27))]
['President']
>>> [(t.name, t.country) for t in holders_at(dt.date(2023, 12, 27)) if t.title == "President"][:2]
[('Joe Biden', 'US'), ('Andrés Manuel López Obrador', 'MX')]
>>> [(m.text, m.form.value) for m in find_holders("Antony J. Blinken met Mayorkas.")]
[('Antony J. Blinken', 'full'), ('Mayorkas', 'surname')]
>>> title_fits("Alejandro Mayorkas", "Secretary of Homeland Security", dt.date(2019, 1, 1))
False
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Sequence

from attrs import frozen

from migrationnews import ruletables
from migrationnews.ruledata import WordsPattern
from migrationnews.text import fold_plain
from migrationnews.values import Span

__all__ = [
    "HolderMention",
    "NameForm",
    "Tenure",
    "find_holders",
    "given_compatible",
    "has_holder",
    "holders_at",
    "lookup",
    "name_tokens",
    "people_named",
    "split_name",
    "tenures",
    "title_fits",
    "titles_alike",
]


@frozen
class Tenure:
    """One person's tenure in one office (one row of ``officeholders.tsv``).

    ``titles`` are equivalent forms of the office, the first canonical; ``country`` is
    the ISO code of the government served (``None`` for the UN, IOM and UNHCR);
    ``end`` is ``None`` while the tenure runs.
    """

    name: str
    surname: str
    titles: tuple[str, ...]
    country: str | None
    start: dt.date
    end: dt.date | None
    aliases: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The canonical form of the office."""
        return self.titles[0]

    def held_on(self, date: dt.date) -> bool:
        """True when the person held this office on ``date`` (both edges included)."""
        return self.start <= date and (self.end is None or date <= self.end)


class NameForm(enum.Enum):
    """How a gazetteer name was written in the text."""

    FULL = "full"  # a full name or alias: "Antony J. Blinken", "AMLO"
    SURNAME = "surname"  # the family name alone: "Blinken", "López Obrador"


@frozen
class HolderMention:
    """A gazetteer name found in a text, with every tenure of every person it may name."""

    span: Span
    text: str
    form: NameForm
    tenures: tuple[Tenure, ...]


@functools.cache
def tenures() -> tuple[Tenure, ...]:
    """Every tenure of the gazetteer, in file order."""
    return tuple(
        Tenure(
            name=row.name,
            surname=row.surname,
            titles=row.titles,
            country=row.country,
            start=row.start,
            end=row.end,
            aliases=row.aliases,
        )
        for row in ruletables.officeholders()  # a malformed row fails when the table loads
    )


@functools.cache
def _forms() -> dict[str, tuple[NameForm, tuple[Tenure, ...]]]:
    full: dict[str, list[Tenure]] = {}
    bare: dict[str, list[Tenure]] = {}
    for tenure in tenures():
        for form in (tenure.name, *tenure.aliases):
            full.setdefault(form, []).append(tenure)
        bare.setdefault(tenure.surname, []).append(tenure)
    forms = {form: (NameForm.SURNAME, tuple(found)) for form, found in bare.items()}
    # a form that is somebody's full name or alias is read as that (e.g. "Adán Augusto")
    forms.update({form: (NameForm.FULL, tuple(found)) for form, found in full.items()})
    return forms


@functools.cache
def _holder_pattern() -> WordsPattern:
    return WordsPattern(_forms())


def find_holders(text: str, start: int = 0, end: int | None = None) -> tuple[HolderMention, ...]:
    """Every gazetteer name or surname written in ``text[start:end]``, longest first, in order.

    A surname alone may name several people ("Miller"); the mention keeps every tenure it
    may stand for, and the caller narrows them with the date (:meth:`Tenure.held_on`).
    """
    forms = _forms()
    stop = len(text) if end is None else end
    found = []
    for match in _holder_pattern().over(text).finditer(text, start, stop):
        form, held = forms[match.group()]
        found.append(HolderMention(Span(match.start(), match.end()), match.group(), form, held))
    return tuple(found)


def has_holder(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names anybody of the gazetteer (a quick test)."""
    stop = len(text) if end is None else end
    return _holder_pattern().over(text).search(text, start, stop) is not None


def lookup(name: str, date: dt.date | None = None) -> tuple[Tenure, ...]:
    """The tenures a name (full name, alias or bare surname, as written) may refer to.

    With ``date``, only the tenures held on that day; latest start first. An unknown name
    gives ``()``.

    >>> [(t.name, t.title) for t in lookup("Miller", dt.date(2023, 6, 30))]
    [('Troy Miller', 'Acting Commissioner of U.S. Customs and Border Protection')]
    """
    entry = _forms().get(name.strip())
    if entry is None:
        return ()
    held = [t for t in entry[1] if date is None or t.held_on(date)]
    return tuple(sorted(held, key=lambda t: t.start, reverse=True))


def holders_at(date: dt.date) -> tuple[Tenure, ...]:
    """Every tenure running on ``date``, in file order."""
    return tuple(t for t in tenures() if t.held_on(date))


# --- names ---------------------------------------------------------------------------------

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name (:func:`~migrationnews.text.fold_plain`) without a
    generational suffix: the form comparison and validation match names in.

    >>> name_tokens("Andrés Manuel López-Obrador Jr.")
    ('andres', 'manuel', 'lopez', 'obrador')
    """
    return tuple(t for t in fold_plain(name).split() if t not in _SUFFIXES)


@functools.cache
def _people_by_name() -> dict[tuple[str, ...], frozenset[str]]:
    """Every name and alias of the gazetteer (folded) to the people it names: built once,
    as large as the gazetteer, so that looking up names from articles stores nothing."""
    index: dict[tuple[str, ...], set[str]] = {}
    for t in tenures():
        for name in (t.name, *t.aliases):
            index.setdefault(name_tokens(name), set()).add(t.name)
    return {name: frozenset(people) for name, people in index.items()}


def people_named(tokens: tuple[str, ...]) -> frozenset[str]:
    """The gazetteer people (their full names) whose name or an alias, as
    :func:`name_tokens`, is exactly ``tokens``.

    >>> sorted(people_named(name_tokens("Tony Blinken")))
    ['Antony Blinken']
    """
    return _people_by_name().get(tokens, frozenset())


def given_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """First given names agree, one may be an initial ("a" ~ "antony"); either may be absent."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def split_name(name: str, surname: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surname) of a name, as :func:`name_tokens`.

    >>> split_name("Antony J. Blinken", "Blinken")
    (('antony', 'j'), ('blinken',))
    """
    tokens, family = name_tokens(name), name_tokens(surname)
    if family and tokens[-len(family) :] == family:
        return tokens[: -len(family)], family
    return tokens, family


# --- titles --------------------------------------------------------------------------------

# Words a title may carry or drop without naming another office: "U.S. Secretary of State"
# is the Secretary of State, and an acting, interim or former governor held a governor's office.
_TITLE_STOP = frozenset(
    {"of", "the", "for", "and", "to", "us", "u", "s", "acting", "interim", "former"}
)
# Abbreviated and variant spellings of title words, read as the word they stand for.
_TITLE_WORDS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "sec": "secretary",
    "secy": "secretary",
    "pres": "president",
    "lt": "lieutenant",
    "atty": "attorney",
    "gen": "general",
    "amb": "ambassador",
    "advisor": "adviser",
}
# Words that make a different office of the same head: a vice president is no president.
_SUBORDINATE = frozenset(
    {"vice", "deputy", "under", "undersecretary", "assistant", "lieutenant", "associate"}
)


def _title_words(title: str) -> frozenset[str]:
    words = (_TITLE_WORDS.get(w, w) for w in fold_plain(title).split())
    return frozenset(w for w in words if w not in _TITLE_STOP)


def titles_alike(a: str, b: str) -> bool:
    """True when two titles can name the same office; symmetric.

    One title's words include the other's ("Secretary" ~ "Secretary of State", "Mexican
    President" ~ "President"), and they have the same rank words ("President" is not "Vice
    President"). "Acting", "interim", "former" and "U.S." are ignored, and abbreviations
    read as the word they shorten ("Gov." ~ "Governor"). Comparison and validation both
    ask this one function.

    >>> titles_alike("Gov.", "Texas Governor"), titles_alike("Sen.", "Vice President")
    (True, False)
    """
    if fold_plain(a) == fold_plain(b):
        return True
    wa, wb = _title_words(a), _title_words(b)
    if not wa or not wb or (wa & _SUBORDINATE) != (wb & _SUBORDINATE):
        return False
    return wa <= wb or wb <= wa


def title_fits(name: str, title: str, date: dt.date) -> bool | None:
    """Whether ``title`` fits an office the gazetteer says ``name`` held on ``date``.

    ``None`` when the gazetteer does not know the name, so that validation can tell
    "does not fit" from "cannot tell".

    >>> title_fits("Greg Abbott", "Governor", dt.date(2023, 12, 27))
    True
    >>> title_fits("Nobody Known", "Governor", dt.date(2023, 12, 27)) is None
    True
    """
    if not lookup(name):
        return None
    return any(titles_alike(title, form) for t in lookup(name, date) for form in t.titles)
