"""People an article introduces with their state stand for it when named again."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.extract.actors import find_actors
from tradewire.extract.names import introduced, named_again
from tradewire.models import Article


def _people(*sentences: str) -> dict[str, str]:
    return introduced((s, find_actors(s)) for s in sentences)


def test_a_person_introduced_with_a_state_and_title_is_that_states() -> None:
    people = _people("Chilean Trade Minister Ana Rojas met Peru's Foreign Minister Luis Quispe "
                     "on Monday.", "U.S. Trade Representative Joel Brandt said.")
    assert people["Rojas"] == "CHL" and people["Ana Rojas"] == "CHL"
    assert people["Quispe"] == "PER"
    assert people["Brandt"] == "USA"
    text = "Rojas said Quispe had agreed."
    assert [(a.code, a.text) for a in named_again(text, find_actors(text), people)] == [
        ("CHL", "Rojas"), ("PER", "Quispe")]


def test_a_name_two_states_claim_or_a_known_actor_stays_out() -> None:
    people = _people("Chilean Trade Minister Ana Rojas met Peruvian Minister Pedro Rojas.",
                     "Chilean Minister Rosa Jordan spoke.")
    assert "Rojas" not in people
    assert "Jordan" not in people  # (a state's name)


def test_a_leader_named_again_makes_the_call_a_call_between_states() -> None:
    body = ("BRASILIA - Brazil's trade minister said on Monday that Brazil would watch the "
            "dispute; Brazil exports little wine.\n"
            "Chilean President Tomas Vidal spoke by phone with Peruvian President Rosa Quispe on "
            "Monday.\n"
            "Quispe threatened to impose tariffs on Chilean wine.")
    article = Article(id="nm", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 17, 18, tzinfo=UTC))
    told = {(m.type, m.initiator, m.target) for m in extract_mentions(article)}
    assert ("tariff_increase", "PER", "CHL") in told
