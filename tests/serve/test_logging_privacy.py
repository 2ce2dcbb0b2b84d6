"""Logs are JSON lines with request id, route, status, latency and prediction
ids, and never the note text, metadata values or comments."""
from __future__ import annotations

import json
import logging

from serve_support import HANDLER

from serve.logging import JsonFormatter

NOTE_SECRET = "Philomena Throckmorton-Adebayo"
META_SECRET = "meta-value-5f1e9a"
COMMENT_SECRET = "comment-value-77c2d1"


def all_log_text(records: list[logging.LogRecord]) -> str:
    formatter = JsonFormatter()
    parts = []
    for record in records:
        parts.append(formatter.format(record))
        parts.append(record.getMessage())
        parts.append(repr(record.__dict__))
    return "\n".join(parts)


def test_no_note_text_metadata_or_comment_in_logs(make_client, db_url, caplog, tmp_path):
    note = f"{NOTE_SECRET} is on the bridge railings with a knife saying goodbye"
    with caplog.at_level(logging.DEBUG):
        client = make_client(db_url)
        predicted = client.post("/v1/predict", headers=HANDLER,
                                json={"text": note, "id": "n1", "metadata": {"caller": META_SECRET}}).json()
        client.post("/v1/predict/batch", headers=HANDLER, json={"notes": [{"text": note}, {"text": note}]})
        client.post("/v1/feedback", headers=HANDLER, json={"prediction_id": predicted["prediction_id"],
                                                            "decision": "police", "comment": COMMENT_SECRET})
        client.post("/v1/predict", headers=HANDLER, json={"text": note * 1000})  # too long
        client.post("/v1/predict", headers=HANDLER, json={"text": note, "metadata": {"x": META_SECRET * 2000}})
        client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                    content=f'{{"text": "{NOTE_SECRET}'.encode())  # malformed
        client.post("/v1/predict", headers={"X-API-Key": "wrong-key-123456"}, json={"text": note})
        (tmp_path / "blocker").write_text("a file where the database folder should be")
        broken = make_client(f"sqlite:///{tmp_path / 'blocker' / 'x.db'}")
        assert broken.post("/v1/predict", headers=HANDLER, json={"text": note}).json()["audit_stored"] is False
    text = all_log_text(caplog.records)
    assert NOTE_SECRET not in text
    assert META_SECRET not in text
    assert COMMENT_SECRET not in text
    requests = [r for r in caplog.records if getattr(r, "event", None) == "request"]
    assert len(requests) >= 8
    line = json.loads(JsonFormatter().format(next(r for r in requests if r.route == "/v1/predict")))
    assert {"request_id", "route", "status", "latency_ms", "prediction_ids", "method"} <= set(line)
    assert line["prediction_ids"] == [predicted["prediction_id"]]
    assert line["status"] == 200 and isinstance(line["latency_ms"], float)
    assert any(getattr(r, "event", None) == "audit_failure" for r in caplog.records)


def test_formatter_drops_fields_outside_its_allow_list():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    record.text = NOTE_SECRET
    record.metadata = {"a": META_SECRET}
    record.route = "/v1/predict"
    line = json.loads(JsonFormatter().format(record))
    assert line["route"] == "/v1/predict" and line["message"] == "hello"
    assert NOTE_SECRET not in json.dumps(line) and META_SECRET not in json.dumps(line)


def test_formatter_records_exception_type_and_frames_not_message():
    try:
        raise ValueError(f"bad note: {NOTE_SECRET}")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    line = json.loads(JsonFormatter().format(record))
    assert line["error_type"] == "ValueError" and line["frames"]
    assert NOTE_SECRET not in json.dumps(line)
