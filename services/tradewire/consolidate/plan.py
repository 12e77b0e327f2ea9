"""A block's clustering, kept between calls so that one new mention costs little.

`cluster` sorts the block's mentions and runs the greedy over all of them; consolidating
did that for every new mention, and evicting again after it. A Plan keeps what that run
found (each mention's Facts in `order_of`, and the cluster each joined), so the next mention is
placed by bisection and `run` re-ranks only the mentions its arrival can move.

Plans are remembered per block (see memo.py): a plan is used only for the very mentions it
was made for, so it can never disagree with the stored state; at worst it is missing and the
block is clustered from scratch.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from tradewire.consolidate.clusters import Greedy, Home, Order, order_of, run
from tradewire.consolidate.keys import canonical
from tradewire.consolidate.memo import Memo
from tradewire.consolidate.profile import Facts
from tradewire.models import EventMention

_MENTION_ID = attrgetter("mention_id")


@dataclass(frozen=True, slots=True)
class Plan:
    mentions: tuple[EventMention, ...]  # the block's mentions, in canonical order
    facts: tuple[Facts, ...]  # their Facts, in `order_of`
    order: tuple[Order, ...]  # `order_of` of each, to place a new mention by bisection
    homes: dict[str, Home]  # mention_id -> its cluster's home (see `run`)
    oldest: date | None = None  # the earliest publication day of a mention
    # the greedy run that placed them, whose clusters' profiles the next run may borrow
    greedy: Greedy | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, mentions: Sequence[EventMention]) -> Plan:
        """The plan of a block from scratch: what `cluster` computes."""
        facts = tuple(sorted(map(Facts.of, mentions), key=order_of))
        homes, greedy = run(facts)
        return cls(tuple(sorted(mentions, key=canonical)), facts, tuple(map(order_of, facts)),
                   homes, _oldest(facts), greedy)

    def extend(self, mention: EventMention) -> Plan:
        """The plan once `mention` (not yet in the block) joins it."""
        f = Facts.of(mention)
        key = order_of(f)
        at, to = bisect(self.order, key), bisect(self.mentions, canonical(mention), key=canonical)
        facts = (*self.facts[:at], f, *self.facts[at:])
        homes, greedy = run(facts, self.homes, self.greedy)
        return Plan((*self.mentions[:to], mention, *self.mentions[to:]), facts,
                    (*self.order[:at], key, *self.order[at:]), homes,
                    f.published if self.oldest is None else min(self.oldest, f.published), greedy)

    def restrict(self, kept: Collection[str]) -> Plan:
        """The plan of the block reduced to whole clusters (the mention_ids `kept`). The
        others keep their members: a dropped cluster never took a mention from them."""
        at = [i for i, f in enumerate(self.facts) if f.m.mention_id in kept]
        facts = tuple(self.facts[i] for i in at)
        return Plan(tuple(m for m in self.mentions if m.mention_id in kept),
                    facts, tuple(self.order[i] for i in at),
                    {mid: h for mid, h in self.homes.items() if mid in kept}, _oldest(facts))

    def groups(self) -> list[tuple[EventMention, ...]]:
        """What `cluster` returns: each group in canonical order, groups by anchor."""
        groups: dict[Home, list[EventMention]] = {}
        homes = map(self.homes.__getitem__, map(_MENTION_ID, self.mentions))
        for home, m in zip(homes, self.mentions, strict=True):
            group = groups.get(home)
            if group is None:
                groups[home] = [m]
            else:
                group.append(m)
        return [tuple(g) for g in groups.values()]

    def last_seen(self) -> dict[Home, date]:
        """Per cluster, the latest of its dates and of its sources' publication days."""
        seen: dict[Home, date] = {}
        homes = self.homes
        for f in self.facts:
            home = homes[f.m.mention_id]
            day = seen.get(home)
            if day is None or f.last > day:
                seen[home] = f.last
        return seen


def _oldest(facts: Sequence[Facts]) -> date | None:
    return min([f.published for f in facts]) if facts else None


PLANS: Memo[str, Plan] = Memo(capacity=512)  # block key -> the plan of its last state


def plan_of(key: str, mentions: Sequence[EventMention]) -> Plan:
    """The plan of block `key` holding `mentions`: the one kept for them, else made now."""
    kept = PLANS.get(key, mentions)
    return kept if kept is not None else PLANS.keep(key, mentions, Plan.of(mentions))
