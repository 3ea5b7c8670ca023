"""The package's shape: what a user imports is what it says it is."""

from __future__ import annotations

import importlib.util
import inspect

import pytest

import migrationnews as mn
from migrationnews import batch, dates, errors, pipeline, records


@pytest.mark.parametrize("name", sorted(mn.__all__))
def test_no_module_hides_behind_an_exported_name(name):
    """``migrationnews.compare`` is the function: importing a module of that name would
    replace it on the package (and ``import migrationnews.compare as c`` would give the
    function), so no module shares a name with anything the package exports."""
    assert importlib.util.find_spec(f"migrationnews.{name}") is None


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
    assert value.__module__.startswith("migrationnews.dates._")
