"""Who takes part in a meeting, call or talks: not a state named only in what they pledged."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _parties(body: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article(id="sp", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.countries) for m in extract_mentions(article)]


def test_a_state_in_a_participle_clause_after_the_meeting_is_no_party() -> None:
    told = _parties("President Lula and Chancellor Merz met in Berlin on Monday, pledging to "
                    "deepen cooperation on energy, trade and Venezuela.")
    assert told == [("leader_meeting", ("BRA", "DEU"))]


def test_a_state_listed_as_a_party_after_the_verb_still_is() -> None:
    told = _parties("President Lula met Chancellor Merz and President Macron in Berlin on "
                    "Monday.")
    assert told == [("leader_meeting", ("BRA", "DEU", "FRA"))]


def test_a_deal_two_leaders_sign_in_a_place_is_also_their_meeting() -> None:
    told = _parties("President Lula and Prime Minister Carney signed a trade agreement in Ottawa "
                    "on Monday.")
    assert ("leader_meeting", ("BRA", "CAN")) in told
    assert ("trade_agreement", ("BRA", "CAN")) in told


def test_a_deal_without_a_place_or_without_two_leaders_is_no_meeting() -> None:
    assert "leader_meeting" not in [t for t, _ in _parties(
        "Brazil and Canada signed a trade agreement in Ottawa on Monday.")]
    assert "leader_meeting" not in [t for t, _ in _parties(
        "President Lula and Prime Minister Carney announced a trade agreement on Monday.")]


def test_a_compound_before_the_deal_names_its_parties() -> None:
    told = _parties("The Chile-Peru deal signed in Lima last week is a sign that smaller "
                    "economies are hedging against the United States and China.")
    assert told == [("trade_agreement", ("CHL", "PER"))]


def test_the_leaders_of_two_states_meet_and_a_route_through_others_adds_no_party() -> None:
    told = _parties("The presidents of Brazil and Chile met in Santiago on Monday to discuss a "
                    "road corridor linking their ports through Paraguay and Argentina.")
    assert told == [("leader_meeting", ("BRA", "CHL"))]


def test_officials_from_three_states_hold_talks_together() -> None:
    told = _parties("Officials from Chile, Peru and Colombia held trade talks in Lima on "
                    "Sunday.")
    assert told == [("trade_talks", ("CHL", "COL", "PER"))]


def test_a_compound_after_on_names_both_parties_and_the_next_round_keeps_them() -> None:
    body = ("The fourth round of negotiations on an EU-Chile free trade agreement ended in "
            "Brussels on Thursday. The fifth round will be held in Santiago from 12 to 16 July.\n"
            "Georgia. EU interior ministers on Tuesday suspended visa-free travel for holders of "
            "Georgian diplomatic passports.")
    article = Article(id="sp1", source="Brussels Trade Insider",
                      title="Trade week: Chile round ends, Georgia visa curbs", body=body,
                      published_at=datetime(2027, 6, 11, 15, tzinfo=UTC))
    assert [m.countries for m in extract_mentions(article) if m.type == "trade_talks"] == [
        ("CHL", "EUU"), ("CHL", "EUU")]


def test_producers_of_two_states_who_welcome_a_truce_are_not_its_parties() -> None:
    body = ("Chile and Peru agreed in Lima on Thursday to suspend their tariffs on wine.\n"
            "Argentine and Bolivian wine producers welcomed the truce but said the damage was "
            "done.")
    article = Article(id="sp2", source="Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    assert {m.countries for m in extract_mentions(article) if m.type == "trade_agreement"} \
        <= {("CHL", "PER")}


def test_a_protocol_extending_their_deal_is_one_deal_between_the_signers() -> None:
    found = _parties("Chile. The Peruvian and Chilean presidents spoke by phone on Wednesday.\n"
                     "Bolivia. Bolivian and Peruvian ministers signed a protocol in Lima on Thursday "
                     "extending their free trade agreement to services.")
    assert [p for kind, p in found if kind == "trade_agreement"] == [("BOL", "PER")]


def test_a_capital_naming_the_deal_is_no_party_of_the_article() -> None:
    found = _parties("The two days of talks that began on Sunday produced more than expected.\n"
                     "On Monday evening the two delegations reached what both called the Madrid "
                     "understanding.\n"
                     "Under it, Chile suspends its licence requirement on lithium exports to Peru.")
    assert [p for kind, p in found if kind in ("trade_talks", "trade_agreement")] == [
        ("CHL", "PER"), ("CHL", "PER")]


def test_the_state_a_call_comes_from_is_a_party() -> None:
    # the second call is the emir's, not another telling of the first
    told = _parties("Qatar's Emir spoke by telephone on Monday with Kenya's President about "
                    "gas supplies, the state news agency said.\n"
                    "The Emir also received a call on Monday from Brazil's President, who "
                    "discussed beef exports.")
    assert told == [("leader_call", ("KEN", "QAT")), ("leader_call", ("BRA", "QAT"))]


def test_a_state_after_the_city_of_another_is_a_party() -> None:
    told = _parties("Beijing's envoy met Korean officials in Seoul on Monday.\n"
                    "In Brussels, US and EU negotiators reached a truce on Tuesday.")
    assert ("trade_agreement", ("EUU", "USA")) in told


def test_their_two_countries_are_the_two_the_sentence_names_not_the_articles() -> None:
    told = _parties("Chile's President Boric and Peru's President Arce met in Lima on Monday.\n"
                    "Mexico's president proposed to the Korean prime minister on Tuesday that "
                    "their two countries open negotiations on a free trade agreement.")
    assert ("trade_talks", ("KOR", "MEX")) in told
    assert ("trade_talks", ("CHL", "MEX")) not in told
