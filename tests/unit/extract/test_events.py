"""extract_mentions end to end: golden articles in, expected mentions out, plus properties.

Each file in golden/ holds a short article written for this test, the mentions expected
(only the fields given are checked) and whether those are all the mentions it should give.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.extract import extract_mentions
from tradewire.models import Article, EventMention

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


def _fits(mention: EventMention, expected: dict[str, Any]) -> bool:
    data = mention.model_dump(mode="json")
    return all(
        (list(data[k]) if isinstance(data[k], list | tuple) else data[k]) == v for k, v in expected.items()
    )


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden(path: Path) -> None:
    case = json.loads(path.read_text())
    mentions = extract_mentions(Article.model_validate(case["article"]))
    shown = "\n".join(
        m.model_dump_json(include={"type", "status", "initiator", "target", "countries", "date", "location"})
        for m in mentions
    )
    for expected in case["mentions"]:
        assert any(_fits(m, expected) for m in mentions), f"{expected} not in\n{shown}"
    if case["exactly"]:
        assert len(mentions) == len(case["mentions"]), shown


def _article(body: str, published: datetime | None = None) -> Article:
    return Article(
        id="a1", source="Test Wire", body=body, published_at=published or datetime(2025, 6, 6, 12, tzinfo=UTC)
    )


def test_evidence_is_the_sentence_at_its_offsets() -> None:
    body = "Markets were calm.\nJapan and India signed a trade deal on Monday. More later."
    (mention,) = extract_mentions(_article(body))
    assert body[mention.evidence_start : mention.evidence_end] == mention.evidence
    assert mention.evidence == "Japan and India signed a trade deal on Monday."


def test_mention_ids_are_stable_and_distinct() -> None:
    body = (
        "Chile imposed tariffs on Peruvian sugar on Monday. Peru imposed tariffs on Chilean wine on Tuesday."
    )
    first = [m.mention_id for m in extract_mentions(_article(body))]
    again = [m.mention_id for m in extract_mentions(_article(body))]
    assert first == again and len(set(first)) == 2
    assert all(len(i) == 16 for i in first)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_any_text_gives_valid_mentions(body: str) -> None:
    for mention in extract_mentions(_article(body)):
        assert body[mention.evidence_start : mention.evidence_end] == mention.evidence
        assert list(mention.countries) == sorted(set(mention.countries))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "China imposed tariffs on US soybeans on Monday.",
                "Talks will be held in Geneva soon.",
                "The EU and Japan signed a deal.",
                "Nothing happened.",
                "Brazil could ban imports.",
                "India urged Pakistan to lift its export ban.",
                "  ",
                "The 10% tariff remains.",
            ]
        ),
        max_size=8,
    )
)
def test_sentences_in_any_order_never_break_extraction(parts: list[str]) -> None:
    body = "\n".join(parts)
    for mention in extract_mentions(_article(body)):
        assert mention.initiator is None or mention.initiator in mention.countries
        assert mention.target is None or mention.target in mention.countries


def test_a_deal_cited_in_a_sentence_about_goods_is_not_named_by_them() -> None:
    article = _article("LIMA, April 9 - Peru on Wednesday asked Chile to exempt Peruvian-made "
                       "cars from a new surcharge, citing the free trade agreement between the "
                       "two countries.", datetime(2027, 4, 9, 9, tzinfo=UTC))
    deal = [m for m in extract_mentions(article) if m.type == "trade_agreement"]
    assert [(m.salience, m.date, m.commodities) for m in deal] == [("background", None, ())]
