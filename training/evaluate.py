"""Evaluation of a predictor on labelled notes: model only, rules only, combined."""
from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from model.labels import CRIME, LABELS, NONE, PARTNER, POLICE, REVIEW, THREAT_TO_LIFE, WELFARE_ONLY
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
            "welfare_not_referred": welfare_not_referred(frame, predictions),
            "degraded": sum(p.degraded for p in predictions), "predictions": predictions}


#: Why a true welfare-only note was recommended `police`, in the order they are checked.
RULE_FIRED, MODEL_THREAT, MODEL_CRIME = "police: a rule fired", "police: model threat_to_life", "police: model crime"


def welfare_not_referred(frame: pd.DataFrame, predictions: list[Prediction]) -> dict[str, int]:
    """Where the true welfare-only notes that were not recommended `partner` went, and why.

    Counts only (no note text): `police` because a rule fired (whatever the
    model said), else because of the model's threat_to_life flag, else its
    crime flag; or `review` / `none`. The figure behind a welfare referral
    recall below its bar.
    """
    counts: Counter[str] = Counter()
    for welfare, p in zip(frame[WELFARE_ONLY].tolist(), predictions):
        if int(welfare) != 1 or p.recommendation == PARTNER:
            continue
        if p.recommendation != POLICE:
            counts[p.recommendation] += 1
        elif p.rule_flags:
            counts[RULE_FIRED] += 1
        elif p.model_flags and p.model_flags[THREAT_TO_LIFE]:
            counts[MODEL_THREAT] += 1
        elif p.model_flags and p.model_flags[CRIME]:
            counts[MODEL_CRIME] += 1
    order = [RULE_FIRED, MODEL_THREAT, MODEL_CRIME, "review", NONE]
    return {key: counts[key] for key in order} | {"total": sum(counts.values()),
                                                  "welfare_notes": int((frame[WELFARE_ONLY] == 1).sum())}


def format_welfare_not_referred(counts: dict[str, int]) -> str:
    parts = ", ".join(f"{key} {counts[key]}" for key in counts if key not in ("total", "welfare_notes"))
    return f"welfare-only notes not referred: {counts['total']} of {counts['welfare_notes']} ({parts})"


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


def breakdown(frame: pd.DataFrame, predictions: list[Prediction], column: str) -> list[dict[str, Any]]:
    """Combined figures per value of ``column`` (e.g. ``phase``): where in the RCRP flow errors fall.

    Counts only, no note text: notes, true threats and how many were missed
    (recommended neither `police` nor `review`), true welfare-only notes and
    how many were referred (`partner`). A blank value is reported as "(blank)".
    """
    recommendations = np.array([p.recommendation for p in predictions])
    values = frame[column].fillna("").astype(str).to_numpy()
    threat = frame[THREAT_TO_LIFE].to_numpy() == 1
    welfare = frame[WELFARE_ONLY].to_numpy() == 1
    missed = threat & ~np.isin(recommendations, [POLICE, REVIEW])
    rows = []
    for value in sorted(set(values.tolist())):
        rows_here = values == value
        threats, welfares = int((rows_here & threat).sum()), int((rows_here & welfare).sum())
        referred = int((rows_here & welfare & (recommendations == PARTNER)).sum())
        rows.append({column: value or "(blank)", "notes": int(rows_here.sum()),
                     "threat_notes": threats, "missed_threats": int((rows_here & missed).sum()),
                     "welfare_notes": welfares, "welfare_referred": referred,
                     "welfare_referral_recall": referred / welfares if welfares else None})
    return rows


def format_breakdown(rows: list[dict[str, Any]], column: str) -> str:
    width = max([16, len(column)] + [len(str(row[column])) for row in rows])  # long hard_case tags
    lines = [f"combined, by {column}:",
             f"  {column:<{width}} {'notes':>6} {'missed threats':>15} {'welfare referred':>17}"]
    for row in rows:
        recall = row["welfare_referral_recall"]
        referred = f"{row['welfare_referred']}/{row['welfare_notes']}"
        if recall is not None:
            referred += f" ({100 * recall:.1f}%)"
        lines.append(f"  {row[column]:<{width}} {row['notes']:>6} "
                     f"{str(row['missed_threats']) + '/' + str(row['threat_notes']):>15} {referred:>17}")
    return "\n".join(lines)
