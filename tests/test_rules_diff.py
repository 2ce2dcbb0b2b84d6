"""`triage rules diff`: what a rules change gains and loses on labelled notes."""
from __future__ import annotations

import importlib.resources

import pandas as pd
import yaml

from training.cli import main


def _rules_without(tmp_path, rule_id: str):
    source = importlib.resources.files("model") / "resources" / "rules.yaml"
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    raw["rules"] = [rule for rule in raw["rules"] if rule["id"] != rule_id]
    raw["version"] = "without-" + rule_id
    path = tmp_path / "old-rules.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def _notes(tmp_path):
    rows = [("fire-true", "house fire, two children trapped upstairs", 1, 0, 0),
            # labelled (deliberately) as no threat: a rule firing on it is a false alarm
            ("fire-false", "flat on fire and the elderly occupant is still inside", 0, 0, 0),
            ("plain", "lost my wallet on the bus yesterday", 0, 0, 0)]
    path = tmp_path / "notes.csv"
    pd.DataFrame(rows, columns=["id", "text", "threat_to_life", "crime", "welfare_only"]).to_csv(path, index=False)
    return path


def _line(out: str, flag: str, bucket: str) -> str:
    return next(line for line in out.splitlines() if line.strip().startswith(flag) and bucket in line)


def test_adding_a_rule_shows_true_and_false_flags_gained(tmp_path, capsys):
    old = _rules_without(tmp_path, "fire_people_at_risk")
    assert main(["rules", "diff", "--old", str(old), "--data", str(_notes(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "without-fire_people_at_risk ->" in out and "on 3 labelled notes" in out
    assert _line(out, "threat_to_life", "now raised, true").split()[-2:] == ["1", "fire-true"]
    assert _line(out, "threat_to_life", "now raised, not true").split()[-2:] == ["1", "fire-false"]
    assert _line(out, "threat_to_life", "no longer raised, true").split()[-1] == "0"
    assert "lost my wallet" not in out  # ids only, never note text


def test_removing_a_rule_shows_the_true_threats_it_stops_catching(tmp_path, capsys):
    new = _rules_without(tmp_path, "fire_people_at_risk")
    from model.rules import RuleSet

    packaged = tmp_path / "packaged.yaml"
    packaged.write_text((importlib.resources.files("model") / "resources" / "rules.yaml").read_text("utf-8"), "utf-8")
    assert RuleSet.load(packaged).version != RuleSet.load(new).version
    assert main(["rules", "diff", "--old", str(packaged), "--rules", str(new), "--data", str(_notes(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert _line(out, "threat_to_life", "no longer raised, true").split()[-2:] == ["1", "fire-true"]
    assert _line(out, "threat_to_life", "no longer raised, not true").split()[-2:] == ["1", "fire-false"]


def test_a_missing_old_rules_file_is_named(tmp_path, capsys):
    assert main(["rules", "diff", "--old", str(tmp_path / "nope.yaml"), "--data", str(_notes(tmp_path))]) != 0
    assert "--old" in capsys.readouterr().err
