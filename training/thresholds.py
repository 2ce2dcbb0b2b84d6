"""Per-label decision thresholds, tuned on out-of-fold probabilities.

threat_to_life is tuned for recall (missing a threat is the worst error);
the other flags maximise F1.
"""
from __future__ import annotations

import math

import numpy as np
from sklearn.metrics import precision_recall_curve

from model.labels import LABELS, THREAT_TO_LIFE


def threshold_for_recall(y_true: np.ndarray, proba: np.ndarray, target: float) -> float:
    """The highest threshold whose recall (p >= t) reaches ``target``."""
    if not 0 < target <= 1:
        raise ValueError(f"recall target must be in (0, 1], got {target}")
    positives = np.sort(np.asarray(proba)[np.asarray(y_true) == 1])[::-1]
    if positives.size == 0:
        raise ValueError("no positive examples to tune a recall threshold on")
    needed = math.ceil(target * positives.size - 1e-9)
    return float(positives[needed - 1])


def threshold_max_f1(y_true: np.ndarray, proba: np.ndarray) -> float:
    """The threshold that maximises F1 (ties: the lowest, i.e. the safer one)."""
    precision, recall, thresholds = precision_recall_curve(y_true, proba)
    precision, recall = precision[:-1], recall[:-1]
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros_like(denom), where=denom > 0)
    return float(thresholds[int(np.argmax(f1))])


def tune_thresholds(Y: np.ndarray, proba: np.ndarray, threat_recall_target: float = 0.98) -> dict[str, float]:
    """Thresholds for every label from out-of-fold probabilities."""
    thresholds = {}
    for j, label in enumerate(LABELS):
        if label == THREAT_TO_LIFE:
            thresholds[label] = threshold_for_recall(Y[:, j], proba[:, j], threat_recall_target)
        else:
            thresholds[label] = threshold_max_f1(Y[:, j], proba[:, j])
    return thresholds
