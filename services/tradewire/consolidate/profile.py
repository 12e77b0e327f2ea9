"""What a cluster knows of its event so far, and whether a mention fits it.

Facts are what one mention says (computed once per mention); a Profile accumulates the
facts of a cluster's members so a candidate is checked against all of them at once:
the same target (or none named on one side) and country set (or one within the other),
exact days within SLACK of every member day, inside every month and window, no
contradicting place, commodity (save for deals and sanctions, `_ANY_GOODS`) or rate, and no
second mention from one article. A place tells apart events known by a month or less;
reports of one day that name two places (one outlet took its dateline for the place) are one
event, the places kept as a conflict.

A measure dated only by the day it took effect ("the ban came into force on Thursday") was
announced that day or in the month before it (TAXONOMY: a measure's date is the day announced),
so its day counts as that window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from tradewire.consolidate.dates import OPEN_WINDOW, SLACK, Span, span
from tradewire.consolidate.keys import goods, named_sides, place, places_agree, rate, widen
from tradewire.models import BROAD_TYPES, EventMention

_PLANNED = frozenset({"threatened", "proposed", "scheduled"})
# whose goods never tell two events apart: a deal's cover many, a sanctions package's are
# only what its sentence names (the firms' trade, the counter-measure beside it)
_ANY_GOODS = BROAD_TYPES | {"sanction"}


class Facts(NamedTuple):
    """What a mention says that decides "same event or not", computed once per mention."""

    m: EventMention
    when: Span | None
    place: frozenset[str]
    goods: frozenset[str]
    wide: frozenset[str]  # goods with the members of category words
    rate: float | None
    target: str | None  # the target it names (a guessed one is none)
    countries: frozenset[str]  # the states it names (a guessed target is not among them)
    published: date  # the day it was published
    last: date  # the latest of that day and its date's
    taken: bool  # it tells the act as done, not only threatened, proposed or planned

    @classmethod
    def of(cls, m: EventMention) -> Facts:
        g = goods(m.commodities)
        when, day = span(m), m.published_at.date()
        if when is not None and when.exact and m.effective_date == m.date:
            # dated only by the day it took effect: announced that day or before it
            when = Span(when.lo - OPEN_WINDOW, when.hi, False)
        target, countries = named_sides(m)
        return cls(m, when, place(m.location), g, widen(g), rate(m.rate_after),
                   target, frozenset(countries), day,
                   max(day, when.hi) if when else day, m.status not in _PLANNED)


@dataclass
class Profile:
    members: list[EventMention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    days: tuple[date, date] | None = None  # first and last exact day
    bound: tuple[date, date] | None = None  # intersection of the months and windows
    places: set[frozenset[str]] = field(default_factory=set)
    goods: frozenset[str] = frozenset()
    wide: frozenset[str] = frozenset()
    rate: float | None = None
    effective: set[str] = field(default_factory=set)
    target: str | None = None  # the target its members name, if any
    guess: str | None = None  # else the target first guessed for it
    sided: frozenset[str] | None = None  # the countries of the members that name it
    countries: frozenset[str] = frozenset()  # of all members
    stages: frozenset[bool] = frozenset()  # `Facts.taken` of its members

    def copy(self) -> Profile:
        return Profile(list(self.members), set(self.articles), self.days, self.bound,
                       set(self.places), self.goods, self.wide, self.rate, set(self.effective),
                       self.target, self.guess, self.sided, self.countries, self.stages)

    def span(self) -> tuple[date, date] | None:
        return self.days or self.bound

    def overlaps(self, f: Facts) -> bool:
        return bool(f.wide & self.goods or f.goods & self.wide)

    def sides_agree(self, f: Facts) -> bool:
        """Two targets must be one, with one country set; a mention or cluster naming none
        agrees when one's states are among the other's ("Beijing's new export rules" and
        "China's curbs on exports to the US")."""
        t = f.target
        if t is not None and self.target is not None:
            return t == self.target and f.countries == self.sided
        return f.countries <= self.countries or self.countries <= f.countries

    def admits(self, f: Facts) -> bool:
        if not self.sides_agree(f):
            return False
        s = f.when
        if s is not None:
            lo, hi = (s.lo - SLACK, s.hi + SLACK) if s.exact else (s.lo, s.hi)
            if self.days and not (lo <= self.days[0] and self.days[1] <= hi):
                return False
            if self.bound and not (self.bound[0] <= s.hi and s.lo <= self.bound[1]):
                return False
        if f.m.type not in BROAD_TYPES and f.rate is not None and self.rate is not None \
                and f.rate != self.rate:
            return False
        if f.m.type not in _ANY_GOODS and f.goods and self.goods and not self.overlaps(f):
            return False
        if f.m.article_id in self.articles:
            return False
        if s is not None and s.exact and self.days:
            return True  # one day: two places is one report's wrong place, not two events
        # (a cluster told in two places on one day holds a mention of either)
        return not self.places or any(places_agree(f.place, p) for p in self.places)

    def named(self, f: Facts) -> int:
        return (
            bool(f.place and self.places)
            + bool(f.goods and self.goods and self.overlaps(f))
            + (f.rate is not None and f.rate == self.rate)
            + (f.m.effective_date in self.effective)
        )

    def add(self, f: Facts) -> None:
        m = f.m
        self.members.append(m)
        self.articles.add(m.article_id)
        if f.target is not None and self.target is None:
            self.target, self.sided = f.target, f.countries
        elif m.target is not None and self.guess is None:
            self.guess = m.target
        self.countries |= f.countries
        s = f.when
        if s is not None:
            lo, hi = s.lo, s.hi
            if s.exact:
                d = self.days
                self.days = (lo, hi) if d is None else (
                    lo if lo < d[0] else d[0], hi if hi > d[1] else d[1])
            else:
                b = self.bound
                self.bound = (lo, hi) if b is None else (
                    lo if lo > b[0] else b[0], hi if hi < b[1] else b[1])
        if f.place:
            self.places.add(f.place)
        if f.goods:
            self.goods |= f.goods
        if f.wide:
            self.wide |= f.wide
        if self.rate is None:
            self.rate = f.rate
        if m.effective_date:
            self.effective.add(m.effective_date)
        if f.taken not in self.stages:
            self.stages |= {f.taken}
