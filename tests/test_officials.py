"""Officials: who holds which office, read from title phrases, appositives and the gazetteer.

Every sentence here is written for these tests; each table row exercises one pattern.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationnews as mn
from migrationnews._adversarial import texts
from migrationnews.extract import officials
from migrationnews.seeds import default_seed
from migrationnews.text import Document

D = dt.date


def read(text, published=None):
    return officials.extract(Document.of(text, published))


def by_surname(found):
    return {o.surname: o for o in found}


# (text, published, [(name, surname, title, country)]) -- the officials expected, in order
PATTERNS = [
    pytest.param(
        "Mexican President Claudia Sheinbaum answered questions about the tariffs on Tuesday.",
        D(2024, 11, 26),
        [("Claudia Sheinbaum", "Sheinbaum", "President", "MX")],
        id="demonym-title-before-name",
    ),
    pytest.param(
        "Arizona Gov. Katie Hobbs ordered more patrols near the border.",
        D(2023, 5, 1),
        [("Katie Hobbs", "Hobbs", "Governor", "US")],
        id="state-and-abbreviated-title",
    ),
    pytest.param(
        "Lt. Gov. Dan Patrick asked for more razor wire along the river.",
        D(2024, 1, 5),
        [("Dan Patrick", "Patrick", "Lieutenant Governor", "US")],
        id="lieutenant-governor-abbreviation",
    ),
    pytest.param(
        "Nebraska Republican Sen. Pete Ricketts voted against the package.",
        D(2024, 2, 7),
        [("Pete Ricketts", "Ricketts", "Senator", "US")],
        id="state-party-senator",
    ),
    pytest.param(
        "The measure's sponsor, Rep. Henry Cuellar, D-Texas, toured the shelter.",
        D(2023, 3, 3),
        [("Henry Cuellar", "Cuellar", "Representative", "US")],
        id="representative-with-party-tag",
    ),
    pytest.param(
        "The plan was drafted by Martin Heinrich, D-N.M., and two colleagues.",
        D(2023, 3, 3),
        [("Martin Heinrich", "Heinrich", None, "US")],
        id="party-tag-alone",
    ),
    pytest.param(
        "Secretary of State Marco Rubio landed in Panama City on Saturday.",
        D(2025, 2, 1),
        [("Marco Rubio", "Rubio", "Secretary of State", "US")],
        id="secretary-of-state",
    ),
    pytest.param(
        "Alejandro N. Mayorkas, the secretary of homeland security, testified for hours.",
        D(2023, 4, 18),
        [("Alejandro N. Mayorkas", "Mayorkas", "Secretary of Homeland Security", "US")],
        id="appositive-after-name",
    ),
    pytest.param(
        "Jason Owens, the chief of the Border Patrol, described the new checkpoints.",
        D(2023, 8, 1),
        [("Jason Owens", "Owens", "Chief of the Border Patrol", "US")],
        id="appositive-role-with-agency",
    ),
    pytest.param(
        "Mexico's foreign minister, Alicia Bárcena, called the talks productive.",
        D(2023, 9, 1),
        [("Alicia Bárcena", "Bárcena", "Foreign Minister", "MX")],
        id="country-possessive-then-name",
    ),
    pytest.param(
        "CBP's acting commissioner, Troy A. Miller, released the monthly figures.",
        D(2023, 10, 20),
        [("Troy A. Miller", "Miller", "CBP Acting Commissioner", "US")],
        id="agency-possessive-then-name",
    ),
    pytest.param(
        "Francisco Garduño, who heads Mexico's immigration institute, visited the station.",
        D(2023, 4, 1),
        [("Francisco Garduño", "Garduño", "Head of the Immigration Institute", "MX")],
        id="who-heads",
    ),
    pytest.param(
        "Guatemala's foreign minister, Carlos Ramiro Martínez, and his Mexican counterpart "
        "Juan Ramón de la Fuente signed the plan.",
        D(2024, 11, 1),
        [
            ("Carlos Ramiro Martínez", "Martínez", "Foreign Minister", "GT"),
            ("Juan Ramón de la Fuente", "de la Fuente", "Foreign Minister", "MX"),
        ],
        id="counterpart-and-particles",
    ),
    pytest.param(
        "Honduran migration chief Rosa Elena Ortega urged families not to travel.",
        D(2021, 1, 15),
        [("Rosa Elena Ortega", "Ortega", "Migration Chief", "HN")],
        id="demonym-domain-role",
    ),
    pytest.param(
        "Former President Barack Obama praised the court's ruling.",
        D(2019, 7, 1),
        [("Barack Obama", "Obama", "Former President", "US")],
        id="former",
    ),
    pytest.param(
        "Gustavo Petro, the president of Colombia, turned the planes back.",
        D(2025, 1, 26),
        [("Gustavo Petro", "Petro", "President", "CO")],
        id="president-of-country",
    ),
    pytest.param(
        "Eduardo Salas, the mayor of Tapachula, asked the federal government for shelters.",
        D(2022, 6, 1),
        [("Eduardo Salas", "Salas", "Mayor", "MX")],
        id="mayor-of-city",
    ),
    pytest.param(
        "House Speaker Mike Johnson said the Senate deal was dead on arrival.",
        D(2024, 2, 5),
        [("Mike Johnson", "Johnson", "House Speaker", "US")],
        id="house-speaker",
    ),
    pytest.param(
        "Senate Majority Leader Chuck Schumer of New York scheduled a vote.",
        D(2024, 2, 5),
        [("Chuck Schumer", "Schumer", "Senate Majority Leader", "US")],
        id="senate-leader-of-state",
    ),
    pytest.param(
        "U.S. President-elect Donald Trump promised tariffs on day one.",
        D(2024, 11, 26),
        [("Donald Trump", "Trump", "President-Elect", "US")],
        id="president-elect",
    ),
    pytest.param(
        "Homeland Security Adviser Elizabeth Sherwood-Randall joined the call.",
        D(2023, 12, 1),
        [
            (
                "Elizabeth Sherwood-Randall",
                "Sherwood-Randall",
                "Homeland Security Adviser",
                "US",
            )
        ],
        id="hyphenated-surname",
    ),
    pytest.param(
        "Interior Minister Pieter van der Berg defended the new visa rule.",
        None,
        [("Pieter van der Berg", "van der Berg", "Interior Minister", None)],
        id="particle-surname-unknown-person",
    ),
    pytest.param(
        "President Andrés Manuel López Obrador said the army would help.",
        D(2023, 12, 20),
        [("Andrés Manuel López Obrador", "López Obrador", "President", "MX")],
        id="accents-and-double-surname",
    ),
    pytest.param(
        "Venezuelan leader Nicolás Maduro refused to take the flights.",
        D(2024, 8, 1),
        [("Nicolás Maduro", "Maduro", "Leader", "VE")],
        id="country-makes-a-role-official",
    ),
    pytest.param(
        "Marcelo Ebrard, Mexico's top diplomat, flew north on Monday.",
        D(2019, 6, 3),
        [("Marcelo Ebrard", "Ebrard", "Top Diplomat", "MX")],
        id="top-diplomat-appositive",
    ),
    pytest.param(
        "The country's interior minister, Olga Sánchez Cordero, spoke first.",
        D(2020, 3, 1),
        [("Olga Sánchez Cordero", "Sánchez Cordero", "Interior Minister", "MX")],
        id="lowercase-possessive-then-name",
    ),
    pytest.param(
        "Olga Sánchez Cordero, the country's interior minister, spoke last.",
        D(2020, 3, 1),
        [("Olga Sánchez Cordero", "Sánchez Cordero", "Interior Minister", "MX")],
        id="appositive-with-lowercase-possessive",
    ),
    pytest.param(
        "Texas Department of Public Safety spokesman Sgt. Mario Ibarra closed the road.",
        D(2023, 2, 1),
        [("Mario Ibarra", "Ibarra", "Department of Public Safety Spokesman", "US")],
        id="department-of-and-rank",
    ),
    pytest.param(
        "Biden Meets Mexican President Andrés Manuel López Obrador At Summit",
        D(2023, 1, 9),
        [("Andrés Manuel López Obrador", "López Obrador", "President", "MX")],
        id="headline-title-case",
    ),
    pytest.param(
        "Mexico's ambassador to the U.S., Esteban Moctezuma, answered questions.",
        D(2022, 5, 1),
        [("Esteban Moctezuma", "Moctezuma", "Ambassador to the U.S.", "MX")],
        id="ambassador-to-serves-the-possessor",
    ),
    pytest.param(
        "Senior Adviser to the President Stephen Miller drafted the order.",
        D(2018, 6, 1),
        [("Stephen Miller", "Miller", "Senior Adviser to the President", "US")],
        id="adviser-to-the-president",
    ),
    pytest.param(
        "President Nayib Bukele of El Salvador offered prison space.",
        D(2025, 2, 4),
        [("Nayib Bukele", "Bukele", "President", "SV")],
        id="country-after-the-name",
    ),
    pytest.param(
        "Camila Reyes, Deputy Assistant Secretary for Border Policy, signed the memo.",
        None,
        [("Camila Reyes", "Reyes", "Deputy Assistant Secretary for Border Policy", None)],
        id="appositive-title-with-own-capitals",
    ),
    pytest.param(
        "Shelter beds run short\n\nLAREDO, Texas - Mayor Victor Trevino asked for more money.",
        D(2022, 4, 1),
        [("Victor Trevino", "Trevino", "Mayor", "US")],
        id="local-office-takes-the-dateline-country",
    ),
    pytest.param(
        "YUMA, Ariz. - State Senator Lisa Otondo opposed the bill.",
        None,
        [("Lisa Otondo", "Otondo", "State Senator", "US")],
        id="state-office-takes-the-dateline-country",
    ),
    pytest.param(
        "Mayor Victor Trevino asked for more money.",
        D(2022, 4, 1),
        [("Victor Trevino", "Trevino", "Mayor", None)],
        id="local-office-without-a-dateline",
    ),
    pytest.param(
        "In neighbouring Belize, Immigration Minister Kareem Musa said arrivals had doubled.",
        None,
        [("Kareem Musa", "Musa", "Immigration Minister", "BZ")],
        id="country-opening-the-sentence",
    ),
    pytest.param(
        "Senator Olga Sosa, who chairs a committee in Mexico's Senate, backed the plan.",
        None,
        [("Olga Sosa", "Sosa", "Senator", "MX")],
        id="possessive-country-in-the-appositive",
    ),
    pytest.param(
        "The county's director of emergency management, Raul Medina, opened a second shelter.",
        None,
        [("Raul Medina", "Medina", "County Director of Emergency Management", None)],
        id="emergency-management-is-a-government-body",
    ),
    pytest.param(
        "Ana Ortega, the UNHCR's chief of mission in Honduras, said the shelters were full.",
        None,
        [("Ana Ortega", "Ortega", "UNHCR Chief of Mission", None)],
        id="appositive-office-with-its-posting",
    ),
    pytest.param(
        "Rep. Maria Salazar of Florida, the House majority whip, led a delegation to Miami.",
        D(2025, 5, 1),
        [("Maria Salazar", "Salazar", "House Majority Whip", "US")],
        id="appositive-post-over-a-bare-courtesy-title",
    ),
    pytest.param(
        "Sen. Dan Ortiz, the chairman of the judiciary committee, delayed the vote.",
        D(2025, 5, 1),
        [("Dan Ortiz", "Ortiz", "Chairman of the Judiciary Committee", "US")],
        id="appositive-chair-over-senator",
    ),
    pytest.param(
        "Rep. Lena Cruz of Texas, a Democrat, toured a shelter in Laredo.",
        D(2025, 5, 1),
        [("Lena Cruz", "Cruz", "Representative", "US")],
        id="a-party-appositive-keeps-the-title",
    ),
    pytest.param(
        "Foreign Minister Arnoldo André, the minister, said the talks went well.",
        D(2025, 5, 1),
        [("Arnoldo André", "André", "Foreign Minister", None)],
        id="a-longer-title-is-not-replaced",
    ),
    pytest.param(
        "The opinion drew dissents from Justices Ada Moss, Ben Kray, and Cole Vance.",
        D(2025, 5, 1),
        [
            ("Ada Moss", "Moss", "Justice", None),
            ("Ben Kray", "Kray", "Justice", None),
            ("Cole Vance", "Vance", "Justice", None),
        ],
        id="a-plural-title-before-a-list",
    ),
    pytest.param(
        "Sens. Ada Moss and Ben Kray wrote to the secretary.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Senator", "US"), ("Ben Kray", "Kray", "Senator", "US")],
        id="a-plural-abbreviated-title-before-two-names",
    ),
    pytest.param(
        "Justice Ada Moss read the order aloud.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Justice", None)],
        id="justice-before-a-name",
    ),
    pytest.param(
        "Deputy Minister of the Interior, Ada Moss, flew home.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Deputy Minister of the Interior", None)],
        id="a-title-set-off-by-commas-before-the-name",
    ),
    pytest.param(
        "Ada Moss, the Chilean special envoy for migration, arrived.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Special Envoy for Migration", "CL")],
        id="a-special-envoy-in-an-appositive",
    ),
    pytest.param(
        "Judge Ada Moss of the Western District of Texas set a hearing.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Judge", None)],
        id="a-judge-of-a-named-district",
    ),
    pytest.param(
        "Fifth Circuit Judge Ada Moss dissented.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Circuit Judge", "US")],
        id="a-circuit-judge-serves-the-us",
    ),
    pytest.param(
        "Judge Ada Moss, an appointee of President Ronald Reagan, retired.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "Judge", "US"), ("Ronald Reagan", "Reagan", "President", "US")],
        id="an-earlier-president-and-a-judge-of-the-article-country",
    ),
    pytest.param(
        "White House Border Strategy Council aide Ada Moss spoke on Monday.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "White House Border Strategy Council Aide", "US")],
        id="an-aide-of-a-unit-of-a-known-government-body",
    ),
    pytest.param(
        "National Security Council spokesperson Ada Moss declined to comment.",
        D(2025, 5, 1),
        [("Ada Moss", "Moss", "National Security Council Spokesperson", "US")],
        id="a-national-security-council-spokesperson",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PATTERNS)
def test_patterns(text, published, expected):
    found = read(text, published)
    assert [(o.name, o.surname, o.title, o.country) for o in found] == expected
    for official in found:
        assert official.spans
        assert official.surname in official.name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Activist Irineo Rocha, who leads a migrant rights group, spoke.", id="act"),
        pytest.param("Caravan organizer Luis Villagrán said the group would walk on.", id="org"),
        pytest.param("Ana Ruiz, director of the Casa Esperanza shelter, counted beds.", id="ngo"),
        pytest.param("Executive director Rubén Soto of Frontera Viva said so.", id="ngo-exec"),
        pytest.param("Pedro Sosa, 31, a migrant from Honduras, waited by the gate.", id="migrant"),
        pytest.param("Reporter Julia Chen of the Daily Ledger asked twice.", id="journalist"),
        pytest.param("Professor Ana Duarte of the University of Arizona disagreed.", id="prof"),
        pytest.param("A Border Patrol official, who asked not to be named, said it.", id="anon"),
        pytest.param("Local officials said the shelters were full.", id="plural-unnamed"),
        pytest.param("Miller said the line moved slowly.", id="common-surname-alone"),
        pytest.param("The leader of Pueblo Unido, Jorge Cruz, asked for calm.", id="group-leader"),
        pytest.param("Casa Abierta Director Rubén Soto said beds ran out.", id="org-first"),
        pytest.param("He met the Casa Luz House director Rubén Soto.", id="org-before-body"),
        pytest.param("Tomás Vega, president of the Mexican Bishops Conference, prayed.", id="org"),
        pytest.param("A speaker at the rally, John Doe, spoke of hope.", id="speaker-no-house"),
        pytest.param("Mexican President Says Caravan Will Stop", id="headline-no-name"),
        pytest.param("A statement from the Governor's Office followed.", id="title-owns-a-body"),
        pytest.param("The Justice Department filed a brief.", id="justice-as-a-body"),
        pytest.param("The Secretary General Assembly hall was full.", id="body-after-a-title"),
        pytest.param(
            "Dana Cobb, executive director of the Hope Valley Border Institute, spoke.",
            id="unknown-institute",
        ),
    ],
)
def test_not_officials(text):
    assert read(text, D(2023, 12, 27)) == ()


def test_all_mentions_merge_into_one_record_with_every_span():
    text = (
        "Secretary of State Antony J. Blinken landed on Monday. Blinken then met the "
        "ambassador. Aides said Mr. Blinken’s schedule was full."
    )
    (blinken,) = read(text, D(2023, 12, 27))
    assert [s.of(text) for s in blinken.spans] == ["Antony J. Blinken", "Blinken", "Blinken"]


def test_the_president_joins_the_only_president_named():
    text = "President Joe Biden spoke at noon. Later the president left for Delaware."
    (biden,) = read(text, D(2023, 12, 27))
    assert [s.of(text) for s in biden.spans] == ["Joe Biden", "the president"]


def test_the_president_stays_unattached_when_two_presidents_are_named():
    text = (
        "President Joe Biden called Mexican President Andrés Manuel López Obrador. "
        "The call was short, and the president said little."
    )
    found = read(text, D(2023, 12, 27))
    assert all("the president" not in [s.of(text) for s in o.spans] for o in found)


def test_namesakes_stay_apart():
    text = (
        "Acting Commissioner Troy Miller and White House adviser Stephen Miller disagreed "
        "on the plan."
    )
    found = read(text, D(2020, 1, 1))
    assert [o.name for o in found] == ["Troy Miller", "Stephen Miller"]


@pytest.mark.parametrize(
    ("text", "published", "title", "country", "inferred"),
    [
        pytest.param(
            "Biden said the border was not open.",
            D(2023, 12, 27),
            None,
            "US",
            ("country",),
            id="surname-alone-names-no-office",
        ),
        pytest.param(
            "Biden, in his first year as president, said the border was not open.",
            D(2021, 12, 27),
            "President",
            "US",
            ("title", "country"),
            id="office-named-in-words-the-readers-skip",
        ),
        pytest.param(
            'Tom Homan, who was named the "border czar" last month, said flights would begin.',
            D(2025, 1, 22),
            "Border Czar",
            "US",
            ("title", "country"),
            id="quoted-office-beside-the-name",
        ),
        pytest.param(
            "Joe Biden said the border was not open.",
            None,
            None,
            "US",
            ("country",),
            id="no-date-two-offices",
        ),
        pytest.param(
            "The Obama administration built more detention centres.",
            D(2019, 5, 1),
            None,
            "US",
            ("country",),
            id="out-of-office-keeps-country-only",
        ),
        pytest.param(
            "In Texas, Governor Greg Abbott sent more buses.",
            D(2022, 9, 1),
            "Governor",
            "US",
            ("country",),
            id="title-from-text-country-from-gazetteer",
        ),
        pytest.param(
            "Marcelo Ebrard, the foreign secretary, flew north.",
            D(2019, 6, 1),
            "Foreign Secretary",
            "MX",
            ("country",),
            id="country-from-gazetteer",
        ),
    ],
)
def test_gazetteer_fills_what_the_text_leaves_out(text, published, title, country, inferred):
    (official,) = read(text, published)
    assert (official.title, official.country, official.inferred) == (title, country, inferred)


def test_title_after_as():
    homan = by_surname(read("Trump named Tom Homan as border czar.", D(2024, 11, 11)))["Homan"]
    assert (homan.title, homan.country) == ("Border Czar", "US")  # one person, two row names


def test_seed_officials():
    seed = default_seed()
    found = read(seed.text, seed.published)
    got = {o.surname: (o.title, o.country) for o in found}
    assert got == {
        "Blinken": ("Secretary of State", "US"),
        "López Obrador": ("President", "MX"),
        "Mayorkas": ("Secretary of Homeland Security", "US"),
        "Sherwood-Randall": ("White House National Security Adviser", "US"),
        "Biden": ("President", "US"),
        "Abbott": ("Governor", "US"),
        "Miller": ("Acting Leader of the Border Agency", "US"),
        "Trump": (None, "US"),
    }
    blinken = by_surname(found)["Blinken"]
    assert blinken.name == "Antony J. Blinken"
    assert len(blinken.spans) == 4
    assert "title" not in by_surname(found)["Abbott"].inferred


ADVERSARIAL = texts("officials", 20_000)  # shared with the scaling check and the benchmark


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_parses(name):
    text = ADVERSARIAL[name]
    found = read(text, D(2023, 12, 27))
    for official in found:
        for span in official.spans:
            assert 0 <= span.start < span.end <= len(text)


WORDS = [
    "Gov.", "Sen.", "Lt.", "President", "president", "the", "Mexico's", "Mexican",
    "secretary", "of", "state", ",", "R-Texas", "who", "heads", "Biden", "Joe",
    "López", "Obrador", "de", "la", "Mr.", "J.", "counterpart", "his", "and", ".",
    "activist", "caravan", "leader", "’s", "\n", "Border", "Patrol", "chief",
]  # fmt: skip


@given(hs.lists(hs.sampled_from(WORDS), max_size=60), hs.none() | hs.dates())
def test_news_like_word_salad_never_raises(words, published):
    text = " ".join(words)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = mn.parse(text, published=published)
    for official in article.officials:
        assert official.name
        assert official.surname
        for span in official.spans:
            assert 0 <= span.start < span.end <= len(text)
