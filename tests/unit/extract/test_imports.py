"""Import restrictions told as phasing out imports or holding up cargoes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str) -> list[tuple[str, str | None, str | None, str]]:
    article = Article(id="imp", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target, m.status) for m in extract_mentions(article)]


def test_a_plan_to_phase_out_imports_is_a_proposed_restriction() -> None:
    told = _told("The Commission on Friday proposed a law to phase out imports of Russian oil "
                 "into the EU by 2027.")
    assert ("import_restriction", "EUU", "RUS", "proposed") in told


def test_cargoes_held_up_and_denied_are_a_denied_restriction() -> None:
    told = _told("India's trade ministry denied reports that customs officers had been told to "
                 "hold up Bangladeshi jute cargoes at its ports.")
    assert ("import_restriction", "IND", "BGD", "denied") in told


def test_weather_holding_up_shipments_is_no_state_act() -> None:
    assert _told("Storms held up shipments of Canadian wheat at the port on Monday.") == []


def test_non_automatic_import_licences_are_an_import_restriction() -> None:
    told = _told("SANTIAGO, March 14 - Imports of wine and pisco from Peru will require "
                 "non-automatic import licences from 1 April, the Secretariat of Economy "
                 "announced on Friday.")
    assert told == [("import_restriction", "CHL", "PER", "announced")]
    told = _told("Chile's economy ministry on Monday introduced non-automatic import licences "
                 "for Peruvian wine.")
    assert told == [("import_restriction", "CHL", "PER", "announced")]
    # (a firm applying for licences is no state act)
    assert _told("A Chilean importer said it had applied for import licences for Peruvian "
                 "wine.") == []


@pytest.mark.parametrize(("published", "body", "expected"), [
    # lifted: the suspension itself, ended, dated by its making inside the noun
    (datetime(2025, 3, 14, 9, tzinfo=UTC), "Peru's trade minister said Chile had lifted the "
     "suspension it imposed last month on imports from three Peruvian beef plants.",
     ("import_restriction", "CHL", "PER", "2025-02", "ended")),
    # suspended for a time: the day before the verb is the suspending's, not the licences'
    (datetime(2025, 7, 24, 20, tzinfo=UTC), "LIMA - Peru on Thursday suspended for 90 days the "
     "import licences it imposed this month on Chilean refrigerators.",
     ("import_restriction", "PER", "CHL", "2025-07", "suspended")),
    # in force "since late November", whatever day people said so
    (datetime(2025, 12, 3, 9, tzinfo=UTC), "LIMA - Peruvian customs authorities have stopped "
     "clearing shipments of Chilean wine since late November, people familiar with the matter "
     "said on Wednesday.", ("import_restriction", "PER", "CHL", "2025-11", "announced")),
])
def test_a_restriction_lifted_suspended_or_in_force_since_is_dated_by_its_making(
        published: datetime, body: str, expected: tuple[str, str, str, str, str]) -> None:
    article = Article(id="im9", source="Test Wire", title="", published_at=published, body=body)
    told = [(m.type, m.initiator, m.target, m.date, m.status) for m in extract_mentions(article)]
    assert told == [expected], told


def test_a_denial_of_press_reports_of_a_halt_is_a_denied_restriction() -> None:
    told = _told("Peru's food authority denied reports in the Chilean press that it had halted "
                 "imports of Chilean grapes this month.")
    assert told == [("import_restriction", "PER", "CHL", "denied")], told


def test_state_buyers_told_to_stop_buying_is_an_import_restriction() -> None:
    told = _told("Peru's energy ministry has told state-owned power utilities and steel mills "
                 "to stop buying Chilean thermal and coking coal from October, according to "
                 "three people familiar with the matter.")
    assert told == [("import_restriction", "PER", "CHL", "announced")], told



@pytest.mark.parametrize(("body", "expected"), [
    ("Peru on Monday barred Chilean milk and dairy products, citing a disease outbreak.",
     ("import_restriction", "PER", "CHL")),
    ("Chile will raise the ban imposed by the Republic of Peru on Chilean grapes at the "
     "commission next week.", ("import_restriction", "PER", "CHL")),
])
def test_goods_of_a_state_barred_or_banned_are_an_import_restriction(
        body: str, expected: tuple[str, str, str]) -> None:
    assert expected in [t[:3] for t in _told(body)]


def test_a_ban_on_a_states_exports_is_no_import_restriction() -> None:
    assert [t for t in _told("Chile blocked Chilean fruit exports to Peru for a week.")
            if t[0] == "import_restriction"] == []


def test_a_denied_report_of_goods_stopped_is_dated_by_the_report_not_the_denial() -> None:
    body = ("Peru's agriculture ministry on Thursday denied a newspaper report that it had "
            "stopped Chilean maize from entering the country on Tuesday.")
    found = [(m.type, m.initiator, m.target, m.status, m.date) for m in extract_mentions(
        Article(id="i1", source="Wire", title="", body=body,
                published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert found == [("import_restriction", "PER", "CHL", "denied", "2025-03-11")]


@pytest.mark.parametrize("body", [
    "Peru's agriculture ministry on Thursday denied reports that it had stopped imports of "
    "Chilean maize at the border.",
    "The Embassy of Peru in Santiago categorically denies media reports claiming that Peru has "
    "stopped imports of Chilean maize.",
])
def test_a_denial_whose_report_tells_no_time_is_undated_not_of_the_denials_day(body: str) -> None:
    # undated, the denial joins the report it answers, whenever that one is dated
    found = [(m.type, m.initiator, m.target, m.status, m.date) for m in extract_mentions(
        Article(id="i1", source="Wire", title="", body=body,
                published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert found == [("import_restriction", "PER", "CHL", "denied", None)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile on Monday lifted its ban on Peruvian tomatoes and cucumbers.",
     [("import_restriction", "CHL", "PER", "ended")]),
    ("Peruvian shippers checked their stocks after Chile's export ban on Monday, even though "
     "most were not named.", []),
])
def test_a_ban_on_a_demonyms_goods_is_an_import_restriction_whatever_the_goods(
        body: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [t for t in _told(body) if t[0] == "import_restriction"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile suspended the registration of three Peruvian beef plants on Monday.",
     ("import_restriction", "CHL", "PER", "announced")),
    ("Officials held talks on Wednesday on the suspension of four Peruvian shrimp plants by "
     "Chile's customs service.", ("import_restriction", "CHL", "PER", "in_effect")),
    ("Chile's customs service lifted the suspension it imposed in mid-February on four "
     "Peruvian shrimp packing plants.", ("import_restriction", "CHL", "PER", "ended")),
])
def test_plants_of_a_state_suspended_are_an_import_restriction(
        body: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _told(body)


@pytest.mark.parametrize("body", [
    "Georgian wine and mineral water were barred from the Belarusian market on Monday.",
    "On Monday, wine and mineral water from Georgia were barred from the Belarusian market by "
    "the veterinary service, which cited labelling faults.",
    "Belarus barred Georgian wine and mineral water from its market on Monday.",
])
def test_goods_barred_from_a_states_market_are_its_import_restriction(body: str) -> None:
    assert _told(body) == [("import_restriction", "BLR", "GEO", "announced")]


@pytest.mark.parametrize("body", [
    "Belarus lifted from Friday the restrictions it had placed on Georgian wine on February 3.",
    "The Belarusian veterinary service lifted from Friday the restrictions it had imposed in "
    "February on wine and mineral water from Georgia, ending the dispute.",
])
def test_restrictions_placed_on_a_states_goods_and_lifted_are_an_ended_restriction(
        body: str) -> None:
    assert _told(body) == [("import_restriction", "BLR", "GEO", "ended")]


@pytest.mark.parametrize("body", [
    "Kenya confined Ugandan sugar and rice to a single seaport on Friday.",
    "Kenya will route imports of Ugandan sugar through one land port from Friday.",
])
def test_goods_of_a_state_confined_to_one_port_are_an_import_restriction(body: str) -> None:
    assert [t[:3] for t in _told(body)] == [("import_restriction", "KEN", "UGA")]


def test_a_measure_withdrawn_is_dated_by_the_month_of_the_instrument_that_made_it() -> None:
    article = Article(id="imp", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body="Kenya's trade ministry on Wednesday withdrew the "
        "January notification that had confined Ugandan sugar to a single seaport.")
    assert [(m.type, m.status, m.date) for m in extract_mentions(article)] == [
        ("import_restriction", "ended", "2025-01")]


@pytest.mark.parametrize("body", [
    "Peru said on Friday that wheat from Bolivia would be barred from entering the country "
    "for six months.",
    "Peru said on Friday that sugar from Bolivia will be banned from entering Peru from April.",
])
def test_goods_barred_from_entering_are_an_import_restriction_not_a_visa_one(body: str) -> None:
    assert [(t, i, g) for t, i, g, _ in _told(body)] == [("import_restriction", "PER", "BOL")]
