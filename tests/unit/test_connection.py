"""Kafka security settings: SASL_SSL / SCRAM and TLS reach the clients; secrets never show."""

from __future__ import annotations

import logging
import ssl
import subprocess
from pathlib import Path

import faust
import pytest
from pydantic import SecretStr

from tradewire.connection import aiokafka_options, faust_credentials
from tradewire.observability import JsonFormatter
from tradewire.settings import Settings

SECRET = "s3cr3t-pa55word"


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate and key, made with the system's openssl."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=localhost"],
        check=True, capture_output=True,
    )
    return cert, key


def scram(tls: tuple[Path, Path]) -> Settings:
    cert, key = tls
    return Settings(
        security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="wire",
        sasl_password=SecretStr(SECRET), ssl_cafile=cert, ssl_certfile=cert, ssl_keyfile=key,
    )


def test_plaintext_by_default() -> None:
    options = aiokafka_options(Settings(bootstrap_servers="127.0.0.1:1"))
    assert options == {"bootstrap_servers": "127.0.0.1:1", "security_protocol": "PLAINTEXT"}
    assert faust_credentials(Settings()) is None


def test_sasl_ssl_scram_reaches_aiokafka(tls_files: tuple[Path, Path]) -> None:
    options = aiokafka_options(scram(tls_files))
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("wire", SECRET)
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    assert options["ssl_context"].verify_mode == ssl.CERT_REQUIRED


def test_sasl_ssl_scram_reaches_faust(tls_files: tuple[Path, Path]) -> None:
    credentials = faust_credentials(scram(tls_files))
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.username == "wire" and credentials.password == SECRET
    assert str(credentials.mechanism.value) == "SCRAM-SHA-512"
    assert credentials.ssl_context is not None


def test_tls_only_gives_ssl_credentials(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    settings = Settings(security_protocol="SSL", ssl_cafile=cert, ssl_certfile=cert, ssl_keyfile=key)
    assert isinstance(faust_credentials(settings), faust.SSLCredentials)
    assert "sasl_mechanism" not in aiokafka_options(settings)


def test_the_password_never_shows(tls_files: tuple[Path, Path]) -> None:
    settings = scram(tls_files)
    assert SECRET not in repr(settings) and SECRET not in str(settings)
    assert SECRET not in settings.model_dump_json()
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "settings: %s", (settings,), None)
    assert SECRET not in JsonFormatter().format(record)


def test_password_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWIRE_SASL_PASSWORD", SECRET)
    settings = Settings()
    assert settings.sasl_password is not None
    assert settings.sasl_password.get_secret_value() == SECRET
    assert SECRET not in repr(settings)
