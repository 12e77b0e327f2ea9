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
from datetime import timedelta

from tradewire.consolidate.dates import SLACK
from tradewire.consolidate.keys import canonical
from tradewire.consolidate.profile import Facts, Profile
from tradewire.models import EventMention

NEWS_WINDOW = timedelta(days=7)
Rank = tuple[int, int, int, int]


def _rank(c: Profile, f: Facts, index: int) -> Rank | None:
    """Lower is better; None when the cluster is no candidate for this undated mention."""
    named, when = c.named(f), c.span()
    if f.when is not None or when is None:
        return (0 if f.when is not None else 2, -named, when[0].toordinal() if when else 0, index)
    day = f.m.published_at.date()
    if f.m.salience == "background":
        return None if when[0] > day + SLACK else (0, -named, when[0].toordinal(), index)
    if when[0] <= day + NEWS_WINDOW and day - NEWS_WINDOW <= when[1]:
        distance = max((when[0] - day).days, (day - when[1]).days, 0)
        return (0, -named, distance, index)
    return (1, -named, when[0].toordinal(), index) if named else None


def _behind(c: Profile, f: Facts) -> bool:
    """A day cluster that ends more than SLACK before f's day (and so before every later one)."""
    assert f.when is not None
    return c.days is not None and c.days[1] < f.when.lo - SLACK


def _order(f: Facts) -> tuple[int, int, int, tuple[float, str, str]]:
    s = f.when
    if s is None:
        return (2, 0, 0, canonical(f.m))
    if s.exact:
        return (0, s.lo.toordinal(), 0, canonical(f.m))
    return (1, (s.hi - s.lo).days, s.lo.toordinal(), canonical(f.m))


def _candidates(clusters: list[Profile], f: Facts, recent: int) -> list[tuple[int, Profile]]:
    """Clusters that may admit `f`. Exact days come first, in day order, so a day cluster
    whose last day is over a day before f's can never admit it: once the first exact-day
    clusters fall that far behind, only the ones from `recent` on are looked at. Keeps a
    block of n dated mentions near O(n) instead of O(n * events)."""
    if f.when is not None and f.when.exact:
        return list(enumerate(clusters))[recent:]
    return list(enumerate(clusters))


def cluster(mentions: Iterable[EventMention]) -> list[tuple[EventMention, ...]]:
    """The events of one block, each a tuple of mentions in canonical order, by anchor."""
    clusters: list[Profile] = []
    recent = 0  # during the exact-day phase: the first cluster that may still admit a day
    for f in sorted(map(Facts.of, mentions), key=_order):
        if f.when is not None and f.when.exact:
            while recent < len(clusters) and _behind(clusters[recent], f):
                recent += 1
        ranked = [
            (rank, c)
            for i, c in _candidates(clusters, f, recent)
            if c.admits(f) and (rank := _rank(c, f, i)) is not None
        ]
        if ranked:
            min(ranked, key=lambda rc: rc[0])[1].add(f)
        else:
            clusters.append(Profile())
            clusters[-1].add(f)
    groups = [tuple(sorted(c.members, key=canonical)) for c in clusters]
    return sorted(groups, key=lambda g: canonical(g[0]))
