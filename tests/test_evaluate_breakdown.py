"""Where true welfare-only notes that were not referred went, and why."""
from __future__ import annotations

import pandas as pd

from model.predictor import Prediction
from training.evaluate import format_welfare_not_referred, welfare_not_referred


def _prediction(recommendation: str, model_flags: dict[str, bool] | None = None,
                rule_flags: list[str] | None = None) -> Prediction:
    flags = {"threat_to_life": False, "crime": False, "welfare_only": recommendation == "partner"}
    return Prediction(id=None, flags=flags, probabilities=None, recommendation=recommendation, reasons=[],
                      model_version="m", rules_version="r", model_flags=model_flags,
                      rule_flags=rule_flags or [])


def test_each_welfare_note_not_referred_is_counted_once_under_its_first_cause():
    model_threat = {"threat_to_life": True, "crime": False, "welfare_only": False}
    model_crime = {"threat_to_life": False, "crime": True, "welfare_only": False}
    rows = [  # (true welfare_only, prediction)
        (1, _prediction("partner")),
        (1, _prediction("police", model_threat, ["threat_to_life"])),  # a rule fired: counted as the rule's
        (1, _prediction("police", {"threat_to_life": False, "crime": False, "welfare_only": True}, ["crime"])),
        (1, _prediction("police", model_threat)),
        (1, _prediction("police", model_crime)),
        (1, _prediction("review")),
        (1, _prediction("none")),
        (1, _prediction("none")),
        (0, _prediction("police", model_threat)),  # not a welfare note: not counted
        (0, _prediction("none")),
    ]
    frame = pd.DataFrame({"welfare_only": [w for w, _ in rows]})
    counts = welfare_not_referred(frame, [p for _, p in rows])
    assert counts == {"police: a rule fired": 2, "police: model threat_to_life": 1, "police: model crime": 1,
                      "review": 1, "none": 2, "total": 7, "welfare_notes": 8}
    assert format_welfare_not_referred(counts) == (
        "welfare-only notes not referred: 7 of 8 (police: a rule fired 2, police: model threat_to_life 1, "
        "police: model crime 1, review 1, none 2)")


def test_the_evaluate_command_prints_the_breakdown(trained_model_dir, small_corpus_path, tmp_path, capsys):
    from training.cli import main

    frame = pd.read_csv(small_corpus_path).head(60)
    path = tmp_path / "notes.csv"
    frame.to_csv(path, index=False)
    assert main(["evaluate", "--data", str(path), "--model", str(trained_model_dir)]) == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("welfare-only notes not referred:"))
    assert f" of {int((frame['welfare_only'] == 1).sum())} (" in line
