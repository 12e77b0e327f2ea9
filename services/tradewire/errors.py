"""The exception hierarchy.

    TradewireError
     ├── BadArticleError        input that is not an article: goes to the DLQ with `reason`
     ├── LimitExceededError     an article over a configured limit: DLQ too (a BadArticleError)
     ├── ConfigError            settings that cannot work
     ├── BrokerError            the development broker cannot be installed, started or stopped
     └── BrokerUnavailableError the Kafka cluster did not acknowledge what a command sent
"""

from __future__ import annotations


class TradewireError(Exception):
    """Root of every error tradewire raises on purpose."""


class BadArticleError(TradewireError):
    """A message that is not a valid article. `reason` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class LimitExceededError(BadArticleError):
    """An article beyond a configured limit (size, mentions)."""


class ConfigError(TradewireError):
    """Settings that cannot work."""


class BrokerError(TradewireError):
    """The development Kafka broker could not be installed, started or stopped."""


class BrokerUnavailableError(TradewireError):
    """The Kafka cluster did not acknowledge what a command sent, after retries."""
