"""The place of an action (:func:`_place`) and the article's :class:`_Setting`.

The places named in or just after the phrase that can be where an action is (not where
migrants are headed, nor a party to a lawsuit), with what locates them; the site a
phrase names or refers back to (``policy_sites.tsv``); the partner of an agreement;
and, failing those, a border closed, the jurisdiction of the actor, or the dateline.
"""

from __future__ import annotations

import bisect
import re

from attrs import evolve, frozen

from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.extract.policy._actor import (
    _SERVED_BY,
    _SERVED_CHARS,
    _SUBJECT_WORDS,
    _owns_measure_after,
)
from migrationnews.extract.policy._candidates import (
    _CLAUSE_BREAK,
    _COMMA,
    _REACH,
    _TARGET,
    _VERBAL,
    _Candidate,
    _head,
    _word_after,
    _word_before,
)
from migrationnews.extract.policy._mentions import (
    _JURISDICTIONS,
    _NAME_CHARS,
    _counties,
    _in_case_name,
)
from migrationnews.extract.policy._rules import (
    _TITLE_WORDS,
    _body_countries,
    _judge_bodies,
    _modality,
    _object_pattern,
    _references_table,
    _verb_readings,
    list_joins,
)
from migrationnews.gazetteer import (
    CountryMention,
    PlaceMention,
    find_countries,
    find_places,
    place_named,
)
from migrationnews.language import active, per_language
from migrationnews.numbers import parse_number
from migrationnews.records import Official, PolicyKind
from migrationnews.ruledata import compile_words, country_names, words_pattern
from migrationnews.ruletables import ReferenceClass, SpanishTitleClass, TitleClass
from migrationnews.text import Document, Sentence
from migrationnews.values import Place, PlaceKind, Span

