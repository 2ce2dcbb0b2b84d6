"""Shared helpers of the robustness suite (imported by name: this folder is on
sys.path under pytest's default import mode): the service's test keys and a
real uvicorn server in a subprocess.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

SERVE_TESTS = Path(__file__).resolve().parent.parent / "serve"
if str(SERVE_TESTS) not in sys.path:
    sys.path.insert(0, str(SERVE_TESTS))

from serve_support import ADMIN, API_KEYS, HANDLER  # noqa: E402,F401 - re-exported for the tests

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``uvicorn serve.app:create_app_from_env --factory`` on 127.0.0.1 in a subprocess."""

    def __init__(self, model_dir: Path, database_url: str, log_path: Path):
        self.model_dir, self.database_url, self.log_path = model_dir, database_url, log_path
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        env = dict(os.environ)
        env.update({"TRIAGE_MODEL_DIR": str(self.model_dir), "TRIAGE_DATABASE_URL": self.database_url,
                    "TRIAGE_API_KEYS": API_KEYS, "TRIAGE_LOG_LEVEL": "WARNING"})
        env.pop("TRIAGE_REGISTRY_DIR", None)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "serve.app:create_app_from_env", "--factory",
             "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning", "--no-access-log"],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.wait_ready()
        return self

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        last = "no answer"
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                pytest.fail(f"server exited with {self.proc.returncode} before ready:\n{self.log()}")
            try:
                r = httpx.get(f"{self.base_url}/readyz", timeout=2.0)
                if r.status_code == 200:
                    return
                last = f"{r.status_code} {r.text}"
            except httpx.HTTPError as exc:
                last = repr(exc)
            time.sleep(0.2)
        pytest.fail(f"server not ready after {READY_TIMEOUT_S} s ({last}):\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flushing."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""
