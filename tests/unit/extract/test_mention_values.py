"""The extractor builds its mentions without validation (for speed): every value it emits
must be one validation would accept, unchanged."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.extract import extract_mentions
from tradewire.extract.knowledge import load
from tradewire.models import Article, EventMention

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))
_CODE = re.compile(r"[A-Z]{3}")


def _valid_unchanged(mention: EventMention) -> bool:
    """Validation accepts it and gives back the same values, of the same types (JSON too)."""
    again = EventMention.model_validate(mention.model_dump())
    return again == mention and again.model_dump_json() == mention.model_dump_json()


def test_every_code_the_knowledge_files_give_is_a_country_code() -> None:
    actors, offices = load("actors.json"), load("offices.json")
    codes = [c["code"] for c in actors["countries"]]
    codes += [i["code"] for i in actors["institutions"]]
    codes += [t["code"] for t in offices["titles"]]
    codes += [term["code"] for p in offices["people"] for term in p["terms"]]
    codes += [p["code"] for field in ("cities", "venues") for p in load("places.json")[field]]
    codes += list(load("sources.json")["official"].values())
    assert [c for c in codes if not _CODE.fullmatch(c)] == []


def test_golden_mentions_validate_unchanged() -> None:
    for path in GOLDEN:
        article = Article.model_validate(json.loads(path.read_text())["article"])
        for mention in extract_mentions(article):
            assert _valid_unchanged(mention), path.stem


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "China imposed a 25% tariff on US soybeans on Monday.", "Talks will be held in Geneva soon.",
    "The EU and Japan signed a deal on May 3.", "Lee met Xi in Beijing last week.",
    "India urged Pakistan to lift its export ban.", "The 10% tariff remains, effective June 1.",
    "The White House said it would cut duties on Brazilian beef from 50% to 10% next month.",
    "  ", "Nothing happened.",
]), max_size=8), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)))
def test_any_mentions_validate_unchanged(parts: list[str], published: datetime) -> None:
    article = Article(id="a1", source="Test Wire", body="\n".join(parts),
                      published_at=published.replace(tzinfo=UTC))
    for mention in extract_mentions(article):
        assert _valid_unchanged(mention)
