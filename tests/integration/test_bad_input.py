"""Hostile input on the real broker: every message ends processed or on the DLQ with a
reason, the worker never stops, and its metrics and health pages say so."""

from __future__ import annotations

import asyncio
import socket
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import orjson
import pytest
from harness import Wiring, Worker, article, events_of, produce, read_until
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradewire.errors import BadArticleError
from tradewire.pipeline import Limits, read_article

GOOD_BODY = "Canada and Japan held trade talks in Ottawa on Monday, June 2, officials said."
MAX_BYTES = 100_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def running(
    kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Wiring, Worker, int]]:
    wiring = Wiring(kafka_bootstrap, tmp_path_factory.mktemp("fuzz"))
    port = free_port()
    worker = Worker(
        wiring, TRADEWIRE_WEB_ENABLED="true", TRADEWIRE_WEB_PORT=str(port),
        TRADEWIRE_MAX_ARTICLE_BYTES=str(MAX_BYTES), TRADEWIRE_METRICS_INTERVAL="1",
    )
    try:
        worker.wait_ready()
        yield wiring, worker, port
    finally:
        assert worker.stop() == 0, worker.tail()


valid = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=12), "source": st.text(min_size=1, max_size=12),
    "body": st.text(max_size=300), "published_at": st.just("2025-06-03T10:00:00Z"),
})
messages = st.one_of(
    st.binary(max_size=300),                                        # not JSON, invalid UTF-8
    st.builds(orjson.dumps, st.lists(st.integers(0, 9), max_size=3)),  # JSON, not an object
    valid.map(lambda d: orjson.dumps({k: v for k, v in d.items() if k != "body"})),
    valid.map(lambda d: orjson.dumps({**d, "body": 42})),            # wrong type
    valid.map(lambda d: orjson.dumps({**d, "published_at": "yesterday-ish"})),
    valid.map(lambda d: orjson.dumps({**d, "published_at": "2099-01-01T00:00:00Z"})),
    valid.map(lambda d: orjson.dumps({**d, "language": "de"})),
    valid.map(lambda d: orjson.dumps({**d, "body": "x" * (MAX_BYTES + 1)})),
    valid.map(orjson.dumps),                                         # fine, maybe no event
)


def expected_reason(raw: bytes) -> str | None:
    try:
        read_article(raw, Limits(max_article_bytes=MAX_BYTES), datetime.now(UTC))
    except BadArticleError as exc:
        return exc.reason
    return None


@settings(max_examples=3, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(batch=st.lists(messages, min_size=20, max_size=40))
def test_every_message_processed_or_dead_lettered(
    running: tuple[Wiring, Worker, int], batch: list[bytes]
) -> None:
    wiring, worker, _ = running
    tag = uuid.uuid4().hex[:8]
    sentinel = article(f"sentinel-{tag}", "Fuzz Wire", GOOD_BODY, "2025-06-03T10:00:00Z")
    expected = [r for r in map(expected_reason, batch) if r]

    key = tag.encode()  # the DLQ keeps the message key: it tells this example's letters apart

    def mine(records: list) -> list:  # type: ignore[type-arg]
        return [r for r in records if r.key == key]

    async def run() -> tuple[list[bytes], list[dict[str, object]]]:
        await produce(wiring.bootstrap, wiring.articles, [(key, m) for m in [*batch, sentinel]])
        events = await read_until(
            wiring.bootstrap, wiring.events,
            lambda rs: any(f"sentinel-{tag}" in str(e["sources"]) for e in events_of(rs)),
        )
        dead = await read_until(
            wiring.bootstrap, wiring.dlq, lambda rs: len(mine(rs)) >= len(expected)
        )
        return [dict(r.headers)["reason"] for r in mine(dead)], events_of(events)

    reasons, events = asyncio.run(run())
    assert sorted(r.decode() for r in reasons) == sorted(expected)
    assert worker.proc.poll() is None, "the worker never stops"
    assert any(e["type"] == "trade_talks" for e in events)


def test_metrics_and_health_pages(running: tuple[Wiring, Worker, int]) -> None:
    wiring, _, port = running
    asyncio.run(produce(wiring.bootstrap, wiring.articles, [(None, b"{broken")]))
    base = f"http://127.0.0.1:{port}"
    assert orjson.loads(urllib.request.urlopen(f"{base}/health", timeout=5).read()) == {"status": "ok"}
    ready = orjson.loads(urllib.request.urlopen(f"{base}/ready", timeout=5).read())
    assert ready["ready"] is True

    deadline = time.monotonic() + 30
    while True:
        text = urllib.request.urlopen(f"{base}/metrics", timeout=5).read().decode()
        if 'tradewire_dead_letters_total{reason="not_json"}' in text:
            break
        assert time.monotonic() < deadline, text[-2000:]
        time.sleep(0.2)
    for name in ("tradewire_articles_in_total", "tradewire_extract_seconds_count",
                 "tradewire_consumer_lag", "tradewire_state_bytes"):
        assert name in text, name
