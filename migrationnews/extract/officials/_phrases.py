"""The title phrase around an office word (:class:`_Phrase`): the qualifiers to its left
(a country, a state, a body: "Texas Gov.", "Homeland Security Secretary"), the
complement after it ("of the border agency", "to the U.S."), and whether the phrase
names a public office rather than an organisation the vocabulary does not know.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define, field

from migrationnews.extract.officials._reading import (
    _CountryRun,
    _Marks,
    _PlaceRun,
    _Tok,
    _WordRun,
)
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
    """One word of a title as a title writes it: small words lower, acronyms and names as
    written ("CBP", "McAllen"), others capitalised ("Homeland", "Vice-President")."""
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
        """The title the phrase's words spell, title-cased: "Secretary of Homeland
        Security"."""
        words = [w for part in self.parts for w in part.split()]
        if not words:
            return None
        text = " ".join(_title_case(w) for w in words)
        return text[:1].upper() + text[1:]


def _left(
    toks: Sequence[_Tok], marks: _Marks, head: int, first: int, phrase: _Phrase, headline: bool
) -> None:
    """Extend ``phrase`` leftwards over qualifiers of the office word at ``head``: the runs a
    vocabulary knows (:func:`_qualify`), then single words: a possessive apostrophe after
    a country, a determiner, "then", the "of" inside a body's name, and a capitalised word
    no vocabulary knows."""
    k = head
    taken = 0
    parts: list[str] = []
    while k > first and taken < _MAX_LEFT:
        run = marks.countries_end.get(k) or marks.words_end.get(k) or marks.places_end.get(k)
        place = marks.places_end.get(k)
        if place is not None and run is not None and place.start < run.start:
            run = place  # "New Mexico Governor": the state, not the country inside its name
        if run is not None:
            _qualify(toks, head, run, phrase, parts)
            k, taken = run.start, taken + 1
            continue
        tok = toks[k - 1]
        if tok.text in {"'", "’"} and (k - 1) in marks.countries_end:
            # "Honduras' minister": the possessive of a name ending in s
            country = marks.countries_end[k - 1]
            phrase.opens_unknown = False
            phrase.country = phrase.country or country.country
            phrase.determiner = True
            k = country.start
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
            and marks.words_end[k - 1].word.cls == "body"
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


def _qualify(
    toks: Sequence[_Tok],
    head: int,
    run: _CountryRun | _WordRun | _PlaceRun,
    phrase: _Phrase,
    parts: list[str],
) -> None:
    """Take into ``phrase`` a qualifier a vocabulary knows, read leftwards: a country
    ("Mexican", "Mexico's"; right before the office word it qualifies a role: "Venezuelan
    leader"), a place ("Texas"), or an office word ("Homeland Security", "Deputy"),
    whose title words go before the ``parts`` read so far."""
    phrase.opens_unknown = False
    possessive = toks[run.end - 1].possessive
    if isinstance(run, _CountryRun):
        phrase.qualified |= run.end == head
        phrase.country = phrase.country or run.country
    elif isinstance(run, _PlaceRun):
        phrase.country = phrase.country or run.country
    elif run.word.cls == "not":
        phrase.negative = True
    elif run.word.cls in {"body", "modifier", "office", "role"}:
        written = run.written.rstrip("'’s") if possessive else run.written
        parts.insert(0, run.word.title or written)
        phrase.bodies += run.word.cls == "body"
        phrase.hint = phrase.hint or run.word.country
    elif run.word.cls == "drop":
        phrase.hint = phrase.hint or run.word.country
    phrase.determiner |= possessive


@define
class _Complement:
    """What follows an office word's preposition ("of the border agency"), as read by
    :func:`_read_complement`: tokens up to ``end``."""

    end: int
    parts: list[str]  # the title words, from the preposition on
    units: int = 0  # runs of the vocabularies, and loose capitalised words, taken
    unknown: int = 0  # capitalised words no vocabulary knows (read loosely only)
    dangling: int = 0  # where the last country ends: "of the Mexican ..." needs a noun after
    country: str | None = None  # the first country or place named
    governed: str | None = None  # the government of a second "of": "of security of Honduras"


