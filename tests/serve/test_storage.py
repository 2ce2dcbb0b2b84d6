"""The audit store on SQLite and PostgreSQL: migrations, durability settings,
constraints, and text storage switched off."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from serve_support import HANDLER, THREAT_NOTE, services_of
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from serve.db import Database
from serve.migrate import current_revision, downgrade_to, head_revision, upgrade_to_head
from serve.storage import QUOTING_FIELDS, get_prediction, new_id, now
from serve.tables import Base, FeedbackRow


@pytest.fixture
def fresh_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """An empty database of each kind (not the session's shared one)."""
    return request.getfixturevalue("_fresh_" + request.param)


@pytest.fixture
def _fresh_sqlite(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'fresh' / 'audit.db'}"


@pytest.fixture
def _fresh_postgres(postgres_admin) -> str:
    return postgres_admin.create()


ROOT = Path(__file__).resolve().parents[2]
BACKENDS = pytest.mark.parametrize("fresh_url", ["sqlite", "postgres"], indirect=True)


@BACKENDS
def test_migrations_upgrade_downgrade_and_upgrade_again(fresh_url):
    database = Database(fresh_url)
    try:
        assert current_revision(database.engine) is None
        upgrade_to_head(database.engine)
        assert current_revision(database.engine) == head_revision()
        assert {"predictions", "feedback", "alembic_version"} <= set(inspect(database.engine).get_table_names())
        downgrade_to(database.engine, "base")
        assert not {"predictions", "feedback"} & set(inspect(database.engine).get_table_names())
        upgrade_to_head(database.engine)
        upgrade_to_head(database.engine)  # idempotent
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()


@BACKENDS
def test_migrations_and_tables_agree(fresh_url):
    database = Database(fresh_url)
    try:
        database.ensure_schema()
        with database.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                    Base.metadata)
        assert diff == []
    finally:
        database.dispose()


@BACKENDS
def test_concurrent_migrators_do_not_collide(fresh_url):
    databases = [Database(fresh_url) for _ in range(3)]
    errors: list[BaseException] = []

    def migrate(db: Database) -> None:
        try:
            db.ensure_schema()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=migrate, args=(db,)) for db in databases]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert errors == []
        assert current_revision(databases[0].engine) == head_revision()
    finally:
        for db in databases:
            db.dispose()


@BACKENDS
def test_concurrent_migrating_processes_do_not_collide(fresh_url):
    """As when several uvicorn workers start on an empty database."""
    code = "import sys; from serve.db import Database; Database(sys.argv[1]).ensure_schema()"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    processes = [subprocess.Popen([sys.executable, "-c", code, fresh_url], env=env, stderr=subprocess.PIPE)
                 for _ in range(3)]
    errors = [p.communicate(timeout=120)[1].decode() for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], errors
    database = Database(fresh_url)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()


def test_sqlite_is_durable_wal_with_foreign_keys(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'a.db'}")
    try:
        assert (tmp_path / "nested" / "dir").is_dir()
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.dispose()


def test_feedback_must_refer_to_a_stored_prediction(client):
    database = services_of(client).database
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(FeedbackRow(id=new_id(), prediction_id="no-such-prediction", created_at=now(),
                                    decision="police", api_key_role="handler"))


def test_store_text_false_keeps_the_hash_but_not_the_text(make_client, db_url):
    client = make_client(db_url, store_text=False)
    body = client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()
    assert body["audit_stored"] is True
    assert any(r["kind"] == "rule" and r["text"] in THREAT_NOTE for r in body["reasons"])  # quotes the note
    assert any(r["kind"] == "model" and r["terms"] for r in body["reasons"])
    batch = client.post("/v1/predict/batch", headers=HANDLER, json={"notes": [{"text": THREAT_NOTE}]}).json()
    with services_of(client).database.session() as session:
        for prediction_id in (body["prediction_id"], batch["predictions"][0]["prediction_id"]):
            row = get_prediction(session, prediction_id)
            assert row.text is None
            assert row.text_sha256 == hashlib.sha256(THREAT_NOTE.encode()).hexdigest()
            assert all(not (QUOTING_FIELDS & set(reason)) for reason in row.reasons)
            assert [r["kind"] for r in row.reasons] == [r["kind"] for r in body["reasons"]]
            assert all(r.get("rule_id") for r in row.reasons if r["kind"] == "rule")
            assert THREAT_NOTE[12:45] not in json.dumps(row.reasons)
    # The response still shows the handler everything.
    assert body["reasons"] == client.post("/v1/predict", headers=HANDLER, json={"text": THREAT_NOTE}).json()["reasons"]


def test_store_text_defaults_to_true_and_reads_from_the_environment(monkeypatch):
    from serve.settings import Settings

    monkeypatch.delenv("TRIAGE_STORE_TEXT", raising=False)
    assert Settings().store_text is True
    monkeypatch.setenv("TRIAGE_STORE_TEXT", "false")
    assert Settings().store_text is False
