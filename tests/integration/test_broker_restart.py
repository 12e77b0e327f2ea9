"""The broker restarts (same port, same data) while the worker runs and articles flow: the
worker rides it out on its own, no restart, and the final events are complete.

This stops the session's broker: whatever happens, the test leaves it running and answering.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
from conftest import MakeTopics
from corpus import expected, generate, problems, tally
from harness import (
    Feeder,
    Wiring,
    Worker,
    events_of,
    group_of,
    mentions_of,
    read_to_end,
    wait_caught_up,
)

from tradewire import devbroker
from tradewire.settings import Settings
from tradewire.wire import publish

RATE = 80.0  # articles per second: 1,200 articles take 15 s


async def test_worker_rides_out_a_broker_restart(
    kafka_broker: devbroker.Broker, make_topics: MakeTopics, tmp_path: Path
) -> None:
    bootstrap, data_dir = kafka_broker.bootstrap, kafka_broker.data_dir
    corpus = generate(1200, seed=11)
    want = expected(corpus)
    wiring = Wiring(bootstrap, tmp_path, partitions=4)
    await make_topics(
        {wiring.articles: 4, wiring.dlq: 1, wiring.events: 4, mentions_of(wiring): 4}
    )
    feeder = Feeder(bootstrap, wiring.articles, [(m.key, m.value) for m in corpus.messages],
                    rate=RATE, patience=120)
    worker = Worker(wiring)
    try:
        await asyncio.to_thread(worker.wait_ready)
        feeder.start()
        await feeder.wait_sent(len(corpus.messages) // 3, within=60)
        assert await asyncio.to_thread(devbroker.stop, data_dir), "the broker was not running"
        assert not devbroker.status(data_dir).running
        restarted = await asyncio.to_thread(devbroker.start, data_dir)
        assert restarted.bootstrap == bootstrap, "the broker came back on another port"
        await feeder.wait_sent(len(corpus.messages), within=120)
        await wait_caught_up(
            bootstrap, group_of(wiring), [wiring.articles, mentions_of(wiring)], within=120,
            alive=lambda: None if worker.proc.poll() is None else f"exited:\n{worker.tail()}",
        )
        assert worker.proc.poll() is None, "the worker did not survive the broker restart"
        versions = events_of(await read_to_end(bootstrap, wiring.events))
        dead = [r.value for r in await read_to_end(bootstrap, wiring.dlq) if r.value is not None]
        found = problems(versions, dead, want)
        assert not found, (f"after a broker restart ({tally(versions)}; the feed retried "
                           f"{feeder.retries} sends):\n" + "\n".join(map(str, found)))
    finally:
        await feeder.stop()
        code = worker.stop()
        if not devbroker.status(data_dir).running:  # leave the session's broker as we found it
            devbroker.start(data_dir)
    assert code == 0, f"the worker did not stop cleanly after the broker restart:\n{worker.tail()}"


async def test_feed_sends_everything_across_a_broker_outage(
    kafka_broker: devbroker.Broker, make_topics: MakeTopics
) -> None:
    """`tradewire feed` starts while the broker is down and it comes back: every line is
    on the topic (perhaps twice: the worker deduplicates), and nothing is lost."""
    bootstrap, data_dir = kafka_broker.bootstrap, kafka_broker.data_dir
    topic = "feed-outage"
    await make_topics({topic: 2})
    lines = [orjson.dumps({"id": f"a{i}", "body": "x"}) for i in range(500)]
    assert await asyncio.to_thread(devbroker.stop, data_dir), "the broker was not running"
    try:
        feed = asyncio.create_task(publish(Settings(bootstrap_servers=bootstrap), topic, lines,
                                           progress=False))
        await asyncio.sleep(1.0)
        assert not feed.done(), "the feed gave up while the broker was down"
        await asyncio.to_thread(devbroker.start, data_dir)
        assert await asyncio.wait_for(feed, timeout=120) == len(lines)
    finally:
        if not devbroker.status(data_dir).running:  # leave the session's broker as we found it
            devbroker.start(data_dir)
    got = {r.value for r in await read_to_end(bootstrap, topic)}
    assert got == set(lines)
