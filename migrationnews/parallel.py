"""Many articles at once: :func:`parse_many`, in this process or in worker processes.

Items are texts, ``(text, published)`` pairs or :class:`~migrationnews.batch.Source` objects
(what :func:`~migrationnews.batch.read_sources` yields); the articles come back in input order,
each with its ``published`` date and, for a ``Source``, its ``source`` name:

>>> import datetime as dt
>>> from migrationnews.batch import Source
>>> items = [
...     "Agents made 5,000 arrests in January.",
...     ("About 300 migrants arrived on Monday.", dt.date(2024, 5, 1)),
...     Source("news/a.txt", "Officials counted 700 arrests."),
... ]
>>> [(a.source, a.published, len(a.statistics)) for a in parse_many(items, jobs=1)]
[(None, None, 1), (None, datetime.date(2024, 5, 1), 1), ('news/a.txt', None, 1)]
>>> next(parse_many([b"bytes"]))
Traceback (most recent call last):
...
migrationnews.errors.ArgumentTypeError: items[0] must be str, (text, published) or ...

How the work is shared (measured in ``benchmarks/corpora.py``; a naive pool of one task per
article is slower than one process, because starting workers and sending each article
costs more than parsing it):

* ``jobs`` workers are started once per call and each is sent *chunks* of articles; a chunk
  holds articles up to a budget of characters that starts small (so every worker is busy at
  once) and doubles up to :data:`MAX_CHUNK_CHARS` (so sending costs little), and shrinks
  again near the end of an input whose size is known (so no worker idles at the end).
* Workers send back the articles pickled (attrs records pickle without re-running their
  validators, far cheaper than JSON); at most two chunks per worker are in flight, so
  memory stays bounded on an endless stream.
* An input smaller than :data:`SERIAL_BELOW_CHARS` characters is parsed in this process:
  starting workers would cost more than it saves. So is every input in a daemonic process
  (a worker of a process pool or of Dask), which may not start processes of its own.
* Workers are forked from this process where that is safe (Linux, a single thread), so they
  start in milliseconds with everything this process has already loaded; otherwise
  (threads running, macOS) they fork from a server that has loaded every rule once per
  session, or (Windows) start afresh.

One failing article never stops the batch: it comes back with no records and an
:class:`~migrationnews.errors.ExtractionWarning` naming it (as a failing extractor does in
:func:`~migrationnews.parse`); a worker that dies is replaced, and its articles are parsed
again one by one so that only the article that killed it is lost.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeAlias, TypeVar

from migrationnews.batch import Source
from migrationnews.errors import ArgumentTypeError, ExtractionWarning
from migrationnews.language import check_language
from migrationnews.pipeline import check_published, parse
from migrationnews.records import Article

__all__ = [
    "MAX_CHUNK_CHARS",
    "SERIAL_BELOW_CHARS",
    "default_jobs",
    "parse_chunk",
    "parse_many",
    "parse_pairs",
]

SERIAL_BELOW_CHARS = 40_000
"""Inputs shorter than this (about a second of parsing) are parsed in this process."""

FIRST_CHUNK_CHARS = 4_000
MAX_CHUNK_CHARS = 64_000
"""A chunk's character budget grows from about two articles to this (about a second)."""

IN_FLIGHT = 2  # chunks per worker sent ahead

# One article to parse: its text, date, name, what to call it in a warning, its language.
Job: TypeAlias = tuple[str, dt.date | None, str | None, str, str | None]
# A parsed article and the warnings raised while parsing it (category, message).
Done: TypeAlias = tuple[Article, list[tuple[type[Warning], str]]]
T = TypeVar("T")


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _check_jobs(jobs: Any) -> int:
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ArgumentTypeError("jobs", "a positive int or None", jobs)
    return jobs


