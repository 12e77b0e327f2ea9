"""Where faust's at-least-once needs help, and nothing else.

After a rebalance, the events a stream had already fetched under the old consumer generation
are skipped, and faust acks them as it skips them. The partition is then read again from its
committed offset, but those offsets are already marked done: the next commit can jump past
events the worker has not processed yet, and a crash before it reads them again loses them.
`StaleAckSafeConsumer` settles such a message without making its offset committable.
"""

from __future__ import annotations

import faust
from faust.transport.drivers.aiokafka import Consumer
from faust.types import Message


class StaleAckSafeConsumer(Consumer):
    def ack(self, message: Message) -> bool:
        current = self.app.consumer_generation_id
        if message.generation_id is not None and message.generation_id != current:
            message.acked = True  # settled: nobody waits for it (wait_empty)
            self._unacked_messages.discard(message)
            return False  # never committable: it will be read again under this generation
        result: bool = super().ack(message)
        return result


def install(app: faust.App) -> None:
    """Make `app` consume with StaleAckSafeConsumer (before its consumer is created)."""
    setattr(app.transport, "Consumer", StaleAckSafeConsumer)  # noqa: B010 (a ClassVar)
