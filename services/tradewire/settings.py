"""Settings, read once at start-up from the environment (prefix `TRADEWIRE_`) or a `.env` file.

    TRADEWIRE_BOOTSTRAP_SERVERS=127.0.0.1:9092 tradewire worker
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from tradewire.pipeline import Consolidator, Limits


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TRADEWIRE_", env_file=".env", extra="ignore", frozen=True
    )

    # Kafka
    bootstrap_servers: str = "127.0.0.1:9092"
    app_id: str = "tradewire"
    articles_topic: str = "articles"
    dlq_topic: str = "articles.dlq"
    mentions_topic: str = "tradewire-mentions"
    events_topic: str = "trade-events"
    partitions: int = Field(default=4, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    from_beginning: bool = True
    # How soon a crashed worker's partitions go to another: faust's default is 60 s.
    session_timeout: float = Field(default=10.0, gt=0)
    heartbeat_interval: float = Field(default=3.0, gt=0)

    # Security (SASL_SSL / SCRAM / TLS); credentials never logged.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-512"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    # State
    state_dir: Path = Path("var/state")
    store: Literal["rocksdb", "memory"] = "rocksdb"
    # Events neither dated nor reported within this many days of the newest article in their
    # block are evicted. 365, not 90: wires refer back to measures many months old ("the
    # April tariffs"), and an evicted event mentioned again would be announced twice.
    eviction_window_days: int = Field(default=365, ge=1)

    # Limits (over them: the article goes to the DLQ with the reason)
    max_article_bytes: int = Field(default=1_000_000, ge=1)
    max_mentions_per_article: int = Field(default=200, ge=1)

    # Observability
    web_port: int = Field(default=6066, ge=0)
    web_enabled: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["text", "json"] = "text"
    metrics_interval: float = Field(default=15.0, gt=0)

    def limits(self) -> Limits:
        return Limits(self.max_article_bytes, self.max_mentions_per_article)

    def consolidator(self) -> Consolidator:
        """An empty offline consolidator with this configuration's eviction window."""
        return Consolidator(window_days=self.eviction_window_days)


def load_settings(**overrides: object) -> Settings:
    """The one place settings are read; overrides win over the environment."""
    return Settings(**overrides)  # type: ignore[arg-type]
