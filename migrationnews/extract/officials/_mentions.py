"""One sentence's mentions of people (:class:`_Mention`), in each shape a sentence names
an official: the title before the name ("Texas Gov. Greg Abbott"), an appositive after
it ("Jo Ray, secretary of homeland security,"), the names listed under a plural title
("Justices Ann Cole and Bo Diaz"), a congressional tag ("Jo Ray, R-Okla.") and "Jo Ray,
who heads Mexico's migration institute".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from attrs import frozen

from migrationnews import offices
from migrationnews.extract.officials._names import (
    _HONORIFICS,
    _known,
    _name_span,
    _name_word,
    _read_name,
    _read_name_back,
    _span,
)
from migrationnews.extract.officials._phrases import (
    _appositive_end,
    _extend,
    _object,
    _official_phrase,
    _Phrase,
    _phrase,
)
from migrationnews.extract.officials._reading import _Marks, _Tok
from migrationnews.extract.officials._vocabulary import _INSTITUTIONS, _NOT_NAME, _SMALL, _titles
from migrationnews.offices import Tenure
from migrationnews.values import Span

_SPEECH = frozenset({"said", "says", "told", "added", "noted", "stated"})
_MAX_MODIFIERS = 3  # lower-case words opening an appositive title: "newly elected"
_NOT_CURRENT = frozenset({"former", "ex", "late", "then", "outgoing", "disgraced"})
_PARTY_TAG = re.compile(
    r"""
    [RDI]                       # Republican, Democrat, Independent
    -                           # then a hyphen
    [A-Z][A-Za-z]*              # and a state abbreviation: R-Okla, D-N (of D-N.Y.)
    \Z                          # the whole token
    """,
    re.VERBOSE,
)
_RANKS = frozenset(
    {"Lt", "Sgt", "Capt", "Col", "Maj", "Gen", "Adm", "Cmdr", "Cpl", "Lieutenant", "Sergeant",
     "Captain", "Colonel", "Trooper", "Officer", "Agent"}
)  # fmt: skip
# What an officer of a rank does for a body ("Maj. Jo Ray, spokesman for ..."): the roles
# by which a state's force or agency speaks or is led.
_OFFICER_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "head", "director"}
)
_SERVES = frozenset({"serves", "served", "acts", "acted", "works"})  # "who serves as"
_HEAD_VERBS = frozenset(
    {"heads", "leads", "runs", "directs", "chairs", "oversees", "headed", "led"}
)


@frozen
class _Mention:
    """One mention of a person: the name as written, and what the text says around it."""

    name: tuple[str, ...]  # the name's words, possessive endings dropped
    span: Span
    title: str | None = None
    country: str | None = None  # stated by the text (adjective, possessive, state)
    hint: str | None = None  # implied by the office words ("Sen.", "Homeland Security")
    holder: tuple[Tenure, ...] = ()  # gazetteer tenures when the name is a full gazetteer form


@frozen
class _Found:
    """A mention read from a sentence, and the tokens [start, end) it was read from: the
    name and its title."""

    mention: _Mention
    start: int
    end: int


def _after_name_ok(toks: Sequence[_Tok], marks: _Marks, k: int) -> bool:
    """False when the name is followed by "of <an organisation we do not know>"."""
    if k + 1 >= len(toks) or toks[k].text.lower() != "of":
        return True
    nxt = k + 1 + (toks[k + 1].text.lower() == "the" and k + 2 < len(toks))
    if nxt in marks.countries or nxt in marks.places:
        return True
    for at in range(nxt, min(len(toks), nxt + 4)):  # "of the Southern District of Texas"
        if at in marks.words:
            return marks.words[at].word.cls == "body"
        if not (toks[at].cap and toks[at].word):
            break
    return not toks[nxt].cap


def _sentence_mentions(
    toks: Sequence[_Tok], marks: _Marks, taken: set[int], previous: list[_Mention]
) -> None:
    """Add the titled mentions of one sentence to ``previous``; ``taken`` collects the
    tokens read (names and their titles)."""
    heads = sorted(
        i for i, run in marks.words.items() if run.word.cls in {"office", "role", "counterpart"}
    )
    headline = _headline(toks)
    for head in heads:
        if head in taken:
            continue
        found = _before_name(toks, marks, head, previous, headline)
        if found is None or len(found.mention.name) == 1:
            # "Jo Ray, Deputy Secretary for Border Policy," is no title before "Policy"
            found = _appositive(toks, marks, head, taken, previous) or found
        if found is not None:
            taken.update(range(found.start, found.end))
            previous.append(found.mention)
            if _plural(marks.words[head].written):
                end = _listed(toks, marks, found.end, found.mention, previous)
                taken.update(range(found.start, end))
    _tagged(toks, marks, taken, previous)


def _plural(written: str) -> bool:
    """Whether an office word names several holders: "Justices", "Sens." (the plural of a
    row of titles.tsv with the same title: "justice"+"s", "sen." -> "sens.")."""
    form = written.casefold()
    words = _titles()
    word = words.get(form)
    if word is None:
        return False
    if form.endswith("ies"):
        single = form[:-3] + "y"  # "secretaries"
    elif form.endswith("s."):
        single = form[:-2] + "."  # "sens."
    elif form.endswith("s"):
        single = form[:-1]  # "justices"
    else:
        return False
    other = words.get(single)
    return (
        other is not None
        and (other.title or single).casefold() == (word.title or single).casefold()
    )


def _listed(
    toks: Sequence[_Tok], marks: _Marks, k: int, first: _Mention, previous: list[_Mention]
) -> int:
    """The names listed after the first one under a plural title ("Justices Ann Cole, Bo
    Diaz, and Cy Fenn"): each holds the same office. The index after the list."""
    while k < len(toks):
        at = k
        if toks[at].text == ",":
            at += 1
        if at < len(toks) and toks[at].text == "and":
            at += 1
        title = first.title
        domain = _domain_run(toks, marks, at) if at > k else None
        if domain is not None and first.title:
            # "the ministers of Foreign Affairs Jo Ray and Shipping Ana Paz": each holder
            # of the office over their own domain
            office = re.split(r" (?:of|for) ", first.title, maxsplit=1)[0]
            title = f"{office} of {' '.join(t.text for t in toks[at:domain])}"
            at = domain + (domain < len(toks) and toks[domain].text == ",")
        if at == k or at >= len(toks) or at in marks.words:
            break
        if _place_alone(toks, marks, at):
            break  # "Presidents of Guatemala, Honduras and El Salvador": places, not names
        end, words = _read_name(toks, at, marks)
        if not words or not _after_name_ok(toks, marks, end):
            break
        previous.append(
            attrs.evolve(
                first,
                title=title,
                name=words,
                span=_name_span(toks, at, end),
                holder=offices.lookup(" ".join(words)),
            )
        )
        k = end
    return k


def _domain_run(toks: Sequence[_Tok], marks: _Marks, at: int) -> int | None:
    """The index after the domains a listed holder's office is named by, from ``at``
    ("Shipping and Island Policy", "Interior"): body words of titles.tsv joined by "and"
    or "of"; None when no body word stands at ``at``."""
    end = None
    while at in marks.words and marks.words[at].word.cls == "body":
        end = at = marks.words[at].end
        if at + 1 < len(toks) and toks[at].text in {"and", "of"} and at + 1 in marks.words:
            at += 1
    return end


def _headline(toks: Sequence[_Tok]) -> bool:
    """A title-case line without a closing stop: "Mexican President Says Caravan Will Stop"."""
    if not toks or toks[-1].text in {".", "!", "?", "”", '"', "’", "'", ")"}:
        return False
    words = [t for t in toks if t.word and t.text[:1].isalpha() and t.text not in _SMALL]
    return len(words) >= 4 and sum(t.cap for t in words) > 0.8 * len(words)


# An office's abbreviation in brackets between it and its holder: "(MoI)", "(DHS)".
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]{1,4}")


