"""The English patterns: fragments (a year, a day, a modifier), then one compiled pattern per
rule, then the few patterns that join or trim expressions (spans, "since", a possessive).

Every quantifier sits between literals or classes that cannot match the same characters, so
each pattern runs in linear time. What a match means is the builders' business
(:mod:`._builders`); where a pattern is tried, the anchors' (:mod:`._rules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from migrationnews.dates._vocabulary import _MONTH_WORDS, _NUMBER_WORDS, _WEEKDAY_NAMES
from migrationnews.ruledata import words_pattern


def _words(name: str, words: Iterable[str]) -> str:
    """A named group matching any of ``words`` as a whole word (a trie: linear to match)."""
    return f"(?P<{name}>{words_pattern(words)})"


def _compile(template: str, **fragments: str) -> re.Pattern[str]:
    """A verbose, case-insensitive pattern with ``{name}`` fragments filled in."""
    return re.compile(template.format(**fragments), re.VERBOSE | re.IGNORECASE)


# A year from 1900 to 2099, not inside a number, an amount or a date.
_YEAR = r"(?<![\w$£€.,/])(?:19|20)\d\d(?![\w%/]|[.,]\d|-\d)"
# A day of the month with an optional ordinal suffix, not inside a number or a time.
_DAY = r"(?<![\w,$])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[.,:]\d)"
# Something that looks like a day number (used to refuse "February 30" as "February").
_DAYLIKE = r"\s*\d\d?(?:st|nd|rd|th)?(?!\d|[.,]\d)"
_NUMBER = words_pattern(_NUMBER_WORDS)
# A year as the object of "of"/"in": plain, fiscal or relative to the publication date.
_YREF = rf"""(?:                                # a year, by number or relative to the publication
      the\s+{_YEAR}\s+fiscal\s+year              # "the 2023 fiscal year"
    | fiscal\s+(?:year\s+)?{_YEAR}                # "fiscal year 2023", "fiscal 2023"
    | FY(?:\s*-\s*|\s*)(?:19|20)?\d\d(?![\w%/]|[.,]\d)  # "FY2023", "FY 2023", "FY23"
    | (?:this|last|next|the\s+current|the\s+coming|the)\s+(?:fiscal\s+)?year  # "last year"
    | {_YEAR}                                     # "2023"
)"""

_LEAD = r"(?:(?P<lead>on|in|during|over|throughout|at)\s+)?"
_MOD = rf"""(?P<mod>                                # a modifier of a month or a year
      (?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+  # "the end of"
    | (?:the\s+)?(?:first|second)\s+half\s+of\s+  # "the first half of"
    | (?:the\s+)?(?:first|last|final)\s+(?:\d\d?|{_NUMBER})\s+months\s+of\s+  # "first 10 months of"
    | (?:early|late)\s+                        # "early"
    | mid-\s*                                  # "mid-"
    | mid\s+                                   # "mid "
)?                                             # (optional)
"""

_SHARED = {
    "year": _YEAR,
    "day": _DAY,
    "daylike": _DAYLIKE,
    "yref": _YREF,
    "lead": _LEAD,
    "mod": _MOD,
    "number": _NUMBER,
}

_DATE_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "on"
    (?:{weekday},?\s+)?                           # "Wednesday, "
    (?:
        {month}\s*(?P<day>{day})                  # "Dec. 24", "December 24th"
        (?:\s*(?:-|–|to|through)\s*(?P<day2>{day}))?  # "Dec. 1-15": a span of days
      | (?:the\s+)?(?P<dayb>{day})\s+(?:of\s+)?{monthb}  # "24 December", "the 24th of December"
    )
    (?:(?:,\s*|\s+)(?P<year>{year}))?             # ", 2023"
    """,
    month=_words("month", _MONTH_WORDS),
    monthb=_words("monthb", _MONTH_WORDS),
    weekday=_words("weekday", _WEEKDAY_NAMES),
    **_SHARED,
)

_ISO_RE = _compile(
    r"""
    (?<![\w./-])(?=\w)                            # at the start of a number or word
    {lead}                                        # "on"
    (?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)  # "2023-12-24"
    (?!\d|[-/]\d)                                 # not followed by more of a number
    """,
    **_SHARED,
)

_US_RE = _compile(
    r"""
    (?<![\w./-])(?=\w)                            # at the start of a number or word
    {lead}                                        # "on"
    (?P<m>[01]?\d)/(?P<d>[0-3]?\d)/               # "12/24/" month first, as in the US
    (?P<y>(?:19|20)\d\d|\d\d)                     # "2023" or "23"
    (?![\w/]|[.,]\d)                              # not followed by more of a number
    """,
    **_SHARED,
)

