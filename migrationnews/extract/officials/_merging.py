"""Mentions merged into people across the article (:class:`_Person`): grouped by surname
(or the gazetteer's holder), namesakes told apart by their given names; then every later
mention by surname ("Blinken", "Mr. Blinken's") and by office alone ("the president"
when one president is named); and the gazetteer tenures a person's names match.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

from attrs import define, field

from migrationnews import offices
from migrationnews.extract.officials._mentions import _Mention
from migrationnews.extract.officials._names import (
    _compatible,
    _inside_longer_name,
    _name_span,
    _name_word,
    _surname,
)
from migrationnews.extract.officials._reading import _Reader, _Tok
from migrationnews.extract.officials._vocabulary import _common_surnames
from migrationnews.offices import Tenure
from migrationnews.values import Span

_ROLE_NOUNS = frozenset({"president", "governor", "secretary", "senator", "mayor", "minister"})
_HEADS = frozenset({"president", "premier", "chancellor"})  # "leader" names their holder
_ACTING = frozenset({"acting", "interim"})  # "the acting secretary" is still the secretary
_MAX_NAMESAKES = 8  # people of one surname told apart in one text


@define
class _Person:
    """One person of the article: their mentions, grouped under a surname."""

    key: str  # the surname as matched, case-folded
    mentions: list[_Mention] = field(factory=list)
    given: tuple[str, ...] = ()  # the fullest name written

    def add(self, mention: _Mention) -> None:
        """Add a mention; the longest name written is the person's name."""
        self.mentions.append(mention)
        if len(mention.name) > len(self.given):
            self.given = mention.name


def _key(mention: _Mention) -> str:
    """The surname a mention is grouped under: the gazetteer's, else the written name's."""
    if mention.holder:
        return mention.holder[0].surname.casefold()
    return _surname(mention.name).casefold()


def _group(mentions: Sequence[_Mention]) -> list[_Person]:
    """The mentions grouped into people, in order of first mention: one surname's mentions
    join the latest of its (at most ``_MAX_NAMESAKES``) people who shares a gazetteer holder or
    whose given names fit ("Jo Ray" and "J. Ray", not "Bo Ray")."""
    people: list[_Person] = []
    by_key: dict[str, list[_Person]] = {}
    for mention in mentions:
        key = _key(mention)
        same = None
        mine = {t.name for t in mention.holder}
        for person in reversed(by_key.get(key, [])[-_MAX_NAMESAKES:]):
            holders = {t.name for t in person.mentions[0].holder}
            if (holders and mine and holders & mine) or _compatible(person.given, mention.name):
                same = person
                break
        if same is None:
            same = _Person(key)
            people.append(same)
            by_key.setdefault(key, []).append(same)
        same.add(mention)
    return people


def _people(tenures: Sequence[Tenure]) -> int:
    """How many people the tenures belong to: rows sharing a name or alias are one person
    ("Tom Homan" of one row is the "Thomas Homan" of another)."""
    groups: list[set[str]] = []
    for tenure in tenures:
        forms = {tenure.name, *tenure.aliases}
        joined = [g for g in groups if g & forms]
        for group in joined:
            forms |= group
            groups.remove(group)
        groups.append(forms)
    return len(groups)


def _accept_bare(found: offices.HolderMention, published: dt.date | None) -> bool:
    """Whether a surname written alone names the gazetteer's office-holder."""
    if found.text in _common_surnames():
        return False
    held = [t for t in found.tenures if published is None or t.start <= published]
    return _people(held) == 1


def _corefer(reader: _Reader, people: list[_Person]) -> None:
    """Add every later mention by surname ("Blinken", "Mr. Blinken's") or by a full name
    written before ("Jo Ray" again, or without the courtesy title "Rt Hon" it had first) to
    its person, where no mention is yet and the name is not part of a longer one."""
    keys: dict[str, _Person] = {}
    for person in people:
        keys.setdefault(person.key, person)  # the person introduced first keeps the surname
    fulls = _full_names(people, keys)
    for key, person in list(keys.items()):
        # "Arevalo" after "Bernardo Arévalo" (or the gazetteer's accented form): the same
        keys.setdefault(_unaccented(key), person)
    longest = max((len(k.split()) for k in (*keys, *fulls)), default=0)
    covered = {c for p in people for m in p.mentions for c in (m.span.start, m.span.end - 1)}
    firsts = {key.split()[0] for key in (*keys, *fulls)}
    for toks, marks in reader.having(set(keys)):
        k = 0
        while k < len(toks):
            tok = toks[k]  # a surname is capitalised (_surname_at): the rest are passed over
            if not tok.cap or (
                tok.bare.casefold() not in firsts and tok.text.casefold() not in firsts
            ):
                k += 1
                continue
            hit = _surname_at(toks, k, fulls, longest) or _surname_at(toks, k, keys, longest)
            if hit is None:
                k += 1
                continue
            width, person = hit
            span = _name_span(toks, k, k + width)
            if not ({span.start, span.end - 1} & covered) and not _inside_longer_name(
                toks, marks, k, k + width
            ):
                name = tuple(t.bare for t in toks[k : k + width])
                person.mentions.append(_Mention(name=name, span=span))
                covered.update((span.start, span.end - 1))
            k += width


