"""Policy actors on text no rule was tuned on (issue 12, fourth round of actor work): the
parties a deal is "between", and the European Union acting through its member states.
Every sentence was written for this file after reading how several outlets phrase the
thing; none comes from the development set or the audited pages.
"""

from __future__ import annotations

import pytest

import migrationnews
from migrationnews.records import PolicyKind


def actors(text: str, kind: PolicyKind) -> list[str | None]:
    return [a.actor for a in migrationnews.parse(text).policy_actions if a.kind is kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The foreign minister defended the accord between Spain and Morocco on Monday.",
            "Spain and Morocco",
            id="between-two",
        ),
        pytest.param(
            "A pact agreed between the United States, Panama and Colombia took effect.",
            "United States, Panama and Colombia",
            id="between-list-with-article",
        ),
    ],
)
def test_a_deal_between_parties_is_theirs(text: str, expected: str) -> None:
    assert actors(text, PolicyKind.AGREEMENT) == [expected]


def test_a_deal_between_parties_no_list_names_is_its_subjects() -> None:
    text = "Canada announced an agreement between provinces and colleges on Monday."
    assert actors(text, PolicyKind.AGREEMENT) == ["Canada"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "EU countries agreed on Thursday to a deal on asylum rules.", id="eu-countries"
        ),
        pytest.param("EU states reached an agreement on returns on Thursday.", id="ministers"),
    ],
)
def test_the_union_acting_through_its_members_is_the_eu(text: str) -> None:
    assert actors(text, PolicyKind.AGREEMENT) == ["EU"]
