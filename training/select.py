"""Model selection by cross-validated evidence.

Each candidate is fitted with the same folds; the comparison uses the
out-of-fold probabilities only. Ranking follows the labelling policy's order
of what matters, at the operating point (thresholds tuned as in training):
fewest missed threats first, then the highest welfare referral recall, then
mean average precision over the three flags (threshold-free) to break ties.
"""
from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

from model.decision import DecisionPolicy
from model.labels import LABELS
from training.contract import label_matrix
from training.metrics import safety_metrics
from training.thresholds import tune_thresholds
from training.train import TrainConfig, decisions

#: Each candidate names every setting it differs on, so that changing a
#: default in TrainConfig can never silently change what a row means.
_WORDS_CHARS = {"use_char": True}
_WORDS = {"use_char": False}
_CONTEXT = {"context": True, "resolved": False}
_NO_CONTEXT = {"context": False, "resolved": False}
_RESOLVED = {"context": True, "resolved": True}
CANDIDATES: dict[str, dict[str, Any]] = {
    "logreg words+chars, no context": {"algorithm": "logreg", **_WORDS_CHARS, **_NO_CONTEXT},
    "logreg words+chars, context": {"algorithm": "logreg", **_WORDS_CHARS, **_CONTEXT},
    "logreg words only, context": {"algorithm": "logreg", **_WORDS, **_CONTEXT},
    "logreg words only, context + resolved": {"algorithm": "logreg", **_WORDS, **_RESOLVED},
    "linear SVM words+chars, no context": {"algorithm": "linear_svm", **_WORDS_CHARS, **_NO_CONTEXT},
    "linear SVM words+chars, context": {"algorithm": "linear_svm", **_WORDS_CHARS, **_CONTEXT},
    "linear SVM words only, context": {"algorithm": "linear_svm", **_WORDS, **_CONTEXT},
    "linear SVM words only, context + resolved": {"algorithm": "linear_svm", **_WORDS, **_RESOLVED},
    "SGD modified-huber words only, context + resolved": {"algorithm": "sgd_huber", **_WORDS, **_RESOLVED},
    "complement NB words only, context + resolved": {"algorithm": "complement_nb", **_WORDS, **_RESOLVED},
}


def compare_candidates(frame: pd.DataFrame, base: TrainConfig,
                       candidates: dict[str, dict[str, Any]] = CANDIDATES) -> list[dict[str, Any]]:
    """Out-of-fold figures for every candidate, best first."""
    Y = label_matrix(frame)
    texts = frame["text"].tolist()
    normalised_cache: dict[tuple[bool, bool], list[str]] = {}
    rows = []
    for name, overrides in candidates.items():
        config = replace(base, **overrides)
        classifier = config.make_classifier()
        key = (config.context, config.resolved)  # the settings that change the normalised text
        if key not in normalised_cache:
            normalised_cache[key] = classifier.make_processor().normalise(texts)
        started = time.perf_counter()
        classifier.fit_normalised(normalised_cache[key], Y)
        seconds = time.perf_counter() - started
        proba = classifier.oof_proba_
        thresholds = tune_thresholds(Y, proba, config.threat_recall_target)
        flags, recs = decisions(DecisionPolicy(thresholds, config.review_band), proba)
        metrics = safety_metrics(Y, flags, recs)
        ap = {label: float(average_precision_score(Y[:, j], proba[:, j])) for j, label in enumerate(LABELS)}
        rows.append({"candidate": name, "config": overrides, "mean_ap": float(np.mean(list(ap.values()))),
                     "ap": ap, "threat_precision": metrics["per_label"]["threat_to_life"]["precision"],
                     "crime_f1": metrics["per_label"]["crime"]["f1"],
                     "welfare_f1": metrics["per_label"]["welfare_only"]["f1"],
                     "missed_threat_rate": metrics["missed_threat_rate"],
                     "welfare_referral_recall": metrics["welfare_referral_recall"],
                     "fit_seconds": seconds})
    rows.sort(key=lambda r: (round(r["missed_threat_rate"], 4), -round(r["welfare_referral_recall"], 4),
                             -r["mean_ap"]))
    return rows


def format_comparison(rows: list[dict[str, Any]]) -> str:
    header = ("| candidate | mean AP | AP threat | AP crime | AP welfare | threat precision @ target recall "
              "| crime F1 | welfare F1 | missed-threat (OOF) | welfare referral recall (OOF) | fit s |")
    lines = [header, "|" + "---|" * 11]
    for r in rows:
        lines.append(f"| {r['candidate']} | {r['mean_ap']:.4f} | {r['ap']['threat_to_life']:.4f} | "
                     f"{r['ap']['crime']:.4f} | {r['ap']['welfare_only']:.4f} | {r['threat_precision']:.3f} | "
                     f"{r['crime_f1']:.3f} | {r['welfare_f1']:.3f} | {100 * r['missed_threat_rate']:.1f}% | "
                     f"{100 * r['welfare_referral_recall']:.1f}% | {r['fit_seconds']:.1f} |")
    return "\n".join(lines)
