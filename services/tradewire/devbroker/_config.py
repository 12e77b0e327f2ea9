"""The broker's on-disk state: ports and cluster id, server.properties, readiness probe."""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import struct
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

HOST = "127.0.0.1"
STATE_FILE = "broker.json"
PID_FILE = "broker.pid"
PROPERTIES_FILE = "server.properties"
LOG_DIRS = "kraft"


@dataclass(frozen=True)
class State:
    """What must survive a restart of the broker on the same data dir."""

    port: int
    controller_port: int
    cluster_id: str

    def save(self, data_dir: Path) -> None:
        (data_dir / STATE_FILE).write_text(json.dumps(asdict(self)) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, data_dir: Path) -> State | None:
        try:
            raw = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
            return cls(int(raw["port"]), int(raw["controller_port"]), str(raw["cluster_id"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def new_cluster_id() -> str:
    """A Kafka Uuid in its base64url form, 22 chars (Kafka rejects ids starting with '-')."""
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not text.startswith("-"):
            return text


def free_ports(count: int) -> list[int]:
    """`count` distinct loopback ports that were free a moment ago."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(count)]
        for s in socks:
            s.bind((HOST, 0))
        return [int(s.getsockname()[1]) for s in socks]


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def write_properties(data_dir: Path, state: State) -> Path:
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "listeners": f"PLAINTEXT://{HOST}:{state.port},CONTROLLER://{HOST}:{state.controller_port}",
        "advertised.listeners": f"PLAINTEXT://{HOST}:{state.port}",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.quorum.bootstrap.servers": f"{HOST}:{state.controller_port}",
        "log.dirs": str(data_dir / LOG_DIRS),
        "num.partitions": "1",
        "auto.create.topics.enable": "true",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "transaction.state.log.num.partitions": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
    }
    path = data_dir / PROPERTIES_FILE
    path.write_text("".join(f"{k}={v}\n" for k, v in props.items()), encoding="utf-8")
    return path


def _string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">h", len(raw)) + raw


def metadata_answers(port: int, timeout: float = 1.0) -> bool:
    """True when a Kafka broker on `port` answers Metadata v4 listing at least one broker."""
    # Request header v1 + Metadata v4 body (null topics = all, no auto-create).
    body = struct.pack(">hhi", 3, 4, 1) + _string("tradewire-probe") + struct.pack(">i?", -1, False)
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as conn:
            conn.sendall(struct.pack(">i", len(body)) + body)
            head = _recv(conn, 4)
            reply = _recv(conn, struct.unpack(">i", head)[0])
            # correlation_id, throttle_time_ms, then the brokers array's length.
            correlation, _throttle, brokers = struct.unpack_from(">iii", reply)
    except (OSError, struct.error):
        return False
    return bool(correlation == 1 and brokers > 0)


def _recv(conn: socket.socket, size: int) -> bytes:
    buf = b""
    while len(buf) < size:
        chunk = conn.recv(size - len(buf))
        if not chunk:
            raise OSError("connection closed")
        buf += chunk
    return buf
