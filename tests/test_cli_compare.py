"""The ``compare`` and ``validate`` subcommands, and the comparison example script.

The extractors are still being written, so expectations about parsed files hold whatever
they find: identical files never conflict, and ``validate``'s exit status always agrees
with ``validate(parse(text))``. The table and JSON shapes are checked on hand-built views.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from migrationnews import cli, parse, validate
from migrationnews.comparison import compare_articles
from migrationnews.records import (
    Article,
    Measure,
    Official,
    PolicyAction,
    PolicyKind,
    PolicyStatus,
    Statistic,
    Unit,
)
from migrationnews.values import Estimate, Qualifier, Span

STORY = (
    "More than 190,000 migrants crossed in November, officials said. "
    "Secretary of State Antony Blinken met President Andrés Manuel López Obrador on Wednesday."
)
OTHER = "Fewer than 150,000 migrants crossed in November, a report said. Six buses left."


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    return str(a), str(b)


def test_identical_files_never_conflict(files):
    a, _ = files
    # the same text on the same date: a period resolved on one side only would not pair
    status, out, err = run(
        "compare", a, a, "--published-a", "2023-12-27", "--published-b", "2023-12-27"
    )
    assert status == 0, err
    assert "Conflicts (0)" in out
    assert f"Only in {a} (0)" in out


def test_compare_as_json_matches_the_library(files):
    a, b = files
    status, out, err = run(
        "compare", a, b, "--published-a", "2023-12-27", "--published-b", "2023-12-27",
        "--format", "json",
    )  # fmt: skip
    body = json.loads(out)
    view = compare_articles(
        parse(STORY, published=dt.date(2023, 12, 27)), parse(OTHER, published=dt.date(2023, 12, 27))
    )
    assert status == (1 if view.conflicts else 0), err
    assert (body["first"], body["second"]) == (a, b)
    assert len(body["agreements"]) == len(view.agreements)
    assert len(body["conflicts"]) == len(view.conflicts)
    assert len(body["only_in_first"]) == len(view.only_in_first)
    assert len(body["only_in_second"]) == len(view.only_in_second)


@pytest.mark.parametrize("missing", ["first", "second"])
def test_compare_with_a_missing_file_says_so_in_one_line(files, tmp_path, missing):
    a, b = files
    gone = str(tmp_path / "gone.txt")
    args = (gone, b) if missing == "first" else (a, gone)
    status, out, err = run("compare", *args)
    assert status == 2
    assert out == ""
    assert err.splitlines() == [f"migrationnews: {gone}: no such file"]


def test_validate_exit_status_agrees_with_the_library(files):
    a, b = files
    status, out, err = run("validate", a, b, "--published", "2023-12-27")
    found = [
        p for text in (STORY, OTHER) for p in validate(parse(text, published=dt.date(2023, 12, 27)))
    ]
    assert status == (1 if found else 0), out + err
    if found:
        assert all(p.code.value in out for p in found)
    else:
        assert out == "no problems in 2 articles\n"


def test_validate_reports_an_unreadable_file_and_goes_on(files, tmp_path):
    a, _ = files
    gone = str(tmp_path / "gone.txt")
    status, _out, err = run("validate", gone, a)
    assert status == 1
    assert f"migrationnews: {gone}: no such file" in err


def test_validate_of_a_lone_unreadable_file_is_a_usage_error(tmp_path):
    status, _out, err = run("validate", str(tmp_path / "gone.txt"))
    assert status == 2
    assert "no such file" in err


# --- the printed shapes, on hand-built articles ----------------------------------------------

TEXT_A = "They said 191,113 people crossed."
TEXT_B = "They said fewer than 150,000 people crossed."


def _articles() -> tuple[Article, Article]:
    a = Article(
        TEXT_A,
        statistics=[
            Statistic(
                Estimate.exact(191113), Unit.PERSON, Measure.MIGRANTS, Span(10, 17), "191,113"
            )
        ],
        officials=[Official("Ana Pérez", "Pérez", "Minister", "MX")],
    )
    b = Article(
        TEXT_B,
        statistics=[
            Statistic(
                Estimate(None, 150000, Qualifier.LESS_THAN),
                Unit.PERSON,
                Measure.MIGRANTS,
                Span(10, 28),
                "fewer than 150,000",
            )
        ],
    )
    return a, b


def test_the_table_shows_conflicts_and_unmatched_records():
    a, b = _articles()
    text = cli._comparison_table(compare_articles(a, b), "a.txt", "b.txt", None)
    assert "Conflicts (1)" in text
    assert "191,113 person migrants" in text
    assert "conflicting" in text
    assert "Only in a.txt (1)" in text
    assert "Ana Pérez, Minister, MX" in text


def test_the_json_carries_records_as_to_dict():
    a, b = _articles()
    body = cli._comparison_json(compare_articles(a, b), "a.txt", "b.txt")
    (conflict,) = body["conflicts"]  # type: ignore[misc]
    assert conflict["relation"] == "conflicting"
    assert conflict["first"]["text"] == "191,113"
    assert body["only_in_first"] == [
        {
            "kind": "official",
            "record": {
                "name": "Ana Pérez",
                "surname": "Pérez",
                "title": "Minister",
                "country": "MX",
                "spans": [],
                "inferred": [],
            },
        }
    ]
    json.dumps(body)  # all of it is JSON


def test_the_table_sets_two_reports_of_an_action_side_by_side():
    def article(evidence: str, status: PolicyStatus, actor: str) -> Article:
        action = PolicyAction(
            PolicyKind.CLOSURE, Span(0, len(evidence)), evidence, actor=actor, status=status
        )
        return Article(evidence, policy_actions=[action])

    a = article("will shut the bridge", PolicyStatus.PLANNED, "CBP")
    b = article("shut the bridge", PolicyStatus.ENACTED, "Customs and Border Protection")
    text = cli._comparison_table(compare_articles(a, b), "a.txt", "b.txt", None)
    assert "Agreements (1)" in text
    assert "closure planned by CBP: 'will shut the bridge'" in text
    assert "at different stages (planned and enacted)" in text


# --- the example ----------------------------------------------------------------------------

EXAMPLE = Path(__file__).parents[1] / "examples" / "compare_two_articles.py"


def test_the_comparison_example_shows_the_disagreement(run_example):
    done, _ = run_example(EXAMPLE.name)  # one run per session (tests/conftest.py)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("records: ")
    assert any(line.startswith("first article: ") for line in lines)
    conflicts = next(line for line in lines if line.startswith("conflicts: "))
    assert int(conflicts.split(": ")[1]) >= 1
    assert "apprehensions" in done.stdout
    assert "allow no common value" in done.stdout
