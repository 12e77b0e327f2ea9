"""Dates in a sentence, resolved against the article's publication day.

    find_dates("They spoke on Thursday and meet again June 9.", published=date(2025, 6, 6))
    -> "Thursday" 2025-06-05 (weekday), "June 9" 2025-06-09 (day)

Every mention has a window [earliest, latest] that holds it; `value` is the
day ("YYYY-MM-DD") or month ("YYYY-MM") when the text names one, else None
("next week", "soon"). Kinds: date (day with its year), day (year inferred:
the one nearest publication), month, weekday (the latest such day on or before
publication, or the next one for a future verb), relative ("yesterday",
"two days ago"), window ("this week", "soon", "earlier this year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tradewire.extract.calendar_words import (
    MONTH,
    MONTHS,
    NUMBER,
    WEEKDAY,
    Resolved,
    day_near,
    month_near,
    month_span,
    number,
    period,
    weekday_near,
    year_span,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str | None
    earliest: str | None
    latest: str | None
    start: int
    end: int
    kind: str
    text: str


_ORD = r"(?:st|nd|rd|th)?"
_RANGE = rf"(?:\s*(?:-|\u2013|and|to|through|&)\s*\d{{1,2}}{_ORD}(?!\d))?"
_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d)(?!\d))?"
_PATTERN = re.compile(
    "|".join(
        [
            r"(?<!\d)(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)",
            rf"(?:{WEEKDAY},?\s+)?(?P<md_m>{MONTH})\s+(?P<md_d>\d{{1,2}}){_ORD}(?!\d)"
            + _RANGE
            + _YEAR.format("md_y"),
            rf"(?:{WEEKDAY},?\s+)?(?<![\d.,])(?P<dm_d>\d{{1,2}}){_ORD}{_RANGE}\s+(?:of\s+)?"
            rf"(?P<dm_m>{MONTH})" + _YEAR.format("dm_y"),
            rf"(?:(?:early|mid|late|the\s+end\s+of|end\s+of)[\s-]+)?(?P<my_m>{MONTH})"
            r",?\s+(?P<my_y>(?:19|20)\d\d)(?!\d)",
            r"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s))the\s+(?P<ord>\d{1,2})(?:st|nd|rd|th)"
            r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|at|in|when|after|before|with|to|for|as)\b)",
            rf"(?:(?P<wd_rel>last|next|this|past|coming)\s+)?(?P<wd>{WEEKDAY})"
            r"(?:\s+(?:morning|afternoon|evening|night))?",
            rf"(?P<mo_rel>last|next|this|early|late|mid|since|in|until|by|from|through|"
            rf"during|before|after|(?:the\s+)?end\s+of)[\s-]+(?P<mo>{MONTH})(?!\s*\d)",
            r"(?i:(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
            r"this\s+(?:morning|afternoon|evening)))\b",
            rf"(?i:(?P<ago_n>\d+|{NUMBER})\s+(?P<ago_u>day|week|month|year)s?\s+"
            r"(?P<ago_dir>ago|earlier|later|from\s+now))\b",
            r"(?i:(?:(?P<per_q>earlier|later|early|late|the\s+end\s+of|end\s+of)\s+)?"
            r"(?P<per_rel>last|this|next|past|coming|the)\s+(?P<per_u>weekend|week|month|year))\b",
            r"(?i:(?P<soon>(?<!as\s)soon|shortly|upcoming|imminent(?:ly)?|in\s+the\s+near\s+future|"
            r"in\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?P<soon_u>days|weeks|months)|"
            r"in\s+the\s+days\s+ahead|within\s+(?:days|weeks)))\b",
            r"(?i:(?P<recent>recently|in\s+recent\s+(?:days|weeks)))\b",
        ]
    )
)
_SOON_DAYS = {"days": 14, "weeks": 42, "months": 180, None: 21}
_FUTURE = re.compile(
    r"\b(?:will|won['\u2019]t|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|"
    r"expected|poised|going|planning|preparing|about)\s+to|to\s+be\s+held|plans?\s+to|"
    r"intends?\s+to|upcoming|next\s+(?:week|month|year)|tomorrow|later\s+this|"
    r"in\s+the\s+coming)\b|['\u2019]ll\b",
    re.IGNORECASE,
)


def find_dates(sentence: str, published: date, future: bool = False) -> list[DateMention]:
    """Every date in `sentence`, in order, resolved against `published`."""
    found = []
    for match in _PATTERN.finditer(sentence):
        try:
            resolved = _resolve(match, published, future)
        except ValueError:  # "February 30": not a day
            continue
        if resolved is not None:
            value, span, kind = resolved
            first, last = span
            found.append(
                DateMention(value, first.isoformat(), last.isoformat(), *match.span(), kind, match.group())
            )
    return found


def is_future(sentence: str) -> bool:
    """Does the sentence speak of what is still to come ("will meet", "is set to")?"""
    return _FUTURE.search(sentence) is not None


def _resolve(m: re.Match[str], published: date, future: bool) -> Resolved | None:
    g = m.groupdict()
    if g["iso"]:
        day = date.fromisoformat(g["iso"])
        return day.isoformat(), (day, day), "date"
    for prefix in ("md", "dm"):
        if g[f"{prefix}_m"]:
            month, day_of_month, year = g[f"{prefix}_m"], int(g[f"{prefix}_d"]), g[f"{prefix}_y"]
            if year:
                day = date(int(year), _month(month), day_of_month)
                return day.isoformat(), (day, day), "date"
            day = day_near(published, _month(month), day_of_month)
            return day.isoformat(), (day, day), "day"
    if g["my_m"]:
        span = month_span(int(g["my_y"]), _month(g["my_m"]))
        return span[0].isoformat()[:7], span, "month"
    if g["ord"]:
        day = day_near(published, None, int(g["ord"]))
        return day.isoformat(), (day, day), "day"
    if g["wd"]:
        day = weekday_near(published, g["wd"], (g["wd_rel"] or "").lower(), future)
        return day.isoformat(), (day, day), "weekday"
    if g["mo"]:
        span = month_near(published, _month(g["mo"]), g["mo_rel"].lower())
        return span[0].isoformat()[:7], span, "month"
    if g["rel"]:
        word = g["rel"].lower()
        offset = -2 if "before" in word else -1 if word == "yesterday" else int(word == "tomorrow")
        day = published + timedelta(days=offset)
        return day.isoformat(), (day, day), "relative"
    if g["ago_n"]:
        sign = -1 if g["ago_dir"].lower() in ("ago", "earlier") else 1
        return _ago(published, sign * number(g["ago_n"]), g["ago_u"].lower())
    if g["per_u"]:
        return period(published, (g["per_q"] or "").lower(), g["per_rel"].lower(), g["per_u"].lower(), future)
    if g["soon"]:
        days = _SOON_DAYS[(g["soon_u"] or "").lower() or None]
        return None, (published, published + timedelta(days=days)), "window"
    return None, (published - timedelta(days=30), published), "window"


def _ago(published: date, n: int, unit: str) -> Resolved:
    if unit == "day":
        day = published + timedelta(days=n)
        return day.isoformat(), (day, day), "relative"
    if unit == "week":
        middle = published + timedelta(weeks=n)
        return None, (middle - timedelta(days=3), middle + timedelta(days=3)), "window"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + n
        span = month_span(index // 12, index % 12 + 1)
        return span[0].isoformat()[:7], span, "month"
    return None, year_span(published.year + n), "window"


def _month(name: str) -> int:
    return MONTHS.index(name[:3].lower()) + 1
