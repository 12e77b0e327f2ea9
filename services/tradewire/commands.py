"""What each `tradewire` command does; cli.py only parses the command line and calls these.

Every command takes the parsed arguments and the Settings read once at start-up, and
returns the process exit code.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import BinaryIO

from tradewire.settings import Settings


def _open_in(name: str) -> BinaryIO:
    return sys.stdin.buffer if name == "-" else open(name, "rb")


def _open_out(name: str) -> BinaryIO:
    return sys.stdout.buffer if name == "-" else open(name, "wb")


def cmd_process(args: argparse.Namespace, settings: Settings) -> int:
    from tradewire.models import dumps
    from tradewire.pipeline import Rejected, process_lines

    limits = settings.limits()
    consolidator = settings.consolidator()
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
    from tradewire.pipeline import process_lines

    limits = settings.limits()
    consolidator = settings.consolidator()
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
