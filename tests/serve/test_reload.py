"""Hot reload: a bad model is refused and the old one keeps serving; a good
one is swapped in; requests in flight finish on the model they took."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from serve_support import ADMIN, CRIME_NOTE, HANDLER, THREAT_NOTE, services_of

from model.artifacts import read_manifest, save_artifact
from model.predictor import Predictor
from serve.model_holder import LoadedModel, ModelHolder, ReloadRefused


def copy_model(trained_model_dir: Path, target: Path, version: str | None = None) -> Path:
    shutil.copytree(trained_model_dir, target)
    if version is not None:  # the manifest is not covered by the model checksum
        manifest = json.loads((target / "manifest.json").read_text())
        manifest["version"] = version
        (target / "manifest.json").write_text(json.dumps(manifest))
    return target


def model_version(client) -> str:
    return client.get("/v1/model", headers=HANDLER).json()["model_version"]


def test_corrupt_model_is_refused_and_the_old_one_keeps_serving(sqlite_client, trained_model_dir, tmp_path):
    bad = copy_model(trained_model_dir, tmp_path / "bad", version="should-not-load")
    path = bad / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))

    response = sqlite_client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(bad)})
    assert response.status_code == 409
    detail = response.json()["detail"][0]
    assert detail["field"] == "model_dir" and "SHA-256" in detail["message"]
    assert model_version(sqlite_client) == "test-small"
    served = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()
    assert served["model_version"] == "test-small" and served["degraded"] is False
    assert 'triage_model_reloads_total{outcome="refused"} 1.0' in sqlite_client.get("/metrics").text


def test_missing_model_dir_is_refused(sqlite_client, tmp_path):
    response = sqlite_client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(tmp_path / "nope")})
    assert response.status_code == 409
    assert "manifest not found" in response.json()["detail"][0]["message"]
    assert model_version(sqlite_client) == "test-small"


def test_model_that_fails_its_smoke_prediction_is_refused(sqlite_client, trained_model_dir, tmp_path):
    manifest = read_manifest(trained_model_dir)
    manifest["version"] = "loads-but-cannot-score"
    for key in ("model_sha256", "artifact_format", "model_file"):
        manifest.pop(key)
    save_artifact(tmp_path / "unusable", {"not": "a classifier"}, manifest)  # checksum is fine
    response = sqlite_client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(tmp_path / "unusable")})
    assert response.status_code == 422
    assert "smoke" in response.json()["detail"][0]["message"]
    assert model_version(sqlite_client) == "test-small"


def test_good_model_is_swapped_in(sqlite_client, trained_model_dir, tmp_path):
    newer = copy_model(trained_model_dir, tmp_path / "v2", version="test-small-v2")
    response = sqlite_client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(newer)})
    assert response.status_code == 200, response.text
    assert response.json()["model_version"] == "test-small-v2"
    assert response.json()["previous_model_version"] == "test-small"
    assert model_version(sqlite_client) == "test-small-v2"
    info = sqlite_client.get("/v1/model", headers=HANDLER).json()
    assert info["model_dir"] == str(newer) and info["manifest"]["version"] == "test-small-v2"
    served = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": CRIME_NOTE}).json()
    assert served["model_version"] == "test-small-v2"
    metrics = sqlite_client.get("/metrics").text
    assert 'triage_model_reloads_total{outcome="accepted"} 1.0' in metrics
    assert 'model_version="test-small-v2"' in metrics


def test_reload_without_a_body_uses_the_configured_dir(make_client, tmp_path, trained_model_dir):
    configured = copy_model(trained_model_dir, tmp_path / "configured", version="configured-v3")
    client = make_client(f"sqlite:///{tmp_path / 'a.db'}", model_dir=configured)
    assert model_version(client) == "test-small"  # the injected predictor
    response = client.post("/v1/admin/reload", headers=ADMIN)
    assert response.status_code == 200 and response.json()["model_version"] == "configured-v3"


def test_requests_in_flight_keep_the_model_they_took(sqlite_client, trained_model_dir, tmp_path):
    """A predict blocked inside the old model finishes on it while a reload swaps in the new one."""
    services = services_of(sqlite_client)
    old = services.holder.current
    entered, release = threading.Event(), threading.Event()
    real_predict = old.predictor.predict

    class Gate:
        """Wraps the old predictor: holds the first call until released."""

        def __getattr__(self, name):
            return getattr(old.predictor, name)

        def predict(self, texts, ids=None):
            entered.set()
            assert release.wait(30)
            return real_predict(texts, ids)

    services.holder._current = LoadedModel(Gate(), old.source)  # type: ignore[arg-type]
    results: dict[str, object] = {}

    def in_flight() -> None:
        results["response"] = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE})

    thread = threading.Thread(target=in_flight)
    thread.start()
    assert entered.wait(30)
    newer = copy_model(trained_model_dir, tmp_path / "v2", version="test-small-v2")
    reload = sqlite_client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(newer)})
    assert reload.status_code == 200
    after = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()
    assert after["model_version"] == "test-small-v2"  # not blocked by the request in flight
    release.set()
    thread.join(30)
    first = results["response"]
    assert first.status_code == 200 and first.json()["model_version"] == "test-small"


def test_holder_keeps_the_taken_object_and_refuses_bad_dirs(predictor, trained_model_dir, tmp_path):
    holder = ModelHolder(LoadedModel(predictor, trained_model_dir))
    taken = holder.current
    with pytest.raises(ReloadRefused) as refused:
        holder.reload(tmp_path / "missing")
    assert refused.value.stage == "load" and holder.current is taken
    old, new = holder.reload(copy_model(trained_model_dir, tmp_path / "v2", version="v2"))
    assert old is taken and holder.current is new
    assert taken.predictor.model_version == "test-small" and new.predictor.model_version == "v2"
    assert taken.predict(["bike stolen"], [None])[0].model_version == "test-small"


def test_unusable_configured_model_starts_degraded_and_reload_recovers(make_client, tmp_path, trained_model_dir):
    """A service whose model dir is empty at start serves rules only, then a reload brings the model."""
    client = make_client(f"sqlite:///{tmp_path / 'a.db'}", predictor_=None, model_dir=tmp_path / "empty")
    info = client.get("/v1/model", headers=HANDLER).json()
    assert info["degraded"] is True and "manifest not found" in info["degraded_reason"]
    assert client.get("/readyz").status_code == 503
    body = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()
    assert body["degraded"] is True and body["probabilities"] is None
    reload = client.post("/v1/admin/reload", headers=ADMIN, json={"model_dir": str(trained_model_dir)})
    assert reload.status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()["degraded"] is False


def test_predictor_rules_only_never_passes_the_smoke_test(predictor):
    from serve.model_holder import smoke_test

    smoke_test(predictor)  # the real model passes
    with pytest.raises(ReloadRefused):
        smoke_test(Predictor.rules_only(reason="test"))
