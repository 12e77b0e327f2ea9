"""Main or background: an undated act the article tells as history is background."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewire.extract import extract_mentions
from tradewire.models import Article


def _told(body: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="sal", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.date, m.salience) for m in extract_mentions(article)]


def test_an_undated_act_told_as_what_followed_is_background() -> None:
    told = _told("Subsequently, Canada held talks with Mexico on the steel dispute.")
    assert told == [("trade_talks", None, "background")]


def test_an_undated_act_told_plainly_is_the_news() -> None:
    told = _told("Canada held talks with Mexico on the steel dispute.")
    assert told == [("trade_talks", None, "main")]


def test_a_new_measure_in_the_third_paragraph_is_dated_the_news_day() -> None:
    told = _told("Japan raised tariffs on Korean steel on Tuesday.\n"
                 "The finance ministry said the rate would be 25%.\n"
                 "In a separate announcement, the trade ministry imposed export controls on "
                 "gallium shipments to Korea.")
    assert ("export_control", "2025-03-11", "main") in told


def test_a_new_measure_deep_in_the_story_keeps_no_date() -> None:
    told = _told("Japan raised tariffs on Korean steel on Tuesday.\nOne.\nTwo.\n"
                 "The trade ministry imposed export controls on gallium shipments to Korea.")
    assert [d for t, d, _ in told if t == "export_control"] == [None]


def test_a_measure_in_force_since_a_month_is_dated_that_month() -> None:
    told = _told("Tokyo's curbs on exports of chip tools to Korea have been in place since "
                 "July 2023.")
    assert ("export_control", "2023-07", "background") in told


def test_since_another_event_dates_nothing() -> None:
    told = _told("China suspended the tariffs it has imposed on Canada since March 4.")
    assert [d for t, d, _ in told if t == "tariff_reduction"] != ["2025-03-04"]


def test_the_day_of_the_decision_to_lift_is_not_the_lifted_measures_day() -> None:
    told = _told("Peru welcomed the decision by Chile, announced yesterday, to lift its export "
                 "controls on copper to Peru.")
    assert [t for t, _, _ in told] == ["export_control_easing"]
