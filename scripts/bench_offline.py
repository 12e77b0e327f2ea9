#!/usr/bin/env python3
"""Throughput of the offline pipeline, per stage, on one core.

    .venv/bin/python scripts/bench_offline.py [--articles N] FILE.jsonl...

Cycles the given articles (default: examples/ and, when present beside the repo, the shared
corpora) to N distinct articles (new ids, and so new events to consolidate), then times each
stage: read (parse + validate), extract, fingerprint, consolidate. Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from tradewire.consolidate.syndication import fingerprint
from tradewire.extract import extract_mentions
from tradewire.pipeline import Consolidator, Limits, read_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [
    ROOT / "examples" / "articles.jsonl",
    ROOT.parent / "shared" / "corpus" / "seed" / "articles.jsonl",
    ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl",
]


# Each cycle over the base articles swaps these names for others and moves publication on,
# so that cycles report new events (a live wire) instead of piling hundreds of copies of
# the same events into the same few blocks (see --same-events for that stress case).
SWAPS = [("China", "Chinese"), ("Japan", "Japanese"), ("Canada", "Canadian"),
         ("India", "Indian"), ("Brazil", "Brazilian"), ("Mexico", "Mexican"),
         ("Germany", "German"), ("Korea", "Korean"), ("Australia", "Australian"),
         ("Vietnam", "Vietnamese"), ("Indonesia", "Indonesian"), ("Turkey", "Turkish")]


def variant(article: dict[str, Any], cycle: int) -> dict[str, Any]:
    if cycle == 0:
        return article
    name, demonym = SWAPS[cycle % len(SWAPS)]
    published = datetime.fromisoformat(article["published_at"]) + timedelta(days=3 * cycle)
    swap = {"China": name, "Chinese": demonym, "Beijing": name, "PRC": name}
    text = article["body"]
    for old, new in swap.items():
        text = text.replace(old, new)
    return {**article, "body": text, "published_at": published.isoformat()}


def corpus(paths: list[Path], n: int, same_events: bool) -> list[bytes]:
    base = [
        orjson.loads(line)
        for p in paths if p.exists()
        for line in p.read_bytes().splitlines() if line.strip()
    ]
    out = []
    for i in range(n):
        cycle = 0 if same_events else i // len(base)
        article = variant(dict(base[i % len(base)]), cycle)
        article["id"] = f"{article['id']}-bench{i}"
        out.append(orjson.dumps(article))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--memory", action="store_true", help="also trace peak memory (slower)")
    ap.add_argument("--same-events", action="store_true",
                    help="stress case: every copy reports the same events (huge blocks)")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    lines = corpus(args.files or DEFAULTS, args.articles, args.same_events)
    limits, consolidator = Limits(), Consolidator()
    stages = dict.fromkeys(["read", "extract", "fingerprint", "consolidate"], 0.0)
    mentions = events = 0
    if args.memory:
        tracemalloc.start()
    start = time.perf_counter()
    for line in lines:
        t0 = time.perf_counter()
        article = read_article(line, limits)
        t1 = time.perf_counter()
        found = extract_mentions(article)
        t2 = time.perf_counter()
        if found:
            fp = fingerprint(f"{article.title}\n{article.body}")
            found = [m.model_copy(update={"fingerprint": fp}) for m in found]
        t3 = time.perf_counter()
        for mention in found:
            events += len(consolidator.add(mention))
        t4 = time.perf_counter()
        mentions += len(found)
        for name, dt in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            stages[name] += dt
    total = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory() if args.memory else (0, 0)
    print(f"articles: {len(lines)}  mentions: {mentions}  event versions: {events}")
    print(f"throughput: {len(lines) / total:,.0f} articles/s  ({total:.2f} s, one core)")
    for name, seconds in stages.items():
        print(f"  {name:<12} {seconds / len(lines) * 1e3:8.3f} ms/article  {seconds / total:6.1%}")
    print(f"peak traced memory: {peak / 2**20:.1f} MiB  blocks: {len(consolidator.blocks)}")


if __name__ == "__main__":
    main()
