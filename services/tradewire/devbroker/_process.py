"""The broker process: what is running on a data dir, and how to stop it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tradewire.devbroker._config import HOST, PID_FILE, PROPERTIES_FILE, State
from tradewire.errors import BrokerError

# Brokers started by this Python process: kept so they are reaped (no zombies, no
# "subprocess still running" ResourceWarning) and so liveness needs no /proc.
CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Broker:
    """A running development broker."""

    bootstrap: str
    pid: int
    data_dir: Path
    log_path: Path
    """log4j2 output of the broker (data_dir/logs/server.log)."""
    console_path: Path
    """The JVM's stdout/stderr (data_dir/logs/console.log): crashes, JVM errors."""

    @property
    def port(self) -> int:
        return int(self.bootstrap.rsplit(":", 1)[1])


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    data_dir: Path
    bootstrap: str | None
    pid: int | None

    def __str__(self) -> str:
        if self.running:
            return f"running {self.bootstrap} pid {self.pid} ({self.data_dir})"
        return f"not running ({self.data_dir})"


def log_paths(data_dir: Path) -> tuple[Path, Path]:
    logs = data_dir / "logs"
    return logs / "server.log", logs / "console.log"


def read_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PID_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def alive(pid: int, data_dir: Path) -> bool:
    """Is `pid` the broker of `data_dir`? Guards against a stale pid file whose pid was reused."""
    child = CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        return False
    except OSError:  # no /proc here: trust the pid file
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return b"kafka.Kafka" in cmdline and str(data_dir / PROPERTIES_FILE).encode() in cmdline


def status(data_dir: Path) -> BrokerStatus:
    """Whether the broker of `data_dir` is running, and its bootstrap address."""
    data_dir = data_dir.expanduser().resolve()
    pid, state = read_pid(data_dir), State.load(data_dir)
    bootstrap = f"{HOST}:{state.port}" if state else None
    if pid is None or not alive(pid, data_dir):
        return BrokerStatus(False, data_dir, bootstrap, None)
    return BrokerStatus(True, data_dir, bootstrap, pid)


def stop(data_dir: Path, timeout: float = 30.0) -> bool:
    """SIGTERM the broker of `data_dir`, SIGKILL it after `timeout` s; False if none ran."""
    data_dir = data_dir.expanduser().resolve()
    pid = read_pid(data_dir)
    try:
        if pid is None or not alive(pid, data_dir):
            return False
        _signal(pid, signal.SIGTERM)
        if not _wait_dead(pid, data_dir, timeout):
            _signal(pid, signal.SIGKILL)
            if not _wait_dead(pid, data_dir, 10.0):
                raise BrokerError(f"broker pid {pid} survived SIGKILL ({data_dir})")
        return True
    finally:
        if pid is None or not alive(pid, data_dir):
            (data_dir / PID_FILE).unlink(missing_ok=True)


def _signal(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)  # the broker leads its own process group
    except ProcessLookupError:
        pass
    except PermissionError as exc:
        raise BrokerError(f"not allowed to signal broker pid {pid}: {exc}") from exc


def _wait_dead(pid: int, data_dir: Path, timeout: float) -> bool:
    child = CHILDREN.get(pid)
    if child is not None:
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        del CHILDREN[pid]
        return True
    deadline = time.monotonic() + timeout
    while alive(pid, data_dir):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
