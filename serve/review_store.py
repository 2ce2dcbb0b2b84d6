"""Repository functions for QA reviews: the only code that writes ``reviews`` rows.

Reviews are appended, never updated, so a note's label history survives a
second opinion. The latest review of a prediction is its current label; to
keep "latest" unambiguous, a review's ``created_at`` is made strictly later
than the prediction's previous review even if two arrive in the same
microsecond (or a clock steps back).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.labels import CRIME, LABELS, THREAT_TO_LIFE, WELFARE_ONLY
from serve.storage import UnknownPrediction, new_id, now
from serve.tables import PredictionRow, ReviewRow

MAX_REVIEWER_CHARS = 100


class ReviewRefused(ValueError):
    """A review breaks the labelling policy; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


def check_flags(flags: dict[str, bool]) -> None:
    """The labelling guide: welfare_only is 0 whenever threat_to_life or crime is 1."""
    if set(flags) != set(LABELS):
        raise ReviewRefused("flags", f"give all three flags ({', '.join(LABELS)})")
    if flags[WELFARE_ONLY] and (flags[THREAT_TO_LIFE] or flags[CRIME]):
        raise ReviewRefused(WELFARE_ONLY, "welfare only cannot be ticked together with threat to life or crime "
                                          "(labelling guide: welfare_only is 0 whenever another flag is 1)")


def review_flags(row: ReviewRow) -> dict[str, bool]:
    return {THREAT_TO_LIFE: bool(row.flag_threat_to_life), CRIME: bool(row.flag_crime),
            WELFARE_ONLY: bool(row.flag_welfare_only)}


def add_review(session: Session, prediction_id: str, flags: dict[str, bool], reviewer_role: str,
               reviewer_name: str, comment: str | None) -> ReviewRow:
    """Stage a review; raises UnknownPrediction or ReviewRefused. The caller's transaction commits it."""
    check_flags(flags)
    name = reviewer_name.strip()
    if not name:
        raise ReviewRefused("reviewer", "give the reviewer's name")
    if len(name) > MAX_REVIEWER_CHARS:
        raise ReviewRefused("reviewer", f"the reviewer's name is longer than {MAX_REVIEWER_CHARS} characters")
    prediction = session.get(PredictionRow, prediction_id)
    if prediction is None:
        raise UnknownPrediction(prediction_id)
    created_at = now()
    previous = session.scalar(select(func.max(ReviewRow.created_at))
                              .where(ReviewRow.prediction_id == prediction_id))
    if previous is not None:
        previous = previous if previous.tzinfo else previous.replace(tzinfo=created_at.tzinfo)
        if created_at <= previous:
            created_at = previous + timedelta(microseconds=1)
    row = ReviewRow(id=new_id(), prediction_id=prediction_id, created_at=created_at,
                    reviewer_role=reviewer_role, reviewer_name=name,
                    flag_threat_to_life=flags[THREAT_TO_LIFE], flag_crime=flags[CRIME],
                    flag_welfare_only=flags[WELFARE_ONLY], comment=comment or None,
                    model_version=prediction.model_version)
    session.add(row)
    return row


def get_review(session: Session, review_id: str) -> ReviewRow | None:
    return session.get(ReviewRow, review_id)


def reviews_for(session: Session, prediction_id: str) -> list[ReviewRow]:
    """A prediction's reviews, newest first (the first is the current label)."""
    stmt = (select(ReviewRow).where(ReviewRow.prediction_id == prediction_id)
            .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc()))
    return list(session.scalars(stmt))


def reviews_for_many(session: Session, prediction_ids: Sequence[str]) -> dict[str, list[ReviewRow]]:
    """Reviews of several predictions (one page of the queue), newest first per prediction."""
    found: dict[str, list[ReviewRow]] = {pid: [] for pid in prediction_ids}
    if not prediction_ids:
        return found
    stmt = (select(ReviewRow).where(ReviewRow.prediction_id.in_(list(prediction_ids)))
            .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc()))
    for row in session.scalars(stmt):
        found[row.prediction_id].append(row)
    return found


@dataclass(frozen=True)
class LatestReview:
    """The current label of one reviewed prediction, with the note text (None when not stored)."""

    review: ReviewRow
    text: str | None


def latest_reviews(session: Session) -> list[LatestReview]:
    """The latest review of every reviewed prediction, oldest prediction first (one query)."""
    ranked = (select(ReviewRow.id.label("review_id"),
                     func.row_number().over(partition_by=ReviewRow.prediction_id,
                                            order_by=(ReviewRow.created_at.desc(), ReviewRow.id.desc()))
                     .label("rank"))
              .subquery())
    stmt = (select(ReviewRow, PredictionRow.text)
            .join(ranked, ranked.c.review_id == ReviewRow.id)
            .join(PredictionRow, PredictionRow.id == ReviewRow.prediction_id)
            .where(ranked.c.rank == 1)
            .order_by(PredictionRow.created_at, PredictionRow.id))
    return [LatestReview(review, text) for review, text in session.execute(stmt)]
