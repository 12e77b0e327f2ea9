"""JSON Schema contracts generated from the models; `schemas/` holds the checked-in copies.

    tradewire schemas --out schemas/     (a unit test fails when the two drift apart)
"""

from __future__ import annotations

from pathlib import Path

import orjson
from pydantic import BaseModel

from tradewire.models import Article, ConsolidatedEvent, EventMention

CONTRACTS: dict[str, type[BaseModel]] = {
    "article.schema.json": Article,
    "event-mention.schema.json": EventMention,
    "consolidated-event.schema.json": ConsolidatedEvent,
}


def render(model: type[BaseModel]) -> bytes:
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in CONTRACTS.items():
        path = directory / name
        path.write_bytes(render(model))
        written.append(path)
    return written
