"""The actor of an action (:func:`_actor`): among the sentence's mentions, the verb's
subject in its clause (past a group noun, an aside, a list), the possessor of a measure,
a passive's agent, an official who says what his own country will do, or the
governments that set a measure up together; a court acts only by ruling.
"""

from __future__ import annotations

import bisect
import re

from migrationnews import ruletables
from migrationnews._caches import per_article
from migrationnews.extract.policy._candidates import (
    _FINITE_PAST,
    _NEAR_PHRASES,
    _OWNER_WORDS,
    _POSSESSIVE,
    _REACH,
    _VERBAL,
    _Candidate,
    _close_gap,
    _is_noun,
    _modal_class,
    _Word,
    _word_after,
    _word_before,
    _words,
)
from migrationnews.extract.policy._mentions import (
    _JURISDICTIONS,
    _NAME_CHARS,
    _antecedent,
    _as_named,
    _Context,
    _country_before,
    _in_case_name,
    _named,
)
from migrationnews.extract.policy._rules import (
    _TITLE_WORDS,
    _bodies,
    _body_countries,
    _body_pattern,
    _courts,
    _measure_classes,
    _modality,
    _object_classes,
    _references_table,
    _verb_readings,
    list_joins,
    reference_forms,
)
from migrationnews.gazetteer import find_places, place_named
from migrationnews.language import active, per_language
from migrationnews.records import PolicyKind, PolicyStatus
from migrationnews.ruledata import compile_words, country_names, words_pattern
from migrationnews.ruletables import BodyRole, ReferenceClass
from migrationnews.text import Sentence
from migrationnews.values import PlaceKind, Span

