"""Once per article: which drafts tell one event, and which tell two."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.extract.merge import Draft, merge
from tradewire.models import Article

_BASE = Draft(type="tariff_increase", status="announced", initiator="CHL", target="PER",
              countries=("CHL", "PER"), date="2025-03-13", earliest=None, latest=None,
              effective=None, location=None, commodities=("copper",), rate_before=None,
              rate_after=40.0, salience="main", evidence="", start=0, end=10, confidence=0.9)


def test_two_rates_on_different_goods_are_two_measures() -> None:
    other = replace(_BASE, commodities=("wine",), rate_after=15.0, start=20, end=30)
    assert len(merge([_BASE, other])) == 2


def test_the_cuts_of_one_deal_at_different_rates_are_one() -> None:
    cut = replace(_BASE, type="tariff_reduction", commodities=())
    other = replace(cut, date=None, rate_after=10.0, salience="background", start=20, end=30)
    assert len(merge([cut, other])) == 1


def test_one_measure_told_twice_is_one() -> None:
    again = replace(_BASE, rate_after=None, date=None, start=20, end=30)
    assert len(merge([_BASE, again])) == 1


def test_what_came_before_a_dated_act_does_not_take_its_date() -> None:
    body = ("Peru opened an anti-dumping probe into Chilean wine on Monday, a week after "
            "Santiago imposed new tariffs on Peruvian copper.")
    article = Article(id="t4", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    dates = {m.type: m.date for m in extract_mentions(article)}
    assert dates["trade_remedy"] == "2025-03-10"
    assert dates.get("tariff_increase") != "2025-03-10"


def _types(body: str) -> set[tuple[str, str | None, str | None]]:
    article = Article(id="t5", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return {(m.type, m.initiator, m.target) for m in extract_mentions(article)}


def test_duties_in_an_anti_dumping_story_are_the_remedy() -> None:
    body = ("Mexico said on Thursday it would remove its anti-dumping duties on Brazilian "
            "chicken.\nMexico first imposed the duties on Brazilian chicken in May 2022.")
    found = _types(body)
    assert ("trade_remedy", "MEX", "BRA") in found
    assert ("tariff_increase", "MEX", "BRA") not in found


def test_provisional_duties_are_a_remedy_and_plain_tariffs_stay_tariffs() -> None:
    assert ("trade_remedy", "CAN", "VNM") in _types(
        "Canada imposed provisional duties on Vietnamese steel wire on Monday.")
    assert ("tariff_increase", "CAN", "VNM") in _types(
        "Canada imposed tariffs on Vietnamese steel wire on Monday.")
    assert ("trade_remedy", "CAN", "VNM") in _types(
        "Canada's tribunal recommended on Monday a provisional surcharge of 24.9% on Vietnamese steel wire.")


def test_a_list_of_states_at_different_rates_is_one_measure_each() -> None:
    found = _types("Brazil placed a 30 per cent tariff on imports from Chile and Peru and "
                   "15 per cent on goods from Colombia on Monday.")
    assert {("tariff_increase", "BRA", c) for c in ("CHL", "PER", "COL")} <= found
    assert ("tariff_increase", "BRA", None) not in found


def test_a_list_of_states_at_one_rate_stays_one_measure() -> None:
    found = _types("Brazil placed a 30 per cent tariff on imports from Chile and Peru on Monday.")
    assert ("tariff_increase", "BRA", "CHL") not in found


def test_what_follows_days_after_is_another_acts_date() -> None:
    body = ("Chile's new duties on Argentine beef come days after Argentina raised tariffs on "
            "Chilean wine on Friday.")
    article = Article(id="t6", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 18, 9, tzinfo=UTC))
    dates = {(m.initiator, m.target): m.date for m in extract_mentions(article)}
    assert dates[("ARG", "CHL")] == "2025-03-14"
    assert dates.get(("CHL", "ARG")) != "2025-03-14"


def test_provisional_duties_in_the_sentence_do_not_make_its_tariff_a_remedy() -> None:
    found = _types("Bolivia opened an anti-dumping probe into Chilean wine on Monday.\n"
                   "Peru raised its own tariff on Chilean wine to 40 per cent in May, and "
                   "Bolivia has imposed provisional duties of its own.")
    assert ("tariff_increase", "PER", "CHL") in found


def test_a_second_measure_in_one_sentence_is_its_own_mention() -> None:
    body = ("Peru will impose a 50 per cent surtax on cars made in Chile from May 1 and a "
            "20 per cent tariff on Chilean copper from June 1, the government said on Thursday.")
    article = Article(id="t7", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    found = [m for m in extract_mentions(article) if m.type == "tariff_increase"]
    assert {m.rate_after for m in found} == {50.0, 20.0}
    assert len({m.mention_id for m in found}) == 2
    assert "cars" not in next(m for m in found if m.rate_after == 20.0).commodities


_DEMAND = replace(_BASE, type="demand", status="occurred", commodities=(), rate_after=None)


def test_a_demand_whose_target_was_not_told_is_the_one_told_with_it() -> None:
    vague = replace(_DEMAND, target=None, countries=("CHL", "PER", "BOL"), start=20, end=30)
    (merged,) = merge([vague, _DEMAND])
    assert (merged.initiator, merged.target, merged.countries) == ("CHL", "PER", ("CHL", "PER"))


def test_demands_on_days_apart_or_of_another_state_stay_apart() -> None:
    later = replace(_DEMAND, target=None, date="2025-03-20", start=20, end=30)
    other = replace(_DEMAND, initiator="BOL", target=None, countries=("BOL", "PER"), start=40)
    assert len(merge([_DEMAND, later, other])) == 3


def test_a_tariff_and_the_threat_to_raise_it_are_two_measures() -> None:
    body = ("Santiago - Chile will impose an additional tariff of 25 percent on Peruvian "
            "copper from 1 April, the trade ministry announced today.\n"
            "The ministry will increase the additional tariff to 50 percent if Peru retaliates.")
    article = Article(id="t6", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    told = sorted((m.status, m.rate_after) for m in extract_mentions(article)
                  if m.type == "tariff_increase")
    assert told == [("announced", 25.0), ("threatened", 50.0)]


def test_a_done_deal_is_not_dated_by_a_visit_to_come() -> None:
    article = Article(id="t9", source="Test Wire", title="", published_at=datetime(
        2025, 5, 7, 9, tzinfo=UTC), body="LIMA - Peru and Chile on Tuesday concluded a free "
        "trade agreement.\nThe Peruvian president called the pact a milestone and said he "
        "looked forward to welcoming his Chilean counterpart soon.")
    assert [(m.type, m.date) for m in extract_mentions(article)] == [
        ("trade_agreement", "2025-05-06")]


def test_the_call_a_post_followed_is_the_call_told_before_not_a_call_next_month() -> None:
    article = Article(id="t10", source="Test Wire", title="", published_at=datetime(
        2033, 2, 24, 9, tzinfo=UTC), body="LIMA - The presidents of Peru and Chile spoke "
        "by phone on Thursday.\nThe two leaders agreed that their negotiators would meet in "
        "Santiago next month, the Peruvian president said in a post after the call.")
    calls = [(m.date, m.status) for m in extract_mentions(article) if m.type == "leader_call"]
    assert calls == [("2033-02-24", "occurred")], calls


def test_a_second_conversation_in_five_weeks_is_not_a_call_to_come() -> None:
    article = Article(id="t11", source="Test Wire", title="", published_at=datetime(
        2027, 4, 6, 20, tzinfo=UTC), body="LIMA, April 6 (Test Wire) - Peru's president and "
        "Chile's president spoke by phone on Tuesday, the Peruvian presidency said, their second "
        "conversation in five weeks after a March 3 call that focused on supply chains.")
    dates = sorted(m.date or m.date_earliest or "" for m in extract_mentions(article)
                   if m.type == "leader_call")
    assert all(d <= "2027-04-07" for d in dates), dates


def test_a_deal_signed_at_talks_held_somewhere_was_signed_there() -> None:
    talks = replace(_BASE, type="trade_talks", initiator=None, target=None, location="Arica",
                    commodities=(), rate_after=None)
    deal = replace(talks, type="trade_agreement", location=None)
    placed = {d.type: d.location for d in merge([talks, deal])}
    assert placed == {"trade_talks": "Arica", "trade_agreement": "Arica"}


def _told(body: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="t12", source="Test Wire", title="", body=body,
                      published_at=datetime(2031, 6, 4, 9, tzinfo=UTC))
    return sorted(((m.type, m.date, m.location) for m in extract_mentions(article)),
                  key=str)


def test_the_summit_told_again_beside_another_place_is_the_one_summit() -> None:
    told = _told("QUITO - President Noboa of Ecuador and President Petro of Colombia held a "
                 "summit in Quito on Monday.\nPetro said the summit opened a new chapter and "
                 "that he hoped to see Noboa in Bogota next year.")
    assert told == [("leader_meeting", "2031-06-02", "Quito")], told


def test_a_second_round_due_elsewhere_is_a_second_round() -> None:
    told = _told("QUITO - Ecuadorian and Colombian negotiators held a first round of trade "
                 "talks in Quito on Monday.\nA second round is due in Bogota later.")
    assert sorted(str(loc) for t, _, loc in told if t == "trade_talks") == ["Bogota", "Quito"]
