"""The actions of the article taken together (:class:`_Found`): across sentences and
deduplicated.

A headline or caption yields to the body; forces sent by no one named are the
government's; an action without an actor takes the last action's; a closure later
undone is reversed; a challenge to a measure named again takes the measure's place; an
action placed nowhere is where the article's actions are; the same action named again is
one record (:func:`_deduplicated`), but not one of another year or another figure.
"""

from __future__ import annotations

import re

from attrs import evolve, frozen

from migrationnews.extract.policy._candidates import (
    _FINITE_PAST,
    _NEAR_PHRASES,
    _auxiliary,
    _Candidate,
    _head,
)
from migrationnews.extract.policy._mentions import _JURISDICTIONS, _country_before, _own_names
from migrationnews.extract.policy._place import _Setting
from migrationnews.extract.policy._rules import (
    _OPERATION_CLASS,
    _bodies,
    _body_pattern,
    _measure_classes,
)
from migrationnews.extract.policy._status import _DONE, _RULED_ON
from migrationnews.gazetteer import place_named
from migrationnews.records import PolicyAction, PolicyKind, PolicyStatus
from migrationnews.ruledata import country_names
from migrationnews.text import Sentence
from migrationnews.values import Place, PlaceKind

_REOPENED_WITHIN = 2  # sentences after a closure in which a reopening reverses it
_REFERS_WITHIN = 2  # sentences back a challenge to "the measure" looks for the measure
_DIGITS = re.compile(r"\d[\d,]*")  # a figure in digits: "10,000"
_FIGURE_BEFORE_CHARS = 12  # how far before a phrase its figure may stand ("250 troops were")
_SUM_AFTER_WORDS = 3  # words after a phrase within which the sum it gives is named
_SUM_AFTER_CHARS = 40  # ... and the characters those words may span
_CARRIED_WITHIN = 4  # sentences back an action without an actor takes the last one's actor
_UNNAMED_OPERATIONS = "OPERATIONS"  # the object class of "operation", "crackdown"
_BODY_END = frozenset(".!?\"'”’")  # the last character of a sentence of body text


def _is_headline(sentence: Sentence) -> bool:
    """A headline or caption: a line that does not end as a sentence of body text does."""
    return sentence.text[-1:] not in _BODY_END


def _identity(cand: _Candidate) -> tuple[str, ...]:
    """What makes two mentions the same action: the measure named, or verb and target."""
    if cand.obj_class is not None and cand.obj_class in _measure_classes():
        return (cand.kind.value, cand.obj_class, _head(cand.obj))  # a rule is not a program
    verb = cand.reading.cls if cand.reading is not None else ""
    return (cand.kind.value, verb, cand.obj_class or "")


@frozen
class _Found:
    """An action read from its sentence, with what merging across sentences needs."""

    cand: _Candidate
    action: PolicyAction
    sentence: int
    own_place: Place | None  # a place named in or right after the phrase
    name: str | None  # the proper name written before its object: "the Westgate crossing"
    definite: bool  # a noun phrase after "the": it refers back to an earlier mention
    refers: bool  # its object is a measure named again ("challenged the measure")
    forces: bool = False  # a passive of bare forces: "troops were sent", by their government
    figure: str | None = None  # a figure in digits in or right before the phrase


def _forces_sent(text: str, sentence: Sentence, cand: _Candidate) -> bool:
    """True for a passive whose subject is forces no country is named with ("troops were
    sent to the border", "agents had been deployed"): their government sent them."""
    verb, reading = cand.verb, cand.reading
    if verb is None or reading is None or reading.form not in _FINITE_PAST:
        return False
    force = _body_pattern().match(text, cand.start)
    if force is None or _bodies()[force.group()] != "-" or force.end() > verb.start:
        return False
    if _country_before(text, sentence, cand.start) is not None:
        return False  # "Mexican troops were sent": the actor is Mexico already
    return "BE" in _auxiliary(text, force.end(), verb.start)


def _governments_of_forces(found: list[_Found], setting: _Setting) -> list[_Found]:
    """Forces sent by no one named ("troops were deployed across the country", as a
    minister said) were sent by their government: the country of the national official
    the action is otherwise given to, not the official who reports it."""
    out = list(found)
    for j, item in enumerate(out):
        actor = item.action.actor
        if not item.forces or actor is None or actor not in setting.jurisdictions:
            continue
        if actor in setting.local:
            continue  # a governor or a mayor sends a state's or a city's forces
        jurisdiction = setting.jurisdiction(actor)
        if jurisdiction is not None and jurisdiction.kind is PlaceKind.COUNTRY:
            name = _own_names().get(jurisdiction.name, jurisdiction.name)
            out[j] = evolve(item, action=evolve(item.action, actor=name))
    return out


