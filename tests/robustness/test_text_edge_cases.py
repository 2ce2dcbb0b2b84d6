"""Awkward note texts through every path: the CLI (`triage predict`), the
service (POST /v1/predict) and batch (POST /v1/predict/batch).

Every case gets a clear answer: a prediction, a 4xx naming the field, or a
CLI error naming the line and column; never a crash, a 500 or a traceback.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from robust_support import API_KEYS, HANDLER
from sqlalchemy import create_engine, inspect, text

from training.cli import main

LIMIT = 20_000
LONG = ("caller reports neighbour shouting " * 700)[:LIMIT]
assert len(LONG) == LIMIT

SQL = "'; DROP TABLE predictions; --"
#: Texts every path scores.
SCORED = {
    "punctuation": "?!... ,;:-- ()[]{} ''\"\" ???",
    "exactly_limit": LONG,
    "mixed_scripts": "caller says Москва مرحبا 你好 neighbour shouting, knife mentioned",
    "emoji": "caller crying 😭🔪 says he will hurt himself 🙏🏽 👨‍👩‍👧",
    "bell": "caller \x07 rang back, neighbour shouting",
    "escape": "note \x1b[31mRED\x1b[0m from caller, fight outside pub",
    "rtl_marks": "\u202eenif si ti\u202c \u200fمرحبا\u200e caller \u200e worried about brother",
    "html": "<script>alert(1)</script> caller reports break in",
    "sql": SQL,
}
#: Texts the service refuses, with the reason it gives.
REFUSED = {
    "empty": ("", "empty"),
    "whitespace": (" \t\n ", "empty"),
    "over_limit": (LONG + "x", "20001 characters; the limit is 20000"),
    "nul": ("call \x00 note", "NUL"),
}


def assert_prediction(body: dict[str, Any]) -> None:
    assert set(body["flags"]) == {"threat_to_life", "crime", "welfare_only"}
    assert body["recommendation"] in {"police", "partner", "none", "review"}


def assert_refused(response: Any, field: str, reason: str, note: str) -> None:
    assert response.status_code == 422, response.text[:300]
    detail = response.json()["detail"]
    assert [d["field"] for d in detail] == [field], detail
    assert reason in detail[0]["message"], detail
    if note.strip():
        assert note not in response.text, "the note must not be echoed in an error"
    assert "Traceback" not in response.text


@pytest.fixture(scope="module")
def edge_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('edge') / 'triage.db'}"


@pytest.fixture(scope="module")
def edge_client(edge_db: str, trained_model_dir: Path, predictor: Any) -> Iterator[TestClient]:
    from serve.app import create_app
    from serve.settings import Settings

    settings = Settings(database_url=edge_db, model_dir=trained_model_dir, api_keys=API_KEYS)
    with TestClient(create_app(settings, predictor=predictor), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("case", sorted(SCORED))
def test_service_scores(edge_client: TestClient, edge_db: str, case: str) -> None:
    r = edge_client.post("/v1/predict", json={"text": SCORED[case], "id": case}, headers=HANDLER)
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert_prediction(body)
    assert body["id"] == case and body["audit_stored"] is True
    engine = create_engine(edge_db)
    try:
        assert "predictions" in inspect(engine).get_table_names()
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT text FROM predictions WHERE id = :id"),
                                        {"id": body["prediction_id"]}).scalar_one()
        assert stored == SCORED[case], "stored verbatim, as data, not as SQL or markup"
    finally:
        engine.dispose()


def test_sql_looking_text_leaves_tables_intact(edge_client: TestClient, edge_db: str) -> None:
    for _ in range(2):
        r = edge_client.post("/v1/predict", json={"text": SQL}, headers=HANDLER)
        assert r.status_code == 200, r.text
    engine = create_engine(edge_db)
    try:
        assert {"predictions", "feedback"} <= set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM predictions WHERE text = :t"),
                                      {"t": SQL}).scalar_one() >= 2
    finally:
        engine.dispose()
    r = edge_client.post("/v1/feedback", json={"prediction_id": r.json()["prediction_id"], "decision": "none",
                                               "comment": SQL}, headers=HANDLER)
    assert r.status_code == 201, r.text


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_service_refuses_clearly(edge_client: TestClient, case: str) -> None:
    note, reason = REFUSED[case]
    r = edge_client.post("/v1/predict", json={"text": note}, headers=HANDLER)
    assert_refused(r, "text", reason, note)


def test_batch_scores_every_case_in_order(edge_client: TestClient) -> None:
    notes = [{"id": case, "text": note} for case, note in sorted(SCORED.items())]
    r = edge_client.post("/v1/predict/batch", json={"notes": notes}, headers=HANDLER)
    assert r.status_code == 200, r.text[:300]
    predictions = r.json()["predictions"]
    assert [p["id"] for p in predictions] == [n["id"] for n in notes]
    for p in predictions:
        assert_prediction(p)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_batch_refusal_names_the_note(edge_client: TestClient, case: str) -> None:
    note, reason = REFUSED[case]
    notes = [{"text": "caller reports a stolen bike"}, {"text": note}]
    r = edge_client.post("/v1/predict/batch", json={"notes": notes}, headers=HANDLER)
    assert_refused(r, "notes.1.text", reason, note)


def test_cli_predict_scores_every_case(trained_model_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "notes.jsonl"
    cases = {**SCORED, "nul": REFUSED["nul"][0], "over_limit": REFUSED["over_limit"][0]}  # offline: no DB limits
    data.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in cases.items()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["predict", "--data", str(data), "--model", str(trained_model_dir), "--out", str(out)])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    assert "Traceback" not in captured.err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(cases)
    for record in records:
        assert {record[k] for k in ("threat_to_life", "crime", "welfare_only")} <= {0, 1}
        assert record["recommendation"] in {"police", "partner", "none", "review"}


@pytest.mark.parametrize("case", ["empty", "whitespace"])
def test_cli_predict_refuses_blank_text_naming_the_line(case: str, trained_model_dir: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "notes.jsonl"
    data.write_text(json.dumps({"id": "ok", "text": "caller reports a stolen bike"}) + "\n"
                    + json.dumps({"id": case, "text": REFUSED[case][0]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["predict", "--data", str(data), "--model", str(trained_model_dir), "--out", str(out)])
    captured = capsys.readouterr()
    assert rc != 0
    assert "line 2, column 'text': text is empty" in captured.err, captured.err
    assert "Traceback" not in captured.err
    assert not out.exists(), "a refused file writes nothing"
