"""Everyday batches on the command line (issue 15): every input form, articles as the unit."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from migrationnews import __version__
from migrationnews.cli import main

STORY = "Border Patrol agents made more than 8,000 apprehensions a day last week, CBP said."


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def names(out: str) -> list[str]:
    return [json.loads(line)["source"].rsplit("/", 1)[-1] for line in out.splitlines()]


def test_text_files_of_any_suffix_case_and_markdown_are_read(tmp_path):
    for name in ("a.TXT", "b.md", "c.Txt", "d.MARKDOWN", "e"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "f.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    status, out, err = run("parse", str(tmp_path), "--format", "jsonl")
    assert status == 0, err
    assert names(out) == ["a.TXT", "b.md", "c.Txt", "d.MARKDOWN", "e"]
    assert "skipped " in err
    assert "f.png: not an article file (.png" in err


def test_subfolders_are_read_with_recursive_and_reported_without(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(STORY, encoding="utf-8")
    status, out, err = run("parse", str(tmp_path), "--format", "jsonl")
    assert (status, names(out)) == (0, ["a.txt"])
    assert "sub: a folder (use --recursive" in err
    status, out, _ = run("parse", str(tmp_path), "--recursive", "--format", "jsonl")
    assert (status, names(out)) == (0, ["a.txt", "b.txt"])


def test_json_lines_on_standard_input(monkeypatch):
    rows = "\n".join(json.dumps({"text": t}) for t in ("One story.", "Two stories."))
    monkeypatch.setattr(sys, "stdin", io.StringIO(rows))
    status, out, _ = run("parse", "-", "--format", "json")
    assert status == 0
    assert [a["text"] for a in json.loads(out)] == ["One story.", "Two stories."]


def test_the_output_file_being_written_is_never_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    output = tmp_path / "records.jsonl"
    output.write_text('{"text": "an old run"}\n', encoding="utf-8")
    with output.open("a", encoding="utf-8") as out:
        status = main(["parse", str(tmp_path), "--format", "jsonl"], out=out, err=io.StringIO())
    assert status == 1  # the output itself is reported, not read
    texts = [json.loads(line)["text"] for line in output.read_text("utf-8").splitlines()]
    assert texts == ["an old run", STORY]


def test_json_is_a_list_even_for_one_article(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    status, out, _ = run("parse", str(tmp_path / "a.txt"), "--format", "json")
    assert status == 0
    assert isinstance(json.loads(out), list)
    status, out, _ = run("parse", str(tmp_path / "missing.txt"), "--format", "json")
    assert (status, json.loads(out)) == (2, [])


def test_articles_not_files_are_counted_in_progress_and_summary(tmp_path):
    rows = [json.dumps({"text": STORY})] * 5 + ["not json"]
    (tmp_path / "batch.jsonl").write_text("\n".join(rows), encoding="utf-8")
    status, _, err = run("parse", str(tmp_path), "--format", "jsonl", "--progress")
    assert status == 1
    assert "6/6" in err
    assert "1 of 6 articles failed" in err
    status, _, _ = run("validate", str(tmp_path / "batch.jsonl"), "--format", "json")
    assert status == 1


def test_version():
    with pytest.raises(SystemExit) as info:
        run("--version")
    assert info.value.code == 0


def test_version_prints_the_package_version():
    done = subprocess.run(
        [sys.executable, "-m", "migrationnews", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"migrationnews {__version__}"


def test_validate_reads_the_seed_by_default_and_speaks_json():
    status, out, err = run("validate", "--format", "json")
    problems = json.loads(out)
    assert isinstance(problems, list)
    assert status == (1 if problems else 0), err
    for problem in problems:
        assert set(problem) == {"article", "code", "message"}
        assert problem["article"].endswith(".txt")


def test_compare_exits_1_on_conflicts(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("more than 8,000", "2,000"), "utf-8")
    dates = ("--published-a", "2024-01-10", "--published-b", "2024-01-10")
    status, out, _ = run("compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), *dates)
    assert status == 1
    assert "Conflicts (1)" in out


def test_compare_says_when_it_compares_only_the_first_article(tmp_path):
    rows = "\n".join(json.dumps({"text": t}) for t in (STORY, "Another story."))
    (tmp_path / "many.jsonl").write_text(rows, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    status, _, err = run("compare", str(tmp_path / "many.jsonl"), str(tmp_path / "b.txt"))
    assert status == 0
    assert "many.jsonl holds 2 articles; comparing only the first" in err


DISAGREEING = (
    "A caravan of about 1,000 migrants left Tapachula on Monday, police said. "
    "Organizers said the caravan had 5,000 migrants in it."
)


@pytest.mark.parametrize(
    "command", [("parse",), ("validate", "DISAGREEING"), ("compare", "SEED", "SEED")]
)
def test_tables_fit_100_columns_and_wide_shows_everything(command, tmp_path):
    from migrationnews.seeds import default_seed

    seed = tmp_path / "seed.txt"
    seed.write_text(default_seed().text, encoding="utf-8")
    disagreeing = tmp_path / "disagreeing.txt"
    disagreeing.write_text(DISAGREEING, encoding="utf-8")
    files = {"SEED": str(seed), "DISAGREEING": str(disagreeing)}
    argv = [files.get(a, a) for a in command]
    _, out, _ = run(*argv)
    assert max(len(line) for line in out.splitlines()) <= 100
    _, wide, _ = run(*argv, "--wide")
    assert max(len(line) for line in wide.splitlines()) > 100


def test_figures_show_their_rate_place_and_source():
    _, out, _ = run("parse", "--wide")
    header = next(line for line in out.splitlines() if line.startswith("value"))
    assert header.split() == [
        "value", "qualifier", "unit", "measure", "per", "period", "place", "source", "text"
    ]  # fmt: skip
    _, out, _ = run("parse")
    assert "…" in out or max(len(line) for line in out.splitlines()) <= 100
