"""The command line: the seed by default, formats, folders, bad files, exit statuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from migrationnews.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_parse_without_files_reads_the_embedded_seed():
    status, out, err = run("parse")
    assert status == 0, err
    assert "blinken-mexico-2023-12-27.txt (2023-12-27" in out
    for section in ("Officials", "Meetings", "Caravans", "Policy actions", "Statistics"):
        assert f"\n{section} (" in out


def test_seed_as_json_carries_its_publication_date():
    status, out, _ = run("parse", "--format", "json")
    assert status == 0
    (data,) = json.loads(out)  # always a list, even of one article
    assert data["published"] == "2023-12-27"
    assert data["text"].startswith("Blinken heads to Mexico")


def test_published_option_overrides_and_is_validated(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials met on Monday.", encoding="utf-8")
    status, out, _ = run("parse", str(path), "--published", "2024-01-03", "--format", "json")
    assert status == 0
    assert json.loads(out)[0]["published"] == "2024-01-03"
    with pytest.raises(SystemExit) as info:
        run("parse", str(path), "--published", "03/01/2024")
    assert info.value.code == 2


def test_a_folder_with_one_bad_file_processes_the_rest_and_reports_it(tmp_path):
    (tmp_path / "a.txt").write_text("First story about the border.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not utf-8 \x80")
    (tmp_path / "c.txt").write_text("Third story.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("A note is an article too.", encoding="utf-8")
    status, out, err = run("parse", str(tmp_path), "--format", "jsonl")
    assert status == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "c.txt", "notes.md"]
    assert "b.txt: not UTF-8" in err
    assert "1 of 4 articles failed" in err


def test_jsonl_input_gives_one_article_a_line_with_its_own_date(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"text": "One.", "published": "2023-12-27"},
        {"text": "Two."},
        "not an object",
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    status, out, err = run("parse", str(path), "--format", "jsonl")
    assert status == 1
    dates = [json.loads(line)["published"] for line in out.splitlines()]
    assert dates == ["2023-12-27", None]
    assert "batch.jsonl:3: bad JSON Lines record" in err


def test_a_single_missing_file_is_one_line_and_status_2(tmp_path):
    status, out, err = run("parse", str(tmp_path / "missing.txt"))
    assert status == 2
    assert out == ""
    assert err.strip().endswith("missing.txt: no such file")
    assert len(err.strip().splitlines()) == 1


def test_json_for_several_inputs_is_a_list(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Story.", encoding="utf-8")
    status, out, _ = run(
        "parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json"
    )
    assert status == 0
    assert [a["text"] for a in json.loads(out)] == ["Story.", "Story."]


def test_progress_bar_goes_to_stderr_only(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("Story.", encoding="utf-8")
    status, out, err = run("parse", str(tmp_path), "--progress", "--format", "jsonl")
    assert status == 0
    assert "3/3" in err
    assert len(out.splitlines()) == 3


def test_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("A story from stdin."))
    status, out, _ = run("parse", "-", "--format", "json")
    assert status == 0
    assert json.loads(out)[0]["text"] == "A story from stdin."


def test_python_dash_m_runs_the_same_command():
    done = subprocess.run(
        [sys.executable, "-m", "migrationnews", "parse", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["published"] == "2023-12-27"


def test_missing_file_from_the_shell_prints_no_traceback(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "migrationnews", "parse", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("option", "expected"), [("auto", "es"), ("es", "es"), ("en", "en")])
def test_language_option_chooses_or_detects_the_language(tmp_path, option, expected):
    path = tmp_path / "nota.txt"
    path.write_text("Unas 300 personas llegaron a la frontera el lunes.", encoding="utf-8")
    status, out, _ = run("parse", str(path), "--format", "jsonl", "--language", option)
    assert status == 0
    assert json.loads(out.splitlines()[0])["language"] == expected


def test_language_option_rejects_other_languages(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Some text.", encoding="utf-8")
    with pytest.raises(SystemExit):
        run("parse", str(path), "--language", "fr")
