"""faust-streaming works against the development Kafka 4 broker: an agent with a RocksDB table.

The app runs in this process (`await app.start()` ... `await app.stop()`), produced to and
read back with plain aiokafka. Nothing sleeps a fixed time: every wait polls with a deadline.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import faust
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

if TYPE_CHECKING:
    from conftest import MakeTopics

RAW: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}
PARTITIONS = 2


def build_app(
    app_id: str, bootstrap: str, datadir: Path, source: str, sink: str, guarantee: str
) -> tuple[faust.App, Any]:
    """A counting app: every message's key is counted in a table; `key=count` goes to `sink`."""
    app = faust.App(
        app_id,
        broker=f"kafka://{bootstrap}",
        store="rocksdb://",
        datadir=str(datadir),
        topic_partitions=PARTITIONS,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=guarantee,
        web_enabled=False,
    )
    src = app.topic(source, partitions=PARTITIONS, **RAW)
    out = app.topic(sink, partitions=PARTITIONS, **RAW)
    # bytes -> bytes like the worker's tables. Table() takes no key_serializer/value_serializer:
    # key_type=bytes/value_type=bytes is what makes them "raw"; without it they are "json" and
    # RocksDB hands back json-decoded values (the memory store would hide that).
    counts = app.Table(
        "counts", default=None, partitions=PARTITIONS, key_type=bytes, value_type=bytes
    )

    @app.agent(src, name="count")
    async def count(stream: Any) -> None:
        async for key, _value in stream.items():
            stored = counts.get(key)
            assert stored is None or isinstance(stored, bytes), stored
            counts[key] = b"%d" % (int(stored or b"0") + 1)
            await out.send(key=key, value=b"%s=%s" % (key, counts[key]))

    return app, counts


async def _wait_ready(app: faust.App, source: str, within: float = 30.0) -> None:
    """Until the source partitions are assigned and table recovery is done ("Worker ready")."""
    deadline = time.monotonic() + within
    while not (
        sum(tp.topic == source for tp in app.consumer.assignment()) == PARTITIONS
        and cast(Any, app.tables).recovery.completed.is_set()  # the TableManager, not its ABC
        and not app.rebalancing
    ):
        assert time.monotonic() < deadline, f"app not ready in {within}s"
        await asyncio.sleep(0.05)


async def _produce(bootstrap: str, topic: str, keys: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key in keys:
            await producer.send_and_wait(topic, b"payload", key=key)
    finally:
        await producer.stop()


async def _read(bootstrap: str, topic: str, count: int, within: float = 30.0) -> list[bytes]:
    consumer = AIOKafkaConsumer(  # read_committed: with exactly_once, only committed output
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    await consumer.start()
    values: list[bytes] = []
    deadline = time.monotonic() + within
    try:
        while len(values) < count:
            assert time.monotonic() < deadline, f"{topic}: {values} after {within}s"
            for part in (await consumer.getmany(timeout_ms=200)).values():
                values.extend(r.value for r in part)
    finally:
        await consumer.stop()
    return values


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_faust_agent_counts_into_rocksdb_table_and_forwards(
    kafka_bootstrap: str, make_topics: MakeTopics, tmp_path: Path, guarantee: str
) -> None:
    topics = await make_topics({"smoke-in": PARTITIONS, "smoke-out": PARTITIONS}, unique=True)
    source, sink = topics["smoke-in"], topics["smoke-out"]
    app_id = f"smoke-{uuid.uuid4().hex[:8]}"
    keys = [b"a", b"b", b"a", b"c", b"a", b"b"]

    app, counts = build_app(app_id, kafka_bootstrap, tmp_path / "state", source, sink, guarantee)
    started = time.monotonic()
    await app.start()
    try:
        await _wait_ready(app, source)
        print(f"faust app ready in {time.monotonic() - started:.1f}s")
        await _produce(kafka_bootstrap, source, keys)
        got = await _read(kafka_bootstrap, sink, len(keys))
        assert sorted(got) == sorted([b"a=1", b"a=2", b"a=3", b"b=1", b"b=2", b"c=1"])
        assert dict(counts.items()) == {b"a": b"3", b"b": b"2", b"c": b"1"}
    finally:
        await app.stop()
    assert list((tmp_path / "state").glob("**/*.db")), "the RocksDB table is on disk"

    # A second app with the same id and data dir continues from the stored counts.
    app, counts = build_app(app_id, kafka_bootstrap, tmp_path / "state", source, sink, guarantee)
    await app.start()
    try:
        await _wait_ready(app, source)
        await _produce(kafka_bootstrap, source, [b"a"])
        got = await _read(kafka_bootstrap, sink, len(keys) + 1)
        assert got.count(b"a=4") == 1, got
    finally:
        await app.stop()
