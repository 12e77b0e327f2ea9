"""The worker end to end on the real broker: consolidation across outlets, the dead-letter
topic, and state that survives a restart."""

from __future__ import annotations

from pathlib import Path

from harness import Wiring, Worker, article, events_of, produce, read_until

CALL_A = article(
    "it-call-a", "Harbour Wire",
    "BEIJING — Chinese President Xi Jinping and U.S. President Donald Trump spoke by phone "
    "on Thursday, state media said.\nThe two leaders discussed tariffs and export controls.",
    "2025-06-06T08:00:00Z",
)
CALL_B = article(
    "it-call-b", "Northern Ledger",
    "WASHINGTON — President Donald Trump said he held a telephone call with Xi Jinping on "
    "Thursday, June 5, and called it very positive.",
    "2025-06-06T15:00:00Z",
)
CALL_C = article(
    "it-call-c", "Continental Post",
    "Trump and Xi spoke by phone on June 5 for about ninety minutes, officials in both "
    "capitals confirmed.",
    "2025-06-07T09:00:00Z",
)


def call_events(records: list) -> list[dict]:  # type: ignore[type-arg]
    return [e for e in events_of(records) if e["type"] == "leader_call"]


def latest(events: list[dict]) -> dict:  # type: ignore[type-arg]
    return max(events, key=lambda e: e["version"])


async def test_two_outlets_one_call_one_event_then_dlq_then_restart(
    kafka_bootstrap: str, make_topics: object, tmp_path: Path
) -> None:
    wiring = Wiring(kafka_bootstrap, tmp_path)
    await make_topics({wiring.articles: 2, wiring.dlq: 1, wiring.events: 2})  # type: ignore[operator]
    worker = Worker(wiring)
    try:
        worker.wait_ready()
        # one after the other: the two keys may land on different partitions, read in either
        # order, and the later outlet read first would anchor an event of its own (merged into
        # the earlier one's when that arrives: the same final state, but two ids on the topic)
        await produce(kafka_bootstrap, wiring.articles, [(b"it-call-a", CALL_A)])
        await read_until(kafka_bootstrap, wiring.events, lambda rs: bool(call_events(rs)))
        await produce(kafka_bootstrap, wiring.articles, [(b"it-call-b", CALL_B)])
        records = await read_until(
            kafka_bootstrap, wiring.events,
            lambda rs: any(e["version"] >= 2 for e in call_events(rs)),
        )
        calls = call_events(records)
        assert {e["event_id"] for e in calls} == {calls[0]["event_id"]}, "one call, one event_id"
        final = latest(calls)
        assert final["version"] == 2
        assert sorted(s["article_id"] for s in final["sources"]) == ["it-call-a", "it-call-b"]
        assert final["countries"] == ["CHN", "USA"] and final["date"] == "2025-06-05"
        assert [e["version"] for e in sorted(calls, key=lambda e: e["version"])] == [1, 2]

        # bad input goes to the DLQ with a reason, and the next good article is processed
        no_body = b'{"id": "it-bad", "source": "X", "published_at": "2025-06-06T08:00:00Z"}'
        await produce(kafka_bootstrap, wiring.articles, [(b"junk", b"{not json"), (b"it-bad", no_body)])
        dead = await read_until(kafka_bootstrap, wiring.dlq, lambda rs: len(rs) >= 2)
        reasons = {r.value: dict(r.headers)["reason"] for r in dead}
        assert reasons == {b"{not json": b"not_json", no_body: b"missing_field"}
        assert all(b"body" in dict(r.headers)["detail"] for r in dead if r.value == no_body)
    finally:
        assert worker.stop() == 0, worker.tail()

    # state survived: a restarted worker adds a third outlet to the same event
    worker = Worker(wiring, name="restarted")
    try:
        worker.wait_ready()
        await produce(kafka_bootstrap, wiring.articles, [(b"it-call-c", CALL_C)])
        records = await read_until(
            kafka_bootstrap, wiring.events,
            lambda rs: any(e["version"] >= 3 for e in call_events(rs)),
        )
        calls = call_events(records)
        assert len({e["event_id"] for e in calls}) == 1
        final = latest(calls)
        assert final["version"] == 3 and final["change"] == "new_source"
        assert len(final["sources"]) == 3 and final["corroboration"] == "confirmed"
    finally:
        assert worker.stop() == 0, worker.tail()
