"""Same event or not (TAXONOMY.md): block, dates, details, one mention per article."""

from __future__ import annotations

import pytest

from tradewire.consolidate import blocking_key

from .conftest import Feed, Make, articles, final

TARIFF = {"type": "tariff_increase", "initiator": "USA", "target": "CHN", "status": "announced"}


def test_blocking_key_keeps_direction_only_where_it_matters(mention: Make) -> None:
    call = mention(countries=("USA", "CHN"), initiator="USA")
    assert blocking_key(call) == "leader_call|CHN,USA"
    assert blocking_key(mention(**TARIFF)) == "tariff_increase|USA"
    back = {**TARIFF, "initiator": "CHN", "target": "USA"}
    assert blocking_key(mention(**back)) != blocking_key(mention(**TARIFF))
    # a report that does not say whom the measure aims at meets the ones that do
    untargeted = mention(type="tariff_increase", initiator="USA", countries=("USA",))
    assert blocking_key(untargeted) == blocking_key(mention(**TARIFF))


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_an_outlet_that_names_no_target_joins_the_one_that_does(
    mention: Make, feed: Feed, order: tuple[int, int, int]
) -> None:
    controls = {"type": "export_control", "initiator": "CHN", "status": "announced",
                "date": "2025-10-09", "commodities": ("rare earths",)}
    named = mention("a1", target="USA", countries=("CHN", "USA"), **controls)
    bare = mention("a2", source="Valley Courier", countries=("CHN",), **controls)
    other = mention("a3", source="Hill Gazette", target="USA", countries=("CHN", "USA"),
                    **{**controls, "date": "2025-10-10"})
    given = [named, bare, other]
    (event,) = final(feed([given[i] for i in order])[1])
    assert articles(event) == {"a1", "a2", "a3"}
    assert (event.initiator, event.target, event.countries) == ("CHN", "USA", ("CHN", "USA"))


def test_two_targets_stay_two_events_and_an_untargeted_report_joins_one(
    mention: Make, feed: Feed
) -> None:
    duties = {"type": "tariff_increase", "initiator": "USA", "status": "announced",
              "date": "2025-02-01"}
    canada = mention("a1", target="CAN", countries=("CAN", "USA"), **duties)
    mexico = mention("a2", source="Valley Courier", target="MEX", countries=("MEX", "USA"),
                     **duties)
    bare = mention("a3", source="Hill Gazette", countries=("USA",), **duties)
    events = final(feed([canada, mexico, bare])[1])
    assert sorted((e.target or "-", len(e.sources)) for e in events) == [("CAN", 2), ("MEX", 1)]


def test_an_untargeted_report_prefers_the_event_that_names_no_target_either(
    mention: Make, feed: Feed
) -> None:
    duties = {"type": "tariff_increase", "initiator": "USA", "status": "announced",
              "date": "2025-04-02"}
    china = mention("a1", target="CHN", countries=("CHN", "USA"), rate_after=34.0, **duties)
    everyone = mention("a2", source="Valley Courier", countries=("USA",), rate_after=10.0,
                       **duties)
    bare = mention("a3", source="Hill Gazette", countries=("USA",), **duties)
    events = final(feed([china, everyone, bare])[1])
    assert sorted((e.target or "-", sorted(articles(e))) for e in events) == [
        ("-", ["a2", "a3"]), ("CHN", ["a1"]),
    ]


def test_a_report_naming_more_states_than_the_event_is_not_it(
    mention: Make, feed: Feed
) -> None:
    duties = {"type": "tariff_increase", "initiator": "USA", "status": "announced",
              "date": "2025-02-01"}
    canada = mention("a1", target="CAN", countries=("CAN", "USA"), **duties)
    others = mention("a2", source="Valley Courier", countries=("MEX", "USA"), **duties)
    assert len(final(feed([canada, others])[1])) == 2


