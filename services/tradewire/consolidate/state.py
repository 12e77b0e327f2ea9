"""The state of one block, as kept in a faust table row (RocksDB), and how it stays bounded.

A BlockState holds the block's mentions (one per mention_id, canonical order) and, per
event_id ever published, a Published record: the last version, the mentions it was derived
from, merged_into, and a digest of its content. The published events themselves are not
stored: derive() rebuilds any of them from its mentions, so the row carries each evidence
sentence once instead of once per mention and once per event version (a Kafka changelog
record must stay under the broker's 1 MB). The digest tells a re-derivation by newer code
apart from what was really published, so an upgrade republishes what it changes.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import orjson
from pydantic import BaseModel, ConfigDict

from tradewire.consolidate.clusters import cluster
from tradewire.consolidate.dates import span
from tradewire.consolidate.keys import canonical
from tradewire.models import EventMention, dumps


class Published(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int
    mention_ids: tuple[str, ...]
    digest: str
    merged_into: str | None = None


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


def evict(state: BlockState, today: date, window_days: int = 90) -> BlockState:
    """Drop the events (with their mentions) neither dated nor reported within the window.

    An old event still reported on stays: evicting it would make its next mention a new
    event, a duplicate of the one already published.
    """
    cutoff = today - timedelta(days=window_days)
    kept = [m for g in cluster(state.mentions) if _last_seen(g) >= cutoff for m in g]
    if len(kept) == len(state.mentions):
        return state
    ids = {m.mention_id for m in kept}
    published = {
        eid: p for eid, p in state.published.items() if any(i in ids for i in p.mention_ids)
    }
    return BlockState(key=state.key, mentions=tuple(sorted(kept, key=canonical)),
                      published=published)
