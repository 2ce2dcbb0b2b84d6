"""Alembic environment: uses the caller's connection (the service passes one)
or opens TRIAGE_DATABASE_URL. Logging is left as the service configured it."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from serve.db import make_engine
from serve.settings import DEFAULT_DATABASE_URL
from serve.tables import Base

#: Any fixed number: serialises concurrent migrators on one PostgreSQL database.
ADVISORY_LOCK_ID = 0x7472_6961_6765  # "triage"

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK_ID})")
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("TRIAGE_DATABASE_URL", DEFAULT_DATABASE_URL)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run against a database")
run_migrations_online()
