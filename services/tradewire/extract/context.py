"""What the whole article tells the sentence-level rules.

- home: the state behind "I" and "we" when the outlet speaks for a government
  (`data/sources.json`: an executive order's "I" is the US president);
- pair: the states the article is about, most named first (a side a clause leaves out);
- news: the day (or window) the article's news happened: the first "today", "yesterday",
  "this week" or weekday in its opening paragraphs, else the day of publication;
- place: a place the title names ("... Trade Deal in Geneva");
- seat: the state whose bare "the ministry" or "the government" the article means: the home
  of an official source, else the state of a wire story's dateline city;
- instrument: the day of the decree, resolution or order a government's text enacts or
  reports ("Decree No. 412 of 2028, dated 31 July 2028", "Given at ... on 20 June 2029"), when
  it is recent: the day of the acts the text lists without a date of their own;
- commission: the article names the European Commission, so its bare "the Commission" is the EU.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import orjson

from tradewire.extract.actors import Actor, find_actors
from tradewire.extract.calendar_words import MONTH, WEEKDAY
from tradewire.extract.dates import DateMention, find_dates
from tradewire.extract.kinds import BASED, FIRMS, HELD_FIRMS
from tradewire.extract.places import GOODS_FROM, SEATED, Place, dateline_country, find_locations, seat_of
from tradewire.extract.timing import When, when
from tradewire.extract.timing import role as date_role
from tradewire.models import Article

_DEICTIC = re.compile(r"\b(?:today|yesterday|tonight|last night|this (?:week|morning|afternoon"
                      r"|evening|weekend)|over the weekend|(?:mon|tues|wednes|thurs|fri|satur"
                      r"|sun)day)\b", re.IGNORECASE)
_NEAR_KINDS = frozenset({"relative", "weekday"})
_LOCATIVE = re.compile(r"\b(?:in|at)\W+(?:the\W+)?$", re.IGNORECASE)
_CUE = re.compile(r"\b(?:in|at)\W", re.IGNORECASE)  # where a _LOCATIVE match may begin
# "products originating in Turkey": the goods' origin, a party, not a place; "14 companies in
# China and Malaysia": where the firms a measure hits are, a party too
_ORIGIN = re.compile(rf"\b(?:{GOODS_FROM}|{SEATED}|{FIRMS}|entities|enterprises|subsidiaries)"
                     r"(?:\W+or\W+\w+)?\W+$", re.IGNORECASE)
# "The government in Rome": the capital stands for the state that governs from it
_SEAT_OF = re.compile(r"\b(?:government|authorities|administration|leadership)\W+$", re.IGNORECASE)
_BOUND = re.compile(r"\b(?:to|will)\W+(?:visit|travel\W+to|fly\W+to|go\W+to)\W+(?:the\W+)?$",
                    re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
_VENUE = re.compile(r"\s+(?:trade\s+)?(?:talks|meetings?|summit|negotiations|round|truce|deal"
                    r"|agreement|framework|consensus|understanding|accord|arrangement|declaration"
                    r"|protocol|process)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Context:
    home: str | None
    pair: tuple[str, ...]
    news: When
    place: str | None
    seat: str | None = None
    instrument: When = field(default_factory=When)
    commission: bool = False  # the article names the European Commission: "the Commission" is it
    here: str | None = None  # a roundup item's heading state: the first paragraph is an item too
    # states the article names only in deals' names ("the Canada-United States-Mexico
    # Agreement"): none is a side a measure's or charge's clause leaves out
    in_names: frozenset[str] = frozenset()


@cache
def _official() -> dict[str, str]:
    raw = resources.files("tradewire.extract").joinpath("data", "sources.json").read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    return {name.casefold(): code for name, code in data["official"].items()}


# Where firms are based is whose firms they are, no place of the act: "restrictive measures on
# two banks established in the Kyrgyz Republic".
_FIRMS_BASED_IN = re.compile(rf"\b(?:{HELD_FIRMS})\W+(?:{BASED})\W+in\W+(?:the\W+)?$", re.IGNORECASE)


def venue_named(text: str, actor: Actor) -> bool:
    """Is `actor` a capital naming a meeting or deal, so its place ("the Lisbon understanding")?"""
    return actor.kind == "capital" and _VENUE.match(text, actor.end) is not None


def parties(text: str, actors: Sequence[Actor], places: Sequence[Place]) -> list[Actor]:
    """Actors that are parties, not places: "in the Republic of Korea", "the London talks",
    "Geneva, Switzerland". `places` as find_locations gives them: by start, apart."""
    if all(a.kind == "person" for a in actors):
        return list(actors)  # (people are parties wherever they are named)
    cues = [m.start() for m in _CUE.finditer(text)]
    starts = [p.start for p in places]
    return [a for a in actors if a.kind == "person" or _FIRMS_BASED_IN.search(
        text, max(0, a.start - 60), a.start) or not (
        _after_cue(text, cues, a.start)
        or venue_named(text, a)
        or _inside(places, starts, a.start))]


# A deal named after its parties: "the U.S.-Mexico-Canada Agreement", "the United States\u2013
# Colombia Trade Promotion Agreement". The states in its name are no sides of the measures the
# sentence tells around it ("violating the U.S.-Mexico-Canada Agreement with its new tariff").
_DEAL_NAME = re.compile(r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s?[-\u2013/]\s?){1,4}[A-Z][\w.]*"
                        r"(?:\s[A-Z][\w.-]*){0,5}?\s(?:Agreement|Accord|Treaty|Pact|FTA|CEPA"
                        r"|Partnership|Arrangement)\b")


@lru_cache(maxsize=256)  # (asked of a sentence twice: for the article's states, then its drafts)
def deal_names(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the deals `text` names after their parties."""
    if "-" not in text and "\u2013" not in text and "/" not in text:
        return ()  # (each name joins its parties with one: most sentences need no scan)
    return tuple(m.span() for m in _DEAL_NAME.finditer(text))


