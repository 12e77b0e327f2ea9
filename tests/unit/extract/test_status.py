"""Statuses, and the sentences that state no event at all."""

from __future__ import annotations

import pytest

from tradewire.extract.status import classify
from tradewire.extract.triggers import find_triggers


def _status(text: str) -> str | None:
    (trigger, *_) = find_triggers(text)
    return classify(text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Canberra did not impose tariffs on wine.",
        "Officials said Seoul could impose tariffs on steel.",
        "If talks fail, Ottawa might raise duties on dairy.",
        "Will Tokyo tighten export controls on chip tools?",
        "The ministry has no plans to ban imports of beef.",
        "Analysts think Brasilia would retaliate with new tariffs.",
    ],
)
def test_negated_hypothetical_and_questions_are_not_events(text: str) -> None:
    assert _status(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump threatened to impose tariffs on Mexican cars.", "threatened"),
        ("The commission proposed raising duties on Russian fertiliser.", "proposed"),
        ("The two leaders will meet in Lima next week.", "scheduled"),
        ("The two leaders met in Lima on Monday.", "occurred"),
        ("Negotiators held talks in Oslo.", "occurred"),
        ("Vietnam will cut tariffs on US farm goods.", "announced"),
        ("Jakarta said it would ban imports of sugar.", "announced"),
        ("The 10% tariff remains in effect on imports.", "in_effect"),
        ("Seoul will terminate its anti-dumping investigation into steel.", "ended"),
        ("Beijing will suspend its listing of firms on the entity list.", "suspended"),
        ("Pretoria denied that it had imposed export bans on chrome.", "denied"),
    ],
)
def test_statuses(text: str, expected: str) -> None:
    assert _status(text) == expected
