"""The corpus modules' public names: sorted, all defined, and public functions documented."""

from __future__ import annotations

import inspect

import pytest

import migrationnews as mn
from migrationnews import dask as mnd
from migrationnews import ledger, parallel


@pytest.mark.parametrize("module", [ledger, parallel, mnd], ids=lambda m: m.__name__)
def test_all_is_sorted_defined_and_documented(module):
    assert list(module.__all__) == sorted(set(module.__all__))
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert value.__doc__, name
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == module.__name__
    }
    assert defined <= set(module.__all__)


def test_the_package_exports_the_corpus_tools_without_importing_dask():
    for name in ("parse_many", "triangulate", "Ledger", "Fact", "FactKind", "Report"):
        assert name in mn.__all__
    assert "dask" not in mn.__all__


def test_errors_cross_process_boundaries_whole():
    import pickle

    from migrationnews.errors import (
        ArgumentTypeError,
        RecordError,
        SerializationError,
        SourceError,
    )

    for error in (
        RecordError("Estimate", "low", 5, "must not exceed high (3)"),
        ArgumentTypeError("items[3]", "str", 42),
        SerializationError("Article", {"text": 1}, "text must be str"),
        SourceError("news/a.txt", "no such file"),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert vars(back) == vars(error)
