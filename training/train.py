"""Training: fit the classifier, tune thresholds on out-of-fold probabilities,
and write an artifact whose manifest says exactly what was done."""
from __future__ import annotations

import hashlib
import platform
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.artifacts import save_artifact, sha256_file
from model.classifier import TriageClassifier
from model.decision import DecisionPolicy
from model.labels import LABEL_POLICY_VERSION, LABELS
from model.rules import RuleSet
from training.contract import label_matrix
from training.metrics import safety_metrics
from training.thresholds import tune_thresholds

#: Fewest positives of each flag among ``threshold_source`` rows to tune on them alone.
MIN_TUNING_POSITIVES = 50

LIBRARIES = ("scikit-learn", "spacy", "spacy-lookups-data", "numpy", "scipy", "pandas", "joblib")


@dataclass
class TrainConfig:
    """Everything that decides the model; recorded whole in the manifest."""

    seed: int = 0
    #: Chosen by `triage select-model --dev data/dev.csv --dev data/dev2.csv` (README, "Model choice").
    algorithm: str = "linear_svm"
    C: float = 2.0
    use_char: bool = False
    context: bool = True
    resolved: bool = True
    #: Also give the words of a note's last sentence as "new_" features (model/text.py):
    #: the newest fact in a log. Chosen by `triage select-model` (README, "Model choice").
    latest_sentence: bool = True
    calibration: str = "sigmoid"
    #: "vs_all" or "vs_no_flag" (model/classifier.py, WELFARE_MODELS).
    welfare_model: str = "vs_all"
    #: "vs_all" or "pairwise" (model/classifier.py, THREAT_MODELS); pairwise chosen
    #: by `triage select-model` (README, "Model choice").
    threat_model: str = "pairwise"
    folds: int = 5
    threat_recall_target: float = 0.98
    review_band: float = 0.75
    #: Weight per value of the ``source`` column (rows of other sources weigh 1).
    #: Lets a few hundred hand-written notes count for more than their share of
    #: a generated corpus of tens of thousands.
    #: A hand-written note weighs as much as six generated ones (against x1, x3
    #: and x12), chosen by `triage select-model --dev data/dev.csv` (README, "Model choice").
    source_weights: dict[str, float] = field(default_factory=lambda: {"handwritten": 6.0})
    #: Weights per source for the pairwise threat head alone (None: ``source_weights``).
    #: That head learns the threat-or-welfare boundary, which the generator draws with
    #: template words and people draw with small facts ("engine off" or "engine running
    #: for heat"), so hand-written notes may deserve more weight there than elsewhere.
    #: Left at None: hand-written x60 and x180 did no better in `triage select-model`
    #: (README, "Model choice").
    pairwise_source_weights: dict[str, float] | None = None
    #: Tune the thresholds on the out-of-fold probabilities of this source's rows
    #: alone (None: every row). Generated notes are easier than notes in people's
    #: words, so thresholds tuned mostly on them sit where real notes are not:
    #: chosen by `triage select-model` (README, "Model choice"). Falls back to
    #: every row when that source has fewer than MIN_TUNING_POSITIVES of a flag.
    threshold_source: str | None = "handwritten"

    def row_weights(self, frame: pd.DataFrame, source_weights: dict[str, float] | None = None) -> np.ndarray | None:
        """One weight per row from ``source_weights`` (default: the config's); None when no row is weighted."""
        source_weights = self.source_weights if source_weights is None else source_weights
        for source, weight in source_weights.items():
            if not weight > 0:
                raise ValueError(f"source weight for {source!r} must be positive, got {weight}")
        if not source_weights or "source" not in frame.columns:
            return None
        weights = frame["source"].map(source_weights).fillna(1.0).to_numpy(dtype=float)
        return None if np.all(weights == 1.0) else weights

    def pairwise_row_weights(self, frame: pd.DataFrame) -> np.ndarray | None:
        """Row weights for the pairwise threat head (see ``pairwise_source_weights``)."""
        return self.row_weights(frame, self.pairwise_source_weights)

    def tuning_rows(self, frame: pd.DataFrame) -> np.ndarray:
        """Which rows the thresholds are tuned on (see ``threshold_source``)."""
        every = np.ones(len(frame), dtype=bool)
        if self.threshold_source is None or "source" not in frame.columns:
            return every
        rows = (frame["source"] == self.threshold_source).to_numpy()
        Y = label_matrix(frame)[rows]
        enough = all(MIN_TUNING_POSITIVES <= Y[:, j].sum() < len(Y) for j in range(len(LABELS)))
        return rows if enough else every

    def make_classifier(self) -> TriageClassifier:
        return TriageClassifier(algorithm=self.algorithm, C=self.C, use_char=self.use_char,
                                context=self.context, resolved=self.resolved,
                                latest_sentence=self.latest_sentence,
                                calibration=self.calibration, welfare_model=self.welfare_model,
                                threat_model=self.threat_model,
                                folds=self.folds, random_state=self.seed)


