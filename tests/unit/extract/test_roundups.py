"""Roundups and follow-ups: items with their own headings, acts told by their maker and day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article

MONDAY = datetime(2025, 3, 17, 18, tzinfo=UTC)


def _told(body: str) -> set[tuple[str, str | None, str | None, str | None, str]]:
    article = Article(id="rd", source="Test Wire", title="", body=body, published_at=MONDAY)
    return {(m.type, m.initiator, m.target, m.date, m.status) for m in extract_mentions(article)}


def test_each_roundup_item_is_its_own_story() -> None:
    body = ("LIMA - Peru on Monday raised tariffs on steel from Chile and Bolivia.\n"
            "NAIROBI - Kenya resumed issuing work visas to Ugandan nationals on Monday, ending a "
            "suspension imposed on March 3. The two countries' presidents had discussed the "
            "issue by telephone on March 6.\n"
            "WARSAW - Poland on Monday rejected Chinese accusations, made last Thursday, that "
            "its screening rules discriminate against Chinese investors.")
    told = _told(body)
    assert ("visa_restriction", "KEN", "UGA", "2025-03-03", "ended") in told
    assert ("leader_call", None, None, "2025-03-06", "occurred") in told
    assert ("accusation", "CHN", "POL", "2025-03-13", "occurred") in told
    # (no act of one item takes a state of another)
    calls = [t for t in told if t[0] == "leader_call"]
    assert len(calls) == 1


def test_the_two_leaders_of_an_item_are_not_those_of_the_item_before() -> None:
    article = Article(id="rd", source="Test Wire", title="", published_at=MONDAY, body=(
        "EGYPT\u2013TURKEY: Egypt's trade minister hosted Turkish Trade Minister Kerem Aydin in "
        "Cairo on Monday for talks on lifting bilateral trade.\n"
        "UAE\u2013INDIA: The UAE Ministry of Economy said the joint committee will meet in Abu "
        "Dhabi in April, following the call between the two leaders on March 12."))
    calls = [m.countries for m in extract_mentions(article) if m.type == "leader_call"]
    assert calls == [("ARE", "IND")]


def test_a_request_from_a_capital_is_its_demand() -> None:
    told = _told("India allowed 50,000 tonnes of onion exports to Bangladesh on Monday, "
                 "following a request from Dhaka on Sunday.")
    assert ("demand", "BGD", "IND", "2025-03-16", "occurred") in told


def test_a_protocol_signed_in_a_place_on_a_day_is_an_agreement() -> None:
    told = _told("India will cut its duty on aluminium from the UAE, implementing the protocol "
                 "signed in Abu Dhabi on Tuesday.")
    assert ("trade_agreement", None, None, "2025-03-11", "occurred") in told


def test_a_measure_told_again_without_its_target_keeps_the_one_told_before() -> None:
    body = ("LIMA - Peru's 12.5% tariff on Chilean grapes took effect on Monday, exporters said.\n"
            "The duty, announced by Lima's finance ministry last month, adds about $40 a box.\n"
            "Elsewhere, Bolivian truckers prepared for Bolivia's ban on soybean exports, which "
            "La Paz announced in January. Bolivian officials met in Sucre.")
    tariffs = {(m.initiator, m.target) for m in extract_mentions(Article(
        id="rd", source="Test Wire", title="", body=body, published_at=MONDAY))
        if m.type == "tariff_increase"}
    assert tariffs == {("PER", "CHL")}


def test_a_shared_department_name_in_a_story_filed_abroad_is_that_states() -> None:
    told = _told("MANILA, March 17 - The Department of Agriculture on Monday ordered a 60-day "
                 "suspension of all rice imports.")
    assert told == {("import_restriction", "PHL", None, "2025-03-17", "announced")}
    # (from Beijing, the Commerce Department is still Washington's)
    told = _told("BEIJING, March 17 - The Commerce Department on Monday added 14 Chinese firms "
                 "to its Entity List.")
    assert {(t[0], t[1], t[2]) for t in told} == {("sanction", "USA", "CHN")}


def test_roundup_items_may_carry_their_day_in_the_heading() -> None:
    body = ("HANOI, 17 March - Vietnam on Monday banned exports of rare-earth oxides to Japan.\n"
            "ARANYAPRATHET, 16 March - Thailand's and Cambodia's commerce ministers held talks on "
            "Sunday and agreed to hold a second round in Phnom Penh in April.\n"
            "MANILA, 17 March - The Department of Agriculture said the rice import suspension "
            "would not be extended.")
    told = _told(body)
    talks = sorted((t[3], t[4]) for t in told if t[0] == "trade_talks")
    assert talks == [("2025-03-16", "occurred"), ("2025-04", "scheduled")]
    assert not any(t[0] == "trade_talks" and t[1] for t in told)
    assert all("JPN" not in (t[1], t[2]) for t in told if t[0] != "export_control")


def test_more_phrasings_of_wires_and_roundups() -> None:
    told = _told("The government in Rome on Thursday used its golden power to veto the sale of "
                 "a Turin robotics maker to a buyer backed by a Chinese state fund.")
    assert ("investment_restriction", "ITA", "CHN", "2025-03-13", "announced") in told
    told = _told("Days earlier, on Friday, Chile's president met Peru's president in Lima.")
    assert ("leader_meeting", None, None, "2025-03-14", "occurred") in told
    told = _told("Chile and Peru agreed on Tuesday to pause their new tariffs for 90 days.")
    assert ("trade_agreement", None, None, "2025-03-11", "occurred") in told
    told = _told("Lima will suspend its tariffs on Chilean wine after Santiago agreed on Monday "
                 "to cut its duty on Peruvian pisco.")
    assert not any(t[0] == "trade_agreement" for t in told)
    told = _told("Peru warned that it would stop issuing import approvals for Chilean milk "
                 "powder.")
    assert {t[0] for t in told} == {"import_restriction"}
    assert not _told("The defence ministers of Chile and Peru agreed on Thursday to expand "
                     "joint drills, signing a memorandum that officials said had no trade "
                     "component.")


def test_a_heading_closed_by_a_colon_must_name_a_place() -> None:
    body = ("PERU: The president signed an executive order on Monday cutting the tariff on "
            "imported rice to 10% from 15% for all origins.\n"
            "BOLIVIA: The government on Monday banned exports of soybeans.")
    told = _told(body)
    assert ("tariff_reduction", "PER", None, "2025-03-17", "announced") in told
    assert ("export_control", "BOL", None, "2025-03-17", "announced") in told
    qa = _told("Q: Will Chile raise its tariffs on Peruvian wine?\n"
               "A: Chile raised its tariff on Peruvian wine to 20% on Monday.")
    assert qa == {("tariff_increase", "CHL", "PER", "2025-03-17", "announced")}


def test_entry_points_licences_per_shipment_and_licensing_rules() -> None:
    told = _told("Peru's plant-health service restricted Chilean apples to three border "
                 "crossings from March 20, Chile's agriculture ministry said on Monday.")
    assert ("import_restriction", "PER", "CHL") in {t[:3] for t in told}
    told = _told("LIMA, March 17 - Chilean apples will be admitted to Peru through only three "
                 "of nine border checkpoints from March 20.")
    assert ("import_restriction", "PER", "CHL") in {t[:3] for t in told}
    told = _told("Chile's mining ministry said on Monday that exporters of lithium will need a "
                 "licence for every shipment to buyers in Peru from May 1.")
    assert ("export_control", "CHL", "PER") in {t[:3] for t in told}
    told = _told("Chile's licensing rules for lithium exports, announced in January, remain in "
                 "force, Peru's ministry said.")
    assert "export_control" in {t[0] for t in told}


def test_a_measure_suspended_is_that_measure_dated_when_announced() -> None:
    told = _told("LIMA, March 17 - Peru on Monday suspended for 90 days the import licence "
                 "requirement on Chilean refrigerators that it announced on March 3.")
    assert told == {("import_restriction", "PER", "CHL", "2025-03-03", "suspended")}


def test_threats_denials_consensus_and_preliminary_findings() -> None:
    told = _told("On March 3, 2025, I stated that Chile would impose a tariff of 30 percent on "
                 "Peruvian wine unless Peru opened its market.")
    assert ("tariff_increase", "CHL", "PER", "2025-03-03", "threatened") in told
    # (an offer on a condition stays none)
    assert not _told("Lima would withdraw the duties if Santiago closed its investigation.")
    told = _told("Peru has never restricted imports of Chilean apples, the ministry said.")
    assert ("import_restriction", "PER", "CHL", None, "denied") in told
    told = _told("On 12 and 13 March, the Chilean and Peruvian trade teams held consultations in "
                 "Lima and reached important consensus.")
    assert "trade_agreement" in {t[0] for t in told}
    told = _told("Chile's commerce ministry said on Monday that Peruvian steel exporters would "
                 "have to post cash deposits of 21.3% after a preliminary finding that they had "
                 "sold steel below fair value.")
    assert ("trade_remedy", "CHL", "PER") in {t[:3] for t in told}
    told = _told("Lima's president welcomed Boric to visit Peru next month.")
    assert "visit_invitation" in {t[0] for t in told}
    told = _told("Imports of Chilean apples, pears and grapes were halted by Peruvian customs on "
                 "Monday.")
    assert ("import_restriction", "PER", "CHL") in {t[:3] for t in told}
    told = _told("Peruvian customs had stopped clearing shipments of Chilean beef since late "
                 "February, Chile said.")
    assert {t[0] for t in told} == {"import_restriction"}


def test_a_heading_of_two_states_is_the_pair_its_item_is_about() -> None:
    body = ("CHILE\u2013PERU: Chile's trade minister hosted his Peruvian counterpart in Santiago "
            "on Monday for talks on fruit quotas.\n"
            "GHANA\u2013TOGO: Accra's trade ministry said the joint commission will meet in Lome "
            "on 20 March, following the call between the two presidents on 12 March.\n"
            "OIL: Brent crude rose 1% on Monday.")
    told = _told(body)
    article = Article(id="rd", source="Test Wire", title="", body=body, published_at=MONDAY)
    sides = {(m.type, m.countries) for m in extract_mentions(article)}
    assert ("leader_call", ("GHA", "TGO")) in sides, sides
    assert ("trade_talks", ("GHA", "TGO")) in sides, sides
    assert ("trade_talks", None, None, "2025-03-17", "occurred") in told


def test_a_deal_a_roundup_item_names_by_its_measure_is_between_that_measures_states() -> None:
    body = ("(Test Wire) -- Welcome to our weekly look at trade fights.\n"
            "The European Commission on Thursday proposed anti-dumping duties on steel from "
            "Indonesia. Jakarta said it was studying the proposal.\n"
            "The 120-day suspension of the Chilean wine tariff on Peru, agreed in the Lima "
            "framework on March 3, expires on July 1.")
    article = Article(id="rd", source="Test Wire", title="", body=body, published_at=MONDAY)
    deals = [m.countries for m in extract_mentions(article) if m.type == "trade_agreement"]
    assert deals == [("CHL", "PER")], deals


def test_a_deal_signed_after_the_talks_of_a_roundup_item_is_between_their_parties() -> None:
    body = ("LIMA - Peruvian and Chilean trade ministers held a second round of border talks "
            "in Lima on Monday, following a first meeting at the Chacalluta checkpoint on Sept. "
            "12, and signed an agreement to reopen two crossings from Dec. 15.\n"
            "QUITO - Ecuador's president arrived in Bogota on Monday for a state visit.")
    told = _told(body)
    assert ("trade_agreement", None, None, "2025-03-17", "occurred") in told, told


def test_a_timelines_entries_are_dated_by_their_headings() -> None:
    body = ("How the dispute unfolded.\n"
            "January 9: Chile imposed a 25% tariff on Peruvian copper, effective February 1.\n"
            "February 20 and March 4: The two presidents spoke by phone twice.\n"
            "March 10 - Lima accused Santiago of breaking WTO rules.")
    told = _told(body)
    assert ("tariff_increase", "CHL", "PER", "2025-01-09", "announced") in told
    assert {t[3] for t in told if t[0] == "leader_call"} == {"2025-02-20", "2025-03-04"}
    assert ("accusation", "PER", "CHL", "2025-03-10", "occurred") in told


def test_a_timeline_in_present_tense_is_dated_by_its_full_dates_and_past_days() -> None:
    # (published in March: the entries are of the year before it, in the present tense of a
    # timeline; "September 11" lies a week nearer after publication than before it)
    article = Article(id="tl", source="Test Wire", title="",
                      published_at=datetime(2026, 3, 16, 9, tzinfo=UTC),
                      body="Lima asked Santiago on Monday to end the dispute.\n"
                           "TIMELINE\n"
                           "2 September 2025: Chile suspends imports of Peruvian avocados.\n"
                           "September 11: Peru demands that Santiago lift the suspension.\n"
                           "8 October: Chile and Peru hold talks in Arica.")
    told = {(m.type, m.date) for m in extract_mentions(article)}
    assert {("import_restriction", "2025-09-02"), ("demand", "2025-09-11"),
            ("trade_talks", "2025-10-08")} <= told, told


def test_a_wrap_ups_items_headed_by_places_in_title_case_name_no_party() -> None:
    body = ("The week in trade.\n"
            "Singapore: Chile and Peru signed a trade deal in Singapore on Monday.\n"
            "Lima and Santiago: The two governments said talks would resume in April.")
    told = _told(body)
    assert ("trade_agreement", None, None, "2025-03-17", "occurred") in told
    article = Article(id="rd", source="Test Wire", title="", body=body, published_at=MONDAY)
    assert {m.countries for m in extract_mentions(article)} == {("CHL", "PER")}


def test_a_title_case_place_heading_opening_the_story_names_no_party() -> None:
    told = _told("Lima: Chile and Peru signed a trade deal in Lima on Monday.")
    assert told == {("trade_agreement", None, None, "2025-03-17", "occurred")}
    article = Article(id="rd", source="Test Wire", title="", published_at=MONDAY,
                      body="Lima: Chile and Bolivia signed a trade deal in Lima on Monday.")
    assert [m.countries for m in extract_mentions(article)] == [("BOL", "CHL")]


@pytest.mark.parametrize(("body", "expected"), [
    ("LIMA - The National Authority for Food Safety said on Monday it had suspended imports "
     "of poultry from Brazil.", ("import_restriction", "PER", "BRA", "2025-03-17", "announced")),
    ("LIMA - The President signed on Monday a decree restoring the 20% tariff on imported "
     "rice from all origins.", ("tariff_increase", "PER", None, "2025-03-17", "announced")),
])
def test_an_unnamed_body_or_head_in_a_story_filed_from_a_state_is_that_states(
        body: str, expected: tuple[str, str | None, str | None, str | None, str]) -> None:
    assert _told(body) == {expected}


def test_a_measure_named_by_its_noun_alone_with_an_earlier_day_is_the_articles_measure() -> None:
    article = Article(id="rd", source="Test Wire", title="", published_at=datetime(
        2025, 6, 6, 9, tzinfo=UTC), body="SANTIAGO - Chile will raise its tariff on Peruvian "
        "copper to 30% from June 20, officials said on Tuesday.\nThe 15% tariff, announced on "
        "April 11, has applied since April 24.")
    told = sorted((m.initiator, m.target, m.date, m.rate_after) for m in extract_mentions(article)
                  if m.type == "tariff_increase")
    assert told == [("CHL", "PER", "2025-04-11", 15.0), ("CHL", "PER", "2025-06-03", 30.0)], told


def test_a_noun_alone_with_no_earlier_day_names_no_measure() -> None:
    told = _told("SANTIAGO - Chile will raise its tariff on Peruvian copper to 30% from June 20, "
                 "officials said on Monday.\nThe tariff has hurt smelters.")
    assert [t for t in told if t[0] == "tariff_increase"] == [
        ("tariff_increase", "CHL", "PER", "2025-03-17", "announced")], told


def test_duties_between_other_states_than_a_remedys_stay_a_tariff() -> None:
    article = Article(id="rr", source="Test Wire", title="", body=(
        "09:10 — Peru imposed anti-dumping duties of up to 30% on Chilean cement on Monday.\n"
        "09:40 — Brazil proposed today 25% duties on Argentine wine, which Congress must "
        "approve."), published_at=datetime(2025, 3, 11, 9, tzinfo=UTC))
    told = {(m.type, m.initiator, m.target) for m in extract_mentions(article)}
    assert ("trade_remedy", "PER", "CHL") in told
    assert ("tariff_increase", "BRA", "ARG") in told
