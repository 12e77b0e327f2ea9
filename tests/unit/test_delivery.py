"""The worker commits only offsets it processed, and reads a skipped one again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faust.types import TP, Message

from tradewire.delivery import AtLeastOnceConsumer, InOrder
from tradewire.settings import Settings
from tradewire.topology import build

ARTICLES = TP("articles", 0)


def message(offset: int, generation: int = 2) -> Message:
    return Message(ARTICLES.topic, ARTICLES.partition, offset, 0.0, 0, None, None, b"{}",
                   None, tp=ARTICLES, generation_id=generation)


@pytest.fixture
def consumer() -> Iterator[AtLeastOnceConsumer]:
    app = build(Settings(store="memory"))
    consumer = app.consumer
    assert isinstance(consumer, AtLeastOnceConsumer)
    consumer._thread.thread_loop.close()  # the consumer thread is never started here
    app.topics.acking_topics.add(ARTICLES.topic)  # done by the conductor once agents start
    app.consumer_generation_id = 2
    consumer._committed_offset[ARTICLES] = 10  # where the partition was read from
    yield consumer


def ack(consumer: AtLeastOnceConsumer, *offsets: int, generation: int = 2) -> list[bool]:
    done = []
    for offset in offsets:
        m = message(offset, generation)
        consumer.track_message(m)
        done.append(consumer.ack(m))
    return done


def test_messages_of_an_old_generation_are_settled_but_never_committable(
    consumer: AtLeastOnceConsumer,
) -> None:
    assert ack(consumer, 10, 11, 12, generation=1) == [False] * 3
    assert consumer._new_offset(ARTICLES) is None  # no commit past offset 10
    assert not consumer._unacked_messages  # nothing left for wait_empty to wait on
    assert ack(consumer, 10) == [True]
    assert consumer._new_offset(ARTICLES) == 11


def test_nothing_is_committed_past_a_message_that_was_never_acked(
    consumer: AtLeastOnceConsumer,
) -> None:
    ack(consumer, 11, 12, 13)  # 10 was dropped on its way to the stream
    assert consumer._new_offset(ARTICLES) is None  # faust's own would commit 14
    assert consumer.holes() == {ARTICLES: 10}
    ack(consumer, 10)  # read again after the seek back
    assert consumer._new_offset(ARTICLES) == 14
    assert consumer.holes() == {}


async def test_a_jump_in_offsets_is_not_taken_for_offsets_without_messages(
    consumer: AtLeastOnceConsumer,
) -> None:
    await consumer._add_gap(ARTICLES, 10, 15)  # faust calls this when offsets jump
    ack(consumer, 16)
    assert consumer._new_offset(ARTICLES) is None


def test_offsets_acked_below_the_committed_one_do_not_block_the_commit(
    consumer: AtLeastOnceConsumer,
) -> None:
    ack(consumer, 10, 11)  # acked, then a seek or rebalance moved the committed offset on
    consumer._committed_offset[ARTICLES] = 12
    ack(consumer, 12, 13)
    assert consumer._new_offset(ARTICLES) == 14
    consumer._committed_offset[ARTICLES] = 14  # as faust records the commit
    ack(consumer, 15)  # and a hole at 14 is still found
    assert consumer.holes() == {ARTICLES: 14}


async def test_a_partitions_later_message_waits_for_the_one_due(
    consumer: AtLeastOnceConsumer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sought: list[tuple[TP, int]] = []

    async def seek(tp: TP, offset: int) -> None:  # the consumer thread is not running here
        sought.append((tp, offset))

    monkeypatch.setattr(consumer, "seek", seek)
    order = InOrder(consumer.app)
    later = message(11)  # 10, the committed offset, was dropped on its way to the stream
    consumer.track_message(later)
    assert not await order.due(later)
    assert sought == [(ARTICLES, 10)]
    assert consumer._new_offset(ARTICLES) is None  # settled, never committable
    assert not consumer._unacked_messages
    assert not await order.due(message(12))
    assert sought == [(ARTICLES, 10)]  # one seek per hole; _reread_holes seeks it again
    assert consumer.holes() == {ARTICLES: 10}
    assert await order.due(message(10))
    assert consumer.holes() == {}
    assert await order.due(message(11))
    assert await order.due(message(10))  # one already done, read again: idempotent
