"""The words the meeting readers look for, and the limits they share.

The meeting words of ``rules/meetings.tsv`` (``rules/es/meetings.tsv`` for a Spanish
article) become :class:`_Trigger` marks: an event word and its kind, whether it is a verb
or takes two sides, or a mark alone that plans or negates. :func:`_another_event`,
:func:`_marked` and :func:`_clause_end` ask what the marks say about a span. The small
words of each language (what leads an object, glues a list, opens a clause) are a
:class:`_Glue`; the office words of the title tables may sit between listed names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from attrs import frozen

from migrationnews import ruletables
from migrationnews.language import LANGUAGES, active, per_language
from migrationnews.records import MeetingKind
from migrationnews.ruledata import Hit, Vocabulary
from migrationnews.ruletables import MeetingRole, MeetingWord, SpanishTitleClass
from migrationnews.text import Sentence

# A word, or one other character: the tokens the readers count and look back over.
_WORD = re.compile(
    r"""
    \w+(?:['’\-]\w+)*               # a word; apostrophes and hyphens inside
    | \S                            # any other character, alone
    """,
    re.VERBOSE,
)
# The English small words (:data:`_GLUES` below has each language's).
_OBJECT_LEAD = frozenset({"with", "to", "the", "in", "by", "phone", "telephone"})
_CLAUSE = frozenset({"on", "about", "over", "in", "at", "to", "and", "this", "last", "next", "for"})
# Words before the visitor of a visit noun: "a visit (led) by", "a trip headed by".
_AGENT_LEAD = frozenset(
    {"with", "between", "by", "phone", "telephone", "led", "headed", "from"}
)  # "a call from President ...", "a visit from ..."
_REFERRING = frozenset({"the", "that", "this", "their", "his", "her", "its"})
_LIST_GLUE = frozenset(
    {",", "and", "&", "the", "his", "her", "their", "its", "counterpart", "counterparts", "of",
     "including", "officials", "delegation", "delegations", "team", "well", "a", "an", "led",
     "headed", "by", "that", "country", "nation", "capital", "new", "newly", "appointed",
     "elected", "incoming", "ms", "mr", "mrs", "dr", "dinner", "lunch", "luncheon",
     "breakfast", "reception", "banquet", "for", "inaugurated", "outgoing", "visiting",
     "re-elected", "reelected"}
)  # fmt: skip  # "the president of that country, Jo Ray", "the mayor of the capital, Jo Ray",
# "his new British counterpart, Ms Jo Ray", "the newly appointed minister, Jo Ray",
# "hosted a dinner for President Jo Ray", "with newly inaugurated President Jo Ray",
# "with the visiting Peruvian minister, Jo Ray", "his outgoing counterpart"
_CLAUSE_BREAK = re.compile(
    r"""
    \b(?:said|says|told|tells|that|according|after|before|when|while|because|as|since|but
    |although|criticized|criticised|accused|warned|urged|asked|praised|blamed)\b  # a new clause
    | [;:]                          # or a clause mark
    """,
    re.VERBOSE,
)
_GLUE = re.compile(r",|&|\b(?:and|with|joined)\b")  # what lists names or pairs them
_PUNCTUATION = re.compile(r"[;:.!?()]")  # what ends the phrase naming an event
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?")  # "talks between (the) ..."
_WITH = re.compile(r"\b(?:with|between)\b")  # where a visit or talks name whom they were with
# Words right before the place of a meeting or a visit: "in Lima", "visited Quito".
_PLACE_CUES = frozenset(
    {"in", "at", "to", "visited", "visit", "visiting", "from", "toured", "touring", "tour",
     "outside", "near"}
)  # fmt: skip


class _Glue(NamedTuple):
    """The small words of one language that the readers below look for."""

    object_lead: frozenset[str]  # before the object of a meeting word
    agent_lead: frozenset[str]  # before the visitor of a visit noun
    list_glue: frozenset[str]  # between the names of a list
    clause: frozenset[str]  # what opens the rest of the clause after a place
    glue: re.Pattern[str]  # what lists names or pairs them
    between: re.Pattern[str]  # "talks between (the) ..."
    with_: re.Pattern[str]  # where a visit or talks name whom they were with
    referring: frozenset[str]  # before a meeting noun that names an event told before
    place_cues: frozenset[str]  # right before the place of a meeting or a visit
    # the words right before a meeting noun that name it as a topic, not as an event told
    # ("talks about the summit", "trabajar en torno a la Cumbre"), ending at the noun
    topic_lead: re.Pattern[str] | None = None
    # a relative that opens the clause telling a meeting noun's time ("the summit that
    # will open", "la Cumbre que se celebrará"): a planned mark after it plans the event
    relative: re.Pattern[str] | None = None
    # whether one official's trip to a place abroad is a visit with its government
    # ("viajará a Washington"); English keeps only a trip planned for a stated day
    # ("will visit Ottawa on Monday"): the rest cost precision there
    trips: bool = False
    # an official joined by others in a meeting told before: "Ruiz was joined by X; Y",
    # "acompañada de X"; the officials after it join the one before it
    joined: re.Pattern[str] | None = None
    # a delegation named in a sentence of its own: the officials it names join the
    # meeting told just before ("the Mexican delegation included ...", "la comitiva");
    # its group "present" marks those present at an event the sentence names ("Also
    # present at the meeting were ...", "en el encuentro estuvieron presentes ...")
    delegation: re.Pattern[str] | None = None
    # a sentence that opens with its verb, its subject left unsaid (Spanish "De igual
    # manera, se reunirá con ..."): the one told of in the sentences before
    dropped_subject: re.Pattern[str] | None = None


# English: the sets above. Spanish: "se reunió con", "una llamada entre", "y", "con".
_GLUES = {
    "en": _Glue(
        object_lead=_OBJECT_LEAD,
        agent_lead=_AGENT_LEAD,
        list_glue=_LIST_GLUE,
        clause=_CLAUSE,
        glue=_GLUE,
        between=_BETWEEN,
        with_=_WITH,
        referring=_REFERRING,
        place_cues=_PLACE_CUES,
        joined=re.compile(
            r"\b(?:was|were|is|are|be|been|being)\s+(?:also\s+)?(?:joined|accompanied)\s+by\b",
            re.IGNORECASE,
        ),
        delegation=re.compile(
            r"""\b(?:delegations?
            |(?P<present>(?:was|were)\s+(?:also\s+)?present|also\s+present  # "Also present
            |(?:took|take|takes)\s+part\s+in\s+the\s+(?:meeting|talks|call)  # were A"
            |also\s+attending|(?:was|were)\s+(?:also\s+)?in\s+attendance  # "with A also
            |also\s+in\s+attendance  # attending", "A was also in attendance"
            |(?:joined|joins|join)\s+the\s+(?:meeting|talks|call|discussions?)  # "A joined
            |(?:taking|took|take|takes)\s+part\s+in\s+(?:the\s+)?(?:discussions?|talks  # the talks"
            |summit|conversations?)))\b""",  # "leaders taking part in discussions ... include"
            re.VERBOSE | re.IGNORECASE,
        ),
        topic_lead=re.compile(
            r"""
            \b(?:about|regarding|concerning|preparations\ for|in\ preparation\ for
            |to\ prepare\ for|to\ prepare)  # what is said or done about an event
            \s+(?:the\s+|a\s+|an\s+|next\s+(?:week['’]s\s+|month['’]s\s+)?)?  # its article
            (?:(?:upcoming|coming|forthcoming|planned|proposed)\s+)?\Z  # "the upcoming"
            """,
            re.VERBOSE | re.IGNORECASE,
        ),
        relative=re.compile(r"\s(?:that|which)\s+\Z", re.IGNORECASE),
    ),
    "es": _Glue(
        object_lead=frozenset({"con", "a", "el", "la", "en", "por", "teléfono", "telefónica"}),
        agent_lead=frozenset({"con", "entre", "por", "teléfono", "telefónica", "encabezada"}),
        # "el Mandatario de esa nación, Andrés Manuel López Obrador"
        list_glue=frozenset(
            {
                ",",
                "y",
                "e",
                "el",
                "la",
                "su",
                "sus",
                "homólogo",
                "homóloga",
                "de",
                "del",
                "esa",
                "ese",
            }
            | {"nación", "país", "capital"}  # "la Jefa de Gobierno de la capital, X"
            | {"homólogos", "homólogas", "homónimo", "homónima"}  # "su homónima mexicana"
        ),
        clause=frozenset({"en", "sobre", "a", "y", "este", "esta", "el", "para", "por"}),
        glue=re.compile(r",|&|\b(?:y|e|con)\b"),
        between=re.compile(r"\s+entre\s+(?:el\s+|la\s+|los\s+)?"),
        # "una delegación encabezada por ...": who make up a delegation
        # and the personal "a" before an official's office, after a date or a place
        # ("recibió este martes en Palacio Nacional a su homólogo", "... a la canciller")
        with_=re.compile(
            r"""\b(?:con|entre|al|(?:encabezad|liderad|integrad|presidid)[ao]s?\s+por
            |a(?=\s+(?:su|sus)\s)
            |a(?=\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+\s+(?-i:[A-ZÁÉÍÓÚÑ]))  # "a Alejandro Mayorkas"
            |a(?=\s+(?:la|el)\s+(?:presidente|presidenta|canciller|secretari[oa]|ministr[oa]
              |mandatari[oa]|primer|primera|vicepresidente|vicepresidenta|gobernador|gobernadora
              |embajador|embajadora|jefe|jefa)\b))\b""",
            re.VERBOSE | re.IGNORECASE,
        ),
        referring=frozenset(
            {"la", "el", "esta", "este", "esa", "ese", "dicha", "dicho", "su", "aquella"}
        ),
        place_cues=frozenset(
            {"en", "a", "hacia", "visitó", "visitará", "visita", "desde", "recorrió"}
        ),
        topic_lead=re.compile(
            r"""
            \b(?:en\ torno\ a|sobre|acerca\ de|respecto\ a|preparativos\ de|preparar
            |así\ como)  # what is said or done about an event
            \s+(?:la\s+|el\s+|las\s+|los\s+|una\s+|un\s+|próxima\s+|próximo\s+)?\Z  # its article
            """,
            re.VERBOSE | re.IGNORECASE,
        ),
        relative=re.compile(r"\s(?:que|la\ cual|el\ cual)\s+(?:se\s+)?\Z", re.IGNORECASE),
        trips=True,
        dropped_subject=re.compile(
            r"""\s*(?:[^\W\d_][\w\ ]{0,30},\s*)?  # "De igual manera, "
            (?:(?:también|además|luego|después|posteriormente)\s+)?\Z""",
            re.IGNORECASE | re.VERBOSE,
        ),
        joined=re.compile(r"\b(?:acompañad[oa]s?\s+(?:de|por)|junto\s+(?:a|con))\b", re.IGNORECASE),
        delegation=re.compile(
            r"""\b(?:comitivas?|delegaci(?:ón|ones)|representaci(?:ón|ones)
            |(?P<present>(?:estuvieron|estuvo|estarán|estará)\s+(?:también\s+)?presentes?
            |estarán|estuvieron  # "en el encuentro también estarán A; B"
            |particip(?:aron|an|arán|ó|a)|asisti(?:eron|rán|ó)  # "estuvieron presentes A; B"
            |confirmado\s+su\s+asistencia
            |(?:se\s+)?(?:unió|unieron|sumó|sumaron)\s+(?:también\s+)?a(?:l|\s+la)\s+  # "se unió
            (?:encuentro|reunión|conversación|diálogo)))\b""",  # al encuentro"
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
}


def _glue() -> _Glue:
    """The small words of the language being read (English for one without its own)."""
    return _GLUES.get(active(), _GLUES["en"])


_SUBJECT = 300  # characters before a meeting word where its subject is named
_MAX_PARTIES = 8  # officials taking part in one event, at most
_NEAR = 60  # characters around a meeting word where its place is named
_CARRY = 3  # sentences back where a held meeting stating no day or place finds a participant's


@frozen
class _Trigger:
    """What a word of the meetings table marks: an event of a kind, or a mark alone."""

    kind: MeetingKind | None  # None: a mark alone (planned, negated)
    verb: bool  # a verb ("met with"), not a noun ("a meeting")
    sides: bool = False  # "signed an accord with": a meeting only between two sides
    negates: bool = False  # "did not", "refused to": the event did not and will not happen
    # "will", "plans to", or a meeting word that tells its own tense ("viajará a"): the
    # event is still to come
    plans: bool = False
    tour: bool = False  # a trip of several stops: "una gira por Centroamérica"


@per_language
def _triggers() -> dict[str, _Trigger]:
    """The meeting words of the language being read, case-folded, each with its mark. A
    tour row marks the visit row of its word; a planned row of an event word ("visitará")
    marks that word planned instead of standing alone."""
    words = {}
    rows = ruletables.meeting_words(active())
    marks = {MeetingWord.PLANNED, MeetingWord.NEGATED, MeetingWord.NONE}
    planned = {row.form.casefold() for row in rows if row.kind is MeetingWord.PLANNED}
    tours = {row.form.casefold() for row in rows if row.kind is MeetingWord.TOUR}
    events = {row.form.casefold() for row in rows if row.kind not in marks | {MeetingWord.TOUR}}
    for row in rows:
        folded = row.form.casefold()
        if row.kind is MeetingWord.TOUR:
            continue  # a mark on its visit row (below)
        if row.kind is MeetingWord.PLANNED and folded in events:
            continue  # "visitará": a visit, and planned (below), not a mark alone
        words[folded] = _Trigger(
            kind=None if row.kind in marks else MeetingKind(row.kind),
            verb=row.role in {MeetingRole.VERB, MeetingRole.SIDES},
            sides=row.role is MeetingRole.SIDES,
            negates=row.kind is MeetingWord.NEGATED,
            # a planned mark, or a word that tells its own tense ("viajará a", "se reunirá
            # con"): the word, or its first word, is a planned mark
            plans=any(folded == p or folded.startswith(p + " ") for p in planned),
            tour=folded in tours,
        )
    return words


@per_language
def _pattern() -> Vocabulary:
    """The meeting words of the language being read, found in one scan per article."""
    return Vocabulary(_triggers(), per_article=True)


# The classes of es/titles.tsv that name no office: the small words and bodies.
_NOT_OFFICES = frozenset({SpanishTitleClass.JOIN, SpanishTitleClass.BODY, SpanishTitleClass.FORMER})


def _office_forms() -> list[str]:
    """The forms of the title table of the language being read that may name an office."""
    if active() == LANGUAGES[0]:
        return [row.form for row in ruletables.titles()]
    return [row.form for row in ruletables.spanish_titles() if row.cls not in _NOT_OFFICES]


@per_language
def _title_words() -> frozenset[str]:
    """Every word of an office's name ("foreign", "minister"; "secretaria"), which may sit
    between the names of a list ("met Mexico's foreign minister, Alicia Bárcena")."""
    return frozenset(word for form in _office_forms() for word in form.casefold().split() if word)


def _another_event(text: str, start: int, end: int) -> bool:
    """Whether a meeting word lies in ``text[start:end]``: "travel to X to meet Y, then to
    Z for talks with W" (W is no counterpart of the travel)."""
    vocabulary = _triggers()
    return any(
        vocabulary[m.group().casefold()].kind is not None
        for m in _pattern().finditer(text, start, end)
    )


def _topic_only(text: str, sentence: Sentence, word: Hit) -> bool:
    """Whether a meeting noun is only a topic, not an event told: "talks about the
    summit", "ahead of the summit", "trabajar en torno a la Cumbre", "así como la Cumbre"."""
    lead = _glue().topic_lead
    if lead is None:
        return False
    return lead.search(text, max(sentence.start, word.start() - 40), word.start()) is not None


def _planned_after(text: str, sentence: Sentence, word: Hit) -> bool:
    """Whether the clause after a meeting noun and its name plans it: a relative then a
    planned mark ("the summit, which will open on June 6", "a meeting to be held in Lima",
    "la Cumbre de las Américas que se celebrará del 6 al 10 de junio")."""
    relative = _glue().relative
    if relative is None:
        return False
    end = min(sentence.end, word.end() + _NEAR)
    stop = _PUNCTUATION.search(text, word.end(), end)
    end = stop.start() if stop is not None else end
    vocabulary = _triggers()
    for m in _pattern().finditer(text, word.end(), end):
        mark = m.group().casefold()
        if vocabulary[mark].plans and (
            mark.startswith("to ")  # "to be held", "to take place": a relative of its own
            or relative.search(text, max(word.end() - 1, m.start() - 20), m.start())
        ):
            return True
    return False


def _clause_end(text: str, sentence: Sentence, word: Hit) -> int:
    """Where the clause of a meeting word ends: at a semicolon, or at the next meeting
    verb ("met Paz on Monday; on Wednesday she met Ruiz", "met Paz and then visited ...")."""
    semicolon = text.find(";", word.end(), sentence.end)
    end = semicolon if semicolon >= 0 else sentence.end
    vocabulary = _triggers()
    for m in _pattern().finditer(text, word.end(), end):
        trigger = vocabulary[m.group().casefold()]
        if trigger.kind is not None and trigger.verb:
            return m.start()
    return end


def _marked(text: str, start: int, end: int) -> bool:
    """Whether a planned mark stands in ``text[start:end]``."""
    vocabulary = _triggers()
    for m in _pattern().finditer(text, start, end):
        mark = vocabulary[m.group().casefold()]
        if mark.plans:
            return True
    return False
