"""The lifecycle reading of an action (:func:`_status`): planned, announced, enacted,
ongoing, reversed or challenged, or None for an action negated, wished for, generic or a
tally.

The words before the verb and their clause (modals, "plans to", a condition, reported
speech, a purpose clause that opens the sentence), the verb's tense and form, a verb that
ends the action, a lawsuit still pending, what a measure lets someone do, one person
arrested or deported.
"""

from __future__ import annotations

import re

from migrationnews.extract.policy._candidates import (
    _CLAUSE_BREAK,
    _COMMA,
    _FINITE_PAST,
    _MAX_BEFORE_WORDS,
    _MAX_GAP_CHARS,
    _MAX_GAP_WORDS,
    _MAX_LIST_WORDS,
    _OWNER_WORDS,
    _PEOPLE_CLASSES,
    _REACH,
    _REFERRING,
    _Candidate,
    _close_gap,
    _modal_class,
    _modal_names,
    _modal_words,
    _word_after,
    _word_before,
    _words,
)
from migrationnews.extract.policy._rules import (
    _modality,
    _object_classes,
    _object_pattern,
    _verb_readings,
)
from migrationnews.records import PolicyKind, PolicyStatus
from migrationnews.text import Sentence

_WINDOW_WORDS = 10  # words before a verb searched for its modality
_NEGATION_WORDS = 20  # words before a verb a negation or a wish reaches over
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "’ve"})  # a present perfect, not "had"
_DONE = frozenset({PolicyStatus.ENACTED, PolicyStatus.ONGOING})  # carried out, or under way
_RULED_ON = frozenset({PolicyStatus.ENACTED, PolicyStatus.REVERSED})  # what a court can challenge
_ENABLED_WORDS = 3  # words of "the authority to" before a verb it governs
_PERMITTING = frozenset({"LAW", "ORDER", "EMERGENCY", "RULE"})  # measures that allow what follows
_PLURAL_PRONOUNS = frozenset({"they", "we"})  # the subject of a present tense's base form
_ON_PEOPLE = frozenset({"ARREST", "DEPORT", "REMOVE", "RETURN", "CHARGE"})  # done to people
_SINGULAR_BE = frozenset({"was", "is"})  # before a passive whose subject is one person
_FINITE_ONLY = frozenset({"EFFECT"})  # classes that are actions only as finite verbs
_LAWSUIT_CLASS = "LAWSUIT"  # the object class of suits, injunctions and litigation
_EVENT_BEFORE = frozenset(
    {"after", "following", "over", "against", "under"}
)  # before a measure's noun: a measure that exists ("sue over an order", "under the law")
_PROSPECT_WORDS = 5  # the preposition, and at most three words of the gerund's subject
_REMAINS = frozenset({"BE", "ONGOING"})  # "remain": a state that holds, before a participle
_PREDICATE_WORDS = 3  # words between an event's noun and the modal of its predicate
_NOUN_PHRASE = frozenset({"PREPOSITION", "DETERMINER"})  # words still inside the noun phrase
_EVENTS = frozenset(
    {PolicyKind.DEPORTATION, PolicyKind.ENFORCEMENT, PolicyKind.CLOSURE, PolicyKind.REOPENING}
)  # actions that happen at a time, unlike documents adopted before they take effect
_DISPATCH = "DEPLOY"  # the verb class of sending and deploying people
_DISPATCHED = frozenset({"is", "are", "began", "begun"})  # "is sending", "began moving"
_PENDING_WORDS = frozenset(
    {"pending", "proceeds", "proceed", "continues", "continue", "ongoing", "unresolved"}
)  # after a suit: still before the courts ("as legal challenges continue")
_WORD = re.compile(
    r"""
    [^\s]+                      # a run of non-space: one word of a gap
    """,
    re.VERBOSE,
)
_PROGRESSIVE = re.compile(
    r"""
    (?<!\w)(?:is|are|was|were|been|being)  # a form of "be" ...
    \s+(?:[a-z]+ly\s+)?                    # ... an adverb perhaps ...
    [a-z]+ing(?!\w)                        # ... and a present participle: under way
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PAST_BEFORE = re.compile(
    r"""
    (?<!\w)(?:[a-z]+ed|was|were|had)(?!\w)  # a past verb: an -ing clause shares its tense
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SCARE_QUOTE = re.compile(
    r"""
    [\w'’-]+(?:[ ][\w'’-]+)?   # one or two words ...
    [”"]                        # ... closed by a quotation mark: a word in quotes
    """,
    re.VERBOSE,
)
_PARTIAL_QUOTE = re.compile(
    r"""
    [a-z][ ](?=[“"])            # a lower-case word, a space and a quotation mark: the
    """,  # quotation opens inside the clause ("vowed to "end the programme"")
    re.VERBOSE,
)
_QUOTES = frozenset('“"')  # marks that may open a quotation


def _clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last break or comma."""
    start = max(sentence.start, position - _REACH)
    quoted = -1  # where a short quotation closes: a word in quotes is no clause break
    for m in _CLAUSE_BREAK.finditer(text, start, position):
        if m.start() < quoted:
            continue  # the mark that closes it
        scare = _SCARE_QUOTE.match(text, m.end(), position) if m.group() in _QUOTES else None
        if scare is not None:
            quoted = scare.end()
            continue  # would "obviously" appeal: one clause
        if m.group() in _QUOTES and _PARTIAL_QUOTE.match(text, max(start, m.start() - 2)):
            continue  # would "appeal this wrong decision": a quotation the clause goes on in
        start = m.end()
    for m in _COMMA.finditer(text, start, position):
        start = m.end()
    return start


def _status(text: str, sentence: Sentence, cand: _Candidate) -> PolicyStatus | None:
    """The action's status, or None when the text negates it or only wishes for it. A
    measure an order directs is planned until the text says it was carried out."""
    status = _read_status(text, sentence, cand)
    if cand.directed and status in _DONE:
        return PolicyStatus.PLANNED
    if status in _DONE and _ended(text, sentence, cand):
        status = PolicyStatus.REVERSED  # "stopped issuing visas": what was done, ended
    if cand.contested and status in _RULED_ON:
        return PolicyStatus.CHALLENGED  # "the decision to end it was challenged in court"
    if status is PolicyStatus.ENACTED and _pending(text, sentence, cand):
        return PolicyStatus.ONGOING  # "lawsuits are pending": a suit not yet decided
    return status


def _pending(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a lawsuit the text says is still before the courts ("three lawsuits are
    pending", "while litigation proceeds", "the pending suit"): the guideline's ongoing
    suit (AP, USA Today, NPR on suits over TPS and parole)."""
    if cand.obj is None or cand.obj_class != _LAWSUIT_CLASS:
        return False
    if _word_before(text, sentence, cand.obj.start) == "pending":
        return True
    reach = min(sentence.end, cand.obj.end + _MAX_GAP_CHARS)
    for word in text[cand.obj.end : reach].lower().split()[:_MAX_GAP_WORDS]:
        if word.strip(".,;:") in _PENDING_WORDS:
            return True  # "lawsuits over the rule remain pending"
        if word[-1:] in ".,;:":
            return False  # the suit's clause ends here
    return False


def _ended(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for an -ing action right after a verb that ends it ("stopped issuing visas",
    "ceased deporting families"), or an action's noun right after it and a determiner
    ("the", "an", "its"): a pause or an end, so the action is reversed."""
    if cand.reading is None or cand.verb is None:
        return False
    before = _word_before(text, sentence, cand.verb.start)
    if cand.reading.form == "noun" and (
        before in _REFERRING or "DETERMINER" in _modality().get(before, frozenset())
    ):  # "rescinded the extension of protected status", "revoked an extension of TPS",
        start = text.rfind(before, sentence.start, cand.verb.start)  # "halted the
        before = _word_before(text, sentence, start)  # resettlement of refugees"
    elif cand.reading.form != "ing":
        return False
    return "ENDED" in _modality().get(before, frozenset())


def _read_status(text: str, sentence: Sentence, cand: _Candidate) -> PolicyStatus | None:
    """The action's status as its own words give it (see :func:`_status`)."""
    if _reduced_participle(text, cand):
        return cand.rule.fixed or PolicyStatus.ENACTED  # "under the law passed in May"
    anchor = cand.verb.start if cand.verb is not None else cand.start
    clause = _clause_start(text, sentence, anchor)
    window_words = [m.start() for m in _WORD.finditer(text, clause, anchor)]
    window = window_words[-_WINDOW_WORDS] if len(window_words) > _WINDOW_WORDS else clause
    scope = window_words[-_NEGATION_WORDS] if len(window_words) > _NEGATION_WORDS else clause
    own = _own_clause(text, cand, scope, anchor)
    window, scope = max(window, own), max(scope, own)
    if not _modal_class("NEGATION", "VAGUE", "GENERIC").isdisjoint(
        _modal_names(text, scope, anchor)
    ):
        return None  # "cannot use the authority to ... build the wall": not done
    if _prevented(text, sentence, cand, window, anchor):
        return None  # "an order that prevents the department from ending it": not done
    if _enabled(text, sentence, anchor):
        return None  # "a law that gave police the authority to arrest people": the law's
    if _permitted(text, sentence, cand, anchor):
        return None  # "the law would let police arrest migrants": what the law allows
    if _infinitive_only(text, sentence, cand, anchor):
        return None  # "allowed the law to take effect": the ruling's, not a new record
    if _prospect(text, sentence, anchor):
        return None  # "the fear of being deported": a risk, not an action taken
    if _fronted_purpose(text, sentence, cand, anchor):
        return None  # "To provide aid to border towns, the state will ...": a purpose
    if _individual(text, sentence, cand, anchor) or _gerund_subject(text, sentence, cand):
        return None  # "a migrant was detained", "deporting them will not solve it"
    if _after_event(text, sentence, cand):
        return cand.rule.fixed or PolicyStatus.ENACTED  # "will resume after a deal with X"
    ahead = _predicate_status(text, sentence, cand)
    if ahead is not None:
        return ahead  # "a deportation flight to Kigali will leave tonight": still to come
    if cand.verb is not None and "FUTURE" in _modality().get(cand.verb.text.lower(), ()):
        # a verb that tells its own future (Spanish "desplegará"): as after "will"
        return PolicyStatus.PLANNED if cand.rule.fixed else _future(text, sentence, anchor)
    ongoing = False  # "keeps sending": under way, unless a plan governs it ("vowed to keep")
    modal = _modal_words(text, window, anchor)
    if cand.rule.fixed is not None and modal and modal[-1][1] >= _REMAINS:
        return cand.rule.fixed  # "flights will remain suspended": suspended now, and after
    for at, (word, classes) in reversed(list(enumerate(modal))):
        if word.text == "May" and word.start > clause:
            continue  # the month, not the modal: "ended the quota in May"
        if "PLANNED" in classes:
            if cand.kind is PolicyKind.LEGAL_CHALLENGE:
                return PolicyStatus.PLANNED  # "announced it plans to appeal": the guideline's
            if any("ANNOUNCED" in found for _word, found in modal[:at]):  # announced appeal
                return PolicyStatus.ANNOUNCED  # "announced plans to deploy": made public
            return PolicyStatus.PLANNED
        if "FUTURE" in classes:
            if cand.rule.fixed is PolicyStatus.REVERSED and _announced(text, sentence, anchor):
                return PolicyStatus.REVERSED  # "announced it would suspend the programme": an
                # end decided and made public; one only threatened ("wrote that it would cut
                # off aid") stays planned
            if cand.rule.fixed is not None:
                return PolicyStatus.PLANNED  # "said it would sue": a threat, not yet filed
            return _future(text, sentence, anchor)
        if cand.rule.fixed is not None:
            continue  # "sued": only a plan ("will sue") overrides the status a verb fixes
        if "ANNOUNCED" in classes:
            return PolicyStatus.ONGOING if ongoing else PolicyStatus.ANNOUNCED
        if "ONGOING" in classes:
            ongoing = True
    if ongoing:
        return PolicyStatus.ONGOING
    form = cand.reading.form if cand.reading is not None else "noun"
    if cand.headline and form == "base" and _word_before(text, sentence, anchor) == "to":
        if cand.rule.fixed is not None:  # "Biden to end Title 42": to be done, as "will"
            return PolicyStatus.PLANNED
        return _future(text, sentence, anchor)  # "Texas to deploy more troops"
    if cand.rule.fixed is not None:
        return cand.rule.fixed
    if _PROGRESSIVE.search(text, window, anchor) is not None:
        return PolicyStatus.ONGOING  # "has been using aircraft to return migrants"
    if form == "ing":
        since = max(sentence.start, anchor - _REACH)
        main = _modal_names(text, since, clause) if clause > since else []
        if not _modal_class("PLANNED").isdisjoint(main):
            return PolicyStatus.PLANNED  # "plans to send troops, setting up checkpoints"
        if not _modal_class("FUTURE").isdisjoint(main):
            return _future(text, sentence, anchor)  # "will send troops, setting up ..."
        past = _PAST_BEFORE.search(text, since, anchor) is not None
        if past or _dispatching(text, sentence, cand, anchor):
            return PolicyStatus.ENACTED
        return PolicyStatus.ONGOING
    durative = cand.reading is not None and cand.reading.durative
    if durative and form in {"past", "participle"} and _present_perfect(text, sentence, anchor):
        return PolicyStatus.ONGOING  # "has spent $11 billion on the operation": goes on
    if form in {"past", "participle", "third"}:
        return PolicyStatus.ENACTED
    if form == "base":
        governed = _governed_infinitive(text, sentence, anchor)
        return governed or _bare_status(text, sentence, cand, anchor)
    return cand.rule.default


def _governed_infinitive(text: str, sentence: Sentence, anchor: int) -> PolicyStatus | None:
    """The status of an infinitive ("to remove migrants") that a future or a plan earlier
    in its sentence governs, past the words its own clause holds ("is going to pay for
    flights and offer help to Panama to remove migrants", "plans to hire agents to patrol
    the river"): what is still to be done is planned, or announced when an announcement
    states it; None when no such word stands before it."""
    if _word_before(text, sentence, anchor) != "to":
        return None
    since = max(sentence.start, anchor - _REACH)
    for word, classes in reversed(_modal_words(text, since, anchor)):
        if "PLANNED" in classes:
            return PolicyStatus.PLANNED
        if "FUTURE" in classes:
            return _future(text, sentence, word.start)
    return None


def _dispatching(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for a present progressive that sends or deploys what follows it ("the Pentagon
    is sending 1,000 more troops", "the administration is deploying 700 Marines"): news
    tells a dispatch just decided in that tense, so it is done, not under way; so is one
    that "began moving troops". Troops that "are deploying" with no object, "has been
    sending", and an activity that began ("began patrolling") go on (Axios, the
    Washington Post, Newsy, KUT, Bongino on troops sent to the border)."""
    reading = cand.reading
    if reading is None or reading.cls != _DISPATCH or cand.obj is None or cand.obj.start < anchor:
        return False
    after = _word_after(text, sentence, cand.verb.end) if cand.verb is not None else ""
    if "PREPOSITION" in _modality().get(after, frozenset()):
        return False  # "are deploying to support the mission": no object, a movement
    return _word_before(text, sentence, anchor) in _DISPATCHED


def _own_clause(text: str, cand: _Candidate, start: int, anchor: int) -> int:
    """Where a finite past verb's own clause begins when a conjunction of time or cause
    opens it ("will leave tonight after the court rejected the bid", "did not sign it
    because the court had blocked it"): past the last such conjunction between ``start``
    and the verb, so that a modal or a negation before it says nothing of this verb."""
    if cand.reading is None or cand.reading.form != "past":
        return start
    for word, classes in reversed(_modal_words(text, start, anchor)):
        if "SUBORDINATE" in classes:
            return word.end
    return start


def _predicate_status(text: str, sentence: Sentence, cand: _Candidate) -> PolicyStatus | None:
    """The status of an event named by a noun alone (a flight, a deployment, a closure)
    that is the subject of a future or planned predicate right after it ("a deportation
    flight to Kigali will leave tonight", "the operation is expected to start"): planned,
    or announced in reported speech. A document (a law, an order, a deal) that "will take
    effect" was adopted already, so only events read their status from what follows them
    (Metro, VOA, Reuters on Rwanda flights due to depart; AP on deployments to begin).
    An action's noun ("the deployment will consist of 13 units") has its predicate right
    after it, or after the object it names ("the deployment of troops will begin")."""
    if cand.kind not in _EVENTS:
        return None
    if cand.verb is None:
        starts = [cand.end]
    elif cand.reading is not None and cand.reading.form == "noun":
        starts = [cand.verb.end, cand.end] if cand.end > cand.verb.end else [cand.verb.end]
    else:
        return None
    for start in starts:
        status = _status_after(text, sentence, start)
        if status is not None:
            return status
    return None


def _status_after(text: str, sentence: Sentence, start: int) -> PolicyStatus | None:
    """The status a future or planned predicate right after ``start`` gives the noun
    phrase that ends there (see :func:`_predicate_status`), or None."""
    reach = min(sentence.end, start + _MAX_GAP_CHARS)
    for word, classes in _modal_words(text, start, reach):
        between = text[start : word.start]
        if any(mark in between for mark in ",;:()") or _words(between) > _PREDICATE_WORDS:
            return None  # an aside, or a clause of its own: not this noun's predicate
        if "FUTURE" in classes:
            return _future(text, sentence, word.start)
        if "PLANNED" in classes:
            return PolicyStatus.PLANNED
        if _NOUN_PHRASE.isdisjoint(classes):
            return None  # another word heads the predicate ("the flight was cancelled")
    return None


def _after_event(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a measure named by a noun phrase after "after" or "following" ("flights
    will resume after a deal with Caracas", "following a court decision in Rome"): what
    came before the clause's action, done, whatever that action's modal says of it; so is
    one a suit is over or against, or that an action is under ("will sue over an executive
    order", "flights will leave under the agreement"): it exists already."""
    if cand.verb is not None:
        return False
    words = text[max(sentence.start, cand.start - 40) : cand.start].lower().split()
    for word in reversed(words[-_OWNER_WORDS - 1 :]):
        if word in _EVENT_BEFORE:
            return True
        if not word.replace("-", "").isalpha():
            return False
    return False


def _bare_status(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> PolicyStatus:
    """The status a verb's base form gives when no modal stands before it (nor "to" in a
    headline: see :func:`_read_status`). Right after its plural subject it is a present
    tense, which in a headline states what was done ("Judges block the rule") and in body
    text what goes on ("soldiers patrol the river"); else ("to deploy", "help deploy") the
    rule's default."""
    reading, verb = cand.reading, cand.verb
    if reading is None or verb is None:
        return cand.rule.default
    if any(r.cls == reading.cls and r.form == "past" for r in _verb_readings()[verb.text.lower()]):
        return cand.rule.default  # "set up", "put", "cut": a past tense as likely
    before = text[max(sentence.start, anchor - 30) : anchor].split()
    word = before[-1] if before else ""
    subject = (
        word.lower() in _PLURAL_PRONOUNS
        or (
            word[:1].isupper() and len(before) > 1  # a name, not the sentence's first word
        )
        or (word.endswith("s") and word.isalpha() and word.lower() not in _modality())
    )
    if not subject:
        return cand.rule.default
    return PolicyStatus.ENACTED if cand.headline else PolicyStatus.ONGOING


def _prevented(text: str, sentence: Sentence, cand: _Candidate, start: int, anchor: int) -> bool:
    """True for an -ing action after "from" that a verb before it keeps from happening
    ("prevents the department from ending the program", "barred police from detaining")."""
    if cand.reading is None or cand.reading.form != "ing":
        return False
    if _word_before(text, sentence, anchor) != "from":
        return False
    return not _modal_class("PREVENT").isdisjoint(_modal_names(text, start, anchor))


def _enabled(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for a verb right after what a measure lets someone do ("the authority to
    arrest", "powers to detain"): part of the measure, not an action of its own."""
    words = text[max(sentence.start, anchor - 40) : anchor].lower().split()
    if words and words[-1].endswith("ly"):  # "the ability to quickly deport"
        words.pop()
    words = words[-_ENABLED_WORDS:]
    return any(
        "ENABLED" in _modality().get(" ".join(words[i:]), frozenset()) for i in range(len(words))
    )


def _permitted(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for an action a measure named before it lets someone do ("the law would allow
    police to arrest migrants", "a bill that lets officers detain"): it describes that
    measure, and is no action of its own (the guideline's clarification). Only a verb's
    base form after a permitting word ("allow", "let", "authorize") in the same sentence,
    with a measure ("law", "order", "rule") before that word, is one."""
    if cand.reading is None or cand.reading.form != "base":
        return False
    start = max(sentence.start, anchor - _REACH)
    permits = [m for m in _modal_words(text, start, anchor) if "PERMITS" in m[1]]
    if not permits:
        return False
    word, _classes = permits[-1]
    if _CLAUSE_BREAK.search(text, word.end, anchor) is not None:
        return False
    if _word_before(text, sentence, word.start) == "to":
        return True  # "postponed it for a week to allow the state to appeal": a purpose
    for earlier, _classes in reversed(permits[:-1]):  # "would let police arrest migrants
        between = text[earlier.end : word.start]  # and allow judges to deport them": the
        if _CLAUSE_BREAK.search(between) or _words(between) > _MAX_LIST_WORDS:  # measure
            break  # lets both, the second permission joined to the first by "and"
        if "and" not in between.lower().split():
            break
        word = earlier
    return any(
        _object_classes()[text[h.first : h.last].lower()] in _PERMITTING
        and _close_gap(text[h.last : word.start], max_words=_MAX_BEFORE_WORDS)
        for h in _object_pattern().finditer(text, start, word.start)
    )


def _infinitive_only(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for a verb that states an action only when finite ("the ban took effect"),
    used as an infinitive ("allowed the law to take effect", "is expected to take effect"):
    what another verb says of the measure, which that verb's record holds."""
    reading = cand.reading
    return (
        reading is not None
        and reading.cls in _FINITE_ONLY
        and reading.form in {"base", "ing"}
        and _word_before(text, sentence, anchor) in {"to", "from"}
    )


def _fronted_purpose(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for a verb in a purpose clause that opens its sentence ("To continue to
    provide aid to border towns, the city will ..."; "“To curb crossings, we will ..."):
    what an action is for, not an action (issue 12's audit: purposes read as actions)."""
    if cand.reading is None or cand.reading.form not in {"base", "ing"}:
        return False
    opening = text[sentence.start : anchor].lstrip('“"‘ ')
    return opening.startswith("To ") and _COMMA.search(opening) is None


def _prospect(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for a passive gerund governed by a preposition, right after it or past the
    gerund's own subject ("the risk of being deported", "for fear of being detained", "a
    risk of asylum seekers being returned"): what may happen to someone, not an action
    taken (UK Supreme Court summaries in Upday, the Independent, BBC on Rwanda)."""
    words = text[max(sentence.start, anchor - 60) : anchor].lower().split()
    if not words or words[-1] != "being":
        return False
    for word in reversed(words[-_PROSPECT_WORDS:-1]):
        if "PREPOSITION" in _modality().get(word, frozenset()):
            return True
        if not word.replace("-", "").isalpha():
            return False  # a comma or a figure: the gerund's clause ends there
    return False


def _individual(text: str, sentence: Sentence, cand: _Candidate, anchor: int) -> bool:
    """True for one person arrested, deported or charged, as a passive with a singular
    subject ("a Honduran migrant was detained", "her husband was deported"): what happened
    to someone, not a government's action (issue 12's false hits). A group ("the caravan
    was dispersed") or a plural ("migrants were deported") is an action."""
    reading = cand.reading
    if reading is None or reading.cls not in _ON_PEOPLE or reading.form not in _FINITE_PAST:
        return False
    words = text[max(sentence.start, anchor - 40) : anchor].lower().split()[-3:]
    if words and words[-1].endswith("ly"):
        words.pop()  # "was later deported"
    singular = bool(words) and (
        words[-1] in _SINGULAR_BE or (words[-1] == "been" and words[-2:-1] in (["has"], ["had"]))
    )
    if not singular:
        return False
    return cand.obj is None or (
        cand.obj_class in _PEOPLE_CLASSES and not cand.obj.text.endswith("s")
    )


def _gerund_subject(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for an -ing phrase that is the subject of what follows ("deporting migrants
    will not solve the problem", "building a wall would not stop them"), or that opens
    its sentence: an opinion about a measure, not an action taken."""
    if cand.reading is None or cand.reading.form != "ing" or cand.verb is None:
        return False
    if not text[sentence.start : cand.verb.start].strip('“"‘ \n'):
        return True  # "Building a wall that spans the border is not a solution": it opens
    before = _word_before(text, sentence, cand.verb.start)  # the sentence, its subject
    if _modality().get(before, frozenset()) & {"BE", "HAVE", "ONGOING"}:
        return False  # "is deporting", "keeps sending": a progressive, an action
    after = _word_after(text, sentence, cand.end)
    return bool(_modality().get(after, frozenset()) & {"FUTURE", "BE", "HAVE", "PLANNED"})


def _present_perfect(text: str, sentence: Sentence, anchor: int) -> bool:
    """True for "has" or "have" right before the verb (an adverb may stand between)."""
    words = text[max(sentence.start, anchor - 30) : anchor].split()[-2:]
    return any(word.lower() in _PRESENT_HAVE for word in words)


def _reduced_participle(text: str, cand: _Candidate) -> bool:
    """True for a measure named by the participle right after it ("the law passed by
    Congress"): done, whatever the clause around it says will happen."""
    verb, obj, reading = cand.verb, cand.obj, cand.reading
    return (
        verb is not None
        and obj is not None
        and reading is not None
        and reading.form in {"past", "participle"}
        and not reading.ergative
        and obj.end <= verb.start
        and not text[obj.end : verb.start].strip()
    )


def _future(text: str, sentence: Sentence, anchor: int) -> PolicyStatus:
    """A future modal: announced in reported speech ("said it will"), else planned."""
    return PolicyStatus.ANNOUNCED if _reported(text, sentence, anchor) else PolicyStatus.PLANNED


def _announced(text: str, sentence: Sentence, anchor: int) -> bool:
    """True when the sentence states an announcement ("announced", "unveiled") near the
    action: a decision made public, not only something someone said or threatened."""
    start, end = max(sentence.start, anchor - _REACH), min(sentence.end, anchor + _REACH)
    return not _modal_class("ANNOUNCED").isdisjoint(_modal_names(text, start, end))


def _reported(text: str, sentence: Sentence, anchor: int) -> bool:
    """True when the sentence reports what someone said ("said", "wrote", "according to")."""
    start, end = max(sentence.start, anchor - _REACH), min(sentence.end, anchor + _REACH)
    return not _modal_class("SPEECH").isdisjoint(_modal_names(text, start, end))
