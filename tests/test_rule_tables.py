"""The rule tables' integrity: every table loads in every language, the classes and codes
one table names exist where they are defined, every header states its real width, and a
bad line fails with its file, line and column (migrationnews.ruletables)."""

from __future__ import annotations

import inspect
import pickle
import re
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Any

import attrs
import pytest

from migrationnews import ruletables
from migrationnews.errors import MigrationNewsError, RuleDataError
from migrationnews.extract.meetings._vocabulary import _triggers
from migrationnews.language import LANGUAGES, reading
from migrationnews.records import Unit
from migrationnews.ruletables import CourtSection, GazetteerKind, MeetingWord, _reading

# ---- every table in every language -------------------------------------------------------

ACCESSORS = {
    name: getattr(ruletables, name)
    for name in ruletables.__all__
    if name[0].islower() and name not in {"rule_path", "lines", "entries"}
}


def _loads() -> list[tuple[str, str | None]]:
    cases: list[tuple[str, str | None]] = []
    for name, accessor in ACCESSORS.items():
        if "language" not in inspect.signature(accessor).parameters:
            cases.append((name, None))
        elif name in {"date_words", "demonyms"}:  # English: a grammar in code, countries.tsv
            cases.append((name, "es"))
        else:
            cases.extend((name, language) for language in LANGUAGES)
    return cases


@pytest.mark.parametrize(("name", "language"), _loads())
def test_every_table_loads_with_rows(name: str, language: str | None) -> None:
    accessor: Callable[..., tuple[Any, ...]] = ACCESSORS[name]
    rows = accessor() if language is None else accessor(language)
    assert rows, f"{name}({language}) is empty"
    again = accessor() if language is None else accessor(language)
    assert again is rows  # loaded once, then kept


def test_a_language_without_its_own_table_reads_the_english_one() -> None:
    assert ruletables.ordinals("es") is ruletables.ordinals("en")
    assert ruletables.meeting_words("es") is not ruletables.meeting_words("en")
    assert ruletables.rule_path("meetings.tsv", "es") == "es/meetings.tsv"
    assert ruletables.rule_path("places.tsv", "es") == "places.tsv"


def test_english_has_no_demonym_table_of_its_own() -> None:
    assert ruletables.demonyms("en") == ()
    assert ("guatemalteco", "GT") in {(row.form, row.code) for row in ruletables.demonyms("es")}


def test_an_unknown_language_is_an_error_naming_the_argument() -> None:
    with pytest.raises(MigrationNewsError, match="language"):
        ruletables.policy_verbs("fr")
    with pytest.raises(MigrationNewsError, match="language"):
        ruletables.date_words("en")


# ---- headers tell the truth --------------------------------------------------------------

_ROW_CLASSES = {
    "abbreviations.tsv": 1,
    "common_surnames.tsv": 1,
    "number_labels.tsv": 1,
    "statistic_arrivals.tsv": 1,
    "statistic_changes.tsv": 1,
    "statistic_routes.tsv": 1,
    "statistic_date_hints.tsv": 1,
    "statistic_sources.tsv": 1,
    "caravan_words.tsv": ruletables.CaravanWordRow,
    "countries.tsv": ruletables.CountryRow,
    "es/demonyms.tsv": ruletables.DemonymRow,
    "number_ordinals.tsv": ruletables.OrdinalRow,
    "language_words.tsv": ruletables.LanguageWordRow,
    "meetings.tsv": ruletables.MeetingWordRow,
    "number_bounds.tsv": ruletables.HedgeRow,
    "number_words.tsv": ruletables.NumberWordRow,
    "officeholders.tsv": ruletables.OfficeholderRow,
    "places.tsv": ruletables.PlaceRow,
    "policy_bodies.tsv": ruletables.BodyRow,
    "policy_courts.tsv": ruletables.CourtRow,
    "policy_references.tsv": ruletables.ReferenceRow,
    "policy_modality.tsv": ruletables.ModalityRow,
    "policy_objects.tsv": ruletables.PolicyObjectRow,
    "policy_rules.tsv": ruletables.PolicyRuleRow,
    "policy_sites.tsv": ruletables.SiteRow,
    "policy_verbs.tsv": ruletables.PolicyVerbRow,
    "statistic_context.tsv": ruletables.ContextRow,
    "statistic_nouns.tsv": ruletables.StatisticNounRow,
    "statistic_places.tsv": ruletables.StatisticPlaceRow,
    "statistic_rates.tsv": ruletables.RateRow,
    "statistic_verbs.tsv": ruletables.StatisticVerbRow,
    "titles.tsv": ruletables.TitleRow,
    "es/titles.tsv": ruletables.SpanishTitleRow,
    "es/date_words.tsv": ruletables.DateWordRow,
}