def test_one_call_from_two_outlets(mention: Make, feed: Feed) -> None:
    first = mention("a1", source="Harbour Post", date="2025-06-02")
    second = mention("a2", source="Valley Courier", date="2025-06-02", published="2025-06-03")
    _, published = feed([first, second])
    assert [(e.version, e.change, e.corroboration) for e in published] == [
        (1, "new", "provisional"), (2, "new_source", "confirmed"),
    ]
    assert published[0].event_id == published[1].event_id
    assert [s.article_id for s in published[1].sources] == ["a1", "a2"]
    assert published[1].independent_sources == 2


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_talks_soon_and_talks_in_london_on_monday(
    mention: Make, feed: Feed, order: tuple[int, int]
) -> None:
    talks = {"type": "trade_talks", "status": "scheduled"}
    soon = mention("a1", published="2025-06-06", date_earliest="2025-06-06",
                   date_latest="2025-06-20", **talks)
    london = mention("a2", source="Valley Courier", published="2025-06-07", date="2025-06-09",
                     location="London", **talks)
    both = [soon, london]
    (event,) = final(feed([both[i] for i in order])[1])
    assert (event.date, event.location, articles(event)) == ("2025-06-09", "London", {"a1", "a2"})


def test_a_place_written_with_or_without_its_accents_is_one_place(
    mention: Make, feed: Feed
) -> None:
    talks = {"type": "trade_talks", "status": "occurred", "date": "2025-06-09"}
    accented = mention("a1", published="2025-06-09", location="Brasília", **talks)
    plain = mention("a2", source="Valley Courier", published="2025-06-10", location="Brasilia",
                    **talks)
    assert [articles(e) for e in final(feed([accented, plain])[1])] == [{"a1", "a2"}]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"commodities": ("rare earths",)}, {"commodities": ("semiconductors",)}),
        ({"rate_after": 34.0}, {"rate_after": 125.0}),
    ],
)
def test_a_detail_tells_events_apart(
    mention: Make, feed: Feed, one: dict[str, object], other: dict[str, object]
) -> None:
    a = mention("a1", date="2025-05-12", **TARIFF, **one)
    b = mention("a2", date="2025-05-12", **TARIFF, **other)
    c = mention("a3", date="2025-05-12", **TARIFF)  # says nothing: joins the first
    events = final(feed([a, b, c])[1])
    assert sorted(sorted(articles(e)) for e in events) == [["a1", "a3"], ["a2"]]


def test_a_place_tells_apart_talks_known_only_by_their_month(mention: Make, feed: Feed) -> None:
    talks = {"type": "trade_talks", "status": "occurred", "date": "2025-05"}
    geneva = mention("a1", published="2025-05-20", location="Geneva", **talks)
    london = mention("a2", source="Valley Courier", published="2025-05-21", location="London",
                     **talks)
    assert sorted(sorted(articles(e)) for e in final(feed([geneva, london])[1])) == [
        ["a1"], ["a2"]]


def test_one_day_told_in_two_places_is_one_event_with_the_places_in_conflict(
    mention: Make, feed: Feed
) -> None:
    # one outlet takes its dateline for the place of the deal: one day has one signing
    deal = {"type": "trade_agreement", "status": "occurred", "date": "2025-05-12"}
    bali = mention("a1", published="2025-05-12", location="Bali", **deal)
    jakarta = mention("a2", source="Valley Courier", published="2025-05-13", location="Jakarta",
                      **deal)
    again = mention("a3", source="Harbour Post", published="2025-05-20", location="Bali",
                    salience="background", **{**deal, "date": None})
    (event,) = final(feed([bali, jakarta, again])[1])
    assert articles(event) == {"a1", "a2", "a3"}
    assert (event.location, [c.attribute for c in event.conflicts]) == ("Bali", ["location"])


@pytest.mark.parametrize("deal", [
    {"type": "trade_agreement", "countries": ("GBR", "IND"), "status": "occurred"},
    {"type": "tariff_reduction", "initiator": "IND", "target": "GBR", "status": "announced"},
])
def test_a_deal_is_one_event_whatever_goods_each_outlet_names(
    mention: Make, feed: Feed, deal: dict[str, object]
) -> None:
    a = mention("a1", date="2025-05-06", commodities=("spirits",), rate_after=75.0, **deal)
    b = mention("a2", date="2025-05-06", commodities=("dairy products",), rate_after=40.0,
                **deal)
    (event,) = final(feed([a, b])[1])
    assert articles(event) == {"a1", "a2"}
    assert event.commodities == ("dairy products", "spirits")


