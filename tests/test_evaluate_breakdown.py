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


def test_figures_by_phase_count_missed_threats_and_referrals_per_value():
    from training.evaluate import breakdown, format_breakdown

    rows = [  # (phase, threat, welfare, recommendation)
        ("walk_out", 1, 0, "police"), ("walk_out", 1, 0, "review"), ("walk_out", 1, 0, "partner"),
        ("walk_out", 0, 1, "partner"), ("welfare_check", 0, 1, "police"), ("welfare_check", 0, 1, "partner"),
        ("welfare_check", 1, 0, "none"), ("", 0, 0, "none"),
    ]
    frame = pd.DataFrame({"phase": [r[0] for r in rows], "threat_to_life": [r[1] for r in rows],
                          "welfare_only": [r[2] for r in rows]})
    result = breakdown(frame, [_prediction(r[3]) for r in rows], "phase")
    assert result == [
        {"phase": "(blank)", "notes": 1, "threat_notes": 0, "missed_threats": 0, "welfare_notes": 0,
         "welfare_referred": 0, "welfare_referral_recall": None},
        {"phase": "walk_out", "notes": 4, "threat_notes": 3, "missed_threats": 1, "welfare_notes": 1,
         "welfare_referred": 1, "welfare_referral_recall": 1.0},
        {"phase": "welfare_check", "notes": 3, "threat_notes": 1, "missed_threats": 1, "welfare_notes": 2,
         "welfare_referred": 1, "welfare_referral_recall": 0.5},
    ]
    text = format_breakdown(result, "phase")
    assert text.splitlines()[0] == "combined, by phase:"
    assert "walk_out" in text and "1/3" in text and "1/2 (50.0%)" in text


def test_the_evaluate_command_gives_figures_by_column_and_refuses_an_unknown_one(
        trained_model_dir, small_corpus_path, tmp_path, capsys):
    import json

    import pytest

    from training.cli import main

    frame = pd.read_csv(small_corpus_path).head(60)
    path = tmp_path / "notes.csv"
    frame.to_csv(path, index=False)
    out = tmp_path / "figures.json"
    assert main(["evaluate", "--data", str(path), "--model", str(trained_model_dir), "--by", "phase",
                 "--json", str(out)]) == 0
    assert "combined, by phase:" in capsys.readouterr().out
    by_phase = json.loads(out.read_text())["by"]["phase"]
    assert sum(row["notes"] for row in by_phase) == len(frame)
    assert sum(row["welfare_notes"] for row in by_phase) == int((frame["welfare_only"] == 1).sum())
    with pytest.raises(SystemExit):
        main(["evaluate", "--data", str(path), "--by", "rationale"])
    assert "--by" in capsys.readouterr().err


def test_figures_by_hard_case_tag_when_the_file_has_one_and_blank_when_it_does_not(
        trained_model_dir, small_corpus_path, tmp_path, capsys):
    from training.cli import main

    frame = pd.read_csv(small_corpus_path).head(40)
    tagged = frame.assign(hard_case=["negation" if i % 4 == 0 else "" for i in range(len(frame))])
    path = tmp_path / "tagged.csv"
    tagged.to_csv(path, index=False)
    assert main(["evaluate", "--data", str(path), "--model", str(trained_model_dir), "--by", "hard_case"]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = lines[lines.index("combined, by hard_case:") + 2:]
    assert [line.split()[:2] for line in table] == [["(blank)", "30"], ["negation", "10"]]

    plain = tmp_path / "plain.csv"
    frame.drop(columns="hard_case", errors="ignore").to_csv(plain, index=False)
    assert main(["evaluate", "--data", str(plain), "--model", str(trained_model_dir), "--by", "hard_case"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[lines.index("combined, by hard_case:") + 2].split()[:2] == ["(blank)", "40"]


def test_the_breakdown_columns_line_up_for_long_values():
    from training.evaluate import format_breakdown

    rows = [{"hard_case": value, "notes": 3, "threat_notes": 1, "missed_threats": 0, "welfare_notes": 2,
             "welfare_referred": 1, "welfare_referral_recall": 0.5}
            for value in ("negation", "crime_without_legal_words")]
    header, *table = format_breakdown(rows, "hard_case").splitlines()[1:]
    assert {len(line) for line in table} == {len(header)}  # every column ends where its heading does
    assert all(line.index(" 3 ") + 2 == header.index("notes") + len("notes") for line in table)
