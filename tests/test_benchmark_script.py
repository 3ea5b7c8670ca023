"""The benchmark script keeps working (its figures are read by people, not asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parents[1] / "benchmarks" / "bench.py"


def test_benchmark_runs_in_quick_mode_and_reports_every_figure():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--no-peer"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for line in (
        "migrationnews.parse",
        "Spanish",
        "process: migrationnews parse",
        "RATIO worst adversarial",
    ):
        assert line in done.stdout
