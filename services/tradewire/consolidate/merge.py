"""A cluster of mentions -> the ConsolidatedEvent it stands for.

Each attribute is the value the most articles give, ties to the earliest source; every
attribute on which articles disagree (date, effective_date, location, rates) is kept in
`conflicts` with the articles behind each value. A day beats a month; a cluster with only
windows is dated by the month that holds them, if one does. Status is the latest source's.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from operator import is_, itemgetter
from typing import NamedTuple

from tradewire.consolidate.dates import Span, month_of, span
from tradewire.consolidate.keys import canonical, goods, rate
from tradewire.consolidate.memo import Memo
from tradewire.consolidate.syndication import Independence
from tradewire.models import (
    SYMMETRIC_TYPES,
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


def _date(rows: Sequence[_Row]) -> tuple[str | None, list[Conflict]]:
    dated = [r for r in rows if r.day is not None]
    # a day that is only when the measure took effect gives way to the day it was announced
    days = [(r.day, r.article_id) for r in dated if r.m.effective_date != r.day] or [
        (r.day, r.article_id) for r in dated]
    if days:
        value, conflicts = _tally("date", days)
        return str(value), conflicts
    months = [(r.m.date, r.article_id) for r in rows if r.m.date]
    if months:
        return str(_tally("date", months)[0]), []
    windows = [r.span for r in rows if r.span]
    if windows:
        return month_of(max(s.lo for s in windows), min(s.hi for s in windows)), []
    return None, []


def _sides(rows: Sequence[_Row]) -> tuple[EventMention, str | None, str | None]:
    """The member whose sides the event takes, and those sides. Symmetric types keep their
    sides if all agree. Directional ones share the initiator by block; the target and the
    states hit are the ones the most members give (a guessed target counts half, a report
    naming no state hit hardly at all), ties to the earliest: outlets that list every state
    a measure hits outvote one that names only its own."""
    first = rows[0].m
    sides = {r.sides for r in rows}
    if len(sides) == 1:
        return first, first.initiator, first.target
    if first.type in SYMMETRIC_TYPES or len({s[0] for s in sides}) > 1:
        return first, None, None
    votes: dict[tuple[str | None, tuple[str, ...]], float] = {}
    told: dict[tuple[str | None, tuple[str, ...]], EventMention] = {}
    for r in rows:
        key = (r.m.target, tuple(sorted(set(r.m.countries))))
        # (a report that names no state hit says nothing of whom it hits: it votes last)
        silent = r.m.target is None and set(r.m.countries) <= {r.m.initiator}
        votes[key] = votes.get(key, 0.0) + (
            0.01 if silent else 0.5 if r.m.target_guessed else 1.0)
        told.setdefault(key, r.m)
    best = max(votes, key=votes.__getitem__)  # (the first of the best: dicts keep order)
    return told[best], told[best].initiator, best[0]


class _Row(NamedTuple):
    """What `derive` reads of a mention, made once: every version of its event reads it."""

    m: EventMention
    order: tuple[float, str, str]  # canonical
    article_id: str
    source: Source
    fingerprint: str | None
    span: Span | None
    day: str | None  # the exact day, ISO
    values: tuple[Value | None, ...]  # of _ATTRIBUTES, rates rounded
    goods: frozenset[str]
    sides: tuple[str | None, str | None]


_ATTRIBUTES = ("effective_date", "location", "rate_before", "rate_after")
_ROWS: Memo[str, _Row] = Memo(capacity=16384)  # mention_id -> its row


def _row(m: EventMention) -> _Row:
    kept = _ROWS.get(m.mention_id, (m,))
    if kept is not None:
        return kept
    s = span(m)
    return _ROWS.keep(m.mention_id, (m,), _Row(
        m, canonical(m), m.article_id,
        Source(article_id=m.article_id, source=m.source, url=m.url,
               published_at=m.published_at, evidence=m.evidence, confidence=m.confidence),
        m.fingerprint, s, s.lo.isoformat() if s and s.exact else None,
        (m.effective_date, m.location, rate(m.rate_before), rate(m.rate_after)),
        goods(m.commodities), (m.initiator, m.target),
    ))


# event_id -> its sources' count as last derived, with the mentions it was counted over:
# an event that gained later sources (the usual news) goes on counting from there. Bounded
# by the sources held (a source's state is about 1.5 kB), the least recently used first.
_COUNTED: OrderedDict[str, tuple[list[EventMention], Independence]] = OrderedDict()
_COUNTED_SOURCES = 50_000
_counted_sources = 0


def _independent(event_id: str, rows: Sequence[_Row]) -> int:
    global _counted_sources
    hit = _COUNTED.pop(event_id, None)
    if hit is not None:
        _counted_sources -= len(hit[0])
    ms = [r.m for r in rows]
    if hit is not None and len(hit[0]) <= len(ms) and all(map(is_, hit[0], ms)):
        counted, done = hit[1], len(hit[0])
    else:
        counted, done = Independence(), 0
    for r in rows[done:]:
        counted.add(r.source, r.fingerprint)
    _COUNTED[event_id] = (ms, counted)
    _counted_sources += len(ms)
    while _counted_sources > _COUNTED_SOURCES and len(_COUNTED) > 1:
        _counted_sources -= len(_COUNTED.popitem(last=False)[1][0])
    return counted.count


def derive(
    event_id: str,
    mentions: Sequence[EventMention],
    *,
    version: int = 1,
    change: Change = "new",
    merged_into: str | None = None,
) -> ConsolidatedEvent:
    """The event told by `mentions` (one block, one per article, any order)."""
    rows = sorted(map(_row, mentions), key=itemgetter(1))
    date, conflicts = _date(rows)
    picked: dict[str, Value | None] = {}
    for n, attribute in enumerate(_ATTRIBUTES):
        picked[attribute], found = _tally(attribute, [(r.values[n], r.article_id) for r in rows])
        conflicts += found
    independent = _independent(event_id, rows)
    sided, initiator, target = _sides(rows)
    first = rows[0].m
    return ConsolidatedEvent.model_validate({
        "event_id": event_id,
        "version": version,
        "type": first.type,
        "status": rows[-1].m.status,
        "initiator": initiator,
        "target": target,
        "countries": sorted(set(sided.countries)),
        "date": date,
        "commodities": sorted(frozenset().union(*(r.goods for r in rows))),
        "sources": [r.source for r in rows],
        "merged_into": merged_into,
        "change": change,
        "independent_sources": independent,
        "corroboration": "confirmed" if independent >= 2 else "provisional",
        "conflicts": sorted(conflicts, key=lambda c: c.attribute),
        **picked,
    })
