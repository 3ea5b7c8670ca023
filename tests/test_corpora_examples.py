"""The corpus examples say what they should: a caravan's conflicting reports, Parquet on Dask."""

from __future__ import annotations

# Each example runs once per session (``run_example`` in tests/conftest.py, which gives the
# ledger an ``-o`` page and the Parquet example an output folder); test_examples.py reads the
# same runs for a clean exit.


def test_caravan_ledger_finds_the_outlet_that_disagrees(run_example):
    done, out = run_example("caravan_ledger.py")
    page = out / "ledger.html"
    assert done.returncode == 0, done.stderr
    assert "The most reported caravan: 4 outlets, conflicting" in done.stdout
    assert "their sizes span 3,000-8,000" in done.stdout
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_folder_to_parquet_writes_every_kind_and_reads_figures_back(run_example):
    done, out = run_example("folder_to_parquet_on_dask.py")
    assert done.returncode == 0, done.stderr
    assert "local cluster: 2 worker processes" in done.stdout
    for kind in ("officials", "meetings", "caravans", "policy_actions", "statistics"):
        assert (out / "tables" / kind).is_dir()
    assert "wire-1  176000.0" in done.stdout
