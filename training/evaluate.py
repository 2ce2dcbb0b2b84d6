"""Evaluation of a predictor on labelled notes: model only, rules only, combined."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from model.labels import LABELS, NONE, POLICE, WELFARE_ONLY
from model.predictor import Prediction, Predictor
from training.contract import label_matrix
from training.metrics import safety_metrics


def predict_frame(predictor: Predictor, frame: pd.DataFrame, batch_size: int = 512) -> list[Prediction]:
    texts, ids = frame["text"].tolist(), frame["id"].tolist()
    out: list[Prediction] = []
    for start in range(0, len(texts), batch_size):
        out.extend(predictor.predict(texts[start:start + batch_size], ids[start:start + batch_size]))
    return out


def system_outputs(predictions: list[Prediction]) -> dict[str, tuple[np.ndarray, list[str]]]:
    """Flags and recommendations of each layer alone and of the combination."""
    combined = (np.array([[int(p.flags[l]) for l in LABELS] for p in predictions]),
                [p.recommendation for p in predictions])
    rules = (np.array([[int(l in p.rule_flags) for l in LABELS] for p in predictions]),
             [POLICE if p.rule_flags else NONE for p in predictions])
    systems = {"model only": None, "rules only": rules, "combined": combined}
    if all(p.model_flags is not None for p in predictions):
        systems["model only"] = (np.array([[int(p.model_flags[l]) for l in LABELS] for p in predictions]),
                                 [p.model_recommendation for p in predictions])
    else:
        del systems["model only"]
    return systems


def evaluate(predictor: Predictor, frame: pd.DataFrame) -> dict[str, Any]:
    """Metrics per system, plus the predictions for reports."""
    predictions = predict_frame(predictor, frame)
    Y = label_matrix(frame)
    systems = {name: safety_metrics(Y, flags, recs) for name, (flags, recs) in system_outputs(predictions).items()}
    return {"n": len(frame), "model_version": predictor.model_version,
            "rules_version": predictor.rules_version, "systems": systems,
            "degraded": sum(p.degraded for p in predictions), "predictions": predictions}


def misclassified(frame: pd.DataFrame, predictions: list[Prediction]) -> list[dict[str, Any]]:
    """Notes where combined flags differ from gold, missed threats first."""
    rows = []
    for record, p in zip(frame.to_dict(orient="records"), predictions):
        gold = {l: int(record[l]) for l in LABELS}
        pred = {l: int(p.flags[l]) for l in LABELS}
        if gold != pred:
            missed = gold["threat_to_life"] == 1 and p.recommendation not in ("police", "review")
            rows.append({"id": record["id"], "missed_threat": missed, "gold": gold, "predicted": pred,
                         "recommendation": p.recommendation, "probabilities": p.probabilities,
                         "welfare_gold": gold[WELFARE_ONLY]})
    rows.sort(key=lambda r: (not r["missed_threat"], r["id"]))
    return rows
