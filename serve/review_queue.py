"""The QA review queue: predictions that need a person's look, and why.

A prediction is in the queue when any of these holds (codes in ``REASONS``):

* ``feedback_disagrees``  a handler's feedback differs from the suggestion: other
  flags, or a decision other than the recommendation (a ``review``
  recommendation has no decision to disagree with; it is already queued);
* ``rule_model_conflict`` a safety rule raised a flag the model did not;
* ``degraded``            the rules alone answered (no model, or the model failed);
* ``low_confidence``      the recommendation was ``review``.

Membership, filters, ordering (newest first) and paging are one SQL query
(plus a count), portable between SQLite and PostgreSQL: JSON fields are read
with SQLAlchemy's JSON index operators, never dialect-specific SQL. The words
that explain each reason are then built in Python from the page's rows only,
by :func:`reasons_for`, which the item page uses too; a test checks that the
SQL and the Python agree.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select
from sqlalchemy.orm import Session

from model.labels import CRIME, LABELS, REVIEW, THREAT_TO_LIFE, WELFARE_ONLY
from serve.review_store import reviews_for_many
from serve.tables import FeedbackRow, PredictionRow, ReviewRow

FEEDBACK_DISAGREES = "feedback_disagrees"
RULE_MODEL_CONFLICT = "rule_model_conflict"
DEGRADED = "degraded"
LOW_CONFIDENCE = "low_confidence"
REASONS: tuple[str, ...] = (FEEDBACK_DISAGREES, RULE_MODEL_CONFLICT, DEGRADED, LOW_CONFIDENCE)
REASON_TITLES = {FEEDBACK_DISAGREES: "handler disagreed", RULE_MODEL_CONFLICT: "rules and model disagree",
                 DEGRADED: "rules only (degraded)", LOW_CONFIDENCE: "low confidence"}

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200

P, F = PredictionRow, FeedbackRow
_FLAG_COLUMNS = {THREAT_TO_LIFE: "flag_threat_to_life", CRIME: "flag_crime", WELFARE_ONLY: "flag_welfare_only"}


# -- filters and results ------------------------------------------------------------

@dataclass(frozen=True)
class QueueFilter:
    """What to show. ``flag``: the suggestion raised it; ``reason``: one queue reason;
    dates are UTC days, both inclusive; ``reviewed``: None for all."""

    flag: str | None = None
    recommendation: str | None = None
    reason: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    reviewed: bool | None = None
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    def __post_init__(self) -> None:
        if self.flag is not None and self.flag not in LABELS:
            raise ValueError(f"flag must be one of {', '.join(LABELS)}")
        if self.reason is not None and self.reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}")
        if self.page < 1 or not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page must be at least 1 and page_size between 1 and {MAX_PAGE_SIZE}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")


@dataclass(frozen=True)
class Reason:
    code: str
    detail: str


@dataclass
class QueueItem:
    prediction_id: str
    created_at: datetime
    note_id: str | None
    flags: dict[str, bool]
    probabilities: dict[str, float] | None
    recommendation: str
    model_version: str | None
    rules_version: str
    degraded: bool
    reasons: list[Reason]
    reviews: list[ReviewRow] = field(default_factory=list)

    @property
    def latest_review(self) -> ReviewRow | None:
        return self.reviews[0] if self.reviews else None


@dataclass
class QueuePage:
    items: list[QueueItem]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


# -- SQL ------------------------------------------------------------------------------

def _feedback_disagrees() -> ColumnElement[bool]:
    flag_differs = or_(*(and_(getattr(F, column).is_not(None), getattr(F, column) != getattr(P, column))
                         for column in _FLAG_COLUMNS.values()))
    decision_differs = and_(F.decision.is_not(None), P.recommendation != REVIEW, F.decision != P.recommendation)
    return exists().where(F.prediction_id == P.id, or_(flag_differs, decision_differs))


def _rule_model_conflict() -> ColumnElement[bool]:
    """A flag in ``rule_flags`` (a JSON list of at most three names) that ``model_flags`` says false."""
    def rule_raised(flag: str) -> ColumnElement[bool]:
        return or_(*(P.rule_flags[i].as_string() == flag for i in range(len(LABELS))))

    return and_(P.degraded == false(),
                or_(*(and_(rule_raised(flag), P.model_flags[flag].as_boolean() == false()) for flag in LABELS)))


def reason_conditions() -> dict[str, ColumnElement[bool]]:
    """Each queue reason as a SQL condition on ``predictions``."""
    return {FEEDBACK_DISAGREES: _feedback_disagrees(), RULE_MODEL_CONFLICT: _rule_model_conflict(),
            DEGRADED: P.degraded.is_(True), LOW_CONFIDENCE: P.recommendation == REVIEW}


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _where(queue_filter: QueueFilter) -> list[ColumnElement[bool]]:
    conditions = reason_conditions()
    where: list[ColumnElement[bool]] = [conditions[queue_filter.reason] if queue_filter.reason
                                        else or_(*conditions.values())]
    if queue_filter.flag:
        where.append(getattr(P, _FLAG_COLUMNS[queue_filter.flag]).is_(True))
    if queue_filter.recommendation:
        where.append(P.recommendation == queue_filter.recommendation)
    if queue_filter.date_from:
        where.append(P.created_at >= _day_start(queue_filter.date_from))
    if queue_filter.date_to:
        where.append(P.created_at < _day_start(queue_filter.date_to + timedelta(days=1)))
    if queue_filter.reviewed is not None:
        reviewed = exists().where(ReviewRow.prediction_id == P.id)
        where.append(reviewed if queue_filter.reviewed else not_(reviewed))
    return where


def queued_ids(session: Session, queue_filter: QueueFilter) -> tuple[list[str], int]:
    """One page of queued prediction ids, newest first, and the total matching."""
    where = _where(queue_filter)
    total = session.scalar(select(func.count()).select_from(P).where(*where)) or 0
    stmt = (select(P.id).where(*where).order_by(P.created_at.desc(), P.id.desc())
            .limit(queue_filter.page_size).offset((queue_filter.page - 1) * queue_filter.page_size))
    return list(session.scalars(stmt)), int(total)


def load_queue(session: Session, queue_filter: QueueFilter) -> QueuePage:
    """The page asked for, each item with its reasons and reviews (four queries, bounded by page size)."""
    ids, total = queued_ids(session, queue_filter)
    rows = {row.id: row for row in session.scalars(select(P).where(P.id.in_(ids)))} if ids else {}
    feedback = feedback_for_many(session, ids)
    reviews = reviews_for_many(session, ids)
    items = [to_item(rows[pid], feedback[pid], reviews[pid]) for pid in ids]
    return QueuePage(items=items, total=total, page=queue_filter.page, page_size=queue_filter.page_size)


def feedback_for_many(session: Session, prediction_ids: Sequence[str]) -> dict[str, list[FeedbackRow]]:
    found: dict[str, list[FeedbackRow]] = {pid: [] for pid in prediction_ids}
    if prediction_ids:
        stmt = select(F).where(F.prediction_id.in_(list(prediction_ids))).order_by(F.created_at, F.id)
        for row in session.scalars(stmt):
            found[row.prediction_id].append(row)
    return found


# -- the words ------------------------------------------------------------------------

def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def prediction_flags(row: PredictionRow) -> dict[str, bool]:
    return {flag: bool(getattr(row, column)) for flag, column in _FLAG_COLUMNS.items()}


def feedback_flags(row: FeedbackRow) -> dict[str, bool] | None:
    values = {flag: getattr(row, column) for flag, column in _FLAG_COLUMNS.items()}
    return None if all(v is None for v in values.values()) else {k: bool(v) for k, v in values.items()
                                                                  if v is not None}


def flag_names(flags: dict[str, Any] | None) -> str:
    raised = [flag for flag in LABELS if flags and flags.get(flag)]
    return ", ".join(raised) if raised else "no flags"


def _feedback_reason(prediction: PredictionRow, feedback: Sequence[FeedbackRow]) -> str | None:
    suggested = prediction_flags(prediction)
    parts: list[str] = []
    for row in feedback:
        given = feedback_flags(row)
        if given and any(given[flag] != suggested[flag] for flag in given):
            parts.append(f"handler's flags: {flag_names(given)} (suggested: {flag_names(suggested)})")
        if row.decision and prediction.recommendation != REVIEW and row.decision != prediction.recommendation:
            parts.append(f"handler decided {row.decision} (suggested: {prediction.recommendation})")
    return "; ".join(dict.fromkeys(parts)) or None


def reasons_for(prediction: PredictionRow, feedback: Sequence[FeedbackRow]) -> list[Reason]:
    """Why ``prediction`` is in the queue (empty when it is not), in ``REASONS`` order."""
    reasons: list[Reason] = []
    disagreement = _feedback_reason(prediction, feedback)
    if disagreement:
        reasons.append(Reason(FEEDBACK_DISAGREES, disagreement))
    model_flags = prediction.model_flags if isinstance(prediction.model_flags, dict) else None
    if not prediction.degraded and model_flags is not None:
        overruled = [flag for flag in LABELS if flag in (prediction.rule_flags or [])
                     and model_flags.get(flag) is False]
        if overruled:
            reasons.append(Reason(RULE_MODEL_CONFLICT, f"rules raised {', '.join(overruled)}; the model did not"))
    if prediction.degraded:
        reasons.append(Reason(DEGRADED, f"rules only: {prediction.degraded_reason or 'no model'}"))
    if prediction.recommendation == REVIEW:
        reasons.append(Reason(LOW_CONFIDENCE, "the model was unsure: recommendation 'review'"))
    return reasons


def to_item(row: PredictionRow, feedback: Sequence[FeedbackRow], reviews: list[ReviewRow]) -> QueueItem:
    return QueueItem(prediction_id=row.id, created_at=as_utc(row.created_at), note_id=row.note_id,
                     flags=prediction_flags(row), probabilities=row.probabilities, recommendation=row.recommendation,
                     model_version=row.model_version, rules_version=row.rules_version, degraded=bool(row.degraded),
                     reasons=reasons_for(row, feedback), reviews=reviews)