def _complement(
    toks: Sequence[_Tok], marks: _Marks, after: int, phrase: _Phrase, *, loose: bool
) -> None:
    """Extend ``phrase`` over "of the border agency" after token ``after`` (if there is one):
    the complement is read (:func:`_read_complement`), stretched over a modifier that ends
    it, and joined to the phrase (:func:`_join_complement`)."""
    if after >= len(toks):
        return
    prep = toks[after].text.lower()
    if prep not in {"of", "for"} and not (prep == "to" and phrase.head in _TO_HEADS):
        return
    found = _read_complement(toks, marks, after, phrase, prep, loose=loose)
    if found.units == 0:
        return
    k = found.end
    if (
        k < len(toks)
        and k in marks.words_end
        and marks.words_end[k].word.cls == "modifier"
        and toks[k].cap
        and toks[k].word
    ):  # "Envoy for Special Missions Jo Ray": a modifier qualifies the noun after it,
        found.parts.append(toks[k].text)  # not the name
        found.end += 1
    _join_complement(toks, marks, phrase, found, prep)


def _read_complement(
    toks: Sequence[_Tok], marks: _Marks, after: int, phrase: _Phrase, prep: str, *, loose: bool
) -> _Complement:
    """Read the words after the preposition at ``after``: office words (their classes
    counted in ``phrase``), countries, places, "the" and "and", a second "of" naming a
    government, and (``loose``) capitalised words; the small words it ends on dropped."""
    k = after + 1
    found = _Complement(end=k, parts=[toks[after].text.lower()])
    parts = found.parts
    while k < len(toks) and k - after <= _MAX_COMPLEMENT:
        tok = toks[k]
        if k in marks.words:
            run = marks.words[k]
            if run.word.cls == "not":
                phrase.negative = True
            if run.word.cls in {"office", "role"} and not loose and prep != "to":
                break  # "Secretary of State Jo Ray" ends before a new office; "to the
                # President" does not
            parts.append(run.word.title or run.written)
            phrase.bodies += run.word.cls == "body"
            phrase.offices += run.word.cls == "office"
            phrase.hint = phrase.hint or run.word.country
            k, found.units = run.end, found.units + 1
            continue
        if k in marks.countries:
            country = marks.countries[k]
            found.country = found.country or country.country
            found.dangling = country.end  # "of the Mexican ...", "of Mexico's ...": something
            # must follow; "of Mexico's immigration institute" has no "Mexico's" in its title
            if not toks[country.end - 1].possessive:
                parts.append(" ".join(t.text for t in toks[k : country.end]))
            k, found.units = country.end, found.units + 1
            continue
        if k in marks.places:
            place = marks.places[k]
            found.country = found.country or place.country
            parts.append(" ".join(t.text for t in toks[k : place.end]))
            k, found.units = place.end, found.units + 1
            continue
        if tok.text.lower() in {"the", "and"}:
            parts.append(tok.text.lower())
            k += 1
            continue
        if tok.text == "," and found.units and _listed_bodies(toks, marks, k):
            parts[-1] += ","  # "Commissioner for Migration, Home Affairs and Citizenship"
            k += 1
            continue
        if tok.text.lower() == "for" and found.units and _is_body(marks, k + 1):
            parts.append("for")  # "Minister of State for Home Affairs"
            k += 1
            continue
        if tok.text.lower() == "of" and found.units:
            # "director for North America of the National Security Council": a body after
            at = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() == "the")
            body = marks.words.get(at)
            if body is not None and body.word.cls == "body":
                parts.append("of")
                k += 1
                continue
        if tok.text.lower() == "of" and found.units and found.country is None:
            # "minister of security of Honduras": the government after the office
            at = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() == "the")
            governed = marks.countries.get(at)
            if governed is not None and not toks[governed.end - 1].possessive:
                found.governed, k = governed.country, governed.end
                break
        if loose and tok.cap and tok.word:
            parts.append(tok.text)
            found.unknown += 1
            k, found.units = k + 1, found.units + 1
            continue
        break
    while parts and parts[-1] in {"the", "and", "of", "for", "to"}:
        parts.pop()
        k -= 1
    found.end = k
    return found


def _is_body(marks: _Marks, k: int) -> bool:
    """Whether a government body or domain word of titles.tsv starts at token ``k``."""
    run = marks.words.get(k)
    return run is not None and run.word.cls == "body"


