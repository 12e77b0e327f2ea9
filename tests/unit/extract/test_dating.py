"""Which date an event gets: a future weekday some words after "will", a date behind "since"
that belongs to the act after it, and the date of another act inside what a speech act says.

Each sentence is written for this test (published Wednesday 2025-03-12).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.extract.reading import read_dates
from tradewire.models import Article, EventMention

WEDNESDAY = datetime(2025, 3, 12, 9, tzinfo=UTC)


def _mentions(body: str) -> list[EventMention]:
    return extract_mentions(Article(id="d1", source="Test Wire", title="", body=body,
                                    published_at=WEDNESDAY))


def test_a_past_participle_with_by_before_a_yearless_day_is_the_past_one() -> None:
    # told in November: "on March 12" is the March before, not the nearer one to come
    text = "The visit follows the invitation extended by the Prime Minister in a call on March 12."
    assert [d.value for d in read_dates(text, date(2026, 11, 9))] == ["2026-03-12"]
    text = "The tariffs must be paid by March 12."
    assert [d.value for d in read_dates(text, date(2026, 11, 9))] == ["2027-03-12"]


def test_a_time_of_day_does_not_cut_the_clause_from_its_date() -> None:
    found = _mentions("On March 11, commencing at 4:30 p.m. (local time) for about an hour, the "
                      "President of Chile held a summit meeting with the President of Peru.")
    assert [(m.type, m.date) for m in found] == [("leader_meeting", "2025-03-11")]


def test_a_weekday_several_words_after_will_is_the_coming_one() -> None:
    text = "The finance minister will start a three-day trip to Brazil on Friday."
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-14"]


@pytest.mark.parametrize("text", [
    "Kenyan and Ugandan negotiators are to meet in Arusha on Monday.",
    "The trade minister is to travel to Santiago on Monday for the second round.",
])
def test_a_weekday_after_is_to_or_are_to_is_the_coming_one(text: str) -> None:
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-17"]


@pytest.mark.parametrize("verb", ["began", "had begun", "was initiated", "was opened"])
def test_a_demand_is_not_dated_by_when_the_probe_it_names_began(verb: str) -> None:
    found = _mentions(f"Peru urged Chile to drop its safeguard probe into Peruvian cement, "
                      f"which {verb} in January.")
    assert [(m.type, m.date) for m in found if m.type == "demand"] == [("demand", "2025-03-12")]


@pytest.mark.parametrize(("body", "day"), [
    # told on Wednesday 12 March: in force from a day already past, made by then
    ("Peru banned imports of Chilean apples from 3 March, citing fruit flies.", "2025-03-03"),
    ("Chile stopped issuing work visas to Peruvian nationals from Monday.", "2025-03-10"),
    # ... not from a day to come, nor in a decree's present
    ("Peru banned imports of Chilean apples from 1 April, citing fruit flies.", "2025-03-12"),
    ("Under the decree, the import of Chilean apples into Peru is prohibited with effect from "
     "3 March 2025.", "2025-03-12"),
])
def test_a_measure_done_and_in_force_from_a_past_day_is_dated_by_it(body: str, day: str) -> None:
    assert [m.date for m in _mentions(body)] == [day]


def test_a_weekday_far_after_will_in_one_clause_is_the_coming_one() -> None:
    text = ("Chile and Peru will hold their second round of negotiations on a digital trade "
            "agreement in Lima on Monday, the trade minister said.")
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-17"]


def test_a_name_ending_in_ed_does_not_end_the_future_clause() -> None:
    text = ("I will also speak by telephone with the President of the United States on Monday, "
            "and trade will be one of the topics.")
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-17"]


def test_the_day_of_what_an_act_answers_is_not_the_news_day() -> None:
    told = _mentions("Breaking: Chile's trade ministry says it is halting exports of lithium "
                     "carbonate to Peruvian buyers, in retaliation for last Monday's Peruvian "
                     "duties.")
    assert [(m.type, m.date) for m in told if m.type == "export_control"] == [
        ("export_control", WEDNESDAY.date().isoformat())]


def test_a_weekday_of_a_past_act_told_after_will_is_the_past_one() -> None:
    for text in ("Chile will get duty-free access for its wine under the trade deal the two "
                 "countries signed in Lima on Monday.",
                 "The ministry would audit the four exporters that Washington added to its "
                 "blacklist on Monday."):
        assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-10"]


def test_a_measure_announced_on_a_day_for_a_period_takes_the_announcements_day() -> None:
    for body in ("Peru announced on March 10 that it would stop issuing import permits for "
                 "Chilean potatoes from April 1 to May 30.",
                 "Peru announced on 10/3 that it would stop issuing import permits for "
                 "Chilean potatoes from 1/4 to 30/5."):
        found = [(m.type, m.date) for m in _mentions(body)]
        assert found == [("import_restriction", "2025-03-10")]


def test_a_weekday_after_a_said_is_the_past_one_even_far_after_will() -> None:
    text = "Lima will answer, the trade minister of Peru said on Monday."
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == ["2025-03-10"]


def test_a_date_after_since_dates_the_meeting_told_between() -> None:
    body = ("President Lula and President Milei spoke by phone on Tuesday, their first "
            "conversation since the two leaders met in Brasilia in January.")
    meetings = [m for m in _mentions(body) if m.type == "leader_meeting"]
    assert meetings and all(m.date == "2025-01" for m in meetings)


def test_an_accusation_is_dated_by_its_saying_not_by_the_deal_it_names() -> None:
    body = ("Chile's trade ministry on Tuesday accused Peru of breaking the accord reached "
            "in Lima on February 3 by curbing copper imports.")
    (accusation,) = [m for m in _mentions(body) if m.type == "accusation"]
    assert (accusation.initiator, accusation.date) == ("CHL", "2025-03-11")


def test_a_cut_under_a_dated_deal_has_the_deals_date() -> None:
    body = ("Lima said Santiago had been slow to act after the February 3 accord, under which "
            "both countries cut their tariffs on each other's wine.")
    cuts = [m for m in _mentions(body) if m.type == "tariff_reduction"]
    assert cuts and all(m.date == "2025-02-03" for m in cuts)


def test_an_earlier_measure_told_by_when_it_took_effect_is_dated_by_that() -> None:
    body = ("Peru opened a probe into Chilean wine in 2023. Definitive Peruvian anti-dumping "
            "duties on Chilean wine took effect in June 2024.")
    remedies = [m for m in _mentions(body) if m.type == "trade_remedy"
                and m.evidence.startswith("Definitive")]
    assert remedies and all(m.date == "2024-06" for m in remedies)


def test_the_news_measure_is_not_dated_by_its_entry_into_force() -> None:
    body = "A 20% Peruvian tariff on Chilean wine came into force on Monday."
    tariffs = [m for m in _mentions(body) if m.type == "tariff_increase"]
    assert tariffs and all(m.date != "2025-03-10" for m in tariffs)


def test_a_deal_named_by_a_noun_takes_the_day_of_the_verb_that_reached_it() -> None:
    body = ("President Lula and President Boric on Tuesday agreed what they called the Andes "
            "Compact, a framework for closer trade in copper and lithium.")
    deals = [m for m in _mentions(body) if m.type == "trade_agreement"]
    assert deals and all(m.date == "2025-03-11" for m in deals)


def test_talks_in_a_palace_are_located_in_its_city() -> None:
    body = "President Lula and President Boric held talks in the Oval Office on Monday."
    meetings = [m for m in _mentions(body) if m.type in ("leader_meeting", "trade_talks")]
    assert meetings and meetings[0].location == "Washington"


def test_lifting_curbs_placed_in_a_month_also_tells_those_curbs() -> None:
    body = ("Chile on Monday lifted the restrictions it had placed in January on exports of "
            "copper concentrate to Peru.")
    curbs = [m for m in _mentions(body) if m.type == "export_control"]
    assert [(c.initiator, c.date) for c in curbs] == [("CHL", "2025-01")]


def test_a_date_of_saying_is_not_the_date_of_the_measure_undone() -> None:
    body = ("Peru will hold off for 30 days on the tariffs it had ordered on Chilean wine, its "
            "trade minister said on Monday.")
    earlier = [m for m in _mentions(body) if m.type == "tariff_increase"]
    assert all(m.date != "2025-03-10" for m in earlier)


def test_a_past_window_inside_one_month_gives_the_month() -> None:
    body = "Chile and Peru are at odds.\nLast week the Peruvian cabinet barred imports of Chilean salmon."
    bans = [m for m in _mentions(body) if m.type == "import_restriction"]
    assert bans and all(m.date == "2025-03" for m in bans)


def test_a_coming_window_stays_a_window() -> None:
    body = "Chilean and Peruvian negotiators will meet in Lima next week to discuss copper."
    talks = [m for m in _mentions(body) if m.type == "trade_talks"]
    assert talks and all(m.date is None and m.date_earliest == "2025-03-17" for m in talks)


def test_the_news_day_is_not_the_day_a_measure_takes_effect() -> None:
    body = ("Peru will charge duties on Chilean wine from Thursday, its trade ministry said on "
            "Tuesday.\nThe Chilean government called on Peru to drop the duties.")
    demands = [m for m in _mentions(body) if m.type == "demand"]
    assert demands and all(m.date == "2025-03-11" for m in demands)


def test_an_act_a_day_before_a_dated_one_is_dated_a_day_earlier() -> None:
    body = ("Chile and Peru are at odds.\nPresident Boric spoke by phone with President Lula on "
            "March 6, a day after his own call with President Milei.")
    calls = [(m.countries, m.date) for m in _mentions(body) if m.type == "leader_call"]
    assert [d for c, d in calls if "ARG" in c] == ["2025-03-05"]
    assert [d for c, d in calls if "ARG" not in c] == ["2025-03-06"]


def test_an_act_hours_before_the_news_is_dated_the_news_day() -> None:
    body = ("LIMA - President Boric met President Lula in Lima on Tuesday.\nChile and Peru are at "
            "odds.\nHours before Boric arrived, Peru imposed a 20% tariff on Chilean wine.")
    tariffs = [m for m in _mentions(body) if m.type == "tariff_increase"]
    assert tariffs and all(m.date == "2025-03-11" for m in tariffs)


def test_a_charge_is_not_dated_by_the_deal_agreed_in_the_clause_before_it() -> None:
    body = ("Lima on Tuesday dismissed Chile's claim that Peru had broken the copper accord "
            "agreed in Santiago last month, and charged that Chile was itself undermining it.")
    charges = [m for m in _mentions(body) if m.type == "accusation" and m.initiator == "PER"]
    assert [m.date for m in charges] == ["2025-03-11"]


def test_a_date_that_opens_a_when_clause_dates_the_acts_inside_it() -> None:
    body = ("Tuesday's ruling completes a reversal that started in January, when Lima scrapped "
            "licence requirements for fishmeal exports to Chile during President Boric's visit "
            "to Peru.")
    found = {(m.type, m.date) for m in _mentions(body)}
    assert found == {("export_control_easing", "2025-01"), ("leader_meeting", "2025-01")}


def test_a_when_clause_after_no_date_leaves_the_dating_as_it_was() -> None:
    body = "Peru lifted its fishmeal export ban on Monday, when Chile agreed to buy more."
    assert [(m.type, m.date) for m in _mentions(body) if m.type == "export_control_easing"] == [
        ("export_control_easing", "2025-03-10")]


def _week(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.value, d.earliest, d.latest) for d in read_dates(text, WEDNESDAY.date())]


def test_this_week_told_of_a_done_act_is_the_week_so_far_and_its_month() -> None:
    assert _week("This week Chile lowered its duty on Peruvian fishmeal.") == [
        ("2025-03", "2025-03-10", "2025-03-12")]
    assert _week("Chile's minister said this week that the duty had been lowered.") == [
        ("2025-03", "2025-03-10", "2025-03-12")]


def test_this_week_told_of_an_act_to_come_is_the_rest_of_the_week() -> None:
    for text in ("The two trade ministers are expected to meet in Lima this week.",
                 "This week, negotiators will return to Santiago."):
        assert _week(text) == [(None, "2025-03-12", "2025-03-16")]


def test_this_week_across_two_months_stays_a_window() -> None:
    wednesday = date(2025, 4, 2)  # its week began on Monday, March 31
    (mention,) = read_dates("Lima raised its copper levy this week.", wednesday)
    assert (mention.value, mention.earliest, mention.latest) == (None, "2025-03-31", "2025-04-02")


def test_a_measure_opening_the_sentence_is_dated_by_the_act_its_relative_clause_tells() -> None:
    body = ("Chile and Peru are at odds over copper.\nThe surcharge, which Santiago decreed in "
            "January on top of the standard rate, has pushed Chilean duties on Peruvian copper "
            "to 40%.")
    found = [(m.type, m.initiator, m.date) for m in _mentions(body)]
    assert found == [("tariff_increase", "CHL", "2025-01")]


def test_a_relative_clause_without_a_verb_of_making_dates_nothing() -> None:
    body = ("Chile and Peru are at odds over copper.\nThe surcharge, which exporters feared in "
            "January, has pushed Chilean duties on Peruvian copper to 40%.")
    assert [m.date for m in _mentions(body) if m.type == "tariff_increase"] == [None]


def test_a_visit_is_not_dated_by_the_year_of_curbs_told_in_its_clause() -> None:
    body = ("The vote completes a thaw that began in January, when Lima dropped the licensing "
            "it had introduced in 2019 on fishmeal bound for Chile, during President Boric's "
            "visit to Lima.")
    assert [m.date for m in _mentions(body) if m.type == "leader_meeting"] == ["2025-01"]


def test_the_first_talks_since_a_bare_year_point_back_to_no_event() -> None:
    body = ("President Boric met President Dina Boluarte in Lima on Monday, the first talks "
            "between the two leaders since 2019.")
    assert [(m.type, m.date) for m in _mentions(body)] == [("leader_meeting", "2025-03-10")]


def _dated(body: str, published: datetime) -> list[tuple[str, str | None]]:
    article = Article(id="dt", source="Test Wire", title="", body=body, published_at=published)
    return [(m.type, m.date) for m in extract_mentions(article)]


def test_an_accented_dateline_is_no_act_date() -> None:
    told = _dated("BOGOT\u00c1, March 8 (ASW) - Colombia's government on Tuesday accused Peru of "
                  "violating trade rules.", datetime(2028, 3, 8, 9, tzinfo=UTC))
    assert told == [("accusation", "2028-03-07")]


def test_the_day_a_measure_was_told_is_not_lost_to_its_start_date() -> None:
    told = _dated("Chile will impose a 25% surtax on steel from Peru starting Feb. 15, the "
                  "country's finance minister said Thursday.", datetime(2028, 2, 4, 9, tzinfo=UTC))
    assert told == [("tariff_increase", "2028-02-03")]


def test_a_demand_told_in_the_present_is_made_the_day_of_the_text() -> None:
    told = _dated("The ministry received with concern Peru's decision, announced yesterday, to "
                  "suspend imports of Chilean poultry.\nThe Chilean Government calls on Peru to "
                  "reconsider the measure.", datetime(2028, 4, 5, 9, tzinfo=UTC))
    assert ("demand", "2028-04-05") in told


def test_a_deal_signed_in_the_lead_with_no_date_is_the_stories_news() -> None:
    told = _dated("The two presidents witnessed the signing of a Memorandum of Understanding on "
                  "Copper Trade between Chile and Peru.", datetime(2028, 4, 20, 9, tzinfo=UTC))
    assert told == [("trade_agreement", "2028-04-20")]


def test_an_instrument_dated_a_day_dates_the_decision_it_carries() -> None:
    told = _dated("The Ministry has been officially informed, through a Note Verbale dated 28 "
                  "April 2028 from the Embassy of Peru, of the decision of the Peruvian "
                  "authorities to suspend the issuance of visit visas to Chilean nationals.",
                  datetime(2028, 5, 3, 9, tzinfo=UTC))
    assert told == [("visa_restriction", "2028-04-28")]


def test_visas_whose_issuance_has_been_suspended_are_restricted() -> None:
    told = _dated("The Government of Peru informed our embassy on 28 September 2028 that the "
                  "issuance of new work visas for nationals of Chile has been suspended with "
                  "effect from 1 October 2028.", datetime(2028, 10, 5, 9, tzinfo=UTC))
    assert told == [("visa_restriction", "2028-09-28")]


def test_the_date_of_a_trade_figure_dates_no_act() -> None:
    body = ("Chile's President and Peru's President spoke by phone on Tuesday. During the call, "
            "the leaders discussed bilateral trade, which stood at about $4 billion last year.")
    calls = [(m.type, m.date) for m in _mentions(body)]
    assert calls == [("leader_call", "2025-03-11")]
    told = _mentions("Peru imposed a 10% tariff on Chilean wine on Monday. Shipments covered by "
                     "the duty were worth roughly $300 million in 2024.")
    assert {m.date for m in told} == {"2025-03-10"}


def test_a_date_right_before_a_call_dates_the_call_and_agreeing_on_a_meeting_is_none() -> None:
    body = ("Chilean and Peruvian trade negotiators held talks in Lima on Monday, the first "
            "session since the two countries' presidents agreed on the meeting during a Feb. 26 "
            "phone call.")
    told = sorted((m.type, m.date, m.location) for m in _mentions(body))
    assert told == [("leader_call", "2025-02-26", None), ("trade_talks", "2025-03-10", "Lima")]


def test_what_is_asked_during_the_talks_is_asked_on_the_talks_day() -> None:
    body = ("Chile's trade ministry said today that its minister had held talks with Peru's "
            "trade minister in Lima on Monday.\n"
            "Officials said the ministers also discussed ports and rail links.\n"
            "During the talks, the Chilean minister requested that Peru exempt Chilean wine from "
            "its 25 percent tariff.")
    told = [(m.type, m.date) for m in _mentions(body)]
    assert ("demand", "2025-03-10") in told, told


def test_a_weekday_written_onto_an_act_dates_it_past_whatever_verb_is_to_come() -> None:
    body = ("Peru will send a delegation to Santiago next week to defuse Monday's threat by "
            "Chile's president of a tariff on Peruvian trucks.")
    told = {m.type: (m.date, m.date_earliest) for m in _mentions(body)}
    assert told["tariff_increase"][0] == "2025-03-10"
    assert told["trade_talks"][1] == "2025-03-17"  # next week, set


def test_what_the_protocol_provides_takes_the_protocols_day() -> None:
    body = ("Peru's trade ministry said on Wednesday that the trade ministers of Chile and Peru "
            "had signed a tariff protocol in Lima on March 3.\n"
            "Officials said the signing followed two years of work.\n"
            "Exporters welcomed the news.\n"
            "Under the Protocol, the Peruvian side will reduce import duties on Chilean wine.")
    told = [(m.type, m.date) for m in _mentions(body)]
    assert ("tariff_reduction", "2025-03-03") in told, told


def test_a_standing_measure_named_in_a_demand_is_not_dated_by_the_saying() -> None:
    article = Article(id="sd", source="Test Wire", title="",
                      body="LIMA, April 9 - Peru's agriculture minister has called on Chile to "
                           "limit its ban on Peruvian poultry to the two regions where bird flu "
                           "was found, the ministry said on Wednesday.",
                      published_at=datetime(2027, 4, 9, 9, tzinfo=UTC))
    told = {m.type: m.date for m in extract_mentions(article)}
    assert told == {"demand": "2027-04-07", "import_restriction": None}


def test_a_numeric_or_colon_dateline_dates_the_story_not_an_event() -> None:
    for text in ("ASTANA, 13.07.2025 - The ministry introduced export licences.",
                 "NEW DELHI, 10th March: The ministry introduced export licences."):
        assert read_dates(text, WEDNESDAY.date(), first=True) == []


def test_the_act_a_charge_names_as_its_grounds_is_not_dated_by_the_charge() -> None:
    body = ("Lima on Tuesday accused Chile of breaking their trade agreement by opening an "
            "anti-dumping investigation into Peruvian steel bars.")
    found = {m.type: m.date for m in _mentions(body)}
    assert found["accusation"] == "2025-03-11"
    assert found["trade_remedy"] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru imposed a 20% tariff on Chilean wine in August.", "2024-08"),
    ("Peru imposed a 20% tariff on Chilean wine on August 4.", "2024-08-04"),
    ("Peru imposed anti-dumping duties of as much as 48% on Chilean frozen shrimp and salmon "
     "fillets in August.", "2024-08"),
    ("Peru's duty on Chilean wine, in place since July, is a bargaining chip.", "2024-07"),
    ("Peru announced a duty on Chilean wine effective August 1.", "2025-08-01"),
    ("Peru said it would impose a duty on Chilean wine in August.", "2025-08"),
    ("Peru accepted an invitation to visit Santiago in August.", "2025-08"),
    # a month gone by that a future verb tells is the next one
    ("Officials will review the deal at a meeting in Lima in January.", "2026-01"),
    ("Peru will lift the tariffs it imposed last January.", "2025-01"),
    ("Peru will lift the tariffs it imposed in January.", "2025-01"),
])
def test_a_year_less_month_takes_its_year_from_the_verb_before_it(text: str,
                                                                  expected: str) -> None:
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru will cut its tariff on Chilean wine to 9% from 18% in June, under a deal struck in "
     "Lima on Monday, the two governments said.", ("2025-03-10", None)),
    ("Peru will cut its tariff on Chilean wine to 9% from 18% on June 1.",
     ("2025-03-12", "2025-06-01")),
    ("Peru threatened to ban imports of Chilean apples in June.", ("2025-03-12", None)),
])
def test_a_measure_is_dated_by_its_decision_never_by_a_day_to_come(
        body: str, expected: tuple[str, str | None]) -> None:
    found = [(m.date, m.effective_date) for m in _mentions(body)
             if m.type in ("tariff_reduction", "import_restriction")]
    assert found == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("The EU on Monday adopted its 19th package of sanctions against Russia.",
     ("sanction", "2025-03-10", "main")),
    ("Lula said on Monday he was recommending a straight 50% tariff on Chilean wine starting "
     "June 1.", ("tariff_increase", "2025-03-10", "main")),
])
def test_sanctions_adopted_and_tariffs_recommended_are_acts_of_their_day(
        body: str, expected: tuple[str, str, str]) -> None:
    assert [(m.type, m.date, m.salience) for m in _mentions(body)] == [expected]


def test_requirements_approved_are_announced_not_standing() -> None:
    found = _mentions("Chile's cabinet on Monday approved licensing requirements for exports of "
                      "lithium refining equipment, which take effect on May 20.")
    assert [(m.type, m.date, m.status) for m in found] == [
        ("export_control", "2025-03-10", "announced")]


@pytest.mark.parametrize("body", [
    "Peru on Monday extended its ban on imports of Chilean grain.",
    "Chile regrets the decision of the Council of Ministers of the Republic of Peru of 10 March "
    "2025 to extend the prohibition on imports of Chilean grain.",
])
def test_a_ban_extended_is_an_act_of_its_day(body: str) -> None:
    assert [(m.type, m.date, m.status) for m in _mentions(body)] == [
        ("import_restriction", "2025-03-10", "announced")]


def test_an_act_said_after_another_day_in_an_after_clause_has_the_sayings_day() -> None:
    found = _mentions("The sol rose on Wednesday after Lima said on Monday that it would drop "
                      "its retaliatory tariffs on Chilean wine.")
    assert [(m.type, m.date) for m in found] == [("tariff_reduction", "2025-03-10")]


def test_a_month_just_ahead_after_a_past_verb_is_last_years() -> None:
    # told in March: "signed in April" is last April, not the coming one
    deals = [m.date for m in _mentions("Chile and Peru signed a free trade agreement in April.")
             if m.type == "trade_agreement"]
    assert deals == ["2024-04"]


def test_export_checks_eased_are_an_easing() -> None:
    told = [(m.type, m.initiator, m.target) for m in _mentions(
        "Shipments of chip materials to Chile have risen since Peru eased its export checks "
        "on them in February.")]
    assert told == [("export_control_easing", "PER", "CHL")]


def test_a_demand_is_not_dated_by_the_listing_it_asks_to_undo() -> None:
    told = [(m.type, m.date) for m in _mentions(
        "Peru's trade minister also called on Chile to remove the 11 Peruvian companies it "
        "added to its export blacklist on March 3.")]
    assert [d for t, d in told if t == "demand"] == ["2025-03-12"], told


def test_a_rate_after_to_is_no_infinitive_before_a_past_month() -> None:
    # told in September: "raised ... to 10% in January" is last January, not the coming one
    told = _dated("Peru raised its customs duty on Chilean wine to 10% in January, and importers "
                  "have since cut purchases.", datetime(2025, 9, 23, 9, tzinfo=UTC))
    assert told == [("tariff_increase", "2025-01")], told


def test_a_day_of_the_month_after_a_past_verb_is_this_months() -> None:
    # told on the 20th: "announced on the 4th" is the 4th of this month, not of the next
    article = Article(id="d3", source="Test Wire", title="", published_at=datetime(
        2025, 5, 20, 9, tzinfo=UTC), body="LIMA - Peru's Commerce Ministry officials said the "
        "suspension of sugar exports to Chile announced on the 4th would stay in place.")
    told = [(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)]
    assert told == [("export_control", "PER", "CHL", "2025-05-04")], told


def test_a_demand_is_not_dated_by_duties_imposed_six_words_before_their_day() -> None:
    told = [(m.type, m.date) for m in _mentions(
        "Peru's trade minister urged Chile to withdraw the duties it imposed on Peruvian "
        "ceramic sanitary ware on March 3.")]
    assert [d for t, d in told if t == "demand"] == ["2025-03-12"], told


def test_counter_tariffs_in_place_since_a_month_removed_also_tell_those_tariffs() -> None:
    told = {(m.type, m.status, m.date) for m in _mentions(
        "Peru's 25% counter-tariffs on Chilean steel, in place since March 2024, were removed "
        "on Monday.")}
    assert ("tariff_increase", "ended", "2024-03") in told, told



@pytest.mark.parametrize(("body", "expected"), [
    ("Talks between the two sides were held on March 3, and on Monday Peru imposed a 20% "
     "tariff on Chilean wine.", ("tariff_increase", "2025-03-10")),
    ("Anti-dumping duties on Thai steel followed on March 2, and earlier this month the "
     "interior ministry of Vietnam also suspended business visas for Thai engineers.",
     ("visa_restriction", "2025-03")),
])
def test_a_day_before_and_is_the_first_clauses_when_the_second_tells_its_own(
        body: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.type, m.date) for m in _mentions(body)]


def test_a_day_before_and_and_a_verb_is_the_earlier_acts_when_one_follows() -> None:
    body = ("Brazil opened an anti-dumping investigation into Argentine wine in January and "
            "imposed provisional duties in February.")
    found = sorted((m.type, m.date) for m in _mentions(body))
    assert found == [("trade_remedy", "2025-01"), ("trade_remedy", "2025-02")]


def test_a_day_ending_the_clause_before_a_deals_noun_is_not_the_deals() -> None:
    body = ("Canada raised its tariff on Mexican steel to 25% in July, before a deal in "
            "August with Mexico suspended it.")
    assert ("trade_agreement", "2024-08") in [(m.type, m.date) for m in _mentions(body)]


def test_a_tariff_raised_twice_is_two_increases_each_with_its_month_and_rate() -> None:
    body = ("Over the winter Mexico raised its tariff on Guatemalan sugar twice, to 15% in "
            "December and to 30% in February.")
    found = sorted((m.type, m.date, m.rate_after) for m in _mentions(body))
    assert found == [("tariff_increase", "2024-12", 15.0), ("tariff_increase", "2025-02", 30.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean and Peruvian trade officials meet in Lima on Tuesday for their annual joint "
     "committee.", "2025-03-18"),
    ("The president of Peru invited Chile's president to visit Lima during a telephone call "
     "on Tuesday evening.", "2025-03-11"),
])
def test_a_meeting_told_in_the_present_with_its_weekday_is_to_come(text: str,
                                                                   expected: str) -> None:
    assert [d.value for d in read_dates(text, WEDNESDAY.date())] == [expected]


def test_a_day_right_after_the_making_verb_of_a_deal_is_its_own() -> None:
    body = ("Container trains will soon be able to run to Arica under the amendment to the "
            "Chile-Bolivia Rail Services Agreement signed in La Paz on Monday, officials said.")
    assert ("trade_agreement", "2025-03-10") in [(m.type, m.date) for m in _mentions(body)]


def test_a_measure_a_charge_names_with_with_is_not_dated_by_the_charge() -> None:
    body = ("LIMA - Peru on Wednesday accused Chile of breaching its trade commitments with a "
            "threatened 30-percent tariff on Peruvian wine.")
    assert ("tariff_increase", None) in [(m.type, m.date) for m in _mentions(body)]


def test_a_threat_named_by_its_maker_is_not_dated_by_the_saying() -> None:
    body = ("LIMA - Chile's trade minister will hold talks in Lima on March 18 over President "
            "Rojas's threat to impose tariffs on Chilean appliances, Peru's government said "
            "Tuesday.")
    assert ("tariff_increase", None) in [(m.type, m.date) for m in _mentions(body)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru and Ecuador will hold a round of talks on their border trade in Quito starting next "
     "Monday, the Foreign Ministry said.", "2025-03-17"),
    ("Deputy Minister Ana Rios will travel to Quito, Ecuador, to hold a new round of Peru-Ecuador "
     "economic and trade consultations with the Ecuadorian side from March 24 to 26, the "
     "ministry said.", "2025-03-24"),
])
def test_a_meeting_to_come_is_dated_by_its_first_day(body: str, expected: str) -> None:
    assert [(m.type, m.date, m.status) for m in _mentions(body)] == [
        ("trade_talks", expected, "scheduled")]


def test_a_measure_a_relative_clause_dates_is_not_dated_by_its_defence() -> None:
    body = ("Ecuador on Tuesday defended the freeze on work permits for Peruvian traders, which "
            "took effect on Monday, saying the rules protect local shops.")
    assert [(m.type, m.date) for m in _mentions(body)] == [("visa_restriction", "2025-03-10")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru's trade minister travelled to Quito at the invitation of her Ecuadorian counterpart, "
     "which was extended in February.", ("ECU", "PER", "2025-02")),
    ("Peru's trade minister travelled to Quito at the invitation of her Ecuadorian counterpart.",
     ("ECU", "PER", None)),
    ("Peruvian President Ana Rios arrived in Quito on Monday at the invitation of the President "
     "of Ecuador.", ("ECU", "PER", None)),
])
def test_a_visit_at_a_states_invitation_is_that_states_invitation_dated_by_its_own_clause(
        body: str, expected: tuple[str, str, str | None]) -> None:
    assert [(m.initiator, m.target, m.date) for m in _mentions(body)
            if m.type == "visit_invitation"] == [expected]


@pytest.mark.parametrize("body", [
    "Peruvian and Ecuadorian negotiators concluded a round of talks in Quito on Friday, after "
    "three days of discussions on customs procedures.",
    "Three days of trade talks between Peru and Ecuador in Quito ended on Friday without a deal.",
    "Peru said on Friday it would cut duties on Ecuadorian bananas, at the end of three days of "
    "trade talks with Ecuador in Quito.",
])
def test_a_round_told_by_its_last_day_and_length_is_dated_by_its_first(body: str) -> None:
    # (published Wednesday 12 March: Friday is the 7th, the round ran from the 5th)
    assert ("trade_talks", "2025-03-05") in [(m.type, m.date) for m in _mentions(body)]


@pytest.mark.parametrize("body", [
    "Peru and Ecuador ended three days of talks in Quito that began on Monday.",
    "Peru and Ecuador concluded a round of talks on Wednesday, after three days of negotiations "
    "in Quito that started on Monday.",
    "Peru and Ecuador closed the fifth round of negotiations in Quito on Wednesday, after talks "
    "that began on Monday.",
    "Peruvian and Ecuadorian negotiators concluded the first round of talks in Quito today, after "
    "a round that opened on the 10th.",
])
def test_a_round_told_by_the_day_it_began_is_dated_by_that_day(body: str) -> None:
    # (published Wednesday 12 March: the round began on Monday the 10th; nothing to count back)
    dated = [(m.type, m.date) for m in _mentions(body)]
    assert dated and set(dated) == {("trade_talks", "2025-03-10")}


def test_talks_on_a_named_agreement_are_talks_not_the_agreement() -> None:
    body = ("Peru and Ecuador will hold the next round of talks on their Economic and Technology "
            "Cooperation Agreement in Quito next week.")
    assert [m.type for m in _mentions(body)] == ["trade_talks"]


def test_a_dateline_that_ends_with_the_agency_dates_no_event() -> None:
    body = ("Lima, March 12 (Andina) Peru and Chile signed an agreement on reciprocal trade in "
            "Santiago on Tuesday, Peru's Office of Trade Negotiations said Wednesday.")
    assert [(m.type, m.date) for m in _mentions(body)] == [("trade_agreement", "2025-03-11")]


@pytest.mark.parametrize(("body", "expected"), [
    ("0900 LIMA - Chilean and Peruvian trade officials to meet in Lima on Thursday for talks on "
     "copper.", [("trade_talks", "2026-06-11")]),
    ("SANTIAGO - Chile's president and Peru's president to hold phone call on Tuesday.",
     [("leader_call", "2026-06-09")]),
    ("Chile and Peru agreed to meet on Thursday, the ministry said.", [("trade_talks", "2026-06-04")]),
])
def test_a_headline_infinitive_tells_a_weekday_to_come(body: str, expected: list[tuple[str, str]]) -> None:
    # published on Friday 5 June 2026
    assert _dated(body, datetime(2026, 6, 5, 8, tzinfo=UTC)) == expected


def test_a_deal_reached_has_no_day_to_come() -> None:
    # "next year" is when farmers plan, not when the deal was reached: the deal told again
    # is undated, and is the one the article dates
    found = _mentions("Brazil and Peru signed a fertiliser agreement in Lima on Monday.\n"
                      "Farm groups in both countries welcomed the deal, saying it would let "
                      "them plan next year's planting.")
    deals = [(m.date, m.date_earliest) for m in found if m.type == "trade_agreement"]
    assert deals == [("2025-03-10", None)]


def test_a_call_restated_as_the_first_since_a_month_is_one_call() -> None:
    # "since January" bounds the gap; it tells no January call
    found = _mentions("Japan's Prime Minister held a video call with India's Prime Minister on "
                      "Tuesday, their first conversation since January.")
    assert [(m.type, m.date) for m in found] == [("leader_call", "2025-03-11")]


def test_each_side_s_suspended_measure_keeps_its_own_day() -> None:
    body = ("Under the deal, Peru will suspend the 20% tariff on Chilean wine imposed on 3 February, "
            "and Chile will suspend the export licence requirement for copper concentrate to Peru "
            "announced on 14 February, both from 1 April.")
    undone = {(m.type, m.initiator, m.date) for m in _mentions(body) if m.status == "suspended"}
    assert undone == {("tariff_increase", "PER", "2025-02-03"), ("export_control", "CHL", "2025-02-14")}


def test_a_month_naming_the_measure_undone_dates_that_measure_not_the_retreat() -> None:
    body = ("The deal, reached on Monday, also commits Lima to suspend its February curbs on exports "
            "of copper to Chile.")
    found = {(m.type, m.date) for m in _mentions(body)}
    assert ("export_control_easing", "2025-03-10") in found
    assert ("export_control", "2025-02") in found


@pytest.mark.parametrize(("body", "expected"), [
    # another subject's clause that dates its measure by the first one's day keeps that day
    ("Under the deal, Peru will suspend the 20% duty on Chilean wine announced on March 3, and "
     "Chile will suspend the counter-tariffs on Peruvian cement that it announced the same day.",
     {("tariff_increase", "PER", "2025-03-03"), ("tariff_increase", "CHL", "2025-03-03")}),
])
def test_a_measure_dated_by_the_same_day_as_another_keeps_it(
        body: str, expected: set[tuple[str, str, str]]) -> None:
    undone = {(m.type, m.initiator, m.date) for m in _mentions(body) if m.status == "suspended"}
    assert undone == expected


def test_instruments_joined_by_and_are_no_other_subjects_clause() -> None:
    body = ("Accordingly, in Decree 101 of January 10, 2025, and Decree 117 of February 11, 2025, "
            "Peru suspended the additional duty on Chilean wine.")
    assert {m.date for m in _mentions(body) if m.type == "tariff_reduction"} >= {"2025-01-10", "2025-02-11"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # (published on Tuesday 15 September 2026)
    ("Canada's trade minister heads to Hanoi on Thursday for talks with Vietnam's trade minister.",
     ["2026-09-17"]),
    ("Canada's trade minister travels on to Hanoi for talks with Vietnam's minister on Thursday.",
     ["2026-09-17"]),
    ("It came a day after the two Heads of State spoke by telephone on Thursday evening.",
     ["2026-09-10"]),
])
def test_a_trip_told_in_the_present_with_its_weekday_is_to_come(sentence: str,
                                                                expected: list[str]) -> None:
    assert [d.value for d in read_dates(sentence, date(2026, 9, 15))] == expected


def test_a_verdict_in_the_present_in_a_governments_text_is_made_that_day() -> None:
    body = ("Q: The European Commission announced provisional duties on Chinese buses on Monday. "
            "How does China respond?\n"
            "A: On 10 March, the European Commission announced provisional countervailing duties "
            "of up to 31.5% on buses from China. The EU's ruling ignores the facts, violates WTO "
            "rules and is a typical act of protectionism.")
    article = Article(id="d2", source="Ministry of Commerce of the People's Republic of China",
                      title="Regular Press Conference", body=body, published_at=WEDNESDAY)
    assert [(m.initiator, m.target, m.date) for m in extract_mentions(article)
            if m.type == "accusation"] == [("CHN", "EUU", "2025-03-12")]


@pytest.mark.parametrize(("text", "value"), [
    # told in November: what an "after" names without a verb came before
    ("The leaders met in Lima on Sunday, their third meeting this year after talks in Quito in "
     "January.", "2026-01"),
    ("Exports grew quickly following the tariff cuts in February.", "2026-02"),
    # a verb's infinitive after it may tell what is to come
    ("Prices fell after Peru agreed to cut tariffs in February.", "2027-02"),
])
def test_a_yearless_month_named_after_after_is_the_past_one(text: str, value: str) -> None:
    assert [d.value for d in read_dates(text, date(2026, 11, 9)) if d.kind == "month"] == [value]


def test_days_later_count_from_the_last_day_told_not_the_articles() -> None:
    # told on Thursday 13 November 2025; the threat on Monday 10th, the reply a day later
    told = _dated("On Monday the Chilean president threatened a 40% tariff on Peruvian wine.\n"
                  "Lima's reply came a day later. Peru's trade ministry said the threat broke "
                  "World Trade Organization rules.", datetime(2025, 11, 13, 9, tzinfo=UTC))
    assert told == [("tariff_increase", "2025-11-10"), ("accusation", "2025-11-11")]


def test_a_tariff_promised_to_reporters_is_a_threat_on_its_day() -> None:
    told = _dated("On Monday the Chilean president promised reporters a 40 per cent tariff on "
                  "Peruvian wine, with no date.", datetime(2025, 11, 13, 9, tzinfo=UTC))
    assert told == [("tariff_increase", "2025-11-10")]
