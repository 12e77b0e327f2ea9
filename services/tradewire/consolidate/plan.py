"""A block's clustering, kept between calls so that one new mention costs little.

`cluster` sorts the block's mentions and runs the greedy over all of them; consolidating
did that for every new mention, and evicting again after it. A Plan keeps what that run
found (each mention's Facts in `order_of`, and the cluster each joined), so the next mention is
placed by bisection and `assign` re-ranks only the mentions its arrival can move.

Plans are remembered per block, but a plan is used only for the very tuple of mentions it
was made for (`Plans.find` checks identity; tuples and mentions are immutable): whatever
wrote the state (a restore, another worker, a replay), a plan can never disagree with it, at
worst it is missing and the block is clustered from scratch.
"""

from __future__ import annotations

from bisect import bisect
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tradewire.consolidate.clusters import Home, Order, assign, order_of
from tradewire.consolidate.profile import Facts
from tradewire.models import EventMention


@dataclass(frozen=True, slots=True)
class Plan:
    facts: tuple[Facts, ...]  # the block's mentions, in `order_of`
    order: tuple[Order, ...]  # `order_of` of each, to place a new mention by bisection
    homes: dict[str, Home]  # mention_id -> its cluster's home (see `assign`)

    @classmethod
    def of(cls, mentions: Sequence[EventMention]) -> Plan:
        """The plan of a block from scratch: what `cluster` computes."""
        facts = tuple(sorted(map(Facts.of, mentions), key=order_of))
        return cls(facts, tuple(map(order_of, facts)), assign(facts))

    def extend(self, mention: EventMention) -> Plan:
        """The plan once `mention` (not yet in the block) joins it."""
        f = Facts.of(mention)
        key = order_of(f)
        at = bisect(self.order, key)
        facts = (*self.facts[:at], f, *self.facts[at:])
        return Plan(facts, (*self.order[:at], key, *self.order[at:]), assign(facts, self.homes))

    def restrict(self, kept: Collection[str]) -> Plan:
        """The plan of the block reduced to whole clusters (the mention_ids `kept`). The
        others keep their members: a dropped cluster never took a mention from them."""
        at = [i for i, f in enumerate(self.facts) if f.m.mention_id in kept]
        return Plan(tuple(self.facts[i] for i in at), tuple(self.order[i] for i in at),
                    {mid: h for mid, h in self.homes.items() if mid in kept})

    def groups(self, mentions: Sequence[EventMention]) -> list[tuple[EventMention, ...]]:
        """`cluster(mentions)` for the block's mentions in canonical order: each group in
        canonical order, groups by anchor."""
        groups: dict[Home, list[EventMention]] = {}
        for m in mentions:
            groups.setdefault(self.homes[m.mention_id], []).append(m)
        return [tuple(g) for g in groups.values()]


class Plans:
    """The plan of the last state of each recent block, least recently used dropped first."""

    def __init__(self, capacity: int = 1024) -> None:
        self._capacity = capacity
        self._plans: OrderedDict[str, tuple[tuple[EventMention, ...], Plan]] = OrderedDict()

    def find(self, key: str, mentions: tuple[EventMention, ...]) -> Plan:
        """The plan of block `key` holding exactly `mentions` (made now if not kept)."""
        hit = self._plans.get(key)
        if hit is not None and hit[0] is mentions:
            self._plans.move_to_end(key)
            return hit[1]
        return self.keep(key, mentions, Plan.of(mentions))

    def keep(self, key: str, mentions: tuple[EventMention, ...], plan: Plan) -> Plan:
        self._plans[key] = (mentions, plan)
        self._plans.move_to_end(key)
        while len(self._plans) > self._capacity:
            self._plans.popitem(last=False)
        return plan


PLANS = Plans()  # shared by consolidate and evict: the state one returns, the other gets
