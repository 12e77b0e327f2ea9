"""Investment restrictions told as a state taking over, seizing or fencing in a foreign-owned
firm, and the owner of the firm as the side the measure hits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="inv", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target) for m in extract_mentions(article)]


@pytest.mark.parametrize("body", [
    "Spain has taken control of Aerolux, the Spanish drone maker owned by China's Skyward "
    "Group, the industry ministry said on Thursday.",
    "Poland seized temporary control over Baltic Rail, a freight operator owned by Russia's "
    "Volga Holdings, on Wednesday.",
    "Rome placed strict limits on the influence that China's Sinolube can exert over the "
    "tyre maker on Friday.",
    "Washington barred American firms from engaging in certain investments in Chinese chip "
    "makers on Tuesday.",
    "Lima refused a Chinese state-owned operator's bid for a stake in a Callao terminal on "
    "Tuesday.",
    "Peru's finance ministry on Tuesday refused an investment registration certificate to a "
    "Chinese port operator that sought a stake in a Callao terminal.",
    "Lima moved on Tuesday to block the sale of a Peruvian laser specialist to a Chinese "
    "state-backed fund.",
    # a stake or a yard sold is an investment, not goods exported
    "Chile's government on Tuesday blocked the sale of a 40% stake in the Atacama salt project "
    "Sol Alto to a Chinese state-owned mining group.",
    "Finland on Friday blocked the sale of the Turku ship-repair yard Merivarvi to a subsidiary "
    "of a Chinese state-owned shipbuilder.",
])
def test_a_state_fencing_in_a_foreign_owned_firm_restricts_investment(body: str) -> None:
    kinds = [t for t, _, _ in _told(body)]
    assert "investment_restriction" in kinds and "export_control" not in kinds


def test_the_owner_of_the_firm_is_the_target_not_where_it_is_based() -> None:
    told = _told("Britain has ordered Dalton Micro, the Irish chipmaker owned by China's "
                 "Wuxing Technology, to sell its stake in a Welsh plant on Wednesday.")
    assert ("investment_restriction", "GBR", "CHN") in told
    told = _told("Spain has taken control of Aerolux, the Spanish drone maker owned by China's "
                 "Skyward Group, the industry ministry said on Thursday.")
    assert ("investment_restriction", "ESP", "CHN") in told


def test_a_buyer_controlled_by_a_state_is_the_target_whatever_its_article() -> None:
    told = _told("Lima on Wednesday blocked the acquisition of a Peruvian drive-train maker by a "
                 "fund controlled by a Chinese state-owned group.")
    assert ("investment_restriction", "PER", "CHN") in told
    told = _told("Canberra on Wednesday ordered five investors linked to China to sell their "
                 "combined 19.8% stake in a rare earths developer.")
    assert ("investment_restriction", "AUS", "CHN") in told


def test_taking_control_of_a_place_is_no_investment_measure() -> None:
    assert _told("Rebel forces took control of the port city on Sunday.") == []


@pytest.mark.parametrize("body", [
    "Canberra blocked a China-controlled investor's bid to lift its holding in a lithium "
    "miner on Tuesday.",
    "Australia's blocking of a Chinese investor's bid to raise its stake in a lithium miner "
    "drew a protest from Beijing on Tuesday.",
])
def test_a_blocked_bid_to_raise_a_stake_restricts_investment(body: str) -> None:
    assert ("investment_restriction", "AUS", "CHN") in _told(body)


@pytest.mark.parametrize("source", ["The Treasury (Australia)", "Treasury Ministers, Australian Government",
                                    "The Treasury, Australian Government"])
@pytest.mark.parametrize("order", [
    "Today I have made an order under the Foreign Acquisitions and Takeovers Act 1975 requiring "
    "five investors associated with the People's Republic of China to divest their "
    "shareholdings in Southern Cobalt Ltd within 60 days.",
    "Today I have made an order under section 67 of the Foreign Acquisitions and Takeovers Act "
    "1975 prohibiting the proposed acquisition of a 19.9 per cent interest in Southern Cobalt "
    "Ltd by Jinhai Minerals Co., Ltd, a company controlled by a state-owned enterprise of the "
    "People's Republic of China.",
])
def test_a_treasurers_order_is_her_governments_measure(source: str, order: str) -> None:
    article = Article(id="inv", source=source, title="", body=order,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert [(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)] == [
        ("investment_restriction", "AUS", "CHN", "2025-03-14")]


def test_an_order_to_dispose_of_interests_is_an_investment_restriction() -> None:
    body = ("Canberra on Friday ordered two investors controlled from China to dispose of their "
            "shares in a rare earths miner.")
    assert _told(body) == [("investment_restriction", "AUS", "CHN")]


def test_the_buyer_named_after_by_is_hit_not_the_blocker() -> None:
    assert _told("Chile's finance minister on Wednesday blocked the proposed takeover of a Santiago "
                 "dairy by Peru's Andes Nutrition Group, citing the national interest.") == [
        ("investment_restriction", "CHL", "PER")]


def test_the_buyer_named_after_an_appositive_is_the_target_not_the_blocker() -> None:
    told = _told("On Thursday Peru's economy minister issued a final order blocking the acquisition "
                 "of Andes Cells, a Peruvian battery maker, by a Chilean state-backed group.")
    assert ("investment_restriction", "PER", "CHL") in told
    told = _told("A Chilean trader's plan to buy a 49% stake in a Peruvian port operator was blocked "
                 "on Wednesday by Peru's investment screening commission.")
    assert ("investment_restriction", "PER", "CHL") in told


def test_a_reviewer_named_after_by_is_no_buyer() -> None:
    told = _told("Washington on Friday ordered Hangzhou-based Lotus Fund to divest its 40% stake in "
                 "Ohio-based Gridline within 90 days, following a review by the Committee on "
                 "Foreign Investment in the United States.")
    assert [(i, t) for kind, i, t in told if kind == "investment_restriction"] == [("USA", "CHN")]
