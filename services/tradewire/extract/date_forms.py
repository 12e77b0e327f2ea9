"""The shapes of date expressions, as one regex (`PATTERN`), and the future-tense cue.

Each alternative of PATTERN is one form; `dates._resolve` reads its named groups:

    iso          2025-06-09                   ord          on the 12th
    num_*, nu_*  13.07.2032, from 01.08.      (day first, unless only month first can be)
    md_* / dm_*  June 9, 2025 / 9 June        wd           (last) Thursday
    my_*         April 2025, late May 2025    mo, mo_in    next March, in April
    year         in 2019 (a window: the year)
    rel          yesterday, today, tomorrow   ago_*        two weeks ago
    per_*        earlier this month           part_*       by the end of the year
    soon         soon, upcoming               coming       in the coming days
    in_*         within 30 days, in 2 weeks   recent       recently

Frequent cue words ("in", "the", "this") are fixed-width look-behinds, so a match
starts only at a digit or a word from `calendar_words.STARTS`; a look-ahead on
that set lets the engine skip every other word cheaply.
"""

from __future__ import annotations

from tradewire.extract.calendar_words import (
    MONTH,
    MONTH_NAMES,
    NUMBER,
    STARTS,
    WEEKDAY,
    WEEKDAY_NAMES,
)
from tradewire.extract.knowledge import at_word_starts, trie

_ORD = r"(?:st|nd|rd|th)?"
_RANGE = rf"(?:\s*(?:-|\u2013|and|to|through|&)\s*\d{{1,2}}{_ORD}(?!\d))?"
_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d)(?!\d))?"


def _after(*words: str) -> str:
    """A fixed-width look-behind for each cue word ("in April"), either case of its first letter."""
    cues = [f"(?<=\\b[{w[0].upper()}{w[0]}]{w[1:]}\\s)" for w in words]
    return "(?:" + "|".join(cues) + ")"


# Every form starts with a digit or a word from _STARTS: a cheap look-ahead on that set
# skips most words (frequent cue words such as "in", "the", "this" are look-behinds
# instead, so they start nothing).
_STARTS = trie(
    [
        *(w for word in STARTS for w in (word, word.capitalize())),
        *(m.capitalize() for m in MONTH_NAMES),
        *(d.capitalize() for d in WEEKDAY_NAMES),
    ]
)
_FORMS = [
    r"(?P<iso>[12]\d\d\d-[01]\d-[0-3]\d)(?!\d)",
    # numbers: "13.07.2032", "08/09/2032"; without the year only after a cue ("from 01.08.")
    r"(?<![\d.,/])(?P<num_a>[0-3]?\d)(?P<num_sep>[./])(?P<num_b>[0-3]?\d)(?P=num_sep)"
    r"(?P<num_y>(?:19|20)\d\d)(?![\d/]|\.\d)",
    _after("on", "from", "since", "until", "by", "to", "till")
    + r"(?:(?P<nu_a>[0-3]?\d)(?P<nu_sep>/)(?P<nu_b>[01]?\d)|(?P<nd_a>[0-3]\d)\.(?P<nd_b>[01]\d))"
    r"(?![\d/%]|\.\d|,\d|\s*(?:per|pc|of)\b)",
    rf"(?:{WEEKDAY},?\s+)?(?P<md_m>{MONTH})\s+(?P<md_d>\d{{1,2}}){_ORD}(?!\d)"
    + _RANGE
    + _YEAR.format("md_y"),
    rf"(?:{WEEKDAY},?\s+)?(?<![\d.,])(?P<dm_d>\d{{1,2}}){_ORD}{_RANGE}\s+(?:of\s+)?"
    rf"(?P<dm_m>{MONTH})" + _YEAR.format("dm_y"),
    rf"(?:(?:early|mid|late|end\s+of)[\s-]+)?(?P<my_m>{MONTH}),?\s+(?P<my_y>(?:19|20)\d\d)(?!\d)",
    # ("on the 12th", "on Monday the 8th")
    "(?:" + _after("on the", "by the") + r"|(?<=day\sthe\s))(?P<ord>\d{1,2})(?:st|nd|rd|th)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|at|in|when|after|before|with|to|for|as|would|will"
    r"|had|has|was|were|is|are|that|which)\b)",
    rf"(?:(?P<wd_rel>last|next|past|coming)\s+|(?P<wd_this>{_after('this')}))?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    rf"(?P<mo_rel>last|next|early|late|mid|end\s+of|(?:first|second|third|fourth|last)"
    rf"\s+(?:half|week|fortnight|ten\s+days)\s+of)"
    rf"[\s-]+(?P<mo>{MONTH})(?!\s*\d)",
    # (and a month naming an act: "withdrew the August notification")
    _after("in", "since", "until", "by", "from", "through", "during", "before", "after", "this",
           "the", "its", "their")
    + rf"(?P<mo_in>{MONTH})(?!\s*\d)",
    # a year alone, after its cue word: "imposed in 2019" (not "in 2024-25", "in 2030 terms")
    _after("in", "since", "until", "by", "from", "through", "during", "before", "after")
    + r"(?P<year>(?:19|20)\d\d)(?![\d\u2013/-]|[.,]\d|\s+(?:levels?|terms|prices|dollars)\b)",
    r"(?i:(?P<rel>yesterday|today|tonight|tomorrow))\b",
    _after("this") + r"(?P<rel_this>morning|afternoon|evening)\b",
    rf"(?i:(?P<ago_n>\d+|{NUMBER})\s+(?P<ago_u>day|week|month|year)s?\s+"
    r"(?P<ago_dir>ago|earlier|later|from\s+now))\b",
    _after("a", "an") + r"(?i:(?P<ago1_u>day|week|month|year)\s+"
    r"(?P<ago1_dir>ago|earlier|later|from\s+now))\b",
    r"(?i:(?:(?P<per_q>earlier|later|early|late|end\s+of)\s+)?"
    r"(?P<per_rel>last|this|next|past|coming)\s+(?P<per_u>weekend|week|month|year))\b",
    rf"(?:(?P<part_late>{_after('end of the', 'rest of the', 'later in the')})|"
    rf"{_after('earlier in the', 'start of the', 'beginning of the')})"
    r"(?P<part_u>week|month|year)\b",
    rf"(?:(?P<per_this>{_after('this')})|{_after('the')})(?P<per2_u>weekend|week|month|year)\b",
    r"(?i:(?P<soon>(?<!as\s)soon|shortly|upcoming|imminent(?:ly)?|within\s+(?:days|weeks)))\b",
    _after("in the", "over the")
    + r"(?i:(?P<coming>(?:coming|next|following)\s+(?:few\s+)?(?P<soon_u>days|weeks|months)|"
    r"near\s+future|days\s+ahead))\b",
    rf"(?:(?P<within>{_after('within')})|{_after('in')})(?i:(?P<in_n>\d+|{NUMBER})\s+"
    r"(?P<in_u>day|week|month)s?)\b",
    r"(?i:(?P<recent>recently))\b",
    _after("in") + r"(?P<recent_in>recent\s+(?:days|weeks))\b",
]
PATTERN = at_word_starts(rf"(?=\d|{_STARTS}(?!\w))(?:" + "|".join(_FORMS) + ")")
FUTURE = at_word_starts(
    r"(?:will|won['\u2019]t|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|"
    r"expected|poised|going|planning|preparing|about)\s+to|to\s+be\s+held|plans?\s+to|"
    r"intends?\s+to|upcoming|next\s+(?:week|month|year)|tomorrow|later\s+this|"
    r"in\s+the\s+coming|\w+['\u2019]ll)\b"
)