def test_a_sanctions_package_is_one_event_whatever_goods_each_outlet_names(
    mention: Make, feed: Feed
) -> None:
    # one outlet's sentence names the potash exporter among those listed, the other's the
    # target's counter-ban on dairy: goods do not tell one day's listings apart
    package = {"type": "sanction", "initiator": "EUU", "target": "BLR", "status": "announced",
               "countries": ("BLR", "EUU")}
    a = mention("a1", date="2025-10-20", commodities=("fertilizers",), **package)
    b = mention("a2", published="2025-10-22", date="2025-10-21",
                commodities=("dairy products",), **package)
    (event,) = final(feed([a, b])[1])
    assert articles(event) == {"a1", "a2"}


def test_a_category_overlaps_its_members(mention: Make, feed: Feed) -> None:
    a = mention("a1", date="2025-10-30", commodities=("soybeans", "pork"), **TARIFF)
    b = mention("a2", date="2025-10-30", commodities=("agricultural products",), **TARIFF)
    (event,) = final(feed([a, b])[1])
    assert event.commodities == ("agricultural products", "pork", "soybeans")


def test_chip_tools_are_part_of_the_semiconductor_sector(mention: Make, feed: Feed) -> None:
    a = mention("a1", date="2025-10-30", commodities=("semiconductors",), **TARIFF)
    b = mention("a2", date="2025-10-30", commodities=("semiconductor equipment",), **TARIFF)
    (event,) = final(feed([a, b])[1])
    assert articles(event) == {"a1", "a2"}


def test_two_mentions_of_one_article_are_two_events(mention: Make, feed: Feed) -> None:
    a = mention("a1", date="2025-04-02", **TARIFF)
    b = mention("a1", date="2025-04-02", **TARIFF)
    assert len(final(feed([a, b])[1])) == 2


def test_days_agree_within_one_day_and_a_cluster_spans_two_at_most(
    mention: Make, feed: Feed
) -> None:
    days = ["2025-05-10", "2025-05-11", "2025-05-12"]
    ms = [mention(f"a{i}", date=d, published=d) for i, d in enumerate(days)]
    events = final(feed(ms)[1])
    assert sorted((e.date, len(e.sources)) for e in events) == [
        ("2025-05-10", 2), ("2025-05-12", 1),
    ]


def test_background_undated_mention_joins_the_earliest_event(mention: Make, feed: Feed) -> None:
    april = mention("a1", date="2025-04-02", published="2025-04-02", **TARIFF)
    may = mention("a2", date="2025-05-12", published="2025-05-12", **TARIFF)
    bare = mention("a3", published="2025-06-01", salience="background", **TARIFF)
    events = {e.date: articles(e) for e in final(feed([may, bare, april])[1])}
    assert events == {"2025-04-02": {"a1", "a3"}, "2025-05-12": {"a2"}}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_an_undated_reference_to_a_measure_in_force_joins_it_not_the_threat(
    mention: Make, feed: Feed, order: tuple[int, int, int]
) -> None:
    threat = mention("a1", date="2025-04-02", published="2025-04-02",
                     **{**TARIFF, "status": "threatened"})
    imposed = mention("a2", date="2025-04-20", published="2025-04-20", **TARIFF)
    bare = mention("a3", published="2025-06-01", salience="background",
                   **{**TARIFF, "status": "in_effect"})
    given = [threat, imposed, bare]
    events = {e.date: articles(e) for e in final(feed([given[i] for i in order])[1])}
    assert events == {"2025-04-02": {"a1"}, "2025-04-20": {"a2", "a3"}}
    # a reference to the threat still joins the threat
    again = mention("a4", published="2025-06-02", salience="background",
                    **{**TARIFF, "status": "threatened"})
    events = {e.date: articles(e) for e in final(feed([imposed, again, threat])[1])}
    assert events == {"2025-04-02": {"a1", "a4"}, "2025-04-20": {"a2"}}


def test_background_undated_mention_cannot_name_a_later_event(mention: Make, feed: Feed) -> None:
    bare = mention("a1", published="2025-04-01", salience="background", **TARIFF)
    later = mention("a2", date="2025-05-12", published="2025-05-12", **TARIFF)
    assert [articles(e) for e in final(feed([bare, later])[1])] == [{"a2"}]


def test_a_background_undated_measure_alone_raises_no_event(mention: Make, feed: Feed) -> None:
    bare = mention("a1", published="2025-04-01", salience="background", **TARIFF)
    assert final(feed([bare])[1]) == []


