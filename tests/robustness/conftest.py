"""Fixtures for the robustness suite: PostgreSQL databases (reused from
tests/serve/conftest.py), a private model copy, and uvicorn servers that are
always stopped at teardown.
"""
from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from robust_support import SERVE_TESTS, Server

_spec = importlib.util.spec_from_file_location("_serve_tests_conftest", SERVE_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
_serve_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_serve_conftest)

# The PostgreSQL fixtures of the service tests (throwaway databases, dropped at the end of the session).
postgres_admin = _serve_conftest.postgres_admin
postgres_url = _serve_conftest.postgres_url


@pytest.fixture
def model_copy(trained_model_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the shared small model (the original is read-only)."""
    return Path(shutil.copytree(trained_model_dir, tmp_path / "model"))


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """start_server(model_dir, database_url) -> a ready Server; every one is stopped at teardown."""
    servers: list[Server] = []

    def start(model_dir: Path, database_url: str) -> Server:
        server = Server(model_dir, database_url, tmp_path / f"server{len(servers)}.log")
        servers.append(server)
        return server.start()

    try:
        yield start
    finally:
        for server in servers:
            server.stop()
