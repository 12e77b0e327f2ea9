"""consolidate: one mention in, the block's new state and the event versions to publish out.

    state + mention --dedupe by mention_id--> mentions (canonical order)
        --cluster--> groups --event_id of each group's anchor--> {event_id: group}
        --derive + diff against Published--> new versions, then `merged` for ids now gone
"""

from __future__ import annotations

from hashlib import blake2b

import orjson

from tradewire.consolidate.clusters import cluster
from tradewire.consolidate.keys import blocking_key, canonical
from tradewire.consolidate.merge import derive
from tradewire.consolidate.state import BlockState, Published
from tradewire.models import Change, ConsolidatedEvent, EventMention

_UNVERSIONED = {"event_id", "version", "change", "merged_into"}


def event_id(key: str, anchor: EventMention) -> str:
    """Stable: the block and the event's earliest mention, whatever the arrival order."""
    return "ev-" + blake2b(f"{key}\n{anchor.mention_id}".encode(), digest_size=10).hexdigest()


def _digest(event: ConsolidatedEvent) -> str:
    content = event.model_dump(mode="json", exclude=_UNVERSIONED)
    return blake2b(orjson.dumps(content), digest_size=8).hexdigest()


def _change(old: ConsolidatedEvent, new: ConsolidatedEvent) -> Change:
    def disputed(e: ConsolidatedEvent) -> set[tuple[str, object]]:
        return {(c.attribute, v.value) for c in e.conflicts for v in c.values}

    if disputed(new) - disputed(old):
        return "conflict"
    if new.status != old.status:
        return "status_change"
    if {s.article_id for s in new.sources} - {s.article_id for s in old.sources}:
        return "new_source"
    return "new_details"


def consolidate(
    state: BlockState | None, mention: EventMention
) -> tuple[BlockState, list[ConsolidatedEvent]]:
    """Add a mention to its block; return the new state and the versions to publish.

    Replaying a mention already in the state (same mention_id) changes nothing.
    """
    key = blocking_key(mention)
    state = state or BlockState(key=key)
    if state.key != key:
        raise ValueError(f"mention {mention.mention_id} is in block {key!r}, not {state.key!r}")
    if any(m.mention_id == mention.mention_id for m in state.mentions):
        return state, []
    mentions = tuple(sorted((*state.mentions, mention), key=canonical))
    by_id = {m.mention_id: m for m in mentions}
    groups = {event_id(key, g[0]): g for g in cluster(mentions)}
    home = {m.mention_id: eid for eid, g in groups.items() for m in g}
    records, out = dict(state.published), list[ConsolidatedEvent]()
    for eid, group in groups.items():
        ids = tuple(m.mention_id for m in group)
        event, prev = derive(eid, group), state.published.get(eid)
        digest = _digest(event)
        change: Change
        if prev is None or prev.merged_into is not None:
            version, change = (prev.version + 1 if prev else 1), "new"
        elif prev.digest == digest:
            records[eid] = prev.model_copy(update={"mention_ids": ids})
            continue
        else:
            version = prev.version + 1
            change = _change(derive(eid, [by_id[i] for i in prev.mention_ids]), event)
        out.append(event.model_copy(update={"version": version, "change": change}))
        records[eid] = Published(version=version, mention_ids=ids, digest=digest)
    for eid, prev in state.published.items():
        if eid in groups or prev.merged_into is not None:
            continue
        old = [by_id[i] for i in prev.mention_ids]
        into = home[min(old, key=canonical).mention_id]
        out.append(derive(eid, old, version=prev.version + 1, change="merged", merged_into=into))
        records[eid] = prev.model_copy(update={"version": prev.version + 1, "merged_into": into})
    return BlockState(key=key, mentions=mentions, published=records), out
