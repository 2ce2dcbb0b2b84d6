"""Feedback is acknowledged only once committed, and reads back from both stores."""
from __future__ import annotations

import pytest
from serve_support import ADMIN, CRIME_NOTE, HANDLER, THREAT_NOTE, services_of

from serve.storage import feedback_for, get_feedback


def predict(client, text=THREAT_NOTE) -> str:
    response = client.post("/v1/predict", headers=HANDLER, json={"text": text})
    assert response.status_code == 200 and response.json()["audit_stored"] is True
    return response.json()["prediction_id"]


def test_feedback_with_flags_decision_and_comment_is_stored(client):
    prediction_id = predict(client)
    final = {"threat_to_life": True, "crime": False, "welfare_only": False}
    response = client.post("/v1/feedback", headers=HANDLER,
                           json={"prediction_id": prediction_id, "flags": final, "decision": "police",
                                 "comment": "attended, person safe"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["prediction_id"] == prediction_id and body["feedback_id"] and body["created_at"]
    with services_of(client).database.session() as session:
        row = get_feedback(session, body["feedback_id"])
        assert row is not None
        assert (row.flag_threat_to_life, row.flag_crime, row.flag_welfare_only) == (True, False, False)
        assert row.decision == "police" and row.comment == "attended, person safe"
        assert row.api_key_role == "handler" and row.prediction_id == prediction_id


def test_feedback_with_decision_only_or_flags_only(client):
    prediction_id = predict(client, CRIME_NOTE)
    decision_only = client.post("/v1/feedback", headers=HANDLER,
                                json={"prediction_id": prediction_id, "decision": "partner"})
    flags_only = client.post("/v1/feedback", headers=ADMIN,
                             json={"prediction_id": prediction_id,
                                   "flags": {"threat_to_life": False, "crime": True, "welfare_only": False}})
    assert decision_only.status_code == 201 and flags_only.status_code == 201
    with services_of(client).database.session() as session:
        rows = {r.id: r for r in feedback_for(session, prediction_id)}
    first, second = rows[decision_only.json()["feedback_id"]], rows[flags_only.json()["feedback_id"]]
    assert len(rows) == 2
    assert first.decision == "partner" and first.flag_crime is None and first.comment is None
    assert second.decision is None and second.flag_crime is True and second.api_key_role == "admin"


def test_feedback_survives_a_new_app_on_the_same_database(client, make_client, db_url):
    prediction_id = predict(client)
    feedback_id = client.post("/v1/feedback", headers=HANDLER,
                              json={"prediction_id": prediction_id, "decision": "none"}).json()["feedback_id"]
    restarted = make_client(db_url)
    with services_of(restarted).database.session() as session:
        assert get_feedback(session, feedback_id).decision == "none"


def test_unknown_prediction_id_is_404_naming_the_field(client):
    response = client.post("/v1/feedback", headers=HANDLER,
                           json={"prediction_id": "6f1c2b1e-0000-4000-8000-000000000000", "decision": "police"})
    assert response.status_code == 404
    assert response.json()["detail"][0]["field"] == "prediction_id"


def test_neither_flags_nor_decision_is_422(client):
    prediction_id = predict(client)
    response = client.post("/v1/feedback", headers=HANDLER, json={"prediction_id": prediction_id,
                                                                  "comment": "no idea"})
    assert response.status_code == 422
    assert "flags" in response.json()["detail"][0]["message"]
    assert "decision" in response.json()["detail"][0]["message"]


@pytest.mark.parametrize("body,field", [
    ({"decision": "police"}, "prediction_id"),
    ({"prediction_id": 7, "decision": "police"}, "prediction_id"),
    ({"prediction_id": "p", "decision": "review"}, "decision"),
    ({"prediction_id": "p", "decision": "maybe"}, "decision"),
    ({"prediction_id": "p", "flags": {"threat_to_life": True, "crime": False}}, "flags.welfare_only"),
    ({"prediction_id": "p", "flags": {"threat_to_life": "yes", "crime": False, "welfare_only": False}},
     "flags.threat_to_life"),
    ({"prediction_id": "p", "flags": {"threat_to_life": 1, "crime": False, "welfare_only": False}},
     "flags.threat_to_life"),
    ({"prediction_id": "p", "flags": ["police"]}, "flags"),
    ({"prediction_id": "p", "decision": "police", "comment": 5}, "comment"),
    ({"prediction_id": "p", "decision": "police", "comment": "x" * 4001}, "comment"),
], ids=["no-id", "int-id", "review-is-not-a-decision", "bad-decision", "flag-missing", "flag-str", "flag-int",
        "flags-list", "comment-int", "comment-long"])
def test_bad_feedback_is_422_naming_the_field(sqlite_client, body, field):
    response = sqlite_client.post("/v1/feedback", headers=HANDLER, json=body)
    assert response.status_code == 422, response.text
    assert [d["field"] for d in response.json()["detail"]] == [field]
