"""Replay on the real broker: the live worker, the offline pipeline and a backfill into a
second topic all end with the same events."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path
from typing import Any

from harness import TRADEWIRE, Wiring, Worker, article, events_of, produce, read_until

from tradewire.evaluation import final_events
from tradewire.models import ConsolidatedEvent
from tradewire.pipeline import Limits, process_lines

ROOT = Path(__file__).resolve().parents[2]
EXTRA = [
    article("rp-1", "Harbour Wire",
            "Canadian Prime Minister Mark Carney and Japanese Prime Minister Sanae Takaichi "
            "spoke by phone on Tuesday, November 11.", "2025-11-12T20:00:00Z"),
    article("rp-2", "Continental Post",
            "The European Union and India held trade talks in Brussels on Monday, November 17.",
            "2025-11-18T07:00:00Z"),
]
VOLATILE = {"version", "change", "independent_sources", "corroboration"}


def content(events: list[Any]) -> dict[str, dict[str, Any]]:
    """Final events by id, without what depends on how many versions led there."""
    return {
        e["event_id"]: {
            **{k: v for k, v in e.items() if k not in VOLATILE | {"sources"}},
            "articles": sorted(s["article_id"] for s in e["sources"]),
        }
        for e in final_events(events)
    }


async def test_replay_gives_the_live_events(
    kafka_bootstrap: str, make_topics: Any, tmp_path: Path
) -> None:
    wiring = Wiring(kafka_bootstrap, tmp_path)
    replayed = f"replayed-{wiring.tag}"
    await make_topics({wiring.articles: 2, wiring.dlq: 1, wiring.events: 2, replayed: 2})
    lines = (ROOT / "examples" / "articles.jsonl").read_bytes().splitlines() + EXTRA
    offline = content(
        [e.model_dump(mode="json") for e in process_lines(lines, Limits())
         if isinstance(e, ConsolidatedEvent)]
    )
    # the two extra reports join the examples' call and talks: three events in all
    assert sorted(len(e["articles"]) for e in offline.values()) == [1, 3, 3], offline

    worker = Worker(wiring)
    try:
        worker.wait_ready()
        await produce(kafka_bootstrap, wiring.articles, [(None, line) for line in lines])
        live = await read_until(
            kafka_bootstrap, wiring.events, lambda rs: content(events_of(rs)) == offline
        )
    finally:
        assert worker.stop() == 0, worker.tail()

    done = await asyncio.to_thread(
        subprocess.run,
        [TRADEWIRE, "replay", "--from-beginning", "--output-topic", replayed],
        env=wiring.env(), capture_output=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert f"replayed {len(lines)} articles".encode() in done.stderr
    again = await read_until(
        kafka_bootstrap, replayed, lambda rs: content(events_of(rs)) == offline, within=30
    )
    assert content(events_of(again)) == content(events_of(live)) == offline

    # --since after the last article: nothing to do, and nothing is written
    later = await asyncio.to_thread(
        subprocess.run,
        [TRADEWIRE, "replay", "--since", "2100-01-01T00:00:00Z", "--output-topic", replayed],
        env=wiring.env(), capture_output=True, timeout=120,
    )
    assert later.returncode == 0 and b"replayed 0 articles" in later.stderr
