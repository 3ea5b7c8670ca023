"""A person's record: the title and country their mentions state, else the dated
office-holder gazetteer (named in :attr:`Official.inferred`; a title only when a sentence
naming them names that office), else the country the sentence is set in or an
appositive's possessive ("In neighbouring Costa Rica, ..."), and for a local office the
country of the article's dateline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from attrs import define, field

from migrationnews.extract.officials._merging import _people, _Person, _tenures
from migrationnews.extract.officials._names import _surname
from migrationnews.extract.officials._vocabulary import _POSSESSIVE
from migrationnews.gazetteer import find_countries, find_places
from migrationnews.records import Official
from migrationnews.text import Document, Sentence
from migrationnews.values import Span

# Offices of a town, county or state: with no country of their own, they serve the country
# of the article's dateline ("EAGLE PASS, Texas - ... Mayor Rolando Salinas").
_LOCAL_HEADS = frozenset(
    {"mayor", "sheriff", "councilman", "councilwoman", "alderman", "judge", "justice"}
)  # a court serves the country of the article too
_LOCAL_LEADS = frozenset({"state", "county", "city", "municipal"})
_DATELINE = re.compile(
    r"""
    ^[ \t]*                         # a line's start (the first lines of the article)
    (?P<city>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})  # CITY in capitals
    (?P<rest>[ ]?,[ ]?[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})?  # ", Texas", ", Colo."
    [ ]*(?:\([^()\n]{0,40}\)[ ]*)?   # an optional agency: "(AP)"
    (?:--|(?<=[ ])-|[—–])           # and the dash that ends a dateline (not "US-Mexico")
    """,
    re.VERBOSE | re.MULTILINE,
)
_DATELINE_REACH = 400  # characters from the start where a dateline may stand
# A sentence set in a country: "In neighbouring Costa Rica, Security Minister ..."
_FRAME = re.compile(
    r"""
    \s*In[ ]+                       # "In" opening the sentence
    (?:(?:neighbou?ring|nearby)[ ]+)?  # "neighbouring"
    """,
    re.VERBOSE,
)
_APPOSITION = 90  # characters of the clause after a name that may say whose office it is
# A sentence set on a visit: "During his visit to Panama, he met with Foreign Minister
# Ana Ruiz" (Ruiz serves Panama); with no destination ("During the visit, ..."), the one
# the sentence before names ("Cole traveled to Panama City, Panama, ...").
_VISIT_FRAME = re.compile(
    r"""
    \s*(?:During|On|Throughout)[ ]+     # "During" opening the sentence
    (?:his|her|their|the|a|an)[ ]+      # "his"
    (?:[\w'’-]+[ ]+){0,2}?              # "official", "two-day"
    (?:visit|trip|tour|stay)\b          # the visit
    (?P<to>[ ]+(?:to|in)[ ]+)?          # "to Panama"
    """,
    re.VERBOSE,
)
_DESTINATION = re.compile(r"\b(?:traveled|travelled|visited|arrived|went|flew|trip|visit)\b")
_REACH = 40  # characters from a destination to the comma closing the frame
# The clause of a trip's destination in which officials are met: ", where she met with".
_WHERE = re.compile(
    r",[ ]+where[ ]+(?:he|she|they|the[ ]+\w+)[ ]+(?:also[ ]+)?(?:met|meets|held|holds"
    r"|will[ ]+meet|is[ ]+(?:set|due|scheduled|expected)[ ]+to[ ]+meet)\b"
)
_HOSTED = re.compile(r"\b(?:with|received\s+by|welcomed\s+by|hosted\s+by)\b")  # who was met


def _dateline_country(text: str) -> str | None:
    """The country of the dateline's city or state ("AUSTIN, Texas -": US), if any."""
    match = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH))
    if match is None:
        return None
    city = " ".join(w.capitalize() for w in match.group("city").split())
    line = city + (match.group("rest") or "")
    for found in find_places(line):
        if found.place.country:
            return found.place.country
    return None


