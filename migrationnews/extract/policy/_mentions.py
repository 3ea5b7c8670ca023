"""Who and what a sentence names that may act, and the sentence's :class:`_Context`.

The article's officials, bodies (with the state or country that owns them, "Mexican
police", "the government of Honduras"), counties, countries and states, leaders'
administrations, and the phrases that refer back resolved to whom they name ("the
country", "the two countries", "the president", "the department"); the names a body or
country goes by in the article's language; the context read once per sentence for all its
actions (these mentions, the candidates and the dates) and the date nearest an action.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from attrs import evolve, frozen

from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.dates import DateMention, find_dates, may_hold_date, tense_of
from migrationnews.extract.policy._candidates import _NEAR_PHRASES, _Candidate, _words
from migrationnews.extract.policy._rules import (
    _bodies,
    _body_countries,
    _body_pattern,
    _judge_bodies,
    _legislatures,
    _references_table,
    _surname_pattern,
)
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.language import active, demonyms, per_language
from migrationnews.records import Official, PolicyAction
from migrationnews.ruledata import country_names
from migrationnews.text import Document, Sentence
from migrationnews.values import Period, PlaceKind, Span

_NAME_CHARS = 40  # how far before an object its own name may begin ("the Morley Gate crossing")
_ANTECEDENT_CHARS = 5000  # how far back "the administration" looks for its name
_JURISDICTIONS = frozenset({PlaceKind.COUNTRY, PlaceKind.STATE})  # what an actor may govern

_COUNTY = re.compile(
    r"""
    (?<![\w.'’-])               # at the start of a word (keeps the scan linear)
    (?:[A-Z][\w.'’-]*[ ]){1,3}  # one to three capitalised words ...
    County(?!\w)                # ... naming a county
    """,
    re.VERBOSE,
)
_ADMINISTRATION = re.compile(
    r"""
    (?<![\w.'’-])[A-Z][a-z]+   # a capitalised name at the start of a word ...
    [ ]administration(?!\w)    # ... and its administration: "Biden administration"
    """,
    re.VERBOSE,
)
_LEADER_ADMINISTRATION = re.compile(
    r"""
    (?<![\w.'’-])                          # at the start of a word, not a pronoun or
    (?!(?:His|Her|Its|Their|This|That)[ ])  # determiner ("His administration": a pronoun's)
    (?P<name>[A-Z][\w-]+)                  # a capitalised name ...
    (?:['’]s)?                             # ... perhaps a possessive ("Trump's") ...
    [ ][Aa]dministration(?!\w)             # ... and its administration, either case
    """,
    re.VERBOSE,
)
_CASE_BEFORE = re.compile(r"[ ]vs?\.[ ]\Z")  # "Biden v. Texas": a case, not a site
_CASE_AFTER = re.compile(r"[ ]vs?\.[ ]")  # "Texas v. United States"
_NEXT_WORD = re.compile(
    r"""
    [ ]([^\W\d_]+)(?![\w'’-])     # the next word, all letters: "mexicanas"
    """,
    re.VERBOSE,
)

_Mention = tuple[int, int, str]  # start, end, the actor's name


@frozen
class _Context:
    """What a sentence names, read once for all its actions, with starts for bisection."""

    mentions: list[_Mention]
    mention_starts: list[int]
    candidates: list[_Candidate]
    candidate_starts: list[int]
    dates: tuple[DateMention, ...]
    date_starts: list[int]
    officials: list[_Mention]  # every official's every mention in the article
    judges: frozenset[str]  # the surnames of the article's judges and justices
    countries: dict[str, str]  # the country each official serves, by surname
    official_names: frozenset[str]  # the surnames of the officials of ``officials``

    @classmethod
    def of(
        cls,
        doc: Document,
        sentence: Sentence,
        officials: list[_Mention],
        candidates: list[_Candidate],
    ) -> _Context:
        mentions = _actor_mentions(doc, sentence, officials)
        dates = _dates(doc, sentence)
        return cls(
            mentions,
            [m[0] for m in mentions],
            candidates,
            [c.start for c in candidates],
            dates,
            [m.span.start for m in dates],
            officials,
            frozenset(
                o.surname
                for o in doc.found(Official)
                if o.title is not None and _references_table().judges.search(o.title)
            ),
            _official_countries(doc),
            frozenset(o.surname for o in doc.found(Official) if o.spans),  # one per person
        )

    def is_court(self, name: str) -> bool:
        """True for a court, an unnamed judge or a judge the article names."""
        return _is_court_name(name) or name in self.judges


def _official_mentions(doc: Document) -> list[_Mention]:
    """Every mention of every official the officials extractor found, in text order."""
    return sorted(
        (span.start, span.end, official.surname)
        for official in doc.found(Official)
        for span in official.spans
    )


def _actor_mentions(doc: Document, sentence: Sentence, officials: list[_Mention]) -> list[_Mention]:
    """Every official or body named in the sentence: (start, end, actor name)."""
    text = doc.text
    first = bisect.bisect_left(officials, (sentence.start, 0, ""))
    found: list[_Mention] = []
    for index in range(first, len(officials)):
        mention = officials[index]
        if mention[0] >= sentence.end:
            break
        if mention[1] <= sentence.end:
            found.append(mention)
    if not doc.found(Official):  # no officials extractor output: the gazetteer's surnames
        for m in _surname_pattern().finditer(text, sentence.start, sentence.end):
            found.append((m.start(), m.end(), m.group()))
    bodies = _bodies()
    for m in _body_pattern().finditer(text, sentence.start, sentence.end):
        actor = bodies[m.group()]
        if actor == "-":
            country = _country_before(text, sentence, m.start())
            if country is not None:  # from the demonym: "by Mexican police" is an agent
                found.append((country[0], m.end(), country[1]))
                continue
            after = _country_after(text, sentence, m.end())
            if after is not None:  # "the government of Honduras", "las autoridades mexicanas"
                found.append((m.start(), after[0], after[1]))
        else:
            start, end = _qualified_start(text, sentence, m.start(), actor), m.end()
            named = _as_named(text, m.group(), actor)
            if start < m.start():  # "the Texas National Guard", "Arizona lawmakers": as written
                named = text[start:end]
            elif _shared(actor):
                after = _country_after(text, sentence, end)
                if after is not None:  # "lawmakers in Florida", "la Guardia Nacional de México"
                    end = after[0]
                    named = text[start:end]
            if named == "administration":  # "the administration": the president's, if named,
                named = (  # else the government of the country named last as governing
                    _administration(doc, officials, start)
                    or _place_before(text, start, PlaceKind.COUNTRY, governing=True)
                    or named
                )
            found.append((start, end, named))
    for m in _references_table().organizations.finditer(text, sentence.start, sentence.end):
        found.append((m.start(), m.end(), m.group()))  # "the Texas Civil Rights Project"
    for m in _counties(text, sentence.start, sentence.end):
        found.append((m.start(), m.end(), m.group()))
    for m in _references(text, sentence.start, sentence.end):
        referent = _referent(doc, officials, m)
        if referent is not None:  # "the Central American nation", "his country"
            found.append((m.start(), m.end(), referent))
    for m in _pair_references(text, sentence.start, sentence.end):
        referent = _pair_referent(text, m.start())
        if referent is not None:  # "the two countries signed": the last two named before
            found.append((m.start(), m.end(), referent))
    for m in _office_references(text, sentence.start, sentence.end):
        referent = _office_holder(doc, officials, m)
        if referent is not None:  # "the president", "the governor": the one named before
            found.append((m.start(), m.end(), referent))
    for m in _agency_references(text, sentence.start, sentence.end):
        referent = _agency_referent(text, m)
        if referent is not None:  # "the department", "the agency": the one named before
            found.append((m.start(), m.end(), referent))
    for m in _administrations(text, sentence.start, sentence.end):
        found.append((m.start(), m.end(), f"{m.group('name')} administration"))
    for place in find_places(text, sentence.start, sentence.end):
        if _in_case_name(text, place.span):
            continue  # "Biden v. Texas" names a lawsuit, not who acts
        if place.place.kind is not None and place.place.kind.value in {"country", "state"}:
            found.append((place.span.start, place.span.end, place.place.name))
    found.sort(key=lambda m: (m[0], -m[1]))
    longest: list[_Mention] = []  # the longest name wins: "Biden administration", not "Biden"
    reach = -1
    for mention in found:
        if mention[1] > reach:
            longest.append(mention)
            reach = mention[1]
    return longest


def _shared(actor: str) -> bool:
    """True for a body any government may have (a guard, a legislature, a party), which
    the state or country named with it makes that one's."""
    if actor in _body_countries() and actor not in _legislatures():
        return False
    return actor != "administration" and not _is_court_name(actor)


def _administration(doc: Document, officials: list[_Mention], position: int) -> str | None:
    """The administration "the administration" at ``position`` refers back to: the one
    named last before it ("the Biden administration"), else that of the president named
    last before it ("President Joe Biden ... the administration": the Biden administration),
    one of a country whose governments the press calls administrations first."""
    named = _named(doc.text, position, "administration")
    if named != "administration":
        return named
    titles, countries = _official_titles(doc), _official_countries(doc)
    office = _references_table().office_titles.get("president", "president")
    index = bisect.bisect_left(officials, (position, 0, "")) - 1
    found = None
    while index >= 0 and position - officials[index][0] <= _ANTECEDENT_CHARS:
        surname = officials[index][2]
        index -= 1
        if office in titles.get(surname, ""):
            if countries.get(surname) in _administration_countries():
                return f"{surname} administration"  # the press's "administration" is these
            found = found or f"{surname} administration"
    return found


@per_language
def _administration_countries() -> frozenset[str]:
    """The countries whose governments the press calls an administration: those of the
    "<Name> administration" bodies of policy_bodies.tsv."""
    return frozenset(
        row.country
        for row in ruletables.policy_bodies(active())
        if row.country is not None and row.actor.endswith(" administration")
    )


def _qualified_start(text: str, sentence: Sentence, position: int, actor: str) -> int:
    """Where the state or country that owns a body begins, when it is named right before
    the body ("the Texas National Guard", "Arizona lawmakers", "the Mexican Congress"):
    a guard, legislature or party any government may have is that one's. ``position`` when
    none is, or when the body belongs to one government already (CBP, the courts)."""
    if not _shared(actor) or not text.startswith(" ", position - 1):
        return position
    since = max(sentence.start, position - _NAME_CHARS)
    places = [p for p in find_places(text, since, position) if p.span.end == position - 1]
    if places and places[-1].place.kind in _JURISDICTIONS:
        return places[-1].span.start
    countries = [c for c in find_countries(text, since, position) if c.span.end == position - 1]
    return countries[-1].span.start if countries and countries[-1].demonym else position


def _office_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name an official by office alone ("the
    president", "the Mexican president", "the governor")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.office_titles):
        return iter(())
    return table.offices.finditer(text, start, end)


def _office_holder(doc: Document, officials: list[_Mention], found: re.Match[str]) -> str | None:
    """The official "the president" or "the governor" refers back to: the last official
    named before it (within a few paragraphs) whose title holds that office."""
    office = _references_table().office_titles[found.group("office")]
    titles = _official_titles(doc)
    index = bisect.bisect_left(officials, (found.start(), 0, "")) - 1
    while index >= 0 and found.start() - officials[index][0] <= _ANTECEDENT_CHARS:
        surname = officials[index][2]
        index -= 1
        if office in titles.get(surname, ""):
            return surname
    return None


def _official_titles(doc: Document) -> dict[str, str]:
    """The title of each official the article names, lower case, by surname."""
    return {o.surname: o.title.lower() for o in doc.found(Official) if o.title is not None}


def _agency_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name an agency again ("the department")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.agency_heads):
        return iter(())
    return table.agencies.finditer(text, start, end)


def _agency_referent(text: str, found: re.Match[str]) -> str | None:
    """The agency "the department" or "the agency" refers back to: the last government
    body named before it (within a few paragraphs) whose name has that head ("Homeland
    Security Department"); for "the agency", any government's agency."""
    head = _references_table().agency_heads[found.group("head")]
    bodies = _agency_mentions(text)
    index = bisect.bisect_left(bodies, (found.start(), "")) - 1
    while index >= 0 and found.start() - bodies[index][0] <= _ANTECEDENT_CHARS:
        _start, name = bodies[index]
        index -= 1
        if head == "*" or head in _agency_heads().get(name, frozenset()):
            return name
    return None


@per_article(maxsize=4)
def _agency_mentions(text: str) -> list[tuple[int, str]]:
    """Every government agency the article names, where and as the actor it stands for."""
    bodies, heads = _bodies(), _agency_heads()
    return [
        (m.start(), _as_named(text, m.group(), bodies[m.group()]))
        for m in _body_pattern().finditer(text)
        if _as_named(text, m.group(), bodies[m.group()]) in heads
    ]


@per_language
def _agency_heads() -> dict[str, frozenset[str]]:
    """The head nouns ("department", "institute") of each agency's names, by the names it
    may be given as an actor: the bodies of one government, not its legislature, its
    courts or its leader's administration."""
    heads: dict[str, frozenset[str]] = {}
    named = frozenset(_references_table().agency_heads.values()) - {"*"}
    for row in ruletables.policy_bodies(active()):
        actor = row.actor
        if not row.country or row.role or _is_court_name(actor) or actor.endswith("administration"):
            continue
        names = (actor, *(f.removeprefix("the ").removeprefix("The ") for f in row.forms))
        words = frozenset(w.lower() for name in names for w in name.split()) & named
        for name in names:
            heads[name] = words
    return heads


def _references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name a government by referring back to it
    ("the country", "the Caribbean nation", "the state", "his country")."""
    table = _references_table()
    if not any(text.find(noun, start, end) >= 0 for noun in table.kinds):
        return iter(())
    return table.places.finditer(text, start, end)


def _pair_references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases in ``text[start:end]`` that name two governments by referring back to
    them ("the two countries", "both nations", "los dos gobiernos")."""
    table = _references_table()
    return table.pairs.finditer(text, start, end)


def _pair_referent(text: str, position: int) -> str | None:
    """The two countries "the two countries" before ``position`` refers back to: the last
    two named before it (within a few paragraphs; not one people came from), in the order
    the text names them ("Panama ... the United States. Both countries" -> "Panama and
    United States"), each as the article's language names it."""
    places = _jurisdiction_mentions(text)
    index = bisect.bisect_left(places, (position, "")) - 1
    named: list[str] = []
    while index >= 0 and position - places[index][0] <= _ANTECEDENT_CHARS and len(named) < 2:
        start, name, kind = places[index]
        index -= 1
        if kind is not PlaceKind.COUNTRY or name in named:
            continue
        if text[max(0, start - 30) : start].split()[-1:] != ["from"]:
            named.append(name)
    if len(named) < 2:
        return None
    own = _own_names()
    return f" {_references_table().joined} ".join(own.get(name, name) for name in reversed(named))


def _referent(doc: Document, officials: list[_Mention], found: re.Match[str]) -> str | None:
    """The government a phrase refers back to: for "his country", the official named last
    before it, who says what his country will do; for "the country" or "the nation", the
    country named last before it, for "the government" the last one named as governing
    ("Italy's prime minister"), and for "the state", the state (within a few paragraphs;
    not one people came from: "migrants from Haiti"). A government's country or demonym
    right after "the" names its own ("the Italian government")."""
    kind = _references_table().kinds[found.group("noun")]
    if found.group("own") is not None:  # "his country will": the official speaks for it
        return None if kind is PlaceKind.STATE else _antecedent(officials, found.start())
    text = doc.text
    governing = found.group("noun") in _references_table().governments
    if governing:  # "the Italian government": Italy's own (not "the Central American")
        inside = find_countries(text, found.start("the"), found.start("noun"))
        if len(inside) == 1 and _words(text[found.end("the") : inside[0].span.start]) == 0:
            return country_names().get(inside[0].code)
    return _place_before(text, found.start(), kind, governing=governing)


def _place_before(text: str, position: int, kind: PlaceKind, *, governing: bool) -> str | None:
    """The country or state (``kind``) named last before ``position``, within a few
    paragraphs, that no one came from; with ``governing``, one named as governing."""
    places = _jurisdiction_mentions(text)
    index = bisect.bisect_left(places, (position, "")) - 1
    while index >= 0 and position - places[index][0] <= _ANTECEDENT_CHARS:
        start, name, named = places[index]
        index -= 1
        if (
            named is kind
            and text[max(0, start - 30) : start].split()[-1:] != ["from"]
            and (not governing or _governs(text, start, name))
        ):
            return name
    return None


def _governs(text: str, start: int, name: str) -> bool:
    """True for a country named at ``start`` as one that governs: the possessor of an
    office or a government ("Italy's prime minister", "Germany's new government")."""
    named = [p for p in find_places(text, start, start + _NAME_CHARS) if p.span.start == start]
    end = named[0].span.end if named else start + len(name)
    return _references_table().governing.match(text, end) is not None


@per_article(maxsize=4)
def _jurisdiction_mentions(text: str) -> list[tuple[int, str, PlaceKind]]:
    """Every country and state the article names: where it starts, its name and kind."""
    return [
        (found.span.start, found.place.name, found.place.kind)
        for found in find_places(text)
        if found.place.kind in _JURISDICTIONS and not _in_case_name(text, found.span)
    ]


def _official_countries(doc: Document) -> dict[str, str]:
    """The country each official the article names serves, by surname."""
    return {o.surname: o.country for o in doc.found(Official) if o.country is not None}


def _as_named(text: str, written: str, actor: str) -> str:
    """The actor a body's name stands for; a body whose acronym the text spells out and
    never uses ("the Federal Emergency Management Agency") is named as written: the
    acronym is no name the article gives it."""
    if _references_table().courts.search(actor) is not None and actor not in _judge_bodies():
        return written.removeprefix("the ").removeprefix("The ")  # "Court of Appeals"
    if not actor.isupper() or written == actor or _uses_acronym(text, actor):
        return actor
    return written.removeprefix("the ").removeprefix("The ")


@per_article(maxsize=16)  # asked once per spelled-out body mention
def _uses_acronym(text: str, acronym: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) is not None


def _administrations(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The governments named by their leader in ``text[start:end]`` ("the Bukele
    administration", "the Biden Administration"), whichever leader it is."""
    if text.find("dministration", start, end) < 0:
        return iter(())
    return _LEADER_ADMINISTRATION.finditer(text, start, end)


def _counties(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The county names in ``text[start:end]``. Most windows hold no "County", and the
    pattern, which opens with a lookbehind, would be tried at each of their characters."""
    if text.find("County", start, end) < 0:
        return iter(())
    return _COUNTY.finditer(text, start, end)


def _country_before(text: str, sentence: Sentence, position: int) -> tuple[int, str] | None:
    """The country a demonym or possessive names just before a force ("Mexican immigration
    agents", "Guatemala's government")."""
    start = max(sentence.start, position - 40)
    mentions = find_countries(text, start, position)
    if not mentions:
        return None
    last = mentions[-1]
    between = text[last.span.end : position]
    possessive = between.startswith(("'s", "’s"))  # "Guatemala's government"
    attributive = between == " "  # "U.S. officials": the name modifies the force
    if not (last.demonym or possessive or attributive) or _words(between) > 2:
        return None
    if _body_pattern().search(between) is not None:
        return None  # "the Mexican government deployed troops": the troops are the government's
    name = country_names().get(last.code)
    return None if name is None else (last.span.start, name)


def _country_after(text: str, sentence: Sentence, end: int) -> tuple[int, str] | None:
    """Where the country or state a force belongs to ends, and its name, when it is named
    right after the force: a demonym that follows its noun, as in Spanish ("las
    autoridades mexicanas"), or a word such as "of" or "in" and the country or state
    ("the government of Honduras", "authorities in Texas", "el gobierno de Honduras")."""
    word = _NEXT_WORD.match(text, end, sentence.end)
    if word is not None and word.group(1).islower():
        code = demonyms().get(word.group(1))
        if code is not None:
            name = country_names().get(code)
            return None if name is None else (word.end(), name)
    belongs = _references_table().belongs.match(text, end, sentence.end)
    if belongs is None:
        return None
    at = belongs.end()
    for found in find_places(text, at, min(sentence.end, at + _NAME_CHARS)):
        if found.span.start == at and found.place.kind in _JURISDICTIONS:
            return (found.span.end, found.place.name)
        break
    for form, code in _capitalised_demonyms().items():  # "de Estados Unidos"
        if text.startswith(form, at) and not text[at + len(form) : at + len(form) + 1].isalpha():
            name = country_names().get(code)
            return None if name is None else (at + len(form), name)
    return None


@per_language
def _capitalised_demonyms() -> dict[str, str]:
    """The language's own names of countries the gazetteer does not know ("Estados
    Unidos"), as written, by their ISO code."""
    return {row.form: row.code for row in ruletables.demonyms(active()) if not row.form.islower()}


@per_language
def _own_names() -> dict[str, str]:
    """The name the language being read gives each country, by its English name ("United
    States": "Estados Unidos" in Spanish); empty for English."""
    names: dict[str, str] = {}
    english = country_names()
    for row in ruletables.demonyms(active()):
        if row.form[:1].isupper() and row.code in english:
            names.setdefault(english[row.code], row.form)
    return names


def _in_own_language(action: PolicyAction) -> PolicyAction:
    """``action`` with the countries it names as the article's language names them: a
    Spanish article's actor and place are written in Spanish ("México", "Estados Unidos")."""
    names = _own_names()
    if not names:
        return action
    actor = names.get(action.actor, action.actor) if action.actor is not None else None
    place = action.place
    if place is not None and place.kind is PlaceKind.COUNTRY and place.name in names:
        place = evolve(place, name=names[place.name])
    return evolve(action, actor=actor, place=place)


def _is_court_name(name: str) -> bool:
    """True for a court or an unnamed judge as an actor ("federal judge", "Court of Appeals")."""
    return _references_table().courts.search(name) is not None or name in _judge_bodies()


def _antecedent(officials: list[_Mention], position: int) -> str | None:
    """The official named last before ``position`` (within a few paragraphs), whom a
    pronoun there refers to."""
    index = bisect.bisect_left(officials, (position, 0, "")) - 1
    if index < 0 or position - officials[index][0] > _ANTECEDENT_CHARS:
        return None
    return officials[index][2]


def _named(text: str, position: int, name: str) -> str:
    """``name``, or for "the administration" the last "<Name> administration" before it."""
    if name != "administration":
        return name
    named = None
    for m in _ADMINISTRATION.finditer(text, max(0, position - _ANTECEDENT_CHARS), position):
        named = m.group()
    return named or name


def _in_case_name(text: str, span: Span) -> bool:
    """True for a name that is a party in a lawsuit's name ("Biden v. Texas")."""
    before = _CASE_BEFORE.search(text, max(0, span.start - 5), span.start)
    return before is not None or _CASE_AFTER.match(text, span.end) is not None


def _date(context: _Context, cand: _Candidate) -> Period | None:
    """The date named nearest the phrase in its sentence ("last week", "on Friday")."""
    mentions, starts = context.dates, context.date_starts
    if not mentions:
        return None

    def distance(mention: DateMention) -> int:
        if mention.span.end <= cand.start:
            return cand.start - mention.span.end
        return max(0, mention.span.start - cand.end)

    index = bisect.bisect_left(starts, cand.start)
    near = mentions[max(0, index - _NEAR_PHRASES) : index + _NEAR_PHRASES]
    return min(near, key=distance).period


def _dates(doc: Document, sentence: Sentence) -> tuple[DateMention, ...]:
    if not may_hold_date(sentence.text):
        return ()  # no word a date is made of (the statistics' test): spare the date reader
    tense = tense_of(doc.text, sentence.start, sentence.end)
    return find_dates(doc.text, doc.published, start=sentence.start, end=sentence.end, tense=tense)
