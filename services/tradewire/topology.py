"""Every topic, table and agent of the worker, and nothing else Kafka.

    articles --extract--> mentions (key = blocking key) --consolidate--> trade-events
       |                               |                                (key = event_id)
       `--bad input--> articles.dlq    `-- table `blocks` (RocksDB + changelog): BlockState
           (original bytes; reason and detail in headers)
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import faust

from tradewire.connection import faust_credentials
from tradewire.consolidate import Decoded, blocking_key, measure
from tradewire.delivery import InOrder
from tradewire.delivery import install as commit_only_what_was_processed
from tradewire.errors import BadArticleError
from tradewire.models import EventMention, dumps
from tradewire.observability import (
    Metrics,
    install_pages,
    json_handler,
    record_lag,
    throttle_kafka_logs,
)
from tradewire.pipeline import consolidate_step, find_mentions, read_article
from tradewire.settings import Settings

RAW: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}


def build(settings: Settings, metrics: Metrics | None = None) -> faust.App:
    metrics = metrics or Metrics()
    app = faust.App(
        settings.app_id, broker=f"kafka://{settings.bootstrap_servers}",
        broker_credentials=faust_credentials(settings),
        store="rocksdb://" if settings.store == "rocksdb" else "memory://",
        datadir=str(settings.state_dir), topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        processing_guarantee=settings.processing_guarantee,
        consumer_auto_offset_reset="earliest" if settings.from_beginning else "latest",
        web_enabled=settings.web_enabled, web_port=settings.web_port,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        loghandlers=[json_handler()] if settings.log_format == "json" else [],
    )
    commit_only_what_was_processed(app)
    limits = settings.limits()
    # internal=True: the worker creates any of its topics that is missing, N partitions each
    articles, dlq, mentions, events = (
        app.topic(name, partitions=settings.partitions, internal=True, **RAW)
        for name in (settings.articles_topic, settings.dlq_topic, settings.mentions_topic,
                     settings.events_topic)
    )
    # key_type/value_type bytes make the table raw (Table takes no serializer arguments)
    blocks = app.Table(
        "blocks", default=None, partitions=settings.partitions, key_type=bytes, value_type=bytes
    )

    # Both agents ack by hand, after the last send: faust acks in a `finally`, so a worker
    # stopped or rebalanced mid-event would otherwise commit an event it had only half done.
    @app.agent(articles, name="extract")
    async def extract(stream: Any) -> None:  # raw article bytes -> EventMention JSON
        async for event in stream.noack().events():
            await extract_one(event.key, event.value or b"", event.message.timestamp)
            await stream.ack(event)

    async def extract_one(key: bytes | None, raw: bytes, timestamp: float) -> None:
        metrics.articles_in.inc()
        started = time.perf_counter()
        try:
            article = read_article(raw, limits, datetime.fromtimestamp(timestamp, UTC))
            found = find_mentions(article, limits)
        except BadArticleError as exc:
            return await dead_letter(key, raw, exc.reason, exc.detail)
        except Exception as exc:  # a bug must not stop the worker nor lose the message
            return await dead_letter(key, raw, "internal_error", repr(exc))
        metrics.extract_seconds.observe(time.perf_counter() - started)
        metrics.mentions.inc(len(found))
        for mention in found:
            await mentions.send(key=blocking_key(mention).encode(), value=dumps(mention))

    async def dead_letter(key: bytes | None, raw: bytes, reason: str, detail: str) -> None:
        metrics.dlq.labels(reason).inc()
        headers = [("reason", reason.encode()), ("detail", detail[:2000].encode())]
        await dlq.send(key=key, value=raw, headers=headers)

    decoded = Decoded()  # rows as last read or written, so a busy block is not parsed again
    in_order = InOrder(app)  # a block's mentions in their partition's order, after a restart too

    @app.agent(mentions, name="consolidate")
    async def consolidate(stream: Any) -> None:  # EventMention JSON -> event versions
        async for event in stream.noack().events():
            if not await in_order.due(event.message):
                continue
            mention, key = EventMention.model_validate_json(event.value), event.key
            stored = blocks.get(key)
            state, published = consolidate_step(
                decoded.load(key, stored) if stored else None, mention, settings.eviction_window_days
            )
            blocks[key] = row = dumps(state)
            decoded.keep(key, row, state)
            for version in published:
                metrics.events_out.labels(version.change).inc()
                await events.send(key=version.event_id.encode(), value=dumps(version))
            await stream.ack(event)

    @app.timer(interval=settings.metrics_interval)  # type: ignore[untyped-decorator]
    async def report() -> None:  # consumer lag and the size of local state
        try:
            await record_lag(app, metrics)
        except Exception:  # metrics must never take the worker down
            app.log.exception("could not read consumer lag")
        sizes = [measure(raw) for raw in blocks.values() if raw]
        metrics.state_blocks.set(len(sizes))
        metrics.state_events.set(sum(s.events for s in sizes))
        metrics.state_bytes.set(sum(s.bytes for s in sizes))

    install_pages(app, metrics)
    return app


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGINT/SIGTERM."""
    import asyncio

    from faust.worker import Worker

    from tradewire.wire import ensure_topics

    asyncio.run(ensure_topics(settings))
    throttle_kafka_logs()
    Worker(build(settings), loglevel=settings.log_level).execute_from_commandline()
