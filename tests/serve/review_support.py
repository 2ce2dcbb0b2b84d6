"""Helpers for the QA review tests: predictions with chosen properties, and the page log-in.

Seeding through ``serve.storage`` (not the model) lets a test choose exactly
which queue reasons apply; feedback still goes through the HTTP API.
"""
from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient
from serve_support import HANDLER, QA_KEY, services_of

from model.labels import LABELS
from model.predictor import Prediction
from serve.storage import PredictionRecord, add_predictions, new_id

CSRF_RE = re.compile(r'name="csrf" value="([^"]*)"')

#: Invented, with markup that must be shown, not run; "knife" is characters 29-34, "shouting" 63-71.
HTML_NOTE = "caller says <b>neighbour</b> knife & <script>alert(1)</script> shouting"


def flags_of(*raised: str) -> dict[str, bool]:
    return {label: label in raised for label in LABELS}


def seed(client: TestClient, *raised: str, recommendation: str = "police", degraded: bool = False,
         rule_flags: tuple[str, ...] = (), model_flags: dict[str, bool] | None = None,
         created_at: datetime | None = None, text: str = "invented note for the queue",
         reasons: list[dict[str, Any]] | None = None, store_text: bool = True,
         model_version: str | None = "test-small") -> str:
    """Store one prediction with exactly these properties; returns its id."""
    flags = flags_of(*raised)
    prediction = Prediction(
        id=None, flags=flags, probabilities=None if degraded else {k: 0.9 if v else 0.1 for k, v in flags.items()},
        recommendation=recommendation, reasons=reasons or [], model_version=None if degraded else model_version,
        rules_version="test-rules", degraded=degraded, degraded_reason="model error: TestError" if degraded else None,
        model_flags=None if degraded else (model_flags if model_flags is not None else dict(flags)),
        model_recommendation=None if degraded else recommendation, rule_flags=list(rule_flags))
    prediction_id = new_id()
    with services_of(client).database.session() as session:
        add_predictions(session, [PredictionRecord(prediction_id, text, prediction, None, "handler")],
                        store_text=store_text, created_at=created_at or datetime.now(UTC))
    return prediction_id


def feedback(client: TestClient, prediction_id: str, *raised: str, decision: str | None = None) -> None:
    body: dict[str, Any] = {"prediction_id": prediction_id}
    if raised or decision is None:
        body["flags"] = flags_of(*raised)
    if decision:
        body["decision"] = decision
    response = client.post("/v1/feedback", headers=HANDLER, json=body)
    assert response.status_code == 201, response.text


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def login(client: TestClient, key: str = QA_KEY) -> Any:
    """Log in through the form (GET for the login CSRF pair, then POST); returns the POST response."""
    page = client.get("/review")
    assert page.status_code == 200 and 'name="api_key"' in page.text
    return client.post("/review/login", data={"api_key": key, "csrf": csrf_of(page.text)}, follow_redirects=False)


def review(client: TestClient, prediction_id: str, *raised: str, reviewer: str = "A. Reviewer",
           comment: str = "", follow: bool = False) -> Any:
    """Submit the review form of an item page (its CSRF token included)."""
    page = client.get(f"/review/{prediction_id}")
    assert page.status_code == 200, page.text
    data = {"csrf": csrf_of(page.text), "reviewer": reviewer, "comment": comment}
    data.update({flag: "1" for flag in raised})
    return client.post(f"/review/{prediction_id}", data=data, follow_redirects=follow)
