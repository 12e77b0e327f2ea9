"""docker-compose.yml cannot run here (no Docker engine); this keeps it honest: its commands,
topic names and settings are ones the CLI and Settings really accept."""

from pathlib import Path

import yaml

from tradewire.cli import parser
from tradewire.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_worker_command_is_a_cli_command() -> None:
    command = COMPOSE["services"]["tradewire"]["command"]
    assert parser().parse_args(command).command == "worker"


def test_worker_settings_are_known_settings_with_default_topics() -> None:
    env = COMPOSE["services"]["tradewire"]["environment"]
    known = {f"TRADEWIRE_{name.upper()}" for name in Settings.model_fields}
    assert set(env) <= known, set(env) - known
    defaults = Settings()
    assert env["TRADEWIRE_ARTICLES_TOPIC"] == defaults.articles_topic
    assert env["TRADEWIRE_DLQ_TOPIC"] == defaults.dlq_topic
    assert env["TRADEWIRE_EVENTS_TOPIC"] == defaults.events_topic


def test_worker_reaches_the_broker_it_declares() -> None:
    kafka = COMPOSE["services"]["kafka"]
    bootstrap = COMPOSE["services"]["tradewire"]["environment"]["TRADEWIRE_BOOTSTRAP_SERVERS"]
    assert bootstrap in kafka["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert "kafka" in COMPOSE["services"]["tradewire"]["depends_on"]


def test_kafka_image_matches_the_broker_tests_run_on() -> None:
    from tradewire.devbroker import KAFKA_VERSION

    assert COMPOSE["services"]["kafka"]["image"] == f"apache/kafka:{KAFKA_VERSION}"


def test_dockerfile_runs_the_cli() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["tradewire"]' in dockerfile
