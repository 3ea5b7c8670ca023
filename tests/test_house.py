"""The package's shape: what a user imports is what it says it is."""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import itertools
import json
import pkgutil
import re
import types
from pathlib import Path
from typing import Any

import pytest

import migrationnews as mn
from migrationnews import batch, dates, errors, pipeline, records
from migrationnews._caches import forget_article
from migrationnews.errors import ExtractorOrderError
from migrationnews.extract import EXTRACTORS, PIPELINE, in_order
from migrationnews.language import reading
from migrationnews.seeds import default_seed
from migrationnews.text import Document, normalise


@pytest.mark.parametrize("name", sorted(mn.__all__))
def test_no_module_hides_behind_an_exported_name(name):
    """``migrationnews.compare`` is the function: importing a module of that name would
    replace it on the package (and ``import migrationnews.compare as c`` would give the
    function), so no module shares a name with anything the package exports."""
    assert importlib.util.find_spec(f"migrationnews.{name}") is None


def test_every_module_is_private_or_listed_in_the_architecture_page():
    """A module a user may import is documented as public or internal, or is private."""
    page = (Path(__file__).parents[1] / "docs" / "architecture.md").read_text()
    section = page.split("## Public API and internal modules", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([\w.]+)`", section))
    for info in pkgutil.walk_packages(mn.__path__, "migrationnews."):
        parts = info.name.split(".")[1:]
        if not any(part.startswith("_") for part in parts):
            assert parts[0] in listed, info.name


def test_the_functions_are_functions_and_their_modules_nouns():
    from migrationnews import comparison, validation

    assert inspect.isfunction(mn.compare)
    assert inspect.isfunction(mn.validate)
    assert mn.compare is comparison.compare
    assert mn.validate is validation.validate


def test_the_extraction_warning_lives_in_errors_and_the_pipeline_re_exports_it():
    assert mn.ExtractionWarning is errors.ExtractionWarning is pipeline.ExtractionWarning
    assert mn.ExtractionWarning.__module__ == "migrationnews.errors"
    assert issubclass(mn.ExtractionWarning, RuntimeWarning)


def test_the_deliberate_exports_are_the_modules_own():
    assert mn.Record is records.Record
    assert mn.read_sources is batch.read_sources
    assert mn.resolve is dates.resolve


@pytest.mark.parametrize("name", dates.__all__)
def test_the_dates_package_exports_what_its_modules_define(name):
    """``migrationnews.dates`` re-exports its public names from private modules, each
    defined once."""
    value = getattr(dates, name)
    if callable(value):
        assert value.__module__.startswith("migrationnews.dates._")
    else:  # a closed word class: the very object one private module defines
        owners = [m for m in vars(dates).values() if getattr(m, name, None) is value]
        assert [m.__name__ for m in owners if m.__name__.startswith("migrationnews.dates._")]


# --- extractors declare the records they read --------------------------------------------


def _articles() -> list[tuple[str, dt.date | None]]:
    """The seed article and the project's own invented articles."""
    seed = default_seed()
    found = [(seed.text, seed.published)]
    for line in (Path(__file__).parent / "data" / "own_eval.jsonl").read_text().splitlines():
        if line.strip():
            art = json.loads(line)
            published = dt.date.fromisoformat(art["published"]) if art.get("published") else None
            found.append((art["text"], published))
    return found


def _fake(name: str, record: type, needs: tuple[type, ...] = ()) -> Any:
    return types.SimpleNamespace(__name__=name, RECORD=record, NEEDS=needs, extract=lambda d: ())


def test_the_pipeline_is_the_declared_order():
    assert in_order(EXTRACTORS) == PIPELINE
    assert sorted(m.__name__ for m in PIPELINE) == sorted(m.__name__ for m in EXTRACTORS)


@pytest.mark.parametrize("listing", list(itertools.permutations(EXTRACTORS)))
def test_any_listing_runs_each_extractor_after_the_builders_of_what_it_needs(listing):
    order = in_order(listing)
    assert sorted(m.__name__ for m in order) == sorted(m.__name__ for m in listing)
    built: set[type] = set()
    for module in order:
        assert built.issuperset(module.NEEDS), module.__name__
        built.add(module.RECORD)


def test_the_records_do_not_depend_on_the_listing(monkeypatch):
    backwards = in_order(reversed(EXTRACTORS))
    assert backwards != PIPELINE  # the check below compares two different orders
    expected = [mn.parse(text, published=published) for text, published in _articles()]
    monkeypatch.setattr(pipeline, "PIPELINE", backwards)
    assert [mn.parse(text, published=published) for text, published in _articles()] == expected


@pytest.mark.parametrize("module", EXTRACTORS, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_an_extractor_reads_no_records_but_those_it_declares(module):
    """Given every other extractor's records, or only those of its NEEDS, an extractor
    finds the same: it declares everything it reads."""
    for text, published in _articles():
        article = mn.parse(text, published=published)
        plain = normalise(text).text
        everything = Document.of(plain, published, article.language)
        declared = Document.of(plain, published, article.language)
        for other in EXTRACTORS:
            records = getattr(article, _FIELDS[other.RECORD])
            everything.add(other.RECORD, records)
            if other.RECORD in module.NEEDS:
                declared.add(other.RECORD, records)
        with reading(article.language):
            assert module.extract(declared) == module.extract(everything), text[:60]
        forget_article()


_FIELDS = {
    mn.Official: "officials",
    mn.Meeting: "meetings",
    mn.Caravan: "caravans",
    mn.PolicyAction: "policy_actions",
    mn.Statistic: "statistics",
}


def test_a_cycle_of_needs_is_an_error_naming_the_extractors():
    first = _fake("first", mn.Official, (mn.Meeting,))
    second = _fake("second", mn.Meeting, (mn.Official,))
    free = _fake("free", mn.Statistic)
    with pytest.raises(ExtractorOrderError, match=r"cycle: first needs Meeting; second needs"):
        in_order([first, free, second])


def test_a_need_that_no_extractor_builds_is_an_error():
    lonely = _fake("lonely", mn.Caravan, (mn.Statistic,))
    with pytest.raises(ExtractorOrderError, match="lonely needs Statistic, which no extractor"):
        in_order([lonely])


def test_two_builders_of_one_record_type_are_an_error():
    with pytest.raises(ExtractorOrderError, match="one and two both build Official"):
        in_order([_fake("one", mn.Official), _fake("two", mn.Official)])


def test_the_order_error_is_a_value_error_of_the_package():
    assert issubclass(ExtractorOrderError, mn.MigrationNewsError)
    assert issubclass(ExtractorOrderError, ValueError)