def _carried_actors(found: list[_Found]) -> list[_Found]:
    """An action whose sentence names no actor is done by the actor of the action just
    before it, in the same sentence or a few before ("Panama closed three paths. Two
    more will be shut next month."): the text goes on about the same government. So does
    the place: an action that names none, by the same actor or by none, is where the
    action just before it is ("troops were sent to Chiapas. They set up checkpoints")."""
    out = list(found)
    for j in range(1, len(out)):
        item, before = out[j], out[j - 1]
        if item.sentence - before.sentence > _CARRIED_WITHIN:
            continue
        if item.action.place is None and _compatible(item.action.actor, before.action.actor):
            out[j] = item = evolve(item, action=evolve(item.action, place=before.action.place))
        if item.action.actor is not None or before.action.actor is None:
            continue
        if (before.action.kind is PolicyKind.LEGAL_CHALLENGE) != (
            item.action.kind is PolicyKind.LEGAL_CHALLENGE
        ):
            continue  # a court and the measure it rules on have different actors
        out[j] = evolve(item, action=evolve(item.action, actor=before.action.actor))
    return out


def _reverse_undone_closures(found: list[_Found]) -> list[_Found]:
    """A closure whose crossings are later said to have reopened is reversed."""
    out = list(found)
    for j, later in enumerate(found):
        if later.cand.kind is not PolicyKind.REOPENING:
            continue
        for i in range(j - 1, max(-1, j - 1 - _NEAR_PHRASES), -1):  # two sentences back at most
            earlier = out[i]
            if later.sentence - earlier.sentence > _REOPENED_WITHIN:
                break
            if (
                earlier.cand.kind is PolicyKind.CLOSURE
                and earlier.cand.start < later.cand.start
                and _head(earlier.cand.obj) == _head(later.cand.obj)
                and _alike(earlier, later)  # the same crossing
            ):
                action = evolve(earlier.action, status=PolicyStatus.REVERSED)
                out[i] = evolve(earlier, action=action)
                if later.own_place is None and earlier.action.place is not None:
                    reopened = evolve(later.action, place=earlier.action.place)
                    out[j] = evolve(out[j], action=reopened)  # where the crossings were shut
    return out


def _placed_by_referent(found: list[_Found]) -> list[_Found]:
    """A challenge to a measure named again ("challenged the measure", "to suspend the
    deal") with no place of its own is where the measure is: the place of the nearest
    action before it, at most two sentences back."""
    out = list(found)
    for j, later in enumerate(found):
        if not (later.refers and later.own_place is None):
            continue
        challenge = later.action.kind is PolicyKind.LEGAL_CHALLENGE
        for i in range(j - 1, max(-1, j - 1 - _NEAR_PHRASES), -1):
            earlier = out[i]
            if later.sentence - earlier.sentence > _REFERS_WITHIN:
                break
            if earlier.action.kind is PolicyKind.LEGAL_CHALLENGE or earlier.action.place is None:
                continue
            if not challenge and earlier.cand.obj_class != later.cand.obj_class:
                continue  # "pause the tariffs": where the tariffs named before fall
            out[j] = evolve(later, action=evolve(later.action, place=earlier.action.place))
            break
    return out


def _placed_in_main_country(found: list[_Found]) -> list[_Found]:
    """An action still without a place is in the country the article's actions are in, or
    whose government acts, most often (a ruling, a law, a visa the text places nowhere):
    the country the article is about."""
    counts: dict[str, int] = {}
    for item in found:  # where each action is, and which government acts
        actor = item.action.actor
        for place in (item.action.place, place_named(actor) if actor is not None else None):
            if place is not None and place.country is not None:
                counts[place.country] = counts.get(place.country, 0) + 1
    if not counts or all(item.action.place is not None for item in found):
        return found
    code = max(counts, key=lambda c: counts[c])  # the first of the most frequent
    main = place_named(country_names().get(code, ""))
    if main is None:
        return found
    return [
        item
        if item.action.place is not None
        else evolve(item, action=evolve(item.action, place=main))
        for item in found
    ]


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _alike(a: _Found, b: _Found) -> bool:
    """True unless the two name different places or different objects by name, or are
    done by different governments ("Texas sent troops", "Arizona will send troops")."""
    return (
        _compatible(a.own_place, b.own_place)
        and _compatible(a.name, b.name)
        and _compatible(_government(a.action.actor), _government(b.action.actor))
        and _compatible(a.figure, b.figure)
        and _compatible(_year(a.action), _year(b.action))
    )


def _year(action: PolicyAction) -> int | None:
    """The year an action is dated to, if the text dates it: a deployment in 2019 and one
    this week are two ("Mexico began the deployment on Tuesday ... In 2019, Mexico sent
    15,000 troops")."""
    period = action.date
    return period.start.year if period is not None and period.start is not None else None


def _figure_in(text: str, cand: _Candidate) -> str | None:
    """The first figure written in digits in an action's phrase or right before it ("sent
    300 troops", "250 troops were headed"), or the sum a word or two after it ("aid
    totaling $1.12 billion"): two deployments of different sizes are two actions ("250
    troops were headed to the border", "he wants to send 300 each week"), and so are two
    sums given."""
    found = _DIGITS.search(text, cand.start, cand.end)
    if found is None:
        before = text[max(0, cand.start - _FIGURE_BEFORE_CHARS) : cand.start].split()
        if before and before[-1][:1].isdigit():
            return before[-1].replace(",", "")  # right before its object: "250 troops were"
        for word in text[cand.end : cand.end + _SUM_AFTER_CHARS].split()[:_SUM_AFTER_WORDS]:
            if word.lstrip("$€£")[:1].isdigit():  # "aid totaling $1.12 billion": its sum
                return word.lstrip("$€£").rstrip(".,;:").replace(",", "")
            if word[-1:] in ".,;:":
                break
        return None
    return found.group().replace(",", "")


