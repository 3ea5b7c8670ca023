"""The typed domain model: what migrationnews reads out of an article. No parsing here.

Every record is frozen, slotted and compared by value; collections are tuples; closed
vocabularies are enums; a field the text does not state is ``None`` (never a guess, except
where a record's ``inferred`` names the fields filled from the bundled gazetteer). Every
record keeps the spans it was read from, so each field can be checked against its sentence.

>>> from migrationnews.values import Span
>>> abbott = Official("Greg Abbott", "Abbott", "Governor", "US", spans=[Span(0, 11)])
>>> abbott.spans, abbott.inferred
((Span(start=0, end=11),), ())
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

import attrs
from attrs import field, frozen

from migrationnews import _checks as check
from migrationnews import units
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.values import (
    Attribution,
    Estimate,
    Granularity,
    Period,
    Place,
    Span,
    StrEnum,
)

__all__ = [
    "Article",
    "Caravan",
    "CaravanStatus",
    "Measure",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "PolicyAction",
    "PolicyKind",
    "PolicyStatus",
    "SizeEstimate",
    "Statistic",
    "Unit",
]


def _spans() -> Any:
    return field(factory=tuple, converter=check.as_tuple, validator=check.tuple_of(Span))


def _optional_str() -> Any:
    return field(default=None, validator=check.of_type(str, optional=True))


@frozen
class Official:
    """A named office-holder: "Secretary of State Antony J. Blinken".

    ``inferred`` names the fields (``"title"``, ``"country"``) that were filled from the
    dated gazetteer because the text gave only the name.
    """

    name: str = field(validator=[check.of_type(str), check.non_empty])
    surname: str = field(validator=[check.of_type(str), check.non_empty])
    title: str | None = _optional_str()
    country: str | None = field(default=None, validator=check.iso_country)
    spans: tuple[Span, ...] = _spans()
    inferred: tuple[str, ...] = field(
        factory=tuple, converter=check.as_tuple, validator=check.tuple_of(str)
    )


class MeetingStatus(StrEnum):
    PLANNED = "planned"  # will meet, plans to, is expected to, is scheduled to
    HELD = "held"


class MeetingKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    TALKS = "talks"


def _someone_takes_part(instance: Meeting, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not value and not instance.participants:
        check.fail(instance, attribute, value, "a meeting needs a participant or a country")


@frozen
class Meeting:
    """A meeting, call, visit or summit between officials or governments.

    ``participants`` are the named officials taking part (as in :attr:`Official.name`);
    ``countries`` are the governments taking part that no named official of theirs
    represents ("Colombia and Panama held talks", "Harris visited Guatemala"), as ISO
    3166-1 alpha-2 codes. Talks between governments alone have no participants.
    """

    participants: tuple[str, ...] = field(
        converter=check.as_tuple, validator=check.tuple_of(str)
    )  # official names as in Official.name
    location: Place | None = field(default=None, validator=check.of_type(Place, optional=True))
    date: Period | None = field(default=None, validator=check.of_type(Period, optional=True))
    status: MeetingStatus | None = field(
        default=None, validator=check.of_type(MeetingStatus, optional=True)
    )
    kind: MeetingKind | None = field(
        default=None, validator=check.of_type(MeetingKind, optional=True)
    )
    topic: str | None = _optional_str()
    spans: tuple[Span, ...] = _spans()
    countries: tuple[str, ...] = field(
        factory=tuple,
        converter=check.as_tuple,
        validator=[check.iso_countries, _someone_takes_part],
    )


class CaravanStatus(StrEnum):
    FORMING = "forming"
    MOVING = "moving"
    STOPPED = "stopped"
    DISPERSED = "dispersed"


@frozen
class SizeEstimate:
    """One estimate of a caravan's size, with who gave it."""

    estimate: Estimate = field(validator=check.of_type(Estimate))
    source: Attribution | None = field(
        default=None, validator=check.of_type(Attribution, optional=True)
    )
    span: Span | None = field(default=None, validator=check.of_type(Span, optional=True))


# The lengths of ``rules/units.txt``: a distance is kept as (magnitude, one of these).
LENGTH_UNITS = frozenset({"meter", "kilometer", "mile", "foot", "yard"})


def _as_distance(value: Any) -> Any:
    """A pint length as (magnitude, unit name); anything else is left to the validator.

    Keeping the plain pair means parsing never needs pint: it is imported (a few hundred
    milliseconds) only when somebody asks a caravan for its distance as a quantity.
    """
    if value is None or isinstance(value, tuple) or not units.is_quantity(value):
        return value
    if not units.is_length(value):
        raise RecordError(
            "Caravan", "distance_to_border", value, "must be a length (miles, kilometres, ...)"
        )
    return (value.magnitude, str(value.units))


