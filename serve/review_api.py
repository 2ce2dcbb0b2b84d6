"""``GET /v1/review``: the QA review queue as JSON, for tools (roles qa and admin).

The same queue the review pages show (``serve.review_queue``). Items carry
flags, reasons and review state, never the note text: a tool that needs the
text opens the item page, where a person reads it.
"""
from __future__ import annotations

import logging
from datetime import date

from fastapi import APIRouter, Depends, Query

from serve.api import _errors
from serve.auth import Principal, require
from serve.errors import ApiError
from serve.review_queue import (DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, QueueFilter, QueueItem, as_utc, load_queue)
from serve.review_store import review_flags
from serve.roles import Role
from serve.schemas import (FlagName, QueueReason, QueueReasonCode, Recommendation, ReviewQueueItem,
                           ReviewQueuePage, ReviewSummary)
from serve.services import Services, services

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1")


def item_out(item: QueueItem) -> ReviewQueueItem:
    latest = item.latest_review
    summary = None if latest is None else ReviewSummary(
        review_id=latest.id, created_at=as_utc(latest.created_at), reviewer_role=latest.reviewer_role,
        reviewer_name=latest.reviewer_name, flags=review_flags(latest), model_version=latest.model_version)
    return ReviewQueueItem(prediction_id=item.prediction_id, created_at=item.created_at, note_id=item.note_id,
                           flags=item.flags, probabilities=item.probabilities, recommendation=item.recommendation,
                           model_version=item.model_version, rules_version=item.rules_version,
                           degraded=item.degraded,
                           reasons=[QueueReason(code=r.code, detail=r.detail) for r in item.reasons],
                           review_count=len(item.reviews), latest_review=summary)


@router.get("/review", response_model=ReviewQueuePage, responses=_errors(422, 503),
            summary="Predictions that need a QA look, newest first, with why (role: qa)")
def review_queue(flag: FlagName | None = Query(None, description="only items whose suggestion raised this flag"),
                 recommendation: Recommendation | None = Query(None, description="only this recommendation"),
                 reason: QueueReasonCode | None = Query(None, description="only items queued for this reason"),
                 date_from: date | None = Query(None, description="first UTC day (YYYY-MM-DD), inclusive"),
                 date_to: date | None = Query(None, description="last UTC day (YYYY-MM-DD), inclusive"),
                 reviewed: bool | None = Query(None, description="true: reviewed ones only; false: not yet"),
                 page: int = Query(1, ge=1),
                 page_size: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
                 svc: Services = Depends(services),
                 _: Principal = Depends(require(Role.QA))) -> ReviewQueuePage:
    try:
        queue_filter = QueueFilter(flag=flag, recommendation=recommendation, reason=reason, date_from=date_from,
                                   date_to=date_to, reviewed=reviewed, page=page, page_size=page_size)
    except ValueError as exc:
        raise ApiError(422, "date_from", str(exc), "value_error") from None
    try:
        with svc.database.session() as session:
            queue = load_queue(session, queue_filter)
            items = [item_out(item) for item in queue.items]
    except Exception as exc:  # noqa: BLE001 - the database is down: say so
        log.error("review queue read failed", extra={"event": "review_queue_failure",
                                                     "error_type": type(exc).__name__})
        raise ApiError(503, "database", "the review queue cannot be read: the database is unavailable",
                       "database_unavailable") from None
    return ReviewQueuePage(items=items, total=queue.total, page=queue.page, page_size=queue.page_size,
                           pages=queue.pages)