def _government(actor: str | None) -> str | None:
    """The actor when it is a country or state acting as itself, else None."""
    place = place_named(actor) if actor is not None else None
    return actor if place is not None and place.kind in _JURISDICTIONS else None


def _same_action(kept: _Found, later: _Found) -> bool:
    """True when ``later`` names the action ``kept`` (same identity) again."""
    if not _alike(kept, later):
        return False
    carried_out = (
        (
            later.action.status is PolicyStatus.ENACTED
            or (
                later.action.status is PolicyStatus.ONGOING
                and kept.action.status is PolicyStatus.PLANNED
            )
        )
        and kept.action.status not in _DONE
        and later.cand.verb is not None
    )
    further = (
        kept.action.status is PolicyStatus.ENACTED
        and later.action.status in {PolicyStatus.PLANNED, PolicyStatus.ANNOUNCED}
        and later.cand.verb is not None
        and later.sentence != kept.sentence
    )
    ended = (
        later.action.status is PolicyStatus.REVERSED
        and kept.action.status is not PolicyStatus.REVERSED
    )  # a measure and its ending: "programs created by Biden" and "ending the programs"
    return not (carried_out or further or ended)  # a plan carried out, a step then one to come


def _restated(headline: _Candidate, body: dict[PolicyKind, tuple[set[str], set[str]]]) -> bool:
    """True when the body states the headline's action: same kind, same verb or object."""
    if headline.kind not in body:
        return False
    classes, objects = body[headline.kind]
    return bool(headline.classes & classes) or (
        headline.obj_class is not None and headline.obj_class in objects
    )


def _restated_by(item: _Found, kept: _Found) -> bool:
    """True for a measure named by a bare noun phrase (no verb of its own) after an action
    of the same kind on the same measure class (``kept``): a mention of it, not a second
    measure ("a national emergency declaration" after "will declare a national emergency")."""
    cand = item.cand
    return (
        cand.verb is None
        and not cand.classes  # not a measure a relative clause describes anew
        and cand.obj_class in _measure_classes()
        and kept.cand.obj_class == cand.obj_class
        and _alike(kept, item)
    )


def _named_later(earlier: list[_Found], item: _Found) -> _Found | None:
    """The operation an operation's name names, when the article first described it
    without its name ("Texas's border security operation ... the two-year operation, known
    as Operation Lone Star"; "its border effort, Operation Safe Border"): the one unnamed
    operation kept so far, by a noun alone, with no named one kept before (AP, Texas
    Tribune on Operation Lone Star; Reuters on named federal operations)."""
    if item.cand.obj_class != _OPERATION_CLASS:
        return None
    if any(k.cand.obj_class == _OPERATION_CLASS for k in earlier):
        return None  # a second name: another operation
    unnamed = [
        k
        for k in earlier
        if k.cand.obj_class == _UNNAMED_OPERATIONS and k.cand.verb is None and _alike(k, item)
    ]
    return unnamed[0] if len(unnamed) == 1 else None


def _deduplicated(found: list[_Found]) -> list[_Found]:
    """Each action once: later mentions of it are dropped (not those at another place of
    their own: "the closure of the Nogales crossing" after the Lukeville one); a headline
    or caption yields to the body, which restates what it sums up."""
    body: dict[PolicyKind, tuple[set[str], set[str]]] = {}  # kind: verb classes, objects
    for item in found:
        if not item.cand.headline:
            classes, objects = body.setdefault(item.cand.kind, (set(), set()))
            classes.update(item.cand.classes)
            objects.add(item.cand.obj_class or "")
    kinds: dict[PolicyKind, list[_Found]] = {}  # kind: those kept
    kept: dict[tuple[str, ...], list[_Found]] = {}
    challenged: set[int] = set()  # the kept measures a later mention says a court acted on
    for item in found:
        if item.cand.headline and _restated(item.cand, body):
            continue
        earlier = kinds.get(item.cand.kind, [])
        same = kept.setdefault(_identity(item.cand), [])
        first = (
            next((k for k in earlier if _alike(k, item)), None) if item.definite else None
        ) or (next((k for k in earlier if _restated_by(item, k)), None))
        first = first or next((k for k in same if _same_action(k, item)), None)
        first = first or _named_later(earlier, item)
        if first is None:
            same.append(item)
            earlier.append(item)
            kinds[item.cand.kind] = earlier
        elif item.action.status is PolicyStatus.CHALLENGED and first.action.status in _RULED_ON:
            challenged.add(id(first))  # "ended the programs" ... "blocked the ending": one
    return [  # measure, at its first mention, with the status the court's ruling gives it
        evolve(item, action=evolve(item.action, status=PolicyStatus.CHALLENGED))
        if id(item) in challenged
        else item
        for items in kept.values()
        for item in items
    ]
