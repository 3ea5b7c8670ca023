"""parse_many: the articles of parse, in input order, from one process or several."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import warnings

import pytest

from migrationnews import ExtractionWarning, parallel, parse, parse_many
from migrationnews.batch import Failure, Source
from migrationnews.errors import ArgumentTypeError

# Invented sentences, varied so that every article differs.
SENTENCES = [
    "Border agents made {n},000 apprehensions in November, officials said.",
    "A caravan of about {n},500 migrants left Tapachula on Saturday.",
    "Governor Ana Ruiz signed a law on Monday allowing police to arrest migrants.",
    "The shelter in El Paso took in {n}00 people over the weekend.",
    "Officials met in Mexico City on Wednesday to discuss the {n} new crossings.",
]


def article(number: int) -> str:
    # about 1,400 characters: enough articles pass the serial threshold
    return " ".join(s.format(n=number % 9 + 1) for s in SENTENCES * 4)


ITEMS = [(article(i), dt.date(2023, 12, 1) + dt.timedelta(days=i % 20)) for i in range(60)]


def test_items_are_texts_pairs_or_sources_and_keep_their_order():
    items = [
        "Agents made 5,000 arrests in January.",
        ("About 300 migrants arrived on Monday.", dt.date(2024, 5, 1)),
        Source("news/a.txt", "Officials counted 700 arrests.", dt.date(2024, 2, 2), "a-1"),
    ]
    got = list(parse_many(items, jobs=1))
    assert got == [
        parse(items[0]),
        parse(items[1][0], published=items[1][1]),
        parse(items[2].text, published=items[2].published, source="a-1"),
    ]


def test_worker_processes_give_the_articles_of_one_process():
    assert sum(len(text) for text, _ in ITEMS) > parallel.SERIAL_BELOW_CHARS
    serial = list(parse_many(ITEMS, jobs=1))
    assert list(parse_many(ITEMS, jobs=2)) == serial
    assert list(parse_many(iter(ITEMS), jobs=3)) == serial  # a stream, size unknown


def test_workers_started_from_a_fork_server_agree_too(monkeypatch):
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)  # forking is unsafe
    assert parallel._context().get_start_method() == "forkserver"
    assert list(parse_many(ITEMS[:40], jobs=2)) == list(parse_many(ITEMS[:40], jobs=1))


def test_chunks_grow_and_cover_every_item_once():
    jobs = [parallel._job(i, item) for i, item in enumerate(ITEMS)]
    total = sum(len(j[0]) for j in jobs)
    chunks = list(parallel._chunks(jobs[:3], iter(jobs[3:]), 2, total))
    assert [j for c in chunks for j in c] == jobs
    sizes = [sum(len(j[0]) for j in c) for c in chunks]
    assert sizes[0] < sizes[2]
    assert max(sizes) <= parallel.MAX_CHUNK_CHARS + max(len(j[0]) for j in jobs)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_item_raises_naming_it_after_the_articles_before_it(jobs):
    items = [*ITEMS[:40], 42, ITEMS[0]]
    got = []
    with pytest.raises(ArgumentTypeError, match=r"items\[40\] must be str"):
        got.extend(parse_many(items, jobs=jobs))
    assert len(got) == 40


@pytest.mark.parametrize(
    ("item", "named"),
    [
        (b"bytes", r"items\[0\]"),
        (("text", "2024-01-01"), r"items\[0\]\[1\]"),
        (Source("x.txt", "text", "2024-01-01"), r"items\[0\]\.published"),  # type: ignore[arg-type]
        (("text",), r"items\[0\]"),
    ],
)
def test_each_wrong_item_type_is_named(item, named):
    with pytest.raises(ArgumentTypeError, match=named):
        list(parse_many([item], jobs=1))


@pytest.mark.parametrize("jobs", [0, -1, True, 1.5, "2"])
def test_jobs_must_be_a_positive_int(jobs):
    with pytest.raises(ArgumentTypeError, match="jobs"):
        parse_many(["text"], jobs=jobs)


@pytest.mark.parametrize("items", ["one text", b"bytes", 3, Source("a", "b")])
def test_items_must_be_an_iterable_of_items(items):
    with pytest.raises(ArgumentTypeError, match="items"):
        parse_many(items)


def _fails_on_marker(text, **kwargs):
    if "MARKER" in text:
        raise RuntimeError("boom")
    return parse(text, **kwargs)


def test_a_failing_article_comes_back_empty_with_a_warning(monkeypatch):
    monkeypatch.setattr(parallel, "parse", _fails_on_marker)
    items = ["Agents made 5,000 arrests.", Source("bad.txt", "MARKER 300 migrants"), "300 died."]
    with pytest.warns(ExtractionWarning, match=r"bad\.txt failed \(RuntimeError: boom\)"):
        got = list(parse_many(items, jobs=1))
    assert [len(a.statistics) for a in got] == [1, 0, 1]
    assert got[1].text == "MARKER 300 migrants"
    assert got[1].source == "bad.txt"


def test_a_worker_sends_its_warnings_home(monkeypatch):
    monkeypatch.setattr(parallel, "parse", _fails_on_marker)
    done = parallel.parse_chunk([("MARKER", None, None, "items[7]", None)])
    assert done[0][1] == [(ExtractionWarning, done[0][1][0][1])]
    assert "items[7]" in done[0][1][0][1]


def _dies_on_marker(text, **kwargs):
    if "MARKER" in text:
        os._exit(3)
    return parse(text, **kwargs)


def test_an_article_that_kills_its_worker_is_the_only_one_lost(monkeypatch):
    # forked workers see the patched parse (a fork server would import it afresh)
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(parallel, "parse", _dies_on_marker)
    items = [text for text, _ in ITEMS[:40]]
    items[25] = "MARKER " + items[25]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(parse_many(items, jobs=2))
    assert [a.text for a in got] == items
    assert [i for i, a in enumerate(got) if not a.statistics] == [25]
    assert any("items[25] stopped its worker" in str(w.message) for w in caught)


def test_parse_pairs_keeps_read_failures_in_their_place():
    items = [Source("a", "300 migrants arrived."), Failure("b", "no such file"), Source("c", "")]
    got = list(parallel.parse_pairs(items, jobs=1))
    assert got[1] == items[1]
    assert [pair[0] for pair in (got[0], got[2])] == [items[0], items[2]]
    assert got[0][1].source == "a"


def _in_a_daemon(queue):
    queue.put(
        [
            a.source
            for a in parse_many([Source(f"s{i}", t) for i, (t, _) in enumerate(ITEMS)], jobs=2)
        ]
    )


def test_a_daemonic_process_parses_in_itself():
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_in_a_daemon, args=(queue,), daemon=True)
    process.start()
    got = queue.get(timeout=120)
    process.join(timeout=60)
    assert got == [f"s{i}" for i in range(len(ITEMS))]
    assert process.exitcode == 0
