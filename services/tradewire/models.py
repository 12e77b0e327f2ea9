"""Contracts: the article that comes in, the mentions the extractor finds, the
consolidated event that goes out (../shared/TAXONOMY.md), with orjson (de)serialisation.

Every model is frozen: the pure core passes values, never shared mutable state.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Annotated, Literal

import orjson
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from tradewire.errors import BadArticleError

EventType = Literal[
    "leader_call",
    "leader_meeting",
    "trade_talks",
    "visit_invitation",
    "trade_agreement",
    "tariff_increase",
    "tariff_reduction",
    "export_control",
    "export_control_easing",
    "import_restriction",
    "sanction",
    "investment_restriction",
    "visa_restriction",
    "trade_remedy",
    "accusation",
    "demand",
]
SYMMETRIC_TYPES: frozenset[str] = frozenset(
    {"leader_call", "leader_meeting", "trade_talks", "trade_agreement"}
)
# A deal, and the tariff cuts each side makes in it, cover many goods at many rates: one
# source names some, another others, so goods and rates do not tell two of them apart.
BROAD_TYPES: frozenset[str] = frozenset({"trade_agreement", "tariff_reduction"})
Status = Literal[
    "threatened", "proposed", "announced", "scheduled", "occurred",
    "in_effect", "suspended", "ended", "denied",
]
Change = Literal["new", "new_source", "new_details", "conflict", "status_change", "merged"]
Salience = Literal["main", "background"]


def unaccented(text: str) -> str:
    """"Brasília" -> "Brasilia": the letters without their accents (a place written either
    way is one place, to extraction and to consolidation alike)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("published_at needs a time zone (RFC 3339)")
    return value


def _date_text(value: str | None) -> str | None:
    """`YYYY-MM-DD` or `YYYY-MM`, checked for a real calendar day."""
    if value is None:
        return None
    try:
        datetime.strptime(value, "%Y-%m-%d" if len(value) == 10 else "%Y-%m")
    except ValueError as exc:
        raise ValueError(f"not a YYYY-MM-DD or YYYY-MM date: {value!r}") from exc
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
DateText = Annotated[str | None, AfterValidator(_date_text)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    """One wire article (topic `articles`). Unknown extra fields are kept, not refused."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: Annotated[str, Field(min_length=1, max_length=512)]
    source: Annotated[str, Field(min_length=1, max_length=512)]
    url: str | None = None
    title: str = ""
    body: str
    published_at: AwareDatetime
    language: str = "en"


class EventMention(_Frozen):
    """One event as one article tells it: the unit the extractor emits."""

    mention_id: str
    article_id: str
    source: str
    url: str | None = None
    published_at: AwareDatetime
    type: EventType
    status: Status
    initiator: CountryCode | None = None
    target: CountryCode | None = None
    # The article named no target for it: `target` is the article's other state, a guess
    # (consolidation lets another outlet's target, or none, stand in for it).
    target_guessed: bool = False
    countries: tuple[CountryCode, ...]
    date: DateText = None
    # A window that holds the date when the article gives only one ("soon", "next week").
    date_earliest: DateText = None
    date_latest: DateText = None
    effective_date: DateText = None
    location: str | None = None
    commodities: tuple[str, ...] = ()
    rate_before: float | None = None
    rate_after: float | None = None
    salience: Salience = "main"
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    # Near-duplicate fingerprint of the whole article (syndicated copies share it).
    fingerprint: str | None = None


class Source(_Frozen):
    article_id: str
    source: str
    url: str | None = None
    published_at: AwareDatetime
    evidence: str
    confidence: float


class ConflictValue(_Frozen):
    value: str | float | None
    article_ids: tuple[str, ...]


class Conflict(_Frozen):
    attribute: str
    values: tuple[ConflictValue, ...]


class ConsolidatedEvent(_Frozen):
    """One real-world event, as published (topic `trade-events`, key = event_id)."""

    event_id: str
    version: Annotated[int, Field(ge=1)]
    type: EventType
    status: Status
    initiator: CountryCode | None = None
    target: CountryCode | None = None
    countries: tuple[CountryCode, ...]
    date: DateText = None
    effective_date: DateText = None
    location: str | None = None
    commodities: tuple[str, ...] = ()
    rate_before: float | None = None
    rate_after: float | None = None
    sources: tuple[Source, ...]
    merged_into: str | None = None
    change: Change
    independent_sources: Annotated[int, Field(ge=0)]
    corroboration: Literal["provisional", "confirmed"]
    conflicts: tuple[Conflict, ...] = ()


def parse_article(raw: bytes) -> Article:
    """Bytes from the wire -> Article, or BadArticleError saying what is wrong."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadArticleError("not_json", f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadArticleError("not_object", f"expected a JSON object, got {type(data).__name__}")
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "article"
        reason = "missing_field" if first["type"] == "missing" else "invalid_field"
        raise BadArticleError(reason, f"{field}: {first['msg']}") from exc


def dumps(model: BaseModel) -> bytes:
    """A model -> compact JSON bytes (the wire and JSON Lines format)."""
    return orjson.dumps(model.model_dump(mode="json"))
