"""The CLI end to end on small files: generate, validate, train, evaluate, predict."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.cli import main


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli")


def test_generate_validate_train_evaluate_predict(workdir, capsys):
    data = workdir / "notes.csv"
    assert main(["generate", "--n", "700", "--seed", "11", "--out", str(data)]) == 0
    assert main(["validate", str(data)]) == 0
    assert "700 rows, 0 errors" in capsys.readouterr().out

    model_dir = workdir / "model"
    assert main(["train", "--data", str(data), "--out", str(model_dir), "--folds", "3",
                 "--version", "cli-test"]) == 0
    out = capsys.readouterr().out
    assert "model cli-test written" in out and "missed-threat rate" in out
    manifest = json.loads((model_dir / "manifest.json").read_text())
    assert manifest["version"] == "cli-test" and manifest["rows"]["total"] == 700

    report = workdir / "eval.json"
    assert main(["evaluate", "--data", str(data), "--model", str(model_dir), "--json", str(report)]) == 0
    out = capsys.readouterr().out
    assert out.index("missed-threat rate") < out.index("welfare referral recall")
    figures = json.loads(report.read_text())
    assert set(figures["systems"]) == {"model only", "rules only", "combined"}
    assert figures["systems"]["combined"]["n"] == 700

    unlabelled = workdir / "score.jsonl"
    unlabelled.write_text('{"id": "x1", "text": "he has taken 40 paracetamol and is saying goodbye"}\n'
                          '{"id": "x2", "text": "found a lost dog in the park"}\n')
    preds = workdir / "preds.jsonl"
    assert main(["predict", "--data", str(unlabelled), "--model", str(model_dir), "--out", str(preds)]) == 0
    records = [json.loads(line) for line in preds.read_text().splitlines()]
    assert [r["id"] for r in records] == ["x1", "x2"]
    for r in records:
        assert {"threat_to_life", "crime", "welfare_only", "probabilities", "recommendation", "reasons"} <= set(r)
        assert r["threat_to_life"] in (0, 1)


def test_validate_and_train_refuse_bad_files(workdir, capsys):
    bad = workdir / "bad.csv"
    bad.write_text("id,text,threat_to_life,crime,welfare_only\na,ok,0,0,1\nb,  ,0,0,1\nc,x,0,3,0\n")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "line 3, column 'text'" in out and "line 4, column 'crime'" in out
    assert main(["train", "--data", str(bad), "--out", str(workdir / "never")]) == 1
    assert "refused" in capsys.readouterr().err
    assert not (workdir / "never").exists()


def test_missing_model_and_unknown_output_type_are_clear_errors(workdir, capsys):
    data = workdir / "tiny.csv"
    data.write_text("id,text\na,note\n")
    assert main(["predict", "--data", str(data), "--model", str(workdir / "absent"),
                 "--out", str(workdir / "p.jsonl")]) == 2
    assert "manifest not found" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="unknown file type"):
        main(["generate", "--n", "5", "--out", str(workdir / "x.txt")])


def test_train_model_and_threshold_options_reach_the_config(capsys):
    from training.cli import build_parser, train_config
    from training.train import TrainConfig

    def config(*extra: str) -> TrainConfig:
        return train_config(build_parser().parse_args(["train", "--data", "x.csv", "--out", "o", *extra]))

    defaults = config()
    assert (defaults.threat_model, defaults.threshold_source) == (TrainConfig().threat_model,
                                                                  TrainConfig().threshold_source)
    chosen = config("--threat-model", "vs_all", "--welfare-model", "both", "--threshold-source", "all")
    assert (chosen.threat_model, chosen.welfare_model, chosen.threshold_source) == ("vs_all", "both", None)
    assert config("--threshold-source", "review").threshold_source == "review"
    assert defaults.latest_sentence == TrainConfig().latest_sentence
    assert config("--latest-sentence").latest_sentence is True
    assert config("--no-latest-sentence").latest_sentence is False
    assert config("--latest-sentence").make_classifier().make_processor().latest_sentence is True
    with pytest.raises(SystemExit):
        config("--threat-model", "guess")
    assert "--threat-model" in capsys.readouterr().err


def test_train_source_weight_option_is_parsed_and_recorded(workdir, capsys):
    from training.cli import build_parser, train_config

    args = build_parser().parse_args(["train", "--data", "x.csv", "--out", "o",
                                      "--source-weight", "handwritten=4", "--source-weight", "review=2.5"])
    assert train_config(args).source_weights == {"handwritten": 4.0, "review": 2.5}
    args = build_parser().parse_args(["train", "--data", "x.csv", "--out", "o",
                                      "--pairwise-source-weight", "handwritten=50"])
    assert train_config(args).pairwise_source_weights == {"handwritten": 50.0}
    for option in ("--source-weight", "--pairwise-source-weight"):
        for bad in ("handwritten", "handwritten=0", "=3", "handwritten=lots"):
            with pytest.raises(SystemExit):
                build_parser().parse_args(["train", "--data", "x.csv", "--out", "o", option, bad])
            assert "SOURCE=WEIGHT" in capsys.readouterr().err
