"""Policy actions on text no rule was tuned on (issue 12, second round): the error classes
an audit of news pages from many outlets found most often, each with sentences written for
this file after reading how several outlets phrase it (the project's page search); none
comes from the development set or from the audited pages.
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


# ---- deployments and appeals the rules missed ---------------------------------------------

FOUND = [
    pytest.param(
        "Last spring, Peru sent as many as 4,000 soldiers to its southern frontier.",
        K.ENFORCEMENT,
        S.ENACTED,
        "sent as many as 4,000 soldiers",
        id="bounded-figure",
    ),
    pytest.param(
        "Ecuador on Friday started the 2,500-strong border troop deployment it had offered.",
        K.ENFORCEMENT,
        S.ENACTED,
        "troop deployment",
        id="troop-deployment",
    ),
    pytest.param(
        "The attorney general's office filed an appeal with the circuit court.",
        K.LEGAL_CHALLENGE,
        S.ENACTED,
        "filed an appeal",
        id="appeal-filed",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status", "evidence"), FOUND)
def test_families_are_found(text, kind, status, evidence):
    found = [a for a in actions(text) if a.kind is kind]
    assert [(a.evidence, a.status) for a in found] == [(evidence, status)]


def test_as_many_as_opens_no_clause():
    """'as' is a conjunction, but not in a figure's bound: the verb still reaches its
    object, and the sum stays the verb's."""
    found = actions("The county spent as much as $3 million on the new shelters.")
    assert [(a.kind, a.evidence) for a in found] == [(K.FUNDING, "spent as much as $3 million")]


def test_an_appeal_to_voters_is_no_legal_challenge():
    assert actions("The mayor made an appeal to voters, saying families may stay.") == ()


def test_a_noun_takes_no_object_after_a_figure_bound():
    """A noun's object follows a preposition; 'deportation as many as' starts no phrase."""
    text = "The decree could shield from deportation as many as two million people."
    assert [a for a in actions(text) if a.kind is K.DEPORTATION] == []


# ---- what a measure lets someone do -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The statute would let deputies detain migrants and allow county judges to expel them.",
            id="second-permission",
        ),
        pytest.param(
            "Aides praised the power to swiftly deport migrants under the decree.",
            id="adverb-after-enabling-noun",
        ),
    ],
)
def test_what_a_measure_lets_happen_is_no_action(text):
    assert [a for a in actions(text) if a.kind is K.DEPORTATION] == []


# ---- status --------------------------------------------------------------------------------


def test_an_extension_rescinded_is_reversed():
    found = actions(
        "The ministry on Friday revoked the extension of protected status for Peruvians."
    )
    assert [(a.kind, a.status) for a in found] == [(K.REGULATION, S.REVERSED)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Two lawsuits over the new rule remain pending in Texas.", id="remain-pending"
        ),
        pytest.param("The shelters stay open while the litigation continues.", id="continues"),
    ],
)
def test_a_pending_suit_is_ongoing(text):
    suits = [a for a in actions(text) if a.kind is K.LEGAL_CHALLENGE]
    assert [a.status for a in suits] == [S.ONGOING]


def test_a_suit_filed_is_enacted():
    found = actions("The families filed a lawsuit over the rule on Tuesday.")
    assert [a.status for a in found if a.kind is K.LEGAL_CHALLENGE] == [S.ENACTED]


# ---- courts --------------------------------------------------------------------------------


def test_a_passive_ruling_in_a_relative_clause_acts_on_its_antecedent():
    text = (
        "The justices sided with Arizona on the statute, which had been struck down "
        "by a district judge in April."
    )
    found = [(a.kind, a.status) for a in actions(text)]
    assert found == [(K.LAW, S.REVERSED), (K.LEGAL_CHALLENGE, S.ENACTED)]


# ---- false hits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The charter plane was diverted to an air base in Guam.", id="diverted"),
        pytest.param(
            "Some had committed offences in the U.S. The second plane left from Mesa.",
            id="committed-crimes",
        ),
    ],
)
def test_a_flight_is_funded_only_by_a_verb_of_paying(text):
    assert [a for a in actions(text) if a.kind is K.FUNDING] == []


def test_flights_paid_for_are_funding():
    found = actions("Madrid financed the flights that took the families back to Dakar.")
    assert [(a.kind, a.evidence) for a in found if a.kind is K.FUNDING] == [
        (K.FUNDING, "financed the flights")
    ]


