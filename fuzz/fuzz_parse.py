"""Fuzz target: ``parse`` is total over ``str`` and what it returns holds together.

    python fuzz/fuzz_parse.py [libFuzzer options, e.g. -max_total_time=600 corpus/]

Each input is read as text; ``parse`` must not raise or warn, every span must lie inside
the text, ``validate`` must not raise, and the article must round-trip through JSON.
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings

import migrationnews as mn
from migrationnews.records import record_spans

PUBLISHED = dt.date(2023, 12, 27)


def check(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an extractor's ExtractionWarning is a finding
        article = mn.parse(text, published=PUBLISHED if data[:1] < b"\x80" else None)
    for record in article.records():
        for span in record_spans(record):
            assert 0 <= span.start <= span.end <= len(text), (record, span)
    mn.validate(article)
    assert mn.from_json(mn.to_json(article)) == article


def main() -> None:
    import atheris  # the [fuzz] extra

    atheris.instrument_all()  # coverage-guided: every loaded module reports its branches
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