def _distance(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], int | float)
        and not isinstance(value[0], bool)
        and isinstance(value[1], str)
    ):
        raise ArgumentTypeError(
            "Caravan.distance_to_border", "pint length, (magnitude, unit) or None", value
        )
    if value[1] not in LENGTH_UNITS:
        raise RecordError(
            "Caravan", "distance_to_border", value, f"unit must be one of {sorted(LENGTH_UNITS)}"
        )
    problem = check.magnitude_problem(value[0])
    if problem is not None:
        raise RecordError("Caravan", "distance_to_border", value, f"magnitude {problem}")


@frozen
class Caravan:
    """A group of migrants travelling together, gathered from every sentence about it."""

    size: Estimate | None = field(default=None, validator=check.of_type(Estimate, optional=True))
    size_estimates: tuple[SizeEstimate, ...] = field(
        factory=tuple, converter=check.as_tuple, validator=check.tuple_of(SizeEstimate)
    )
    origins: tuple[str, ...] = field(
        factory=tuple, converter=check.as_tuple, validator=check.iso_countries
    )
    location: Place | None = field(default=None, validator=check.of_type(Place, optional=True))
    # Given as a pint length (or a (magnitude, unit) pair); read it as ``distance_to_border``.
    _distance: tuple[float, str] | None = field(
        default=None, alias="distance_to_border", converter=_as_distance, validator=_distance
    )
    departed: Period | None = field(default=None, validator=check.of_type(Period, optional=True))
    status: CaravanStatus | None = field(
        default=None, validator=check.of_type(CaravanStatus, optional=True)
    )
    spans: tuple[Span, ...] = _spans()

    @property
    def distance_to_border(self) -> Any:
        """How far the group is from the border, as a pint length (None when not stated)."""
        return None if self._distance is None else units.quantity(*self._distance)

    @property
    def distance_as_stated(self) -> tuple[float, str] | None:
        """The distance to the border as (magnitude, unit name), without importing pint."""
        return self._distance


class PolicyKind(StrEnum):
    LAW = "law"
    EXECUTIVE_ACTION = "executive_action"
    REGULATION = "regulation"
    CLOSURE = "closure"
    REOPENING = "reopening"
    DEPORTATION = "deportation"
    ENFORCEMENT = "enforcement"
    LEGAL_CHALLENGE = "legal_challenge"
    FUNDING = "funding"
    AGREEMENT = "agreement"


class PolicyStatus(StrEnum):
    ENACTED = "enacted"
    ANNOUNCED = "announced"
    PLANNED = "planned"  # will, plans to, proposed
    CHALLENGED = "challenged"  # sued, blocked by a court
    REVERSED = "reversed"  # lifted, reopened, struck down
    ONGOING = "ongoing"


@frozen
class PolicyAction:
    """A concrete government action on migration: "signed a law authorizing ... to arrest"."""

    kind: PolicyKind = field(validator=check.of_type(PolicyKind))
    span: Span = field(validator=check.of_type(Span))
    evidence: str = field(validator=check.of_type(str))  # the text at span
    actor: str | None = _optional_str()  # an official's name or a body ("CBP", "Texas")
    place: Place | None = field(default=None, validator=check.of_type(Place, optional=True))
    status: PolicyStatus | None = field(
        default=None, validator=check.of_type(PolicyStatus, optional=True)
    )
    date: Period | None = field(default=None, validator=check.of_type(Period, optional=True))

    @property
    def spans(self) -> tuple[Span, ...]:
        return (self.span,)


class Unit(StrEnum):
    """What a figure counts or measures; each maps to a unit of the shared pint registry."""

    PERSON = "person"
    HOUSEHOLD = "household"
    FAMILY = "family"
    MILE = "mile"
    KILOMETER = "kilometer"
    FOOT = "foot"
    USD = "usd"
    PERCENT = "percent"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    COUNT = "count"  # anything else counted: flights, buses, cases, apprehensions
    OTHER = "other"

    def quantity(self, magnitude: float) -> Any:
        """``magnitude`` of this unit as a pint quantity (``OTHER`` counts as ``count``)."""
        return units.quantity(magnitude, "count" if self is Unit.OTHER else self.value)

    @property
    def dimension(self) -> str:
        """What the unit measures, as pint writes base dimensions: ``"[length]"``,
        ``"[time]"``, ``"[currency]"``; a count of people or of things is ``"[people]"``
        and a share ``"percent"``. Figures of one dimension can be compared.

        >>> Unit.MILE.dimension, Unit.COUNT.dimension, Unit.PERCENT.dimension
        ('[length]', '[people]', 'percent')
        """
        return _unit_base(self)[0]

    @property
    def factor(self) -> float:
        """How many base units of its :attr:`dimension` one of this unit is.

        >>> round(Unit.MILE.factor / Unit.KILOMETER.factor, 4)
        1.6093
        """
        return _unit_base(self)[1]


