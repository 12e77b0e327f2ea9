"""`python -m tradewire.devbroker install|start|stop|status [--data-dir DIR] [--port N]`.

install fetches the jars into the cache ($TRADEWIRE_KAFKA_HOME or ~/.cache/tradewire/...) and
prints its lib dir; start prints the bootstrap address; status exits 3 when not running."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradewire.devbroker import KAFKA_VERSION, install, start, status, stop
from tradewire.errors import BrokerError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tradewire.devbroker",
        description=f"A development Apache Kafka {KAFKA_VERSION} broker (KRaft, loopback only).",
    )
    parser.add_argument("command", choices=["install", "start", "stop", "status"])
    parser.add_argument(
        "--data-dir", type=Path, default=Path("var/kafka"), help="default: ./var/kafka"
    )
    parser.add_argument("--port", type=int, help="start: broker port (default: a free one)")
    args = parser.parse_args(argv)
    data_dir: Path = args.data_dir
    try:
        if args.command == "start":
            print(start(data_dir, args.port).bootstrap)
            return 0
        if args.command == "stop":
            print("stopped" if stop(data_dir) else "not running")
            return 0
        if args.command == "install":
            print(install())
            return 0
        now = status(data_dir)
        print(now)
        return 0 if now.running else 3
    except BrokerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
