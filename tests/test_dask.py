"""migrationnews.dask on a LocalCluster of two worker processes gives the sequential result."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

from migrationnews import dask as mnd
from migrationnews import parse_many, to_frame
from migrationnews.batch import Source, read_sources
from migrationnews.errors import ArgumentTypeError, SourceError
from migrationnews.tables import KINDS

TEXTS = [
    "Border agents made more than 9,000 apprehensions on Tuesday, officials said.",
    "A caravan of about 2,000 migrants left Tapachula on foot on Saturday.",
    "Authorities reported 240,000 encounters at the southern border in November.",
    "Texas closed the bridge in Eagle Pass on Monday. Nothing else happened.",
]


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # any free port: the scheduler's HTTP server takes 8787 even with None, and warns
            # (an error here) when another cluster on the machine holds it
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture
def folder(tmp_path):
    for number, text in enumerate(TEXTS):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    rows = [
        {"id": "w1", "date": "2023-12-05T18:00:00Z", "text": TEXTS[2]},
        {"text": "Officials counted 700 arrests in February.", "published": "2024-03-02"},
        {"url": "https://news.invalid/3", "text": TEXTS[1]},
    ]
    (tmp_path / "wire.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def sequential(folder, published=None) -> list[Source]:
    return [s for s in read_sources([str(folder)], published) if isinstance(s, Source)]


def test_read_articles_lists_what_read_sources_reads(client, folder):
    day = dt.date(2024, 1, 8)
    bag = mnd.read_articles(str(folder), published=day)
    assert bag.compute() == sequential(folder, day)
    assert bag.npartitions == 2  # the text files together, the JSON Lines file alone


def test_parse_bag_gives_the_articles_parse_many_gives(client, folder):
    articles = mnd.parse_bag(mnd.read_articles(str(folder))).compute()
    assert articles == list(parse_many(sequential(folder), jobs=1))
    assert [a.source for a in articles][-3:] == [
        "w1",
        f"{folder}/wire.jsonl:2",
        "https://news.invalid/3",
    ]


def test_to_dataframe_has_the_columns_and_dtypes_of_to_frame(client, folder):
    bag = mnd.parse_bag(mnd.read_articles(str(folder)))
    expected = list(parse_many(sequential(folder), jobs=1))
    for kind in KINDS:
        frame = mnd.to_dataframe(bag, kind)
        local = to_frame(expected, kind)
        assert list(frame.columns) == list(local.columns)
        assert dict(frame.dtypes) == dict(local.dtypes)
        got = frame.compute().reset_index(drop=True)
        pd.testing.assert_frame_equal(got, local)


def test_write_parquet_writes_a_dataset_per_kind_that_reads_back(client, folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("parquet")
    bag = mnd.parse_bag(mnd.read_articles(str(folder)))
    paths = mnd.write_parquet(bag, out)
    assert sorted(paths) == sorted(KINDS)
    expected = to_frame(list(parse_many(sequential(folder), jobs=1)), "statistics")
    back = pd.read_parquet(paths["statistics"])
    assert list(back.columns) == list(expected.columns)
    assert back["low"].tolist() == expected["low"].tolist()
    assert back["source"].tolist() == expected["source"].tolist()
    assert len(list((out / "caravans").glob("*.parquet"))) == bag.npartitions


def test_globs_and_file_urls_read_the_same_articles(client, folder):
    by_glob = mnd.read_articles(f"{folder}/*.txt").compute()
    by_url = mnd.read_articles(f"file://{folder}/wire.jsonl").compute()
    assert [s.text for s in by_glob] == TEXTS
    assert [s.text for s in by_url] == [s.text for s in sequential(folder)[-3:]]
    assert by_url[1].name == f"file://{folder}/wire.jsonl:2"


def test_a_bad_row_raises_naming_it_or_is_skipped(client, folder):
    (folder / "wire.jsonl").write_text('{"text": "fine"}\n{"no text": 1}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"wire\.jsonl:2"):
        mnd.read_articles(str(folder)).compute()
    kept = mnd.read_articles(str(folder), errors="skip").compute()
    assert [s.text for s in kept][-1] == "fine"


def test_bad_arguments_raise_typed_errors_naming_them(folder):
    bag = mnd.read_articles(str(folder))
    with pytest.raises(ArgumentTypeError, match="kind"):
        mnd.to_dataframe(bag, "statistic")
    with pytest.raises(ArgumentTypeError, match="bag"):
        mnd.parse_bag([1, 2])
    with pytest.raises(ArgumentTypeError, match=r"paths_or_glob\[1\]"):
        mnd.read_articles([str(folder), 3])
    with pytest.raises(ArgumentTypeError, match="errors"):
        mnd.read_articles(str(folder), errors="ignore")
    with pytest.raises(ArgumentTypeError, match="published"):
        mnd.read_articles(str(folder), published="2024-01-01")


def test_a_missing_file_raises_a_source_error_on_the_default_bag_scheduler(tmp_path):
    bag = mnd.read_articles(str(tmp_path / "missing.txt"))
    with pytest.raises(SourceError, match=r"missing\.txt: no such file"):
        bag.compute(scheduler="processes")  # what a bag uses without a client
    assert mnd.read_articles(str(tmp_path / "missing*.txt")).compute(scheduler="threads") == []
