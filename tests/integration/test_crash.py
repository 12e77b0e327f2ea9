"""kill -9 of the worker on the real broker: at_least_once with idempotent consolidation must
lose nothing and never publish two contents for one (event_id, version).

- three SIGKILLs at seeded random points while 2,000 articles flow at a steady rate, each
  followed by a restart on the same state dir: the final events are those of an
  uninterrupted offline run, every article is accounted for, every bad message dead-lettered;
- one SIGKILL in the exact window at-least-once has to survive (the table row is written
  to RocksDB, the event versions are still in the producer's buffer): the broker is frozen
  while the worker consolidates a burst, then the worker is killed and the broker thawed.
"""

from __future__ import annotations

import asyncio
import random
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import MakeTopics, running_broker
from corpus import (
    Corpus,
    Expected,
    expected,
    expected_of_mentions,
    final_state,
    generate,
    problems,
    tally,
)
from harness import (
    Feeder,
    Wiring,
    Worker,
    broker_frozen,
    events_of,
    free_port,
    group_of,
    mentions_of,
    produce_burst,
    read_to_end,
    wait_caught_up,
    wait_metric,
    wait_metric_steady,
)

from tradewire import devbroker
from tradewire.consolidate import blocking_key
from tradewire.models import EventMention, dumps
from tradewire.pipeline import Limits, find_mentions, read_article

SEED = 20251122
RATE = 60.0  # articles per second: 2,000 articles take ~33 s
# faust's defaults keep a killed member in the group for 60 s, so its successor waits that
# long for its partitions (see the report); a short session keeps the test short.
FAILOVER = {"BROKER_SESSION_TIMEOUT": "6", "BROKER_HEARTBEAT_INTERVAL": "1"}


@pytest.fixture
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[devbroker.Broker]:
    """A broker of the test's own: these tests kill workers and freeze the broker, and a
    worker restarted on a broker that an earlier crash test had frozen was seen to stall."""
    yield from running_broker(tmp_path_factory.mktemp("crash-kafka"))


@pytest.fixture
def kafka_bootstrap(kafka_broker: devbroker.Broker) -> str:
    return kafka_broker.bootstrap


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate(2000, seed=7)


@pytest.fixture(scope="module")
def want(corpus: Corpus) -> Expected:
    return expected(corpus)


async def start_worker(wiring: Wiring, name: str, **env: str) -> Worker:
    worker = Worker(wiring, name=name, **FAILOVER, **env)
    await asyncio.to_thread(worker.wait_ready)
    return worker


def running(worker: Worker) -> str | None:
    """None while the worker runs; why not otherwise (for wait_caught_up to give up early)."""
    code = worker.proc.poll()
    return None if code is None else f"worker exited with {code}:\n{worker.tail()}"


class LostSourcesError(AssertionError):
    """Final events differ from the offline run's: versions published before the crash
    never reached the topic, and the replay did not send them again (or a mention was never
    processed: see delivery.AtLeastOnceConsumer)."""


async def check(bootstrap: str, wiring: Wiring, want: Expected, context: str) -> str:
    """Compare the topics with the offline run; LostSourcesError for losses, AssertionError
    for anything else. Returns the tally."""
    versions = events_of(await read_to_end(bootstrap, wiring.events))
    dead = [r.value for r in await read_to_end(bootstrap, wiring.dlq) if r.value is not None]
    found, counts = problems(versions, dead, want), tally(versions)
    text = f"{context} ({counts}):\n" + "\n".join(map(str, found))
    if any(p.kind != "loss" for p in found):
        raise AssertionError(text)
    if found:
        raise LostSourcesError(text)
    print(f"{context}: {counts}")
    return counts


async def test_kill_9_three_times_mid_stream_loses_nothing(
    kafka_bootstrap: str, make_topics: MakeTopics, tmp_path: Path, corpus: Corpus, want: Expected
) -> None:
    wiring = Wiring(kafka_bootstrap, tmp_path, partitions=4)
    await make_topics(
        {wiring.articles: 4, wiring.dlq: 1, wiring.events: 4, mentions_of(wiring): 4}
    )
    rng = random.Random(SEED)
    kills = sorted(rng.sample(range(100, 1900), 3))  # after how many articles were sent
    feeder = Feeder(kafka_bootstrap, wiring.articles,
                    [(m.key, m.value) for m in corpus.messages], rate=RATE)
    worker = await start_worker(wiring, "worker-0")
    try:
        feeder.start()
        for number, when in enumerate(kills, start=1):
            await feeder.wait_sent(when, within=90)
            await asyncio.sleep(rng.uniform(0.0, 0.5))  # anywhere in the processing, seeded
            assert await asyncio.to_thread(worker.stop, signal.SIGKILL) == -signal.SIGKILL
            worker = await start_worker(wiring, f"worker-{number}")
        await feeder.wait_sent(len(corpus.messages), within=90)
        await wait_caught_up(
            kafka_bootstrap, group_of(wiring), [wiring.articles, mentions_of(wiring)],
            within=90, alive=lambda: running(worker),
        )
        await check(kafka_bootstrap, wiring, want, f"after kill -9 at {kills}")
    finally:
        await feeder.stop()
        worker.stop()


