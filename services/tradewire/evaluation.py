"""Score consolidated events against hand-labelled gold events, with the matching rules of
the shared scorer (eval/score.py), plus a per-type table of hits, misses and extras.

A gold and a predicted event match when the type is equal, the initiator is equal (where
the gold names one), the gold countries are all in the predicted ones (at most one extra),
the dates are compatible, and they share an article; matching is one-to-one, best article
overlap first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Event = Mapping[str, Any]


def final_events(versions: Iterable[Event]) -> list[Event]:
    latest: dict[str, Event] = {}
    for v in versions:
        eid = v.get("event_id")
        if eid is not None and (eid not in latest or v["version"] >= latest[eid]["version"]):
            latest[eid] = v
    return [e for e in latest.values() if not e.get("merged_into")]


def articles_of(event: Event) -> set[str]:
    if "articles" in event:
        return set(event["articles"])
    return {s["article_id"] for s in event.get("sources", []) if s.get("article_id")}


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text and len(text) == 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= 1
    return a[:7] == b[:7]


def compatible(gold: Event, pred: Event) -> bool:
    if gold["type"] != pred.get("type"):
        return False
    if gold.get("initiator") and gold["initiator"] != pred.get("initiator"):
        return False
    gc, pc = set(gold.get("countries") or []), set(pred.get("countries") or [])
    return gc <= pc and len(pc - gc) <= 1 and dates_compatible(gold.get("date"), pred.get("date"))


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


@dataclass
class Report:
    figures: dict[str, float | int]
    per_type: dict[str, Counter[str]] = field(default_factory=dict)


def score(gold: Sequence[Event], pred: Sequence[Event]) -> Report:
    candidates = []
    for gi, g in enumerate(gold):
        ga = set(g["articles"])
        for pi, p in enumerate(pred):
            pa = articles_of(p)
            if ga & pa and compatible(g, p):
                bonus = 0.01 if g.get("date") == p.get("date") else 0.0
                candidates.append((len(ga & pa) / len(ga | pa) + bonus, gi, pi))
    candidates.sort(key=lambda c: -c[0])
    g_match: dict[int, int] = {}
    p_match: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi not in g_match and pi not in p_match:
            g_match[gi], p_match[pi] = pi, gi
    dups = len({pi for _, gi, pi in candidates if gi in g_match and pi not in p_match})
    tp = gold_pairs = pred_pairs = dated = date_ok = located = loc_ok = 0
    for gi, pi in g_match.items():
        g, p = gold[gi], pred[pi]
        ga, pa = set(g["articles"]), articles_of(p)
        tp, gold_pairs, pred_pairs = (
            tp + _pairs(len(ga & pa)), gold_pairs + _pairs(len(ga)), pred_pairs + _pairs(len(pa))
        )
        if g.get("date"):
            dated += 1
            pd = p.get("date") or ""
            date_ok += pd == g["date"] or (len(g["date"]) == 7 and pd[:7] == g["date"])
        if g.get("location"):
            located += 1
            loc_ok += g["location"].lower() in (p.get("location") or "").lower()
    gold_pairs += sum(_pairs(len(g["articles"])) for gi, g in enumerate(gold) if gi not in g_match)
    main = [gi for gi, g in enumerate(gold) if g.get("salience", "main") == "main"]

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 1.0

    def f1(a: float, b: float) -> float:
        return round(2 * a * b / (a + b), 4) if a + b else 0.0

    precision, recall = ratio(len(p_match), len(pred)), ratio(len(g_match), len(gold))
    figures: dict[str, float | int] = {
        "gold_events": len(gold), "predicted_events": len(pred),
        "precision": precision, "recall": recall,
        "main_recall": ratio(sum(gi in g_match for gi in main), len(main)),
        "event_f1": f1(precision, recall), "duplicates": dups,
        "consolidation_f1": f1(ratio(tp, pred_pairs), ratio(tp, gold_pairs)),
        "date_accuracy": ratio(date_ok, dated), "location_accuracy": ratio(loc_ok, located),
    }
    per_type: dict[str, Counter[str]] = {}
    for gi, g in enumerate(gold):
        per_type.setdefault(g["type"], Counter())["hit" if gi in g_match else "miss"] += 1
    for pi, p in enumerate(pred):
        if pi not in p_match:
            per_type.setdefault(str(p.get("type")), Counter())["extra"] += 1
    return Report(figures, per_type)


def render(report: Report) -> str:
    lines = [f"{'type':<24}{'hit':>5}{'miss':>6}{'extra':>7}"]
    for name in sorted(report.per_type):
        c = report.per_type[name]
        lines.append(f"{name:<24}{c['hit']:>5}{c['miss']:>6}{c['extra']:>7}")
    lines += [f"{k:>18}: {v}" for k, v in report.figures.items()]
    return "\n".join(lines)
