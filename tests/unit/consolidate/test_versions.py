"""Versions: new, changed, merged, and for a replayed mention the same version again."""

from __future__ import annotations

import pytest

from tradewire.consolidate import BlockState, blocking_key, consolidate, event_id

from .conftest import Feed, Make, articles, final

TARIFF = {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "status": "announced"}


def test_a_replayed_mention_sends_the_last_version_again_identical(
    mention: Make, feed: Feed
) -> None:
    ms = [mention("a1", date="2025-06-02"), mention("a2", date="2025-06-02")]
    states, first = feed(ms)
    again, published = feed(ms, states)
    assert again == states, "a replay changes no state"
    assert published == [first[-1], first[-1]], "each replayed mention resends v2 as it was"
    assert published[0].version == 2 and published[0].change == "new_source"


def test_event_id_does_not_depend_on_arrival_order(mention: Make, feed: Feed) -> None:
    ms = [mention(f"a{i}", published=f"2025-06-0{i + 2}", date="2025-06-02") for i in range(3)]
    forward = final(feed(ms)[1])
    backward = final(feed(ms[::-1])[1])
    assert [e.event_id for e in forward] == [e.event_id for e in backward]
    assert forward[0].model_dump(exclude={"version", "change"}) == backward[0].model_dump(
        exclude={"version", "change"}
    )


def test_a_bridge_folds_one_event_into_the_other(mention: Make, feed: Feed) -> None:
    steel = mention("a1", published="2025-03-10", date="2025-03-10", commodities=("steel",),
                    **TARIFF)
    aluminium = mention("a2", published="2025-03-12", date="2025-03-10",
                        commodities=("aluminium",), **TARIFF)
    # Published between the two, told after them: "tariffs on steel and aluminium".
    both = mention("a3", published="2025-03-11", date="2025-03-10",
                   commodities=("steel", "aluminium"), **TARIFF)
    states, published = feed([steel, aluminium])
    first, second = published
    assert first.event_id != second.event_id
    _, published = feed([both], states)
    assert [(e.event_id, e.version, e.change, e.merged_into) for e in published] == [
        (first.event_id, 2, "new_source", None),
        (second.event_id, 2, "merged", first.event_id),
    ]
    (event,) = final([first, second, *published])
    assert articles(event) == {"a1", "a2", "a3"}
    assert event.commodities == ("aluminium", "steel")


def test_replaying_the_bridge_resends_the_fold_too(mention: Make, feed: Feed) -> None:
    """A worker killed after writing the bridged block but before sending loses the merged
    version too; replaying the bridge must send both again, identical."""
    steel = mention("a1", published="2025-03-10", date="2025-03-10", commodities=("steel",),
                    **TARIFF)
    aluminium = mention("a2", published="2025-03-12", date="2025-03-10",
                        commodities=("aluminium",), **TARIFF)
    both = mention("a3", published="2025-03-11", date="2025-03-10",
                   commodities=("steel", "aluminium"), **TARIFF)
    states, _ = feed([steel, aluminium])
    states, sent = feed([both], states)
    again_states, again = feed([both], states)
    assert again_states == states
    assert sorted(again, key=lambda e: e.event_id) == sorted(sent, key=lambda e: e.event_id)


def test_an_earlier_report_arriving_late_takes_over_the_id(mention: Make, feed: Feed) -> None:
    late = mention("a2", published="2025-06-03", date="2025-06-02")
    early = mention("a1", published="2025-06-02", date="2025-06-02")
    states, (v1,) = feed([late])
    _, published = feed([early], states)
    assert [(e.change, e.merged_into is not None) for e in published] == [
        ("new", False), ("merged", True),
    ]
    assert published[1].event_id == v1.event_id and published[1].merged_into == (
        published[0].event_id
    )


def test_a_state_holds_one_block_only(mention: Make) -> None:
    state = BlockState(key="leader_call|CHN,USA")
    with pytest.raises(ValueError, match="block"):
        consolidate(state, mention(type="leader_meeting"))


def test_the_anchor_is_the_earliest_instant_whatever_the_offset(mention: Make, feed: Feed) -> None:
    # 23:30 in New York on the 6th is 04:30 UTC on the 7th: after 01:00 UTC on the 7th.
    new_york = mention("a1", published="2025-06-06T23:30:00-05:00", date="2025-06-06")
    london = mention("a2", published="2025-06-07T01:00:00+00:00", date="2025-06-06")
    (event,) = final(feed([new_york, london])[1])
    assert [s.article_id for s in event.sources] == ["a2", "a1"]
    assert event.event_id == event_id("leader_call|CHN,USA", london)


