"""The stored block: JSON round trip, size, and eviction that keeps it bounded."""

from __future__ import annotations

from datetime import date

from tradewire.consolidate import BlockState, Decoded, evict, load_state, measure, size
from tradewire.models import dumps

from .conftest import Feed, Make, articles, final

TARIFF = {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "status": "announced"}


def test_state_round_trips_through_json(mention: Make, feed: Feed) -> None:
    states, _ = feed([mention("a1", date="2025-06-02"), mention("a2", date="2025-06-02")])
    (state,) = states.values()
    assert load_state(dumps(state)) == state
    assert BlockState.model_validate_json(state.model_dump_json()) == state


def test_size_counts_mentions_live_events_and_bytes(mention: Make, feed: Feed) -> None:
    late = mention("a2", published="2025-06-03", date="2025-06-02")
    early = mention("a1", published="2025-06-02", date="2025-06-02")
    other = mention("a3", published="2025-06-20", date="2025-06-20")
    states, _ = feed([late, early, other])  # late's event was merged into early's
    (state,) = states.values()
    assert len(state.published) == 3
    mentions, events, raw = size(state)
    assert (mentions, events) == (3, 2) and raw == len(dumps(state))
    assert measure(dumps(state)) == size(state)


def test_decoded_rows_are_reused_only_while_the_stored_bytes_match(
    mention: Make, feed: Feed
) -> None:
    states, _ = feed([mention("a1", date="2025-06-02")])
    (first,) = states.values()
    states, _ = feed([mention("a1", date="2025-06-02"), mention("a2", date="2025-06-02")])
    (second,) = states.values()
    decoded = Decoded(capacity=1)
    row = dumps(first)
    decoded.keep(b"k", row, first)
    assert decoded.load(b"k", bytes(row)) is first  # equal bytes: no second parse
    other = decoded.load(b"k", dumps(second))  # the row changed under it (restore, rebalance)
    assert other == second and other is not second
    decoded.load(b"j", row)  # over capacity: the least recent row goes
    assert decoded.load(b"k", dumps(second)) is not other


def test_evict_drops_events_outside_the_window(mention: Make, feed: Feed) -> None:
    old = mention("a1", published="2025-01-10", date="2025-01-10", **TARIFF)
    old_copy = mention("a2", published="2025-01-11", date="2025-01-10", **TARIFF)
    recent = mention("a3", published="2025-04-20", date="2025-04-20", **TARIFF)
    states, published = feed([old, old_copy, recent])
    (state,) = states.values()
    kept = evict(state, today=date(2025, 5, 20), window_days=90)
    assert [m.article_id for m in kept.mentions] == ["a3"]
    (recent_id,) = [e.event_id for e in published if articles(e) == {"a3"}]
    assert list(kept.published) == [recent_id]
    assert evict(state, today=date(2025, 4, 1), window_days=90) == state


def test_evict_keeps_an_old_event_still_reported_and_a_future_one(
    mention: Make, feed: Feed
) -> None:
    old = mention("a1", published="2025-01-10", date="2025-01-10", **TARIFF)
    recall = mention("a2", published="2025-05-01", date="2025-01-10", **TARIFF)
    planned = {"type": "trade_talks", "status": "scheduled"}
    talks = mention("a3", published="2025-01-02", date="2025-06-09", **planned)
    states, _ = feed([old, recall, talks])
    for state in states.values():
        assert evict(state, today=date(2025, 5, 20), window_days=90) == state


def test_after_eviction_the_block_goes_on(mention: Make, feed: Feed) -> None:
    old = mention("a1", published="2025-01-10", date="2025-01-10", **TARIFF)
    recent = mention("a2", published="2025-05-01", date="2025-05-01", **TARIFF)
    states, first = feed([old, recent])
    (key,) = states
    states = {key: evict(states[key], today=date(2025, 5, 20))}
    more = mention("a3", published="2025-05-02", date="2025-05-01", **TARIFF)
    states, published = feed([more], states)
    (update,) = published  # nothing about the evicted event: no `merged` for it
    assert (update.event_id, update.version, update.change) == (
        first[1].event_id, 2, "new_source",
    )
    assert final(published)[0].sources[0].article_id == "a2"


def test_evict_caps_the_block_keeping_the_most_recent_events(mention: Make, feed: Feed) -> None:
    ms = [
        mention(f"a{day}{n}", published=f"2025-05-{day:02}", date=f"2025-05-{day:02}", **TARIFF)
        for day in (3, 9, 15, 21)
        for n in range(2)
    ]
    states, _ = feed(ms)
    (state,) = states.values()
    kept = evict(state, today=date(2025, 5, 22), max_mentions=5)
    assert sorted(m.article_id for m in kept.mentions) == ["a150", "a151", "a210", "a211"]
    assert len(kept.published) == 2