def _visited(text: str, sentence: Sentence, span: Span, before: Sentence | None) -> str | None:
    """The country of the visit a sentence opens with, before ``span``: "During his visit
    to Panama, ...", or "During the visit, ..." after a sentence naming the trip's
    destination."""
    where = _WHERE.search(text, sentence.start, span.start)
    if where is not None and _HOSTED.search(text, where.end(), span.start) is not None:
        # "Cole traveled to Peru, where she met with Foreign Minister Ana Ruiz"
        cue = _DESTINATION.search(text, sentence.start, where.start())
        return _destination(text, cue.end(), where.start()) if cue is not None else None
    frame = _VISIT_FRAME.match(text, sentence.start, span.start)
    if frame is None or _HOSTED.search(text, frame.end(), span.start) is None:
        return None  # the visitor opens the main clause; those met follow "with"
    if frame.group("to"):
        comma = text.find(",", frame.end(), min(span.start, frame.end() + _REACH))
        if comma < 0:
            return None
        places = find_places(text, frame.end(), comma)
        if places and places[0].span.start == frame.end():
            return places[0].place.country
        for found in find_countries(text, frame.end(), comma, demonyms=False):
            return found.code if found.span.start == frame.end() else None
        return None
    if before is None or not text.startswith(",", frame.end()):
        return None
    cue = _DESTINATION.search(text, before.start, before.end)
    return _destination(text, cue.end(), before.end) if cue is not None else None


def _destination(text: str, start: int, end: int) -> str | None:
    """The one country the places and countries of ``text[start:end]`` lie in, if one."""
    countries = {f.code for f in find_countries(text, start, end, demonyms=False)}
    countries |= {f.place.country for f in find_places(text, start, end) if f.place.country}
    return countries.pop() if len(countries) == 1 else None  # one destination only


def _framed(
    text: str, sentence: Sentence, span: Span, before: Sentence | None = None
) -> str | None:
    """The country a mention's context states when its title does not: the country
    opening the sentence ("In neighbouring Costa Rica, Minister Mario Zamora said"), the
    visit it opens with (:func:`_visited`), or a possessive one in the appositive after
    the name ("Ana Ruiz, leader of the ruling party in Mexico's Senate, said")."""
    visited = _visited(text, sentence, span, before)
    if visited is not None:
        return visited
    frame = _FRAME.match(text, sentence.start, span.start)
    if frame is not None:
        for found in find_countries(text, frame.end(), span.start, demonyms=False):
            if found.span.start == frame.end() and text.startswith(",", found.span.end):
                return found.code
            break
    if text.startswith(",", span.end):
        stop = text.find(",", span.end + 1, min(sentence.end, span.end + _APPOSITION))
        if stop > 0:
            for found in find_countries(text, span.end + 1, stop, demonyms=False):
                if text.startswith(_POSSESSIVE, found.span.end):
                    return found.code
    return None


def _office_named(doc: Document, index: _SentenceIndex, person: _Person, title: str) -> bool:
    """Whether a sentence naming ``person`` also names the office the gazetteer gives them,
    in words the title readers do not take ('Homan, whom Trump named his "border czar,"'):
    a name alone ("Biden said ...", "the Trump administration") names no office."""
    head = re.compile(rf"\b{re.escape(title.split()[-1].casefold())}\b")
    # each sentence once, however often it names the person (linear in repeated mentions)
    starts = dict.fromkeys(index.at(m.span).start for m in person.mentions)
    return any(head.search(index.folded(start)) for start in starts)


def _title(person: _Person) -> str | None:
    """The title of ``person``'s first titled mention, passing over a journalist's
    epithet ("top diplomat", "top envoy") when another mention names the office itself
    ("US top diplomat Jo Ray ... Secretary Ray")."""
    titles = [m.title for m in person.mentions if m.title]
    offices = [t for t in titles if not t.casefold().startswith("top ")]
    return next(iter(offices or titles), None)