def _job(index: int, item: Any, language: str | None = None) -> Job:
    """One item as a job, or an :class:`ArgumentTypeError` naming ``items[index]``."""
    where = f"items[{index}]"
    if isinstance(item, str):
        return item, None, None, where, language
    if isinstance(item, Source):
        if not isinstance(item.text, str):
            raise ArgumentTypeError(f"{where}.text", "str", item.text)
        published = _published(f"{where}.published", item.published)
        return item.text, published, item.label, item.label, language
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        return item[0], _published(f"{where}[1]", item[1]), None, where, language
    raise ArgumentTypeError(where, "str, (text, published) or batch.Source", item)


def _published(where: str, value: Any) -> dt.date | None:
    try:
        return check_published(value)
    except ArgumentTypeError:
        raise ArgumentTypeError(where, "datetime.date or None", value) from None


def _parse_one(job: Job) -> Article:
    """Parse one job; a failure gives the article without records and a warning."""
    text, published, source, name, language = job
    try:
        return parse(text, published=published, source=source, language=language)
    except Exception as err:  # one bad article must not stop the batch
        warnings.warn(
            f"parsing {name} failed ({type(err).__name__}: {err}); it has no records",
            ExtractionWarning,
            stacklevel=2,
        )
        return Article(text, published, source=source)


def parse_chunk(jobs: list[Job]) -> list[Done]:
    """What a worker does: parse each job, keeping the warnings to raise them again at home."""
    out: list[Done] = []
    for job in jobs:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = _parse_one(job)
        out.append((article, [(w.category, str(w.message)) for w in caught]))
    return out


