"""The development broker is a real Kafka: messages go through aiokafka and survive a restart."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from aiokafka.structs import ConsumerRecord
from harness import produce, read_until

from tradewire import devbroker

if TYPE_CHECKING:
    from conftest import MakeTopics


async def _read(bootstrap: str, topic: str, count: int) -> list[ConsumerRecord[bytes, bytes]]:
    """The first `count` records of `topic`, polling until a deadline."""
    return await read_until(bootstrap, topic, lambda rs: len(rs) >= count, within=20.0)


async def test_produce_then_consume(kafka_bootstrap: str, make_topics: MakeTopics) -> None:
    topic = (await make_topics({"smoke": 3}, unique=True))["smoke"]
    sent: list[tuple[bytes | None, bytes]] = [(f"k{i}".encode(), f"hello {i}".encode())
                                              for i in range(10)]
    await produce(kafka_bootstrap, topic, sent)
    got = await _read(kafka_bootstrap, topic, len(sent))
    assert sorted((r.key, r.value) for r in got) == sorted(sent)
    assert {r.partition for r in got} <= {0, 1, 2}


async def test_restart_keeps_port_and_data(
    kafka_broker: devbroker.Broker, make_topics: MakeTopics
) -> None:
    bootstrap, data_dir = kafka_broker.bootstrap, kafka_broker.data_dir
    topic = (await make_topics({"durable": 1}, unique=True))["durable"]
    await produce(bootstrap, topic, [(b"k", b"before the restart")])

    assert devbroker.stop(data_dir) is True
    assert not devbroker.status(data_dir).running
    started = time.monotonic()
    again = devbroker.start(data_dir)
    print(f"broker restarted in {time.monotonic() - started:.1f}s")

    assert again.bootstrap == bootstrap, "a restart must keep the port"
    now = devbroker.status(data_dir)
    assert now.running and now.pid == again.pid and now.bootstrap == bootstrap
    got = await _read(bootstrap, topic, 1)
    assert [(r.key, r.value) for r in got] == [(b"k", b"before the restart")]
    await produce(bootstrap, topic, [(b"k", b"after the restart")])
    assert [r.value for r in await _read(bootstrap, topic, 2)][1] == b"after the restart"


def test_start_on_a_running_broker_returns_it(kafka_broker: devbroker.Broker) -> None:
    again = devbroker.start(kafka_broker.data_dir)
    assert again.bootstrap == devbroker.status(kafka_broker.data_dir).bootstrap


def test_status_of_an_empty_dir(tmp_path: Path) -> None:
    now = devbroker.status(tmp_path)
    assert not now.running and now.bootstrap is None and now.pid is None
    assert devbroker.stop(tmp_path) is False
