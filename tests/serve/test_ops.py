"""Liveness, readiness, metrics and the OpenAPI description."""
from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families
from serve_support import CRIME_NOTE, HANDLER, THREAT_NOTE


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "alive"}


def test_readyz_when_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert body["checks"]["model"]["ok"] and body["checks"]["database"]["ok"]


def sample(metrics: str, name: str, **labels: str) -> float:
    """The value of the first sample called ``name`` whose labels include ``labels``."""
    for family in text_string_to_metric_families(metrics):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return s.value
    raise AssertionError(f"{name} {labels} not in metrics")


def test_metrics_count_requests_flags_and_recommendations(client, predictor):
    notes = [THREAT_NOTE, CRIME_NOTE, CRIME_NOTE]
    for note in notes:
        assert client.post("/v1/predict", headers=HANDLER, json={"text": note}).status_code == 200
    client.post("/v1/predict", headers=HANDLER, json={"text": ""})
    client.post("/v1/predict/batch", headers=HANDLER, json={"notes": [{"text": CRIME_NOTE}]})
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    metrics = response.text
    assert sample(metrics, "triage_http_requests_total", route="/v1/predict", method="POST", status="200") == 3
    assert sample(metrics, "triage_http_requests_total", route="/v1/predict", method="POST", status="422") == 1
    assert sample(metrics, "triage_http_requests_total", route="/v1/predict/batch", method="POST",
                  status="200") == 1
    assert sample(metrics, "triage_http_request_duration_seconds_count", route="/v1/predict", method="POST",
                  status="200") == 3
    assert sample(metrics, "triage_predictions_total") == 4
    expected = [predictor.predict_one(n) for n in notes + [CRIME_NOTE]]
    for flag in ("threat_to_life", "crime", "welfare_only"):
        assert sample(metrics, "triage_flags_total", flag=flag) == sum(p.flags[flag] for p in expected)
    for recommendation in ("police", "partner", "none", "review"):
        assert sample(metrics, "triage_recommendations_total", recommendation=recommendation) == sum(
            p.recommendation == recommendation for p in expected)
    assert sample(metrics, "triage_degraded_predictions_total") == 0
    assert sample(metrics, "triage_model_info", model_version="test-small") == 1


def test_metrics_use_route_templates_not_raw_paths(client):
    client.get("/v1/no/such/thing/123")
    metrics = client.get("/metrics").text
    assert 'route="unmatched"' in metrics
    assert "/v1/no/such" not in metrics


def test_two_apps_in_one_process_keep_their_own_metrics(make_client, tmp_path):
    first = make_client(f"sqlite:///{tmp_path / 'a.db'}")
    second = make_client(f"sqlite:///{tmp_path / 'b.db'}")
    first.post("/v1/predict", headers=HANDLER, json={"text": CRIME_NOTE})
    assert sample(first.get("/metrics").text, "triage_predictions_total") == 1
    assert sample(second.get("/metrics").text, "triage_predictions_total") == 0


def test_openapi_documents_every_route_and_the_error_shape(sqlite_client):
    spec = sqlite_client.get("/openapi.json").json()
    for path in ("/v1/predict", "/v1/predict/batch", "/v1/feedback", "/v1/model", "/v1/admin/reload",
                 "/healthz", "/readyz", "/metrics"):
        assert path in spec["paths"], path
    assert "ErrorResponse" in spec["components"]["schemas"]
    predict = spec["paths"]["/v1/predict"]["post"]["responses"]
    assert {"200", "401", "403", "422"} <= set(predict)
    assert "413" in spec["paths"]["/v1/predict/batch"]["post"]["responses"]
    assert "404" in spec["paths"]["/v1/feedback"]["post"]["responses"]
    assert sqlite_client.get("/docs").status_code == 200