def _before_name(
    toks: Sequence[_Tok], marks: _Marks, head: int, previous: list[_Mention], headline: bool
) -> _Found | None:
    """The title before the name: "Texas Gov. Greg Abbott", "the acting chief, Jo Ray"."""
    phrase = _phrase(toks, marks, head, 0, headline=headline)
    if not _official_phrase(phrase) or toks[phrase.end - 1].possessive:
        return None  # "the President's Council" owns what follows
    at = _posting(toks, marks, phrase.end)  # "Colombia's ambassador in Washington, Jo Ray"
    comma = at < len(toks) and toks[at].text == ","
    posted = at > phrase.end
    if posted and not (comma and phrase.determiner):
        return None  # a posting sets the name off by a comma after a determiner only
    if comma and phrase.determiner:
        at += 1
    elif comma and (phrase.start == 0 or phrase.end > head + 1 or phrase.counterpart):
        # "Secretary of Homeland Security, Jo Ray, said": the name set off by commas;
        # "his British counterpart, Ms Jo Ray"
        end, words = _read_name(toks, _honorific_end(toks, at + 1), marks)
        if words and len(words) >= 2 and _appositive_end(toks, end):
            at += 1
    if (
        not comma
        and at + 2 < len(toks)
        and toks[at].text == "("
        and toks[at + 2].text == ")"
        and _ABBREVIATION.fullmatch(toks[at + 1].text)
    ):
        at += 3  # "Minister of Interior (MoI) Jo Ray": the office's abbreviation
    while at < len(toks) and (toks[at].text in _RANKS or _courtesy(toks[at].text)):
        # "spokesman Lt. Jo Ray", "his British counterpart, Ms Jo Ray"
        at += 2 if at + 1 < len(toks) and toks[at + 1].text == "." else 1
    if at > 0 and toks[at - 1].text == "," and _place_listed(toks, marks, at):
        return None  # "the presidents of Guatemala, Honduras and ...": no name follows
    end, words = _read_name(toks, at, marks)
    while headline and words and not _known(words):
        # "Mexican President Says Caravan Will Stop": only a known name counts
        end, words = _read_name(toks, at, marks, limit=len(words) - 1)
    if not words or not _after_name_ok(toks, marks, end):
        return None
    if posted and (len(words) < 2 or not _appositive_end(toks, end)):
        return None  # "a judge in Austin, TX issued": a name set off on both sides only
    phrase.country = phrase.country or _of_place(toks, marks, end)
    mention = _mention(phrase, words, _name_span(toks, at, end), previous)
    return None if mention is None else _Found(mention=mention, start=phrase.start, end=end)


