"""Policy actions on text no rule was tuned on (issue 12, fourth round): the error classes
a held-out audit of 16 news pages (UK, Italian, Greek, Canadian and US outlets on removal
flights, offshore centres, pushbacks, border agreements, Title 42 and the wall) found most
often. Every sentence was written for this file after reading how several outlets phrase
the thing; none comes from the development set or the audited pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from migrationnews.extract import policy
from migrationnews.records import PolicyAction, PolicyKind, PolicyStatus
from migrationnews.text import Document

K, S = PolicyKind, PolicyStatus
PUBLISHED = dt.date(2025, 6, 2)


def actions(text: str) -> tuple[PolicyAction, ...]:
    return policy.extract(Document.of(text, PUBLISHED))


def found(text: str, kind: PolicyKind) -> list[tuple[str, PolicyStatus]]:
    return [(a.evidence, a.status) for a in actions(text) if a.kind is kind]


FOUND = [
    pytest.param(
        "Spanish courts blocked a protocol between Madrid and Dakar on returns.",
        K.LEGAL_CHALLENGE,
        S.ENACTED,
        "blocked a protocol",
        id="court-blocks-protocol",
    ),
    pytest.param(
        "The commissioner pledged 80 million euros for new reception sites.",
        K.FUNDING,
        S.ANNOUNCED,
        "pledged 80 million",
        id="money-pledged-is-announced",
    ),
    pytest.param(
        "Ottawa opened 12,000 slots for people fleeing the war.",
        K.REGULATION,
        S.ENACTED,
        "opened 12,000 slots",
        id="slots-opened",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status", "evidence"), FOUND)
def test_families_are_found(text, kind, status, evidence):
    assert (evidence, status) in found(text, kind)


NOT_ACTIONS = [
    pytest.param(
        "Monitors said dozens of refugees may have been pushed back to Serbia at night.",
        id="alleged-may-have-been",
    ),
    pytest.param(
        "The justices found there was a real risk of genuine refugees being returned home.",
        id="risk-of-someone-being-returned",
    ),
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_allegations_and_risks_are_not_actions(text):
    assert actions(text) == ()


def test_a_past_verb_after_a_conjunction_keeps_its_own_tense():
    text = "The plane to Kigali will leave at dawn after the Supreme Court refused a final bid."
    assert ("refused a final bid", S.ENACTED) in found(text, K.LEGAL_CHALLENGE)


def test_an_event_named_by_its_noun_takes_the_future_of_its_predicate():
    text = "A removal flight to Lagos is expected to depart on Thursday."
    assert found(text, K.DEPORTATION) == [("removal flight", S.PLANNED)]


def test_a_document_that_takes_effect_later_is_not_an_event():
    text = "The new border law, signed in March, will take effect in July."
    assert all(status is not S.PLANNED for _ev, status in found(text, K.LAW) if "signed" in _ev)


def test_what_a_clause_of_time_states_is_not_directed_by_an_order():
    text = "Critics praised the governor's order, and the cheers came after the army built a fence."
    assert found(text, K.ENFORCEMENT) == [("built a fence", S.ENACTED)]


def test_a_measure_a_ruling_condemns_is_reversed():
    text = "The high court ruled that the state's asylum ban was plainly unlawful."
    assert ("asylum ban", S.REVERSED) in found(text, K.REGULATION)
    assert [a.kind for a in actions(text)].count(K.LEGAL_CHALLENGE) == 1


def test_a_measure_a_ruling_finds_lawful_is_no_record():
    text = "The appeals court ruled that the state's asylum ban was lawful."
    assert found(text, K.REGULATION) == []


def test_a_stumbling_block_blocks_nothing():
    text = "The ruling is an early stumbling block to a deal between Spain and Senegal."
    assert found(text, K.LEGAL_CHALLENGE) == []


REMAINS = [
    pytest.param(
        "Removal flights to Lagos remain suspended.", K.DEPORTATION, S.REVERSED, id="flights"
    ),
    pytest.param(
        "Removal flights to Lagos will remain suspended.", K.DEPORTATION, S.REVERSED, id="will"
    ),
    pytest.param(
        "Guard troops remain deployed along the river.", K.ENFORCEMENT, S.ONGOING, id="troops"
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), REMAINS)
def test_what_remains_holds_now(text, kind, status):
    assert [s for _ev, s in found(text, kind)] == [status]


def test_a_waiver_is_an_order():
    text = "The secretary issued a waiver to speed fence construction near Yuma."
    assert ("issued a waiver", S.ENACTED) in found(text, K.EXECUTIVE_ACTION)


def test_a_policy_named_by_its_gerund_is_of_the_gerund_kind():
    text = "The ministry announced a policy of deporting families."
    assert found(text, K.DEPORTATION) == [("announced a policy of deporting", S.ANNOUNCED)]
    assert found(text, K.REGULATION) == []


def test_an_operation_owned_by_its_state_is_under_way():
    text = "The fence is the latest step in Arizona's border security operation."
    assert ("operation", S.ONGOING) in found(text, K.ENFORCEMENT)


def test_an_owner_makes_no_measure_of_security_or_a_campaign():
    assert actions("The senator's campaign said the country's security came first.") == ()


def test_a_name_given_later_names_the_operation_described_before():
    text = (
        "The fence is the latest step in Arizona's border security operation. "
        "Critics questioned the costly operation, known as Operation Desert Shield."
    )
    assert [ev for ev, _s in found(text, K.ENFORCEMENT)] == ["operation"]


def test_two_names_are_two_operations():
    text = (
        "Arizona began Operation Desert Shield in May. Nevada began Operation Silver Gate in June."
    )
    assert len(found(text, K.ENFORCEMENT)) == 2


def test_what_a_legislature_votes_is_a_law():
    text = "The Senate voted to extend the state of emergency at the border."
    assert [s for _ev, s in found(text, K.LAW)] == [S.ENACTED]
    assert found(text, K.EXECUTIVE_ACTION) == []


LEXICON = [
    pytest.param(
        "Honduras handed out transit permits at the border post.",
        K.REGULATION,
        "handed out transit permits",
        id="permits-handed-out",
    ),
    pytest.param(
        "The department redesignated Sudan for temporary protected status.",
        K.REGULATION,
        "redesignated Sudan for temporary protected status",
        id="redesignated",
    ),
    pytest.param(
        "The coast guard intercepted a dinghy off Lampedusa.",
        K.ENFORCEMENT,
        "intercepted a dinghy",
        id="boat-intercepted",
    ),
    pytest.param(
        "Malta impounded a charity ship after the rescue.",
        K.ENFORCEMENT,
        "impounded a charity ship",
        id="ship-impounded",
    ),
    pytest.param(
        "The governor extended the state of emergency for 30 days.",
        K.EXECUTIVE_ACTION,
        "extended the state of emergency",
        id="emergency-extended",
    ),
]


@pytest.mark.parametrize(("text", "kind", "evidence"), LEXICON)
def test_measure_words_across_outlets(text, kind, evidence):
    assert (evidence, S.ENACTED) in found(text, kind)


def test_a_slogan_to_stop_the_boats_is_no_action():
    assert actions('The minister repeated the pledge to "stop the boats" on Monday.') == ()


def test_asylum_suspended_is_reversed():
    text = "The interior ministry suspended the processing of asylum claims from Syrians."
    assert found(text, K.REGULATION) == [("suspended the processing of asylum claims", S.REVERSED)]


def test_schengen_checks_reintroduced_or_reimposed():
    assert found("Austria reintroduced checks at its border.", K.ENFORCEMENT) == [
        ("reintroduced checks", S.ENACTED)
    ]
    assert found("Denmark reimposed border controls.", K.ENFORCEMENT) == [
        ("reimposed border controls", S.ENACTED)
    ]


def test_agency_guidelines_rescinded():
    text = "The agency rescinded its guidelines on courthouse arrests."
    assert found(text, K.REGULATION) == [("rescinded its guidelines", S.REVERSED)]


@pytest.mark.parametrize(
    "text",
    [
        "The government is poised to end the parole program.",
        "The agency is preparing to end the parole program.",
    ],
)
def test_measures_about_to_be_taken_are_planned(text):
    assert [s for _ev, s in found(text, K.REGULATION)] == [S.PLANNED]


def test_about_to_is_a_future():
    text = "The government is about to close the northern crossing."
    assert [s for _ev, s in found(text, K.CLOSURE)] == [S.PLANNED]
