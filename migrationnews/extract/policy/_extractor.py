"""The extractor: :func:`extract`, one sentence's actions read whole
(:func:`_sentence_actions`: candidates, status, actor, place and date), the actions
only a court states, and the measure a court's ruling acts on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from attrs import evolve

from migrationnews.extract.policy._actor import (
    _actor,
    _joint_subject,
    _measure_owner,
    _owner,
    _sentence_subject,
)
from migrationnews.extract.policy._candidates import (
    _CLAUSE_BREAK,
    _FINITE_PAST,
    _MAX_GAP_CHARS,
    _OWNER_WORDS,
    _REACH,
    _REFERRING,
    _VERBAL,
    _agreed,
    _Candidate,
    _is_noun,
    _merged,
    _modal_words,
    _noun_candidates,
    _objects,
    _read_by_verb,
    _verb_candidates,
    _Walk,
    _with_object,
    _without_overlaps,
    _Word,
    _word_before,
    _words,
)
from migrationnews.extract.policy._mentions import (
    _NAME_CHARS,
    _Context,
    _date,
    _in_own_language,
    _Mention,
    _official_mentions,
)
from migrationnews.extract.policy._merging import (
    _carried_actors,
    _deduplicated,
    _figure_in,
    _forces_sent,
    _Found,
    _governments_of_forces,
    _is_headline,
    _placed_by_referent,
    _placed_in_main_country,
    _reverse_undone_closures,
)
from migrationnews.extract.policy._place import (
    _AS_WRITTEN,
    _AT_CROSSINGS,
    _INTO,
    _PLACE_AFTER_CHARS,
    _own_place,
    _place,
    _referred_site,
    _Setting,
    _sites,
    _subject_site,
    _whole,
)
from migrationnews.extract.policy._rules import (
    _courts,
    _is_legislature,
    _modality,
    _Rule,
    _rules,
    _verb_pattern,
    _verb_readings,
)
from migrationnews.extract.policy._status import _RULED_ON, _status
from migrationnews.records import PolicyAction, PolicyKind, PolicyStatus
from migrationnews.text import Document, Sentence
from migrationnews.values import Period, Place, Span

_INTENDED_STATUSES = frozenset({PolicyStatus.PLANNED, PolicyStatus.ANNOUNCED})  # not yet done
_BACK_WORDS = 6  # words after the people moved within which "back" makes it a return
_VOTE_REACH = 30  # characters before an action within which "voted to" introduces it
_VOTABLE = frozenset(
    {PolicyKind.REGULATION, PolicyKind.EXECUTIVE_ACTION, PolicyKind.FUNDING, PolicyKind.CLOSURE}
)  # what a legislature's vote makes a law of ("voted to extend the emergency")
_UPHOLDING = frozenset({"ALLOW", "UPHOLD"})  # a court's verbs that let a measure stand
_CONTESTED = frozenset({"against", "over"})  # before a measure a suit or injunction is about
_PREDICATE = re.compile(
    r"""
    (?:[ ](?:is|was|are|were|be|been|to[ ]be|had[ ]been|has[ ]been|have[ ]been))?  # "is" ...
    (?:[ ][a-z]+ly)?            # ... an adverb perhaps ("was plainly unlawful") ...
    [ ]                         # ... then the word that condemns it
    """,
    re.VERBOSE | re.IGNORECASE,
)  # between a measure and the word a ruling condemns it with


def _sentence_actions(
    doc: Document,
    index: int,
    sentence: Sentence,
    officials: list[_Mention],
    setting: _Setting,
) -> Iterator[_Found]:
    """The actions of one sentence (the ``index``-th), in text order: each candidate with a
    status, its actor, kind (a court's ruling is a legal challenge, and what it rules on
    is challenged), place and date, and with what merging across sentences needs."""
    text = doc.text
    context: _Context | None = None
    headline = _is_headline(sentence)
    candidates, court_only = _sentence_candidates(text, sentence, setting, headline)
    ruled = challenged = False  # a court ruled, or a suit or ruling came, earlier in it
    for cand in sorted(candidates + court_only, key=lambda c: c.start):
        status = _status(text, sentence, cand)
        if status is None:
            continue
        if context is None:  # what the sentence names, read once for all its actions
            context = _Context.of(doc, sentence, officials, candidates)
        actor = _actor(text, sentence, context, cand, setting.dateline_end)
        if actor is None:  # no subject in its clause: the sentence's subject before it
            actor = _sentence_subject(text, sentence, context, cand, setting.dateline_end)
        actor = setting.judge(actor, cand.start)  # "a federal judge": the judge named nearby
        kind = cand.kind
        court = _by_court(cand, setting, actor)
        if not court and _needs_court(cand):
            continue  # "ordered", "blocked the push to": a ruling only when a court does it
        if court:  # "a judge halted the policy": a ruling, not a repeal
            kind = PolicyKind.LEGAL_CHALLENGE
            if status not in _INTENDED_STATUSES:
                status = PolicyStatus.ENACTED
            acted_on = _acted_on(text, sentence, context, setting, cand, index, status)
            if acted_on is None:
                acted_on = _ruled_unlawful(text, sentence, context, setting, cand, index, status)
            if acted_on is not None:
                yield acted_on
            upholds = cand.reading is not None and cand.reading.cls in _UPHOLDING
            ruled = ruled or (status is PolicyStatus.ENACTED and not upholds)
        elif (
            kind is not PolicyKind.LEGAL_CHALLENGE
            and status in _RULED_ON
            and (ruled or (challenged and _against(text, sentence, cand)))
        ):  # "ruled that she acted unlawfully when she ended the program", "an injunction
            status = PolicyStatus.CHALLENGED  # against the state's law": what is ruled on
        challenged = challenged or kind is PolicyKind.LEGAL_CHALLENGE
        kind = _moved(text, sentence, cand, kind)
        joint = _joint_subject(text, sentence, context, cand)
        if joint is not None:  # "Chile and Peru will launch a campaign": they agreed on it
            kind, actor = PolicyKind.AGREEMENT, joint
        if kind is PolicyKind.AGREEMENT and _is_legislature(actor):
            kind = PolicyKind.LAW  # a deal legislators strike is a bill, not a pact
        elif kind in _VOTABLE and _is_legislature(actor) and _voted(text, sentence, cand):
            kind = PolicyKind.LAW  # "parliament voted to extend the suspension": a law
        own = _own_site(doc, index, sentence, cand, setting.jurisdiction(actor))
        date = _date(context, cand)
        action = _action(text, sentence, setting, cand, own, kind, actor, status, date)
        yield _found(text, sentence, index, cand, action, own)


def _sentence_candidates(
    text: str, sentence: Sentence, setting: _Setting, headline: bool
) -> tuple[list[_Candidate], list[_Candidate]]:
    """The sentence's candidate actions (verbs with or without their objects, measures
    named by noun phrases; one per phrase), and, when the article names a court there,
    the verbs that state an action only when a court does it ("the court ruled")."""
    objects = _objects(text, sentence)
    verbal = list(_verb_candidates(text, sentence, objects, headline))
    nominal = list(_noun_candidates(text, objects, verbal, headline))
    candidates = _merged(text, _without_overlaps(verbal + nominal))
    court_only = (
        list(_court_only_candidates(text, sentence, candidates, headline))
        if setting.names_court(text, sentence)
        else []
    )
    if court_only:  # "upheld a lower court ruling": the ruling named is what was upheld
        candidates = [c for c in candidates if c.verb is not None or not _within(c, court_only)]
    return candidates, court_only


def _within(cand: _Candidate, others: list[_Candidate]) -> bool:
    """True when ``cand`` overlaps one of ``others`` (a court's verb and what it acts on)."""
    return any(other.start < cand.end and cand.start < other.end for other in others)


def _moved(text: str, sentence: Sentence, cand: _Candidate, kind: PolicyKind) -> PolicyKind:
    """The kind of an action that moves people: sending them "back" is a deportation
    ("send migrants back to their countries"); returning them to a city or state within
    the country is a regulation ("returned the migrants to Tapachula"); else ``kind``."""
    if _sent_back(text, sentence, cand):
        return PolicyKind.DEPORTATION
    if kind is PolicyKind.DEPORTATION and _returned_within(text, sentence, cand):
        return PolicyKind.REGULATION
    return kind


def _own_site(
    doc: Document, index: int, sentence: Sentence, cand: _Candidate, jurisdiction: Place | None
) -> Place | None:
    """The place the action's own words put it at: named in or right after its phrase,
    where its subject is, or referred back to ("police there"); for an action across the
    actor's territory ("troops deployed across the country"), the actor's jurisdiction."""
    text = doc.text
    own = (
        _own_place(text, sentence, cand)
        or _subject_site(text, sentence, cand)
        or _referred_site(text, doc.sentences, index, cand)
    )
    if own is None and jurisdiction is not None and _whole(text, sentence, cand):
        return jurisdiction  # "troops deployed across the country": the actor's own
    return own


def _action(
    text: str,
    sentence: Sentence,
    setting: _Setting,
    cand: _Candidate,
    own: Place | None,
    kind: PolicyKind,
    actor: str | None,
    status: PolicyStatus,
    date: Period | None,
) -> PolicyAction:
    """The record of a candidate with its kind, actor, status and date: its phrase as span
    and evidence, and its place from its own words (``own``), its actor's jurisdiction and
    the article's setting."""
    span = Span(cand.start, cand.end)
    return PolicyAction(
        kind=kind,
        span=span,
        evidence=span.of(text),
        actor=actor,
        place=_place(text, sentence, cand, own, setting.jurisdiction(actor), setting, actor),
        status=status,
        date=date,
    )


def _found(
    text: str,
    sentence: Sentence,
    index: int,
    cand: _Candidate,
    action: PolicyAction,
    own: Place | None,
) -> _Found:
    """The action with what merging across sentences reads from its phrase: whether it
    names a measure again ("the declaration", "challenged the measure"), the crossing's
    own name, bare forces sent, and a figure in it."""
    refers = cand.obj is not None and _word_before(text, sentence, cand.obj.start) in _REFERRING
    return _Found(
        cand=cand,
        action=action,
        sentence=index,
        own_place=own,
        name=_object_name(text, sentence, cand),
        definite=_is_noun(cand) and _word_before(text, sentence, cand.start) in {"the", "this"},
        refers=refers,
        forces=_forces_sent(text, sentence, cand),
        figure=_figure_in(text, cand),
    )


def _object_name(text: str, sentence: Sentence, cand: _Candidate) -> str | None:
    """The proper name written right before the crossing a closure or reopening acts on
    ("the Westgate crossing"): which one it is, when the gazetteer does not know it."""
    if cand.obj is None or cand.kind not in _AT_CROSSINGS:
        return None
    words = text[max(sentence.start, cand.obj.start - _NAME_CHARS) : cand.obj.start].split()
    name: list[str] = []
    while (
        words
        and words[-1][:1].isupper()
        and "DETERMINER" not in _modality().get(words[-1].lower(), frozenset())
    ):
        name.append(words.pop())
    return " ".join(reversed(name)) or None


def _against(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a measure named after "against" or "over" ("an injunction against the Texas
    law", "sued the governor over a newly installed barrier"), past a determiner and a word
    or two of its name; a participle before the measure's noun names it too."""
    if cand.verb is not None and not _adjectival(text, sentence, cand):
        return False
    words = text[max(sentence.start, cand.start - 40) : cand.start].split()[-_OWNER_WORDS:]
    return not _CONTESTED.isdisjoint(word.lower() for word in words)


def _adjectival(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a participle that stands before the measure it names, after a determiner
    or an adverb ("a newly installed barrier", "the expanded program")."""
    verb, obj, reading = cand.verb, cand.obj, cand.reading
    if verb is None or obj is None or reading is None or reading.form not in _FINITE_PAST:
        return False
    before = _word_before(text, sentence, verb.start)
    return verb.end <= obj.start and (
        before.endswith("ly") or "DETERMINER" in _modality().get(before, frozenset())
    )


def _returned_within(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for people returned to a city or state ("returned the migrants to Tapachula"):
    a move inside a country, which the guideline counts as a programme, not a deportation
    (to a country, or "back", it is one)."""
    if cand.reading is None or cand.reading.cls != "RETURN":
        return False
    stop = min(sentence.end, cand.end + _PLACE_AFTER_CHARS)
    for span, place in _sites(text, sentence, cand.start, stop):
        if _word_before(text, sentence, span.start) not in _INTO:
            continue
        return place.kind in _AS_WRITTEN  # the first place gone to decides
    return False


def _sent_back(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for people moved "back" ("send the migrants back to their countries", "flew
    them back home"): a return to where they came from, not a move inside a country."""
    if cand.reading is None or cand.reading.cls != "TRANSPORT" or cand.obj is None:
        return False
    after = text[cand.end : min(sentence.end, cand.end + _MAX_GAP_CHARS)]
    cut = _CLAUSE_BREAK.search(after)
    words = after[: cut.start() if cut else len(after)].split(",")[0].split()
    return "back" in (word.lower() for word in words[:_BACK_WORDS])


def _by_court(cand: _Candidate, setting: _Setting, actor: str | None) -> bool:
    """True when a court or judge does what a court's verb says ("a federal judge paused
    the rule", "the court ruled"): a ruling, whatever the verb would be for a government."""
    return (
        cand.reading is not None and cand.reading.cls in _courts().verbs and setting.is_court(actor)
    )


def _needs_court(cand: _Candidate) -> bool:
    """True for a phrase that is an action only when a court does it: a verb of the
    court-only classes ("ordered", "ruled"), or a court's verb on something that is a
    measure only in a court's hands ("blocked the push to", "halted the decision")."""
    courts = _courts()
    if cand.reading is None:
        return False
    cls = cand.reading.cls
    if cls in courts.only and (cls, cand.obj_class or "*") not in _rules():
        return True  # "the judge ordered" (a president who "ordered tariffs" imposed them)
    return cand.obj_class in courts.objects and cls in courts.verbs


def _court_only_candidates(
    text: str, sentence: Sentence, taken: list[_Candidate], headline: bool
) -> Iterator[_Candidate]:
    """The verbs that state an action only when a court does it ("the court ruled",
    "a judge ordered the agency to"), outside every other action's phrase. They are read
    after the others, so that a governor who "ordered the arrest" of migrants still made
    an arrest; whether a court is their actor is decided with the actors."""
    courts = _courts()
    readings = _verb_readings()
    rule = _Rule(PolicyKind.LEGAL_CHALLENGE, PolicyStatus.ENACTED, PolicyStatus.ENACTED)
    starts = [c.start for c in taken]
    for h in _verb_pattern().finditer(text, sentence.start, sentence.end):
        for reading in readings[text[h.first : h.last].lower()]:
            if reading.cls not in courts.only or reading.form not in _FINITE_PAST:
                continue
            near = bisect.bisect_right(starts, h.first)
            if near and taken[near - 1].end > h.first:
                break  # inside another action's phrase
            verb = _Word(h.first, h.last, text[h.first : h.last])
            end = _agreed(text, sentence, verb)  # "upheld a lower court ruling"
            yield _read_by_verb(rule, verb, reading, (verb.start, end), headline)
            break


def _acted_on(
    text: str,
    sentence: Sentence,
    context: _Context,
    setting: _Setting,
    ruling: _Candidate,
    index: int,
    status: PolicyStatus,
) -> _Found | None:
    """The measure a court's ruling acts on, as its own record ("blocked the state's new
    law": the law, challenged; "struck down the order": the order, reversed), when the
    ruling was made and its object names a measure. Its actor is the one whose measure it
    is ("Trump's attempt", "the Texas law"); a measure named again ("the law") is the one
    named before (see :func:`_deduplicated`)."""
    obj, reading = ruling.obj, ruling.reading
    courts = _courts()
    if obj is None or reading is None or status is not PolicyStatus.ENACTED:
        return None
    if reading.form not in _VERBAL:
        return None  # "lifted a pause on the law": a noun may itself be undone
    measure_status = courts.verbs.get(reading.cls)
    kind = courts.measures.get(ruling.obj_class or "")
    if kind is None and ruling.obj_class in courts.objects:
        kind = _attempted(text, sentence, obj, ruling.end)  # "Trump's push to end TPS"
    if measure_status is None or kind is None:
        return None
    after = obj.start > ruling.start
    if (
        after
        and _words(text[ruling.verb.end if ruling.verb else ruling.start : obj.start])
        > _OWNER_WORDS + 1
    ):
        return None  # "to end MPP did not violate the law": not what the court acted on
    end = ruling.end if after else obj.end
    cand = evolve(ruling, kind=kind, start=obj.start, end=end, verb=None, reading=None)
    actor = _measure_owner(text, sentence, context, obj, cand.end)
    return _measure_found(text, sentence, setting, cand, obj, (kind, measure_status), actor, index)


def _measure_found(
    text: str,
    sentence: Sentence,
    setting: _Setting,
    cand: _Candidate,
    obj: _Word,
    reading: tuple[PolicyKind, PolicyStatus],
    actor: str | None,
    index: int,
) -> _Found:
    """A measure a ruling acts on, as a found record: the measure named by ``obj`` with
    ``reading``'s kind and status; a measure named with a referring word ("the law") may be
    the one named before."""
    kind, status = reading
    own = _own_place(text, sentence, cand)
    action = _action(text, sentence, setting, cand, own, kind, actor, status, None)
    definite = _word_before(text, sentence, obj.start) in _REFERRING
    return _Found(
        cand=cand,
        action=action,
        sentence=index,
        own_place=own,
        name=None,
        definite=definite,
        refers=definite,
    )


def _voted(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for an action a vote introduces ("voted to extend the state of emergency"): the
    vote's words stand right before the action's verb, or before the verb whose object
    names the action ("voted to extend the suspension of asylum")."""
    start = max(sentence.start, cand.start - _VOTE_REACH)
    return any("VOTE" in classes for _word, classes in _modal_words(text, start, cand.start))


def _ruled_unlawful(
    text: str,
    sentence: Sentence,
    context: _Context,
    setting: _Setting,
    ruling: _Candidate,
    index: int,
    status: PolicyStatus,
) -> _Found | None:
    """The measure a ruling declares unlawful, as its own record, reversed ("ruled that the
    state's removal policy is unlawful", "found the order unconstitutional"): the measure is
    the last one named after the ruling's verb, in its clause, right before the predicate
    that condemns it; a ruling that finds a measure lawful makes no record of it (UK Supreme
    Court rulings in the Independent, Upday, BBC; US rulings in AP, Reuters, NPR)."""
    if status is not PolicyStatus.ENACTED or ruling.verb is None:
        return None
    courts = _courts()
    reach = min(sentence.end, ruling.verb.end + _REACH)
    condemned = next(
        (w for w, classes in _modal_words(text, ruling.verb.end, reach) if "UNLAWFUL" in classes),
        None,
    )
    if condemned is None or _CLAUSE_BREAK.search(text, ruling.verb.end, condemned.start):
        return None
    measures = [
        (obj, cls)
        for obj, cls in _objects(text, sentence).found
        if ruling.verb.end <= obj.start and obj.end <= condemned.start
    ]
    if not measures:
        return None
    head, cls = measures[-1]
    kind = courts.measures.get(cls)
    if kind is None or _PREDICATE.fullmatch(text, head.end, condemned.start) is None:
        return None  # "found that migrants crossing were illegal": no measure condemned
    first = head
    for obj, _cls in reversed(measures[:-1]):
        if text[obj.end : first.start] != " ":
            break
        first = obj  # "the deportation policy": the compound the possessor owns
    cand = evolve(ruling, kind=kind, start=first.start, end=head.end, verb=None, reading=None)
    actor = _owner(text, sentence, context, first)
    return _measure_found(
        text, sentence, setting, cand, first, (kind, PolicyStatus.REVERSED), actor, index
    )


def _attempted(text: str, sentence: Sentence, obj: _Word, end: int) -> PolicyKind | None:
    """The kind of measure an attempt names by what it is to do ("the push to terminate the
    legal status": a regulation; "the bid to restrict birthright citizenship"), when that
    verb and its object lie within the ruling's phrase (which ends at ``end``); else None."""
    if not text.startswith(" to ", obj.end):
        return None
    stop = min(end, sentence.end, obj.end + _REACH)  # a phrase, not the whole sentence
    phrase = Sentence(Span(obj.end, stop), text[obj.end : stop])
    objects = _objects(text, phrase)
    hits = _verb_pattern().finditer(text, obj.end + 4, stop)
    verb_starts = [h.first for h in hits]
    for h in hits[:1]:
        if h.first != obj.end + 4:
            break
        verb = _Word(h.first, h.last, text[h.first : h.last])
        walk = _Walk(text, phrase, verb, objects, verb_starts)
        for reading in _verb_readings()[verb.text.lower()]:
            if reading.form != "base":
                continue
            found = _with_object(walk, reading, False)
            if found is not None and found.end <= end:
                return found.kind
    return None


def extract(doc: Document) -> tuple[PolicyAction, ...]:
    """Every PolicyAction in the document, in text order."""
    officials = _official_mentions(doc)
    setting = _Setting.of(doc)
    found = [
        item
        for index, sentence in enumerate(doc.sentences)
        for item in _sentence_actions(doc, index, sentence, officials, setting)
    ]
    found = _deduplicated(_placed_by_referent(_reverse_undone_closures(_carried_actors(found))))
    found = _placed_in_main_country(_governments_of_forces(found, setting))
    actions = sorted((item.action for item in found), key=lambda a: a.span.start)
    return tuple(_in_own_language(action) for action in actions)