# A government's own text names its people by bare title: "The Minister for Trade met ...",
# "the Secretary of State", "The Government decided ..." (not "Peru's Minister of ...").
_BARE_TITLE = re.compile(
    r"\b(?:the|The)\s+(?:Prime\s+Minister|Deputy\s+Prime\s+Minister"
    r"|(?:Trade|Foreign|Finance|Commerce|Economy|Industry)\s+Minister|Minister(?:\s+(?:for|of)"
    r"(?:\s+(?:[A-Z][\w-]*|and|&))+)?|Secretary\s+of\s+State(?:\s+for(?:\s+(?:[A-Z][\w-]*|and|&))+)?"
    r"|Foreign\s+Secretary|Government|Ministry)\b(?!\s+of\s+(?:the\s+)?[A-Z])")


# "The President" of a text whose state has none (a monarchy, a parliamentary head) is another's.
_NO_PRESIDENT = frozenset({"GBR", "CAN", "AUS", "NZL", "JPN", "NLD", "BEL", "SWE", "NOR", "DNK",
                           "ESP", "THA", "MYS", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "JOR",
                           "MAR", "EUU"})
_PRESIDENT = re.compile(r"\b(?:the|The)\s+President\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))")


_FROM_TITLE = re.compile(r"\bfrom\s+$")  # "a licence from the Minister": who grants it


# (not "the Commission on Human Rights"; but "The Commission on Wednesday proposed ...")
_THE_COMMISSION = re.compile(rf"\b[Tt]he\s+Commission\b(?!\s+(?:of|for)\b)"
                             rf"(?!\s+on\s+(?!{WEEKDAY}|{MONTH}|\d))")
# an article about the EU, whose bare "the Commission" is the European one
_EU_NAMED = re.compile(r"\bEuropean\s+(?:Commission|Union)\b|\bEU\b|\bBrussels\b")


def eu_commission(text: str, actors: Sequence[Actor]) -> list[Actor]:
    """`actors` with each bare "the Commission" of `text` as the EU's, in an article that
    names the European Commission."""
    added = [Actor("EUU", m.start(), m.end(), "institution", m.group())
             for m in _THE_COMMISSION.finditer(text)
             if not any(a.start <= m.start() < a.end for a in actors)]
    return sorted([*actors, *added], key=lambda a: a.start) if added else list(actors)


# US bodies whose names other governments' bodies share: bare, in another government's own
# text, they are that government's ("QUEZON CITY - The Department of Agriculture (DA) has
# imposed a temporary ban ..." from the Philippine department).
_SHARED_NAMES = frozenset({
    "Secretary of State", "Department of Agriculture", "Agriculture Department",
    "Department of Commerce", "Commerce Department", "Department of Energy",
    "Energy Department", "Department of Justice", "Justice Department",
    "Commerce Secretary", "Secretary of Commerce", "Agriculture Secretary",
    "Secretary of Agriculture",
    "Foreign Office",  # (Britain's, but Pakistan's and Germany's too in stories filed there)
})


# Of those, the ones a wire story filed from another state means as that state's own ("MANILA
# - The Department of Agriculture (DA) on Monday ordered ..."); not Commerce: from Beijing,
# "the Commerce Department" is still Washington's.
_SEATED_NAMES = frozenset(n for n in _SHARED_NAMES if "Commerce" not in n and "State" not in n)


