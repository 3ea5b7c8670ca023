"""Policy actions: kind from verb and object, status from modality, actor, place, evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationnews as mn
from migrationnews._adversarial import texts
from migrationnews.extract import policy
from migrationnews.records import Official, PolicyAction, PolicyKind, PolicyStatus
from migrationnews.seeds import default_seed
from migrationnews.text import Document
from migrationnews.values import Span

K, S = PolicyKind, PolicyStatus
PUBLISHED = dt.date(2024, 3, 8)


def actions(text: str, officials: tuple[Official, ...] = ()) -> tuple[PolicyAction, ...]:
    doc = Document.of(text, PUBLISHED)
    doc.add(Official, officials)
    return policy.extract(doc)


def only(text: str, officials: tuple[Official, ...] = ()) -> PolicyAction:
    found = actions(text, officials)
    assert len(found) == 1, found
    return found[0]


# ---- one sentence per kind --------------------------------------------------------------

KINDS = [
    pytest.param(
        "The governor signed a bill on Tuesday that lets state police detain people.",
        K.LAW,
        "signed a bill on Tuesday that lets state police detain people",
        id="law",
    ),
    pytest.param(
        "The president declared a state of emergency along the border.",
        K.EXECUTIVE_ACTION,
        "declared a state of emergency",
        id="executive_action",
    ),
    pytest.param(
        "The agency imposed new limits on asylum claims at the crossings.",
        K.REGULATION,
        "imposed new limits",
        id="regulation",
    ),
    pytest.param(
        "Officials closed the bridge at Eagle Pass to car traffic.",
        K.CLOSURE,
        "closed the bridge",
        id="closure",
    ),
    pytest.param(
        "After a week the crossing at Lukeville reopened to travellers.",
        K.REOPENING,
        "crossing at Lukeville reopened",
        id="reopening",
    ),
    pytest.param(
        "Mexico deported a group of Haitian families on Tuesday.",
        K.DEPORTATION,
        "deported a group of Haitian families",
        id="deportation",
    ),
    pytest.param(
        "The state deployed National Guard troops to the riverbank.",
        K.ENFORCEMENT,
        "deployed National Guard troops",
        id="enforcement",
    ),
    pytest.param(
        "Civil rights groups sued the administration over the rule.",
        K.LEGAL_CHALLENGE,
        "sued",
        id="legal_challenge",
    ),
    pytest.param(
        "The White House sent lawmakers a funding request for border operations.",
        K.FUNDING,
        "funding request",
        id="funding",
    ),
    pytest.param(
        "Guatemala and the United States signed an agreement on asylum cooperation.",
        K.AGREEMENT,
        "signed an agreement",
        id="agreement",
    ),
]


MORE_PHRASINGS = [
    pytest.param(
        "The department finalized a rule that bars most adults from asylum.",
        K.REGULATION,
        "finalized a rule that bars most adults from asylum",
        id="finalized-rule",
    ),
    pytest.param(
        "Costa Rica started requiring transit visas for Haitians.",
        K.REGULATION,
        "requiring transit visas",
        id="visa-requirement",
    ),
    pytest.param(
        "Municipal police cleared a tent camp beside the river.",
        K.ENFORCEMENT,
        "cleared a tent camp",
        id="camp-cleared",
    ),
    pytest.param(
        "The department announced new restrictions on asylum at the ports.",
        K.REGULATION,
        "announced new restrictions",
        id="announced-limits",
    ),
    pytest.param(
        "Three charities filed suit against the new screening order.",
        K.LEGAL_CHALLENGE,
        "filed suit",
        id="filed-suit",
    ),
    pytest.param(
        "A coalition of shelters filed a lawsuit over the busing.",
        K.LEGAL_CHALLENGE,
        "filed a lawsuit",
        id="filed-lawsuit",
    ),
    pytest.param(
        "The border closure hurt shops in Nogales.", K.CLOSURE, "border closure", id="compound"
    ),
    pytest.param(
        "Dozens of migrants were bused to a shelter in the capital.",
        K.REGULATION,
        "migrants were bused",
        id="passive-object-first",
    ),
    pytest.param(
        "Texas installed buoys in the river near the town.",
        K.ENFORCEMENT,
        "installed buoys",
        id="barrier",
    ),
    pytest.param(
        "The ministry rolled out a parole program for Cuban families.",
        K.REGULATION,
        "rolled out a parole program",
        id="programme",
    ),
    pytest.param(
        "Panama agreed to tighten checks at its southern crossings.",
        K.AGREEMENT,
        "agreed to tighten checks",
        id="agreed-to",
    ),
    pytest.param(
        "The coast guard stepped up patrols off the northern shore.",
        K.ENFORCEMENT,
        "stepped up patrols",
        id="patrols-increased",
    ),
    pytest.param(
        "Reinforcements would deploy to the river crossings next week, the ministry said.",
        K.ENFORCEMENT,
        "Reinforcements would deploy",
        id="troops-deploy-intransitive",
    ),
    pytest.param(
        "The ministry reassigned officers to the airport checkpoint.",
        K.ENFORCEMENT,
        "reassigned officers",
        id="officers-reassigned",
    ),
    pytest.param(
        "Crews strung coils of concertina wire along the levee.",
        K.ENFORCEMENT,
        "strung coils of concertina wire",
        id="wire-strung",
    ),
    pytest.param(
        "The provincial government opened a new reception center for families.",
        K.ENFORCEMENT,
        "opened a new reception center",
        id="facility-opened",
    ),
    pytest.param(
        "The governor suspended the program in April.",
        K.REGULATION,
        "suspended the program",
        id="program-suspended",
    ),
    pytest.param(
        "The reversal of the visa program drew protests.",
        K.REGULATION,
        "reversal of the visa program",
        id="reversal-noun",
    ),
    pytest.param(
        "Officials said the minister halted the parole program last year.",
        K.REGULATION,
        "halted the parole program",
        id="program-halted",
    ),
    pytest.param(
        "The treasury cut off aid to the three countries.",
        K.FUNDING,
        "cut off aid",
        id="aid-cut-off",
    ),
    pytest.param(
        "Lawmakers approved a $900 million border package on Thursday.",
        K.FUNDING,
        "approved a $900 million border package",
        id="package-approved",
    ),
    pytest.param(
        "The state has spent $2 billion on the border operation since 2021.",
        K.FUNDING,
        "spent $2 billion on the border operation",
        id="spent-on-operation",
    ),
    pytest.param(
        "The city authorized $3 million in emergency grants for shelters.",
        K.FUNDING,
        "authorized $3 million in emergency grants",
        id="grants-authorized",
    ),
    pytest.param(
        "The attorneys asked a federal judge to freeze the rule.",
        K.LEGAL_CHALLENGE,
        "asked a federal judge to freeze the rule",
        id="asked-a-judge",
    ),
    pytest.param(
        "The two governments signed a joint declaration on labor migration.",
        K.AGREEMENT,
        "signed a joint declaration",
        id="declaration-signed",
    ),
    pytest.param(
        "Honduras received 120 deportees on Tuesday.",
        K.DEPORTATION,
        "received 120 deportees",
        id="deportees-received",
    ),
    pytest.param(
        "The country revived a program that returns asylum seekers to Mexico.",
        K.REGULATION,
        "revived a program that returns asylum seekers",
        id="program-revived",
    ),
    pytest.param(
        "The president said the sanctions were indefinitely suspended.",
        K.EXECUTIVE_ACTION,
        "sanctions were indefinitely suspended",
        id="sanctions-suspended",
    ),
    pytest.param(
        "A caravan was stopped by soldiers outside the town.",
        K.ENFORCEMENT,
        "caravan was stopped",
        id="caravan-stopped",
    ),
    pytest.param(
        "Soldiers detained a group of about 60 Hondurans near the bridge.",
        K.ENFORCEMENT,
        "detained a group",
        id="group-of-a-size-is-no-tally",
    ),
    pytest.param(
        "The accord reached in Geneva drew criticism from shelters.",
        K.AGREEMENT,
        "accord reached",
        id="reduced-participle-after-measure",
    ),
    pytest.param(
        "The budget law passed by parliament in June took effect.",
        K.LAW,
        "law passed",
        id="law-passed-by",
    ),
    pytest.param(
        "Rail traffic at the Laredo bridge was halted on Sunday.",
        K.CLOSURE,
        "bridge was halted",
        id="crossing-halted",
    ),
    pytest.param(
        "The ministry proposed limiting daily crossings at the river.",
        K.REGULATION,
        "limiting daily crossings",
        id="crossings-limited",
    ),
    pytest.param(
        "The mayor asked the state for $12 million to house arriving families.",
        K.FUNDING,
        "asked the state for $12 million",
        id="sum-requested",
    ),
    pytest.param(
        "The government slashed 200 million pesos in aid to the region.",
        K.FUNDING,
        "slashed 200 million pesos in aid",
        id="sum-in-a-fund-cut",
    ),
    pytest.param(
        "The president invoked emergency powers to speed up wall contracts.",
        K.EXECUTIVE_ACTION,
        "invoked emergency powers",
        id="powers-invoked",
    ),
    pytest.param(
        "The senate ratified the migration accord with Ecuador.",
        K.AGREEMENT,
        "ratified the migration accord",
        id="accord-ratified",
    ),
    pytest.param(
        "The council passed an ordinance that limits camping near the station.",
        K.LAW,
        "passed an ordinance",
        id="ordinance",
    ),
    pytest.param(
        "The interior ministry issued a decree on visa-free entry.",
        K.EXECUTIVE_ACTION,
        "issued a decree",
        id="decree",
    ),
    pytest.param(
        "Soldiers sealed the border with Haiti on Friday.",
        K.CLOSURE,
        "sealed the border",
        id="border-sealed",
    ),
    pytest.param(
        "Coast guard crews turned back a boat carrying Cuban migrants.",
        K.DEPORTATION,
        "turned back a boat carrying Cuban migrants",
        id="turned-back",
    ),
    pytest.param(
        "The government dispatched 2,000 police officers to the southern crossings.",
        K.ENFORCEMENT,
        "dispatched 2,000 police officers",
        id="police-dispatched",
    ),
    pytest.param(
        "The agency rolled back the asylum restrictions last spring.",
        K.REGULATION,
        "rolled back the asylum restrictions",
        id="restrictions-rolled-back",
    ),
    pytest.param(
        "The state petitioned the Supreme Court to revive the law.",
        K.LEGAL_CHALLENGE,
        "petitioned the Supreme Court",
        id="court-petitioned",
    ),
    pytest.param(
        "Lawmakers earmarked $50 million in state funds for bus tickets.",
        K.FUNDING,
        "earmarked $50 million in state funds",
        id="funds-earmarked",
    ),
    pytest.param(
        "Officials clinched a deal with Ecuador on return flights.",
        K.AGREEMENT,
        "clinched a deal",
        id="deal-clinched",
    ),
    pytest.param(
        "Officials imposed a curfew on the migrant camp.",
        K.REGULATION,
        "imposed a curfew",
        id="curfew",
    ),
    pytest.param(
        "Agents detained workers at a meatpacking plant.",
        K.ENFORCEMENT,
        "detained workers",
        id="workers-detained",
    ),
    pytest.param(
        "The administration moved to end protections for Haitians.",
        K.REGULATION,
        "end protections",
        id="protections-ended",
    ),
    pytest.param(
        "Mexican authorities dismantled a migrant encampment in Ciudad Juárez.",
        K.ENFORCEMENT,
        "dismantled a migrant encampment",
        id="encampment-dismantled",
    ),
    pytest.param(
        "The government launched a crackdown on smugglers along the river.",
        K.ENFORCEMENT,
        "launched a crackdown",
        id="crackdown-launched",
    ),
    pytest.param(
        "Authorities have set up checkpoints along the highway.",
        K.ENFORCEMENT,
        "set up checkpoints",
        id="checkpoints-set-up",
    ),
]


@pytest.mark.parametrize(("text", "kind", "evidence"), KINDS + MORE_PHRASINGS)
def test_each_kind_is_read_from_its_verb_and_object(text, kind, evidence):
    action = only(text)
    assert action.kind is kind
    assert action.evidence == evidence
    assert action.evidence == text[action.span.start : action.span.end]


# ---- one sentence per status ------------------------------------------------------------

STATUSES = [
    pytest.param("The legislature passed the bill last night.", K.LAW, S.ENACTED, id="enacted"),
    pytest.param(
        "The state has spent $3 billion on its border operation.",
        K.FUNDING,
        S.ONGOING,
        id="spending-that-goes-on",
    ),
    pytest.param(
        "The state spent $3 billion on its border operation in 2022.",
        K.FUNDING,
        S.ENACTED,
        id="spending-done",
    ),
    pytest.param(
        "The department announced a new parole program for Nicaraguans.",
        K.REGULATION,
        S.ANNOUNCED,
        id="announced",
    ),
    pytest.param(
        "An aide said the ministry will expand the visa program in June.",
        K.REGULATION,
        S.ANNOUNCED,
        id="announced-future-in-reported-speech",
    ),
    pytest.param(
        "The governor plans to close two more crossings next month.",
        K.CLOSURE,
        S.PLANNED,
        id="planned",
    ),
    pytest.param(
        "If the river rises, officials will close the crossing at Presidio.",
        K.CLOSURE,
        S.PLANNED,
        id="planned-conditional",
    ),
    pytest.param(
        "The deal includes a clause requiring the government to shut the crossings.",
        K.CLOSURE,
        S.PLANNED,
        id="planned-required-by-a-measure",
    ),
    pytest.param(
        "The city is expected to challenge the order in court.",
        K.LEGAL_CHALLENGE,
        S.PLANNED,
        id="planned-overrides-a-fixed-status",
    ),
    pytest.param(
        "The governor said the state would appeal the ruling.",
        K.LEGAL_CHALLENGE,
        S.PLANNED,
        id="planned-appeal-in-reported-speech",
    ),
    pytest.param(
        "The province requested $30 million for border shelters.",
        K.FUNDING,
        S.ANNOUNCED,
        id="a-request-is-announced",
    ),
    pytest.param(
        "The president halted the refugee program in January.",
        K.REGULATION,
        S.REVERSED,
        id="a-government-halting-a-measure-reverses-it",
    ),
    pytest.param(
        "The state will be repaid under the spending bill approved by Congress in June.",
        K.FUNDING,
        S.ENACTED,
        id="a-participle-after-a-measure-is-done",
    ),
    pytest.param(
        "Two counties sued the state over the border law.",
        K.LEGAL_CHALLENGE,
        S.ENACTED,
        id="a-suit-filed-is-enacted",
    ),
    pytest.param(
        "Authorities continue to deport migrants to Guatemala.",
        K.DEPORTATION,
        S.ONGOING,
        id="ongoing",
    ),
    pytest.param(
        "The navy has been returning migrants to their home ports.",
        K.DEPORTATION,
        S.ONGOING,
        id="ongoing-progressive",
    ),
    pytest.param(
        "The cabinet ended the quota in May.",
        K.REGULATION,
        S.REVERSED,
        id="the-month-may-is-no-modal",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), STATUSES)
def test_each_status_is_read_from_modality_and_tense(text, kind, status):
    action = only(text)
    assert (action.kind, action.status) == (kind, status)


def test_a_closure_whose_crossing_reopens_is_reversed():
    text = "Officials shut the rail crossing at El Paso on Monday. By Friday the crossing reopened."
    closure, reopening = actions(text)
    assert (closure.kind, closure.status) == (K.CLOSURE, S.REVERSED)
    assert (reopening.kind, reopening.status) == (K.REOPENING, S.ENACTED)
    assert closure.place is not None
    assert closure.place.name == "El Paso"


def test_closures_of_two_named_crossings_are_two_and_only_the_reopened_one_is_reversed():
    text = (
        "Officials shut the Lukeville crossing on Monday. The Morley Gate crossing was"
        " closed on Tuesday. On Friday the Lukeville crossing reopened."
    )
    closures = [a for a in actions(text) if a.kind is K.CLOSURE]
    assert [(a.place.name if a.place else None, a.status) for a in closures] == [
        ("Lukeville", S.REVERSED),
        ("Morley Gate", S.ENACTED),
    ]
    text = "Officials shut the Lukeville crossing. The closure of the Sasabe crossing followed."
    closures = [a for a in actions(text) if a.kind is K.CLOSURE]
    assert [a.place.name if a.place else None for a in closures] == ["Lukeville", "Sasabe"]


def test_closures_of_two_crossings_the_gazetteer_does_not_know_are_two():
    text = (
        "Guards shut the Westgate crossing on Monday. The Riverside crossing was closed on"
        " Tuesday. On Friday the Westgate crossing reopened."
    )
    closures = [a for a in actions(text) if a.kind is K.CLOSURE]
    assert [(a.evidence, a.status) for a in closures] == [
        ("shut the Westgate crossing", S.REVERSED),
        ("crossing was closed", S.ENACTED),
    ]


# ---- what is not an action --------------------------------------------------------------

NOT_ACTIONS = [
    pytest.param("Tighter checks would be needed along the frontier.", id="vague-need"),
    pytest.param("The governor did not sign the bill.", id="negated"),
    pytest.param("Lawmakers called for closing the border.", id="called-for"),
    pytest.param("Advocates called on the state to end the detention of families.", id="called-on"),
    pytest.param("Officials will talk with their neighbours about closing crossings.", id="talk"),
    pytest.param("Agents arrested 12,000 migrants in March.", id="tally"),
    pytest.param("Officials deported more than 5,000 people last year.", id="tally-no-object"),
    pytest.param("Shelters prepared beds for returning citizens.", id="adjective-ing"),
    pytest.param("He said it would put a halt to the smuggling of migrants.", id="noun-halt"),
    pytest.param("Migrants deported from the north slept in the plaza.", id="description"),
    pytest.param("Smugglers asked for cash in return for migrants' passage.", id="in-return"),
    pytest.param("Officials signed up volunteers in order to help families.", id="in-order-to"),
    pytest.param("Agents logged 9,100 migrant arrests in May.", id="tally-compound"),
    pytest.param(
        "Critics said he cannot use the emergency powers to take the money and build a wall.",
        id="negation-reaches-over-the-clause",
    ),
    pytest.param("Officials said they had no plans to close the crossing.", id="no-plans"),
    pytest.param("Agents expelled migrants 1.2 million times under the order.", id="tally-after"),
    pytest.param("Buses of migrants arrived in the capital overnight.", id="verb-form-as-noun"),
    pytest.param("Buses had already left the plaza with families.", id="verb-form-before-aux"),
    pytest.param("The two leaders agreed to meet again in the spring.", id="agreed-to-meet"),
    pytest.param("Migrant groups in the south have broken up.", id="perfect-is-not-passive"),
    pytest.param("Officials approved 1.2 million asylum applications last year.", id="no-sum"),
    pytest.param("Some 9,000 migrants were deported last month.", id="tally-passive"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_wishes_negations_tallies_and_descriptions_are_not_actions(text):
    assert actions(text) == ()


# ---- one record per action --------------------------------------------------------------


PLANS_WITH_FIGURES = [
    pytest.param(
        "The government plans to deport 3,000 migrants this year.",
        K.DEPORTATION,
        S.PLANNED,
        id="planned-removals",
    ),
    pytest.param(
        "The ministry said 1,500 more soldiers would deploy to the border.",
        K.ENFORCEMENT,
        S.ANNOUNCED,
        id="troops-to-come",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), PLANS_WITH_FIGURES)
def test_a_figure_on_a_plan_is_its_size_not_a_tally(text, kind, status):
    action = only(text)
    assert (action.kind, action.status) == (kind, status)


def test_a_further_step_after_an_action_is_a_second_action():
    text = (
        "Mexico deployed troops to its southern border on Monday. "
        "The ministry said more troops would deploy next month."
    )
    done, to_come = actions(text)
    assert (done.kind, done.status) == (K.ENFORCEMENT, S.ENACTED)
    assert (to_come.kind, to_come.status) == (K.ENFORCEMENT, S.ANNOUNCED)


def test_the_nearer_verb_governs_the_object():
    action = only("Critics blamed the increase on the repeal of the parole program.")
    assert (action.kind, action.status) == (K.REGULATION, S.REVERSED)
    assert action.evidence == "repeal of the parole program"


def test_a_purpose_clause_belongs_to_its_action():
    text = "The governor signed a law allowing state troopers to arrest migrants at the river."
    action = only(text)
    assert action.kind is K.LAW
    assert action.evidence == "signed a law allowing state troopers to arrest migrants"


def test_the_same_action_twice_in_a_sentence_is_one_record():
    action = only("Police fired tear gas to disperse the caravan near the bridge.")
    assert action.kind is K.ENFORCEMENT
    assert action.evidence == "fired tear gas to disperse the caravan"


def test_each_measure_an_order_directs_is_a_record_of_its_own():
    text = "The president signed an order ending the parole program and sending troops south."
    found = [(a.kind, a.status) for a in actions(text)]
    assert found == [
        (K.EXECUTIVE_ACTION, S.ENACTED),
        (K.REGULATION, S.REVERSED),
        (K.ENFORCEMENT, S.PLANNED),
    ]


def test_what_an_order_lets_happen_describes_the_order():
    action = only("The governor signed an order allowing state police to arrest migrants.")
    assert action.kind is K.EXECUTIVE_ACTION
    assert action.evidence.endswith("arrest migrants")


def test_a_measure_named_again_later_is_one_record():
    text = (
        "The president said he would declare a national emergency. "
        "Critics said the national emergency would be challenged. "
        "Declaring a national emergency is rare."
    )
    kinds = [a.kind for a in actions(text)]
    assert kinds.count(K.EXECUTIVE_ACTION) == 1


def test_a_headline_yields_to_the_body_that_restates_it():
    text = (
        "Guard blocks caravan in the south\n\nNational Guard troops blocked the highway on Sunday."
    )
    action = only(text)
    assert action.evidence == "blocked the highway"


def test_a_rule_and_a_program_are_two_measures():
    text = (
        "The ministry issued a rule on work permits. "
        "A week later the minister said it would expand its parole program."
    )
    assert [a.kind for a in actions(text)] == [K.REGULATION, K.REGULATION]


def test_a_threat_then_the_act_are_two_events():
    text = "The president threatened tariffs on Monday. On Friday he imposed tariffs on steel."
    threat, act = actions(text)
    assert (threat.kind, threat.status) == (K.EXECUTIVE_ACTION, S.PLANNED)
    assert (act.kind, act.status) == (K.EXECUTIVE_ACTION, S.ENACTED)


DESCRIBED = [
    pytest.param(
        "The city is enforcing an ordinance that bars camping near the shelter.",
        K.LAW,
        id="relative-clause-says-what-a-law-does",
    ),
    pytest.param(
        "Critics attacked a state rule which limits shelter stays to six months.",
        K.REGULATION,
        id="relative-clause-on-a-rule",
    ),
    pytest.param(
        "The trucks arrived under a security deal worth $4 million.",
        K.AGREEMENT,
        id="a-deal-and-its-worth",
    ),
]


@pytest.mark.parametrize(("text", "kind"), DESCRIBED)
def test_a_measure_described_by_a_relative_clause_is_an_action(text, kind):
    assert only(text).kind is kind


def test_a_measure_in_an_object_relative_clause_is_no_action():
    assert actions("Reporters asked about the policy that officials described last week.") == ()


def test_making_people_eligible_for_a_status_is_a_regulation():
    action = only("The department said 200,000 Salvadorans would be eligible for protected status.")
    assert (action.kind, action.status) == (K.REGULATION, S.ANNOUNCED)
    assert action.evidence == "eligible for protected status"


# ---- actor and place --------------------------------------------------------------------


def test_the_actor_is_the_officials_surname():
    text = "On Monday Greg Abbott signed a bill on border arrests."
    abbott = Official("Greg Abbott", "Abbott", "Governor", "US", spans=[Span(10, 21)])
    assert only(text, (abbott,)).actor == "Abbott"


ACTORS = [
    pytest.param("CBP closed the port of entry at Lukeville.", "CBP", "Lukeville", id="agency"),
    pytest.param(
        "Guatemalan police fired tear gas at the group.",
        "Guatemala",
        "Guatemala",
        id="demonym-force",
    ),
    pytest.param(
        "El Paso County sued the state over the law.", "El Paso County", "El Paso", id="county"
    ),
    pytest.param("Texas sued the federal government over the wire.", "Texas", "Texas", id="state"),
    pytest.param(
        "PHOENIX — A federal judge ruled on Friday.",
        "federal judge",
        "United States",
        id="court-after-a-dateline",
    ),
    pytest.param(
        "The ruling was a win for the Justice Department, which sued the state.",
        "Department of Justice",
        "United States",
        id="relative-clause",
    ),
    pytest.param(
        "The Pentagon sent 800 more troops to the Arizona border.",
        "Pentagon",
        "Arizona",
        id="defense-body",
    ),
    pytest.param(
        "The ACLU sued the city over the curfew on shelters.",
        "ACLU",
        None,
        id="rights-group-suing",
    ),
    pytest.param(
        "The Legislature approved a $1 billion border package.",
        "Legislature",
        None,
        id="legislature",
    ),
    pytest.param(
        "Officials said the crossing was closed by Mexican police on Sunday.",
        "Mexico",
        "Mexico",
        id="demonym-force-as-agent",
    ),
    pytest.param(
        "Shelters braced for the law passed by Congress last month.",
        "Congress",
        None,
        id="agent-of-a-participle-after-a-measure",
    ),
    pytest.param(
        "After Harris' visit, Mexico deployed troops to Chiapas.",
        "Mexico",
        "Chiapas",
        id="not-a-possessive",
    ),
    pytest.param(
        "The Trump administration took office. Weeks later the administration ended the program.",
        "Trump administration",
        "United States",
        id="the-administration",
    ),
    pytest.param(
        "Honduras's government declared a state of siege in two provinces.",
        "Honduras",
        "Honduras",
        id="possessive-country-government",
    ),
    pytest.param(
        "The Pentagon's request for $2 billion in border funds drew criticism.",
        "Pentagon",
        "United States",
        id="possessor-of-a-measure",
    ),
    pytest.param(
        "Lawmakers weighed the Pentagon's supplemental budget request on Tuesday.",
        "Pentagon",
        "United States",
        id="possessor-not-the-subject",
    ),
    pytest.param(
        "Immigrant advocates sued the state over the curfew.",
        "rights groups",
        None,
        id="advocates-suing",
    ),
    pytest.param(
        "U.S. officials expanded the parole program for Haitians.",
        "United States",
        "United States",
        id="country-name-before-a-force",
    ),
    pytest.param(
        "The measure was challenged by the Biden administration.",
        "Biden administration",
        "United States",
        id="passive-agent",
    ),
]


@pytest.mark.parametrize(("text", "actor", "place"), ACTORS)
def test_the_actor_is_the_body_that_acts(text, actor, place):
    action = only(text)
    assert action.actor == actor
    assert (action.place.name if action.place else None) == place


def test_a_spelled_out_agency_is_named_as_written_unless_its_acronym_is_used():
    spelled = only("The Federal Emergency Management Agency opened an intake site in Dallas.")
    assert spelled.actor == "Federal Emergency Management Agency"
    abbreviated = actions(
        "The Federal Emergency Management Agency (FEMA) opened an intake site in Dallas."
    )
    assert [action.actor for action in abbreviated] == ["FEMA"]


def test_a_name_after_a_preposition_is_not_the_actor():
    action = only("The agency needs money from Congress, as set out in its budget request.")
    assert action.kind is K.FUNDING
    assert action.actor is None


def test_the_date_is_the_nearest_date_expression_resolved_against_publication():
    action = only("Texas sued the federal government over the buoys on Monday.")
    assert action.date is not None
    assert action.date.text == "on Monday"
    assert action.date.start == dt.date(2024, 3, 4)  # the Monday before Friday 8 March


def test_a_destination_is_not_the_place_but_a_deportations_is():
    stopped = only("Soldiers blocked migrants headed to the United States.")
    assert stopped.place is None
    flights = only("The government deported migrants to Honduras.")
    assert flights.place is not None
    assert flights.place.name == "Honduras"


def test_a_capital_standing_for_its_government_is_not_the_place():
    text = "In Laredo, the mayor asked Washington for $8 million in emergency grants."
    action = only(text)
    assert action.kind is K.FUNDING
    assert action.place is not None
    assert action.place.name == "Laredo"


def test_the_dateline_is_the_place_when_the_sentence_names_none():
    text = "TIJUANA, Mexico (AP) — Police blocked a group of migrants on Sunday."
    action = only(text)
    assert action.place is not None
    assert action.place.name == "Mexico"


PLACES = [
    pytest.param(
        "An appeals court in Seattle ruled against the administration on Tuesday.",
        "Seattle",
        id="court-seat-the-gazetteer-knows",
    ),
    pytest.param(
        "Honduras will run deportation flights as long as Mexico pays for them.",
        "Honduras",
        id="no-site-in-a-clause-of-condition",
    ),
    pytest.param(
        "Guatemala posted 3,000 police across the country in an effort to stop smugglers "
        "based in Mexico.",
        "Guatemala",
        id="whole-country-before-a-purpose-clause",
    ),
    pytest.param(
        "A caravan reached Tapachula on Sunday. Police there blocked the highway.",
        "Tapachula",
        id="there-refers-to-the-sentence-before",
    ),
    pytest.param(
        "Migrants gathered near Reynosa and Laredo. Soldiers blocked the highway in the city.",
        "Laredo",
        id="the-city-is-the-last-city-before",
    ),
    pytest.param(
        "A caravan reached Tapachula on Sunday.\n\nPolice there blocked the highway.",
        None,
        id="there-reaches-no-other-paragraph",
    ),
    pytest.param(
        "A caravan reached Tapachula on Sunday. There were soldiers who blocked the highway.",
        None,
        id="there-before-a-verb-is-no-place",
    ),
    pytest.param(
        "The Pentagon will send 3,000 more troops to the border next month.",
        "border",
        id="a-border-no-name-qualifies",
    ),
    pytest.param(
        "The Pentagon will send 3,000 more troops to the border with Mexico.",
        "border with Mexico",
        id="a-border-named-by-its-neighbour",
    ),
    pytest.param(
        "Texas appealed the ruling to the 5th U.S. Circuit Court of Appeals on Friday.",
        "Texas",
        id="a-country-in-a-courts-name-is-no-site",
    ),
    pytest.param(
        "The court ruled in Biden v. Texas that the agency may end the program.",
        None,
        id="a-party-to-a-case-is-no-site",
    ),
    pytest.param(
        "Guatemala stationed 1,200 soldiers in Mexico's southwest on Monday.",
        "Mexico's southwest",
        id="part-of-a-country",
    ),
    pytest.param(
        "Honduras agreed to take back deportees from the United States.",
        "Honduras",
        id="agreement-is-where-the-party-governs",
    ),
    pytest.param(
        "The governor deployed troops along the southern border.",
        "southern border",
        id="border-as-written",
    ),
    pytest.param(
        "Mexico stationed guardsmen at the Guatemalan border on Monday.",
        "Guatemalan border",
        id="border-named-by-demonym",
    ),
    pytest.param(
        "Washington will expand a program that returns asylum seekers to Mexican border towns.",
        "United States",
        id="border-towns-are-no-border",
    ),
    pytest.param(
        "The president imposed tariffs on Colombian coffee.",
        "Colombia",
        id="sanction-target",
    ),
    pytest.param(
        "Texas passed a law on border arrests. A county challenged the measure in court.",
        "Texas",
        id="challenge-is-where-its-measure-is",
    ),
    pytest.param(
        "Officials closed the rail bridge in Laredo on Monday. The bridge reopened on Friday.",
        "Laredo",
        id="reopening-is-where-the-closure-was",
    ),
    pytest.param(
        "A caravan was bound for the United States, and soldiers blocked the highway.",
        None,
        id="destination-before-is-not-the-place",
    ),
    pytest.param(
        "The caravan from Tapachula was blocked by police near Huixtla on Sunday.",
        "Huixtla",
        id="passive-site-after-the-verb-not-the-subjects-origin",
    ),
    pytest.param(
        "Venezuela blocked the U.S. deportation flights on Monday.",
        "Venezuela",
        id="country-modifying-a-noun-is-no-site",
    ),
    pytest.param(
        "Mexico deployed soldiers along the U.S. border in March.",
        "U.S. border",
        id="country-border-as-written",
    ),
    pytest.param(
        "The secretary will close the border to travelers for a week.",
        "border",
        id="a-closed-border-is-the-site",
    ),
    pytest.param(
        "The ministry announced a task force meant to pursue the smuggling and trafficking"
        " networks that operate in Honduras.",
        "Honduras",
        id="far-site-something-is-in-within-the-clause",
    ),
    pytest.param(
        "Mexican soldiers detained the migrants, who had crossed from Guatemala, near Tapachula.",
        "Tapachula",
        id="where-people-came-from-is-not-the-site",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_the_place_is_the_jurisdiction_or_site_affected(text, place):
    action = actions(text)[-1]
    assert (action.place.name if action.place else None) == place


def test_a_place_before_while_belongs_to_the_other_clause():
    text = (
        "Guatemala sent 1,000 police to its border with Honduras, while its soldiers set up "
        "12 checkpoints on Monday."
    )
    checkpoints = actions(text)[-1]
    assert checkpoints.evidence == "set up 12 checkpoints"
    assert (checkpoints.place.name if checkpoints.place else None) == "Guatemala"


def test_the_agent_is_the_body_whose_forces_acted():
    action = only("The caravan was broken up by agents from the National Migration Institute.")
    assert action.actor is not None
    assert action.actor.endswith("Migration Institute")


def test_a_name_listed_after_a_preposition_is_no_subject():
    action = only("After talks with Guatemala and Belize, soldiers blocked the highway on Monday.")
    assert action.actor is None


def test_a_place_past_although_is_the_other_clauses_not_the_measures():
    text = (
        "The Department of Homeland Security ended the program in July, although a federal "
        "court in Los Angeles halted the decision in December."
    )
    ended, halted = actions(text)
    assert (ended.place.name if ended.place else None) == "United States"
    assert (halted.place.name if halted.place else None) == "Los Angeles"


JURISDICTIONS = [
    pytest.param(
        "Foreign Minister Ana Ruiz sued the neighbouring government over the wall.",
        "Ana Ruiz",
        "GT",
        "Guatemala",
        id="official-governs-her-country",
    ),
    pytest.param(
        "AUSTIN, Texas (AP) - Attorney General Ken Paxton sued the federal government.",
        "Ken Paxton",
        "US",
        "Texas",
        id="dateline-in-the-officials-country-narrows-it",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "place"), JURISDICTIONS)
def test_an_official_acts_in_the_jurisdiction_they_serve(text, name, country, place):
    start = text.index(name)
    official = Official(
        name, name.split()[-1], None, country, spans=[Span(start, start + len(name))]
    )
    action = only(text, (official,))
    assert action.actor == official.surname
    assert action.place is not None
    assert action.place.name == place


def test_a_dateline_is_not_the_actor():
    action = only("LAREDO, Texas - The mayor declared a state of emergency.")
    assert action.actor is None


def test_not_stated_is_none():
    action = only("The crossings were closed.")
    assert (action.actor, action.place, action.date) == (None, None, None)


# ---- the seed article -------------------------------------------------------------------

SEED_ACTIONS = [
    pytest.param("limits on access to asylum", K.REGULATION, None, id="asylum-limits"),
    pytest.param("deporting migrants", K.DEPORTATION, None, id="deporting"),
    pytest.param("signed a law", K.LAW, S.ENACTED, id="law"),
    pytest.param("challenged the measure", K.LEGAL_CHALLENGE, S.ENACTED, id="challenge"),
    pytest.param("closure of railway crossings", K.CLOSURE, S.REVERSED, id="rail-closure"),
    pytest.param("closing the port of entry", K.CLOSURE, None, id="lukeville"),
    pytest.param("supplemental budget request", K.FUNDING, S.ANNOUNCED, id="budget"),
]


@pytest.fixture(scope="module")
def seed_article() -> mn.Article:
    seed = default_seed()  # the embedded seed article
    return mn.parse(seed.text, published=seed.published)


@pytest.mark.parametrize(("phrase", "kind", "status"), SEED_ACTIONS)
def test_the_seed_articles_actions_are_found(seed_article, phrase, kind, status):
    start = seed_article.text.index(phrase)
    phrase_span = Span(start, start + len(phrase))
    hits = [a for a in seed_article.policy_actions if a.span.overlaps(phrase_span)]
    assert [a.kind for a in hits] == [kind]
    if status is not None:
        assert hits[0].status is status


def test_the_seed_law_is_abbotts_in_texas(seed_article):
    law = next(a for a in seed_article.policy_actions if a.kind is K.LAW)
    assert law.actor == "Abbott"
    assert law.place is not None
    assert law.place.name == "Texas"
    assert law.evidence.startswith("signed a law authorizing")


def test_the_seed_has_no_action_for_a_wish(seed_article):
    start = seed_article.text.index("more controls are needed")
    wish = Span(start, start + len("more controls are needed"))
    assert not [a for a in seed_article.policy_actions if a.span.overlaps(wish)]


# ---- known gaps -------------------------------------------------------------------------


def test_a_senate_deal_on_a_bill_is_a_law():
    action = only("Senators unveiled a bipartisan agreement to rewrite the asylum system.")
    assert action.kind is K.LAW


def test_a_deal_struck_by_a_group_of_legislators_is_a_bill_they_propose():
    action = only("A handful of Senate moderates unveiled a deal on asylum screening.")
    assert (action.kind, action.actor, action.status) == (K.LAW, "Senate", S.ANNOUNCED)


def test_a_joint_campaign_is_an_agreement():
    action = only("Chile, Peru and Bolivia will launch a joint campaign against smuggling.")
    assert action.kind is K.AGREEMENT
    assert action.actor == "Chile, Peru and Bolivia"


def test_a_campaign_one_government_launches_is_its_own():
    action = only("Peru will launch a campaign against smuggling networks.")
    assert (action.kind, action.actor) == (K.ENFORCEMENT, "Peru")


def test_a_listed_government_is_not_a_joint_subject():
    text = "After talks with Chile, Peru launched a campaign against smuggling networks."
    action = only(text)
    assert (action.kind, action.actor) == (K.ENFORCEMENT, "Peru")


# ---- courts: the ruling and the measure it acts on ---------------------------------------

COURT_RULINGS = [
    pytest.param(
        "A judge temporarily blocked the new screening order on Friday.",
        (K.LEGAL_CHALLENGE, S.ENACTED, "blocked the new screening order"),
        (K.EXECUTIVE_ACTION, S.CHALLENGED, "order"),
        id="blocked-order",
    ),
    pytest.param(
        "A federal judge temporarily halted the asylum policy on Tuesday.",
        (K.LEGAL_CHALLENGE, S.ENACTED, "halted the asylum policy"),
        (K.REGULATION, S.CHALLENGED, "asylum policy"),
        id="a-court-halting-a-measure-challenges-it",
    ),
    pytest.param(
        "A federal judge struck down the state law in March.",
        (K.LEGAL_CHALLENGE, S.ENACTED, "struck down the state law"),
        (K.LAW, S.REVERSED, "law"),
        id="a-court-striking-a-measure-down-reverses-it",
    ),
    pytest.param(
        "The rule was enjoined by an appeals court last week.",
        (K.LEGAL_CHALLENGE, S.ENACTED, "rule was enjoined"),
        (K.REGULATION, S.CHALLENGED, "rule"),
        id="passive-court",
    ),
]


@pytest.mark.parametrize(("text", "ruling", "measure"), COURT_RULINGS)
def test_a_court_ruling_and_the_measure_it_acts_on_are_two_records(text, ruling, measure):
    found = {a.kind: a for a in actions(text)}
    assert len(found) == 2
    for kind, status, evidence in (ruling, measure):
        assert (found[kind].status, found[kind].evidence) == (status, evidence)


def test_the_measure_a_court_acts_on_belongs_to_its_owner():
    text = "A federal judge blocked Texas's new border law on Thursday."
    law = next(a for a in actions(text) if a.kind is K.LAW)
    assert (law.actor, law.status) == ("Texas", S.CHALLENGED)


def test_an_unnamed_judge_is_the_judge_the_article_names():
    text = "A federal judge paused the rule on Monday. Lopez wrote that it was rushed."
    start = text.index("Lopez")
    judge = Official(
        name="Maria Lopez",
        surname="Lopez",
        title="District Judge",
        country="US",
        spans=(Span(start, start + 5),),
    )
    ruling = next(a for a in actions(text, (judge,)) if a.kind is K.LEGAL_CHALLENGE)
    assert ruling.actor == "Lopez"


COURT_ONLY = [
    pytest.param("The appeals court ruled that the program could end.", 1, id="court-ruled"),
    pytest.param(
        "A district court ordered the agency to restore the program.", 1, id="court-ordered"
    ),
    pytest.param("The panel upheld the lower court's decision.", 1, id="panel-upheld"),
    pytest.param("The governor ordered a review of the shelters.", 0, id="governor-ordered"),
    pytest.param("The mayor ruled out a curfew.", 0, id="ruled-out"),
]


@pytest.mark.parametrize(("text", "rulings"), COURT_ONLY)
def test_ruling_verbs_are_rulings_only_when_a_court_acts(text, rulings):
    found = [a for a in actions(text) if a.kind is K.LEGAL_CHALLENGE]
    assert len(found) == rulings
    assert all(a.status is S.ENACTED for a in found)


def test_a_court_blocking_an_attempt_is_a_ruling_but_a_government_blocking_one_is_not():
    court = actions("A federal judge blocked the administration's push to end the permits.")
    assert [a.kind for a in court][:1] == [K.LEGAL_CHALLENGE]
    assert not [
        a for a in actions("Police blocked an attempt to cross.") if a.kind is K.LEGAL_CHALLENGE
    ]


def test_a_pronoun_subject_is_the_official_named_before():
    text = "Noem spoke on Monday. A court found she acted unlawfully when she ended the permits."
    start = text.index("Noem")
    noem = Official(
        name="Kristi Noem",
        surname="Noem",
        title="Secretary",
        country="US",
        spans=(Span(start, start + 4),),
    )
    ended = next(a for a in actions(text, (noem,)) if a.evidence.startswith("ended"))
    assert (ended.kind, ended.actor) == (K.REGULATION, "Noem")


def test_a_word_in_quotes_does_not_open_a_new_clause():
    action = only('The governor said the state would "certainly" appeal the ruling.')
    assert (action.kind, action.status) == (K.LEGAL_CHALLENGE, S.PLANNED)


def test_a_court_allowing_a_law_is_a_legal_challenge():
    action = only("An appeals court allowed the state law to take effect.")
    assert action.kind is K.LEGAL_CHALLENGE


# ---- robustness -------------------------------------------------------------------------

ADVERSARIAL = texts("policy", 20_000)  # shared with the scaling check and the benchmark


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_read_without_raising(name):
    found = actions(ADVERSARIAL[name])
    assert all(a.evidence == ADVERSARIAL[name][a.span.start : a.span.end] for a in found)


WORDS = [
    "signed", "a law", "the", "closed", "port of entry", "Lukeville", "deported", "migrants",
    "will", "not", "plans to", "sued", "CBP", "Mexican", "police", "tear gas", ",", ".", "\n",
    "the crossing", "reopened", "Abbott", "County", "6,000", "agreed to", "budget request",
]  # fmt: skip


@given(hs.lists(hs.sampled_from(WORDS), max_size=60))
def test_news_like_word_salad_never_raises(words):
    text = " ".join(words)
    for action in actions(text):
        assert action.evidence == text[action.span.start : action.span.end]
        assert action.evidence


@given(hs.text(max_size=300))
def test_any_text_never_raises(text):
    for action in actions(text):
        assert 0 <= action.span.start <= action.span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Two more states joined the lawsuit on Monday.", "legal_challenge", "enacted"),
        ("Honduras joined the regional pact last year.", "agreement", "enacted"),
    ],
)
def test_joining_a_lawsuit_or_a_pact_is_an_action_of_its_own(text, kind, status):
    action = only(text)
    assert action.kind.value == kind
    assert action.status.value == status
    assert action.evidence.startswith("joined")


# ---- clause structure, moves and returns ------------------------------------------------


def test_a_measure_an_action_is_done_under_is_a_record_of_its_own():
    found = actions("Guatemala returned the families under a pact signed in March.")
    assert sorted(a.kind.value for a in found) == ["agreement", "deportation"]


def test_an_action_a_ruling_prevents_is_not_done():
    found = actions("The order prevents the agency from ending the parole program.")
    assert not [a for a in found if a.evidence.startswith("ending")]


def test_a_verb_inside_a_compound_word_is_no_verb():
    found = actions("The deal runs until end-2025 and the agreement covers returns.")
    assert not [a for a in found if a.evidence.startswith("end")]


def test_a_signed_deal_stays_done_when_someone_reports_it():
    action = only("The minister said Honduras had signed an agreement with Spain on Monday.")
    assert (action.kind, action.status) == (K.AGREEMENT, S.ENACTED)


def test_moving_migrants_inside_a_country_is_a_programme_not_a_tally():
    action = only("The state has sent more than 4,000 migrants to Chicago since May.")
    assert (action.kind, action.status) == (K.REGULATION, S.ONGOING)


def test_sending_migrants_back_is_a_return():
    action = only("Officials will send the migrants back to their home countries.")
    assert action.kind is K.DEPORTATION


def test_a_vow_to_keep_doing_something_is_a_plan():
    action = only("The governor vowed to keep busing migrants to the capital.")
    assert (action.kind, action.status) == (K.REGULATION, S.PLANNED)


# ---- actors and places ------------------------------------------------------------------


def test_a_national_body_acts_in_its_country():
    action = only("The Department of Homeland Security ended the parole program.")
    assert action.place is not None
    assert action.place.name == "United States"


def test_an_agreement_is_placed_with_the_partner_it_was_made_with():
    action = only("Mexico reached an agreement with Guatemala on Monday.")
    assert (action.kind, action.actor) == (K.AGREEMENT, "Mexico")
    assert action.place is not None
    assert action.place.name == "Guatemala"


def test_the_state_of_a_place_is_that_place_acting():
    action = only("The state of Texas filed a lawsuit against the federal rule.")
    assert (action.kind, action.actor) == (K.LEGAL_CHALLENGE, "Texas")


def test_a_passive_agent_behind_titles_is_the_official_not_his_country():
    text = "Thousands waited under the asylum policy implemented by US President Ana Ruiz."
    start = text.index("President Ana Ruiz")
    ruiz = Official(
        name="Ana Ruiz",
        surname="Ruiz",
        title="President",
        country="US",
        spans=(Span(start, start + len("President Ana Ruiz")),),
    )
    action = only(text, (ruiz,))
    assert action.actor == "Ruiz"


def test_a_measure_named_by_its_owner_belongs_to_the_owner():
    text = "A judge heard arguments on the Texas law that would let police arrest migrants."
    law = next(a for a in actions(text) if a.kind is K.LAW)
    assert law.actor == "Texas"


# ---- measures ended, paused, resumed; grants; named operations --------------------------

LIFECYCLE = [
    pytest.param(
        "The sponsorship program was put on hold in March.",
        K.REGULATION,
        S.REVERSED,
        id="put-on-hold",
    ),
    pytest.param(
        "The agency cancelled the work permits of 5,000 parolees.",
        K.REGULATION,
        S.REVERSED,
        id="cancelled-permits",
    ),
    pytest.param(
        "The government froze the refugee program last week.", K.REGULATION, S.REVERSED, id="froze"
    ),
    pytest.param(
        "Washington resumed deportations to Haiti on Thursday.",
        K.DEPORTATION,
        S.ENACTED,
        id="resumed-deportations",
    ),
    pytest.param(
        "The ministry suspended removals to the north after the storm.",
        K.DEPORTATION,
        S.REVERSED,
        id="suspended-removals",
    ),
    pytest.param(
        "Hundreds of migrants received humanitarian visas in Tapachula.",
        K.REGULATION,
        S.ENACTED,
        id="received-visas",
    ),
    pytest.param(
        "The state has spent $4 billion so far on Operation Clear Sky.",
        K.FUNDING,
        S.ONGOING,
        id="spent-on-a-named-operation",
    ),
    pytest.param(
        "Officials defended Operation River Watch at a hearing.",
        K.ENFORCEMENT,
        S.ONGOING,
        id="named-operation-alone",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), LIFECYCLE)
def test_measures_ended_resumed_granted_and_named(text, kind, status):
    action = only(text)
    assert (action.kind, action.status) == (kind, status)


def test_a_measure_mentioned_again_by_a_noun_is_the_same_measure():
    text = (
        "The governor declared a state of emergency on Monday. "
        "Critics said a state of emergency gives him broad powers."
    )
    assert len(actions(text)) == 1


# ---- status through the sentence a court rules in; actors from the sentence -------------


def test_what_a_court_rules_unlawful_is_challenged():
    text = "The appeals court ruled that the minister acted unlawfully when she ended the permits."
    ended = next(a for a in actions(text) if a.kind is K.REGULATION)
    assert ended.status is S.CHALLENGED


def test_a_measure_an_injunction_is_against_is_challenged():
    text = "A judge issued an injunction on Friday against the Texas law that lets police deport."
    law = next(a for a in actions(text) if a.kind is K.LAW)
    assert law.status is S.CHALLENGED


def test_a_participle_clause_shares_the_future_of_its_main_verb():
    text = "Honduras will send 900 police to its border, setting up 12 checkpoints on the roads."
    checkpoints = next(a for a in actions(text) if a.evidence.startswith("setting up"))
    assert checkpoints.status is S.PLANNED


def test_an_action_whose_clause_names_no_one_is_done_by_the_sentences_subject():
    text = "Mexico faces pressure from Washington; more troops were sent south on Friday."
    action = only(text)
    assert action.actor == "Mexico"


def test_an_action_with_no_actor_in_its_sentence_takes_the_one_just_before():
    text = "Panama closed two jungle paths on Monday. Checkpoints were set up on the trails."
    closure, checkpoints = actions(text)
    assert (closure.actor, checkpoints.actor) == ("Panama", "Panama")


def test_a_noun_modifying_the_object_does_not_govern_it():
    action = only("Washington will cover the repatriation costs of the returnees.")
    assert (action.kind, action.evidence) == (K.FUNDING, "cover the repatriation costs")


def test_a_measure_and_its_ending_are_two_records():
    text = (
        "The parole program that was created in 2022 let families reunite. "
        "The department said on Friday it was ending the program."
    )
    statuses = [a.status for a in actions(text) if a.kind is K.REGULATION]
    assert statuses == [S.ENACTED, S.REVERSED]


def test_an_opening_quote_on_a_measure_name_does_not_break_the_phrase():
    action = only("The agency expanded the “Remain in Mexico” program in May.")
    assert (action.kind, action.evidence) == (K.REGULATION, "expanded the “Remain in Mexico")


def test_a_commitment_is_announced():
    action = only("The government committed to covering the costs of the return flights.")
    assert (action.kind, action.status) == (K.FUNDING, S.ANNOUNCED)


def test_the_head_of_a_compound_name_is_the_object():
    action = only("The minister suspended the Asylum Cooperation Agreement on Friday.")
    assert (action.kind, action.status) == (K.AGREEMENT, S.REVERSED)


def test_a_denied_action_is_not_done():
    assert not actions("The two governments denied signing a safe third country agreement.")


def test_any_leaders_administration_is_an_actor():
    action = only("The Bukele Administration suspended the visa program in May.")
    assert action.actor == "Bukele administration"


def test_the_speaker_after_an_agentless_passive_is_the_actor():
    found = actions("More troops will be deployed to the river on Tuesday, said Texas.")
    assert [a.actor for a in found] == ["Texas"]


def test_the_same_deployment_by_two_governments_is_two_records():
    text = "Arizona sent troops to the border on Monday. Texas also sent troops to the border."
    assert [a.actor for a in actions(text)] == ["Arizona", "Texas"]


def test_guard_members_are_troops():
    action = only("The governor committed 300 Guard members to the border on Monday.")
    assert action.kind is K.ENFORCEMENT


def test_what_a_law_empowers_someone_to_do_is_not_an_action_of_its_own():
    found = actions(
        "The court let stand a statute that gave deputies the authority to arrest people."
    )
    assert not [a for a in found if a.kind is K.ENFORCEMENT]


def test_a_stay_a_court_issues_is_a_ruling():
    action = only("The appeals panel issued a stay on Tuesday evening.")
    assert (action.kind, action.status, action.actor) == (
        K.LEGAL_CHALLENGE,
        S.ENACTED,
        "appeals panel",
    )


def test_lifting_a_pause_is_no_challenge_to_the_measure():
    found = actions("The appeals court lifted a pause on the measure by a 2-1 vote.")
    assert not [a for a in found if a.status is S.CHALLENGED]


def test_a_city_or_state_is_named_as_the_article_writes_it():
    action = only("Texas bused 300 more migrants to D.C. on Friday.")
    assert action.place is not None
    assert action.place.name == "D.C."


def test_his_government_is_the_official_named_before():
    text = "Mulino spoke on Friday. His government will deport migrants who cross the jungle."
    mulino = Official(
        name="José Raúl Mulino",
        surname="Mulino",
        title="President",
        country="PA",
        spans=(Span(0, 6),),
    )
    assert only(text, (mulino,)).actor == "Mulino"


def test_a_passive_subject_before_a_relative_clause_is_found():
    action = only("The migrant caravan, which was heading north along the coast, was dissolved.")
    assert action.kind is K.ENFORCEMENT
    assert action.evidence.startswith("migrant caravan")


def test_people_returned_to_a_city_were_moved_not_deported():
    action = only("Guardsmen returned the migrants to Tapachula on Sunday.")
    assert action.kind is K.REGULATION


def test_a_participle_after_a_determiner_is_an_adjective():
    assert not actions("The detained migrants waited for hours in the heat.")


def test_the_purpose_of_an_order_attaches_to_it():
    action = only("The president declared a national emergency to build the wall.")
    assert action.evidence == "declared a national emergency to build the wall"


def test_a_list_of_measures_an_order_directs_splits_at_each_one():
    text = (
        "The president signed orders sending troops to the border, ending the parole "
        "program and suspending refugee admissions."
    )
    assert [a.kind for a in actions(text)] == [
        K.EXECUTIVE_ACTION,
        K.ENFORCEMENT,
        K.REGULATION,
        K.REGULATION,
    ]


def test_where_people_came_from_is_not_where_a_measure_applies():
    text = "Noem moved to end protections for thousands of people from Haiti."
    noem = Official(
        name="Kristi Noem", surname="Noem", title="Secretary", country="US", spans=(Span(0, 4),)
    )
    action = only(text, (noem,))
    assert action.place is not None
    assert action.place.name == "United States"


def test_a_place_inside_a_measures_name_is_not_its_site():
    action = only("The administration expanded the Remain in Mexico program on Monday.")
    assert action.place is None or action.place.name != "Mexico"


def test_an_official_allowing_something_is_no_ruling():
    assert not [
        a
        for a in actions("The governor allowed the shelters to stay open.")
        if a.kind is K.LEGAL_CHALLENGE
    ]
