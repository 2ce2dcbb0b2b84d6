"""The model registry: register, list, compare, promote (with its gate), history, live_on,
and the registry-aware default model directory."""
from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pandas as pd
import pytest

from model.registry import Registry, RegistryError, resolve_model_dir
from training.cli import main
from training.contract import load_labelled
from training.evaluate import evaluate
from training.paths import GOLD_SET
from training.train import TrainConfig, train_and_save

CHAMPION = "test-small"  # the version of the shared trained_model_dir fixture


@pytest.fixture(scope="module")
def weak_model_dir(tmp_path_factory, small_corpus_path) -> Path:
    """A challenger that honestly misses more threats: less data and a 0.5 threat recall target."""
    frame = load_labelled([small_corpus_path]).head(1200)
    out = tmp_path_factory.mktemp("weak") / "model"
    train_and_save(frame, TrainConfig(seed=0, folds=3, threat_recall_target=0.5), out,
                   data_paths=[small_corpus_path], version="weak")
    return out


@pytest.fixture(scope="module")
def gold_results(predictor, weak_model_dir):
    """Both models evaluated independently of the promote code."""
    from model.predictor import Predictor

    gold = load_labelled([GOLD_SET])
    return (evaluate(predictor, gold)["systems"]["combined"],
            evaluate(Predictor.load(weak_model_dir), gold)["systems"]["combined"])


@pytest.fixture
def registry_dir(tmp_path, trained_model_dir, weak_model_dir) -> Path:
    root = tmp_path / "models"
    assert main(["register", str(trained_model_dir), "--registry", str(root)]) == 0
    assert main(["register", str(weak_model_dir), "--registry", str(root)]) == 0
    return root


def history(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "history.jsonl").read_text().splitlines()]


def test_register_copies_verified_artifacts_and_is_idempotent(registry_dir, trained_model_dir, tmp_path, capsys):
    registry = Registry(registry_dir)
    assert sorted(registry.versions()) == sorted([CHAMPION, "weak"])
    assert registry.current() is None
    assert (registry_dir / CHAMPION / "model.joblib").read_bytes() == (trained_model_dir / "model.joblib").read_bytes()
    assert main(["register", str(trained_model_dir), "--registry", str(registry_dir)]) == 0  # same artifact: no-op

    altered = tmp_path / "altered"
    shutil.copytree(trained_model_dir, altered)
    manifest = json.loads((altered / "manifest.json").read_text())
    manifest["model_sha256"] = "0" * 64
    (altered / "manifest.json").write_text(json.dumps(manifest))
    assert main(["register", str(altered), "--registry", str(registry_dir)]) == 2
    assert "does not match" in capsys.readouterr().err

    capsys.readouterr()
    assert main(["models", "--registry", str(registry_dir)]) == 0
    out = capsys.readouterr().out
    assert CHAMPION in out and "weak" in out and "no version is live" in out


def test_promote_gate_refuses_more_missed_threats_unless_forced(registry_dir, gold_results, capsys):
    champion, challenger = gold_results
    # the construction is honest: the weak model really misses more threats on gold
    assert challenger["missed_threat_rate"] > champion["missed_threat_rate"]

    assert main(["promote", CHAMPION, "--why", "first model", "--by", "alice", "--registry", str(registry_dir)]) == 0
    registry = Registry(registry_dir)
    assert registry.current() == CHAMPION
    first = history(registry_dir)
    assert len(first) == 1
    assert first[0]["from"] is None and first[0]["to"] == CHAMPION and first[0]["by"] == "alice"
    assert first[0]["why"] == "first model" and first[0]["forced"] is False
    assert datetime.fromisoformat(first[0]["at"]).utcoffset().total_seconds() == 0

    capsys.readouterr()
    assert main(["promote", "weak", "--why", "more welfare referrals", "--by", "bob",
                 "--registry", str(registry_dir)]) == 1
    captured = capsys.readouterr()
    assert "refused" in captured.err and "misses more threats" in captured.err
    assert f"{challenger['missed_threats']}/{challenger['threat_notes']}" in captured.out
    assert registry.current() == CHAMPION and len(history(registry_dir)) == 1

    assert main(["promote", "weak", "--why", "accepted by the duty inspector: incident 42", "--by", "bob",
                 "--force", "--registry", str(registry_dir)]) == 0
    assert registry.current() == "weak"
    last = history(registry_dir)[-1]
    assert last["from"] == CHAMPION and last["to"] == "weak" and last["by"] == "bob"
    assert last["forced"] is True and last["why"] == "accepted by the duty inspector: incident 42"
    assert last["details"]["challenger"]["missed_threat_rate"] == challenger["missed_threat_rate"]

    capsys.readouterr()
    assert main(["models", "--registry", str(registry_dir)]) == 0
    out = capsys.readouterr().out
    assert "* live: weak" in out
    assert f"({champion['missed_threats']}/{champion['threat_notes']})" in out  # gold figures recorded


def test_a_challenger_trained_on_gold_is_refused_even_when_forced(registry_dir, trained_model_dir, tmp_path, capsys):
    from model.artifacts import sha256_file

    leaky = tmp_path / "leaky"
    shutil.copytree(trained_model_dir, leaky)
    manifest = json.loads((leaky / "manifest.json").read_text())
    manifest["version"] = "leaky"
    manifest["training_files"].append({"path": "gold.csv", "sha256": sha256_file(GOLD_SET)})
    (leaky / "manifest.json").write_text(json.dumps(manifest))
    assert main(["register", str(leaky), "--registry", str(registry_dir)]) == 0
    assert main(["promote", "leaky", "--why", "x", "--force", "--registry", str(registry_dir)]) == 2
    assert "evaluation only" in capsys.readouterr().err
    assert Registry(registry_dir).current() is None


