"""The public surface: __all__ is sorted and complete, errors form one tree."""

from __future__ import annotations

import inspect

import migrationnews as mn
from migrationnews import errors


def test_all_is_sorted_and_unique():
    assert list(mn.__all__) == sorted(set(mn.__all__))


def test_all_names_every_public_name_and_only_those():
    public = {
        name
        for name, value in vars(mn).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public == set(mn.__all__)


def test_every_error_derives_from_the_base_and_a_stdlib_type():
    for name in errors.__all__:
        cls = getattr(errors, name)
        if issubclass(cls, Warning):
            assert not issubclass(cls, mn.MigrationNewsError), name  # warned, never raised
            continue
        assert issubclass(cls, mn.MigrationNewsError)
        if cls is not mn.MigrationNewsError:
            assert issubclass(cls, (ValueError, TypeError, OSError)), name
