"""`python -m tradewire.devbroker start|stop|status [--data-dir DIR] [--port N]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradewire.devbroker import KAFKA_VERSION, start, status, stop
from tradewire.errors import BrokerError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tradewire.devbroker",
        description=f"A development Apache Kafka {KAFKA_VERSION} broker (KRaft, loopback only).",
    )
    parser.add_argument("command", choices=["start", "stop", "status"])
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
        now = status(data_dir)
        if now.running:
            print(f"running {now.bootstrap} pid {now.pid} ({now.data_dir})")
            return 0
        print(f"not running ({now.data_dir})")
        return 3
    except BrokerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
