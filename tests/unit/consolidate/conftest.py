"""Mentions made to order, and the scorer's view of what was published."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import pytest

from tradewire.consolidate import BlockState, blocking_key, consolidate
from tradewire.models import ConsolidatedEvent, EventMention

Make = Callable[..., EventMention]
Feed = Callable[..., tuple[dict[str, BlockState], list[ConsolidatedEvent]]]

DEFAULTS: dict[str, Any] = {
    "source": "Harbour Post",
    "type": "leader_call",
    "status": "occurred",
    "countries": ("CHN", "USA"),
    "evidence": "The two presidents spoke by telephone for an hour.",
    "confidence": 0.9,
}


@pytest.fixture
def mention() -> Make:
    """mention(article_id="a1", published="2025-06-02", **fields) -> EventMention.

    `published` is a day (09:00 UTC) or a full RFC 3339 time; mention_id defaults to
    `<article_id>#<n>`, n counting the mentions made in the test.
    """
    made = 0

    def make(article_id: str = "a1", published: str = "2025-06-02", **fields: Any) -> EventMention:
        nonlocal made
        made += 1
        when = published if "T" in published else f"{published}T09:00:00+00:00"
        data = {**DEFAULTS, "mention_id": f"{article_id}#{made}", **fields}
        evidence = str(data["evidence"])
        return EventMention.model_validate({
            "article_id": article_id,
            "published_at": datetime.fromisoformat(when),
            "evidence_start": 0,
            "evidence_end": len(evidence),
            **data,
        })

    return make


def feed_all(
    mentions: Iterable[EventMention], states: dict[str, BlockState] | None = None
) -> tuple[dict[str, BlockState], list[ConsolidatedEvent]]:
    """Consolidate mentions in the order given; return the blocks and every version published."""
    states = dict(states or {})
    published: list[ConsolidatedEvent] = []
    for m in mentions:
        key = blocking_key(m)
        states[key], out = consolidate(states.get(key), m)
        published += out
    return states, published


@pytest.fixture
def feed() -> Feed:
    return feed_all


def final(published: Iterable[ConsolidatedEvent]) -> list[ConsolidatedEvent]:
    """What score.py keeps: the highest version of each event_id, merged ones dropped."""
    latest: dict[str, ConsolidatedEvent] = {}
    for e in published:
        if e.event_id not in latest or e.version >= latest[e.event_id].version:
            latest[e.event_id] = e
    return sorted((e for e in latest.values() if e.merged_into is None), key=lambda e: e.event_id)


def articles(event: ConsolidatedEvent) -> set[str]:
    return {s.article_id for s in event.sources}