def _tables() -> list[str]:
    root = resources.files("migrationnews").joinpath("rules")
    found = [f.name for f in root.iterdir() if f.name.endswith(".tsv")]
    for folder in root.iterdir():
        if folder.is_dir():
            found += [
                f"{folder.name}/{f.name}" for f in folder.iterdir() if f.name.endswith(".tsv")
            ]
    return sorted(found)


def test_every_table_has_a_row_class() -> None:
    for path in _tables():
        assert path in _ROW_CLASSES or path.split("/")[-1] in _ROW_CLASSES, path


def _header(path: str) -> str:
    text = resources.files("migrationnews").joinpath("rules", *path.split("/")).read_text("utf-8")
    return " ".join(line for line in text.splitlines() if line.startswith("#"))


_WIDTH = re.compile(r"(\d) (?:to|or) (\d) columns|(\d) columns?")


@pytest.mark.parametrize("path", _tables())
def test_the_header_states_the_width_of_the_rows(path: str) -> None:
    row = _ROW_CLASSES.get(path, _ROW_CLASSES.get(path.split("/")[-1]))
    width = row if isinstance(row, int) else len(attrs.fields(row))
    header = _header(path)
    assert "grammar" in header.lower(), path
    assert "Source" in header, path
    stated = _WIDTH.search(header)
    if stated is None and "/" in path and "the grammar" in header:  # "as in the English table"
        stated = _WIDTH.search(_header(path.split("/")[-1]))
    if stated is None:  # a word list: "one word a line"
        assert width == 1, path
        return
    most = int(stated.group(2) or stated.group(3))
    assert most == width, f"{path}: the header says {stated.group()}, the rows have {width}"
    widest = max(len(cells) for _, cells in ruletables.lines(path))
    assert widest <= width


# ---- what one table names exists where it is defined --------------------------------------


def _unit_names() -> set[str]:
    """Every unit name and alias ``units.txt`` defines."""
    text = resources.files("migrationnews").joinpath("rules", "units.txt").read_text("utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        line = line.split("#")[0]
        if "=" in line:
            names.update(part.strip() for part in line.split("=") if part.strip())
    return names


@pytest.mark.parametrize("language", LANGUAGES)
def test_units_of_the_statistic_nouns_are_defined_in_units_txt(language: str) -> None:
    defined = _unit_names()
    for row in ruletables.statistic_nouns(language):
        unit = "count" if row.unit is Unit.OTHER else row.unit.value  # Unit.quantity's rule
        assert unit in defined, row


def test_every_unit_is_defined_in_units_txt() -> None:
    assert {"count" if u is Unit.OTHER else u.value for u in Unit} <= _unit_names()


def test_countries_are_unique_and_no_name_belongs_to_two() -> None:
    rows = ruletables.countries()
    assert len({row.code for row in rows}) == len(rows)
    owners: dict[str, set[str]] = {}
    for row in rows:
        for form in (row.name, *row.aliases, *row.demonyms):
            owners.setdefault(form, set()).add(row.code)
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}


def test_every_country_code_named_is_a_country_of_countries_tsv() -> None:
    codes = {row.code for row in ruletables.countries()}
    named = {("places.tsv", row.name): row.country for row in ruletables.places() if row.country}
    named |= {("officeholders.tsv", row.name): row.country for row in ruletables.officeholders()}
    named |= {("titles.tsv", row.form): row.country for row in ruletables.titles()}
    named |= {("policy_bodies.tsv", row.actor): row.country for row in ruletables.policy_bodies()}
    caravans = ruletables.caravan_words()
    transit = {
        ("caravan_words.tsv", row.phrase): row.phrase for row in caravans if row.role == "transit"
    }
    assert transit
    named |= transit
    assert {key: code for key, code in named.items() if code and code not in codes} == {}


