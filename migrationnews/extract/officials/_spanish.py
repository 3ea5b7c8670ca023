"""Spanish office phrases beside a name (read with ``rules/es/titles.tsv``).

A Spanish sentence names an office around the name: "el canciller Marcelo Ebrard", "la
secretaria de Relaciones Exteriores, Alicia Bárcena", "el mandatario guatemalteco,
Alejandro Giammattei", "Alicia Bárcena, canciller de México,". The English phrase grammar
of :mod:`._phrases` does not read these yet: until it does, after the English passes a
Spanish official without a title takes the office phrase next to one of its mentions
(:func:`_spanish_titles`), a name the gazetteer does not know is found by its office
(:func:`_spanish_people`), and an office alone ("el mandatario") joins the one official
named before who holds it (:func:`_spanish_roles`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs
from attrs import define, field

from migrationnews import offices, ruletables
from migrationnews.extract.officials._names import _surname
from migrationnews.extract.officials._vocabulary import _PARTICLES
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.language import demonyms
from migrationnews.records import Official
from migrationnews.text import Document
from migrationnews.values import Span

# A name the gazetteer does not know is found by its office: a run of two to five
# capitalised words (particles inside: "de la") right after an office phrase ("el
# secretario de Marina, José Rafael Ojeda Durán"; "la vocera presidencial Jen Psaki") or
# before an appositive office ("Pete Flores, comisionado interino de la CBP,").
_ES_NAME = re.compile(
    r"""
    (?<![\w-])
    (?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+(?:-(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+)?   # a capitalised word
    (?:[ ](?:(?:de|del|de[ ]la)[ ])?
       (?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+(?:-(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñü]+)?){1,4}  # 1-4 more
    (?![\w-]|[ ](?-i:[A-ZÁÉÍÓÚÑ]))                  # and no longer run
    """,
    re.VERBOSE,
)


# The words that end an office's name before its holder's: "Presidente de la República".
_ES_SEATS = frozenset({"república", "nación"})
_ES_RUN_WORD = re.compile(r"(?<= )(?-i:[A-ZÁÉÍÓÚÑ])")  # a capitalised word inside a run


def _es_country(text: str, start: int, end: int) -> str | None:
    """The country a Spanish office phrase in ``text[start:end]`` names, if any; not one of
    the sentence or line before (a headline's "de México y Guatemala")."""
    cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
    start = max(start, cut + 1)
    forms = demonyms()
    words = re.findall(r"[\w.]+", text[start:end].lower())
    for k in range(len(words) - 1, -1, -1):  # the nearest to the name first
        for form in (" ".join(words[k : k + 2]), words[k]):
            if form in forms:
                return forms[form]
    found = find_countries(text, start, end, demonyms=False)
    return found[-1].code if found else None


def _es_title_country(title: str) -> str | None:
    """The country a Spanish title names after its office, the first one ("Embajador de
    Perú en Estados Unidos": Perú; "Secretario de Estado de Estados Unidos"), or its
    demonym ("Canciller mexicano"); none for a title naming none."""
    words = title.split()
    forms = demonyms()
    for k in range(1, len(words)):  # a demonym right after a word of the title
        for form in (" ".join(words[k : k + 2]).lower(), words[k].lower()):
            if form in forms:
                return forms[form]
    found = find_countries(title, 0, len(title), demonyms=False)
    return found[0].code if found else None


def _es_surname(words: Sequence[str]) -> str:
    """A Spanish family name: the last two words of a name of four or more ("José Rafael
    Ojeda Durán"), else the last one, with its particles."""
    core = [w for w in words if w.lower() not in _PARTICLES]
    if len(core) >= 4:
        last_two = words[len(words) - 1 - words[::-1].index(core[-2]) :]
        return " ".join(last_two)
    return _surname(words)


@define
class _Named:
    """A person only a Spanish office phrase makes known: the words of their name, the
    spans where it is written, and the country the first office phrase naming one names."""

    words: tuple[str, ...]
    spans: list[Span] = field(factory=list)
    country: str | None = None


def _spanish_people(records: list[Official], doc: Document) -> list[Official]:
    """``records`` and, after them, the officials only a Spanish office phrase beside their
    name makes known (:func:`_es_named`); one whose office names no country serves the
    country most officials of the article serve. A record named in a longer form beside an
    office ("Tomás Vera" and "Tomás Andrés Vera") takes that fullest form."""
    fuller: dict[str, _Named] = {}
    found = _es_named(doc.text, [r.name.casefold() for r in records], fuller)
    if fuller:
        records = [_fuller(r, fuller.get(r.name.casefold())) for r in records]
    if not found:
        return records
    countries = [r.country for r in records if r.country]
    home = max(dict.fromkeys(countries), key=countries.count) if countries else None
    return [*records, *(_es_official(name, named, doc.text, home) for name, named in found.items())]


def _es_named(text: str, known: list[str], fuller: dict[str, _Named]) -> dict[str, _Named]:
    """The names no record holds (``known``, case-folded) that a public office phrase
    stands beside, before or after, by name in order of first mention; a longer form of a
    known name (:func:`_longer_form`) is noted in ``fuller`` instead."""
    found: dict[str, _Named] = {}
    for run in _ES_NAME.finditer(text):
        m = _es_person_in(text, run)
        if m is None:
            continue
        title = (
            _es_title_before(text, m.start())
            or _es_title_after(text, m.end())
            or _es_list_title(text, m.start())
        )
        if title is None or not _es_public(title):
            continue
        words = tuple(m.group().split())
        name = " ".join(words)
        folded = name.casefold()
        if any(folded in k or k in folded for k in known):
            continue
        longer = [k for k in known if _longer_form(folded, k)]
        for k in longer:
            if k not in fuller or len(words) > len(fuller[k].words):
                fuller[k] = _Named(words=words, spans=fuller[k].spans if k in fuller else [])
            fuller[k].spans.append(Span(m.start(), m.end()))
        if longer:
            continue
        country = _es_title_country(title) or _es_country(
            text, max(0, m.start() - _ES_NEAR), m.start()
        )
        named = found.setdefault(name, _Named(words=words))
        named.spans.append(Span(m.start(), m.end()))
        named.country = named.country or country
    return found


def _fuller(official: Official, named: _Named | None) -> Official:
    """``official`` under the fullest form of its name an office phrase stands beside, with
    the spans of that form (none: unchanged)."""
    if named is None:
        return official
    spans = tuple(sorted({*official.spans, *named.spans}, key=lambda s: (s.start, s.end)))
    return attrs.evolve(official, name=" ".join(named.words), spans=spans)


def _longer_form(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` with given names or surnames added (both case-folded):
    the same first word, and every word of ``name`` in order ("alejandro eduardo vera"
    for "alejandro vera")."""
    words, more = name.split(), longer.split()
    if len(words) < 2 or len(more) <= len(words) or words[0] != more[0]:
        return False
    it = iter(more)
    return all(w in it for w in words)


def _es_person_in(text: str, run: re.Match[str]) -> re.Match[str] | None:
    """The name a run of capitalised words holds: the run itself, else its longest tail
    that is a name right after an office ("El Presidente de la República Tomás Vera":
    Tomás Vera). A run is at most five words, so this stays linear."""
    if _es_person(text, run):
        return run
    classes = _es_titles()
    for word in _ES_RUN_WORD.finditer(text, run.start() + 1, run.end()):
        before = text[run.start() : word.start()].split()
        last = before[-1].lower() if before else ""
        if classes.get(last) not in ("office", "head", "counterpart") and last not in _ES_SEATS:
            continue  # a tail only right after an office ("Presidente de la República"), not
            # inside a body's name ("Seguridad Nacional de Estados Unidos")
        m = _ES_NAME.match(text, word.start(), run.end())
        if m is not None and m.end() == run.end() and _es_person(text, m):
            return m  # the longest tail that is a name of two words or more
    return None


def _es_person(text: str, m: re.Match[str]) -> bool:
    """Whether a run of capitalised words may be a person's name: no office word, demonym
    or acronym inside it, not the body after an office's "de" ("de Relaciones
    Exteriores"), and no place or country."""
    classes = _es_titles()
    adjectives = demonyms()
    lowered = [w.lower() for w in m.group().split()]
    if any(w in classes or w in adjectives or w.isupper() for w in lowered if len(w) > 3):
        return False
    if any(w in classes and classes[w] != "join" for w in lowered):
        return False
    before = text[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].lower() in classes and classes[before[-1].lower()] == "join":
        return False  # "de Relaciones Exteriores": the body an office heads, not a name
    return not (find_places(text, m.start(), m.end()) or find_countries(text, m.start(), m.end()))


def _es_official(name: str, named: _Named, text: str, home: str | None) -> Official:
    """The record of a person an office phrase made known, with every later mention of
    their surname; of the country the phrase names, else of the one country the gazetteer
    knows the name's holder to serve, else ``home`` (both inferred)."""
    surname = _es_surname(named.words)
    served = {t.country for t in offices.lookup(name)}
    known = served.pop() if len(served) == 1 else None
    spans = list(named.spans)
    taken = {(s.start, s.end) for s in spans}
    for later in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        inside = any(s.start <= later.start() < s.end for s in spans)
        if not inside and (later.start(), later.end()) not in taken:
            spans.append(Span(later.start(), later.end()))
    return Official(
        name=name,
        surname=surname,
        title=None,
        country=named.country or known or home,
        spans=tuple(sorted(spans, key=lambda s: s.start)),
        inferred=() if named.country else ("country",),
    )


# "el mandatario", "el Presidente mexicano", "la canciller": an office alone (with its
# demonym) for the one official named before who holds it.
_ES_ROLE = re.compile(
    r"""
    (?<![\w])(?:el|la|del|al)[ ]+            # the article
    (?P<office>[^\W\d_]+)                    # the office word
    (?:[ ]+(?P<adjective>[^\W\d_]+))?        # maybe a demonym: "mexicano"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_HEADS_OF_STATE = frozenset({"presidente", "presidenta", "mandatario", "mandataria"})


def _spanish_roles(records: list[Official], text: str) -> list[Official]:
    """Each official with the mentions of their office alone ("el mandatario") when one
    official named before holds it (of the country a demonym names, if one follows)."""
    classes = _es_titles()
    spans: dict[int, list[Span]] = {}
    for m in _ES_ROLE.finditer(text):
        office = m.group("office").lower()
        if classes.get(office) not in ("office", "head"):
            continue
        adjective = (m.group("adjective") or "").lower()
        code = demonyms().get(adjective) if m.group("adjective") else None
        end = m.end("adjective") if code else m.end("office")
        after = text[end : end + 2]
        if (after[:1] == " " and after[1:2].isupper()) or adjective in ("de", "del"):
            continue  # "el presidente Joe Biden", "el presidente de Guatemala": named there
        kinds = _HEADS_OF_STATE if office in _HEADS_OF_STATE else frozenset({office})
        holders = [
            k
            for k, r in enumerate(records)
            if r.title is not None
            and r.title.split()[0].lower() in kinds
            and (code is None or r.country == code)
        ]
        if len(holders) != 1 or records[holders[0]].spans[0].start >= m.start():
            continue
        at = Span(m.start("office"), end)
        if not any(s.start < at.end and at.start < s.end for s in records[holders[0]].spans):
            spans.setdefault(holders[0], []).append(at)
    return [
        attrs.evolve(r, spans=tuple(sorted((*r.spans, *spans[k]), key=lambda s: s.start)))
        if k in spans
        else r
        for k, r in enumerate(records)
    ]


_ALONE = frozenset({"presidente", "presidenta", "vocero", "vocera", "portavoz"})


def _es_public(title: str) -> bool:
    """Whether a Spanish office phrase names a public office: an office word, or a head
    word ("director", "coordinadora") of a public body ("del INM", "de la Secretaría de
    Gobernación", "de Tapachula"), not of a shelter, a firm or a collective."""
    classes = _es_titles()
    words = title.split()
    if classes.get(words[0].lower()) != "head":
        return True
    body = words[1:]
    while body and classes.get(body[0].lower()) in ("modifier", "join"):
        body = body[1:]  # "interino de la": the body starts after the small words
    if not body:
        return words[0].lower() in _ALONE  # "la presidenta Claudia Sheinbaum"
    phrase = f" {' '.join(body).lower()} "
    if any(f" {form} " in phrase for form, cls in classes.items() if cls == "body"):
        return True
    rest = " ".join(body)
    if any(w.isupper() and len(w) > 1 for w in body) or any(w.lower() in demonyms() for w in body):
        return True  # "del INM", "del gobierno mexicano"
    return bool(find_places(rest) or find_countries(rest, demonyms=False))


@functools.cache
def _es_titles() -> dict[str, str]:
    """The Spanish office words of rules/es/titles.tsv, lower case -> class."""
    return {row.form.lower(): row.cls for row in ruletables.spanish_titles()}


_ES_WORD = re.compile(r"[\w][\w\-]*|[,;:()]")  # a clause mark ends an office phrase
_ES_WINDOW = 90  # characters read before or after a mention for its office
_ES_NEAR = 45  # characters before a name where its office names its country


def _spanish_titles(records: list[Official], text: str) -> list[Official]:
    """Each untitled official with the office phrase beside one of its mentions; a
    counterpart ("su homólogo estadunidense, Joe Biden") takes the title of the official
    mentioned last before it."""
    out: list[Official] = []
    titled: list[tuple[int, str]] = []  # (end of a mention, its official's title), sorted
    for official in records:
        if official.title is None or "title" in official.inferred:
            # a title the gazetteer filled in yields to one the text gives
            official = _spanish_title(official, text, titled)
        if official.title is not None:
            for span in official.spans:
                bisect.insort(titled, (span.end, official.title))
        out.append(official)
    return out


def _spanish_title(official: Official, text: str, titled: list[tuple[int, str]]) -> Official:
    """``official`` with the office phrase beside the first of its mentions that has one,
    an office of its own before a counterpart's ("su homólogo de Guatemala, X" then "el
    ministro de Relaciones Exteriores de Guatemala, X": the minister); a counterpart takes
    the title mentioned last before it."""
    counterpart: str | None = None
    for span in official.spans:
        title = (
            _es_title_before(text, span.start)
            or _es_title_after(text, span.end)
            or _es_list_title(text, span.start)
        )
        if title is not None and title.split()[0].lower() in _es_counterparts():
            if counterpart is None:
                at = bisect.bisect_right(titled, (span.start, "\uffff"))
                counterpart = _without_country(titled[at - 1][1]) if at else None
            continue
        if title is not None:
            return _titled(official, title)
    return official if counterpart is None else _titled(official, counterpart)


def _titled(official: Official, title: str) -> Official:
    """``official`` with ``title``, no longer inferred."""
    inferred = tuple(f for f in official.inferred if f != "title")
    return attrs.evolve(official, title=title, inferred=inferred)


# A list of officials under one plural office: "los secretarios de Relaciones Exteriores,
# X; de Seguridad, Y", "los presidentes de Honduras, X; de Cuba, Y; y de Venezuela, Z".
_ES_PLURAL = re.compile(r"\b(?:los|las)\s+([^\W\d_]+s)\b", re.IGNORECASE)
# The item of such a list right before a name: "; de Seguridad y Protección Ciudadana, ".
_ES_ITEM = re.compile(r"(?:^|;)\s*(?:(?:y|e)\s+)?(de(?:l|\s+la)?\s+[^,;.]{2,60}?),\s*$")
_ES_LIST_SPAN = 300  # characters back from a name to its list's plural office, at most


def _es_list_title(text: str, start: int) -> str | None:
    """The title a list under one plural office gives the name at ``start``: the office in
    the singular with the item's own "de ..." ("Secretario de Seguridad"), or the office
    alone when the item names a country ("Presidente" for "de Honduras")."""
    left = max(0, start - _ES_LIST_SPAN)
    plural, office = None, ""
    for m in _ES_PLURAL.finditer(text, left, start):
        word = m.group(1)
        for singular in (word[:-1], word[:-2]):  # "secretarios", "cancilleres"
            if _es_titles().get(singular.lower()) in ("office", "head"):
                plural, office = m, singular
                break
    if plural is None:
        return None
    between = text[plural.end() : start]
    if "." in between or ":" in between:
        return None
    item = _ES_ITEM.search(between)
    if item is None:
        return None
    complement = " ".join(item.group(1).split())
    body = complement.split(None, 1)[1] if " " in complement else ""
    countries = find_countries(body, 0, len(body), demonyms=False)
    if countries and countries[0].span.start == 0 and countries[0].span.end >= len(body.rstrip()):
        return office[:1].upper() + office[1:].lower()
    return f"{office[:1].upper()}{office[1:].lower()} {complement}"


def _without_country(title: str) -> str:
    """A counterpart's title without the other's country: "Presidente de México" is
    "Presidente" for "su homólogo estadounidense"."""
    words = title.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower() != "de":
            continue
        tail = " ".join(words[k:])
        found = find_countries(tail, 0, len(tail), demonyms=False)
        whole = bool(found) and found[0].span.start == 0 and found[0].span.end == len(tail)
        if whole or tail.lower() in demonyms():  # "de México", "de Estados Unidos"
            return " ".join(words[: k - 1])
    return title


@functools.cache
def _es_counterparts() -> frozenset[str]:
    """The Spanish words for a counterpart ("homólogo")."""
    return frozenset(form for form, cls in _es_titles().items() if cls == "counterpart")


def _es_office_at(words: list[re.Match[str]], k: int) -> int | None:
    """The start index of an office word (one or two words) ending at ``words[k]``."""
    classes = _es_titles()
    if classes.get(words[k].group().lower()) in ("office", "head", "counterpart"):
        if k > 0 and classes.get(f"{words[k - 1].group()} {words[k].group()}".lower()) == "office":
            return k - 1
        return k
    return None


def _es_phrase(text: str, words: list[re.Match[str]], first: int, last: int) -> str:
    """The title from ``words[first]`` to ``words[last]``, joins trimmed, first letter upper."""
    classes = _es_titles()
    while last > first and classes.get(words[last].group().lower()) == "join":
        last -= 1
    if first > 0 and classes.get(words[first - 1].group().lower()) == "former":
        first -= 1
    phrase = " ".join(text[words[first].start() : words[last].end()].split())
    return phrase[:1].upper() + phrase[1:]


def _es_title_before(text: str, start: int) -> str | None:
    """ "el canciller Marcelo Ebrard", "la secretaria de Relaciones Exteriores, Alicia"."""
    left = max(0, start - _ES_WINDOW)
    words = list(_ES_WORD.finditer(text, left, start))
    if not words or text[words[-1].end() : start].strip(" \t,"):
        return None
    classes = _es_titles()
    k = len(words) - 1
    if words[k].group() == ",":
        k -= 1
    adjective = k >= 0 and words[k].group().islower() and words[k].group().lower() not in classes
    # a demonym may follow a body too: "el secretario de Estado estadunidense, Jo Ray"
    demonym = adjective and words[k].group().lower() in demonyms()
    if adjective:  # "el mandatario guatemalteco, Alejandro Giammattei"
        k -= 1
    last = k
    while k >= 0 and last - k < 8:
        word = words[k].group()
        first = _es_office_at(words, k)
        if first is not None:
            return _es_phrase(text, words, first, last)
        if word == "," or not (
            word[:1].isupper() or classes.get(word.lower()) in ("join", "modifier")
        ):
            return None
        if adjective and not demonym:
            return None  # an adjective comes right after the office, not after a body
        k -= 1
    return None


def _es_title_after(text: str, end: int) -> str | None:
    """ "Marcelo Ebrard, canciller de México," (an appositive after the name)."""
    words = list(_ES_WORD.finditer(text, end, min(len(text), end + _ES_WINDOW)))
    if len(words) < 2 or words[0].group() != "," or text[end : words[0].start()].strip():
        return None
    k = 1
    if words[k].group().lower() in ("el", "la") and k + 1 < len(words):
        k += 1
    classes = _es_titles()
    first = k
    if classes.get(words[k].group().lower()) == "former" and k + 1 < len(words):
        k += 1
    if k + 1 < len(words) and _es_office_at(words, k + 1) == k:
        k += 1
    if _es_office_at(words, k) is None:
        return None
    last = k
    k += 1
    while k < len(words) and k - last < 6:
        word = words[k].group()
        if word[:1].isupper() or classes.get(word.lower()) in ("join", "modifier"):
            k += 1
            continue
        break
    last = k - 1
    phrase_first = first + 1 if classes.get(words[first].group().lower()) == "former" else first
    return _es_phrase(text, words, phrase_first, last)
