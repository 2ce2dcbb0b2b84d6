"""Damaged model artifacts and rules files are refused at load with a clear
message, and a running service keeps serving its old model when a reload is
pointed at a damaged artifact."""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from robust_support import ADMIN, API_KEYS, HANDLER

from model.artifacts import ArtifactError, load_artifact
from model.predictor import Predictor
from model.rules import RuleSet, RulesError


def truncate(model_dir: Path) -> None:
    path = model_dir / "model.joblib"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip_byte(model_dir: Path) -> None:
    path = model_dir / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def wrong_format(model_dir: Path) -> None:
    path = model_dir / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["artifact_format"] = 999
    path.write_text(json.dumps(manifest), encoding="utf-8")


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (truncate, r"SHA-256 .* does not match the manifest.*truncated or altered"),
    "flipped_byte": (flip_byte, r"SHA-256 .* does not match the manifest.*truncated or altered"),
    "wrong_format": (wrong_format, r"artifact_format 999 is not supported"),
}


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, trained_model_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    damage, message = DAMAGE[request.param]
    model_dir = Path(shutil.copytree(trained_model_dir, tmp_path / f"bad_{request.param}"))
    damage(model_dir)
    return model_dir, message


def test_damaged_artifact_refused_at_load(damaged: tuple[Path, str]) -> None:
    model_dir, message = damaged
    with pytest.raises(ArtifactError, match=message):
        load_artifact(model_dir)


def test_running_service_keeps_old_model_on_bad_reload(damaged: tuple[Path, str], trained_model_dir: Path,
                                                       predictor: Any, tmp_path: Path) -> None:
    from serve.app import create_app
    from serve.settings import Settings

    model_dir, message = damaged
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'reload.db'}", model_dir=trained_model_dir,
                        api_keys=API_KEYS)
    with TestClient(create_app(settings, predictor=predictor), raise_server_exceptions=False) as client:
        before = client.get("/v1/model", headers=ADMIN).json()
        assert before["model_version"] == "test-small"

        r = client.post("/v1/admin/reload", json={"model_dir": str(model_dir)}, headers=ADMIN)
        assert r.status_code == 409, r.text
        (item,) = r.json()["detail"]
        assert item["field"] == "model_dir"
        assert re.search(message, item["message"]), item["message"]

        after = client.get("/v1/model", headers=ADMIN).json()
        assert after["model_version"] == before["model_version"]
        assert after["degraded"] is False
        p = client.post("/v1/predict", json={"text": "male on the bridge threatening to jump"}, headers=HANDLER)
        assert p.status_code == 200, p.text
        assert p.json()["model_version"] == before["model_version"] and p.json()["degraded"] is False


PACKAGED_RULES = Path(__file__).resolve().parents[2] / "model" / "resources" / "rules.yaml"


def test_rules_yaml_syntax_error_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text('version: "x"\nrules:\n  - id: broken\n    flags: [threat_to_life\n', encoding="utf-8")
    with pytest.raises(RulesError, match=r"rules\.yaml: line \d+, column \d+: YAML syntax error"):
        RuleSet.load(path, check=True)


def test_rule_breaking_its_own_examples_refused(tmp_path: Path) -> None:
    original = PACKAGED_RULES.read_text(encoding="utf-8")
    harmless = '        - "kids waving water guns at each other in the park"\n'
    assert original.count(harmless) == 1, "the packaged rules changed; pick another no_fire example"
    # A no_fire example that the weapon_threatened rule plainly fires on.
    broken = original.replace(harmless, '        - "youth waving a machete at a shopkeeper on the high street"\n')
    path = tmp_path / "rules.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RulesError, match=r"rules break their own examples: .*weapon_threatened"):
        RuleSet.load(path, check=True)
    RuleSet.load(PACKAGED_RULES, check=False)  # the packaged file itself still loads


def test_predictor_load_refuses_bad_rules_file(trained_model_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError, match="YAML syntax error"):
        Predictor.load(trained_model_dir, rules_path=path)