def _appositive(
    toks: Sequence[_Tok], marks: _Marks, head: int, taken: set[int], previous: list[_Mention]
) -> _Found | None:
    """An appositive after the name: "Jo Ray, secretary of homeland security,"."""
    loose = _phrase(toks, marks, head, 0, loose=True)
    _extend(toks, marks, loose)
    if loose.body is not None and loose.head in _OFFICER_ROLES and _ranked(toks, loose.start):
        # "Maj. Jo Ray, spokesman for the Joint Task Force": an officer speaks for a
        # body of the state the vocabulary does not list
        loose.negative = False
        loose.offices += 1
        loose.end, parts = loose.body
        loose.parts.extend(parts)
    end = _posting(toks, marks, loose.end)
    if end > loose.end and toks[loose.end].text == "from" and loose.country is None:
        # "a state senator from Arizona": the government they serve
        found = marks.places.get(loose.end + 1) or marks.countries.get(loose.end + 1)
        loose.country = found.country if found is not None else None
    if not _official_phrase(loose) or not _appositive_end(toks, end):
        return None
    comma = _modified_from(toks, loose.start)  # "Jo Ray, (the newly elected) secretary"
    if (
        comma >= 3
        and toks[comma].text == "as"
        and toks[comma - 1].text in _SERVES
        and toks[comma - 2].text == "who"
        and toks[comma - 3].text == ","
    ):
        comma -= 3  # "Jo Ray, who serves as Italy's interior minister,"
    if comma < 1 or toks[comma].text not in {",", "as"}:
        return None
    if toks[comma + 1].text in {"a", "an"} and end < len(toks) and toks[end].text in _SPEECH:
        return None  # "... with President Jo Ray, a ministry spokesperson said": the speaker
    name_end = _before_of_place(toks, marks, comma)
    begin, words = _read_name_back(toks, name_end)
    if not words or (
        len(words) < 2 and not _known(words) and not _lone_name(toks, marks, loose, begin)
    ):
        return None
    if any(k in taken for k in range(begin, name_end)):
        _specify(previous, _span(toks, begin, name_end), loose)
        return None
    mention = _mention(loose, words, _span(toks, begin, name_end), previous)
    return None if mention is None else _Found(mention=mention, start=begin, end=end)


