"""Hypothesis strategies for news-like text: our own sentences about migration, built from
slots (people and titles, hedged figures, places, dates, sources), for property tests.

Every sentence is written here from parts; none comes from a real article. The texts are
consistent, as a real report is: every title was held on the publication date
(:data:`PUBLISHED`), and every mention of the caravan gives the same size, so whatever
``parse`` reads from them must pass ``validate``.
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Settings for tests over long texts (up to 100 KB each): few examples, no deadline, sized
# for CI; MIGRATIONNEWS_LONG_EXAMPLES=200 runs a longer campaign locally.
LONG_TEXTS = settings(
    max_examples=int(os.environ.get("MIGRATIONNEWS_LONG_EXAMPLES", "4")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

PEOPLE = [
    "Secretary of State Antony J. Blinken",
    "President Joe Biden",
    "Gov. Greg Abbott",
    "Mexican President Andrés Manuel López Obrador",
    "Homeland Security Secretary Alejandro N. Mayorkas",
    "Foreign Secretary Alicia Bárcena",
    "Ana Pérez",
    "the mayor of Ciudad Juárez",
    "Sen. Ted Cruz",
]
PLACES = ["Tapachula", "Mexico City", "El Paso", "Eagle Pass", "Texas", "Guatemala", "Chiapas"]
HEDGES = ["", "about ", "more than ", "at least ", "nearly ", "up to ", "some ", "roughly "]
NOUNS = ["migrants", "people", "apprehensions", "encounters", "deportations", "families"]
WHEN = ["", " on Monday", " last week", " in November", " this month", " in 2023", " on Dec. 4"]
SOURCES = ["officials said", "CBP said", "according to the United Nations", "police said", ""]

# Dates on which every title of PEOPLE was held (per rules/officeholders.tsv).
PUBLISHED = st.dates(dt.date(2023, 7, 10), dt.date(2024, 9, 1))

_NUMBER = st.one_of(
    st.integers(1, 400_000).map(lambda n: f"{n:,}"),
    st.sampled_from(["thousands of", "hundreds of", "dozens of", "two", "a dozen"]),
    st.tuples(st.integers(1, 9), st.sampled_from(["million", "thousand"])).map(
        lambda t: f"{t[0]} {t[1]}"
    ),
)


@st.composite
def figure(draw: st.DrawFn) -> str:
    hedge = draw(st.sampled_from(HEDGES))
    number = draw(_NUMBER)
    if number.endswith(" of"):
        hedge = ""
    low = draw(st.integers(1, 9_000))
    if draw(st.booleans()):
        return f"between {low:,} and {low + draw(st.integers(1, 9_000)):,}"
    return f"{hedge}{number}"


@st.composite
def sentence(draw: st.DrawFn, caravan: str = "3,000") -> str:
    who = draw(st.sampled_from(PEOPLE))
    other = draw(st.sampled_from(PEOPLE))
    place = draw(st.sampled_from(PLACES))
    when = draw(st.sampled_from(WHEN))
    source = draw(st.sampled_from(SOURCES))
    noun = draw(st.sampled_from(NOUNS))
    forms = [
        f"{who} met {other} in {place}{when}.",
        f"{who} will travel to {place}{when} to discuss migration with {other}.",
        f"A caravan of {caravan} migrants left {place}{when}, {source or 'organizers said'}.",
        f"Border agents made {draw(figure())} {noun} a day{when}, {source or 'CBP said'}.",
        f"{draw(figure())} {noun} crossed near {place}{when}.",
        f"{who} signed a law{when} that lets police arrest {noun} in {place}.",
        f"The caravan was {draw(st.integers(1, 3_000)):,} miles from the border{when}.",
        f"{who} said {draw(figure())} {noun} had been deported{when}.",
        f"Officials closed the port of entry in {place}{when}.",
        f"{who} spoke with {other} by phone{when}.",
    ]
    chosen = draw(st.sampled_from(forms))
    return chosen[0].upper() + chosen[1:]  # a sentence starts with a capital, as in print


@st.composite
def news_text(draw: st.DrawFn, max_sentences: int = 12) -> str:
    """An article: a headline, paragraphs of generated sentences, blank runs between."""
    caravan = draw(figure())  # one caravan, one size, however many sources give it
    sentences = draw(st.lists(sentence(caravan), min_size=1, max_size=max_sentences))
    pieces = [draw(st.sampled_from(["Migrants head north", "Talks on the border", ""]))]
    for s in sentences:
        pieces.append(draw(st.sampled_from([" ", "\n\n", "\n", "  ", "\n\n\n\n"])))
        pieces.append(s)
    return "".join(pieces).strip()


@st.composite
def long_news_text(draw: st.DrawFn, max_chars: int = 100_000) -> str:
    """Long articles: generated sentences repeated (names and figures recur, as in real
    reports) with long blank runs, up to ``max_chars`` characters."""
    base = draw(news_text())
    repeat = draw(st.integers(1, max(1, max_chars // max(len(base), 1))))
    blank = draw(st.sampled_from(["\n\n", " " * 200, "\n" * 50, "\t \n"]))
    return blank.join([base] * repeat)[:max_chars]
