"""extract_mentions reads dates only in the sentences whose dates something reads
(`events._dated`). If a rule starts reading other sentences' dates, these tests say so."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.extract import events
from tradewire.models import Article

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


def _both(article: Article, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    lazy = [m.model_dump_json() for m in events.extract_mentions(article)]
    with monkeypatch.context() as patched:
        patched.setattr(events, "_dated", lambda sentences, _: [True] * len(sentences))
        eager = [m.model_dump_json() for m in events.extract_mentions(article)]
    return lazy, eager


def test_golden_articles_read_the_same_with_every_sentences_dates(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for path in GOLDEN:
        article = Article.model_validate(json.loads(path.read_text())["article"])
        lazy, eager = _both(article, monkeypatch)
        assert lazy == eager, path.stem


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "In a statement on Monday, the ministry said nothing new.", "Talks were held on May 3.",
    "China imposed tariffs on US soybeans.", "The measure takes effect on June 1.",
    "Officials met in Geneva last week.", "They agreed to extend the truce.", "", "Markets fell.",
]), max_size=10), st.lists(st.booleans(), max_size=10))
def test_any_paragraphs_read_the_same_with_every_sentences_dates(
        parts: list[str], breaks: list[bool]) -> None:
    body = "".join(p + ("\n" if b else " ") for p, b in zip(parts, breaks + [False] * len(parts),
                                                          strict=False))
    article = Article(id="a1", source="Test Wire", body=body,
                      published_at=datetime(2025, 6, 6, 12, tzinfo=UTC))
    with pytest.MonkeyPatch.context() as monkeypatch:
        lazy, eager = _both(article, monkeypatch)
    assert lazy == eager
