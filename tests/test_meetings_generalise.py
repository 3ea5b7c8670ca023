"""Meetings read from how reports phrase them in general, not from any one article.

Every sentence here is written for these tests (invented officials and plain wire-style
phrasing): passive hosts, signings, two sides that spoke, a host named in the next
sentence, and a tour whose stops each have their own place and day.
"""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews import MeetingKind, MeetingStatus

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD
PUBLISHED = D(2025, 3, 12)  # a Wednesday


def meetings(text, published=PUBLISHED):
    return mn.parse(text, published=published).meetings


def parties(meeting):
    return [name.split()[-1] for name in meeting.participants]


def summary(meeting):
    return (
        parties(meeting),
        meeting.location.name if meeting.location else None,
        meeting.date.start if meeting.date else None,
        meeting.status,
    )


# (text, participants' surnames, location, date, status)
FOUND = [
    pytest.param(
        "Peruvian President Lina Paz was welcomed at the White House by President Tomás Vega "
        "on Monday.",
        ["Paz", "Vega"],
        "White House",
        D(2025, 3, 10),
        HELD,
        id="passive-welcomed-by",
    ),
    pytest.param(
        "Interior Secretary Dana Holt landed in Lima on Tuesday. She was greeted at the "
        "airport by Peruvian President Lina Paz.",
        ["Holt", "Paz"],
        "Lima",
        D(2025, 3, 11),
        HELD,
        id="passive-greeted-by-after-arrival",
    ),
    pytest.param(
        "Peruvian Foreign Minister Rosa Quispe and U.S. Secretary of State Ana Cole signed a "
        "regional labor mobility accord in Lima on Monday.",
        ["Quispe", "Cole"],
        "Lima",
        D(2025, 3, 10),
        HELD,
        id="signing-any-document",
    ),
    pytest.param(
        "Chilean President Tomás Vega and Peruvian President Lina Paz spoke for an hour on "
        "Monday about the border.",
        ["Vega", "Paz"],
        None,
        D(2025, 3, 10),
        HELD,
        id="two-sides-spoke",
    ),
    pytest.param(
        "Secretary Ana Cole held productive discussions with Ecuadorian President Marco Ibarra "
        "on Friday.",
        ["Cole", "Ibarra"],
        None,
        D(2025, 3, 7),
        HELD,
        id="held-discussions-with",
    ),
    pytest.param(
        "Chilean President Tomás Vega and Peruvian President Lina Paz are expected to speak "
        "by phone on Friday.",
        ["Vega", "Paz"],
        None,
        D(2025, 3, 14),
        PLANNED,
        id="planned-call",
    ),
]


@pytest.mark.parametrize(("text", "names", "place", "day", "status"), FOUND)
def test_a_meeting_phrased_in_general(text, names, place, day, status):
    (meeting,) = meetings(text)
    assert summary(meeting) == (names, place, day, status)


def test_a_signing_ceremony_with_unknown_title_words_is_a_meeting():
    (meeting,) = meetings(
        "Ecuadorian Interior Minister Rosa Quispe and Secretary Ana Cole signed a "
        "memorandum of understanding on returns on Tuesday."
    )
    assert meeting.kind is MeetingKind.MEETING
    assert parties(meeting) == ["Quispe", "Cole"]


def test_a_visit_takes_its_host_from_the_next_sentence():
    text = (
        "Secretary Ana Cole traveled to Ecuador this week. Ecuadorian President Marco Ibarra "
        "showed her a new border post on Tuesday, the ministry said."
    )
    (meeting,) = meetings(text)
    assert parties(meeting) == ["Cole", "Ibarra"]
    assert meeting.location.name == "Ecuador"


def test_a_visit_takes_no_host_from_a_sentence_that_does_not_point_at_the_visitor():
    text = (
        "Secretary Ana Cole traveled to Ecuador this week. Days earlier, Ecuadorian President "
        "Marco Ibarra announced new border posts."
    )
    (meeting,) = meetings(text)
    assert parties(meeting) == ["Cole"]


