"""The corpus examples say what they should: a caravan's conflicting reports, Parquet on Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_caravan_ledger_finds_the_outlet_that_disagrees(tmp_path):
    page = tmp_path / "ledger.html"
    done = run("caravan_ledger.py", "-o", str(page))
    assert done.returncode == 0, done.stderr
    assert "The most reported caravan: 4 outlets, conflicting" in done.stdout
    assert "their sizes span 3,000-8,000" in done.stdout
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_folder_to_parquet_writes_every_kind_and_reads_figures_back(tmp_path):
    done = run("folder_to_parquet_on_dask.py", "", str(tmp_path / "tables"))
    assert done.returncode == 0, done.stderr
    assert "local cluster: 2 worker processes" in done.stdout
    for kind in ("officials", "meetings", "caravans", "policy_actions", "statistics"):
        assert (tmp_path / "tables" / kind).is_dir()
    assert "wire-1  176000.0" in done.stdout
