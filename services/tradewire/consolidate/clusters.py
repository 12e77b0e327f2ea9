"""A block's mentions -> clusters, one per real-world event.

Greedy and deterministic: the mentions are sorted first (exact days by day, then months and
windows narrowest first, then undated; ties in canonical order), and each joins the best
cluster that admits it, else starts one. The clusters are a function of the set of mentions.

A cluster admits a mention when (TAXONOMY.md, "Same event or not"):
- no member comes from the same article (one mention per event per article);
- its sides agree with the cluster's (Profile.sides_agree: a block holds every target of
  one initiator's measures of one type);
- its place (unless both tell one day), commodities and rate_after do not contradict the
  cluster's;
- its date agrees with every member's: exact days lie within one day of each other, so a
  cluster spans at most two days and a chain of daily reports never fuses a week; a month or
  window must hold every day. Months, windows and undated mentions are placed after the days,
  so each joins at most one day cluster and never bridges two.

Best cluster: the one whose details name it (same place, common commodity, same rate or
effective date), then one of its own target (or none, if it names none), then (for an
undated one) one that tells the act at its stage (done, or only threatened or planned), then
the earliest. Undated mentions are limited further: a "main" one (the article's news) joins a
cluster within NEWS_WINDOW of publication, or an older one that a detail names; a
"background" one joins only clusters that began by its publication.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from tradewire.consolidate.dates import SLACK
from tradewire.consolidate.keys import canonical
from tradewire.consolidate.profile import Facts, Profile
from tradewire.models import EventMention

NEWS_WINDOW = timedelta(days=10)  # a follow-up "eight days after" the act is still its news
Rank = tuple[int, int, int, int, int, int]
Order = tuple[int, int, int, tuple[float, str, str]]
Home = str  # a cluster, named by the mention_id of its first member in `order_of`


def _rank(c: Profile, f: Facts, index: int) -> Rank | None:
    """Lower is better; None when the cluster is no candidate for this undated mention."""
    named, when = c.named(f), c.span()
    # a cluster of the mention's own target (or guess) first
    other = int(f.m.target != (c.target or c.guess))
    if f.when is not None or when is None:
        return (0 if f.when is not None else 2, -named, other, 0,
                when[0].toordinal() if when else 0, index)
    day = f.m.published_at.date()
    # an undated reference to the act as done is to a cluster that tells it done, not to
    # the threat before it (and a threat's to the threat)
    stage = int(f.taken not in c.stages)
    if f.m.salience == "background":
        return None if when[0] > day + SLACK else (
            0, -named, other, stage, when[0].toordinal(), index)
    if when[0] <= day + NEWS_WINDOW and day - NEWS_WINDOW <= when[1]:
        distance = max((when[0] - day).days, (day - when[1]).days, 0)
        return (0, -named, other, stage, distance, index)
    return (1, -named, other, stage, when[0].toordinal(), index) if named else None


def _behind(last_day: date | None, f: Facts) -> bool:
    """A day cluster whose last day (`Profile.days[1]`) is more than SLACK before f's day,
    and so before every later one."""
    assert f.when is not None
    return last_day is not None and last_day < f.when.lo - SLACK


def order_of(f: Facts) -> Order:
    """Where the greedy takes `f`: exact days by day, then months and windows narrowest
    first, then undated; ties in canonical order."""
    s = f.when
    if s is None:
        return (2, 0, 0, canonical(f.m))
    if s.exact:
        return (0, s.lo.toordinal(), 0, canonical(f.m))
    return (1, (s.hi - s.lo).days, s.lo.toordinal(), canonical(f.m))


class Greedy:
    """The clusters of one greedy run, in the order they were started. A cluster's Profile is
    brought up to date only when it is ranked: a mention that keeps the cluster it had in a
    previous run only joins the member list.

    A clean cluster (see `run`) that already holds every member it had at the end of the
    previous run has that run's profile: it is borrowed, not built again, and copied before
    a member is added to it (the previous run's plan may still be used)."""

    def __init__(self, previous: Greedy | None = None, dirty: set[Home] | None = None) -> None:
        self.names: list[Home] = []  # the home of each cluster
        self.where: dict[Home, int] = {}  # home -> index
        self._profiles: list[Profile | None] = []  # made when first ranked
        self._pending: list[list[Facts]] = []  # members not yet added to the profile
        self._last_day: list[date | None] = []  # each one's last exact day, for `reach`
        self._size: list[int] = []  # members joined
        self._borrowed: list[bool] = []  # the profile is shared with another run
        self._recent = 0  # see `reach`
        self._previous = previous
        self._dirty = dirty if dirty is not None else set()

    def profile(self, i: int) -> Profile:
        p, pending = self._profiles[i], self._pending[i]
        if p is None:
            p = self._borrow(i)
            if p is not None:
                return p
            p = self._profiles[i] = Profile()
        elif pending and self._borrowed[i]:
            p = self._profiles[i] = p.copy()
            self._borrowed[i] = False
        for f in pending:
            p.add(f)
        pending.clear()
        return p

    def _borrow(self, i: int) -> Profile | None:
        """The previous run's profile of cluster i, when it holds the same members."""
        previous, home = self._previous, self.names[i]
        if previous is None or home in self._dirty:
            return None
        j = previous.where.get(home)
        if j is None or previous._size[j] != self._size[i]:
            return None
        p = self._profiles[i] = previous.profile(j)
        previous._borrowed[j] = self._borrowed[i] = True
        self._pending[i].clear()
        return p

    def join(self, home: Home, f: Facts) -> None:
        s = f.when
        day = s.hi if s is not None and s.exact else None
        if home == f.m.mention_id:  # it starts a cluster
            self.where[home] = len(self.names)
            self.names.append(home)
            self._profiles.append(None)
            self._pending.append([f])
            self._last_day.append(day)
            self._size.append(1)
            self._borrowed.append(False)
            return
        i = self.where[home]
        self._pending[i].append(f)
        self._size[i] += 1
        if day is not None:
            last = self._last_day[i]
            self._last_day[i] = day if last is None or day > last else last

    def keep(self, facts: Sequence[Facts], homes: Mapping[str, Home], out: dict[str, Home]) -> int:
        """`join` each of `facts` to its home in `homes` (a previous run's, while nothing is
        dirty), in order, until one that has none; how many joined. Each home is recorded in
        `out`."""
        n = 0
        for f in facts:
            mid = f.m.mention_id
            home = homes.get(mid)
            if home is None:
                break
            out[mid] = home
            self.join(home, f)
            n += 1
        return n

    def forget_previous(self) -> None:
        """Done: keep no chain of runs alive."""
        self._previous = None

    def reach(self, f: Facts) -> range:
        """The clusters that may admit `f`. Exact days come in day order, so a day cluster
        whose last day is over a day before f's can never admit it or a later one: once the
        first ones fall that far behind, they are skipped. Keeps a block of n dated mentions
        near O(n) instead of O(n * events)."""
        if f.when is None or not f.when.exact:
            return range(len(self.names))
        while self._recent < len(self.names) and _behind(self._last_day[self._recent], f):
            self._recent += 1
        return range(self._recent, len(self.names))


def _choose(f: Facts, old: Home | None, run: Greedy, dirty: set[Home]) -> Home:
    """The home `f` joins: its own mention_id when it starts a cluster.

    Without a previous choice (a new mention, or one whose previous cluster has changed), the
    best of all clusters. Otherwise the clean clusters rank as they did, so the best of them
    is the one it joined before (none if it started its own): only a dirty cluster can take
    it elsewhere, and with none it joins as before, unranked."""
    pool: Iterable[int]
    if old is None or old in dirty:
        pool = run.reach(f)
    else:
        pool = [run.where[h] for h in dirty if h in run.where]
        if not pool:
            return old
        # the dirty ones first: when none admits it, it joins as before (its clean cluster
        # admitted it then and still does), with no need to bring that one's profile up
        dirty_ranked = [
            (rank, i)
            for i in pool
            if (c := run.profile(i)).admits(f) and (rank := _rank(c, f, i)) is not None
        ]
        if not dirty_ranked:
            return old
        if old != f.m.mention_id:
            i = run.where[old]
            if (c := run.profile(i)).admits(f) and (rank := _rank(c, f, i)) is not None:
                dirty_ranked.append((rank, i))
        return run.names[min(dirty_ranked)[1]]
    ranked = [
        (rank, i)
        for i in pool
        if (c := run.profile(i)).admits(f) and (rank := _rank(c, f, i)) is not None
    ]
    return run.names[min(ranked)[1]] if ranked else f.m.mention_id


def run(
    facts: Sequence[Facts], before: Mapping[str, Home] | None = None, previous: Greedy | None = None
) -> tuple[dict[str, Home], Greedy]:
    """The greedy over `facts` (in `order_of`): mention_id -> its cluster's home, the
    mention_id of the cluster's first member.

    `before` is a previous run's result over the same facts less some added ones. A cluster
    stays clean while it holds the members it held at that point of that run, so it ranks as
    it did (indices shift only together) and a mention whose previous cluster is clean needs
    ranking against the dirty ones only; only a changed choice dirties more. A new mention
    near the end of the order thus re-ranks a few mentions, not the block.

    `previous` is that run (whose result `before` is), for its clusters' profiles; the run
    made here comes back with the result, for the next."""
    before = before or {}
    dirty: set[Home] = set()  # homes whose members differ from `before`'s at this point
    greedy = Greedy(previous if before else None, dirty)
    homes: dict[str, Home] = {}
    # up to the first new mention nothing is dirty: each keeps its home, unranked
    done = greedy.keep(facts, before, homes) if before else 0
    for f in facts[done:]:
        old = before.get(f.m.mention_id)
        home = old if old is not None and not dirty else _choose(f, old, greedy, dirty)
        homes[f.m.mention_id] = home
        greedy.join(home, f)
        if home != old:
            dirty.update((home, old) if old is not None else (home,))
    greedy.forget_previous()
    return homes, greedy


def cluster(mentions: Iterable[EventMention]) -> list[tuple[EventMention, ...]]:
    """The events of one block, each a tuple of mentions in canonical order, by anchor."""
    ms = sorted(mentions, key=canonical)
    homes, _ = run(sorted(map(Facts.of, ms), key=order_of))
    groups: dict[Home, list[EventMention]] = {}
    for m in ms:  # canonical order: each group's anchor comes first, and so does its group
        groups.setdefault(homes[m.mention_id], []).append(m)
    return [tuple(g) for g in groups.values()]
