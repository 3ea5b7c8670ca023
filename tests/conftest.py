"""Shared test settings: hypothesis profiles, and the example scripts run once per session.

Hypothesis profiles (the number of examples each property test draws; no deadline, since
a shared machine's pauses are not the code's):

- ``fast`` (the default): 30 examples, sized for the everyday run of the whole suite;
- ``ci`` (chosen when the ``CI`` variable is set, as CI services do): 200 examples;
- ``thorough``: 1,000 examples, for a campaign before a release or after a rule change.

``MIGRATIONNEWS_HYPOTHESIS=thorough`` (or ``fast`` or ``ci``) chooses one explicitly. Tests
over whole articles draw a share of the profile's count (an article holds many records), so
every profile scales every property test. Warnings are errors (``pyproject.toml``).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

for _name, _examples in (("fast", 30), ("ci", 200), ("thorough", 1_000)):
    settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
settings.load_profile(
    os.environ.get("MIGRATIONNEWS_HYPOTHESIS") or ("ci" if os.environ.get("CI") else "fast")
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Example scripts that write files are given a place in the session's scratch folder ("{out}"),
# so that the same run serves the test that runs every script and the one that reads the files.
EXAMPLE_ARGS = {
    "caravan_ledger.py": ("-o", "{out}/ledger.html"),
    "folder_to_parquet_on_dask.py": ("", "{out}/tables"),  # "": the invented articles
}

RunExample = Callable[[str], tuple[subprocess.CompletedProcess[str], Path]]


@pytest.fixture(scope="session")
def run_example(tmp_path_factory: pytest.TempPathFactory) -> RunExample:
    """``run_example("x.py")`` runs ``examples/x.py`` as a user would (a fresh interpreter,
    no arguments but a place for its output files) once per session, and gives the finished
    process and that place: several tests read one run, each asserting its own part."""

    @functools.cache
    def run(script: str) -> tuple[subprocess.CompletedProcess[str], Path]:
        out = tmp_path_factory.mktemp(script.removesuffix(".py"))
        args = [arg.format(out=out) for arg in EXAMPLE_ARGS.get(script, ())]
        done = subprocess.run(
            [sys.executable, str(EXAMPLES / script), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,  # a guard against a hung run, not a timed assertion
        )
        return done, out

    return run
