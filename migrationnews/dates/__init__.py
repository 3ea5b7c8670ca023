"""Resolving date expressions ("on Wednesday", "in November", "last week") against publication.

News reports date events relative to the day they appear: "on Wednesday" is the most recent
Wednesday, "in November" the most recent November. :func:`find_dates` finds every such
expression in a text and :func:`resolve` turns one into a :class:`~migrationnews.values.Period`
of inclusive calendar dates. Without a publication date a relative expression keeps its text
and granularity but gets no dates: it is never guessed. Absolute expressions ("Nov. 2023",
"fiscal year 2023") resolve either way.

>>> import datetime
>>> published = datetime.date(2023, 12, 27)  # a Wednesday
>>> resolve("on Wednesday", published).start
datetime.date(2023, 12, 27)
>>> resolve("on Sunday", published).start
datetime.date(2023, 12, 24)
>>> november = resolve("In November", published)
>>> november.start, november.end
(datetime.date(2023, 11, 1), datetime.date(2023, 11, 30))
>>> fy = resolve("fiscal year 2023", None)
>>> fy.start, fy.end, fy.granularity
(datetime.date(2022, 10, 1), datetime.date(2023, 9, 30), <Granularity.FISCAL_YEAR: 'fiscal_year'>)
>>> [m.period.text for m in find_dates("Crossings rose between May and the end of November.", None)]
['between May and the end of November']

The grammar, in the order the rules are tried (the longest match wins; ties go to the earlier rule):

* explicit dates: "Dec. 24", "December 24, 2023", "24 December 2023", "2023-12-24", "12/24/2023",
  "Dec. 1-15" (a span);
* year ranges: "between 2021 and 2023", "2021-2023";
* quarters: "the first quarter of 2024", "Q1 2024", "the third quarter of fiscal 2024";
* months: "November", "in November", "last November", "Nov. 2023", "late November",
  "November of last year";
* weekdays: "Wednesday", "on Wednesday", "last Friday", "this past Sunday", "Friday night";
* days: "today", "tonight", "this morning", "yesterday", "last night", "tomorrow", "the day before";
* rolling windows ending on the publication date: "the past week" (7 days), "the past month"
  (30 days), "the past year" (365 days), "the last 12 months", "the past 24 hours";
* calendar units: "this week", "last month", "next year", "this weekend", "last fiscal year",
  "earlier this year", "so far this month", "this year to date";
* "year to date", "fiscal year to date";
* years: "the 2023 fiscal year", "fiscal 2023", "FY23", "in 2023", "early 2023",
  "the end of the year".

Then two compositions: "between A and B", "from A to B", "A through B" and "A-B" make one span
from the start of A to the end of B, and "since A" runs from the start of A to the publication date.

Deliberately not dates: vague stretches ("in recent weeks", "the past few months"), rates
("a day", "per day", "daily"), times of day, bare numbers, "Title 42", and the lowercase words
"may" and "march". A bare year ("2023") counts only after a preposition that makes it one
("in", "since", "of", "for", "by", "the year"), and bare "May"/"March" not at a sentence start
or after a capitalised word ("Theresa May").

The package's private modules, each owning one part (a module imports only those above it):

* ``_arguments``: checks of the public functions' arguments;
* ``_vocabulary``: month, weekday and number words, and the context words of bare "May" and years;
* ``_patterns``: the regexes, one per rule, and those that join expressions into spans;
* ``_tense``: :class:`Tense` and :func:`tense_of`, whether a sentence looks ahead;
* ``_calendar``: calendar arithmetic on date pairs (months, quarters, fiscal years, weeks);
* ``_expressions``: a matched expression before resolution, and the readers its builders share;
* ``_builders``: one builder per rule, from a match to an expression or to nothing;
* ``_rules``: the rules in order of preference, and the anchored search that tries them;
* ``_spanish``: the Spanish patterns and builders (``rules/es/date_words.tsv``);
* ``_resolution``: choosing, composing and resolving; :func:`find_dates`, :func:`resolve`,
  :func:`fiscal_year` and :class:`DateMention`.
"""

from __future__ import annotations

from migrationnews.dates._resolution import (
    DateMention,
    find_dates,
    fiscal_year,
    may_hold_date,
    resolve,
)
from migrationnews.dates._tense import Tense, tense_of
from migrationnews.dates._vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "DateMention",
    "Tense",
    "find_dates",
    "fiscal_year",
    "may_hold_date",
    "resolve",
    "tense_of",
]