def test_a_tour_with_dated_stops_is_one_meeting_per_stop():
    text = (
        "Secretary Ana Cole met Peruvian President Lina Paz in Lima on Sunday, Ecuadorian "
        "President Marco Ibarra in Quito on Monday and Colombian President Luis Duarte in "
        "Bogotá on Tuesday."
    )
    found = [(parties(m), m.location.name, m.date.start) for m in meetings(text)]
    assert found == [
        (["Cole", "Paz"], "Lima", D(2025, 3, 9)),
        (["Cole", "Ibarra"], "Quito", D(2025, 3, 10)),
        (["Cole", "Duarte"], "Bogotá", D(2025, 3, 11)),
    ]


def test_a_list_of_counterparts_without_stops_is_one_meeting():
    text = (
        "Secretary Ana Cole met Peruvian President Lina Paz, Ecuadorian President Marco "
        "Ibarra and Colombian President Luis Duarte in Lima on Sunday."
    )
    (meeting,) = meetings(text)
    assert parties(meeting) == ["Cole", "Paz", "Ibarra", "Duarte"]


def test_a_semicolon_ends_the_clause_that_dates_a_meeting():
    text = (
        "In Lima on Monday she met Peruvian President Lina Paz; on Wednesday in Quito she "
        "met Ecuadorian President Marco Ibarra."
    )
    lead = "Secretary Ana Cole began a regional trip on Sunday. "
    first, second = meetings(lead + text)
    assert (parties(first), first.date.start) == (["Cole", "Paz"], D(2025, 3, 10))
    assert (parties(second), second.date.start) == (["Cole", "Ibarra"], D(2025, 3, 12))


