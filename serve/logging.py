"""Structured JSON log lines, one per event, that never carry note text.

The formatter writes only the message and a fixed allow-list of ``extra``
fields (request id, route, status, latency, prediction ids, ...), so a value
added by mistake elsewhere (metadata, a note) cannot reach the log. Messages in
this service are written never to contain note text.
"""
from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime

#: The only ``extra`` fields a log line may carry.
ALLOWED_FIELDS = ("event", "request_id", "method", "route", "status", "latency_ms", "prediction_ids",
                  "notes", "role", "model_version", "previous_model_version", "error_type", "stage",
                  "audit_stored", "degraded", "feedback_id", "where", "frames")


def exception_fields(exc: BaseException) -> dict[str, object]:
    """An exception as log fields: its type and frames, never its message (which
    may quote the input). Logged this way, no handler can print the message."""
    frames = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__)]
    return {"error_type": type(exc).__name__, "frames": frames[-12:]}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {"time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        for name in ALLOWED_FIELDS:
            if name in record.__dict__:
                line[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            # The type and the frames only: an exception's message may quote input.
            line["error_type"] = record.exc_info[0].__name__
            line["frames"] = [f"{frame.filename}:{frame.lineno} in {frame.name}"
                              for frame in traceback.extract_tb(record.exc_info[2])][-12:]
        return json.dumps(line, default=str, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    """Send every logger's records to stderr as JSON lines (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):  # ours from before, or a plain-text console handler
        if getattr(handler, "_triage_json", False) or type(handler) is logging.StreamHandler:
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler._triage_json = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "spacy"):  # libraries with plain-text handlers of their own
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").disabled = True  # our middleware logs each request
