"""Comparing records: do two figures, caravans, officials, meetings or policy actions agree?

:func:`compare` answers with a :class:`Relation`:

* ``same`` -- the two say the same thing: equal figures after unit conversion, with the
  same kind of hedge (both exact, both "about", both "more than"...); the same person;
  the same meeting or policy action with the same facts.
* ``consistent`` -- they are about the same thing and can both be true: the intervals
  their hedges allow overlap.
* ``conflicting`` -- they are about the same thing and cannot both be true: the intervals
  are disjoint (or, for a person, the titles name different offices; for a policy
  action, one report has it in force and the other reversed over the same dates).
* ``incomparable`` -- they are not about the same thing: different measures, periods,
  places, people, groups, meetings, or actions of another kind or by another actor.

The relation is symmetric, and converting units (miles and kilometres) never changes it.

>>> from migrationnews.records import Measure, Statistic, Unit
>>> from migrationnews.values import Estimate, Qualifier, Span
>>> def stat(value, text):
...     return Statistic(value, Unit.PERSON, Measure.APPREHENSIONS, Span(0, len(text)), text)
>>> over = stat(Estimate(190000, None, Qualifier.MORE_THAN), "more than 190,000")
>>> compare(over, stat(Estimate.exact(191113), "191,113")).relation
<Relation.CONSISTENT: 'consistent'>
>>> compare(over, stat(Estimate(None, 150000, Qualifier.LESS_THAN), "fewer than 150,000")).relation
<Relation.CONFLICTING: 'conflicting'>
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
from attrs import frozen

from migrationnews import ruletables
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.gazetteer import country_code
from migrationnews.offices import (
    given_compatible,
    name_tokens,
    people_named,
    split_name,
    titles_alike,
)
from migrationnews.records import (
    Article,
    Caravan,
    Meeting,
    MeetingKind,
    Official,
    PolicyAction,
    PolicyStatus,
    Record,
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.text import fold_plain
from migrationnews.values import Estimate, Period, Place, Qualifier, StrEnum

__all__ = [
    "ABOUT_TOLERANCE",
    "ROUNDING_TOLERANCE",
    "ArticleComparison",
    "Comparison",
    "RecordPair",
    "Relation",
    "compare",
    "compare_articles",
    "estimate_interval",
    "intervals_overlap",
    "merge_caravans",
    "places_differ",
    "rounding_tolerance",
    "same_person",
    "spanning_estimate",
]

ABOUT_TOLERANCE = 0.10
""""about X" allows X ± 10%."""

ROUNDING_TOLERANCE = 0.005
"""Lengths and durations are rounded when written ("1,600 miles", "2,575 km"): ± 0.5%."""

_FUZZ = 1e-9  # relative slack for float noise from unit conversion; far below any rounding


class Relation(StrEnum):
    """How two records relate (see the module docstring for the definitions)."""

    SAME = "same"
    CONSISTENT = "consistent"
    CONFLICTING = "conflicting"
    INCOMPARABLE = "incomparable"


@frozen
class Comparison:
    """The relation of two records and, in words, why."""

    relation: Relation
    reason: str


@frozen
class RecordPair:
    """Two records found to be about the same thing, one from each article."""

    first: Record
    second: Record
    comparison: Comparison

    @property
    def relation(self) -> Relation:
        return self.comparison.relation


@frozen
class ArticleComparison:
    """The cross-outlet view of two articles: what agrees, what conflicts, what is unmatched.

    ``agreements`` hold the pairs whose relation is ``same`` or ``consistent``, ``conflicts``
    those that are ``conflicting``; a record paired with nothing is in ``only_in_first`` or
    ``only_in_second``.
    """

    agreements: tuple[RecordPair, ...]
    conflicts: tuple[RecordPair, ...]
    only_in_first: tuple[Record, ...]
    only_in_second: tuple[Record, ...]


# --- figures as intervals -------------------------------------------------------------


_CLASSES = {
    Qualifier.EXACT: "exact",
    Qualifier.ABOUT: "about",
    Qualifier.MORE_THAN: "lower bound",
    Qualifier.AT_LEAST: "lower bound",
    Qualifier.VAGUE: "lower bound",
    Qualifier.LESS_THAN: "upper bound",
    Qualifier.AT_MOST: "upper bound",
    Qualifier.RANGE: "range",
}


def estimate_interval(
    estimate: Estimate, scale: float = 1.0, rounding: float = 0.0
) -> tuple[float, float]:
    """The closed interval an estimate allows, times ``scale``, widened by the tolerances.

    "about X" allows X ± :data:`ABOUT_TOLERANCE`; ``rounding`` (a relative tolerance) widens
    every bound. Bounds are inclusive: "more than 190,000" is taken as 190,000 or more,
    since newspapers round down to write it. A missing low is 0, a missing high infinity.

    >>> estimate_interval(Estimate(1000, 1000, Qualifier.ABOUT))
    (900.0, 1100.0)
    >>> estimate_interval(Estimate(None, 500, Qualifier.LESS_THAN))
    (0.0, 500.0)
    """
    if not isinstance(estimate, Estimate):
        raise ArgumentTypeError("estimate", "Estimate", estimate)
    low, high = estimate.interval()
    low, high = float(low) * scale, float(high) * scale
    if estimate.qualifier is Qualifier.ABOUT:
        low, high = low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
    return low * (1 - rounding), high * (1 + rounding)


def _le(a: float, b: float) -> bool:
    """``a <= b`` up to float noise."""
    return a <= b or a - b <= _FUZZ * max(abs(a), abs(b))


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two closed intervals (as :func:`estimate_interval` gives) share a value,
    up to float noise from unit conversion.

    >>> intervals_overlap((900.0, 1100.0), (1100.0, 2000.0)), intervals_overlap((0, 1), (2, 3))
    (True, False)
    """
    return _le(a[0], b[1]) and _le(b[0], a[1])


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= (tolerance + _FUZZ) * max(abs(a), abs(b))


