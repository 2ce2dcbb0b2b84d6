"""Faults: a model that fails (the rules answer, degraded), a database that is
down (predictions still answered, audit_stored false, /readyz 503), and an
unexpected error (a JSON 500, and the service keeps serving)."""
from __future__ import annotations

import copy
import json
import dataclasses
import socket
from pathlib import Path

import pytest
from serve_support import HANDLER, THREAT_NOTE, WELFARE_NOTE, services_of
from sqlalchemy.orm import sessionmaker

from serve.db import make_engine

SECRET = "Ottoline Fairweather-Nakamura"


class ExplodingModel:
    """Stands in for the classifier: any use raises."""

    def __getattr__(self, name):
        raise RuntimeError(f"model broken while reading {name}")


@pytest.fixture
def broken_predictor(predictor):
    """The shared predictor's rules and pipeline, with a model that raises on every note."""
    broken = copy.copy(predictor)
    broken.artifact = dataclasses.replace(predictor.artifact, model=ExplodingModel())
    return broken


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the socket is


def down_url(kind: str, tmp_path: Path) -> str:
    if kind == "postgres":
        return f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/nowhere"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return f"sqlite:///{blocker / 'triage.db'}"  # its folder cannot exist


def test_model_failure_degrades_to_the_rules(make_client, db_url, broken_predictor, predictor):
    client = make_client(db_url, predictor_=broken_predictor)
    response = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE})
    assert response.status_code == 200
    body = response.json()
    assert body["degraded"] is True and body["probabilities"] is None
    assert "model error" in body["degraded_reason"]
    rules = predictor.rules.apply(next(predictor.nlp.pipe([THREAT_NOTE])))
    assert body["recommendation"] == ("police" if rules.fired else "review")
    assert {flag for flag, raised in body["flags"].items() if raised} == set(rules.raised_flags)
    assert body["flags"]["welfare_only"] is False
    assert body["audit_stored"] is True
    batch = client.post("/v1/predict/batch", headers=HANDLER,
                        json={"notes": [{"text": THREAT_NOTE}, {"text": WELFARE_NOTE}]}).json()
    assert [p["degraded"] for p in batch["predictions"]] == [True, True]
    metrics = client.get("/metrics").text
    assert "triage_degraded_predictions_total 3.0" in metrics


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_database_down_from_the_start(make_client, tmp_path, kind):
    client = make_client(down_url(kind, tmp_path))
    response = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE})
    assert response.status_code == 200
    assert response.json()["audit_stored"] is False
    assert response.json()["flags"] and response.json()["degraded"] is False
    batch = client.post("/v1/predict/batch", headers=HANDLER, json={"notes": [{"text": THREAT_NOTE}]})
    assert batch.status_code == 200 and batch.json()["predictions"][0]["audit_stored"] is False
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"]["ok"] is False
    assert ready.json()["checks"]["model"]["ok"] is True
    feedback = client.post("/v1/feedback", headers=HANDLER,
                           json={"prediction_id": response.json()["prediction_id"], "decision": "police"})
    assert feedback.status_code == 503 and feedback.json()["detail"][0]["field"] == "database"
    assert client.get("/healthz").status_code == 200
    assert "triage_audit_write_failures_total 2.0" in client.get("/metrics").text


def test_database_going_down_after_start(client, tmp_path):
    assert client.get("/readyz").status_code == 200
    before = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()
    assert before["audit_stored"] is True
    database = services_of(client).database
    database.engine.dispose()
    database.engine = make_engine(down_url("postgres", tmp_path))
    database.sessions = sessionmaker(database.engine, expire_on_commit=False)
    after = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE})
    assert after.status_code == 200 and after.json()["audit_stored"] is False
    assert after.json()["flags"] == before["flags"]
    assert client.get("/readyz").status_code == 503


def test_unexpected_error_is_a_json_500_without_the_note(sqlite_client, monkeypatch, caplog):
    services = services_of(sqlite_client)

    def explode(predictions):
        raise RuntimeError(f"failed on {SECRET}")

    monkeypatch.setattr(services.metrics, "observe_predictions", explode)
    with caplog.at_level("DEBUG"):
        response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": f"{SECRET} has a knife"})
    assert response.status_code == 500
    body = response.json()
    assert body["detail"][0]["type"] == "internal_error"
    assert SECRET not in response.text
    assert response.headers["x-request-id"] in body["detail"][0]["message"]
    monkeypatch.undo()
    assert sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).status_code == 200
    assert 'route="/v1/predict",status="500"' in sqlite_client.get("/metrics").text
    from serve.logging import JsonFormatter

    formatter = JsonFormatter()
    failures = [r for r in caplog.records if r.getMessage() == "request failed"]
    assert len(failures) == 1
    assert '"error_type": "RuntimeError"' in formatter.format(failures[0])
    assert json.loads(formatter.format(failures[0]))["frames"]
    for record in caplog.records:
        assert SECRET not in formatter.format(record)
        assert SECRET not in repr(record.__dict__)  # not even in exc_info, for any other handler
