"""Policy actions on text no rule was tuned on (issue 12, third round): the error classes
an audit of 17 news pages from many outlets found most often (flights named by whom they
carry, actions an aspectual verb ends, deals agreed with a gap, aid named as assistance,
troops spread along a border). Every sentence was written for this file after reading how
several outlets phrase the thing; none comes from the development set or the audited pages.
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
        "Honduras restarted flights carrying its nationals deported from Texas last week.",
        K.DEPORTATION,
        S.ENACTED,
        "restarted flights",
        id="flights-carrying-deportees",
    ),
    pytest.param(
        "The agency said the planes would resume on Monday carrying deported citizens.",
        K.DEPORTATION,
        S.ANNOUNCED,
        "planes would resume on Monday carrying deported citizens",
        id="flights-resume-carrying",
    ),
    pytest.param(
        "Ecuador suspended flights deporting people of other nationalities in March.",
        K.DEPORTATION,
        S.REVERSED,
        "suspended flights deporting people",
        id="flights-deporting",
    ),
    pytest.param(
        "The ministry said it would resume deportation flights to Caracas.",
        K.DEPORTATION,
        S.ANNOUNCED,
        "resume deportation flights",
        id="resumed-flights-reported",
    ),
    pytest.param(
        "Until last year Spain had stopped sending migrants back to Mali.",
        K.DEPORTATION,
        S.REVERSED,
        "sending migrants",
        id="stopped-sending-back",
    ),
    pytest.param(
        "The ministry revoked an extension of temporary protected status for Haitians.",
        K.REGULATION,
        S.REVERSED,
        "extension of temporary protected status",
        id="revoked-an-extension",
    ),
    pytest.param(
        "Both governments agreed in June to new deals with Madrid.",
        K.AGREEMENT,
        S.ENACTED,
        "agreed in June to new deals",
        id="agreed-with-a-gap",
    ),
    pytest.param(
        "Chile signed a migration cooperation framework with Bolivia on Tuesday.",
        K.AGREEMENT,
        S.ENACTED,
        "signed a migration cooperation framework",
        id="cooperation-framework",
    ),
    pytest.param(
        "The cabinet will resume security assistance to the three countries.",
        K.FUNDING,
        S.PLANNED,
        "resume security assistance",
        id="assistance-resumed",
    ),
    pytest.param(
        "The department reprogrammed aid meant for the region to other programmes.",
        K.FUNDING,
        S.REVERSED,
        "reprogrammed aid",
        id="aid-reprogrammed",
    ),
    pytest.param(
        "Several hundred state troopers fanned out along the river on Sunday.",
        K.ENFORCEMENT,
        S.ENACTED,
        "state troopers fanned out",
        id="troopers-fanned-out",
    ),
    pytest.param(
        "Lawyers for the state said it would appeal.",
        K.LEGAL_CHALLENGE,
        S.PLANNED,
        "appeal",
        id="would-appeal",
    ),
    pytest.param(
        "Rabat signed deals to take back Moroccans who entered without papers.",
        K.AGREEMENT,
        S.ENACTED,
        "signed deals to take back Moroccans",
        id="deal-and-its-purpose",
    ),
    pytest.param(
        "Ottawa sent more police north in return for a postponement of the levies.",
        K.EXECUTIVE_ACTION,
        S.REVERSED,
        "postponement of the levies",
        id="traded-for-a-delay",
    ),
    pytest.param(
        "Utah has volunteered to send Guard soldiers to the border.",
        K.ENFORCEMENT,
        S.ANNOUNCED,
        "send Guard soldiers",
        id="volunteered-to-send",
    ),
    pytest.param(
        "Quito took back its nationals under the new arrangement, a deal with Lima.",
        K.AGREEMENT,
        S.ENACTED,
        "deal",
        id="deal-with-a-capital",
    ),
    pytest.param(
        "Agents began enforcement actions in three northern cities on Monday.",
        K.ENFORCEMENT,
        S.ENACTED,
        "began enforcement actions",
        id="enforcement-actions",
    ),
    pytest.param(
        "Rome signed a three-year pact between Italy and Tunisia in May.",
        K.AGREEMENT,
        S.ENACTED,
        "signed a three-year pact",
        id="pact-between",
    ),
    pytest.param(
        "Riot police launched tear gas at the marchers near the bridge.",
        K.ENFORCEMENT,
        S.ENACTED,
        "launched tear gas",
        id="tear-gas-launched",
    ),
    pytest.param(
        "Honduras has set up six control points on the northern highway.",
        K.ENFORCEMENT,
        S.ENACTED,
        "set up six control points",
        id="control-points",
    ),
    pytest.param(
        "Congress increased the money going to the border agency last year.",
        K.FUNDING,
        S.ENACTED,
        "increased the money",
        id="money-increased",
    ),
    pytest.param(
        "Panama has imposed visas on Indian travellers since May.",
        K.REGULATION,
        S.ENACTED,
        "imposed visas",
        id="visas-imposed",
    ),
    pytest.param(
        "Brazil suspended visa-free agreements with two Asian countries.",
        K.AGREEMENT,
        S.REVERSED,
        "suspended visa-free agreements",
        id="hyphenated-modifier-is-no-object",
    ),
    pytest.param(
        "The governor has relied on disaster declarations to fund the fences.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "disaster declarations",
        id="declarations-in-the-plural",
    ),
    pytest.param(
        "The governor said he would mobilize reservists for the mission.",
        K.ENFORCEMENT,
        S.ANNOUNCED,
        "mobilize reservists",
        id="reservists-mobilized",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status", "evidence"), FOUND)
def test_families_are_found(text, kind, status, evidence):
    assert found(text, kind) == [(evidence, status)]


def test_flights_alone_are_no_deportation():
    """Flights that carry no one said to be deported stay flights: a ban on them is a
    closure, and carrying tourists makes none of them a deportation."""
    text = "The airline resumed flights carrying tourists to the coast."
    assert found(text, K.DEPORTATION) == []


def test_an_ending_verb_states_no_action_of_its_own():
    """'stopped' ends the arresting; it blocks nothing itself."""
    kinds = [a.kind for a in actions("Police stopped arresting migrants at the station.")]
    assert kinds == [K.ENFORCEMENT]
    assert [a.status for a in actions("Police stopped arresting migrants at the station.")] == [
        S.REVERSED
    ]


def test_a_base_form_alone_needs_a_verb_before_it():
    """'appeal' with no object is a verb only after "to", a modal or a pronoun: the broad
    appeal of a plan is no lawsuit."""
    assert actions("The plan has broad appeal among voters in the valley.") == ()


def test_what_a_deal_is_for_is_the_deal():
    """The return a deal is meant to bring about belongs to the deal: one record."""
    kinds = [a.kind for a in actions("Lima struck agreements to return migrants to Quito.")]
    assert kinds == [K.AGREEMENT]


def test_dealing_with_a_place_is_no_deal():
    """The verb "deal with" names no pact, even with a place after it."""
    assert actions("Officials there must deal with the arrivals in Arizona.") == ()


NOT_ACTIONS = [
    pytest.param(
        "Both countries have made it clear they will not let the caravan across.",
        id="adjective-clear-then-a-clause",
    ),
    pytest.param(
        "The Department of Homeland Security announced a new spokesperson on Friday.",
        id="homeland-security-is-a-name",
    ),
    pytest.param(
        "The minister has wide discretion to suspend refugee admissions.",
        id="discretion-to",
    ),
    pytest.param(
        "Building a taller barrier along the whole river is no answer, the mayor said.",
        id="gerund-opens-the-sentence",
    ),
    pytest.param(
        "Auditors reviewed the methods used to build the barrier.",
        id="used-to",
    ),
    pytest.param(
        "The governor defended the state's right to install the fence.",
        id="right-to",
    ),
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_descriptions_and_names_are_not_actions(text):
    assert actions(text) == ()


def test_and_joins_two_actions():
    """A second finite verb after "and" is a second action, not the first one's purpose."""
    text = "The president paused work on the wall and rescinded the emergency declaration."
    assert [(a.kind, a.status) for a in actions(text)] == [
        (K.ENFORCEMENT, S.REVERSED),
        (K.EXECUTIVE_ACTION, S.REVERSED),
    ]


