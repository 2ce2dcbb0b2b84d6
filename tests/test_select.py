"""Model selection: candidates ranked in the policy's order, on dev notes when given."""
from __future__ import annotations


import pytest

from training.cli import main
from training.contract import load_labelled
from training.select import compare_candidates, format_comparison, ranking_key
from training.train import TrainConfig

TWO = {"logreg C=8": {"algorithm": "logreg", "C": 8.0, "use_char": False, "context": True, "resolved": True},
       "complement NB": {"algorithm": "complement_nb", "use_char": False, "context": True, "resolved": True}}


@pytest.fixture(scope="module")
def frames(small_corpus_path):
    frame = load_labelled([small_corpus_path])
    return frame.iloc[:1500].reset_index(drop=True), frame.iloc[1500:1800].reset_index(drop=True)


def test_dev_figures_come_from_the_dev_notes_and_include_the_rules(frames):
    train, dev = frames
    rows = compare_candidates(train, TrainConfig(seed=0, folds=3), TWO, dev=dev)
    assert {r["candidate"] for r in rows} == set(TWO)
    for row in rows:
        combined, model = row["dev"]["combined"], row["dev"]["model only"]
        assert combined["n"] == len(dev)
        assert combined["threat_notes"] == int(dev["threat_to_life"].sum())
        # Rules only raise flags: with them, never more missed threats than the model alone.
        assert combined["missed_threats"] <= model["missed_threats"]
    assert [ranking_key(r) for r in rows] == sorted(ranking_key(r) for r in rows)
    table = format_comparison(rows)
    assert "missed threats (dev, +rules)" in table and len(table.splitlines()) == 2 + len(TWO)


def test_dev_ranks_before_out_of_fold_figures():
    def row(dev_missed, dev_welfare, oof_missed, threats=100):
        combined = {"missed_threats": dev_missed, "missed_threat_rate": dev_missed / threats,
                    "welfare_referral_recall": dev_welfare, "welfare_notes": 100}
        return {"missed_threat_rate": oof_missed, "welfare_referral_recall": 0.9, "mean_ap": 0.9,
                "dev": {"combined": combined}}

    safest = row(dev_missed=0, dev_welfare=0.70, oof_missed=0.02)
    two_more_referred_one_missed = row(dev_missed=1, dev_welfare=0.72, oof_missed=0.00)
    much_more_welfare_one_missed = row(dev_missed=1, dev_welfare=0.85, oof_missed=0.03)
    within_bar_more_welfare = row(dev_missed=2, dev_welfare=0.80, oof_missed=0.03)
    over_bar = row(dev_missed=3, dev_welfare=0.95, oof_missed=0.00)
    ranked = sorted([over_bar, safest, within_bar_more_welfare, two_more_referred_one_missed,
                     much_more_welfare_one_missed], key=ranking_key)
    # Over the 2% bar ranks last whatever its welfare recall. Within it, a missed threat costs ten
    # welfare referrals: 85 - 10 beats 70 - 0, which beats 72 - 10, which beats 80 - 20.
    assert ranked == [much_more_welfare_one_missed, safest, two_more_referred_one_missed,
                      within_bar_more_welfare, over_bar]
    # Equal scores (80 - 10 and 70 - 0) go to the fewer missed threats.
    ten_more_referred_one_missed = row(dev_missed=1, dev_welfare=0.80, oof_missed=0.00)
    assert sorted([ten_more_referred_one_missed, safest], key=ranking_key) == [safest, ten_more_referred_one_missed]


def test_select_model_cli_refuses_a_bad_dev_file(small_corpus_path, tmp_path, capsys):
    bad = tmp_path / "dev.csv"
    bad.write_text("id,text,threat_to_life,crime,welfare_only\nd1,fine,1,0,1\n", encoding="utf-8")
    assert main(["select-model", "--data", str(small_corpus_path), "--dev", str(bad)]) != 0
    err = capsys.readouterr().err
    assert "welfare_only" in err and "refused" in err


def test_every_candidate_names_the_settings_that_change_what_it_learns():
    from training.select import CANDIDATES

    for name, overrides in CANDIDATES.items():
        assert {"algorithm", "use_char", "context", "resolved", "source_weights", "welfare_model",
                "threat_model", "threshold_source", "pairwise_source_weights",
                "latest_sentence"} <= set(overrides), name
        if overrides["algorithm"] in ("logreg", "linear_svm"):
            assert "C" in overrides, name


def test_hand_written_rows_get_out_of_fold_figures_of_their_own(frames):
    train, _ = frames
    train = train.assign(source=["handwritten" if i % 5 == 0 else "generated" for i in range(len(train))])
    rows = compare_candidates(train, TrainConfig(seed=0, folds=3), {"logreg C=8": TWO["logreg C=8"]})
    written = rows[0]["handwritten_oof"]
    assert written["n"] == 300
    assert 0.0 <= written["missed_threat_rate"] <= 1.0 and 0.0 <= written["welfare_referral_recall"] <= 1.0
    table = format_comparison(rows)
    assert "welfare referral recall (OOF, hand-written)" in table
    assert f"{100 * written['welfare_referral_recall']:.1f}%" in table.splitlines()[2]
    # Without hand-written rows the columns are left out rather than shown empty.
    plain = compare_candidates(train.drop(columns="source"), TrainConfig(seed=0, folds=3),
                               {"logreg C=8": TWO["logreg C=8"]})
    assert "handwritten_oof" not in plain[0] and "hand-written" not in format_comparison(plain)
