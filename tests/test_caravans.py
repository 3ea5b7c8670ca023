"""The caravan extractor: one sentence (our own) per pattern, plus the seed article."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationnews as mn
from migrationnews import units
from migrationnews._adversarial import texts
from migrationnews.extract import caravans
from migrationnews.records import Caravan, CaravanStatus, Measure, Statistic, Unit
from migrationnews.seeds import default_seed
from migrationnews.text import Document
from migrationnews.values import Estimate, Qualifier, Span

FIGURE = re.compile(
    r"(?:about |some |more than |nearly )?(?:\d{1,3}(?:,\d{3})+|\d+|thousands|hundreds)"
    r"(?: (?:migrants|people))?",
    re.IGNORECASE,
)
WORDS = {
    "about ": Qualifier.ABOUT,
    "some ": Qualifier.ABOUT,
    "more than ": Qualifier.MORE_THAN,
    "nearly ": Qualifier.LESS_THAN,
}


def test_size_covers_every_estimate_kept():
    found = only(
        "Thousands of migrants set out in a caravan. The caravan numbered 4,500 on Monday "
        "and had grown to 5,000 by Friday, organizers said."
    )
    assert [e.estimate.low for e in found.size_estimates] == [4500, 5000]
    assert (found.size.low, found.size.high) == (4500, 5000)
    assert not [p for p in mn.validate(found) if p.code.value == "caravan_size_uncovered"]


def hand_statistics(text: str) -> tuple[Statistic, ...]:
    """People figures as the statistics extractor reports them, built by hand."""
    found = []
    for match in FIGURE.finditer(text):
        phrase = match.group()
        qualifier = next((q for w, q in WORDS.items() if phrase.startswith(w)), Qualifier.EXACT)
        number = phrase.split()[-2] if phrase.endswith(("migrants", "people")) else phrase
        number = number.split()[-1].lower()
        if number in ("thousands", "hundreds"):
            low = 1000 if number == "thousands" else 100
            value = Estimate(low, None, Qualifier.VAGUE, phrase)
        else:
            n = int(number.replace(",", ""))
            low = None if qualifier is Qualifier.LESS_THAN else n
            high = None if qualifier is Qualifier.MORE_THAN else n
            value = Estimate(low, high, qualifier, phrase)
        span = Span(match.start(), match.end())
        found.append(Statistic(value, Unit.PERSON, Measure.MIGRANTS, span, phrase))
    return tuple(found)


def read(text: str, published: dt.date | None = dt.date(2023, 12, 27)) -> tuple[Caravan, ...]:
    doc = Document.of(text, published)
    doc.add(Statistic, hand_statistics(text))
    return caravans.extract(doc)


def only(text: str) -> Caravan:
    found = read(text)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- detection and grouping

GROUPS = {
    "group-of-nationals-arrived": (
        "A group of some 150 Haitians and Cubans arrived by ferry in the port of Necoclí.",
        1,
    ),
    "group-of-reporters-arrived": ("A group of reporters arrived in Tapachula on Monday.", 0),
    "caravan-of-migrants": ("A caravan of about 2,000 migrants left Tapachula on Monday.", 1),
    "generic-plural": ("Migrant caravans have become a regular sight in southern Mexico.", 0),
    "group-on-foot": ("A group of 300 migrants set off on foot from Ciudad Hidalgo.", 1),
    "group-not-on-the-move": ("A group of 40 migrants was found inside a trailer.", 0),
    "exodus-from-a-country": ("The exodus of Venezuelans has lasted a decade.", 0),
    "rights-group": (
        "A rights group said the migrants walking north lacked water and shade.",
        0,
    ),
    "group-of-lawmakers": ("A group of lawmakers toured the border on Friday.", 0),
    "march-the-verb": ("Officials said migrants who march across the river face arrest.", 0),
    "month-march": ("In March, officials reported fewer crossings.", 0),
    "vehicle-caravan": ("A caravan of aid trucks reached the town on Friday.", 0),
    "two-counted": (
        "Police broke up two caravans near Huixtla. The first of the caravans had set out "
        "from Tapachula.",
        2,
    ),
    "new-and-earlier": (
        "A caravan of Cubans set out on Friday. An earlier caravan was broken up in Oaxaca.",
        2,
    ),
    "smaller-second": (
        "The caravan walked north on Sunday. Last month, a smaller caravan dispersed in Arriaga.",
        2,
    ),
    "march-refers-back": (
        "Hundreds of Salvadorans marched north in a caravan. The march reached Arriaga on Tuesday.",
        1,
    ),
    "second-then-the-second": (
        "A caravan left Tapachula. A second caravan formed in Huixtla. The second caravan "
        "was blocked in Arriaga.",
        2,
    ),
    "another": ("The caravan rested in Tapachula. Another caravan set out from Honduras.", 2),
    "past-anchor": (
        "A year after a caravan left San Pedro Sula, a new group set out from Tapachula.",
        2,
    ),
    "earlier-year": (
        "A caravan left Tapachula on Monday. Unlike the 2018 caravan, it is mostly Cubans.",
        2,
    ),
    "split-into-groups": ("The caravan split into two groups near Huixtla.", 1),
    "nothing": ("Border Patrol reported 190,000 apprehensions in November.", 0),
}


@pytest.mark.parametrize(("text", "count"), list(GROUPS.values()), ids=list(GROUPS))
def test_groups_are_found_and_kept_apart(text, count):
    assert len(read(text)) == count


def test_every_sentence_about_the_group_is_kept():
    text = (
        "A caravan left Tapachula before dawn. It had about 1,500 people, organizers said. "
        "The weather was hot. The caravan rested in Huixtla."
    )
    found = only(text)
    assert [s.of(text) for s in found.spans] == [
        "A caravan left Tapachula before dawn.",
        "It had about 1,500 people, organizers said.",
        "The caravan rested in Huixtla.",
    ]


def test_the_cut_between_two_groups_falls_at_the_clause_break():
    text = (
        "Some 900 migrants left Tapachula in a new caravan, a week after police dissolved "
        "an earlier caravan in Tonalá."
    )
    new, earlier = read(text)
    assert new.status is CaravanStatus.MOVING
    assert earlier.status is CaravanStatus.DISPERSED


def test_an_opening_phrase_and_a_pronoun_go_on_about_the_group():
    text = "A caravan left Tapachula at dawn. By nightfall, they had reached Huixtla."
    found = only(text)
    assert len(found.spans) == 2
    assert found.location is not None
    assert found.location.name == "Huixtla"


def test_a_past_caravan_named_in_passing_does_not_take_the_next_sentence():
    text = (
        "Police stopped a caravan in Chiapas, a year after a caravan left Honduras. "
        "They had about 900 people, mostly Cubans."
    )
    main, past = read(text)
    assert main.origins == ("CU",)
    assert past.origins == ("HN",)


def test_a_lede_about_walking_migrants_joins_the_caravan_named_after_it():
    text = (
        "Thousands of Cuban migrants walked north from Tapachula on Monday. "
        "Officials expect more crossings. The caravan is the largest this year."
    )
    found = only(text)
    assert len(found.spans) == 2
    assert found.origins == ("CU",)


def test_a_sentence_naming_two_groups_is_cut_between_them():
    text = "The caravan walked on toward Oaxaca, while an earlier caravan was dispersed in Tonalá."
    main, earlier = read(text)
    assert (main.status, main.location) == (CaravanStatus.MOVING, None)
    assert earlier.status is CaravanStatus.DISPERSED
    assert earlier.location is not None
    assert earlier.location.name == "Tonalá"


# ---------------------------------------------------------------- origins

ORIGINS = {
    "demonym-nouns": ("The caravan is made up mostly of Hondurans and Guatemalans.", ("HN", "GT")),
    "from-list": (
        "The caravan includes migrants from Cuba, Haiti and Nicaragua.",
        ("CU", "HT", "NI"),
    ),
    "demonym-before-people": ("Police stopped a caravan of Venezuelan migrants.", ("VE",)),
    "demonym-of-authorities": ("Mexican police stopped the caravan near Tapachula.", ()),
    "region-not-country": ("The caravan of Central American families left Tapachula.", ()),
    "route-not-origin": ("A caravan headed to the United States crossed Guatemala.", ()),
    "departed-city-not-country": ("The caravan set out from the Mexican city of Tapachula.", ()),
    "member-demonym": (
        'A caravan left Tapachula on Sunday. "We are tired," said Ana, a Honduran mother.',
        ("HN",),
    ),
    "member-left-native": (
        "A caravan left Tapachula on Sunday. Luis, who left his native Cuba in May, walked too.",
        ("CU",),
    ),
    "left-town-and-country": (
        "The caravan left San Pedro Sula, Honduras, on Friday.",
        ("HN",),
    ),
    "left-transit-country": ("The caravan left Mexico after a month.", ()),
    "countries-like": (
        "The caravan has migrants from countries like Ecuador and Peru.",
        ("EC", "PE"),
    ),
    "region-in-the-list": (
        "About 900 migrants from Central America and Haiti set off in a caravan.",
        ("HT",),
    ),
    "many-of-them-from": (
        "Thousands of migrants, many of them from Colombia, walked in the caravan.",
        ("CO",),
    ),
    "crossed-from-not-origin": (
        "Migrants in the caravan crossed the river from Guatemala on rafts.",
        (),
    ),
    "most-are-from": (
        "A caravan left Tapachula on Sunday. Most are from El Salvador, organizers said.",
        ("SV",),
    ),
    "from-a-transit-country": ("From Guatemala, the caravan moved on into Mexico.", ()),
    "mostly-from": ("The migrants in the caravan, mostly from Nicaragua, rested.", ("NI",)),
    "many-are": (
        "A caravan left Tapachula on Monday. Many are Haitians who lived in Chile.",
        ("HT",),
    ),
    "member-from": (
        "A caravan left Tapachula on Sunday. A migrant from Ecuador said he was hungry.",
        ("EC",),
    ),
}


@pytest.mark.parametrize(("text", "codes"), list(ORIGINS.values()), ids=list(ORIGINS))
def test_origins(text, codes):
    assert only(text).origins == codes


# ---------------------------------------------------------------- location

LOCATIONS = {
    "in-town": ("The caravan was stopped in Huixtla, Chiapas.", "Huixtla"),
    "from-and-toward": ("The caravan set out from Tapachula toward Mexico City.", "Tapachula"),
    "reached": ("The caravan reached Juchitán on Thursday.", "Juchitán"),
    "headline-reaches": ("Migrant caravan reaches Mexico City", "Mexico City"),
    "hoped-for": ("The caravan set out, hoping to reach Monterrey.", None),
    "most-specific": (
        "The caravan rested in the town of Mapastepec in the state of Chiapas.",
        "Mapastepec",
    ),
    "walked-to": ("The caravan walked 30 miles to Pijijiapan.", "Pijijiapan"),
    "country-through": (
        "The caravan has been traveling through Guatemala for a week.",
        "Guatemala",
    ),
    "dateline": ("ARRIAGA, Mexico (AP) — A caravan of migrants rested on Sunday.", "Arriaga"),
    "outskirts": ("The caravan camped on the outskirts of Tapachula.", "Tapachula"),
    "crossed-into": ("The caravan crossed into Guatemala on Friday.", "Guatemala"),
    "us-dateline-ignored": ("EL PASO, Texas (AP) — A caravan set out from Honduras.", None),
    "officials-somewhere-else": (
        "Officials in Oaxaca said the caravan left Tapachula on Sunday.",
        "Tapachula",
    ),
    "us-officials": ("Officials in Washington said the caravan was in Oaxaca.", "Oaxaca"),
    "border-with": ("The caravan set out near the border with Guatemala.", None),
    "after-a-rest-elsewhere": (
        "The caravan walked on to Tonalá after sleeping a night in the plaza of Mapastepec.",
        "Tonalá",
    ),
    "route-town": ("Late on Tuesday the caravan got as far as Acapetahua.", "Acapetahua"),
    "taken-by-bus-to": (
        "Soldiers halted the caravan near Tonalá and drove the migrants in trucks to Juchitán.",
        "Juchitán",
    ),
    "unknown-town": (
        "By Friday the caravan had arrived in the village of Santiago Niltepec.",
        "Santiago Niltepec",
    ),
    "left-unknown-town": ("The caravan left the town of Santo Domingo Zanatepec.", "Zanatepec"),
    "plaza-of": ("The marchers of the caravan slept in the main plaza of Arriaga.", "Arriaga"),
    "border-at-is-reference": (
        "The caravan, now in Oaxaca, is 1,500 miles from the border at Reynosa.",
        "Oaxaca",
    ),
}


@pytest.mark.parametrize(("text", "name"), list(LOCATIONS.values()), ids=list(LOCATIONS))
def test_location(text, name):
    location = only(text).location
    assert (location.name if location else None) == name


# ---------------------------------------------------------------- distance

DISTANCES = {
    "nearest-us-crossing": (
        "The caravan rested some 900 miles from the nearest U.S. crossing at Laredo.",
        (900, "mile"),
    ),
    "miles-south-of": (
        "The caravan is about 1,600 miles south of the U.S. border.",
        (1600, "mile"),
    ),
    "km-from": ("The caravan is some 2,400 kilometers from the US-Mexico border.", (2400, "km")),
    "km-abbrev": ("The caravan was 900 km from the border.", (900, "km")),
    "still-to-go": ("The caravan still had 900 miles to the U.S. border.", (900, "mile")),
    "distance-walked": ("The caravan walked 40 miles to Huixtla.", None),
}


@pytest.mark.parametrize(("text", "expected"), list(DISTANCES.values()), ids=list(DISTANCES))
def test_distance_to_border(text, expected):
    distance = only(text).distance_to_border
    if expected is None:
        assert distance is None
    else:
        assert distance == units.quantity(expected[0], expected[1])


# ---------------------------------------------------------------- status

STATUSES = {
    "set-out": ("The caravan set out at dawn.", CaravanStatus.MOVING),
    "blocked": ("Police blocked the caravan at a checkpoint.", CaravanStatus.STOPPED),
    "dispersed": ("Authorities dispersed the caravan on Friday.", CaravanStatus.DISPERSED),
    "forming": ("Migrants gathered in a park to form a caravan.", CaravanStatus.FORMING),
    "stopped-for-the-night": ("The caravan stopped for the night in Huixtla.", None),
    "headed-to": ("A caravan headed to the U.S. border crossed Guatemala.", CaravanStatus.MOVING),
    "will-set-out": ("A new caravan will set out from Tapachula on Friday.", CaravanStatus.FORMING),
    "will-continue": ("The caravan will continue north on Friday.", CaravanStatus.MOVING),
    "if-it-walks": ("Police will stop the caravan if it walks on.", None),
    "trying-to-reach": ("The caravan is trying to walk to Mexico City.", CaravanStatus.MOVING),
    "planned-not-done": ("Officials plan to disband the caravan.", None),
    "broken-up-after-moving": (
        "The caravan was broken up a week after it set out.",
        CaravanStatus.DISPERSED,
    ),
}


@pytest.mark.parametrize(("text", "status"), list(STATUSES.values()), ids=list(STATUSES))
def test_status(text, status):
    assert only(text).status is status


# ---------------------------------------------------------------- departure date

DEPARTURES = {
    "weekday-after": ("The caravan set out from Tapachula on Sunday.", dt.date(2023, 12, 24)),
    "weekday-before": ("Before dawn on Friday, a caravan left Huixtla.", dt.date(2023, 12, 22)),
    "explicit-date": ("The caravan departed on Dec. 10 from Tapachula.", dt.date(2023, 12, 10)),
    "date-of-another-event": ("The caravan was blocked on Monday.", None),
    "marched-out-of": ("A caravan marched out of Tapachula on Tuesday.", dt.date(2023, 12, 26)),
    "no-date": ("The caravan set out from Tapachula.", None),
}


@pytest.mark.parametrize(("text", "day"), list(DEPARTURES.values()), ids=list(DEPARTURES))
def test_departure_date(text, day):
    (caravan,) = read(text, dt.date(2023, 12, 27))
    assert (caravan.departed.start if caravan.departed else None) == day


def test_departure_date_is_kept_unresolved_without_publication_date():
    (caravan,) = read("The caravan set out on Sunday.", None)
    departed = caravan.departed
    assert departed is not None
    assert (departed.text, departed.start) == ("on Sunday", None)


# ---------------------------------------------------------------- size

SIZES = {
    "caravan-of": ("A caravan of about 3,000 migrants left Tapachula.", (3000, 3000)),
    "figure-set-out": ("About 1,200 people set out with the caravan.", (1200, 1200)),
    "numbered": ("The caravan numbered more than 700 on Monday.", (700, None)),
    "object-of-capture": (
        "The caravan dispersed after agents bused 400 migrants to shelters.",
        None,
    ),
    "partitive": ("The caravan was blocked. Some 500 of the migrants turned back.", None),
    "two-estimates": (
        "The caravan numbered 2,000 on Monday and had grown to 4,000 by Friday.",
        (2000, 4000),
    ),
    "firm-over-vague": (
        "Thousands of migrants set out in a caravan. The caravan numbered 4,500, organizers said.",
        (4500, 4500),
    ),
    "caravan-with": ("The caravan, with an estimated 1,500 people, rested.", (1500, 1500)),
    "open-below-and-exact": (
        "The caravan numbered nearly 500 on Monday and 400 on Tuesday.",
        (None, 500),
    ),
    "vague-alone": ("Thousands of migrants set out in a caravan on Sunday.", (1000, None)),
    "figure-at": ("The caravan moved on; the army put the figure at 900.", (900, 900)),
    "rival-count": (
        "Soldiers estimated the caravan at 700 people, but its leaders counted 1,300.",
        (700, 1300),
    ),
}


@pytest.mark.parametrize(("text", "bounds"), list(SIZES.values()), ids=list(SIZES))
def test_size(text, bounds):
    size = only(text).size
    assert (None if size is None else (size.low, size.high)) == bounds


SOURCES = {
    "said-before": ("Organizers said 1,200 people set out with the caravan.", "Organizers"),
    "estimate-that": (
        "Church groups estimate that 800 people are walking in the caravan.",
        "Church groups",
    ),
    "said-after": ("The caravan numbered 2,000, state officials said.", "state officials"),
    "according-to": (
        "According to the Red Cross, 900 people joined the caravan.",
        "the Red Cross",
    ),
    "said-name-after": (
        "A caravan of 750 people left, said the mayor of Tapachula.",
        "the mayor of Tapachula",
    ),
    "relative-clause": (
        "The caravan, which organizers said numbered 3,000 people, rested.",
        "organizers",
    ),
    "pronoun-is-no-source": ("The caravan numbered 2,000, he said.", None),
    "unattributed": ("A caravan of 600 migrants left on Sunday.", None),
}


@pytest.mark.parametrize(("text", "source"), list(SOURCES.values()), ids=list(SOURCES))
def test_size_source(text, source):
    (estimate,) = only(text).size_estimates
    assert (estimate.source.source if estimate.source else None) == source
    if estimate.source is not None:
        assert estimate.source.span is not None
        assert estimate.source.span.of(text) == source


# ---------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_caravans():
    seed = default_seed()
    return seed.text, mn.parse(seed.text, published=seed.published).caravans


def test_seed_has_two_caravans(seed_caravans):
    _, found = seed_caravans
    assert len(found) == 2


def test_seed_main_caravan(seed_caravans):
    text, (main, _) = seed_caravans
    assert main.origins == ("HN", "SV", "VE", "HT")
    assert main.location is not None
    assert main.location.name == "Chiapas"
    assert main.distance_to_border == units.quantity(1600, "mile")
    assert main.status is CaravanStatus.MOVING
    assert any("between 6,000 and 10,000" in s.of(text) for s in main.spans)


def test_seed_main_caravan_size(seed_caravans):
    _, (main, _) = seed_caravans
    assert main.size is not None
    assert (main.size.low, main.size.high) == (6000, 10000)
    (estimate,) = main.size_estimates
    assert estimate.source is not None
    assert estimate.source.source.lower().startswith("local officials and media reports")


def test_seed_main_caravan_departed(seed_caravans):
    _, (main, _) = seed_caravans
    assert main.departed is not None
    assert main.departed.start == dt.date(2023, 12, 24)


PIPELINE_SIZES = {
    "caravan-of-about": ("A caravan of about 3,000 migrants left Tapachula.", (3000, 3000)),
    "range-set-out": (
        "Between 800 and 1,200 people set out in a caravan on Sunday, church groups said.",
        (800, 1200),
    ),
    "more-than-walking": (
        "More than 2,000 Venezuelans are walking north in the caravan.",
        (2000, None),
    ),
    "vague": ("Hundreds of migrants left Huixtla in a new caravan.", (100, None)),
    "bare-count": (
        "The caravan, which organizers put at 5,000, set out on Monday.",
        (5000, 5000),
    ),
    "estimated-at": ("Officials estimated the caravan at 4,000 people.", (4000, 4000)),
    "strong": ("A 4,000-strong caravan left Tapachula on Monday.", (4000, 4000)),
}


@pytest.mark.parametrize(
    ("text", "bounds"), list(PIPELINE_SIZES.values()), ids=list(PIPELINE_SIZES)
)
def test_size_from_the_statistics_extractor(text, bounds):
    article = mn.parse(text, published=dt.date(2024, 1, 8))
    (caravan,) = article.caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == bounds
    (estimate,) = caravan.size_estimates
    assert estimate.span in [s.span for s in article.statistics]  # the figure stays there too


def test_a_source_from_the_statistics_extractor_is_tidied():
    text = "The caravan, which organizers said numbered around 3,000 people, rested in Huixtla."
    (caravan,) = mn.parse(text).caravans
    (estimate,) = caravan.size_estimates
    assert estimate.source is not None
    assert estimate.source.source == "organizers"


def test_seed_smaller_caravan(seed_caravans):
    text, (_, smaller) = seed_caravans
    assert smaller.status is CaravanStatus.DISPERSED
    assert (smaller.size, smaller.origins, smaller.location) == (None, (), None)
    assert [s.of(text)[:28] for s in smaller.spans] == ["In November, a smaller carav"]


# ---------------------------------------------------------------- robustness

SALAD = [
    "caravan", "caravans", "a", "the", "smaller", "two", "first", "of", "group", "march",
    "exodus", "migrants", "from", "Honduras", "Hondurans", "in", "Tapachula", "to",
    "reached", "1,600", "miles", "south", "border", "dispersed", "set out", "it", "said",
    "according to", ",", ".", "\n", "—", "TAPACHULA, Mexico (AP) —", "km", "numbered",
]  # fmt: skip


ODD = texts("caravans", 20_000)  # shared with the scaling check and the benchmark


@pytest.mark.parametrize("text", list(ODD.values()), ids=list(ODD))
def test_odd_caravan_text_parses_without_raising(text):
    for caravan in mn.parse(text, published=dt.date(2023, 12, 27)).caravans:
        assert all(0 <= s.start <= s.end <= len(text) for s in caravan.spans)


@given(hs.lists(hs.sampled_from(SALAD), max_size=60), hs.none() | hs.dates())
def test_extract_never_raises_on_news_like_word_salad(words, published):
    text = " ".join(words)
    doc = Document.of(text, published)
    doc.add(Statistic, hand_statistics(text))
    for caravan in caravans.extract(doc):
        assert all(0 <= s.start <= s.end <= len(text) for s in caravan.spans)


@given(hs.text())
def test_extract_never_raises_on_any_text(text):
    assert isinstance(caravans.extract(Document.of(text, None)), tuple)


def test_size_with_only_a_ceiling_takes_its_low_from_another_source():
    text = (
        "The caravan walked on, with the Red Cross putting its size at roughly 2,200 and "
        "activists claiming as many as 3,500 walkers."
    )
    (caravan,) = mn.parse(text, published=dt.date(2024, 1, 8)).caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == (2200, 3500)


def test_each_estimate_takes_the_speaker_of_its_own_clause():
    text = "Volunteers said the caravan had about 800 members; the state police put it at 650."
    (caravan,) = mn.parse(text, published=dt.date(2024, 1, 8)).caravans
    sources = [e.source.source if e.source else None for e in caravan.size_estimates]
    assert sources == ["Volunteers", "the state police"]


def test_a_running_total_is_not_the_size_of_the_group():
    text = (
        "A caravan of about 600 migrants left Tapachula on Friday, part of a surge that "
        "officials say has reached 90,000 people since March."
    )
    (caravan,) = mn.parse(text, published=dt.date(2024, 5, 8)).caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == (600, 600)


def test_a_next_sentence_with_rival_counts_goes_on_about_the_group():
    text = (
        "A caravan of about 900 people camped in Chahuites on Sunday. The church put the "
        "number at 1,100, whereas state police estimated it at 700."
    )
    (caravan,) = mn.parse(text, published=dt.date(2024, 5, 8)).caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == (700, 1100)
    sources = [e.source.source if e.source else None for e in caravan.size_estimates]
    assert sources == [None, "The church", "state police"]


def test_a_pronoun_sentence_gives_a_rival_count():
    text = (
        "Soldiers put the caravan at about 1,500 people. Its leaders said it was closer to 2,400."
    )
    (caravan,) = mn.parse(text, published=dt.date(2024, 5, 8)).caravans
    assert caravan.size is not None
    assert (caravan.size.low, caravan.size.high) == (1500, 2400)


# ---------------------------------------------------------------- issue 13


def parsed(text: str) -> Caravan:
    """The one caravan the whole pipeline finds (its own statistics, not hand-made ones)."""
    (found,) = mn.parse(text, published=dt.date(2023, 12, 27)).caravans
    return found


def test_people_named_by_a_demonym_who_enter_a_country_give_the_size():
    caravan = parsed(
        "A caravan of migrants set out from San Pedro Sula on Thursday. "
        "Some 2,500 Hondurans, border officials said, entered Guatemala on Friday."
    )
    assert (caravan.size.low, caravan.size.high) == (2500, 2500)


def test_members_counted_at_departure_are_the_size():
    caravan = parsed("The caravan left Tapachula on Monday with about 900 members.")
    assert (caravan.size.low, caravan.size.high) == (900, 900)


def test_police_sent_against_a_caravan_are_not_its_size():
    caravan = parsed("The government sent 1,200 police officers to halt the caravan of migrants.")
    assert caravan.size is None


def test_a_demonym_after_of_names_no_member_unless_counted():
    caravan = only(
        "The caravan of Salvadoran migrants entered Guatemala, putting the health of "
        "Guatemalans at risk, officials said."
    )
    assert caravan.origins == ("SV",)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(
            "The caravan of migrants pressed on in scattered groups toward Oaxaca.",
            CaravanStatus.MOVING,
            id="scattered-as-a-manner",
        ),
        pytest.param(
            "The governor ordered that the caravan be detained. The caravan walked on.",
            CaravanStatus.MOVING,
            id="an-order-is-no-fact",
        ),
        pytest.param(
            "After being blocked at the bridge, the caravan resumed its march north.",
            CaravanStatus.MOVING,
            id="an-earlier-stop",
        ),
    ],
)
def test_status_is_the_state_the_group_is_in_now(text, status):
    assert only(text).status is status


def test_the_place_before_a_comma_is_more_specific_than_the_one_after():
    caravan = only("The caravan of migrants advanced through the Isthmus of Tehuantepec, Oaxaca.")
    assert caravan.location is not None
    assert caravan.location.name == "Isthmus of Tehuantepec"


def test_a_place_the_group_seeks_to_reach_is_not_where_it_is():
    caravan = only("The caravan, seeking to reach Mexico City, walked through Oaxaca on Monday.")
    assert caravan.location is not None
    assert caravan.location.name == "Oaxaca"


def test_a_dissolved_group_is_where_it_was_dissolved():
    caravan = only(
        "The caravan of migrants reached Tapachula on Monday. "
        "Days later the caravan was dissolved in Oaxaca."
    )
    assert caravan.status is CaravanStatus.DISPERSED
    assert caravan.location is not None
    assert caravan.location.name == "Oaxaca"


def test_origins_are_gathered_across_an_article_about_one_group():
    caravan = only(
        "A caravan left Tapachula on Monday before dawn. "
        "It walked north along the coastal highway. "
        "The governor said the state would offer buses. "
        "Aid groups handed out water at the roadside. "
        "Shelters in the region are full. "
        "Most of the migrants on the road are Venezuelans and Haitians, volunteers said."
    )
    assert set(caravan.origins) == {"VE", "HT"}


def test_estimates_from_every_source_span_one_size_each_kept_with_its_source():
    caravan = parsed(
        "Police estimated the caravan at about 2,000 people. "
        "Organizers said as many as 3,500 people walked in the caravan."
    )
    assert (caravan.size.low, caravan.size.high) == (2000, 3500)
    assert [(e.estimate.low, e.estimate.high) for e in caravan.size_estimates] == [
        (2000, 2000),
        (None, 3500),
    ]
    assert [e.source.source for e in caravan.size_estimates] == ["Police", "Organizers"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The caravan includes about 4,100 migrants, activists said.", id="includes"),
        pytest.param("By Friday the caravan had dwindled to about 4,100 people.", id="dwindled-to"),
        pytest.param("The caravan is composed of about 4,100 migrants.", id="composed-of"),
    ],
)
def test_words_of_membership_and_change_give_the_size(sentence):
    caravan = parsed(sentence)
    assert (caravan.size.low, caravan.size.high) == (4100, 4100)


def test_agents_in_a_place_who_act_on_the_group_put_it_there():
    caravan = only("The caravan of migrants was broken up by immigration agents in Juchitán.")
    assert caravan.location is not None
    assert caravan.location.name == "Juchitán"


def test_officials_in_a_place_who_speak_do_not_put_the_group_there():
    caravan = only("Officials in Oaxaca said the caravan of migrants rested in Huixtla.")
    assert caravan.location is not None
    assert caravan.location.name == "Huixtla"


def test_a_group_that_goes_on_after_a_stop_is_moving():
    caravan = only(
        "Police blocked the caravan of migrants at a bridge on Monday. "
        "Hours later the caravan pressed on toward Tapachula."
    )
    assert caravan.status is CaravanStatus.MOVING


def test_a_caravan_that_crosses_into_a_country_is_moving():
    assert only("The caravan of migrants crossed into Mexico early Thursday.").status is (
        CaravanStatus.MOVING
    )


def test_a_bare_count_that_joins_or_leaves_is_a_part_not_the_size():
    caravan = parsed(
        "The caravan set out from Tapachula on Sunday. "
        "The migration agency estimated the group at 2,000 people. "
        "Another 1,500 joined on Monday."
    )
    assert (caravan.size.low, caravan.size.high) == (2000, 2000)


def test_estimates_that_range_give_the_size():
    caravan = parsed("Estimates of the caravan's size ranged from 4,000 to 7,000 people.")
    assert (caravan.size.low, caravan.size.high) == (4000, 7000)


def test_a_group_that_rests_on_its_way_is_moving():
    caravan = only("The caravan of migrants rested in Huixtla before the next leg.")
    assert caravan.status is CaravanStatus.MOVING


def test_a_size_word_must_stand_right_before_the_figure():
    caravan = parsed(
        "A caravan of about 1,500 migrants left Tapachula on Monday. "
        "Mexico has issued 2,000 humanitarian visas to its members."
    )
    assert (caravan.size.low, caravan.size.high) == (1500, 1500)


def test_a_flow_of_people_crossing_somewhere_is_not_the_group():
    caravan = parsed(
        "A caravan of about 1,500 migrants left Tapachula on Monday. "
        "More than 500,000 people crossed the Darién jungle into Panama, a record."
    )
    assert caravan.location is not None
    assert caravan.location.name == "Tapachula"  # where it left, not where others crossed
    assert (caravan.size.low, caravan.size.high) == (1500, 1500)


def test_troops_sent_against_a_caravan_leave_its_size_alone():
    caravan = parsed("Mexico deployed National Guard troops to stop a caravan of 3,000 migrants.")
    assert (caravan.size.low, caravan.size.high) == (3000, 3000)
