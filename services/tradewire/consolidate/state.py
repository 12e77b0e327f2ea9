"""The state of one block, as kept in a faust table row (RocksDB), and how it stays bounded.

A BlockState holds the block's mentions (one per mention_id, canonical order) and, per
event_id ever published, a Published record: the last version, the mentions it was derived
from, and merged_into. The published events themselves are not stored: derive() rebuilds
any of them from its mentions, so the row carries each evidence sentence once instead of
once per mention and once per event version (a Kafka changelog record must stay under the
broker's 1 MB), and an event whose mentions did not change is not derived again.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import orjson
from pydantic import BaseModel, ConfigDict

from tradewire.consolidate.clusters import cluster
from tradewire.consolidate.dates import span
from tradewire.consolidate.keys import canonical
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


def _last_seen(members: tuple[EventMention, ...]) -> date:
    """The latest of the event's dates and of its sources' publication days."""
    days = [m.published_at.date() for m in members]
    days += [s.hi for s in map(span, members) if s]
    return max(days)


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
    if len(state.mentions) <= max_mentions and all(
        m.published_at.date() >= cutoff for m in state.mentions
    ):
        return state  # every event was reported within the window: no need to cluster
    recent_first = sorted(
        ((_last_seen(g), g) for g in cluster(state.mentions)),
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
    return BlockState(key=state.key, mentions=tuple(sorted(kept, key=canonical)),
                      published=published)
