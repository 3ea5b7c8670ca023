"""The row classes, one per table: its columns as fields, in file order, each read from its
cell by the parser in its metadata."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from attrs import field, frozen

from migrationnews.records import Measure, MeetingKind, PolicyKind, PolicyStatus, Unit
from migrationnews.ruletables._cells import (
    Number,
    _cell,
    _CellError,
    _class_name,
    _country,
    _date,
    _enum,
    _factor,
    _flag,
    _hedge,
    _items,
    _language,
    _noun_measure,
    _number,
    _optional,
    _parse,
    _required,
    _required_items,
    _text,
    _whole,
)
from migrationnews.ruletables._classes import (
    BodyRole,
    CaravanRole,
    ContextKind,
    CourtSection,
    DateWordKind,
    GazetteerKind,
    MeetingRole,
    MeetingWord,
    Modality,
    NumberKind,
    ObjectRole,
    Position,
    ReferenceClass,
    Side,
    SiteClass,
    SpanishTitleClass,
    TitleClass,
    VerbNote,
)
from migrationnews.values import Granularity, PlaceKind, Qualifier


@frozen
class PolicyVerbRow:
    """A verb lemma of ``policy_verbs.tsv``: its class and every written form."""

    verb_class: str = field(metadata=_parse(_class_name))
    base: tuple[str, ...] = field(metadata=_parse(_items))
    third: tuple[str, ...] = field(metadata=_parse(_items))
    past: tuple[str, ...] = field(metadata=_parse(_items))
    participle: tuple[str, ...] = field(metadata=_parse(_items))
    ing: tuple[str, ...] = field(metadata=_parse(_items))
    nouns: tuple[str, ...] = field(metadata=_parse(_items))
    note: VerbNote | None = field(metadata=_parse(_optional(_enum(VerbNote))))

    @property
    def forms(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each form's name ("base", "third", ..., "noun") with its spellings, in order."""
        return (
            ("base", self.base),
            ("third", self.third),
            ("past", self.past),
            ("participle", self.participle),
            ("ing", self.ing),
            ("noun", self.nouns),
        )


@frozen
class PolicyObjectRow:
    """An object class of ``policy_objects.tsv`` with its nouns."""

    object_class: str = field(metadata=_parse(_class_name))
    forms: tuple[str, ...] = field(metadata=_parse(_required_items))
    role: ObjectRole = field(metadata=_parse(_enum(ObjectRole)))


@frozen
class PolicyRuleRow:
    """A rule of ``policy_rules.tsv``: a verb class with an object class states a kind."""

    verb: str = field(metadata=_parse(_required))  # a verb class, "*", DESCRIBED or UNDER
    object: str = field(metadata=_parse(_required))  # an object class or "*"
    kind: PolicyKind = field(metadata=_parse(_enum(PolicyKind)))
    status: PolicyStatus | None = field(metadata=_parse(_optional(_enum(PolicyStatus), "-")))
    default: PolicyStatus = field(metadata=_parse(_enum(PolicyStatus)))


@frozen
class ModalityRow:
    """A word of ``policy_modality.tsv`` and its class."""

    words: str = field(metadata=_parse(_required))
    modality: Modality = field(metadata=_parse(_enum(Modality)))


@frozen
class BodyRow:
    """A government body of ``policy_bodies.tsv``."""

    actor: str = field(metadata=_parse(_required))  # "-": the country a demonym in the name names
    forms: tuple[str, ...] = field(metadata=_parse(_required_items))
    role: BodyRole | None = field(metadata=_parse(_optional(_enum(BodyRole))))
    country: str | None = field(metadata=_parse(_optional(_country)))


@frozen
class ReferenceRow:
    """A line of ``policy_references.tsv``: words that refer back to an actor, or that
    decide whether a name is one."""

    cls: ReferenceClass = field(metadata=_parse(_enum(ReferenceClass)))
    forms: tuple[str, ...] = field(metadata=_parse(_required_items))
    means: str | None = field(metadata=_parse(_optional(_text)))  # OFFICE, AGENCY: see header


@frozen
class CourtRow:
    """A line of ``policy_courts.tsv``; ``value`` as written, read by :attr:`status` and
    :attr:`measure_kind` (checked when the table loads)."""

    section: CourtSection = field(metadata=_parse(_enum(CourtSection)))
    cls: str = field(metadata=_parse(_class_name))
    value: str = field(metadata=_parse(_required))

    def __attrs_post_init__(self) -> None:
        if self.section is CourtSection.MEASURE:
            _cell("value", _enum(PolicyKind), self.value)
        elif self.section is CourtSection.OBJECT:
            if self.value != "-":
                raise _CellError("value", f"{self.value!r} must be '-' in an OBJECT line")
        else:
            _cell("value", _optional(_enum(PolicyStatus), "-"), self.value)

    @property
    def status(self) -> PolicyStatus | None:
        """A VERB or ONLY line: the status of the measure acted on (None: no measure)."""
        return None if self.value == "-" else PolicyStatus(self.value)

    @property
    def measure_kind(self) -> PolicyKind:
        """A MEASURE line: the kind of the measure the object class names."""
        return PolicyKind(self.value)


@frozen
class SiteRow:
    """A word of ``policy_sites.tsv`` and what it says about the action's site."""

    words: str = field(metadata=_parse(_required))
    site: SiteClass = field(metadata=_parse(_enum(SiteClass)))
    kind: PlaceKind | None = field(metadata=_parse(_optional(_enum(PlaceKind))))  # GENERIC


