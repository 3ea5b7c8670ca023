"""Fuzz target: the CLI's reader survives any file: every input gives articles or failures.

    python fuzz/fuzz_reader.py [libFuzzer options]

The input is written as a JSON Lines file and as a text file in a fresh folder; reading
the folder must yield only sources, failures and skips, every source's text must be valid
Unicode (it will be printed), and every failure must be one line.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from migrationnews.batch import Failure, Skipped, Source, read_sources


def check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "rows.jsonl").write_bytes(data)
        Path(folder, "story.txt").write_bytes(data)
        Path(folder, "NOSUFFIX").write_bytes(data)
        for item in read_sources([folder]):
            assert isinstance(item, (Source, Failure, Skipped)), item
            if isinstance(item, Source):
                item.text.encode("utf-8")  # strict: no lone surrogates reach the output
            else:
                assert "\n" not in item.reason, item


def main() -> None:
    import atheris  # the [fuzz] extra

    atheris.instrument_all()  # coverage-guided: every loaded module reports its branches
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
