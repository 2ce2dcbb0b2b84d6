"""The figures every evaluation reports, missed threats first.

* missed-threat rate: share of true threat_to_life notes whose recommendation
  is neither ``police`` nor ``review`` (sent away as welfare or nothing);
* welfare referral recall: share of true welfare_only notes recommended
  ``partner`` (sent to the right agency without a person re-checking);
* per-label precision, recall, F1, support and confusion counts.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from model.labels import LABELS, PARTNER, POLICE, RECOMMENDATIONS, REVIEW, THREAT_TO_LIFE, WELFARE_ONLY


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def label_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, Any]:
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    tn = int(np.sum((y_true == 0) & (y_pred == 0)))
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = (2 * precision * recall / (precision + recall)) if precision and recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def safety_metrics(Y_true: np.ndarray, Y_pred: np.ndarray, recommendations: Sequence[str]) -> dict[str, Any]:
    """All headline and per-label figures for one system's outputs."""
    Y_true = np.asarray(Y_true, dtype=int)
    Y_pred = np.asarray(Y_pred, dtype=int)
    recs = np.asarray(list(recommendations))
    threat = Y_true[:, LABELS.index(THREAT_TO_LIFE)] == 1
    welfare = Y_true[:, LABELS.index(WELFARE_ONLY)] == 1
    missed = int(np.sum(threat & ~np.isin(recs, [POLICE, REVIEW])))
    referred = int(np.sum(welfare & (recs == PARTNER)))
    counts = Counter(recs.tolist())
    return {
        "n": int(len(Y_true)),
        "missed_threat_rate": _ratio(missed, int(threat.sum())),
        "missed_threats": missed,
        "threat_notes": int(threat.sum()),
        "welfare_referral_recall": _ratio(referred, int(welfare.sum())),
        "welfare_notes": int(welfare.sum()),
        "per_label": {label: label_metrics(Y_true[:, j], Y_pred[:, j]) for j, label in enumerate(LABELS)},
        "recommendations": {rec: int(counts.get(rec, 0)) for rec in RECOMMENDATIONS},
    }


def format_percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def format_number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def side_by_side_rows(systems: dict[str, dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(figure name, one formatted value per system) rows, missed threats first."""
    rows: list[tuple[str, list[str]]] = [
        ("missed-threat rate", [f"{format_percent(m['missed_threat_rate'])} ({m['missed_threats']}/{m['threat_notes']})"
                                for m in systems.values()]),
        ("welfare referral recall", [format_percent(m["welfare_referral_recall"]) for m in systems.values()]),
    ]
    for label in LABELS:
        for stat in ("precision", "recall", "f1"):
            rows.append((f"{label} {stat}", [format_number(m["per_label"][label][stat]) for m in systems.values()]))
    for rec in RECOMMENDATIONS:
        rows.append((f"recommended {rec}", [str(m["recommendations"][rec]) for m in systems.values()]))
    return rows


def format_side_by_side(systems: dict[str, dict[str, Any]]) -> str:
    """A plain-text table with one column per system, missed threats first."""
    names = list(systems)
    rows = side_by_side_rows(systems)
    width = max(len(r[0]) for r in rows) + 2
    col = max(18, *(len(n) + 2 for n in names))
    lines = ["".ljust(width) + "".join(n.rjust(col) for n in names)]
    lines += [name.ljust(width) + "".join(v.rjust(col) for v in values) for name, values in rows]
    return "\n".join(lines)
