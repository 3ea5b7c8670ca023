"""Policy actions found as the language states them (issue 12): the families of measures
ended, paused and resumed, nominal mentions, grants, returns, deployments and courts; the
false hits the issue names; and the one lifecycle reading that gives each its status.

Every sentence here is written for this file, after reading how several outlets phrase
each family (the project's page search); none comes from the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from migrationnews.extract import policy
from migrationnews.records import PolicyAction, PolicyKind, PolicyStatus
from migrationnews.text import Document

K, S = PolicyKind, PolicyStatus
PUBLISHED = dt.date(2025, 3, 8)


def actions(text: str) -> tuple[PolicyAction, ...]:
    return policy.extract(Document.of(text, PUBLISHED))


def kinds(text: str) -> list[tuple[PolicyKind, PolicyStatus | None]]:
    return [(a.kind, a.status) for a in actions(text)]


# ---- families the rules now read --------------------------------------------------------

FOUND = [
    pytest.param(
        "Guatemala suspended deportation flights from the United States on Tuesday.",
        K.DEPORTATION,
        S.REVERSED,
        "suspended deportation flights",
        id="flights-suspended",
    ),
    pytest.param(
        "Bogotá halted the deportation flights after a row with Washington.",
        K.DEPORTATION,
        S.REVERSED,
        "halted the deportation flights",
        id="flights-halted",
    ),
    pytest.param(
        "Cuba will take back nationals who crossed into the United States.",
        K.DEPORTATION,
        S.PLANNED,
        "take back nationals",
        id="take-back",
    ),
    pytest.param(
        "The detainees were handed over to the Salvadoran authorities at the bridge.",
        K.DEPORTATION,
        S.ENACTED,
        "detainees were handed over",
        id="handed-over",
    ),
    pytest.param(
        "Federal prosecutors charged the migrants with entering a restricted area.",
        K.ENFORCEMENT,
        S.ENACTED,
        "charged the migrants",
        id="charged",
    ),
    pytest.param(
        "The Pentagon set up a new military zone along the river in Texas.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "set up a new military zone",
        id="military-zone",
    ),
    pytest.param(
        "Four governors pledged a combined 900 Guard troops to the frontier.",
        K.ENFORCEMENT,
        S.ENACTED,
        "pledged a combined 900 Guard troops",
        id="troops-pledged",
    ),
    pytest.param(
        "The state activated 300 National Guard members for the mission.",
        K.ENFORCEMENT,
        S.ENACTED,
        "activated 300 National Guard members",
        id="troops-activated",
    ),
    pytest.param(
        "Lisbon approved the regularisation of thousands of undocumented workers.",
        K.REGULATION,
        S.ENACTED,
        "regularisation of thousands of undocumented workers",
        id="regularisation",
    ),
    pytest.param(
        "The governor declared an invasion along the state's southern border.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "declared an invasion",
        id="invasion-declared",
    ),
    pytest.param(
        "The new tariffs on Colombian goods rattled exporters.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "tariffs",
        id="tariffs-on-a-country",
    ),
    pytest.param(
        "The department put the sponsorship program on hold pending a review.",
        K.REGULATION,
        S.REVERSED,
        "program on hold",
        id="put-on-hold",
    ),
    pytest.param(
        "Agents expelled the families under Title 42 that week.",
        K.DEPORTATION,
        S.ENACTED,
        "expelled the families",
        id="number-in-a-name-is-no-tally",
    ),
    pytest.param(
        "The proclamation Trump signed on Monday drew three lawsuits.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "proclamation Trump signed",
        id="measure-then-its-subject",
    ),
    pytest.param(
        "The humanitarian parole policy expired at midnight.",
        K.REGULATION,
        S.REVERSED,
        "policy expired",
        id="expired",
    ),
    pytest.param(
        "The new travel ban went into effect on Sunday.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "travel ban went into effect",
        id="went-into-effect",
    ),
    pytest.param(
        "Panama closed two of the four trails through the jungle.",
        K.CLOSURE,
        S.ENACTED,
        "closed two of the four trails",
        id="trails-closed",
    ),
    pytest.param(
        "Police mounted an operation to stop the march near the border.",
        K.ENFORCEMENT,
        S.ENACTED,
        "mounted an operation",
        id="operation-mounted",
    ),
    pytest.param(
        "Mexico has stepped up checks on buses heading north.",
        K.ENFORCEMENT,
        S.ENACTED,
        "stepped up checks",
        id="checks-stepped-up",
    ),
    pytest.param(
        "The president signed a memo directing troops to guard federal land.",
        K.EXECUTIVE_ACTION,
        S.ENACTED,
        "signed a memo",
        id="memo-signed",
    ),
    pytest.param(
        "The consulate stopped issuing visas in March.",
        K.REGULATION,
        S.REVERSED,
        "issuing visas",
        id="stopped-issuing",
    ),
    pytest.param(
        "The government halted deportations to Haiti after the earthquake.",
        K.DEPORTATION,
        S.REVERSED,
        "halted deportations",
        id="deportations-halted",
    ),
    pytest.param(
        "Critics say Trump's asylum ban leaves families stranded.",
        K.REGULATION,
        S.ENACTED,
        "asylum ban",
        id="owned-measure",
    ),
    pytest.param(
        "The government's clampdown on irregular migration has widened.",
        K.ENFORCEMENT,
        S.ENACTED,
        "clampdown on irregular migration",
        id="clampdown-on-migration",
    ),
    pytest.param(
        "A surge of troops to the river began in the spring.",
        K.ENFORCEMENT,
        S.ENACTED,
        "surge of troops",
        id="surge-of-troops",
    ),
    pytest.param(
        "The reopening of the crossing brought relief to traders.",
        K.REOPENING,
        S.ENACTED,
        "reopening of the crossing",
        id="ing-after-a-determiner-is-the-noun",
    ),
    pytest.param(
        "The measure, which passed the Senate in April, funds more judges.",
        K.LAW,
        S.ENACTED,
        "measure, which passed",
        id="relative-clause-on-the-measure",
    ),
    pytest.param(
        "The parole program, which ended in June, had admitted 500,000 people.",
        K.REGULATION,
        S.REVERSED,
        "parole program, which ended",
        id="relative-clause-ended",
    ),
    pytest.param(
        "The first 200 Marines have arrived at the border.",
        K.ENFORCEMENT,
        S.ENACTED,
        "Marines have arrived",
        id="troops-arrived",
    ),
    pytest.param(
        "Guard troops began patrolling the border near Laredo.",
        K.ENFORCEMENT,
        S.ONGOING,
        "patrolling the border",
        id="troops-patrolling",
    ),
    pytest.param(
        "The department is expanding the use of expedited removal nationwide.",
        K.REGULATION,
        S.ONGOING,
        "expanding the use of expedited removal",
        id="light-noun-use-of",
    ),
    pytest.param(
        "The consulate halted the issuance of visas to Cubans.",
        K.REGULATION,
        S.REVERSED,
        "halted the issuance of visas",
        id="light-noun-and-the-nearest-object",
    ),
    pytest.param(
        "The agencies received more staff, with $90 billion budgeted for them.",
        K.FUNDING,
        S.ENACTED,
        "billion budgeted",
        id="sum-named-by-its-participle",
    ),
    pytest.param(
        "Arizona passed a law making unlawful entry a state crime.",
        K.LAW,
        S.ENACTED,
        "passed a law",
        id="compound-head-that-fits-no-rule",
    ),
    pytest.param(
        "The president federalized 2,000 National Guard troops in Oregon.",
        K.ENFORCEMENT,
        S.ENACTED,
        "federalized 2,000 National Guard troops",
        id="guard-federalized",
    ),
    pytest.param(
        "The administration lowered the refugee ceiling to 7,500.",
        K.REGULATION,
        S.ENACTED,
        "lowered the refugee ceiling",
        id="ceiling-lowered",
    ),
    pytest.param(
        "Ottawa will admit up to 40,000 refugees next year.",
        K.REGULATION,
        S.PLANNED,
        "admit up to 40,000 refugees",
        id="refugees-admitted",
    ),
    pytest.param(
        "The White House's deportation drive has reached Chicago.",
        K.DEPORTATION,
        S.ONGOING,
        "deportation drive",
        id="owned-deportation-drive",
    ),
    pytest.param(
        "Washington will pay for flights that carry the migrants home.",
        K.FUNDING,
        S.PLANNED,
        "pay for flights",
        id="flights-paid-for",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status", "evidence"), FOUND)
def test_families_are_found(text, kind, status, evidence):
    found = [a for a in actions(text) if a.kind is kind]
    assert [(a.evidence, a.status) for a in found] == [(evidence, status)]


COURTS = [
    pytest.param("A federal judge vacated the asylum rule on Friday.", id="vacated"),
    pytest.param("A judge in Boston barred the agency from deporting the men.", id="barred"),
    pytest.param("The judge denied the state's request to dismiss the case.", id="denied"),
    pytest.param("The Supreme Court certified the final judgment.", id="certified"),
    pytest.param(
        "A judge granted the groups' request to halt the removals.", id="granted-a-request"
    ),
]


@pytest.mark.parametrize("text", COURTS)
def test_court_verbs_are_rulings(text):
    rulings = [a for a in actions(text) if a.kind is K.LEGAL_CHALLENGE]
    assert [a.status for a in rulings] == [S.ENACTED]


def test_a_vacated_rule_is_reversed():
    found = kinds("A federal judge vacated the asylum rule on Friday.")
    assert (K.REGULATION, S.REVERSED) in found


def test_the_attempt_a_court_blocks_is_a_measure_of_the_kind_it_names():
    found = kinds("A judge halted the governor's attempt to close the bridge.")
    assert found == [(K.LEGAL_CHALLENGE, S.ENACTED), (K.CLOSURE, S.CHALLENGED)]


def test_a_measure_a_court_later_blocks_is_challenged_at_its_first_mention():
    text = (
        "The department ended the sponsorship program in May. "
        "A federal judge blocked the program's termination on Friday."
    )
    found = kinds(text)
    assert (K.REGULATION, S.CHALLENGED) in found
    assert (K.REGULATION, S.REVERSED) not in found


def test_a_passive_challenge_is_its_own_record_and_contests_the_measure():
    found = kinds("The decision to scrap the parole program was challenged in court.")
    assert found == [(K.REGULATION, S.CHALLENGED), (K.LEGAL_CHALLENGE, S.ENACTED)]


def test_a_request_granted_is_a_ruling_only_when_a_court_grants_it():
    assert not actions("The governor granted a request from mayors for more buses.")


def test_a_motion_filed_is_a_legal_challenge():
    assert kinds("The state filed a motion to dismiss the case.") == [
        (K.LEGAL_CHALLENGE, S.ENACTED)
    ]


def test_a_suit_its_own_subject_filed_is_not_merged_into_the_ruling():
    text = "The judge issued an injunction in a lawsuit the state filed in March."
    assert kinds(text) == [(K.LEGAL_CHALLENGE, S.ENACTED), (K.LEGAL_CHALLENGE, S.ENACTED)]


def test_a_measure_a_court_lets_stand_is_not_challenged():
    found = kinds("The Supreme Court allowed the government to resume deportations to Haiti.")
    assert found == [(K.LEGAL_CHALLENGE, S.ENACTED), (K.DEPORTATION, S.ENACTED)]


def test_a_governor_who_bars_is_no_court():
    assert not [
        a
        for a in actions("The governor barred reporters from the briefing.")
        if a.kind is K.LEGAL_CHALLENGE
    ]


# ---- issue 12's false hits --------------------------------------------------------------

NOT_ACTIONS = [
    pytest.param(
        "The statute would allow troopers to arrest people who cross between ports.",
        K.ENFORCEMENT,
        id="what-a-law-allows",
    ),
    pytest.param(
        "The new rule lets border agents deport families within days.",
        K.DEPORTATION,
        id="what-a-rule-lets",
    ),
    pytest.param(
        "Asylum seekers are often detained for months before a hearing.",
        K.ENFORCEMENT,
        id="generic-often",
    ),
    pytest.param(
        "Migrants who miss a hearing can be deported.",
        K.DEPORTATION,
        id="generic-can",
    ),
    pytest.param(
        "A Guatemalan migrant was detained near the bridge on Sunday.",
        K.ENFORCEMENT,
        id="one-person-detained",
    ),
    pytest.param(
        "Her brother was deported to Honduras in 2019.",
        K.DEPORTATION,
        id="one-person-deported",
    ),
    pytest.param(
        "Analysts argue that deporting workers would hurt farms.",
        K.DEPORTATION,
        id="gerund-subject",
    ),
]


NOT_ACTIONS += [
    pytest.param("Officials raised concerns about the policy.", K.REGULATION, id="raised-concerns"),
    pytest.param(
        "Asked whether she would send troops, the governor did not answer.",
        K.ENFORCEMENT,
        id="an-open-question",
    ),
    pytest.param(
        "Smugglers charge each family thousands of dollars.", K.ENFORCEMENT, id="fees-charged"
    ),
    pytest.param(
        "Many families live in fear of being deported.", K.DEPORTATION, id="fear-of-being"
    ),
    pytest.param(
        "Border Patrol agents recorded fewer apprehensions in March.",
        K.ENFORCEMENT,
        id="border-patrol-is-no-patrolling",
    ),
    pytest.param("Thousands of migrants arrived in Tijuana.", K.ENFORCEMENT, id="migrants-arrive"),
    pytest.param(
        "The state's border policies are popular with voters.",
        K.REGULATION,
        id="owned-but-generic",
    ),
    pytest.param(
        "Families wait in detention centers across the state when the children are moved.",
        K.ENFORCEMENT,
        id="no-object-past-when",
    ),
    pytest.param(
        "Officials expect the rule to take effect in June.",
        K.REGULATION,
        id="take-effect-as-an-infinitive",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_ACTIONS)
def test_false_hits_are_dropped(text, kind):
    assert not [a for a in actions(text) if a.kind is kind]


KEPT = [
    pytest.param(
        "Agents detained 40 migrants near the river, and more were deported.",
        K.ENFORCEMENT,
        id="a-tally-is-not-this-test",
    ),
    pytest.param("The caravan was dispersed by police on Sunday.", K.ENFORCEMENT, id="a-group"),
    pytest.param(
        "Ecuador is deporting migrants who entered without visas.", K.DEPORTATION, id="progressive"
    ),
    pytest.param(
        "The governor gave troopers orders to arrest migrants at the river.",
        K.ENFORCEMENT,
        id="no-measure-allows-it",
    ),
]


@pytest.mark.parametrize(("text", "kind"), KEPT[1:])
def test_actions_near_the_false_hits_are_kept(text, kind):
    assert [a for a in actions(text) if a.kind is kind]


# ---- one lifecycle reading --------------------------------------------------------------

STATUSES = [
    pytest.param("Texas to deploy more Guard troops to the border", S.PLANNED, id="headline-to"),
    pytest.param("Biden to end Title 42 restrictions in May", S.PLANNED, id="headline-to-end"),
    pytest.param("Judges block the state's new immigration law", S.ENACTED, id="headline-present"),
    pytest.param(
        "Mexico and Guatemala deploy troops along their shared border.",
        S.ONGOING,
        id="present-tense",
    ),
    pytest.param(
        "Officials set up checkpoints along the highway.", S.ENACTED, id="base-that-is-past-too"
    ),
    pytest.param("The governor wants to deploy troops.", S.PLANNED, id="wants-to"),
    pytest.param(
        "The ministry announced plans to deploy 2,000 police to the border.",
        S.ANNOUNCED,
        id="announced-plans",
    ),
    pytest.param(
        "The ministry is going to deploy 2,000 police, a spokesman said.",
        S.ANNOUNCED,
        id="going-to-in-reported-speech",
    ),
    pytest.param(
        "The ministry said it will send more police to the border next week.",
        S.ANNOUNCED,
        id="reported-future",
    ),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status_follows_the_lifecycle(text, status):
    found = actions(text)
    assert found, text
    assert found[0].status is status
