"""Phrasings of official texts and ministry statements: goods' origins, licence rules,
judged acts."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    article = Article(id="of", source="Test Wire", title="", body=body,
                      published_at=datetime(2027, 4, 9, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target, m.countries) for m in extract_mentions(article)]


def test_states_the_goods_originate_in_are_the_measures_targets() -> None:
    told = _told("On 2 June the United States raised the duty on steel pipes originating in "
                 "Chile, Peru and Colombia to 30 percent.")
    assert told == [("tariff_increase", "USA", None, ("CHL", "COL", "PER", "USA"))]


def test_a_licence_requirement_told_as_not_without_a_licence_is_an_export_control() -> None:
    told = _told("Chile said lithium shall not be exported to Peru without a licence from "
                 "Monday.")
    assert [t[:3] for t in told] == [("export_control", "CHL", "PER")]
    assert _told("Chile did not ban exports of lithium to Peru.") == []


def test_the_owner_of_a_judged_act_is_accused_by_the_sayer() -> None:
    told = _told("Peru's ruling lacks any legal basis and is an act of protectionism, the "
                 "Chilean ministry said.")
    assert [t[:3] for t in told] == [("accusation", "CHL", "PER")]


def test_an_industry_complaining_is_no_state_accusing() -> None:
    told = _told("Chilean poultry producers, which have long complained about cheap imports "
                 "from Peru, welcomed the decision.")
    assert "accusation" not in [t[0] for t in told]


def test_an_instrument_of_a_body_is_the_agent_and_a_time_of_day_does_not_hide_from() -> None:
    article = Article(id="of", source="Test Wire", title="", body=(
        "From 00:01 on 20 April 2027, the suspension of the additional tariffs imposed by the "
        "Announcement of the Customs Tariff Commission of the State Council of 8 March 2025 on "
        "certain goods originating in Peru shall be implemented."),
        published_at=datetime(2027, 4, 12, 9, tzinfo=UTC))
    told = [(m.type, m.initiator, m.target, m.date, m.effective_date)
            for m in extract_mentions(article)]
    assert ("tariff_increase", "CHN", "PER", "2025-03-08", None) in told
    assert [t[:3] for t in told if t[0] == "tariff_reduction"] == [
        ("tariff_reduction", "CHN", "PER")]
    assert "2027-04-20" not in [t[3] for t in told]


def test_a_definitive_duty_is_a_trade_remedy() -> None:
    told = _told("The European Commission imposed a definitive anti-dumping duty on Chilean "
                 "salmon on Friday.")
    assert [t[:3] for t in told] == [("trade_remedy", "EUU", "CHL")]


def test_tariffs_faced_for_years_are_a_grievance_not_a_measure() -> None:
    assert _told("Chilean farm exporters have for years faced high tariffs in Peru.") == []


def test_levies_named_with_their_state_are_that_states_when_judged() -> None:
    told = _told("The Peru levies were \"an act of protectionism\", a Chilean ministry "
                 "spokesperson said.")
    assert [t[:3] for t in told] == [("accusation", "CHL", "PER")]


def test_the_state_a_listed_firm_helped_is_the_reason_not_a_target() -> None:
    told = _told("Chile added 12 Peruvian companies to its sanctions list on Wednesday, saying "
                 "they had supplied drone parts to Russia's military.")
    assert [t[:3] for t in told] == [("sanction", "CHL", "PER")]
    told = _told("Chile sanctioned three Peruvian firms on Friday for helping Russia evade "
                 "export controls.")
    assert [t[:3] for t in told] == [("sanction", "CHL", "PER")]


def _from(source: str, body: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    article = Article(id="of", source=source, title="", body=body,
                      published_at=datetime(2027, 4, 9, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target, m.countries) for m in extract_mentions(article)]


def test_a_commissioner_styled_executive_vice_president_speaks_for_the_eu() -> None:
    told = _from("European Commission", "Executive Vice-President Rossi called on Chile to lift "
                 "the export controls on lithium it has applied since 1 April.")
    assert ("demand", "EUU", "CHL", ("CHL", "EUU")) in told
    assert _told("A Chilean mining executive called on Peru to lift its duties.") == []


def test_criticising_a_states_subsidies_or_its_misuse_of_controls_is_an_accusation() -> None:
    told = _from("European Commission", "She also criticised Chile's continued subsidies to its "
                 "copper smelters, which were depressing world prices.")
    assert told == [("accusation", "EUU", "CHL", ("CHL", "EUU"))]
    told = _from("Ministry of Foreign Affairs of Peru", "Peru regrets the decision of Chile. The "
                 "Chilean side has once again stretched the notion of national security and "
                 "misused export control tools.")
    assert [t for t in told if t[0] == "accusation"] == [("accusation", "PER", "CHL",
                                                          ("CHL", "PER"))]


def test_accused_of_abusing_is_one_accusation() -> None:
    told = _told("Peru's trade ministry accused Chile on Friday of abusing trade remedy measures.")
    assert told == [("accusation", "PER", "CHL", ("CHL", "PER"))]


def test_a_dialogue_or_joint_commission_held_is_talks() -> None:
    assert [t[0::3] for t in _told(
        "Chile and Peru held the 11th High-Level Economic and Trade Dialogue in Lima yesterday.")
    ] == [("trade_talks", ("CHL", "PER"))]
    assert [t[0::3] for t in _told(
        "Officials raised the matter with Peruvian counterparts at the Chile-Peru Joint Economic "
        "and Trade Commission, held in Lima on 6 April.")] == [("trade_talks", ("CHL", "PER"))]


def _dated_from(source: str, body: str, published: datetime) -> list[tuple[str, str | None,
                                                                          str | None, str | None]]:
    article = Article(id="of", source=source, title="", body=body, published_at=published)
    return [(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)]


def test_a_decrees_enacting_formula_names_its_state_and_its_signing_day_dates_its_articles(
) -> None:
    body = ("DECREE amending the Tariff of the Import Law.\n"
            "ANA ROJAS, President of the Republic of Chile, in exercise of the power conferred on "
            "me by Article 32 of the Constitution, I have seen fit to issue the following\n"
            "ARTICLE FIRST.- The import tariff on 40 tariff lines of footwear is increased to 35 "
            "percent for goods of all origins.\n"
            "ARTICLE SECOND.- The import tariff on fertilizers is reduced to zero for goods "
            "whatever their origin.\n"
            "Given at the Palace, in Santiago, on 20 June 2029.- Ana Rojas.")
    told = _dated_from("Diario Oficial (unofficial translation)", body,
                       datetime(2029, 6, 21, 14, tzinfo=UTC))
    assert told == [("tariff_increase", "CHL", None, "2029-06-20"),
                    ("tariff_reduction", "CHL", None, "2029-06-20")]


def test_the_acts_a_dated_decree_lists_take_its_day() -> None:
    body = ("Santiago, 2 August 2028\n"
            "The Minister issued Ministerial Decree No. 412 of 2028, dated 31 July 2028, which "
            "contains two measures.\n"
            "First: a definitive safeguard duty is imposed on imports of steel bars, whatever their "
            "origin, with effect from 5 August 2028.\n"
            "Second: the export of sugar is prohibited for three months with effect from 1 August "
            "2028.")
    told = _dated_from("Ministry of Economy of Chile", body, datetime(2028, 8, 2, 9, tzinfo=UTC))
    assert [(t[0], t[3]) for t in told] == [("trade_remedy", "2028-07-31"),
                                            ("export_control", "2028-07-31")]
    old = body.replace("31 July 2028", "31 July 2025")  # an old decree dates nothing new
    assert "2025-07-31" not in {t[3] for t in _dated_from("Ministry of Economy of Chile", old,
                                                         datetime(2028, 8, 2, 9, tzinfo=UTC))}


def test_the_state_whose_goods_a_request_is_for_is_the_requester() -> None:
    told = _from("Ministry of Foreign Trade of Peru", "During the talks, Minister Quispe "
                 "requested that Peruvian avocados and grapes be exempted from the 25 percent "
                 "tariff that Chile applies under its safeguard law.")
    assert [t for t in told if t[0] == "demand"] == [("demand", "PER", "CHL", ("CHL", "PER"))]


def test_a_readouts_demand_is_made_on_the_call_not_on_the_talks_it_recalls() -> None:
    body = ("THE PRESIDENCY\nMarch 14, 2025\nPresident Rojas spoke today with President Quispe of "
            "Peru.\nThe President welcomed the first round of negotiations on a trade agreement, "
            "held in Lima last week. He urged Peru to lower its tariffs on Chilean wine.")
    told = _dated_from("Presidency of the Republic of Chile", body,
                       datetime(2025, 3, 14, 22, tzinfo=UTC))
    assert ("demand", "CHL", "PER", "2025-03-14") in told, told


def test_a_text_headed_by_its_place_and_day_was_written_that_day() -> None:
    body = ("Joint Statement\nLima, 2 July 2029\nThe two leaders witnessed the signing by their trade "
            "ministers of a protocol, under which Chile will eliminate its tariffs on Peruvian "
            "footwear.")
    told = _dated_from("Ministry of Foreign Affairs of Peru", body,
                       datetime(2029, 7, 3, 11, tzinfo=UTC))
    assert ("tariff_reduction", "CHL", "PER", "2029-07-02") in told, told


def test_a_gazettes_text_is_its_states_and_goods_made_in_a_state_before_the_act_are_hit() -> None:
    body = ("3. Initiation\nThe Commission hereby opens an investigation into imports of the "
            "product originating in Chile.\n4. Other measures\nImports of the same product "
            "originating in Peru are the subject of a separate anti-subsidy investigation, "
            "initiated by the Commission on 30 May 2029.")
    told = _dated_from("Official Journal of the European Union", body,
                       datetime(2029, 6, 22, 6, tzinfo=UTC))
    assert ("trade_remedy", "EUU", "PER", "2029-05-30") in told, told


def test_a_request_to_complete_procedures_and_a_lowercase_order_dated_a_day() -> None:
    told = _from("Ministry of Foreign Affairs of Peru", "At the talks, the Peruvian side requested "
                 "the Chilean side to soon complete the procedures for opening the Chilean market "
                 "to Peruvian avocados.")
    assert ("demand", "PER", "CHL", ("CHL", "PER")) in told, told
    body = ("Lima, 20 March 2030. The Ministry informs that by order of the Minister of Agriculture "
            "No. 87 dated 18 March 2030 the following changes have been made:\n"
            "2) a temporary ban is introduced on the export of white sugar from the territory of "
            "the Republic of Peru for a period of three months, from 1 April 2030.")
    dated = _dated_from("Ministry of Foreign Trade of Peru", body, datetime(2030, 3, 20, 11, tzinfo=UTC))
    assert dated == [("export_control", "PER", None, "2030-03-18")], dated


def test_a_group_asking_its_government_to_press_another_makes_no_demand() -> None:
    assert _told("Chilean exporters' assemblies have urged the government to press Lima to speed "
                 "up customs clearance for Chilean goods.") == []


def test_a_surcharge_applied_a_state_considering_a_violation_and_a_disapproved_acquisition(
) -> None:
    told = _from("Ministry of Commerce of Peru", "The Government of Peru rejects the decision "
                 "announced on Tuesday by Chile's Ministry of Economy to apply a 20% surcharge on "
                 "imports of Peruvian cosmetics. Peru considers that the surcharge violates the "
                 "Andean free trade programme.")
    assert ("tariff_increase", "CHL", "PER", ("CHL", "PER")) in told, told
    assert any(t[:2] == ("accusation", "PER") for t in told), told
    assert _told("The President of Chile has disapproved the proposed acquisition of a stake in "
                 "Andes Towers by a Peruvian state-owned company.") == [
        ("investment_restriction", "CHL", "PER", ("CHL", "PER"))]
    assert _told("The Chilean average applied agricultural tariff is 9.2% while Peru's is 5%.") == []


def test_an_argued_inconsistency_is_the_arguers_charge_and_a_mixed_case_dateline_dates_nothing(
) -> None:
    told = _told("At the WTO committee in Geneva, the Chilean delegation argued that Peru had "
                 "calculated dumping margins with a method that is inconsistent with WTO rules.")
    assert [t[:3] for t in told if t[0] == "accusation"] == [("accusation", "CHL", "PER")], told
    dated = _dated_from("Trade Remedies Authority of Peru", "Lima, 5 March 2030 - The Authority "
                        "informs that on 1 March 2030, the International Trade Commission of Chile "
                        "initiated an anti-dumping investigation into steel wire from Peru.",
                        datetime(2030, 3, 5, 9, tzinfo=UTC))
    assert [(t[0], t[3]) for t in dated] == [("trade_remedy", "2030-03-01")], dated


def test_a_commission_of_a_state_named_as_the_source_speaks_for_it() -> None:
    told = _from("International Trade Administration Commission of Chile", "In a separate matter, "
                 "the Minister of Trade has approved the Commission's recommendation to impose a "
                 "definitive anti-dumping duty of 37.8% on acrylic fibre originating in Peru.")
    assert [t[:3] for t in told] == [("trade_remedy", "CHL", "PER")], told


def test_a_prohibition_on_everyone_and_a_probe_into_imports_into_the_state() -> None:
    told = _from("Ministry of Trade of Peru", "2. No person shall import into Peru any live "
                 "poultry or poultry meat originating in, or consigned from, Chile, until further "
                 "notice.")
    assert [t[:3] for t in told] == [("import_restriction", "PER", "CHL")], told
    told = _from("Ministry of Industry and Trade of Peru", "1. The Ministry gives notice that, on "
                 "28 January 2030, it initiated an anti-dumping investigation concerning imports "
                 "into the Republic of Peru of glass bottles originating in the Republic of Chile.")
    assert [t[:3] for t in told] == [("trade_remedy", "PER", "CHL")], told
    assert [t[:2] for t in _told("Lima launched an anti-dumping inquiry into Chilean pork on "
                                 "Monday.")] == [("trade_remedy", "PER")]


def test_a_department_named_like_a_us_one_in_another_government_s_text_is_that_government_s(
) -> None:
    told = [t[:3] for t in _from(
        "Department of Agriculture, Republic of Chile",
        "SANTIAGO - The Department of Agriculture has imposed a temporary ban on the importation "
        "of poultry products from Peru, following an outbreak of bird flu.")]
    assert told == [("import_restriction", "CHL", "PER")]


def test_a_bare_commerce_secretary_in_another_government_s_text_is_that_government_s() -> None:
    article = Article(
        id="cs", source="Ministry of Foreign Affairs, Peru", title="",
        body="Lima, 21 August 2027. The Spokesperson opened the weekly briefing.\n"
             "The Commerce Secretary will lead a delegation to Santiago next week for the sixth "
             "round of negotiations on the Peru-Chile investment agreement.",
        published_at=datetime(2027, 8, 21, 9, tzinfo=UTC))
    told = [(m.type, m.countries) for m in extract_mentions(article)]
    assert told == [("trade_talks", ("CHL", "PER"))]


def test_opposing_another_state_s_abuse_of_export_controls_is_a_charge() -> None:
    told = _told("Chile firmly opposes the Peruvian side's repeated abuse of export controls "
                 "to suppress Chilean companies.")
    assert [t[:3] for t in told] == [("accusation", "CHL", "PER")]


def test_a_joint_statement_whose_parties_commit_to_act_is_an_agreement() -> None:
    body = ("The Government of the Republic of Chile (\"Chile\") and the Government of the "
            "Republic of Peru (\"Peru\"),\n"
            "Recognizing the importance of their bilateral trade relationship;\n"
            "The Parties commit to take the following actions by 20 June 2029:\n"
            "Chile will reduce its additional duty on Peruvian copper to 5 percent.")
    article = Article(id="of", source="Ministry of Foreign Affairs of Chile", title="",
                      body=body, published_at=datetime(2029, 6, 12, 14, tzinfo=UTC))
    deals = [(m.countries, m.date) for m in extract_mentions(article)
             if m.type == "trade_agreement"]
    assert deals == [(("CHL", "PER"), "2029-06-12")]
    # a pledge that is no act between the parties stays none
    alone = _dated_from("Test Wire", "The two sides remain committed to free and fair trade.",
                        datetime(2029, 6, 12, 14, tzinfo=UTC))
    assert not [t for t in alone if t[0] == "trade_agreement"]


def test_a_statement_rejecting_a_decision_made_by_another_on_tuesday_is_of_its_own_day() -> None:
    article = Article(id="o9", source="Ministry of Foreign Trade of Peru", title="",
                      published_at=datetime(2030, 2, 1, 16, tzinfo=UTC), body=(
                          "Lima, 1 February 2030. The Government of Peru rejects the decision "
                          "announced on Tuesday by Chile's Ministry of Economy to apply a 20% "
                          "surcharge on imports of Peruvian appliances.\nThe Minister of Foreign "
                          "Trade called on Santiago to withdraw the surcharge."))
    dates = {m.type: m.date for m in extract_mentions(article)}
    assert dates == {"tariff_increase": "2030-01-29", "demand": "2030-02-01"}, dates
