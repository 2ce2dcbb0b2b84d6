"""Apply the Alembic migrations shipped inside the package (serve/migrations/).

Run from the app's start-up (and once by ``triage serve`` before workers fork),
so no repo-root alembic.ini is needed. On PostgreSQL the migration env takes an
advisory lock, so several workers starting at once migrate one at a time.
"""
from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


#: Alembic's ``context`` and ``op`` are module-level proxies: one migration per process at a time.
_PROCESS_LOCK = threading.Lock()


@contextmanager
def _exclusive(engine: Engine) -> Iterator[None]:
    """One migrator at a time: in this process always; across processes, for a
    SQLite file, a lock file beside it (SQLite DDL is not transactional under
    the Python driver). PostgreSQL takes an advisory lock in env.py instead."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    with _PROCESS_LOCK:
        if not database or database == ":memory:" or database.startswith("file:"):
            yield
            return
        with open(f"{database}.migrate.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with _exclusive(engine), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def downgrade_to(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with _exclusive(engine), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
