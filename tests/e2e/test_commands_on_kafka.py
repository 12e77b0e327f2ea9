"""The user's path through the commands, on a broker started with `tradewire kafka`:
kafka start -> worker -> feed -> tail -> kafka status/stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[2]
TRADEWIRE = str(Path(sys.executable).with_name("tradewire"))


def run(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TRADEWIRE, *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def finals(lines: str) -> dict[str, tuple[object, ...]]:
    """Final event per id (highest version), as what does not depend on arrival order."""
    latest: dict[str, dict[str, Any]] = {}
    for line in lines.splitlines():
        e = orjson.loads(line)
        if e["event_id"] not in latest or e["version"] > latest[e["event_id"]]["version"]:
            latest[e["event_id"]] = e
    return {
        k: (e["type"], e["countries"], e["date"], sorted(s["article_id"] for s in e["sources"]))
        for k, e in latest.items() if not e["merged_into"]
    }


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIRE_")}
    data = tmp_path / "kafka"
    started = run("kafka", "start", "--data-dir", str(data), env=env)
    assert started.returncode == 0, started.stderr
    env |= {"TRADEWIRE_BOOTSTRAP_SERVERS": started.stdout.strip(),
            "TRADEWIRE_STATE_DIR": str(tmp_path / "state"), "TRADEWIRE_PARTITIONS": "2"}
    try:
        yield data, env
    finally:
        run("kafka", "stop", "--data-dir", str(data), env=env)


def test_kafka_worker_feed_tail(broker: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data, env = broker
    status = run("kafka", "status", "--data-dir", str(data), env=env)
    assert status.returncode == 0 and env["TRADEWIRE_BOOTSTRAP_SERVERS"] in status.stdout

    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen([TRADEWIRE, "worker"], env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while b"Ready" not in (tmp_path / "worker.log").read_bytes():
            assert worker.poll() is None and time.monotonic() < deadline, "worker not ready"
            time.sleep(0.2)
        fed = run("feed", "--quiet", str(ROOT / "examples" / "articles.jsonl"), env=env)
        assert fed.returncode == 0 and "published 5 articles to articles" in fed.stderr
        offline = run("process", "--input", str(ROOT / "examples" / "articles.jsonl"),
                      "--output", "-", env=env)
        tail = run("tail", "--json", "--idle-timeout", "10", env=env)
        assert tail.returncode == 0, tail.stderr
        assert finals(tail.stdout) == finals(offline.stdout) != {}
        readable = run("tail", "--max", "1", "--idle-timeout", "10", env=env)
        assert " v1 new " in readable.stdout
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        assert worker.wait(60) == 0
        log.close()

    assert run("kafka", "stop", "--data-dir", str(data), env=env).returncode == 0
    stopped = run("kafka", "status", "--data-dir", str(data), env=env)
    assert "running" not in stopped.stdout.replace("not running", "")
