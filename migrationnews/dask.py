"""Beyond one machine: articles as a Dask bag, records as Dask DataFrames and Parquet.

Needs the ``[dask]`` extra (``pip install 'migrationnews[dask]'``: dask's bag and dataframe,
distributed, pandas and pyarrow); ``import migrationnews`` never imports dask. Every function
builds a lazy Dask graph, so the work runs on whatever scheduler is active: Dask's local
default (processes for a bag), a ``dask.distributed.Client`` on this machine's cores or on a
cluster of many machines (``Client("tcp://scheduler:8786")``). Files may be local paths or
any fsspec URL (``s3://bucket/news/*.jsonl``, with ``storage_options`` for credentials).

* :func:`read_articles`: files, folders or globs -> a bag of
  :class:`~migrationnews.batch.Source` (a text file is one article, a JSON Lines file one a
  line, named and dated as :func:`~migrationnews.batch.read_sources` does);
* :func:`parse_bag`: a bag of sources (or texts) -> a bag of
  :class:`~migrationnews.records.Article`;
* :func:`to_dataframe`: a bag of articles -> a Dask DataFrame of one record kind, with the
  columns and dtypes of :func:`~migrationnews.to_frame`;
* :func:`write_parquet`: a bag of articles -> one partitioned Parquet dataset per kind,
  parsing each article once.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Agents made 5,000 arrests in January.")
>>> _ = (folder / "b.jsonl").write_text(
...     '{"id": "b1", "date": "2024-02-10", "text": "Officials counted 700 arrests."}\\n')
>>> articles = parse_bag(read_articles(str(folder)))
>>> [(a.source.rsplit("/", 1)[-1], len(a.statistics)) for a in articles.compute()]
[('a.txt', 1), ('b1', 1)]
>>> to_dataframe(articles, "statistics")[["low", "measure"]].compute()["low"].tolist()
[5000.0, 700.0]
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import fsspec
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from migrationnews.batch import (
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    Failure,
    Input,
    Source,
    decode_text,
    jsonl_sources,
    walk,
)
from migrationnews.errors import ArgumentTypeError, SourceError
from migrationnews.parallel import _job, _parse_one
from migrationnews.pipeline import check_published
from migrationnews.records import Article
from migrationnews.tables import KINDS, to_frame

__all__ = ["FILES_PER_PARTITION", "parse_bag", "read_articles", "to_dataframe", "write_parquet"]

FILES_PER_PARTITION = 64
"""Plain-text articles per partition (a JSON Lines file is a partition of its own)."""

_ERRORS = ("raise", "skip")


def _paths(paths_or_glob: Any) -> list[str]:
    expected = "a path, URL or glob, or a list of them"
    if isinstance(paths_or_glob, str | Path):
        return [str(paths_or_glob)]
    if isinstance(paths_or_glob, bytes) or not isinstance(paths_or_glob, Iterable):
        raise ArgumentTypeError("paths_or_glob", expected, paths_or_glob)
    out = []
    for i, item in enumerate(paths_or_glob):
        if not isinstance(item, str | Path):
            raise ArgumentTypeError(f"paths_or_glob[{i}]", "str or pathlib.Path", item)
        out.append(str(item))
    return out


def _is_jsonl(path: str) -> bool:
    return posixpath.splitext(path)[1].lower() in JSONL_SUFFIXES


def _files(path: str, storage_options: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(URL to open, name, is JSON Lines) of each article file ``path`` stands for.

    A local folder stands for the files :func:`~migrationnews.batch.walk` finds in it (so a
    bag reads what the command line reads); a remote folder for its files with the suffixes
    the walk reads; a glob for its matches, in name order. A local file is named as given,
    a remote one by its full URL.
    """
    fs, root = url_to_fs(path, **storage_options)
    local = isinstance(fs, LocalFileSystem)

    def name(found: str) -> str:
        return found if local else fs.unstrip_protocol(found)

    if any(c in path for c in "*?["):
        matches = sorted(fs.glob(root))
        return [(fs.unstrip_protocol(m), name(m), _is_jsonl(m)) for m in matches if not fs.isdir(m)]
    if local and fs.isdir(root):
        return [(i.path, i.path, i.jsonl) for i in walk([path]) if isinstance(i, Input)]
    if fs.isdir(root):
        suffixes = TEXT_SUFFIXES | JSONL_SUFFIXES
        found = sorted(
            p
            for p in fs.ls(root, detail=False)
            if posixpath.splitext(p)[1].lower() in suffixes and fs.isfile(p)
        )
        given = path.rstrip("/")
        return [
            (fs.unstrip_protocol(p), posixpath.join(given, posixpath.basename(p)), _is_jsonl(p))
            for p in found
        ]
    return [(root if local else fs.unstrip_protocol(root), path, _is_jsonl(path))]


def _read(url: str, name: str, storage_options: dict[str, Any]) -> bytes | Failure:
    try:
        with fsspec.open(url, "rb", **storage_options) as file:
            data: bytes = file.read()
    except FileNotFoundError:
        return Failure(name, "no such file")
    except OSError as err:
        return Failure(name, err.strerror or str(err))
    return data


