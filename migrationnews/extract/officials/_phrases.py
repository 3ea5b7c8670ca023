"""The title phrase around an office word (:class:`_Phrase`): the qualifiers to its left
(a country, a state, a body: "Texas Gov.", "Homeland Security Secretary"), the
complement after it ("of the border agency", "to the U.S."), and whether the phrase
names a public office rather than an organisation the vocabulary does not know.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define, field

from migrationnews.extract.officials._reading import _Marks, _Tok
from migrationnews.extract.officials._vocabulary import _INSTITUTIONS, _NOT_NAME, _SMALL

_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "a", "an"})
_APPOSITIVE_END = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", "and", "who", "said"})
_MAX_LEFT = 6
_MAX_COMPLEMENT = 7
# Roles that a country alone makes official: "Venezuelan leader", "Mexican official".
_COUNTRY_ROLES = frozenset(
    {"leader", "official", "chief", "head", "spokesman", "spokeswoman", "spokesperson"}
)
_TO_HEADS = frozenset({"ambassador", "envoy", "adviser", "advisor", "amb."})  # "... to the U.S."


def _title_case(word: str) -> str:
    if word.lower() in _SMALL:
        return word.lower()
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return word  # an acronym or a name as written: CBP, U.S., McAllen
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@define
class _Phrase:
    """A title phrase around an office word, tokens [start, end)."""

    start: int
    end: int
    parts: list[str] = field(factory=list)  # title words, normalised
    country: str | None = None
    hint: str | None = None
    bodies: int = 0
    offices: int = 0
    negative: bool = False
    determiner: bool = False  # opens with the/its/a possessive: "the acting commissioner,"
    counterpart: bool = False
    head: str = ""  # the office word, lower case
    unknown: int = 0  # capitalised qualifiers no vocabulary knows ("Annunciation House")
    opens_unknown: bool = False  # the leftmost qualifier is such a word
    qualified: bool = False  # a country right before the office word: "Venezuelan leader"
    body: tuple[int, tuple[str, ...]] | None = None  # that body's end and title words

    def title(self) -> str | None:
        words = [w for part in self.parts for w in part.split()]
        if not words:
            return None
        text = " ".join(_title_case(w) for w in words)
        return text[:1].upper() + text[1:]


def _left(
    toks: Sequence[_Tok], marks: _Marks, head: int, first: int, phrase: _Phrase, headline: bool
) -> None:
    """Extend ``phrase`` leftwards over qualifiers of the office word at ``head``."""
    k = head
    taken = 0
    parts: list[str] = []
    while k > first and taken < _MAX_LEFT:
        if k in marks.countries_end:
            i, code = marks.countries_end[k]
            phrase.opens_unknown = False
            phrase.qualified |= k == head
            phrase.country = phrase.country or code
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        if k in marks.words_end:
            i, word, written = marks.words_end[k]
            phrase.opens_unknown = False
            if word.cls == "not":
                phrase.negative = True
            elif word.cls in {"body", "modifier", "office", "role"}:
                parts.insert(
                    0,
                    word.title or written.rstrip("'’s")
                    if toks[k - 1].possessive
                    else word.title or written,
                )
                phrase.bodies += word.cls == "body"
                phrase.hint = phrase.hint or word.country
            elif word.cls == "drop":
                phrase.hint = phrase.hint or word.country
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        if k in marks.places_end:
            i, country = marks.places_end[k]
            phrase.opens_unknown = False
            phrase.country = phrase.country or country
            phrase.determiner |= toks[k - 1].possessive
            k, taken = i, taken + 1
            continue
        tok = toks[k - 1]
        if tok.text in {"'", "’"} and (k - 1) in marks.countries_end:
            # "Honduras' minister": the possessive of a name ending in s
            i, code = marks.countries_end[k - 1]
            phrase.opens_unknown = False
            phrase.country = phrase.country or code
            phrase.determiner = True
            k = i
            break
        if tok.text.lower() in _DETERMINERS or (tok.possessive and not tok.cap):
            phrase.determiner = True  # "the", "its", "the country's"
            k -= 1
            if tok.possessive and k > first and toks[k - 1].text.lower() in _DETERMINERS:
                k -= 1  # the "the" of "the country's"
            break
        if tok.text.lower() == "then":
            k -= 1
            continue
        if (
            tok.text in {"of", "and"}
            and (k - 1) in marks.words_end
            and marks.words_end[k - 1][1].cls == "body"
        ):
            parts.insert(0, tok.text)  # "Department of Public Safety spokesman"
            k -= 1
            continue
        if tok.cap and tok.word and tok.bare not in _NOT_NAME and (k - 1 == first or headline):
            phrase.unknown += 1  # at the start of a sentence or in a headline: no title word
            phrase.opens_unknown = True
            break
        if tok.cap and tok.word and tok.bare not in _NOT_NAME:
            # an unknown capitalised qualifier ("Trade Representative"); a possessive
            # one is an organisation ("Annunciation House's director"): not an office
            if tok.possessive:
                phrase.negative = True
            phrase.unknown += 1
            phrase.opens_unknown = True
            parts.insert(0, tok.bare)
            k, taken = k - 1, taken + 1
            continue
        break
    phrase.start = k
    phrase.parts[:0] = parts


def _complement(
    toks: Sequence[_Tok], marks: _Marks, after: int, phrase: _Phrase, *, loose: bool
) -> None:
    """Extend ``phrase`` over "of the border agency" after token ``after`` (if there is one)."""
    if after >= len(toks):
        return
    prep = toks[after].text.lower()
    if prep not in {"of", "for"} and not (prep == "to" and phrase.head in _TO_HEADS):
        return
    k = after + 1
    parts = [toks[after].text.lower()]
    units = unknown = dangling = 0
    country: str | None = None
    governed: str | None = None  # the government of a second "of": "of security of Honduras"
    while k < len(toks) and k - after <= _MAX_COMPLEMENT:
        tok = toks[k]
        if k in marks.words:
            j, word, written = marks.words[k]
            if word.cls == "not":
                phrase.negative = True
            if word.cls in {"office", "role"} and not loose and prep != "to":
                break  # "Secretary of State Jo Ray" ends before a new office; "to the
                # President" does not
            parts.append(word.title or written)
            phrase.bodies += word.cls == "body"
            phrase.offices += word.cls == "office"
            phrase.hint = phrase.hint or word.country
            k, units = j, units + 1
            continue
        if k in marks.countries:
            j, code = marks.countries[k]
            country = country or code
            dangling = j  # "of the Mexican ...", "of Mexico's ...": something must follow
            if not toks[j - 1].possessive:  # "of Mexico's immigration institute": no "Mexico's"
                parts.append(" ".join(t.text for t in toks[k:j]))
            k, units = j, units + 1
            continue
        if k in marks.places:
            j, where = marks.places[k]
            country = country or where
            parts.append(" ".join(t.text for t in toks[k:j]))
            k, units = j, units + 1
            continue
        if tok.text.lower() in {"the", "and"}:
            parts.append(tok.text.lower())
            k += 1
            continue
        if tok.text.lower() == "of" and units and country is None:
            # "minister of security of Honduras": the government after the office
            at = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() == "the")
            found = marks.countries.get(at)
            if found is not None and not toks[found[0] - 1].possessive:
                governed, k = found[1], found[0]
                break
        if loose and tok.cap and tok.word:
            parts.append(tok.text)
            unknown += 1
            k, units = k + 1, units + 1
            continue
        break
    while parts and parts[-1] in {"the", "and", "of", "for", "to"}:
        parts.pop()
        k -= 1
    if units == 0:
        return
    if k < len(toks) and k in marks.words_end and toks[k].cap and toks[k].word:
        _, last, _ = marks.words_end[k]
        if last.cls == "modifier":  # "Envoy for Special Missions Jo Ray": a modifier
            parts.append(toks[k].text)  # qualifies the noun after it, not the name
            k += 1
    if dangling == k and (_is_demonym(marks, k) or toks[k - 1].possessive):
        phrase.negative = True  # "president of the Mexican Episcopal Conference"
        return
    if unknown and ((country or governed) is None or parts[-1].lower() not in _INSTITUTIONS):
        # "president of the Episcopal Conference", "director of the Hope Border
        # Institute": an organisation the vocabulary does not know is no government office
        phrase.negative = True
        phrase.body = (k, tuple(parts))  # kept for an officer's appositive
        return
    phrase.parts.extend(parts)
    phrase.end = k
    if country and phrase.country is None and prep != "to":  # "ambassador to the U.S."
        phrase.country = country
        if units == 1:  # "President of Mexico", "Mayor of Tapachula": the place is no office
            del phrase.parts[-len(parts) :]
    phrase.country = phrase.country or governed


def _is_demonym(marks: _Marks, end: int) -> bool:
    return end in marks.demonyms


def _phrase(
    toks: Sequence[_Tok],
    marks: _Marks,
    head: int,
    first: int,
    *,
    loose: bool = False,
    headline: bool = False,
) -> _Phrase:
    j, word, written = marks.words[head]
    phrase = _Phrase(head, j)
    phrase.parts.append(word.title or written)
    phrase.offices += word.cls == "office"
    phrase.counterpart = word.cls == "counterpart"
    phrase.hint = word.country
    phrase.head = written.casefold()
    _left(toks, marks, head, first, phrase, headline)
    _complement(toks, marks, j, phrase, loose=loose)
    return phrase


def _official_phrase(phrase: _Phrase) -> bool:
    """Whether the phrase names a public office (a role needs a government beside it)."""
    if phrase.negative:
        return False
    if phrase.offices > 0 or phrase.counterpart:
        return True
    if phrase.unknown and (phrase.opens_unknown or not (phrase.bodies and phrase.hint)):
        # "Frontera Viva director": an organisation we do not know; but a government's
        # own body may name a unit we do not know ("White House Domestic Policy Council")
        return False
    return phrase.bodies > 0 or (phrase.qualified and phrase.head in _COUNTRY_ROLES)


def _extend(toks: Sequence[_Tok], marks: _Marks, phrase: _Phrase) -> None:
    """Stretch an appositive title to the punctuation when an office word ends it:
    "Jo Ray, Senior Official Performing the Duties of Commissioner."."""
    k = phrase.end
    office = False
    while k < len(toks) and k - phrase.end < _MAX_COMPLEMENT and not _appositive_end(toks, k):
        tok = toks[k]
        if k in marks.words:
            office |= marks.words[k][1].cls == "office"
            phrase.negative |= marks.words[k][1].cls == "not"
        elif not (tok.cap and tok.word) and tok.text not in _SMALL:
            return
        k += 1
    if office and _appositive_end(toks, k):
        phrase.parts.extend(t.text for t in toks[phrase.end : k])
        phrase.offices += 1
        phrase.end = k


def _appositive_end(toks: Sequence[_Tok], k: int) -> bool:
    return k >= len(toks) or toks[k].text.lower() in _APPOSITIVE_END


def _object(toks: Sequence[_Tok], marks: _Marks, k: int, phrase: _Phrase) -> None:
    """The thing "who heads" names: "Mexico's immigration institute" -> Head of ..."""
    parts: list[str] = []
    while k < len(toks) and len(parts) < _MAX_COMPLEMENT:
        if k in marks.countries:
            j, code = marks.countries[k]
            phrase.country = phrase.country or code
            k = j
            continue
        if k in marks.words:
            j, word, written = marks.words[k]
            phrase.negative |= word.cls == "not"
            phrase.bodies += word.cls == "body"
            phrase.hint = phrase.hint or word.country
            parts.append(word.title or written)
            k = j
            continue
        if toks[k].text.lower() == "the":
            k += 1
            continue
        break
    if parts:
        phrase.parts.extend(["of", "the", *parts])