_YEAR_SPAN_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    (?:between\s+{year}\s+and                     # "between 2021 and"
      | from\s+{year}\s+(?:to|through|until|till|and)  # "from 2021 to"
      | (?<![\w$£€.,/])(?:19|20)\d\d\s*[-–—]     # "2021-"
      | {year}\s+through                          # "2021 through"
    )
    \s*{year}                                     # "2023"
    """,
    **_SHARED,
)

_QUARTER_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    (?:
        (?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)  # "the third"
        \s+(?P<fiscal>fiscal\s+)?quarter          # "quarter", "fiscal quarter"
        (?:\s+of\s+(?P<yref>{yref}))?             # "of 2024", "of fiscal 2024", "of this year"
      | (?P<q>Q[1-4])                             # "Q1"
        (?:\s+(?:of\s+)?(?P<qyref>{yref}))?       # "2024", "FY2024"
    )
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_MONTH_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "the end of", "early", "mid-"
    (?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?  # "last"
    {month}                                       # "November", "Nov."
    (?:(?:,\s*|\s+)(?:of\s+)?                     # " ", ", ", " of "
       (?P<yref>{year}|(?:this|last|next)\s+year) # "2023", "last year"
    )?
    (?!{daylike})                                 # "February 30" is no date at all
    """,
    month=_words("month", _MONTH_WORDS),
    **_SHARED,
)

_WEEKDAY_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "on"
    (?:(?<!the\s)                                 # "the last Friday of" is another thing
       (?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?  # "last"
    (?:(?:early|late)\s+)?                        # "late"
    {weekday}                                     # "Friday"
    (?:\s+(?:morning|afternoon|evening|night))?   # "night"
    (?![\w])                                      # a whole word
    """,
    weekday=_words("weekday", _WEEKDAY_NAMES),
    **_SHARED,
)

_DAY_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    (?:(?:earlier|later|early|late)\s+)?          # "earlier"
    (?P<word>today|tonight                        # "today"
      | this\s+(?:morning|afternoon|evening)      # "this morning"
      | last\s+night                              # "last night"
      | (?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?  # "yesterday morning"
      | the\s+day\s+(?:before\s+yesterday|after\s+tomorrow|before)  # "the day before"
    )
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_ROLLING_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "over"
    (?P<rel>the\s+past|the\s+last|the\s+previous|this\s+past|past|last|previous)  # "the past"
    \s+(?:(?P<n>\d\d?\d?|{number})\s+)?           # "12", "two"
    (?P<unit>hours|days|day|weeks|week|months|month|years|year)  # "months"
    (?![\w-])                                     # a whole word
    (?!\s+of(?![\w]))                             # "the last week of November" is no window
    """,
    **_SHARED,
)

_UNIT_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "the end of"
    (?P<rel>this\s+coming|this\s+past|this|last|next|past|coming  # "last"
      | the\s+current|the\s+coming|the\s+past|the\s+last|the\s+previous  # "the current"
      | earlier\s+this|later\s+this|so\s+far\s+this  # "earlier this"
      | the                                       # "the" (after a modifier only)
    )
    \s+(?P<unit>fiscal\s+year|year|quarter|month|weekend|week)  # "month"
    (?P<sofar>\s+so\s+far|\s+to\s+date)?          # "this year so far"
    (?![\w-])                                     # a whole word
    """,
    **_SHARED,
)

_TO_DATE_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    (?:the\s+)?(?P<fiscal>fiscal[-\s]|calendar[-\s])?  # "fiscal "
    year[-\s]to[-\s]date                          # "year-to-date"
    (?![\w])                                      # a whole word
    """,
    **_SHARED,
)

_YEARISH_RE = _compile(
    r"""
    (?<![\w])(?=\w)                               # at the start of a word
    {lead}                                        # "in"
    {mod}                                         # "early", "the end of"
    (?P<yref>{yref})                              # "2023", "fiscal 2023", "the year"
    """,
    **_SHARED,
)

# "between" or "from" just before the first part of a span.
_SPAN_LEAD_RE = re.compile(
    r"""
    (?<![\w])(?P<word>between|from)               # the word
    \s+$                                          # then only space up to the expression
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "since" just before an expression.
_SINCE_RE = re.compile(
    r"""
    (?<![\w])(?:ever\s+)?since                    # "since", "ever since"
    \s+$                                          # then only space up to the expression
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What may stand between the two parts of a span.
_SPAN_GAP_RE = re.compile(
    r"""
    \s+(?P<word>and|to|through|thru|until|till)\s+  # "and", "to", "through"
    | \s*(?P<dash>[-–—])\s*                        # a dash
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The number in a year reference ("FY23", "fiscal 2023").
_DIGITS_RE = re.compile(
    r"""
    \d+                                           # digits
    """,
    re.VERBOSE,
)
# A trailing possessive, stripped before resolving one expression ("Wednesday's").
_POSSESSIVE_RE = re.compile(
    r"""
    (?<=\w)['’]s                                  # "'s" or "’s" after a word
    \Z                                            # at the very end
    """,
    re.VERBOSE | re.IGNORECASE,
)