def seated_bodies(actors: Sequence[Actor], seat: str) -> list[Actor]:
    """`actors` with the bare shared names of a story filed from `seat` as `seat`'s bodies
    (filed from the United States, they are its own already)."""
    if seat == "USA":
        return list(actors)
    return [Actor(seat, a.start, a.end, a.kind, a.text)
            if a.kind in ("institution", "office") and a.text in _SEATED_NAMES else a
            for a in actors]


def home_titles(text: str, actors: Sequence[Actor], home: str) -> list[Actor]:
    """`actors` with the bare titles of `text` as actors of `home` (a bare "Secretary of
    State", read as the US one, is the home state's in another government's text)."""
    if home != "USA":
        actors = [Actor(home, a.start, a.end, a.kind, a.text)
                  if a.kind in ("institution", "office") and a.text in _SHARED_NAMES else a
                  for a in actors]
    kept = [a for a in actors if not (a.kind == "office" and a.text == "Secretary of State")]
    titles = list(_BARE_TITLE.finditer(text))
    if home not in _NO_PRESIDENT:
        titles += _PRESIDENT.finditer(text)
    added = [Actor(home, m.start(), m.end(), "office", m.group())
             for m in titles
             if not any(a.start < m.end() and m.start() < a.end for a in kept)
             and not _FROM_TITLE.search(text, max(0, m.start() - 8), m.start())]
    return sorted([*kept, *added], key=lambda a: a.start) if added else list(actors)


def _after_cue(text: str, cues: list[int], end: int) -> bool:
    """Does `text[:end]` end with "in" or "at" (and "the")? Only the last cue before `end`
    can begin such an ending: nothing but "the" and non-word characters follows it."""
    i = bisect_left(cues, end) - 1
    return i >= 0 and _LOCATIVE.match(text, cues[i], end) is not None \
        and not _ORIGIN.search(text, max(0, cues[i] - 20), cues[i]) \
        and not _SEAT_OF.search(text, max(0, cues[i] - 20), cues[i])


def _inside(places: Sequence[Place], starts: list[int], at: int) -> bool:
    """Does a place begin before `at` and end after it (only the last one begun may)?"""
    i = bisect_left(starts, at) - 1
    return i >= 0 and at < places[i].end


# A government body by its name: "Ministry of Trade of Indonesia", "Department of Foreign
# Affairs and Trade (Australia)", "Office of the President of the Philippines", its gazette
# ("Official Journal of the European Union", "The Gazette of India").
_GOVERNMENT_BODY = re.compile(r"\b(?:Ministry|Ministries|Department|Office|Government|Embassy"
                              r"|Treasury|Official\W+Journal|Gazette|Commission|Authority|Administration"
                              r"|Permanent\W+Mission|Presidency|Cabinet|Chancellery|Secretariat"
                              r"|Directorate|Customs|State\W+Council|Federal\W+Council)\b")


def _home_of(source: str, on: date) -> str | None:
    """The state a source not in data/sources.json speaks for, when its name is that of a
    government body naming one state."""
    if not _GOVERNMENT_BODY.search(source):
        return None
    actors = find_actors(source, on)
    # (a one-word body, "Treasury", is the US one only when no state is named: "Treasury
    # Ministers, Australian Government" speaks for Australia)
    actors = [a for a in actors if a.kind != "institution" or " " in a.text] or actors
    # ("Department of Agriculture, Republic of the Philippines": the state named, not the US)
    actors = [a for a in actors if not (a.kind == "institution" and a.text in _SHARED_NAMES)
              ] or actors
    codes = {a.code for a in actors}
    if len(codes) > 1 and re.search(r"\b(?:Embassy|Mission)\b", source):
        return actors[0].code  # "Embassy of China in Canada": the sender's
    return codes.pop() if len(codes) == 1 else None


