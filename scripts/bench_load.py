"""Load benchmark on a real broker, side by side in one run: a passthrough baseline and the
tradewire worker (at_least_once, then exactly_once). Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_load.py [--articles 3000] [--rate 100] [--seconds 30]
        [--workers 2]

It starts its own Kafka 4.1.1 broker (tradewire.devbroker, in a tmp dir) and, per run, one
subprocess on fresh topics and a fresh consumer group:

    passthrough   an aiokafka consume -> produce loop, no processing (this file, `passthrough`)
    tradewire     `tradewire worker`, articles -> mentions -> trade-events

and measures, for each:

    throughput  N articles produced as fast as possible; articles/s from the first article
                written to the last article's first output written
    latency     articles offered at a fixed rate for S seconds; per article, the Kafka
                timestamp of its first output record minus that of the article record
                (both CreateTime on this machine's clock): p50, p99, max

An article's output is, for tradewire, the first event version that lists it among its
sources (articles in which the extractor finds no event are left out); for passthrough,
its copy. Everything started is stopped on the way out, whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))
from corpus import Message, generate

from tradewire import devbroker
from tradewire.pipeline import Limits, find_mentions, read_article

TRADEWIRE = str(Path(sys.executable).with_name("tradewire"))
PARTITIONS = 4


@dataclass(frozen=True)
class Figures:
    name: str
    throughput: float  # articles/s
    p50: float  # ms
    p99: float
    worst: float
    measured: int  # articles whose output was seen in the latency run


# --- the passthrough baseline (runs as a subprocess: `bench_load.py passthrough ...`) -------


async def passthrough(bootstrap: str, source: str, sink: str, group: str) -> None:
    """Copy every record of `source` to `sink`, at least once: commit after the copies are
    acknowledged. Runs until SIGTERM."""
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=group,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await consumer.start()
    await producer.start()
    print("Ready", flush=True)
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=100)
            sent = [await producer.send(sink, r.value, key=r.key)
                    for records in batch.values() for r in records]
            if sent:
                await asyncio.gather(*sent)
                await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()


# --- one system under test ------------------------------------------------------------------


class System:
    """A subprocess reading `source` and writing `sink`, on its own topics and group."""

    def __init__(
        self, name: str, bootstrap: str, root: Path, guarantee: str | None, workers: int = 1
    ) -> None:
        tag = uuid.uuid4().hex[:8]
        self.name, self.bootstrap, self.root, self.tag = name, bootstrap, root, tag
        self.source, self.sink = f"in-{tag}", f"out-{tag}"
        self.workers = workers if guarantee else 1  # tradewire scales out; passthrough is one
        self.logs = [root / f"{name}-{tag}-{i}.log" for i in range(self.workers)]
        if guarantee is None:
            cmd = [sys.executable, __file__, "passthrough", bootstrap, self.source, self.sink,
                   f"pt-{tag}"]
            env = dict(os.environ)
        else:
            cmd = [TRADEWIRE, "worker"]
            env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIRE_")}
            env.update(
                TRADEWIRE_BOOTSTRAP_SERVERS=bootstrap, TRADEWIRE_APP_ID=f"bench-{tag}",
                TRADEWIRE_ARTICLES_TOPIC=self.source, TRADEWIRE_EVENTS_TOPIC=self.sink,
                TRADEWIRE_DLQ_TOPIC=f"dlq-{tag}", TRADEWIRE_MENTIONS_TOPIC=f"mentions-{tag}",
                TRADEWIRE_STATE_DIR=str(root / f"state-{tag}"),
                TRADEWIRE_PARTITIONS=str(PARTITIONS), TRADEWIRE_PROCESSING_GUARANTEE=guarantee,
                TRADEWIRE_LOG_LEVEL="info",
            )
        self.topics = [self.source, self.sink] + (
            [env["TRADEWIRE_DLQ_TOPIC"], env["TRADEWIRE_MENTIONS_TOPIC"]] if guarantee else []
        )
        self.cmd, self.env = cmd, env
        self.procs: list[subprocess.Popen[bytes]] = []

    async def start(self, within: float = 90.0) -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(t, PARTITIONS, 1) for t in self.topics])
        finally:
            await admin.close()
        deadline = time.monotonic() + within
        for i, log in enumerate(self.logs):  # one at a time: each joins, the group rebalances
            proc = self._spawn(i)
            while b"Ready" not in log.read_bytes():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{self.name} did not start:\n{self.tail()}")
                await asyncio.sleep(0.1)
        if len(self.logs) > 1:  # worker i goes through the rebalances of the n - i - 1 after it
            while not all(log.read_bytes().count(b"Worker ready") >= len(self.logs) - i
                          for i, log in enumerate(self.logs)):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{self.name}: the group did not settle:\n{self.tail()}")
                await asyncio.sleep(0.1)

    def _spawn(self, i: int) -> subprocess.Popen[bytes]:
        env = dict(self.env)
        if i:  # each worker of the group keeps its own local state
            env["TRADEWIRE_STATE_DIR"] = str(self.root / f"state-{self.tag}-{i}")
        with self.logs[i].open("wb") as out:
            proc = subprocess.Popen(self.cmd, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def tail(self) -> str:
        return "\n".join(line for log in self.logs if log.exists()
                         for line in log.read_text(errors="replace").splitlines()[-30:])

    def stop(self) -> None:
        running = [p for p in self.procs if p.poll() is None]
        for proc in running:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in running:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)


def covered(value: bytes | None, key: bytes | None, passthrough_run: bool) -> Iterable[str]:
    """The article ids an output record stands for."""
    if passthrough_run:
        return [key.decode()] if key else []
    event = orjson.loads(value or b"{}")
    return [s["article_id"] for s in event.get("sources", ())]


async def drive(
    system: System, messages: Sequence[Message], rate: float | None, want: set[str],
    within: float,
) -> tuple[dict[str, int], dict[str, int]]:
    """Produce `messages` (as fast as possible, or at `rate`/s) while reading the sink from
    the start; returns the article record timestamps and each wanted article's first output
    timestamp (ms), once every wanted article has one or the deadline passed."""
    consumer = AIOKafkaConsumer(system.sink, bootstrap_servers=system.bootstrap, group_id=None,
                                auto_offset_reset="earliest", isolation_level="read_committed")
    producer = AIOKafkaProducer(bootstrap_servers=system.bootstrap, acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    sent_at: dict[str, int] = {}
    first_out: dict[str, int] = {}
    passthrough_run = system.name == "passthrough"

    async def read() -> None:
        while not want <= first_out.keys():
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for r in records:
                    for aid in covered(r.value, r.key, passthrough_run):
                        if aid in want and aid not in first_out:
                            first_out[aid] = r.timestamp

    reader = asyncio.create_task(read())
    try:
        began = time.monotonic()
        pending = []
        for number, m in enumerate(messages):
            if rate is not None:
                delay = began + number / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            pending.append((m.article_id or "", await producer.send(system.source, m.value,
                                                                    key=m.key)))
        for aid, future in pending:
            sent_at[aid] = (await future).timestamp
        try:
            await asyncio.wait_for(asyncio.shield(reader), timeout=within)
        except TimeoutError:
            print(f"  {system.name}: {len(want - first_out.keys())} of {len(want)} articles "
                  f"without output after {within:.0f}s", file=sys.stderr)
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)
        await producer.stop()
        await consumer.stop()
    return sent_at, first_out


def eventful(messages: Sequence[Message]) -> set[str]:
    """Article ids in which the extractor finds at least one event (they make an output)."""
    limits = Limits()
    return {m.article_id for m in messages
            if m.article_id and find_mentions(read_article(m.value, limits), limits)}


async def measure(
    name: str, guarantee: str | None, bootstrap: str, root: Path, args: argparse.Namespace,
    workers: int = 1,
) -> Figures:
    burst = generate(args.articles, seed=101, bad_share=0.0).messages
    paced = generate(int(args.rate * args.seconds), seed=202, bad_share=0.0).messages
    want_burst, want_paced = (
        {m.article_id or "" for m in burst}, {m.article_id or "" for m in paced}
    ) if guarantee is None else (eventful(burst), eventful(paced))
    runs = []
    for messages, rate, want in ((burst, None, want_burst), (paced, args.rate, want_paced)):
        system = System(name, bootstrap, root, guarantee, workers)
        try:
            await system.start()
            runs.append(await drive(system, messages, rate, want, within=args.seconds + 120))
        finally:
            system.stop()
    (sent, out), (sent_p, out_p) = runs
    span_ms = max(out.values(), default=0) - min(sent.values())
    latencies = sorted(out_p[a] - sent_p[a] for a in out_p)
    qs = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Figures(name, len(out) / (span_ms / 1000) if span_ms > 0 else 0.0, qs[49], qs[98],
                   max(latencies, default=0), len(latencies))


async def bench(args: argparse.Namespace, root: Path) -> list[Figures]:
    broker = devbroker.start(root / "kafka")
    print(f"broker {broker.bootstrap} (Kafka {devbroker.KAFKA_VERSION}), {os.cpu_count()} CPUs",
          file=sys.stderr)
    results = []
    runs = [("passthrough", None, 1), ("tradewire", "at_least_once", 1),
            ("tradewire-eos", "exactly_once", 1)]
    if args.workers > 1:
        runs.append((f"tradewire x{args.workers}", "at_least_once", args.workers))
    for name, guarantee, workers in runs:
        print(f"measuring {name} ...", file=sys.stderr)
        results.append(await measure(name, guarantee, broker.bootstrap, root, args, workers))
    return results


def report(results: list[Figures], args: argparse.Namespace) -> None:
    print(f"\n{args.articles} articles as fast as possible; {args.rate:.0f} articles/s for "
          f"{args.seconds:.0f} s ({PARTITIONS} partitions, acks=all)")
    print(f"{'system':<14} {'articles/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'measured':>8}")
    for f in results:
        print(f"{f.name:<14} {f.throughput:>10.0f} {f.p50:>8.0f} {f.p99:>8.0f} {f.worst:>8.0f} "
              f"{f.measured:>8}")
    base = results[0]
    for f in results[1:]:
        print(f"{f.name}/passthrough: throughput x{f.throughput / base.throughput:.3f}, "
              f"p50 x{f.p50 / max(base.p50, 1):.1f}, p99 x{f.p99 / max(base.p99, 1):.1f}")
    alo, eos = results[1], results[2]
    print(f"exactly_once/at_least_once: throughput x{eos.throughput / alo.throughput:.2f}, "
          f"p50 +{eos.p50 - alo.p50:.0f} ms, p99 +{eos.p99 - alo.p99:.0f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000, help="throughput run size")
    parser.add_argument("--rate", type=float, default=100.0, help="latency run: articles/s")
    parser.add_argument("--seconds", type=float, default=30.0, help="latency run: duration")
    parser.add_argument("--workers", type=int, default=1,
                        help="also measure this many at_least_once workers in one group")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tradewire-bench-") as tmp:
        root = Path(tmp)
        try:
            results = asyncio.run(bench(args, root))
        finally:
            devbroker.stop(root / "kafka")
    report(results, args)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["passthrough"]:
        asyncio.run(passthrough(*sys.argv[2:6]))
    else:
        sys.exit(main())
