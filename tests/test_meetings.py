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
