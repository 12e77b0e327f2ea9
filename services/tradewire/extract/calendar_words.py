"""Calendar arithmetic behind `dates`: month and weekday names, and how a
year-less or relative expression lands on the calendar around publication.

A Span is the (first, last) day that holds a mention. Year-less dates take the
year that puts them nearest publication: "December 30" read on 2 January is
last year's, "January 3" read on 30 December is next year's.
"""

from __future__ import annotations

from datetime import date, timedelta

from tradewire.extract.knowledge import phrases

Span = tuple[date, date]
Resolved = tuple[str | None, Span, str]

_NUMBERS = phrases("a, an, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve")
NUMBER = "|".join(_NUMBERS)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = phrases(
    "january, february, march, april, may, june, july, august, september, october, "
    "november, december, jan, feb, mar, apr, jun, jul, aug, sept, sep, oct, nov, dec"
)
# A month as written: a full name, or an abbreviation with or without its dot.
MONTH = (
    "(?:(?:" + "|".join(m.capitalize() for m in MONTH_NAMES[:12]) + r")\b"
    "|(?:" + "|".join(m.capitalize() for m in MONTH_NAMES[12:]) + r")(?:\.|\b(?!\.)))"
)
WEEKDAY = "(?:" + "|".join(d.capitalize() for d in WEEKDAY_NAMES) + r")\b"
# Words a date expression may start with (besides digits, months and weekdays).
STARTS = (
    *_NUMBERS[2:],
    *phrases(
        "early, mid, late, end, last, next, past, coming, following, near, earlier, later, "
        "within, soon, shortly, upcoming, imminent, imminently, recent, recently, yesterday, "
        "today, tonight, tomorrow, day, days, week, weeks, weekend, month, months, year, "
        "years, morning, afternoon, evening, first, second, third, fourth"
    ),
)


def month_number(name: str) -> int:
    """ "Sept." or "September" -> 9."""
    return [m[:3] for m in MONTH_NAMES[:12]].index(name[:3].lower()) + 1


def number(word: str) -> int:
    """ "3" or "three" -> 3 ("a"/"an" -> 1)."""
    word = word.lower()
    return int(word) if word.isdigit() else max(1, _NUMBERS.index(word) - 1)


def month_span(year: int, month: int) -> Span:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def day_near(published: date, month: int | None, day: int, future: bool | None = None) -> date:
    """`day` of `month` (of a month near publication when None) nearest `published`; a
    sentence told in the past (`future` False) or of what is to come (True) counts a day on
    the other side of publication half as far again ("11 March: X demands ...", in a timeline of
    September, is the March before)."""
    here = published.year * 12 + published.month - 1
    if month is None:
        indexes = [here - 1, here, here + 1]
    else:
        indexes = [(published.year + y) * 12 + month - 1 for y in (-1, 0, 1)]
    candidates = []
    for index in indexes:
        try:
            candidates.append(date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"no day {day} near {published}")
    def distance(d: date) -> int:
        days = (d - published).days
        against = future is not None and (days > 0) != future and days != 0
        return abs(days) * (3 if against else 2)

    return min(candidates, key=lambda d: (distance(d), d))


def month_near(published: date, month: int, rel: str) -> Span:
    """The month named with `rel` ("last", "next", "in" ...) nearest publication."""
    here = published.year * 12 + published.month - 1
    indexes = [(published.year + y) * 12 + month - 1 for y in (-1, 0, 1)]
    if rel == "last":
        index = max(i for i in indexes if i < here)
    elif rel == "next":
        index = min(i for i in indexes if i > here)
    else:
        index = min(indexes, key=lambda i: (abs(i - here), i))
    return month_span(index // 12, index % 12 + 1)


def weekday_near(published: date, name: str, rel: str, future: bool) -> date:
    """The weekday on or before publication, or on or after it for a future verb."""
    wanted = [d[:3] for d in WEEKDAY_NAMES].index(name[:3].lower())  # "Thursday" -> 3
    back = (published.weekday() - wanted) % 7
    ahead = (wanted - published.weekday()) % 7
    if rel in ("last", "past"):
        return published - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


def period(published: date, q: str, rel: str, unit: str, future: bool) -> Resolved | None:
    """ "last week", "this weekend", "earlier this month", "next year" ..."""
    if rel == "the" and unit != "weekend":
        return None
    if unit == "weekend":
        return _weekend(published, rel, future)
    if rel == "past":
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return None, (published - timedelta(days=days), published), "window"
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        span = (monday, monday + timedelta(days=6))
    elif unit == "month":
        index = published.year * 12 + published.month - 1 + step
        span = month_span(index // 12, index % 12 + 1)
    else:
        span = year_span(published.year + step)
    if step == 0 and q == "earlier":
        span = (span[0], published)
    elif step == 0 and q == "later":
        span = (published, span[1])
    value = span[0].isoformat()[:7] if unit == "month" else None
    return value, span, "month" if unit == "month" else "window"


def _weekend(published: date, rel: str, future: bool) -> Resolved:
    """A weekend: its Saturday as the value (like the first day of "May 10-11")."""
    last_saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    ahead = rel in ("next", "coming") or (rel in ("this", "the") and future)
    if rel == "this" and published.weekday() < 5:
        ahead = True
    saturday = last_saturday + timedelta(weeks=1) if ahead else last_saturday
    if rel == "next" and saturday - published < timedelta(days=1):
        saturday += timedelta(weeks=1)
    return saturday.isoformat(), (saturday, saturday + timedelta(days=1)), "window"
