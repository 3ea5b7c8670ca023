"""Who acted and where, round 3: the actor of a measure named by a relative clause or a
participle after it, an apposition that describes the subject, a possessor who acts
through a plan or a ruling, a possessive pronoun before "administration", "it" referring
back to a court or a government, and places that are not sites.

Every sentence here is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.records import PolicyAction

PUBLISHED = dt.date(2025, 5, 14)


def actions(text: str) -> tuple[PolicyAction, ...]:
    return mn.parse(text, published=PUBLISHED).policy_actions


def action(text: str, evidence: str) -> PolicyAction:
    """The one action whose evidence holds ``evidence``."""
    found = [a for a in actions(text) if evidence in a.evidence]
    assert len(found) == 1, [a.evidence for a in actions(text)]
    return found[0]


# ---- a measure's maker named after it -----------------------------------------------------


def test_the_subject_of_a_relative_clause_without_pronoun_made_the_measure() -> None:
    text = (
        "Gov. Clara Ruiz spoke on Monday.\n\n"
        "The executive order Trump signed in March was challenged."
    )
    assert action(text, "order").actor == "Trump"


def test_the_agent_of_a_participle_after_the_measure_made_it() -> None:
    text = (
        "Gov. Clara Ruiz spoke on Monday.\n\n"
        "An appeals court upheld the ruling on Friday, blocking an order issued by Trump in June."
    )
    found = [a for a in actions(text) if a.status.value == "challenged"]
    assert [a.actor for a in found] == ["Trump"]


def test_a_name_far_past_the_measure_after_a_comma_is_no_agent() -> None:
    text = "A judge blocked the order on Friday, in a case brought by Texas and two cities."
    assert all(a.actor != "Texas" for a in actions(text) if a.evidence == "order")


# ---- appositions and possessors -------------------------------------------------------------


def test_an_apposition_opened_by_the_describes_the_subject() -> None:
    text = (
        "U.S. District Judge Ana Ferris, the judge hearing the ACLU case, issued an injunction "
        "against the rule on Tuesday."
    )
    assert action(text, "issued an injunction").actor == "Ferris"


def test_a_possessor_acts_through_its_plan() -> None:
    text = (
        "President Tomas Rivera took office in May. Rivera's plan centres on closing the "
        "southern border with Costa Rica."
    )
    assert action(text, "closing").actor == "Rivera"


def test_a_court_acts_through_its_decision() -> None:
    text = (
        "According to a statement from the ACLU, the court's decision struck down a rule "
        "that limited asylum."
    )
    assert action(text, "struck down").actor == "court"


def test_his_administration_is_the_officials() -> None:
    text = (
        "President Tomas Rivera took office in May. His administration will begin deporting "
        "migrants who cross the jungle."
    )
    assert action(text, "deporting").actor == "Rivera"


# ---- "it" refers back to a court, a body or a government ---------------------------------


def test_it_is_the_court_named_before() -> None:
    text = (
        "The appeals court heard arguments on Monday. On Friday it lifted the injunction "
        "against the Arizona law."
    )
    assert action(text, "lifted").actor == "appeals court"


def test_it_is_not_a_possessor() -> None:
    text = "While the panel initially paused a lower court's decision, it has now lifted the stay."
    assert action(text, "lifted the stay").actor == "panel"


def test_it_is_not_a_name_after_a_preposition() -> None:
    text = (
        "Guatemala rejected the plan after talks with Mexico in May. It later agreed to accept "
        "deportation flights."
    )
    assert action(text, "agreed to accept").actor == "Guatemala"


def test_it_is_the_government_a_demonym_names() -> None:
    text = "The Colombian government said it would resume deportation flights on Sunday."
    assert action(text, "resume deportation flights").actor == "Colombia"


def test_a_court_named_by_it_does_not_deport() -> None:
    text = "The court heard the case in May. It deported the migrants in June."
    assert all(a.actor != "court" for a in actions(text))


# ---- places ------------------------------------------------------------------------------


def test_a_city_named_after_a_title_is_a_persons_name() -> None:
    text = "U.S. District Judge Orlando Reyes issued an injunction against the new rule."
    place = action(text, "issued an injunction").place
    assert place is None or place.name != "Orlando"


def test_an_officials_surname_is_no_place() -> None:
    text = "President Rivas said his government would suspend deportation flights."
    place = action(text, "suspend deportation flights").place
    assert place is None or place.name != "Rivas"


def test_a_governor_named_without_a_state_governs_the_article_state() -> None:
    text = (
        "A federal judge blocked the Texas law on Thursday. The suit came after Republican "
        "Gov. Dan Hollis signed the law in December."
    )
    place = action(text, "signed the law").place
    assert place is not None
    assert place.name == "Texas"


def test_a_law_is_in_force_in_its_jurisdiction_not_where_it_was_signed() -> None:
    text = (
        "HOUSTON (AP) — Gov. Dan Hollis visited the Rio Grande Valley on Monday, where he "
        "signed two border bills. Texas lawmakers passed them in May."
    )
    place = action(text, "signed two border bills").place
    assert place is not None
    assert place.name == "Texas"


def test_a_possessor_of_the_noun_before_to_is_who_acts() -> None:
    text = "Mayors criticised the Trump administration's expansion of raids to detain migrants."
    assert action(text, "detain").actor == "Trump administration"


def test_a_guard_named_as_the_subject_of_a_passive_is_what_is_sent() -> None:
    text = (
        "Interior Minister Rosa Icaza said the National Guard will be deployed on Monday "
        "along with 300 immigration agents."
    )
    assert action(text, "deployed").actor != "National Guard"


def test_tariffs_on_qualified_goods_target_the_demonyms_country() -> None:
    text = "Trump threatened to impose tariffs on imported Colombian goods on Sunday."
    place = action(text, "tariffs").place
    assert place is not None
    assert place.name == "Colombia"


def test_what_a_verb_sends_does_not_do_what_it_is_sent_for() -> None:
    text = (
        "Governor Ana Ruiz said the surge would prompt her to deploy the state police to "
        "close the crossing."
    )
    assert action(text, "close the crossing").actor == "Ruiz"


def test_the_agent_right_after_a_participle_acts() -> None:
    text = (
        "Belize said on Monday it would take in convicts from other countries deported by the "
        "United States."
    )
    assert action(text, "deported").actor == "United States"


def test_an_active_verb_with_an_object_takes_no_agent_from_a_later_participle() -> None:
    text = "Mexico deployed troops backed by the United States to the southern border."
    assert action(text, "deployed").actor == "Mexico"


def test_a_force_patrols_its_borders_with_a_neighbour() -> None:
    text = "Belize announced a new border unit to patrol its borders with Guatemala and Mexico."
    place = action(text, "border unit").place
    assert place is not None
    assert place.name.startswith("borders with")


# ---- a participle clause after a comma says more of what the main subject did -------------


def test_a_participle_clause_is_done_by_the_main_clauses_subject() -> None:
    text = (
        "A panel of the appeals court on Friday upheld a lower court ruling, effectively "
        "blocking the order."
    )
    assert action(text, "blocking the order").actor == "panel"


def test_a_participle_clause_after_a_dateline_colon_skips_the_dateline() -> None:
    text = "Austin, May 3: Texas sued the administration on Monday, seeking to block the rule."
    assert action(text, "block the rule").actor == "Texas"


def test_it_is_a_body_a_preposition_governs_in_its_own_sentence_when_none_else_is_named() -> None:
    text = (
        "ICE agents made arrests in Ohio.\n\n"
        "Removals under the Trump administration will be faster, as it said on Friday that it "
        "was expanding expedited removal across the country."
    )
    assert action(text, "expanding").actor == "Trump administration"


def test_a_headline_above_the_dateline_keeps_its_own_subject() -> None:
    text = (
        "Reported ICE raids in five states\n"
        "CHICAGO - Agents detained dozens of people on Sunday, officials said.\n"
    )
    assert action(text, "raids").actor == "ICE"


def test_a_measure_undone_is_its_possessors() -> None:
    text = "The new government moved to end President Lara's parole program on Monday."
    assert action(text, "end").actor == "Lara"


def test_a_measure_undone_without_a_possessor_is_undone_by_the_subject() -> None:
    text = "Secretary Ana Ruiz ended temporary protected status for Haitians on Monday."
    assert action(text, "ended").actor == "Ruiz"


def test_a_quoted_measure_name_stands_between_possessor_and_measure() -> None:
    text = "Officials said they would soon end President Lara’s “Remain in Mexico” rule."
    assert action(text, "end").actor == "Lara"


def test_a_countrys_own_border_is_the_site_as_written() -> None:
    text = "Mexico said the deployment of guard units to Mexico's southern border began Monday."
    place = action(text, "deployment").place
    assert place is not None
    assert place.name == "Mexico's southern border"
    assert place.country == "MX"


# ---- who speaks for a country acts for it ------------------------------------------------


def test_an_official_who_says_after_it_what_his_country_will_do_acts() -> None:
    text = "Belize will deport migrants who lack visas, Belizean President Ana Soto said Monday."
    assert action(text, "deport").actor == "Soto"


def test_an_official_of_another_country_speaking_after_does_not_act() -> None:
    text = "Mexico will deploy 10,000 troops, U.S. President Donald Trump said on Friday."
    assert action(text, "deploy").actor == "Mexico"


def test_an_official_named_with_of_his_country_speaks() -> None:
    text = "Belize will deport migrants who lack visas, President Ana Soto of Belize said Monday."
    assert action(text, "deport").actor == "Soto"


def test_they_is_the_forces_named_before_in_the_plural() -> None:
    text = (
        "The soldiers guarded the bridge. Honduran officials met the group on Friday. "
        "On Saturday they sent 200 migrants back to Nicaragua."
    )
    assert action(text, "sent 200 migrants").actor == "Honduras"


def test_they_as_the_subject_of_a_passive_is_no_actor() -> None:
    text = (
        "Honduran officials met the group on Friday. On Saturday they were sent back to "
        "Nicaragua by Costa Rica."
    )
    assert all(a.actor != "Honduras" for a in actions(text) if "sent" in a.evidence)


def test_a_state_law_named_with_modifiers_is_the_states_and_in_force_there() -> None:
    text = (
        "A federal judge blocked a Nevada state law that lets police arrest people who enter "
        "the United States illegally."
    )
    law = [a for a in actions(text) if a.kind.value == "law"]
    assert [a.actor for a in law] == ["Nevada"]
    assert law[0].place is not None
    assert law[0].place.name == "Nevada"


def test_where_a_court_sits_is_no_site_of_the_measure_it_rules_on() -> None:
    text = (
        "A federal judge in Boston ruled on Monday that the administration broke the law by "
        "barring migrants from seeking asylum."
    )
    place = action(text, "barring").place
    assert place is None or place.name != "Boston"


def test_the_court_seat_is_the_rulings_place_not_the_measures() -> None:
    found = actions("An appeals court in Seattle blocked the order on Tuesday.")
    places = {a.kind.value: a.place.name if a.place else None for a in found}
    assert places["legal_challenge"] == "Seattle"
    assert places["executive_action"] != "Seattle"


def test_a_place_after_from_and_an_adjective_is_where_people_came_from() -> None:
    text = (
        "Prime Minister Ana Ruiz of Belize, intent on curbing boats from mainland Honduras, "
        "said deportation flights would start in May."
    )
    place = action(text, "deportation flights").place
    assert place is None or place.name != "Honduras"


def test_every_city_of_a_list_a_court_sits_in_is_no_site() -> None:
    text = (
        "The governor's efforts to end the program were stopped by courts in Boston, "
        "Chicago and Denver."
    )
    place = action(text, "end the program").place
    assert place is None or place.name not in {"Boston", "Chicago", "Denver"}


def test_a_law_is_in_force_in_its_makers_country_not_where_it_sends_people() -> None:
    text = "Belize passed a law permitting the deportation of some asylum seekers to Rwanda."
    place = action(text, "passed a law").place
    assert place is not None
    assert place.name == "Belize"


def test_a_lawsuit_from_a_list_of_states_is_theirs() -> None:
    text = "The ruling followed a lawsuit from Republican-led Ohio and Utah."
    assert action(text, "lawsuit").actor == "Ohio and Utah"


# ---- "the organization" refers back to a group outside government --------------------------


def test_the_organization_in_a_relative_clause_is_the_group_named_before() -> None:
    text = (
        "Judge Dana Lee granted the American Civil Liberties Union an injunction in a "
        "lawsuit the organization filed against the policy."
    )
    assert action(text, "lawsuit").actor == "American Civil Liberties Union"


def test_the_group_as_a_subject_is_the_group_named_before() -> None:
    text = "The ACLU criticized the rule in May. On Monday the group sued the administration."
    assert action(text, "sued").actor == "ACLU"


def test_a_group_of_migrants_acted_on_is_no_organisation() -> None:
    text = "The ACLU criticized the rule in May. On Monday the group was detained by police."
    assert all(a.actor != "ACLU" for a in actions(text) if "detained" in a.evidence)


def test_his_administration_is_the_subjects_not_the_objects() -> None:
    text = (
        "Since President Ana Ruiz succeeded former President Tomas Lara, her administration "
        "has expanded deportation flights to Honduras."
    )
    assert action(text, "deportation flights").actor == "Ruiz"
