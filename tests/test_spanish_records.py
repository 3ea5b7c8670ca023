"""Spanish records read by the same extractors as English ones, with the Spanish rule data.

Every sentence here is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn
from migrationnews.records import CaravanStatus


def _parse(text: str, published: dt.date | None = dt.date(2024, 3, 6)) -> mn.Article:
    return mn.parse(text, published=published, language="es")


# ---------------------------------------------------------------- caravans


def test_la_caravana_de_migrantes_is_one_group_not_a_generic_plural() -> None:
    # "caravana de migrantes" ends in "s", but its head "caravana" is singular
    article = _parse(
        "Los guatemaltecos que forman la caravana de migrantes descansan en un parque. "
        "Alrededor de 2.000 migrantes salieron el martes de Huixtla a pie."
    )
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert caravan.size.low == 2000
    assert caravan.status is CaravanStatus.MOVING


def test_las_caravanas_with_a_determiner_are_the_groups_named_before() -> None:
    article = _parse(
        "Una caravana de unas 800 personas salió de Tapachula. "
        "Las caravanas suelen avanzar de noche por la carretera costera."
    )
    assert len(article.caravans) == 1


# ---------------------------------------------------------------- officials


def test_an_official_the_gazetteer_does_not_know_is_found_by_the_office_before_the_name() -> None:
    article = _parse(
        "El gobernador de Oaxaca, Marta Quiroz Leyva, recibió a los alcaldes de la costa."
    )
    (official,) = article.officials
    assert official.name == "Marta Quiroz Leyva"
    assert official.title == "Gobernador de Oaxaca"


def test_an_office_adjective_gives_the_country_and_a_long_name_two_surnames() -> None:
    article = _parse("El vocero hondureño Julio César Paz Mejía dijo que el vuelo llegó el lunes.")
    (official,) = article.officials
    assert (official.surname, official.country) == ("Paz Mejía", "HN")


def test_an_appositive_office_after_the_name_makes_it_an_official() -> None:
    article = _parse("Ramón Ortiz Vela, director del Instituto de Migración, anunció el cierre.")
    assert [o.name for o in article.officials] == ["Ramón Ortiz Vela"]


def test_the_body_an_office_heads_is_not_a_name() -> None:
    article = _parse("La secretaria de Relaciones Exteriores viajará a Lima la próxima semana.")
    assert article.officials == ()


def test_capitalised_words_without_an_office_are_no_official() -> None:
    assert _parse("Tras la Feria Nacional, Nueva Esperanza recibió a 40 familias.").officials == ()


# ---------------------------------------------------------------- meetings


def test_a_trip_abroad_by_one_official_is_a_planned_visit() -> None:
    article = _parse(
        "La canciller Alicia Bárcena viajará a Washington el próximo lunes para preparar "
        "la agenda migratoria."
    )
    (meeting,) = article.meetings
    assert meeting.participants == ("Alicia Bárcena",)
    assert meeting.status.value == "planned"
    assert meeting.location is not None
    assert meeting.location.name == "Washington"
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2024, 3, 11)


def test_a_delegation_led_by_two_officials_is_their_meeting() -> None:
    article = _parse(
        "La delegación hondureña estará encabezada por el canciller, Tomás Reyes Lagos, "
        "y la ministra de Seguridad, Irma Solís Paz."
    )
    (meeting,) = article.meetings
    assert set(meeting.participants) == {"Tomás Reyes Lagos", "Irma Solís Paz"}
    assert meeting.status.value == "planned"


def test_la_llamada_told_again_with_its_day_is_the_same_call() -> None:
    article = _parse(
        "La presidenta Claudia Sheinbaum y el presidente Joe Biden sostuvieron una llamada "
        "telefónica sobre migración. Según la cancillería, la llamada de ayer duró media hora."
    )
    (meeting,) = article.meetings
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2024, 3, 5)


# ---------------------------------------------------------------- policy actions


def test_a_deployed_operation_is_enforcement() -> None:
    article = _parse("En Chiapas fue desplegado un operativo de vigilancia en las carreteras.")
    assert [a.kind.value for a in article.policy_actions] == ["enforcement"]


def test_migrants_taken_to_a_migration_station_are_enforcement_not_a_programme() -> None:
    article = _parse("Los 40 extranjeros fueron trasladados a una estación migratoria de Tabasco.")
    assert [a.kind.value for a in article.policy_actions] == ["enforcement"]


def test_a_spanish_deportation_with_its_count_is_an_action() -> None:
    # the Spanish annotation lists "deportó a 2.000 guatemaltecos" as a deportation
    article = _parse("Unos 95 salvadoreños fueron deportados el martes desde Texas en un vuelo.")
    assert [a.kind.value for a in article.policy_actions] == ["deportation"]


def test_a_deportee_named_by_a_noun_is_no_action() -> None:
    article = _parse("El programa entrega una tarjeta de apoyo a cada deportado que llega.")
    assert [a.kind.value for a in article.policy_actions] == []


def test_closing_the_border_is_a_closure() -> None:
    article = _parse("El gobierno de Costa Rica cerró la frontera norte el domingo por la noche.")
    assert [a.kind.value for a in article.policy_actions] == ["closure"]


def test_a_signed_spanish_agreement() -> None:
    article = _parse("Honduras y Panamá firmaron un memorando de entendimiento sobre migración.")
    assert [a.kind.value for a in article.policy_actions] == ["agreement"]


# ---------------------------------------------------------------- statistics


def test_the_days_of_a_spanish_date_are_no_figures() -> None:
    article = _parse(
        "El foro regional se celebrará del 12 al 14 de octubre y el pasado 3 de marzo "
        "llegaron 250 personas al albergue."
    )
    assert [s.value.low for s in article.statistics] == [250]


def test_a_meeting_word_in_the_future_tense_is_planned() -> None:
    article = _parse(
        "El canciller hondureño, Mario Lagos Pineda, se reunirá con el secretario de "
        "Estado estadunidense, Rick Moreno, en Miami."
    )
    (meeting,) = article.meetings
    assert meeting.status.value == "planned"
    assert set(meeting.participants) == {"Mario Lagos Pineda", "Rick Moreno"}


def test_a_host_receives_a_visitor_named_after_al() -> None:
    article = _parse(
        "El presidente Bernardo Arévalo recibió en la Casa Presidencial al canciller "
        "panameño, Javier Martínez-Acha, el jueves."
    )
    (meeting,) = article.meetings
    assert set(meeting.participants) == {"Bernardo Arévalo", "Javier Martínez-Acha"}


def test_a_trip_with_the_day_between_the_verb_and_the_place() -> None:
    article = _parse("El canciller guatemalteco, Carlos Ramiro Martínez, viajó el lunes a Ottawa.")
    (meeting,) = article.meetings
    assert meeting.location is not None
    assert meeting.location.name == "Ottawa"


def test_spanish_origins_from_demonyms_and_country_lists() -> None:
    article = _parse(
        "Una caravana de unos 900 migrantes hondureños salió el domingo de Tecún Umán. "
        "El grupo, integrado por personas de Nicaragua, Cuba y Haití, avanza hacia el norte."
    )
    (caravan,) = article.caravans
    assert set(caravan.origins) == {"HN", "NI", "CU", "HT"}


def test_a_caravan_that_stopped_in_a_named_town() -> None:
    article = _parse(
        "La caravana, que incluye a más de 1.200 personas, se detuvo el martes en la "
        "localidad de Huixtla por el calor."
    )
    (caravan,) = article.caravans
    assert caravan.status is CaravanStatus.STOPPED
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"
    assert caravan.size is not None
    assert caravan.size.low == 1200


def test_what_a_spanish_figure_measures_from_its_participle() -> None:
    article = _parse(
        "La Patrulla Fronteriza detectó a más de 9.000 migrantes en abril, y otros 6.100 "
        "interceptados en mayo."
    )
    assert [s.measure.value for s in article.statistics] == ["encounters", "apprehensions"]


def test_what_a_spanish_law_allows_is_part_of_the_law() -> None:
    article = _parse(
        "El Congreso de Arizona aprobó una ley que permite a los agentes estatales detener "
        "a quienes crucen sin documentos."
    )
    assert [a.kind.value for a in article.policy_actions] == ["law"]


def test_a_signed_order_named_orden_alone() -> None:
    article = _parse("La presidenta firmó una orden el lunes que limita el asilo en la frontera.")
    assert article.policy_actions[0].kind.value == "executive_action"


def test_the_head_of_a_shelter_or_a_collective_is_no_official() -> None:
    article = _parse(
        "La coordinadora del colectivo Caminantes Unidos, Rosa Pineda Vela, y el director "
        "del albergue Belén, Tomás Arce, pidieron agua para la caravana."
    )
    assert article.officials == ()


def test_the_head_of_a_public_body_is_an_official() -> None:
    article = _parse("El director del INM en Chiapas, Rubén Salas Mora, confirmó los traslados.")
    assert [o.name for o in article.officials] == ["Rubén Salas Mora"]


def test_medio_millar_is_five_hundred() -> None:
    article = _parse("Al operativo se sumaron medio millar de agentes federales.")
    assert [(s.value.low, s.measure.value) for s in article.statistics] == [(500, "troops")]


def test_migrants_setting_out_in_a_later_sentence_give_the_caravan_its_size() -> None:
    article = _parse(
        "Las autoridades vigilan el paso de la caravana de migrantes por la frontera. "
        "Según la prensa local, unos 2 mil migrantes salieron el martes de San Pedro Sula."
    )
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert caravan.size.low == 2000


def test_an_office_alone_is_a_later_mention_of_its_one_holder() -> None:
    article = _parse(
        "El presidente guatemalteco Bernardo Arévalo recibió a la presidenta Claudia "
        "Sheinbaum. Más tarde, el mandatario guatemalteco anunció un plan para la frontera."
    )
    (arevalo,) = [o for o in article.officials if o.surname == "Arévalo"]
    assert len(arevalo.spans) == 2


def test_an_office_two_officials_hold_stays_unattributed() -> None:
    article = _parse(
        "El presidente Bernardo Arévalo habló con el presidente Joe Biden. "
        "El presidente dijo que hubo acuerdo."
    )
    assert [len(o.spans) for o in article.officials] == [1, 1]


def test_a_spanish_verb_in_the_future_is_a_planned_action() -> None:
    article = _parse(
        "El gobierno de Guatemala desplegará 3 mil soldados en la frontera con Honduras."
    )
    assert [(a.kind.value, a.status.value) for a in article.policy_actions] == [
        ("enforcement", "planned")
    ]


def test_a_spanish_future_in_reported_speech_is_announced() -> None:
    article = _parse("La ministra dijo que Costa Rica cerrará dos pasos fronterizos con Panamá.")
    assert [(a.kind.value, a.status.value) for a in article.policy_actions] == [
        ("closure", "announced")
    ]


def test_ending_title_42_is_a_reversed_regulation() -> None:
    article = _parse("La administración puso fin al Título 42 el jueves.")
    assert [(a.kind.value, a.status.value) for a in article.policy_actions] == [
        ("regulation", "reversed")
    ]


def test_a_future_visit_verb_is_both_a_visit_and_planned() -> None:
    article = _parse("El secretario de Estado, Marco Rubio, visitará Panamá el domingo.")
    (meeting,) = article.meetings
    assert (meeting.participants, meeting.countries) == (("Marco Rubio",), ("PA",))
    assert meeting.kind.value == "visit"
    assert meeting.status.value == "planned"


def test_an_exodus_named_by_its_demonym_is_a_caravan() -> None:
    article = _parse("El éxodo salvadoreño, de unas 1.800 personas, entró el sábado a Guatemala.")
    (caravan,) = article.caravans
    assert caravan.origins == ("SV",)
    assert caravan.size is not None
    assert caravan.size.low == 1800


def test_a_group_of_migrants_found_by_the_police_is_no_caravan() -> None:
    article = _parse(
        "Un grupo de 45 migrantes haitianos fue localizado por la policía en un tráiler."
    )
    assert article.caravans == ()