def _unaccented(text: str) -> str:
    """``text`` without its accents ("arévalo" -> "arevalo"): a key to look surnames up
    by (the spans of the mentions are those of the tokens, never of this form)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _full_names(people: Sequence[_Person], keys: dict[str, _Person]) -> dict[str, _Person]:
    """The full names of ``people`` keyed case-folded, each also without its leading words
    ("rt hon jo ray", "hon jo ray", "jo ray"), when longer than the surname and naming one
    person only."""
    fulls: dict[str, _Person] = {}
    shared: set[str] = set()
    for person in people:
        if keys.get(person.key) is not person:
            continue  # a namesake: its full name is told apart by the surname's reader
        words = [w.casefold() for w in person.given]
        for i in range(len(words) - len(person.key.split())):
            name = " ".join(words[i:])
            if fulls.setdefault(name, person) is not person:
                shared.add(name)
    return {name: person for name, person in fulls.items() if name not in shared}


def _surname_at(
    toks: Sequence[_Tok], k: int, keys: dict[str, _Person], longest: int
) -> tuple[int, _Person] | None:
    """The widest surname of ``keys`` (of up to ``longest`` words) written from the
    capitalised token ``k`` on ("de la Fuente" before "Fuente"): its width in tokens and
    its person."""
    for width in range(min(longest, len(toks) - k), 0, -1):
        words = [t.text for t in toks[k : k + width - 1]] + [toks[k + width - 1].bare]
        candidate = keys.get(" ".join(words).casefold())
        if candidate is not None and toks[k].cap:
            return width, candidate
    return None


def _role_mentions(reader: _Reader, people: list[_Person]) -> None:
    """Add "the president" (or "the governor", ...) to the one person of that office
    (:func:`_by_office`) named before it, of the country a demonym names if one does
    ("the Peruvian president")."""
    by_office = _by_office(people)
    first = {id(p): min(m.span.start for m in p.mentions) for p in people}
    for toks, marks in reader.having(set(by_office)):  # "the (acting) secretary"
        for k in range(len(toks) - 1):
            owner = marks.countries.get(k)
            if owner is not None and owner.end < len(toks) and toks[owner.end - 1].possessive:
                o = owner.end  # "Mexico's president", "Greece's migration minister"
            elif toks[k].text.lower() == "the":
                o = k + 1 + (k + 2 < len(toks) and toks[k + 1].text.lower() in _ACTING)
                owner = marks.countries.get(o)
                if owner is not None and owner.end < len(toks):
                    o = owner.end  # "the Peruvian president", "the U.S. president"
            else:
                continue
            if toks[o].bare.lower() not in by_office:
                continue
            if o + 1 < len(toks) and (_name_word(toks[o + 1]) or toks[o + 1].text in {"of", "-"}):
                continue  # "the president of Mexico", "the President Biden"
            holders = by_office[toks[o].bare.lower()]
            stated = owner is not None and o == owner.end
            if owner is not None and stated:
                # the holder of that country's office, else the only holder, of no
                # country the text or the gazetteer gives
                served = [_served(p) for p in holders]
                holders = [
                    p for p, c in zip(holders, served, strict=True) if c == owner.country
                ] or (holders if served == [None] else [])
            # with its country stated, the office may be named before its holder is
            # ("Mexico's president met ... . President Jo Ray wrote that ...")
            if len(holders) == 1 and (stated or first[id(holders[0])] < toks[k].start):
                role = toks[o]
                span = Span(toks[k].start, role.end - 2 if role.possessive else role.end)
                holders[0].mentions.append(_Mention(name=(), span=span))


def _by_office(people: list[_Person]) -> dict[str, list[_Person]]:
    """The people by the office word of their title ("Secretary of State" and "Homeland
    Security Secretary" are each "the secretary"; a president or prime minister is also
    "the leader"); a vice, former, deputy or assistant holder is no "the secretary"."""
    by_office: dict[str, list[_Person]] = {}
    for person in people:
        title = next((m.title for m in person.mentions if m.title), None)
        if title is None:
            continue
        words = title.casefold().split()
        office = next((w for w in reversed(words) if w in _ROLE_NOUNS), None)
        if office is not None and not {"vice", "former", "deputy", "assistant"} & set(words):
            by_office.setdefault(office, []).append(person)
            if words[-1] in _HEADS or " ".join(words[-2:]) == "prime minister":
                # "the Mexican leader", "Italy's leader": a head of state or government
                by_office.setdefault("leader", []).append(person)
    return by_office


def _country_of(person: _Person) -> str | None:
    """The country a person's mentions state, if any."""
    return next((m.country or m.hint for m in person.mentions if m.country or m.hint), None)


def _served(person: _Person) -> str | None:
    """The country a person serves: the one their mentions state, else the one of their
    gazetteer tenures when all agree."""
    stated = _country_of(person)
    if stated is not None:
        return stated
    countries = {t.country for t in _tenures(person)}
    return countries.pop() if len(countries) == 1 else None


def _tenures(person: _Person) -> list[Tenure]:
    """The gazetteer tenures of a person: those their full names matched, else those of
    their surname whose given name fits, in order of start."""
    held = {t for m in person.mentions for t in m.holder}
    if held:
        return sorted(held, key=lambda t: t.start)
    given = person.given
    found = [t for t in offices.lookup(_surname(given)) if t.surname.casefold() == person.key]
    if len(given) >= 2:
        first = given[0]
        found = [t for t in found if any(form.split()[0] == first for form in (t.name, *t.aliases))]
    return sorted(found, key=lambda t: t.start)
