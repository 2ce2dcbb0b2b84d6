"""`triage suspects`: deliberately flipped labels surface at the top of the list.

Twenty notes of the small generated corpus (3,000 notes) get a different,
contract-valid label set, drawn at random. The generated corpus also holds
genuinely hard notes that a 3-fold model on 2,000 notes gets wrong, and
confident learning cannot tell those from label errors, so the test asks for
most flips to be found and for them to crowd the top of the list, not for a
perfect list. (Measured on seeds 0-3: 17-19 of 20 found, 11-15 in the top 100
notes. Flips aimed only at threat_to_life notes are found less often, about
half: a model this small recognises only ~60% of threat-only notes.)
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from training.cli import main
from training.suspects import COLUMNS

FLAGS = ["threat_to_life", "crime", "welfare_only"]
VALID = [(0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 0), (1, 1, 0)]
N_FLIPS = 20


def flip_labels(frame: pd.DataFrame, n: int, seed: int) -> set[str]:
    """Give ``n`` random notes another valid label set; return their ids."""
    rng = np.random.default_rng(seed)
    rows = rng.choice(len(frame), n, replace=False)
    for row in rows:
        current = tuple(int(v) for v in frame.loc[row, FLAGS])
        options = [combo for combo in VALID if combo != current]
        frame.loc[row, FLAGS] = options[rng.integers(len(options))]
    return set(frame.loc[rows, "id"])


def test_flipped_labels_are_among_the_top_suspects(tmp_path, small_corpus_path, capsys):
    frame = pd.read_csv(small_corpus_path)
    flipped = flip_labels(frame, N_FLIPS, seed=0)
    noisy = tmp_path / "noisy.csv"
    frame.to_csv(noisy, index=False)

    out = tmp_path / "suspects.csv"
    assert main(["suspects", "--data", str(noisy), "--out", str(out), "--folds", "3"]) == 0
    assert "suspected label errors" in capsys.readouterr().out

    suspects = pd.read_csv(out)
    assert tuple(suspects.columns) == COLUMNS
    assert suspects["rank"].tolist() == list(range(1, len(suspects) + 1))
    assert suspects["quality"].is_monotonic_increasing, "worst (lowest quality) first"
    assert (suspects["suspected_label"] == 1 - suspects["given_label"]).all()
    # quality is the self-confidence: the out-of-fold probability of the given label
    expected_quality = np.where(suspects["given_label"] == 1, suspects["oof_probability"],
                                1 - suspects["oof_probability"])
    np.testing.assert_allclose(suspects["quality"], expected_quality, atol=2e-4)

    ranked_ids = list(dict.fromkeys(suspects["id"]))  # notes in order of their worst flag
    found = flipped & set(ranked_ids)
    assert len(found) >= 14, f"only {len(found)} of {N_FLIPS} flipped labels found"
    top = flipped & set(ranked_ids[:100])
    # by chance, 100 of 3,000 notes would hold 0.67 of the 20 flips
    assert len(top) >= 8, f"only {len(top)} flipped labels among the top 100 suspects"
