"""Property: the events published are a function of the set of mentions, not of its order."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.consolidate import announced, cluster, derive
from tradewire.models import ConsolidatedEvent, EventMention

from .conftest import feed_all, final

BLOCKS = [
    {"type": "trade_talks", "countries": ("CHN", "USA")},
    {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "countries": ("CHN", "USA")},
    {"type": "export_control", "initiator": "CHN", "countries": ("CHN",)},
    # one block's other targets, named, absent or guessed: the sides are settled inside it
    {"type": "tariff_increase", "initiator": "USA", "countries": ("USA",)},
    {"type": "tariff_increase", "initiator": "USA", "target": "CAN", "countries": ("CAN", "USA")},
    {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "countries": ("CHN", "USA"),
     "target_guessed": True},
    {"type": "export_control", "initiator": "CHN", "target": "JPN", "countries": ("CHN", "JPN"),
     "target_guessed": True},
]
START = date(2025, 5, 1)


def _day(n: int) -> str:
    return (START + timedelta(days=n)).isoformat()


dates: st.SearchStrategy[dict[str, str]] = st.one_of(
    st.builds(lambda n: {"date": _day(n)}, st.integers(0, 40)),
    st.sampled_from([{"date": "2025-05"}, {"date": "2025-06"}]),
    st.builds(lambda n, w: {"date_earliest": _day(n), "date_latest": _day(n + w)},
              st.integers(0, 40), st.integers(1, 14)),
    st.just({}),
)


def mention_of(draw: st.DrawFn, i: int, block: dict[str, Any], article_ids: st.SearchStrategy[str]
               ) -> EventMention:
    """Mention `m{i}` of `block`, its article drawn from `article_ids`, every detail that
    decides "same event or not" drawn too (shared with test_plan.py)."""
    published = START + timedelta(days=draw(st.integers(0, 45)))
    fields: dict[str, Any] = {
        **block,
        **draw(dates),
        "mention_id": f"m{i}",
        "article_id": draw(article_ids),
        "source": draw(st.sampled_from(["Harbour Post", "Valley Courier", "Metro Ledger"])),
        "published_at": datetime(published.year, published.month, published.day,
                                 draw(st.integers(0, 23)), tzinfo=UTC),
        "status": draw(st.sampled_from(["announced", "scheduled", "occurred"])),
        "location": draw(st.sampled_from([None, None, "Geneva", "London"])),
        "commodities": draw(st.sampled_from([(), (), ("steel",), ("rare earths",),
                                             ("steel", "rare earths")])),
        "rate_after": draw(st.sampled_from([None, None, 25.0, 34.0])),
        "effective_date": draw(st.sampled_from([None, _day(20)])),
        "salience": draw(st.sampled_from(["main", "background"])),
        "evidence": f"Sentence {i}.",
        "evidence_start": 0,
        "evidence_end": 12,
        "confidence": 0.8,
    }
    return EventMention.model_validate(fields)


@st.composite
def mentions(draw: st.DrawFn) -> list[EventMention]:
    articles = st.sampled_from(["a0", "a1", "a2", "a3", "a4", "a5", "a6"])
    return [mention_of(draw, i, draw(st.sampled_from(BLOCKS)), articles)
            for i in range(draw(st.integers(1, 12)))]


def _content(events: list[ConsolidatedEvent]) -> list[dict[str, Any]]:
    return [e.model_dump(exclude={"version", "change"}) for e in events]


def _check_versions(published: list[ConsolidatedEvent]) -> None:
    """Each id counts 1, 2, 3 … starting with `new`; merged_into names a published event."""
    seen: dict[str, list[ConsolidatedEvent]] = defaultdict(list)
    for e in published:
        seen[e.event_id].append(e)
    for versions in seen.values():
        assert [e.version for e in versions] == list(range(1, len(versions) + 1))
        assert versions[0].change == "new"
        assert all((e.change == "merged") == (e.merged_into is not None) for e in versions)
        assert all(e.merged_into in seen for e in versions if e.merged_into)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), ms=mentions())
def test_any_order_gives_the_same_events(data: st.DataObject, ms: list[EventMention]) -> None:
    one = data.draw(st.permutations(ms), label="one order")
    other = data.draw(st.permutations(ms), label="another order")
    states, published = feed_all(one)
    _, published_other = feed_all(other)
    _check_versions(published)
    _check_versions(published_other)
    assert _content(final(published)) == _content(final(published_other))

    # What was published last is what the state holds.
    derived = [
        derive(eid, g)
        for key, state in states.items()
        for eid, g in announced(key, cluster(state.mentions))[0].items()
    ]
    assert _content(final(published)) == _content(sorted(derived, key=lambda e: e.event_id))

    # At-least-once delivery: replaying everything changes nothing, and whatever is sent
    # again is a version already published, identical to the first time.
    again, republished = feed_all(data.draw(st.permutations(ms), label="replay"), states)
    assert again == states
    sent = {(e.event_id, e.version): e for e in published}
    assert all(sent[(e.event_id, e.version)] == e for e in republished)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), ms=mentions())
def test_a_crash_before_sending_loses_no_version(data: st.DataObject, ms: list[EventMention]) -> None:
    """At-least-once: the worker wrote its state for the last k mentions but every version
    those k produced was lost; replaying the k mentions against the saved state must give
    subscribers (keeping the highest version per id) exactly the uninterrupted final events."""
    order = data.draw(st.permutations(ms), label="order")
    k = data.draw(st.integers(1, len(order)), label="lost")
    _, delivered = feed_all(order[: len(order) - k])
    states, everything = feed_all(order)
    _, resent = feed_all(order[len(order) - k :], states)
    assert _content(final(delivered + resent)) == _content(final(everything))
