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
import sys
from collections.abc import Sequence

from tradewire.commands import (
    cmd_eval,
    cmd_feed,
    cmd_kafka,
    cmd_process,
    cmd_replay,
    cmd_schemas,
    cmd_tail,
    cmd_worker,
)
from tradewire.settings import load_settings


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
