"""Every script in examples/ runs, and says what it should."""

from __future__ import annotations

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
def test_example_runs_cleanly(script):
    done = run(script)
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