# Mentions that name officials and a meeting word but report no meeting between two sides.
NOT_MEETINGS = [
    pytest.param(
        "Peruvian President Lina Paz visited the border on Monday, a day after Secretary Ana "
        "Cole visited Lima.",
        id="two-visits-in-one-sentence",
    ),
    pytest.param(
        "Secretary Ana Cole told reporters in Lima that she had no plans to meet Peruvian "
        "President Lina Paz.",
        id="no-plans-to-meet",
    ),
    pytest.param(
        "Chilean President Tomás Vega and Peruvian President Lina Paz have spoken out against "
        "the deportations.",
        id="two-sides-speaking-out",
    ),
    pytest.param(
        "Texas Gov. Ana Cole appeared alongside Lt. Gov. Tomás Vega on Monday.",
        id="one-government-appearing-together",
    ),
    pytest.param(
        "Texas Gov. Ana Cole signed the bill on Tuesday, and Lt. Gov. Tomás Vega praised it.",
        id="one-government-signing",
    ),
    pytest.param(
        "Mayor Lina Paz spoke about the shelters while Gov. Ana Cole talked about the budget.",
        id="two-speakers-at-home",
    ),
    pytest.param(
        "Migrants were received at the shelter by volunteers on Monday, Mayor Lina Paz said.",
        id="passive-without-official-agent",
    ),
    pytest.param(
        "President Tomás Vega signed an executive order on Monday. Peruvian President Lina "
        "Paz criticized the order.",
        id="signing-alone-then-criticism",
    ),
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_no_meeting(text):
    assert meetings(text) == ()


def test_a_place_in_the_subjects_appositive_is_not_where_they_met():
    text = "Rosa Quispe, Peru's ambassador to Chile, met Secretary Ana Cole on Monday."
    (meeting,) = meetings(text)
    assert parties(meeting) == ["Quispe", "Cole"]
    assert meeting.location is None


def test_a_place_outside_a_city():
    text = "President Lina Paz hosted Secretary Ana Cole at a ranch outside Lima on Monday."
    (meeting,) = meetings(text)
    assert meeting.location.name == "Lima"


def test_a_later_trip_is_the_next_stop_not_the_meeting_before():
    text = (
        "Peruvian President Lina Paz hosted Secretary Ana Cole on Sunday. Cole later flew to "
        "Quito, where she met Ecuadorian President Marco Ibarra on Monday."
    )
    first, second = meetings(text)
    assert (parties(first), first.location, first.date.start) == (
        ["Paz", "Cole"],
        None,
        D(2025, 3, 9),
    )
    assert (parties(second), second.location.name, second.date.start) == (
        ["Cole", "Ibarra"],
        "Quito",
        D(2025, 3, 10),
    )


def test_counterparts_from_countries_take_part_as_governments():
    (meeting,) = meetings(
        "Secretary Ana Cole met with her counterparts from Peru and Ecuador on Friday."
    )
    assert (parties(meeting), meeting.countries, meeting.location) == (
        ["Cole"],
        ("PE", "EC"),
        None,
    )


def test_a_call_from_an_official():
    (meeting,) = meetings(
        "Ecuadorian President Marco Ibarra received a call from President Tomás Vega on Tuesday."
    )
    assert (sorted(parties(meeting)), meeting.kind) == (["Ibarra", "Vega"], MeetingKind.CALL)


def test_an_official_who_told_another_in_a_call_took_part():
    (meeting,) = meetings(
        "President Tomás Vega told Peruvian President Lina Paz in a phone call on Monday that "
        "tariffs would follow."
    )
    assert summary(meeting) == (["Vega", "Paz"], None, D(2025, 3, 10), HELD)


def test_an_official_blamed_during_a_visit_did_not_take_part():
    text = "Gov. Ana Cole blamed President Tomás Vega during a visit to a border town."
    assert all("Tomás Vega" not in m.participants for m in meetings(text))


def test_the_secretary_points_back_to_the_subject_holding_that_office():
    text = (
        "Secretary of State Ana Cole met Tuesday with Peruvian Foreign Secretary Rosa Quispe. "
        "The secretary also held talks with Peru's security chief, Marco Ibarra."
    )
    first, second = meetings(text)
    assert parties(first) == ["Cole", "Quispe"]
    assert parties(second) == ["Cole", "Ibarra"]


def test_the_meeting_someone_joined_is_the_meeting_not_the_arrival():
    text = (
        "Secretary Ana Cole met with Peruvian President Lina Paz on Tuesday. Cole, who "
        "arrived in Lima on Monday night, praised the talks. Peruvian Foreign Minister Rosa "
        "Quispe, who joined the meeting, called it frank."
    )
    (meeting,) = meetings(text)
    assert summary(meeting) == (["Cole", "Paz", "Quispe"], "Lima", D(2025, 3, 11), HELD)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Ana Cole paid a courtesy call on Peruvian President Lina Paz on Monday.",
        "President Tomás Vega held a bilateral with Peruvian President Lina Paz on Monday.",
        "Secretary Ana Cole exchanged views with Peruvian Foreign Minister Lina Paz on Monday.",
        "Secretary Ana Cole shook hands with Peruvian President Lina Paz on Monday.",
        "Peruvian President Lina Paz appeared alongside Secretary Ana Cole on Monday.",
    ],
)
def test_diplomatic_nouns_and_verbs(text):
    (meeting,) = meetings(text)
    assert len(meeting.participants) == 2
    assert meeting.date.start == D(2025, 3, 10)


def test_a_progressive_host_is_a_planned_meeting():
    (meeting,) = meetings(
        "President Tomás Vega is hosting Peruvian President Lina Paz at the White House on Friday."
    )
    assert summary(meeting) == (["Vega", "Paz"], "White House", D(2025, 3, 14), PLANNED)


def test_a_past_progressive_meeting_was_held():
    (meeting,) = meetings(
        "President Tomás Vega was meeting with Peruvian President Lina Paz when the news "
        "broke on Monday."
    )
    assert meeting.status is HELD


