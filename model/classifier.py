"""The three-flag classifier: spaCy-normalised text, TF-IDF features, linear models.

One binary model per flag (the flags are not mutually exclusive), each with a
probability calibrator fitted on *out-of-fold* scores. A single K-fold pass
therefore gives both the calibration and honest out-of-fold probabilities
(``oof_proba_``) that training uses to tune the decision thresholds, without
a second, nested cross-validation. The TF-IDF vocabulary is fitted once on all
training texts: it uses no labels, so the out-of-fold scores stay label-honest.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from joblib import Parallel, delayed
from sklearn.base import BaseEstimator, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from model.labels import CRIME, LABELS, THREAT_TO_LIFE, WELFARE_ONLY
from model.text import TextProcessor

ALGORITHMS = ("logreg", "linear_svm", "sgd_huber", "complement_nb")
#: How welfare_only is modelled:
#: - "vs_all": one model, welfare notes against every other note;
#: - "vs_no_flag": as the policy defines the flag, "neither police flag" times "a
#:   welfare need rather than nothing", the second learned only from notes with
#:   no police flag: (1 - p_threat)(1 - p_crime) p(welfare | no police flag);
#: - "both": the geometric mean of the two (a product of experts).
WELFARE_MODELS = ("vs_all", "vs_no_flag", "both")
#: How threat_to_life is modelled:
#: - "vs_all": one model, threat notes against every other note;
#: - "pairwise": that model's probability times a second one learned only from
#:   notes that are a threat or welfare only ("which of the two is this?"), the
#:   product recalibrated on out-of-fold scores. The second model spends all its
#:   weight on the boundary that costs welfare referrals: a drunk, fallen or
#:   confused person who is safe against one who is not.
THREAT_MODELS = ("vs_all", "pairwise")
#: Which rows a head is fitted on.
ALL_ROWS, NO_POLICE_FLAG, THREAT_OR_WELFARE = "all", "no_police_flag", "threat_or_welfare"
_T, _C, _W = LABELS.index(THREAT_TO_LIFE), LABELS.index(CRIME), LABELS.index(WELFARE_ONLY)


def make_estimator(algorithm: str, C: float, random_state: int) -> BaseEstimator:
    """A fresh, unfitted binary estimator for one flag."""
    if algorithm == "logreg":
        return LogisticRegression(C=C, solver="liblinear", class_weight="balanced",
                                  max_iter=2000, random_state=random_state)
    if algorithm == "linear_svm":
        return LinearSVC(C=C / 10.0, class_weight="balanced", random_state=random_state)
    if algorithm == "sgd_huber":
        return SGDClassifier(loss="modified_huber", alpha=1e-5, class_weight="balanced",
                             max_iter=50, tol=None, random_state=random_state)
    if algorithm == "complement_nb":
        return ComplementNB(alpha=0.3)
    raise ValueError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")


def decision_scores(estimator: BaseEstimator, X: Any) -> np.ndarray:
    """A real-valued score that grows with the positive class."""
    if hasattr(estimator, "decision_function") and not isinstance(estimator, ComplementNB):
        return np.asarray(estimator.decision_function(X), dtype=float)
    log_proba = estimator.predict_log_proba(X)
    return log_proba[:, 1] - log_proba[:, 0]


class PlattCalibrator:
    """Sigmoid calibration of a 1-D score (Platt scaling)."""

    def __init__(self) -> None:
        self.model = LogisticRegression(C=1e4, solver="lbfgs")

    def fit(self, scores: np.ndarray, y: np.ndarray) -> "PlattCalibrator":
        self.model.fit(scores.reshape(-1, 1), y)
        return self

    def predict(self, scores: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(scores.reshape(-1, 1))[:, 1]


def make_calibrator(method: str) -> Any:
    if method == "sigmoid":
        return PlattCalibrator()
    if method == "isotonic":
        return IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
    raise ValueError(f"unknown calibration {method!r}; choose 'sigmoid' or 'isotonic'")


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fold_key(Y: np.ndarray) -> np.ndarray:
    """Stratify folds on the label combination, so every flag is spread evenly."""
    return np.array(["".join(str(int(v)) for v in row) for row in Y])


def _checked_weights(weights: Any, n: int, name: str) -> np.ndarray | None:
    """``weights`` as n positive floats (None stays None), or a ValueError naming ``name``."""
    if weights is None:
        return None
    weights = np.asarray(weights, dtype=float)
    if weights.shape != (n,) or not np.all(weights > 0):
        raise ValueError(f"{name} must hold {n} positive numbers, one per row")
    return weights


def _fit_one(base: BaseEstimator, X: Any, y: np.ndarray, rows: np.ndarray | None,
             sample_weight: np.ndarray | None = None) -> BaseEstimator:
    """Fit a fresh copy of ``base`` on the given rows (all rows when None)."""
    if rows is not None:
        X, y = X[rows], y[rows]
        sample_weight = None if sample_weight is None else sample_weight[rows]
    if sample_weight is None:
        return clone(base).fit(X, y)
    return clone(base).fit(X, y, sample_weight=sample_weight)


class TriageClassifier(BaseEstimator):
    """Multi-label text classifier with calibrated probabilities for the three flags.

    ``fit(texts, Y, sample_weight=None, pairwise_sample_weight=None)`` with ``Y``
    an (n, 3) 0/1 matrix in ``LABELS`` order; ``predict_proba(texts)`` returns an
    (n, 3) matrix of probabilities. ``sample_weight`` weighs rows in the per-flag
    models only; calibration and the out-of-fold probabilities count every row
    once. ``pairwise_sample_weight`` weighs rows in the pairwise threat head
    instead (default: ``sample_weight``), so that head can lean harder on the
    notes whose threat-or-welfare boundary is the hard one.

    Internally there is one binary model ("head") per flag, plus, for
    ``welfare_model`` "vs_no_flag" or "both", a welfare head fitted only on notes
    with neither police flag: it learns "welfare need or nothing" instead of
    mostly "not a threat, not a crime" (see ``WELFARE_MODELS``); and, for
    ``threat_model`` "pairwise", a threat head fitted only on threat and
    welfare-only notes (see ``THREAT_MODELS``).
    """

    def __init__(self, algorithm: str = "linear_svm", C: float = 8.0,
                 word_ngrams: tuple[int, int] = (1, 3), char_ngrams: tuple[int, int] = (2, 5),
                 use_char: bool = True, min_df: int = 2, calibration: str = "sigmoid",
                 folds: int = 5, context: bool = True, random_state: int = 0, n_jobs: int = 2,
                 resolved: bool = False, welfare_model: str = "vs_all", threat_model: str = "vs_all",
                 latest_sentence: bool = False):
        self.algorithm = algorithm
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.use_char = use_char
        self.min_df = min_df
        self.calibration = calibration
        self.folds = folds
        self.context = context
        self.random_state = random_state
        self.n_jobs = n_jobs
        self.resolved = resolved
        self.welfare_model = welfare_model
        self.threat_model = threat_model
        self.latest_sentence = latest_sentence

    # -- construction -----------------------------------------------------
    def make_processor(self) -> TextProcessor:
        return TextProcessor(context=self.context, resolved=self.resolved,
                             latest_sentence=getattr(self, "latest_sentence", False))  # older artifacts: off

    def make_vectorizer(self) -> FeatureUnion:
        parts = [("word", TfidfVectorizer(analyzer="word", token_pattern=r"\S+", lowercase=False,
                                          ngram_range=tuple(self.word_ngrams), min_df=self.min_df,
                                          sublinear_tf=True, dtype=np.float32))]
        if self.use_char:
            parts.append(("char", TfidfVectorizer(analyzer="char_wb", lowercase=False,
                                                  ngram_range=tuple(self.char_ngrams),
                                                  min_df=self.min_df, sublinear_tf=True,
                                                  max_features=200_000, dtype=np.float32)))
        return FeatureUnion(parts)

    # -- fitting ----------------------------------------------------------
    def fit(self, texts: Sequence[str], Y: Any, sample_weight: Any = None,
            pairwise_sample_weight: Any = None) -> "TriageClassifier":
        self.processor_ = self.make_processor()
        return self.fit_normalised(self.processor_.normalise(texts), Y, sample_weight, pairwise_sample_weight)

    def fit_normalised(self, normalised: Sequence[str], Y: Any, sample_weight: Any = None,
                       pairwise_sample_weight: Any = None) -> "TriageClassifier":
        """Fit on texts already passed through ``processor_.normalise``."""
        Y = np.asarray(Y, dtype=int)
        if Y.ndim != 2 or Y.shape[1] != len(LABELS):
            raise ValueError(f"Y must have shape (n, {len(LABELS)}), got {Y.shape}")
        sample_weight = _checked_weights(sample_weight, len(Y), "sample_weight")
        pairwise_sample_weight = _checked_weights(pairwise_sample_weight, len(Y), "pairwise_sample_weight")
        if pairwise_sample_weight is None:
            pairwise_sample_weight = sample_weight
        if self.welfare_model not in WELFARE_MODELS:
            raise ValueError(f"unknown welfare_model {self.welfare_model!r}; "
                             f"choose one of {', '.join(WELFARE_MODELS)}")
        if self.threat_model not in THREAT_MODELS:
            raise ValueError(f"unknown threat_model {self.threat_model!r}; "
                             f"choose one of {', '.join(THREAT_MODELS)}")
        heads = self._heads()
        subsets = {ALL_ROWS: np.ones(len(Y), dtype=bool),
                   NO_POLICE_FLAG: (Y[:, _T] == 0) & (Y[:, _C] == 0),
                   THREAT_OR_WELFARE: (Y[:, _T] == 1) | (Y[:, _W] == 1)}
        for j, rows in heads:
            if rows != ALL_ROWS and len(set(Y[subsets[rows], j].tolist())) < 2:
                model = "welfare_model" if j == _W else "threat_model"
                raise ValueError(f"{model} {getattr(self, model)!r} needs {rows.replace('_', ' ')} notes "
                                 f"of both kinds ({LABELS[j]} 1 and 0)")
        if not hasattr(self, "processor_"):
            self.processor_ = self.make_processor()
        self.vectorizer_ = self.make_vectorizer()
        X = self.vectorizer_.fit_transform(normalised).tocsr()
        splitter = StratifiedKFold(n_splits=self.folds, shuffle=True, random_state=self.random_state)
        splits = list(splitter.split(np.zeros(len(Y)), fold_key(Y)))
        for j, label in enumerate(LABELS):
            if Y[:, j].min() == Y[:, j].max():
                raise ValueError(f"label {label!r} has only one class in the training data")
        base = make_estimator(self.algorithm, self.C, self.random_state)
        # Every (label, fold) fit and every final fit is independent. Processes,
        # not threads: liblinear shuffles with a process-global C RNG, so fits in
        # threads of one process are not reproducible; in processes they are
        # identical to a sequential fit.
        jobs = [(h, k) for h in range(len(heads)) for k in range(len(splits) + 1)]

        def train_rows(h: int, k: int) -> np.ndarray | None:
            rows = splits[k][0] if k < len(splits) else None
            subset = heads[h][1]
            if subset != ALL_ROWS:
                keep = subsets[subset]
                rows = np.flatnonzero(keep) if rows is None else rows[keep[rows]]
            return rows

        def weights(h: int) -> np.ndarray | None:
            return pairwise_sample_weight if heads[h] == (_T, THREAT_OR_WELFARE) else sample_weight

        fitted = Parallel(n_jobs=self.n_jobs, backend="loky", max_nbytes=None)(
            delayed(_fit_one)(base, X, Y[:, heads[h][0]], train_rows(h, k), weights(h))
            for h, k in jobs)
        models = dict(zip(jobs, fitted))
        head_proba = np.zeros((len(Y), len(heads)), dtype=float)
        self.estimators_: list[BaseEstimator] = []
        self.calibrators_: list[Any] = []
        for h, (j, subset) in enumerate(heads):
            oof_scores = np.zeros(len(Y), dtype=float)
            for k, (_, test_idx) in enumerate(splits):
                oof_scores[test_idx] = decision_scores(models[(h, k)], X[test_idx])
            fit_rows = subsets[subset]
            calibrator = make_calibrator(self.calibration).fit(oof_scores[fit_rows], Y[fit_rows, j])
            head_proba[:, h] = calibrator.predict(oof_scores)
            self.estimators_.append(models[(h, len(splits))])
            self.calibrators_.append(calibrator)
        if self.threat_model == "pairwise":
            # The product of two calibrated probabilities is a score, not a probability:
            # calibrate it once more on the same out-of-fold rows.
            product = _logit(head_proba[:, _T] * head_proba[:, self._head_index(_T, THREAT_OR_WELFARE)])
            self.threat_calibrator_ = make_calibrator(self.calibration).fit(product, Y[:, _T])
        self.oof_proba_ = self._combine(head_proba)
        self.n_features_ = X.shape[1]
        return self

    def _heads(self) -> list[tuple[int, str]]:
        """(label index, rows it is fitted on) per binary model: the three flags first."""
        welfare_model = getattr(self, "welfare_model", "vs_all")  # older artifacts: "vs_all"
        threat_model = getattr(self, "threat_model", "vs_all")
        heads = [(_T, ALL_ROWS), (_C, ALL_ROWS), (_W, NO_POLICE_FLAG if welfare_model == "vs_no_flag" else ALL_ROWS)]
        if welfare_model == "both":
            heads.append((_W, NO_POLICE_FLAG))
        if threat_model == "pairwise":
            heads.append((_T, THREAT_OR_WELFARE))
        return heads

    def _head_index(self, label_index: int, rows: str) -> int:
        return self._heads().index((label_index, rows))

    def _combine(self, head_proba: np.ndarray) -> np.ndarray:
        """Per-head probabilities -> one (n, 3) matrix in ``LABELS`` order."""
        head_proba = np.clip(head_proba, 0.0, 1.0)
        proba = head_proba[:, :len(LABELS)].copy()
        if getattr(self, "threat_model", "vs_all") == "pairwise":
            product = proba[:, _T] * head_proba[:, self._head_index(_T, THREAT_OR_WELFARE)]
            proba[:, _T] = self.threat_calibrator_.predict(_logit(product))
        welfare_model = getattr(self, "welfare_model", "vs_all")
        if welfare_model == "vs_all":
            return proba
        # P(welfare only) = P(no threat) * P(no crime) * P(welfare need | no police flag)
        gated = (1.0 - proba[:, _T]) * (1.0 - proba[:, _C]) * head_proba[:, self._head_index(_W, NO_POLICE_FLAG)]
        proba[:, _W] = gated if welfare_model == "vs_no_flag" else np.sqrt(proba[:, _W] * gated)
        return proba

    # -- inference --------------------------------------------------------
    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return self.vectorizer_.transform(self.processor_.normalise(texts)).tocsr()

    def predict_proba_matrix(self, X: sparse.csr_matrix) -> np.ndarray:
        columns = [cal.predict(decision_scores(est, X))
                   for est, cal in zip(self.estimators_, self.calibrators_)]
        return self._combine(np.column_stack(columns))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.predict_proba_matrix(self.transform(texts))

    # -- explanation ------------------------------------------------------
    def _word_weights(self) -> np.ndarray:
        """(labels, features) weights with char n-grams zeroed: handlers read words."""
        cached = getattr(self, "_word_weights_cache", None)
        if cached is not None:
            return cached
        names = self.vectorizer_.get_feature_names_out().astype(str)
        is_word = np.char.startswith(names, "word__")
        rows = []
        for est in self.estimators_:
            if hasattr(est, "coef_"):
                coef = np.asarray(est.coef_, dtype=float).ravel()
            else:  # ComplementNB: log-probability difference per feature
                coef = est.feature_log_prob_[1] - est.feature_log_prob_[0]
            rows.append(np.where(is_word, coef, 0.0))
        self._feature_names = np.char.replace(names, "word__", "")
        self._word_weights_cache = np.vstack(rows)
        return self._word_weights_cache

    def top_terms(self, X_row: sparse.csr_matrix, label_index: int, k: int = 5) -> list[tuple[str, float]]:
        """The word n-grams that pushed one note's score for one flag up the most."""
        weights = self._word_weights()[label_index]
        contributions = X_row.data * weights[X_row.indices]
        order = np.argsort(-contributions)[:k]
        return [(str(self._feature_names[X_row.indices[i]]), float(contributions[i]))
                for i in order if contributions[i] > 0]

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_word_weights_cache", None)
        state.pop("_feature_names", None)
        return state