def test_places_are_unique_by_name_kind_and_country_and_regions_are_places() -> None:
    rows = ruletables.places()
    keys = Counter((row.name, row.kind, row.country) for row in rows)
    assert [key for key, n in keys.items() if n > 1] == []
    states = {(row.name, row.country) for row in rows if row.kind is GazetteerKind.STATE}
    regions = states | {(r.name, r.country) for r in rows if r.kind is GazetteerKind.REGION}
    unknown = [row.name for row in rows if row.region and (row.region, row.country) not in regions]
    assert unknown == []
    in_regions = [r.name for r in rows if r.region and (r.region, r.country) not in states]
    assert len(in_regions) == 6  # the Darién's hubs: a province the press names as a region
    assert {r.region for r in rows if r.name in in_regions} == {"Darién"}


def test_office_holders_end_after_they_start_and_common_surnames_are_theirs() -> None:
    rows = ruletables.officeholders()
    assert [row.name for row in rows if row.end is not None and row.end < row.start] == []
    surnames = {row.surname for row in rows}
    assert set(ruletables.common_surnames()) <= surnames


def test_policy_classes_refer_to_the_classes_the_verb_and_object_tables_define() -> None:
    verbs = {row.verb_class for row in ruletables.policy_verbs()}
    objects = {row.object_class for row in ruletables.policy_objects()}
    for language in LANGUAGES:
        assert {row.verb_class for row in ruletables.policy_verbs(language)} <= verbs
        assert {row.object_class for row in ruletables.policy_objects(language)} <= objects
    rules = ruletables.policy_rules()
    assert {row.verb for row in rules} <= verbs | {"*", "DESCRIBED", "UNDER", "TARGETED", "OWNED"}
    assert {row.object for row in rules} <= objects | {"*", ruletables.OPERATION_CLASS}
    for row in ruletables.policy_courts():
        defined = verbs if row.section in {CourtSection.VERB, CourtSection.ONLY} else objects
        assert row.cls in defined, row


def test_every_verb_class_has_a_rule_a_court_line_or_blocks_a_shorter_reading() -> None:
    ruled = {row.verb for row in ruletables.policy_rules()}
    ruled |= {row.cls for row in ruletables.policy_courts()}
    unruled = {row.verb_class for row in ruletables.policy_verbs()} - ruled
    assert unruled == {"RULE_OUT"}  # "ruled out" states no action: not RULE_ON's "ruled"


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_form_is_one_row_in_a_table_read_into_a_dict(language: str) -> None:
    for rows in (ruletables.number_words(language), ruletables.statistic_verbs(language)):
        forms = Counter(row.form.lower() for row in rows)
        assert [form for form, n in forms.items() if n > 1] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_meeting_word_listed_twice_is_an_event_that_tells_its_own_tense(language: str) -> None:
    # A word may be a meeting word and a planned mark at once ("visitará": a visit, planned);
    # any other repeat would leave one of its readings unread.
    # A tour ("gira") is a visit word marked as a trip of several stops.
    kinds: dict[str, set[MeetingWord]] = {}
    tours = set()
    for row in ruletables.meeting_words(language):
        if row.kind is MeetingWord.TOUR:
            tours.add(row.form.casefold())
            continue
        kinds.setdefault(row.form.casefold(), set()).add(row.kind)
    assert all(kinds.get(form) == {MeetingWord.VISIT} for form in tours), tours
    for form, found in kinds.items():
        if len(found) > 1:
            assert MeetingWord.PLANNED in found, form
            assert len(found) == 2, form
    doubled = [form for form, found in kinds.items() if len(found) > 1]
    with reading(language):
        vocabulary = _triggers()
    for form in doubled:
        assert vocabulary[form].kind is not None, form
        assert vocabulary[form].plans, form


# ---- a bad line names its file, line and column ------------------------------------------


def _load(monkeypatch: pytest.MonkeyPatch, row: type[Any], path: str, text: str) -> tuple[Any, ...]:
    """``text`` read as the table ``path`` (not kept)."""
    monkeypatch.setattr(_reading, "lines", lambda _path: ruletables.entries(text))
    return _reading._load(row, path)


_MEETINGS = "# a header\n\nmeet\tmeeting\tverb\n"


@pytest.mark.parametrize(
    ("row", "line", "column", "problem"),
    [
        ("meat\tmeting\tverb", 4, "kind", "'meting' is not one of meeting, call"),
        ("meat\tmeeting\tverbal", 4, "role", "'verbal' is not one of verb, noun"),
        ("\tmeeting\tverb", 4, "form", "must not be empty"),
        ("meat\tmeeting\tverb\textra", 4, "4", "a line has 3 columns"),
    ],
)
def test_a_bad_line_names_the_file_line_and_column(
    monkeypatch: pytest.MonkeyPatch, row: str, line: int, column: str, problem: str
) -> None:
    with pytest.raises(RuleDataError) as caught:
        _load(monkeypatch, ruletables.MeetingWordRow, "es/meetings.tsv", _MEETINGS + row + "\n")
    error = caught.value
    assert (error.path, error.line, error.column) == ("es/meetings.tsv", line, column)
    assert problem in error.problem
    assert str(error).startswith(f"rules/es/meetings.tsv, line {line}, column {column}")


