"""`triage export-reviews`: the latest review of each prediction in the data contract's format,
refusing rows it cannot export faithfully (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from review_support import login, review, seed
from serve_support import services_of

from serve.storage import new_id
from serve.tables import ReviewRow
from training.cli import main
from training.contract import load_labelled, validate_files


def export(url: str, out) -> int:
    return main(["export-reviews", "--out", str(out), "--database-url", url])


def test_export_writes_the_latest_review_of_each_prediction_in_contract_format(make_client, empty_db_url,
                                                                              tmp_path, capsys):
    client = make_client(empty_db_url)
    twice = seed(client, "welfare_only", recommendation="partner", text="pt left ward, now has a knife")
    once = seed(client, "crime", text="bike stolen from shed, lock cut")
    seed(client, "crime", text="not reviewed, so not exported")
    login(client)
    review(client, twice, "crime", reviewer="Sam QA")
    review(client, twice, "threat_to_life", reviewer="Alex Lead")
    review(client, once)  # no flags at all is a valid label

    out = tmp_path / "labelled.csv"
    assert export(empty_db_url, out) == 0, capsys.readouterr().err
    report, _ = validate_files([out])
    assert report.ok and not report.warnings, [str(p) for p in report.problems]
    frame = load_labelled([out])
    assert list(pd.read_csv(out).columns) == ["id", "text", "threat_to_life", "crime", "welfare_only", "phase",
                                              "source", "split"]
    rows = {r["id"]: r for r in frame.to_dict(orient="records")}
    assert set(rows) == {f"review-{twice}", f"review-{once}"}
    latest = rows[f"review-{twice}"]
    assert (latest["threat_to_life"], latest["crime"], latest["welfare_only"]) == (1, 0, 0)
    assert latest["text"] == "pt left ward, now has a knife"
    assert (latest["source"], latest["split"]) == ("review", "review")
    assert (rows[f"review-{once}"]["crime"], rows[f"review-{once}"]["threat_to_life"]) == (0, 0)
    assert "wrote 2 reviewed notes" in capsys.readouterr().out


def test_export_refuses_reviews_of_notes_whose_text_was_not_stored(make_client, empty_db_url, tmp_path, capsys):
    client = make_client(empty_db_url, store_text=False)
    hidden = seed(client, "crime", store_text=False)
    kept = seed(client, "crime", text="this one was stored")  # stored before the switch, say
    login(client)
    review(client, hidden, "crime")
    review(client, kept, "crime")
    out = tmp_path / "labelled.csv"
    assert export(empty_db_url, out) == 1
    err = capsys.readouterr().err
    assert "no stored text" in err and hidden in err and kept not in err
    assert not out.exists()


def test_export_refuses_disagreeing_reviews_of_the_same_note(make_client, empty_db_url, tmp_path, capsys):
    client = make_client(empty_db_url)
    first = seed(client, "crime", text="Bike stolen from the shed")
    second = seed(client, "crime", text="bike  stolen from the shed")
    login(client)
    review(client, first, "crime")
    review(client, second)
    assert export(empty_db_url, tmp_path / "labelled.csv") == 1
    err = capsys.readouterr().err
    assert "disagree" in err and first in err and second in err
    assert not (tmp_path / "labelled.csv").exists()


def test_export_forces_welfare_only_to_zero_beside_another_flag(sqlite_client, tmp_path, monkeypatch, capsys):
    pid = seed(sqlite_client, "crime", text="assault outside the pub, victim worried")
    with services_of(sqlite_client).database.session() as session:  # a row the form would refuse
        session.add(ReviewRow(id=new_id(), prediction_id=pid, created_at=datetime.now(UTC), reviewer_role="qa",
                              reviewer_name="legacy import", flag_threat_to_life=False, flag_crime=True,
                              flag_welfare_only=True, comment=None, model_version="test-small"))
    monkeypatch.setenv("TRIAGE_DATABASE_URL", services_of(sqlite_client).settings.database_url)
    out = tmp_path / "labelled.jsonl"
    assert main(["export-reviews", "--out", str(out)]) == 0  # database from the environment
    assert "welfare_only written as 0" in capsys.readouterr().out
    frame = load_labelled([out])
    assert (frame.loc[0, "crime"], frame.loc[0, "welfare_only"]) == (1, 0)


def test_export_with_no_reviews_writes_nothing_and_says_so(sqlite_client, tmp_path, capsys):
    seed(sqlite_client, "crime")
    url = services_of(sqlite_client).settings.database_url
    assert export(url, tmp_path / "labelled.csv") == 1
    assert "no reviewed predictions" in capsys.readouterr().err
    assert not (tmp_path / "labelled.csv").exists()


def test_export_never_creates_or_migrates_a_database(tmp_path, capsys):
    missing = tmp_path / "typo" / "triage.db"
    assert export(f"sqlite:///{missing}", tmp_path / "labelled.csv") == 1
    assert "no such database file" in capsys.readouterr().err
    assert not missing.parent.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    assert export(f"sqlite:///{empty}", tmp_path / "labelled.csv") == 1
    assert "no reviews table" in capsys.readouterr().err
