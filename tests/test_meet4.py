"""Meetings and officials on unseen phrasings (round 3, issue 12, fourth pass): the gaps
this round's audit of unseen news found (a trip planned for a stated day, ...).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews import MeetingStatus

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD


def parsed(text, published=None, language=None):
    return mn.parse(text, published=published, language=language)


def meetings(text, published=None, language=None):
    return parsed(text, published, language).meetings


def surnames(meeting):
    return sorted(name.split()[-1] for name in meeting.participants)


# ---- an English trip abroad planned for a stated day is a meeting with its host country ----


def test_trip_planned_for_a_stated_day_is_kept():
    found = meetings(
        "Peru's Foreign Minister Ana Ruiz will travel to Ottawa on Thursday to discuss visas.",
        D(2025, 3, 3),
    )
    assert [(surnames(m), m.countries, m.location.name, m.date.start, m.status) for m in found] == [
        (["Ruiz"], ("CA",), "Ottawa", D(2025, 3, 6), PLANNED)
    ]


def test_trip_dated_at_the_sentence_start_is_kept():
    found = meetings(
        "On March 20, Interior Minister Jo Vale of Chile will visit Lima.", D(2025, 3, 3)
    )
    assert [(surnames(m), m.countries, m.date.start) for m in found] == [
        (["Vale"], ("PE",), D(2025, 3, 20))
    ]


def test_trip_with_no_day_stays_out():
    assert meetings("Peru's Foreign Minister Ana Ruiz will travel to Ottawa.", D(2025, 3, 3)) == ()


def test_trip_does_not_take_the_day_of_a_meeting_told_before():
    found = meetings(
        "Secretary of State Tom Hale met Peru's Foreign Minister Ana Ruiz on Monday and will "
        "visit Lima, the ministry said.",
        D(2025, 3, 5),
    )
    assert [(surnames(m), m.status) for m in found] == [(["Hale", "Ruiz"], HELD)]


def test_a_return_told_in_the_past_is_no_trip():
    found = meetings(
        "Under the order of President Jo Cole, thousands were returned to Mexico on Monday.",
        D(2025, 3, 5),
    )
    assert found == ()


# ---- offices named by an intergovernmental body or a policy domain ------------------------


def officials(text, published=None, language=None):
    return [(o.name, o.title, o.country) for o in parsed(text, published, language).officials]


def test_office_of_an_intergovernmental_council():
    assert officials("The President of the European Council, Mara Lind, said it.") == [
        ("Mara Lind", "President of the European Council", None)
    ]


def test_commissioner_for_a_domain_meets_a_minister():
    text = (
        "Commissioner for Home Affairs Mara Lind met Foreign Minister Omar Haidari of "
        "Pakistan in Brussels on Monday."
    )
    assert ("Mara Lind", "Commissioner for Home Affairs", None) in officials(text)
    found = meetings(text, D(2025, 3, 5))
    assert [(surnames(m), m.location.name, m.date.start) for m in found] == [
        (["Haidari", "Lind"], "Brussels", D(2025, 3, 3))
    ]


def test_secretary_of_welfare():
    assert officials("Mexico's Secretary of Welfare, Rosa Ibarra, said it.") == [
        ("Rosa Ibarra", "Secretary of Welfare", "MX")
    ]


def test_domain_word_of_an_organisation_is_no_office():
    assert officials("Jo Ray, the education director of the Hope Center, said it.") == []


# ---- "between the two leaders" after an event noun points back ---------------------------


def test_call_between_the_two_leaders_takes_the_subject_and_the_one_named():
    found = meetings(
        "The President of Peru, Rosa Paz, met on Monday with Secretary of State Tom Hale. "
        "The president thanked President Jo Cole for the visit that followed last week's "
        "phone call between the two leaders.",
        D(2025, 3, 5),
    )
    calls = [m for m in found if m.kind.value == "call"]
    assert [surnames(m) for m in calls] == [["Cole", "Paz"]]


def test_between_the_two_leaders_needs_two_officials():
    found = meetings(
        "She thanked President Jo Cole for the phone call between the two leaders.",
        D(2025, 3, 5),
    )
    assert found == ()


# ---- Spanish: a passive reception, a longer form of a name, a headline's country ---------


def test_spanish_passive_reception_is_a_meeting_with_its_agent():
    found = meetings(
        "El presidente de Chile, Tomás Vera, llegó a Lima el domingo y fue recibido por la "
        "secretaria del Interior de Perú, Rosa Paz.",
        D(2025, 3, 5),
        "es",
    )
    assert [(surnames(m), m.date.start, m.status) for m in found] == [
        (["Paz", "Vera"], D(2025, 3, 2), HELD)
    ]


def test_spanish_passive_reception_to_come_is_planned():
    found = meetings(
        "El presidente de Chile, Tomás Vera, será recibido por la canciller de Perú, Rosa Paz.",
        D(2025, 3, 5),
        "es",
    )
    assert [(surnames(m), m.status) for m in found] == [(["Paz", "Vera"], PLANNED)]


def test_spanish_longer_form_of_a_name_is_one_official():
    found = parsed(
        "El presidente de Guatemala, Alejandro Eduardo Giammattei, llegó a México. "
        "La visita del presidente Alejandro Giammattei fue breve.",
        D(2021, 5, 4),
        "es",
    ).officials
    assert [(o.name, o.country) for o in found] == [("Alejandro Eduardo Giammattei", "GT")]


def test_spanish_office_takes_no_country_from_the_headline():
    found = parsed(
        "Reunión de presidentes de Perú y Chile\n\n"
        "El Presidente de la República Tomás Andrés Vera Soto recibió a la canciller de "
        "Chile, Rosa Paz.",
        D(2025, 3, 5),
        "es",
    ).officials
    countries = {o.name: o.country for o in found}
    assert countries["Rosa Paz"] == "CL"
    assert countries["Tomás Andrés Vera Soto"] != "CL"  # the headline's "Chile" is not his


# ---- a delegation told in a sentence of its own joins the meeting before ------------------


def test_officials_who_joined_a_participant_join_the_meeting():
    found = meetings(
        "Secretary of State Tom Hale hosted Peruvian Foreign Minister Rosa Paz on Monday at "
        "the State Department. Foreign Minister Paz was joined by Interior Minister Luis "
        "Soto of Peru; Defense Minister Ana Gil of Peru.",
        D(2025, 3, 5),
    )
    assert [surnames(m) for m in found] == [["Gil", "Hale", "Paz", "Soto"]]


def test_spanish_delegation_sentence_joins_the_meeting_before():
    found = meetings(
        "El presidente de Perú, Tomás Vera, recibió este martes en Palacio de Gobierno a su "
        "homóloga de Chile, Rosa Paz. Por parte de la comitiva chilena están: Ana Gil, "
        "ministra de Relaciones Exteriores de Chile; Luis Soto, ministro de Defensa de Chile.",
        D(2025, 3, 5),
        "es",
    )
    assert [(surnames(m), m.location.name) for m in found] == [
        (["Gil", "Paz", "Soto", "Vera"], "Palacio de Gobierno")
    ]


def test_delegation_of_another_country_joins_no_meeting():
    found = meetings(
        "President Tom Hale met Peruvian President Rosa Paz on Monday. Separately, a delegation "
        "of Brazil led by Foreign Minister Ana Gil of Brazil arrived in Lima.",
        D(2025, 3, 5),
    )
    assert [surnames(m) for m in found if "Hale" in " ".join(m.participants)] == [["Hale", "Paz"]]


# ---- Spanish officials listed under one plural office --------------------------------------


def test_spanish_list_under_plural_office_gives_each_a_title():
    found = parsed(
        "En la reunión participaron los ministros de Hacienda, Tomás Vera Soto; de Salud, "
        "Rosa Paz Gil; y de Transporte, Luis Soto Ruiz.",
        D(2025, 3, 5),
        "es",
    ).officials
    assert [(o.name, o.title) for o in found] == [
        ("Tomás Vera Soto", "Ministro de Hacienda"),
        ("Rosa Paz Gil", "Ministro de Salud"),
        ("Luis Soto Ruiz", "Ministro de Transporte"),
    ]


def test_spanish_list_of_presidents_by_country_gives_the_office_alone():
    found = parsed(
        "Asistirán los presidentes de Honduras, Rosa Paz Gil; y de Chile, Tomás Vera Soto.",
        D(2025, 3, 5),
        "es",
    ).officials
    assert [(o.name, o.title, o.country) for o in found] == [
        ("Rosa Paz Gil", "Presidente", "HN"),
        ("Tomás Vera Soto", "Presidente", "CL"),
    ]


def test_spanish_text_title_replaces_a_gazetteer_one():
    found = parsed(
        "Asistirán los presidentes de Honduras, Rosa Paz Gil; y de Cuba, Miguel Díaz-Canel.",
        D(2023, 10, 21),
        "es",
    ).officials
    assert [(o.title, "title" in o.inferred) for o in found if o.surname == "Díaz-Canel"] == [
        ("Presidente", False)
    ]


# ---- two sides that spoke after a meeting: what the meeting was about -----------------------


def test_sides_that_spoke_after_their_meeting_are_that_meeting():
    found = meetings(
        "Secretary Tom Hale arrived in Lima on Monday. There Hale met with President Rosa Paz "
        "of Peru. The embassy said Hale and Paz spoke about trade and visas.",
        D(2025, 3, 5),
    )
    assert [(m.kind.value, surnames(m)) for m in found] == [("meeting", ["Hale", "Paz"])]


def test_sides_that_spoke_with_no_meeting_before_are_a_call():
    found = meetings(
        "Secretary Tom Hale and President Rosa Paz of Peru spoke on Monday about visas.",
        D(2025, 3, 5),
    )
    assert [(m.kind.value, surnames(m)) for m in found] == [("call", ["Hale", "Paz"])]


# ---- a participant's whereabouts and the day told around the meeting ------------------------


def test_whereabouts_earlier_in_the_sentence_is_the_place():
    found = meetings(
        "Foreign Minister Ana Ruiz of Peru is in Quito where, with two aides, she met "
        "President Tomás Vera of Ecuador in the afternoon.",
        D(2025, 3, 5),
    )
    assert [(surnames(m), m.location.name) for m in found] == [(["Ruiz", "Vera"], "Quito")]


def test_day_of_the_act_told_before_the_visit_noun():
    found = meetings(
        "President Tom Hale thanked Peru's president Tuesday for his help. "
        "Hale praised President Rosa Paz during the leader's visit to the White House. "
        "Hale hosted Paz for a lunch.",
        D(2025, 3, 5),
    )
    assert [(surnames(m), m.date.start) for m in found] == [(["Hale", "Paz"], D(2025, 3, 4))]


def test_leaders_who_talked_about_an_upcoming_summit_restate_their_call():
    found = meetings(
        "President Tom Hale and President Rosa Paz of Peru held a phone call on Friday. "
        "The two presidents also talked about the upcoming summit in June in Lima.",
        D(2025, 3, 10),
    )
    assert [(m.kind.value, surnames(m), m.status) for m in found] == [
        ("call", ["Hale", "Paz"], HELD)
    ]


def test_preparations_for_an_upcoming_summit_are_a_topic():
    found = meetings(
        "President Tom Hale and President Rosa Paz of Peru spoke by phone on Friday. They "
        "reviewed trade, in addition to preparations for the upcoming summit in June in Lima.",
        D(2025, 3, 10),
    )
    assert [(m.kind.value, surnames(m)) for m in found] == [("call", ["Hale", "Paz"])]


def test_a_plan_in_a_coordinated_verb_does_not_plan_the_call():
    found = meetings(
        "President Tom Hale and President Rosa Paz of Peru spoke by phone on Tuesday and "
        "agreed to work together on visas, the ministry said.",
        D(2025, 3, 6),
    )
    assert [(m.status, m.date.start) for m in found] == [(HELD, D(2025, 3, 4))]


def test_spanish_officials_present_at_the_meeting_join_it():
    found = meetings(
        "La canciller de Perú, Rosa Paz, se reunió este martes con Tom Hale, secretario de "
        "Estado de Estados Unidos. En el encuentro también estuvieron presentes el embajador "
        "de Perú en Estados Unidos, Luis Soto; y la viceministra de Perú, Ana Gil.",
        D(2025, 3, 5),
        "es",
    )
    assert [surnames(m) for m in found] == [["Gil", "Hale", "Paz", "Soto"]]


def test_english_officials_present_at_the_meeting_join_it():
    found = meetings(
        "Foreign Minister Rosa Paz of Peru met Secretary of State Tom Hale on Tuesday. Also "
        "present at the meeting were Ambassador Luis Soto of Peru and Deputy Minister Ana Gil "
        "of Peru.",
        D(2025, 3, 5),
    )
    assert [surnames(m) for m in found] == [["Gil", "Hale", "Paz", "Soto"]]


def test_spanish_title_after_the_name_gives_its_country():
    found = parsed(
        "La canciller de Perú, Rosa Paz, se reunió con Tom Hale, secretario de Estado de "
        "Estados Unidos, y con el embajador de Chile en Perú, Luis Soto.",
        D(2025, 3, 5),
        "es",
    ).officials
    assert {o.name: o.country for o in found} == {
        "Rosa Paz": "PE",
        "Tom Hale": "US",
        "Luis Soto": "CL",
    }


# ---- Spanish: a subject left unsaid, a surname after an office word ---------------------------


def test_spanish_sentence_opening_with_its_verb_takes_the_subject_before():
    found = meetings(
        "La canciller de Perú, Rosa Paz, viajó a Quito. De igual manera, se reunirá con la "
        "ministra de Defensa de Ecuador, Ana Gil.",
        D(2025, 3, 5),
        "es",
    )
    assert (["Gil", "Paz"], PLANNED) in [(surnames(m), m.status) for m in found]


def test_spanish_sentence_with_a_subject_of_no_office_takes_none():
    found = meetings(
        "La canciller de Perú, Rosa Paz, viajó a Quito. La organización Frontera Viva se "
        "reunirá con la ministra de Defensa de Ecuador, Ana Gil.",
        D(2025, 3, 5),
        "es",
    )
    assert all("Ana Gil" not in m.participants for m in found)


def test_spanish_surname_after_an_office_word_is_the_official():
    found = parsed(
        "Luis Videgaray Caso viajó a Lima. El Secretario Videgaray aseguró que tendrá un "
        "encuentro con la canciller de Perú, Rosa Paz.",
        D(2018, 3, 5),
        "es",
    )
    assert [surnames(m) for m in found.meetings if "Rosa Paz" in m.participants] == [
        ["Caso", "Paz"]
    ]


# ---- more ways of telling talks, and capitals abroad ------------------------------------------


def test_convened_with_a_counterpart_in_a_capital_abroad():
    found = meetings(
        "Interior Minister Ali Demir of Turkey has convened with his Hungarian counterpart, "
        "Laszlo Toth, in Budapest, where migration was discussed.",
        D(2025, 3, 5),
    )
    assert [(surnames(m), m.location.name) for m in found] == [(["Demir", "Toth"], "Budapest")]


def test_a_phone_talk_with_a_counterpart_is_a_call():
    found = meetings(
        "Interior Minister Omar Said had a phone talk on Saturday with his Libyan counterpart "
        "Ali Karim.",
        D(2025, 3, 5),
    )
    assert [(m.kind.value, surnames(m), m.date.start) for m in found] == [
        ("call", ["Karim", "Said"], D(2025, 3, 1))
    ]


def test_meeting_with_another_government_is_no_part_of_a_visit_elsewhere():
    found = meetings(
        "Secretary Tom Hale, who will also visit Chile, arrived in Lima on Sunday. Hale will "
        "meet with President Rosa Paz of Peru on Monday before leaving to meet with Chilean "
        "President Ana Gil on Tuesday.",
        D(2025, 3, 2),
    )
    by_counterpart = {
        tuple(surnames(m)): (m.location.name if m.location else None, tuple(m.countries))
        for m in found
    }
    assert by_counterpart[("Hale", "Paz")][0] != "Chile"
    assert "CL" not in by_counterpart[("Hale", "Paz")][1]


def test_spanish_meeting_on_the_agenda_is_planned():
    found = meetings(
        "En su agenda, la canciller de Perú, Rosa Paz, también tiene programada una reunión "
        "con Tom Hale, secretario de Estado de Estados Unidos.",
        D(2025, 3, 5),
        "es",
    )
    assert [(surnames(m), m.status) for m in found] == [(["Hale", "Paz"], PLANNED)]


def test_spanish_call_named_with_a_relative_verb_before_its_parties():
    found = meetings(
        "El encuentro siguió a la llamada que tuvieron el viernes pasado la presidenta de "
        "Perú, Rosa Paz, y su homólogo chileno, Tomás Vera.",
        D(2025, 3, 5),
        "es",
    )
    assert [(m.kind.value, surnames(m), m.date.start) for m in found] == [
        ("call", ["Paz", "Vera"], D(2025, 2, 28))
    ]


def test_spanish_counterpart_takes_the_office_without_the_other_country():
    found = parsed(
        "El presidente de Perú, Luis Paz, y su homólogo chileno, Tomás Vera, hablaron.",
        D(2025, 3, 5),
        "es",
    ).officials
    assert [(o.name, o.title, o.country) for o in found if o.name == "Tomás Vera"] == [
        ("Tomás Vera", "Presidente", "CL")
    ]


def test_office_for_a_region_of_a_known_body():
    assert officials(
        "They met Ana Gil, director for South America of the National Security Council."
    ) == [("Ana Gil", "Director for South America of the National Security Council", "US")]


def test_office_of_an_unknown_body_after_a_known_word_is_no_office():
    assert officials("Jo Ray, director of programs of the Hope Border Institute, said it.") == []


# ---- fourth audit: a state named like a country, an appeal, a guest named after "a" ---------


def test_state_named_like_a_country_gives_its_own_country():
    assert officials("New Mexico Governor Ana Ruiz called it a problem.") == [
        ("Ana Ruiz", "Governor", "US")
    ]


def test_a_call_for_help_is_no_phone_call():
    found = meetings(
        "The meeting follows a June letter from Gov. Tom Hale and Gov. Ana Ruiz in which they "
        "issued a call for help from fellow governors.",
        D(2025, 7, 5),
    )
    assert all(m.kind.value != "call" for m in found)


def test_spanish_guest_named_after_a_personal_a_with_officials_present():
    found = meetings(
        "La presidenta Rosa Paz recibió en Palacio de Gobierno a Tomás Vera, canciller de "
        "Chile. En el encuentro también estarán funcionarios peruanos como el canciller Luis "
        "Soto; y la ministra de Defensa, Ana Gil.",
        D(2025, 3, 5),
        "es",
    )
    assert [(surnames(m), m.location.name) for m in found] == [
        (["Gil", "Paz", "Soto", "Vera"], "Palacio de Gobierno")
    ]


def test_spanish_meeting_with_a_counterpart_then_a_trip_of_the_subject():
    found = meetings(
        "La secretaria de Estado de Perú, Rosa Paz, se reunió el martes con su homónima "
        "chilena, Ana Gil, en Lima y mañana viajará a Ecuador.",
        D(2025, 3, 5),
        "es",
    )
    held = [(surnames(m), m.location.name) for m in found if m.status is HELD]
    planned = [(surnames(m), m.countries) for m in found if m.status is PLANNED]
    assert held == [(["Gil", "Paz"], "Lima")]
    assert planned == [(["Paz"], ("EC",))]


def test_spanish_own_office_before_a_counterpart_title():
    found = parsed(
        "La canciller Rosa Paz se reunió con su homólogo de Chile, Tomás Vera Soto. La "
        "canciller recibió al ministro de Relaciones Exteriores de Chile, Tomás Vera Soto.",
        D(2025, 3, 5),
        "es",
    ).officials
    assert [o.title for o in found if o.name == "Tomás Vera Soto"] == [
        "Ministro de Relaciones Exteriores de Chile"
    ]


def test_a_surname_that_is_also_a_city_abroad_stays_a_name():
    found = parsed(
        "El canciller de Chile, Tomás Reyes Lagos, habló.", D(2025, 3, 5), "es"
    ).officials
    assert [o.name for o in found] == ["Tomás Reyes Lagos"]