def _same_estimate(
    a: Estimate, b: Estimate, scale_a: float = 1.0, scale_b: float = 1.0, rounding: float = 0.0
) -> bool:
    if _CLASSES[a.qualifier] != _CLASSES[b.qualifier]:
        return False

    def scaled(x: float | None, scale: float) -> float | None:
        return None if x is None else float(x) * scale

    return _close(scaled(a.low, scale_a), scaled(b.low, scale_b), rounding) and _close(
        scaled(a.high, scale_a), scaled(b.high, scale_b), rounding
    )


def _figures(
    a: Estimate, b: Estimate, scale_a: float = 1.0, scale_b: float = 1.0, rounding: float = 0.0
) -> Comparison:
    """Compare two figures already known to be about the same thing."""
    shown_a, shown_b = a.text or a.describe(), b.text or b.describe()
    if _same_estimate(a, b, scale_a, scale_b, rounding):
        return Comparison(Relation.SAME, f"{shown_a!r} and {shown_b!r} are the same figure")
    ia = estimate_interval(a, scale_a, rounding)
    ib = estimate_interval(b, scale_b, rounding)
    if intervals_overlap(ia, ib):
        return Comparison(Relation.CONSISTENT, f"{shown_a!r} and {shown_b!r} allow a common value")
    return Comparison(Relation.CONFLICTING, f"{shown_a!r} and {shown_b!r} allow no common value")


def spanning_estimate(estimates: Iterable[Estimate]) -> Estimate | None:
    """The narrowest estimate covering all of ``estimates`` (None if none, or unbounded).

    This is how the annotation guideline sums up a caravan whose sources disagree.

    >>> spanning_estimate([Estimate.exact(6000), Estimate(None, 10000, Qualifier.AT_MOST)])
    Estimate(low=None, high=10000, qualifier=<Qualifier.AT_MOST: 'at_most'>, text='')
    >>> spanning_estimate([Estimate.exact(6000), Estimate.exact(10000)]).qualifier
    <Qualifier.RANGE: 'range'>
    """
    items = list(estimates)
    if not items:
        return None
    if all(e == items[0] for e in items):
        return items[0]
    lows = [e.low for e in items]
    highs = [e.high for e in items]
    low = None if any(x is None for x in lows) else min(x for x in lows if x is not None)
    high = None if any(x is None for x in highs) else max(x for x in highs if x is not None)
    if low is None and high is None:
        return None
    return Estimate.spanning(low, high, (e.qualifier for e in items))


