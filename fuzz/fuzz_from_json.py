"""Fuzz target: ``from_json`` reads any bytes or raises ``SerializationError``, nothing else.

    python fuzz/fuzz_from_json.py [libFuzzer options]

An input that reads back must serialise to the same article again. The first byte picks
the record type, so every type's reader is exercised, not only Article's.
"""

from __future__ import annotations

import sys

import migrationnews as mn
from migrationnews.serialize import SERIALIZABLE


def check(data: bytes) -> None:
    if not data:
        return
    cls = SERIALIZABLE[data[0] % len(SERIALIZABLE)]
    document = data[1:]
    try:
        record = mn.from_json(document, cls)
    except mn.SerializationError:
        return
    assert mn.from_json(mn.to_json(record), cls) == record


def main() -> None:
    import atheris  # the [fuzz] extra

    atheris.instrument_all()  # coverage-guided: every loaded module reports its branches
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
