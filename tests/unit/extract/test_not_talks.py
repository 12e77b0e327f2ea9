"""Meetings, visits and talks that are no trade talks between states, and a call that is no
demand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str) -> list[str]:
    article = Article(id="nt", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [m.type for m in extract_mentions(article)]


@pytest.mark.parametrize("body", [
    "The decision, taken at a cabinet meeting in Madrid on Friday, keeps the Chinese investor "
    "off the board.",
    "The suspension covers visits for tourism and business, the Korean embassy in Tokyo said.",
    "Farm groups asked Ottawa to seek talks with Beijing over the duties.",
    "Canberra and Jakarta signed the pact after four years of negotiations.",
    "The next negotiating round between Canberra and Jakarta is expected to take place in "
    "Bali, although no date has been set.",
    "Chile and Peru will hold a further round of trade talks in Lima; the dates are yet to be "
    "fixed.",
    "Chile and Peru have kept close political ties, and their foreign ministers discussed "
    "climate finance and the war in Ukraine on the sidelines of a United Nations meeting last "
    "month.",
])
def test_no_trade_talks_between_states(body: str) -> None:
    assert "trade_talks" not in _told(body)
    assert "leader_meeting" not in _told(body)


def test_talks_held_are_still_talks() -> None:
    assert "trade_talks" in _told("Canada and China held trade talks in Ottawa on Monday.")


def test_a_call_on_a_weekday_is_no_demand_but_calling_on_a_state_is() -> None:
    assert "demand" not in _told("Starmer and Modi confirmed the pact in a call on Tuesday.")
    assert "demand" in _told("Canada called on China to lift the ban on canola.")


def test_an_example_of_a_standing_practice_is_no_new_measure() -> None:
    assert _told("For example, Canada imposes tariffs that can exceed 200% on US dairy.") == []
    assert "tariff_increase" in _told("For example, Canada imposed a 25% tariff on US steel on "
                                      "Monday.")


@pytest.mark.parametrize("body", [
    "The foreign ministers of Chile and Peru met in Lima on Thursday and pledged to deepen "
    "security cooperation, including joint patrols.",
    "Peru's negotiating text, published on Monday, asks Chile for wider quotas.",
    "Peru's trade minister on Thursday invited Chile's economy minister to visit Lima for talks "
    "on copper and fishmeal.",
    "Chile's deputy minister invited her Peruvian counterpart to visit Santiago later this year to "
    "continue the discussions.",
])
def test_no_talks_from_security_pledges_texts_or_an_invitations_purpose(body: str) -> None:
    assert "trade_talks" not in _told(body)


@pytest.mark.parametrize("body", [
    "The Lima Lions open the second round of the playoffs at home against Santiago on Saturday.",
    "Peru's central bank releases the minutes of its last policy meeting on Wednesday.",
    "Also on Wednesday, the foreign ministers of Chile and Peru met in Lima to discuss air defence.",
])
def test_no_talks_from_sport_central_bank_minutes_or_air_defence(body: str) -> None:
    told = _told("Chile imposed a 10% tariff on Peruvian wine on Monday.\n" + body)
    assert "trade_talks" not in told and "tariff_increase" in told


def test_leaders_meeting_on_energy_security_still_meet() -> None:
    assert "leader_meeting" in _told("Chilean President Rosa Vidal and Peruvian President Tomas "
                                     "Ortiz met in Lima on Monday to discuss energy security.")


@pytest.mark.parametrize("body", [
    "Coming up: Brazil's foreign trade chamber meets on 15 October, though no tariff decisions "
    "are on its agenda.",
    "Coming up: the WTO's safeguards committee meets in Geneva on Monday.",
])
def test_a_body_meeting_on_its_own_is_no_encounter(body: str) -> None:
    # (in a story of two states, which would otherwise fill its parties)
    assert _told("Brazil raised its tariff on Argentine wine on Tuesday.\n" + body) == [
        "tariff_increase"]


def test_a_joint_committee_meeting_is_still_talks() -> None:
    assert _told("The Chile-Peru joint committee meets in Lima on Monday.") == ["trade_talks"]


def test_a_groupings_ministers_meeting_is_no_encounter_of_the_storys_states() -> None:
    assert _told("Brazil raised its tariff on Argentine wine on Tuesday.\nNEXT WEEK: Ministers from "
                 "the G20 meet in Cape Town, where trade is on the agenda.") == ["tariff_increase"]


@pytest.mark.parametrize("body", [
    "The General Council met on Wednesday and Thursday but again failed to agree on reform.",
    "On Friday, the AfCFTA Council of Ministers met in Addis Ababa to review rules of origin.",
    "The deal was signed on Friday at a meeting of the Supreme Eurasian Economic Council in Minsk.",
])
def test_a_groupings_own_council_meeting_is_no_talks(body: str) -> None:
    assert "trade_talks" not in _told("Canada asked India to lift its ban on Canadian peas.\n" + body)


def test_a_two_state_bodys_committee_meeting_is_still_their_talks() -> None:
    assert "trade_talks" in _told("Chile and Peru signed a services framework on Wednesday, a day "
                                  "after the economic committee of their coordination council met "
                                  "in Lima.")


def test_a_round_of_talks_told_by_both_nouns_is_one_round_between_all_parties() -> None:
    article = Article(id="nt", source="Test Wire", title="",
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC),
                      body="RIYADH - Negotiators from the Gulf Cooperation Council and the United "
                           "Kingdom will open a new round of free trade talks in Riyadh on Monday, "
                           "the GCC secretariat said.")
    assert [(m.type, m.countries, m.date) for m in extract_mentions(article)] == [
        ("trade_talks", ("ARE", "BHR", "GBR", "KWT", "OMN", "QAT", "SAU"), "2025-03-17")]
