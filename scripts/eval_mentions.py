#!/usr/bin/env python3
"""Score the extractor alone, at the mention level and (roughly) at the event level.

    .venv/bin/python scripts/eval_mentions.py /work/shared/corpus/dev [--verbose]
        [--events OUT.jsonl] [--scorer /work/shared/eval/score.py] [--process]

Mentions: per article, a predicted mention hits a labelled one (the corpus's mentions.jsonl,
else one per gold event and article) when the type is equal, the initiator is equal where the
label names one, the labelled countries are all predicted (at most one extra) and the dates
are compatible. A per-type table of hits, misses and extras follows.

Events: until `tradewire process` consolidates, mentions with the same type and sides and
compatible dates are grouped into one event (a window joins the event whose day it holds; an
undated mention joins the earliest such event), written as version-1 events and scored by the
shared scorer. With --process, the events of the real `tradewire process` are scored instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tradewire.extract import extract_mentions
from tradewire.models import Article, EventMention

Row = dict[str, Any]


def _jsonl(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if len(a) == len(b) == 10:
        from datetime import date

        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return a[:7] == b[:7]


def _matches(gold: Row, pred: Row) -> bool:
    gc, pc = set(gold["countries"]), set(pred["countries"])
    return (gold["type"] == pred["type"]
            and (not gold.get("initiator") or gold["initiator"] == pred["initiator"])
            and gc <= pc and len(pc - gc) <= 1 and _compatible(gold.get("date"), pred["date"]))


def labels(corpus: Path) -> dict[str, list[Row]]:
    """Labelled mentions per article: mentions.jsonl, else gold events spread over articles."""
    by_article: dict[str, list[Row]] = defaultdict(list)
    if (corpus / "mentions.jsonl").exists():
        for row in _jsonl(corpus / "mentions.jsonl"):
            by_article[row["article_id"]].append(row)
    else:
        for event in _jsonl(corpus / "gold.jsonl"):
            for article_id in event["articles"]:
                by_article[article_id].append({**event, "article_id": article_id})
    return by_article


def score_mentions(gold: dict[str, list[Row]], pred: dict[str, list[Row]], verbose: bool) -> None:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    dated = date_ok = 0
    for article_id in sorted(set(gold) | set(pred)):
        free = list(pred.get(article_id, []))
        for g in gold.get(article_id, []):
            hit = next((p for p in free if _matches(g, p)), None)
            table[g["type"]]["hit" if hit else "miss"] += 1
            if hit:
                free.remove(hit)
                dated += bool(g.get("date"))
                date_ok += bool(g.get("date")) and hit["date"] == g["date"]
            elif verbose:
                print(f"MISS  {article_id} {g['type']} {g.get('initiator')}->{g.get('target')} "
                      f"{g['countries']} {g.get('date')} :: {g.get('evidence', '')[:90]}")
        for p in free:
            table[p["type"]]["extra"] += 1
            if verbose:
                print(f"EXTRA {article_id} {p['type']} {p['initiator']}->{p['target']} "
                      f"{p['countries']} {p['date']} {p['status']} :: {p['evidence'][:90]}")
    print(f"{'type':<24}{'hit':>5}{'miss':>6}{'extra':>7}")
    for name in sorted(table):
        c = table[name]
        print(f"{name:<24}{c['hit']:>5}{c['miss']:>6}{c['extra']:>7}")
    hits = sum(c["hit"] for c in table.values())
    p = hits / max(1, hits + sum(c["extra"] for c in table.values()))
    r = hits / max(1, hits + sum(c["miss"] for c in table.values()))
    print(f"mentions: precision {p:.3f} recall {r:.3f} f1 {2 * p * r / max(1e-9, p + r):.3f} "
          f"date_accuracy {date_ok / max(1, dated):.3f}")


def _in_window(day: str | None, m: EventMention) -> bool:
    return bool(day and m.date_earliest and m.date_latest
                and m.date_earliest <= day <= m.date_latest)


def group(mentions: list[EventMention]) -> list[Row]:
    """Version-1 events: same type and sides, compatible dates (see the module docstring)."""
    events: list[tuple[tuple[Any, ...], Row]] = []
    ordered = sorted(mentions, key=lambda m: (m.date is None, m.date or "", m.published_at))
    for m in ordered:
        key = (m.type, m.initiator, m.target, m.countries)
        same = [e for k, e in events if k == key]
        if m.date:
            home = next((e for e in same if e["date"] and _compatible(e["date"], m.date)), None)
        else:
            home = next((e for e in same if _in_window(e["date"], m)), None) or (
                None if m.date_earliest else next(iter(same), None))
        if home is None:
            home = {"event_id": f"e{len(events)}", "version": 1, "type": m.type,
                    "initiator": m.initiator, "target": m.target, "countries": list(m.countries),
                    "date": m.date, "location": m.location, "sources": []}
            events.append((key, home))
        home["location"] = home["location"] or m.location
        if m.date and len(m.date) > len(home["date"] or ""):
            home["date"] = m.date
        home["sources"].append({"article_id": m.article_id, "evidence": m.evidence})
    return [e for _, e in events]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--events", type=Path, default=Path("/tmp/tradewire-events.jsonl"))
    ap.add_argument("--scorer", default="/work/shared/eval/score.py")
    ap.add_argument("--process", action="store_true", help="consolidate with `tradewire process`")
    args = ap.parse_args()
    articles = [Article.model_validate(row) for row in _jsonl(args.corpus / "articles.jsonl")]
    mentions = [m for a in articles for m in extract_mentions(a)]
    pred: dict[str, list[Row]] = defaultdict(list)
    for m in mentions:
        pred[m.article_id].append(m.model_dump(mode="json"))
    score_mentions(labels(args.corpus), pred, args.verbose)
    if args.process:
        tool = Path(sys.executable).with_name("tradewire")
        subprocess.run([str(tool), "process", "--input", str(args.corpus / "articles.jsonl"),
                        "--output", str(args.events)], check=True)
    else:
        args.events.write_text("".join(json.dumps(e) + "\n" for e in group(mentions)))
    command = [sys.executable, args.scorer, "--gold", str(args.corpus / "gold.jsonl"),
               "--pred", str(args.events)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
