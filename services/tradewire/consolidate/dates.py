"""The time a mention gives an event: a day, a month, a window, or nothing.

A Span is a closed interval of days; `exact` marks a single stated day. Two exact days agree
within one day (time zones, "Thursday" resolved one way or the other); anything else agrees
when the intervals meet: a month contains the day, a window ("soon") holds it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple

from tradewire.models import EventMention

# Two exact days this far apart still agree (time zones, "Thursday" read either way).
SLACK = timedelta(days=1)
# A window with one end given reaches this far to the other side.
OPEN_WINDOW = timedelta(days=31)


class Span(NamedTuple):
    lo: date
    hi: date
    exact: bool


def _bounds(text: str) -> tuple[date, date]:
    if len(text) == 10:
        day = date.fromisoformat(text)
        return day, day
    year, month = int(text[:4]), int(text[5:7])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def span(m: EventMention) -> Span | None:
    """The mention's date, else its window, else None (undated)."""
    if m.date:
        lo, hi = _bounds(m.date)
        return Span(lo, hi, lo == hi)
    if m.date_earliest and m.date_latest:
        lo, hi = _bounds(m.date_earliest)[0], _bounds(m.date_latest)[1]
    elif m.date_earliest:
        lo = _bounds(m.date_earliest)[0]
        hi = lo + OPEN_WINDOW
    elif m.date_latest:
        hi = _bounds(m.date_latest)[1]
        lo = hi - OPEN_WINDOW
    else:
        return None
    return Span(min(lo, hi), max(lo, hi), False) if lo != hi else Span(lo, hi, True)


def month_of(lo: date, hi: date) -> str | None:
    """`YYYY-MM` when the interval lies in one calendar month."""
    return lo.strftime("%Y-%m") if (lo.year, lo.month) == (hi.year, hi.month) else None