def test_the_day_a_plan_was_reported_is_not_the_meetings_day():
    text = (
        "Cole to visit Lima next week for talks with Paz\n"
        "Secretary of State Ana Cole will travel to Lima next week to meet Peruvian President "
        "Lina Paz, the State Department said on Wednesday."
    )
    (meeting,) = meetings(text)
    assert summary(meeting) == (["Cole", "Paz"], "Lima", D(2025, 3, 17), PLANNED)


def test_a_trip_to_several_countries_is_one_visit_per_stop_in_order():
    text = (
        "Secretary Ana Cole will visit Peru on Monday, Ecuador on Tuesday and Chile on Wednesday."
    )
    found = [(m.countries, m.location.name, m.date.start, m.status) for m in meetings(text)]
    assert found == [
        (("PE",), "Peru", D(2025, 3, 17), PLANNED),
        (("EC",), "Ecuador", D(2025, 3, 18), PLANNED),
        (("CL",), "Chile", D(2025, 3, 19), PLANNED),
    ]


def test_a_trip_between_home_towns_is_no_visit():
    text = "Texas Gov. Ana Cole visited El Paso and Laredo last week."
    assert meetings(text) == ()


def test_a_delegation_led_by_an_official():
    (meeting,) = meetings(
        "Peruvian President Lina Paz met with a U.S. delegation led by Secretary Ana Cole on "
        "Monday."
    )
    assert summary(meeting) == (["Paz", "Cole"], None, D(2025, 3, 10), HELD)


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("at Mar-a-Lago", "Mar-a-Lago"),
        ("at Camp David", "Camp David"),
        ("at the Casa Rosada", "Casa Rosada"),
        ("in the Oval Office", "Oval Office"),
    ],
)
def test_a_venue_no_gazetteer_knows(where, place):
    (meeting,) = meetings(
        f"President Tomás Vega met Peruvian President Lina Paz {where} on Friday."
    )
    assert meeting.location.name == place


@pytest.mark.parametrize(
    "where", ["at the Summit of the Americas", "at CELAC", "at the United Nations"]
)
def test_an_event_or_a_body_is_no_venue(where):
    (meeting,) = meetings(
        f"President Tomás Vega met Peruvian President Lina Paz {where} on Friday."
    )
    assert meeting.location is None


def test_an_invitation_to_visit_is_a_planned_visit_with_its_host():
    (meeting,) = meetings("Peruvian President Lina Paz invited Secretary Ana Cole to visit Lima.")
    assert (sorted(parties(meeting)), meeting.location.name, meeting.status) == (
        ["Cole", "Paz"],
        "Lima",
        PLANNED,
    )


def test_an_expected_call_is_planned():
    (meeting,) = meetings(
        "Peruvian President Lina Paz said she expects to talk with President Tomás Vega on Friday."
    )
    assert summary(meeting) == (["Paz", "Vega"], None, D(2025, 3, 14), PLANNED)


def test_an_arrival_then_a_meeting_is_one_meeting_in_the_arrival_city():
    text = (
        "Secretary Ana Cole arrived in Lima on Monday. The secretary met with Peruvian "
        "President Lina Paz at the Government Palace on Tuesday."
    )
    (meeting,) = meetings(text)
    assert summary(meeting) == (
        ["Cole", "Paz"],
        "Government Palace in Lima",
        D(2025, 3, 11),
        HELD,
    )


@pytest.mark.parametrize(
    "second",
    [
        "President Tomás Vega spoke with the Peruvian president on Monday.",
        "On Monday, President Tomás Vega met Peru's president in Lima.",
    ],
)
def test_a_countrys_office_points_back_to_its_holder(second):
    text = "Peruvian President Lina Paz criticized the tariffs on Sunday. " + second
    (meeting,) = meetings(text)
    assert (parties(meeting), meeting.countries) == (["Vega", "Paz"], ())


def test_a_countrys_office_with_no_holder_named_stays_a_government():
    (meeting,) = meetings("Secretary Ana Cole met with Peru's president on Monday.")
    assert (parties(meeting), meeting.countries) == (["Cole"], ("PE",))
