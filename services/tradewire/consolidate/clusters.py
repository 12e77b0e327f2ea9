"""A block's mentions -> clusters, one per real-world event.

Greedy and deterministic: the mentions are sorted first (exact days by day, then months and
windows narrowest first, then undated; ties in canonical order), and each joins the best
cluster that admits it, else starts one. The clusters are a function of the set of mentions.

A cluster admits a mention when (TAXONOMY.md, "Same event or not"):
- no member comes from the same article (one mention per event per article);
- its place, commodities and rate_after do not contradict the cluster's;
- its date agrees with every member's: exact days lie within one day of each other, so a
  cluster spans at most two days and a chain of daily reports never fuses a week; a month or
  window must hold every day. Months, windows and undated mentions are placed after the days,
  so each joins at most one day cluster and never bridges two.

Best cluster: the one whose details name it (same place, common commodity, same rate or
effective date), then the earliest. Undated mentions are limited further: a "main" one (the
article's news) joins a cluster within NEWS_WINDOW of publication, or an older one that a
detail names; a "background" one joins only clusters that began by its publication.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tradewire.consolidate.dates import Span, span
from tradewire.consolidate.keys import canonical, goods, goods_overlap, place, places_agree, rate
from tradewire.models import EventMention

SLACK = timedelta(days=1)
NEWS_WINDOW = timedelta(days=7)
Rank = tuple[int, int, int, int]


@dataclass
class _Cluster:
    members: list[EventMention] = field(default_factory=list)
    days: tuple[date, date] | None = None  # first and last exact day
    bound: tuple[date, date] | None = None  # intersection of the months and windows
    places: set[frozenset[str]] = field(default_factory=set)
    goods: frozenset[str] = frozenset()
    rate: float | None = None
    effective: set[str] = field(default_factory=set)

    def span(self) -> tuple[date, date] | None:
        return self.days or self.bound

    def admits(self, m: EventMention, s: Span | None) -> bool:
        if any(x.article_id == m.article_id for x in self.members):
            return False
        if not all(places_agree(place(m.location), p) for p in self.places):
            return False
        r = rate(m.rate_after)
        if r is not None and self.rate is not None and r != self.rate:
            return False
        g = goods(m.commodities)
        if g and self.goods and not goods_overlap(g, self.goods):
            return False
        if s is None:
            return True
        lo, hi = (s.lo - SLACK, s.hi + SLACK) if s.exact else (s.lo, s.hi)
        if self.days and not (lo <= self.days[0] and self.days[1] <= hi):
            return False
        return not self.bound or (self.bound[0] <= s.hi and s.lo <= self.bound[1])

    def named(self, m: EventMention) -> int:
        p, g = place(m.location), goods(m.commodities)
        return (
            bool(p and self.places)
            + bool(g and self.goods and goods_overlap(g, self.goods))
            + (rate(m.rate_after) is not None and rate(m.rate_after) == self.rate)
            + (m.effective_date in self.effective)
        )

    def add(self, m: EventMention, s: Span | None) -> None:
        self.members.append(m)
        if s and s.exact:
            self.days = (min(self.days[0], s.lo), max(self.days[1], s.hi)) if self.days else s[:2]
        elif s:
            b = self.bound or (s.lo, s.hi)
            self.bound = (max(b[0], s.lo), min(b[1], s.hi))
        if m.location:
            self.places.add(place(m.location))
        self.goods |= goods(m.commodities)
        self.rate = self.rate if self.rate is not None else rate(m.rate_after)
        if m.effective_date:
            self.effective.add(m.effective_date)


def _rank(c: _Cluster, m: EventMention, s: Span | None, index: int) -> Rank | None:
    named, when = c.named(m), c.span()
    if s is not None or when is None:
        return (0 if s is not None else 2, -named, when[0].toordinal() if when else 0, index)
    day = m.published_at.date()
    if m.salience == "background":
        return None if when[0] > day + SLACK else (0, -named, when[0].toordinal(), index)
    if when[0] <= day + NEWS_WINDOW and day - NEWS_WINDOW <= when[1]:
        distance = max((when[0] - day).days, (day - when[1]).days, 0)
        return (0, -named, distance, index)
    return (1, -named, when[0].toordinal(), index) if named else None


def _order(item: tuple[EventMention, Span | None]) -> tuple[int, int, int, tuple[str, str, str]]:
    m, s = item
    if s is None:
        return (2, 0, 0, canonical(m))
    if s.exact:
        return (0, s.lo.toordinal(), 0, canonical(m))
    return (1, (s.hi - s.lo).days, s.lo.toordinal(), canonical(m))


def cluster(mentions: Iterable[EventMention]) -> list[tuple[EventMention, ...]]:
    """The events of one block, each a tuple of mentions in canonical order, by anchor."""
    clusters: list[_Cluster] = []
    for m, s in sorted(((m, span(m)) for m in mentions), key=_order):
        ranked = [
            (rank, c)
            for i, c in enumerate(clusters)
            if c.admits(m, s) and (rank := _rank(c, m, s, i)) is not None
        ]
        if ranked:
            min(ranked, key=lambda rc: rc[0])[1].add(m, s)
        else:
            clusters.append(_Cluster())
            clusters[-1].add(m, s)
    groups = [tuple(sorted(c.members, key=canonical)) for c in clusters]
    return sorted(groups, key=lambda g: canonical(g[0]))
