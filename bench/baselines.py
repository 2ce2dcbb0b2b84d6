"""Two off-the-shelf baselines for bench/compare.py, held to our operating rules.

Both turn notes into an (n, 3) probability matrix in ``LABELS`` order and get
their thresholds from ``training.thresholds.tune_thresholds`` on probabilities
for notes they were not fitted on (threat_to_life tuned to the same recall
target as ours), so any difference on the gold set comes from the model, not
from a friendlier operating point.

* ``SpacyTextcat``: spaCy's own ``textcat_multilabel`` (default architecture,
  ``spacy.TextCatEnsemble.v2``) on ``spacy.blank("en")``, trained with spaCy's
  loop (``nlp.initialize`` + ``nlp.update`` over minibatches). Cross-validating
  it would cost K trainings, so it is fitted on a stratified (1 - holdout)
  share and its thresholds are tuned on the held-out share; the model that is
  evaluated is that one (it never sees the held-out notes).
* ``TfidfLogreg``: TF-IDF on raw lower-cased text (no spaCy), one logistic
  regression per label; thresholds from 5-fold out-of-fold probabilities
  on the same folds our classifier uses, then refitted on all the data.
"""
from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split

from model.classifier import fold_key
from model.labels import LABELS
from training.thresholds import tune_thresholds


@dataclass
class Fitted:
    """What every baseline reports after fitting."""

    thresholds: dict[str, float]
    seconds: float
    settings: dict[str, Any] = field(default_factory=dict)


class SpacyTextcat:
    """spaCy ``textcat_multilabel`` trained with spaCy's own update loop."""

    def __init__(self, epochs: int = 5, batch_size: int = 32, dropout: float = 0.2, holdout: float = 0.2,
                 architecture: str = "default", seed: int = 0):
        self.epochs = epochs
        self.batch_size = batch_size
        self.dropout = dropout
        self.holdout = holdout
        self.architecture = architecture
        self.seed = seed
        self.nlp: Any = None

    def _make_nlp(self) -> Any:
        import spacy

        nlp = spacy.blank("en")
        config: dict[str, Any] = {}
        if self.architecture == "bow":  # spaCy's fast linear bag-of-words variant
            config = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                                "ngram_size": 2, "no_output_layer": False, "length": 262144}}
        textcat = nlp.add_pipe("textcat_multilabel", config=config)
        for label in LABELS:
            textcat.add_label(label)
        return nlp

    def fit(self, texts: Sequence[str], Y: np.ndarray, threat_recall: float,
            sample_weight: np.ndarray | None = None, tuning_rows: np.ndarray | None = None) -> Fitted:
        """``sample_weight``: a row of weight w is trained on round(w) times per epoch."""
        import spacy
        from spacy.training import Example
        from spacy.util import minibatch

        started = time.perf_counter()
        spacy.util.fix_random_seed(self.seed)
        index = np.arange(len(texts))
        train_idx, held_idx = train_test_split(index, test_size=self.holdout, random_state=self.seed,
                                               stratify=fold_key(Y))
        self.nlp = self._make_nlp()
        examples = [Example.from_dict(self.nlp.make_doc(texts[i]),
                                      {"cats": {label: float(Y[i, j]) for j, label in enumerate(LABELS)}})
                    for i in train_idx
                    for _ in range(1 if sample_weight is None else max(1, round(sample_weight[i])))]
        optimizer = self.nlp.initialize(lambda: examples)
        rng = random.Random(self.seed)
        losses_per_epoch = []
        for _ in range(self.epochs):
            rng.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=self.batch_size):
                self.nlp.update(batch, drop=self.dropout, sgd=optimizer, losses=losses)
            losses_per_epoch.append(round(losses.get("textcat_multilabel", 0.0), 2))
        held_proba = self.predict_proba([texts[i] for i in held_idx])
        # Tuned on the held-out rows that ours would tune on (TrainConfig.tuning_rows).
        tune = np.ones(len(held_idx), dtype=bool) if tuning_rows is None else tuning_rows[held_idx]
        thresholds = tune_thresholds(Y[held_idx][tune], held_proba[tune], threat_recall)
        architecture = self.nlp.config["components"]["textcat_multilabel"]["model"]["@architectures"]
        return Fitted(thresholds, time.perf_counter() - started,
                      {"architecture": architecture, "epochs": self.epochs, "batch_size": self.batch_size,
                       "dropout": self.dropout, "trained_on": len(train_idx), "examples_per_epoch": len(examples),
                       "thresholds_tuned_on": len(held_idx),
                       "losses_per_epoch": losses_per_epoch})

    def predict_proba(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        return np.array([[doc.cats[label] for label in LABELS] for doc in docs], dtype=float).reshape(-1, len(LABELS))


class TfidfLogreg:
    """TF-IDF word n-grams on raw lower-cased text + one logistic regression per label."""

    def __init__(self, C: float = 8.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 folds: int = 5, seed: int = 0):
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.folds = folds
        self.seed = seed
        self.vectorizer: TfidfVectorizer | None = None
        self.models: list[LogisticRegression] = []

    def _estimator(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, solver="liblinear", class_weight="balanced", max_iter=2000,
                                  random_state=self.seed)

    def fit(self, texts: Sequence[str], Y: np.ndarray, threat_recall: float,
            sample_weight: np.ndarray | None = None, tuning_rows: np.ndarray | None = None) -> Fitted:
        started = time.perf_counter()
        weights = np.ones(len(Y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        self.vectorizer = TfidfVectorizer(lowercase=True, ngram_range=self.ngram_range, min_df=self.min_df,
                                          sublinear_tf=True, dtype=np.float32)
        X = self.vectorizer.fit_transform(texts).tocsr()
        splitter = StratifiedKFold(n_splits=self.folds, shuffle=True, random_state=self.seed)
        splits = list(splitter.split(np.zeros(len(Y)), fold_key(Y)))
        oof = np.zeros(Y.shape, dtype=float)
        self.models = []
        for j in range(len(LABELS)):
            for train_idx, test_idx in splits:
                fold_model = clone(self._estimator()).fit(X[train_idx], Y[train_idx, j],
                                                          sample_weight=weights[train_idx])
                oof[test_idx, j] = fold_model.predict_proba(X[test_idx])[:, 1]
            self.models.append(self._estimator().fit(X, Y[:, j], sample_weight=weights))
        tune = slice(None) if tuning_rows is None else tuning_rows  # the rows ours tunes on
        thresholds = tune_thresholds(Y[tune], oof[tune], threat_recall)
        return Fitted(thresholds, time.perf_counter() - started,
                      {"ngram_range": list(self.ngram_range), "min_df": self.min_df, "C": self.C,
                       "class_weight": "balanced", "folds": self.folds, "n_features": X.shape[1]})

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        X = self.vectorizer.transform(texts)
        return np.column_stack([model.predict_proba(X)[:, 1] for model in self.models])
