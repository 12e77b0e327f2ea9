"""The project's scorer follows the shared matching rules: checked on hand-made cases."""


from typing import Any

from tradewire.evaluation import dates_compatible, final_events, score


def gold(gid: str, type_: str, countries: list[str], date: str | None, articles: list[str],
         initiator: str | None = None, salience: str = "main") -> dict[str, Any]:
    return {"gold_id": gid, "type": type_, "initiator": initiator, "countries": countries,
            "date": date, "articles": articles, "salience": salience, "location": None}


def pred(eid: str, type_: str, countries: list[str], date: str | None, articles: list[str],
         initiator: str | None = None, version: int = 1) -> dict[str, Any]:
    return {"event_id": eid, "version": version, "type": type_, "initiator": initiator,
            "countries": countries, "date": date, "merged_into": None,
            "sources": [{"article_id": a} for a in articles]}


def test_dates_compatible() -> None:
    assert dates_compatible("2025-06-05", "2025-06-06")
    assert not dates_compatible("2025-06-05", "2025-06-07")
    assert dates_compatible("2025-06", "2025-06-30") and not dates_compatible("2025-06", "2025-07-01")
    assert dates_compatible(None, "2025-06-07")


def test_hits_misses_duplicates_and_consolidation() -> None:
    golds = [
        gold("g1", "leader_call", ["CHN", "USA"], "2025-06-05", ["a", "b"]),
        gold("g2", "tariff_increase", ["CHN", "USA"], "2025-04-09", ["a"], initiator="USA"),
        gold("g3", "sanction", ["RUS", "USA"], None, ["c"], initiator="USA", salience="background"),
    ]
    preds = [
        pred("p1", "leader_call", ["CHN", "USA"], "2025-06-05", ["a"]),
        pred("p2", "leader_call", ["CHN", "USA"], "2025-06-06", ["b"]),  # the same call twice
        pred("p3", "tariff_increase", ["CHN", "USA"], "2025-04-09", ["a"], initiator="CHN"),
    ]
    report = score(golds, preds)
    f = report.figures
    assert (f["precision"], f["recall"], f["main_recall"], f["duplicates"]) == (0.3333, 0.3333, 0.5, 1)
    assert f["consolidation_f1"] == 0.0  # the call's two articles ended in two events
    assert report.per_type["leader_call"] == {"hit": 1, "extra": 1}
    assert report.per_type["tariff_increase"] == {"miss": 1, "extra": 1}


def test_final_events_take_the_highest_version_and_drop_merged() -> None:
    versions = [
        pred("p1", "leader_call", ["CHN", "USA"], None, ["a"]),
        pred("p1", "leader_call", ["CHN", "USA"], "2025-06-05", ["a", "b"], version=2),
        {**pred("p2", "leader_call", ["CHN", "USA"], None, ["c"]), "merged_into": "p1"},
    ]
    (only,) = final_events(versions)
    assert only["version"] == 2
