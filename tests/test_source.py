"""Where an article came from: ``parse(source=...)``, JSON Lines metadata, the CLI's names."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

import migrationnews as mn
from migrationnews.batch import Source, read_date, read_sources, row_metadata
from migrationnews.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_parse_keeps_the_source_and_json_round_trips_it():
    article = mn.parse("Nothing happened.", source="https://news.invalid/story/7")
    assert article.source == "https://news.invalid/story/7"
    data = mn.to_dict(article)
    assert data["source"] == "https://news.invalid/story/7"
    assert mn.from_dict(data) == article
    assert mn.from_json(mn.to_json(article)).source == article.source


def test_source_defaults_to_none_and_old_json_without_it_still_reads():
    article = mn.parse("Nothing happened.")
    assert article.source is None
    data = mn.to_dict(article)
    del data["source"]
    assert mn.from_dict(data) == article


@pytest.mark.parametrize("bad", [3, b"id", ["a"]], ids=["int", "bytes", "list"])
def test_a_source_that_is_not_a_string_is_a_typed_error_naming_it(bad):
    with pytest.raises(mn.ArgumentTypeError, match="source"):
        mn.parse("text", source=bad)
    with pytest.raises(mn.ArgumentTypeError, match=r"Article\.source"):
        mn.Article("text", source=bad)


def test_a_source_of_the_wrong_type_in_json_is_a_serialization_error():
    with pytest.raises(mn.SerializationError, match="source"):
        mn.from_dict({"text": "x", "published": None, "source": 7})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-10", dt.date(2024, 1, 10)),
        ("2024-01-10T14:30:00Z", dt.date(2024, 1, 10)),
        ("2024-01-10T23:30:00-05:00", dt.date(2024, 1, 10)),  # the date as written, not UTC
        ("2024-01-10 08:00", dt.date(2024, 1, 10)),
        (" 2024-01-10 ", dt.date(2024, 1, 10)),
    ],
    ids=["date", "utc", "offset", "space", "padded"],
)
def test_read_date_takes_dates_and_iso_timestamps(value, expected):
    assert read_date(value) == expected


@pytest.mark.parametrize("value", ["", "10/01/2024", "January 10", "2024-13-01"])
def test_read_date_rejects_what_is_not_iso(value):
    with pytest.raises(ValueError, match="ISO"):
        read_date(value)


def test_row_metadata_prefers_source_then_id_then_url():
    assert row_metadata({"source": "s", "id": "i", "url": "u"})[0] == "s"
    assert row_metadata({"id": "i", "url": "u"})[0] == "i"
    assert row_metadata({"url": "u"})[0] == "u"
    assert row_metadata({"id": 42})[0] == "42"
    assert row_metadata({}) == (None, None)


def test_row_metadata_reads_published_before_date():
    _, date = row_metadata({"published": "2024-02-01", "date": "2023-01-01T00:00:00Z"})
    assert date == dt.date(2024, 2, 1)
    assert row_metadata({"date": "2023-01-01T09:00:00+01:00"})[1] == dt.date(2023, 1, 1)


@pytest.mark.parametrize(
    "row",
    [{"id": {"a": 1}}, {"id": True}, {"published": 20240110}, {"date": "soon"}],
    ids=["id-object", "id-bool", "date-number", "date-words"],
)
def test_row_metadata_names_the_bad_key(row):
    key = next(iter(row))
    with pytest.raises(ValueError, match=repr(key)):
        row_metadata(row)


def test_jsonl_rows_keep_their_own_name_and_date(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a-1", "text": "One.", "published": "2024-01-10T14:30:00Z"},
        {"url": "https://news.invalid/2", "text": "Two.", "date": "2024-01-11"},
        {"text": "Three."},
        {"text": "Four.", "date": "yesterday"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)], dt.date(2020, 5, 5)))
    first, second, third = items[:3]
    assert isinstance(first, Source)
    assert isinstance(second, Source)
    assert isinstance(third, Source)
    assert (first.label, first.published) == ("a-1", dt.date(2024, 1, 10))
    assert (second.label, second.published) == ("https://news.invalid/2", dt.date(2024, 1, 11))
    assert (third.label, third.published) == (f"{path}:3", dt.date(2020, 5, 5))
    assert items[3].name == f"{path}:4"
    assert "'date' must be an ISO date" in items[3].reason


def test_cli_output_carries_the_rows_id_or_the_file_name_and_line(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "a-1", "text": "One.", "date": "2024-01-10T14:30:00Z"})
        + "\n"
        + json.dumps({"text": "Two."})
        + "\n",
        encoding="utf-8",
    )
    plain = tmp_path / "story.txt"
    plain.write_text("Three.", encoding="utf-8")
    status, out, err = run("parse", str(batch), str(plain), "--format", "jsonl")
    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["source"], x["published"]) for x in lines] == [
        ("a-1", "2024-01-10"),
        (f"{batch}:2", None),
        (str(plain), None),
    ]
    assert [mn.from_dict(x).source for x in lines] == ["a-1", f"{batch}:2", str(plain)]


def test_the_seed_is_named_by_its_file():
    status, out, _ = run("parse", "--format", "json")
    assert status == 0
    assert [a["source"] for a in json.loads(out)] == ["blinken-mexico-2023-12-27.txt"]
