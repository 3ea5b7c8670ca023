"""Spanish, second round (issue 14): the future tense and agency datelines in dates, caravan
location and size, "hasta" after a change verb, and tour meetings. Every sentence here is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from migrationnews import dates, parse
from migrationnews.language import reading

PUBLISHED = dt.date(2024, 3, 1)


# ---- dates: the Spanish future ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "La ministra viajará a Honduras el lunes.",
        "Los mandatarios se reunirán en Tegucigalpa.",
        "El presidente va a recibir a su homólogo el jueves.",
        "La visita está prevista para la próxima semana.",
        "Ambos gobiernos firmarán el acuerdo en mayo.",
        "Próximamente no; la cumbre tendrá lugar el martes.",
    ],
)
def test_a_spanish_future_looks_ahead(sentence: str) -> None:
    with reading("es"):
        assert dates.tense_of(sentence) is dates.Tense.FUTURE


@pytest.mark.parametrize(
    "sentence",
    [
        "La caravana llegó el lunes a la ciudad.",
        "El canciller de Irán habló con Terán.",
        "La patrulla se va a la frontera cada noche.",
        "Hace dos años atrás la cifra era menor.",
        "Los extremos del puente estaban cerrados.",
        "Como estaba previsto, la caravana salió el lunes.",
    ],
)
def test_a_spanish_past_or_present_does_not(sentence: str) -> None:
    with reading("es"):
        assert dates.tense_of(sentence) is dates.Tense.PAST


def test_a_span_of_days_in_a_future_sentence_is_ahead() -> None:
    text = "La delegación visitará la frontera del 6 al 10 de junio."
    with reading("es"):
        found = dates.find_dates(text, dt.date(2024, 7, 2), tense=dates.tense_of(text))
    assert [(m.period.start, m.period.end) for m in found] == [
        (dt.date(2025, 6, 6), dt.date(2025, 6, 10))
    ]


def test_english_will_is_unchanged_by_the_spanish_table() -> None:
    assert dates.tense_of("The caravan viajará") is dates.Tense.PAST  # read as English
    assert dates.tense_of("The caravan will leave.") is dates.Tense.FUTURE


# ---- dates: agency datelines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Huixtla (México), 14 feb (EFE).- Unos 500 migrantes salieron hoy.", dt.date(2024, 2, 14)),
        ("Ciudad de Guatemala, 3 sept (EFE).- El gobierno informó.", dt.date(2023, 9, 3)),
        ("Tegucigalpa, 28 dic.- Las autoridades hondureñas dijeron.", dt.date(2023, 12, 28)),
        ("San Salvador, 9 abr\nEl ministro habló.", dt.date(2023, 4, 9)),
    ],
)
def test_a_dateline_day_and_short_month_is_a_date(text: str, day: dt.date) -> None:
    with reading("es"):
        found = dates.find_dates(text, PUBLISHED)
    assert [m.period.start for m in found][:1] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Los migrantes cruzaron el mar 3 veces.",
        "Unos 21 mar adentro.",
        "Dijo que may be later.",
    ],
)
def test_a_short_month_inside_a_sentence_is_not_a_date(text: str) -> None:
    with reading("es"):
        assert dates.find_dates(text, PUBLISHED) == ()


def test_the_dateline_day_is_not_a_figure() -> None:
    article = parse(
        "Tapachula (México), 12 ene (EFE).- Unos 400 migrantes salieron este jueves hacia el "
        "norte, informaron las autoridades de la ciudad.",
        published=dt.date(2024, 1, 12),
    )
    assert article.language == "es"
    assert [s.value.low for s in article.statistics] == [400]


# ---- "hasta" after a verb of change -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("Las detenciones de migrantes cayeron hasta 95.000 en abril.", 95000, 95000, "exact"),
        ("Las solicitudes de asilo subieron hasta 12.400 el mes pasado.", 12400, 12400, "exact"),
        ("Los cruces de migrantes se dispararon hasta 8.000 por día.", 8000, 8000, "exact"),
        ("El albergue recibe hasta 300 migrantes por noche.", None, 300, "at_most"),
        ("Podrían llegar hasta 5.000 migrantes a la frontera.", None, 5000, "at_most"),
    ],
)
def test_hasta_after_a_change_verb_is_the_value_reached(
    text: str, low: int | None, high: int, qualifier: str
) -> None:
    found = [s.value for s in parse(text, published=PUBLISHED, language="es").statistics]
    assert [(v.low, v.high, v.qualifier.value) for v in found] == [(low, high, qualifier)]


def test_english_up_to_after_a_change_word_keeps_its_ceiling() -> None:
    found = parse("Arrests of migrants could rise up to 5,000 a day.", language="en").statistics
    assert [s.value.qualifier.value for s in found] == ["at_most"]


# ---- caravans: where the group is now, and how many walk in it ---------------------------


def _caravan(text: str) -> tuple[str | None, tuple[int | None, int | None] | None]:
    (caravan,) = parse(text, published=PUBLISHED, language="es").caravans
    location = caravan.location.name if caravan.location else None
    size = (caravan.size.low, caravan.size.high) if caravan.size else None
    return location, size


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Una caravana de unos 900 migrantes llegó a Huixtla este martes.", "Huixtla"),
        ("La caravana migrante avanza por Chiapas rumbo a la capital.", "Chiapas"),
        ("La caravana de migrantes descansa en las afueras de Tapachula.", "Tapachula"),
        ("La caravana permanece en Huixtla desde el lunes.", "Huixtla"),
        ("La caravana salió el lunes de Tapachula y el martes llegó a Huixtla.", "Huixtla"),
        ("La caravana caminaba sobre la carretera que une Tapachula con Huixtla.", "Huixtla"),
        ("La caravana descansa en la localidad de Santa Rita.", "Santa Rita"),
        ("La caravana fue contenida cerca del Ejido Nueva Esperanza.", "Ejido Nueva Esperanza"),
    ],
)
def test_a_caravan_is_where_the_latest_report_puts_it(text: str, place: str) -> None:
    assert _caravan(text)[0] == place


@pytest.mark.parametrize(
    "text",
    [
        "La caravana busca llegar a Monterrey.",
        "La caravana no ha logrado llegar a Oaxaca.",
        "Al llegar a Huixtla, la caravana siguió su camino hacia el norte.",
    ],
)
def test_a_goal_or_an_earlier_stop_is_not_where_it_is(text: str) -> None:
    assert _caravan(text)[0] is None


def test_a_country_where_it_broke_up_yields_to_a_nearer_place() -> None:
    text = (
        "Las autoridades disolvieron la caravana en México. "
        "La caravana fue rodeada sobre la carretera entre Tapachula y Huixtla."
    )
    assert _caravan(text)[0] == "Huixtla"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Un contingente de unos 3.000 migrantes salió de Tapachula.", (3000, 3000)),
        ("La caravana, de alrededor de 1.500 personas, salió de Tapachula.", (1500, 1500)),
        ("La caravana de más de 2 mil migrantes partió de Tapachula.", (2000, None)),
        (
            "La caravana, integrada por unas 1.500 personas según la policía y 3.000 según "
            "los organizadores, salió de Tapachula.",
            (1500, 3000),
        ),
        (
            "La caravana de unas 600 personas salió de Tapachula. Después se localizó un primer "
            "contingente de 250 personas y pequeños grupos de cinco a diez personas.",
            (600, 600),
        ),
    ],
)
def test_a_caravan_size_counts_the_whole_group(
    text: str, size: tuple[int | None, int | None]
) -> None:
    assert _caravan(text)[1] == size


# ---- meetings: a tour of several stops, a delegation sent to a meeting -------------------


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None, str]]:
    article = parse(text, published=dt.date(2023, 3, 10), language="es")
    return [
        (m.participants, m.location.name if m.location else None, m.status.value)
        for m in article.meetings
    ]


def test_a_tour_is_a_visit_with_the_host_of_each_stop() -> None:
    text = (
        "La presidenta Xiomara Castro anunció el martes su agenda. La reunión con empresarios "
        "se enmarca en la gira que la presidenta Xiomara Castro realizará del 20 al 24 de "
        "marzo por Guatemala y Belice."
    )
    found = _meetings(text)
    assert (("Xiomara Castro",), "Guatemala", "planned") in found
    assert (("Xiomara Castro",), "Belice", "planned") in found


def test_a_tour_of_a_region_alone_names_no_host() -> None:
    text = (
        "El canciller Marcelo Ebrard dijo que la gira que el canciller hará por "
        "Centroamérica será breve."
    )
    assert all(place != "Central America" for _, place, _ in _meetings(text))


def test_a_delegation_goes_where_its_meeting_is_held() -> None:
    text = (
        "Ambos gobiernos acordaron una reunión de alto nivel entre sus ministros, a "
        "realizarse la próxima semana en Ottawa. La delegación hondureña será encabezada "
        "por el canciller Eduardo Enrique Reina."
    )
    assert _meetings(text) == [(("Eduardo Enrique Reina",), "Ottawa", "planned")]


def test_a_group_that_set_out_today_is_near_where_it_set_out() -> None:
    text = "Unos 700 migrantes en caravana partieron este viernes desde Tapachula hacia el norte."
    (caravan,) = parse(text, published=dt.date(2024, 3, 1), language="es").caravans
    assert caravan.location is not None
    assert caravan.location.name == "Tapachula"


def test_a_group_that_left_a_place_and_is_put_nowhere_later_is_placed_where_it_left() -> None:
    # the guideline's "most specific place named" (its gold puts such groups there, even
    # caravans that left days or months before): the place left, never the goal
    for text in (
        "La caravana partió el pasado lunes desde Tapachula hacia el norte.",
        "La caravana partió de Tapachula para llegar a la Ciudad de México.",
    ):
        (caravan,) = parse(text, published=dt.date(2024, 3, 1), language="es").caravans
        assert caravan.location is not None
        assert caravan.location.name == "Tapachula"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tras descansar en Huixtla, en el estado de Chiapas, la caravana siguió.", None),
        ("After resting in Huixtla, in the state of Chiapas, the caravan moved on.", None),
        ("La caravana llegó a Huixtla, en el estado de Chiapas.", "Huixtla"),
    ],
)
def test_the_region_after_a_place_only_says_where_that_place_is(
    text: str, place: str | None
) -> None:
    (caravan,) = parse(text, published=PUBLISHED).caravans
    assert (caravan.location.name if caravan.location else None) == place


@pytest.mark.parametrize(
    ("text", "estimates"),
    [
        (
            "La caravana, de unos 2.500 migrantes según la policía estatal, salió de Tecún Umán.",
            [(2500, 2500, "la policía estatal")],
        ),
        (
            "Según la Cruz Roja, la caravana suma unos 1.800 integrantes; los organizadores "
            "estiman que son 3.500.",
            [(1800, 1800, "la Cruz Roja"), (3500, 3500, "los organizadores")],
        ),
        (
            "La caravana salió con alrededor de 900 personas, de acuerdo con el INM, aunque "
            "los activistas hablaron de hasta 2.000.",
            [(900, 900, "el INM"), (None, 2000, "los activistas")],
        ),
    ],
)
def test_each_source_of_a_spanish_caravan_size_is_kept(
    text: str, estimates: list[tuple[int | None, int | None, str]]
) -> None:
    (caravan,) = parse(text, published=PUBLISHED, language="es").caravans
    found = [
        (e.estimate.low, e.estimate.high, e.source.source if e.source else None)
        for e in caravan.size_estimates
    ]
    assert found == estimates
