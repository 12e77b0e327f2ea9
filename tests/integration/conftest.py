"""One real Kafka broker for the whole test session, and explicit topic creation.

    async def test_x(kafka_bootstrap: str, make_topics: MakeTopics) -> None:
        names = await make_topics({"articles": 2, "events": 1}, unique=True)
        names["articles"]  # "articles-1f2e3d4c", created with 2 partitions, leaders elected

The broker is installed (Maven, once, cached outside the repo) and started in a tmp dir; if it
cannot start, every test using it errors with the broker's log tail. Nothing is skipped.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tradewire import devbroker
from tradewire.errors import BrokerError


class MakeTopics(Protocol):
    def __call__(
        self,
        spec: Mapping[str, int],
        *,
        unique: bool = False,
        config: Mapping[str, str] | None = None,
    ) -> Awaitable[dict[str, str]]: ...


def running_broker(data_dir: Path) -> Iterator[devbroker.Broker]:
    """A broker started in `data_dir` for as long as the generator runs; a broker that does
    not start fails the test with its log tail (nothing is skipped)."""
    try:
        broker = devbroker.start(data_dir)
    except BrokerError as exc:
        devbroker.stop(data_dir)
        pytest.fail(f"the development Kafka broker did not start:\n{exc}", pytrace=False)
    try:
        yield broker
    finally:
        devbroker.stop(data_dir)


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[devbroker.Broker]:
    """The session's broker (stop/start it on `.data_dir` to test a restart: same port)."""
    yield from running_broker(tmp_path_factory.mktemp("kafka"))


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: devbroker.Broker) -> str:
    """The session broker's bootstrap address, "127.0.0.1:PORT"."""
    return kafka_broker.bootstrap


@pytest.fixture
def make_topics(kafka_bootstrap: str) -> MakeTopics:
    """`await make_topics({name: partitions}, unique=False, config=None) -> {name: real name}`.

    Creates the topics (replication 1) and waits until every partition has a leader. With
    `unique=True` each name gets a random suffix, so tests never share a topic by accident.
    """

    async def make(
        spec: Mapping[str, int],
        *,
        unique: bool = False,
        config: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        suffix = f"-{uuid.uuid4().hex[:8]}" if unique else ""
        names = {name: name + suffix for name in spec}
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
        await admin.start()
        try:
            topics = [
                NewTopic(names[n], parts, 1, topic_configs=dict(config or {}))
                for n, parts in spec.items()
            ]
            response = await admin.create_topics(topics, timeout_ms=30_000)
            failed = [(t, code, *rest) for t, code, *rest in response.topic_errors if code]
            if failed:
                raise AssertionError(f"creating topics failed: {failed}")
            await _wait_for_leaders(admin, {names[n]: parts for n, parts in spec.items()})
        finally:
            await admin.close()
        return names

    return make


async def _wait_for_leaders(
    admin: AIOKafkaAdminClient, want: dict[str, int], within: float = 30.0
) -> None:
    deadline = time.monotonic() + within
    while True:
        described = await admin.describe_topics(list(want))
        ready = {
            t["topic"]
            for t in described
            if t["error_code"] == 0
            and len(t["partitions"]) == want[t["topic"]]
            and all(p["leader"] >= 0 for p in t["partitions"])
        }
        if ready == set(want):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"topics without leaders after {within}s: {set(want) - ready}")
        await asyncio.sleep(0.05)
