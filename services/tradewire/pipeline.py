"""The pure pipeline both the Kafka worker and `tradewire process` run, step by step:

    raw bytes --read_article--> Article --find_mentions--> [EventMention] (fingerprinted)
    EventMention --Consolidator.add--> [ConsolidatedEvent] (new versions to publish)

No Kafka, no clock, no environment: the same input gives the same events everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tradewire.consolidate import BlockState, blocking_key, consolidate, evict
from tradewire.consolidate.syndication import fingerprint
from tradewire.errors import BadArticleError, LimitExceededError
from tradewire.extract import extract_mentions
from tradewire.models import Article, ConsolidatedEvent, EventMention, parse_article


@dataclass(frozen=True, slots=True)
class Limits:
    max_article_bytes: int = 1_000_000
    max_mentions_per_article: int = 200
    # how far published_at may lie after the time the wire wrote the message
    max_clock_skew: timedelta = timedelta(days=1)


def read_article(raw: bytes, limits: Limits, received_at: datetime | None = None) -> Article:
    """Wire bytes -> Article; BadArticleError (with a reason code) for anything else.

    `received_at` is when the message was written (the Kafka record's timestamp: data, not
    the clock, so a replay decides the same); an article published after it is refused."""
    if len(raw) > limits.max_article_bytes:
        raise LimitExceededError(
            "too_large", f"{len(raw)} bytes, over the limit of {limits.max_article_bytes}"
        )
    article = parse_article(raw)
    if not article.language.lower().startswith("en"):
        raise BadArticleError(
            "unsupported_language", f"language {article.language!r}: only English is read"
        )
    if received_at is not None and article.published_at > received_at + limits.max_clock_skew:
        raise BadArticleError(
            "published_in_future",
            f"published_at {article.published_at.isoformat()} is after the message was written "
            f"({received_at.isoformat()})",
        )
    return article


def find_mentions(article: Article, limits: Limits) -> list[EventMention]:
    """Article -> its event mentions, each carrying the article's near-duplicate fingerprint."""
    mentions = extract_mentions(article)
    if len(mentions) > limits.max_mentions_per_article:
        raise LimitExceededError(
            "too_many_mentions",
            f"{len(mentions)} mentions, over the limit of {limits.max_mentions_per_article}",
        )
    if not mentions:
        return []
    print_ = fingerprint(f"{article.title}\n{article.body}")
    return [m.model_copy(update={"fingerprint": print_}) for m in mentions]


def consolidate_step(
    state: BlockState | None, mention: EventMention, window_days: int
) -> tuple[BlockState, list[ConsolidatedEvent]]:
    """One mention into its block; then events older than the window are evicted, by the
    data's own clock (the mention's publication day), so a replay evicts exactly the same."""
    state, published = consolidate(state, mention)
    return evict(state, mention.published_at.date(), window_days), published


@dataclass(slots=True)
class Consolidator:
    """Consolidation over an in-memory dict of blocks: the offline twin of the faust table."""

    window_days: int = 365
    blocks: dict[str, BlockState] = field(default_factory=dict)

    def add(self, mention: EventMention) -> list[ConsolidatedEvent]:
        key = blocking_key(mention)
        state, published = consolidate_step(self.blocks.get(key), mention, self.window_days)
        self.blocks[key] = state
        return published


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input line that is not a valid article, and why."""

    line: int
    error: BadArticleError


def process_lines(
    lines: Iterable[bytes], limits: Limits, consolidator: Consolidator | None = None
) -> Iterator[ConsolidatedEvent | Rejected]:
    """JSON Lines of articles -> every published event version (and the rejected lines)."""
    consolidator = consolidator if consolidator is not None else Consolidator()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = read_article(line.rstrip(b"\r\n"), limits)
            mentions = find_mentions(article, limits)
        except BadArticleError as exc:
            yield Rejected(number, exc)
            continue
        for mention in mentions:
            yield from consolidator.add(mention)
