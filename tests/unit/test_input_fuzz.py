"""Hostile input: whatever bytes arrive, the pipeline either reads an article and extracts
from it, or refuses it with a BadArticleError that carries a reason. Nothing else escapes,
and no regular expression backtracks for long on adversarial text."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradewire.errors import BadArticleError, LimitExceededError
from tradewire.models import Article
from tradewire.pipeline import Limits, find_mentions, read_article

LIMITS = Limits(max_article_bytes=200_000, max_mentions_per_article=50)
REASONS = {"not_json", "not_object", "missing_field", "invalid_field", "too_large",
           "too_many_mentions", "unsupported_language", "published_in_future"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=20), st.integers(0, 10**9), st.none()),
        "source": st.one_of(st.text(max_size=20), st.none()),
        "title": st.one_of(st.text(max_size=40), st.integers(0, 10**9)),
        "body": st.one_of(st.text(max_size=400), st.integers(0, 10**9), st.none(), json_values),
        "published_at": st.one_of(
            st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
            st.text(max_size=30), st.integers(0, 10**12), st.datetimes().map(lambda d: d.isoformat()),
        ),
        "language": st.sampled_from(["en", "en-GB", "fr", "zh-Hans", "", "EN"]),
        "url": st.one_of(st.none(), st.text(max_size=30)),
    },
)


def outcome(raw: bytes, received_at: datetime | None = None) -> str:
    try:
        article = read_article(raw, LIMITS, received_at)
        find_mentions(article, LIMITS)
    except BadArticleError as exc:
        assert exc.reason in REASONS, exc.reason
        assert str(exc), "a reason comes with a readable detail"
        return exc.reason
    return "processed"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000))
def test_any_bytes_end_processed_or_refused_with_a_reason(raw: bytes) -> None:
    outcome(raw)


@settings(max_examples=300, deadline=None)
@given(fields)
def test_any_json_object_ends_processed_or_refused_with_a_reason(data: dict[str, object]) -> None:
    result = outcome(orjson.dumps(data))
    valid = (
        isinstance(data.get("id"), str) and data["id"] and isinstance(data.get("body"), str)
        and isinstance(data.get("source"), str) and data["source"]
    )
    if result == "processed":
        assert valid


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3_000))
def test_any_english_body_is_processed(body: str) -> None:
    article = {"id": "f", "source": "Fuzz", "body": body, "published_at": "2025-06-06T08:00:00Z"}
    assert outcome(orjson.dumps(article)) == "processed"


def test_invalid_utf8_is_not_json() -> None:
    assert outcome(b'{"id": "x", "source": "y", "body": "\xff\xfe", "published_at": "2025"}') == "not_json"


def test_a_ten_megabyte_body_is_refused_as_too_large() -> None:
    big = orjson.dumps({"id": "big", "source": "S", "body": "x" * 10_000_000,
                        "published_at": "2025-06-06T08:00:00Z"})
    with pytest.raises(LimitExceededError) as caught:
        read_article(big, Limits())
    assert caught.value.reason == "too_large" and "10000" in caught.value.detail


def test_too_many_mentions_is_refused() -> None:
    body = " ".join(
        f"On June {d}, {a} imposed tariffs on steel from {b}."
        for d in range(1, 28) for a, b in [("Canada", "Mexico"), ("Japan", "India")]
    )
    article = Article.model_validate(
        {"id": "m", "source": "S", "body": body, "published_at": "2025-06-30T08:00:00Z"}
    )
    assert len(find_mentions(article, Limits())) > 1
    with pytest.raises(LimitExceededError) as caught:
        find_mentions(article, Limits(max_mentions_per_article=1))
    assert caught.value.reason == "too_many_mentions"


def test_other_languages_and_future_dates_are_refused() -> None:
    base = {"id": "l", "source": "S", "body": "Le Canada et le Japon.",
            "published_at": "2025-06-06T08:00:00Z"}
    assert outcome(orjson.dumps({**base, "language": "fr"})) == "unsupported_language"
    written = datetime(2025, 6, 6, 8, tzinfo=UTC)
    future = orjson.dumps({**base, "language": "en", "published_at": "2031-01-01T00:00:00Z"})
    assert outcome(future, written) == "published_in_future"
    assert outcome(future) == "processed", "offline, without a record time, nothing to compare"
    soon = (written + timedelta(hours=3)).isoformat()
    assert outcome(orjson.dumps({**base, "language": "en", "published_at": soon}), written) == "processed"


ADVERSARIAL = [
    "a " * 50_000,
    "(" * 20_000 + ")" * 20_000,
    "U.S. " * 20_000,
    "tariffs on " * 10_000,
    "1" * 100_000,
    "June " * 20_000 + "9",
    "China, " * 15_000 + "and",
    "China, " * 15_000 + "imposed tariffs on Japan.",
    "-" * 100_000,
    "%" * 50_000,
    "the United States and " * 5_000,
    " ".join(["Mr."] * 30_000),
    "\n" * 50_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_no_catastrophic_backtracking(text: str) -> None:
    """A budget of seconds, not milliseconds: this catches exponential blow-ups only."""
    article = Article.model_validate(
        {"id": "adv", "source": "S", "title": text[:5_000], "body": text,
         "published_at": "2025-06-06T08:00:00Z"}
    )
    started = time.process_time()
    find_mentions(article, LIMITS)
    assert time.process_time() - started < 10.0