@pytest.mark.parametrize(
    ("row_type", "text", "column"),
    [
        (ruletables.CountryRow, "hn\tHonduras\t\t", "code"),
        (ruletables.OfficeholderRow, "A B\tB\tPresident\tUS\t2021-13-01\t\t", "start"),
        (ruletables.OfficeholderRow, "A B\tB\t\tUS\t2021-01-01\t\t", "titles"),
        (ruletables.NumberWordRow, "two\tunit\tii\t", "value"),
        (ruletables.StatisticNounRow, "decades\tyear\tduration\tten", "factor"),
        (ruletables.StatisticNounRow, "people\tperson\t*migrant\t", "measure"),
        (ruletables.RateRow, "per day\tday\tlose", "loose"),
        (ruletables.CourtRow, "OBJECT\tLAW\tlaw", "value"),
        (ruletables.CourtRow, "MEASURE\tLAW\tenacted", "value"),
        (ruletables.PolicyVerbRow, "sign\tsign\tsigns\tsigned\tsigned\tsigning\t\t", "verb_class"),
    ],
)
def test_each_kind_of_cell_is_checked(
    monkeypatch: pytest.MonkeyPatch, row_type: type[Any], text: str, column: str
) -> None:
    with pytest.raises(RuleDataError) as caught:
        _load(monkeypatch, row_type, "t.tsv", text + "\n")
    assert (caught.value.line, caught.value.column) == (1, column)


def test_good_cells_are_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    (row,) = _load(monkeypatch, ruletables.NumberWordRow, "t.tsv", "thousands\tvague\t1000\t9999")
    assert (row.kind, row.value, row.high) == (ruletables.NumberKind.VAGUE, 1000, 9999)
    (row,) = _load(monkeypatch, ruletables.BodyRow, "t.tsv", "DHS\tDHS|Homeland Security")
    assert (row.forms, row.role, row.country) == (("DHS", "Homeland Security"), None, None)


def test_a_rule_naming_an_unknown_class_fails_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    real = ruletables.lines
    bad = "SIGN\tLAW\tlaw\t-\tenacted\nSIGNN\tLAW\tlaw\t-\tenacted\n"

    def lines(path: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
        return ruletables.entries(bad) if path == "policy_rules.tsv" else real(path)

    monkeypatch.setattr(_reading, "lines", lines)
    with pytest.raises(RuleDataError, match="line 2, column verb = 'SIGNN': not a class of"):
        ruletables._checked_classes.__wrapped__("policy_rules.tsv", "en")


def test_the_error_is_a_value_error_and_pickles() -> None:
    error = RuleDataError("titles.tsv", 3, "cls", "ofice", "not one of office")
    assert isinstance(error, ValueError)
    assert isinstance(error, MigrationNewsError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.line, copy.column, str(copy)) == (
        "titles.tsv",
        3,
        "cls",
        str(error),
    )


def test_the_second_spanish_roles_and_kinds_load() -> None:
    roles = {(row.phrase, row.role) for row in ruletables.caravan_words("es")}
    assert {("a", "to"), ("tras", "earlier"), ("carretera", "road"), ("une", "between")} <= roles
    assert {("según", "according"), ("estiman", "tally")} <= roles
    english = {(row.phrase, row.role) for row in ruletables.caravan_words("en")}
    assert {("to", "to"), ("after", "earlier"), ("highway", "road")} <= english
    kinds = {(row.form, row.kind, row.value) for row in ruletables.date_words("es")}
    assert ("ene", ruletables.DateWordKind.ABBREVIATION, "1") in kinds
    assert ("rán", ruletables.DateWordKind.FUTURE, "ending") in kinds
    assert "cayeron" in ruletables.statistic_changes("es")
    assert "cayeron" not in ruletables.statistic_changes("en")


def test_a_spanish_tour_word_is_a_visit_that_tours() -> None:
    with reading("es"):
        vocabulary = _triggers()
    assert vocabulary["gira"].tour
    assert vocabulary["gira"].kind is not None
    assert not vocabulary["visita"].tour
