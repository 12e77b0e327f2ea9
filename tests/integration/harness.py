"""Run the real `tradewire worker` as a subprocess on the test broker, and read topics back.

Every wait polls with a deadline; nothing sleeps a fixed time and hopes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
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


# --- Helpers for long runs (crash, broker restart, scale-out): a steady feed that survives a
# --- broker restart, the worker's group being caught up, and a topic read to its end.


def group_of(wiring: Wiring) -> str:
    """The worker's consumer group (faust uses the app id)."""
    return f"tradewire-{wiring.tag}"


def mentions_of(wiring: Wiring) -> str:
    return f"mentions-{wiring.tag}"


class Feeder:
    """Publish `messages` in order at a steady `rate` (per second) in a background task.

    Each message is sent and acknowledged before the next (acks=all, idempotent producer);
    a send that fails (the broker is restarting) is retried until `patience` s have passed,
    so a message may be written twice, never lost. `sent` counts acknowledged messages."""

    def __init__(
        self, bootstrap: str, topic: str, messages: Sequence[tuple[bytes | None, bytes]],
        rate: float, patience: float = 90.0,
    ) -> None:
        self.bootstrap, self.topic, self.messages = bootstrap, topic, messages
        self.rate, self.patience = rate, patience
        self.sent = 0
        self.retries = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"feed {self.topic}")

    async def _run(self) -> None:
        producer = await self._producer()
        try:
            began = time.monotonic()
            for number, (key, value) in enumerate(self.messages):
                delay = began + number / self.rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)  # pacing, not waiting for an outcome
                producer = await self._send(producer, key, value)
                self.sent = number + 1
        finally:
            await producer.stop()

    async def _producer(self) -> AIOKafkaProducer:
        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap, acks="all", enable_idempotence=True,
            request_timeout_ms=5_000, retry_backoff_ms=200,
        )
        try:
            await producer.start()
        except BaseException:
            await producer.stop()
            raise
        return producer

    async def _send(
        self, producer: AIOKafkaProducer, key: bytes | None, value: bytes
    ) -> AIOKafkaProducer:
        """Send until acknowledged; after a failure, with a new producer (an idempotent
        producer whose broker restarted can be stuck in OutOfOrderSequenceNumber)."""
        from aiokafka.errors import KafkaError

        deadline = time.monotonic() + self.patience
        while True:
            try:
                await producer.send_and_wait(self.topic, value, key=key)
                return producer
            except KafkaError:
                if time.monotonic() > deadline:
                    raise
                self.retries += 1
                with contextlib.suppress(KafkaError):
                    await producer.stop()
                await asyncio.sleep(0.2)
                with contextlib.suppress(KafkaError):
                    producer = await self._producer()

    async def wait_sent(self, count: int, within: float) -> None:
        """Until `count` messages are acknowledged (raises if the feed failed or is too slow)."""
        deadline = time.monotonic() + within
        while self.sent < count:
            if self._task is not None and self._task.done():
                self._task.result()  # re-raise what stopped it
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"feed: {self.sent}/{count} sent after {within}s")
            await asyncio.sleep(0.05)
        if self.sent < count:
            raise AssertionError(f"feed ended at {self.sent}/{count}")

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


