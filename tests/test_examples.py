"""Every script in examples/ runs, and says what it should."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.py"))


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.stem)
def test_example_runs_cleanly(script, run_example):
    done, _ = run_example(script.name)  # the same run other tests read (tests/conftest.py)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert "Traceback" not in done.stderr


def test_round_trip_example_reports_an_exact_round_trip(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Officials said 300 migrants arrived on Monday.", encoding="utf-8")
    done = run(
        EXAMPLES[0].with_name("round_trip_json.py"), str(article), "--published", "2024-05-01"
    )
    assert done.returncode == 0, done.stderr
    assert "round trip exact: True" in done.stdout


def test_figures_by_month_example_tables_a_folder_by_month_and_measure(tmp_path):
    rows = [
        {
            "id": "x1",
            "date": "2024-02-10T08:00:00Z",
            "text": "Agents made 5,000 arrests in January.",
        },
        {
            "id": "x2",
            "published": "2024-03-02",
            "text": "Officials counted 700 arrests in February.",
        },
    ]
    (tmp_path / "batch.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    done = run(EXAMPLES[0].with_name("figures_by_month.py"), str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "2 articles, 2 figures" in done.stdout
    wide = done.stdout.split("plot-ready):", 1)[1]
    assert "2024-01" in wide
    assert "2024-02" in wide
    assert "5000.0" in wide
