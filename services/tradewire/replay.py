"""Backfill: reprocess the articles topic into another topic, beside the live worker.

    articles (from the beginning, or from TIME) --pipeline, own in-memory state--> output topic

It joins no consumer group (it assigns the partitions itself and commits nothing), keeps its
own state and stops at the end offsets it saw when it started, so the live worker is not
disturbed. Consolidation does not depend on arrival order, so it gives the live run's events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from tradewire.connection import aiokafka_options
from tradewire.errors import TradewireError
from tradewire.models import ConsolidatedEvent, dumps
from tradewire.pipeline import Rejected, process_lines
from tradewire.settings import Settings


@dataclass(frozen=True, slots=True)
class ReplayReport:
    articles: int
    rejected: int
    versions: int


async def _partitions(options: dict[str, Any], topic: str) -> list[TopicPartition]:
    admin = AIOKafkaAdminClient(**options)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"]:
        raise TradewireError(f"cannot replay {topic}: Kafka error {described['error_code']}")
    return sorted(TopicPartition(topic, p["partition"]) for p in described["partitions"])


async def _start_offsets(
    consumer: AIOKafkaConsumer, parts: list[TopicPartition], since: datetime | None
) -> None:
    if since is None:
        await consumer.seek_to_beginning(*parts)
        return
    found = await consumer.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in parts})
    ends = await consumer.end_offsets(parts)
    for tp in parts:
        consumer.seek(tp, found[tp].offset if found.get(tp) else ends[tp])


async def replay(settings: Settings, output_topic: str, since: datetime | None) -> ReplayReport:
    options = aiokafka_options(settings)
    consumer = AIOKafkaConsumer(**options, group_id=None, enable_auto_commit=False)
    producer = AIOKafkaProducer(**options, acks="all", enable_idempotence=True)
    articles = rejected = versions = 0
    try:
        await consumer.start()
        await producer.start()
        parts = await _partitions(options, settings.articles_topic)
        consumer.assign(parts)
        await _start_offsets(consumer, parts, since)
        ends = await consumer.end_offsets(parts)
        limits = settings.limits()
        consolidator = settings.consolidator()
        pending = {tp for tp in parts if await consumer.position(tp) < ends[tp]}
        while pending:
            batch = await consumer.getmany(*pending, timeout_ms=1000)
            lines = [r.value or b"" for records in batch.values() for r in records]
            articles += len(lines)
            for item in process_lines(lines, limits, consolidator):
                if isinstance(item, Rejected):
                    rejected += 1
                elif isinstance(item, ConsolidatedEvent):
                    versions += 1
                    await producer.send(output_topic, dumps(item), key=item.event_id.encode())
            pending = {tp for tp in pending if await consumer.position(tp) < ends[tp]}
        await producer.flush()
    finally:
        await producer.stop()
        await consumer.stop()
    return ReplayReport(articles, rejected, versions)
