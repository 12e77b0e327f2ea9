"""The worker's logs stay readable when the broker is away."""

from __future__ import annotations

import logging

from tradewire.observability import Throttle, throttle_kafka_logs


def test_throttle_lets_a_repeated_message_through_once_per_period_and_counts_the_rest() -> None:
    now = [0.0]
    throttle = Throttle(every=10.0, clock=lambda: now[0])

    def record(msg: str) -> logging.LogRecord:
        return logging.LogRecord("aiokafka", logging.ERROR, "client.py", 1, msg, None, None)

    flood = [record('Unable connect to "%s"') for _ in range(1000)]
    assert [throttle.filter(r) for r in flood].count(True) == 1
    assert throttle.filter(record("another message"))  # other messages are not held back
    now[0] = 10.5
    again = record('Unable connect to "%s"')
    assert throttle.filter(again)
    assert "999 like it held back" in again.getMessage()


def test_the_worker_throttles_every_kafka_client_logger() -> None:
    throttle_kafka_logs()
    throttle_kafka_logs()  # idempotent
    for name in ("aiokafka", "aiokafka.conn", "aiokafka.consumer.fetcher"):
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, Throttle)]
        assert len(filters) == 1, name
