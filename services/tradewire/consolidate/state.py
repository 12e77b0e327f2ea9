"""The state of one block, as kept in a faust table row (RocksDB), and how it stays bounded.

A BlockState holds the block's mentions (one per mention_id, canonical order) and, per
event_id ever published, a Published record: the last version, the mentions it was derived
from, and merged_into. The published events themselves are not stored: derive() rebuilds
any of them from its mentions, so the row carries each evidence sentence once instead of
once per mention and once per event version (a Kafka changelog record must stay under the
broker's 1 MB), and an event whose mentions did not change is not derived again.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, timedelta
from typing import NamedTuple

import orjson
from pydantic import BaseModel, ConfigDict

from tradewire.consolidate.keys import canonical
from tradewire.consolidate.plan import PLANS, plan_of
from tradewire.models import Change, EventMention, dumps


class Published(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int
    mention_ids: tuple[str, ...]
    merged_into: str | None = None
    change: Change = "new"


class BlockState(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    mentions: tuple[EventMention, ...] = ()
    published: dict[str, Published] = {}


class StateSize(NamedTuple):
    mentions: int
    events: int  # published and not merged
    bytes: int  # serialised


def load_state(raw: bytes) -> BlockState:
    """The inverse of models.dumps(state)."""
    return BlockState.model_validate(orjson.loads(raw))


def size(state: BlockState) -> StateSize:
    live = sum(p.merged_into is None for p in state.published.values())
    return StateSize(len(state.mentions), live, len(dumps(state)))


def measure(raw: bytes) -> StateSize:
    """size(load_state(raw)) without validating the row: cheap enough to run over the
    whole table for a metric."""
    row = orjson.loads(raw)
    live = sum(p.get("merged_into") is None for p in row.get("published", {}).values())
    return StateSize(len(row.get("mentions", ())), live, len(raw))


class Decoded:
    """The last rows read or written, decoded: a busy block is validated once, not once per
    mention (a row of a few hundred mentions takes milliseconds to load), and its kept plan
    (plan.py) is found for it.

    An entry is used only while the stored bytes are the ones it was decoded from, so it
    can never disagree with the table, whoever wrote the row (a restore, another worker)."""

    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._rows: OrderedDict[bytes, tuple[bytes, BlockState]] = OrderedDict()

    def load(self, key: bytes, raw: bytes) -> BlockState:
        hit = self._rows.get(key)
        if hit is not None and hit[0] == raw:
            self._rows.move_to_end(key)
            return hit[1]
        state = load_state(raw)
        self.keep(key, raw, state)
        return state

    def keep(self, key: bytes, raw: bytes, state: BlockState) -> None:
        self._rows[key] = (raw, state)
        self._rows.move_to_end(key)
        while len(self._rows) > self._capacity:
            _, (_, dropped) = self._rows.popitem(last=False)
            # read again, the row decodes to new objects: the plan of these is no use
            PLANS.forget(dropped.key, dropped.mentions)


def evict(
    state: BlockState, today: date, window_days: int = 90, max_mentions: int = 500
) -> BlockState:
    """Drop the events (with their mentions) neither dated nor reported within the window,
    then the least recent ones while the block holds more than `max_mentions` mentions.

    An old event still reported on stays: evicting it would make its next mention a new
    event, a duplicate of the one already published. The cap keeps a row (about 1 kB a
    mention) under Kafka's default 1 MB record limit for the table's changelog.
    """
    cutoff = today - timedelta(days=window_days)
    few = len(state.mentions) <= max_mentions
    kept_plan = PLANS.get(state.key, state.mentions)
    if few and (
        (kept_plan.oldest is None or kept_plan.oldest >= cutoff) if kept_plan is not None
        else all(m.published_at.date() >= cutoff for m in state.mentions)
    ):
        return state  # every event was reported within the window: no need to cluster
    plan = kept_plan if kept_plan is not None else plan_of(state.key, state.mentions)
    last_seen = plan.last_seen()
    if few and min(last_seen.values(), default=cutoff) >= cutoff:
        return state  # every event was reported within the window: none to drop
    recent_first = sorted(
        ((last_seen[plan.homes[g[0].mention_id]], g) for g in plan.groups()),
        key=lambda sg: (sg[0], canonical(sg[1][0])),
        reverse=True,
    )
    kept: list[EventMention] = []
    for seen, group in recent_first:
        if seen < cutoff or len(kept) + len(group) > max_mentions:
            break
        kept += group
    if len(kept) == len(state.mentions):
        return state
    ids = {m.mention_id for m in kept}
    published = {
        eid: p for eid, p in state.published.items() if any(i in ids for i in p.mention_ids)
    }
    plan = plan.restrict(ids)
    after = BlockState(key=state.key, mentions=plan.mentions, published=published)
    PLANS.keep(state.key, after.mentions, plan)
    return after
