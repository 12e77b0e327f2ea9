"""Prometheus metrics, health/readiness pages and structured JSON logs for the worker.

    GET /metrics   Prometheus text format
    GET /health    200 while the process runs
    GET /ready     200 once partitions are assigned and no rebalance is under way, else 503
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


@dataclass
class Metrics:
    """One registry per app, so two apps in one process (tests) never clash."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.articles_in = Counter("tradewire_articles_in", "Articles read", registry=r)
        self.mentions = Counter("tradewire_mentions", "Event mentions extracted", registry=r)
        self.events_out = Counter(
            "tradewire_event_versions_out", "Event versions published", ["change"], registry=r
        )
        self.dlq = Counter(
            "tradewire_dead_letters", "Messages sent to the DLQ", ["reason"], registry=r
        )
        self.extract_seconds = Histogram(
            "tradewire_extract_seconds", "Time to parse and extract one article", registry=r,
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1.0),
        )
        self.consumer_lag = Gauge(
            "tradewire_consumer_lag", "Messages behind the end", ["topic", "partition"], registry=r
        )
        self.state_blocks = Gauge("tradewire_state_blocks", "Blocks in local state", registry=r)
        self.state_events = Gauge("tradewire_state_events", "Events in local state", registry=r)
        self.state_bytes = Gauge("tradewire_state_bytes", "Bytes of local state", registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)


async def record_lag(app: Any, metrics: Metrics) -> None:
    """Lag of every assigned partition: its high-water mark minus the committed offset."""
    consumer = app.consumer
    for tp in consumer.assignment():
        committed = consumer._committed_offset.get(tp)  # faust keeps it; there is no public API
        highwater = consumer.highwater(tp)
        if highwater is not None:
            lag = max(highwater - (committed or 0), 0)
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)


def install_pages(app: Any, metrics: Metrics) -> None:
    @app.page("/metrics")  # type: ignore[untyped-decorator]
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(metrics.render(), content_type="text/plain; version=0.0.4")

    @app.page("/health")  # type: ignore[untyped-decorator]
    async def health_page(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/ready")  # type: ignore[untyped-decorator]
    async def ready_page(web: Any, request: Any) -> Any:
        assigned = bool(app.consumer.assignment()) if app.consumer else False
        ready = assigned and not app.rebalancing
        body = {"ready": ready, "rebalancing": app.rebalancing}
        return web.json(body, status=200 if ready else 503)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in ("article_id", "reason", "event_id", "topic"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def json_handler() -> logging.Handler:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    return handler


class Throttle(logging.Filter):
    """Lets each message (by its format string and logger) through once per `every` seconds,
    saying how many it held back: a broker outage makes aiokafka log a failed connection
    for every attempt, about a thousand lines a second, which buries everything else."""

    def __init__(self, every: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.every, self.clock = every, clock
        self.last: dict[tuple[str, object], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key, now = (record.name, record.msg), self.clock()
        seen = self.last.get(key)
        if seen is not None and now - seen[0] < self.every:
            self.last[key] = (seen[0], seen[1] + 1)
            return False
        if seen is not None and seen[1]:
            record.msg = f"{record.msg} ({seen[1]} like it held back in the last {self.every:g} s)"
        self.last[key] = (now, 0)
        return True


def throttle_kafka_logs(every: float = 10.0) -> None:
    """Install one Throttle on every logger of the Kafka client (a logger's filters do not
    see its children's records, so each module's logger gets it; idempotent)."""
    import aiokafka.client  # noqa: F401  (its modules create their loggers on import)

    throttle = Throttle(every)
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "aiokafka"]
    for logger in map(logging.getLogger, names):
        if not any(isinstance(f, Throttle) for f in logger.filters):
            logger.addFilter(throttle)
