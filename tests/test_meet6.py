"""Meetings and officials on unseen phrasings (round 4, issue 12, second pass): a full name
written again with no title, offices closed by a body ("of the Government of National
Unity", "for Internal Affairs") before their holder, and "the 2 ministers" pointing back.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from migrationnews import MeetingStatus
from tests.test_meet5 import meetings, officials

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD


# ---- a full name written again, with no title: the same person ----


def test_full_name_repeated_without_title_is_a_participant():
    text = (
        "Home Secretary Nora Pell and Belgian Interior Minister Lucien Marchal both want "
        "fewer crossings. The Home Secretary met Lucien Marchal on Tuesday at the Home Office."
    )
    assert meetings(text, D(2024, 3, 8)) == [
        (["Lucien Marchal", "Nora Pell"], "Home Office", D(2024, 3, 5), HELD)
    ]


def test_full_name_repeated_after_a_courtesy_title_written_first():
    text = (
        "The Rt Hon Nora Pell, the Home Secretary, praised the coastguard. Later, Lucien "
        "Marchal, the Belgian Interior Minister, met Nora Pell in Dover."
    )
    assert meetings(text, D(2024, 3, 8)) == [
        (["Lucien Marchal", "Rt Hon Nora Pell"], "Dover", None, HELD)
    ]


def test_given_name_of_another_person_does_not_join_a_surname():
    # "Ana Marchal" is someone else: no mention of Lucien Marchal by his full name
    text = (
        "Interior Minister Lucien Marchal spoke on Monday. Ana Marchal, a lawyer, said the "
        "plan was unfair."
    )
    names = [o[0] for o in officials(text)]
    assert names == ["Lucien Marchal"]


# ---- an office closed by a body before its holder's name ----


def test_office_of_a_government_of_national_unity_before_the_holder():
    text = (
        "Prime Minister of the Government of National Unity, Karim Bensaad, received Italian "
        "Interior Minister Paolo Greco in Tripoli on Monday."
    )
    found = officials(text)
    assert found[0][:2] == ("Karim Bensaad", "Prime Minister of the Government of National Unity")
    assert meetings(text, D(2025, 5, 9)) == [
        (["Karim Bensaad", "Paolo Greco"], "Tripoli", D(2025, 5, 5), HELD)
    ]


def test_commissioner_for_internal_affairs_before_the_holder():
    text = (
        "EU Commissioner for Internal Affairs and Migration, Hanna Lind, held talks with the "
        "Minister of Migration and Asylum, Petros Vlachos, in Brussels on Thursday."
    )
    found = {name: title for name, title, _ in officials(text)}
    assert found["Hanna Lind"] == "EU Commissioner for Internal Affairs and Migration"
    assert meetings(text, D(2025, 5, 9)) == [
        (["Hanna Lind", "Petros Vlachos"], "Brussels", D(2025, 5, 8), HELD)
    ]


# ---- "the 2 ministers", "between the two leaders": the officials named before ----


def test_meeting_between_the_2_ministers_points_back():
    text = (
        "Interior Minister Lucien Marchal and Home Secretary Nora Pell met in London on "
        "Monday 14 October. That meeting followed an earlier meeting between the 2 ministers "
        "in Brussels."
    )
    found = meetings(text)
    assert (["Lucien Marchal", "Nora Pell"], "Brussels", None, HELD) in found
    assert len(found) == 2


def test_the_2_leaders_agree_to_meet():
    text = (
        "President Tomas Ruiz called President Elena Duarte on Monday. "
        "The 2 leaders agreed to meet in Quito."
    )
    found = meetings(text, D(2025, 5, 9))
    assert (["Elena Duarte", "Tomas Ruiz"], "Quito", None, PLANNED) in found


def test_a_meeting_between_the_ministers_with_none_named_before_is_no_meeting():
    text = "A meeting between the 2 ministers is expected soon, officials said."
    assert meetings(text) == []


# ---- a dateline ended by a colon; a planned meeting where its visitor is ----


def test_colon_dateline_places_the_meeting():
    text = (
        "Ministers meet on border crime\n\n"
        "Islamabad: Interior Minister Farid Qasim on Monday met his Afghan counterpart "
        "Nadir Halimi to discuss border crossings."
    )
    assert meetings(text, D(2024, 3, 8)) == [
        (["Farid Qasim", "Nadir Halimi"], "Islamabad", D(2024, 3, 4), HELD)
    ]


def test_colon_line_that_names_no_place_is_no_dateline():
    text = (
        "Update: Interior Minister Farid Qasim on Monday met his Afghan counterpart "
        "Nadir Halimi to discuss border crossings."
    )
    assert meetings(text, D(2024, 3, 8)) == [
        (["Farid Qasim", "Nadir Halimi"], None, D(2024, 3, 4), HELD)
    ]


def test_planned_meeting_takes_the_place_its_visitor_is_in():
    text = (
        "Migration Commissioner Hanna Lind is in Rome on Friday, where she will be meeting "
        "Interior Minister Paolo Greco."
    )
    assert meetings(text, D(2025, 5, 6)) == [
        (["Hanna Lind", "Paolo Greco"], "Rome", D(2025, 5, 9), PLANNED)
    ]


def test_planned_meeting_takes_no_place_from_an_earlier_sentence():
    text = (
        "Migration Commissioner Hanna Lind was in Rome on Friday. She will meet Interior "
        "Minister Paolo Greco next week."
    )
    found = meetings(text, D(2025, 5, 10))
    assert [m[1] for m in found] == [None]


# ---- "the ministers of A, X, and B, Y": one office over two domains ----


def test_plural_office_over_two_domains_lists_both_holders():
    text = "Lind will meet the ministers of Interior, Paolo Greco, and Defence, Carla Neri."
    found = {name: title for name, title, _ in officials(text)}
    assert found == {"Paolo Greco": "Minister of Interior", "Carla Neri": "Minister of Defence"}


# ---- a described subject; a quote running over several sentences ----


def test_described_subject_is_the_holder_named_before_not_the_fronted_name():
    text = (
        "Governor Ruth Ames visited the capital on Tuesday to see President Omar Vance. "
        "Ahead of her talks with Vance, the two-term centrist Plains State governor met with "
        "Border Chief Leo Hart."
    )
    assert meetings(text, D(2025, 2, 7)) == [
        (["Omar Vance", "Ruth Ames"], None, D(2025, 2, 4), HELD),
        (["Leo Hart", "Ruth Ames"], None, D(2025, 2, 4), HELD),
    ]


def test_first_person_meeting_in_a_quote_of_several_sentences_is_the_speakers():
    text = (
        "Governor Ruth Ames met with Border Chief Leo Hart. “It was a long day. This "
        "morning I spoke with Leo Hart about patrols,” Ames wrote on social media."
    )
    found = meetings(text, D(2025, 2, 7))
    assert [m[0] for m in found] == [["Leo Hart", "Ruth Ames"]]
    assert found[0][2] == D(2025, 2, 7)


# ---- "on the sidelines of <a long name> in <place> on <day>" ----


def test_place_and_day_past_the_gathering_on_whose_sidelines_they_met():
    text = (
        "Commissioner Hanna Lind, after her meeting with Interior Minister Petros Vlachos on "
        "the sidelines of the Council of Justice and Home Affairs Ministers in Luxembourg on "
        "Thursday, praised the coastguard."
    )
    assert meetings(text, D(2025, 6, 14)) == [
        (["Hanna Lind", "Petros Vlachos"], "Luxembourg", D(2025, 6, 12), HELD)
    ]


# ---- a surname written without the accent it had first ----


def test_surname_without_its_accent_is_the_same_official():
    text = (
        "Foreign Minister Inés Aragón spoke on Monday. Secretary Paul Wren is set to meet "
        "with Aragon next week."
    )
    assert meetings(text, D(2025, 6, 10)) == [
        (["Inés Aragón", "Paul Wren"], None, D(2025, 6, 16), PLANNED)
    ]


# ---- an epithet is no office; a name inside the subject's relative clause does not act ----


def test_epithet_gives_way_to_the_office_named_elsewhere():
    text = (
        "US top diplomat Paul Wren will travel to Lima this week. "
        '"Secretary Wren will meet regional leaders," a spokesperson said.'
    )
    found = {name: title for name, title, _ in officials(text)}
    assert found["Paul Wren"] == "Secretary"


def test_epithet_alone_stays_the_title():
    text = "US top diplomat Paul Wren will travel to Lima this week."
    found = {name: title for name, title, _ in officials(text)}
    assert found["Paul Wren"] == "Top Diplomat"


def test_official_inside_the_subjects_relative_clause_is_no_participant():
    text = (
        "Vice President Dana Holt, who was chosen by President Omar Vance to lead the effort, "
        "spoke with President Elena Duarte on Monday."
    )
    assert [m[0] for m in meetings(text, D(2025, 6, 10))] == [["Dana Holt", "Elena Duarte"]]


# ---- "with A ... and later with B": one meeting ----


def test_officials_met_later_on_the_same_occasion_join_the_meeting():
    text = (
        "Secretary Paul Wren will meet first with Foreign Minister Inés Aragón at the "
        "ministry and later with Interior Minister Luis Vega."
    )
    assert [m[0] for m in meetings(text)] == [["Inés Aragón", "Luis Vega", "Paul Wren"]]


def test_a_later_trip_is_not_read_as_officials_met():
    text = "Secretary Paul Wren met Foreign Minister Inés Aragón in Lima and then flew to Quito."
    assert [m[0] for m in meetings(text)] == [["Inés Aragón", "Paul Wren"]]


# ---- "MoI"; adjectives before a counterpart ----


def test_abbreviated_interior_minister_is_an_office():
    text = "Italian MoI Paolo Greco hosted Libyan MoI Karim Bensaad in Rome on Monday."
    found = {name: (title, country) for name, title, country in officials(text)}
    assert found == {
        "Paolo Greco": ("Minister of Interior", "IT"),
        "Karim Bensaad": ("Minister of Interior", "LY"),
    }
    assert meetings(text, D(2025, 5, 9)) == [
        (["Karim Bensaad", "Paolo Greco"], "Rome", D(2025, 5, 5), HELD)
    ]


def test_radio_band_is_no_office():
    assert officials("The station broadcast on 101.5 FM Radio Nacional.") == []


def test_counterpart_described_as_newly_inaugurated_is_listed():
    text = (
        "Secretary Paul Wren held discussions on Saturday with newly inaugurated "
        "Guatemalan President Elena Duarte."
    )
    assert [m[0] for m in meetings(text, D(2025, 6, 10))] == [["Elena Duarte", "Paul Wren"]]


# ---- "The visit ended with a meeting with X": the visitor told before meets X ----


def test_meeting_that_ends_a_visit_is_the_visitors():
    text = (
        "Governor Ruth Ames arrived in Lima on Sunday for a three-day visit. The visit "
        "ended Tuesday with a meeting with President Elena Duarte at the palace."
    )
    assert [m[0] for m in meetings(text, D(2025, 6, 11))] == [["Elena Duarte", "Ruth Ames"]]


# ---- "al-Fiqi"; an office's abbreviation in brackets before its holder ----


def test_name_with_a_joined_arabic_article():
    text = "Tunisian Interior Minister Kamel al-Hadi met Italian Interior Minister Paolo Greco."
    assert [o[0] for o in officials(text)] == ["Kamel al-Hadi", "Paolo Greco"]


def test_lowercase_group_name_with_an_article_is_no_official():
    assert officials("The attack was claimed by al-Shabaab fighters on Monday.") == []


def test_abbreviation_in_brackets_between_office_and_holder():
    text = (
        "Minister of Interior (MoI) Karim Bensaad led a delegation to a meeting in Rome "
        "hosted by Italian Interior Minister Paolo Greco."
    )
    found = {name: title for name, title, _ in officials(text)}
    assert found["Karim Bensaad"] == "Minister of Interior"


def test_abbreviation_in_brackets_with_no_holder_after_it():
    assert officials("The Minister of Interior (MoI) said on Monday that arrivals fell.") == []