@functools.cache
def _unit_base(unit: Unit) -> tuple[str, float]:
    q = unit.quantity(1).to_base_units()
    dimension = str(q.dimensionality)
    if dimension in ("dimensionless", "[people]"):
        dimension = "[people]" if unit is not Unit.PERCENT else "percent"
    return dimension, float(q.magnitude)


class Measure(StrEnum):
    """What a figure measures (the vocabulary of the annotation guideline)."""

    MIGRANTS = "migrants"
    ENCOUNTERS = "encounters"
    APPREHENSIONS = "apprehensions"
    REMOVALS = "removals"
    CROSSINGS = "crossings"
    ASYLUM = "asylum"
    DEATHS = "deaths"
    TROOPS = "troops"
    DISTANCE = "distance"
    MONEY = "money"
    DURATION = "duration"
    SHARE = "share"
    OTHER = "other"


@frozen
class Statistic:
    """A figure: "more than 190,000 apprehensions between ports of entry in November"."""

    value: Estimate = field(validator=check.of_type(Estimate))
    unit: Unit = field(validator=check.of_type(Unit))
    measure: Measure = field(validator=check.of_type(Measure))
    span: Span = field(validator=check.of_type(Span))
    text: str = field(validator=check.of_type(str))  # the phrase at span
    period: Period | None = field(default=None, validator=check.of_type(Period, optional=True))
    per: Granularity | None = field(
        default=None, validator=check.of_type(Granularity, optional=True)
    )  # a rate: "a day", "per month"
    place: Place | None = field(default=None, validator=check.of_type(Place, optional=True))
    source: Attribution | None = field(
        default=None, validator=check.of_type(Attribution, optional=True)
    )

    @property
    def spans(self) -> tuple[Span, ...]:
        return (self.span,)

    def quantity(self) -> Any:
        """The figure's representative value as a pint quantity in its unit."""
        return self.unit.quantity(self.value.point)


Record = Official | Meeting | Caravan | PolicyAction | Statistic
RECORD_TYPES = (Official, Meeting, Caravan, PolicyAction, Statistic)  # as isinstance takes them


def record_spans(record: Record) -> Iterator[Span]:
    """Every span a record keeps, its own and its parts'."""
    yield from record.spans
    if isinstance(record, Caravan):
        for estimate in record.size_estimates:
            if estimate.span is not None:
                yield estimate.span
            if estimate.source is not None and estimate.source.span is not None:
                yield estimate.source.span
    if (
        isinstance(record, Statistic)
        and record.source is not None
        and record.source.span is not None
    ):
        yield record.source.span


def _inside_text(instance: Article, attribute: attrs.Attribute[Any], value: Any) -> None:
    length = len(instance.text)
    for i, record in enumerate(value):
        for span in record_spans(record):
            if span.end > length:
                check.fail(
                    instance,
                    attribute,
                    f"[{i}] {span}",
                    f"span ends past the text ({length} chars)",
                )


def _records(kind: type) -> Any:
    return field(
        factory=tuple, converter=check.as_tuple, validator=[check.tuple_of(kind), _inside_text]
    )


@frozen
class Article:
    """An article's text, its publication date, where it came from, and every record read
    from it.

    ``source`` is the caller's name for the article (an id, a url or a file name), carried
    unchanged so that records can be joined back to their input; ``None`` when not given.
    ``language`` is the language the article was read in (``"en"`` or ``"es"``); ``None``
    on an article built by hand or read from JSON written before languages were recorded.
    """

    text: str = field(validator=check.of_type(str))
    published: dt.date | None = field(default=None, validator=check.of_type(dt.date, optional=True))
    source: str | None = field(
        default=None, kw_only=True, validator=check.of_type(str, optional=True)
    )
    language: str | None = field(default=None, kw_only=True, validator=check.language)
    officials: tuple[Official, ...] = _records(Official)
    meetings: tuple[Meeting, ...] = _records(Meeting)
    caravans: tuple[Caravan, ...] = _records(Caravan)
    policy_actions: tuple[PolicyAction, ...] = _records(PolicyAction)
    statistics: tuple[Statistic, ...] = _records(Statistic)

    def records(self) -> Iterator[Record]:
        """Every record, officials first, statistics last."""
        yield from self.officials
        yield from self.meetings
        yield from self.caravans
        yield from self.policy_actions
        yield from self.statistics
