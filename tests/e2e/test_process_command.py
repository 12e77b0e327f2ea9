"""`tradewire process` as a user runs it: JSON Lines in, events out, nothing else on stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]
TRADEWIRE = str(Path(sys.executable).with_name("tradewire"))


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([TRADEWIRE, *args], input=stdin, capture_output=True, timeout=120)


def finals(lines: bytes) -> dict[str, dict[str, object]]:
    latest: dict[str, dict[str, object]] = {}
    for line in lines.splitlines():
        event = orjson.loads(line)
        if event["event_id"] not in latest or event["version"] > latest[event["event_id"]]["version"]:
            latest[event["event_id"]] = event
    return {k: v for k, v in latest.items() if not v["merged_into"]}


def test_examples_give_consolidated_events_on_stdout() -> None:
    done = run("process", "--input", str(ROOT / "examples" / "articles.jsonl"), "--output", "-")
    assert done.returncode == 0, done.stderr.decode()
    events = finals(done.stdout)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for event in events.values():
        by_type.setdefault(str(event["type"]), []).append(event)
    (call,) = by_type["leader_call"]
    assert call["countries"] == ["CAN", "JPN"] and call["date"] == "2025-11-11"
    assert {s["article_id"] for s in call["sources"]} == {"ex-001", "ex-002"}
    (talks,) = by_type["trade_talks"]
    assert talks["countries"] == ["EUU", "IND"] and talks["location"] == "Brussels"
    assert talks["date"] == "2025-11-17"
    (control,) = by_type["export_control"]
    assert (control["initiator"], control["target"]) == ("NLD", "CHN")
    assert any(c.startswith("semiconductor") for c in control["commodities"])


def test_same_input_same_output_and_file_output(tmp_path: Path) -> None:
    source = ROOT / "examples" / "articles.jsonl"
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("process", "--input", str(source), "--output", str(first)).returncode == 0
    piped = run("process", "--input", "-", "--output", str(second), stdin=source.read_bytes())
    assert piped.returncode == 0 and piped.stdout == b""
    assert first.read_bytes() == second.read_bytes() != b""


def test_bad_lines_are_reported_on_stderr_and_skipped() -> None:
    good = (ROOT / "examples" / "articles.jsonl").read_bytes().splitlines()[0]
    done = run("process", "--input", "-", "--output", "-", stdin=b"{oops\n" + good + b"\n")
    assert done.returncode == 0
    assert b"line 1: not_json" in done.stderr
    assert finals(done.stdout), "the good line after the bad one is still processed"
    strict = run("process", "--strict", "--input", "-", "--output", "-", stdin=b"{oops\n")
    assert strict.returncode == 1
