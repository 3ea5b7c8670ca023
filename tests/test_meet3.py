"""Meetings on unseen phrasings (round 3, issue 12): a meeting noun named only as a topic,
a meeting noun whose own clause sets it ahead, a trip to come kept apart from the talks
before it, and the further gaps the round's audit of unseen news found.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews import MeetingStatus

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD


def meetings(text, published=None, language=None):
    return mn.parse(text, published=published, language=language).meetings


def surnames(meeting):
    return sorted(name.split()[-1] for name in meeting.participants)


# ---- a meeting noun named only as a topic takes no officials from its sentence ----------


def test_spanish_summit_as_topic_is_no_meeting():
    found = meetings(
        "El canciller Jorge Pinto viajará a Lima el martes para trabajar en torno a la Cumbre "
        "Andina, dijo el presidente Tomás Vera.",
        D(2025, 3, 3),
        "es",
    )
    assert all(m.kind.value != "summit" for m in found)
    assert all("Tomás Vera" not in m.participants for m in found)


def test_english_summit_as_topic_is_no_meeting():
    found = meetings(
        "Foreign Minister Ana Ruiz of Peru told President Jo Cole about the summit in a "
        "letter, officials said.",
        D(2025, 3, 3),
    )
    assert all(m.kind.value != "summit" for m in found)


def test_a_visit_ahead_of_which_one_waits_is_still_told():
    found = meetings(
        "Secretary of State Tom Hale, who was in Lima ahead of a visit to Ecuador on Friday, "
        "praised the plan.",
        D(2025, 3, 5),
    )
    assert [(m.kind.value, surnames(m)) for m in found] == [("visit", ["Hale"])]


# ---- a meeting noun's own clause that sets it ahead -----------------------------------


def test_spanish_summit_to_be_held_is_planned_and_dated_ahead():
    found = meetings(
        "El presidente Tomás Vera y su homólogo de Chile, Pablo Soto, acordaron asistir a la "
        "Cumbre Andina que se celebrará del 6 al 8 de junio en Lima.",
        D(2025, 4, 30),
        "es",
    )
    summit = [m for m in found if m.kind.value == "summit"]
    assert summit
    assert summit[0].status is PLANNED
    assert summit[0].date is not None
    assert summit[0].date.start == D(2025, 6, 6)


def test_english_talks_to_be_held_are_planned():
    found = meetings(
        "Peruvian President Tomás Vera and Chilean President Pablo Soto agreed on talks to be "
        "held in Lima on June 6.",
        D(2025, 4, 30),
    )
    assert [m.status for m in found] == [PLANNED]
    assert found[0].date.start == D(2025, 6, 6)


# ---- a trip to come is not the talks held before it -----------------------------------


def test_spanish_tour_to_come_is_kept_apart_from_talks_held():
    found = meetings(
        "El presidente Tomás Vera sostuvo una llamada con su homólogo de Chile, Pablo Soto. "
        "Vera dijo que fue un diálogo cordial. La llamada se enmarca en la gira que el "
        "presidente Vera realizará del 5 al 9 de mayo por Bolivia.",
        D(2025, 4, 30),
        "es",
    )
    trips = [m for m in found if m.kind.value == "visit"]
    assert len(trips) == 1
    assert trips[0].status is PLANNED
    assert trips[0].date.start == D(2025, 5, 5)
    assert trips[0].countries == ("BO",)


# ---- words the audit of unseen news found missing -------------------------------------


def test_phone_consultations_are_a_call():
    found = meetings(
        "President Jo Cole held phone consultations with Peruvian President Tomás Vera on "
        "Tuesday about the border.",
        D(2025, 3, 5),
    )
    assert [(m.kind.value, surnames(m)) for m in found] == [("call", ["Cole", "Vera"])]


def test_a_caption_greeting_is_a_meeting():
    found = meetings(
        "Peruvian President Tomás Vera greets U.S. Secretary of State Tom Hale at the "
        "Government Palace in Lima on Monday.",
        D(2025, 3, 5),
    )
    assert [surnames(m) for m in found] == [["Hale", "Vera"]]
    assert found[0].location.name.endswith("Lima")


def test_spanish_welcome_is_a_meeting():
    found = meetings(
        "El presidente Tomás Vera dio la bienvenida al presidente de Chile, Pablo Soto, en "
        "el Palacio de Gobierno este lunes.",
        D(2025, 3, 3),
        "es",
    )
    assert [surnames(m) for m in found] == [["Soto", "Vera"]]


def test_planned_arrival_gives_the_next_day_meeting_its_place():
    found = meetings(
        "Secretary of State Tom Hale will arrive in Lima on Saturday and is scheduled to meet "
        "with Peruvian President Tomás Vera on Sunday.",
        D(2025, 3, 5),
    )
    meeting = next(m for m in found if m.kind.value == "meeting")
    assert meeting.location.name == "Lima"
    assert meeting.date.start == D(2025, 3, 9)


# ---- dates that are not the meeting's -------------------------------------------------


def test_a_date_after_since_is_not_the_meeting_day():
    found = meetings(
        "Foreign Minister Ana Ruiz held talks with Secretary Tom Hale on Monday in Lima. It was "
        "the first time Ruiz has met with Hale since the election Saturday.",
        D(2025, 3, 5),
    )
    assert len(found) == 1
    assert found[0].date.start == D(2025, 3, 3)


def test_the_datelines_day_is_not_a_planned_summits_day():
    found = meetings(
        "LIMA, March 4 (Wire) -- Peru will host a summit with Andean leaders, President Tomás "
        "Vera said. Vera will meet Chilean President Pablo Soto and Bolivian President Luis Paz "
        "in Quito on March 17.",
        D(2025, 3, 4),
    )
    assert len(found) == 1
    assert found[0].date.start == D(2025, 3, 17)
    assert found[0].location.name == "Quito"


def test_a_relative_clause_on_an_appositive_keeps_its_date():
    found = meetings(
        "President Jo Cole hosted Peruvian President Tomás Vera at the White House, an "
        "invitation that came after Peru in July signed a trade deal.",
        D(2025, 12, 16),
    )
    assert [m.date for m in found] == [None]


def test_one_more_official_who_may_join_is_no_stop_of_a_tour():
    found = meetings(
        "Vera will meet Chilean President Pablo Soto and Bolivian President Luis Paz in Quito "
        "on March 17 and Ecuadorian President Ana Mora may also join the meeting, Vera told "
        "reporters on the plane from Bogotá to Lima.",
        D(2025, 3, 4),
    )
    assert len(found) == 1
    assert found[0].location.name == "Quito"


# ---- a counterpart named by office first, then by name -------------------------------


def test_his_counterpart_then_the_meeting_with_the_named_minister():
    found = meetings(
        "Secretary of State Tom Hale met in Washington on Tuesday with his Peruvian "
        "counterpart for talks on trade. Hale's meeting with Peru's Foreign Minister Ana Ruiz "
        "covered migration.",
        D(2025, 3, 5),
    )
    assert [(surnames(m), m.location.name) for m in found] == [(["Hale", "Ruiz"], "Washington")]


def test_the_meeting_with_a_named_minister_joins_the_unnamed_one():
    found = meetings(
        "Secretary of State Tom Hale met with Peru's foreign minister on Tuesday. The meeting "
        "with Peruvian Foreign Minister Ana Ruiz in Washington came a week after Hale took "
        "office.",
        D(2025, 3, 6),
    )
    assert [(surnames(m), m.date.start) for m in found] == [(["Hale", "Ruiz"], D(2025, 3, 4))]


# ---- a headline's infinitive tells a plan ---------------------------------------------


def test_headline_infinitive_is_planned():
    found = meetings(
        "Cole to host Peruvian president for talks on trade\n\nPresident Jo Cole will meet "
        "with Peruvian President Tomás Vera at the White House next week.",
        D(2025, 3, 7),
    )
    assert [m.status for m in found] == [PLANNED]


# ---- buildings ------------------------------------------------------------------------


def test_welcomed_to_a_building_past_an_appositive():
    found = meetings(
        "President Jo Cole welcomed Tomás Vera, the newly sworn-in president of Peru, to the "
        "White House on Monday.",
        D(2025, 3, 5),
    )
    assert [m.location.name for m in found] == ["White House"]


def test_a_department_of_a_name_is_a_building():
    found = meetings(
        "Secretary of State Tom Hale hosted Peruvian Foreign Minister Ana Ruiz on Monday at "
        "the Department of State.",
        D(2025, 3, 5),
    )
    assert [m.location.name for m in found] == ["Department of State"]


# ---- officials the gazetteer lacks, named with an appositive title --------------------


def test_appositive_title_after_article_and_modifiers():
    article = mn.parse(
        "Tomás Vera, the newly sworn-in president of Peru, spoke on Monday.", published=None
    )
    assert [(o.name, o.title, o.country) for o in article.officials] == [
        ("Tomás Vera", "President", "PE")
    ]


def test_appositive_title_of_a_former_office_keeps_former():
    article = mn.parse("Tomás Vera, the former president of Peru, spoke on Monday.")
    assert [o.title for o in article.officials] == ["Former President"]


# ---- plans said before the meeting word ------------------------------------------------


def test_is_also_due_to_meet_is_planned():
    found = meetings(
        "Secretary of State Tom Hale met Peruvian Foreign Minister Ana Ruiz on Friday. Hale "
        "is also due to meet with Peruvian President Tomás Vera.",
        D(2025, 3, 7),
    )
    vera = next(m for m in found if "Tomás Vera" in m.participants)
    assert vera.status is PLANNED


def test_a_trip_to_come_and_its_purpose_are_one_planned_meeting():
    found = meetings(
        "Italian Premier Lia Conti is to return to Tunis on Sunday with Dutch Prime Minister "
        "Pieter Berg to sign an accord with Tunisian President Sami Ben Ali, a spokesperson said "
        "on Friday. Conti visited Tunis twice last month.",
        D(2025, 7, 11),
    )
    assert len(found) == 1
    assert surnames(found[0]) == ["Ali", "Berg", "Conti"]
    assert found[0].status is PLANNED
    assert found[0].date.start == D(2025, 7, 13)
    assert found[0].location.name == "Tunis"


def test_spanish_counterpart_named_after_that_nation():
    found = meetings(
        "El presidente de Chile, Pablo Soto, viajará el jueves a México, donde se reunirá con "
        "el mandatario de esa nación, Andrés Manuel López Obrador.",
        D(2022, 3, 7),
        "es",
    )
    assert any(
        sorted(m.participants) == ["Andrés Manuel López Obrador", "Pablo Soto"] for m in found
    )
    assert all(m.status is PLANNED for m in found)


def test_a_speaker_after_an_indefinite_appositive_is_not_the_title():
    article = mn.parse(
        "Premier Lia Conti will meet Tunisian President Sami Ben Ali on Sunday, a commission "
        "spokesperson said.",
        published=D(2025, 7, 11),
    )
    titles = {o.name: o.title for o in article.officials}
    assert titles["Sami Ben Ali"] == "President"


def test_spanish_title_ends_at_a_semicolon():
    article = mn.parse(
        "Por la delegación chilena asisten: Ana Ruiz Soto, ministra de Relaciones Exteriores; "
        "Pedro Gil Mora, ministro de Defensa Nacional.",
        language="es",
    )
    titles = {o.name: o.title for o in article.officials}
    assert titles["Ana Ruiz Soto"] == "Ministra de Relaciones Exteriores"


def test_spanish_name_after_presidente_de_la_republica():
    article = mn.parse(
        "El Presidente de la República Tomás Vera dio la bienvenida en Palacio Nacional al "
        "presidente de Chile, Pablo Soto.",
        published=D(2025, 3, 3),
        language="es",
    )
    assert {o.name: o.title for o in article.officials}["Tomás Vera"] == (
        "Presidente de la República"
    )
    assert [(sorted(m.participants), m.location.name) for m in article.meetings] == [
        (["Pablo Soto", "Tomás Vera"], "Palacio Nacional")
    ]


def test_spanish_body_name_before_a_holder_is_no_person():
    article = mn.parse(
        "La secretaria de Seguridad Nacional de Estados Unidos, Ana Ruiz, viajó a Lima.",
        language="es",
    )
    assert [o.name for o in article.officials] == ["Ana Ruiz"]


def test_minister_of_justice_is_the_title_not_justice():
    article = mn.parse("Peruvian Minister of Justice Ana Ruiz spoke on Monday.")
    assert [(o.title, o.country) for o in article.officials] == [("Minister of Justice", "PE")]


def test_a_visit_going_on_is_not_a_new_trip():
    found = meetings(
        "Secretary Tom Hale arrived in Peru on Wednesday. During his visit, Hale met with "
        "President Tomás Vera. He said that during his visit he would discuss deportation "
        "flights. Before his meeting with Vera, Hale visited a prison.",
        D(2025, 3, 27),
    )
    met = [m for m in found if "Tomás Vera" in m.participants and m.kind.value != "call"]
    assert len(met) == 1
    assert met[0].date.start == D(2025, 3, 26)


def test_counterpart_named_after_the_capital():
    found = meetings(
        "Peruvian President Tomás Vera met with the mayor of the capital, Mayor Ana Ruiz, on "
        "Monday.",
        D(2025, 3, 5),
    )
    assert [surnames(m) for m in found] == [["Ruiz", "Vera"]]


def test_a_planned_news_conference_after_a_held_meeting_is_its_own():
    found = meetings(
        "LIMA (Wire) - Secretary of State Tom Hale met with Peruvian Foreign Minister Ana Ruiz on "
        "Friday. Hale, Ruiz and Chilean Foreign Minister Pablo Soto are expected to hold a news "
        "conference in Lima on Friday afternoon. Hale is also due to meet with Peruvian "
        "President Tomás Vera.",
        D(2025, 3, 7),
    )
    assert sorted((surnames(m), m.status) for m in found) == [
        (["Hale", "Ruiz"], HELD),
        (["Hale", "Ruiz", "Soto"], PLANNED),
        (["Hale", "Vera"], PLANNED),
    ]


def test_spanish_hara_una_gira_is_a_tour_to_come_apart_from_the_meeting_held():
    found = meetings(
        "El presidente de Chile, Pablo Soto, sostuvo una reunión con Ana Ruiz, secretaria de "
        "Estado de Perú. Soto anunció el viernes que hará una gira en mayo por Bolivia y "
        "Paraguay.",
        D(2025, 3, 14),
        "es",
    )
    trips = [m for m in found if m.kind.value == "visit"]
    assert [(m.countries, m.status, m.date.start) for m in trips] == [
        (("BO",), PLANNED, D(2025, 5, 1)),
        (("PY",), PLANNED, D(2025, 5, 1)),
    ]
