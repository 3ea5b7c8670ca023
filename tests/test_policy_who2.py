"""Who acted and where, continued: the words that refer back to an actor as rule data for
each language, Spanish actors as Spanish writes them, forces named with the country they
belong to after them, and asides about who acts with the subject.

Every sentence here is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest

import migrationnews as mn
from migrationnews import ruletables
from migrationnews.extract.policy import _mentions, _rules
from migrationnews.language import reading
from migrationnews.records import PolicyAction
from migrationnews.ruletables import ReferenceClass
from migrationnews.text import split_sentences

PUBLISHED = dt.date(2024, 3, 8)


def action(text: str, evidence: str, language: str = "en") -> PolicyAction:
    """The one action whose evidence holds ``evidence``, read by the whole pipeline."""
    article = mn.parse(text, published=PUBLISHED, language=language)
    found = [a for a in article.policy_actions if evidence in a.evidence]
    assert len(found) == 1, [a.evidence for a in article.policy_actions]
    return found[0]


# ---- the words that refer back are rule data, per language ------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_language_lists_its_own_referring_words(language: str) -> None:
    classes = {row.cls for row in ruletables.policy_references(language)}
    assert {ReferenceClass.COUNTRY, ReferenceClass.OFFICE, ReferenceClass.AGENCY} <= classes
    assert ReferenceClass.PLAINTIFF in classes


def test_the_plaintiff_classes_are_verb_classes() -> None:
    verbs = {row.verb_class for row in ruletables.policy_verbs()}
    for language in ("en", "es"):
        for row in ruletables.policy_references(language):
            if row.cls is ReferenceClass.PLAINTIFF:
                assert set(row.forms) <= verbs


@pytest.mark.parametrize(
    ("text", "refers"),
    [
        ("el país anunció", True),
        ("la nación centroamericana", True),
        ("su país aceptará", True),
        ("el estado de Chiapas", False),
        ("el mandatario", True),
        ("el presidente de Honduras", False),
        ("la dependencia informó", True),
        ("el instituto detuvo", True),
        ("la Secretaría de Gobernación", False),
    ],
)
def test_what_refers_back_in_spanish(text: str, refers: bool) -> None:
    with reading("es"):
        table = _rules._references_table()
        found = (
            table.places.search(text) or table.agencies.search(text) or table.offices.search(text)
        )
    assert (found is not None) is refers


def test_english_words_do_not_refer_back_in_spanish() -> None:
    with reading("es"):
        assert _rules._references_table().places.search("the country said") is None


# ---- Spanish actors, as Spanish writes them ----------------------------------------------

SPANISH_ACTORS = [
    pytest.param(
        "La Guardia Nacional detuvo el lunes a los migrantes de la caravana en Tapachula.",
        "detuvo",
        "Guardia Nacional",
        id="guard-in-spanish",
    ),
    pytest.param(
        "Las autoridades mexicanas disolvieron una caravana de migrantes en Chiapas.",
        "disolvieron",
        "México",
        id="demonym-after-the-force",
    ),
    pytest.param(
        "El gobierno de Honduras desplegó policías en la frontera con Guatemala.",
        "desplegó",
        "Honduras",
        id="country-after-the-government",
    ),
    pytest.param(
        "Las autoridades estadounidenses cerraron el cruce de Eagle Pass.",
        "cerraron",
        "Estados Unidos",
        id="united-states-in-spanish",
    ),
    pytest.param(
        "El INM, junto al Ejército y la Guardia Nacional, detuvo a los migrantes en un camión.",
        "detuvo",
        "INM",
        id="junto-a-is-an-aside",
    ),
    pytest.param(
        "La Casa Blanca anunció nuevas restricciones al asilo el martes.",
        "anunció nuevas restricciones",
        "Casa Blanca",
        id="white-house-in-spanish",
    ),
    pytest.param(
        "La Patrulla Fronteriza arrestó a los migrantes del grupo en Arizona.",
        "arrestó",
        "Patrulla Fronteriza",
        id="border-patrol-in-spanish",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), SPANISH_ACTORS)
def test_spanish_actors(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence, language="es").actor == actor


def test_a_spanish_country_place_is_named_in_spanish() -> None:
    found = action(
        "México deportó el lunes a los migrantes de la caravana.", "deportó", language="es"
    )
    assert found.place is not None
    assert found.place.name == "México"
    assert found.place.country == "MX"


def test_english_names_stay_english() -> None:
    found = action("Mexico deported the caravan's migrants on Monday.", "deported")
    assert found.actor == "Mexico"


# ---- English: the country a force belongs to after it, and asides -----------------------

ENGLISH_ACTORS = [
    pytest.param(
        "The government of Guatemala deployed 2,000 soldiers to its southern border.",
        "deployed",
        "Guatemala",
        id="government-of-a-country",
    ),
    pytest.param(
        "Authorities in Panama detained the migrants near the Darien jungle.",
        "detained",
        "Panama",
        id="authorities-in-a-country",
    ),
    pytest.param(
        "The Border Patrol, along with state troopers, arrested the migrants near El Paso.",
        "arrested",
        "Border Patrol",
        id="along-with-is-an-aside",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), ENGLISH_ACTORS)
def test_english_actors(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence).actor == actor


def test_police_in_a_city_name_no_country() -> None:
    text = "Police in Laredo arrested 30 migrants."
    assert _mentions._country_after(text, split_sentences(text)[0], len("Police")) is None


def test_a_country_after_of_is_the_forces_own() -> None:
    text = "The government of Honduras declared an emergency."
    found = _mentions._country_after(text, split_sentences(text)[0], len("The government"))
    assert found == (len("The government of Honduras"), "Honduras")


# ---- two governments named again together --------------------------------------------------


def test_the_two_countries_are_the_last_two_named() -> None:
    text = (
        "Panama and Colombia held talks on Monday. The two countries signed a migration"
        " agreement on Friday."
    )
    assert action(text, "signed a migration agreement").actor == "Panama and Colombia"


def test_a_country_people_came_from_is_not_one_of_the_two() -> None:
    text = (
        "Mexico and Guatemala met as migrants from Haiti waited. Both governments agreed to"
        " deploy troops."
    )
    assert action(text, "deploy troops").actor == "Mexico and Guatemala"


def test_ambos_paises_in_spanish() -> None:
    text = "Guatemala y México se reunieron el lunes. Ambos países firmaron un acuerdo migratorio."
    assert action(text, "firmaron", language="es").actor == "Guatemala y México"


def test_one_country_named_before_is_no_pair() -> None:
    text = "Mexico held talks on Monday. The two countries signed a migration agreement."
    assert action(text, "signed a migration agreement").actor != "Mexico"


# ---- who ordered it, who says so, and a possessor that speaks ----------------------------

SOURCES = [
    pytest.param(
        "The crossing was closed on Monday, according to the Department of Homeland Security.",
        "crossing was closed",
        "Department of Homeland Security",
        id="according-to-names-the-source",
    ),
    pytest.param(
        "Troops were posted to the border on the orders of Governor Greg Abbott.",
        "Troops were posted",
        "Abbott",
        id="on-the-orders-of-is-an-agent",
    ),
    pytest.param(
        "New Mexico Gov. Susana Martinez's office said it would send troops to the border.",
        "send troops",
        "Martinez",
        id="an-officials-office-speaks-for-the-official",
    ),
    pytest.param(
        "The Mexican government deployed troops to its southern border.",
        "deployed troops",
        "Mexico",
        id="a-demonym-reaches-no-force-past-a-verb",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), SOURCES)
def test_sources_agents_and_possessors(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence).actor == actor


def test_segun_names_the_source_in_spanish() -> None:
    found = action("El cruce fue cerrado el lunes, según el INM.", "cerrado", language="es")
    assert found.actor == "INM"


def test_a_name_after_a_preposition_is_no_source() -> None:
    found = action("The crossing was closed on Monday near the Mexican city of Juarez.", "closed")
    assert found.actor is None


# ---- borders the gazetteer does not name ---------------------------------------------------


def test_a_spanish_border_is_named_as_written() -> None:
    found = action("La Guardia Nacional desplegó agentes en la frontera sur.", "desplegó", "es")
    assert found.place is not None
    assert (found.place.name, found.place.kind.value) == ("frontera sur", "border")


def test_a_border_shared_with_a_country_in_spanish() -> None:
    found = action("México desplegó soldados en su frontera con Guatemala.", "desplegó", "es")
    assert found.place is not None
    assert found.place.name == "frontera con Guatemala"


def test_a_border_shared_with_a_country_in_english() -> None:
    found = action("Chile deployed troops along its border with Peru.", "deployed troops")
    assert found.place is not None
    assert found.place.name == "border with Peru"


# ---- an administration and a legislature named by what surrounds them ----------------------

MORE_ACTORS = [
    pytest.param(
        "U.S. President Tom Whitfield met Chilean President Ana Ruiz on Monday. The"
        " administration later said it would expand the parole program.",
        "expand the parole program",
        "Whitfield administration",
        id="the-administration-of-the-president-named-before",
    ),
    pytest.param(
        "Lawmakers in Florida passed a bill on Friday.",
        "passed a bill",
        "Lawmakers in Florida",
        id="a-legislature-and-its-state-after-it",
    ),
    pytest.param(
        "The plan, unveiled by Chile's foreign ministry, would create processing centers.",
        "create processing centers",
        "Chile",
        id="a-countrys-ministry",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "actor"), MORE_ACTORS)
def test_more_actors(text: str, evidence: str, actor: str) -> None:
    assert action(text, evidence).actor == actor


def test_an_agency_with_its_own_country_takes_no_place_after_it() -> None:
    found = action("ICE in Texas arrested the migrants outside a church.", "arrested")
    assert found.actor == "ICE"


def test_a_verb_of_speech_before_the_source_in_spanish() -> None:
    text = (
        "La caravana fue disuelta el martes en Chiapas, informó el Instituto Nacional de Migración."
    )
    assert action(text, "disuelta", "es").actor == "Instituto Nacional de Migración"


def test_a_verb_of_speech_before_the_source_in_english() -> None:
    text = "The crossing will be closed on Monday, said the Department of Homeland Security."
    assert action(text, "closed").actor == "Department of Homeland Security"


# ---- kinds of sites no gazetteer names one by one --------------------------------------------


def test_ports_of_entry_are_a_site() -> None:
    found = action("CBP expanded the appointments available at ports of entry.", "expanded")
    assert found.place is not None
    assert (found.place.name, found.place.kind.value) == ("ports of entry", "port_of_entry")


def test_routes_after_the_verb_are_the_site_not_the_subject() -> None:
    found = action("Chile will set up checkpoints along migration routes.", "set up")
    assert found.place is not None
    assert found.place.name == "migration routes"


def test_a_kind_of_site_past_a_clause_of_purpose_is_not_the_site() -> None:
    text = "Chile deployed troops in the north in a bid to watch smuggling routes."
    found = action(text, "deployed troops")
    assert found.place is None or found.place.name != "smuggling routes"


def test_spanish_lists_its_own_sites() -> None:
    classes = {row.words: row.site.value for row in ruletables.policy_sites("es")}
    assert classes["en todo el país"] == "WHOLE"
    assert "in a bid to" not in classes


def test_a_kind_of_site_in_spanish() -> None:
    text = "El INM instaló retenes en las rutas migratorias del sur."
    found = action(text, "instaló", "es")
    assert found.place is not None
    assert found.place.name == "rutas migratorias"


def test_a_spanish_pronoun_refers_back_to_the_official() -> None:
    text = (
        "La presidenta Claudia Sheinbaum habló el lunes con los gobernadores. Más tarde,"
        " ella anunció el despliegue de soldados en la frontera norte."
    )
    assert action(text, "despliegue", "es").actor == "Sheinbaum"


def test_an_officials_office_refers_back_to_the_official() -> None:
    text = (
        "Governor Ana Whitcombe met the mayors on Monday. Later, her office announced it"
        " would deploy the National Guard to the border."
    )
    assert action(text, "deploy the National Guard").actor == "Whitcombe"


# ---- a dateline of a Spanish news agency ------------------------------------------------------


def test_an_agency_dateline_closed_by_a_point_and_dash() -> None:
    text = "Tapachula (México), 21 ene (EFE).- Las autoridades disolvieron la caravana."
    found = action(text, "disolvieron", "es")
    assert found.place is not None
    assert found.place.name == "Tapachula (México)"


def test_a_dateline_city_is_named_with_its_state() -> None:
    text = "Laredo, Texas (AP) — Agents broke up the camp on Friday."
    found = action(text, "broke up")
    assert found.place is not None
    assert found.place.name == "Laredo, Texas"


# ---- forces sent by no one named ------------------------------------------------------------


def test_forces_a_minister_says_were_sent_are_his_governments() -> None:
    text = (
        "Chilean Defense Minister Ana Ruiz said that troops had been sent to the northern border."
    )
    assert action(text, "troops had been sent").actor == "Chile"


def test_forces_a_governor_says_were_sent_stay_the_governors() -> None:
    text = "Gov. Ana Whitcombe said troops were sent to the border."
    assert action(text, "troops were sent").actor == "Whitcombe"


def test_forces_an_official_sends_are_the_officials() -> None:
    text = "Chilean Defense Minister Ana Ruiz sent troops to the northern border."
    assert action(text, "sent troops").actor == "Ruiz"
