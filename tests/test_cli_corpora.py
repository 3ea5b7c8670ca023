"""The command line's corpus parts: parse --jobs gives the output of one process."""

from __future__ import annotations

import io
import json

import pytest

from migrationnews.cli import main
from migrationnews.parallel import SERIAL_BELOW_CHARS

SENTENCES = [
    "Border agents made {n},000 apprehensions in November, officials said.",
    "A caravan of about {n},500 migrants left Tapachula on Saturday.",
    "The shelter in El Paso took in {n}00 people over the weekend.",
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path):
    rows = [
        {"id": f"a{i}", "published": "2023-12-04", "text": " ".join(SENTENCES * 6).format(n=i)}
        for i in range(1, 10)
    ]
    size = sum(len(r["text"]) for r in rows)
    copies = SERIAL_BELOW_CHARS // size + 1  # enough text for worker processes
    for copy in range(copies):
        (tmp_path / f"batch{copy}.jsonl").write_text(
            "".join(json.dumps({**r, "id": f"{r['id']}-{copy}"}) + "\n" for r in rows),
            encoding="utf-8",
        )
    (tmp_path / "broken.jsonl").write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")
    return tmp_path


def test_parse_with_two_jobs_prints_what_one_job_prints(folder):
    one = run("parse", str(folder), "--format", "jsonl", "--jobs", "1")
    two = run("parse", str(folder), "--format", "jsonl", "--jobs", "2")
    default = run("parse", str(folder), "--format", "jsonl")
    assert one == two == default
    status, out, err = one
    assert status == 1  # the broken row
    assert "broken.jsonl:2: bad JSON Lines record" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[-1]["text"] == "fine"
    assert lines[0]["source"] == "a1-0"


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_must_be_a_positive_number(jobs, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "--jobs", jobs])
    assert exit_.value.code == 2
    assert "not a positive number of jobs" in capsys.readouterr().err