@frozen
class MeetingWordRow:
    """A word of ``meetings.tsv``."""

    form: str = field(metadata=_parse(_required))
    kind: MeetingWord = field(metadata=_parse(_enum(MeetingWord)))
    role: MeetingRole = field(metadata=_parse(_enum(MeetingRole)))

    @property
    def meeting_kind(self) -> MeetingKind | None:
        """The kind of event the word reports, None for a mark (planned, negated)."""
        return MeetingKind(self.kind) if self.kind in MeetingKind._value2member_map_ else None


@frozen
class TitleRow:
    """A word of ``titles.tsv``; ``title`` is empty where the form itself is the title."""

    form: str = field(metadata=_parse(_required))
    title: str = field(metadata=_parse(_text))
    cls: TitleClass = field(metadata=_parse(_enum(TitleClass)))
    country: str | None = field(metadata=_parse(_optional(_country)))


@frozen
class SpanishTitleRow:
    """A word of ``es/titles.tsv``."""

    form: str = field(metadata=_parse(_required))
    cls: SpanishTitleClass = field(metadata=_parse(_enum(SpanishTitleClass)))


@frozen
class OfficeholderRow:
    """A tenure of ``officeholders.tsv``."""

    name: str = field(metadata=_parse(_required))
    surname: str = field(metadata=_parse(_required))
    titles: tuple[str, ...] = field(metadata=_parse(_required_items))
    country: str | None = field(metadata=_parse(_optional(_country)))
    start: dt.date = field(metadata=_parse(_date))
    end: dt.date | None = field(metadata=_parse(_optional(_date)))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))


@frozen
class CountryRow:
    """A country of ``countries.tsv``."""

    code: str = field(metadata=_parse(_country))
    name: str = field(metadata=_parse(_required))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))
    demonyms: tuple[str, ...] = field(metadata=_parse(_items))


@frozen
class PlaceRow:
    """A place of ``places.tsv``."""

    name: str = field(metadata=_parse(_required))
    kind: GazetteerKind = field(metadata=_parse(_enum(GazetteerKind)))
    country: str | None = field(metadata=_parse(_optional(_country)))
    region: str = field(metadata=_parse(_text))
    aliases: tuple[str, ...] = field(metadata=_parse(_items))

    @property
    def place_kind(self) -> PlaceKind:
        """The record's kind: a hub, river or sea is ``PlaceKind.OTHER``."""
        known = PlaceKind._value2member_map_.get(self.kind)
        return PlaceKind.OTHER if known is None else PlaceKind(known)


@frozen
class CaravanWordRow:
    """A word of ``caravan_words.tsv`` and its role."""

    phrase: str = field(metadata=_parse(_required))
    role: CaravanRole = field(metadata=_parse(_enum(CaravanRole)))


@frozen
class StatisticNounRow:
    """A noun of ``statistic_nouns.tsv``: what a figure before it counts."""

    form: str = field(metadata=_parse(_required))
    unit: Unit = field(metadata=_parse(_enum(Unit)))
    measure: str = field(metadata=_parse(_noun_measure))  # a Measure value, or "*" and one
    factor: int = field(metadata=_parse(_factor))


@frozen
class StatisticVerbRow:
    """A verb of ``statistic_verbs.tsv``; ``side`` None: either side of the figure."""

    form: str = field(metadata=_parse(_required))
    measure: Measure = field(metadata=_parse(_enum(Measure)))
    side: Side | None = field(metadata=_parse(_optional(_enum(Side))))


@frozen
class ContextRow:
    """A word of ``statistic_context.tsv`` that makes a number no figure."""

    form: str = field(metadata=_parse(_required))
    kind: ContextKind = field(metadata=_parse(_enum(ContextKind)))
    position: Position = field(metadata=_parse(_enum(Position)))


@frozen
class RateRow:
    """A rate phrase of ``statistic_rates.tsv``; ``loose``: it may stand a word or two on."""

    phrase: str = field(metadata=_parse(_required))
    granularity: Granularity = field(metadata=_parse(_enum(Granularity)))
    loose: bool = field(metadata=_parse(_flag("loose")))


@frozen
class StatisticPlaceRow:
    """A border stretch of ``statistic_places.tsv``."""

    phrase: str = field(metadata=_parse(_required))
    kind: PlaceKind = field(metadata=_parse(_enum(PlaceKind)))


@frozen
class NumberWordRow:
    """A number word of ``number_words.tsv``."""

    form: str = field(metadata=_parse(_required))
    kind: NumberKind = field(metadata=_parse(_enum(NumberKind)))
    value: Number = field(metadata=_parse(_number))
    high: Number | None = field(metadata=_parse(_optional(_number)))


@frozen
class DemonymRow:
    """A country name or demonym of ``<language>/demonyms.tsv`` and its country."""

    form: str = field(metadata=_parse(_required))
    code: str = field(metadata=_parse(_country))


@frozen
class OrdinalRow:
    """An ordinal word of ``number_ordinals.tsv`` and the rank it names."""

    form: str = field(metadata=_parse(_required))
    value: int = field(metadata=_parse(_whole))


@frozen
class HedgeRow:
    """A phrase of ``number_bounds.tsv`` that bounds or hedges a number."""

    phrase: str = field(metadata=_parse(_required))
    qualifier: Qualifier | Literal["inclusive"] = field(metadata=_parse(_hedge))
    position: Position = field(metadata=_parse(_enum(Position)))


@frozen
class DateWordRow:
    """A date word of ``es/date_words.tsv``; ``value`` is read as its kind says."""

    form: str = field(metadata=_parse(_required))
    kind: DateWordKind = field(metadata=_parse(_enum(DateWordKind)))
    value: str = field(metadata=_parse(_required))


@frozen
class LanguageWordRow:
    """A function word of ``language_words.tsv`` and the language it marks."""

    word: str = field(metadata=_parse(_required))
    language: str = field(metadata=_parse(_language))


@frozen
class _Word:
    """A line of a one-column word list."""

    word: str = field(metadata=_parse(_required))
