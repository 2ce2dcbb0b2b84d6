"""Threshold tuning and the decision policy."""
from __future__ import annotations

import numpy as np
import pytest

from model.decision import DecisionPolicy
from model.labels import LABELS
from training.thresholds import threshold_for_recall, threshold_max_f1, tune_thresholds


def test_recall_threshold_reaches_target_and_is_the_highest_that_does():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 2000)
    p = np.clip(y * 0.3 + rng.random(2000) * 0.7, 0, 1)
    for target in (0.9, 0.98, 1.0):
        t = threshold_for_recall(y, p, target)
        recall = ((p >= t) & (y == 1)).sum() / (y == 1).sum()
        assert recall >= target
        higher = np.min(p[(y == 1) & (p > t)]) if np.any((y == 1) & (p > t)) else None
        if higher is not None:
            assert ((p >= higher) & (y == 1)).sum() / (y == 1).sum() < target


def test_recall_threshold_rejects_bad_target_and_no_positives():
    with pytest.raises(ValueError):
        threshold_for_recall(np.array([0, 1]), np.array([0.1, 0.9]), 0)
    with pytest.raises(ValueError):
        threshold_for_recall(np.array([0, 0]), np.array([0.1, 0.9]), 0.9)


def test_f1_threshold_separates_a_separable_problem():
    y = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9])
    t = threshold_max_f1(y, p)
    assert 0.3 < t <= 0.7


def test_tune_thresholds_covers_every_label():
    rng = np.random.default_rng(1)
    Y = rng.integers(0, 2, (500, 3))
    P = np.clip(Y * 0.5 + rng.random((500, 3)) * 0.5, 0, 1)
    thresholds = tune_thresholds(Y, P, 0.98)
    assert set(thresholds) == set(LABELS)
    recall = ((P[:, 0] >= thresholds["threat_to_life"]) & (Y[:, 0] == 1)).sum() / Y[:, 0].sum()
    assert recall >= 0.98


POLICY = DecisionPolicy(thresholds={"threat_to_life": 0.2, "crime": 0.5, "welfare_only": 0.5}, review_band=0.5)


@pytest.mark.parametrize("probs,flags,rec", [
    ({"threat_to_life": 0.9, "crime": 0.1, "welfare_only": 0.9}, (1, 0, 0), "police"),
    ({"threat_to_life": 0.01, "crime": 0.8, "welfare_only": 0.1}, (0, 1, 0), "police"),
    ({"threat_to_life": 0.01, "crime": 0.01, "welfare_only": 0.95}, (0, 0, 1), "partner"),
    ({"threat_to_life": 0.01, "crime": 0.01, "welfare_only": 0.02}, (0, 0, 0), "none"),
    ({"threat_to_life": 0.17, "crime": 0.01, "welfare_only": 0.95}, (0, 0, 1), "review"),
    ({"threat_to_life": 0.01, "crime": 0.45, "welfare_only": 0.95}, (0, 0, 1), "review"),
    ({"threat_to_life": 0.01, "crime": 0.01, "welfare_only": 0.45}, (0, 0, 0), "review"),
])
def test_decide(probs, flags, rec):
    got_flags, got_rec = POLICY.decide(probs)
    assert tuple(int(got_flags[l]) for l in LABELS) == flags
    assert got_rec == rec


def test_welfare_never_with_a_police_flag():
    flags, _ = POLICY.decide({"threat_to_life": 0.9, "crime": 0.9, "welfare_only": 0.99})
    assert flags["welfare_only"] is False


def test_policy_round_trip_and_validation():
    assert DecisionPolicy.from_dict(POLICY.to_dict()) == POLICY
    with pytest.raises(ValueError):
        DecisionPolicy(thresholds={"crime": 0.5})
