"""Constants and helpers shared by the service tests (imported by name: the
tests folder is on sys.path under pytest's default import mode)."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

HANDLER_KEY = "handler-key-0123456789"
QA_KEY = "qa-key-0123456789"
ADMIN_KEY = "admin-key-0123456789"
API_KEYS = f"handler:{HANDLER_KEY},qa:{QA_KEY},admin:{ADMIN_KEY}"
HANDLER = {"X-API-Key": HANDLER_KEY}
QA = {"X-API-Key": QA_KEY}
ADMIN = {"X-API-Key": ADMIN_KEY}

#: Invented notes.
THREAT_NOTE = "male on the wrong side of the bridge railings saying goodbye, has a knife"
WELFARE_NOTE = "pt missed depot injection, no concerns raised, family asking for a welfare check"
CRIME_NOTE = "someone took my bike from the shed overnight, lock cut"


def services_of(client: TestClient) -> Any:
    app: FastAPI = client.app  # type: ignore[assignment]
    return app.state.services
