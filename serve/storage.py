"""Repository functions for the audit store: the only code that writes rows.

A prediction's note text is stored only when ``store_text`` is true; its
SHA-256 always is. With text storage off, the parts of reasons that quote the
note (a rule's matched ``text``, a suppressed match's ``trigger``, the model's
top ``terms``) are dropped from the stored copy as well; offsets, rule ids and
flags are kept.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.labels import CRIME, THREAT_TO_LIFE, WELFARE_ONLY
from model.predictor import Prediction
from serve.tables import FeedbackRow, PredictionRow

#: Reason fields that quote the note (a rule's matched span, a suppressing cue
#: word, the model's top n-grams, which are fragments of it); not stored when
#: text storage is off. Offsets, rule ids, flags and the kind of context
#: (negated, historical, ...) are kept.
QUOTING_FIELDS = frozenset({"text", "trigger", "terms"})


class UnknownPrediction(LookupError):
    """Feedback names a prediction the store does not hold."""


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def redact_reasons(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in reason.items() if k not in QUOTING_FIELDS} for reason in reasons]


@dataclass
class PredictionRecord:
    """What is audited for one answered note."""

    prediction_id: str
    text: str
    prediction: Prediction
    metadata: dict[str, Any] | None = None
    role: str | None = None


def add_predictions(session: Session, records: list[PredictionRecord], store_text: bool,
                    created_at: datetime | None = None) -> None:
    """Stage rows for ``records``; the caller's transaction commits them together."""
    created_at = created_at or now()
    for record in records:
        p = record.prediction
        session.add(PredictionRow(
            id=record.prediction_id, created_at=created_at, note_id=p.id,
            text=record.text if store_text else None, text_sha256=text_sha256(record.text),
            flag_threat_to_life=bool(p.flags[THREAT_TO_LIFE]), flag_crime=bool(p.flags[CRIME]),
            flag_welfare_only=bool(p.flags[WELFARE_ONLY]), probabilities=p.probabilities,
            recommendation=p.recommendation,
            reasons=p.reasons if store_text else redact_reasons(p.reasons),
            model_flags=p.model_flags, model_recommendation=p.model_recommendation,
            rule_flags=list(p.rule_flags), model_version=p.model_version, rules_version=p.rules_version,
            degraded=p.degraded, degraded_reason=p.degraded_reason, meta=record.metadata,
            api_key_role=record.role,
        ))


def get_prediction(session: Session, prediction_id: str) -> PredictionRow | None:
    return session.get(PredictionRow, prediction_id)


def add_feedback(session: Session, prediction_id: str, flags: dict[str, bool] | None, decision: str | None,
                 comment: str | None, role: str) -> FeedbackRow:
    """Stage a feedback row; raises UnknownPrediction if the prediction is not stored."""
    if session.get(PredictionRow, prediction_id) is None:
        raise UnknownPrediction(prediction_id)
    flags = flags or {}
    row = FeedbackRow(id=new_id(), prediction_id=prediction_id, created_at=now(),
                      flag_threat_to_life=flags.get(THREAT_TO_LIFE), flag_crime=flags.get(CRIME),
                      flag_welfare_only=flags.get(WELFARE_ONLY), decision=decision, comment=comment,
                      api_key_role=role)
    session.add(row)
    return row


def get_feedback(session: Session, feedback_id: str) -> FeedbackRow | None:
    return session.get(FeedbackRow, feedback_id)


def feedback_for(session: Session, prediction_id: str) -> list[FeedbackRow]:
    """A prediction's feedback, oldest first."""
    stmt = select(FeedbackRow).where(FeedbackRow.prediction_id == prediction_id).order_by(FeedbackRow.created_at)
    return list(session.scalars(stmt))
