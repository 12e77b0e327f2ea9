"""A message fetched before a rebalance must never make its offset committable."""

from __future__ import annotations

from faust.types import TP, Message

from tradewire.delivery import StaleAckSafeConsumer
from tradewire.settings import Settings
from tradewire.topology import build

ARTICLES = TP("articles", 0)


def message(offset: int, generation: int) -> Message:
    return Message(ARTICLES.topic, ARTICLES.partition, offset, 0.0, 0, None, None, b"{}",
                   None, tp=ARTICLES, generation_id=generation)


async def test_only_messages_of_the_current_generation_become_committable() -> None:
    app = build(Settings(store="memory"))
    consumer = app.consumer
    assert isinstance(consumer, StaleAckSafeConsumer)
    consumer._thread.thread_loop.close()  # the consumer thread is never started here
    app.topics.acking_topics.add(ARTICLES.topic)  # done by the conductor once agents start
    app.consumer_generation_id = 2
    consumer._committed_offset[ARTICLES] = 10  # where the partition was read again from
    stale = [message(offset, generation=1) for offset in (10, 11, 12)]
    for m in stale:
        consumer.track_message(m)
        assert consumer.ack(m) is False and m.acked  # settled, not committable
    assert consumer._new_offset(ARTICLES) is None  # no commit past offset 10
    assert not consumer._unacked_messages  # nothing left for wait_empty to wait on
    current = message(10, generation=2)
    consumer.track_message(current)
    assert consumer.ack(current) is True
    assert consumer._new_offset(ARTICLES) == 11
