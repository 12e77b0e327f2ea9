"""The checked-in JSON Schemas are exactly what the models generate (regenerate with
`tradewire schemas --out schemas`)."""

from pathlib import Path

import pytest

from tradewire.schemas import CONTRACTS, render

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_checked_in_schema_matches_model(name: str) -> None:
    assert (SCHEMAS / name).read_bytes() == render(CONTRACTS[name]), (
        f"schemas/{name} drifted from the model: run `tradewire schemas --out schemas`"
    )


def test_taxonomy_fields_are_in_the_event_contract() -> None:
    fields = set(CONTRACTS["consolidated-event.schema.json"].model_fields)
    assert {
        "event_id", "version", "type", "status", "initiator", "target", "countries", "date",
        "effective_date", "location", "commodities", "sources", "merged_into", "change",
        "independent_sources", "corroboration", "conflicts",
    } <= fields
