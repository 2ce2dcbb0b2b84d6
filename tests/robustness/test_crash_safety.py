"""SIGKILL the service while feedback is being written: after a restart on
the same database, every feedback the client saw acknowledged (201) is there."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest
from robust_support import HANDLER
from sqlalchemy import bindparam, create_engine, text

PREDICTIONS = 10
WRITERS = 4
MAX_FEEDBACK_PER_WRITER = 400
KILL_AFTER_ACKS = 40        # kill once this many feedbacks were acknowledged ...
KILL_AFTER_SECONDS = 8.0    # ... or after this long, whichever comes first
WRITER_SECONDS = 20.0       # hard bound on each writer


@pytest.fixture(params=["sqlite", "postgres"])
def crash_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crash.db'}"
    return request.getfixturevalue("postgres_admin").create()


def test_acknowledged_feedback_survives_sigkill(start_server, model_copy: Path, crash_db_url: str) -> None:
    server = start_server(model_copy, crash_db_url)
    with httpx.Client(base_url=server.base_url, headers=HANDLER, timeout=30.0) as http:
        prediction_ids = []
        for n in range(PREDICTIONS):
            r = http.post("/v1/predict", json={"text": f"caller worried about neighbour, note {n}"})
            assert r.status_code == 200 and r.json()["audit_stored"], r.text
            prediction_ids.append(r.json()["prediction_id"])

    acked: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    unexpected: list[str] = []

    def writer(index: int) -> None:
        deadline = time.monotonic() + WRITER_SECONDS
        with httpx.Client(base_url=server.base_url, headers=HANDLER, timeout=10.0) as http:
            for n in range(MAX_FEEDBACK_PER_WRITER):
                if stop.is_set() or time.monotonic() > deadline:
                    return
                body = {"prediction_id": prediction_ids[(index + n) % PREDICTIONS],
                        "decision": ["police", "partner", "none"][n % 3], "comment": f"w{index} n{n}"}
                try:
                    r = http.post("/v1/feedback", json=body)
                except httpx.HTTPError:
                    return  # the server is gone: this request was never acknowledged
                if r.status_code == 201:
                    with lock:
                        acked.append(r.json()["feedback_id"])
                elif r.status_code != 503:
                    with lock:
                        unexpected.append(f"{r.status_code} {r.text[:200]}")

    threads = [threading.Thread(target=writer, args=(i,), daemon=True) for i in range(WRITERS)]
    for t in threads:
        t.start()
    kill_deadline = time.monotonic() + KILL_AFTER_SECONDS
    while time.monotonic() < kill_deadline:
        with lock:
            if len(acked) >= KILL_AFTER_ACKS:
                break
        time.sleep(0.02)
    server.kill()  # mid-stream: writers are still sending
    stop.set()
    for t in threads:
        t.join(timeout=30)
    assert not any(t.is_alive() for t in threads), "a writer did not stop"
    assert not unexpected, unexpected[:5]
    assert acked, "no feedback was acknowledged before the kill"

    restarted = start_server(model_copy, crash_db_url)  # same database, new process
    engine = create_engine(crash_db_url)
    try:
        with engine.connect() as connection:
            stored = {row[0] for row in connection.execute(
                text("SELECT id FROM feedback WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
                {"ids": acked})}
    finally:
        engine.dispose()
    missing = sorted(set(acked) - stored)
    assert not missing, f"{len(missing)} of {len(acked)} acknowledged feedbacks lost: {missing[:5]}"

    with httpx.Client(base_url=restarted.base_url, headers=HANDLER, timeout=30.0) as http:
        r = http.post("/v1/feedback", json={"prediction_id": prediction_ids[0], "decision": "none"})
        assert r.status_code == 201, r.text