_ANSWERED = re.compile(r"\b(?:response|retaliation|reply|reaction|riposte)\s+(?:to|for|against)\s+"
                       r"(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=1024)  # (a wire sends many articles under one name; asked twice for each)
def outlet_country(source: str, on: date) -> str | None:
    """The one state a news outlet's name names ("Australian Financial Review", "The Korea
    Herald", "Bangkok Post"): whose head of government its bare "Prime Minister Ellen Hartigan"
    is, where no dateline says where the story was filed."""
    codes = {a.code for a in find_actors(source, on) if a.kind in ("country", "demonym", "capital")
             and not (a.kind == "demonym" and a.text in _LANGUAGES and _EDITION.match(source, a.end))}
    return codes.pop() if len(codes) == 1 else None


# A language an outlet's edition is in names no state: "Radyo Maynila English News" (but
# "Chilean News Agency" is Chile's).
_LANGUAGES = frozenset({"English", "French", "Spanish", "Portuguese"})
_EDITION = re.compile(r"\s+(?:News|Edition|Service|Desk|Section|Language|Version|Bulletin|Online)\b")


# A decree's enacting formula names who "I" is: "ANDREA RUIZ, President of the United Mexican
# States, in exercise of the power conferred on me by Article 131 ...".
_ENACTING = re.compile(r"(?:powers?|authority|faculties)\s+(?:conferred|vested)\s+(?:on|upon|in)\s+me\b")


def _enacted_by(body: str, on: date) -> str | None:
    """The state of the office-holder whose enacting formula opens a decree's text."""
    formula = _ENACTING.search(body, 0, 1500)
    if formula is None:
        return None
    start = max(body.rfind("\n", 0, formula.start()), body.rfind(". ", 0, formula.start())) + 1
    codes = {a.code for a in find_actors(body[start: formula.start()], on)}
    return codes.pop() if len(codes) == 1 else None


_INSTRUMENT_DAY = re.compile(r"\b(?:(?i:decree|resolution|order|regulation|notification|ordinance"
                             r"|proclamation|circular|notice|decision|directive|announcement)\b"
                             r"(?:No\.|[^.;:\n]){0,80}?\bdated|^(?:Given|Done|Signed)\s+(?:at|in)\b[^\n]{0,120}?"
                             r"\bon)\s+(?=\d)", re.MULTILINE)
_MONTH_BEFORE = 31
_DATE_LINE = re.compile(r"\s*(?:[A-Z][\w.'\u2019 -]{1,30},\s*)?@\s*\.?\s*")


def _within_month(d: DateMention, published: date) -> bool:
    """An exact day at most a month before publication, not after it."""
    return bool(d.value) and len(d.value or "") == 10 and 0 <= (
        published - date.fromisoformat(d.value or "")).days <= _MONTH_BEFORE


def _instrument(body: str, published: date) -> When:
    """The recent day of the instrument a government's text enacts (see the module's doc)."""
    for cue in _INSTRUMENT_DAY.finditer(body):
        found = [d for d in find_dates(body[cue.end(): cue.end() + 30], published, future=False)
                 if d.start == 0 and d.value and len(d.value) == 10]
        if found and _within_month(found[0], published):
            return When(found[0].value)
    return When()


def read_context(article: Article, lede: Sequence[tuple[str, list[DateMention]]],
                 named: Sequence[Actor]) -> Context:
    """`lede`: the opening paragraphs' sentences with their dates; `named`: every actor."""
    published = article.published_at.date()
    counts = Counter(a.code for a in named)
    # (not where the title says things happen: "... agree to hold trade talks in Singapore")
    title_actors = parties(article.title, find_actors(article.title, published),
                           find_locations(article.title)) if article.title else []
    counts.update(a.code for a in title_actors for _ in range(2))
    first = {a.code: i for i, a in reversed(list(enumerate([*title_actors, *named])))}
    pair = tuple(sorted(counts, key=lambda c: (-counts[c], first[c]))[:3])
    news = When(published.isoformat())
    for text, dates in lede:
        # (not "duties collected from Tuesday", "valid until Friday": no act's day)
        deictic = [d for d in dates if (_DEICTIC.search(d.text) or d.kind in _NEAR_KINDS or (
            d.kind == "window" and d.earliest and d.latest
            and d.earliest <= published.isoformat() <= d.latest))
            and date_role(text, d) not in ("effective", "bound")
            # (nor "rejects the decision announced on Tuesday by Ecuador": another's act; nor
            # "in retaliation for last Thursday's listings": the day of what is answered)
            and not _BY_AGENT.match(text, d.end) and not _ANSWERED.search(text, 0, d.start)]
        if deictic:
            news = when(deictic[0])
            break
    else:
        # a text headed by its place and day ("Jakarta, 2 July 2029", "May 8, 2029") was
        # written that day, whenever it was posted
        headed = next((d for text, dates in lede for d in dates if _DATE_LINE.fullmatch(
            text[: d.start] + "@" + text[d.end:]) and d.value and len(d.value) == 10), None)
        if headed is not None and _within_month(headed, published):
            news = When(headed.value)
    # a place the title names, but not where someone will go ("Trump to visit Beijing")
    places = [p for p in find_locations(article.title) if not _BOUND.search(
        article.title, max(0, p.start - 24), p.start)] if article.title else []
    home = _official().get(article.source.casefold()) or _home_of(article.source, published) \
        or _enacted_by(article.body, published)
    return Context(home, pair, news, places[0].name if places else None,
                   home or seat_of(dateline_country(article.body))
                   or outlet_country(article.source, published),
                   _instrument(article.body, published) if home else When(),
                   home == "EUU" or _EU_NAMED.search(
                       f"{article.source}\n{article.title or ''}\n{article.body}") is not None)


__all__ = ["Context", "find_dates", "outlet_country", "parties", "read_context", "seated_bodies"]