def _local(title: str | None) -> bool:
    """Whether ``title`` is an office of a town, county or state ("Mayor", "State Senator")."""
    words = (title or "").casefold().split()
    return bool(words) and (words[-1] in _LOCAL_HEADS or words[0] in _LOCAL_LEADS)


@define
class _Fields:
    """An official's fields as :func:`_official` settles them, step by step."""

    surname: str
    title: str | None
    country: str | None
    inferred: list[str] = field(factory=list)  # the fields the gazetteer gave


def _official(
    person: _Person,
    published: dt.date | None,
    home: str | None = None,
    context: tuple[Document, _SentenceIndex] | None = None,
) -> Official:
    """The record of ``person``: the title and country their mentions state, else the
    office word's hint ("Sen."); then what the office-holder gazetteer adds
    (:func:`_from_gazetteer`); else the country the sentence is set in or an appositive
    names (:func:`_framed`, with ``context``), and for a local office ``home``, the
    dateline's country."""
    hint = next((m.hint for m in person.mentions if m.hint), None)
    fields = _Fields(
        surname=_surname(person.given),
        title=_title(person),
        # else implied by the text's own office words ("Sen.", "CBP")
        country=next((m.country for m in person.mentions if m.country), hint),
    )
    _from_gazetteer(fields, person, published, context)
    if fields.country is None and hint is None and context is not None:
        doc, index = context
        fields.country = next(
            (
                c
                for m in person.mentions
                if (c := _framed(doc.text, index.at(m.span), m.span, index.before(m.span)))
            ),
            None,
        )
    if fields.country is None and _local(fields.title):
        fields.country = home  # a local office serves the dateline's country
    spans = sorted({m.span for m in person.mentions}, key=lambda s: (s.start, s.end))
    return Official(
        name=" ".join(person.given),
        surname=fields.surname,
        title=fields.title,
        country=fields.country,
        spans=tuple(spans),
        inferred=tuple(fields.inferred),
    )


def _from_gazetteer(
    fields: _Fields,
    person: _Person,
    published: dt.date | None,
    context: tuple[Document, _SentenceIndex] | None,
) -> None:
    """Fill ``fields`` from the tenures of the one gazetteer person ``person`` names: the
    gazetteer's surname; the title held at ``published`` (any, if there is one title and
    no date) when a sentence naming them names that office (:func:`_office_named`); and
    the one country of their tenures."""
    known = _tenures(person)
    if not known or _people(known) != 1:
        return
    fields.surname = known[0].surname
    at = [t for t in known if published is not None and t.held_on(published)]
    if published is None and len({t.title for t in known}) == 1:
        at = known
    if (
        fields.title is None
        and at
        and (context is None or _office_named(*context, person, at[-1].title))
    ):
        fields.title = at[-1].title
        fields.inferred.append("title")
    countries = {t.country for t in (at or known)}
    if fields.country is None and len(countries) == 1 and None not in countries:
        fields.country = countries.pop()
        fields.inferred.append("country")


class _SentenceIndex:
    """The sentence holding a span, found by bisection."""

    def __init__(self, doc: Document) -> None:
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]
        self._folded: dict[int, str] = {}

    def at(self, span: Span) -> Sentence:
        """The sentence holding the start of ``span``."""
        return self.sentences[max(0, bisect.bisect_right(self.starts, span.start) - 1)]

    def before(self, span: Span) -> Sentence | None:
        """The sentence before the one holding the start of ``span``, if any."""
        at = bisect.bisect_right(self.starts, span.start) - 2
        return self.sentences[at] if at >= 0 else None

    def folded(self, start: int) -> str:
        """The case-folded text of the sentence starting at ``start``, folded once."""
        if start not in self._folded:
            self._folded[start] = self.at(Span(start, start)).text.casefold()
        return self._folded[start]