# --- units ------------------------------------------------------------------------------


def rounding_tolerance(unit: Unit) -> float:
    """The relative tolerance a figure in ``unit`` is compared with: :data:`ROUNDING_TOLERANCE`
    for lengths and durations, which are rounded when written, none for counts and money.

    >>> rounding_tolerance(Unit.KILOMETER), rounding_tolerance(Unit.PERSON)
    (0.005, 0.0)
    """
    return ROUNDING_TOLERANCE if unit.dimension in ("[length]", "[time]") else 0.0


def _base(unit: Unit) -> tuple[str, float, float]:
    """(dimension, factor to base units, rounding tolerance) of a unit."""
    return unit.dimension, unit.factor, rounding_tolerance(unit)


# --- names and places ---------------------------------------------------------------------


def _surnames_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or one ends the other ("obrador" ~ "lopez obrador")."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short


def _names_match(name_a: str, surname_a: str, name_b: str, surname_b: str) -> bool:
    full_a, full_b = name_tokens(name_a), name_tokens(name_b)
    if full_a == full_b and name_tokens(surname_a) == name_tokens(surname_b):
        return True
    people_a, people_b = people_named(full_a), people_named(full_b)
    if people_a and people_b:
        return bool(people_a & people_b)
    given_a, family_a = split_name(name_a, surname_a)
    given_b, family_b = split_name(name_b, surname_b)
    return _surnames_compatible(family_a, family_b) and given_compatible(given_a, given_b)


