"""The /v1 routes: predict, batch predict, feedback, model info and reload.

Scoring and database work are synchronous, so these are plain ``def`` routes
that FastAPI runs in its thread pool, keeping the event loop free.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Body, Depends, Request, status

from model.predictor import Prediction
from serve.auth import Principal, require
from serve.errors import ApiError
from serve.model_holder import ReloadRefused
from serve.roles import Role
from serve.schemas import (BatchRequest, BatchResponse, ErrorResponse, FeedbackOut, FeedbackRequest, ModelInfo,
                           PredictionOut, PredictRequest, ReloadRequest, ReloadResponse, metadata_size)
from serve.services import Services, services
from serve.storage import PredictionRecord, UnknownPrediction, add_feedback, new_id

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    common = {401: "missing or unknown API key", 403: "the key's role may not do this"}
    described = {400: "malformed JSON or a body that is not UTF-8", 404: "unknown prediction_id",
                 409: "candidate model refused at load (checksum, missing file); the old model keeps serving",
                 413: "too many notes in one batch (TRIAGE_MAX_BATCH) or a body too large",
                 422: "a field failed validation", 503: "the database is unavailable"}
    return {code: {"model": ErrorResponse, "description": common.get(code) or described.get(code, "")}
            for code in (401, 403, *codes)}


def _check_text(text: str, field: str, limit: int) -> None:
    if len(text) > limit:
        raise ApiError(422, field, f"text is {len(text)} characters; the limit is {limit} (TRIAGE_MAX_TEXT_CHARS)",
                       "string_too_long")


def _out(prediction_id: str, p: Prediction, stored: bool) -> PredictionOut:
    return PredictionOut(prediction_id=prediction_id, id=p.id, flags=p.flags, probabilities=p.probabilities,
                         recommendation=p.recommendation, reasons=p.reasons, model_version=p.model_version,
                         rules_version=p.rules_version, degraded=p.degraded, degraded_reason=p.degraded_reason,
                         audit_stored=stored)


def _score(request: Request, svc: Services, who: Principal, texts: list[str], ids: list[str | None],
           metadata: dict[str, Any] | None = None) -> list[PredictionOut]:
    """Score with the model taken now (a reload cannot change it mid-request), audit, count."""
    loaded = svc.holder.current
    predictions = loaded.predict(texts, ids)
    records = [PredictionRecord(new_id(), text, p, metadata, who.role.value) for text, p in zip(texts, predictions)]
    stored = svc.audit(records)
    svc.metrics.observe_predictions(predictions)
    request.state.prediction_ids = [r.prediction_id for r in records]
    request.state.audit_stored = stored
    request.state.degraded = any(p.degraded for p in predictions)
    request.state.notes = len(texts)
    return [_out(r.prediction_id, r.prediction, stored) for r in records]


@router.post("/predict", response_model=PredictionOut, responses=_errors(400, 422),
             summary="Flags and a recommendation for one note (role: handler)")
def predict(body: PredictRequest, request: Request, svc: Services = Depends(services),
            who: Principal = Depends(require(Role.HANDLER))) -> PredictionOut:
    _check_text(body.text, "text", svc.settings.max_text_chars)
    if metadata_size(body.metadata) > svc.settings.max_metadata_bytes:
        raise ApiError(422, "metadata", f"metadata is larger than {svc.settings.max_metadata_bytes} bytes as JSON "
                                        "(TRIAGE_MAX_METADATA_BYTES)", "too_large")
    return _score(request, svc, who, [body.text], [body.id], body.metadata)[0]


@router.post("/predict/batch", response_model=BatchResponse, responses=_errors(400, 413, 422),
             summary="The same for several notes, answered in order (role: handler)")
def predict_batch(body: BatchRequest, request: Request, svc: Services = Depends(services),
                  who: Principal = Depends(require(Role.HANDLER))) -> BatchResponse:
    limit = svc.settings.max_batch
    if len(body.notes) > limit:
        raise ApiError(413, "notes", f"{len(body.notes)} notes in one batch; the limit is {limit} "
                                     "(TRIAGE_MAX_BATCH): split the batch", "too_many_notes")
    for index, note in enumerate(body.notes):
        _check_text(note.text, f"notes.{index}.text", svc.settings.max_text_chars)
    outs = _score(request, svc, who, [n.text for n in body.notes], [n.id for n in body.notes])
    return BatchResponse(predictions=outs)


@router.post("/feedback", response_model=FeedbackOut, status_code=status.HTTP_201_CREATED,
             responses=_errors(400, 404, 422, 503),
             summary="The handler's final flags and/or decision for a prediction (role: handler)")
def feedback(body: FeedbackRequest, request: Request, svc: Services = Depends(services),
             who: Principal = Depends(require(Role.HANDLER))) -> FeedbackOut:
    """Acknowledged (201) only once committed. A prediction answered with
    ``audit_stored: false`` is not in the store, so its feedback is a 404."""
    flags = body.flags.model_dump() if body.flags is not None else None
    try:
        with svc.database.session() as session:
            row = add_feedback(session, body.prediction_id, flags, body.decision, body.comment, who.role.value)
    except UnknownPrediction:
        raise ApiError(404, "prediction_id", "no stored prediction has this prediction_id", "not_found") from None
    except Exception as exc:  # noqa: BLE001 - the database is down or refused: say so, never pretend
        log.error("feedback write failed", extra={"event": "feedback_failure", "error_type": type(exc).__name__})
        raise ApiError(503, "database", "the feedback was not stored: the database is unavailable; send it again",
                       "database_unavailable") from None
    request.state.feedback_id = row.id
    return FeedbackOut(feedback_id=row.id, prediction_id=row.prediction_id, created_at=row.created_at)


@router.get("/model", response_model=ModelInfo, responses=_errors(),
            summary="The loaded model's manifest and the rules version (any role)")
def model_info(svc: Services = Depends(services), _: Principal = Depends(require())) -> ModelInfo:
    loaded = svc.holder.current
    p = loaded.predictor
    return ModelInfo(model_version=p.model_version, rules_version=p.rules_version, degraded=not loaded.ready,
                     degraded_reason=loaded.degraded_reason,
                     model_dir=str(loaded.source) if loaded.source else None, loaded_at=loaded.loaded_at,
                     manifest=p.manifest)


@router.post("/admin/reload", response_model=ReloadResponse, responses=_errors(409, 422),
             summary="Load a new model without dropping requests (role: admin)")
def reload(body: ReloadRequest | None = Body(None), svc: Services = Depends(services),
           _: Principal = Depends(require(Role.ADMIN))) -> ReloadResponse:
    """Loads the model fully, runs a smoke prediction, then swaps it in; requests
    in flight finish on the model they started with. A model that fails its
    checksum (409) or its smoke prediction (422) is refused and the old one
    keeps serving."""
    model_dir = Path(body.model_dir) if body is not None and body.model_dir else svc.settings.live_model_dir()
    try:
        old, new = svc.holder.reload(model_dir)
    except ReloadRefused as exc:
        svc.metrics.reloads.labels(outcome="refused").inc()
        log.warning("model reload refused", extra={"event": "model_reload_refused", "stage": exc.stage})
        raise ApiError(409 if exc.stage == "load" else 422, "model_dir", f"model refused: {exc.reason}",
                       f"reload_refused_{exc.stage}") from None
    svc.metrics.reloads.labels(outcome="accepted").inc()
    svc.metrics.set_model(new.predictor.model_version, new.predictor.rules_version)
    return ReloadResponse(model_version=new.predictor.model_version,
                          previous_model_version=old.predictor.model_version,
                          rules_version=new.predictor.rules_version, model_dir=str(model_dir))
