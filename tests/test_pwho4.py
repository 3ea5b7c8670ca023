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


OWNERS = [
    pytest.param(
        "Nevada's top state prosecutor has sued the federal government over the new rule.",
        PolicyKind.LEGAL_CHALLENGE,
        "Nevada",
        id="possessor-of-an-office-as-subject",
    ),
    pytest.param(
        "The appeals court struck down an Obama-era program for young migrants.",
        PolicyKind.REGULATION,
        "Obama",
        id="name-era-measure",
    ),
    pytest.param(
        "President Joe Biden took office in 2021. The current administration has deported"
        " fewer people to Guatemala.",
        PolicyKind.DEPORTATION,
        "Biden administration",
        id="current-administration",
    ),
    pytest.param(
        "A coalition of immigrant rights organizations filed suit over the rule on Tuesday.",
        PolicyKind.LEGAL_CHALLENGE,
        "rights groups",
        id="rights-organizations",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), OWNERS)
def test_who_owns_or_acts_through_a_named_office_or_era(
    text: str, kind: PolicyKind, expected: str
) -> None:
    assert expected in actors(text, kind)


def test_a_person_named_as_possessor_of_an_office_is_not_the_subject() -> None:
    text = "Obama's former homeland security secretary announced new rules for asylum."
    assert "Obama" not in actors(text, PolicyKind.REGULATION)


def test_a_quotation_that_opens_a_sentence_is_its_speakers() -> None:
    text = (
        "Officials will fly the group to an island, Interior Minister Jan Novak said.\n\n"
        '"Nobody who comes by sea will stay," President Eva Kral told reporters on'
        ' Friday. "Those found to be refugees will be resettled in Moldova."'
    )
    found = actors(text, PolicyKind.REGULATION)
    assert found[-1] == "Kral"


def test_a_quotation_closed_before_the_phrase_is_not_its_speakers() -> None:
    text = (
        'President Eva Kral told reporters: "We are ready." Officials'
        " said the army will deport the group to Moldova."
    )
    assert "Kral" not in actors(text, PolicyKind.DEPORTATION)


def test_officials_listed_with_their_titles_act_together() -> None:
    text = (
        "Dutch Prime Minister Mark Rutte and Belgian Prime Minister Alexander De Croo"
        " announced new border checks on Monday."
    )
    found = [a.actor for a in migrationnews.parse(text).policy_actions]
    assert found
    assert all(actor is not None and "Rutte" in actor and "Croo" in actor for actor in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Malta's parliament approved a suspension of asylum claims on Friday.",
            "Malta",
            id="possessor-of-a-parliament",
        ),
        pytest.param(
            "The Kansas legislature passed a bill creating an immigration unit on Monday.",
            "Kansas legislature",
            id="lower-case-legislature",
        ),
    ],
)
def test_a_legislature_is_named_with_its_jurisdiction(text: str, expected: str) -> None:
    found = [a.actor for a in migrationnews.parse(text).policy_actions]
    assert found
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ruling answered a lawsuit filed by the Northern Refugee Legal Council.",
            "Northern Refugee Legal Council",
            id="filed-by-a-named-group",
        ),
        pytest.param(
            "Harbor Immigrant Defense Project sued the state over the new law in May.",
            "Harbor Immigrant Defense Project",
            id="named-group-as-subject",
        ),
    ],
)
def test_a_group_named_in_full_is_who_sues(text: str, expected: str) -> None:
    assert actors(text, PolicyKind.LEGAL_CHALLENGE) == [expected]


def test_a_group_name_never_starts_with_the_article() -> None:
    text = "The Western Migrant Justice Alliance filed a lawsuit against the order."
    assert actors(text, PolicyKind.LEGAL_CHALLENGE) == ["Western Migrant Justice Alliance"]


def test_a_pronoun_with_no_official_before_is_the_subject_it_follows() -> None:
    text = "VIENNA — Austria's leader says he intends to halt asylum applications for a year."
    assert actors(text, PolicyKind.REGULATION) == ["Austria"]


def test_a_pronoun_still_refers_back_to_the_official_named_before() -> None:
    text = (
        "Chancellor Karl Nehammer spoke on Monday. Austria's interior ministry"
        " said he will end the resettlement program."
    )
    assert actors(text, PolicyKind.REGULATION) == ["Nehammer"]
