"""One event from many sources: chosen values, conflicts kept, status of the latest."""

from __future__ import annotations

from tradewire.models import Conflict, ConflictValue

from .conftest import Feed, Make, final

DEAL = {"type": "trade_agreement", "status": "occurred"}
TARIFF = {"type": "tariff_reduction", "initiator": "USA", "target": "CHN", "status": "announced"}


def test_disagreeing_dates_keep_every_value(mention: Make, feed: Feed) -> None:
    early = mention("a1", published="2025-05-11T20:00:00+00:00", date="2025-05-11", **DEAL)
    late = mention("a2", published="2025-05-12", date="2025-05-12", **DEAL)
    later = mention("a3", published="2025-05-13", date="2025-05-12", **DEAL)
    _, published = feed([early, late, later])
    assert [e.change for e in published] == ["new", "conflict", "new_source"]
    (event,) = final(published)
    assert event.date == "2025-05-12"
    assert event.conflicts == (
        Conflict(attribute="date", values=(
            ConflictValue(value="2025-05-12", article_ids=("a2", "a3")),
            ConflictValue(value="2025-05-11", article_ids=("a1",)),
        )),
    )


def test_a_tie_goes_to_the_earliest_source(mention: Make, feed: Feed) -> None:
    a = mention("a1", published="2025-05-12", date="2025-05-12", rate_before=145.0, **TARIFF)
    b = mention("a2", published="2025-05-13", date="2025-05-12", rate_before=125.0, **TARIFF)
    (event,) = final(feed([b, a])[1])
    assert event.rate_before == 145.0
    assert [(c.attribute, [v.value for v in c.values]) for c in event.conflicts] == [
        ("rate_before", [145.0, 125.0]),
    ]


def test_later_sources_fill_in_details(mention: Make, feed: Feed) -> None:
    bare = mention("a1", published="2025-05-12", date="2025-05-12", **TARIFF)
    rich = mention("a2", published="2025-05-13", date="2025-05-12", effective_date="2025-05-14",
                   commodities=("Rare Earths",), rate_after=30.0, **TARIFF)
    more = mention("a3", published="2025-05-14", date="2025-05-12",
                   commodities=("magnets", "rare earths"), **TARIFF)
    _, published = feed([bare, rich, more])
    (event,) = final(published)
    assert (event.effective_date, event.rate_after) == ("2025-05-14", 30.0)
    assert event.commodities == ("magnets", "rare earths")
    assert event.conflicts == ()


def test_status_is_the_latest_sources(mention: Make, feed: Feed) -> None:
    talks = {"type": "trade_talks"}
    planned = mention("a1", published="2025-06-06", date="2025-06-09", status="scheduled", **talks)
    held = mention("a2", published="2025-06-10", date="2025-06-09", status="occurred", **talks)
    (event,) = final(feed([held, planned])[1])  # whatever the arrival order
    assert event.status == "occurred"
    _, published = feed([planned, held])
    assert [(e.status, e.change) for e in published] == [
        ("scheduled", "new"), ("occurred", "status_change"),
    ]


def test_symmetric_sides_are_kept_only_when_all_agree(mention: Make, feed: Feed) -> None:
    a = mention("a1", date="2025-06-02", initiator="USA", target="CHN")
    b = mention("a2", date="2025-06-02", initiator="USA", target="CHN")
    c = mention("a3", date="2025-06-02")
    (two,) = final(feed([a, b])[1])
    assert (two.initiator, two.target) == ("USA", "CHN")
    (three,) = final(feed([a, b, c])[1])
    assert (three.initiator, three.target) == (None, None)


def test_sources_are_one_per_article_in_publication_order(mention: Make, feed: Feed) -> None:
    ms = [mention(f"a{i}", published=f"2025-06-0{9 - i}", date="2025-06-02") for i in range(3)]
    (event,) = final(feed(ms)[1])
    assert [s.article_id for s in event.sources] == ["a2", "a1", "a0"]
    assert event.sources[0].evidence == ms[2].evidence
