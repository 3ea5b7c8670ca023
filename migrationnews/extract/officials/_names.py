"""Names of people read from tokens: forwards from a token (after a title), backwards
from one (before an appositive), with initials, particles ("de la Fuente") and suffixes
("Jr."); the surname of a written name; whether a run of tokens is part of a longer name;
and whether two written names may be one person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from migrationnews import offices, ruletables
from migrationnews.extract.officials._reading import _Marks, _Tok
from migrationnews.extract.officials._vocabulary import _NOT_NAME, _PARTICLES
from migrationnews.values import Span

_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sr", "Sra"})
_MAX_NAME = 6


def _is_initial(toks: Sequence[_Tok], i: int) -> bool:
    """Whether token ``i`` is an initial: one capital letter with its full stop ("N.")."""
    t = toks[i]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].text == "."
        and toks[i + 1].start == t.end
    )


# An Arabic article or kinship word joined to a capitalised name: "al-Fiqi", "el-Sisi",
# "bin-Salman" (the name is capitalised after the hyphen).
_JOINED_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ben|ibn|abu)-[A-Z]")


def _name_word(tok: _Tok) -> bool:
    """Whether a token may be a word of a name: capitalised (or an Arabic article joined
    to a capitalised name: "al-Fiqi"), no number, no function word."""
    return (
        (tok.cap or _JOINED_ARTICLE.match(tok.text) is not None)
        and tok.word
        and tok.bare not in _NOT_NAME
        and not tok.text.isdigit()
    )


# Months that are also surnames: "Prime Minister Theresa May".
_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


def _month_surname(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the month at token ``k``, after a given name, ends the name: "Theresa May
    said" (not "Jo Ray May 5")."""
    if toks[k].bare not in _MONTH_SURNAMES:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not after.text[:1].isdigit()


def _read_name(
    toks: Sequence[_Tok], i: int, marks: _Marks, limit: int = _MAX_NAME
) -> tuple[int, tuple[str, ...]]:
    """The person's name starting at token ``i``: (index after it, its words); (i, ()) if none."""
    words: list[str] = []
    k = i
    last_end = i
    while k < len(toks) and len(words) < limit:
        tok = toks[k]
        if k in marks.words and (
            k == i or marks.words[k].word.cls in {"office", "role", "counterpart"}
        ):
            break  # a name never starts with a title word: "the Governor's Office"
        if _is_initial(toks, k):
            words.append(tok.text + ".")
            k += 2
            continue
        if tok.text in _SUFFIXES and words:
            words.append(tok.text + ("." if k + 1 < len(toks) and toks[k + 1].text == "." else ""))
            k += 2 if words[-1].endswith(".") else 1
            last_end = k
            continue
        if tok.text.lower() in _PARTICLES and words and _particle_run(toks, k):
            words.append(tok.text)
            k += 1
            continue
        if not _name_word(tok) and not (words and _month_surname(toks, k)):
            break
        words.append(tok.bare)
        k += 1
        last_end = k
        if tok.possessive:
            break
    # a name ends on a word, never on an initial or a particle
    while words and ((words[-1].endswith(".") and len(words[-1]) == 2) or words[-1].islower()):
        words.pop()
    if not words:
        return i, ()
    return last_end, tuple(words)


def _particle_run(toks: Sequence[_Tok], k: int) -> bool:
    """Whether particles from ``k`` lead to a name word: "de la Fuente", "van der Berg"."""
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].text.lower() not in _PARTICLES:
            return _name_word(toks[j])
    return False


def _read_name_back(toks: Sequence[_Tok], end: int) -> tuple[int, tuple[str, ...]]:
    """The name ending just before token ``end``: (its first index, its words)."""
    k = end - 1
    words: list[str] = []
    while k >= 0 and len(words) < _MAX_NAME:
        tok = toks[k]
        if tok.text == "." and k >= 1 and _is_initial(toks, k - 1) and words:
            words.append(toks[k - 1].text + ".")
            k -= 2
            continue
        if tok.text.lower() in _PARTICLES and words and k >= 1 and _name_word(toks[k - 1]):
            words.append(tok.text)
            k -= 1
            continue
        if not _name_word(tok) or tok.possessive:
            break
        words.append(tok.text)
        k -= 1
    words.reverse()
    return k + 1, tuple(words)


def _surname(words: Sequence[str]) -> str:
    """The family-name part: the last word with its particles ("de la Fuente")."""
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in _PARTICLES:
        k -= 1
    return " ".join(words[k:])


def _span(toks: Sequence[_Tok], i: int, j: int) -> Span:
    """The characters of tokens [i, j)."""
    return Span(toks[i].start, toks[j - 1].end)


def _name_span(toks: Sequence[_Tok], i: int, j: int) -> Span:
    """The characters of the name in tokens [i, j), without a final possessive "'s"."""
    last = toks[j - 1]
    end = last.end - 2 if last.possessive else last.end
    return Span(toks[i].start, end)


def _known(words: Sequence[str]) -> bool:
    """Whether the name is a full name of the office-holder gazetteer."""
    return bool(offices.lookup(" ".join(words)))


def _inside_longer_name(toks: Sequence[_Tok], marks: _Marks, i: int, j: int) -> bool:
    """True when tokens [i, j) are part of a longer capitalised name ("Luis García Villagrán")."""
    if j < len(toks) and _name_word(toks[j]) and not toks[j - 1].possessive:
        return True
    if i == 0:
        return False
    before = toks[i - 1]
    if before.bare in _HONORIFICS or (i - 1) in marks.words_end or i in marks.words_end:
        return False
    if before.bare.lower() in _spanish_offices():
        return False  # "el Secretario Videgaray", "la Canciller Paz": an office, not a name
    return i - 1 > 0 and _name_word(before) and not before.possessive


@functools.cache
def _spanish_offices() -> frozenset[str]:
    """The Spanish office words ("secretario", "canciller") that stand before a surname."""
    return frozenset(
        row.form.lower()
        for row in ruletables.spanish_titles()
        if row.cls in ("office", "head") and " " not in row.form
    )


def _compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two written names may be the same person (same surname assumed)."""
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if (len(x) == 1 and tuple(a[1:]) == tuple(b)) or (len(y) == 1 and tuple(b[1:]) == tuple(a)):
        return True  # "M. Jo Ray" (a courtesy "M." or an initial before the name) and "Jo Ray"
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
