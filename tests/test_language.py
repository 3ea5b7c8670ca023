"""Language detection, the ``language`` argument and ``Article.language``.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

import migrationnews as mn
from migrationnews.errors import ArgumentTypeError, RecordError
from migrationnews.language import detect_language

ENGLISH = [
    "The caravan left the southern city before dawn.",
    "Officials said the shelter was full by Tuesday night.",
    "About 400 people waited at the bridge for hours.",
    "The governor signed the bill into law on Friday.",
    "Border agents found a group of families near the river.",
    "The minister flew to Washington for talks with his counterpart.",
    "Most of the travelers come from Honduras and Guatemala.",
    "A judge blocked the rule from taking effect.",
    "The number of crossings fell sharply in March.",
    "Buses carried the migrants to a processing center.",
    "Police used tear gas to disperse the crowd.",
    "The agency has not released figures for the month.",
    "Volunteers handed out water and blankets at the camp.",
    "Mexico agreed to send troops to its northern border.",
    "Several children were traveling without their parents.",
    "The president spoke with his Mexican counterpart by phone.",
    "Thousands of people have applied for asylum this year.",
    "The group walked for three days without stopping.",
    "Lawmakers are expected to vote on the measure next week.",
    "It was the largest caravan to reach the border since 2018.",
    "The new policy will apply to anyone who crosses illegally.",
    "Human rights groups criticized the decision.",
    "Deportation flights to Guatemala resumed in January.",
    "The mayor asked the federal government for more money.",
    "Many of them said they were fleeing violence.",
    "The shelter can hold about 200 people.",
    "Authorities detained the driver of the truck.",
    "He said the wall would be finished by the end of the year.",
    "The talks ended without an agreement.",
    "Some migrants tried to climb the fence.",
    "The court ruled that the program could continue.",
    "Agents arrested more than 50 people in the raid.",
    "She is the first woman to lead the agency.",
    "The families slept on the sidewalk outside the station.",
    "Officials expect the numbers to rise again in the spring.",
    "The state sent buses of migrants to New York.",
    "Their journey began in San Pedro Sula two weeks ago.",
    "The secretary met with religious leaders at the border.",
    "A boat carrying migrants capsized off the coast.",
    "The government announced new rules for work permits.",
    "We are asking for help from the international community.",
    "The bridge was closed to traffic for several hours.",
    "Some of the children had been separated from their families.",
    "The report was published by the inspector general.",
    "Crossings have dropped since the new rule took effect.",
    "There were no injuries, according to the police.",
    "Most of the group was sent back to Honduras.",
    "The camp has been cleared and the tents removed.",
    "It is not clear how many people remain in the city.",
    "The caravan reached Tapachula on Sunday.",
    "Under the plan, asylum seekers would wait in Mexico.",
    "The National Guard set up checkpoints along the highway.",
]

SPANISH = [
    "La caravana salió de la ciudad antes del amanecer.",
    "Las autoridades dijeron que el albergue estaba lleno.",
    "Unas 400 personas esperaron en el puente durante horas.",
    "El gobernador firmó la ley el viernes por la tarde.",
    "Los agentes encontraron a un grupo de familias cerca del río.",
    "El canciller viajó a Washington para reunirse con su homólogo.",
    "La mayoría de los viajeros proviene de Honduras y Guatemala.",
    "Un juez bloqueó la entrada en vigor de la norma.",
    "El número de cruces cayó en marzo.",
    "Los migrantes fueron trasladados en autobuses a una estación migratoria.",
    "La policía lanzó gas lacrimógeno para dispersar a la multitud.",
    "El instituto no ha publicado las cifras del mes.",
    "Los voluntarios repartieron agua y cobijas en el campamento.",
    "México aceptó enviar tropas a su frontera norte.",
    "Varios niños viajaban sin sus padres.",
    "El presidente habló por teléfono con su homólogo mexicano.",
    "Miles de personas han solicitado asilo este año.",
    "El grupo caminó tres días sin detenerse.",
    "Se espera que los legisladores voten la medida la próxima semana.",
    "Fue la caravana más grande desde 2018.",
    "La nueva política se aplicará a quienes crucen de forma irregular.",
    "Organizaciones de derechos humanos criticaron la decisión.",
    "Los vuelos de deportación a Guatemala se reanudaron en enero.",
    "El alcalde pidió más dinero al gobierno federal.",
    "Muchos de ellos dijeron que huían de la violencia.",
    "El albergue tiene capacidad para unas 200 personas.",
    "Las autoridades detuvieron al conductor del camión.",
    "Dijo que el muro estaría terminado a fin de año.",
    "Las conversaciones terminaron sin un acuerdo.",
    "Algunos migrantes intentaron trepar la valla.",
    "La corte resolvió que el programa podía continuar.",
    "Los agentes arrestaron a más de 50 personas en el operativo.",
    "Es la primera mujer que dirige el instituto.",
    "Las familias durmieron en la banqueta frente a la estación.",
    "Se prevé que las cifras vuelvan a subir en primavera.",
    "El estado envió autobuses con migrantes a Nueva York.",
    "Su viaje comenzó en San Pedro Sula hace dos semanas.",
    "La secretaria se reunió con líderes religiosos en la frontera.",
    "Una lancha con migrantes naufragó frente a la costa.",
    "El gobierno anunció nuevas reglas para los permisos de trabajo.",
    "Pedimos ayuda a la comunidad internacional.",
    "El puente estuvo cerrado al tránsito varias horas.",
    "Algunos niños habían sido separados de sus familias.",
    "El informe fue publicado por el inspector general.",
    "Los cruces han bajado desde que entró en vigor la norma.",
    "No hubo heridos, según la policía.",
    "La mayor parte del grupo fue devuelta a Honduras.",
    "El campamento fue desalojado y las carpas retiradas.",
    "No está claro cuántas personas siguen en la ciudad.",
    "La caravana llegó a Tapachula el domingo.",
    "Con el plan, los solicitantes de asilo esperarían en México.",
    "La Guardia Nacional instaló retenes a lo largo de la carretera.",
]


@pytest.mark.parametrize("sentence", ENGLISH)
def test_english_sentence_is_english(sentence: str) -> None:
    assert detect_language(sentence) == "en"


@pytest.mark.parametrize("sentence", SPANISH)
def test_spanish_sentence_is_spanish(sentence: str) -> None:
    assert detect_language(sentence) == "es"


def test_the_test_sets_are_large_enough() -> None:
    assert len(set(ENGLISH)) >= 50
    assert len(set(SPANISH)) >= 50


def test_an_english_article_quoting_spanish_stays_english() -> None:
    text = (
        "The foreign minister spoke to reporters after the meeting. "
        '"No vamos a permitir que crucen de forma irregular", he said. '
        "He added that the two countries would meet again in June and that the talks "
        "had been productive."
    )
    assert detect_language(text) == "en"


def test_text_without_function_words_defaults_to_english() -> None:
    assert detect_language("") == "en"
    assert detect_language("12345 !!!") == "en"


def test_parse_records_the_detected_language() -> None:
    assert mn.parse("Los migrantes llegaron a la frontera.").language == "es"
    assert mn.parse("The migrants reached the border.").language == "en"


def test_parse_keeps_the_language_it_was_given() -> None:
    assert mn.parse("The migrants reached the border.", language="es").language == "es"


@pytest.mark.parametrize("bad", ["fr", "ES", "", 3, b"es"])
def test_a_bad_language_raises_naming_the_argument(bad: object) -> None:
    with pytest.raises(ArgumentTypeError, match=r"^language must be"):
        mn.parse("text", language=bad)  # type: ignore[arg-type]


def test_language_round_trips_and_old_json_reads() -> None:
    article = mn.parse("Unas 300 personas llegaron el lunes.")
    assert mn.from_json(mn.to_json(article)) == article
    data = mn.to_dict(article)
    del data["language"]
    assert mn.from_dict(data).language is None


def test_article_rejects_an_unknown_language() -> None:
    with pytest.raises(RecordError, match="language"):
        mn.Article("text", language="fr")