def test_tariffs_delayed_are_paused():
    found = actions("Under the pact, Washington postponed the tariffs on Peruvian copper.")
    assert [(a.kind, a.status) for a in found if a.kind is K.EXECUTIVE_ACTION] == [
        (K.EXECUTIVE_ACTION, S.REVERSED)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Denver operations began on Thursday.", K.ENFORCEMENT, id="operations"),
        pytest.param("The workplace raids started at dawn.", K.ENFORCEMENT, id="raids"),
        pytest.param("The relocation program began in May.", K.REGULATION, id="program"),
    ],
)
def test_a_measure_that_begins_is_enacted(text, kind):
    assert [(a.kind, a.status) for a in actions(text)] == [(kind, S.ENACTED)]


def test_talks_that_begin_are_no_measure():
    assert actions("Talks between the ministers began on Friday.") == ()


def test_troops_headed_to_a_border_are_deployed():
    found = actions(
        "The governor announced on Monday that 300 guardsmen were headed to the border."
    )
    assert [(a.kind, a.status) for a in found] == [(K.ENFORCEMENT, S.ANNOUNCED)]


def test_migrants_headed_to_a_border_are_no_deployment():
    assert actions("Hundreds of migrants headed to the border on foot.") == ()


def test_a_court_that_postpones_its_decision_rules_nothing_new():
    found = actions("The panel granted a stay but postponed its decision for a week.")
    assert [a.evidence for a in found] == ["granted a stay"]


# ---- one measure, or two -------------------------------------------------------------------


def test_deployments_of_different_sizes_are_two_actions():
    text = (
        "The governor announced that 150 guardsmen were headed to the border. "
        "She said she wants to send 200 guardsmen every month."
    )
    assert [(a.kind, a.status) for a in actions(text)] == [
        (K.ENFORCEMENT, S.ANNOUNCED),
        (K.ENFORCEMENT, S.PLANNED),
    ]


def test_one_deployment_told_twice_is_one_action():
    text = "Utah sent 120 troops to the border on Monday. The 120 troops were sent to Yuma."
    assert len([a for a in actions(text) if a.kind is K.ENFORCEMENT]) == 1


# ---- hypotheticals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Critics warned that other states could pass similar laws.", id="could"),
        pytest.param(
            "The ruling might pave the way for more provinces to adopt their own statutes.",
            id="might",
        ),
    ],
)
def test_what_could_happen_is_no_action(text):
    assert actions(text) == ()


def test_what_a_step_is_meant_to_let_happen_is_no_action():
    text = "The tribunal held off for ten days to allow the ministry to appeal to the high court."
    assert [a.evidence for a in actions(text) if a.evidence.startswith("appeal")] == []


def test_deployments_in_different_years_are_two_actions():
    text = (
        "Peru on Monday began sending troops to its border. "
        "In 2021, Peru sent troops to the same border."
    )
    assert len([a for a in actions(text) if a.kind is K.ENFORCEMENT]) == 2


def test_a_purpose_that_opens_the_sentence_is_no_action():
    text = "“To keep providing aid to the small border towns, we will add Denver,” he said."
    assert [a for a in actions(text) if a.kind is K.FUNDING] == []


def test_the_action_after_a_fronted_purpose_is_found():
    found = actions("To curb crossings, the province deployed 400 police officers.")
    assert [(a.kind, a.status) for a in found] == [(K.ENFORCEMENT, S.ENACTED)]


def test_what_governments_refuse_to_do_is_no_action():
    text = "Several governments refuse to take back nationals removed from Spain."
    assert [a for a in actions(text) if a.kind is K.DEPORTATION] == []


def test_migrants_who_deport_themselves_are_no_government_action():
    text = "The ministry invited the families to deport themselves before June."
    assert [a for a in actions(text) if a.kind is K.DEPORTATION] == []


def test_a_policy_an_agency_introduces_is_in_place_and_a_bill_only_proposed():
    assert [(a.kind, a.status) for a in actions("The ministry introduced a new visa policy.")] == [
        (K.REGULATION, S.ENACTED)
    ]
    assert [(a.kind, a.status) for a in actions("Two senators introduced a border bill.")] == [
        (K.LAW, S.PLANNED)
    ]


def test_the_permission_a_court_gives_is_a_ruling():
    found = actions("The Supreme Court gave Arizona permission to enforce its statute.")
    assert [(a.kind, a.actor) for a in found] == [(K.LEGAL_CHALLENGE, "Supreme Court")]


def test_the_permission_an_agency_gives_is_no_ruling():
    assert actions("The agency gave the migrants permission to work.") == ()
