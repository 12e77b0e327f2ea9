"""The `tradewire` command.

    tradewire worker                      run the stream processor (faust) on Kafka
    tradewire process --input A --output B   the same pipeline offline, JSON Lines in and out
    tradewire feed FILE...                publish JSON Lines articles to the articles topic
    tradewire tail                        follow the events topic, one readable line per version
    tradewire replay --from-beginning|--since TIME --output-topic T   backfill beside the live worker
    tradewire kafka start|stop|status     a local single-node KRaft broker for development
    tradewire eval --articles A --gold G  score the pipeline against gold events, per type
    tradewire schemas --out schemas/      write the JSON Schema contracts
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from tradewire.settings import Settings, load_settings


def _open_in(name: str) -> BinaryIO:
    return sys.stdin.buffer if name == "-" else open(name, "rb")


def _open_out(name: str) -> BinaryIO:
    return sys.stdout.buffer if name == "-" else open(name, "wb")


def cmd_process(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.models import dumps
    from tradewire.pipeline import Consolidator, Limits, Rejected, process_lines

    limits = Limits(settings.max_article_bytes, settings.max_mentions_per_article)
    consolidator = Consolidator(window_days=settings.eviction_window_days)
    source, sink = _open_in(args.input), _open_out(args.output)
    rejected = 0
    try:
        for item in process_lines(source, limits, consolidator):
            if isinstance(item, Rejected):
                rejected += 1
                print(f"line {item.line}: {item.error}", file=sys.stderr)
            else:
                sink.write(dumps(item) + b"\n")
    finally:
        sink.flush()
        if sink is not sys.stdout.buffer:
            sink.close()
        if source is not sys.stdin.buffer:
            source.close()
    return 1 if rejected and args.strict else 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.topology import run_worker

    run_worker(settings)
    return 0


def cmd_feed(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.wire import publish, read_lines

    topic = args.topic or settings.articles_topic
    lines = read_lines(Path(p) for p in args.files)
    sent = asyncio.run(publish(settings, topic, lines, progress=not args.quiet))
    print(f"published {sent} articles to {topic}", file=sys.stderr)
    return 0


def cmd_tail(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.wire import describe, follow

    async def run() -> None:
        seen = 0
        async for record in follow(
            settings, args.topic or settings.events_topic, not args.latest, args.idle_timeout
        ):
            line = (record.value or b"").decode(errors="replace") if args.json else describe(record)
            print(line, flush=True)
            seen += 1
            if args.max and seen >= args.max:
                return

    asyncio.run(run())
    return 0


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import datetime

    from tradewire.replay import replay

    since = datetime.fromisoformat(args.since) if args.since else None
    if since is not None and since.tzinfo is None:
        raise SystemExit("--since needs a time zone, e.g. 2025-06-01T00:00:00Z")
    report = asyncio.run(replay(settings, args.output_topic, since))
    print(
        f"replayed {report.articles} articles ({report.rejected} rejected) into "
        f"{args.output_topic}: {report.versions} event versions",
        file=sys.stderr,
    )
    return 0


def cmd_kafka(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire import devbroker

    data_dir = Path(args.data_dir)
    if args.action == "start":
        broker = devbroker.start(data_dir, port=args.port)
        print(broker.bootstrap)
    elif args.action == "stop":
        devbroker.stop(data_dir)
    else:
        print(devbroker.status(data_dir))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    import orjson

    from tradewire.evaluation import final_events, render, score
    from tradewire.models import ConsolidatedEvent
    from tradewire.pipeline import Consolidator, Limits, process_lines

    limits = Limits(settings.max_article_bytes, settings.max_mentions_per_article)
    consolidator = Consolidator(window_days=settings.eviction_window_days)
    with open(args.articles, "rb") as source:
        versions = [
            item.model_dump(mode="json")
            for item in process_lines(source, limits, consolidator)
            if isinstance(item, ConsolidatedEvent)
        ]
    with open(args.gold, "rb") as gold_file:
        gold = [orjson.loads(line) for line in gold_file if line.strip()]
    report = score(gold, final_events(versions))
    print(render(report))
    print(orjson.dumps(report.figures).decode())
    return 0


def cmd_schemas(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.schemas import write_schemas

    for path in write_schemas(Path(args.out)):
        print(path)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="tradewire", description=__doc__.split("\n")[0])
    sub = top.add_subparsers(dest="command", required=True)
    sub.add_parser("worker", help="run the stream processor").set_defaults(run=cmd_worker)
    p = sub.add_parser("process", help="run the pipeline offline on JSON Lines")
    p.add_argument("--input", required=True, help="articles JSON Lines, or - for stdin")
    p.add_argument("--output", required=True, help="events JSON Lines, or - for stdout")
    p.add_argument("--strict", action="store_true", help="exit 1 when a line was rejected")
    p.set_defaults(run=cmd_process)
    p = sub.add_parser("feed", help="publish JSON Lines articles to Kafka")
    p.add_argument("files", nargs="+")
    p.add_argument("--topic", help="default: the articles topic")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_feed)
    p = sub.add_parser("tail", help="follow the events topic")
    p.add_argument("--topic", help="default: the events topic")
    p.add_argument("--latest", action="store_true", help="only events published from now on")
    p.add_argument("--json", action="store_true", help="print each event as JSON")
    p.add_argument("--max", type=int, default=0, help="stop after N events")
    p.add_argument("--idle-timeout", type=float, default=None, help="stop after S idle seconds")
    p.set_defaults(run=cmd_tail)
    p = sub.add_parser("replay", help="reprocess the articles topic into another topic")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--from-beginning", action="store_true")
    when.add_argument("--since", help="RFC 3339 time: articles written from then on")
    p.add_argument("--output-topic", required=True)
    p.set_defaults(run=cmd_replay)
    p = sub.add_parser("kafka", help="a local single-node KRaft broker for development")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--data-dir", default="var/kafka")
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(run=cmd_kafka)
    p = sub.add_parser("eval", help="score the offline pipeline against gold events")
    p.add_argument("--articles", required=True, help="articles JSON Lines")
    p.add_argument("--gold", required=True, help="gold events JSON Lines")
    p.set_defaults(run=cmd_eval)
    p = sub.add_parser("schemas", help="write the JSON Schema contracts")
    p.add_argument("--out", default="schemas")
    p.set_defaults(run=cmd_schemas)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    from aiokafka.errors import KafkaError

    from tradewire.errors import TradewireError

    args = parser().parse_args(argv)
    settings = load_settings()
    try:
        code: int = args.run(args, settings)
    except (TradewireError, KafkaError) as exc:
        print(f"tradewire {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
