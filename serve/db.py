"""Engine and sessions for the audit store (SQLite for a laptop, PostgreSQL in production).

SQLite is opened in WAL mode with foreign keys on and ``synchronous=FULL``, so
a write that was acknowledged survives a crash or power cut. PostgreSQL gets a
short connect timeout and pre-ping, so a database that is down makes requests
fail fast (and the service say so) rather than hang.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 3


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created if it can be."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # reported by the readiness check, not fatal here
                log.error("cannot create the folder for the SQLite database (%s)", type(exc).__name__)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


class Database:
    """The engine, its session factory, and whether the schema is known to be current."""

    def __init__(self, url: str, engine: Engine | None = None):
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.migrated = False
        self._migrate_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def ensure_schema(self) -> None:
        """Apply the migrations once per process (again after a failure); raises if the DB is down."""
        if self.migrated:
            return
        from serve.migrate import upgrade_to_head

        with self._migrate_lock:
            if not self.migrated:
                upgrade_to_head(self.engine)
                self.migrated = True

    def ping(self) -> None:
        """Raise if the database cannot answer a trivial query."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        self.ensure_schema()
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
