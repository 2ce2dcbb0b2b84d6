"""Property-based fuzzing of the write endpoints on the real app (SQLite).

Whatever the body, the service answers with no 5xx, and every 4xx has the
documented error shape ``{"detail": [{"field": str, "message": str, ...}]}``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from robust_support import API_KEYS, HANDLER

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])

# Any Unicode but lone surrogates (a JSON encoder cannot send them as UTF-8).
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
scalars = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False) | text
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(text, inner, max_size=4), max_leaves=12)


def field_dict(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects that mostly use the real field names with plausible or arbitrary values, plus stray keys."""
    known = st.fixed_dictionaries({}, optional={k: v | json_values for k, v in fields.items()})
    extra = st.dictionaries(text, json_values, max_size=2)
    return st.builds(lambda a, b: {**b, **a}, known, extra | st.just({}))


note_fields = {"text": text, "id": text | st.none()}
predict_body = field_dict({**note_fields, "metadata": st.dictionaries(text, json_values, max_size=4) | st.none()})
batch_body = field_dict({"notes": st.lists(field_dict(note_fields) | json_values, max_size=4)})
flags = st.fixed_dictionaries({}, optional={k: st.booleans() | json_values
                                            for k in ("threat_to_life", "crime", "welfare_only")})
feedback_body = field_dict({"prediction_id": text, "flags": flags | st.none(),
                            "decision": st.sampled_from(["police", "partner", "none", "POLICE", ""]) | st.none(),
                            "comment": text | st.none()})
raw_bytes = st.binary(max_size=200)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory: pytest.TempPathFactory, trained_model_dir: Path, predictor: Any
                ) -> Iterator[TestClient]:
    from serve.app import create_app
    from serve.settings import Settings

    db = tmp_path_factory.mktemp("fuzz") / "triage.db"
    settings_ = Settings(database_url=f"sqlite:///{db}", model_dir=trained_model_dir, api_keys=API_KEYS)
    with TestClient(create_app(settings_, predictor=predictor), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def known_prediction_id(fuzz_client: TestClient) -> str:
    r = fuzz_client.post("/v1/predict", json={"text": "neighbour reports a bike stolen from the shed"},
                         headers=HANDLER)
    assert r.status_code == 200, r.text
    return r.json()["prediction_id"]


def check_answer(response: Any) -> None:
    assert response.status_code < 500, f"{response.status_code}: {response.text[:500]}"
    if 400 <= response.status_code < 500:
        body = response.json()
        assert isinstance(body, dict) and isinstance(body.get("detail"), list) and body["detail"], body
        for item in body["detail"]:
            assert isinstance(item, dict), body
            assert isinstance(item.get("field"), str) and item["field"], body
            assert isinstance(item.get("message"), str) and item["message"], body


def post(client: TestClient, path: str, body: Any) -> Any:
    if isinstance(body, bytes):
        return client.post(path, content=body, headers={**HANDLER, "Content-Type": "application/json"})
    return client.post(path, content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                       headers={**HANDLER, "Content-Type": "application/json"})


@FUZZ
@given(body=predict_body | json_values | raw_bytes)
def test_predict_fuzz(fuzz_client: TestClient, body: Any) -> None:
    r = post(fuzz_client, "/v1/predict", body)
    check_answer(r)
    if r.status_code == 200:
        assert set(r.json()["flags"]) == {"threat_to_life", "crime", "welfare_only"}


@FUZZ
@given(body=batch_body | json_values | raw_bytes)
def test_batch_fuzz(fuzz_client: TestClient, body: Any) -> None:
    r = post(fuzz_client, "/v1/predict/batch", body)
    check_answer(r)
    if r.status_code == 200:
        assert len(r.json()["predictions"]) == len(body["notes"])


@FUZZ
@given(body=feedback_body | json_values | raw_bytes, use_real_id=st.booleans())
def test_feedback_fuzz(fuzz_client: TestClient, known_prediction_id: str, body: Any, use_real_id: bool) -> None:
    if use_real_id and isinstance(body, dict):
        body = {**body, "prediction_id": known_prediction_id}
    r = post(fuzz_client, "/v1/feedback", body)
    check_answer(r)
    if r.status_code == 201:
        assert r.json()["prediction_id"] == known_prediction_id