TALKS = {"type": "trade_talks", "status": "occurred", "evidence": "Since the talks, exports rose."}


def test_a_bare_reference_alone_announces_nothing(mention: Make, feed: Feed) -> None:
    bare = mention("a1", salience="background", **TALKS)
    states, published = feed([bare])
    assert published == []
    assert [m.mention_id for m in next(iter(states.values())).mentions] == [bare.mention_id]


@pytest.mark.parametrize("order", ["reference first", "reference last"])
def test_a_bare_reference_joins_the_talks_told_with_a_date(
    mention: Make, feed: Feed, order: str
) -> None:
    bare = mention("a1", published="2025-06-03", salience="background", **TALKS)
    dated = mention("a2", published="2025-06-04", date="2025-06-02", location="Geneva",
                    **{**TALKS, "evidence": "Officials held talks in Geneva on Monday."})
    _, published = feed([bare, dated] if order == "reference first" else [dated, bare])
    (event,) = final(published)
    assert articles(event) == {"a1", "a2"}
    assert event.event_id == event_id(blocking_key(dated), bare), "the earliest report anchors it"


def test_a_reference_with_a_place_still_announces(mention: Make, feed: Feed) -> None:
    placed = mention("a1", salience="background", location="London", **TALKS)
    assert [e.location for e in feed([placed])[1]] == ["London"]


VAGUE = {"type": "trade_talks", "status": "occurred",
         "evidence": "Officials said talks on the deal had dragged on."}


@pytest.mark.parametrize("goods", [(), ("dairy products",)])
def test_talks_told_with_neither_day_nor_place_raise_nothing_alone(
    mention: Make, feed: Feed, goods: tuple[str, ...]
) -> None:
    # main news or not, on goods or not: no day and no place tell no one round of talks
    states, published = feed([mention("a1", salience="main", commodities=goods, **VAGUE)])
    assert published == []
    assert len(next(iter(states.values())).mentions) == 1, "kept, to join talks told later"


def test_talks_two_outlets_tell_as_news_raise_an_event_even_undated(
    mention: Make, feed: Feed
) -> None:
    two = [mention("a1", salience="main", **VAGUE), mention("a2", salience="main", **VAGUE)]
    (event,) = final(feed(two)[1])
    assert articles(event) == {"a1", "a2"}


def test_undated_talks_with_a_place_still_raise_an_event(mention: Make, feed: Feed) -> None:
    (event,) = final(feed([mention("a1", salience="main", location="Geneva", **VAGUE)])[1])
    assert event.location == "Geneva"


SURTAX = {"type": "tariff_increase", "initiator": "CAN", "target": "CHN", "status": "announced",
          "countries": ("CAN", "CHN")}


@pytest.mark.parametrize("order", ["dated first", "echo first"])
def test_an_undated_repeat_in_the_same_article_joins_its_dated_event(
    mention: Make, feed: Feed, order: str
) -> None:
    dated = mention("a1", date="2025-06-02", rate_after=25.0, **SURTAX)
    echo = mention("a1", rate_after=25.0, **{**SURTAX, "evidence": "The surtax, Ottawa said, ..."})
    other = mention("a2", published="2025-06-03", date="2025-06-02", **SURTAX)
    ms = [dated, echo, other] if order == "dated first" else [echo, other, dated]
    _, published = feed(ms)
    (event,) = final(published)
    assert articles(event) == {"a1", "a2"}
    # announced first on its own, the echo is folded into the dated event once that arrives
    folded = [e for e in published if e.merged_into is not None]
    if order == "echo first":
        assert [e.merged_into for e in folded] == [event.event_id]
        assert folded[0].event_id != event.event_id
    else:
        assert folded == []


@pytest.mark.parametrize("detail", [{"commodities": ("steel",)}, {"rate_after": 10.0},
                                    {"target": "MEX", "countries": ("CAN", "MEX")}])
def test_an_undated_measure_its_article_tells_apart_stays_an_event(
    mention: Make, feed: Feed, detail: dict[str, object]
) -> None:
    dated = mention("a1", date="2025-06-02", rate_after=25.0, commodities=("autos",), **SURTAX)
    apart = mention("a1", **{**SURTAX, "rate_after": None, **detail})
    assert len(final(feed([dated, apart])[1])) == 2
