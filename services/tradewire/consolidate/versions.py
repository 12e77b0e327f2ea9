"""consolidate: one mention in, the block's new state and the event versions to publish out.

    state + mention --dedupe by mention_id--> mentions (canonical order)
        --cluster--> groups (those that announce, less undated echoes of another: `announced`)
        --event_id of each group's anchor--> {event_id: group}
        --derive + diff against Published--> new versions, then `merged` for ids now gone
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from hashlib import blake2b
from operator import attrgetter

from tradewire.consolidate.keys import blocking_key, canonical, echoes, raises
from tradewire.consolidate.memo import Memo
from tradewire.consolidate.merge import derive
from tradewire.consolidate.plan import PLANS, plan_of
from tradewire.consolidate.state import BlockState, Published
from tradewire.models import Change, ConsolidatedEvent, EventMention

Mentions = dict[str, EventMention]


def event_id(key: str, anchor: EventMention) -> str:
    """Stable: the block and the event's earliest mention, whatever the arrival order."""
    return _event_id(key, anchor.mention_id)


@lru_cache(maxsize=16384)  # every new mention of a block asks again for each of its events
def _event_id(key: str, anchor_id: str) -> str:
    return "ev-" + blake2b(f"{key}\n{anchor_id}".encode(), digest_size=10).hexdigest()


_MENTION_ID = attrgetter("mention_id")


def _change(old: ConsolidatedEvent, new: ConsolidatedEvent) -> Change:
    """Why a version is published, the most telling reason first: a value newly disputed,
    then a new status, then a new article; anything else (a source gone to another event,
    a detail filled in) is new_details."""
    def disputed(e: ConsolidatedEvent) -> set[tuple[str, object]]:
        return {(c.attribute, v.value) for c in e.conflicts for v in c.values}

    if disputed(new) - disputed(old):
        return "conflict"
    if new.status != old.status:
        return "status_change"
    if {s.article_id for s in new.sources} - {s.article_id for s in old.sources}:
        return "new_source"
    return "new_details"


# event_id -> the event last derived for it (version 1, `new`), with the mentions behind it
DERIVED: Memo[str, ConsolidatedEvent] = Memo(capacity=4096)


def _derived(eid: str, group: tuple[EventMention, ...]) -> ConsolidatedEvent:
    """derive(eid, group), remembered: a changed event is compared with its previous
    content, derived from the same mentions when they last changed."""
    kept = DERIVED.get(eid, group)
    return kept if kept is not None else DERIVED.keep(eid, group, derive(eid, group))


def _update(
    eid: str, group: tuple[EventMention, ...], prev: Published | None, by_id: Mentions
) -> tuple[ConsolidatedEvent | None, Published]:
    """The version to publish for a current group, if any, and the record to keep."""
    ids = tuple(map(_MENTION_ID, group))
    live = prev if prev is not None and prev.merged_into is None else None
    if live is not None and live.mention_ids == ids:
        return None, live  # the same mentions derive the same event
    # the previous content first, so that the memo is left holding the new one
    old = _derived(eid, tuple(by_id[i] for i in live.mention_ids)) if live else None
    event = _derived(eid, group)
    change: Change = "new"
    if live is not None and old is not None:
        if old == event:  # both derived as version 1, `new`: the content is the same
            return None, live.model_copy(update={"mention_ids": ids})
        change = _change(old, event)
    version = prev.version + 1 if prev else 1
    record = Published(version=version, mention_ids=ids, change=change)
    return event.model_copy(update={"version": version, "change": change}), record


def _fold(
    eid: str, prev: Published, by_id: Mentions, home: dict[str, str]
) -> tuple[ConsolidatedEvent, Published]:
    """A last version for an event whose anchor now belongs to another event (or whose
    mentions left are only bare references): folded into where its earliest member went."""
    members = sorted((by_id[i] for i in prev.mention_ids), key=canonical)
    into = next(home[m.mention_id] for m in members if m.mention_id in home)
    version = prev.version + 1
    event = derive(eid, members, version=version, change="merged", merged_into=into)
    return event, prev.model_copy(
        update={"version": version, "merged_into": into, "change": "merged"}
    )


def republish(state: BlockState, mention_id: str) -> list[ConsolidatedEvent]:
    """Every event of the block at its last published version (folded ones too), rebuilt
    exactly as it was sent, when `mention_id` is one the block already holds.

    At-least-once delivery replays a mention whose versions may have been lost in a crash:
    not only its own event's, but any its arrival re-clustered (an event folded, or one
    split off that does not hold it). Sending the block's last versions again (same id,
    version and content) loses none of them and doubles nothing that a subscriber keeping
    the highest version per event_id would see. Replays are rare (after a crash, or a wire
    sending an article twice), so resending the whole block is cheap enough."""
    if not any(m.mention_id == mention_id for m in state.mentions):
        return []
    by_id = {m.mention_id: m for m in state.mentions}
    out = []
    for eid, prev in sorted(state.published.items()):
        members = [by_id[i] for i in prev.mention_ids if i in by_id]
        if members:
            out.append(derive(eid, members, version=prev.version, change=prev.change,
                              merged_into=prev.merged_into))
    return out


def announced(
    key: str, clusters: Iterable[tuple[EventMention, ...]]
) -> tuple[dict[str, tuple[EventMention, ...]], dict[str, str]]:
    """The block's events (event_id -> its mentions) among its clusters, and where the
    mentions of the clusters that only echo one of them go (mention_id -> event_id).

    A cluster of bare references only is no event (yet): nothing is published for it. Nor
    is an undated repeat of a dated event its one article tells (`echoes`)."""
    groups = {_event_id(key, g[0].mention_id): g for g in clusters if raises(g)}
    echo = echoes(groups)
    folded = {m.mention_id: echo[eid] for eid in echo for m in groups.pop(eid)}
    return groups, folded


def consolidate(
    state: BlockState | None, mention: EventMention
) -> tuple[BlockState, list[ConsolidatedEvent]]:
    """Add a mention to its block; return the new state and the versions to publish.

    Replaying a mention already in the state (same mention_id) changes nothing: the state
    stays and the event's last version is sent again, identical (see `republish`).
    """
    key = blocking_key(mention)
    state = state or BlockState(key=key)
    if state.key != key:
        raise ValueError(f"mention {mention.mention_id} is in block {key!r}, not {state.key!r}")
    plan = plan_of(key, state.mentions)
    if mention.mention_id in plan.homes:
        return state, republish(state, mention.mention_id)
    plan = plan.extend(mention)
    mentions = plan.mentions  # canonical order
    by_id = dict(zip(map(_MENTION_ID, mentions), mentions, strict=True))
    groups, folded = announced(key, plan.groups())
    home: dict[str, str] | None = None  # mention_id -> event_id, for a fold
    records, out = dict(state.published), list[ConsolidatedEvent]()
    for eid, group in groups.items():
        event, records[eid] = _update(eid, group, state.published.get(eid), by_id)
        out += [event] if event else []
    for eid, prev in state.published.items():
        if eid not in groups and prev.merged_into is None:
            if home is None:
                home = {m.mention_id: eid for eid, g in groups.items() for m in g} | folded
            event, records[eid] = _fold(eid, prev, by_id, home)
            out.append(event)
    after = BlockState(key=key, mentions=mentions, published=records)
    PLANS.keep(key, after.mentions, plan)
    return after, out
