"""Adversarial texts, shared by the test suite and ``benchmarks/bench.py``.

Each input is built to make some reader work hard: repeated names and titles, long
sentences without full stops, digit runs, figures followed by runs of blanks, hedges,
capitalised runs, dates, white-space runs, many distinct officials, and the shapes each
extractor's own tests once wrote by hand. An input is a generator of a text of about
``size`` characters, so the same shape can be parsed at n and 4n characters: time that
grows faster than the text betrays a quadratic path (the scaling check in
``tests/test_linear_time.py``, the throughput lines of the benchmark).

>>> text = INPUTS["figure-blanks"].text(1_000)
>>> len(text), text[:4], text[-2:]
(1000, '300 ', ' x')
>>> sorted(texts("caravans", 200))[:2]
['caravan-blank-run', 'caravan-comma-run']

The texts are written for this module; none is taken from an article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from attrs import frozen

from migrationnews.seeds import default_seed

__all__ = ["INPUTS", "Adversary", "distinct_officials", "no_stops", "ordinary", "repeat", "texts"]


def repeat(unit: str, head: str = "", tail: str = "", *, cut: bool = False) -> Callable[[int], str]:
    """A generator of ``head``, then ``unit`` repeated, then ``tail``: at most ``size``
    characters in all. Units are whole, so that texts of every size end alike (a unit cut
    short can take another path: "one-one-o" is read faster than "one-one-one-"); with
    ``cut`` (prose, whose units are whole articles) the last unit is cut to fill ``size``."""

    def make(size: int) -> str:
        body = max(size - len(head) - len(tail), 0)
        count = body // len(unit)
        if cut or not count:
            return head + (unit * (count + 1))[:body] + tail
        return head + unit * count + tail

    return make


@functools.cache
def _seed() -> str:
    return default_seed().text


def ordinary(size: int) -> str:
    """The seed article repeated: news text to compare the adversarial inputs against."""
    return repeat(_seed() + "\n\n", cut=True)(size)


def no_stops(size: int) -> str:
    """The seed article with no full stop, question mark or line break: one long sentence."""
    return repeat(re.sub(r"[.!?]+|\s*\n\s*", ", ", _seed()) + ", ", cut=True)(size)


def _word(i: int) -> str:
    """A pronounceable capitalised word, different for each ``i``: "Ba", "Ce", ..., "Bace"."""
    out = ""
    while True:
        out += "bcdfghjklmnprstvz"[i % 17] + "aeiou"[i % 5]
        i //= 17
        if not i:
            return out.capitalize()


def distinct_officials(size: int) -> str:
    """Sentences that each introduce new officials: people x sentences for a reader that
    looks every person up in every sentence."""
    parts: list[str] = []
    total = i = 0
    while total < size:
        sentence = f"Gov. {_word(i)} {_word(i + 7)}{_word(i)} met Sen. {_word(i)}son on Monday. "
        parts.append(sentence)
        total += len(sentence)
        i += 1
    return "".join(parts)[:size]


def _dashes(size: int) -> str:
    """A capitalised dateline run, then a dash run (two runs a dateline reader may scan)."""
    half = max(size // 2 - 7, 10)
    return repeat("TAPACHULA ")(half) + "— the caravan " + "—" * half


@frozen
class Adversary:
    """One adversarial shape: how to build it at a size, and the readers it was written
    against (each extractor's tests read their own; the scaling check parses them all)."""

    make: Callable[[int], str]
    readers: frozenset[str]
    # the fewest characters at which a known quadratic path of this shape shows: the
    # scaling check reads at least this many ("Mr. X and Mr. X" re-read its whole sentence
    # at each mention, which only outgrows the rest of the work past a few thousand)
    at_least: int = 0

    def text(self, size: int) -> str:
        """The input at about ``size`` characters."""
        return self.make(size)


def _a(make: Callable[[int], str], *readers: str, at_least: int = 0) -> Adversary:
    return Adversary(make, frozenset(readers), at_least)


INPUTS: dict[str, Adversary] = {
    # -- news text and news text without full stops
    "ordinary": _a(ordinary, "pipeline"),
    "no-stops": _a(no_stops, "pipeline", "statistics", "policy"),
    # -- repeated names and titles, capitalised runs
    "titles": _a(repeat("Gov. Sen. "), "officials"),
    "initials": _a(repeat("A. "), "officials"),
    "capitalised": _a(repeat("Aaa Bbb "), "officials"),
    "titled-names": _a(repeat("President Biden met with President Biden "), "officials"),
    "appositives": _a(repeat("Jo Ray, secretary of state, "), "officials"),
    "surnames": _a(repeat("Mr. Blinken and Mr. Blinken "), "officials", at_least=8_000),
    "party-tags": _a(repeat("Jo Ray, R-Texas, and "), "officials"),
    "distinct-officials": _a(distinct_officials, "officials", "meetings"),
    "holders": _a(repeat("Biden Biden-Harris López López Obrador "), "offices"),
    # -- meetings
    "met": _a(repeat("Biden met Trump. "), "meetings"),
    "meeting-words": _a(repeat("meeting talks summit visit "), "meetings"),
    "long-meeting": _a(repeat("President Joe Biden met with President Joe Biden and "), "meetings"),
    "pronouns": _a(repeat("She held talks with them, and they met her "), "meetings"),
    # -- digit runs, figures, hedges
    "digit-run": _a(repeat("7"), "pipeline", "statistics", "dates", "numbers"),
    "figure-blanks": _a(repeat(" ", "300", "x"), "statistics"),
    "comma-digits": _a(repeat("1,", tail="000 migrants"), "statistics", "numbers", "pipeline"),
    "between": _a(repeat("between ", tail="6,000 and 10,000 people"), "statistics", "dates"),
    "hedges": _a(repeat("more than about nearly "), "statistics"),
    "more-than": _a(repeat("more than ", tail="5 people"), "statistics"),
    "number-words": _a(repeat("twenty-one "), "statistics"),
    "dollar-signs": _a(repeat("$", tail="5"), "statistics"),
    "hyphens": _a(repeat("5-"), "statistics"),
    "ranges": _a(repeat("5-9 people "), "statistics"),
    "of-the": _a(repeat("of the ", "thousands ", "migrants"), "statistics"),
    "hyphen-words": _a(repeat("one-"), "numbers"),
    "hundred-and": _a(repeat("hundred and "), "numbers"),
    "number-dots": _a(repeat("1.1."), "numbers"),
    "numbers-only": _a(repeat("1 2 3 4 5 6 7 8 9 "), "pipeline"),
    "dots": _a(repeat("."), "pipeline"),
    # -- dates and white-space runs
    "dates": _a(repeat("on Monday, Dec. 5, 2023 and in May 2021 "), "dates", "statistics"),
    "commas": _a(repeat(","), "dates"),
    "dec": _a(repeat("Dec. "), "dates"),
    "date-blanks": _a(repeat(" ", "between", "2023"), "dates"),
    "fy-blanks": _a(repeat(" ", "FY"), "dates"),
    "dec-blanks": _a(repeat(" ", "Dec.", "1"), "dates"),
    "spans": _a(repeat("from May to "), "dates"),
    "date-dashes": _a(repeat("2021-"), "dates"),
    "may": _a(repeat("May "), "dates"),
    "the-past": _a(repeat("the past "), "dates"),
    "slashes": _a(repeat("12/"), "dates"),
    "mid": _a(repeat("mid-"), "dates"),
    "halves": _a(repeat("the first half of "), "dates"),
    # -- Spanish (each has the function words that make the article Spanish)
    "es-mil": _a(repeat("de 3 mil 300 y ", tail="migrantes"), "numbers", "statistics"),
    "es-point-groups": _a(repeat("1.", tail="000 de migrantes y"), "numbers", "statistics"),
    "es-comma-groups": _a(repeat("1,5 ", tail="millones de personas y"), "numbers"),
    "es-hedges": _a(repeat("más de al menos unos ", tail="5 personas de la"), "statistics"),
    "es-words": _a(repeat("treinta y "), "numbers"),
    "es-dates": _a(repeat("el pasado lunes 3 de enero de 2024 y la semana pasada "), "dates"),
    "es-date-blanks": _a(repeat(" ", "el pasado", "3 de la"), "dates"),
    "es-titles": _a(repeat("la secretaria de Relaciones Exteriores de la "), "officials"),
    "es-title-commas": _a(repeat("el canciller, ", tail="Marcelo Ebrard"), "officials"),
    # -- caravans
    "caravan-blank-run": _a(
        repeat(" ", "A caravan of 3,000 migrants left Tapachula on Monday", "and moved north."),
        "caravans",
    ),
    "caravan-tab-run": _a(repeat("\t", "The caravan reached Oct. 22,", "2018 ."), "caravans"),
    "caravan-digit-run": _a(repeat("7", "The caravan is ", " miles from the border."), "caravans"),
    "caravan-comma-run": _a(repeat("1,", "A caravan of ", "000 migrants left."), "caravans"),
    "caravan-nouns": _a(repeat("a smaller caravan "), "caravans"),
    "caravan-groups": _a(repeat("a group set out "), "caravans"),
    "caravan-dashes": _a(_dashes, "caravans"),
    "demonyms": _a(repeat("Hondurans, ", "a caravan of "), "caravans"),
    # -- policy
    "verbs": _a(repeat("signed closed deported "), "policy"),
    "objects": _a(repeat("the law the border migrants "), "policy"),
    "modals": _a(repeat("will not plans to "), "policy"),
    "county": _a(repeat("A", tail=" County"), "policy"),
    "capitals": _a(repeat("Ab ", tail="County"), "policy"),
    "progressive": _a(repeat("is ", tail="doing"), "policy"),
    "ed-words": _a(repeat("abcdefed"), "policy"),
    "closed-commas": _a(repeat("closed, ", tail="the port"), "policy"),
    "one-sentence": _a(
        repeat("Police closed the bridge and deported migrants and ", tail="."), "policy"
    ),
    "one-sentence-dates-actors": _a(
        repeat("Texas sued on Monday, Mexico agreed to on Friday, the border closure the lawsuit "),
        "policy",
    ),
    "many-short-sentences": _a(
        repeat("CBP said the law. Abbott signed a bill. El Paso County sued.\n"), "policy"
    ),
    "relative-asides": _a(
        repeat("the caravan, which was stopped, was dissolved, ", tail="."), "policy"
    ),
    "order-lists": _a(
        repeat("signed an order sending troops, ending the program, ", tail="."), "policy"
    ),
    "measure-names": _a(
        repeat("the Remain in Mexico policy in Mexico was expanded ", tail="."), "policy"
    ),
    "court-words": _a(
        repeat("the judge ruled and the court ordered, said the panel ", tail="."), "policy"
    ),
}


def texts(reader: str, size: int) -> dict[str, str]:
    """The inputs written against ``reader``, each at about ``size`` characters."""
    return {name: a.text(size) for name, a in INPUTS.items() if reader in a.readers}