def _place_alone(toks: Sequence[_Tok], marks: _Marks, at: int) -> bool:
    """Whether a country or place starts at token ``at`` with no name word after it:
    "Honduras," in a list of countries (not "Georgia Banks", "Montserrat Caballero")."""
    found = marks.countries.get(at) or marks.places.get(at)
    if found is None:
        return False
    return found.end >= len(toks) or not _name_word(toks[found.end])


def _place_listed(toks: Sequence[_Tok], marks: _Marks, at: int) -> bool:
    """Whether a country or place alone at token ``at`` goes on a list ("Guatemala,
    Honduras and El Salvador"): followed by a comma or "and"."""
    found = marks.countries.get(at) or marks.places.get(at)
    return (
        _place_alone(toks, marks, at)
        and found is not None
        and found.end < len(toks)
        and toks[found.end].text in {",", "and", "&", "or"}
    )


def _honorific_end(toks: Sequence[_Tok], at: int) -> int:
    """The token after a courtesy title at ``at`` ("Ms", "Mr."), else ``at``."""
    if at < len(toks) and _courtesy(toks[at].text):
        return at + 2 if at + 1 < len(toks) and toks[at + 1].text == "." else at + 1
    return at


def _courtesy(text: str) -> bool:
    """Whether a token is a courtesy title before a name: "Ms", "Mr", "H.E." (His or Her
    Excellency)."""
    return text in _HONORIFICS or text in {"H.E.", "H.E"}


def _lone_name(toks: Sequence[_Tok], marks: _Marks, post: _Phrase, begin: int) -> bool:
    """Whether a surname written alone before an appositive office is a person: the post
    states the government served ("Ray, France's interior minister,", "Ray, the Greek
    foreign minister,") and the word is no place, opening no sentence."""
    return (
        post.country is not None
        and post.offices > 0
        and begin > 0
        and begin not in marks.countries
        and begin not in marks.places
    )


def _modified_from(toks: Sequence[_Tok], start: int) -> int:
    """The token before an appositive title at ``start`` and the article and modifiers
    that may open it: the comma of "Jo Ray, the newly elected president of Peru," (up to
    :data:`_MAX_MODIFIERS` lower-case words after "the" or "a"; not "former")."""
    k = start - 1
    lowered = 0
    while k >= 1 and lowered < _MAX_MODIFIERS and toks[k].word and not toks[k].cap:
        if toks[k].text.casefold() in _NOT_CURRENT:
            return start - 1
        if toks[k].text in {"the", "a", "an"}:
            return k - 1
        lowered += 1
        k -= 1
    return start - 1


def _ranked(toks: Sequence[_Tok], start: int) -> bool:
    """Whether the name before the appositive at ``start`` ("Maj. Jo Ray, spokesman ...")
    follows a military or police rank."""
    comma = start - 1
    if comma < 1 or toks[comma].text != ",":
        return False
    begin, words = _read_name_back(toks, comma)
    at = begin - 1
    if at >= 0 and toks[at].text == ".":
        at -= 1
    return bool(words) and at >= 0 and toks[at].text in _RANKS


def _before_of_place(toks: Sequence[_Tok], marks: _Marks, k: int) -> int:
    """Where a name ends before "of <place>" ending at token ``k`` ("Jo Ray of Texas,"),
    else ``k``."""
    found = marks.places_end.get(k) or marks.countries_end.get(k)
    if found is not None and found.start >= 2 and toks[found.start - 1].text == "of":
        return found.start - 1
    return k


