"""Who acted and where, for policy actions: actors through asides, relative clauses,
references back ("the country", "his government") and passive agents; places of the
jurisdiction, the border or the site where a measure applies.

Every sentence here is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews.extract.policy import _rules
from migrationnews.records import PolicyAction

PUBLISHED = dt.date(2024, 3, 8)


def action(text: str, evidence: str) -> PolicyAction:
    """The one action whose evidence holds ``evidence``, read by the whole pipeline."""
    found = [
        a for a in mn.parse(text, published=PUBLISHED).policy_actions if evidence in a.evidence
    ]
    assert len(found) == 1, [a.evidence for a in mn.parse(text, published=PUBLISHED).policy_actions]
    return found[0]


ACTORS = [
    pytest.param(
        "Federal Judge Maria Olvera, a Bush appointee, granted the stay on Friday.",
        "granted the stay",
        "Olvera",
        id="aside-appointee-is-not-the-actor",
    ),
    pytest.param(
        "The Homeland Security Department, led by Secretary Ana Whitcombe, ended the"
        " program in March.",
        "ended the program",
        "Homeland Security Department",
        id="aside-led-by-is-not-the-actor",
    ),
    pytest.param(
        "Honduras's president, Xiomara Castro, declared a state of emergency on Monday.",
        "declared a state of emergency",
        "Castro",
        id="apposition-names-the-actor",
    ),
    pytest.param(
        "Ecuadorian President Daniel Noboa's government announced it would require visas"
        " for Cubans.",
        "require visas",
        "Noboa",
        id="an-officials-government",
    ),
    pytest.param(
        "Trump's administration ended the parole program for Cubans on Friday.",
        "ended the parole program",
        "Trump administration",
        id="a-leaders-administration-possessive",
    ),
    pytest.param(
        "Spain and Morocco signed an agreement on Thursday to return migrants.",
        "signed an agreement",
        "Spain and Morocco",
        id="the-parties-to-a-deal",
    ),
    pytest.param(
        "The lawsuit, filed in Boston by a coalition of immigrant rights groups, seeks to"
        " block the rule.",
        "lawsuit",
        "rights groups",
        id="agent-after-a-group-noun",
    ),
    pytest.param(
        "The Texas National Guard installed razor wire along the river.",
        "installed razor wire",
        "Texas National Guard",
        id="a-guard-with-its-state",
    ),
    pytest.param(
        "New Mexico lawmakers struck a deal on a bill to fund border security.",
        "struck a deal",
        "New Mexico lawmakers",
        id="a-legislature-with-its-state",
    ),
    pytest.param(
        "The ministry said it would back Belize's plan to begin the repatriation of migrants.",
        "repatriation",
        "Belize",
        id="whose-plan-it-is",
    ),
    pytest.param(
        "Federal agents carried out ICE raids in three cities on Sunday.",
        "raids",
        "ICE",
        id="the-body-named-in-the-object",
    ),
    pytest.param(
        "Honduras and Guatemala agreed on Tuesday to deploy more troops.",
        "deploy more troops",
        "Honduras and Guatemala",
        id="a-list-of-subjects",
    ),
    pytest.param(
        "After talks with Chile and Peru, Bolivia deployed troops to its border.",
        "deployed troops",
        "Bolivia",
        id="a-list-after-a-preposition-is-no-subject",
    ),
    pytest.param(
        "In Texas, troopers made arrests under Operation Lone Star, Gov. Greg Abbott's"
        " border effort.",
        "Operation Lone Star",
        "Abbott",
        id="whose-measure-an-apposition-says",
    ),
    pytest.param(
        "The American Civil Liberties Union, which sued over the rule, welcomed the news.",
        "sued",
        "American Civil Liberties Union",
        id="relative-after-its-name",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), ACTORS)
def test_actor(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence).actor == actor


def test_a_court_is_not_the_plaintiff() -> None:
    text = "A federal judge on Monday sided with several families who sued over the rule."
    assert action(text, "sued").actor is None


REFERENCES = [
    pytest.param(
        "Officials in Belize said the country would accept deportation flights next month.",
        "deportation flights",
        "Belize",
        id="the-country",
    ),
    pytest.param(
        "Costa Rica took in 80 migrants on Sunday. The Central American nation will deploy"
        " 300 police officers to its northern border.",
        "deploy 300 police officers",
        "Costa Rica",
        id="the-adjective-nation",
    ),
    pytest.param(
        "Nebraska's attorney general said the state would appeal the ruling.",
        "appeal the ruling",
        "Nebraska",
        id="the-state",
    ),
    pytest.param(
        "Migrants from Haiti reached Panama this spring. The country said it would close"
        " two more paths.",
        "close two more paths",
        "Panama",
        id="not-where-people-came-from",
    ),
    pytest.param(
        "The Department of Homeland Security published a notice on Monday. The department"
        " said it would end the parole program in April.",
        "end the parole program",
        "Department of Homeland Security",
        id="the-department",
    ),
    pytest.param(
        "ICE held a briefing on Monday. The agency said it would expand raids to Denver.",
        "expand raids",
        "ICE",
        id="the-agency",
    ),
    pytest.param(
        "Governor Greg Abbott spoke on Monday. Ranchers asked him to deploy troops to the border.",
        "deploy troops",
        "Abbott",
        id="asked-him-to",
    ),
    pytest.param(
        "Honduran President Xiomara Castro spoke on Monday. On Tuesday the president"
        " declared a state of emergency along the border.",
        "declared a state of emergency",
        "Castro",
        id="the-president",
    ),
    pytest.param(
        "Guatemalan President Alejandro Giammattei spoke on Monday. He said his country"
        " would deploy soldiers to the border.",
        "deploy soldiers",
        "Giammattei",
        id="his-country-the-official-speaks-for",
    ),
    pytest.param(
        "Guatemalan President Bernardo Arévalo said Wednesday that Guatemala will accept"
        " deportation flights from other countries.",
        "deportation flights",
        "Arévalo",
        id="an-official-says-what-his-country-will-do",
    ),
    pytest.param(
        "Senator Ana Ruiz said Wednesday that Guatemala will accept deportation flights.",
        "deportation flights",
        "Guatemala",
        id="not-what-another-country-will-do",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), REFERENCES)
def test_a_government_named_again(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence).actor == actor


@pytest.mark.parametrize(
    ("text", "refers"),
    [
        ("the country said", True),
        ("the Caribbean nation will", True),
        ("his country would", True),
        ("the state police arrested", False),
        ("the state of Chiapas", False),
        ("the statement said", False),
        ("the Department of State", False),
        ("the Mexican president", True),
        ("the president of Honduras", False),
    ],
)
def test_what_refers_back_to_a_government(text: str, refers: bool) -> None:
    table = _rules._references_table()
    found = table.places.search(text) or table.agencies.search(text) or table.offices.search(text)
    assert (found is not None) is refers


PLACES = [
    pytest.param(
        "Officials closed the port of entry in Nogales, Arizona, on Monday.",
        "closed the port of entry",
        "Nogales, Arizona",
        id="city-and-its-state-as-written",
    ),
    pytest.param(
        "The government will send soldiers to Ciudad Juárez, Mexico, next week.",
        "send soldiers",
        "Ciudad Juárez, Mexico",
        id="city-and-its-country-as-written",
    ),
    pytest.param(
        "Honduras sent 900 soldiers to Choluteca on Monday. The soldiers set up checkpoints"
        " on the highways.",
        "set up checkpoints",
        "Choluteca",
        id="the-text-goes-on-at-the-same-place",
    ),
    pytest.param(
        "Peru deployed troops to its border with Chile on Monday.",
        "deployed troops",
        "border with Chile",
        id="a-border-shared-with-a-country",
    ),
    pytest.param(
        "Arizona Gov. Katie Hobbs spoke in Phoenix. On Friday the governor vetoed a bill"
        " that would make illegal entry a state crime.",
        "vetoed a bill",
        "Arizona",
        id="a-governors-state",
    ),
    pytest.param(
        "Nebraska filed a motion to appeal the decision with the 8th U.S. Circuit Court of"
        " Appeals located in St. Louis, Missouri.",
        "appeal the decision",
        "Nebraska",
        id="not-where-the-court-appealed-to-sits",
    ),
    pytest.param(
        "A federal court in San Francisco halted the decision on Friday.",
        "halted the decision",
        "San Francisco",
        id="where-the-court-that-rules-sits",
    ),
    pytest.param(
        "The president threatened a 25% tariff on all imports from Colombia.",
        "tariff",
        "Colombia",
        id="where-a-tariff-falls",
    ),
    pytest.param(
        "The president threatened a 25% tariff on all imports from Colombia. On Monday he"
        " agreed to pause the tariffs for a month.",
        "pause the tariffs",
        "Colombia",
        id="the-measure-named-again-is-where-it-was",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "place"), PLACES)
def test_place(text: str, evidence: str, place: str) -> None:
    found = action(text, evidence).place
    assert found is not None
    assert found.name == place


def test_a_list_of_states_is_no_city_and_its_state() -> None:
    text = "Governors sent National Guard troops to Texas, Arizona and New Mexico."
    found = action(text, "sent National Guard troops").place
    assert found is not None
    assert found.name == "Texas"


def test_a_deal_legislators_strike_is_a_bill_of_their_state() -> None:
    found = action("New Mexico lawmakers struck a deal on a bill to fund border security.", "deal")
    assert found.kind is mn.PolicyKind.LAW
    assert found.place is not None
    assert found.place.name == "New Mexico"


def test_the_white_house_is_no_legislature() -> None:
    found = action("The White House reached agreements with Mexico and Guatemala.", "agreements")
    assert found.kind is mn.PolicyKind.AGREEMENT


def test_a_court_deports_no_one() -> None:
    text = (
        "A federal judge on Monday temporarily blocked Nebraska from enforcing a new law that"
        " would allow state troopers to detain and deport some migrants. U.S. District Judge"
        " Maria Olvera granted the injunction."
    )
    found = mn.parse(text, published=PUBLISHED).policy_actions
    rulings = [a for a in found if a.kind is mn.PolicyKind.LEGAL_CHALLENGE]
    assert {a.actor for a in rulings} == {"Olvera"}  # the rulings are hers
    assert all(a.actor != "Olvera" for a in found if a not in rulings)


def test_the_text_goes_on_about_the_same_government() -> None:
    text = (
        "Belize closed two border crossings on Monday. Traders protested at the bridge."
        " Long lines of trucks formed on the highway. Officials expect delays. Three more"
        " crossings will be shut next month."
    )
    found = action(text, "will be shut")
    assert found.actor == "Belize"
    assert found.place is not None
    assert found.place.name == "Belize"


def test_an_action_placed_nowhere_is_in_the_articles_country() -> None:
    text = (
        "Peru deployed troops to its border with Chile on Monday. Police in Tacna detained"
        " dozens of migrants. A judge later ruled that the detentions were lawful."
    )
    found = action(text, "ruled")
    assert found.place is not None
    assert found.place.name == "Peru"