def _context() -> Any:
    """Fork where it is safe and fast (Linux, one thread), else a fork server, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        server = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has loaded the rules once (the first call starts it).
        server.set_forkserver_preload(["__main__", "migrationnews._warm"])
        return server
    return multiprocessing.get_context("spawn")


def parse_many(
    items: Iterable[Any], *, jobs: int | None = None, language: str | None = None
) -> Iterator[Article]:
    """Parse every item, yielding the articles in input order.

    ``items``: texts, ``(text, published)`` pairs or :class:`~migrationnews.batch.Source`
    objects, in any iterable (a list, a generator, a file reader). ``jobs``: how many worker
    processes (default: the number of cores); ``1`` parses in this process. An item of the
    wrong type raises :class:`~migrationnews.errors.ArgumentTypeError` naming it
    (``items[3]``) when it is reached, after the articles before it. ``language``: as for
    :func:`~migrationnews.parse` ("en", "es", or None to detect each article's own).
    """
    workers = _check_jobs(jobs)
    if isinstance(items, str | bytes | Source) or not isinstance(items, Iterable):
        raise ArgumentTypeError("items", "an iterable of texts, pairs or Sources", items)
    return _parse_many(items, workers, check_language(language))


def _parse_many(items: Iterable[Any], workers: int, language: str | None) -> Iterator[Article]:
    stream = (_job(i, item, language) for i, item in enumerate(items))
    if workers == 1 or multiprocessing.current_process().daemon:
        # a daemonic process (a pool's or a Dask worker) may not start processes of its own
        for job in stream:
            yield _parse_one(job)
        return
    # Read ahead: a small input is parsed here, without starting workers.
    head: list[Job] = []
    chars = 0
    error: ArgumentTypeError | None = None
    try:
        for job in stream:
            head.append(job)
            chars += len(job[0])
            if chars >= SERIAL_BELOW_CHARS:
                break
    except ArgumentTypeError as err:
        error = err
    if error is not None or chars < SERIAL_BELOW_CHARS:
        for job in head:
            yield _parse_one(job)
        if error is not None:
            raise error
        return
    total = _total_chars(items)
    yield from _pool(head, stream, workers, total)


def _total_chars(items: Any) -> int | None:
    """The characters of a list of plain items, when cheap to know; else None."""
    if not isinstance(items, list | tuple):
        return None
    total = 0
    for item in items:
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, Source) and isinstance(item.text, str):
            total += len(item.text)
        elif isinstance(item, tuple) and item and isinstance(item[0], str):
            total += len(item[0])
    return total


def _chunks(
    head: list[Job], stream: Iterator[Job], workers: int, total: int | None
) -> Iterator[list[Job] | ArgumentTypeError]:
    """Jobs in chunks of a growing character budget; a bad item ends the chunks with its error."""
    budget = FIRST_CHUNK_CHARS
    sent = 0
    chunk: list[Job] = []
    size = 0
    pending: Iterator[Job] = iter(head)

    def jobs() -> Iterator[Job]:
        yield from pending
        yield from stream

    try:
        for job in jobs():
            chunk.append(job)
            size += len(job[0])
            if size >= budget:
                yield chunk
                sent += size
                chunk, size = [], 0
                budget = min(budget * 2, MAX_CHUNK_CHARS)
                if total is not None:  # near the end, share what is left evenly
                    budget = max(FIRST_CHUNK_CHARS, min(budget, (total - sent) // (2 * workers)))
    except ArgumentTypeError as err:
        if chunk:
            yield chunk
        yield err
        return
    if chunk:
        yield chunk


def _emit(done: Done) -> Article:
    article, caught = done
    for category, message in caught:
        warnings.warn(message, category, stacklevel=3)
    return article


def _pool(
    head: list[Job], stream: Iterator[Job], workers: int, total: int | None
) -> Iterator[Article]:
    chunks = _chunks(head, stream, workers, total)
    in_flight: deque[tuple[list[Job], Future[list[Done]]]] = deque()
    error: ArgumentTypeError | None = None
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context())
    try:
        while True:
            while error is None and len(in_flight) < IN_FLIGHT * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                if isinstance(chunk, ArgumentTypeError):
                    error = chunk
                    break
                in_flight.append((chunk, _submit(executor, chunk)))
            if not in_flight:
                break
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                lost = [chunk] + [c for c, _ in in_flight]
                in_flight.clear()
                for job in (job for c in lost for job in c):
                    yield _alone(job)
                executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context())
                continue
            for done in results:
                yield _emit(done)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    if error is not None:
        raise error


def _submit(executor: ProcessPoolExecutor, chunk: list[Job]) -> Future[list[Done]]:
    """The chunk sent to a worker; a pool already broken gives a future that says so."""
    try:
        return executor.submit(parse_chunk, chunk)
    except BrokenProcessPool as err:
        failed: Future[list[Done]] = Future()
        failed.set_exception(err)
        return failed


def _alone(job: Job) -> Article:
    """Parse one article in a worker of its own: if that worker dies too, the article is lost."""
    with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as single:
        try:
            return _emit(single.submit(parse_chunk, [job]).result()[0])
        except BrokenProcessPool:
            warnings.warn(
                f"parsing {job[3]} stopped its worker process; it has no records",
                ExtractionWarning,
                stacklevel=3,
            )
            return Article(job[0], job[1], source=job[2])


def parse_pairs(
    items: Iterable[Source | T], *, jobs: int | None = None, language: str | None = None
) -> Iterator[tuple[Source, Article] | T]:
    """Each ``Source`` with its article, in order; any other item (a read failure) as it is.

    This is how the command line parses what :func:`~migrationnews.batch.read_sources` reads.
    """
    workers = _check_jobs(jobs)
    chosen = check_language(language)
    order: deque[Source | T] = deque()

    def sources() -> Iterator[Source]:
        for item in items:
            order.append(item)
            if isinstance(item, Source):
                yield item

    def flush() -> Iterator[T]:
        while order and not isinstance(order[0], Source):
            yield order.popleft()  # type: ignore[misc]

    for article in _parse_many(sources(), workers, chosen):
        yield from flush()
        source = order.popleft()
        assert isinstance(source, Source)
        yield source, article
    yield from flush()
