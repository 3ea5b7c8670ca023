"""Meetings: who met, called or visited whom, where, when, and whether it happened yet.

Every sentence here is written for these tests; each table row exercises one pattern.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationnews as mn
from migrationnews import MeetingKind, MeetingStatus
from migrationnews._adversarial import texts
from migrationnews.seeds import default_seed

D = dt.date
PLANNED, HELD = MeetingStatus.PLANNED, MeetingStatus.HELD


def meetings(text, published=None):
    return mn.parse(text, published=published).meetings


# (text, published, participants' surnames and governments' ISO codes, kind, status, location)
PATTERNS = [
    pytest.param(
        "Secretary of State Antony J. Blinken will meet with Mexican President Andrés Manuel "
        "López Obrador in Mexico City.",
        D(2023, 12, 27),
        ["Blinken", "López Obrador"],
        MeetingKind.MEETING,
        PLANNED,
        "Mexico City",
        id="will-meet-with",
    ),
    pytest.param(
        "In Guatemala City, Vice President Kamala Harris met with President Alejandro "
        "Giammattei of Guatemala.",
        D(2021, 6, 8),
        ["Harris", "Giammattei"],
        MeetingKind.MEETING,
        HELD,
        "Guatemala City",
        id="met-with",
    ),
    pytest.param(
        "Mexican Foreign Secretary Marcelo Ebrard held talks with Secretary of State Mike "
        "Pompeo at the State Department.",
        D(2019, 6, 6),
        ["Ebrard", "Pompeo"],
        MeetingKind.TALKS,
        HELD,
        "State Department",
        id="held-talks",
    ),
    pytest.param(
        "President Joe Biden spoke by phone with Mexican President Andrés Manuel López "
        "Obrador about the surge.",
        D(2023, 12, 27),
        ["Biden", "López Obrador"],
        MeetingKind.CALL,
        HELD,
        None,
        id="spoke-by-phone",
    ),
    pytest.param(
        "President Claudia Sheinbaum told reporters about a phone call with Donald Trump.",
        D(2024, 11, 28),
        ["Sheinbaum", "Trump"],
        MeetingKind.CALL,
        HELD,
        None,
        id="a-phone-call-with",
    ),
    pytest.param(
        "President Joe Biden hosted Guatemalan President Bernardo Arévalo in Washington.",
        D(2024, 3, 26),
        ["Biden", "Arévalo"],
        MeetingKind.MEETING,
        HELD,
        "Washington",
        id="hosted",
    ),
    pytest.param(
        "Homeland Security Secretary Kristi Noem traveled to Panama City to discuss "
        "deportation flights with President José Raúl Mulino.",
        D(2025, 3, 20),
        ["Noem", "Mulino"],
        MeetingKind.VISIT,
        HELD,
        "Panama City",
        id="traveled-to-discuss-with",
    ),
    pytest.param(
        "Vice President Kamala Harris visited Guatemala.",
        D(2021, 6, 8),
        ["Harris", "GT"],
        MeetingKind.VISIT,
        HELD,
        "Guatemala",
        id="visited-a-country",
    ),
    pytest.param(
        "Secretary Alejandro Mayorkas is expected to meet Panama's president next week.",
        D(2023, 4, 1),
        ["Mayorkas", "PA"],
        MeetingKind.MEETING,
        PLANNED,
        None,
        id="expected-to-meet-a-government",
    ),
    pytest.param(
        "Colombian President Gustavo Petro plans to hold talks with Secretary of State Marco "
        "Rubio in Bogotá.",
        D(2025, 2, 1),
        ["Petro", "Rubio"],
        MeetingKind.TALKS,
        PLANNED,
        "Bogotá",
        id="plans-to-hold-talks",
    ),
    pytest.param(
        "President Joe Biden and President Andrés Manuel López Obrador discussed migration "
        "during a call on Sunday.",
        D(2023, 12, 27),
        ["Biden", "López Obrador"],
        MeetingKind.CALL,
        HELD,
        None,
        id="during-a-call",
    ),
    pytest.param(
        "Gov. Greg Abbott said President Joe Biden met with President Andrés Manuel López Obrador.",
        D(2023, 12, 27),
        ["Biden", "López Obrador"],
        MeetingKind.MEETING,
        HELD,
        None,
        id="reporter-of-the-meeting-is-no-participant",
    ),
    pytest.param(
        "Gov. Greg Abbott criticized President Joe Biden’s meeting with President Andrés "
        "Manuel López Obrador.",
        D(2023, 12, 27),
        ["Biden", "López Obrador"],
        MeetingKind.MEETING,
        HELD,
        None,
        id="owner-of-the-meeting-noun",
    ),
    pytest.param(
        "President Alejandro Giammattei said he had spoken with Honduran President Juan "
        "Orlando Hernández about the group.",
        D(2020, 12, 10),
        ["Giammattei", "Hernández"],
        MeetingKind.CALL,
        HELD,
        None,
        id="had-spoken-with",
    ),
    pytest.param(
        "President Andrés Manuel López Obrador is expected to raise the issue with "
        "President-elect Joe Biden in a call next week.",
        D(2020, 12, 10),
        ["López Obrador", "Biden"],
        MeetingKind.CALL,
        PLANNED,
        None,
        id="planned-mark-before-the-object",
    ),
    pytest.param(
        "President Joe Biden and Canadian Prime Minister Justin Trudeau held a summit in "
        "Mexico City.",
        D(2023, 1, 10),
        ["Biden", "Trudeau"],
        MeetingKind.SUMMIT,
        HELD,
        "Mexico City",
        id="summit-two-subjects",
    ),
    pytest.param(
        "Foreign Minister Marcelo Ebrard met on Tuesday with Secretary of State Antony J. "
        "Blinken at the State Department to review asylum rules.",
        D(2022, 3, 9),
        ["Ebrard", "Blinken"],
        MeetingKind.MEETING,
        HELD,
        "State Department",
        id="venue-after-a-late-with",
    ),
    pytest.param(
        "Texas Gov. Greg Abbott met President Joe Biden at the Governor's Mansion in Austin.",
        D(2023, 1, 10),
        ["Abbott", "Biden"],
        MeetingKind.MEETING,
        HELD,
        "Governor's Mansion in Austin",
        id="venue-in-a-city",
    ),
    pytest.param(
        "Secretary of State Antony J. Blinken will meet Guatemala's foreign minister, Mario "
        "Búcaro, next week.",
        D(2023, 1, 10),
        ["Blinken", "Búcaro"],
        MeetingKind.MEETING,
        PLANNED,
        None,
        id="title-words-between-names",
    ),
    pytest.param(
        "Texas Gov. Greg Abbott met on Friday with county judges and the city's director of "
        "emergency management, Raul Medina, in El Paso.",
        D(2023, 5, 12),
        ["Abbott", "Medina"],
        MeetingKind.MEETING,
        HELD,
        "El Paso",
        id="plural-and-possessive-title-words-in-a-list",
    ),
    pytest.param(
        "Honduras and Nicaragua held talks in Managua on the reopening of border posts.",
        D(2022, 8, 2),
        ["HN", "NI"],
        MeetingKind.TALKS,
        HELD,
        "Managua",
        id="governments-alone-hold-talks",
    ),
    pytest.param(
        "Talks between Ecuador and Colombia on visa rules will resume next week.",
        D(2022, 8, 2),
        ["EC", "CO"],
        MeetingKind.TALKS,
        PLANNED,
        None,
        id="talks-between-governments",
    ),
    pytest.param(
        "Guatemalan and Salvadoran officials met in San Salvador to compare asylum figures.",
        D(2022, 8, 2),
        ["GT", "SV"],
        MeetingKind.MEETING,
        HELD,
        "San Salvador",
        id="unnamed-officials-of-two-governments",
    ),
    pytest.param(
        "Talks in Tegucigalpa between Foreign Minister Enrique Reina and Secretary of State "
        "Antony J. Blinken ended on Tuesday without a deal.",
        D(2023, 5, 4),
        ["Reina", "Blinken"],
        MeetingKind.TALKS,
        HELD,
        "Tegucigalpa",
        id="talks-in-a-place-between-officials",
    ),
    pytest.param(
        "President Claudia Sheinbaum and Prime Minister Justin Trudeau talked by telephone "
        "about tariffs.",
        D(2025, 2, 4),
        ["Sheinbaum", "Trudeau"],
        MeetingKind.CALL,
        HELD,
        None,
        id="talked-by-telephone",
    ),
]


@pytest.mark.parametrize(("text", "published", "parties", "kind", "status", "location"), PATTERNS)
def test_patterns(text, published, parties, kind, status, location):
    (meeting,) = meetings(text, published)
    people = [p for p in parties if not (len(p) == 2 and p.isupper())]
    assert meeting.countries == tuple(p for p in parties if p not in people)
    assert len(meeting.participants) == len(people)
    for party, name in zip(people, meeting.participants, strict=True):
        assert party in name
    assert (meeting.kind, meeting.status) == (kind, status)
    assert (meeting.location.name if meeting.location else None) == location
    for span in meeting.spans:
        assert span.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The caravan organizers held a meeting in a church.", id="no-officials"),
        pytest.param("President Joe Biden met the deadline.", id="met-a-thing"),
        pytest.param("Officials from both countries met on Tuesday.", id="unnamed-officials"),
        pytest.param("Texas Gov. Greg Abbott visited the border wall.", id="solo-visit-home"),
        pytest.param(
            "President Joe Biden will visit Brownsville on Thursday, the day former President "
            "Donald Trump visits Eagle Pass.",
            id="two-visits-are-no-meeting",
        ),
        pytest.param(
            "Gov. Greg Abbott blamed President Joe Biden during a visit to Eagle Pass.",
            id="blame-during-a-visit",
        ),
        pytest.param(
            "The Biden administration will talk with Mexican officials.", id="administration"
        ),
        pytest.param("Mexico and Guatemala criticized the talks.", id="governments-object"),
        pytest.param("Mexico will meet the demand for visas.", id="one-government"),
        pytest.param(
            "President Tomás Vega refused to meet with President Lina Paz.", id="refused-to"
        ),
        pytest.param(
            "President Tomás Vega did not meet with President Lina Paz at the summit.",
            id="did-not",
        ),
        pytest.param(
            "President Tomás Vega canceled a planned meeting with President Lina Paz.",
            id="canceled",
        ),
        pytest.param(
            "Mexico said Guatemala held talks with aid groups.", id="governments-not-listed"
        ),
    ],
)
def test_no_meeting(text):
    assert meetings(text, D(2023, 12, 27)) == ()


def test_sentences_about_one_meeting_merge():
    text = (
        "Foreign Minister Alicia Bárcena will meet with Secretary of State Antony J. Blinken "
        "in Mexico City. Interior Secretary Luisa María Alcalde will also attend the meeting."
    )
    (meeting,) = meetings(text, D(2023, 12, 20))
    assert meeting.participants == ("Alicia Bárcena", "Antony J. Blinken", "Luisa María Alcalde")
    assert meeting.status is PLANNED
    assert len(meeting.spans) == 2


def test_a_pronoun_brings_in_the_official_named_before():
    text = (
        "Vice President Kamala Harris arrived in Guatemala City. Her meeting with President "
        "Alejandro Giammattei lasted two hours."
    )
    (meeting,) = meetings(text, D(2021, 6, 8))
    assert meeting.participants == ("Kamala Harris", "Alejandro Giammattei")
    assert meeting.location.name == "Guatemala City"


def test_a_call_is_not_merged_with_a_meeting():
    text = (
        "Secretary of State Antony J. Blinken met with President Andrés Manuel López Obrador "
        "in Mexico City. López Obrador later had a phone call with President Joe Biden."
    )
    kinds = [(m.kind, len(m.participants)) for m in meetings(text, D(2023, 12, 27))]
    assert kinds == [(MeetingKind.MEETING, 2), (MeetingKind.CALL, 2)]


def test_unattributed_talks_take_the_officials_named_next():
    text = (
        "The two governments agreed on a plan after high-level talks. "
        "Foreign Minister Janet Ruiz met with Secretary Alejandro Mayorkas in Panama City."
    )
    (meeting,) = meetings(text, D(2023, 4, 12))
    assert meeting.participants == ("Janet Ruiz", "Alejandro Mayorkas")


def test_talks_of_another_day_keep_their_date_and_take_the_officials_named_next():
    text = (
        "Both delegations spoke to the press after talks on Thursday. "
        "Attorney General Merrick B. Garland and Secretary Alejandro Mayorkas told reporters "
        "the plan grew out of meetings on Wednesday evening."
    )
    found = meetings(text, D(2023, 10, 6))
    assert [(m.kind, m.date.start, len(m.participants)) for m in found] == [
        (MeetingKind.TALKS, D(2023, 10, 5), 2),
        (MeetingKind.MEETING, D(2023, 10, 4), 2),
    ]


def test_an_owner_is_no_participant_of_what_follows():
    text = (
        "President Joe Biden’s envoy, Secretary Alejandro Mayorkas, held talks on Monday "
        "with Foreign Minister Alicia Bárcena."
    )
    (meeting,) = meetings(text, D(2023, 12, 20))
    assert meeting.participants == ("Alejandro Mayorkas", "Alicia Bárcena")


def test_the_topic_is_kept():
    text = (
        "Secretary Alejandro Mayorkas met with Foreign Minister Alicia Bárcena to discuss "
        "the closing of rail crossings, officials said."
    )
    (meeting,) = meetings(text, D(2023, 12, 20))
    assert meeting.topic == "the closing of rail crossings"


def test_a_dateline_gives_a_held_meeting_its_place():
    text = (
        "TEGUCIGALPA, Honduras (AP) — President Xiomara Castro met with Secretary of State "
        "Antony J. Blinken on Friday."
    )
    (meeting,) = meetings(text, D(2023, 6, 3))
    assert meeting.location.name == "Tegucigalpa"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        pytest.param(
            "President Joe Biden met with President Claudia Sheinbaum on Wednesday.",
            D(2024, 11, 27),
            D(2024, 11, 27),
            id="on-the-publication-weekday",
        ),
        pytest.param(
            "Secretary Antony J. Blinken spoke by phone with President Bernardo Arévalo yesterday.",
            D(2024, 2, 2),
            D(2024, 2, 1),
            id="yesterday",
        ),
        pytest.param(
            "Secretary Antony J. Blinken will meet with President Bernardo Arévalo on Friday.",
            D(2024, 2, 6),
            D(2024, 2, 9),
            id="planned-weekday-ahead",
        ),
        pytest.param(
            "Secretary Antony J. Blinken will travel to San Salvador on Friday to meet President "
            "Nayib Bukele, who was re-elected last week.",
            D(2024, 2, 13),
            D(2024, 2, 16),
            id="not-the-date-of-a-relative-clause",
        ),
        pytest.param(
            "Talks in Tegucigalpa between Foreign Minister Enrique Reina and Secretary of State "
            "Antony J. Blinken ended on Tuesday without a deal.",
            D(2023, 5, 4),
            D(2023, 5, 2),
            id="talks-ended-on-a-weekday",
        ),
        pytest.param(
            "Honduras and Nicaragua will hold talks next Monday on the border posts.",
            D(2022, 8, 2),
            D(2022, 8, 8),
            id="governments-talks-ahead",
        ),
    ],
)
def test_dates_resolve_against_publication(text, published, date):
    (meeting,) = meetings(text, published)
    assert meeting.date is not None
    assert meeting.date.start == date


def test_seed_meetings():
    seed = default_seed()
    found = meetings(seed.text, seed.published)
    assert len(found) == 2
    planned, call = found
    assert [n.split()[-1] for n in planned.participants] == [
        "Blinken",
        "Obrador",
        "Mayorkas",
        "Sherwood-Randall",
    ]
    assert (planned.status, planned.location.name) == (PLANNED, "Mexico City")
    assert planned.date.start == D(2023, 12, 27)
    assert [n.split()[-1] for n in call.participants] == ["Obrador", "Biden"]
    assert (call.kind, call.status, call.location) == (MeetingKind.CALL, HELD, None)


ADVERSARIAL = texts("meetings", 15_000)  # shared with the scaling check and the benchmark


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_parses(name):
    text = ADVERSARIAL[name]
    for meeting in meetings(text, D(2023, 12, 27)):
        assert len(meeting.participants) + len(meeting.countries) >= 2


WORDS = [
    "President", "Joe", "Biden", "met", "with", "will", "meet", "the", "meeting", "her",
    "they", "talks", "held", "a", "phone", "call", "visited", "Mexico", "City", "in", ",",
    ".", "Sheinbaum", "Secretary", "Mayorkas", "and", "on", "Wednesday", "to", "discuss",
    "traveled", "summit", "\n", "their",
]  # fmt: skip


@given(hs.lists(hs.sampled_from(WORDS), max_size=60), hs.none() | hs.dates())
def test_news_like_word_salad_never_raises(words, published):
    text = " ".join(words)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = mn.parse(text, published=published)
    names = {o.name for o in article.officials}
    for meeting in article.meetings:
        assert len(meeting.participants) + len(meeting.countries) >= 2
        assert all(p in names for p in meeting.participants)


def test_the_leaders_named_before_take_part_in_what_they_agree():
    text = (
        "President Joe Biden spoke by phone with Prime Minister Justin Trudeau, who had just "
        "survived a confidence vote, and the two leaders agreed to meet in Tijuana."
    )
    call, meeting = meetings(text, D(2023, 3, 1))
    assert call.kind is MeetingKind.CALL
    assert meeting.participants == ("Joe Biden", "Justin Trudeau")
    assert (meeting.status, meeting.location.name) == (PLANNED, "Tijuana")


def test_they_met_names_the_officials_of_the_sentence():
    text = "After Texas Gov. Greg Abbott flew to Mexico City, they met with President Joe Biden."
    (meeting,) = meetings(text, D(2023, 3, 1))
    assert set(meeting.participants) == {"Greg Abbott", "Joe Biden"}


def test_a_headline_gathering_officials_in_a_place_gives_the_meeting_its_place():
    text = (
        "Border ministers gather in Tijuana as crossings climb\n\n"
        "Homeland Security Secretary Alejandro Mayorkas will meet Mexican Foreign Secretary "
        "Alicia Bárcena on Friday."
    )
    (meeting,) = meetings(text, D(2023, 10, 2))
    assert meeting.location is not None
    assert meeting.location.name == "Tijuana"


def test_a_dateline_after_the_headline_places_a_held_meeting():
    text = (
        "Ministers agree on return flights\n\n"
        "TEGUCIGALPA, Honduras - Secretary of State Antony J. Blinken met Honduran President "
        "Xiomara Castro on Tuesday."
    )
    (meeting,) = meetings(text, D(2023, 3, 1))
    assert meeting.location is not None
    assert meeting.location.name == "Tegucigalpa"


def test_a_hyphenated_headline_is_no_dateline():
    text = "US-Mexico talks resume\n\nPresident Joe Biden met President Claudia Sheinbaum."
    (meeting,) = meetings(text, D(2024, 11, 27))
    assert meeting.location is None


def test_a_held_meeting_stating_no_place_is_where_a_participant_just_spoke():
    text = (
        "Security Minister Gustavo Villatoro said in San José on Thursday that the plan was "
        "ready. Reporters asked about the cost. Villatoro later met with Foreign Minister "
        "Arnoldo André."
    )
    (meeting,) = meetings(text, D(2023, 6, 2))
    assert meeting.location is not None
    assert meeting.location.name == "San José"


def test_a_call_takes_no_place_from_where_a_participant_spoke():
    text = (
        "President Claudia Sheinbaum said in Tapachula that the shelters were full. "
        "Sheinbaum later spoke by phone with President Donald Trump."
    )
    (call,) = meetings(text, D(2025, 2, 4))
    assert call.location is None


def test_a_held_meeting_stating_no_day_takes_the_day_of_the_sentence_before():
    text = (
        "Secretary Alejandro Mayorkas on Tuesday toured a shelter in Tapachula.\n\n"
        "His visit ended with a meeting with Governor Rutilio Escandón."
    )
    (meeting,) = meetings(text, D(2023, 10, 12))
    assert meeting.date is not None
    assert meeting.date.start == D(2023, 10, 10)


def test_a_planned_meeting_takes_no_day_from_the_sentence_before():
    text = (
        "Secretary Alejandro Mayorkas on Tuesday toured a shelter in Tapachula. "
        "He will meet Governor Rutilio Escandón."
    )
    (meeting,) = meetings(text, D(2023, 10, 12))
    assert meeting.status is PLANNED
    assert meeting.date is None


@pytest.mark.parametrize(
    ("city", "country"),
    [("Madrid", "ES"), ("Geneva", "CH"), ("Lima", "PE"), ("Ottawa", "CA"), ("Brasilia", "BR")],
)
def test_a_meeting_in_a_foreign_capital_is_placed_there(city, country):
    text = f"Foreign Minister Ana Ruiz met Interior Minister Carlos Vela in {city} on Monday."
    (meeting,) = mn.parse(text, published=dt.date(2024, 5, 8)).meetings
    assert meeting.location is not None
    assert (meeting.location.country, meeting.location.kind.value) == (country, "city")
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2024, 5, 6)


# Phrasings read from several outlets' reports of visits, signings and tours (issue 12);
# the sentences are written for these tests.
def parties(meeting):
    return [n.split()[-1] for n in meeting.participants]


def test_a_visitor_welcomed_by_the_host_met_the_host():
    text = "Interior Secretary Dana Holt was welcomed by Peruvian President Mateo Ruiz on Monday."
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Holt", "Ruiz"]
    assert (meeting.status, meeting.date.start) == (HELD, D(2025, 3, 3))


def test_signing_an_accord_with_an_official_is_a_meeting():
    text = (
        "Interior Secretary Dana Holt signed an accord on asylum screening with Peruvian "
        "Foreign Minister Mateo Ruiz in Lima on Monday."
    )
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Holt", "Ruiz"]
    assert meeting.location.name == "Lima"


def test_two_governments_signing_with_no_official_named_is_no_meeting():
    assert meetings("Peru signed an agreement with Chile on Monday.", D(2025, 3, 5)) == ()


def test_a_visit_by_an_official_joins_the_signing_it_was_for():
    text = (
        "The memorandum was signed during a visit by Interior Secretary Dana Holt to Peru on "
        "Monday. Holt had signed an agreement with Peruvian Foreign Minister Mateo Ruiz, the "
        "ministry said."
    )
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Holt", "Ruiz"]
    assert (meeting.location.name, meeting.date.start) == ("Peru", D(2025, 3, 3))


def test_a_tour_with_a_host_is_a_meeting_at_the_place_toured():
    text = (
        "On Monday, Interior Secretary Dana Holt toured the Darién with Panamanian Security "
        "Minister Mateo Ruiz."
    )
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Holt", "Ruiz"]
    assert meeting.location.name.startswith("Darién")


def test_a_meeting_afterward_is_another_meeting():
    text = (
        "On Monday, Interior Secretary Dana Holt met with Peruvian Security Minister Mateo "
        "Ruiz. Afterward, Holt met with Ruiz and Peruvian President Lina Paz at the palace."
    )
    found = meetings(text, D(2025, 3, 5))
    assert [parties(m) for m in found] == [["Holt", "Ruiz"], ["Holt", "Ruiz", "Paz"]]


def test_meeting_other_counterparts_in_a_later_sentence_is_another_meeting():
    text = (
        "Interior Secretary Dana Holt flew to Lima to attend a summit with Secretary of State "
        "Ana Cole. During her visit, she met with Peruvian President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 5))
    assert [parties(m) for m in found] == [["Holt", "Cole"], ["Holt", "Paz"]]


def test_he_or_she_is_the_subject_of_the_sentence_before():
    text = (
        "Interior Secretary Dana Holt traveled to Lima with Trade Secretary Ana Cole. "
        "There she met with Peruvian President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 5))
    assert ["Holt", "Paz"] in [parties(m) for m in found]


def test_an_official_owning_what_is_welcomed_is_no_participant():
    text = "Peruvian President Lina Paz welcomed President Joe Biden's decision on Monday."
    assert meetings(text, D(2025, 3, 5)) == ()


def test_each_stop_of_a_tour_is_its_own_meeting():
    text = (
        "Secretary of State Ana Cole will fly to Chile to meet President Tomás Vega, then to "
        "Peru for talks with President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 5))
    assert [parties(m) for m in found] == [["Cole", "Vega"], ["Cole", "Paz"]]


def test_the_secretary_refers_back_to_the_only_secretary_named():
    text = (
        "Secretary of State Ana Cole began a tour of the region on Monday. "
        "The secretary will meet President Tomás Vega in Santiago on Tuesday."
    )
    (meeting,) = meetings(text, D(2025, 3, 3))
    assert parties(meeting) == ["Cole", "Vega"]


def test_leaders_who_spoke_on_a_day_by_phone_held_a_call():
    text = (
        "President Tomás Vega spoke with Peru's president about the border. Vega and Peruvian "
        "President Lina Paz spoke Thursday by phone, his office said."
    )
    (call,) = meetings(text, D(2025, 3, 8))
    assert parties(call) == ["Vega", "Paz"]
    assert (call.kind, call.date.start) == (MeetingKind.CALL, D(2025, 3, 6))


def test_a_day_within_the_week_planned_is_the_same_trip():
    text = (
        "Secretary of State Ana Cole will travel to Chile next week for a ministerial "
        "conference. On Tuesday, Cole will meet with Chilean President Tomás Vega."
    )
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Cole", "Vega"]
    assert (meeting.location.name, meeting.date.start) == ("Chile", D(2025, 3, 11))


def test_a_visit_is_placed_at_its_destination():
    text = (
        "Secretary of State Ana Cole, who was in Chile ahead of a visit to Peru on Friday, "
        "praised the plan."
    )
    (visit,) = meetings(text, D(2025, 3, 5))
    assert (visit.kind, visit.location.name) == (MeetingKind.VISIT, "Peru")


def test_the_place_an_event_took_place_at_is_its_location():
    text = (
        "President Tomás Vega flew north to meet with President Joe Biden. The meeting took "
        "place at Casa Verde, a private estate."
    )
    (meeting,) = meetings(text, D(2023, 3, 5))
    assert meeting.location.name == "Casa Verde"


def test_a_meeting_during_a_visit_is_held_where_the_visit_was():
    text = (
        "Interior Secretary Dana Holt flew to Lima to attend a summit with Secretary of "
        "State Ana Cole. During her visit, she met with Peruvian President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 5))
    assert [(parties(m), m.location.name) for m in found] == [
        (["Holt", "Cole"], "Lima"),
        (["Holt", "Paz"], "Lima"),
    ]


def test_the_official_who_reports_a_meeting_is_no_participant():
    text = (
        "Foreign Minister Ana Cole held bilateral meetings on the sidelines of the summit of "
        "foreign ministers, ministry spokesman Tomás Vega said on Thursday. Cole met with "
        "Peruvian Foreign Minister Lina Paz."
    )
    found = meetings(text, D(2025, 3, 7))
    assert all("Tomás Vega" not in m.participants for m in found)


def test_a_list_goes_on_over_as_well_as_and_including():
    text = (
        "Interior Secretary Dana Holt held talks with President Tomás Vega, as well as the "
        "Foreign Minister, Lina Paz, and officials including Security Minister Bo Diaz."
    )
    (meeting,) = meetings(text, D(2025, 3, 7))
    assert parties(meeting) == ["Holt", "Vega", "Paz", "Diaz"]


def test_the_acting_secretary_refers_back_to_the_secretary_named():
    text = (
        "Acting Secretary of Homeland Security Dana Holt flew to Lima on Monday. During the "
        "trip, the acting secretary held talks with Peruvian President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 7))
    assert ["Holt", "Paz"] in [parties(m) for m in found]


def test_she_is_not_the_official_she_met_in_the_sentence_before():
    text = (
        "Trade Secretary Ana Cole toured Chile and Peru. In Santiago on Monday, she met "
        "President Tomás Vega. On Tuesday in Lima, she held talks with President Lina Paz."
    )
    found = meetings(text, D(2025, 3, 5))
    assert [parties(m) for m in found] == [["Cole", "Vega"], ["Cole", "Paz"]]


def test_a_planned_reception_is_a_planned_meeting():
    text = "President Lina Paz will receive Secretary Ana Cole at the palace on Thursday."
    (meeting,) = meetings(text, D(2025, 3, 4))
    assert (parties(meeting), meeting.status) == (["Paz", "Cole"], PLANNED)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "In a call with President Lina Paz on Tuesday, President Tomás Vega said the "
            "border would stay open.",
            id="in-a-call-with",
        ),
        pytest.param(
            "During a phone call on Tuesday, President Tomás Vega and President Lina Paz "
            "agreed to share data.",
            id="during-a-call",
        ),
    ],
)
def test_the_subject_after_a_fronted_call_takes_part(text):
    (call,) = meetings(text, D(2025, 3, 6))
    assert sorted(parties(call)) == ["Paz", "Vega"]
    assert call.kind is MeetingKind.CALL


def test_a_bill_signed_before_the_state_officials_is_no_meeting():
    text = (
        "Texas Gov. Ana Cole signed the bill on Monday. Lt. Gov. Tomás Vega and Sen. Lina "
        "Paz stood beside her at the signing ceremony."
    )
    assert meetings(text, D(2025, 3, 5)) == ()


def test_a_tour_with_officials_of_the_same_government_is_no_meeting():
    text = "Texas Gov. Ana Cole toured the border with Lt. Gov. Tomás Vega on Monday."
    assert meetings(text, D(2025, 3, 5)) == ()


def test_the_two_leaders_refers_back_to_the_leaders_named_before():
    text = (
        "President Tomás Vega and President Lina Paz spoke about trade on Monday. The two "
        "leaders agreed to meet in Lima next month."
    )
    # the two presidents who spoke on Monday held talks; the meeting they agreed on is planned
    spoke, meeting = meetings(text, D(2025, 3, 5))
    assert (parties(spoke), spoke.status) == (["Vega", "Paz"], HELD)
    assert (parties(meeting), meeting.status) == (["Vega", "Paz"], PLANNED)


def test_a_host_receiving_her_meets_the_visitor_named_before():
    text = (
        "Interior Secretary Dana Holt arrived in Lima on Wednesday. Peruvian President Lina "
        "Paz received her at the palace."
    )
    (meeting,) = meetings(text, D(2025, 3, 6))
    assert sorted(parties(meeting)) == ["Holt", "Paz"]
    assert meeting.date.start == D(2025, 3, 5)


def test_a_joint_news_conference_is_a_meeting():
    text = "President Tomás Vega and President Lina Paz held a joint news conference in Lima."
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert (parties(meeting), meeting.location.name) == (["Vega", "Paz"], "Lima")


def test_he_points_to_the_official_named_earlier_in_the_same_sentence():
    text = (
        "Trade envoy Bo Diaz praised the plan. Secretary of State Ana Cole's tour begins in "
        "Chile, where she will meet with Chilean President Tomás Vega."
    )
    (meeting,) = meetings(text, D(2025, 3, 5))
    assert parties(meeting) == ["Cole", "Vega"]
