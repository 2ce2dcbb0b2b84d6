"""Settings from TRIAGE_* and `triage serve` (serve.runner): keys, default
model, migrations, one worker or several."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import ValidationError

from serve import runner
from serve.roles import Role
from serve.settings import Settings, parse_api_keys

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Barnaby Wolstenholme-Okafor"


def test_defaults_match_the_documented_ones(monkeypatch):
    from training.paths import default_model_dir

    for name in list(os.environ):
        if name.startswith("TRIAGE_"):
            monkeypatch.delenv(name)
    settings = Settings()
    assert settings.model_dir == default_model_dir()
    assert settings.database_url == "sqlite:///var/triage.db"
    assert settings.store_text is True
    assert (settings.max_text_chars, settings.max_batch) == (20_000, 256)
    assert settings.key_roles() == {}


def test_settings_read_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TRIAGE_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv("TRIAGE_MODEL_DIR", str(tmp_path))
    monkeypatch.setenv("TRIAGE_API_KEYS", "handler:aaaaaaaa1, qa:bbbbbbbb2,admin:cccccccc3")
    monkeypatch.setenv("TRIAGE_MAX_BATCH", "10")
    monkeypatch.setenv("TRIAGE_MAX_TEXT_CHARS", "500")
    settings = Settings()
    assert settings.database_url == "postgresql+psycopg://u@h/db" and settings.model_dir == tmp_path
    assert settings.key_roles() == {"aaaaaaaa1": Role.HANDLER, "bbbbbbbb2": Role.QA, "cccccccc3": Role.ADMIN}
    assert (settings.max_batch, settings.max_text_chars) == (10, 500)


@pytest.mark.parametrize("raw,message", [
    ("handler", "not 'role:key'"),
    ("handler:", "not 'role:key'"),
    ("boss:abcdefgh1", "unknown role"),
    ("handler:short", "at least 8"),
    ("handler:abcdefgh1,admin:abcdefgh1", "two roles"),
])
def test_bad_api_keys_are_refused_with_the_reason(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_api_keys(raw)
    with pytest.raises(ValidationError):
        Settings(api_keys=raw)


def test_several_keys_per_role_are_allowed():
    assert parse_api_keys("handler:aaaaaaaa1,handler:aaaaaaaa2") == {"aaaaaaaa1": Role.HANDLER,
                                                                     "aaaaaaaa2": Role.HANDLER}


@pytest.fixture
def fake_start(monkeypatch, tmp_path, trained_model_dir):
    """run() with uvicorn and the model build replaced, recording what they were given."""
    calls: dict[str, object] = {}
    monkeypatch.setenv("TRIAGE_API_KEYS", "")  # restored after the test
    monkeypatch.setenv("TRIAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'triage.db'}")
    monkeypatch.setenv("TRIAGE_MODEL_DIR", str(trained_model_dir))
    monkeypatch.setattr("serve.logging.configure_logging", lambda level="INFO": None)
    monkeypatch.setattr("training.default_model.ensure_default_model",
                        lambda model_dir=None: calls.setdefault("model_dir", model_dir))
    monkeypatch.setattr(runner.uvicorn, "run", lambda app, **kw: calls.update(app=app, **kw))
    return calls


def test_run_generates_printed_keys_and_starts_one_worker(fake_start, capsys, trained_model_dir, tmp_path):
    assert runner.run(host="127.0.0.1", port=8123, workers=1) == 0
    printed = capsys.readouterr().out
    keys = parse_api_keys(os.environ["TRIAGE_API_KEYS"])
    assert sorted(r.value for r in keys.values()) == ["admin", "handler", "qa"]
    for key in keys:
        assert key in printed and len(key) >= 40
    assert fake_start["model_dir"] == trained_model_dir
    assert isinstance(fake_start["app"], FastAPI)
    assert fake_start["port"] == 8123 and fake_start["host"] == "127.0.0.1"
    assert fake_start["app"].state.services.keys.role_for(next(iter(keys))) is not None
    assert (tmp_path / "db" / "triage.db").exists()  # migrated before start


def test_run_with_several_workers_uses_the_factory(fake_start):
    runner.run(workers=3)
    assert fake_start["app"] == "serve.app:create_app_from_env"
    assert fake_start["factory"] is True and fake_start["workers"] == 3
    assert parse_api_keys(os.environ["TRIAGE_API_KEYS"])  # workers read the keys from here


def test_run_keeps_configured_keys(fake_start, monkeypatch, capsys):
    monkeypatch.setenv("TRIAGE_API_KEYS", "handler:mine-12345678")
    runner.run(workers=1)
    assert "mine-12345678" not in capsys.readouterr().out
    assert os.environ["TRIAGE_API_KEYS"] == "handler:mine-12345678"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_triage_serve_end_to_end_with_two_workers(trained_model_dir, tmp_path):
    """The real command: keys printed, workers answer with them, logs are JSON without the note."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(TRIAGE_MODEL_DIR=str(trained_model_dir), TRIAGE_DATABASE_URL=f"sqlite:///{tmp_path / 'e2e.db'}",
               PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "training.cli", "serve", "--port", str(port),
                                    "--workers", "2"], cwd=tmp_path, env=env, stdout=stdout, stderr=stderr)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        ready = False
        while time.monotonic() < deadline and process.poll() is None:
            try:
                ready = httpx.get(f"{base}/readyz", timeout=2).status_code == 200
            except httpx.HTTPError:
                pass
            if ready:
                break
            time.sleep(0.5)
        assert ready, err.read_text()[-3000:]
        handler_key = next(line.split()[1] for line in out.read_text().splitlines()
                           if line.strip().startswith("handler "))
        note = f"{SECRET} is on the bridge railings with a knife"
        for _ in range(4):  # several requests, so both workers are likely to answer one
            response = httpx.post(f"{base}/v1/predict", headers={"X-API-Key": handler_key},
                                  json={"text": note}, timeout=30)
            assert response.status_code == 200 and response.json()["audit_stored"] is True
        assert httpx.post(f"{base}/v1/predict", json={"text": note}, timeout=10).status_code == 401
    finally:
        process.terminate()
        process.wait(60)
    logs = err.read_text()
    assert SECRET not in logs and SECRET not in out.read_text()
    lines = [json.loads(line) for line in logs.splitlines() if line.strip()]  # every line is JSON
    assert any(line.get("route") == "/v1/predict" and line.get("status") == 200 for line in lines)