def _listed_bodies(toks: Sequence[_Tok], marks: _Marks, comma: int) -> bool:
    """Whether the comma at ``comma`` goes on a list of domains that "and" closes: ",
    Home Affairs and Citizenship" (not ", Homeland Security Secretary Jo Ray")."""
    k = comma
    while k < len(toks) and toks[k].text in {",", "and"}:
        closing = toks[k].text == "and"
        run = marks.words.get(k + 1)
        if run is None or run.word.cls != "body":
            return False
        if closing:
            return True
        k = run.end
    return False


def _join_complement(
    toks: Sequence[_Tok], marks: _Marks, phrase: _Phrase, found: _Complement, prep: str
) -> None:
    """Join a complement to ``phrase``, unless it names an organisation rather than a
    government's office; a country it names is the phrase's country (not after "to":
    "ambassador to the U.S."), and alone it is no part of the title ("President of Mexico")."""
    k, parts = found.end, found.parts
    if found.dangling == k and (_is_demonym(marks, k) or toks[k - 1].possessive):
        phrase.negative = True  # "president of the Mexican Episcopal Conference"
        return
    if found.unknown and (
        (found.country or found.governed) is None or parts[-1].lower() not in _INSTITUTIONS
    ):
        # "president of the Episcopal Conference", "director of the Hope Border
        # Institute": an organisation the vocabulary does not know is no government office
        phrase.negative = True
        phrase.body = (k, tuple(parts))  # kept for an officer's appositive
        return
    phrase.parts.extend(parts)
    phrase.end = k
    if found.country and phrase.country is None and prep != "to":  # "ambassador to the U.S."
        phrase.country = found.country
        if found.units == 1:  # "President of Mexico", "Mayor of Tapachula": the place is no office
            del phrase.parts[-len(parts) :]
    phrase.country = phrase.country or found.governed


def _is_demonym(marks: _Marks, end: int) -> bool:
    """Whether a demonym ("Mexican") ends right before token ``end``."""
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
    """The title phrase around the office word at token ``head`` (never left of ``first``):
    its qualifiers to the left and its complement after it; ``loose`` takes unknown
    capitalised words into the complement (an appositive's), and in a ``headline`` the
    first word is no qualifier."""
    run = marks.words[head]
    phrase = _Phrase(
        start=head,
        end=run.end,
        parts=[run.word.title or run.written],
        hint=run.word.country,
        offices=int(run.word.cls == "office"),
        counterpart=run.word.cls == "counterpart",
        head=run.written.casefold(),
    )
    _left(toks, marks, head, first, phrase, headline)
    _complement(toks, marks, run.end, phrase, loose=loose)
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
            office |= marks.words[k].word.cls == "office"
            phrase.negative |= marks.words[k].word.cls == "not"
        elif not (tok.cap and tok.word) and tok.text not in _SMALL:
            return
        k += 1
    if office and _appositive_end(toks, k):
        phrase.parts.extend(t.text for t in toks[phrase.end : k])
        phrase.offices += 1
        phrase.end = k


def _appositive_end(toks: Sequence[_Tok], k: int) -> bool:
    """Whether token ``k`` ends an appositive: a comma, a stop, "and", "who", "said", or
    the end of the sentence."""
    return k >= len(toks) or toks[k].text.lower() in _APPOSITIVE_END


def _object(toks: Sequence[_Tok], marks: _Marks, k: int, phrase: _Phrase) -> None:
    """The thing "who heads" names: "Mexico's immigration institute" -> Head of ..."""
    parts: list[str] = []
    while k < len(toks) and len(parts) < _MAX_COMPLEMENT:
        if k in marks.countries:
            country = marks.countries[k]
            phrase.country = phrase.country or country.country
            k = country.end
            continue
        if k in marks.words:
            run = marks.words[k]
            phrase.negative |= run.word.cls == "not"
            phrase.bodies += run.word.cls == "body"
            phrase.hint = phrase.hint or run.word.country
            parts.append(run.word.title or run.written)
            k = run.end
            continue
        if toks[k].text.lower() == "the":
            k += 1
            continue
        break
    if parts:
        phrase.parts.extend(["of", "the", *parts])