def same_person(a: Official, b: Official) -> bool:
    """True when two officials are the same person, across spellings, accents and initials.

    "Antony J. Blinken", "Antony Blinken", "Tony Blinken" (an alias in the gazetteer) and
    "Blinken" are one person; officials of different countries, or with clearly different
    first names, are not.

    >>> blinken = Official("Antony J. Blinken", "Blinken", "Secretary of State", "US")
    >>> same_person(blinken, Official("Blinken", "Blinken"))
    True
    >>> same_person(blinken, Official("Donald Blinken", "Blinken"))
    False
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Official):
            raise ArgumentTypeError(name, "Official", value)
    if a.country is not None and b.country is not None and a.country != b.country:
        return False
    return _names_match(a.name, a.surname, b.name, b.surname)


def _same_participant(a: str, b: str) -> bool:
    """Participants are names as written."""
    ta, tb = name_tokens(a), name_tokens(b)
    if a == b or (ta and ta == tb):
        return True
    if not ta or not tb:
        return False
    people_a, people_b = people_named(ta), people_named(tb)
    if people_a and people_b:
        return bool(people_a & people_b)
    short, long = sorted((ta, tb), key=len)
    if long[-len(short) :] == short:  # "Blinken", "López Obrador": a surname alone
        return True
    return ta[-1] == tb[-1] and given_compatible(ta[:-1], tb[:-1])


def places_differ(a: Place | None, b: Place | None) -> bool:
    """True when two places are known to be different: other countries, or names of which
    neither contains the other ("Texas" and "El Paso, Texas" do not differ). A missing
    place differs from none.
    """
    if a is None or b is None:
        return False
    if a.country is not None and b.country is not None and a.country != b.country:
        return True
    fa, fb = fold_plain(a.name), fold_plain(b.name)
    return fa != fb and fa not in fb and fb not in fa


def _place_label(p: Place | None) -> str:
    return "no place" if p is None else p.name


# --- periods -------------------------------------------------------------------------------


def _periods_comparable(a: Period | None, b: Period | None) -> bool:
    """Both absent, the same resolved stretch, or the same unresolved expression."""
    if a is None or b is None:
        return a is b
    if a.resolved and b.resolved:
        return a.start == b.start and a.end == b.end
    if a.resolved or b.resolved:
        return False
    return fold_plain(a.text) == fold_plain(b.text) and a.granularity == b.granularity


def _period_key(p: Period | None) -> object:
    """Equal for two periods exactly when :func:`_periods_comparable` holds."""
    if p is None or not p.resolved:
        return None if p is None else (fold_plain(p.text), p.granularity)
    return (p.start, p.end)


def _periods_overlap(a: Period | None, b: Period | None) -> bool | None:
    """True/False when both are resolved; None when either is unknown."""
    if a is None or b is None or a.start is None or b.start is None:
        return None
    if a.end is None or b.end is None:  # never: a period's dates are both set or both None
        return None
    return a.start <= b.end and b.start <= a.end


def _period_label(p: Period | None) -> str:
    if p is None:
        return "no period"
    if p.start is None:
        return repr(p.text)
    return f"{p.start}..{p.end}" if p.start != p.end else str(p.start)


# --- the comparisons --------------------------------------------------------------------


def _compare_statistics(a: Statistic, b: Statistic) -> Comparison:
    if a.measure is not b.measure:
        return Comparison(
            Relation.INCOMPARABLE,
            f"different measures ({a.measure.value} and {b.measure.value})",
        )
    dim_a, scale_a, rounding = _base(a.unit)
    dim_b, scale_b, _ = _base(b.unit)
    if dim_a != dim_b:
        return Comparison(
            Relation.INCOMPARABLE, f"units of different kinds ({a.unit.value} and {b.unit.value})"
        )
    if a.per != b.per:
        per_a = "a total" if a.per is None else f"per {a.per.value}"
        per_b = "a total" if b.per is None else f"per {b.per.value}"
        return Comparison(Relation.INCOMPARABLE, f"rates over different times ({per_a}, {per_b})")
    if not _periods_comparable(a.period, b.period):
        return Comparison(
            Relation.INCOMPARABLE,
            f"different periods ({_period_label(a.period)} and {_period_label(b.period)})",
        )
    if places_differ(a.place, b.place):
        return Comparison(
            Relation.INCOMPARABLE,
            f"different places ({_place_label(a.place)} and {_place_label(b.place)})",
        )
    found = _figures(a.value, b.value, scale_a, scale_b, rounding)
    return Comparison(found.relation, f"{a.measure.value}: {found.reason}")


def _size_of(c: Caravan) -> Estimate | None:
    if c.size is not None:
        return c.size
    return spanning_estimate(e.estimate for e in c.size_estimates)


def _compare_caravans(a: Caravan, b: Caravan) -> Comparison:
    if a.origins and b.origins and not set(a.origins) & set(b.origins):
        return Comparison(
            Relation.INCOMPARABLE,
            f"different groups: origins {','.join(a.origins)} and {','.join(b.origins)}",
        )
    if _periods_overlap(a.departed, b.departed) is False:
        return Comparison(
            Relation.INCOMPARABLE,
            f"different groups: departed {_period_label(a.departed)} "
            f"and {_period_label(b.departed)}",
        )
    size_a, size_b = _size_of(a), _size_of(b)
    sizes = None if size_a is None or size_b is None else _figures(size_a, size_b)
    if sizes is not None and sizes.relation is Relation.CONFLICTING:
        return Comparison(Relation.CONFLICTING, f"the same group, sizes differ: {sizes.reason}")
    same_distance = _same_distance(a.distance_to_border, b.distance_to_border)
    same_size = (
        size_a is None and size_b is None if sizes is None else sizes.relation is Relation.SAME
    )
    same = (
        same_size
        and same_distance
        and set(a.origins) == set(b.origins)
        and _fold_place(a.location) == _fold_place(b.location)
        and a.departed == b.departed
        and a.status is b.status
    )
    if same:
        return Comparison(Relation.SAME, "the same group with the same size, places and dates")
    detail = f"; {sizes.reason}" if sizes is not None else ""
    return Comparison(Relation.CONSISTENT, f"plausibly the same group{detail}")


def _fold_place(p: Place | None) -> str | None:
    return None if p is None else fold_plain(p.name)


def _same_distance(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    miles_a = float(a.to("mile").magnitude)
    miles_b = float(b.to("mile").magnitude)
    return _close(miles_a, miles_b, ROUNDING_TOLERANCE)


def _compare_officials(a: Official, b: Official) -> Comparison:
    if not same_person(a, b):
        return Comparison(Relation.INCOMPARABLE, f"different people ({a.name} and {b.name})")
    if a.title is not None and b.title is not None and not titles_alike(a.title, b.title):
        return Comparison(
            Relation.CONFLICTING,
            f"{a.name} and {b.name} are one person with different offices "
            f"({a.title!r} and {b.title!r})",
        )
    return Comparison(Relation.SAME, f"{a.name} and {b.name} are the same person")


def _compare_meetings(a: Meeting, b: Meeting) -> Comparison:
    shared = [p for p in a.participants if any(_same_participant(p, q) for q in b.participants)]
    shared_b = [q for q in b.participants if any(_same_participant(p, q) for p in a.participants)]
    if not a.participants and not b.participants:  # talks between governments alone
        shared = shared_b = [c for c in a.countries if c in b.countries]
    if not shared or not shared_b:
        return Comparison(Relation.INCOMPARABLE, "no participant in common")
    overlap = _periods_overlap(a.date, b.date)
    if overlap is False:
        return Comparison(
            Relation.INCOMPARABLE,
            f"different dates ({_period_label(a.date)} and {_period_label(b.date)})",
        )
    if places_differ(a.location, b.location):
        if overlap:
            return Comparison(
                Relation.CONFLICTING,
                f"the same participants on the same dates in different places "
                f"({_place_label(a.location)} and {_place_label(b.location)})",
            )
        return Comparison(
            Relation.INCOMPARABLE,
            f"different places ({_place_label(a.location)} and {_place_label(b.location)})",
        )
    kinds = {a.kind, b.kind} - {None}
    if MeetingKind.CALL in kinds and len(kinds) == 2:
        return Comparison(Relation.CONFLICTING, "one says a call, the other an in-person meeting")
    same = (
        sorted(name_tokens(p) for p in a.participants)
        == sorted(name_tokens(p) for p in b.participants)
        and sorted(a.countries) == sorted(b.countries)
        and a.date == b.date
        and _fold_place(a.location) == _fold_place(b.location)
        and a.status is b.status
        and a.kind is b.kind
    )
    if same:
        return Comparison(Relation.SAME, "the same meeting, participants, date and place")
    return Comparison(
        Relation.CONSISTENT, f"the same meeting as far as stated ({', '.join(shared)})"
    )


@functools.cache
def _body_names() -> dict[str, str]:
    """A government body's names, folded, to its short name: "customs and border
    protection" -> "cbp" (the names policy actions give their actors)."""
    return {
        fold_plain(form): fold_plain(row.actor)
        for row in ruletables.policy_bodies()
        if row.actor != "-"
        for form in row.forms
    }


