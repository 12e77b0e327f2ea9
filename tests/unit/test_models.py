"""Article parsing: what is an article and what goes to the dead-letter topic, and why."""

import orjson
import pytest

from tradewire.errors import BadArticleError
from tradewire.models import ConsolidatedEvent, dumps, parse_article

GOOD = {
    "id": "a-1",
    "source": "Test Wire",
    "url": None,
    "title": "Call",
    "body": "The leaders spoke.",
    "published_at": "2025-06-06T08:00:00Z",
}


def raw(**changes: object) -> bytes:
    data = {**GOOD, **changes}
    return orjson.dumps({k: v for k, v in data.items() if v is not ...})


def test_good_article_round_trips() -> None:
    article = parse_article(raw())
    assert article.id == "a-1" and article.language == "en"
    assert parse_article(dumps(article)) == article


def test_extra_fields_are_kept() -> None:
    assert parse_article(raw(wire_priority=3)).model_extra == {"wire_priority": 3}


@pytest.mark.parametrize(
    ("payload", "reason", "words"),
    [
        (b"not json at all", "not_json", "not JSON"),
        (b"\xff\xfe\x00garbage", "not_json", "not JSON"),
        (b"[1, 2]", "not_object", "list"),
        (raw(body=...), "missing_field", "body"),
        (raw(published_at="last Tuesday"), "invalid_field", "published_at"),
        (raw(published_at="2025-06-06T08:00:00"), "invalid_field", "time zone"),
        (raw(body=42), "invalid_field", "body"),
        (raw(id=""), "invalid_field", "id"),
    ],
)
def test_bad_input_has_a_reason(payload: bytes, reason: str, words: str) -> None:
    with pytest.raises(BadArticleError) as caught:
        parse_article(payload)
    assert caught.value.reason == reason
    assert words in str(caught.value)


def test_event_dates_are_checked() -> None:
    base = {
        "event_id": "e", "version": 1, "type": "leader_call", "status": "occurred",
        "countries": ["CHN", "USA"], "sources": [], "change": "new",
        "independent_sources": 0, "corroboration": "provisional",
    }
    assert ConsolidatedEvent.model_validate({**base, "date": "2025-06"}).date == "2025-06"
    with pytest.raises(ValueError, match="not a YYYY-MM-DD"):
        ConsolidatedEvent.model_validate({**base, "date": "2025-02-30"})
    with pytest.raises(ValueError):
        ConsolidatedEvent.model_validate({**base, "type": "war"})
