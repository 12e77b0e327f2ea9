"""Where faust's at-least-once needs help, and nothing else: never commit an offset whose
message was not processed, and read such a message again instead of waiting for a restart.

faust's consumer can lose a message between the fetch and the stream (seen after a restart
that follows a kill -9: a seek back to the committed offsets makes it drop re-fetched
messages as already read, and a skipped message of an old generation is acked as if done).
Its offset bookkeeping then commits past the hole: it fills any jump in offsets as a "gap"
(right for transactional topics, whose control records take offsets; on our topics it can
only be messages it dropped), and lets the head of the acked run start one past the committed
offset. The worker then never processes those messages: a source silently missing.

`AtLeastOnceConsumer`, outside transactions:
- commits only the run of acked offsets that starts exactly at the committed offset;
- settles a message of an old generation without making its offset committable;
- when a partition has acked messages beyond a hole that stays for two rounds, seeks back
  to the hole: the messages from there are read again (consolidation is idempotent: a
  replayed mention republishes identical versions) and the commit moves on.
Under exactly_once (transactions) faust's own bookkeeping is kept as it is.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import cast

import faust
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP, AppT, Message
from faust.utils.functional import consecutive_numbers
from mode import Service

REPAIR_INTERVAL = 5.0  # seconds between two looks for holes


class AtLeastOnceConsumer(Consumer):
    # offsets an agent waits for before any later one of their partition (InOrder): read
    # again from there, as from a hole, until they come
    waiting: dict[TP, int]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.waiting = {}

    def ack(self, message: Message) -> bool:
        current = self.app.consumer_generation_id
        if message.generation_id is not None and message.generation_id != current:
            message.acked = True  # settled: nobody waits for it (wait_empty)
            self._unacked_messages.discard(message)
            return False  # never committable: it will be read again under this generation
        result: bool = super().ack(message)
        return result

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        if self.in_transaction:  # control records: offsets that hold no message
            await super()._add_gap(tp, offset_from, offset_to)

    def _new_offset(self, tp: TP) -> int | None:
        if self.in_transaction:
            offset: int | None = super()._new_offset(tp)
            return offset
        acked = self._prune(tp)
        if not acked:
            return None
        committed = self._committed_offset[tp]
        if committed is not None and acked[0] != committed:
            return None  # a hole at the head: nothing more is safe to commit
        batch = next(consecutive_numbers(acked))
        acked[: len(batch)] = []
        self._acked_index[tp].difference_update(batch)
        return int(batch[-1]) + 1

    def _prune(self, tp: TP) -> list[int]:
        """The partition's acked offsets, sorted, without those already committed (acked before
        a seek or rebalance moved the committed offset past them): left there, they would hide
        the head of the run from `_new_offset` and `holes` for good."""
        acked = self._acked[tp]
        acked.sort()
        committed = self._committed_offset[tp]
        if committed is not None and acked and acked[0] < committed:
            done = acked[: bisect_left(acked, committed)]
            acked[: len(done)] = []
            self._acked_index[tp].difference_update(done)
        return acked

    def holes(self) -> dict[TP, int]:
        """Partitions whose next offset to commit was never acked while later ones were."""
        found = {}
        for tp in list(self._acked):
            acked, committed = self._prune(tp), self._committed_offset[tp]
            if acked and committed is not None and acked[0] > committed:
                found[tp] = committed
        found.update(self.waiting)
        return found

    @Service.task
    async def _reread_holes(self) -> None:
        seen: dict[TP, int] = {}
        while not self.should_stop:
            await self.sleep(REPAIR_INTERVAL)
            if self.in_transaction or self.app.rebalancing:
                seen = {}
                continue
            found = self.holes()
            for tp, offset in found.items():
                if seen.get(tp) == offset and tp in self.assignment():
                    self.log.warning("offset %d of %r was never processed: reading from it "
                                     "again", offset, tp)
                    await self.seek(tp, offset)
            seen = found


class InOrder:
    """Each partition's messages to an agent strictly in offset order, outside transactions.

    After a restart faust may hand a partition's later messages before an earlier one it
    dropped (the hole AtLeastOnceConsumer reads again). Consolidation is idempotent for a
    mention replayed on the state it made, but not for mentions of one block taken out of
    order after the state behind versions already sent was lost: the same (event_id, version)
    would go out twice with different contents. A message past the next offset due is
    settled unprocessed (never committable) and the partition is read again from there."""

    def __init__(self, app: AppT) -> None:
        self.app = app
        self._next: dict[tuple[TP, int | None], int] = {}  # the offset due, per generation
        self._sought: dict[tuple[TP, int | None], int] = {}  # where a seek back went

    async def due(self, message: Message) -> bool:
        """Process `message` now? When not, it has been settled and a seek back made."""
        consumer = cast(Consumer, self.app.consumer)
        if consumer.in_transaction:
            return True
        key = (message.tp, message.generation_id)
        expected = self._next.get(key)
        if expected is None:
            committed = consumer._committed_offset.get(message.tp)
            expected = committed if committed is not None else message.offset
        if message.offset <= expected:  # the one due, or one done again (idempotent)
            self._next[key] = max(expected, message.offset + 1)
            if isinstance(consumer, AtLeastOnceConsumer):
                consumer.waiting.pop(message.tp, None)
            return True
        message.acked = True  # settled: nobody waits for it, and it is never committable
        consumer._unacked_messages.discard(message)
        self._next[key] = expected
        if isinstance(consumer, AtLeastOnceConsumer):
            consumer.waiting[message.tp] = expected  # (sought again until it comes)
        if self._sought.get(key) != expected:  # one seek per hole, not one per message
            self._sought[key] = expected
            consumer.log.warning("offset %d of %r came before offset %d: reading from %d "
                                 "again", message.offset, message.tp, expected, expected)
            await consumer.seek(message.tp, expected)
        return False


def install(app: faust.App) -> None:
    """Make `app` consume with AtLeastOnceConsumer (before its consumer is created)."""
    setattr(app.transport, "Consumer", AtLeastOnceConsumer)  # noqa: B010 (a ClassVar)
