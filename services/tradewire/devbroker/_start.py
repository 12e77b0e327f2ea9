"""Format (first time) and launch a single-node KRaft broker, then wait until it answers."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import time
from pathlib import Path

from tradewire.devbroker import _config as cfg
from tradewire.devbroker._install import LOG4J2_CONFIG, install, tail
from tradewire.devbroker._process import CHILDREN, Broker, log_paths, status, stop
from tradewire.errors import BrokerError

# C1 only (TieredStopAtLevel=1) starts the broker ~1 s faster; plenty for development loads.
JVM_OPTS = ["-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
JVM_OPTS += ["-Djava.awt.headless=true"]


def start(
    data_dir: Path, port: int | None = None, *, cache_dir: Path | None = None, timeout: float = 60.0
) -> Broker:
    """Start the broker of `data_dir` (formatting it the first time) and wait until it answers.

    A data dir that was formatted before keeps its cluster id, controller port, data and, unless
    `port` says otherwise, its port. If the broker already runs, it is returned as it is.
    """
    data_dir = data_dir.expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path, console_path = log_paths(data_dir)
    state = cfg.State.load(data_dir)
    formatted = (data_dir / cfg.LOG_DIRS / "meta.properties").is_file()
    now = status(data_dir)
    if now.running and now.pid is not None and state is not None:
        if port not in (None, state.port):
            raise BrokerError(f"the broker of {data_dir} already runs at {now.bootstrap}")
        return Broker(f"{cfg.HOST}:{state.port}", now.pid, data_dir, log_path, console_path)
    java = _java()
    lib = install(cache_dir)
    if formatted and state is None:
        raise BrokerError(f"{data_dir} holds Kafka data but no {cfg.STATE_FILE}: delete the dir")
    if state is None or not formatted:
        ports = [p for p in cfg.free_ports(2) if p != port]
        state = cfg.State(port or ports[0], ports[-1], cfg.new_cluster_id())
    elif port is not None:
        state = dataclasses.replace(state, port=port)
    for p in (state.port, state.controller_port):
        if not cfg.port_is_free(p):
            raise BrokerError(f"port {cfg.HOST}:{p} of the broker on {data_dir} is taken")
    state.save(data_dir)
    props = cfg.write_properties(data_dir, state)
    log_path.parent.mkdir(exist_ok=True)
    base = [java, *JVM_OPTS, f"-Dlog4j2.configurationFile={LOG4J2_CONFIG}"]
    base += [f"-Dkafka.logs.dir={log_path.parent}", "-cp", str(lib / "*")]
    if not formatted:
        _format(base, props, state.cluster_id)
    with open(console_path, "ab") as out:
        proc = subprocess.Popen(
            [*base, f"-XX:ErrorFile={log_path.parent}/hs_err_%p.log", "kafka.Kafka", str(props)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            cwd=data_dir, start_new_session=True,
        )  # fmt: skip
    CHILDREN[proc.pid] = proc
    (data_dir / cfg.PID_FILE).write_text(f"{proc.pid}\n", encoding="utf-8")
    broker = Broker(f"{cfg.HOST}:{state.port}", proc.pid, data_dir, log_path, console_path)
    _wait_ready(proc, broker, timeout)
    return broker


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise BrokerError("java is not on PATH (and no JAVA_HOME): Kafka 4 needs Java 17+")
    return java


def _format(base: list[str], props: Path, cluster_id: str) -> None:
    cmd = [*base, "kafka.tools.StorageTool", "format", "--standalone"]
    cmd += ["-t", cluster_id, "-c", str(props)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise BrokerError(
            f"formatting Kafka storage failed (exit {done.returncode}):\n{done.stdout}{done.stderr}"
        )


def _wait_ready(proc: subprocess.Popen[bytes], broker: Broker, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not cfg.metadata_answers(broker.port):
        problem = None
        if proc.poll() is not None:
            problem = f"exited with code {proc.returncode} before answering"
            CHILDREN.pop(proc.pid, None)
            (broker.data_dir / cfg.PID_FILE).unlink(missing_ok=True)
        elif time.monotonic() > deadline:
            problem = f"did not answer a metadata request within {timeout:.0f}s"
            stop(broker.data_dir)
        if problem:
            raise BrokerError(
                f"Kafka broker on {broker.bootstrap} {problem}\n"
                f"--- {broker.console_path} ---\n{tail(broker.console_path, 20)}\n"
                f"--- {broker.log_path} ---\n{tail(broker.log_path)}"
            )
        time.sleep(0.1)