def _specify(previous: list[_Mention], span: Span, post: _Phrase) -> None:
    """Give the mention at ``span`` the post its appositive names when its own title is
    a bare office word: "Rep. Jo Ray of Texas, the House minority leader," is the House
    Minority Leader, not just a Representative."""
    title = post.title()
    if title is None or post.counterpart or not _official_phrase(post):
        return
    for i in range(len(previous) - 1, -1, -1):
        mention = previous[i]
        if mention.span.end != span.end or mention.span.start < span.start:
            continue  # the name the appositive follows (read back, it may take the title)
        if mention.title is not None and len(mention.title.split()) == 1 < len(title.split()):
            previous[i] = attrs.evolve(
                mention, title=title, country=mention.country or post.country
            )
        return


def _posting(toks: Sequence[_Tok], marks: _Marks, k: int) -> int:
    """The end of "in Panama" after an appositive office ("the IOM's chief of mission in
    Panama,"), where the appositive then ends; else ``k``. The post names no government."""
    if k + 1 >= len(toks) or toks[k].text not in {"in", "from"}:
        return k  # "the IOM's chief in Panama,", "a state senator from Arizona,"
    found = marks.places.get(k + 1) or marks.countries.get(k + 1)
    if found is None or not _appositive_end(toks, found.end):
        return k
    return found.end


def _of_place(toks: Sequence[_Tok], marks: _Marks, k: int) -> str | None:
    """The country of "of New York" after a name ("Chuck Schumer of New York")."""
    if k + 1 < len(toks) and toks[k].text == "of":
        if k + 1 in marks.countries:
            return marks.countries[k + 1].country
        if k + 1 in marks.places:
            return marks.places[k + 1].country
    return None


def _mention(
    phrase: _Phrase, words: tuple[str, ...], span: Span, previous: list[_Mention]
) -> _Mention | None:
    """The mention of the name ``words`` under ``phrase``; a counterpart takes the title of
    the last titled mention before it. None for a body ("the Secretary General Assembly")."""
    if all(w in _NOT_NAME for w in words) or words[-1].lower() in _INSTITUTIONS:
        return None  # "the Secretary General Assembly": a body, not a person
    title = phrase.title()
    if phrase.counterpart:
        # the office of the official named before; none named: an official whose office
        # the text leaves unsaid ("Jo Ray met his Greek counterpart Bo Diaz")
        before = next((m for m in reversed(previous) if m.title), None)
        if before is None and phrase.country is None:
            return None  # "the boxer met his counterpart": no government named
        title = None if before is None else before.title
    return _Mention(
        name=words,
        span=span,
        title=title,
        country=phrase.country,
        hint=phrase.hint,
        holder=offices.lookup(" ".join(words)),
    )


def _tagged(toks: Sequence[_Tok], marks: _Marks, taken: set[int], previous: list[_Mention]) -> None:
    """ "Jo Ray, R-Okla.," and "Jo Ray, who heads Mexico's migration institute"."""
    for k, tok in enumerate(toks):
        if tok.text != "," or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        if not (nxt.text == "who" or _PARTY_TAG.match(nxt.text)):
            continue  # neither tag follows the comma: no name to read back
        begin, words = _read_name_back(toks, k)
        if len(words) < 2 or any(i in taken for i in range(begin, k)):
            continue
        if _PARTY_TAG.match(nxt.text):
            mention = _Mention(name=words, span=_span(toks, begin, k), country="US")
        elif nxt.text == "who" and k + 2 < len(toks) and toks[k + 2].text.lower() in _HEAD_VERBS:
            phrase = _Phrase(start=k + 3, end=k + 3, parts=["Head"])
            _object(toks, marks, k + 3, phrase)
            if phrase.bodies == 0 or phrase.negative:
                continue
            mention = _Mention(
                name=words,
                span=_span(toks, begin, k),
                title=phrase.title(),
                country=phrase.country,
                hint=phrase.hint,
                holder=offices.lookup(" ".join(words)),
            )
        else:
            continue
        taken.update(range(begin, k))
        previous.append(mention)