def test_a_measure_two_articles_refer_to_is_an_event(mention: Make, feed: Feed) -> None:
    one = mention("a1", published="2025-04-01", salience="background", **TARIFF)
    two = mention("a2", published="2025-04-03", salience="background", **TARIFF)
    assert [articles(e) for e in final(feed([two, one])[1])] == [{"a1", "a2"}]


def test_main_undated_mention_is_the_news_of_its_week(mention: Make, feed: Feed) -> None:
    april = mention("a1", date="2025-04-02", published="2025-04-02", **TARIFF)
    may = mention("a2", date="2025-05-12", published="2025-05-12", **TARIFF)
    news = mention("a3", published="2025-05-14", **TARIFF)
    stale = mention("a4", published="2025-07-01", **TARIFF)  # nothing that week: new
    events = {e.date: articles(e) for e in final(feed([april, may, news, stale])[1])}
    assert events == {"2025-04-02": {"a1"}, "2025-05-12": {"a2", "a3"}, None: {"a4"}}


def test_an_undated_follow_up_nine_days_on_still_joins_the_news(mention: Make, feed: Feed) -> None:
    # "Beijing's move came eight days after Brussels imposed duties": a follow-up told a week
    # and more later, with no date of its own, is of that news, not a new measure
    may = mention("a1", date="2025-05-12", published="2025-05-12", **TARIFF)
    follow_up = mention("a2", published="2025-05-21", **TARIFF)
    (event,) = final(feed([may, follow_up])[1])
    assert articles(event) == {"a1", "a2"}


def test_undated_mentions_alone_make_one_event(mention: Make, feed: Feed) -> None:
    a = mention("a1", published="2025-10-30", **TARIFF)
    b = mention("a2", published="2025-11-04", salience="background", **TARIFF)
    (event,) = final(feed([a, b])[1])
    assert event.date is None and articles(event) == {"a1", "a2"}


def test_a_month_joins_a_day_in_it_and_never_bridges_two(mention: Make, feed: Feed) -> None:
    early = mention("a1", date="2025-05-02", published="2025-05-02", **TARIFF)
    late = mention("a2", date="2025-05-20", published="2025-05-20", **TARIFF)
    month = mention("a3", date="2025-05", published="2025-06-10", **TARIFF)
    elsewhere = mention("a4", date="2025-06", published="2025-06-10", **TARIFF)
    events = {e.date: articles(e) for e in final(feed([month, late, elsewhere, early])[1])}
    assert events == {"2025-05-02": {"a1", "a3"}, "2025-05-20": {"a2"}, "2025-06": {"a4"}}


def test_a_detail_names_the_event_a_month_means(mention: Make, feed: Feed) -> None:
    bare = mention("a1", date="2025-04-03", **TARIFF)
    chips = mention("a2", date="2025-04-20", commodities=("semiconductors",), **TARIFF)
    month = mention("a3", date="2025-04", commodities=("semiconductors",), **TARIFF)
    events = {e.date: articles(e) for e in final(feed([bare, chips, month])[1])}
    assert events == {"2025-04-03": {"a1"}, "2025-04-20": {"a2", "a3"}}


def test_outlets_that_guess_different_targets_tell_one_measure(
    mention: Make, feed: Feed
) -> None:
    # filed from Tokyo and from London, each naming its own country as the one hit
    controls = {"type": "export_control", "initiator": "CHN", "status": "announced",
                "date": "2029-06-01", "commodities": ("hafnium",), "target_guessed": True}
    tokyo = mention("a1", target="JPN", countries=("CHN", "JPN"), **controls)
    london = mention("a2", source="Valley Courier", target="GBR", countries=("CHN", "GBR"),
                     **controls)
    (event,) = final(feed([tokyo, london])[1])
    assert articles(event) == {"a1", "a2"}
    assert (event.target, event.countries) == ("JPN", ("CHN", "JPN"))  # the first guess


def test_a_named_target_outranks_a_guessed_one(mention: Make, feed: Feed) -> None:
    controls = {"type": "export_control", "initiator": "CHN", "status": "announced",
                "date": "2029-06-01"}
    guessed = mention("a1", target="JPN", countries=("CHN", "JPN"), target_guessed=True,
                      **controls)
    named = mention("a2", source="Valley Courier", target="USA", countries=("CHN", "USA"),
                    **controls)
    (event,) = final(feed([guessed, named])[1])
    assert (event.target, event.countries, articles(event)) == (
        "USA", ("CHN", "USA"), {"a1", "a2"})