_DESTINATION = frozenset({"to", "toward", "towards", "into", "for"})  # before a place gone to
_DATELINE_SENTENCES = 4  # a dateline opens one of the article's first lines
_DATELINE_CHARS = 60  # and ends within this many characters of the line's start
_PLACE_AFTER_CHARS = 60  # how far past the phrase its place may be named
_LOCATIVE_AFTER_CHARS = 100  # ... or, after "in", "at", "near", "outside", this far
_METONYMS = frozenset({"Washington"})  # a capital that stands for its government
_LOCATIVE = frozenset({"in", "at", "near", "outside"})  # before a place where something is
_AT_CROSSINGS = frozenset({PolicyKind.CLOSURE, PolicyKind.REOPENING})  # done to a crossing
_FUNCTION_WORDS = frozenset({"PREPOSITION", "CONJUNCTION", "LINK", "AGENT", "RELATIVE"})
_WITH_CAPITAL = re.compile(
    rf"""
    (?<![\w-])with[ ]({"|".join(sorted(_METONYMS))})(?![\w-])  # "a deal with Washington"
    """,
    re.VERBOSE,
)
_SANCTION_CLASS = "TARIFF"  # the object class of tariffs and sanctions: a target country
_INTO = frozenset({"to", "in", "into"})  # before a place something is sent to or is in
_AS_WRITTEN = frozenset({PlaceKind.STATE, PlaceKind.CITY})  # named as the article writes them
_LEGISLATED = frozenset({PolicyKind.LAW})  # in force across a jurisdiction, wherever signed
_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})  # between a country and a border it owns
_TARGET_WORDS = 2  # words between "on" and a targeted demonym ("on all imported Mexican")
_TITLE_CHARS = 30  # how far before a name its title may begin
_NO_END = 1 << 62  # past the end of any text: sorts after every span that starts at a point
_DATELINE_DASH = re.compile(
    r"""
    \s(?:—|–|--|-)\s          # the dash that closes a dateline: "TAPACHULA, Mexico (AP) —"
    | (?<=\))\.?-\s           # or the agency's ".-" after its name: "Tapachula, 21 ene (EFE).-"
    """,
    re.VERBOSE,
)
_BORDER_AFTER = re.compile(
    r"""
    [ ]border(?!\w)             # "border" right after a demonym: "the Guatemalan border"
    """,
    re.VERBOSE,
)
_PART_AFTER = re.compile(
    r"""
    ['’]s[ ]                    # a possessive ...
    (?:north|south|east|west)(?:east|west)?  # ... of a compass point: "Mexico's southeast"
    (?![\w-]|[ ]border)         # (not "southern", not "south-bound", not a border)
    """,
    re.VERBOSE,
)
_BARE_BORDER = re.compile(
    r"""
    (?<![\w-])(?:at|along|to|on|near)[ ]   # a locative or "to" ...
    (?:the|our|its|their)[ ]border        # ... before a border no name or adjective qualifies
    (?![\w-]|[ ](?:with|between|of)(?!\w))  # (not "the border with Mexico": that one is named)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_COURT_SEAT = re.compile(
    r"""
    (?:[Cc]ourts?|Appeals|Circuit|[Jj]udges?|[Pp]anel)  # a court ...
    (?:[ ](?:located|based|sitting|seated))?           # ... perhaps "located" ...
    [ ]in[ ]\Z                                         # ... "in", right before a place
    """,
    re.VERBOSE,
)
_GOVERNMENT_AFTER = re.compile(r"[ ](?:administration|government|officials|authorities)(?!\w)")
_AFTER_PLACE = frozenset(  # words after a place that make it no subject ("Texas, where")
    {"where", "which", "that", "who", "whose", "in", "at", "to", "from", "of", "and", "or"}
)
_NOT_STATE_LAW = frozenset(  # words before "law" that make it no state's own law
    {"federal", "immigration", "international", "u.s.", "us", "constitutional", "case"}
    | {"violated", "violates", "violating", "broke", "broken", "breaking", "under", "of"}
    | {"with", "by", "against", "above", "enforce", "follow", "followed", "obey"}
)
_NOT_STATE_CHARS = 30  # how far before "law" those words are looked for
_STATE_LAW = re.compile(
    r"""
    (?<![\w-])(?:law|statute
    | (?:Senate|House|Assembly)[ ]Bill[ ]\d+   # "Senate Bill 4"
    | [SH]\.?[ ]?B\.?[ ]?\d+)                 # "SB 4", "HB1105", "S.B. 4"
    (?![\w-])
    """,
    re.VERBOSE,
)  # a measure a state legislates, named in a ruling on it
_EXPLETIVE = re.compile(
    r"""
    (?:['’]s|[ ](?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had
    |seems?|appears?|remains?))(?!\w)   # "there were", "there's": no place
    """,
    re.VERBOSE | re.IGNORECASE,
)
_REFERRED_KINDS: dict[str, frozenset[PlaceKind]] = {
    "THERE": frozenset(),  # any place
    "CITY": frozenset(
        {PlaceKind.CITY, PlaceKind.HUB, PlaceKind.PORT_OF_ENTRY, PlaceKind.BORDER_CROSSING}
    ),
    "STATE": frozenset({PlaceKind.STATE}),
}


def _own_place(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """The name of the object the phrase opens with ("the Nogales crossing was closed");
    else the first place named from the verb on, in the phrase or just after it in the
    same clause; else one named in the phrase before its verb.

    What precedes the verb of a passive describes its subject ("a group that left
    Tapachula was stopped near Huixtla"): where the subject came from, not where the
    action is; so does a place after "from" ("detained migrants who had come from
    Guatemala near Tapachula") is none. A destination
    ("migrants headed to the United States") is where people go, not where the action
    is, except for a deportation ("deporting migrants to Venezuela"). Nor is a place past
    a word that opens a clause of purpose or condition ("in a bid to", "as long as").
    """
    stop = min(sentence.end, cand.end + _LOCATIVE_AFTER_CHARS)
    verb = cand.verb.start if cand.verb is not None else cand.start
    obj = cand.obj.start if cand.obj is not None and cand.obj.start <= cand.start else -1
    since = max(sentence.start, obj - _NAME_CHARS) if obj >= 0 else cand.start
    subject: Place | None = None  # a place in the subject before the verb: the fallback
    origin = -1  # where the last place people came from ends: a list goes on from it
    seat = -1  # where the last place a court sits in ends ("courts in New York, Boston")
    fence = _site_word(text, cand, stop, "BREAK")  # "in a bid to", "as long as"
    for span, place in _sites(text, sentence, since, stop):
        if span.start < cand.start:
            if not text[span.end : obj].isspace():
                continue
            return place  # the object's own name: "the Morley Gate crossing was closed"
        if _CLAUSE_BREAK.search(text, max(cand.end, cand.start), span.start) is not None:
            break
        if span.start >= fence:
            break  # a place in a clause of purpose or condition ("as long as Panama pays")
        if span.start >= cand.end + _PLACE_AFTER_CHARS and not _far_site(text, cand, span):
            continue
        if (
            cand.kind in _LEGISLATED
            and span.start >= cand.end
            and _owns_measure_after(text, span.end)
        ):
            continue  # "signed a bill modeled on the Arizona law": that law's place
        if cand.kind is not PolicyKind.DEPORTATION and _destination(text, sentence, span):
            continue
        if _COURT_SEAT.search(text, max(sentence.start, span.start - 40), span.start) or (
            seat >= 0 and list_joins().listed.fullmatch(text, seat, span.start)
        ):
            seat = span.end
            continue  # "appealed to the 5th Circuit in New Orleans": where the court sits
        if cand.obj_class != _SANCTION_CLASS and (
            (origin >= 0 and list_joins().listed.fullmatch(text, origin, span.start))
            or _origin(text, sentence, span)
        ):
            origin = span.end
            continue  # where people came from is no site ("people from Haiti"); where goods
            # a tariff falls on come from is its target ("a tariff on imports from Mexico")
        if span.start >= verb:
            return place
        subject = subject or place  # a place in the subject, before the verb
    return subject


@per_language
def _site_words() -> dict[str, str]:
    return {row.words.lower(): row.site for row in ruletables.policy_sites(active())}


@per_language
def _site_pattern() -> re.Pattern[str]:
    return compile_words(_site_words(), ignore_case=True)


def _subject_site(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """A place where the subject is, named right before the phrase with no comma or clause
    mark between ("a federal court in San Francisco halted the order", "police at the
    Laredo bridge detained 30 people"): the action is there too."""
    since = max(sentence.start, cand.start - _PLACE_AFTER_CHARS)
    sites = _sites(text, sentence, since, cand.start)
    if not sites:
        return None
    span, place = sites[-1]
    between = text[span.end : cand.start]
    if not _locative_before(text, span.start) or _COMMA.search(between) is not None:
        return None
    if _CLAUSE_BREAK.search(between) is not None or len(between.split()) > _SUBJECT_WORDS:
        return None
    return place


def _referred_site(
    text: str, sentences: tuple[Sentence, ...], index: int, cand: _Candidate
) -> Place | None:
    """A place the phrase refers back to ("Police there detained 40 migrants", "raids in
    the city"): the last place of that kind named in the sentence before, in the same
    paragraph."""
    sentence = sentences[index]
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = max(sentence.start, cand.start - _NAME_CHARS)
    kinds = None
    for hit in _site_pattern().finditer(text, start, fence):
        cls = _site_words()[hit.group().lower()]
        if cls in _REFERRED_KINDS and not (cls == "THERE" and _EXPLETIVE.match(text, hit.end())):
            kinds = _REFERRED_KINDS[cls]
            break
    if kinds is None or index == 0:
        return None
    before = sentences[index - 1]
    if "\n" in text[before.end : sentence.start]:
        return None  # another paragraph
    for _span, place in reversed(_sites(text, before, before.start, before.end)):
        if not kinds or place.kind in kinds:
            return place
    return None


def _at_the_border(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True when the phrase puts its action at a border it does not name ("deployed troops
    to the border", "a wall along the border"), in its own clause."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = min(cand.verb.end if cand.verb is not None else cand.start, fence)
    found = _BARE_BORDER.search(text, start, fence)
    return found is not None and _CLAUSE_BREAK.search(text, start, found.start()) is None


def _generic_site(text: str, sentence: Sentence, cand: _Candidate) -> Place | None:
    """A kind of site the phrase puts its action at, in its own clause, after a locative
    ("expanded appointments at ports of entry", "checkpoints along migration routes"),
    named as written."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    fence = _site_word(text, cand, stop, "BREAK")
    start = min(cand.verb.end if cand.verb is not None else cand.start, fence)
    for hit in _site_pattern().finditer(text, start, fence):
        words = hit.group().lower()
        if _site_words()[words] != "GENERIC":
            continue
        before = text[max(sentence.start, hit.start() - 30) : hit.start()].split()
        while before and "DETERMINER" in _modality().get(before[-1].lower(), frozenset()):
            before.pop()
        if not before or before[-1].lower() not in _references_table().locatives:
            continue
        if _CLAUSE_BREAK.search(text, start, hit.start()) is not None:
            return None
        kind = _site_kinds().get(words)
        return None if kind is None else Place(hit.group(), kind, None)
    return None


@per_language
def _site_kinds() -> dict[str, PlaceKind]:
    return {
        row.words.lower(): row.kind
        for row in ruletables.policy_sites(active())
        if row.kind is not None
    }


def _names_part(text: str, found: PlaceMention) -> bool:
    """True when a capitalised office or institution follows the place ("U.S. Army")."""
    end = found.span.end
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return False
    hit = _site_pattern().match(text, end + 1)
    return hit is not None and _site_words()[hit.group().lower()] == "NAME"


def _site_word(text: str, cand: _Candidate, stop: int, cls: str) -> int:
    """Where the first word of class ``cls`` (policy_sites.tsv) after the phrase's verb and
    before ``stop`` ends; ``stop`` when there is none."""
    start = min(cand.verb.end if cand.verb is not None else cand.start, stop)
    for hit in _site_pattern().finditer(text, start, stop):
        if _site_words()[hit.group().lower()] == cls:
            return hit.end()
    return stop


def _whole(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True when the action covers its actor's whole territory ("deployed troops across
    the country", "raids statewide"), said before any clause of purpose or condition."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    whole = _site_word(text, cand, stop, "WHOLE")
    return whole < stop and whole <= _site_word(text, cand, stop, "BREAK")


def _partner(text: str, sentence: Sentence, cand: _Candidate, jurisdiction: Place) -> Place | None:
    """The country an agreement is made with ("reached agreements with Mexico", "signed a
    deal with Panama's foreign minister"), else one named before it in its sentence that is
    not the agreeing party's own and that something goes to or is in ("sent agents to
    Guatemala under a joint agreement"; not "under pressure from the United States")."""
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    for span, place in _sites(text, sentence, cand.start, stop):
        if _CLAUSE_BREAK.search(text, cand.end, span.start) is not None:
            break
        if _word_before(text, sentence, span.start) == "with" and place != jurisdiction:
            return place
    capital = _WITH_CAPITAL.search(text, cand.start, stop)
    if capital is not None and _CLAUSE_BREAK.search(text, cand.end, capital.start()) is None:
        government = _capital_country(capital.group(1))  # "a deal with Washington": the US
        if government is not None and government != jurisdiction:
            return government
    since = max(sentence.start, cand.start - _REACH)
    for span, place in reversed(_sites(text, sentence, since, cand.start)):
        if place != jurisdiction and _word_before(text, sentence, span.start) in _INTO:
            return place
    return None


def _inside(place: Place | None, country: Place) -> bool:
    """True for a place below a country's level that lies in that country: a crossing's
    town, not the country itself."""
    return (
        place is not None
        and country.kind is PlaceKind.COUNTRY
        and place.kind is not PlaceKind.COUNTRY
        and place.country == country.country
    )


def _capital_country(capital: str) -> Place | None:
    """The country whose government a capital stands for ("Washington": the United States)."""
    place = place_named(capital)
    if place is None or place.country is None:
        return None
    return place_named(country_names().get(place.country, ""))


def _far_site(text: str, cand: _Candidate, span: Span) -> bool:
    """True for a place far past the phrase that is still its site: one something is in
    ("a task force aimed at smuggling groups in Honduras"), with no comma between."""
    return _locative_before(text, span.start) and _COMMA.search(text, cand.end, span.start) is None


def _sites(text: str, sentence: Sentence, start: int, end: int) -> list[tuple[Span, Place]]:
    """The places named between ``start`` and ``end`` that can be where an action is.

    A capital standing for its government ("asked Washington for funds") is not one,
    unless a locative preposition puts something there ("talks in Washington"). A border
    is named as written ("the southern border", "the Guatemalan border"), and a country
    is the target of a sanction its demonym names ("tariffs on Mexican goods"). The
    sentence's places are read once (the gazetteer caches them) and filtered here, so a
    name is never cut short at the window's edge.
    """
    sites: list[tuple[Span, Place]] = []
    names = _measure_names(text, max(sentence.start, start - _NAME_CHARS), end)
    places, place_starts, countries, country_starts = _sentence_sites(
        text, sentence.start, sentence.end
    )
    first, last = bisect.bisect_left(place_starts, start), bisect.bisect_left(place_starts, end)
    qualified = -1  # where the last place's qualifier ends ("Lukeville, Arizona")
    for index in range(first, last):  # in text order: only the window's (linear in the sentence)
        found = places[index]
        if not start <= found.span.start < end or found.span.start < qualified:
            continue
        if _inside_name(names, found):
            continue  # inside a measure's name: "the Remain in Mexico policy"
        if found.text in _METONYMS and not _locative_before(text, found.span.start):
            continue
        if found.place.kind is not PlaceKind.COUNTRY and _titled_person(text, found.span.start):
            continue  # a person's name: "Judge Orlando Garcia", "President Rivas said"
        place: Place | None = _as_site(found)
        if place is not None and place.kind is PlaceKind.COUNTRY and _names_part(text, found):
            continue  # part of a name: "U.S. District Judge", "the U.S. Army"
        if _in_case_name(text, found.span):
            continue  # a party to a lawsuit: "in Biden v. Texas"
        part = _PART_AFTER.match(text, found.span.end)
        span = found.span
        qualifier = _qualifier(text, places, index, place)
        owned = _owned_border(text, places, index) if place is not None else None
        if place is not None and part is not None:  # "Mexico's southeast": that part of it
            place = Place(text[span.start : part.end()], PlaceKind.REGION, place.country)
        elif place is not None and owned is not None:  # "Mexico's southern border"
            place = Place(text[span.start : owned.end], PlaceKind.BORDER, place.country)
            span, qualified = Span(span.start, owned.end), owned.end
        elif place is not None and place.kind is PlaceKind.COUNTRY:
            place = _attributive(text, sentence, found, place)
        elif place is not None and qualifier is not None:  # "Lukeville, Arizona": as written
            place = Place(text[span.start : qualifier.span.end], place.kind, place.country)
            span, qualified = Span(span.start, qualifier.span.end), qualifier.span.end
        shared = _references_table().border_with.search(text, max(0, span.start - 20), span.start)
        if place is not None and shared is not None:
            place = Place(f"{shared.group(1)} {place.name}", PlaceKind.BORDER, None)  # "its border
            # with Chile": the border the actor shares with Chile, not Chile
        if place is not None:
            sites.append((span, place))
    window = slice(
        bisect.bisect_left(country_starts, start), bisect.bisect_left(country_starts, end)
    )
    for country in countries[window]:
        if not (country.demonym and start <= country.span.start < end):
            continue
        span = country.span
        name = country_names().get(country.code)
        border = _BORDER_AFTER.match(text, span.end)  # "the Guatemalan border"
        if border is not None and not _modifier(text, sentence, border.end()):
            sites.append((span, Place(f"{country.text} border", PlaceKind.BORDER, country.code)))
        elif name is not None and _targeted(text, sentence, span.start):
            target = place_named(name)  # "tariffs on Colombian goods": Colombia
            if target is not None:
                sites.append((span, target))
    for m in _references_table().borders.finditer(text, start, end):  # "la frontera sur"
        sites.append((Span(m.start(), m.end()), Place(m.group(), PlaceKind.BORDER, None)))
    sites.sort(key=lambda site: site[0].start)
    return sites


def _targeted(text: str, sentence: Sentence, position: int) -> bool:
    """True when "on" or "against" governs the demonym at ``position``, perhaps past a
    word or two that qualify the goods ("tariffs on Mexican goods", "on imported
    Colombian goods", "on all Mexican imports"): the country a sanction targets."""
    words = text[max(sentence.start, position - 40) : position].split()[-_TARGET_WORDS - 1 :]
    while words and words[-1].islower() and words[-1] not in _TARGET:
        if _modality().get(words[-1], frozenset()) & _FUNCTION_WORDS:
            return False  # "on goods from Mexican": a word of another phrase
        words.pop()
    return bool(words) and words[-1] in _TARGET


def _titled_person(text: str, position: int) -> bool:
    """True when an office's title stands right before ``position`` ("Judge", "President",
    "Gov."): the name after it is a person's, even where a city has that name."""
    before = text[max(0, position - _TITLE_CHARS) : position]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in _person_titles()


@per_language
def _person_titles() -> frozenset[str]:
    """The offices' titles as written before a name, capitalised ("Judge", "Gov.")."""
    if active() == "es":
        forms = [r.form for r in ruletables.spanish_titles() if r.cls is SpanishTitleClass.OFFICE]
    else:
        forms = [r.form for r in ruletables.titles() if r.cls is TitleClass.OFFICE]
    return frozenset(form[:1].upper() + form[1:] for form in forms if " " not in form)


def _within(own: Place, jurisdiction: Place) -> bool:
    """True for a place that is the jurisdiction itself or a state of its country."""
    if own == jurisdiction or own.name == jurisdiction.name:
        return True
    return (
        jurisdiction.kind is PlaceKind.COUNTRY
        and own.kind is PlaceKind.STATE
        and own.country == jurisdiction.country
    )


def _owned_border(text: str, places: tuple[PlaceMention, ...], index: int) -> Span | None:
    """The border a country's possessive names right after it ("Mexico's southern
    border", "Panama’s border with Colombia" up to "border"): that country's border, as
    written, not the country nor a border of another. None when no border follows."""
    found = places[index]
    if found.place.kind is not PlaceKind.COUNTRY or index + 1 >= len(places):
        return None
    after = places[index + 1]
    gap = text[found.span.end : after.span.start]
    if gap not in _POSSESSIVE_GAPS or _as_site(after).kind is not PlaceKind.BORDER:
        return None
    return after.span


def _qualifier(
    text: str, places: tuple[PlaceMention, ...], index: int, place: Place | None
) -> PlaceMention | None:
    """The state or country named right after a smaller place to say where it is
    ("Lukeville, Arizona", "Tapachula, Chiapas", "Chiapas, Mexico"): the two are one site,
    named as the text writes it. A list of states ("Texas, Arizona") is no such pair."""
    if place is None or index + 1 >= len(places):
        return None
    after = places[index + 1]
    if text[places[index].span.end : after.span.start] != ", ":
        return None
    if after.place.kind is PlaceKind.COUNTRY:
        return after if place.kind not in {PlaceKind.COUNTRY, PlaceKind.BORDER} else None
    if after.place.kind is PlaceKind.STATE:
        return after if place.kind not in _JURISDICTIONS | {PlaceKind.BORDER} else None
    return None


@per_article(maxsize=16)
def _sentence_sites(
    text: str, start: int, end: int
) -> tuple[tuple[PlaceMention, ...], list[int], tuple[CountryMention, ...], list[int]]:
    """A sentence's places and countries with their starts, to cut windows by bisection."""
    places, countries = find_places(text, start, end), find_countries(text, start, end)
    return places, [p.span.start for p in places], countries, [c.span.start for c in countries]


def _measure_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the names of measures longer than a word lie in ``text[start:end]``."""
    hits = _object_pattern().finditer(text, start, end)
    return [(h.first, h.last) for h in hits if " " in text[h.first : h.last]]


def _inside_name(names: list[tuple[int, int]], found: PlaceMention) -> bool:
    """True when a place lies inside a longer name in ``names`` (sorted, not overlapping)."""
    at = bisect.bisect_right(names, (found.span.start, _NO_END)) - 1  # the last to start by it
    if at < 0:
        return False
    first, last = names[at]
    return first <= found.span.start and found.span.end <= last and last - first > len(found.text)


def _attributive(text: str, sentence: Sentence, found: PlaceMention, place: Place) -> Place | None:
    """A country named before a noun it modifies: its border as written ("along the U.S.
    border"); no site at all for another noun after a determiner or a figure ("turned
    back three Mexican buses"). A country that is a subject ("that Peru would") or after
    a preposition ("in U.S. custody") stays a site."""
    if not _modifier(text, sentence, found.span.end):
        return place
    border = _BORDER_AFTER.match(text, found.span.end)
    if border is not None and not _modifier(text, sentence, border.end()):
        return Place(f"{found.text} border", PlaceKind.BORDER, place.country)
    after = _word_after(text, sentence, found.span.end)
    if after in _modality() or any(r.form in _VERBAL for r in _verb_readings().get(after, ())):
        return place  # a verb follows: the country is its subject
    before = _word_before(text, sentence, found.span.start)
    determined = "DETERMINER" in _modality().get(before, frozenset())
    return None if determined or parse_number(before) is not None else place


def _modifier(text: str, sentence: Sentence, position: int) -> bool:
    """True when the word before ``position`` modifies a noun after it ("border cities"):
    a lowercase word follows that is no preposition, conjunction or link word."""
    after = _word_after(text, sentence, position)
    if not after[:1].isalpha() or not text[position + 1 : position + 2].islower():
        return False
    return not _modality().get(after, frozenset()) & _FUNCTION_WORDS


def _as_site(found: PlaceMention) -> Place:
    """The place a mention names; a border region as the text names it ("the southern
    border", "the U.S.-Mexico border"): which border, in the article's words; a state or
    city as written too ("D.C."), a country by its name ("U.S.": the United States)."""
    place = found.place
    written = found.text.removeprefix("the ").removeprefix("The ")
    if place.kind is PlaceKind.REGION and place.name.lower().endswith("border"):
        return Place(written, PlaceKind.BORDER, place.country)
    if place.kind in _AS_WRITTEN and written:
        return Place(written, place.kind, place.country)  # "D.C.", as the article names it
    return place


def _locative_before(text: str, position: int) -> bool:
    words = text[max(0, position - 20) : position].split()
    return bool(words) and words[-1].lower() in _LOCATIVE


@frozen
class _Setting:
    """What the article as a whole sets for its actions: the dateline, where it ends, and
    the jurisdiction of each official it names (by surname)."""

    dateline: Place | None
    dateline_end: int  # 0 without a dateline: what precedes it is no clause of the text
    jurisdictions: dict[str, Place]
    judges: tuple[tuple[int, str], ...]  # each mention of a judge or justice: start, surname
    local: frozenset[str] = frozenset()  # the officials of a state or city: "Gov. Abbott"
    people: frozenset[str] = frozenset()  # every official's surname: "Rivas" is no state

    @classmethod
    def of(cls, doc: Document) -> _Setting:
        dateline, end = _dateline(doc)
        jurisdictions: dict[str, Place] = {}
        judges: list[tuple[int, str]] = []
        local: set[str] = set()
        for official in doc.found(Official):
            title = (official.title or "").lower()
            state = _official_state(doc.text, official)
            if official.country is None:  # "Home Secretary Shabana Mahmood": the UK's
                official = evolve(official, country=_national_office(doc.text, official))
            if any(word in title for word in _references_table().local_offices):
                local.add(official.surname)
                state = state or _main_state(doc.text, official.country)
            name = country_names().get(official.country or "")
            place = state or (place_named(name) if name is not None else None)
            if place is not None:
                jurisdictions.setdefault(official.surname, place)
            if official.title is not None and _references_table().judges.search(official.title):
                judges.extend((span.start, official.surname) for span in official.spans)
        people = frozenset(official.surname for official in doc.found(Official))
        return cls(dateline, end, jurisdictions, tuple(sorted(judges)), frozenset(local), people)

    def is_court(self, actor: str | None) -> bool:
        """True for a court or a judge: a body so named, or an official whose title is one."""
        if actor is None:
            return False
        return _references_table().courts.search(actor) is not None or any(
            surname == actor for _start, surname in self.judges
        )

    def names_court(self, text: str, sentence: Sentence) -> bool:
        """True when a court, a judge or a panel may be named in the sentence: only then can
        a verb that only a court makes an action of ("ruled", "ordered") be one."""
        if _references_table().courts.search(text, sentence.start, sentence.end) is not None:
            return True
        at = bisect.bisect_left(self.judges, (sentence.start, ""))
        return at < len(self.judges) and self.judges[at][0] < sentence.end

    def judge(self, actor: str | None, position: int) -> str | None:
        """For a judge left unnamed ("a federal judge ruled"), the judge the article names
        nearest to ``position``: the same judge, named in the sentence before or after."""
        if actor not in _judge_bodies() or not self.judges:
            return actor
        at = bisect.bisect_left(self.judges, (position, ""))  # the mentions either side
        near = self.judges[max(0, at - 1) : at + 1]
        return min(near, key=lambda judge: abs(judge[0] - position))[1]

    def jurisdiction(self, actor: str | None) -> Place | None:
        """The place an actor governs: an official's country, a country or state acting
        as itself ("Mexico", "Texas"), the country a capital stands for ("Washington")."""
        if actor is None:
            return None
        found = self.jurisdictions.get(actor)
        if found is not None:
            return found
        if actor in self.people:
            return None  # an official of no known country ("Rivas"), not a place so named
        body = _body_countries().get(actor)
        if body is not None:  # "DHS ended the program": in the United States
            return place_named(country_names().get(body, ""))
        place = place_named(actor) or _owner_place(actor)
        if place is None or place.kind not in _JURISDICTIONS:
            return None
        if actor in _METONYMS and place.country is not None:
            return place_named(country_names().get(place.country, ""))
        return place


def _national_office(text: str, official: Official) -> str | None:
    """The country whose government alone has the office written beside an official's
    name ("Home Secretary Shabana Mahmood", "Suella Braverman, the Home Secretary"), by ISO
    code; None when no such office stands there."""
    offices = _national_offices()
    if offices is None:
        return None
    for span in official.spans:
        for start, end in ((span.start - _TITLE_CHARS, span.start), (span.end, span.end + 40)):
            found = offices[0].search(text, max(0, start), min(len(text), end))
            if found is not None:
                return offices[1][found.group().lower()]
    return None


@per_language
def _national_offices() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The offices only one country has (``policy_references.tsv`` NATIONAL_OFFICE), as one
    pattern, and each one's country by its lower-case form; None when the language has none."""
    codes = {
        form.lower(): row.means or ""
        for row in ruletables.policy_references(active())
        if row.cls is ReferenceClass.NATIONAL_OFFICE
        for form in row.forms
    }
    if not codes:
        return None
    return re.compile(rf"(?<![\w-])(?:{words_pattern(list(codes))})(?![\w-])", re.IGNORECASE), codes


def _official_state(text: str, official: Official) -> Place | None:
    """The state an official serves, when a mention names it right before the title
    ("Arizona Gov. Katie Hobbs", "Texas Attorney General Ken Paxton"): a governor's
    measures apply in the state, not the whole country."""
    for span in official.spans:
        since = max(0, span.start - _NAME_CHARS)
        places = find_places(text, since, span.start)
        if not places or places[-1].place.kind is not PlaceKind.STATE:
            continue
        between = text[places[-1].span.end : span.start].split()
        if 0 < len(between) <= _TITLE_WORDS and all(w[:1].isupper() for w in between):
            return places[-1].place
    return None


@per_article(maxsize=4)
def _main_state(text: str, country: str | None) -> Place | None:
    """The state of ``country`` the article names most often (the first of those named
    as often): where a governor it names without a state governs ("Gov. Abbott signed
    the law" in an article about Texas). None when it names none."""
    counts: dict[str, int] = {}
    states: dict[str, Place] = {}
    for found in find_places(text):
        place = found.place
        if place.kind is PlaceKind.STATE and place.country == country:
            counts[place.name] = counts.get(place.name, 0) + 1
            states.setdefault(place.name, place)
    if not counts:
        return None
    return states[max(counts, key=lambda name: counts[name])]


def _owner_place(actor: str) -> Place | None:
    """The state or country that opens a body's name ("Texas National Guard": Texas;
    "Mexican Congress": Mexico), or None."""
    words = actor.split()
    for size in range(min(len(words) - 1, _TITLE_WORDS), 0, -1):
        place = place_named(" ".join(words[:size]))
        if place is not None and place.kind in _JURISDICTIONS:
            return place
    return None


def _dateline(doc: Document) -> tuple[Place | None, int]:
    """The place of a dateline ("Vado Hondo (Guatemala) (AFP) –") in the article's first lines,
    where the reporter is, the default site of what the article reports; and where the
    dateline ends (0 without one)."""
    for sentence in doc.sentences[:_DATELINE_SENTENCES]:
        dash = _DATELINE_DASH.search(doc.text, sentence.start, sentence.start + _DATELINE_CHARS)
        if dash is None:
            continue
        places = find_places(doc.text, sentence.start, dash.start())
        within = [p for p in places if p.place.kind not in _JURISDICTIONS]
        if within:  # "Tapachula (México)", "LAREDO, Texas": the city, as written with what
            first, last = within[0], places[-1]  # locates it
            between = doc.text[first.span.end : last.span.start]
            if last is not first and len(between) <= 3 and not between.strip(" ,("):
                closed = "(" in between and doc.text.startswith(")", last.span.end)
                written = doc.text[first.span.start : last.span.end + closed]
                return Place(written, first.place.kind, first.place.country), dash.end()
            return first.place, dash.end()
        if places:
            return places[-1].place, dash.end()
        return None, dash.end()
    return None, 0


def _origin(text: str, sentence: Sentence, span: Span) -> bool:
    """True for a place people came from: "migrants who had crossed from Guatemala",
    "boats from mainland Europe", "from neighbouring Honduras"."""
    words = text[max(sentence.start, span.start - 40) : span.start].split()
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-2] == "from":
        return not _modality().get(words[-1], frozenset()) & _FUNCTION_WORDS
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    return bool(words) and words[-1].lower() == "from"


def _destination(text: str, sentence: Sentence, span: Span) -> bool:
    """True for a place people go to: "headed to the United States", "bound for Mexico"."""
    words = text[max(sentence.start, span.start - 40) : span.start].split()
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    if len(words) < 2 or words[-1].lower() not in _DESTINATION:
        return False
    return "MOTION" in _modality().get(words[-2].lower(), frozenset())


def _narrows(setting: _Setting, jurisdiction: Place, actor: str | None) -> bool:
    """True when the dateline lies in the country of the acting official: an official's
    office may be a state's or a city's ("the state's attorney general"), so the place
    the article reports from says more than the country does. A country acting as
    itself ("Mexico deployed troops") is its own place."""
    dateline = setting.dateline
    return (
        actor in setting.jurisdictions
        and dateline is not None
        and dateline.kind is not PlaceKind.COUNTRY
        and dateline.country == jurisdiction.country
    )


def _subject_place(
    text: str,
    sentence: Sentence,
    sites: list[tuple[Span, Place]],
    at: int,
    actor: str | None,
) -> bool:
    """True for a place named before an action as (part of) who acts, with the list it is
    in: the actor itself ("Texas and Arizona sent troops", "Mexico deployed"), or the
    governments an office or a force serves ("the governors of Texas, Arizona and New
    Mexico committed troops", "officials in Arizona and Texas announced"). It is the
    actor's jurisdiction, not where the action is; the action's own site comes after it
    ("to the border"), or the jurisdiction is its place."""
    first = at
    while first > 0 and list_joins().listed.fullmatch(
        text, sites[first - 1][0].end, sites[first][0].start
    ):
        first -= 1
    last = at
    while last + 1 < len(sites) and list_joins().listed.fullmatch(
        text, sites[last][0].end, sites[last + 1][0].start
    ):
        last += 1
    listed = [place.name for _span, place in sites[first : last + 1]]
    if actor is not None and any(name == actor or f" {name}" in f" {actor}" for name in listed):
        return _subject_verb_follows(text, sentence, sites[last][0].end)
    head = sites[first][0].start
    return _SERVED_BY.search(text, max(sentence.start, head - _SERVED_CHARS), head) is not None


def _subject_verb_follows(text: str, sentence: Sentence, end: int) -> bool:
    """True when what follows a name (past an adverb of time or a few words) is its verb,
    not a preposition: "Texas and Arizona on Monday sent", not "in Texas, where"."""
    words = text[end : min(sentence.end, end + _SERVED_CHARS)].split()
    return bool(words) and words[0][:1].islower() and words[0] not in _AFTER_PLACE


def _state_law_ruled_on(
    text: str, sentence: Sentence, cand: _Candidate, jurisdiction: Place | None
) -> Place | None:
    """The state whose law a federal court's ruling acts on: a law, a statute or a bill
    named after the ruling's verb in its sentence ("ruled that the law is preempted",
    "blocked Senate Bill 4"), in an article whose states are one country's, is the law of
    the state the article names most. A federal law ("at odds with federal law") is none,
    and neither is a ruling no state's law is named in."""
    if jurisdiction is None or jurisdiction.kind is not PlaceKind.COUNTRY:
        return None
    for law in _STATE_LAW.finditer(text, cand.start, sentence.end):
        before = text[max(sentence.start, law.start() - _NOT_STATE_CHARS) : law.start()]
        if not _NOT_STATE_LAW.isdisjoint(before.lower().split()[-2:]):
            continue
        named = [
            found
            for found in find_places(
                text, max(sentence.start, law.start() - _NAME_CHARS), law.start()
            )
            if found.place.kind is PlaceKind.STATE
        ]
        if named and _owns_measure_after(text, named[-1].span.end):
            return named[-1].place  # "struck down parts of a similar Arizona law": Arizona's
        return _main_state(text, jurisdiction.country)
    return None


def _place(
    text: str,
    sentence: Sentence,
    cand: _Candidate,
    own: Place | None,
    jurisdiction: Place | None,
    setting: _Setting,
    actor: str | None,
) -> Place | None:
    """Where the action is: its own place; for an agreement, the partner the party that
    agrees made it with ("signed an agreement with Panama"), else a place named in its
    sentence other than the party's own country (where it applies: "agents to Guatemala
    under a joint agreement"), else the jurisdiction of the party that agrees (what the
    deal is about is named around it: "agreed to accept flights from the United States");
    else a kind of site after it ("at ports of entry"),
    else a place named before it in its sentence (not a destination, not the dateline, not
    one before a word that opens another clause: "while", "as long as"), else a border
    closed or reopened or one the action is at or sent to ("troops to the border"),
    else the jurisdiction of its actor, else a county,
    else the dateline.
    """
    if cand.kind is PolicyKind.AGREEMENT and jurisdiction is not None:
        return _partner(text, sentence, cand, jurisdiction) or jurisdiction
    if cand.kind is PolicyKind.LEGAL_CHALLENGE and setting.is_court(actor):
        state = _state_law_ruled_on(text, sentence, cand, jurisdiction)
        if state is not None:  # "the appeals court upheld the order blocking Senate Bill 4"
            return state
    if own is not None:
        if cand.kind in _LEGISLATED and jurisdiction and not _within(own, jurisdiction):
            return jurisdiction  # "signed the bill at a wall site in Brownsville", "a Texas
        return own  # law on entering the United States", "a law on deportations to Rwanda"
    generic = _generic_site(text, sentence, cand)
    if generic is not None:  # "appointments at ports of entry": those sites
        return generic
    since = max(sentence.start, cand.start - _REACH, setting.dateline_end)
    for hit in _site_pattern().finditer(text, since, cand.start):
        if _site_words()[hit.group().lower()] == "BREAK":
            since = hit.end()  # "sent troops to Guatemala, while others were stationed"
    before = _sites(text, sentence, since, cand.start)
    skipped = False  # a place named as who acts was passed over
    for at in range(len(before) - 1, -1, -1):
        span, place = before[at]
        if _subject_place(text, sentence, before, at, actor):
            skipped = True
            continue  # "the governors of Texas and Arizona sent troops to the border": who sends
        if skipped and _GOVERNMENT_AFTER.match(text, span.end) is not None:
            continue  # "Under the U.S. administration, Guatemala received flights": no site
        seat = _COURT_SEAT.search(text, max(sentence.start, span.start - 40), span.start)
        if seat is not None and not setting.is_court(actor):
            continue  # "a judge in Washington ruled that officials erred by barring": no site
        if _origin(text, sentence, span):
            continue  # "boats from mainland Europe": where people came from
        if cand.kind is PolicyKind.DEPORTATION or not _destination(text, sentence, span):
            if cand.kind in _LEGISLATED and place.kind not in _JURISDICTIONS and jurisdiction:
                return jurisdiction  # "visited the valley, where he signed the bill"
            return place
    if cand.kind in _AT_CROSSINGS and cand.obj is not None and _head(cand.obj) == "border":
        return Place("border", PlaceKind.BORDER, None)  # "shut down the border": the border itself
    if _at_the_border(text, sentence, cand):
        return Place("border", PlaceKind.BORDER, None)  # "sent troops to the border"
    if jurisdiction is not None and not _narrows(setting, jurisdiction, actor):
        if (
            cand.kind in _AT_CROSSINGS
            and actor != jurisdiction.name
            and actor not in setting.people
        ):
            # a crossing an agency closes or reopens is no country: "lanes have reopened,
            # CBP said" is at the crossing the dateline or the article names (see merging);
            # a president who closes a route closes it in his country
            return setting.dateline if _inside(setting.dateline, jurisdiction) else None
        return jurisdiction
    county = next(_counties(text, since, min(sentence.end, cand.end + _REACH)), None)
    if county is not None:
        return place_named(county.group()[: -len("County")].strip())
    return setting.dateline
