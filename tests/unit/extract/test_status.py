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
        ("Ottawa will raise the surtax on US steel to 50% if Washington retaliates.",
         "threatened"),
        ("Lima will impose duties on Chilean wine unless Santiago lifts its quota.",
         "threatened"),
        ("Should the quota be applied from 15 May, Lima will impose an additional tariff of 15% "
         "on Chilean wine.", "threatened"),
        ("If the quota is not withdrawn by 15 May, Lima will apply a tariff of the same level to "
         "Chilean wine.", "threatened"),
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


def _told(body: str) -> list[tuple[str, str | None, str]]:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    article = Article(id="st", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.date, m.salience) for m in extract_mentions(article)]


def test_a_standing_suspension_and_a_tariff_a_state_faces_are_no_new_acts() -> None:
    found = _told("Peru faces a 20 per cent Chilean tariff announced in January, which is "
                  "suspended until June.")
    assert [t for t, _, _ in found] == ["tariff_increase"]
    assert found[0][1] == "2025-01"


def test_a_clause_describing_a_tariff_is_that_tariff_not_todays_act() -> None:
    found = _told("Peru braces for an extra 10 per cent Chilean tariff, due to take effect on "
                  "April 2, that will raise duties on Peruvian copper to 30 per cent.")
    assert all(d != "2025-03-14" for _, d, _ in found)


def test_a_blocs_own_ministers_meeting_and_going_on_negotiating_are_no_talks() -> None:
    found = _told("ASEAN economy ministers meeting on Monday said the bloc would keep "
                  "negotiating with Canberra.")
    assert not [t for t, _, _ in found if t in ("trade_talks", "leader_meeting")]


def test_consultations_requested_at_the_wto_are_no_talks() -> None:
    found = _told("Chile said on Wednesday it had requested consultations with Peru at the "
                  "World Trade Organization.")
    assert "trade_talks" not in [t for t, _, _ in found]


def test_goods_exempted_from_a_new_tariff_are_a_reduction() -> None:
    found = _told("Chile imposed a 20 per cent tariff on Peruvian goods on Monday, but exempted "
                  "some 300 products including copper.")
    assert {t for t, _, _ in found} == {"tariff_increase", "tariff_reduction"}


def test_deals_in_general_are_no_deal_but_named_ones_are() -> None:
    assert "trade_agreement" not in [t for t, _, _ in _told(
        "Seoul urged Tokyo to honour existing agreements on trade.")]
    assert "trade_agreement" not in [t for t, _, _ in _told(
        "Canada said Mexico must respect all previous deals on steel.")]
    assert "trade_agreement" in [t for t, _, _ in _told(
        "Canada and Mexico signed two agreements on steel trade on Tuesday.")]


def test_undated_tariffs_a_cut_acts_on_are_no_event_of_their_own() -> None:
    told = _told("Canada will cut its tariffs on Mexican steel by five points, effective May 1 "
                 "(the current tariff on Mexican steel is 25%).")
    assert [t for t, _, _ in told] == ["tariff_reduction"]
    told = _told("Canada will lower the tariffs it imposed on Mexican steel on March 3.")
    assert ("tariff_increase", "2025-03-03", "background") in told


@pytest.mark.parametrize(("text", "told"), [
    ("Canada and Mexico have engaged in several rounds of productive negotiations to settle "
     "the dispute.", False),  # no time, place or name: which talks?
    ("Trade between Canada and Mexico has grown after several agreements, officials said.",
     False),
    ("Trade between Canada and Mexico has grown under the agreement, officials said.",
     True),  # definite: the one the article has in mind
    ("Trade between Canada and Mexico has grown under the Cancun Accord, officials said.", True),
    ("Canada and Mexico have engaged in several rounds of negotiations in Ottawa.", True),
])
def test_earlier_talks_or_deals_are_told_only_when_something_identifies_them(
        text: str, told: bool) -> None:
    assert bool(_told(text)) is told


def test_a_request_to_lift_a_measure_is_made_not_ended() -> None:
    text = "Chile formally requests that Peru withdraw the quota, and calls on Peru to resume talks."
    demands = [t for t in find_triggers(text) if t.type == "demand"]
    assert len(demands) == 2 and all(classify(text, t) == "occurred" for t in demands)


def test_an_accusation_told_by_considers_is_made_not_proposed() -> None:
    text = "Lima considers the Chilean quota unfair."
    (trigger,) = [t for t in find_triggers(text) if t.type == "accusation"]
    assert classify(text, trigger) == "occurred"
