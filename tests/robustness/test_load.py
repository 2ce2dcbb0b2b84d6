"""Concurrent load on a real uvicorn process: no errors, and exactly one audit
row per prediction the service acknowledged as stored."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
from robust_support import HANDLER
from sqlalchemy import create_engine, text

CLIENTS = 8
SECONDS = 5.0
MAX_REQUESTS_PER_CLIENT = 200
NOTES = ["male on the bridge threatening to jump, has a knife",
         "someone took my bike from the shed overnight, lock cut",
         "pt missed depot injection, family asking for a welfare check",
         "noise complaint, music from flat upstairs"]


def test_concurrent_predictions_all_answered_and_audited_once(start_server, model_copy: Path,
                                                              tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'load.db'}"
    server = start_server(model_copy, db_url)
    acknowledged: list[list[str]] = [[] for _ in range(CLIENTS)]
    unstored: list[list[str]] = [[] for _ in range(CLIENTS)]
    errors: list[str] = []
    start = threading.Barrier(CLIENTS)

    def client(index: int) -> None:
        try:
            with httpx.Client(base_url=server.base_url, headers=HANDLER, timeout=30.0) as http:
                start.wait(timeout=30)
                deadline = time.monotonic() + SECONDS
                for n in range(MAX_REQUESTS_PER_CLIENT):
                    if time.monotonic() > deadline:
                        break
                    r = http.post("/v1/predict", json={"text": NOTES[(index + n) % len(NOTES)],
                                                       "id": f"c{index}-{n}"})
                    if r.status_code != 200:
                        errors.append(f"client {index} request {n}: {r.status_code} {r.text[:200]}")
                        continue
                    body = r.json()
                    (acknowledged if body["audit_stored"] else unstored)[index].append(body["prediction_id"])
        except Exception as exc:  # noqa: BLE001 - reported below with the client's number
            errors.append(f"client {index}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SECONDS + 90)
    assert not any(t.is_alive() for t in threads), "a client did not finish in time"
    assert not errors, errors[:10]

    ids = [pid for per_client in acknowledged for pid in per_client]
    assert sum(map(len, unstored)) == 0, "SQLite is local: every prediction should be audited"
    assert len(ids) >= CLIENTS, "each client got at least one answer"
    assert len(set(ids)) == len(ids), "prediction_ids are unique"

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            rows = [r[0] for r in connection.execute(text("SELECT id FROM predictions"))]
    finally:
        engine.dispose()
    # /readyz and the smoke test do not write predictions: the table is exactly what was acknowledged.
    assert len(rows) == len(set(rows))
    assert sorted(rows) == sorted(ids)
