"""A cluster of mentions -> the ConsolidatedEvent it stands for.

Each attribute is the value the most articles give, ties to the earliest source; every
attribute on which articles disagree (date, effective_date, location, rates) is kept in
`conflicts` with the articles behind each value. A day beats a month; a cluster with only
windows is dated by the month that holds them, if one does. Status is the latest source's.
"""

from __future__ import annotations

from collections.abc import Sequence

from tradewire.consolidate.dates import month_of, span
from tradewire.consolidate.keys import canonical, goods, rate
from tradewire.consolidate.memo import Memo
from tradewire.consolidate.syndication import independent_sources
from tradewire.models import (
    Change,
    Conflict,
    ConflictValue,
    ConsolidatedEvent,
    EventMention,
    Source,
)

Value = str | float


def _tally(
    attribute: str, given: Sequence[tuple[Value | None, str]]
) -> tuple[Value | None, list[Conflict]]:
    """(value, article_id) pairs in canonical order -> the chosen value, and its conflict if any."""
    articles: dict[Value, list[str]] = {}
    for value, article_id in given:
        if value is not None:
            articles.setdefault(value, []).append(article_id)
    if not articles:
        return None, []
    ranked = sorted(articles.items(), key=lambda kv: -len(kv[1]))  # stable: earliest first
    if len(ranked) == 1:
        return ranked[0][0], []
    values = tuple(ConflictValue(value=v, article_ids=tuple(a)) for v, a in ranked)
    return ranked[0][0], [Conflict(attribute=attribute, values=values)]


def _date(ms: Sequence[EventMention]) -> tuple[str | None, list[Conflict]]:
    spans = [(span(m), m.article_id) for m in ms]
    days = [(s.lo.isoformat(), a) for s, a in spans if s and s.exact]
    if days:
        value, conflicts = _tally("date", days)
        return str(value), conflicts
    months = [(m.date, m.article_id) for m in ms if m.date]
    if months:
        return str(_tally("date", months)[0]), []
    windows = [s for s, _ in spans if s]
    if windows:
        return month_of(max(s.lo for s in windows), min(s.hi for s in windows)), []
    return None, []


def _sides(ms: Sequence[EventMention]) -> tuple[str | None, str | None]:
    """Directional types share their sides by block; symmetric ones keep them if all agree."""
    sides = {(m.initiator, m.target) for m in ms}
    return sides.pop() if len(sides) == 1 else (None, None)


# mention_id -> the Source a mention gives, made once: every version of its event lists it
SOURCES: Memo[str, Source] = Memo(capacity=16384)


def _source(m: EventMention) -> Source:
    kept = SOURCES.get(m.mention_id, (m,))
    if kept is None:
        kept = SOURCES.keep(m.mention_id, (m,), Source(
            article_id=m.article_id, source=m.source, url=m.url, published_at=m.published_at,
            evidence=m.evidence, confidence=m.confidence,
        ))
    return kept


def derive(
    event_id: str,
    mentions: Sequence[EventMention],
    *,
    version: int = 1,
    change: Change = "new",
    merged_into: str | None = None,
) -> ConsolidatedEvent:
    """The event told by `mentions` (one block, one per article, any order)."""
    ms = sorted(mentions, key=canonical)
    date, conflicts = _date(ms)
    picked: dict[str, Value | None] = {}
    for attribute in ("effective_date", "location", "rate_before", "rate_after"):
        given: list[tuple[Value | None, str]] = []
        for m in ms:
            value = getattr(m, attribute)
            given.append((rate(value) if attribute.startswith("rate") else value, m.article_id))
        picked[attribute], found = _tally(attribute, given)
        conflicts += found
    sources = [(_source(m), m.fingerprint) for m in ms]
    independent = independent_sources(sources)
    initiator, target = _sides(ms)
    return ConsolidatedEvent.model_validate({
        "event_id": event_id,
        "version": version,
        "type": ms[0].type,
        "status": ms[-1].status,
        "initiator": initiator,
        "target": target,
        "countries": sorted(set(ms[0].countries)),
        "date": date,
        "commodities": sorted(goods(c for m in ms for c in m.commodities)),
        "sources": [s for s, _ in sources],
        "merged_into": merged_into,
        "change": change,
        "independent_sources": independent,
        "corroboration": "confirmed" if independent >= 2 else "provisional",
        "conflicts": sorted(conflicts, key=lambda c: c.attribute),
        **picked,
    })