def _read_files(
    files: list[tuple[str, str, bool]],
    published: dt.date | None,
    errors: str,
    storage_options: dict[str, Any],
) -> list[Source]:
    """One partition: the articles of some files, read as :func:`~migrationnews.batch.read_sources`
    reads them."""
    out: list[Source] = []
    for url, name, jsonl in files:
        data = _read(url, name, storage_options)
        found: Iterable[Source | Failure]
        if isinstance(data, Failure):
            found = [data]
        elif jsonl:
            found = jsonl_sources(name, data, published)
        else:
            try:
                found = [Source(name, decode_text(data, name), published)]
            except SourceError as err:
                found = [Failure(name, err.reason)]
        for item in found:
            if isinstance(item, Source):
                out.append(item)
            elif errors == "raise":
                raise SourceError(item.name, item.reason)
    return out


def read_articles(
    paths_or_glob: str | Path | Iterable[str | Path],
    *,
    published: dt.date | None = None,
    errors: str = "raise",
    storage_options: dict[str, Any] | None = None,
) -> db.Bag:
    """A bag of the articles in ``paths_or_glob``: files, folders (their ``.txt`` and
    ``.jsonl`` files) or globs, local or any fsspec URL, in the order given, each folder or
    glob in name order.

    ``published`` dates plain-text articles (a JSON Lines row's own date wins). A file that
    cannot be read, or a bad JSON Lines row, raises
    :class:`~migrationnews.errors.SourceError` naming it when the bag is computed
    (``errors="raise"``), or is left out (``errors="skip"``). Files are listed now; they are
    read when the bag is computed, on the workers.
    """
    names = _paths(paths_or_glob)
    day = check_published(published)
    if errors not in _ERRORS:
        raise ArgumentTypeError("errors", "'raise' or 'skip'", errors)
    if storage_options is not None and not isinstance(storage_options, dict):
        raise ArgumentTypeError("storage_options", "dict or None", storage_options)
    options = storage_options or {}
    groups: list[list[tuple[str, str, bool]]] = []
    texts: list[tuple[str, str, bool]] = []
    for path in names:
        for url, name, jsonl in _files(path, options):
            if jsonl:
                if texts:
                    groups.append(texts)
                    texts = []
                groups.append([(url, name, jsonl)])
            else:
                texts.append((url, name, jsonl))
                if len(texts) >= FILES_PER_PARTITION:
                    groups.append(texts)
                    texts = []
    if texts:
        groups.append(texts)
    if not groups:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(groups, npartitions=len(groups))
    return bag.map_partitions(_read_partition, day, errors, options)


def _read_partition(
    groups: list[list[tuple[str, str, bool]]],
    published: dt.date | None,
    errors: str,
    storage_options: dict[str, Any],
) -> list[Source]:
    return [s for files in groups for s in _read_files(files, published, errors, storage_options)]


def _parse_partition(items: Iterable[Any]) -> list[Article]:
    return [_parse_one(_job(i, item)) for i, item in enumerate(items)]


def parse_bag(bag: db.Bag) -> db.Bag:
    """A bag of the articles parsed from ``bag``'s items: sources, texts or
    ``(text, published)`` pairs, as :func:`~migrationnews.parse_many` takes them, in order.

    An article that fails to parse comes back without records, with a warning on its worker.
    """
    if not isinstance(bag, db.Bag):
        raise ArgumentTypeError("bag", "dask.bag.Bag", bag)
    return bag.map_partitions(_parse_partition)


def _check_kind(kind: Any) -> str:
    if not isinstance(kind, str) or kind not in KINDS:
        raise ArgumentTypeError("kind", "one of " + ", ".join(map(repr, KINDS)), kind)
    return kind


def _frame(articles: list[Article], kind: str) -> Any:
    return to_frame(articles, kind)


def to_dataframe(bag: db.Bag, kind: str) -> dd.DataFrame:
    """A Dask DataFrame of the records of ``kind`` in a bag of articles: one pandas frame of
    :func:`~migrationnews.to_frame` per partition, so the columns and dtypes are the same."""
    if not isinstance(bag, db.Bag):
        raise ArgumentTypeError("bag", "dask.bag.Bag", bag)
    _check_kind(kind)
    meta = to_frame([], kind)
    parts = [dask.delayed(_frame)(part, kind) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def write_parquet(
    bag: db.Bag, folder: str | Path, *, storage_options: dict[str, Any] | None = None
) -> dict[str, str]:
    """Write one partitioned Parquet dataset per kind, ``folder/<kind>/part.N.parquet``, in
    a single computation that parses each article once; returns each kind's folder.

    ``folder`` is a local path or any fsspec URL; read a dataset back with
    ``dask.dataframe.read_parquet(folder + "/statistics")`` or pandas.
    """
    if not isinstance(folder, str | Path):
        raise ArgumentTypeError("folder", "str or pathlib.Path", folder)
    if not isinstance(bag, db.Bag):
        raise ArgumentTypeError("bag", "dask.bag.Bag", bag)
    root = str(folder).rstrip("/")
    paths = {kind: f"{root}/{kind}" for kind in KINDS}
    writes = [
        to_dataframe(bag, kind).to_parquet(
            paths[kind],
            write_index=False,
            compute=False,
            storage_options=storage_options,
            engine="pyarrow",
        )
        for kind in KINDS
    ]
    dask.compute(*writes)
    return paths
