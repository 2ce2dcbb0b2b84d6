"""Service fixtures: apps over SQLite and PostgreSQL, keys for every role.

Database isolation: each test session (each xdist worker is its own session)
creates a fresh PostgreSQL database ``triage_test_<uuid8>`` through an
autocommit connection to the ``test`` database named by
TRIAGE_TEST_POSTGRES_URL, and drops it at the end. SQLite tests get a new
file per test. PostgreSQL being unreachable FAILS the tests that need it:
CI must never silently skip the production database.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_support import API_KEYS
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

class PostgresAdmin:
    """Creates throwaway databases on the test server and drops them all at the end."""

    def __init__(self, url: str):
        self.base = make_url(url)
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
        self.created: list[str] = []
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001
            self.engine.dispose()
            pytest.fail(f"PostgreSQL at {self.base.render_as_string(hide_password=True)} is unreachable "
                        f"({type(exc).__name__}: {exc}); these tests need it. Start it or set "
                        "TRIAGE_TEST_POSTGRES_URL.", pytrace=False)

    def create(self) -> str:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        name = f"triage_test_{uuid.uuid4().hex[:8]}"
        with self.engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
            connection.execute(text(f"COMMENT ON DATABASE \"{name}\" IS 'calltriage test db ({worker})'"))
        self.created.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.engine.connect() as connection:
            for name in self.created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[PostgresAdmin]:
    admin = PostgresAdmin(POSTGRES_URL)
    yield admin
    admin.drop_all()


@pytest.fixture(scope="session")
def postgres_url(postgres_admin: PostgresAdmin) -> str:
    """This session's own database (shared by its tests; they use unique ids)."""
    return postgres_admin.create()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage/API test runs on both stores."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit' / 'triage.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", "postgres"])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database of each kind that no other test writes to (for tests that read whole tables)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'own' / 'triage.db'}"
    return request.getfixturevalue("postgres_admin").create()


@pytest.fixture
def make_settings(trained_model_dir: Path) -> Callable[..., Any]:
    from serve.settings import Settings

    def build(database_url: str, **overrides: Any) -> Settings:
        values = {"database_url": database_url, "model_dir": trained_model_dir, "api_keys": API_KEYS}
        values.update(overrides)
        return Settings(**values)

    return build


@pytest.fixture
def make_client(make_settings: Callable[..., Any], predictor: Any) -> Iterator[Callable[..., TestClient]]:
    """make_client(database_url, predictor=..., **settings) -> a started TestClient (closed at teardown)."""
    from serve.app import create_app

    with ExitStack() as stack:
        def build(database_url: str, predictor_: Any = predictor, **overrides: Any) -> TestClient:
            app = create_app(make_settings(database_url, **overrides), predictor=predictor_)
            return stack.enter_context(TestClient(app))

        yield build


@pytest.fixture
def client(make_client: Callable[..., TestClient], db_url: str) -> TestClient:
    """An app over the shared small model, on each database."""
    return make_client(db_url)


@pytest.fixture
def sqlite_client(make_client: Callable[..., TestClient], tmp_path: Path) -> TestClient:
    """For tests where the database does not matter (auth, validation)."""
    return make_client(f"sqlite:///{tmp_path / 'triage.db'}")
