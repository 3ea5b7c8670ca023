"""Policy actors and places on text no rule was tuned on (issue 12, fifth round of actor
work): who commands an agency acts, the UK's and the EU's own agencies, and a federal
court's ruling on a state's law is in that state. Every sentence was written for this file
after reading how several outlets phrase the thing; none comes from the development set or
the audited pages.
"""

from __future__ import annotations

import pytest

import migrationnews
from migrationnews.records import PolicyAction, PolicyKind


def actions(text: str, kind: PolicyKind) -> list[PolicyAction]:
    return [a for a in migrationnews.parse(text).policy_actions if a.kind is kind]


def place_name(action: PolicyAction) -> str | None:
    return action.place.name if action.place is not None else None


# --- who commands acts, not the agency commanded ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Trump has directed Immigration and Customs Enforcement (ICE) officers "
            "to start arresting families with final removal orders, officials said.",
            "Trump",
            id="directed-agency-with-acronym",
        ),
        pytest.param(
            "Secretary Ruth Alder instructed U.S. Customs and Border Protection to reassign "
            "400 officers to the southern border.",
            "Alder",
            id="instructed-agency",
        ),
        pytest.param(
            "Secretary Ruth Alder issued written orders to U.S. Customs and Border Protection "
            "to deploy 750 more officers to the southern border.",
            "Alder",
            id="orders-to-agency",
        ),
        pytest.param(
            "Governor Lena Marsh ordered the state National Guard to deploy to the border "
            "crossings near the river on Friday.",
            "Marsh",
            id="ordered-the-guard",
        ),
    ],
)
def test_who_commands_an_agency_acts(text: str, expected: str) -> None:
    found = actions(text, PolicyKind.ENFORCEMENT)
    assert [a.actor for a in found][-1:] == [expected], text


def test_an_agency_acting_on_its_own_is_still_the_actor() -> None:
    text = "ICE agents will begin raids in three counties on Tuesday."
    assert [a.actor for a in actions(text, PolicyKind.ENFORCEMENT)] == ["ICE"]


def test_an_agency_told_of_nothing_to_do_is_still_the_actor() -> None:
    # "to the border" is where troops go, not what the Pentagon is told to do
    text = "The Pentagon will deploy 300 more troops to the border on Monday, Ann Vale said."
    assert [a.actor for a in actions(text, PolicyKind.ENFORCEMENT)] == ["Pentagon"]


# --- the UK's and the EU's own agencies, and a state's police ------------------------------


def test_the_home_office_acts_in_the_uk() -> None:
    text = (
        "The Home Office announced on Tuesday that a new cap on resettled refugees "
        "would start next year."
    )
    found = actions(text, PolicyKind.REGULATION)
    assert [(a.actor, place_name(a)) for a in found] == [("Home Office", "United Kingdom")]


def test_the_european_commission_is_an_actor() -> None:
    text = (
        "The European Commission proposed new rules on Tuesday to speed up deportations "
        "of rejected asylum seekers."
    )
    found = migrationnews.parse(text).policy_actions
    assert found
    assert {a.actor for a in found} == {"European Commission"}


def test_a_state_police_agency_is_an_actor_in_its_state() -> None:
    text = "The Texas Department of Public Safety will deploy 500 more troopers to the border."
    found = actions(text, PolicyKind.ENFORCEMENT)
    assert [a.actor for a in found] == ["Texas Department of Public Safety"]


# --- a federal court's ruling on a state's law is in that state -----------------------------


def test_appeals_ruling_on_the_law_is_in_the_state() -> None:
    text = (
        "Arizona lawmakers passed House Bill 2020 last year, letting state police arrest "
        "people who cross the border illegally. In June, a panel of the United States 9th "
        "Circuit Court of Appeals ruled that the law is preempted."
    )
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    courts = [a for a in found if a.actor and "Court" in a.actor]
    assert courts, [(a.actor, a.evidence) for a in found]
    assert place_name(courts[0]) == "Arizona"


def test_ruling_that_a_federal_policy_broke_the_law_stays_national() -> None:
    text = (
        "Advocates in California sued over the parole program's end. A federal appeals "
        "court ruled on Friday that the department violated the law when it ended the "
        "program."
    )
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    courts = [a for a in found if a.actor and "court" in a.actor.lower()]
    assert courts, [(a.actor, a.evidence) for a in found]
    assert place_name(courts[0]) != "California"


# --- who sues over a measure, or rules on it, is not whose measure it is ---------------------


def test_a_law_in_apposition_is_its_possessors() -> None:
    text = (
        "Civil rights groups filed a motion on Monday seeking to block Utah's SB 76, a "
        "sweeping law that would let deputies detain migrants."
    )
    assert [a.actor for a in actions(text, PolicyKind.LAW)] == ["Utah"]