_GOVERNED = frozenset({PlaceKind.COUNTRY, PlaceKind.STATE})  # what holds offices: "Arizona's"
_SERVED_KINDS = _GOVERNED | {PlaceKind.CITY}  # what "the officials of" may serve
_HYPHENATED = re.compile(r"[-–][a-z]+(?=[ ])")  # after a name, before its measure: "-era"
_OPENING_QUOTES = ('"', "“")  # a quotation that opens a sentence
_CLOSING_QUOTES = ('"', "”")  # ... and ends before the phrase: the phrase is outside it
_QUOTE_BACK_CHARS = 200  # how far before a quotation its speaker's attribution ends
_BELONGS = frozenset({"from", "of"})  # "agents from the Border Patrol": its forces
_SUBJECT_WORDS = 3  # words allowed between a subject's place and the verb ("in Laredo on Monday")
_AGENT_NEAR = 40  # characters after a passive within which its "by" agent comes first
_JOINT_CLASSES = frozenset({"ESTABLISH", "ANNOUNCE"})  # setting a measure up, together: a deal
_MAX_JOINT_GAP_WORDS = 2  # words between joined subjects and their verb ("will jointly")
_FUNCTION = frozenset(  # modality classes of words that are no modifier of a noun
    {"PREPOSITION", "CONJUNCTION", "LINK", "AGENT", "RELATIVE", "DETERMINER", "BE", "HAVE"}
    | {"FUTURE", "SPEECH", "NEGATION", "VAGUE", "PLANNED", "ANNOUNCED", "PERMITS"}
)
_MAX_LISTED = 12  # names of one list of who acts ("Texas, Idaho and 14 other states")
_MODIFIER_WORDS = 2  # lower-case words between an owner and its measure ("state law")
_OF_GAPS = frozenset({" of ", " from "})  # between an official and his country, named after
_CLOSING = ".,;:!?\"'”’)"  # what may close a sentence or a clause right after its last word
_QUOTES = " \"'“”‘’"  # around a measure's name, and the spaces beside them
_ADVERB_CHARS = 30  # characters between a comma and a participle ("effectively")
_INFINITIVE_WORDS = 6  # words from a possessor to "to" ("'s escalation of raids to")
_IT_CHARS = 40  # characters before a verb within which its subject "it" stands
_IT_WORDS = 4  # words from "it" to its verb, itself included ("it has now lifted")
_IT_BACK_CHARS = 600  # how far back "it" looks for the court or body it refers to
_CONTACT_GAP_WORDS = 2  # words about a relative clause's subject ("the rule it quietly issued")
_CONTESTING = frozenset({"BLOCK", "STRIKE_DOWN", "RULE_ON", "UPHOLD"})  # policy_courts.tsv
# verb classes that act on a measure from outside, as a court or a plaintiff does (not
# CLOSE, REVERSE or ORDER: governments close, reverse and order their own measures too)
_CONTESTED_WORDS = 14  # words before a measure within which the verb contesting it stands
_BE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})  # of a passive
_APPOSITION_CHARS = 40  # how far before a measure's noun the comma of its apposition stands
_APPOSITION = re.compile(
    r"""
    (?:,|[ ](?:--|—|–))[ ](?:a|an|the)[ ]  # the comma or dash and article of an apposition ...
    (?:[a-z]+(?:-[a-z]+)*[ ]){0,3}  # ... its adjectives ("Republican-backed" is no name)
    \Z                           # ... right before the measure's noun
    """,
    re.VERBOSE,
)
_FROM_ENFORCING = re.compile(
    r"""
    [ ]from[ ](?:enforcing|implementing|applying|carrying[ ]out)[ ]  # "Iowa from enforcing" ...
    (?:(?:a|an|the|its|their|his|her)[ ])?     # ... perhaps a determiner ...
    (?:[\w-]+[ ]){0,3}                          # ... a few words: "new", "2023", "state"
    \Z                                          # ... right before the measure's noun
    """,
    re.VERBOSE,
)
_OWN_BEFORE = re.compile(
    r"""
    (?<![\w'’-])(?:his|her|His|Her)[ ]  # an official's own ...
    (?:[a-z]+(?:-[a-z]+)?[ ]){0,2}        # ... perhaps "executive", "new", "so-called" ...
    \Z                                   # ... right before the measure's noun
    """,
    re.VERBOSE,
)
_OVER = re.compile(
    r"""
    (?:[ ](?:on|last|this)[ ][A-Z]?[a-z]+)?  # perhaps a day: "sued the administration on Friday"
    [ ](?:over|against)[ ]              # "sued Texas over" ...
    (?:(?:a|an|the|its|their|his|her)[ ])?  # ... perhaps a determiner ...
    (?:[\w-]+[ ]){0,3}                   # ... a few words: "new", "executive"
    \Z                                   # ... right before the measure's noun
    """,
    re.VERBOSE,
)
_OWNED_NAME = re.compile(
    r"""
    ['’]s[ ]                     # a possessive ...
    (?:[A-Z0-9][\w.-]*[ ]?){1,4}  # ... before a measure's own name: "'s HB 4156"
    """,
    re.VERBOSE,
)
_FOR_WORDS = frozenset({"for", "of", "from"})  # between a spokesperson and whom he speaks for
_BARE_ADMINISTRATION = "administration"  # policy_bodies.tsv: "the administration" unresolved
_ADMINISTRATION_BACK_CHARS = 5000  # how far back an agency may say whose government it is
_NAME_JOINERS = frozenset({"and", "of", "for", "&"})  # lower-case words inside an agency's name
_LIST_JOINERS = frozenset({"and", "or", "&", ","})  # between the names of one list
_LISTED_OWNERS = 4  # more words the other names of a list of owners may take
_VERB_ENDINGS = ("ed", "ing")  # a word that may be a verb, not a measure's modifier
_OWNED_CHARS = 40  # how far after a name the noun of a measure it owns may end
_SERVED_CHARS = 40  # how far before a list of places the office that serves them stands
_SERVED_BY = re.compile(
    r"""
    (?:governors|leaders|presidents|officials|authorities|governments|ministers
    |attorneys[ ]general)       # offices or forces in the plural ...
    [ ](?:of|in|from)[ ]\Z      # ... "of" or "in" right before the list of places
    """,
    re.VERBOSE | re.IGNORECASE,
)
_COMMAND_CHARS = 80  # how far before a name the verb of command that governs it may stand
_AGENT_WORDS = 5  # words between a measure and its participle's agent ("an order issued by")
_ACTOR_BREAK = re.compile(
    r"""
    [;:—–]                      # a dash or semicolon: a dateline or another clause before it
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(
    r"""
    [.!?][ ]+(?=[A-Z"“])       # the end of a sentence before the next one's capital
    | \n                       # or of a line
    """,
    re.VERBOSE,
)
_BETWEEN = re.compile(
    r"""
    [ ](?:[a-z]+[ ])?between[ ]  # "between", perhaps after a participle: "signed between"
    """,
    re.VERBOSE,
)
_TITLE_RUN = re.compile(r"(?:[A-Z][\w.'’-]*[ ]){1,5}")  # a title, a given name: "President Ana "
_THE = frozenset({"", "the "})  # what may stand between "between" and a party's name


def _governing(text: str, sentence: Sentence, position: int) -> frozenset[str]:
    """The modality classes of the word before ``position``, past any determiner; for a
    name listed after another ("with Guatemala and Belize"), of the word before the list."""
    words = text[max(sentence.start, position - 60) : position].split()
    if len(words) > 1 and words[-1].lower() in list_joins().words:
        words.pop()  # "and": what governs the name before it governs this one too
        while len(words) > 1 and words[-1][:1].isupper():
            words.pop()
    classes: frozenset[str] = frozenset()
    for word in reversed(words[-3:]):
        classes = _modality().get(word.lower(), frozenset())
        if "DETERMINER" not in classes:
            break
    return classes


def _actor(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, dateline_end: int = 0
) -> str | None:
    """Who acts (:func:`_actor_named`), an administration no president's name resolves
    named by its country (see :func:`_government_of`)."""
    actor = _actor_named(text, sentence, context, cand, dateline_end)
    return _government_of(text, cand.start) if actor == _BARE_ADMINISTRATION else actor


def _government_of(text: str, position: int) -> str:
    """The country whose government "the administration" is when no administration or
    president is named before it: that of the agency named last before it that belongs to
    one government ("the White House said the administration would": the United States);
    else "administration", as written."""
    since = max(0, position - _ADMINISTRATION_BACK_CHARS)
    countries = _body_countries()
    code = None
    for m in _body_pattern().finditer(text, since, position):
        code = countries.get(m.group().removeprefix("the ").removeprefix("The "), code)
    name = country_names().get(code or "")
    return name if name is not None else _BARE_ADMINISTRATION


def _actor_named(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, dateline_end: int = 0
) -> str | None:
    """The nearest subject-like name before the verb in its clause, else a passive agent.

    Names after a preposition ("resources from Congress") or inside another action's
    phrase ("deployed National Guard troops ... and agreed to") are not subjects; after a
    relative pronoun ("the Justice Department, which sued") the name before it is.
    """
    anchor = cand.verb.start if cand.verb is not None else cand.start
    if dateline_end > anchor:
        dateline_end = 0  # a headline above the dateline: "NEW YORK -" bounds nothing in it
    if cand.verb is None and cand.obj is not None:
        owner = _measure_owner(text, sentence, context, cand.obj, cand.end) or _owner_after(
            text, context, cand
        )
        if owner is not None:
            return owner  # "the Texas law that would let police arrest migrants": Texas's
        if _contested(text, sentence, cand.start):  # "groups sued to block Oklahoma's HB
            return (
                _apposed_owner(text, context, cand.start)
                or _enforcer(text, context, cand.start)
                or _sued_over(text, context, cand.start)
            )  # 4156, a law that": Oklahoma's; "blocked Iowa from enforcing its law": Iowa's;
            # "sued the Trump administration over an order": the administration's
    if cand.verb is None and cand.kind is PolicyKind.LEGAL_CHALLENGE:
        court = _court_inside(text, context, cand)
        if court is not None:
            return court  # "a separate court order still blocks him": the court's
    if cand.obj is not None and cand.rule.fixed is PolicyStatus.REVERSED:
        possessor = _possessor(text, context, cand.obj)
        if possessor is not None:  # "Biden ended Trump's policy": the record is the
            return possessor  # policy, undone, and the policy is Trump's
    if cand.obj is not None and cand.verb is not None and cand.obj.start < cand.verb.start:
        contact = _contact_subject(text, context, cand.obj, cand.verb)
        if contact is not None:
            return contact  # "the orders Trump signed": Trump signed them
        agent = _agent(text, sentence, context, cand, _AGENT_NEAR)  # "the law passed by Congress"
        if agent is not None:
            return agent
    if _passive_by(text, cand):  # "criminals deported by the United States"
        agent = _agent(text, sentence, context, cand, _AGENT_NEAR)
        if agent is not None:
            return agent
    comma = _participle_comma(text, sentence, cand)
    if comma >= 0:  # "the panel upheld the ruling, effectively blocking the order"
        subject = _main_subject(text, sentence, context, cand, dateline_end, comma)
        if subject is not None:
            return subject
    clause = max(sentence.start, anchor - _REACH, dateline_end)  # "EAGLE PASS, Texas -"
    for m in _ACTOR_BREAK.finditer(text, clause, anchor):
        clause = m.end()
    relative = "RELATIVE" in _modality().get(_word_before(text, sentence, anchor), frozenset())
    mentions, starts = context.mentions, context.mention_starts
    pronoun = _subject_pronoun(text, clause, anchor)
    antecedent = None
    if pronoun >= 0 and not relative:  # "when she ended the program": the official before
        antecedent = _official_antecedent(text, sentence, context, pronoun)
        named = bisect.bisect_left(starts, anchor)
        if antecedent is not None and (named == 0 or mentions[named - 1][0] < pronoun):
            return antecedent
        # none named before: who the clause names first speaks of himself ("Poland's
        # leader says he plans to suspend": Poland)
    group = _group_subject(text, clause, anchor)
    if group >= 0 and not relative and not _passive(text, sentence, cand):  # "the group
        # sued": the organisation named before (not "the group was detained")
        named = bisect.bisect_left(starts, group)
        if named == 0 or not _close_gap(text[mentions[named - 1][1] : group], max_words=2):
            return _group_referent(text, group)
    it, plural = _body_pronoun(text, clause, anchor)
    if it >= 0 and not relative and not (plural and _passive(text, sentence, cand)):
        named = bisect.bisect_left(starts, it)  # "the office said it would": who said so
        if named == 0 or not _close_gap(text[mentions[named - 1][1] : it], max_words=_REACH):
            referent = _body_antecedent(text, sentence, it, plural)
            if referent is None or not context.is_court(referent) or _rules_as_court(cand):
                return referent  # "it has now lifted the stay": the court named before
    others, other_starts = context.candidates, context.candidate_starts
    aside = _aside(text, clause, anchor)
    plaintiff = cand.reading is not None and cand.reading.cls in _references_table().plaintiff
    passive = _passive(text, sentence, cand)
    for index in range(bisect.bisect_left(starts, anchor) - 1, -1, -1):
        start, end, name = mentions[index]
        if start < clause:
            break
        if start < pronoun and antecedent is not None:  # "prompt him to deploy the army"
            return antecedent
        if end > anchor or cand.start <= start < cand.end or aside[0] <= start < aside[1]:
            continue  # not before the verb, inside the phrase, or inside an aside about it
        if (plaintiff or not _rules_as_court(cand)) and context.is_court(name):
            continue  # "a judge sided with families who sued": a court sues no one
        if passive and name in _sent_forces():
            continue  # "the National Guard will be deployed": what is sent, not who sends
        if _object_of_action(text, sentence, start):
            continue  # "deploy the U.S. military to close the border": the sender closes it
        if _commanded(text, sentence, start, anchor):
            continue  # "Trump directed ICE agents to begin raids": who commands acts
        if cand.kind is PolicyKind.LEGAL_CHALLENGE and _owns_measure_after(text, end):
            continue  # "the Texas law faces challenges and is blocked in court": not Texas
        if relative:  # "the ACLU, which sued": the name the relative pronoun follows
            adjacent = not text[end : _relative_start(text, anchor)].strip(" ,")
            return _named(text, start, name) if adjacent else None
        near = bisect.bisect_right(other_starts, start)
        if any(
            o.start <= start < o.end and o is not cand
            for o in others[max(0, near - _NEAR_PHRASES) : near]
        ):
            continue
        if _spoken_for(text, sentence, start):
            return _named(text, start, name)  # "a spokesman for the Mexican government said"
        served = _served_list(text, sentence, clause, end, anchor)
        if served is not None:  # "the governors of Texas and Arizona sent troops": both
            return served
        if text.startswith(("'", "’"), end):
            if _is_noun(cand) and _close_gap(text[end : cand.start], max_words=3):
                return _named(text, start, name)  # "Biden's budget request": his request
            if _references_table().possessed.match(
                text, end
            ) is not None or _references_table().intent.match(text, end):
                return _named(text, start, name)  # "Noboa's government", "Panama's plan to"
            if _infinitive_of(text, end, anchor):
                return _named(text, start, name)  # "the administration's raids to detain"
            if _governs_as_subject(text, end, name):
                return _named(text, start, name)  # "Arizona's top prosecutor sued": Arizona
            continue  # "Harris' meeting, Mexico deployed": a possessive, not a subject
        if "PREPOSITION" not in _governing(text, sentence, start) or _partitive(
            text, sentence, start
        ):  # "Mexico and Guatemala agreed to deploy troops": both, as written
            speaker = _speaker_for(text, sentence, context, index, clause) or _speaker_of(
                text, sentence, context, cand, name
            )
            return speaker or _listed(text, sentence, context, index) or _named(text, start, name)
    agent = _agent(text, sentence, context, cand)
    if agent is None and cand.obj is not None and cand.verb is not None:
        owner = _owner(text, sentence, context, cand.obj)  # "agents carried out ICE raids"
        if cand.kind is PolicyKind.LEGAL_CHALLENGE and (
            owner is None or not context.is_court(owner)
        ):
            return None  # "the Iowa laws remain blocked": whose laws is not who blocks them
        return owner
    return agent


def _speaker_of(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, name: str
) -> str | None:
    """The official of country ``name`` who says after the phrase what his country will do
    ("Panama will deport migrants, President Mulino said"): the official acts, as when he
    speaks first. None unless ``name`` is a country and the speaker serves it."""
    place = place_named(name)
    if place is None or place.kind is not PlaceKind.COUNTRY:
        return None
    speaker = _speaker_after(text, sentence, context, cand)
    if speaker is None or context.countries.get(speaker) != place.country:
        return None
    return speaker


def _governs_as_subject(text: str, end: int, name: str) -> bool:
    """True for a country or state named as the possessor of an office or a government
    that is the subject ("Arizona's top prosecutor sued", "Spain's interior ministry
    said it would"): it acts through them."""
    place = place_named(name)
    return (
        place is not None
        and place.kind in _GOVERNED
        and _references_table().governing.match(text, end) is not None
    )


def _contact_subject(text: str, context: _Context, obj: _Word, verb: _Word) -> str | None:
    """The subject of a relative clause with no pronoun that names a measure before its
    verb ("the orders Trump signed", "a lawsuit the department filed"): the name between
    the object and the verb, with at most an adverb or an auxiliary between it and the
    verb. None when no name stands there."""
    group = _group_nouns().search(text, max(obj.end, verb.start - _IT_CHARS), verb.start)
    if group is not None and _words(text[obj.end : group.start()]) == 0:
        return _group_referent(text, group.start())  # "a lawsuit the organization filed"
    at = _mention_before(text, context, verb.start, _CONTACT_GAP_WORDS)
    if at is None:
        return None
    start, _end, name = context.mentions[at]
    if start < obj.end or not _close_gap(text[obj.end : start], max_words=_CONTACT_GAP_WORDS):
        return None
    before = text[max(obj.end, start - _IT_CHARS) : start].split()
    if before and "PREPOSITION" in _modality().get(before[-1].lower(), frozenset()):
        return None  # "flights to Venezuela will resume": where they go, not who resumes
    return _named(text, start, name)


def _object_of_action(text: str, sentence: Sentence, position: int) -> bool:
    """True for a name that is the object of a policy verb right before it, past
    determiners ("deploy the U.S. military", "sent Mexican troops"): what is acted on or
    sent, not who acts."""
    words = text[max(sentence.start, position - 40) : position].split()
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    if not words:
        return False
    return any(r.form in _VERBAL for r in _verb_readings().get(words[-1].lower(), ()))


def _commanded(text: str, sentence: Sentence, start: int, anchor: int) -> bool:
    """True for a name a verb of command governs, told to do what the phrase at ``anchor``
    says ("directed U.S. Immigration and Customs Enforcement (ICE) agents to begin rounding
    up", "issued orders to CBP to deploy"): the one who commands acts, not the one commanded.
    The name's own words (capitalised, in brackets) and determiners may stand between."""
    if " to " not in text[start:anchor]:
        return False
    words = text[max(sentence.start, start - _COMMAND_CHARS) : start].split()
    while words and (
        words[-1][:1].isupper()
        or words[-1][:1] == "("
        or "DETERMINER" in _modality().get(words[-1].lower(), frozenset())
        or (words[-1] in _NAME_JOINERS and len(words) > 1 and words[-2][:1].isupper())
    ):
        words.pop()
    if len(words) > 1 and words[-1] == "to":
        words.pop()  # "orders to CBP to": the command named as a noun
    return bool(words) and words[-1].lower() in _commands()


@per_language
def _commands() -> frozenset[str]:
    """The verbs (and nouns) of command of ``policy_references.tsv`` (class DIRECTS)."""
    return frozenset(reference_forms()[ReferenceClass.DIRECTS])


def _contested(text: str, sentence: Sentence, start: int) -> bool:
    """True for a measure named after a verb that sues over it or rules on it, in its
    clause ("groups filed a motion seeking to block the state's new law", "the ACLU
    challenged the ordinance"): who sues or rules is not whose measure it is."""
    clause = max(sentence.start, start - _REACH)
    for m in _ACTOR_BREAK.finditer(text, clause, start):
        clause = m.end()
    contesting = _references_table().plaintiff | _CONTESTING
    words = text[clause:start].split()
    for at in range(max(0, len(words) - _CONTESTED_WORDS), len(words)):
        word = words[at]
        if at > 0 and words[at - 1].lower() in _BE_WORDS:
            continue  # "a boat that was stopped": what is stopped, not what stops
        readings = _verb_readings().get(word.strip(_QUOTES + ",").lower(), ())
        if any(r.form in _VERBAL and r.cls in contesting for r in readings):
            return True
    return False


def _apposed_owner(text: str, context: _Context, start: int) -> str | None:
    """The possessor of the name a measure's noun stands in apposition to ("Oklahoma's HB
    4156, a law that": Oklahoma), or None."""
    comma = _APPOSITION.search(text, max(0, start - _APPOSITION_CHARS), start)
    if comma is None:
        return None
    at = bisect.bisect_left(context.mention_starts, comma.start()) - 1
    if at < 0:
        return None
    mention_start, end, name = context.mentions[at]
    if _OWNED_NAME.fullmatch(text, end, comma.start()) is None:
        return None
    return _named(text, mention_start, name)


def _enforcer(text: str, context: _Context, start: int) -> str | None:
    """Who is kept from enforcing a measure is whose measure it is ("blocked Iowa from
    enforcing its new law", "prevents the state from enforcing a 2023 law"): the name right
    before "from enforcing" that closes in the measure's noun. None without one."""
    gap = _FROM_ENFORCING.search(text, max(0, start - _APPOSITION_CHARS - 20), start)
    if gap is None:
        return None
    at = bisect.bisect_left(context.mention_starts, gap.start()) - 1
    if at < 0 or context.mentions[at][1] != gap.start():
        return None
    mention_start, _end, name = context.mentions[at]
    return _named(text, mention_start, name)


def _owns_measure_after(text: str, end: int) -> bool:
    """True for a name a measure's noun follows, perhaps past a lower-case word or two or
    the other names of its list ("Texas law", "Iowa immigration law", "the Oklahoma and
    Iowa laws"): the name is the measure's owner, and the measure is what the clause is
    about, not who sues or rules on it."""
    words = text[end : end + _OWNED_CHARS].split()[: _OWNER_WORDS + _LISTED_OWNERS]
    joined = False  # right after "and" or a comma: a name of the same list may follow
    for word in words:
        bare = word.strip(_QUOTES + ",.;:").lower()
        if _object_classes().get(bare) in _measure_classes():
            return True
        if word in _LIST_JOINERS:
            joined = True
            continue
        if joined and word[:1].isupper():
            joined = word.endswith(",")  # "Oklahoma and Iowa laws", "Texas, Iowa, and"
            continue
        if (
            not word[:1].islower()
            or word != bare
            or bare in _modality()
            or bare in _verb_readings()
            or bare.endswith(_VERB_ENDINGS)
        ):
            return False  # a capitalised word, a stop, a verb or an article: no modifier
    return False


def _served_list(text: str, sentence: Sentence, clause: int, end: int, anchor: int) -> str | None:
    """The governments an office or a force named in the plural serves, as written, when
    the name ending at ``end`` is in that list ("the governors of Texas, Arizona and New
    Mexico", "officials in Arizona and Texas", "the officials of California and San
    Francisco"): they act, each through its own. None when the name is no such
    government."""
    places = [
        found
        for found in find_places(text, clause, anchor)
        if found.place.kind in _SERVED_KINDS and found.span.end <= anchor
    ]
    at = next((i for i, found in enumerate(places) if found.span.end == end), -1)
    if at < 0:
        return None
    first, last = at, at
    while first > 0 and list_joins().joined.fullmatch(
        text, places[first - 1].span.end, places[first].span.start
    ):
        first -= 1
    while last + 1 < len(places) and list_joins().joined.fullmatch(
        text, places[last].span.end, places[last + 1].span.start
    ):
        last += 1
    head = places[first].span.start
    if _SERVED_BY.search(text, max(sentence.start, head - _SERVED_CHARS), head) is None:
        return None
    return text[head : places[last].span.end]


def _fronted_subject(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """The subject of the main clause after a phrase that opens the sentence and holds the
    action ("Under an agreement reached with Mexico, the U.S. will send back Cubans": the
    United States): the name right after the phrase's comma, before its verb. None when
    the sentence opens with no preposition, or no name follows the comma."""
    opening = text[sentence.start : cand.start]
    first = opening.split()[:1]
    if not first or "," in opening or "PREPOSITION" not in _modality().get(first[0].lower(), ()):
        return None
    comma = text.find(",", cand.end, min(sentence.end, cand.end + _REACH))
    if comma < 0:
        return None
    at = bisect.bisect_left(context.mention_starts, comma)
    if at >= len(context.mentions):
        return None
    start, end, name = context.mentions[at]
    between = text[comma + 1 : start].split()
    if any("DETERMINER" not in _modality().get(word.lower(), ()) for word in between):
        return None  # "Under the deal, which Mexico signed": no subject right after
    after = text[end : min(sentence.end, end + _IT_CHARS)].split()[:1]
    return _named(text, start, name) if after and after[0][:1].islower() else None


def _spoken_for(text: str, sentence: Sentence, start: int) -> bool:
    """True for a name a spokesperson speaks for ("a spokesperson for the Mexican
    government", "a spokesman of the ministry"): who acts, though a preposition governs it."""
    words = text[max(sentence.start, start - _IT_CHARS) : start].lower().split()
    while words and "DETERMINER" in _modality().get(words[-1], frozenset()):
        words.pop()
    return len(words) > 1 and words[-1] in _FOR_WORDS and words[-2] in _spokespeople()


@per_language
def _spokespeople() -> frozenset[str]:
    """The nouns of one who speaks for a body (``policy_references.tsv``, SPOKESPERSON)."""
    return frozenset(reference_forms()[ReferenceClass.SPOKESPERSON])


def _court_inside(text: str, context: _Context, cand: _Candidate) -> str | None:
    """The court or judge a ruling's own noun phrase names ("a federal court order", "the
    appeals court's ruling"), or None."""
    first = bisect.bisect_left(context.mention_starts, cand.start)
    for start, end, name in context.mentions[first:]:
        if start >= cand.end:
            break
        if end <= cand.end and context.is_court(name):
            return _named(text, start, name)
    return None


def _sued_over(text: str, context: _Context, start: int) -> str | None:
    """Who is sued or challenged over a measure is whose measure it is ("will sue the Trump
    administration over an executive order", "sued Texas over its buoys"): the name right
    before "over" that closes in the measure's noun. None without one."""
    gap = _OVER.search(text, max(0, start - _APPOSITION_CHARS), start)
    if gap is None:
        return None
    at = bisect.bisect_left(context.mention_starts, gap.start()) - 1
    if at < 0 or context.mentions[at][1] != gap.start():
        return None
    mention_start, _end, name = context.mentions[at]
    return _named(text, mention_start, name)


def _infinitive_of(text: str, end: int, anchor: int) -> bool:
    """True when the verb at ``anchor`` follows "to" at the end of the noun phrase a
    possessor ending at ``end`` opens ("Trump's order to deploy", "the administration's
    escalation of raids to detain"): the possessor is who is to act."""
    gap = text[end:anchor]
    return gap.endswith(" to ") and _close_gap(gap, max_words=_INFINITIVE_WORDS)


def _participle_comma(text: str, sentence: Sentence, cand: _Candidate) -> int:
    """Where the comma before a participle clause stands (", blocking the order", ",
    effectively blocking"): the clause says more of what the main clause's subject did.
    -1 when the verb opens no such clause."""
    verb, reading = cand.verb, cand.reading
    if verb is None or reading is None or reading.form != "ing":
        return -1
    comma = text.rfind(",", max(sentence.start, verb.start - _ADVERB_CHARS), verb.start)
    if comma < 0:
        return -1
    between = text[comma + 1 : verb.start].split()
    if len(between) > 1 or any(not word.endswith("ly") for word in between):
        return -1  # at most an adverb between: ", effectively blocking"
    return comma


def _main_subject(
    text: str,
    sentence: Sentence,
    context: _Context,
    cand: _Candidate,
    dateline_end: int,
    comma: int,
) -> str | None:
    """The subject of the sentence's main clause, before ``comma``: its first name that no
    preposition governs and that is no possessor of something else ("A panel of the
    appeals court upheld ..." -> the panel)."""
    mentions, starts = context.mentions, context.mention_starts
    since = max(sentence.start, dateline_end, comma - _REACH)  # a clause, not a whole text
    for m in _ACTOR_BREAK.finditer(text, since, comma):
        since = m.end()  # "WASHINGTON, Aug. 3: A panel upheld": the clause after the colon
    for index in range(bisect.bisect_left(starts, since), bisect.bisect_left(starts, comma)):
        start, end, name = mentions[index]
        if end > comma:
            break
        if context.is_court(name) and not _rules_as_court(cand):
            continue
        if (
            text.startswith(("'", "’"), end)
            and _references_table().possessed.match(text, end) is None
        ):
            continue  # "a lower court's ruling": a possessor
        if "PREPOSITION" in _governing(text, sentence, start) and not _partitive(
            text, sentence, start
        ):
            continue
        return _named(text, start, name)
    return None


def _passive_by(text: str, cand: _Candidate) -> bool:
    """True for a participle with no object after it, "by" right after it ("deported by",
    "was stopped by"): its agent follows."""
    verb, reading = cand.verb, cand.reading
    if verb is None or reading is None or reading.form not in _FINITE_PAST:
        return False
    return cand.end == verb.end and "AGENT" in _modality().get(
        text[verb.end : verb.end + 4].strip(), frozenset()
    )


def _passive(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a verb in the passive ("will be deployed", "were sent")."""
    if cand.verb is None or cand.reading is None or cand.reading.form not in _FINITE_PAST:
        return False  # ("deployed" is read as a past or a participle alike)
    before = _word_before(text, sentence, cand.verb.start)
    return "BE" in _modality().get(before, frozenset())


@per_language
def _sent_forces() -> frozenset[str]:
    """The forces any government may send (a guard): named as the subject of a passive,
    they are what is sent. Bodies of one government, legislatures, courts and
    administrations are not among them."""
    return frozenset(
        row.actor
        for row in ruletables.policy_bodies(active())
        if row.country is None
        and row.role is None
        and row.actor != "-"
        and not _references_table().courts.search(row.actor)
        and not row.actor.endswith(("administration", "s"))
    )


def _speaker_for(
    text: str, sentence: Sentence, context: _Context, index: int, clause: int
) -> str | None:
    """The official who says what his own country will do ("Harris pledged that the U.S.
    would keep enforcing its laws", "Arévalo said Guatemala would accept flights"): the
    official acts, not the country he speaks for. None unless the name at ``index`` is a
    country, a verb of speech stands before it, and an official of that country is named
    before the verb of speech in the clause."""
    start, _end, name = context.mentions[index]
    place = place_named(name)
    if place is None or place.kind is not PlaceKind.COUNTRY:
        return None
    words = text[max(clause, start - _REACH) : start].split()
    speech = _modal_class("SPEECH")
    said = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in speech), -1)
    if said < 0 or len(words) - said > _SUBJECT_WORDS + 1:
        return None  # "said that Mexico would": the verb of speech right before the country
    for at in range(index - 1, -1, -1):
        other_start, _other_end, surname = context.mentions[at]
        if other_start < clause:
            break
        code = context.countries.get(surname)
        if code is not None:
            return surname if code == place.country else None
    return None


def _rules_as_court(cand: _Candidate) -> bool:
    """True for a phrase a court can be the subject of: a ruling, or a verb a court uses
    ("blocked", "ordered", "upheld"). A court does not deport or arrest: a measure it
    rules on ("barred the state from deporting migrants") is the government's."""
    reading = cand.reading
    if cand.kind is PolicyKind.LEGAL_CHALLENGE or reading is None:
        return True
    return reading.cls in _courts().verbs or reading.cls in _courts().only


def _relative_start(text: str, anchor: int) -> int:
    """Where the relative pronoun right before ``anchor`` begins ("families who sued")."""
    before = text[max(0, anchor - 30) : anchor].rstrip()
    return anchor - len(text[max(0, anchor - 30) : anchor]) + len(before) - len(before.split()[-1])


def _aside(text: str, clause: int, anchor: int) -> tuple[int, int]:
    """Where an aside set off by commas right before the verb lies, when it describes the
    subject rather than names it ("Judge Cobb, a Biden appointee, granted", "the department,
    led by Secretary Noem, ended", "the ministry, which Ruiz heads, said") or who acts with
    it ("the agency, along with the army, detained"): a name inside it is not who acts.
    An apposition that names the subject ("the president, Bernardo Arévalo, declared") is
    no such aside. (0, 0) when there is none."""
    close = text.rfind(",", clause, anchor)
    if close < 0 or _words(text[close + 1 : anchor]) > _SUBJECT_WORDS:
        return (0, 0)
    opening = text.rfind(",", clause, close)
    if opening < 0:
        return (0, 0)
    words = text[opening + 1 : close].split()
    if len(words) < 2:
        return (0, 0)
    first = words[0].lower()
    modality = _modality().get(first, frozenset())
    describes = (
        first in _references_table().asides
        or "RELATIVE" in modality
        or "AGENT" in _modality().get(words[1].lower(), frozenset())  # "led by", "named by"
    )
    return (opening, close) if describes else (0, 0)


def _sentence_subject(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, dateline_end: int
) -> str | None:
    """The name nearest before the phrase in its sentence that no preposition governs,
    past clause breaks ("Mexico, under pressure, sent troops ...; 2,000 were posted"):
    who the sentence is about acts, when the phrase's own clause names no one."""
    anchor = cand.verb.start if cand.verb is not None else cand.start
    if dateline_end > anchor:
        dateline_end = 0  # a headline above the dateline
    if "RELATIVE" in _modality().get(_word_before(text, sentence, anchor), frozenset()):
        return None  # "families who sued": the relative's noun acts, named or not
    if cand.verb is None and _contested(text, sentence, cand.start):
        return None  # "the ACLU sued over the county's ordinance": not the ACLU's
    plaintiff = cand.reading is not None and cand.reading.cls in _references_table().plaintiff
    mentions, starts = context.mentions, context.mention_starts
    for index in range(bisect.bisect_left(starts, anchor) - 1, -1, -1):
        start, end, name = mentions[index]
        if start < dateline_end or start < anchor - _REACH:
            break  # "LAREDO, Texas -": where the reporter is, not who acts
        if end > anchor or cand.start <= start < cand.end:
            continue
        if (plaintiff or not _rules_as_court(cand)) and context.is_court(name):
            continue  # a court sues no one, and deports no one
        if text.startswith(("'", "’"), end):
            continue  # a possessor, not a subject
        if cand.kind is PolicyKind.LEGAL_CHALLENGE and _owns_measure_after(text, end):
            continue  # "the Texas law is blocked in court": Texas is not who sued
        if "PREPOSITION" not in _governing(text, sentence, start):
            return _named(text, start, name)
    subject = (
        _fronted_subject(text, sentence, context, cand)
        or _speaker_after(text, sentence, context, cand)
        or _quote_speaker(text, sentence, context, cand)
    )
    return _government_of(text, cand.start) if subject == _BARE_ADMINISTRATION else subject


def _quote_speaker(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """Who speaks a quotation that opens the sentence, named as he starts to speak just
    before it ('..., the minister told reporters. "We will send them back"'): the
    official named last before the quotation, a word of speech right after his name.
    None when the phrase is not inside such a quotation."""
    opening = text[sentence.start : cand.start].lstrip()
    if not opening.startswith(_OPENING_QUOTES) or any(q in opening[1:] for q in _CLOSING_QUOTES):
        return None
    officials = context.officials
    speech = _modal_class("SPEECH")
    index = bisect.bisect_left(officials, (sentence.start, 0, "")) - 1
    while index >= 0 and sentence.start - officials[index][1] <= _QUOTE_BACK_CHARS:
        _start, end, surname = officials[index]
        index -= 1
        words = text[end : min(sentence.start, end + _QUOTE_BACK_CHARS)].split()[:1]
        if words and words[0].lower() in speech:
            return surname
    return None


def _speaker_after(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """The one who says so after the phrase ("troops will be sent, said Ducey", "..., the
    ministry said", "according to the ministry"): who announces an action no one in the
    sentence is said to take."""
    mentions, starts = context.mentions, context.mention_starts
    speech = _modal_class("SPEECH")
    for index in range(bisect.bisect_left(starts, cand.end), len(mentions)):
        start, end, name = mentions[index]
        if start > cand.end + _REACH:
            break
        if (
            _word_after(text, sentence, end).rstrip(_CLOSING) in speech  # "CBP said."
            or _phrase_before(text, sentence, start, _speech_phrases())
            or _phrase_before(text, sentence, start, _references_table().sources)
        ):  # "said the Defense Ministry", "according to the Defense Ministry"
            if index > 0 and text[mentions[index - 1][1] : start] in _OF_GAPS:
                start, end, name = mentions[index - 1]  # "President Soto of Belize said"
            return _named(text, start, name)
    return None


def _subject_pronoun(text: str, start: int, end: int) -> int:
    """Where the last "he" or "she" in ``text[start:end]`` stands, or -1: a subject that
    refers back to an official named before."""
    found = -1
    for m in _references_table().pronouns.finditer(text, start, end):
        found = m.start()
    return found


def _official_antecedent(
    text: str, sentence: Sentence, context: _Context, pronoun: int
) -> str | None:
    """The official a "he", "she" or "his administration" at ``pronoun`` refers back to:
    in its own sentence, the last official named before it as a subject ("Since Trump
    succeeded Biden, his administration": Trump, not the object Biden); else the official
    named last before it."""
    officials = context.officials
    first = bisect.bisect_left(officials, (max(sentence.start, pronoun - _REACH), 0, ""))
    found = None
    for index in range(first, bisect.bisect_left(officials, (pronoun, 0, ""))):
        start, _end, surname = officials[index]
        if _opens_clause(text, sentence, start):
            found = surname
    return found or _antecedent(officials, pronoun)


def _opens_clause(text: str, sentence: Sentence, position: int) -> bool:
    """True for a name that opens its clause, past its title and determiners: at the
    sentence's start or after a comma, a conjunction or a relative pronoun ("Since
    President Trump succeeded", ", and Biden said"): a subject, not an object."""
    words = text[max(sentence.start, position - 60) : position].split()
    while words and (
        words[-1][:1].isupper() or "DETERMINER" in _modality().get(words[-1].lower(), frozenset())
    ):
        if words[-1].endswith(","):
            return True
        words.pop()
    if not words:
        return True
    last = words[-1]
    classes = _modality().get(last.lower(), frozenset())
    return last.endswith((",", ";", ":")) or bool(classes & {"CONJUNCTION", "RELATIVE"})


def _group_subject(text: str, start: int, end: int) -> int:
    """Where "the organization" or "the group" that is the subject of the verb at ``end``
    stands in ``text[start:end]`` (an auxiliary or an adverb between at most), or -1."""
    found = _group_nouns().search(text, max(start, end - _IT_CHARS), end)
    if found is None or _words(text[found.end() : end]) > _IT_WORDS - 2:
        return -1
    return found.start()


def _group_referent(text: str, position: int) -> str | None:
    """The organisation outside government named last before ``position`` within a few
    sentences ("the ACLU ... the organization"), or None."""
    since = max(0, position - _IT_BACK_CHARS)
    found = None
    for m in _group_pattern().finditer(text, since, position):
        found = m.group()
    return None if found is None else _as_named(text, found, _groups()[found])


@per_language
def _groups() -> dict[str, str]:
    """The organisations outside government (policy_bodies.tsv role "group"), by each name
    as written: the actor it stands for."""
    return {
        form: row.actor
        for row in ruletables.policy_bodies(active())
        if row.role is BodyRole.GROUP
        for form in row.forms
    }


@per_language
def _group_pattern() -> re.Pattern[str]:
    return compile_words(_groups())


@per_language
def _group_nouns() -> re.Pattern[str]:
    """ "the" and a noun that names an organisation named before ("the organization")."""
    forms = reference_forms()
    the, nouns = forms[ReferenceClass.DEFINITE], forms[ReferenceClass.GROUP]
    return re.compile(rf"{words_pattern(the)}[ ]{words_pattern(nouns)}")


def _body_pronoun(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where an "it" or a "they" that is the subject of the verb at ``end`` stands in
    ``text[start:end]`` (at most an auxiliary or an adverb or two between), and whether it
    is plural; -1 when there is none."""
    found, plural = -1, False
    for m in _body_pronouns().finditer(text, max(start, end - _IT_CHARS), end):
        found, plural = m.start(), m.group() in _plural_pronouns()
    if found < 0 or _words(text[found:end]) > _IT_WORDS:
        return -1, False
    return found, plural


@per_language
def _body_pronouns() -> re.Pattern[str]:
    forms = reference_forms()
    return compile_words(forms[ReferenceClass.BODY_PRONOUN] + forms[ReferenceClass.PLURAL_PRONOUN])


@per_language
def _plural_pronouns() -> frozenset[str]:
    return frozenset(reference_forms()[ReferenceClass.PLURAL_PRONOUN])


def _body_antecedent(text: str, sentence: Sentence, position: int, plural: bool) -> str | None:
    """The court, body or government an "it" at ``position`` refers back to (for "they",
    the forces or group named in the plural): the last one named before it within a few
    sentences that is neither a possessor ("a lower court's decision") nor governed by a
    preposition ("sued in federal court"); failing one in its own sentence, one a
    preposition governs there ("efforts under the administration are faster, as it
    announced")."""
    starts, names, governed = _antecedents(text, plural)
    at = bisect.bisect_left(starts, position) - 1
    fallback = None
    while at >= 0 and position - starts[at] <= _IT_BACK_CHARS:
        if starts[at] < sentence.start and fallback is not None:
            return fallback or None
        if names[at] is not None:
            return names[at] or None  # "officials said they would": unnamed forces
        if starts[at] >= sentence.start and fallback is None:
            fallback = governed[at]
        at -= 1
    return fallback or None


@per_article(maxsize=4)
def _antecedents(text: str, plural: bool) -> tuple[list[int], list[str | None], list[str | None]]:
    """The starts, names and names a preposition governs of :func:`_it_antecedents`, for
    "they" (``plural``) or for "it"."""
    found = _it_antecedents(text)
    starts = [start for start, is_plural, _name, _governed in found if is_plural == plural]
    names = [name for _start, is_plural, name, _governed in found if is_plural == plural]
    governed = [g for _start, is_plural, _name, g in found if is_plural == plural]
    return starts, names, governed


@per_article(maxsize=4)
def _it_antecedents(text: str) -> list[tuple[int, bool, str | None, str | None]]:
    """Every court, body, force, country or state the article names: where it starts,
    whether it is named in the plural ("authorities", "lawmakers": "they"), the actor it
    stands for where a pronoun may refer to it (None for a possessor or a name after a
    preposition), and the actor where only a preposition governs it."""
    found: list[tuple[int, bool, str | None, str | None]] = []
    bodies = _bodies()
    for m in _body_pattern().finditer(text):
        actor = bodies[m.group()]
        plural = m.group().endswith("s") or (actor.endswith("s") and not actor.isupper())
        if actor == "-":  # "the Colombian government": Colombia
            window = Sentence(Span(max(0, m.start() - _NAME_CHARS), m.end()), "")
            country = _country_before(text, window, m.start())
            name = "" if country is None else country[1]  # "officials": unnamed, still "they"
        else:
            name = _named(text, m.start(), _as_named(text, m.group(), actor))
        found.append((m.start(), plural, *_as_antecedent(text, m.start(), m.end(), name)))
    for place in find_places(text):
        span = place.span
        if place.place.kind in _JURISDICTIONS and not _in_case_name(text, span):
            name = place.place.name
            found.append((span.start, False, *_as_antecedent(text, span.start, span.end, name)))
    found.sort(key=lambda item: item[0])
    return found


def _as_antecedent(
    text: str, start: int, end: int, name: str | None
) -> tuple[str | None, str | None]:
    """``name`` as a subject "it" may refer to, and as a name a preposition governs, which
    "it" refers to only in its own sentence; neither for a possessor."""
    if text.startswith(_POSSESSIVE, end):
        return None, None
    return (name, None) if _may_be_subject(text, start) else (None, name)


def _may_be_subject(text: str, start: int) -> bool:
    """True for a name that no preposition governs."""
    before = text[max(0, start - 40) : start]
    words = _SENTENCE_END.split(before)[-1].split()  # from the start of its sentence
    while words and (
        "DETERMINER" in _modality().get(words[-1].lower(), frozenset()) or words[-1][:1].isupper()
    ):
        words.pop()  # "the three-judge panel", "the U.S. Court of Appeals"
    return not words or "PREPOSITION" not in _modality().get(words[-1].lower(), frozenset())


def _joint_subject(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate
) -> str | None:
    """The governments that set up a measure together ("Spain, Morocco and Portugal
    will start a joint operation"), as written: a measure several launch or unveil
    is one they agreed on. None unless two or more names, joined by commas and a last
    "and", stand right before the verb (a modal or adverb between), the first of them
    no prepositional object ("after talks with Chile, Peru launched")."""
    verb, reading = cand.verb, cand.reading
    if cand.kind is PolicyKind.AGREEMENT:
        parties = _parties_between(text, context, cand.end)
        if parties is not None:  # "the agreement between Italy and Albania": both
            return parties
    if verb is None or reading is None:
        return None
    if reading.cls not in _JOINT_CLASSES and cand.kind is not PolicyKind.AGREEMENT:
        return None  # "Spain and Morocco signed a pact": the parties to a deal, together
    index = _mention_before(text, context, verb.start, _MAX_JOINT_GAP_WORDS)
    return None if index is None else _listed(text, sentence, context, index, titles=False)


def _parties_between(text: str, context: _Context, end: int) -> str | None:
    """The parties a deal is "between", named right after its phrase ending at ``end``
    ("a pact between Spain and Morocco", "the deal signed between the U.S., Panama and
    Colombia"), as written. None unless two or more names, joined by commas and a last
    "and", follow "between" at once."""
    between = _BETWEEN.match(text, end)
    if between is None:
        return None
    mentions, starts = context.mentions, context.mention_starts
    first = bisect.bisect_left(starts, between.end())
    if first >= len(mentions) or text[between.end() : mentions[first][0]] not in _THE:
        return None  # "between the United States and Mexico": the name at once
    last = first
    while last + 1 < min(len(mentions), first + _MAX_LISTED) and list_joins().joined.fullmatch(
        text, mentions[last][1], mentions[last + 1][0]
    ):
        last += 1
    if last == first or not list_joins().closing.fullmatch(
        text, mentions[last - 1][1], mentions[last][0]
    ):
        return None
    return text[mentions[first][0] : mentions[last][1]].removeprefix("the ")


def _listed(
    text: str, sentence: Sentence, context: _Context, index: int, *, titles: bool = True
) -> str | None:
    """The list of names the name at ``index`` closes, as written ("Chile, Peru and
    Bolivia"), when it is one: two or more names joined by commas and a last "and", the
    first of them no prepositional object ("after talks with Chile, Peru launched").
    Officials listed with their titles ("Prime Minister Ana Ruiz and President Jon Lee")
    are named by their surnames ("Ruiz and Lee"), unless ``titles`` is false."""
    mentions = context.mentions
    if index < 1:
        return None
    last_start, last_end, last_name = mentions[index]
    titled = False
    if not list_joins().closing.fullmatch(text, mentions[index - 1][1], last_start):
        if not titles or not _titled_joint(text, context, index, list_joins().closing):
            return None
        titled = True
    first = index - 1
    stop = max(0, index - _MAX_LISTED)  # a list, not a text of names
    while first > stop:
        if list_joins().joined.fullmatch(text, mentions[first - 1][1], mentions[first][0]):
            first -= 1
        elif titles and _titled_joint(text, context, first, list_joins().joined):
            first, titled = first - 1, True
        else:
            break
    if "PREPOSITION" in _governing(text, sentence, mentions[first][0]):
        return None
    if not titled:
        return text[mentions[first][0] : last_end]
    names = [_named(text, m[0], m[2]) for m in mentions[first:index]]
    return f"{', '.join(names)} {_references_table().joined} {_named(text, last_start, last_name)}"


def _titled_joint(text: str, context: _Context, index: int, joint: re.Pattern[str]) -> bool:
    """True when the official at ``index`` follows the name before it past a joint of a
    list and his title or given name alone ("Starmer and French President Emmanuel
    Macron"): the two are listed."""
    start, _end, name = context.mentions[index]
    if name not in context.countries and not _is_official(context, name):
        return False
    before = context.mentions[index - 1][1]
    found = joint.match(text, before, start)
    return found is not None and _TITLE_RUN.fullmatch(text, found.end(), start) is not None


def _is_official(context: _Context, name: str) -> bool:
    """True for the surname of an official the article names."""
    return name in context.official_names  # not a walk over every mention: linear time


def _partitive(text: str, sentence: Sentence, position: int) -> bool:
    """True for a name after a group noun and "of" ("a handful of House members"): the
    group is made of what is named, so the name is the subject, not a prepositional object."""
    words = text[max(sentence.start, position - 40) : position].split()[-3:]
    while words and "DETERMINER" in _modality().get(words[-1].lower(), frozenset()):
        words.pop()
    return (
        len(words) >= 2
        and words[-1].lower() == "of"
        and "PARTITIVE" in _modality().get(words[-2].lower(), frozenset())
    )


def _agent(
    text: str, sentence: Sentence, context: _Context, cand: _Candidate, reach: int = _REACH
) -> str | None:
    """The agent of a passive after the phrase: "was blocked by a federal judge", "created
    by Democratic President Joe Biden" (titles and epithets may stand between "by" and the
    name), "implemented by US President Donald Trump" (the official, not his country)."""
    mentions, starts = context.mentions, context.mention_starts
    for index in range(bisect.bisect_left(starts, cand.end), len(mentions)):
        start, end, name = mentions[index]
        if start > cand.end + reach:
            break
        if _after_by(text, sentence, start):
            if index + 1 < len(mentions) and _titled(text, end, mentions[index + 1][0]):
                return mentions[index + 1][2]  # "US President Donald Trump": Trump
            return name
    return None


def _after_by(text: str, sentence: Sentence, position: int) -> bool:
    """True when "by" governs a name at ``position``, past determiners and capitalised
    titles or epithets ("by the Democratic President"), and past forces that belong to it
    ("by authorities from the National Migration Institute", "by agents of the ...")."""
    words = text[max(sentence.start, position - 80) : position].split()[-_TITLE_WORDS - 3 :]
    at = len(words) - 1
    while at >= 0:
        word = words[at]
        classes = _modality().get(word.lower(), frozenset())
        if "AGENT" in classes:
            return True
        if word in _BELONGS and at > 0 and _bodies().get(words[at - 1]) == "-":
            at -= 2  # "authorities from": the forces of the body named after
            continue
        partitive = _modality().get(words[at - 1].lower(), frozenset()) if at > 0 else frozenset()
        if word == "of" and "PARTITIVE" in partitive:
            at -= 2  # "by a coalition of": the group is made of those named after
            continue
        if "DETERMINER" not in classes and not word[:1].isupper():
            return _ends_with(words[: at + 1], _references_table().ordered)
        at -= 1
    return False


@per_language
def _speech_phrases() -> tuple[tuple[str, ...], ...]:
    """The verbs of speech, each as a phrase of one word."""
    return tuple((word,) for word in sorted(_modal_class("SPEECH")))


def _phrase_before(
    text: str, sentence: Sentence, position: int, phrases: tuple[tuple[str, ...], ...]
) -> bool:
    """True when one of ``phrases`` ("according to") stands before a name at ``position``,
    past determiners and capitalised titles ("according to the Mexican Foreign Ministry")."""
    words = text[max(sentence.start, position - 80) : position].split()[-_TITLE_WORDS - 4 :]
    at = len(words) - 1
    while at >= 0:
        word = words[at]
        if (
            "DETERMINER" not in _modality().get(word.lower(), frozenset())
            and not word[:1].isupper()
        ):
            return _ends_with(words[: at + 1], phrases)
        at -= 1
    return False


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``words`` end with one of ``phrases`` (lower case, word by word)."""
    folded = [word.lower() for word in words]
    return any(len(p) <= len(folded) and tuple(folded[-len(p) :]) == p for p in phrases)


def _titled(text: str, end: int, start: int) -> bool:
    """True when only capitalised words (a title) stand between a name ending at ``end`` and
    one starting at ``start``: "US President Donald Trump", "Mexican Foreign Minister X"."""
    between = text[end:start].split()
    return len(between) <= _TITLE_WORDS and all(w[:1].isupper() for w in between)


def _owner(text: str, sentence: Sentence, context: _Context, obj: _Word) -> str | None:
    """Whose measure an object names: a possessor or a name right before it ("Trump's
    attempt", "the Texas law", "the administration's push"), past a word or two."""
    at = _mention_before(text, context, obj.start, _OWNER_WORDS)
    own = _OWN_BEFORE.search(text, max(sentence.start, obj.start - _IT_CHARS), obj.start)
    if own is not None and (at is None or context.mentions[at][1] <= own.start()):
        return _official_antecedent(text, sentence, context, own.start())  # "his order"
    if at is None:
        return None
    start, end, name = context.mentions[at]
    gap = text[end : obj.start]
    hyphen = _HYPHENATED.match(gap)
    if hyphen is not None:  # "a Trump-era ban", "a Biden-era asylum rule": his
        gap = gap[hyphen.end() :]
    if gap.startswith(_POSSESSIVE) or gap == " " or _modifiers(gap):
        return _named(text, start, name)  # "the Texas law", "a Texas state law"
    return None


def _modifiers(gap: str) -> bool:
    """True for a word or two between a name and the measure it qualifies that only
    qualify the measure too ("Texas state law", "U.S. asylum rule"): lower-case words,
    no function word among them."""
    words = gap.split()
    return (
        gap.startswith(" ")
        and gap.endswith(" ")
        and 0 < len(words) <= _MODIFIER_WORDS
        and all(
            w.isalpha() and w.islower() and not _modality().get(w, frozenset()) & _FUNCTION
            for w in words
        )
    )


def _measure_owner(
    text: str, sentence: Sentence, context: _Context, obj: _Word, end: int
) -> str | None:
    """Who a measure named by ``obj`` (its phrase ending at ``end``) is the measure of:
    its possessor or the name before it ("Trump's order", "the Texas law"), the subject
    of a relative clause right after it ("the order Trump signed"), or the agent of a
    participle right after it ("an order issued by Trump"). None when none is named."""
    owner = _owner(text, sentence, context, obj)
    if owner is not None:
        return owner
    at = bisect.bisect_left(context.mention_starts, max(obj.end, end))
    if at >= len(context.mentions):
        return None
    start, end_, name = context.mentions[at]
    gap = text[max(obj.end, end) : start]
    if not _close_gap(gap, max_words=_AGENT_WORDS):
        return None
    if "DETERMINER" in _modality().get(gap.strip().lower(), frozenset()) or not gap.strip():
        if text[end_ + 1 : end_ + 2].islower():  # "the order Trump signed", "the rule the
            return _named(text, start, name)  # department issued": a relative's subject
        return None
    if _from_source(gap):  # "a lawsuit from Republican-led Texas and Missouri"
        listed = _listed(text, sentence, context, _last_listed(text, context, at))
        return listed or _named(text, start, name)
    return _named(text, start, name) if _after_by(text, sentence, start) else None


def _from_source(gap: str) -> bool:
    """True for "from" right after a measure, before who it comes from, past determiners
    and capitalised epithets ("a lawsuit from Republican-led Texas", "a request from the
    Mexican government")."""
    words = gap.split()
    return (
        bool(words)
        and words[0] == "from"
        and all(
            w[:1].isupper() or "DETERMINER" in _modality().get(w.lower(), frozenset())
            for w in words[1:]
        )
    )


def _last_listed(text: str, context: _Context, index: int) -> int:
    """The index of the last name of the list the name at ``index`` opens ("Texas and
    Missouri": Missouri's), or ``index`` when it opens none."""
    mentions = context.mentions
    last = min(len(mentions) - 1, index + _MAX_LISTED)  # a list, not a text of names
    while index < last and list_joins().joined.fullmatch(
        text, mentions[index][1], mentions[index + 1][0]
    ):
        index += 1
    return index


def _possessor(text: str, context: _Context, obj: _Word) -> str | None:
    """The possessor named right before a measure ("Trump's Remain in Mexico policy"), past
    a word or two of its name; None for a name that only modifies it ("the Texas law")."""
    at = bisect.bisect_left(context.mention_starts, obj.start) - 1
    if at < 0:
        return None
    start, end, name = context.mentions[at]
    if end > obj.start or not text.startswith(_POSSESSIVE, end):
        return None
    gap = text[end + 2 : obj.start].strip(_QUOTES)  # "Trump's “Remain in Mexico” policy"
    if _words(gap) > _OWNER_WORDS or not _close_gap(gap, max_words=_OWNER_WORDS):
        return None
    return _named(text, start, name)


def _owner_after(text: str, context: _Context, cand: _Candidate) -> str | None:
    """The possessor an apposition right after a measure names ("Operation Lone Star,
    Gov. Greg Abbott's border effort"): whose measure it is."""
    if not text.startswith(", ", cand.end):
        return None
    at = bisect.bisect_left(context.mention_starts, cand.end)
    if at >= len(context.mentions):
        return None
    start, end, name = context.mentions[at]
    between = text[cand.end + 2 : start].split()
    if len(between) > _TITLE_WORDS or not all(w[:1].isupper() for w in between):
        return None  # only a title between: "Gov. Greg Abbott's"
    return _named(text, start, name) if text.startswith(_POSSESSIVE, end) else None


def _mention_before(text: str, context: _Context, position: int, max_words: int) -> int | None:
    """The index of the name that ends right before ``position``, at most ``max_words``
    words away (a modal or an adverb between), or None."""
    at = bisect.bisect_left(context.mention_starts, position) - 1
    if at < 0:
        return None
    _start, end, _name = context.mentions[at]
    if end > position or not _close_gap(text[end:position], max_words=max_words):
        return None
    return at
