"""Pure consolidation: event mentions -> one versioned ConsolidatedEvent per real-world event.

Never imports faust or aiokafka, never reads the clock or the environment: the Kafka worker
and the offline command call the same functions and publish the same events.

    key = blocking_key(mention)            # re-key the mention stream by it
    state, events = consolidate(table.get(key), mention)
    table[key] = evict(state, today)       # bounded; size(state) for metrics
"""

from tradewire.consolidate.clusters import cluster
from tradewire.consolidate.keys import announces, blocking_key, raises
from tradewire.consolidate.merge import derive
from tradewire.consolidate.state import (
    BlockState,
    Decoded,
    Published,
    StateSize,
    evict,
    load_state,
    measure,
    size,
)
from tradewire.consolidate.syndication import fingerprint, same_story
from tradewire.consolidate.versions import announced, consolidate, event_id

__all__ = [
    "BlockState",
    "Decoded",
    "Published",
    "StateSize",
    "announced",
    "announces",
    "blocking_key",
    "cluster",
    "consolidate",
    "derive",
    "event_id",
    "evict",
    "fingerprint",
    "load_state",
    "measure",
    "raises",
    "same_story",
    "size",
]
