"""Sentences that look like events and are not, and events that look like other types.

Each sentence is written for this test; the extractor must get the general cause right
(a soft "agree to", a deal pursued rather than reached, who reports an event, an opinion).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _types(body: str, title: str = "") -> list[tuple[str, tuple[str, ...]]]:
    article = Article(id="t1", source="Test Wire", title=title, body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, tuple(m.countries)) for m in extract_mentions(article)]


@pytest.mark.parametrize(
    "body",
    [
        "Chile and Peru agreed to stay in touch on mining issues.",
        "The presidents of Chile and Peru agreed to deepen cooperation on lithium.",
        "Norway and Chile are working to close the last gaps in a free trade agreement.",
        "Chilean and Peruvian negotiators made progress toward a trade deal in Lima.",
        '"Santiago is leaving the door open to a deal with Lima," said an analyst at a bank.',
        "Economists said Peru could raise tariffs on Chilean wine next year.",
        "Officials in Lima said no trade deal with Chile had been reached.",
        "Peru said it would wait until Chile signs a free trade deal.",
    ],
)
def test_no_agreement_or_measure(body: str) -> None:
    assert not [t for t, _ in _types(body) if t in ("trade_agreement", "tariff_increase")]


def test_an_agreed_trade_act_is_a_deal() -> None:
    types = [t for t, _ in _types("Chile and Peru agreed to cut tariffs on each other's fruit.")]
    assert "trade_agreement" in types


def test_talks_toward_a_deal_are_talks_only() -> None:
    found = _types("Negotiators from Chile and Peru held talks in Lima on Tuesday, aiming to"
                   " close remaining gaps in a free trade agreement.")
    assert found == [("trade_talks", ("CHL", "PER"))]


def test_a_generic_ministry_names_no_country() -> None:
    found = _types("SANTIAGO — Negotiators from Peru and Norway will hold trade talks next"
                   " week, the commerce ministry said.")
    assert found == [("trade_talks", ("NOR", "PER"))]


def test_who_reports_a_leaders_call_is_no_party_to_it() -> None:
    body = ("Peru's president and Chile's president held a phone call on Monday.\n"
            "Officials said the call covered copper and lithium.")
    assert _types(body) == [("leader_call", ("CHL", "PER"))]


def test_leaders_holding_talks_meet() -> None:
    found = _types("Chilean President Gabriel Boric held talks with Argentine President"
                   " Javier Milei in Santiago on Monday.")
    assert found == [("leader_meeting", ("ARG", "CHL"))]


def test_negotiated_as_an_adjective_is_no_talks() -> None:
    found = _types("Lima still hopes for a negotiated outcome with Chile on fruit duties.")
    assert "trade_talks" not in [t for t, _ in found]


def test_a_group_summit_is_no_meeting_of_two() -> None:
    found = _types("Boric met Milei on the sidelines of the APEC summit in Lima in November.")
    assert [t for t, _ in found] == ["leader_meeting"]


def test_the_state_before_a_tariff_owns_it() -> None:
    article = Article(id="t2", source="Test Wire", body=(
        "Lima said a new 20 per cent Chilean tariff imposed over its fishing rules was unfair."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    (increase,) = [m for m in extract_mentions(article) if m.type == "tariff_increase"]
    assert (increase.initiator, increase.target) == ("CHL", "PER")


def test_a_far_agent_after_a_comma_is_not_the_actor() -> None:
    article = Article(id="t3", source="Test Wire", body=(
        "Peru will impose a 30 per cent surtax on Chilean wine from May 1, the president"
        " announced, following a similar step by Argentina."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    (increase,) = [m for m in extract_mentions(article) if m.type == "tariff_increase"]
    assert (increase.initiator, increase.target) == ("PER", "CHL")


def test_a_meeting_date_is_the_one_next_to_it() -> None:
    article = Article(id="t4", source="Test Wire", body=(
        "Boric, who received Peru's trade minister on Tuesday, will hold talks with"
        " President Javier Milei in Buenos Aires on March 28."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    (meeting,) = extract_mentions(article)
    assert (meeting.type, meeting.date) == ("leader_meeting", "2025-03-28")


def test_paused_tariffs_are_a_reduction() -> None:
    found = _types("Chile will hold off on its planned tariffs on Peruvian sugar for 30 days.\n"
                   "Peru said the levies on Chilean fruit will be removed from Friday.")
    assert [t for t, _ in found] == ["tariff_reduction", "tariff_reduction"]


def test_a_listed_state_shares_the_role_of_the_one_before() -> None:
    article = Article(id="t5", source="Test Wire", body=(
        "Peru has imposed anti-dumping duties on steel wire from Chile and Ecuador."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    (remedy,) = extract_mentions(article)
    assert (remedy.initiator, list(remedy.countries)) == ("PER", ["CHL", "ECU", "PER"])


def test_the_call_of_officials_is_their_talks() -> None:
    body = ("Peru's trade minister held a video call with Chile's economy minister on Monday.\n"
            "Lima described the call as constructive.")
    assert _types(body) == [("trade_talks", ("CHL", "PER"))]
