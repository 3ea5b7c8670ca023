"""Records as flat rows, pandas DataFrames, Parquet files and CSV from the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings

import migrationnews as mn
from migrationnews import strategies
from migrationnews.cli import main
from migrationnews.seeds import default_seed
from migrationnews.tables import KINDS, columns

TEXT = (
    "Mexican officials said about 3,000 migrants left Tapachula on Monday. "
    "Border Patrol agents made more than 8,000 apprehensions a day in November. "
    "Secretary of State Antony J. Blinken traveled to Mexico City on Wednesday."
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seed() -> mn.Article:
    s = default_seed()
    return mn.parse(s.text, published=s.published, source=s.name)


@pytest.fixture(scope="module")
def article() -> mn.Article:
    return mn.parse(TEXT, published=dt.date(2023, 12, 27), source="story-1")


def test_a_statistic_row_flattens_every_field_readably(article):
    by_measure = {row["measure"]: row for row in mn.rows(article, "statistics")}
    row = by_measure["apprehensions"]
    assert row["source"] == "story-1"
    assert row["published"] == dt.date(2023, 12, 27)
    assert (row["low"], row["high"], row["qualifier"]) == (8000, None, "more_than")
    assert (row["unit"], row["per"]) == ("count", "day")
    assert (row["period_start"], row["period_end"]) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert row["evidence"] == TEXT[row["start"] : row["end"]]
    assert row["evidence"].startswith("more than 8,000 apprehensions")
    migrants = by_measure["migrants"]
    assert (migrants["qualifier"], migrants["attribution"]) == ("about", "Mexican officials")


def test_rows_have_the_columns_of_their_kind_in_order_and_index_their_records(seed):
    for kind in KINDS:
        table = mn.rows(seed, kind)
        assert table, kind
        assert all(tuple(row) == columns(kind) for row in table)
        assert [row["record"] for row in table] == list(range(len(getattr(seed, kind))))
        for row in table:
            record = getattr(seed, kind)[row["record"]]
            assert row["start"] == record.spans[0].start
            assert row["evidence"] == record.spans[0].of(seed.text)


def test_every_column_is_a_plain_value(seed):
    plain = (str, int, float, dt.date, type(None))
    for kind in KINDS:
        for row in mn.rows(seed, kind):
            assert all(isinstance(v, plain) and not isinstance(v, bool) for v in row.values())


def test_rows_of_several_articles_follow_their_order(article, seed):
    table = mn.rows([article, seed], "officials")
    sources = [row["source"] for row in table]
    assert sources == sorted(sources, key=[article.source, seed.source].index)
    assert set(sources) == {article.source, seed.source}


@pytest.mark.parametrize("kind", ["statistic", "Statistics", 3, None])
def test_an_unknown_kind_is_a_typed_error_naming_the_argument(article, kind):
    with pytest.raises(mn.ArgumentTypeError, match="kind must be one of 'officials'"):
        mn.rows(article, kind)


@pytest.mark.parametrize("bad", ["some text", 3, [mn.Article("x"), "y"]])
def test_articles_must_be_articles(bad):
    with pytest.raises(mn.ArgumentTypeError, match="articles"):
        mn.rows(bad, "statistics")


def test_the_frame_has_proper_dtypes(seed):
    frame = mn.to_frame(seed, "statistics")
    assert len(frame) == len(seed.statistics)
    assert list(frame.columns) == list(columns("statistics"))
    for name in ("published", "period_start", "period_end"):
        assert pd.api.types.is_datetime64_dtype(frame[name]), name
    for name in ("record", "start", "end"):
        assert frame[name].dtype == "Int64", name
    for name in ("low", "high", "value"):
        assert frame[name].dtype == "Float64", name
    assert isinstance(frame["measure"].dtype, pd.CategoricalDtype)
    assert set(frame["measure"].cat.categories) == {m.value for m in mn.Measure}
    assert frame["evidence"].dtype == "string"
    assert frame["high"].isna().any()  # "more than" has no high, kept as missing


def test_an_empty_frame_keeps_its_columns_and_dtypes():
    frame = mn.to_frame([], "meetings")
    assert frame.empty
    assert list(frame.columns) == list(columns("meetings"))
    assert pd.api.types.is_datetime64_dtype(frame["date_start"])
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)


# an article draws many records: a third of the profile's examples (tests/conftest.py)
@settings(max_examples=max(10, settings().max_examples // 3))
@given(strategies.articles())
def test_every_article_gives_frames_whose_rows_match_its_records(article):
    for kind in KINDS:
        frame = mn.to_frame(article, kind)
        assert len(frame) == len(getattr(article, kind))
        assert list(frame.columns) == list(columns(kind))


def test_write_parquet_writes_every_kind_and_reads_back_the_same(seed, tmp_path):
    paths = mn.write_parquet([seed], tmp_path / "out")
    assert list(paths) == list(KINDS)
    for kind, path in paths.items():
        assert path == tmp_path / "out" / f"{kind}.parquet"
        back = pd.read_parquet(path)
        expected = mn.to_frame(seed, kind)
        assert list(back.columns) == list(expected.columns)
        assert len(back) == len(expected)
        assert back["evidence"].tolist() == expected["evidence"].tolist()
    stats = pd.read_parquet(paths["statistics"])
    assert pd.api.types.is_datetime64_dtype(stats["period_start"])
    assert isinstance(stats["measure"].dtype, pd.CategoricalDtype)


def test_without_pandas_the_error_names_the_extra(monkeypatch, seed):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"migrationnews\[pandas\]"):
        mn.to_frame(seed, "statistics")
    with pytest.raises(ImportError, match=r"migrationnews\[pandas\]"):
        mn.write_parquet(seed, "unused")
    assert mn.rows(seed, "statistics")  # rows needs no pandas


def test_importing_the_library_does_not_import_pandas():
    code = "import sys, migrationnews; print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_cli_csv_prints_one_kind_with_a_header(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    status, out, err = run(
        "parse", str(path), "--published", "2023-12-27", "--format", "csv", "--kind", "statistics"
    )
    assert status == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert tuple(table[0]) == columns("statistics")
    assert {row["measure"] for row in table} >= {"migrants", "apprehensions"}
    assert {row["source"] for row in table} == {str(path)}
    apprehensions = next(row for row in table if row["measure"] == "apprehensions")
    assert (apprehensions["low"], apprehensions["high"]) == ("8000", "")
    assert apprehensions["period_start"] == "2023-11-01"


def test_cli_csv_of_the_seed_has_a_row_per_record():
    status, out, _ = run("parse", "--format", "csv", "--kind", "officials")
    assert status == 0
    s = default_seed()
    assert len(list(csv.DictReader(io.StringIO(out)))) == len(mn.parse(s.text).officials)


def test_cli_parquet_writes_the_files_and_names_them(tmp_path):
    status, out, err = run("parse", "--format", "parquet", "--out", str(tmp_path))
    assert status == 0, err
    assert out.split() == [str(tmp_path / f"{kind}.parquet") for kind in KINDS]
    assert len(pd.read_parquet(tmp_path / "statistics.parquet")) > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["--format", "csv"],
        ["--kind", "statistics"],
        ["--format", "parquet"],
        ["--out", "somewhere"],
        ["--format", "csv", "--kind", "cars"],
    ],
    ids=["csv-without-kind", "kind-without-csv", "parquet-without-out", "out-alone", "bad-kind"],
)
def test_cli_table_options_that_do_not_fit_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as info:
        run("parse", *argv)
    assert info.value.code == 2
    assert "--" in capsys.readouterr().err