def test_a_measure_sued_over_is_not_the_plaintiffs() -> None:
    text = (
        "The ACLU sued on Tuesday over the county's new ordinance, a measure that bars "
        "shelters from housing migrants."
    )
    laws = actions(text, PolicyKind.LAW)
    assert laws
    assert all(a.actor != "ACLU" for a in laws)
    assert [a.actor for a in actions(text, PolicyKind.LEGAL_CHALLENGE)] == ["ACLU"]


def test_who_is_kept_from_enforcing_a_law_owns_it() -> None:
    text = (
        "Nebraska Attorney General Ann Vale asked the full appeals court to reconsider its "
        "decision to uphold a ruling that prevents the state from enforcing a 2024 law "
        "that would allow deputies to arrest migrants."
    )
    assert [a.actor for a in actions(text, PolicyKind.LAW)] == ["Nebraska"]


def test_a_law_blocked_in_court_is_not_sued_by_its_state() -> None:
    text = "The Oklahoma law faces several legal challenges and is blocked in court for now."
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert found
    assert all(a.actor != "Oklahoma" for a in found)


def test_a_county_that_challenges_a_measure_sues() -> None:
    text = "Last week Pima County challenged the measure in federal court."
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert [a.actor for a in found] == ["Pima County"]


# --- places that name who acts are not where the action is ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The governors of Utah and Idaho on Monday sent 400 Guard members to the border.",
            id="governors-of-a-list",
        ),
        pytest.param(
            "Utah and Idaho sent 400 Guard members to the border on Monday.",
            id="a-list-as-subject",
        ),
        pytest.param(
            "Officials in Utah and Idaho announced plans to send Guard members to the border.",
            id="officials-in-a-list",
        ),
    ],
)
def test_places_that_send_troops_are_not_where_they_go(text: str) -> None:
    found = actions(text, PolicyKind.ENFORCEMENT)
    assert [place_name(a) for a in found] == ["border"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The governors of Utah and Idaho on Monday sent 400 Guard members to the border.",
            "Utah and Idaho",
            id="governors-of",
        ),
        pytest.param(
            "The Republican governors of Utah, Idaho and Nevada on Friday committed 900 Guard "
            "members to the border.",
            "Utah, Idaho and Nevada",
            id="governors-of-three",
        ),
        pytest.param(
            "Officials in Utah and Idaho announced plans to send Guard members to the border.",
            "Utah and Idaho",
            id="officials-in",
        ),
    ],
)
def test_the_governments_an_office_serves_act_together(text: str, expected: str) -> None:
    assert [a.actor for a in actions(text, PolicyKind.ENFORCEMENT)] == [expected]


def test_a_state_acting_with_no_site_named_acts_in_itself() -> None:
    found = actions("Utah sent 400 Guard members on Monday.", PolicyKind.ENFORCEMENT)
    assert [place_name(a) for a in found] == ["Utah"]


def test_a_place_after_in_is_still_a_site() -> None:
    text = "In Yuma, Arizona, ICE agents will begin raids on Sunday."
    found = actions(text, PolicyKind.ENFORCEMENT)
    assert [place_name(a) for a in found] == ["Yuma, Arizona"]


# --- an official named again by a qualified office -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Interior Minister Carla Benedetti spoke in Rome on Monday. The interior minister "
            "then signed a decree to speed up deportations.",
            "Benedetti",
            id="the-interior-minister",
        ),
    ],
)
def test_a_qualified_office_refers_back(text: str, expected: str) -> None:
    found = migrationnews.parse(text).policy_actions
    assert found
    assert found[0].actor == expected


def test_the_former_president_is_not_guessed() -> None:
    # the press calls several people "the former president": the one named last before
    # ("an appointee of former President Ana Ruiz") need not be the one meant
    text = (
        "Judge Carl Moss, an appointee of former President Ana Ruiz, ruled on Monday. Moss "
        "found that the former president overstepped his authority by restricting asylum."
    )
    assert all(a.actor != "Ruiz" for a in migrationnews.parse(text).policy_actions)


def test_a_qualified_office_refers_only_to_that_office() -> None:
    text = (
        "Prime Minister Giorgia Vanni spoke on Friday. The interior minister, Marco Testa, "
        "announced that the government plans to challenge the ruling."
    )
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert found
    assert all(a.actor != "Vanni" for a in found)


def test_a_deal_with_a_capital_is_with_its_country() -> None:
    text = "Honduras signed a deal with Washington last year to take in asylum seekers."
    found = actions(text, PolicyKind.AGREEMENT)
    assert [(a.actor, place_name(a)) for a in found] == [("Honduras", "United States")]


# --- who says so at the end of the sentence; a crossing is no country -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The crossing at Sasabe will be closed from Monday, CBP said.",
            "CBP",
            id="agency-said-at-the-end",
        ),
    ],
)
def test_who_says_so_last_acts(text: str, expected: str) -> None:
    found = migrationnews.parse(text).policy_actions
    assert found
    assert found[0].actor == expected


