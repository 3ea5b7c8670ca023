"""Meetings and officials on unseen phrasings (round 4, issue 12): the gaps this round's
held-out audit found (an office named before its holder, a courtesy title, a surname with
an appositive office, a counterpart of an untitled official, offices of further
governments, places listed under a plural office).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews import MeetingStatus

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD


def parsed(text, published=None):
    return mn.parse(text, published=published)


def officials(text, published=None):
    return [(o.name, o.title, o.country) for o in parsed(text, published).officials]


def meetings(text, published=None):
    return [
        (sorted(m.participants), m.location and m.location.name, m.date and m.date.start, m.status)
        for m in parsed(text, published).meetings
    ]


# ---- "Peru's president met X ... President Jo Ray said": the office named before its holder ----


def test_office_with_its_country_named_before_the_holder_takes_part():
    text = (
        "Peru's president met with Canadian Immigration Minister Lena Voss in Lima on "
        "Tuesday. President Tomas Arriaga Lund said the two spoke about work visas."
    )
    assert meetings(text, D(2025, 6, 12)) == [
        (["Lena Voss", "Tomas Arriaga Lund"], "Lima", D(2025, 6, 10), HELD)
    ]


def test_office_of_another_country_does_not_take_the_holder():
    text = (
        "Chile's president met with Canadian Immigration Minister Lena Voss on Tuesday. "
        "Peruvian President Tomas Arriaga Lund said he would call her."
    )
    found = parsed(text, D(2025, 6, 12)).meetings
    assert all("Tomas Arriaga Lund" not in m.participants for m in found)


# ---- courtesy titles and surnames alone ----


def test_courtesy_title_after_a_counterpart():
    text = (
        "Interior Minister Paul Aubert received his new Dutch counterpart, Mrs Anke de Wit, "
        "in Paris on Friday."
    )
    assert ("Anke de Wit", "Interior Minister", "NL") in officials(text, D(2024, 2, 9))
    assert meetings(text, D(2024, 2, 9)) == [
        (["Anke de Wit", "Paul Aubert"], "Paris", D(2024, 2, 9), HELD)
    ]


def test_surname_alone_with_an_appositive_office_of_a_country():
    text = "Lindqvist and Moreau, Belgium's migration minister, held talks in Brussels on Monday."
    assert ("Moreau", "Migration Minister", "BE") in officials(text, D(2024, 2, 9))


def test_surname_alone_before_an_office_of_no_country_is_no_official():
    assert officials("Moreau, the team's head coach, said on Monday.") == []


# ---- a counterpart whose colleague carries no title ----


def test_counterpart_of_an_untitled_official_keeps_its_country():
    text = "Jan Lindqvist held talks with his Austrian counterpart Eva Gruber in Vienna."
    assert ("Eva Gruber", None, "AT") in officials(text)


def test_counterpart_with_no_government_is_no_official():
    assert officials("The goalkeeper thanked his counterpart Eva Gruber.") == []


# ---- offices of further governments ----


def test_home_secretary_is_a_british_office():
    assert officials("Home Secretary Alan Pryce visited Dover on Monday.") == [
        ("Alan Pryce", "Home Secretary", "GB")
    ]


def test_home_minister_and_a_counterpart_take_the_office():
    found = officials("Home Minister Ravi Menon met his Nepali counterpart Sita Rai on Monday.")
    assert ("Ravi Menon", "Home Minister", None) in found
    assert ("Sita Rai", "Home Minister", "NP") in found


def test_ministry_named_with_two_domains():
    assert officials("Secretary of Finance and Public Credit Rosa Ibarra spoke on Friday.") == [
        ("Rosa Ibarra", "Secretary of Finance and Public Credit", None)
    ]


def test_aid_agency_deputy_administrator():
    assert officials("USAID Deputy Administrator Noel Grant toured the shelter.") == [
        ("Noel Grant", "USAID Deputy Administrator", "US")
    ]


# ---- countries under a plural office are no people ----


def test_presidents_of_countries_are_no_names():
    text = "The president will meet the presidents of Panama, Costa Rica and Belize on Friday."
    assert officials(text) == []


# ---- dates: the sentence's opening phrase, and another event the meeting prepares ----


def test_date_opening_the_sentence_dates_its_call():
    text = (
        "On March 3, Peruvian Foreign Minister Jo Ray and Chilean Foreign Minister Ana Ruiz "
        "held a telephone conversation about visas for students and seasonal workers."
    )
    assert [m.date.start for m in parsed(text, D(2025, 3, 20)).meetings] == [D(2025, 3, 3)]


def test_day_of_the_event_a_call_prepares_is_not_the_calls():
    text = (
        "This afternoon President Dan Cole of Panama spoke by phone with Colombian President "
        "Rosa Vela ahead of her summit tomorrow with Caribbean leaders."
    )
    found = parsed(text, D(2025, 3, 20)).meetings
    assert [(sorted(m.participants), m.date.start, m.status) for m in found] == [
        (["Dan Cole", "Rosa Vela"], D(2025, 3, 20), HELD)
    ]


# ---- a roundtable, and what its officials said during it ----


def test_roundtable_with_officials_is_one_meeting():
    text = (
        "Governor Lia Brandt today held a border roundtable with Vice President Omar Hale and "
        "Attorney General Tess Lyle at the Laredo port of entry. During the roundtable, "
        "Governor Brandt spoke with Vice President Hale and Attorney General Lyle about "
        "staffing."
    )
    found = meetings(text, D(2025, 4, 2))
    assert len(found) == 1
    assert found[0][0] == ["Lia Brandt", "Omar Hale", "Tess Lyle"]
    assert found[0][2:] == (D(2025, 4, 2), HELD)


# ---- offices named with a list of domains, "of State for", and months as surnames ----


def test_minister_of_state_for_a_domain():
    assert officials("Minister of State for Home Affairs Dev Rana spoke in Delhi.") == [
        ("Dev Rana", "Minister of State for Home Affairs", None)
    ]


def test_external_affairs_minister():
    assert officials("External Affairs Minister Mira Sen said on Monday.") == [
        ("Mira Sen", "External Affairs Minister", None)
    ]


def test_commissioner_for_a_list_of_domains():
    assert officials("EU Commissioner for Migration, Asylum and Home Affairs Lars Berg said.") == [
        ("Lars Berg", "EU Commissioner for Migration, Asylum and Home Affairs", None)
    ]


def test_comma_before_another_official_is_no_list_of_domains():
    found = officials(
        "Secretary of State Jo Ray, Homeland Security Secretary Bo Diaz and Attorney "
        "General Al Fenn arrived."
    )
    assert [name for name, _, _ in found] == ["Jo Ray", "Bo Diaz", "Al Fenn"]


def test_month_that_ends_a_name_is_a_surname():
    assert officials("Prime Minister Clara May said the deal would hold.") == [
        ("Clara May", "Prime Minister", None)
    ]


def test_month_before_a_day_is_no_surname():
    found = officials("Governor Jo Ray May 5 signed the order.")
    assert [name for name, _, _ in found] == ["Jo Ray"]


# ---- "During her visit to X on <date>, <official> said": the visitor is that official ----


def test_fronted_visit_belongs_to_the_main_subject():
    text = (
        "Canadian Immigration Minister Lena Voss met aides on Monday. During her first visit "
        "to Peru on March 4, 2019, Chilean President Ana Ruiz had said visas would follow."
    )
    found = parsed(text, D(2024, 6, 3)).meetings
    visits = [m for m in found if m.location is not None and m.location.name == "Peru"]
    assert [m.participants for m in visits] == [("Ana Ruiz",)]
    assert visits[0].date.start == D(2019, 3, 4)


# ---- "the deliberations between A and B" ----


def test_deliberations_between_two_officials():
    text = (
        "The deliberations between Jordanian Interior Minister Omar Aziz and EU Commissioner "
        "for Home Affairs Lars Berg took place on Monday."
    )
    assert meetings(text, D(2024, 6, 5)) == [
        (["Lars Berg", "Omar Aziz"], None, D(2024, 6, 3), HELD)
    ]


# ---- "I will meet ...", said an official: the speaker takes part ----


def test_first_person_in_a_quote_is_the_speaker_named_after_it():
    text = (
        '"I will sit down with President Ana Ruiz of Peru on Friday," Chilean President '
        "Jo Ray told reporters."
    )
    assert meetings(text, D(2024, 5, 8)) == [
        (["Ana Ruiz", "Jo Ray"], None, D(2024, 5, 10), PLANNED)
    ]


def test_first_person_of_someone_who_holds_no_office_adds_no_one():
    text = '"I met President Ana Ruiz last year," the farmer said.'
    assert meetings(text, D(2024, 5, 8)) == []


# ---- the day a plan was reported is not the day of the meeting planned ----


def test_day_of_the_report_is_not_the_planned_calls():
    text = (
        "Mexican President Ana Ruiz said on Wednesday that she will likely speak with "
        "Canadian Prime Minister Jo Ray in the coming days."
    )
    found = meetings(text, D(2024, 5, 8))
    assert [(names, day, status) for names, _, day, status in found] == [
        (["Ana Ruiz", "Jo Ray"], None, PLANNED)
    ]


def test_given_name_that_is_also_a_place_still_names_a_person():
    assert officials("Mayor Georgia Banks said on Monday.")[0][0] == "Georgia Banks"


# ---- a post abroad is no place of the meeting ----


def test_country_of_an_ambassadors_post_is_not_where_they_met():
    text = "U.S. Ambassador to Peru Dana Holt met with Arequipa Mayor Luis Paredes on Friday."
    assert meetings(text, D(2024, 5, 8)) == [
        (["Dana Holt", "Luis Paredes"], None, D(2024, 5, 3), HELD)
    ]


# ---- officials of a third government who attended ----

THIRD = "Spanish Interior Minister Jo Ray met his Moroccan counterpart Ana Ruiz in Rabat on Monday"


def test_third_official_also_attending_in_the_same_sentence():
    text = THIRD + ", with Portugal's interior minister Bo Diaz also attending."
    assert meetings(text, D(2024, 5, 8))[0][0] == ["Ana Ruiz", "Bo Diaz", "Jo Ray"]


def test_third_official_who_joined_the_talks():
    text = THIRD + ". Portuguese Interior Minister Bo Diaz joined the talks."
    assert [m[0] for m in meetings(text, D(2024, 5, 8))] == [["Ana Ruiz", "Bo Diaz", "Jo Ray"]]


def test_third_official_also_present_with_no_event_named():
    text = THIRD + ". Also present was Portuguese Interior Minister Bo Diaz."
    assert [m[0] for m in meetings(text, D(2024, 5, 8))] == [["Ana Ruiz", "Bo Diaz", "Jo Ray"]]


def test_third_official_in_attendance():
    text = THIRD + ". Portuguese Interior Minister Bo Diaz was also in attendance."
    assert [m[0] for m in meetings(text, D(2024, 5, 8))] == [["Ana Ruiz", "Bo Diaz", "Jo Ray"]]


def test_spanish_round_table_is_a_meeting():
    text = (
        "El gobernador Jo Ray encabezó una mesa redonda con la secretaria de Seguridad, "
        "Ana Ruiz, en Monterrey el martes."
    )
    found = mn.parse(text, published=D(2024, 5, 8), language="es").meetings
    assert [(sorted(m.participants), m.location.name, m.date.start) for m in found] == [
        (["Ana Ruiz", "Jo Ray"], "Monterrey", D(2024, 5, 7))
    ]


# ---- a courtesy title of diplomats, and lists of a third kind ----


def test_his_excellency_before_a_name():
    text = "President H.E. Omar Bakr met Maltese Interior Minister Paul Zammit on Thursday."
    assert ("Omar Bakr", "President", None) in officials(text, D(2024, 5, 8))
    assert meetings(text, D(2024, 5, 8))[0][0] == ["Omar Bakr", "Paul Zammit"]


def test_with_repeated_in_a_list_of_those_met():
    text = (
        "Foreign Minister Nia Kos will meet with Malta's President Leo Borg and with "
        "Maltese Foreign Minister Ray Vella on Wednesday."
    )
    assert meetings(text, D(2024, 5, 6))[0][0] == ["Leo Borg", "Nia Kos", "Ray Vella"]


def test_leaders_taking_part_in_the_discussions_join_the_summit():
    text = (
        "Italian Prime Minister Ana Ruiz and French President Jo Ray will fly to Malta on "
        "Friday for a summit on migration. Other leaders taking part in the discussions "
        "include Greek Prime Minister Bo Diaz and Cypriot President Cy Fenn."
    )
    found = meetings(text, D(2024, 5, 8))
    assert [m[0] for m in found] == [["Ana Ruiz", "Bo Diaz", "Cy Fenn", "Jo Ray"]]


def test_discussion_earlier_in_the_week_is_its_own_meeting():
    text = (
        "Italian Prime Minister Ana Ruiz and French President Jo Ray will attend a summit "
        "in Valletta on Friday. A bilateral discussion between Ruiz and Ray took place "
        "earlier this week in Rome."
    )
    found = meetings(text, D(2024, 5, 8))
    assert [(m[1], m[3]) for m in found] == [("Valletta", PLANNED), ("Rome", HELD)]


def test_building_of_a_meeting_takes_the_town_of_the_visit_told_after_it():
    text = (
        "Greek President Ana Pappas and her Maltese counterpart Leo Borg met at the "
        "Presidential Palace on Wednesday. Borg, who is on an official visit to Athens, "
        "praised the talks."
    )
    found = meetings(text, D(2024, 5, 9))
    assert [m[1] for m in found] == ["Presidential Palace in Athens"]


# ---- officials met on a visit serve the country visited ----


def test_officials_met_during_a_visit_serve_its_country():
    text = (
        "Secretary Jo Ray traveled to Panama City, Panama, on Monday. During his visit, he "
        "met with Foreign Minister Bo Diaz and Security Minister Cy Fenn."
    )
    found = officials(text, D(2024, 5, 8))
    assert ("Bo Diaz", "Foreign Minister", "PA") in found
    assert ("Cy Fenn", "Security Minister", "PA") in found
    assert ("Jo Ray", "Secretary", None) in found


def test_visitor_opening_the_main_clause_keeps_no_country_of_the_visit():
    found = officials(
        "During her visit to Peru, Secretary Jo Ray met with Foreign Minister Bo Diaz."
    )
    assert found == [("Jo Ray", "Secretary", None), ("Bo Diaz", "Foreign Minister", "PE")]


def test_officials_met_where_a_trip_went_serve_its_country():
    text = (
        "Vice President Jo Ray traveled to Guatemala on Monday, where she met with President "
        "Ana Ruiz and Foreign Minister Bo Diaz."
    )
    found = officials(text, D(2024, 5, 8))
    assert ("Ana Ruiz", "President", "GT") in found
    assert ("Bo Diaz", "Foreign Minister", "GT") in found


def test_trip_to_two_countries_gives_no_country():
    text = "Secretary Jo Ray flew to Lima and Quito, where he met with Foreign Minister Bo Diaz."
    assert ("Bo Diaz", "Foreign Minister", None) in officials(text)


def test_will_welcome_to_a_city_is_a_planned_meeting():
    text = (
        "Mexican President Ana Ruiz will welcome Chilean President Jo Ray to Monterrey on Friday."
    )
    assert meetings(text, D(2024, 5, 8)) == [
        (["Ana Ruiz", "Jo Ray"], "Monterrey", D(2024, 5, 10), PLANNED)
    ]


def test_welcoming_a_decision_is_no_meeting():
    assert meetings("The governor said she would welcome the decision by President Jo Ray.") == []


def test_meeting_scheduled_for_a_day_is_planned_for_it():
    text = (
        "Chilean President Jo Ray's meeting with Peruvian President Ana Ruiz, scheduled for "
        "Friday, will focus on visas."
    )
    assert meetings(text, D(2024, 5, 8)) == [
        (["Ana Ruiz", "Jo Ray"], None, D(2024, 5, 10), PLANNED)
    ]


def test_who_serves_as_an_office():
    assert officials("Jo Ray, who serves as Italy's interior minister, said on Monday.") == [
        ("Jo Ray", "Interior Minister", "IT")
    ]


def test_minister_for_justice():
    assert officials("Irish Minister for Justice Orla Byrne said.") == [
        ("Orla Byrne", "Minister for Justice", "IE")
    ]


def test_frontex_executive_director():
    assert officials("Frontex Executive Director Lars Holm visited Lesbos.") == [
        ("Lars Holm", "Frontex Executive Director", None)
    ]


# ---- "the two" and "the pair" point back; a dinner hosted for an official ----


def test_the_two_agreed_to_meet_again():
    text = (
        "Italian Interior Minister Jo Ray spoke to Libyan Prime Minister Ana Ruiz on Tuesday. "
        "The two agreed to meet again in Tripoli next month."
    )
    found = meetings(text, D(2024, 5, 8))
    assert found[1] == (["Ana Ruiz", "Jo Ray"], "Tripoli", D(2024, 6, 1), PLANNED)


def test_the_pair_agreed_to_meet_again():
    text = (
        "Italian Interior Minister Jo Ray spoke to Libyan Prime Minister Ana Ruiz on Tuesday. "
        "The pair agreed to meet again in Tripoli next month."
    )
    assert len(meetings(text, D(2024, 5, 8))) == 2


def test_dinner_hosted_for_an_official_is_a_meeting():
    text = (
        "Italian Interior Minister Jo Ray hosted a dinner for Libyan Prime Minister Ana Ruiz "
        "in Rome."
    )
    assert meetings(text)[0][:2] == (["Ana Ruiz", "Jo Ray"], "Rome")


def test_spanish_counterpart_of_a_north_african_government():
    text = (
        "El ministro del Interior de España, Jo Ray, se reunirá con su homólogo marroquí, Bo Diaz."
    )
    found = mn.parse(text, published=D(2024, 5, 8), language="es")
    assert [(o.name, o.country) for o in found.officials] == [("Jo Ray", "ES"), ("Bo Diaz", "MA")]
    assert [sorted(m.participants) for m in found.meetings] == [["Bo Diaz", "Jo Ray"]]


def test_breakfast_with_an_official_is_a_meeting():
    text = (
        "Vice President Jo Ray will discuss migration over breakfast with Mexican President "
        "Ana Ruiz at the Naval Observatory on Tuesday."
    )
    assert meetings(text, D(2024, 5, 8)) == [
        (["Ana Ruiz", "Jo Ray"], "Naval Observatory", D(2024, 5, 14), PLANNED)
    ]


def test_spanish_official_who_joined_the_meeting():
    text = (
        "La presidenta Ana Ruiz recibió a la secretaria Jo Ray. El embajador Bo Diaz también "
        "se unió al encuentro."
    )
    found = mn.parse(text, published=D(2024, 5, 8), language="es").meetings
    assert [sorted(m.participants) for m in found] == [["Ana Ruiz", "Bo Diaz", "Jo Ray"]]


def test_name_with_a_leading_initial_is_the_same_person():
    text = (
        "Meeting between M. Paul Aubert, Minister of the Interior, and his Dutch "
        "counterpart. Interior Minister Paul Aubert hosted the talks."
    )
    assert [name for name, _, _ in officials(text)] == ["M. Paul Aubert"]


def test_country_leader_named_before_the_president():
    text = (
        "Peru's leader will visit Chilean President Jo Ray in Santiago on Tuesday. "
        "Peruvian President Ana Ruiz skipped the summit last month."
    )
    found = meetings(text, D(2024, 5, 8))
    assert [(names, day, status) for names, _, day, status in found] == [
        (["Ana Ruiz", "Jo Ray"], D(2024, 5, 14), PLANNED)
    ]