async def lag(bootstrap: str, group: str, topics: list[str]) -> dict[str, int]:
    """Per topic, how many records the group has not committed yet (end offset - committed)."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.structs import TopicPartition

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5_000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                request_timeout_ms=5_000)
    await admin.start()
    await consumer.start()
    try:
        described = await admin.describe_topics(topics)
        tps = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
        ends = await consumer.end_offsets(tps)
        committed = await admin.list_consumer_group_offsets(group, partitions=tps)
    finally:
        await consumer.stop()
        await admin.close()
    behind = dict.fromkeys(topics, 0)
    for tp in tps:
        done = committed.get(tp)
        behind[tp.topic] += ends[tp] - (done.offset if done is not None and done.offset >= 0 else 0)
    return behind


async def wait_caught_up(
    bootstrap: str, group: str, topics: list[str], within: float,
    alive: Callable[[], str | None] = lambda: None,
) -> float:
    """Until the group has committed every record of `topics` (so, under at-least-once, every
    output of them is written: faust flushes its producer before it commits). `alive()`
    returns a reason to give up early (e.g. a worker that exited). Returns the time it took."""
    from aiokafka.errors import KafkaError

    began = time.monotonic()
    deadline = began + within
    behind: dict[str, int] | str = {}
    moved = began  # when the lag last changed: a lag that never moves is a stalled commit
    while True:
        try:
            now = await lag(bootstrap, group, topics)
        except KafkaError as exc:  # the broker is coming back: ask again
            now = {}
            behind = repr(exc)
        if now and now != behind:
            behind, moved = now, time.monotonic()
        if isinstance(behind, dict) and behind and not any(behind.values()):
            return time.monotonic() - began
        problem = alive()
        if problem:
            raise AssertionError(f"{group} stalled ({behind}): {problem}")
        if time.monotonic() > deadline:
            still = time.monotonic() - moved
            raise AssertionError(
                f"{group} still behind after {within}s: {behind}; committed offsets unchanged "
                f"for the last {still:.0f}s"
                + (" (a hole in the acked offsets that delivery.AtLeastOnceConsumer did not "
                   "read again?)" if still > 30 else "")
            )
        await asyncio.sleep(0.5)


async def read_to_end(
    bootstrap: str, topic: str, within: float = 60.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of `topic` from the start up to its end offsets as of the call."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.structs import TopicPartition

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5_000)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    tps = [TopicPartition(topic, p["partition"]) for t in described for p in t["partitions"]]
    if not tps:
        raise AssertionError(f"{topic}: no such topic ({described})")
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    deadline = time.monotonic() + within
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            if time.monotonic() > deadline:
                raise AssertionError(f"{topic}: not read to its end in {within}s")
            batch = await consumer.getmany(timeout_ms=300)
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def metric(port: int, name: str) -> float | None:
    """A counter of the worker's /metrics page, summed over its labels (None: no answer)."""
    import re
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=1) as page:
            text = page.read().decode()
    except OSError:
        return None
    pattern = rf"^{re.escape(name)}(?:{{[^}}]*}})? (\S+)$"
    return sum(float(m.group(1)) for m in re.finditer(pattern, text, re.M))


async def wait_metric(
    port: int, name: str, done: Callable[[float], bool], within: float, every: float = 0.01
) -> float:
    """Poll a worker's metric until `done(value)`; returns the value."""
    deadline = time.monotonic() + within
    while True:
        value = await asyncio.to_thread(metric, port, name)
        if value is not None and done(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{name} = {value} after {within}s")
        await asyncio.sleep(every)


async def wait_metric_steady(port: int, name: str, steady: float, within: float) -> float:
    """Poll until the metric has not moved for `steady` s (the worker has nothing left to do
    with what it holds); returns the value."""
    deadline = time.monotonic() + within
    last, since = await asyncio.to_thread(metric, port, name), time.monotonic()
    while time.monotonic() - since < steady:
        if time.monotonic() > deadline:
            raise AssertionError(f"{name} still moving after {within}s (at {last})")
        await asyncio.sleep(0.05)
        value = await asyncio.to_thread(metric, port, name)
        if value != last:
            last, since = value, time.monotonic()
    if last is None:
        raise AssertionError(f"{name}: the worker's /metrics page does not answer")
    return last


@contextlib.contextmanager
def broker_frozen(pid: int) -> Iterator[None]:
    """SIGSTOP the broker's process group (it takes no request, its connections stay open),
    SIGCONT on the way out whatever happens."""
    os.killpg(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.killpg(pid, signal.SIGCONT)


async def produce_burst(
    bootstrap: str, topic: str, messages: Sequence[tuple[bytes | None, bytes]]
) -> None:
    """Send every message at once (pipelined, batched) and wait until all are acknowledged."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20)
    await producer.start()
    try:
        sent = [await producer.send(topic, value, key=key) for key, value in messages]
        await asyncio.gather(*sent)
    finally:
        await producer.stop()
