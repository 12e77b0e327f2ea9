"""Leaders meeting, told as hosting, as the occasion of another act, or as talks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _events(body: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    article = Article(id="enc", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.countries, m.date) for m in extract_mentions(article)]


def test_a_leader_hosting_another_is_their_meeting_and_its_talks_are_that_meeting() -> None:
    assert _events("President Lula hosted President Gabriel Boric in Brasilia on Monday for "
                   "talks on trade.") == [("leader_meeting", ("BRA", "CHL"), "2025-03-10")]


def test_in_a_meeting_that_is_a_meeting_and_the_conversation_is_no_call() -> None:
    assert _events("Lula received Chilean President Gabriel Boric at the palace on Monday, in "
                   "a meeting that ran for two hours. Lula said the conversation had been "
                   "useful.") == [("leader_meeting", ("BRA", "CHL"), "2025-03-10")]


def test_leaders_who_talk_then_with_their_delegations_still_meet() -> None:
    assert _events("The presidents of Brazil and Chile held talks in Brasilia on Monday, first "
                   "alone and then with their delegations.") == [
        ("leader_meeting", ("BRA", "CHL"), "2025-03-10")]
    # the delegations' own talks are talks
    assert [t for t, _, _ in _events("The Brazilian and Chilean delegations held talks in "
                                     "Brasilia on Monday.")] == ["trade_talks"]


def test_a_leader_who_saw_an_official_holds_talks_with_a_leader() -> None:
    found = _events("President Lula, who received Foreign Minister Mauro Vieira on Monday, "
                    "will hold talks with President Gabriel Boric in Santiago on March 20.")
    assert [t for t, _, _ in found] == ["leader_meeting"]


def test_a_state_visit_is_a_leaders_meeting() -> None:
    found = _events("The pact was signed in Lima in May 2024 during the emir's state visit to "
                    "Peru, Qatar said.")
    assert ("leader_meeting", ("PER", "QAT"), "2024-05") in found


def test_whose_office_reports_the_talks_takes_no_part_in_them() -> None:
    found = _events("Brazil and Peru are reviewing their trade ties.\nTrade officials from the "
                    "two countries will meet in Lima next month to open talks on copper supplies, "
                    "President Lula's office said.")
    assert [t for t, _, _ in found] == ["trade_talks"]


def test_a_first_round_held_by_negotiators_is_talks() -> None:
    found = _events("Brazil and Peru are reviewing their trade ties.\nNegotiators will hold a "
                    "first round in Lima next month, Brazil's foreign ministry said.")
    assert ("trade_talks", ("BRA", "PER"), "2025-04") in found


def test_an_invitation_to_make_a_visit_and_a_told_should_withdraw_demand() -> None:
    found = _events("Lula invited President Gabriel Boric to make another visit to Brasilia "
                    "later this year.")
    assert [t for t, _, _ in found] == ["visit_invitation"]
    asked = _events("Chile's trade minister told Peru's envoy on Monday that Lima should "
                    "withdraw the new copper tariffs.")
    assert [t for t, _, _ in asked] == ["demand"]


def test_talks_told_by_a_noun_between_two_leaders_are_their_meeting() -> None:
    found = _events("Lula and President Gabriel Boric held two hours of talks at the palace "
                    "in Brasilia on Monday.")
    assert [t for t, _, _ in found] == ["leader_meeting"]


def test_a_leaders_trip_for_talks_is_a_meeting_but_talks_with_an_official_are_not() -> None:
    trip = _events("President Boric became the first Chilean leader in a decade to travel to "
                   "Brasilia for bilateral talks on Monday.")
    assert [t for t, _, _ in trip] == ["leader_meeting"]
    official = _events("President Boric said on Monday that talks with Brazil's foreign minister "
                       "Mauro Vieira had gone well.")
    assert "leader_meeting" not in [t for t, _, _ in official]


def test_leaders_wishing_for_discussions_do_not_meet() -> None:
    found = _events("Brazil and Chile are reviewing their trade ties.\nBoth leaders expressed a "
                    "willingness to engage in face-to-face discussions on copper.")
    assert "leader_meeting" not in [t for t, _, _ in found]


def test_a_heads_title_makes_a_leader_and_a_lede_meeting_has_the_news_day() -> None:
    found = _events("Brazil and the EU signed a trade pact on Wednesday.\nCommission President "
                    "Ursula von der Leyen, who met President Lula in Brasilia, said the pact "
                    "would open markets.")
    assert ("leader_meeting", ("BRA", "EUU"), "2025-03-12") in found


def test_the_first_call_since_a_meeting_points_back_to_that_meeting() -> None:
    found = _events("President Lula and President Boric spoke by phone on Thursday, their first "
                    "conversation since their meeting in the Chilean city of Valparaiso on Jan. 8.")
    assert ("leader_meeting", ("BRA", "CHL"), "2025-01-08") in found
    assert ("leader_call", ("BRA", "CHL"), "2025-01-08") not in found


def test_officials_a_measure_targets_do_not_make_a_leaders_call_talks() -> None:
    found = _events("President Lula asked President Milei on Monday to lift the measures Buenos "
                    "Aires has taken against Brazilian officials, during a video call.")
    assert "leader_call" in [t for t, _, _ in found]
    assert "trade_talks" not in [t for t, _, _ in found]


def test_leaders_agreeing_to_meet_in_person_is_a_meeting_even_with_phones_named() -> None:
    found = _events("President Lula and President Milei spoke on Monday.\nThe two leaders agreed "
                    "to meet in person soon and exchanged phone numbers.")
    assert "leader_meeting" in [t for t, _, _ in found]


def test_the_first_call_since_a_leader_took_office_points_to_no_earlier_call() -> None:
    found = _events("President Lula and President Boric spoke by phone on Thursday. It was their "
                    "first direct conversation since Boric's inauguration in March.")
    assert ("leader_call", ("BRA", "CHL"), "2025-03-13") in found
    assert [d for t, _, d in found if t == "leader_call"] == ["2025-03-13"]


def test_the_first_call_since_relations_soured_points_to_no_earlier_call() -> None:
    found = _events("President Lula and President Boric spoke by phone on Thursday, their first "
                    "conversation since relations soured late last year.")
    assert [d for t, _, d in found if t == "leader_call"] == ["2025-03-13"]


def test_the_first_call_since_a_bare_date_still_points_back_to_that_call() -> None:
    found = _events("President Lula and President Boric spoke by phone on Thursday, their first "
                    "call since January 17.")
    assert ("leader_call", ("BRA", "CHL"), "2025-01-17") in found


def _full(body: str) -> list[tuple[str, str | None, str | None, tuple[str, ...], str | None, str]]:
    article = Article(id="enc2", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target, m.countries, m.date, m.status)
            for m in extract_mentions(article)]


def test_an_act_during_a_leaders_visit_tells_that_visit_as_their_meeting() -> None:
    found = _events("The two governments signed a lithium accord in Santiago on Tuesday, during "
                    "President Lula's two-day visit to Chile.")
    assert ("leader_meeting", ("BRA", "CHL"), "2025-03-11") in found


def test_a_leaders_trip_made_to_a_capital_is_their_meeting() -> None:
    found = _events("Argentina and Chile are at odds over copper.\nPresident Gabriel Boric paid "
                    "a short visit to Buenos Aires on March 3.")
    assert ("leader_meeting", ("ARG", "CHL"), "2025-03-03") in found


def test_a_trip_that_failed_to_reach_the_leader_is_no_meeting() -> None:
    found = _events("Chile's copper duty took effect on Thursday after a last-minute trip to "
                    "Lima by Peru's economy minister failed to win a reprieve.")
    assert not [f for f in found if f[0] == "leader_meeting"]


def test_an_invitation_accepted_with_a_time_schedules_the_visit() -> None:
    found = _full("President Boric said on Thursday he had accepted Lula's invitation to visit "
                  "Brasilia in May, and that he had invited Lula for a state visit to the "
                  "Chilean capital next year.")
    assert ("visit_invitation", "BRA", "CHL", ("BRA", "CHL"), "2025-03-13", "occurred") in found
    assert ("leader_meeting", None, None, ("BRA", "CHL"), "2025-05", "scheduled") in found


def test_an_invitation_accepted_without_a_time_schedules_nothing() -> None:
    found = _full("Argentina and Chile signed a lithium accord on Thursday.\nPresident Milei "
                  "invited Boric to visit Buenos Aires. Boric's office said later he had "
                  "accepted the invitation, without naming a date.")
    assert ("visit_invitation", "ARG", "CHL") in [f[:3] for f in found]
    assert not [f for f in found if f[0] == "leader_meeting"]


def test_an_invitation_for_a_state_visit_to_the_host_is_the_hosts() -> None:
    found = _full("Lula said he had invited President Boric for a state visit to the Federative "
                  "Republic of Brazil later this year.")
    assert [f[:3] for f in found if f[0] == "visit_invitation"] == [
        ("visit_invitation", "BRA", "CHL")]


def test_a_leader_met_under_a_long_title_and_name_is_a_meeting() -> None:
    found = _events("Chilean President Gabriel Boric met Argentine President Javier "
                    "Milei in Santiago on Monday.")
    assert ("leader_meeting", ("ARG", "CHL"), "2025-03-10") in found


def test_leaders_confirming_a_deal_in_a_call_held_that_call() -> None:
    found = _events("President Lula and President Boric confirmed the accord in a brief call on "
                    "Thursday.")
    assert ("leader_call", ("BRA", "CHL"), "2025-03-13") in found


def test_a_call_for_evidence_is_no_call() -> None:
    found = _events("Chile's ministry said in a call for evidence that Peruvian copper would face "
                    "a 20% duty.")
    assert not [f for f in found if f[0] == "leader_call"]


def test_a_call_told_with_its_day_before_whom_it_was_with_is_a_call() -> None:
    found = _events("Lula said he would wait, after what he called a \"frank call\" on Tuesday "
                    "with Chilean President Gabriel Boric.")
    assert ("leader_call", ("BRA", "CHL"), "2025-03-11") in found


def test_leaders_talking_on_the_sidelines_of_a_gathering_met() -> None:
    for body in ("President Boric raised the copper quota with President Boluarte on the "
                 "sidelines of a mining fair in Quito on Tuesday.",
                 "The two presidents held talks on the margins of the UN assembly on Tuesday."):
        found = _events("Chile and Peru are at odds over copper.\n" + body)
        assert ("leader_meeting", ("CHL", "PER"), "2025-03-11") in found


def test_one_leader_speaking_on_the_sidelines_meets_no_one() -> None:
    found = _events("Chile and Peru are at odds over copper.\nPresident Boric said on the "
                    "sidelines of a conference that copper duties would rise.")
    assert not [f for f in found if f[0] == "leader_meeting"]


def test_they_who_met_are_the_leaders_named_before_the_clause() -> None:
    found = _events("Chile and Peru are at odds over copper.\nPresident Boric and President "
                    "Boluarte agreed on Tuesday to cut copper duties when they met in Lima.")
    assert ("leader_meeting", ("CHL", "PER"), "2025-03-11") in found
    found = _events("Chile and Peru are at odds over copper.\nThe two trade ministers agreed on "
                    "Tuesday to cut copper duties when they met in Lima.")
    assert ("trade_talks", ("CHL", "PER"), "2025-03-11") in found


@pytest.mark.parametrize(("body", "day"), [
    # made during a meeting the article tells
    ("Lula and Boric met in Montevideo on March 1 to discuss copper.\nBoric has accepted the "
     "invitation Lula extended during that meeting to visit Brasilia, his office said on "
     "Thursday.", "2025-03-01"),
    # said to be extended during a call
    ("Chile's president has accepted an invitation from Lula to visit Brazil, his office said on "
     "Thursday.\nThe invitation was extended during a telephone call between the two leaders "
     "on Sunday.", "2025-03-09"),
    # accepted: the invitation the article tells being made
    ("Boric has accepted an invitation from Lula to visit Brasilia, his office said on "
     "Thursday.\nAt their meeting in Montevideo on March 1, President Lula invited President "
     "Gabriel Boric to make a state visit to Brazil.", "2025-03-01"),
])
def test_an_invitation_bears_the_day_it_was_made(body: str, day: str) -> None:
    found = _full(body)
    assert [f[:5] for f in found if f[0] == "visit_invitation"] == [
        ("visit_invitation", "BRA", "CHL", ("BRA", "CHL"), day)]


@pytest.mark.parametrize(("body", "day"), [
    # its maker in a relative clause, the call after it
    ("Chile and Brazil signed a copper accord on Thursday.\nBoric's state visit follows an "
     "invitation the Brazilian president extended to the Chilean leader in a phone call on "
     "March 2.", "2025-03-02"),
    # its maker under a long title and name, its own day after it
    ("Boric's visit follows the invitation that Brazilian President Luiz Lula extended to "
     "Chile in January.", "2025-01"),
])
def test_an_invitation_told_by_its_maker_in_a_relative_clause_is_the_makers(
        body: str, day: str) -> None:
    found = _full(body)
    assert [f[:5] for f in found if f[0] == "visit_invitation"] == [
        ("visit_invitation", "BRA", "CHL", ("BRA", "CHL"), day)]


def test_an_invitation_extended_during_the_inviters_own_visit_is_not_to_that_place() -> None:
    found = _full("President Boric met Brazil's president in Santiago on Tuesday.\nThe trip "
                  "fulfils an invitation Chile's president extended during his visit to "
                  "Brasilia in February.")
    assert [f[:3] for f in found if f[0] == "visit_invitation"] == [
        ("visit_invitation", "CHL", "BRA")]


def test_an_invitation_accepted_as_a_statement_said_is_one_invitation() -> None:
    found = _full("Lula invited Boric to visit Brasilia in May, and Boric accepted the "
                  "invitation, according to a joint statement issued on Thursday.")
    assert len([f for f in found if f[0] == "visit_invitation"]) == 1


@pytest.mark.parametrize("told", [
    "The productive discussions held in Santiago covered copper and lithium.",
    "The two leaders held talks for more than three hours at the Palacio de La Moneda, "
    "according to the Chilean presidency, before witnessing the signing by their trade "
    "ministers.",
])
def test_undated_talks_held_where_or_by_the_leaders_who_met_are_their_meeting(told: str) -> None:
    found = _events("President Lula and Chile's President Gabriel Boric met in Santiago on Monday "
                    "and signed a lithium accord.\n" + told)
    assert [f for f in found if f[0] in ("leader_meeting", "trade_talks")] == [
        ("leader_meeting", ("BRA", "CHL"), "2025-03-10")]


def test_a_good_talk_by_phone_is_a_call() -> None:
    found = _events("President Lula says he had a \u201cvery good talk\u201d with Chilean President "
                    "Gabriel Boric by phone on Thursday.")
    assert ("leader_call", ("BRA", "CHL"), "2025-03-13") in found



def test_their_first_call_on_a_day_is_that_earlier_call() -> None:
    found = _events("President Lula and President Boric spoke by phone on Thursday.\nThursday's "
                    "conversation lasted an hour, against half an hour for their first call on "
                    "January 17.")
    assert sorted(d or "" for t, _, d in found if t == "leader_call") == [
        "2025-01-17", "2025-03-13"]


def test_their_third_meeting_in_a_year_is_the_meeting_just_told() -> None:
    found = _events("LIMA - President Lula and President Boric met at the presidential palace in "
                    "Lima on Thursday, their third meeting in a year.")
    assert [t for t, _, _ in found] == ["leader_meeting"], found


def test_talks_with_a_counterpart_after_a_signing_on_a_visit_are_no_call() -> None:
    found = _events("LIMA - Chile and Peru signed a trade pact on Thursday.\nPresident Boric "
                    "signed the pact after talks with his Peruvian counterpart at the end of a "
                    "two-day visit.")
    assert "leader_call" not in [t for t, _, _ in found], found


def test_a_round_officials_said_would_take_place_is_scheduled_with_its_month_and_place() -> None:
    body = ("Chile and Peru held a second round of trade talks in Lima on Tuesday.\n"
            "Officials said a third round would take place in Cusco in May.")
    found = [(m.type, m.status, m.date, m.location) for m in extract_mentions(Article(
        id="e1", source="Wire", title="", body=body,
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert ("trade_talks", "scheduled", "2025-05", "Cusco") in found


def test_a_noun_that_would_do_something_is_still_no_event() -> None:
    body = ("The trade ministers of Chile and Peru will meet in Lima on Monday.\n"
            "Peru has not carried out the threat it made on March 3 to raise tariffs on "
            "Chilean wine, and officials said the talks would focus on avoiding escalation.")
    assert [e for e in _events(body) if e[0] == "trade_talks"] == [
        ("trade_talks", ("CHL", "PER"), "2025-03-17")]


def test_a_commission_co_chaired_by_deputy_prime_ministers_is_talks() -> None:
    body = ("LIMA - Meeting in Quito on Thursday, the Peruvian-Ecuadorian intergovernmental "
            "commission, co-chaired by the Deputy Prime Ministers of the two countries, agreed "
            "to review rice quotas.")
    assert [e[0] for e in _events(body) if e[0] in ("leader_meeting", "trade_talks")] == [
        "trade_talks"]


def test_a_summit_two_sides_hold_is_a_leaders_meeting_unless_officials_hold_it() -> None:
    assert [e[0] for e in _events("Chile and Peru held their annual summit in Lima on "
                                  "Wednesday.")] == ["leader_meeting"]
    assert [e[0] for e in _events("Trade ministers of Chile and Peru held a summit in Lima on "
                                  "Wednesday.")] == ["trade_talks"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Negotiators of the European Union and of Mercosur will meet in Montevideo from Monday.",
     [("trade_talks", ("ARG", "BRA", "EUU", "PRY", "URY"), "2025-03-17")]),
    ("Leaders of the European Union and of the four Mercosur members signed the partnership "
     "agreement negotiated for more than two decades in Montevideo on Thursday.",
     [("trade_agreement", ("ARG", "BRA", "EUU", "PRY", "URY"), "2025-03-13")]),
    ("The GCC-Japan talks resumed in Riyadh on Monday.",
     [("trade_talks", ("ARE", "BHR", "JPN", "KWT", "OMN", "QAT", "SAU"), "2025-03-10")]),
])
def test_a_bloc_meets_or_signs_with_each_of_its_members(
        body: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert _events(body) == expected


def test_a_bodys_remit_to_negotiate_such_deals_is_no_round_of_talks() -> None:
    assert _events("Officials did not say; the GCC, which negotiates such agreements on behalf of "
                   "its members, has been talking to Ankara for years.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru's trade ministry said talks with the European Union on a free trade agreement would "
     "resume in Brussels on 23 March.", [("trade_talks", ("EUU", "PER"), "2025-03-23")]),
    ("Peruvian negotiators and the European Commission will sit down again in Lima on 20 March "
     "on the implementation of their partnership agreement.",
     [("trade_talks", ("EUU", "PER"), "2025-03-20")]),
])
def test_talks_with_the_european_union_told_to_resume_or_sit_down_are_scheduled(
        body: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert _events(body) == expected


def test_a_leader_invited_to_return_is_invited() -> None:
    body = ("Chile's president invited Peru's president to return in November for the Santiago "
            "trade fair.")
    assert [e[:2] for e in _events(body)] == [("visit_invitation", ("CHL", "PER"))]


def test_the_state_that_tells_of_talks_after_a_comma_is_no_party_to_them() -> None:
    assert _events("Chile and Bolivia will hold talks on the border dispute in Lima next week, "
                   "Peru's foreign ministry said.")[0][:2] == ("trade_talks", ("BOL", "CHL"))


def test_leaders_named_with_their_states_after_their_names_are_the_parties() -> None:
    article = Article(id="enc", source="Andes Trade Brief", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body=(
        "Bolivia: lithium. La Paz said on Monday that every lithium shipment will need a licence."
        "\nBrussels objects. The European Commission said on Wednesday that the scheme breaches "
        "Bolivia's commitments.\nChile-Peru. Presidents Ana Rios of Chile and Luis Vera of Peru "
        "spoke by telephone on Thursday, covering copper and ports."))
    assert [(m.type, m.countries) for m in extract_mentions(article)
            if m.type == "leader_call"] == [("leader_call", ("CHL", "PER"))]


def test_a_dialogue_the_leaders_welcomed_is_their_officials_talks() -> None:
    told = _events("1. The Chile-Peru summit took place in Santiago on 12 March 2025.\n"
                   "2. The leaders welcomed the results of the fifth Chile-Peru High-Level Economic "
                   "Dialogue held in Lima on 6 March 2025.")
    assert [(kind, day) for kind, _, day in told] == [("leader_meeting", "2025-03-12"),
                                                      ("trade_talks", "2025-03-06")]


def test_talks_agreed_with_a_hyphened_level_before_them_are_scheduled() -> None:
    article = Article(id="enc3", source="Test Wire", title="", body=(
        "The two sides agreed to hold ministerial-level economic and trade consultations "
        "with Chile in Lima in mid-April, Peru's trade ministry said."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert [(m.type, m.status, m.date, m.location) for m in extract_mentions(article)] == [
        ("trade_talks", "scheduled", "2025-04", "Lima")]


@pytest.mark.parametrize("body", [
    "The President of Chile today received the Prime Minister of Peru at La Moneda in Santiago.",
    "Chile's president hosted the visiting Prime Minister of Peru in Santiago on Tuesday.",
])
def test_a_head_of_state_receiving_another_is_their_meeting(body: str) -> None:
    article = Article(id="enc4", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert ("leader_meeting", ("CHL", "PER")) in [
        (m.type, m.countries) for m in extract_mentions(article)]


def test_receiving_a_presidents_letter_is_no_meeting() -> None:
    article = Article(id="enc5", source="Test Wire", title="", body=(
        "Chile's foreign minister received the President's letter on trade with Peru on Tuesday."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert "leader_meeting" not in [m.type for m in extract_mentions(article)]


def test_an_accepted_visit_whose_guest_is_unknown_schedules_no_meeting() -> None:
    # "Hollis" is no leader the data knows: the meeting would have one state only
    article = Article(id="enc6", source="Test Wire", title="", body=(
        "China: President Hollis and China's president spoke by phone on Monday, and Hollis "
        "accepted an invitation to visit Beijing next month."),
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert not [m.countries for m in extract_mentions(article)
                if m.type == "leader_meeting" and len(m.countries) < 2]


def test_a_leader_met_as_the_president_of_a_state_is_a_meeting() -> None:
    found = _events("Germany's chancellor is on a Gulf tour.\nChancellor Olaf Brandt met the "
                    "president of the United Arab Emirates, Sheikh Khalid bin Rashid, in Abu "
                    "Dhabi on Monday.")
    assert ("leader_meeting", ("ARE", "DEU"), "2025-03-10") in found


def test_a_leader_received_under_a_state_adjective_is_met_whoever_signs_beside_them() -> None:
    found = _events("The agreement was signed by the US trade representative and Indonesia's "
                    "trade minister on Wednesday, hours after President Tom Harlan received "
                    "Indonesian President Surya Adi at the White House.")
    assert [f for f in found if f[0] in ("leader_meeting", "trade_talks")] == [
        ("leader_meeting", ("IDN", "USA"), "2025-03-12")]


def test_the_talks_said_again_after_the_leaders_meeting_are_that_meeting() -> None:
    found = _events("ABU DHABI - The UAE president received German Chancellor Olaf Brandt at the "
                    "palace on Monday.\nThe talks also covered the situation in Sudan and "
                    "climate action.")
    assert [f for f in found if f[0] in ("leader_meeting", "trade_talks")] == [
        ("leader_meeting", ("ARE", "DEU"), "2025-03-10")]


def test_a_summit_named_with_a_month_to_come_is_scheduled_then() -> None:
    article = Article(id="enc3", source="Test Wire", title="", body=(
        "Copper traders are also watching the summit between the Chilean and Peruvian presidents "
        "in Lima in November, which Santiago confirmed on Tuesday."),
                      published_at=datetime(2026, 9, 3, 9, tzinfo=UTC))
    found = [(m.type, m.countries, m.date, m.status) for m in extract_mentions(article)]
    assert found == [("leader_meeting", ("CHL", "PER"), "2026-11", "scheduled")]


def test_talks_last_held_in_a_month_are_not_to_come() -> None:
    article = Article(id="enc4", source="Test Wire", title="", body=(
        "The Chilean and Peruvian trade ministers last met for trade talks in Lima in March."),
                      published_at=datetime(2025, 10, 22, 9, tzinfo=UTC))
    assert "scheduled" not in [m.status for m in extract_mentions(article)]


def test_their_nth_meeting_after_a_summit_is_that_summit_again() -> None:
    found = _full("President Lula and President Boric held a summit in Santiago on Tuesday, their "
                  "second meeting this year.")
    assert [f[:5] for f in found] == [("leader_meeting", None, None, ("BRA", "CHL"), "2025-03-11")]


def test_another_round_and_a_deal_signed_after_the_meeting() -> None:
    found = _full("President Lula and President Boric met in Santiago on Tuesday.\nUnder an "
                  "agreement signed by the two trade ministers after the meeting, the quota will "
                  "rise to 9,000 tonnes from July 1.\nThe two sides will hold another round of "
                  "technical work in Brasilia in May, officials said.")
    assert ("trade_agreement", None, None, ("BRA", "CHL"), "2025-03-11", "occurred") in found
    assert [f[0] for f in found].count("trade_talks") == 1  # (the round; "after the meeting" is none)
    assert ("trade_talks", None, None, ("BRA", "CHL"), "2025-05", "scheduled") in found