def _actor_key(actor: str) -> str:
    """One spelling per actor: a body by its short name, a country by its code."""
    code = country_code(actor)
    if code is not None:
        return code.casefold()
    folded = fold_plain(actor)
    return _body_names().get(folded, folded)


def _same_actor(a: str | None, b: str | None) -> bool:
    """Whether two actors can be one: unstated, the same body or country under any of its
    names, one person ("Biden", "Joe Biden"), or one named within the other ("Texas" and
    "Texas Department of Public Safety", "Biden" and "Biden administration")."""
    if a is None or b is None:
        return True
    ka, kb = _actor_key(a), _actor_key(b)
    if ka == kb or _same_participant(ka, kb):
        return True
    words_a, words_b = set(ka.split()), set(kb.split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _actor_of(action: PolicyAction) -> str | None:
    return None if action.actor is None else _actor_key(action.actor)


def _evidence_words(action: PolicyAction) -> frozenset[str]:
    return frozenset(w for w in fold_plain(action.evidence).split() if len(w) > 3)


# An action said to be in force and the same action said to be reversed, over the same dates.
_IN_FORCE = frozenset({PolicyStatus.ENACTED, PolicyStatus.ONGOING})


def _compare_policy_actions(a: PolicyAction, b: PolicyAction) -> Comparison:
    if a.kind is not b.kind:
        return Comparison(
            Relation.INCOMPARABLE, f"different kinds of action ({a.kind.value} and {b.kind.value})"
        )
    if not _same_actor(a.actor, b.actor):
        return Comparison(Relation.INCOMPARABLE, f"different actors ({a.actor} and {b.actor})")
    if places_differ(a.place, b.place):
        return Comparison(
            Relation.INCOMPARABLE,
            f"different places ({_place_label(a.place)} and {_place_label(b.place)})",
        )
    overlap = _periods_overlap(a.date, b.date)
    if overlap is False:
        return Comparison(
            Relation.INCOMPARABLE,
            f"different dates ({_period_label(a.date)} and {_period_label(b.date)})",
        )
    statuses = {a.status, b.status}
    if overlap and PolicyStatus.REVERSED in statuses and statuses & _IN_FORCE:
        return Comparison(
            Relation.CONFLICTING,
            f"the same {a.kind.value} over the same dates, in force in one report and "
            f"reversed in the other ({_period_label(a.date)})",
        )
    same = (
        _actor_of(a) == _actor_of(b)
        and _fold_place(a.place) == _fold_place(b.place)
        and a.date == b.date
        and a.status is b.status
    )
    if same:
        return Comparison(Relation.SAME, f"the same {a.kind.value}, actor, place, date and status")
    if a.status is not None and b.status is not None and a.status is not b.status:
        return Comparison(
            Relation.CONSISTENT,
            f"the same {a.kind.value} as far as stated, at different stages "
            f"({a.status.value} and {b.status.value})",
        )
    return Comparison(Relation.CONSISTENT, f"the same {a.kind.value} as far as stated")


_COMPARERS: dict[type, Callable[[Any, Any], Comparison]] = {
    Statistic: _compare_statistics,
    Caravan: _compare_caravans,
    Official: _compare_officials,
    Meeting: _compare_meetings,
    PolicyAction: _compare_policy_actions,
}


def compare(a: Statistic | Caravan | Official | Meeting | PolicyAction, b: Any) -> Comparison:
    """How record ``a`` relates to record ``b`` of the same type (see :class:`Relation`)."""
    comparer = _COMPARERS.get(type(a))
    if comparer is None:
        raise ArgumentTypeError("a", "Statistic, Caravan, Official, Meeting or PolicyAction", a)
    if type(b) is not type(a):
        raise ArgumentTypeError("b", type(a).__name__, b)
    return comparer(a, b)


def merge_caravans(a: Caravan, b: Caravan) -> Caravan:
    """One caravan from two reports of the same group, with their estimates merged.

    The size estimates are the union of both (a caravan that reports only a ``size``
    contributes that figure); ``size`` spans them all; origins are the union; other fields
    come from ``a`` where it states them, else from ``b``. The spans of ``b`` (and of its
    estimates) point into ``b``'s text. Raises :class:`~migrationnews.errors.RecordError`
    when :func:`compare` finds the two are different groups.
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Caravan):
            raise ArgumentTypeError(name, "Caravan", value)
    found = compare(a, b)
    if found.relation is Relation.INCOMPARABLE:
        raise RecordError("Caravan", "b", b, f"is not the same group as a ({found.reason})")
    estimates: list[SizeEstimate] = []
    for caravan in (a, b):
        own = caravan.size_estimates
        if not own and caravan.size is not None:
            own = (SizeEstimate(caravan.size),)
        estimates.extend(e for e in own if e not in estimates)
    return attrs.evolve(
        a,
        size=spanning_estimate(e.estimate for e in estimates),
        size_estimates=tuple(estimates),
        origins=a.origins + tuple(o for o in b.origins if o not in a.origins),
        location=a.location or b.location,
        distance_to_border=b.distance_to_border
        if a.distance_to_border is None
        else a.distance_to_border,
        departed=_first_known(a.departed, b.departed),
        status=a.status or b.status,
        spans=a.spans + b.spans,
    )


def _first_known(a: Period | None, b: Period | None) -> Period | None:
    """The first resolved period, else the first stated one."""
    for p in (a, b):
        if p is not None and p.resolved:
            return p
    return a or b


# --- articles ------------------------------------------------------------------------------

_RANK = {Relation.SAME: 0, Relation.CONSISTENT: 1, Relation.CONFLICTING: 2}


def _shared_words(a: Record, b: Record) -> int:
    """How many words two policy actions' evidence shares ("closed the bridge" and "the
    bridge closure"): among actions alike in every field, the likeliest pair comes first."""
    if isinstance(a, PolicyAction) and isinstance(b, PolicyAction):
        return len(_evidence_words(a) & _evidence_words(b))
    return 0


def _block(record: Record) -> object:
    """What two records must share for :func:`compare` to find them comparable at all:
    records are paired only within a block (a statistic's measure, dimension, rate and
    period, a policy action's kind; one block for the other kinds)."""
    if isinstance(record, Statistic):
        return (record.measure, _base(record.unit)[0], record.per, _period_key(record.period))
    if isinstance(record, PolicyAction):
        return record.kind
    return None


def _pairs(
    first: Sequence[Record], second: Sequence[Record]
) -> tuple[list[RecordPair], list[Record], list[Record]]:
    """Best match per record, none used twice: greedy over candidates ordered by relation.

    Ties are broken by the records' ``repr``, so the order records come in never matters.
    Only records in the same block are compared, and used records are tracked by position,
    so the cost grows with the candidates, not with their number times the records.
    """
    blocks: dict[object, list[int]] = {}
    for j, b in enumerate(second):
        blocks.setdefault(_block(b), []).append(j)
    shown_a, shown_b = [repr(a) for a in first], [repr(b) for b in second]
    candidates = []
    for i, a in enumerate(first):
        for j in blocks.get(_block(a), ()):
            b = second[j]
            found = compare(a, b)
            if found.relation is not Relation.INCOMPARABLE:
                closeness = -_shared_words(a, b)
                candidates.append(
                    (_RANK[found.relation], closeness, shown_a[i], shown_b[j], i, j, found)
                )
    candidates.sort(key=lambda c: c[:4])
    pairs = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, _, _, _, i, j, found in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append(RecordPair(first[i], second[j], found))
    left_a = [a for i, a in enumerate(first) if i not in used_a]
    left_b = [b for j, b in enumerate(second) if j not in used_b]
    return pairs, left_a, left_b


def compare_articles(first: Article, second: Article) -> ArticleComparison:
    """Pair the records of two articles and sort the pairs into agreements and conflicts.

    Statistics pair only when their measure, period, rate, units and place are comparable;
    officials when they are the same person; caravans when nothing marks them as different
    groups; meetings when participants and dates overlap; policy actions when kind, actor,
    place and dates can be the same. Each record is used at most once, taking the closest
    match first (same, then consistent, then conflicting; among policy actions alike in
    those, the pair whose evidence shares the most words).
    """
    for name, value in (("first", first), ("second", second)):
        if not isinstance(value, Article):
            raise ArgumentTypeError(name, "Article", value)
    agreements: list[RecordPair] = []
    conflicts: list[RecordPair] = []
    only_first: list[Record] = []
    only_second: list[Record] = []
    for kind in ("officials", "meetings", "caravans", "policy_actions", "statistics"):
        pairs, left_a, left_b = _pairs(getattr(first, kind), getattr(second, kind))
        for pair in pairs:
            (conflicts if pair.relation is Relation.CONFLICTING else agreements).append(pair)
        only_first.extend(sorted(left_a, key=repr))
        only_second.extend(sorted(left_b, key=repr))
    return ArticleComparison(
        agreements=tuple(agreements),
        conflicts=tuple(conflicts),
        only_in_first=tuple(only_first),
        only_in_second=tuple(only_second),
    )
