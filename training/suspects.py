"""`triage suspects`: notes whose given label is probably wrong (confident learning).

Each note is scored by a model that never saw it: the classifier's own K-fold
pass yields out-of-fold probabilities (``TriageClassifier.oof_proba_``) at
no extra cost. Per flag, cleanlab's ``find_label_issues`` (confident
learning: per-class thresholds at the average self-confidence, pruning by the
estimated noise rates) takes the 0/1 labels and the binary out-of-fold
probabilities and returns the notes it believes mislabelled. Every suspect is
ranked by its label-quality score, the self-confidence (the out-of-fold
probability of the label it was given): the lower, the more likely wrong.
cleanlab serves here as-is, so confident learning is not reimplemented.

A note can be a suspect for more than one flag (a threat mislabelled as
welfare-only is suspect on both); each (note, flag) is one row, so the
reviewer sees which flag is in doubt. The output contains note text by design
(a QA worklist); nothing here logs it.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from cleanlab.filter import find_label_issues
from cleanlab.rank import get_label_quality_scores

from model.labels import LABELS
from training.contract import label_matrix
from training.train import TrainConfig

COLUMNS = ("rank", "id", "text", "flag", "given_label", "suspected_label", "oof_probability", "quality")


def out_of_fold_proba(frame: pd.DataFrame, folds: int = 5, seed: int = 0) -> np.ndarray:
    """(n, 3) probabilities, each from a model trained without that note's fold."""
    config = TrainConfig(seed=seed, folds=folds)
    return config.make_classifier().fit(frame["text"].tolist(), label_matrix(frame)).oof_proba_


def find_suspects(frame: pd.DataFrame, oof: np.ndarray) -> pd.DataFrame:
    """Suspected label errors, one row per (note, flag), worst (lowest quality) first."""
    Y = label_matrix(frame)
    parts = []
    for j, label in enumerate(LABELS):
        given = Y[:, j]
        binary = np.column_stack([1.0 - oof[:, j], oof[:, j]])
        issues = find_label_issues(given, binary, filter_by="prune_by_noise_rate", n_jobs=1)
        quality = get_label_quality_scores(given, binary, method="self_confidence")
        rows = np.flatnonzero(issues)
        parts.append(pd.DataFrame({
            "id": frame["id"].to_numpy()[rows], "text": frame["text"].to_numpy()[rows], "flag": label,
            "given_label": given[rows], "suspected_label": 1 - given[rows],
            "oof_probability": np.round(oof[rows, j], 4), "quality": np.round(quality[rows], 4),
        }))
    suspects = pd.concat(parts, ignore_index=True)
    suspects = suspects.sort_values(["quality", "id", "flag"], kind="stable").reset_index(drop=True)
    suspects.insert(0, "rank", np.arange(1, len(suspects) + 1))
    return suspects[list(COLUMNS)]


def write_suspects(suspects: pd.DataFrame, out: str | Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    suspects.to_csv(tmp, index=False)
    tmp.replace(out)
    return out