async def wait_final(
    bootstrap: str, wiring: Wiring, want: Expected, within: float,
    alive: Callable[[], str | None],
) -> None:
    """Poll the events topic until its final events are the expected ones (or the deadline:
    then `check` says what differs)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if final_state(events_of(await read_to_end(bootstrap, wiring.events))) == want.final:
            return
        if problem := alive():
            raise AssertionError(problem)
        await asyncio.sleep(1.0)


def mentions_of_corpus(corpus: Corpus, seed: int) -> list[EventMention]:
    """Every mention the extractor finds in the corpus, in a seeded shuffled order: arrival
    out of publication order makes events that a later mention merges (tombstones)."""
    found: list[EventMention] = []
    for message in corpus.good:
        found += find_mentions(read_article(message.value, Limits()), Limits())
    random.Random(seed).shuffle(found)
    return found


async def test_kill_9_between_table_write_and_send_loses_nothing(
    kafka_broker: devbroker.Broker, make_topics: MakeTopics, tmp_path: Path, corpus: Corpus
) -> None:
    """The consolidate agent writes the block to RocksDB, then sends its versions; the
    producer's buffer dies with the process. With the broker frozen, everything the worker
    consolidates from what it already fetched is in that window.

    This is also the fault after which faust drops re-fetched mentions and, left alone,
    commits past them (delivery.AtLeastOnceConsumer): so the group must catch up too."""
    bootstrap = kafka_broker.bootstrap
    wiring = Wiring(bootstrap, tmp_path, partitions=4)
    await make_topics(
        {wiring.articles: 4, wiring.dlq: 1, wiring.events: 4, mentions_of(wiring): 4}
    )
    mentions = mentions_of_corpus(corpus, SEED)
    keyed = [(blocking_key(m).encode(), dumps(m)) for m in mentions]
    half = len(keyed) // 2
    port = free_port()
    web = {"TRADEWIRE_WEB_ENABLED": "true", "TRADEWIRE_WEB_PORT": str(port)}
    out = "tradewire_event_versions_out_total"
    # first half: consolidated, published and committed (so the blocks are in the changelog)
    await produce_burst(bootstrap, mentions_of(wiring), keyed[:half])
    worker = await start_worker(wiring, "worker-0", **web)
    try:
        await wait_caught_up(bootstrap, group_of(wiring), [mentions_of(wiring)], within=60,
                             alive=lambda: running(worker))
        before = await wait_metric_steady(port, out, steady=0.5, within=30)
        # second half in one burst; freeze the broker as soon as the worker works on it
        await produce_burst(bootstrap, mentions_of(wiring), keyed[half:])
        await wait_metric(port, out, lambda v: v > before, within=60, every=0.002)
        pid = devbroker.status(kafka_broker.data_dir).pid  # not kafka_broker.pid: restarts
        assert pid is not None, "the session broker is not running"
        with broker_frozen(pid):
            lost = await wait_metric_steady(port, out, steady=1.0, within=30) - before
            assert await asyncio.to_thread(worker.stop, signal.SIGKILL) == -signal.SIGKILL
        assert lost > 0, "the worker consolidated nothing while the broker was frozen"
        port = free_port()
        worker = await start_worker(wiring, "worker-1", TRADEWIRE_WEB_ENABLED="true",
                                    TRADEWIRE_WEB_PORT=str(port))
        want = expected_of_mentions(mentions)
        await wait_final(bootstrap, wiring, want, within=90, alive=lambda: running(worker))
        await wait_caught_up(bootstrap, group_of(wiring), [mentions_of(wiring)], within=60,
                             alive=lambda: running(worker))
        await wait_metric_steady(port, out, steady=2.0, within=60)
        await check(bootstrap, wiring, want, f"{lost:.0f} versions were in the window")
    finally:
        worker.stop()
