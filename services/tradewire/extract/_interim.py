"""TEMPORARY stand-ins for dates.py, places.py and commodities.py until they land."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = "january february march april may june july august september october november december"
_MONTH = {m: i + 1 for i, m in enumerate(_MONTHS.split())}
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(
    r"\b(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+)?)?"
    r"(?:(?P<m>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+(?P<d>\d{1,2})(?:\s+and\s+\d{1,2})?)?(?:,?\s+(?P<y>\d{4}))?)?"
    r"|\b(?P<rel>today|yesterday|tomorrow|this week|next week|last week|last month|soon)\b"
)
_FUTURE = re.compile(r"\b(?:will|shall|set to|scheduled|next|upcoming|soon|plans? to)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str | None
    earliest: date | None
    latest: date | None
    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    start: int
    end: int


def is_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def find_dates(sentence: str, published: date, future: bool = False) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _DATE.finditer(sentence):
        if not m.group(0).strip():
            continue
        if m.group("rel"):
            rel = m.group("rel").lower()
            one = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(rel)
            if one is not None:
                d = published + timedelta(days=one)
                out.append(DateMention(d.isoformat(), d, d, m.start(), m.end(), "day", m.group()))
            elif rel == "last month":
                first = published.replace(day=1) - timedelta(days=1)
                out.append(DateMention(first.strftime("%Y-%m"), first.replace(day=1), first,
                                       m.start(), m.end(), "month", m.group()))
            else:
                lo, hi = {"this week": (published - timedelta(days=published.weekday()), published),
                          "next week": (published + timedelta(days=7 - published.weekday()),
                                        published + timedelta(days=13 - published.weekday())),
                          "last week": (published - timedelta(days=published.weekday() + 7),
                                        published - timedelta(days=published.weekday() + 1)),
                          "soon": (published, published + timedelta(days=30))}[rel]
                out.append(DateMention(None, lo, hi, m.start(), m.end(), "window", m.group()))
            continue
        year = int(m.group("y")) if m.group("y") else published.year
        if m.group("m") and m.group("d"):
            d = date(year, _MONTH[m.group("m").lower()], int(m.group("d")))
            out.append(DateMention(d.isoformat(), d, d, m.start(), m.end(), "day", m.group()))
        elif m.group("m"):
            if not m.group("y") and m.group("m") == "May":
                continue
            out.append(DateMention(f"{year:04d}-{_MONTH[m.group('m').lower()]:02d}", None, None,
                                   m.start(), m.end(), "month", m.group()))
        elif m.group("wd"):
            back = (published.weekday() - _DAYS.index(m.group("wd").lower())) % 7
            d = published + timedelta(days=(7 - back) % 7) if future else published - timedelta(
                days=back)
            out.append(DateMention(d.isoformat(), d, d, m.start(), m.end(), "weekday", m.group()))
    return out


_PLACE = re.compile(r"\b(?:in|at)\s+(Geneva|London|Stockholm|Madrid|Kuala Lumpur|Busan|Beijing"
                    r"|Washington|Paris|Tokyo|Brussels|Malaysia|Japan|the Republic of Korea"
                    r"|South Korea|Switzerland|Gyeongju|Osaka)\b")


def find_locations(sentence: str) -> list[Place]:
    return [Place(m.group(1).removeprefix("the "), m.start(1), m.end(1))
            for m in _PLACE.finditer(sentence)]


_GOODS = re.compile(r"\b(rare earths?|semiconductors|chips|steel|aluminum|soybeans|autos"
                    r"|technology|critical minerals|fentanyl|chemicals|industrial goods)\b", re.I)


def find_commodities(sentence: str) -> list[str]:
    return sorted({m.group(1).lower() for m in _GOODS.finditer(sentence)})


def find_rates(sentence: str) -> list[float]:
    return [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b)", sentence)]
