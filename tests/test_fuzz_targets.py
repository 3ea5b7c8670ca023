"""The fuzz targets' checks hold on hostile inputs (no atheris needed: it only drives them).

``python fuzz/run.py`` runs the same checks coverage-guided (the ``[fuzz]`` extra).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import migrationnews as mn
from migrationnews.seeds import default_seed

FUZZ = Path(__file__).parents[1] / "fuzz"


def target(name: str):
    spec = importlib.util.spec_from_file_location(name, FUZZ / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


def seed_json() -> bytes:
    seed = default_seed()
    return mn.to_json(mn.parse(seed.text, published=seed.published)).encode("utf-8")


HOSTILE = [
    b"",
    b"\xff\xfe\x00bad",
    b"[" * 5_000,
    b'{"text": "\\ud800"}\n{"text": 3}\n[1]\n',
    b"\xef\xbb\xbfA caravan of 3,000 migrants left.\r\n",
    b'{"text": "' + b"7" * 5_000 + b'"}',
    "Andre\u0301s Lo\u0301pez met Blinken\u00a0on Monday.".encode(),
]


@pytest.mark.parametrize("data", HOSTILE)
@pytest.mark.parametrize("name", ["fuzz_parse", "fuzz_from_json", "fuzz_reader"])
def test_every_target_holds_on_hostile_input(name, data):
    target(name)(data)


def test_the_from_json_target_reads_every_record_type_of_the_seed():
    check = target("fuzz_from_json")
    document = seed_json()
    check(b"\0" + document)  # an Article
    data = json.loads(document)
    check(b"\1" + json.dumps(data["officials"][0]).encode())  # an Official


def test_the_runner_knows_every_target_and_refuses_others():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(FUZZ / "run.py"), "nonsense"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "parse, from_json, reader" in done.stderr
