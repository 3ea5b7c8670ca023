"""Compare two short invented articles that disagree, as a fact-checker would.

    python examples/compare_two_articles.py

Both texts are parsed with :func:`migrationnews.parse`. When the parsed records do not show
the disagreement (the extractors are young), the script says so and falls back to records built by
hand from the same sentences, so the comparison always shows the disagreement.
"""

from __future__ import annotations

import datetime as dt

import migrationnews as mn

FIRST = (
    "Border agents recorded more than 190,000 apprehensions in November, officials said. "
    "The caravan was about 1,600 miles from the border."
)
SECOND = (
    "Fewer than 150,000 apprehensions were recorded in November, a report said. "
    "The group was some 2,575 km from the frontier."
)
PUBLISHED = dt.date(2023, 12, 5)
NOVEMBER = mn.Period(
    "in November", dt.date(2023, 11, 1), dt.date(2023, 11, 30), mn.Granularity.MONTH
)


def _statistic(text: str, phrase: str, value: mn.Estimate, unit: mn.Unit, measure: mn.Measure,
               period: mn.Period | None = None) -> mn.Statistic:  # fmt: skip
    start = text.index(phrase)
    span = mn.Span(start, start + len(phrase))
    return mn.Statistic(value, unit, measure, span, phrase, period=period)


def by_hand() -> tuple[mn.Article, mn.Article]:
    """The figures of both texts as a careful reader would record them."""
    first = mn.Article(
        FIRST,
        PUBLISHED,
        statistics=[
            _statistic(
                FIRST,
                "more than 190,000",
                mn.Estimate(190000, None, mn.Qualifier.MORE_THAN, "more than 190,000"),
                mn.Unit.COUNT,
                mn.Measure.APPREHENSIONS,
                NOVEMBER,
            ),
            _statistic(
                FIRST,
                "about 1,600 miles",
                mn.Estimate(1600, 1600, mn.Qualifier.ABOUT, "about 1,600"),
                mn.Unit.MILE,
                mn.Measure.DISTANCE,
            ),
        ],
    )
    second = mn.Article(
        SECOND,
        PUBLISHED,
        statistics=[
            _statistic(
                SECOND,
                "Fewer than 150,000",
                mn.Estimate(None, 150000, mn.Qualifier.LESS_THAN, "Fewer than 150,000"),
                mn.Unit.COUNT,
                mn.Measure.APPREHENSIONS,
                NOVEMBER,
            ),
            _statistic(
                SECOND,
                "some 2,575 km",
                mn.Estimate(2575, 2575, mn.Qualifier.ABOUT, "some 2,575"),
                mn.Unit.KILOMETER,
                mn.Measure.DISTANCE,
            ),
        ],
    )
    return first, second


def main() -> None:
    first = mn.parse(FIRST, published=PUBLISHED)
    second = mn.parse(SECOND, published=PUBLISHED)
    if mn.compare_articles(first, second).conflicts:
        print("records: parsed from the two texts")
    else:
        print("records: parsing does not show the disagreement yet; using records built by hand")
        first, second = by_hand()
    for name, article in (("first", first), ("second", second)):
        problems = mn.validate(article)
        print(f"{name} article: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem.code.value}: {problem.message}")
    view = mn.compare_articles(first, second)
    print(f"agreements: {len(view.agreements)}")
    for pair in view.agreements:
        print(f"  {pair.relation.value}: {pair.comparison.reason}")
    print(f"conflicts: {len(view.conflicts)}")
    for pair in view.conflicts:
        print(f"  {pair.relation.value}: {pair.comparison.reason}")
    print(f"only in first: {len(view.only_in_first)}")
    print(f"only in second: {len(view.only_in_second)}")


if __name__ == "__main__":
    main()
