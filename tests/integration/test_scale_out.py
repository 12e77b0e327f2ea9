"""Two workers in one consumer group (same app id, each its own state dir) share the four
partitions while articles flow; one is stopped (SIGTERM) mid-stream and the other takes its
partitions, table included (restored from the changelog). The final events are those of
the offline run: moving a block between workers neither loses nor changes anything."""

from __future__ import annotations

import asyncio
from pathlib import Path

from conftest import MakeTopics
from corpus import expected, generate, problems, tally
from harness import (
    Feeder,
    Wiring,
    Worker,
    events_of,
    free_port,
    group_of,
    mentions_of,
    metric,
    read_to_end,
    wait_caught_up,
    wait_metric,
)

RATE = 80.0  # articles per second: 1,600 articles take 20 s
ARTICLES_IN = "tradewire_articles_in_total"
VERSIONS_OUT = "tradewire_event_versions_out_total"


def start(wiring: Wiring, name: str, port: int) -> Worker:
    return Worker(
        wiring, name=name, TRADEWIRE_STATE_DIR=str(wiring.root / f"state-{name}"),
        TRADEWIRE_WEB_ENABLED="true", TRADEWIRE_WEB_PORT=str(port),
    )


async def test_two_workers_share_the_partitions_and_one_takes_over(
    kafka_bootstrap: str, make_topics: MakeTopics, tmp_path: Path
) -> None:
    corpus = generate(1600, seed=13)
    want = expected(corpus)
    wiring = Wiring(kafka_bootstrap, tmp_path, partitions=4)
    await make_topics(
        {wiring.articles: 4, wiring.dlq: 1, wiring.events: 4, mentions_of(wiring): 4}
    )
    port_a, port_b = free_port(), free_port()
    feeder = Feeder(kafka_bootstrap, wiring.articles,
                    [(m.key, m.value) for m in corpus.messages], rate=RATE)
    a = start(wiring, "a", port_a)
    b: Worker | None = None
    try:
        await asyncio.to_thread(a.wait_ready)
        b = start(wiring, "b", port_b)
        await asyncio.to_thread(b.wait_ready)  # ready = the group rebalanced with both
        feeder.start()
        # both work: each reads articles and publishes events from its own partitions
        for port in (port_a, port_b):
            for name in (ARTICLES_IN, VERSIONS_OUT):
                await wait_metric(port, name, lambda v: v > 0, within=60, every=0.2)
        await feeder.wait_sent(len(corpus.messages) // 2, within=60)
        assert await asyncio.to_thread(b.stop) == 0, f"b did not stop cleanly:\n{b.tail()}"
        a_before = await asyncio.to_thread(metric, port_a, ARTICLES_IN) or 0.0
        sent_since = len(corpus.messages) - feeder.sent  # all of them can only reach a
        await feeder.wait_sent(len(corpus.messages), within=60)
        await wait_caught_up(
            kafka_bootstrap, group_of(wiring), [wiring.articles, mentions_of(wiring)],
            within=90, alive=lambda: None if a.proc.poll() is None else f"a exited:\n{a.tail()}",
        )
        a_after = await asyncio.to_thread(metric, port_a, ARTICLES_IN) or 0.0
        assert a_after - a_before >= sent_since, (  # a took every partition
            f"a read {a_after - a_before} articles after b stopped; {sent_since} were sent since"
        )
        versions = events_of(await read_to_end(kafka_bootstrap, wiring.events))
        dead = [r.value for r in await read_to_end(kafka_bootstrap, wiring.dlq) if r.value]
        found = problems(versions, dead, want)
        assert not found, (f"with two workers, then one ({tally(versions)}):\n"
                           + "\n".join(map(str, found)))
    finally:
        await feeder.stop()
        if b is not None:
            b.stop()
        assert a.stop() == 0, a.tail()
