"""Predict, batch predict and model info, on SQLite and PostgreSQL, with the
audit rows read back from the database."""
from __future__ import annotations

import hashlib
import uuid

from serve_support import ADMIN, CRIME_NOTE, HANDLER, QA, THREAT_NOTE, WELFARE_NOTE, services_of

from model.artifacts import read_manifest
from serve.storage import get_prediction

FLAGS = {"threat_to_life", "crime", "welfare_only"}


def test_predict_answers_the_documented_shape(client, predictor):
    response = client.post("/v1/predict", headers=HANDLER,
                           json={"text": THREAT_NOTE, "id": "note-1", "metadata": {"incident": "X1", "n": 2}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert uuid.UUID(body["prediction_id"]).version == 4
    assert body["id"] == "note-1"
    assert set(body["flags"]) == FLAGS and all(isinstance(v, bool) for v in body["flags"].values())
    assert set(body["probabilities"]) == FLAGS
    assert all(0.0 <= p <= 1.0 for p in body["probabilities"].values())
    assert body["recommendation"] in {"police", "partner", "none", "review"}
    assert isinstance(body["reasons"], list) and all("kind" in r for r in body["reasons"])
    assert body["model_version"] == predictor.model_version == "test-small"
    assert body["rules_version"] == predictor.rules_version
    assert body["degraded"] is False and body["degraded_reason"] is None
    assert body["audit_stored"] is True
    assert response.headers["x-request-id"]


def test_predict_agrees_with_the_in_process_predictor(client, predictor):
    for note in (THREAT_NOTE, WELFARE_NOTE, CRIME_NOTE):
        body = client.post("/v1/predict", headers=HANDLER, json={"text": note}).json()
        expected = predictor.predict_one(note)
        assert body["flags"] == expected.flags
        assert body["recommendation"] == expected.recommendation
        assert body["probabilities"] == expected.probabilities
        assert body["reasons"] == expected.reasons


def test_predict_is_audited_with_text_hash_and_metadata(client):
    body = client.post("/v1/predict", headers=HANDLER,
                       json={"text": WELFARE_NOTE, "id": "n-7", "metadata": {"force": "XYZ", "tags": [1, "a"]}}).json()
    with services_of(client).database.session() as session:
        row = get_prediction(session, body["prediction_id"])
        assert row is not None
        assert row.text == WELFARE_NOTE
        assert row.text_sha256 == hashlib.sha256(WELFARE_NOTE.encode()).hexdigest()
        assert row.note_id == "n-7"
        assert row.meta == {"force": "XYZ", "tags": [1, "a"]}
        assert [row.flag_threat_to_life, row.flag_crime, row.flag_welfare_only] == [
            body["flags"]["threat_to_life"], body["flags"]["crime"], body["flags"]["welfare_only"]]
        assert row.recommendation == body["recommendation"]
        assert row.probabilities == body["probabilities"]
        assert row.reasons == body["reasons"]
        assert row.model_version == "test-small" and row.rules_version == body["rules_version"]
        assert row.degraded is False and row.api_key_role == "handler"
        assert row.created_at is not None


def test_batch_answers_each_note_in_order(client, predictor):
    notes = [{"id": f"b{i}", "text": t} for i, t in enumerate([CRIME_NOTE, THREAT_NOTE, WELFARE_NOTE, CRIME_NOTE])]
    response = client.post("/v1/predict/batch", headers=HANDLER, json={"notes": notes})
    assert response.status_code == 200, response.text
    predictions = response.json()["predictions"]
    assert [p["id"] for p in predictions] == ["b0", "b1", "b2", "b3"]
    assert len({p["prediction_id"] for p in predictions}) == 4
    assert all(p["audit_stored"] for p in predictions)
    for note, p in zip(notes, predictions):
        assert p["flags"] == predictor.predict_one(note["text"]).flags
    with services_of(client).database.session() as session:
        for note, p in zip(notes, predictions):
            assert get_prediction(session, p["prediction_id"]).text == note["text"]


def test_batch_ids_are_optional(client):
    response = client.post("/v1/predict/batch", headers=HANDLER, json={"notes": [{"text": CRIME_NOTE}]})
    assert response.status_code == 200
    assert response.json()["predictions"][0]["id"] is None


def test_batch_over_the_limit_is_413_naming_notes(make_client, db_url):
    client = make_client(db_url, max_batch=3)
    notes = [{"text": CRIME_NOTE}] * 4
    response = client.post("/v1/predict/batch", headers=HANDLER, json={"notes": notes})
    assert response.status_code == 413
    detail = response.json()["detail"][0]
    assert detail["field"] == "notes" and "limit is 3" in detail["message"]
    assert client.post("/v1/predict/batch", headers=HANDLER, json={"notes": notes[:3]}).status_code == 200


def test_default_batch_limit_is_256(sqlite_client):
    notes = [{"text": "bike stolen"}] * 257
    assert sqlite_client.post("/v1/predict/batch", headers=HANDLER, json={"notes": notes}).status_code == 413


def test_model_info_reports_the_manifest_and_rules(client, trained_model_dir, predictor):
    for headers in (HANDLER, QA, ADMIN):
        body = client.get("/v1/model", headers=headers).json()
        assert body["manifest"] == read_manifest(trained_model_dir)
        assert body["model_version"] == "test-small"
        assert body["rules_version"] == predictor.rules_version
        assert body["degraded"] is False and body["degraded_reason"] is None
