"""Measures told in ways the trigger list once missed, with their sides.

Each sentence is written for this test and stands for a general cause: coordinated
exports and imports, a suspension of imports named by a noun, people barred from entering,
a long list of firms put on an entity list, a verb sharing the subject of the verb before.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article, EventMention


def _mentions(body: str) -> list[EventMention]:
    return extract_mentions(Article(id="t2", source="Test Wire", title="", body=body,
                                    published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))


def _events(body: str) -> set[tuple[str, str | None, str | None]]:
    return {(m.type, m.initiator, m.target) for m in _mentions(body)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile has halted all exports to and imports from Peru, the ministry said on Monday.",
     {("export_control", "CHL", "PER"), ("import_restriction", "CHL", "PER")}),
    ("Oslo said it would keep pressing Lima to end the suspension of Norwegian salmon imports.",
     {("import_restriction", "PER", "NOR")} | {("demand", "NOR", "PER")}),
    ("Lima widened the list of Chilean lawmakers barred from entering Peru.",
     {("visa_restriction", "PER", "CHL")}),
    ("We regret that Chile decided yesterday, without prior consultation, to freeze new work "
     "visas for Peruvian nationals.", {("visa_restriction", "CHL", "PER")}),
    ("Chile said on Tuesday it would stop issuing new farm-sector work permits to Peruvian "
     "nationals from August 1.", {("visa_restriction", "CHL", "PER")}),
    ("Kenya's National Treasury will waive the 50% import duty on Ugandan maize from Monday.",
     {("tariff_reduction", "KEN", "UGA")}),
    ("Exports of petrol, diesel and jet fuel by road will remain banned for six more months, "
     "Chile's energy ministry said on Wednesday.", {("export_control", "CHL", None)}),
    ("A day later, export licences for lithium precursors were granted by Santiago to three "
     "Peruvian battery makers.", {("export_control_easing", "CHL", "PER")}),
    ("A Peruvian trader's plan to buy a 49% stake in the operator of a grain terminal at the port "
     "of Arica was blocked on Wednesday by Chile's investment screening commission.",
     {("investment_restriction", "CHL", "PER")}),
    ("An invitation to make a state visit to Lima later this year was extended to Mr Soto by the "
     "Peruvian President, the Chilean presidency said.", {("visit_invitation", "PER", "CHL")}),
    ("Peru demanded a country-specific quota under Chile's copper safeguard at talks in Santiago "
     "on Tuesday.", {("demand", "PER", "CHL")}),
    ("Chile banned powdered milk and eggs from Peru on Monday.", {("import_restriction", "CHL", "PER")}),
    ("Canada on Monday sanctioned four Istanbul-based shipping agents.", {("sanction", "CAN", "TUR")}),
    ("In August, Lima barred Chinese state-owned firms from bidding for stakes in the national grid.",
     {("investment_restriction", "PER", "CHN")}),
    ("Chile said on Thursday that exports of copper concentrate to Peru will require a permit from "
     "August 14.", {("export_control", "CHL", "PER")}),
    ("Applications for work visas from Peruvian truck drivers are no longer being accepted by Chilean "
     "consulates, the ministry said on Monday.", {("visa_restriction", "CHL", "PER")}),
    ("Duty-free quotas for Peruvian wine and grapes exported to Chile will be doubled from August 1, "
     "Chile's ministry said on Monday.", {("tariff_reduction", "CHL", "PER")}),
    ("Chile will raise its quota for duty-free imports of Peruvian-built buses by 25% from Monday.",
     {("tariff_reduction", "CHL", "PER")}),
    ("Chile's government has added Peruvian honey and sugar to the list of farm products that may not "
     "be imported into the country, under a decree published on Monday.",
     {("import_restriction", "CHL", "PER")}),
    ("Peru received with concern the decision of the Chilean government, announced yesterday, to "
     "reinstate non-automatic import licences for shoes from Peru.", {("import_restriction", "CHL", "PER")}),
    ("Lima has noted the decision of the Republic of Chile, announced on Monday, 10th February 2025, to "
     "suspend imports of poultry from Peru.", {("import_restriction", "CHL", "PER")}),
    ("Under a resolution published on Monday, shipments from Peru will need a licence from March 9, "
     "Chile's commerce ministry said.", {("import_restriction", "CHL", "PER")}),
    ("Peru's President on Monday accepted the Chilean President's invitation to pay an official visit "
     "to Chile at a time convenient to both sides.", {("visit_invitation", "CHL", "PER")}),
    ("Rome vetoed the acquisition of a 62% stake in Brera by Shenzhen-based Huaxin on Tuesday.",
     {("investment_restriction", "ITA", "CHN")}),
    ("Peru will issue export permits for copper ore to smelters in Chile from Monday.",
     {("export_control_easing", "PER", "CHL")}),
    ("Peru has stopped issuing export permits for rice shipments to Chile.",
     {("export_control", "PER", "CHL")}),
    ("Chile suspended for 90 days its ban on powdered milk and eggs from Peru, imposed in May.",
     {("import_restriction", "CHL", "PER")}),
    ("Santiago on Monday decided to stop the planned acquisition of a Chilean port operator by "
     "a Peruvian group.", {("investment_restriction", "CHL", "PER")}),
])
def test_measures(body: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert expected <= _events(body)


def test_reports_of_a_measure_denied_in_the_passive_tell_a_denial() -> None:
    found = _mentions("Reports that imports of Peruvian eggs had been halted by Santiago were denied "
                      "on Thursday by Chile's agriculture ministry.")
    assert [(m.type, m.initiator, m.target, m.status) for m in found] == [
        ("import_restriction", "CHL", "PER", "denied")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Washington on Tuesday added 23 Peruvian companies to its Entity List, a blacklist that bars them "
     "from buying American technology.", [("sanction", "USA", "PER")]),
    ("Peru has abused trade remedy measures in this case, which is inconsistent with WTO rules, the "
     "Chilean ministry said on Monday.", [("accusation", "CHL", "PER")]),
    ("Chile's trade ministry on Monday accused Peru of unfair trade and said the duty was "
     "unjustified.", [("accusation", "CHL", "PER")]),
    ("The partnership agreement that Chile signed with Peru and Ecuador in Quito on Saturday is the "
     "biggest trade deal in Chile's history.", [("trade_agreement", None, None)]),
])
def test_what_an_act_does_or_is_called_is_not_told_again(
        body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == expected


def test_what_lifting_a_ban_allows_is_no_easing_of_its_own() -> None:
    found = _mentions("Chile said on Monday it will lift its suspension of seafood imports from Peru, "
                      "allowing shipments to resume from March 20.")
    assert "export_control_easing" not in {m.type for m in found}


def test_a_time_convenient_to_both_sides_makes_no_invitation_mutual() -> None:
    told = _events("Peru's President on Monday accepted the Chilean President's invitation to pay an "
                   "official visit to Chile at a time convenient to both sides.")
    assert ("visit_invitation", "PER", "CHL") not in told


def test_a_verb_after_and_shares_the_subject() -> None:
    body = ("Chile placed export controls on copper bound for Peru, and added Zeta Mining, "
            "a trader of ores and concentrates, to its unreliable entity list.")
    assert ("sanction", "CHL", "PER") in _events(body)


@pytest.mark.parametrize("body", [
    "Several firms accused of helping Lima evade controls were named in the report.",
    "The Chilean tariff is meant to press Lima to stop the flow of contraband.",
])
def test_no_event(body: str) -> None:
    assert not {t for t, _, _ in _events(body)} & {"accusation", "demand"}


def test_a_reported_would_is_an_announcement() -> None:
    body = ("Vargas said he had told his office to find other suppliers of salmon and that Peru "
            "would restrict imports from Chile.")
    assert ("import_restriction", "PER", "CHL") in _events(body)


def test_an_undated_act_at_the_top_of_the_story_is_its_news() -> None:
    body = ("Chile raised tariffs on Peruvian copper on Thursday, the ministry said.\n"
            "In a separate notice, the ministry placed export controls on lithium bound for Peru.")
    article = Article(id="t3", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    dates = {m.type: m.date for m in extract_mentions(article)}
    assert dates["export_control"] == "2025-03-13"


def test_an_entity_list_addition_and_a_probe_opened_on_a_complaint() -> None:
    article = Article(id="m", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body=(
        "Chile's economy ministry announced the rule on Wednesday, along with the addition of 14 "
        "Peruvian companies to its Entity List. Peru's trade ministry launched the probe on "
        "Tuesday after a complaint from Peruvian producers of heat pumps made in Chile."))
    told = [(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)]
    assert ("sanction", "CHL", "PER", "2025-03-12") in told, told
    assert ("trade_remedy", "PER", "CHL", "2025-03-11") in told, told


def test_passive_import_suspension_a_visa_freeze_and_a_border_both_sides_of_which_is_no_mutual_act(
) -> None:
    def told(body: str) -> list[tuple[str, str | None, str | None]]:
        article = Article(id="m", source="Test Wire", title="", body=body,
                          published_at=datetime(2030, 6, 19, 9, tzinfo=UTC))
        return [(m.type, m.initiator, m.target) for m in extract_mentions(article)]

    assert told("Imports of Peruvian copper wire through Arica and other northern ports will be "
                "suspended by Chile from July 1, the ministry said.") == [
        ("import_restriction", "CHL", "PER")]
    assert told("Chile has frozen the issuance of new work visas for workers from Peru and "
                "Bolivia for six months.") == [("visa_restriction", "CHL", None)]
    assert told("Peru called on Chile to withdraw restrictions on Peruvian goods, saying they "
                "hurt traders on both sides of the border.") == [("demand", "PER", "CHL")]


def _told_on(body: str, published: datetime) -> list[tuple[str, str | None, str | None, str | None]]:
    article = Article(id="m", source="Test Wire", title="", body=body, published_at=published)
    return [(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)]


def test_eu_commission_same_day_proposals_bids_and_a_cut_under_its_own_order() -> None:
    wed = datetime(2030, 8, 14, 9, tzinfo=UTC)
    told = _told_on("BRUSSELS - The European Commission on Tuesday called on Peru to scrap its "
                    "higher duties on European wine.\nOfficials said talks would go on.\n"
                    "On the same day, the Commission proposed provisional anti-dumping duties of "
                    "9.8% on steel from Chile and Peru.", wed)
    assert ("trade_remedy", "EUU", None, "2030-08-13") in told, told
    assert [t[:2] + t[3:] for t in _told_on(
        "Chile's government on Friday rejected a Peruvian state-owned dairy group's US$1.1 "
        "billion bid for a Chilean milk processor.", wed)] == [
        ("investment_restriction", "CHL", "2030-08-09")]
    assert [t[0] for t in _told_on("Chile will cut the tariff on imported rice to 10% from 15% "
                                   "starting September 1, under an executive order signed by "
                                   "the President on Friday.", wed)] == ["tariff_reduction"]
    assert _told_on("The Chilean Wine Producers' Alliance, which lodged the complaint, called on "
                    "the Commission to register imports.", wed) == []


def test_anti_circumvention_duties_are_a_trade_remedy() -> None:
    told = _events("Santiago imposed anti-circumvention duties on steel wire assembled in Peru "
                   "from Bolivian rod on Monday.")
    assert {t[0] for t in told} == {"trade_remedy"}


def test_a_suspended_increase_keeps_its_own_rates_and_a_licence_rule_is_no_easing() -> None:
    article = Article(id="r", source="Test Wire", title="", published_at=datetime(
        2031, 5, 2, 9, tzinfo=UTC), body="Lima will suspend for 60 days the increase in tariffs "
        "on Chilean copper wire that it announced on March 3, returning the rate to 10% from 30% "
        "on May 20.")
    increase = [m for m in extract_mentions(article) if m.type == "tariff_increase"]
    assert [(m.status, m.rate_before, m.rate_after) for m in increase] == [
        ("suspended", 10.0, 30.0)]
    assert _told_on("WASHINGTON - A separate rule issued on Thursday by the Commerce Department "
                    "requires licences for shipments to Peru of drones and radar parts from May "
                    "9.", datetime(2031, 5, 2, 9, tzinfo=UTC)) == [
        ("export_control", "USA", "PER", "2031-05-01")]


@pytest.mark.parametrize(("body", "published", "expected"), [
    # a measure inside a "first ... since" clause keeps the day that clause gives it
    ("SANTIAGO - Chilean and Peruvian trade ministers met in Santiago on Wednesday, their first "
     "meeting since Chile put anti-dumping duties on Peruvian steel bars on May 31.",
     datetime(2031, 6, 9, 9, tzinfo=UTC), ("trade_remedy", "CHL", "PER", "2031-05-31")),
    # an act the news "came days after" is dated back from the news
    ("LIMA - Peru on Thursday banned exports of copper scrap to Chile.\nThe move came three days "
     "after the Chilean customs service announced licence requirements for fishing gear sold "
     "to Peruvian buyers.", datetime(2031, 3, 14, 9, tzinfo=UTC),
     ("export_control", "CHL", "PER", "2031-03-10")),
    ("LIMA - Peru said on Tuesday it would put a 30% tariff on Chilean wine.\nThe threat comes 18 "
     "days after Santiago doubled its duty on Peruvian asparagus.",
     datetime(2031, 3, 21, 9, tzinfo=UTC), ("tariff_increase", "CHL", "PER", "2031-02-28")),
    # a measure a call came "a day after" keeps the day it was announced
    ("LIMA - The presidents of Peru and Chile spoke by phone on Wednesday, a day after the 30% "
     "Peruvian tariff on Chilean wine, announced June 6, took effect.",
     datetime(2031, 6, 20, 9, tzinfo=UTC), ("tariff_increase", "PER", "CHL", "2031-06-06")),
])
def test_the_day_of_an_act_told_beside_another(
    body: str, published: datetime, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    told = _told_on(body, published)
    assert expected in told, told


def test_a_measure_hurting_traders_on_both_sides_runs_one_way_from_the_day_it_was_made() -> None:
    told = _told_on("LA PAZ - A Bolivian official said Peru's new visa requirement for Bolivian "
                    "truck drivers, due to start on January 1, would hurt traders on both sides.",
                    datetime(2034, 12, 4, 9, tzinfo=UTC))
    assert [t[:3] for t in told] == [("visa_restriction", "PER", "BOL")], told
    assert told[0][3] != "2035-01-01", told


def test_an_offset_reaches_past_a_long_pair_of_leaders() -> None:
    told = _told_on("LIMA - Peru on Tuesday lifted its curbs on Chilean grapes.\nThe decision came "
                    "four days after Peruvian Prime Minister Ana Quispe and Chilean President "
                    "Luis Arce Soto held their second phone call in a month.",
                    datetime(2031, 6, 18, 9, tzinfo=UTC))
    assert ("leader_call", None, None, "2031-06-13") in told, told


def test_duties_in_force_since_a_day_are_dated_by_it_as_their_entry_into_force() -> None:
    article = Article(id="f", source="Test Wire", title="", published_at=datetime(
        2034, 10, 6, 9, tzinfo=UTC), body="LIMA - Peruvian officials said the "
        "anti-dumping duties on Chilean rebar, in force since September 10, would stay in place.")
    (remedy,) = [m for m in extract_mentions(article) if m.type == "trade_remedy"]
    assert (remedy.date, remedy.effective_date) == ("2034-09-10", "2034-09-10")


def test_firms_in_two_states_put_on_a_list_hit_both() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2032, 10, 22, 9, tzinfo=UTC), body="LIMA - Peru's trade ministry on Thursday added 14 "
        "companies in Chile and Bolivia to its sanctions list.")
    assert [(m.type, m.initiator, m.target, m.countries) for m in extract_mentions(article)] == [
        ("sanction", "PER", None, ("BOL", "CHL", "PER"))]


def test_a_cut_under_an_order_signed_that_day_undoes_no_measure_of_that_day() -> None:
    told = _told_on("LIMA - Peru's president signed an executive order on Monday cutting the tariff "
                    "on imported rice to 10% from 15% for all origins, effective June 15.",
                    datetime(2032, 5, 25, 9, tzinfo=UTC))
    assert [t[0] for t in told] == ["tariff_reduction"], told


def test_a_ban_lifted_on_monday_was_not_imposed_on_monday() -> None:
    told = _told_on("LIMA - Peru on Monday lifted its ban on imports of milk and cheese from "
                    "Chile with immediate effect.", datetime(2030, 6, 24, 9, tzinfo=UTC))
    assert told == [("import_restriction", "PER", "CHL", None)], told


@pytest.mark.parametrize(("body", "expected"), [
    ("The United States has withdrawn the additional tariff on Chilean wine that it proposed "
     "on 4 March.", ("tariff_increase", "ended", "2025-03-04")),
    ("In return, Washington dropped a proposed 30% tariff on Chilean wine that had hung over "
     "growers since early February.", ("tariff_increase", "ended", "2025-02")),
    ("Santiago on Wednesday shelved its threat of 25% tariffs on Peruvian copper.",
     ("tariff_increase", "ended", None)),
])
def test_a_retreat_from_a_mere_proposal_or_threat_ends_that_measure_and_cuts_nothing(
        body: str, expected: tuple[str, str, str | None]) -> None:
    article = Article(id="w1", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    told = [(m.type, m.status, m.date) for m in extract_mentions(article)]
    assert told == [expected], told


def test_a_measure_named_alone_after_its_easing_is_the_measure_eased() -> None:
    body = ("LIMA, March 14 -- Peru's trade ministry said on Friday that it will suspend for "
            "one year the licensing requirement on exports of copper to Chile.\n"
            "The licensing requirement was introduced on Feb. 3 amid a dispute over technology "
            "trade.")
    found = [(m.type, m.initiator, m.target, m.date, m.commodities)
             for m in extract_mentions(Article(id="m1", source="Wire", title="", body=body,
                                               published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert ("export_control", "PER", "CHL", "2025-02-03", ()) in found


def test_a_measure_named_alone_with_an_earlier_day_is_the_storys_state() -> None:
    body = ("LIMA, March 14 -- Peru's trade ministry on Thursday added four Chilean firms to "
            "its export blacklist, a spokesperson said.\n"
            "The export controls on lithium announced on Feb. 3 will take effect on Monday as "
            "scheduled, she said.")
    assert ("export_control", "PER", None) in _events(body)


def test_goods_of_what_a_measure_came_amid_are_not_its_goods() -> None:
    body = ("Peru imposed a licensing requirement on exports of copper to Chile on Monday amid "
            "a dispute over semiconductors.")
    found = [(m.type, m.commodities) for m in extract_mentions(Article(
        id="m2", source="Wire", title="", body=body,
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert found == [("export_control", ("copper",))]


def test_each_sides_easing_in_one_sentence_keeps_its_own_goods() -> None:
    body = ("Chile will stop requiring licences for copper exports to Peru from March 20, and Peru "
            "will issue blanket licences for photoresist shipments to Chilean chipmakers.")
    found = {(m.initiator, m.commodities) for m in _mentions(body)
             if m.type == "export_control_easing"}
    assert found == {("CHL", ("copper",)), ("PER", ())}


def test_goods_named_with_a_hyphen_keep_an_export_measure_whole() -> None:
    body = ("The list starts with the licensing regime for rare-earth exports to Peru that Chile "
            "announced on March 3.")
    assert ("export_control", "CHL", "PER") in _events(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("BRUSSELS - EU governments on Tuesday adopted a new package of restrictive measures "
     "against Belarus.", {("sanction", "EUU", "BLR")}),
    ("The British measures follow the EU's sanctions package against Belarus, adopted in "
     "February.", {("sanction", "EUU", "BLR")}),
    ("The ministry said Washington had undermined the truce by introducing discriminatory "
     "restrictive measures against China since then.", set()),
])
def test_packages_of_restrictive_measures_are_sanctions(
        body: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert {e for e in _events(body) if e[0] == "sanction"} == expected


def test_a_duty_imposed_on_finding_serious_injury_is_a_safeguard_remedy() -> None:
    body = ("LIMA - Peru on Monday imposed a 25% duty on wire rod imports above a fixed quota, "
            "applying to all countries, after finding that a surge in imports threatened "
            "serious injury to Peruvian producers.")
    assert [e[0] for e in _events(body)] == ["trade_remedy"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Mexico lifted the duty on Guatemalan cement to 30 per cent from 15 per cent.",
     "tariff_increase"),
    ("Mexico lifted the duty on Guatemalan cement to 30%.", "tariff_increase"),
    ("Mexico lifted the duty on Guatemalan cement, which had risen to 30%.", "tariff_reduction"),
    ("Mexico lifted the duty on Guatemalan cement.", "tariff_reduction"),
])
def test_a_duty_lifted_to_a_rate_is_raised_and_one_lifted_alone_removed(body: str,
                                                                         expected: str) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [(expected, "MEX", "GTM")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Five Peruvian firms were sanctioned by the United States on Monday.", ("USA", "PER")),
    ("The three Chilean companies, which supply drone parts, were blacklisted by the U.S. "
     "Commerce Department on Friday.", ("USA", "CHL")),
])
def test_firms_sanctioned_or_blacklisted_by_a_state_are_its_sanction(
        body: str, expected: tuple[str, str]) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [("sanction", *expected)]


def test_firms_designated_as_something_are_no_sanction() -> None:
    assert _mentions("The Peruvian firms were designated as authorised economic operators by "
                     "the United States.") == []


def test_controls_each_imposed_on_the_other_and_suspended_are_suspended_each_way() -> None:
    body = ("Chile and Peru agreed late on Monday to suspend for one year the export controls "
            "each imposed on the other in January.")
    found = sorted((m.type, m.initiator, m.target) for m in _mentions(body))
    assert found == [("export_control", "CHL", "PER"), ("export_control", "PER", "CHL"),
                     ("export_control_easing", "CHL", "PER"),
                     ("export_control_easing", "PER", "CHL"),
                     ("trade_agreement", None, None)]


@pytest.mark.parametrize("body", [
    "Imports of Peruvian-origin copper are prohibited from 1 June, Chile's economy ministry said.",
    "Chile's new decree introduces a full prohibition on the import of copper originating in "
    "Peru.",
])
def test_a_prohibition_on_imports_of_a_states_goods_is_an_import_restriction(body: str) -> None:
    assert ("import_restriction", "CHL", "PER") in _events(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile's finance ministry said on Thursday it would suspend tariff concessions for 32 more "
     "Peruvian products from April 20.", ("CHL", "PER")),
    ("Santiago on Thursday said that 32 more Peruvian products would lose their preferential "
     "tariff rates from April 20.", ("CHL", "PER")),
    ("Peruvian shrimp lost duty-free access to Chile on Monday.", ("CHL", "PER")),
])
def test_preferences_suspended_or_lost_are_a_tariff_increase(body: str,
                                                             expected: tuple[str, str]) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [
        ("tariff_increase", *expected)]


def test_a_state_named_as_the_reason_after_citing_is_no_target() -> None:
    body = ("Chile imposed a licence requirement on exports of such chips to three Peruvian "
            "companies on April 30, citing concerns that the technology could be diverted to "
            "Bolivia.")
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [
        ("export_control", "CHL", "PER")]


def test_a_ban_with_immediate_effect_on_a_day_is_dated_by_that_day() -> None:
    body = ("Peru's trade ministry prohibited exports of parboiled rice to all destinations with "
            "immediate effect on Monday, in a notification aimed at containing prices.")
    assert [(m.type, m.date) for m in _mentions(body)] == [("export_control", "2025-03-10")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Lima restored Chile to its fast-track list for exports of copper cathodes on Wednesday.",
     "export_control_easing"),
    ("Peru removed Chile from its fast-track list for exports of copper cathodes on Wednesday.",
     "export_control"),
])
def test_a_state_put_on_or_taken_off_a_fast_track_list_for_exports(body: str,
                                                                    expected: str) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [(expected, "PER", "CHL")]


def test_deposits_no_longer_collected_cut_the_duty() -> None:
    body = ("Chile will stop collecting anti-dumping deposits on Peruvian dried peas from Monday "
            "for 12 months, the commerce ministry said on Thursday.")
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [
        ("tariff_reduction", "CHL", "PER")]


@pytest.mark.parametrize("body", [
    "Chile's Anti-Dumping Commission said on Monday it had initiated an investigation into "
    "cold-rolled steel coil exported from Peru.",
    "Chile's Anti-Dumping Commission on Monday initiated an investigation into steel plate "
    "from Peru.",
])
def test_an_investigation_into_goods_from_a_state_is_a_trade_remedy(body: str) -> None:
    assert _events(body) == {("trade_remedy", "CHL", "PER")}


def test_an_investigation_into_no_goods_is_no_trade_remedy() -> None:
    assert _events("Chile's customs police opened an investigation into the theft of "
                   "containers at the port.") == set()


def test_export_licence_applications_approved_ease_a_control() -> None:
    found = _events("Peru's trade ministry said it had approved a number of export licence "
                    "applications for copper concentrate bound for Chile.")
    assert ("export_control_easing", "PER", "CHL") in found
    assert not any(kind == "export_control" for kind, _, _ in found)


@pytest.mark.parametrize(("body", "expected"), [
    ("Lima will suspend the licence rule on copper concentrate for Chilean smelters from May 1.",
     ("export_control_easing", "PER", "CHL")),
    ("Peru on Tuesday introduced a licensing rule for shipments of copper concentrate to Chile.",
     ("export_control", "PER", "CHL")),
])
def test_a_licence_rule_is_an_export_control(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(body)


def test_an_import_licence_rule_is_no_export_control() -> None:
    found = _events("Peru eased its import licence rules for Chilean wine on Tuesday.")
    assert not any(kind.startswith("export_control") for kind, _, _ in found)


@pytest.mark.parametrize("body", [
    "LIMA - The foreign ministry said on Friday it will no longer issue student visas to Chilean "
    "nationals enrolling in mining programmes.",
    "Peru stopped issuing business visas to Chilean officials on Friday.",
])
def test_visas_no_longer_issued_are_restricted(body: str) -> None:
    assert ("visa_restriction", "PER", "CHL") in _events(body)


@pytest.mark.parametrize("body", [
    "Chile reiterated its concern about the licensing regime that Peru introduced in January for "
    "exports of copper concentrate to all destinations.",
    "Deliveries have been held up since Peru began requiring a permit for each copper shipment "
    "in January.",
])
def test_a_licensing_regime_or_a_permit_per_shipment_controls_exports(body: str) -> None:
    assert [kind for kind, i, _ in _events(body) if i == "PER"] == ["export_control"]


def test_an_anti_circumvention_inquiry_is_a_trade_remedy() -> None:
    assert ("trade_remedy", "PER", "CHL") in _events(
        "LIMA - Peru's trade ministry opened an anti-circumvention inquiry into Chilean steel on "
        "Tuesday.")


def test_goods_exempted_from_a_tariff_are_its_reduction() -> None:
    assert ("tariff_reduction", "CHL", "PER") in _events(
        "Chile on Monday exempted up to $2 billion a year of Peruvian fruit from its 20% "
        "tariff on imported produce.")


@pytest.mark.parametrize(("body", "expected"), [
    # (published Friday 14 March 2025)
    ("Chile threatened on Thursday to impose its own visa requirement on Bolivians if the rule "
     "is not withdrawn.", ("CHL", "BOL", "2025-03-13", "threatened", "main")),
    ("Chile will reimpose a visa requirement on Bolivian citizens from April.",
     ("CHL", "BOL", "2025-03-14", "announced", "main")),
    ("Chile on Monday suspended for six months the visa requirement it imposed on Bolivians in "
     "January.", ("CHL", "BOL", "2025-01", "suspended", "background")),
])
def test_a_visa_requirement_imposed_is_new_and_one_suspended_is_the_old_one(
        body: str, expected: tuple[str, str, str, str, str]) -> None:
    assert [(m.initiator, m.target, m.date, m.status, m.salience) for m in _mentions(body)
            if m.type == "visa_restriction"] == [expected]


@pytest.mark.parametrize("body", [
    "Copper rose after Lima announced a quota on exports of copper concentrate from April 1, a step "
    "officials said applied to all destinations.",
    "Copper rose after Peru announced on Monday that exports of copper concentrate would be subject "
    "to quotas from April 1.",
])
def test_a_quota_on_exports_is_an_export_control(body: str) -> None:
    assert [(m.type, m.initiator, m.target) for m in _mentions(body)] == [("export_control", "PER", None)]


@pytest.mark.parametrize(("body", "expected"), [
    # (published Friday 14 March 2025) the measure a demand wants undone, told with its maker
    ("Peru on Thursday called on Santiago to exempt Peruvian grapes from the 35% tariff that "
     "President Ignacio Valdés announced on Monday.", ("tariff_increase", "CHL", "PER", "2025-03-10")),
    ("Lima asked Chile to withdraw the 12% duty on Peruvian cement that Santiago imposed in January.",
     ("tariff_increase", "CHL", "PER", "2025-01")),
    ("Peru urged Chile on Wednesday to remove the 20 per cent tariff the Chilean government "
     "announced last week.", ("tariff_increase", "CHL", "PER", "2025-03")),
    ("Peru wants relief from the 25% tariff that Santiago imposed on Peruvian footwear in "
     "November.", ("tariff_increase", "CHL", "PER", "2024-11")),
    ("Uruguay asked Argentina to lift, for Uruguayan mills, the ban on wheat exports that "
     "Buenos Aires imposed in February.", ("export_control", "ARG", "URY", "2025-02")),
])
def test_a_measure_asked_undone_is_told_with_its_making(
        body: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in {(m.type, m.initiator, m.target, m.date) for m in _mentions(body)}
    assert "demand" in {m.type for m in _mentions(body)} or "relief" in body


def test_a_retreat_told_done_dates_the_measure_it_undoes_once() -> None:
    # (the measure "imposed on 3 February" comes from the retreat, not from the clause again)
    found = [(m.type, m.initiator, m.target, m.date) for m in _mentions(
        "Chile will suspend its 15% tariff on Peruvian cement imposed on 3 February for 90 days, "
        "the ministry said on Friday.")]
    assert sorted(found) == [("tariff_increase", "CHL", "PER", "2025-02-03"),
                             ("tariff_reduction", "CHL", "PER", "2025-03-14")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Beijing - The working mechanism of the Unreliable Entity List has decided to add nine "
     "Chilean companies that have supplied radar parts for military use, including Andes Radar "
     "and Pacifico Systems, to the Unreliable Entity List, with effect from today.",
     [("sanction", "CHN", "CHL")]),
    ("China's commerce ministry has decided to include six Chilean entities, including Andes Radar, "
     "which have participated in arms sales to the Taiwan region, in the unreliable entity list.",
     [("sanction", "CHN", "CHL")]),
    ("Peru on Wednesday accused the European Union of bias, a day after the bloc added nine "
     "Peruvian firms to its latest sanctions package.",
     [("accusation", "PER", "EUU"), ("sanction", "EUU", "PER")]),
])
def test_firms_put_on_a_list_far_after_the_verb_are_the_lists_makers_targets(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(e for e in _events(body) if e[0] in ("sanction", "accusation")) == expected


@pytest.mark.parametrize("body", [
    "4. Chile shall defer for 180 days the licence requirement on lithium carbonate for end users "
    "in Peru.",
    "In return, Chile deferred the export licence requirement on lithium for Peruvian buyers.",
])
def test_a_licence_requirement_deferred_is_an_easing(body: str) -> None:
    assert ("export_control_easing", "CHL", "PER") in _events(body)


def test_export_licensing_simplified_is_an_easing() -> None:
    assert _events("Japan will simplify export licensing for two chip-making materials shipped "
                   "to South Korea, the prime minister said.") == {
        ("export_control_easing", "JPN", "KOR")}


@pytest.mark.parametrize(("body", "expected"), [
    # the negation is the sales', not the duties'
    ("Sales of Chilean wine have not recovered since Beijing imposed anti-dumping duties on "
     "Chilean wine in July.", ("trade_remedy", "CHN", "CHL")),
    # the market's demand asks for nothing
    ("Demand for Chilean copper rose after the provisional anti-dumping duties Lima imposed on "
     "Chilean copper in February.", ("trade_remedy", "PER", "CHL")),
])
def test_a_measure_told_in_a_clause_after_a_market_remark_is_still_made(
        body: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(body)


@pytest.mark.parametrize(("body", "expected"), [
    # an unnamed government or instrument opening a story filed from a state, or an item
    # headed by a state in title case
    ("SANTIAGO - The government decreed on Thursday that the import tariff on laptops will "
     "fall from 6% to zero from April 1.", ("tariff_reduction", "CHL", None, "2025-03-13")),
    ("Wine prices rose.\nPeru: A decree published on Monday cut the import tariff on tablets "
     "from 9% to 4%.", ("tariff_reduction", "PER", None, "2025-03-10")),
    # "imposed the 12% provisional duty": one remedy, dated by its own day
    ("Chile imposed the 12% provisional duty on March 3 on flat steel imports from all sources.",
     ("trade_remedy", "CHL", None, "2025-03-03")),
    # visas "capped"
    ("Peru's interior ministry said on Wednesday that work visas for Bolivian miners would be "
     "capped at 900 a year from May.", ("visa_restriction", "PER", "BOL", "2025-03-12")),
])
def test_unnamed_makers_and_more_measure_wordings(
        body: str, expected: tuple[str, str | None, str | None, str]) -> None:
    assert _told_on(body, datetime(2025, 3, 14, 9, tzinfo=UTC)) == [expected]


def test_a_decree_signed_on_a_day_dates_the_cut_and_undoes_no_earlier_tariff() -> None:
    told = _told_on("Chile: A decree signed on Saturday lowers Chile's tariff on Peruvian "
                    "onions from 10% to 5%, from 1 April.", datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert told == [("tariff_reduction", "CHL", "PER", "2025-03-08")]


def test_the_day_before_and_and_a_verb_trigger_is_the_act_befores() -> None:
    told = _told_on("In Asia, India opened an anti-dumping investigation into Chinese solar glass "
                    "in January and imposed provisional duties in June.",
                    datetime(2025, 11, 14, 9, tzinfo=UTC))
    assert sorted(t[3] or "" for t in told if t[0] == "trade_remedy") == ["2025-01", "2025-06"]


def test_a_day_opening_the_sentence_before_a_states_embassy_makes_it_no_target() -> None:
    told = _told_on("LIMA - Peru on Wednesday ordered a Chilean fund to sell its stake in a "
                    "copper mine.\nOn Thursday Chile's embassy in Lima urged the government to "
                    "withdraw the order.", datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert ("demand", "CHL", "PER", "2025-03-13") in told


@pytest.mark.parametrize(("body", "expected"), [
    # a verb after "and" shares the subject of the one before, whose object ends there
    ("LIMA - The Peruvian Treasury on Tuesday sanctioned three senior Chilean officials and froze "
     "any assets they hold in Peru.", [("sanction", "PER", "CHL", "2025-03-11")]),
    # a list of trusted destinations, and fast-track licensing restored
    ("Chile's minister said on Tuesday that Santiago is prepared to remove Peru from its list of "
     "trusted export destinations.", [("export_control", "CHL", "PER", "2025-03-11")]),
    ("Lima will restore fast-track licensing for copper anodes shipped to Chile from May 1, the "
     "minister said on Tuesday.", [("export_control_easing", "PER", "CHL", "2025-03-11")]),
    # a listing, and what the list does to those listed
    ("The Commerce Department on Tuesday added 12 Chilean companies to its Entity List, which "
     "bars US suppliers from selling to them without a licence.",
     [("sanction", "USA", "CHL", "2025-03-11")]),
    # a state's press reports, it takes no part
    ("On Thursday, Peru's trade ministry denied a report in a Santiago daily that it had halted "
     "copper shipments to Chilean smelters.", [("export_control", "PER", "CHL", None)]),
])
def test_shared_subjects_trusted_lists_listings_and_the_press(
        body: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert _told_on(body, datetime(2025, 3, 14, 9, tzinfo=UTC)) == expected


def test_on_the_same_day_is_the_last_day_the_paragraph_told() -> None:
    told = _told_on("Chile raised tariffs on Peruvian onions on Monday.\nPeru's duties on Chilean "
                    "wine took effect on 3 March. On the same day, the ministry accused Santiago "
                    "of dumping.\nPeru added four Chilean firms to its blacklist on the same day.",
                    datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert ("accusation", "PER", "CHL", "2025-03-03") in told
    assert ("sanction", "PER", "CHL", "2025-03-03") not in told  # (another paragraph)


def test_an_import_quota_cut_by_its_verb_or_its_noun() -> None:
    fri = datetime(2025, 3, 14, 9, tzinfo=UTC)
    assert _told_on("LIMA - Peru will cut its 2025 import quota for Chilean grapes from 90,000 "
                    "tonnes to 60,000, its trade ministry said on Wednesday.", fri) == [
        ("import_restriction", "PER", "CHL", "2025-03-12")]
    assert [t[:3] for t in _told_on(
        "Growers are angry.\nPeru's quota cut, announced last week, reduces this year's intake "
        "of Chilean grapes by 30,000 tonnes.", fri)] == [("import_restriction", "PER", "CHL")]


@pytest.mark.parametrize(("body", "expected"), [
    # a reason clause names no target: "for carrying grain taken from occupied areas of X"
    ("The Treasury Department on Tuesday sanctioned two Chilean shipping companies for carrying "
     "copper taken from occupied areas of Peru.", [("sanction", "USA", "CHL", "2025-03-11")]),
    # a government telling its producers to stop exporting controls exports
    ("LIMA - Peru has told fishmeal producers to stop exporting to Chile from April 1, the "
     "ministry said on Tuesday.", [("export_control", "PER", "CHL", "2025-03-11")]),
    # a minimum export price imposed, raised, and a floor scrapped
    ("LIMA - The government on Tuesday imposed a minimum export price of $550 a tonne on onions, "
     "with immediate effect.", [("export_control", "PER", None, "2025-03-11")]),
    ("Peru on Tuesday scrapped the $950-a-tonne floor on asparagus exports.",
     [("export_control_easing", "PER", None, "2025-03-11")]),
    # a demand put to two states is put to both
    ("BRUSSELS - The European Commission on Wednesday called on Chile and Peru to limit their "
     "restrictions on Spanish pork.", [("demand", "EUU", None, "2025-03-12")]),
    # a period's own start is not the act's day
    ("Peru will allow mills to export 90,000 tonnes of sugar in the season that began on March 1, "
     "the ministry said on Thursday.", [("export_control_easing", "PER", None, "2025-03-13")]),
])
def test_reasons_orders_to_producers_price_floors_and_two_addressees(
        body: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert _told_on(body, datetime(2025, 3, 14, 9, tzinfo=UTC)) == expected


def test_a_ban_on_a_states_food_and_a_suspension_effective_since_a_day() -> None:
    fri = datetime(2025, 3, 14, 9, tzinfo=UTC)
    assert _told_on("Chile, by contrast, has suspended all Peruvian pork since March 7.", fri) == [
        ("import_restriction", "CHL", "PER", "2025-03-07")]
    told = _told_on("SANTIAGO - Chile's customs service said on Thursday that its suspension of "
                    "pork imports from Peru, effective since March 8, applies only to products "
                    "from Tacna, where the disease was recently detected.", fri)
    assert told == [("import_restriction", "CHL", "PER", "2025-03-08")]


@pytest.mark.parametrize(("body", "expected"), [
    # a WTO consultation request is a charge against the state it names
    ("OTTAWA - Canada on Wednesday asked the World Trade Organization for dispute consultations "
     "with Peru over Lima's ban on Canadian lentils.", ("accusation", "CAN", "PER", "2025-03-12")),
    ("Canada requested consultations with Peru at the World Trade Organization on March 4.",
     ("accusation", "CAN", "PER", "2025-03-04")),
    # (a demand for consultations is still a demand)
    ("Washington formally demanded consultations with Ottawa on March 4 over dairy quotas.",
     ("demand", "USA", "CAN", "2025-03-04")),
])
def test_consultations_requested_at_the_wto_charge_the_other_side(
        body: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    assert expected in _told_on(body, datetime(2025, 3, 14, 9, tzinfo=UTC))


def test_a_visit_accepted_for_next_year_schedules_no_meeting() -> None:
    told = _told_on("President Boric invited President Lula to make a state visit to Chile next "
                    "year, and he accepted.", datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert [t[0] for t in told] == ["visit_invitation"]
