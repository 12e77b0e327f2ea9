"""aiokafka adapters for the user-facing commands: publish articles (`feed`), follow the
events topic (`tail`). The worker itself is faust (topology.py)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.structs import ConsumerRecord

from tradewire.connection import aiokafka_options
from tradewire.errors import BrokerUnavailableError
from tradewire.settings import Settings


def read_lines(paths: Iterable[Path]) -> list[bytes]:
    """Non-blank JSON Lines of every file, in order."""
    lines: list[bytes] = []
    for path in paths:
        with path.open("rb") as handle:
            lines.extend(line.rstrip(b"\r\n") for line in handle if line.strip())
    return lines


def article_key(line: bytes) -> bytes | None:
    """The article id as message key where the line has one (bad lines are sent as they are)."""
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    key = data.get("id") if isinstance(data, dict) else None
    return key.encode() if isinstance(key, str) else None


async def publish(
    settings: Settings, topic: str, lines: list[bytes], progress: bool, attempts: int = 5
) -> int:
    """Send every line to `topic`, keyed by article id; returns how many were acknowledged.

    Lines whose send failed (a broker restart can leave an idempotent producer failing with
    OutOfOrderSequenceNumber, a leader can move) are sent again by a fresh producer, up to
    `attempts` rounds: a line may then arrive twice, which the worker absorbs (an article's
    mentions are deduplicated by id), but none is dropped."""
    from tqdm import tqdm

    bar = tqdm(total=len(lines), unit="article", disable=not progress, file=None)
    pending = lines
    try:
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(min(2.0**attempt, 10.0))
            pending = await _send_all(settings, topic, pending, bar.update)
            if not pending:
                return len(lines)
    finally:
        bar.close()
    raise BrokerUnavailableError(f"{len(pending)} of {len(lines)} lines not acknowledged "
                                 f"by {settings.bootstrap_servers} after {attempts} attempts")


async def _send_all(
    settings: Settings, topic: str, lines: list[bytes], sent: Callable[[int], object]
) -> list[bytes]:
    """Send `lines` with one producer; the lines whose send failed."""
    producer = AIOKafkaProducer(**aiokafka_options(settings), acks="all", enable_idempotence=True)
    failed: list[bytes] = []
    try:
        try:
            await producer.start()
        except KafkaError:
            return lines
        futures = []
        for i, line in enumerate(lines):
            try:
                futures.append((line, await producer.send(topic, line, key=article_key(line))))
            except KafkaError:
                failed += lines[i:]
                break
        for line, future in futures:
            try:
                await future
                sent(1)
            except KafkaError:
                failed.append(line)
    finally:
        with contextlib.suppress(KafkaError):
            await producer.stop()
    return failed


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the worker's topics that are missing, with the configured partitions; faust
    creates only those it consumes, and a topic created by a first send has one partition."""
    admin = AIOKafkaAdminClient(**aiokafka_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        names = [settings.articles_topic, settings.dlq_topic, settings.mentions_topic,
                 settings.events_topic]
        missing = [n for n in names if n not in existing]
        if missing:
            new = [NewTopic(n, settings.partitions, settings.replication_factor) for n in missing]
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker was first
                await admin.create_topics(new)
        return missing
    finally:
        await admin.close()


async def follow(
    settings: Settings, topic: str, from_beginning: bool, idle_timeout: float | None
) -> AsyncIterator[ConsumerRecord[bytes, bytes]]:
    """Yield every record on `topic`; stop after `idle_timeout` s without one."""
    consumer = AIOKafkaConsumer(
        topic,
        **aiokafka_options(settings),
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            if not batch:
                if idle_timeout is not None:
                    idle_timeout -= 0.5
                    if idle_timeout <= 0:
                        return
                continue
            for records in batch.values():
                for record in records:
                    yield record
    finally:
        await consumer.stop()


def describe(record: ConsumerRecord[bytes, bytes]) -> str:
    """One readable line per event version (or dead letter, with its reason)."""
    try:
        event = orjson.loads(record.value or b"")
    except orjson.JSONDecodeError:
        event = None
    if not isinstance(event, dict) or "event_id" not in event:
        headers = {k: v.decode(errors="replace") for k, v in record.headers}
        value = (record.value or b"")[:80]
        return f"offset {record.offset}: {headers.get('reason', '-')}: {headers.get('detail', '')} {value!r}"
    sides = f"{event.get('initiator') or ''}->{event.get('target') or ''}".strip("->")
    countries = ",".join(event.get("countries") or [])
    sources = len(event.get("sources") or [])
    merged = f" merged_into={event['merged_into']}" if event.get("merged_into") else ""
    return (
        f"{event.get('event_id')} v{event.get('version')} {event.get('change'):<12} "
        f"{event.get('type'):<22} {sides or countries:<9} {event.get('date') or '-':<10} "
        f"{event.get('status')} sources={sources} ({event.get('corroboration')}){merged}"
    )