def test_a_guess_joins_the_event_of_its_own_target_first(mention: Make, feed: Feed) -> None:
    duties = {"type": "tariff_increase", "initiator": "USA", "status": "announced",
              "date": "2025-04-02"}
    china = mention("a1", target="CHN", countries=("CHN", "USA"), rate_after=34.0, **duties)
    everyone = mention("a2", source="Valley Courier", countries=("USA",), rate_after=10.0,
                       **duties)
    recital = mention("a3", source="Hill Gazette", target="CHN", countries=("CHN", "USA"),
                      target_guessed=True, **duties)
    events = final(feed([china, everyone, recital])[1])
    assert sorted((e.target or "-", sorted(articles(e))) for e in events) == [
        ("-", ["a2"]), ("CHN", ["a1", "a3"]),
    ]


def test_a_measure_dated_only_by_its_entry_into_force_meets_its_announcement(
    mention: Make, feed: Feed
) -> None:
    ban = {"type": "export_control", "initiator": "NGA", "countries": ("NGA",),
           "effective_date": "2030-08-01", "commodities": ("cashew nuts",)}
    announced = mention("a1", published="2030-07-02", date="2030-07-02", status="announced",
                        **ban)
    in_force = mention("a2", source="Valley Courier", published="2030-08-01",
                       date="2030-08-01", status="in_effect", **ban)
    (event,) = final(feed([in_force, announced])[1])
    assert (articles(event), event.date, event.effective_date) == (
        {"a1", "a2"}, "2030-07-02", "2030-08-01")


def test_an_entry_into_force_reaches_back_a_month_only(mention: Make, feed: Feed) -> None:
    ban = {"type": "export_control", "initiator": "NGA", "countries": ("NGA",)}
    earlier = mention("a1", published="2030-05-02", date="2030-05-02", status="announced",
                      **ban)
    in_force = mention("a2", source="Valley Courier", published="2030-08-01",
                       date="2030-08-01", effective_date="2030-08-01", status="in_effect",
                       **ban)
    assert len(final(feed([earlier, in_force])[1])) == 2


def test_the_states_a_measure_hits_are_the_ones_most_outlets_give(
    mention: Make, feed: Feed
) -> None:
    duty = {"type": "tariff_increase", "initiator": "TUR", "status": "announced",
            "date": "2031-02-11", "commodities": ("passenger cars",)}
    # filed from Tokyo first, naming only Japan; two others list all three states hit
    tokyo = mention("a1", published="2031-02-11T08:00:00+00:00", target="JPN",
                    countries=("JPN", "TUR"), **duty)
    ankara = mention("a2", source="Valley Courier", published="2031-02-11T10:00:00+00:00",
                     countries=("CHN", "JPN", "KOR", "TUR"), **duty)
    seoul = mention("a3", source="Hill Gazette", published="2031-02-11T11:00:00+00:00",
                    countries=("CHN", "JPN", "KOR", "TUR"), **duty)
    (event,) = final(feed([tokyo, ankara, seoul])[1])
    assert articles(event) == {"a1", "a2", "a3"}
    assert (event.target, event.countries) == (None, ("CHN", "JPN", "KOR", "TUR"))


def test_reports_that_name_no_state_hit_do_not_outvote_one_that_does(
    mention: Make, feed: Feed
) -> None:
    block = {"type": "investment_restriction", "initiator": "NOR", "status": "announced",
             "date": "2031-09-12"}
    oslo = mention("a1", published="2031-09-12T08:00:00+00:00", countries=("NOR",), **block)
    beijing = mention("a2", source="Valley Courier", published="2031-09-13T08:00:00+00:00",
                      countries=("NOR",), **block)
    wire = mention("a3", source="Hill Gazette", published="2031-09-15T08:00:00+00:00",
                   target="CHN", countries=("CHN", "NOR"), **block)
    (event,) = final(feed([oslo, beijing, wire])[1])
    assert (event.target, event.countries) == ("CHN", ("CHN", "NOR"))