def test_live_on_answers_for_any_date(registry_dir):
    registry = Registry(registry_dir)
    t1 = datetime(2026, 1, 10, 9, 0, tzinfo=timezone.utc)
    t2 = datetime(2026, 2, 1, 14, 30, tzinfo=timezone.utc)
    registry.promote(CHAMPION, by="alice", why="first", at=t1)
    registry.promote("weak", by="bob", why="forced for a test", forced=True, expected_current=CHAMPION, at=t2)
    assert registry.live_on(date(2026, 1, 9)) is None
    assert registry.live_on(date(2026, 1, 10)) == CHAMPION
    assert registry.live_on(date(2026, 1, 31)) == CHAMPION
    assert registry.live_on(date(2026, 2, 1)) == "weak"  # a date means the end of that UTC day
    assert registry.live_on(datetime(2026, 2, 1, 14, 0, tzinfo=timezone.utc)) == CHAMPION
    assert [s.version for s in registry.live_during(date(2026, 2, 1))] == [CHAMPION, "weak"]
    with pytest.raises(RegistryError, match="in order"):
        registry.promote(CHAMPION, by="x", why="back-dated", expected_current="weak", at=t1)
    with pytest.raises(RegistryError, match="changed"):
        registry.promote(CHAMPION, by="x", why="stale champion", expected_current=CHAMPION)


def test_models_live_on_command(registry_dir, capsys):
    registry = Registry(registry_dir)
    registry.promote(CHAMPION, by="alice", why="first", at=datetime(2026, 3, 1, 8, tzinfo=timezone.utc))
    registry.promote("weak", by="bob", why="urgent", forced=True, expected_current=CHAMPION,
                     at=datetime(2026, 3, 1, 12, tzinfo=timezone.utc))
    capsys.readouterr()
    assert main(["models", "--live-on", "2026-03-01", "--registry", str(registry_dir)]) == 0
    out = capsys.readouterr().out
    assert out.index(CHAMPION) < out.index("weak") and "FORCED: urgent" in out
    assert main(["models", "--live-on", "2026-02-28", "--registry", str(registry_dir)]) == 0
    assert "nothing" in capsys.readouterr().out
    assert main(["models", "--live-on", "2026-03-01T10:00:00+00:00", "--registry", str(registry_dir)]) == 0
    assert CHAMPION in capsys.readouterr().out


def test_compare_lists_every_differing_note(registry_dir, weak_model_dir, gold_results, tmp_path, capsys):
    out = tmp_path / "diff.csv"
    capsys.readouterr()
    assert main(["compare", "--champion", CHAMPION, "--challenger", str(weak_model_dir),
                 "--data", str(GOLD_SET), "--out", str(out), "--registry", str(registry_dir)]) == 0
    screen = capsys.readouterr().out
    assert f"champion {CHAMPION}" in screen and "challenger weak" in screen
    assert screen.index("missed-threat rate") < screen.index("welfare referral recall")
    diff = pd.read_csv(out, keep_default_na=False)
    assert len(diff) > 0 and f"{len(diff)} of 407 notes differ" in screen
    assert ((diff["champion_recommendation"] != diff["challenger_recommendation"])
            | (diff["champion_flags"] != diff["challenger_flags"])).all()
    gold = load_labelled([GOLD_SET]).set_index("id")
    assert set(diff["id"]) <= set(gold.index)
    champion, challenger = gold_results
    newly = diff.loc[diff["challenger_missed_threat"] & ~diff["champion_missed_threat"], "id"].tolist()
    recovered = diff.loc[diff["champion_missed_threat"] & ~diff["challenger_missed_threat"], "id"].tolist()
    assert len(newly) - len(recovered) == challenger["missed_threats"] - champion["missed_threats"]
    assert f"threats missed by the challenger only: {len(newly)}" in screen
    assert "text" not in diff.columns


def test_default_model_dir_follows_the_registry_pointer(tmp_path, monkeypatch, registry_dir):
    from training.paths import FALLBACK_MODEL_DIR, default_model_dir

    monkeypatch.delenv("TRIAGE_MODEL_DIR", raising=False)
    monkeypatch.setenv("TRIAGE_REGISTRY_DIR", str(registry_dir))
    assert default_model_dir() == FALLBACK_MODEL_DIR == Path("var/model")  # no pointer yet: unchanged default
    Registry(registry_dir).promote("weak", by="alice", why="test")
    assert default_model_dir() == registry_dir / "weak"
    monkeypatch.setenv("TRIAGE_MODEL_DIR", str(tmp_path / "explicit"))
    assert default_model_dir() == tmp_path / "explicit"  # the override still wins

    assert resolve_model_dir(tmp_path / "empty-registry", "fallback") == Path("fallback")
    (registry_dir / "CURRENT").write_text("gone\n")
    with pytest.raises(RegistryError, match="not in the registry"):
        resolve_model_dir(registry_dir, "fallback")


def test_unsafe_version_names_are_refused(tmp_path, trained_model_dir):
    bad = tmp_path / "bad"
    shutil.copytree(trained_model_dir, bad)
    manifest = json.loads((bad / "manifest.json").read_text())
    manifest["version"] = "../escape"
    (bad / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RegistryError, match="safe directory name"):
        Registry(tmp_path / "models").register(bad)
