"""The predictor: classifier + decision policy + safety rules, in one call.

Every prediction path (CLI, service, batch scoring) goes through
``Predictor.predict`` so the safety rules can never be skipped. Each note is
parsed by spaCy once; the same doc feeds the classifier's features and the
rule matcher.

If the model is missing or fails on a note, the rules still answer: the
prediction is ``degraded``, its flags come from the rules alone, and the
recommendation is ``police`` when a rule fired, else ``review``.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from model.artifacts import Artifact, load_artifact
from model.decision import DecisionPolicy
from model.labels import LABELS, POLICE, REVIEW, WELFARE_ONLY
from model.rules import RuleResult, RuleSet, escalate
from model.text import build_pipeline

log = logging.getLogger(__name__)

TOP_TERMS = 5


@dataclass
class Prediction:
    """One note's suggestion, ready to serialise."""

    id: str | None
    flags: dict[str, bool]
    probabilities: dict[str, float] | None
    recommendation: str
    reasons: list[dict[str, Any]]
    model_version: str | None
    rules_version: str
    degraded: bool = False
    degraded_reason: str | None = None
    #: What the model alone said, before the rules (None when degraded).
    model_flags: dict[str, bool] | None = None
    model_recommendation: str | None = None
    #: Flags raised by fired rules, whatever the model said.
    rule_flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Predictor:
    """Scores notes with a loaded artifact (optional) and a rule set (required)."""

    def __init__(self, artifact: Artifact | None, rules: RuleSet, nlp: Language | None = None,
                 degraded_reason: str | None = None):
        self.artifact = artifact
        self.rules = rules
        self.nlp = nlp if nlp is not None else build_pipeline(context=True)
        self.rules.attach(self.nlp)
        self.policy = (DecisionPolicy.from_dict(artifact.manifest) if artifact is not None else None)
        self._degraded_reason = degraded_reason or (None if artifact else "no model loaded")
        # One-time work (the classifier's lazily built text processor, matchers) happens
        # here, at load, not inside the first caller's request.
        self.predict(["warm-up"])

    # -- construction -----------------------------------------------------
    @classmethod
    def load(cls, model_dir: str | Path, rules_path: str | Path | None = None) -> "Predictor":
        """Load strictly: a bad artifact raises ``ArtifactError``."""
        return cls(load_artifact(model_dir), RuleSet.load(rules_path))

    @classmethod
    def rules_only(cls, rules_path: str | Path | None = None, reason: str = "no model loaded") -> "Predictor":
        return cls(None, RuleSet.load(rules_path), degraded_reason=reason)

    @property
    def manifest(self) -> dict[str, Any] | None:
        return self.artifact.manifest if self.artifact else None

    @property
    def model_version(self) -> str | None:
        return self.artifact.version if self.artifact else None

    @property
    def rules_version(self) -> str:
        return self.rules.version

    # -- scoring ----------------------------------------------------------
    def predict_one(self, text: str, id: str | None = None) -> Prediction:
        return self.predict([text], [id])[0]

    def predict(self, texts: Sequence[str], ids: Sequence[str | None] | None = None) -> list[Prediction]:
        """Predictions for ``texts`` in order; never raises because of the model."""
        ids = list(ids) if ids is not None else [None] * len(texts)
        if len(ids) != len(texts):
            raise ValueError("ids and texts differ in length")
        docs = list(self.nlp.pipe(texts))
        model_outputs = self._model_outputs(docs)
        return [self._combine(doc, note_id, output) for doc, note_id, output in zip(docs, ids, model_outputs)]

    def _model_outputs(self, docs: list[Doc]) -> list[Any]:
        """Per doc: (probabilities, X_row) or an error string. Isolates a failing note."""
        if self.artifact is None:
            return [self._degraded_reason] * len(docs)
        try:
            return self._score_docs(docs)
        except Exception as exc:  # noqa: BLE001 - one bad note must not take down the batch
            log.warning("model failed on a batch of %d notes (%s); scoring one by one", len(docs),
                        type(exc).__name__)
        outputs: list[Any] = []
        for doc in docs:
            try:
                outputs.extend(self._score_docs([doc]))
            except Exception as exc:  # noqa: BLE001
                log.error("model failed on a note: %s", type(exc).__name__)
                outputs.append(f"model error: {type(exc).__name__}")
        return outputs

    def _score_docs(self, docs: list[Doc]) -> list[tuple[dict[str, float], Any]]:
        clf = self.artifact.model
        normalised = [clf.processor_.normalise_doc(doc) for doc in docs]
        X = clf.vectorizer_.transform(normalised).tocsr()
        proba = clf.predict_proba_matrix(X)
        return [({label: float(p) for label, p in zip(LABELS, row)}, X[i]) for i, row in enumerate(proba)]

    def _combine(self, doc: Doc, note_id: str | None, output: Any) -> Prediction:
        result: RuleResult = self.rules.apply(doc)
        rule_flags = sorted(result.raised_flags)
        if isinstance(output, str):  # degraded: the rules alone answer
            flags = {label: label in result.raised_flags for label in LABELS}
            flags[WELFARE_ONLY] = False
            return Prediction(id=note_id, flags=flags, probabilities=None,
                              recommendation=POLICE if result.fired else REVIEW,
                              reasons=result.reasons(), model_version=self.model_version,
                              rules_version=self.rules_version, degraded=True, degraded_reason=output,
                              rule_flags=rule_flags)
        probabilities, X_row = output
        model_flags, model_recommendation = self.policy.decide(probabilities)
        flags, recommendation = escalate(dict(model_flags), model_recommendation, result)
        reasons = result.reasons() + self._model_reasons(flags, X_row)
        return Prediction(id=note_id, flags=flags, probabilities=probabilities,
                          recommendation=recommendation, reasons=reasons,
                          model_version=self.model_version, rules_version=self.rules_version,
                          model_flags=model_flags, model_recommendation=model_recommendation,
                          rule_flags=rule_flags)

    def _model_reasons(self, flags: dict[str, bool], X_row: Any) -> list[dict[str, Any]]:
        clf = self.artifact.model
        reasons = []
        for index, label in enumerate(LABELS):
            if flags[label]:
                terms = clf.top_terms(X_row, index, k=TOP_TERMS)
                reasons.append({"kind": "model", "flag": label,
                                "terms": [{"term": term, "weight": round(weight, 4)} for term, weight in terms]})
        return reasons