STATUSES = [
    pytest.param(
        "The cabinet cut off funding for the three countries in March.",
        K.FUNDING,
        S.REVERSED,
        id="funding-cut-is-reversed",
    ),
    pytest.param(
        "The bloc's commitment to provide Niger with new aid was welcomed.",
        K.FUNDING,
        S.ANNOUNCED,
        id="commitment-to-is-announced",
    ),
    pytest.param(
        "Returns to Caracas will restart next month after a deal with Venezuela.",
        K.AGREEMENT,
        S.ENACTED,
        id="deal-after-which-is-done",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), STATUSES)
def test_lifecycle(text, kind, status):
    assert [a.status for a in actions(text) if a.kind is kind] == [status]


def test_two_sums_are_two_commitments():
    """Aid of one sum and aid of another, by the same donor, are two actions."""
    text = (
        "The union will provide Tunisia with aid totaling $900 million. "
        "Its president said the union would provide Tunisia with 100 million euros."
    )
    assert len([a for a in actions(text) if a.kind is K.FUNDING]) == 2


def test_a_figure_before_the_auxiliaries_makes_a_tally():
    """ "Some 12,400 have been deported": how many, not a deportation of its own."""
    assert actions("Since January some 12,400 have been deported, officials said.") == ()


def test_a_negation_opens_another_clause():
    """A verb's object lies in its clause: in "her choice to scrap QRS did not contravene
    the state law", scrapping ends no law (the law is what the choice did not breach)."""
    text = "Her choice to scrap QRS did not contravene the state law."
    assert all(a.kind is not K.LAW for a in actions(text))


def test_a_measure_sued_over_is_challenged():
    """What a suit is over is its own record, challenged, even named by a participle."""
    text = "The attorney general sued the county over a newly built detention facility."
    assert [(a.kind, a.status) for a in actions(text)][-1:] == [(K.ENFORCEMENT, S.CHALLENGED)]


def test_a_court_ruling_introduced_anew_is_a_ruling():
    """ "a recent appeals court ruling" is a ruling; "the ruling" names one told before."""
    found = actions("The camp stayed open despite a recent appeals court ruling.")
    assert [a.kind for a in found] == [K.LEGAL_CHALLENGE]
    assert actions("The ruling was welcomed by advocates on Friday.") == ()


def test_following_opens_a_measure_of_its_own():
    """A ruling after "following" is not listed with the return before it."""
    text = "Twelve men were flown back to Sicily following a court decision in Palermo."
    assert K.LEGAL_CHALLENGE in [a.kind for a in actions(text)]
