"""Fetch the Kafka broker jars with Maven into a cache outside the repository."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tradewire.errors import BrokerError

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
LOG4J2_CONFIG = HERE / "log4j2.xml"
_MVN_TIMEOUT_S = 900.0


def _kafka_version() -> str:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.parse(POM).getroot().find("m:properties/m:kafka.version", ns)
    if node is None or not node.text:
        raise BrokerError(f"{POM} has no <kafka.version> property")
    return node.text.strip()


KAFKA_VERSION = _kafka_version()


def default_cache_dir() -> Path:
    """`$TRADEWIRE_KAFKA_HOME`, else `~/.cache/tradewire/kafka-<version>`."""
    env = os.environ.get("TRADEWIRE_KAFKA_HOME")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tradewire" / f"kafka-{KAFKA_VERSION}"


def tail(path: Path, lines: int = 40) -> str:
    """The last `lines` lines of a text file, or '' when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def install(cache_dir: Path | None = None) -> Path:
    """Make sure the broker jars are in `cache_dir`/lib; return that lib dir.

    Idempotent: a stamp file holding the pom's hash marks a finished install, so a
    second call costs nothing and a changed pom installs again. Concurrent callers
    (two test sessions) serialise on a lock file.
    """
    cache = (cache_dir or default_cache_dir()).expanduser().resolve()
    lib, stamp = cache / "lib", cache / "installed.stamp"
    pom_bytes = POM.read_bytes()
    digest = hashlib.sha256(pom_bytes).hexdigest()
    if _installed(lib, stamp, digest):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven (mvn) is not on PATH: it is needed once to fetch the Kafka jars")
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _installed(lib, stamp, digest):
            return lib
        stamp.unlink(missing_ok=True)
        staging = cache / "lib.partial"
        shutil.rmtree(staging, ignore_errors=True)
        (cache / "pom.xml").write_bytes(pom_bytes)
        cmd = [
            mvn, "-q", "-B", "-f", str(cache / "pom.xml"),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={staging}", "-DincludeScope=runtime",
        ]  # fmt: skip
        try:
            done = subprocess.run(
                cmd, capture_output=True, text=True, timeout=_MVN_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise BrokerError(f"mvn did not finish in {_MVN_TIMEOUT_S:.0f}s: {cmd}") from exc
        if done.returncode != 0:
            out = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
            raise BrokerError(f"mvn failed (exit {done.returncode}) fetching Kafka jars:\n{out}")
        if not (staging / f"kafka_2.13-{KAFKA_VERSION}.jar").is_file():
            raise BrokerError(f"mvn succeeded but no kafka_2.13-{KAFKA_VERSION}.jar in {staging}")
        shutil.rmtree(lib, ignore_errors=True)
        staging.rename(lib)
        stamp.write_text(digest + "\n", encoding="utf-8")
    return lib


def _installed(lib: Path, stamp: Path, digest: str) -> bool:
    try:
        return stamp.read_text(encoding="utf-8").strip() == digest and lib.is_dir()
    except OSError:
        return False