@dataclass
class TrainResult:
    classifier: TriageClassifier
    manifest: dict[str, Any]


def data_sha256(paths: list[str | Path]) -> tuple[str, list[dict[str, Any]]]:
    """One digest over the input files' digests, in the order given."""
    files = [{"path": str(p), "sha256": sha256_file(p)} for p in paths]
    combined = hashlib.sha256("\n".join(f["sha256"] for f in files).encode()).hexdigest()
    return combined, files


def decisions(policy: DecisionPolicy, proba: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Flags matrix and recommendations for a probability matrix."""
    flags, recs = [], []
    for row in proba:
        f, r = policy.decide(dict(zip(LABELS, map(float, row))))
        flags.append([int(f[label]) for label in LABELS])
        recs.append(r)
    return np.array(flags, dtype=int), recs


def rows_by_source(frame: pd.DataFrame) -> dict[str, int]:
    """How many training rows came from each ``source`` (empty when the column is absent)."""
    if "source" not in frame.columns:
        return {}
    counts = frame["source"].fillna("").astype(str).value_counts()
    return {str(name): int(n) for name, n in sorted(counts.items())}


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = package_version(name)
        except Exception:  # noqa: BLE001 - a missing optional library is simply not recorded
            versions[name] = "not installed"
    return versions


def train(frame: pd.DataFrame, config: TrainConfig, data_paths: list[str | Path] | None = None,
          version: str | None = None) -> TrainResult:
    """Fit on a validated frame (see ``training.contract.load_labelled``)."""
    started = time.perf_counter()
    Y = label_matrix(frame)
    classifier = config.make_classifier().fit(frame["text"].tolist(), Y, config.row_weights(frame),
                                              config.pairwise_row_weights(frame))
    tuning = config.tuning_rows(frame)
    thresholds = tune_thresholds(Y[tuning], classifier.oof_proba_[tuning], config.threat_recall_target)
    policy = DecisionPolicy(thresholds=thresholds, review_band=config.review_band)
    oof_flags, oof_recs = decisions(policy, classifier.oof_proba_)
    digest, files = data_sha256(data_paths or [])
    created = datetime.now(timezone.utc)
    manifest = {
        "version": version or f"{created:%Y%m%dT%H%M%SZ}-{digest[:8]}",
        "created_at": created.isoformat(timespec="seconds"),
        "label_policy_version": LABEL_POLICY_VERSION,
        "rules_version": RuleSet.load().version,
        "training_data_sha256": digest,
        "training_files": files,
        "rows": {"total": int(len(frame)),
                 **{label: int(Y[:, j].sum()) for j, label in enumerate(LABELS)}},
        "rows_by_source": rows_by_source(frame),
        "seed": config.seed,
        "config": asdict(config),
        "libraries": library_versions(),
        **policy.to_dict(),
        "thresholds_tuned_on": {"source": config.threshold_source if not tuning.all() else None,
                                "rows": int(tuning.sum())},
        "cv_metrics": safety_metrics(Y, oof_flags, oof_recs),
        "training_seconds": round(time.perf_counter() - started, 2),
        "n_features": int(classifier.n_features_),
    }
    return TrainResult(classifier, manifest)


def train_and_save(frame: pd.DataFrame, config: TrainConfig, out_dir: str | Path,
                   data_paths: list[str | Path] | None = None, version: str | None = None) -> TrainResult:
    result = train(frame, config, data_paths, version)
    save_artifact(out_dir, result.classifier, result.manifest)
    return result
