"""The corpus benchmark keeps working (its figures are read by people, not asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parents[1] / "benchmarks" / "corpora.py"


def test_corpus_benchmark_runs_in_quick_mode_and_reports_every_figure():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for line in ("SPEEDUP parse_many 2 jobs", "THROUGHPUT dask/parse_many", "RATIO triangulate"):
        assert line in done.stdout
