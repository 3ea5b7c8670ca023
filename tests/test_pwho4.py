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


GOVERNMENT = [
    pytest.param(
        "Portugal's prime minister spoke in Lisbon on Tuesday. The new government will"
        " deport more migrants next month.",
        "Portugal",
        id="new-government-after-a-governing-possessor",
    ),
    pytest.param(
        "Greece's migration minister toured the camps. Officials then praised a pact"
        " between Greece and Egypt. The minister said the government plans to appeal the"
        " ruling.",
        "Greece",
        id="government-skips-a-party-named-later",
    ),
    pytest.param(
        "Migrants left from Libya on Monday. The Maltese government said it would deport them.",
        "Malta",
        id="demonym-in-the-phrase",
    ),
    pytest.param(
        "Spain's interior minister met reporters. He said the administration would send"
        " more police to the border.",
        "Spain",
        id="administration-of-a-government-without-a-president",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT)
def test_the_government_is_the_country_named_as_governing(text: str, expected: str) -> None:
    found = [a.actor for a in migrationnews.parse(text).policy_actions]
    assert found
    assert found[-1] == expected


def test_the_government_is_not_a_country_only_named_as_a_place() -> None:
    text = "Ships sailed to Tunisia on Monday. The government will deport more migrants."
    found = [a.actor for a in migrationnews.parse(text).policy_actions]
    assert found
    assert "Tunisia" not in found
