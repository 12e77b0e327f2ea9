"""How governments' own texts tell negotiations: rounds, committees, bare titles, day ranges."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str, source: str = "Test Wire") -> list[tuple[str, tuple[str, ...], str | None,
                                                               str | None]]:
    article = Article(id="ng", source=source, title="", body=body,
                      published_at=datetime(2027, 5, 14, 10, tzinfo=UTC))
    return [(m.type, m.countries, m.date, m.location) for m in extract_mentions(article)]


def test_a_round_on_a_named_agreement_is_talks_between_both_named_states() -> None:
    assert _told("The two sides held the third round of negotiations on the Chile-Peru Free "
                 "Trade Agreement in Lima on 12 May.") == [
        ("trade_talks", ("CHL", "PER"), "2027-05-12", "Lima")]


def test_talks_toward_an_agreement_are_no_agreement() -> None:
    for body in ("Chile and Peru launched negotiations on a comprehensive economic partnership "
                 "agreement on Monday.",
                 "The fourth round of negotiations for an Economic Partnership Agreement between "
                 "Chile and Peru took place in Santiago on 3 May."):
        assert [t[0] for t in _told(body)] == ["trade_talks"], body


def test_talks_held_over_several_days_are_dated_by_the_first() -> None:
    assert _told("Negotiators from Chile and Peru met in Lima from 2 to 5 May for the second "
                 "round.") == [("trade_talks", ("CHL", "PER"), "2027-05-02", "Lima")]
    assert [t[2] for t in _told("Peru will impose a 20% duty on Chilean wine from 1 June.")] \
        != ["2027-06-01"], "a single day after 'from' is still when a measure takes effect"


def test_a_committee_set_up_under_a_deal_meeting_is_talks_not_a_deal() -> None:
    assert [t[0] for t in _told("The Joint Committee established under the Chile-Peru "
                                "Agreement met for the first time in Lima on 4 May.")] == [
        "trade_talks"]


def test_a_governments_bare_titles_are_its_own_people() -> None:
    told = _told("On 12 May the Secretary of State met the Indian Commerce Minister in New "
                 "Delhi for the fifth round of negotiations on an investment treaty.",
                 source="Department for Business and Trade")
    assert told == [("trade_talks", ("GBR", "IND"), "2027-05-12", "New Delhi")]
    told = _told("The Minister for Trade met Peru's Minister of Foreign Trade in Lima on 4 May.",
                 source="Department for Business and Trade")
    assert [t[:2] for t in told] == [("trade_talks", ("GBR", "PER"))]


MINISTRY = "Ministry of Trade and Industry of Chile"  # not in data/sources.json


def test_a_government_body_named_in_the_source_speaks_for_its_state() -> None:
    told = _told("The Directorate of Trade Remedies has initiated an anti-dumping investigation "
                 "concerning imports of copper tubes originating in Peru and Bolivia.",
                 source=MINISTRY)
    assert [t[:2] for t in told] == [("trade_remedy", ("BOL", "CHL", "PER"))]
    assert _told("With effect from 1 June 2027, the export of raw lithium shall be prohibited.",
                 source=MINISTRY)[0][:2] == ("export_control", ("CHL",))


def _sides(body: str, source: str = MINISTRY) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="ng", source=source, title="", body=body,
                      published_at=datetime(2027, 5, 14, 10, tzinfo=UTC))
    return [(m.type, m.initiator, m.target) for m in extract_mentions(article)]


def test_a_decision_of_another_government_is_that_governments_act() -> None:
    told = _sides("Chile has taken note of the decision of the Government of Peru to impose "
                  "safeguard duties on imports of copper wire, and has requested consultations "
                  "under Article 12.3 of the Agreement on Safeguards.")
    assert told == [("trade_remedy", "PER", "CHL")]


def test_a_charge_after_a_demand_is_the_same_speakers() -> None:
    told = _sides("Chile urges Peru to reconsider the levy, which is discriminatory and "
                  "inconsistent with WTO rules.")
    assert sorted(told) == [("accusation", "CHL", "PER"), ("demand", "CHL", "PER")]


def test_a_leaders_readout_that_says_spoke_with_is_a_call() -> None:
    assert [t[:2] for t in _told("President Gabriel Boric spoke today with President Dina "
                                 "Boluarte of Peru.", source=MINISTRY)] == [
        ("leader_call", ("CHL", "PER"))]
    assert _told("The Minister spoke with reporters after the meeting.", source=MINISTRY) == []


def test_a_section_heading_states_no_measure() -> None:
    assert _told("Suspension of Country-Specific Ad Valorem Rates of Duty.\nChile and Peru "
                 "talked.", source=MINISTRY) == []


def test_an_invitation_at_a_mutually_convenient_time_goes_one_way() -> None:
    told = _sides("The President invited his Peruvian counterpart to visit Santiago at a "
                  "mutually convenient time, and the invitation was accepted with appreciation.",
                  source="Office of the President of Chile")
    assert told == [("visit_invitation", "CHL", "PER")]


def test_a_visit_an_invitation_is_for_is_no_meeting_yet() -> None:
    told = _sides("The Prime Minister extended an invitation to the Prime Minister of Peru to pay "
                  "a State visit to Chile later this year for the next Annual Summit.")
    assert [t[0] for t in told] == ["visit_invitation"]


def test_a_deal_a_round_negotiates_is_no_deal_whatever_dash_joins_its_parties() -> None:
    told = _told("The ninth round of negotiations on the Chile\u2013Peru Comprehensive Economic "
                 "Cooperation Agreement was held in Lima on 9 and 10 May 2027.", source=MINISTRY)
    assert [t[:2] for t in told] == [("trade_talks", ("CHL", "PER"))]


def test_duties_abolished_under_a_deal_are_cut_and_a_union_once_joined_is_no_party() -> None:
    told = _sides("Once the agreement enters into force, the Peruvian customs duties still levied "
                  "on processed agricultural products, including chocolate and biscuits, will be "
                  "abolished for Chilean exporters.", source="Ministry of Foreign Trade of Peru")
    assert ("tariff_reduction", "PER", "CHL") in told and not any(
        t[0] == "tariff_increase" for t in told)
    deal = _told("The agreement upgrades the Chile-Peru Trade Agreement signed on 11 February "
                 "2019, when Peru was a member of the European Union.")
    assert {c for t in deal for c in t[1]} == {"CHL", "PER"}


def test_meetings_with_exporters_and_engaging_on_a_removal_are_no_events() -> None:
    assert _told("The Authority held a meeting with representatives of Chilean copper exporters "
                 "this week.", source=MINISTRY) == []
    assert _told("Chile will also continue to engage with Peru on the removal of the "
                 "anti-dumping duties on Chilean wine.", source=MINISTRY) == []


@pytest.mark.parametrize("meeting", [
    "The Minister met with representatives of the Chilean Salmon Board and of fishermen's "
    "organisations before signing the decree.",
    "The Undersecretary met on Tuesday with representatives of the wine industry to explain the "
    "new regime.",
    "The Directorate held a meeting with Chilean copper exporters this week to assess the impact.",
])
def test_a_meeting_with_a_states_own_industry_is_no_talks_with_the_other_state(meeting: str) -> None:
    told = _told("Peru imposed anti-dumping duties on Chilean wine on 2 May. " + meeting,
                 source=MINISTRY)
    assert [t[0] for t in told] == ["trade_remedy"], told


def test_a_meeting_with_a_counterpart_about_an_industry_is_still_talks() -> None:
    told = _told("The Minister met with his Peruvian counterpart in Lima on 12 May to discuss the "
                 "wine industry.", source=MINISTRY)
    assert [t[:2] for t in told] == [("trade_talks", ("CHL", "PER"))], told


def test_a_session_of_a_joint_committee_is_talks_held_or_set() -> None:
    assert _told("1. The 7th Meeting of the Chile\u2013Peru Joint Trade Committee was held in Lima on "
                 "12 and 13 May 2027.", source=MINISTRY) == [
        ("trade_talks", ("CHL", "PER"), "2027-05-12", "Lima")]
    article = Article(id="ng", source=MINISTRY, title="", published_at=datetime(
        2027, 5, 14, 10, tzinfo=UTC), body="The third session of the Chile-Peru Joint Commission "
        "will be held in Santiago next month.")
    assert [(m.type, m.status, m.date, m.location) for m in extract_mentions(article)] == [
        ("trade_talks", "scheduled", "2027-06", "Santiago")]


@pytest.mark.parametrize("body", [
    "Chile and Peru concluded negotiations on a free trade agreement on Tuesday.",
    "Chile and Peru today announced the substantial conclusion of negotiations for the "
    "Chile\u2013Peru Free Trade Agreement.",
    "The negotiations between Chile and Peru on the trade agreement were concluded in Lima on "
    "12 May.",
    "Chile and Peru wrapped up negotiations for a free trade agreement on May 8 in Lima.",
])
def test_negotiations_concluded_on_a_deal_are_the_deal_reached(body: str) -> None:
    assert [t[:2] for t in _told(body)] == [("trade_agreement", ("CHL", "PER"))]


def test_investment_by_a_states_firms_is_aimed_at_that_state() -> None:
    told = _sides("The Peruvian side has once again imposed discriminatory restrictions on normal "
                  "investment by Chilean enterprises.", source=MINISTRY)
    assert [t[1:] for t in told] == [("PER", "CHL")]


def test_remedies_and_easings_in_legal_wording() -> None:
    assert [t[0] for t in _sides("On 14 May 2027, the Commissioner initiated an investigation "
                                 "into the alleged dumping of copper tubes from Peru.",
                                 source=MINISTRY)] == ["trade_remedy"]
    assert _sides("Now, therefore, the Government hereby imposes on the subject goods originating "
                  "in Peru an anti-dumping duty at the rates specified.", source=MINISTRY) == [
        ("trade_remedy", "CHL", "PER")]
    told = _told("Export of lithium carbonate is permitted to Peru and Bolivia within the "
                 "specified quantities with immediate effect.", source=MINISTRY)
    assert [t[:2] for t in told] == [("export_control_easing", ("BOL", "CHL", "PER"))]


def test_a_state_the_measure_hits_is_not_guessed_as_its_maker() -> None:
    assert _sides("Now, therefore, an anti-dumping duty is hereby imposed on the subject goods "
                  "originating in Peru and Bolivia.", source="Test Wire") == []


def test_a_ministry_named_without_its_state_is_the_articles() -> None:
    told = _sides("Chile's finance ministry reported higher revenue. In a separate notification "
                  "late on Tuesday, the finance ministry cut the basic customs duty on lithium "
                  "cells to 5% from 10% for imports from all countries.", source="Test Wire")
    assert told == [("tariff_reduction", "CHL", None)]


@pytest.mark.parametrize("lead", [
    "SANTIAGO, March 22 (Test Wire) - Peru and Peru's exporters again dominated talk of "
    "Peruvian steel in Peru.",
    "SANTIAGO -- Peruvian steel, Peruvian copper and Peru's mills were in the news.",
])
@pytest.mark.parametrize("act", [
    "In a separate notification, the finance ministry cut the customs duty on lithium cells to 5% "
    "for imports from all countries.",
    "Among its measures, the budget presented on Friday cut the customs duty on cotton yarn "
    "imports from all countries to zero.",
])
def test_a_bare_ministry_or_budget_in_a_wire_story_is_its_datelines_state(lead: str,
                                                                          act: str) -> None:
    told = _sides(lead + " " + act, source="Test Wire")
    assert ("tariff_reduction", "CHL", None) in told, told


def test_the_maker_of_a_measure_a_demand_names_is_not_the_demander() -> None:
    assert _sides("Peru's trade ministry on Friday called on Chile to exclude Peruvian steel from "
                  "a 25% surtax announced by Santiago this week.", source="Test Wire") == [
        ("demand", "PER", "CHL"), ("tariff_increase", "CHL", "PER")]  # (the surtax, Santiago's)


def test_an_export_ban_that_remains_is_dated_by_its_notification() -> None:
    assert _told("2. The export of raw lithium to all other destinations shall remain "
                 "'Prohibited', as notified by Notification No. 20/2023 dated 20 July 2023.",
                 source=MINISTRY) == [("export_control", ("CHL",), "2023-07-20", None)]


def test_what_a_rule_prohibits_is_no_measure() -> None:
    told = _sides("In the assessment of the Commission, the measure is inconsistent with Peru's "
                  "obligations under Article XI:1 of the General Agreement on Tariffs and Trade "
                  "1994, which prohibits export restrictions other than duties.",
                  source="European Commission")
    assert "export_control" not in [t[0] for t in told]


@pytest.mark.parametrize("body", [
    "The Minister of Agriculture held consultations with farmers' organisations and the sugar "
    "industry in July.",
    "She also met today with Asocolfores and the copper-mining regions to review support "
    "measures for the sector.",
    "Chile is also negotiating with Peru on an Economic Partnership Agreement.",
    "\"We call on our partners to synchronise their sanctions with ours,\" the President said.",
    "Chilean exporters continue to benefit from the Chile-Peru Free Trade Agreement signed on 25 "
    "July 2019, under which the two countries eliminate duties on most bilateral trade.",
])
def test_no_deal_or_talks_in_a_governments_asides(body: str) -> None:
    assert [t[0] for t in _told(body, source=MINISTRY)
            if t[0] in ("trade_talks", "demand", "tariff_reduction", "tariff_increase")] == [], body


def test_a_state_agreeing_to_suspend_a_tariff_suspends_it_no_deal() -> None:
    told = _told("Following the meeting, Peru agreed to suspend, for 90 days, the additional 15 "
                 "percent tariff on Chilean flowers.", source=MINISTRY)
    assert "trade_agreement" not in [t[0] for t in told]


@pytest.mark.parametrize(("body", "source", "expected"), [
    ("By Exempt Decree No. 214, dated 17 July 2027, the Government of Chile has applied a "
     "provisional anti-dumping duty of 24.9 % on imports of steel bars originating in Peru.",
     "Ministry of Finance of Chile", ("trade_remedy", "CHL", "PER")),
    ("Second: the export of white and raw cane and beet sugar is prohibited for a period of three "
     "months with effect from 1 August 2027.", "Ministry of Trade of Peru",
     ("export_control", "PER", None)),
    ("By Resolution No. 611 dated 7 May 2027, a temporary ban has been introduced on the export of "
     "live cattle from the territory of the Republic of Peru.", "Ministry of Agriculture of Peru",
     ("export_control", "PER", None)),
    ("The Ministry, by Directive dated 30 April 2027, has temporarily suspended the importation of "
     "poultry products from the Republic of Chile.", "Ministry of Agriculture of Peru",
     ("import_restriction", "PER", "CHL")),
    ("By the same Resolution, the quota on the export of sunflower seeds, introduced for the "
     "period until 31 December 2027, is lifted with effect from 1 June 2027.",
     "Ministry of Agriculture of Peru", ("export_control_easing", "PER", None)),
    ("Today we have again requested the Government of Chile to resume the recruitment of "
     "Peruvian workers at the earliest.", "Ministry of Foreign Affairs of Peru",
     ("demand", "PER", "CHL")),
])
def test_decrees_and_notes_in_their_own_wording(body: str, source: str,
                                                expected: tuple[str, str, str | None]) -> None:
    assert expected in _sides(body, source=source)


def test_sanctions_imposed_on_entities_resident_in_listed_states() -> None:
    told = _told("The sanctions are imposed on 54 legal entities and 17 individuals registered or "
                 "resident in the Republic of Peru and the Plurinational State of Bolivia.",
                 source="Office of the President of Chile")
    assert [t[:2] for t in told] == [("sanction", ("BOL", "CHL", "PER"))]


def test_exports_of_a_long_list_that_will_require_a_licence() -> None:
    told = _sides("(1) Exports to Peru of the 18 items, including extreme ultraviolet mask "
                  "inspection equipment, cryogenic etching equipment and advanced deposition "
                  "equipment, will require an individual licence from the Minister.")
    assert told == [("export_control", "CHL", "PER")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The Government of Chile has lifted the suspension on imports of poultry from Peru.",
     ("import_restriction", "CHL", "PER")),
    ("The President signed a decree establishing a quota of 50,000 tonnes on imports of sugar "
     "from Peru.", ("import_restriction", "CHL", "PER")),
    ("Chile and Peru signed a protocol amending their free trade agreement in Lima today.",
     ("trade_agreement", None, None)),
    ("The Chile-Peru Joint Commission on Trade held its 5th session in Lima on 3-4 May 2027.",
     ("trade_talks", None, None)),
])
def test_more_government_wordings(body: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _sides(body)


def test_ministers_calls_investment_rejections_and_visa_schemes() -> None:
    thai = "Ministry of Foreign Affairs of Thailand"
    assert _sides("The Foreign Minister had a telephone conversation with his Cambodian "
                  "counterpart on 14 May 2027.", source=thai) == []
    assert _sides("The Board of Investment has rejected the application of a Chinese company to "
                  "acquire a majority stake in a Thai port operator.", source=thai) == [
        ("investment_restriction", "THA", "CHN")]
    assert _sides("The visa exemption scheme for Indian nationals has been suspended with effect "
                  "from 1 June 2027.", source=thai) == [("visa_restriction", "THA", "IND")]


def test_an_intergovernmental_commissions_session_is_talks_and_a_cabinet_meeting_none() -> None:
    article = Article(id="ng", source=MINISTRY, title="", published_at=datetime(
        2027, 5, 14, 10, tzinfo=UTC), body="The two sides agreed that the Chile-Peru "
        "Intergovernmental Commission for Trade, Economic and Technical Cooperation will hold its "
        "next session in Lima next month.")
    assert [(m.type, m.status, m.date, m.location) for m in extract_mentions(article)] == [
        ("trade_talks", "scheduled", "2027-06", "Lima")]
    assert _told("Santiago, 14 May 2027 - The Cabinet held its weekly meeting on Wednesday, "
                 "chaired by the President, and approved a number of decisions on Peru.",
                 source=MINISTRY) == []
    assert _told("All Superintendents of Customs are requested to take necessary action "
                 "accordingly against Peruvian goods.", source=MINISTRY) == []


@pytest.mark.parametrize("name", [
    "the Chile-Peru Free Trade Agreement",
    "the Chile\u2013Peru Comprehensive Economic Partnership Agreement",
])
def test_a_round_on_a_named_agreement_told_to_come_is_scheduled_talks(name: str) -> None:
    found = _told(f"The ninth round of negotiations on {name} will take place in Lima next "
                  "month, the ministry confirmed.")
    assert [f[:3] for f in found] == [("trade_talks", ("CHL", "PER"), "2027-06")]


def test_a_committee_under_an_agreement_meets_and_makes_no_deal() -> None:
    found = _told("The fourth meeting of the Joint Committee under the Chile\u2013Peru "
                  "Comprehensive Economic Partnership Agreement was held in Lima on 10\u201311 "
                  "May 2027.")
    assert found == [("trade_talks", ("CHL", "PER"), "2027-05-10", "Lima")]


def test_a_deal_acts_are_done_under_is_only_named() -> None:
    article = Article(id="ng", source="Test Wire", title="", published_at=datetime(
        2027, 5, 14, 10, tzinfo=UTC), body=(
        "Chile and Peru held talks in Lima on Thursday.\nThe ministers discussed ways to expand "
        "trade under the two countries' free trade agreement in Lima."))
    deals = [(m.date, m.location, m.salience) for m in extract_mentions(article)
             if m.type == "trade_agreement"]
    assert all(d == (None, None, "background") for d in deals), deals
