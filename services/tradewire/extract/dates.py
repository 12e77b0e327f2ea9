"""Dates in a sentence, resolved against the article's publication day.

    find_dates("They spoke on Thursday and meet again June 9.", published=date(2025, 6, 6))
    -> "Thursday" 2025-06-05 (weekday), "June 9" 2025-06-09 (day)

Every mention has a window [earliest, latest] that holds it; `value` is the
day ("YYYY-MM-DD") or month ("YYYY-MM") when the text names one, else None
("next week", "soon"). Kinds: date (day with its year), day (year inferred:
the one nearest publication), month, weekday (the latest such day on or before
publication, or the next one for a future verb), relative ("yesterday",
"two days ago"), window ("this week", "soon", "earlier this year"), year ("in 2019").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tradewire.extract.calendar_words import (
    Resolved,
    day_near,
    month_near,
    month_number,
    month_span,
    number,
    period,
    weekday_near,
    year_span,
)
from tradewire.extract.date_forms import FUTURE, PATTERN


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str | None
    earliest: str | None
    latest: str | None
    start: int
    end: int
    kind: str
    text: str


_SOON_DAYS = {"days": 14, "weeks": 42, "months": 180, None: 21}


def find_dates(sentence: str, published: date, future: bool = False) -> list[DateMention]:
    """Every date in `sentence`, in order, resolved against `published`."""
    found = []
    for match in PATTERN.finditer(" " + sentence):
        try:
            resolved = _resolve(match, published, future)
        except ValueError:  # "February 30": not a day
            continue
        if resolved is not None:
            value, span, kind = resolved
            first, last = span
            found.append(
                DateMention(
                    value,
                    first.isoformat(),
                    last.isoformat(),
                    match.start("found") - 1,
                    match.end("found") - 1,
                    kind,
                    match.group("found"),
                )
            )
    return _with_year(sentence, found, published)


# "in September last year", "on Dec. 2 last year": the year the words name, not the nearest one
_WHICH_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b", re.IGNORECASE)


def _with_year(sentence: str, found: list[DateMention], published: date) -> list[DateMention]:
    out: list[DateMention] = []
    skip = -1
    for mention in found:
        if mention.start < skip:
            continue  # the "last year" just read into the date before it
        which = _WHICH_YEAR.match(sentence, mention.end)
        if which is None or mention.kind not in ("day", "month") or not mention.value:
            out.append(mention)
            continue
        year = published.year + {"last": -1, "next": 1, "this": 0}[which["rel"].lower()]
        if mention.kind == "day":
            try:
                day = date(year, int(mention.value[5:7]), int(mention.value[8:10]))
            except ValueError:  # "February 29 last year" in no leap year
                out.append(mention)
                continue
            value, first, last = day.isoformat(), day, day
        else:
            first, last = month_span(year, int(mention.value[5:7]))
            value = first.isoformat()[:7]
        out.append(DateMention(value, first.isoformat(), last.isoformat(), mention.start,
                               which.end(), "date" if mention.kind == "day" else "month",
                               sentence[mention.start: which.end()]))
        skip = which.end()
    return out


def is_future(sentence: str) -> bool:
    """Does the sentence speak of what is still to come ("will meet", "is set to")?"""
    return FUTURE.search(" " + sentence.lower()) is not None


def _resolve(m: re.Match[str], published: date, future: bool) -> Resolved | None:
    g = m.groupdict()
    if g["iso"]:
        day = date.fromisoformat(g["iso"])
        return day.isoformat(), (day, day), "date"
    if g["num_a"] or g["nu_a"] or g["nd_a"]:
        return _numeric(g, published)
    for prefix in ("md", "dm"):
        if g[f"{prefix}_m"]:
            month, day_of_month, year = g[f"{prefix}_m"], int(g[f"{prefix}_d"]), g[f"{prefix}_y"]
            if year:
                day = date(int(year), month_number(month), day_of_month)
                return day.isoformat(), (day, day), "date"
            day = day_near(published, month_number(month), day_of_month, future)
            return day.isoformat(), (day, day), "day"
    if g["my_m"]:
        span = month_span(int(g["my_y"]), month_number(g["my_m"]))
        return span[0].isoformat()[:7], span, "month"
    if g["ord"]:
        day = day_near(published, None, int(g["ord"]))
        return day.isoformat(), (day, day), "day"
    if g["wd"]:
        rel = "this" if g["wd_this"] is not None else (g["wd_rel"] or "").lower()
        day = weekday_near(published, g["wd"], rel, future)
        return day.isoformat(), (day, day), "weekday"
    if g["mo"] or g["mo_in"]:
        rel = g["mo_rel"].lower() if g["mo"] else "in"
        span = month_near(published, month_number(g["mo"] or g["mo_in"]), rel)
        return span[0].isoformat()[:7], span, "month"
    if g["year"]:
        return None, year_span(int(g["year"])), "year"
    if g["rel"] or g["rel_this"]:
        word = (g["rel"] or "today").lower()
        day = published + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
        return day.isoformat(), (day, day), "relative"
    if g["ago_u"] or g["ago1_u"]:
        n = number(g["ago_n"]) if g["ago_u"] else 1
        sign = -1 if (g["ago_dir"] or g["ago1_dir"]).lower() in ("ago", "earlier") else 1
        return _ago(published, sign * n, (g["ago_u"] or g["ago1_u"]).lower())
    if g["per_u"]:
        q, rel, unit = (g["per_q"] or "").lower(), g["per_rel"].lower(), g["per_u"].lower()
        return period(published, q, rel, unit, future)
    if g["per2_u"]:
        rel = "this" if g["per_this"] is not None else "the"
        return period(published, "", rel, g["per2_u"].lower(), future)
    if g["part_u"]:
        resolved = period(published, "", "this", g["part_u"], future)
        assert resolved is not None
        first, last = resolved[1]
        span = (published, last) if g["part_late"] is not None else (first, published)
        return None, span, "window"
    if g["in_u"]:
        days = number(g["in_n"]) * {"day": 1, "week": 7, "month": 30}[g["in_u"].lower()]
        if g["within"] is not None:
            return None, (published, published + timedelta(days=days)), "window"
        slack = timedelta(days=days // 7)
        middle = published + timedelta(days=days)
        return None, (middle - slack, middle + slack), "window"
    if g["soon"] or g["coming"]:
        days = _SOON_DAYS[(g["soon_u"] or "").lower() or None]
        return None, (published, published + timedelta(days=days)), "window"
    return None, (published - timedelta(days=30), published), "window"


def _numeric(g: dict[str, str | None], published: date) -> Resolved | None:
    """"13.07.2032", "08/09/2032", "from 01.08.": day first (most of the world writes so),
    month first where only that reads ("10/25/2032"); a slash date that reads both ways is
    the reading nearer publication."""
    a = int(g["num_a"] or g["nu_a"] or g["nd_a"] or 0)
    b = int(g["num_b"] or g["nu_b"] or g["nd_b"] or 0)
    slash = (g["num_sep"] or g["nu_sep"]) == "/"
    readings = [(a, b)] + ([(b, a)] if slash or b > 12 else [])
    year = g["num_y"]
    found: list[date] = []
    for day_of_month, month in readings:
        if not 1 <= month <= 12:
            continue
        try:
            found.append(date(int(year), month, day_of_month) if year
                         else day_near(published, month, day_of_month))
        except ValueError:
            continue
    if not found:
        return None
    day = min(found, key=lambda d: abs((d - published).days)) if slash else found[0]
    return day.isoformat(), (day, day), "date" if year else "day"


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