def test_a_crossing_an_agency_reopens_is_not_its_country() -> None:
    text = (
        "Pedestrian traffic at the Lukeville port of entry was shut down on Sunday. "
        "Pedestrian traffic and southbound lanes have reopened and officials are processing "
        "cars again, the U.S. Customs and Border Patrol said."
    )
    reopened = actions(text, PolicyKind.REOPENING)
    assert [(a.actor, place_name(a)) for a in reopened] == [
        ("U.S. Customs and Border Patrol", "Lukeville")
    ]


def test_where_flights_go_is_not_who_resumes_them() -> None:
    text = "Deportation flights to Haiti will resume next week, the Department of State said."
    found = actions(text, PolicyKind.DEPORTATION)
    assert [(a.actor, place_name(a)) for a in found] == [("State Department", "Haiti")]


def test_who_is_sued_over_a_measure_owns_it() -> None:
    text = (
        "The city attorney announced that the city will sue the Whitfield administration "
        "over an executive order that cuts off grants to the city."
    )
    orders = actions(text, PolicyKind.EXECUTIVE_ACTION)
    assert [a.actor for a in orders] == ["Whitfield administration"]


def test_the_officials_of_a_state_and_a_city_act_together() -> None:
    text = (
        "The officials of Oregon and Portland announced on Monday that they are suing the "
        "government over the troop deployment."
    )
    suits = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert suits
    assert suits[0].actor == "Oregon and Portland"


def test_a_court_order_named_by_its_noun_is_the_courts() -> None:
    text = (
        "An appeals panel said Monday that the president could command 200 Idaho National "
        "Guard troops, but a separate court order still blocks the deployment."
    )
    rulings = [a for a in actions(text, PolicyKind.LEGAL_CHALLENGE) if "court order" in a.evidence]
    assert rulings
    assert all(a.actor is not None and "court" in a.actor.lower() for a in rulings)


def test_whom_a_spokesperson_speaks_for_acts() -> None:
    text = (
        "A spokeswoman for the Guatemalan government said the country would send 1,000 "
        "more police to its border with Honduras."
    )
    found = actions(text, PolicyKind.ENFORCEMENT)
    assert [a.actor for a in found] == ["Guatemala"]


def test_a_deal_in_an_opening_phrase_is_the_main_subjects() -> None:
    text = (
        "Under an agreement reached with Honduras, the U.S. will fly back 2,000 migrants a month."
    )
    deals = actions(text, PolicyKind.AGREEMENT)
    assert [(a.actor, place_name(a)) for a in deals] == [("United States", "Honduras")]


def test_a_law_modeled_on_another_states_law_is_in_its_own_state() -> None:
    text = (
        "Georgia became the latest state to act on Friday when Gov. Lena Marsh signed a "
        "bill modeled on a contested Arizona law."
    )
    laws = [a for a in actions(text, PolicyKind.LAW) if a.actor == "Marsh"]
    assert [place_name(a) for a in laws] == ["Georgia"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Home Secretary Ruth Alder announced on Monday that asylum hotels will be closed "
            "by next year.",
            id="title-before",
        ),
        pytest.param(
            "Ruth Alder, the Home Secretary, said the government will deport more failed "
            "asylum seekers.",
            id="title-after",
        ),
    ],
)
def test_an_office_only_the_uk_has_acts_in_the_uk(text: str) -> None:
    found = migrationnews.parse(text).policy_actions
    assert found
    assert [place_name(a) for a in found] == ["United Kingdom"]


def test_his_measure_is_the_officials_named_before() -> None:
    text = (
        "President Tom Whitfield vowed to end the visa lottery. His executive order was "
        "blocked by a federal judge in Seattle."
    )
    orders = actions(text, PolicyKind.EXECUTIVE_ACTION)
    assert [(a.actor, a.status.value) for a in orders] == [("Whitfield", "challenged")]


def test_a_passive_stop_does_not_contest_a_measure() -> None:
    text = (
        "A boat with 60 passengers that was stopped yesterday off northern Australia will be "
        "the first to face the government's new policy of refusing entry to refugees."
    )
    policies = actions(text, PolicyKind.REGULATION)
    assert policies
    assert policies[0].actor == "Australia"


def test_laws_of_a_list_of_states_are_not_who_blocks_them() -> None:
    text = "The Utah and Idaho laws remain blocked by federal courts."
    rulings = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert [a.actor for a in rulings] == ["federal courts"]


def test_a_government_named_in_an_opening_phrase_is_no_site() -> None:
    text = (
        "Under the previous U.S. administration, Honduras was receiving about 10 deportation "
        "flights a week."
    )
    found = actions(text, PolicyKind.DEPORTATION)
    assert [place_name(a) for a in found] == ["Honduras"]


def test_a_ruling_on_a_law_a_state_names_is_in_that_state() -> None:
    text = (
        "Utah passed SB 8 last year. The judge cited a 2012 decision that struck down parts "
        "of a similar Arizona law. A federal appeals court ruled that the law is preempted."
    )
    found = actions(text, PolicyKind.LEGAL_CHALLENGE)
    assert [place_name(a) for a in found] == ["Arizona", "Utah"]
