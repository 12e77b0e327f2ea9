"""Run the real `tradewire worker` as a subprocess on the test broker, and read topics back.

Every wait polls with a deadline; nothing sleeps a fixed time and hopes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

TRADEWIRE = str(Path(sys.executable).with_name("tradewire"))


@dataclass
class Wiring:
    """One test's own topics, consumer group and state directory."""

    bootstrap: str
    root: Path
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    partitions: int = 2

    @property
    def articles(self) -> str:
        return f"articles-{self.tag}"

    @property
    def dlq(self) -> str:
        return f"articles-{self.tag}.dlq"

    @property
    def events(self) -> str:
        return f"trade-events-{self.tag}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIRE_")}
        env.update(
            TRADEWIRE_BOOTSTRAP_SERVERS=self.bootstrap,
            TRADEWIRE_APP_ID=f"tradewire-{self.tag}",
            TRADEWIRE_ARTICLES_TOPIC=self.articles,
            TRADEWIRE_DLQ_TOPIC=self.dlq,
            TRADEWIRE_MENTIONS_TOPIC=f"mentions-{self.tag}",
            TRADEWIRE_EVENTS_TOPIC=self.events,
            TRADEWIRE_STATE_DIR=str(self.root / "state"),
            TRADEWIRE_PARTITIONS=str(self.partitions),
            TRADEWIRE_LOG_LEVEL="info",
        )
        env.update(extra)
        return env


class Worker:
    """A `tradewire worker` process; its log goes to a file the test can show on failure."""

    def __init__(self, wiring: Wiring, name: str = "worker", **env: str) -> None:
        self.log = wiring.root / f"{name}-{uuid.uuid4().hex[:4]}.log"
        self._out = self.log.open("wb")
        self.proc = subprocess.Popen(
            [TRADEWIRE, "worker"], env=wiring.env(**env), stdout=self._out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if b"Ready" in self.log.read_bytes():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(f"worker not ready (exit {self.proc.poll()}):\n{self.tail()}")

    def tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self._out.close()
        return self.proc.returncode


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


async def read_until(
    bootstrap: str,
    topic: str,
    done: Callable[[list[ConsumerRecord[bytes, bytes]]], bool],
    within: float = 60.0,
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of `topic` from the start, until `done(records)` or the deadline."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None
    )
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    deadline = time.monotonic() + within
    try:
        while not done(records):
            if time.monotonic() > deadline:
                raise AssertionError(f"{topic}: condition not met in {within}s; got {len(records)}")
            batch = await consumer.getmany(timeout_ms=300)
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


def events_of(records: list[ConsumerRecord[bytes, bytes]]) -> list[dict[str, object]]:
    return [orjson.loads(r.value) for r in records if r.value is not None]


def article(aid: str, source: str, body: str, published: str, title: str = "") -> bytes:
    return orjson.dumps(
        {"id": aid, "source": source, "url": None, "title": title, "body": body,
         "published_at": published}
    )


async def settle(seconds: float) -> None:
    """Give a consumer a moment when the test asserts that NOTHING more arrives."""
    await asyncio.sleep(seconds)
