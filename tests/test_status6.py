"""Status of policy actions (issue 12, helper status6): the lifecycle a sentence's tense,
modality and reported speech give an action. The sentences are the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

from migrationnews.extract import policy
from migrationnews.records import PolicyAction, PolicyKind, PolicyStatus
from migrationnews.text import Document

K, S = PolicyKind, PolicyStatus
PUBLISHED = dt.date(2024, 3, 8)


def actions(text: str) -> tuple[PolicyAction, ...]:
    return policy.extract(Document.of(text, PUBLISHED))


def statuses(text: str) -> list[tuple[str, PolicyStatus | None]]:
    return [(a.evidence, a.status) for a in actions(text)]


# ---- an agreement is concluded however it is reported ----------------------------------

AGREEMENTS = [
    pytest.param(
        "The minister said the two governments had agreed to share deportation records.",
        id="said-had-agreed",
    ),
    pytest.param(
        "Honduras has agreed to take back its citizens, the ambassador wrote on Friday.",
        id="speaker-after",
    ),
    pytest.param(
        "Honduras has agreed to take back its citizens on charter flights.",
        id="no-speaker",
    ),
    pytest.param(
        "According to the embassy, Ecuador agreed to receive flights of returned nationals.",
        id="according-to",
    ),
]


@pytest.mark.parametrize("text", AGREEMENTS)
def test_an_agreement_someone_reports_was_made(text):
    (action,) = actions(text)
    assert (action.kind, action.status) == (K.AGREEMENT, S.ENACTED)


# ---- a dispatch told in the present progressive is done -------------------------------

DISPATCHES = [
    pytest.param("The Pentagon is sending 1,500 more soldiers to the border.", id="sending"),
    pytest.param("The governor is deploying 400 Guard members to the river.", id="deploying"),
    pytest.param("The two states are sending 250 troopers to the crossing.", id="plural"),
]


@pytest.mark.parametrize("text", DISPATCHES)
def test_a_dispatch_in_the_present_progressive_is_enacted(text):
    (action,) = actions(text)
    assert (action.kind, action.status) == (K.ENFORCEMENT, S.ENACTED)


def test_troops_that_are_deploying_without_an_object_are_under_way():
    (action,) = actions("Guard troops are deploying to support the mission in the valley.")
    assert action.status is S.ONGOING


def test_a_progressive_that_is_not_a_dispatch_stays_under_way():
    (action,) = actions("Border agents are arresting migrants along the river every night.")
    assert action.status is S.ONGOING


def test_an_action_that_began_is_enacted():
    (action,) = actions("Mexico began moving soldiers to its northern border on Tuesday.")
    assert action.status is S.ENACTED


# ---- an action's noun before a future predicate ----------------------------------------


def test_a_deployment_that_will_consist_of_units_is_planned():
    found = statuses(
        "Officials announced plans to deploy 6,000 troops to the south. "
        "The deployment will consist of 12 units."
    )
    assert found[-1] == ("deployment will consist of 12 units", S.PLANNED)


def test_a_deployment_someone_says_will_include_troops_is_announced():
    (action,) = actions("The state said the deployment will include 300 soldiers.")
    assert action.status is S.ANNOUNCED


def test_a_deployment_that_was_completed_is_not_read_as_planned():
    (action,) = actions("The deployment of 300 soldiers was completed in May.")
    assert action.status is not S.PLANNED


# ---- an infinitive a future or a plan governs from further back ------------------------


def test_an_infinitive_after_a_distant_plan_is_planned():
    found = statuses("The state plans to hire 300 officers and buy boats to detain migrants.")
    assert found[-1] == ("detain migrants", S.PLANNED)


def test_an_infinitive_after_a_distant_announced_future_is_announced():
    found = statuses(
        "The ministry announced it will buy planes and lease hangars to deport migrants."
    )
    assert found[-1] == ("deport migrants", S.ANNOUNCED)


def test_an_infinitive_after_a_past_verb_is_done():
    found = statuses("Agents used drones and boats last year to detain migrants on the river.")
    assert found == [("detain migrants", S.ENACTED)]


# ---- a suit that goes on ----------------------------------------------------------------


def test_lawsuits_that_continue_are_ongoing():
    found = statuses("The first flight sits on the tarmac as lawsuits over the scheme continue.")
    assert ("lawsuits", S.ONGOING) in found


# ---- an end announced, and one only threatened -----------------------------------------


def test_an_end_announced_for_the_future_is_reversed():
    found = statuses("Ecuador announced it would suspend the return programme next week.")
    assert found == [("suspend the return programme", S.REVERSED)]


def test_an_end_only_threatened_stays_planned():
    found = statuses(
        "The president wrote that Washington would cut off aid to the three countries."
    )
    assert [status for _evidence, status in found] == [S.PLANNED]


# ---- a quotation that opens inside the clause --------------------------------------------


def test_an_appeal_announced_in_a_partial_quotation_is_planned():
    found = statuses(
        'The attorney general wrote that his office would "appeal this ruling at once".'
    )
    assert found == [("appeal this ruling", S.PLANNED)]


def test_a_full_quotation_after_a_colon_is_its_own_clause():
    found = statuses('The governor told reporters: "We deployed 400 soldiers to the river."')
    assert [status for _evidence, status in found] == [S.ENACTED]


def test_an_appeal_a_minister_announces_plans_for_is_planned():
    found = statuses("The minister announced that the government plans to appeal the ruling.")
    assert found == [("appeal the ruling", S.PLANNED)]


def test_a_deployment_announced_as_a_plan_is_announced():
    (action,) = actions("The governors announced plans to send 300 Guard members to the border.")
    assert action.status is S.ANNOUNCED


def test_a_measure_a_planned_suit_is_over_exists_already():
    text = (
        "The city announced that it will sue the government over an executive order "
        "that tells agencies to withhold grants."
    )
    found = dict(statuses(text))
    assert found["sue"] is S.PLANNED
    assert found["executive order that tells agencies to withhold grants"] in {
        S.ENACTED,
        S.CHALLENGED,
    }
