"""Classes of phrasing news wires use for each act, and their non-event look-alikes.

Every sentence here is invented for the test; each construction has a case that states the
event and, where the words allow it, one that does not (negated, hypothetical, an opinion).
"""

from __future__ import annotations

import pytest

from tradewire.extract.status import classify
from tradewire.extract.triggers import find_triggers


def _events(text: str) -> list[tuple[str, str | None]]:
    """(type, status) of every trigger that states an event."""
    return [(t.type, s) for t in find_triggers(text) if (s := classify(text, t)) is not None]


def _types(text: str) -> set[str]:
    return {t for t, _ in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, May 4 - Peru has banned imports of Chilean apples.",
        "It cited a decree issued in late May halting imports of Bolivian soy.",
    ],
)
def test_the_month_may_is_no_modal(text: str) -> None:
    assert _types(text) == {"import_restriction"}


def test_the_modal_may_still_is() -> None:
    assert _types("Quito may ban imports of Peruvian rice.") == set()
