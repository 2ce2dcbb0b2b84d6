"""`triage serve`: make sure there is a model and keys, migrate, start uvicorn.

With no ``TRIAGE_API_KEYS`` set, a fresh random key per role is made for this
run and printed once to the terminal (and passed to workers through the
environment); set the variable to keep keys across restarts.
"""
from __future__ import annotations

import logging
import os
import secrets

import uvicorn
from pydantic import SecretStr

from serve.roles import Role
from serve.settings import Settings

log = logging.getLogger(__name__)


def generate_keys() -> dict[Role, str]:
    return {role: secrets.token_urlsafe(32) for role in Role}


def _announce_keys(keys: dict[Role, str]) -> None:
    lines = ["TRIAGE_API_KEYS is not set: generated one key per role for this run (send as X-API-Key):"]
    lines += [f"  {role.value:8} {key}" for role, key in keys.items()]
    lines.append("Set TRIAGE_API_KEYS=role:key,... to keep keys across restarts.")
    print("\n".join(lines), flush=True)


def prepare(settings: Settings) -> Settings:
    """Keys, session secret, default model and schema, before any worker starts."""
    from training.default_model import ensure_default_model

    from serve.db import Database

    if not settings.key_roles():
        keys = generate_keys()
        os.environ["TRIAGE_API_KEYS"] = ",".join(f"{role.value}:{key}" for role, key in keys.items())
        _announce_keys(keys)
        settings = settings.model_copy(update={"api_keys": os.environ["TRIAGE_API_KEYS"]})
    if settings.session_secret is None:  # one secret for every worker, so a QA login works on all of them
        os.environ["TRIAGE_SESSION_SECRET"] = secrets.token_urlsafe(32)
        settings = settings.model_copy(update={"session_secret": SecretStr(os.environ["TRIAGE_SESSION_SECRET"])})
    ensure_default_model(settings.model_dir)
    database = Database(settings.database_url)
    try:
        database.ensure_schema()  # once here, so workers starting together find it current
    except Exception as exc:  # noqa: BLE001 - the service starts anyway and reports it in /readyz
        log.error("database not reachable at start-up; predictions will not be audited until it is",
                  extra={"event": "startup", "error_type": type(exc).__name__})
    finally:
        database.dispose()
    return settings


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    """Start the service; returns the exit code when uvicorn stops."""
    from serve.app import create_app
    from serve.logging import configure_logging

    settings = Settings()
    configure_logging(settings.log_level)
    settings = prepare(settings)
    common = {"host": host, "port": port, "log_config": None, "access_log": False,
              "timeout_graceful_shutdown": 30}
    if workers > 1:
        uvicorn.run("serve.app:create_app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(settings), **common)
    return 0
