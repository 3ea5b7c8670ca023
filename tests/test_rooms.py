"""The packages split into private modules keep their layering: each module imports only
the modules its package's docstring lists above it, and every module is listed."""

import ast
import importlib
import re
from pathlib import Path

import pytest

from migrationnews.extract import meetings, officials, policy

PACKAGES = [
    "migrationnews.dates",
    "migrationnews.extract.meetings",
    "migrationnews.extract.officials",
    "migrationnews.extract.policy",
]


def listed(package: str) -> list[str]:
    """The private modules a package's docstring lists ("* ``_name``: ..."), in order."""
    doc = importlib.import_module(package).__doc__ or ""
    return re.findall(r"^\* ``(_\w+)``", doc, re.MULTILINE)


def folder(package: str) -> Path:
    return Path(importlib.import_module(package).__file__ or "").parent


@pytest.mark.parametrize("package", PACKAGES)
def test_the_docstring_lists_every_private_module(package):
    present = sorted(p.stem for p in folder(package).glob("_*.py") if p.stem != "__init__")
    assert sorted(listed(package)) == present


@pytest.mark.parametrize("package", PACKAGES)
def test_a_private_module_imports_only_those_listed_above_it(package):
    order = listed(package)
    for position, name in enumerate(order):
        tree = ast.parse((folder(package) / f"{name}.py").read_text(encoding="utf-8"))
        imported = {
            node.module.rsplit(".", 1)[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module is not None
            and node.module.startswith(package + "._")
        }
        below = imported - set(order[:position])
        assert not below, f"{package}.{name} imports {sorted(below)}, listed below it"


def test_the_officials_package_keeps_the_extractor_shape():
    assert officials.__all__ == ["NEEDS", "RECORD", "extract"]
    assert officials.RECORD.__name__ == "Official"
    assert officials.NEEDS == ()
    assert officials.extract.__module__ == "migrationnews.extract.officials._extractor"


def test_the_meetings_package_keeps_the_extractor_shape():
    assert meetings.__all__ == ["NEEDS", "RECORD", "extract"]
    assert meetings.RECORD.__name__ == "Meeting"
    assert [needed.__name__ for needed in meetings.NEEDS] == ["Official"]
    assert meetings.extract.__module__ == "migrationnews.extract.meetings._extractor"


def test_the_policy_package_keeps_the_extractor_shape():
    assert policy.__all__ == ["NEEDS", "RECORD", "extract"]
    assert policy.RECORD.__name__ == "PolicyAction"
    assert [record.__name__ for record in policy.NEEDS] == ["Official"]
    assert policy.extract.__module__ == "migrationnews.extract.policy._extractor"
