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

import faust
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP, Message
from faust.utils.functional import consecutive_numbers
from mode import Service

REPAIR_INTERVAL = 5.0  # seconds between two looks for holes


class AtLeastOnceConsumer(Consumer):
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


def install(app: faust.App) -> None:
    """Make `app` consume with AtLeastOnceConsumer (before its consumer is created)."""
    setattr(app.transport, "Consumer", AtLeastOnceConsumer)  # noqa: B010 (a ClassVar)
