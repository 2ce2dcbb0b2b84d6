"""Every role rule: 401 without or with a wrong key, 403 for the wrong role,
success for the right role, and admin allowed everywhere."""
from __future__ import annotations

import pytest
from serve_support import ADMIN, CRIME_NOTE, HANDLER, QA

from serve.auth import KeyStore
from serve.roles import Role

PREDICT = ("POST", "/v1/predict", {"text": CRIME_NOTE})
BATCH = ("POST", "/v1/predict/batch", {"notes": [{"id": "a", "text": CRIME_NOTE}]})
FEEDBACK = ("POST", "/v1/feedback", {"prediction_id": "00000000-0000-0000-0000-000000000000", "decision": "police"})
MODEL = ("GET", "/v1/model", None)
RELOAD = ("POST", "/v1/admin/reload", None)
PROTECTED = [PREDICT, BATCH, FEEDBACK, MODEL, RELOAD]


def call(client, route, headers=None):
    method, path, body = route
    return client.request(method, path, json=body, headers=headers or {})


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r[0]} {r[1]}")
def test_missing_key_is_401_naming_the_header(sqlite_client, route):
    response = call(sqlite_client, route)
    assert response.status_code == 401
    assert response.json()["detail"][0]["field"] == "X-API-Key"
    assert "required" in response.json()["detail"][0]["message"]


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r[0]} {r[1]}")
@pytest.mark.parametrize("key", ["not-a-key-at-all", "handler-key-0123456788", "", "handler-key-0123456789x"])
def test_wrong_key_is_401(sqlite_client, route, key):
    response = call(sqlite_client, route, {"X-API-Key": key})
    assert response.status_code == 401
    assert response.json()["detail"][0]["field"] == "X-API-Key"


@pytest.mark.parametrize("route,headers", [(PREDICT, QA), (BATCH, QA), (FEEDBACK, QA), (RELOAD, HANDLER),
                                           (RELOAD, QA)], ids=["predict-qa", "batch-qa", "feedback-qa",
                                                               "reload-handler", "reload-qa"])
def test_wrong_role_is_403(sqlite_client, route, headers):
    response = call(sqlite_client, route, headers)
    assert response.status_code == 403
    body = response.json()["detail"][0]
    assert body["field"] == "X-API-Key" and body["type"] == "forbidden_role"


@pytest.mark.parametrize("headers", [HANDLER, ADMIN], ids=["handler", "admin"])
def test_handler_routes_allow_handler_and_admin(sqlite_client, headers):
    predicted = call(sqlite_client, PREDICT, headers)
    assert predicted.status_code == 200
    assert call(sqlite_client, BATCH, headers).status_code == 200
    feedback = sqlite_client.post("/v1/feedback", headers=headers,
                                  json={"prediction_id": predicted.json()["prediction_id"], "decision": "police"})
    assert feedback.status_code == 201
    assert call(sqlite_client, FEEDBACK, headers).status_code == 404  # authorised, but the id is unknown


@pytest.mark.parametrize("headers", [HANDLER, QA, ADMIN], ids=["handler", "qa", "admin"])
def test_model_info_allows_every_role(sqlite_client, headers):
    assert call(sqlite_client, MODEL, headers).status_code == 200


def test_reload_allows_admin(sqlite_client):
    response = call(sqlite_client, RELOAD, ADMIN)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/docs", "/openapi.json"])
def test_operational_routes_need_no_key(sqlite_client, path):
    assert sqlite_client.get(path).status_code == 200


def test_no_configured_keys_means_everything_protected_is_refused(make_client, tmp_path):
    client = make_client(f"sqlite:///{tmp_path / 'x.db'}", api_keys=None)
    for route in PROTECTED:
        assert call(client, route, HANDLER).status_code == 401
    assert client.get("/healthz").status_code == 200


def test_openapi_declares_the_key_header(sqlite_client):
    schemes = sqlite_client.get("/openapi.json").json()["components"]["securitySchemes"]
    assert any(s.get("in") == "header" and s.get("name") == "X-API-Key" for s in schemes.values())


def test_keystore_matches_exactly():
    store = KeyStore({"k" * 20: Role.HANDLER, "a" * 20: Role.ADMIN})
    assert store.role_for("k" * 20) is Role.HANDLER
    assert store.role_for("a" * 20) is Role.ADMIN
    assert store.role_for("k" * 19) is None
    assert store.role_for("k" * 21) is None
    assert KeyStore({}).role_for("anything") is None
