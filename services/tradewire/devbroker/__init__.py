"""A real single-node Apache Kafka broker (KRaft) for development and tests, no Docker.

    lib = install()                    # Maven fetches the broker jars once, into a cache
    broker = start(Path("var/kafka"))  # formats the data dir the first time, waits until ready
    broker.bootstrap                   # "127.0.0.1:PORT"
    status(Path("var/kafka")).running
    stop(Path("var/kafka"))            # SIGTERM, SIGKILL after a deadline

Restarting on the same data dir keeps its port, cluster id and data. Every failure raises
`tradewire.errors.BrokerError`. Command line: `python -m tradewire.devbroker start|stop|status`.
"""

from __future__ import annotations

from tradewire.devbroker._install import KAFKA_VERSION, default_cache_dir, install
from tradewire.devbroker._process import Broker, BrokerStatus, status, stop
from tradewire.devbroker._start import start

__all__ = [
    "KAFKA_VERSION",
    "Broker",
    "BrokerStatus",
    "default_cache_dir",
    "install",
    "start",
    "status",
    "stop",
]
