"""Operational routes, open without a key: liveness, readiness, metrics.

They say nothing that needs protecting: /readyz names which part is not
ready but not file paths or database addresses (those are in /v1/model and
the logs).
"""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from serve.schemas import Check, HealthResponse, ReadyResponse
from serve.services import Services, services

log = logging.getLogger(__name__)

router = APIRouter()


@router.get("/healthz", response_model=HealthResponse, summary="The process is alive")
def healthz() -> HealthResponse:
    return HealthResponse(status="alive")


def _database_check(svc: Services) -> Check:
    try:
        svc.database.ensure_schema()
        svc.database.ping()
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        log.warning("database not ready", extra={"event": "readiness", "error_type": type(exc).__name__})
        return Check(ok=False, detail=f"database unavailable ({type(exc).__name__})")
    return Check(ok=True, detail=f"{svc.database.dialect} reachable, schema current")


@router.get("/readyz", response_model=ReadyResponse, responses={503: {"model": ReadyResponse}},
            summary="The model and the database are ready (503 says which is not)")
def readyz(svc: Services = Depends(services)) -> JSONResponse:
    loaded = svc.holder.current
    model = (Check(ok=True, detail=f"model {loaded.predictor.model_version} loaded") if loaded.ready
             else Check(ok=False, detail="no model loaded: rules only (degraded); see /v1/model"))
    checks = {"model": model, "database": _database_check(svc)}
    ready = all(c.ok for c in checks.values())
    body = ReadyResponse(status="ready" if ready else "not ready", checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics(svc: Services = Depends(services)) -> Response:
    return Response(svc.metrics.render(), media_type=CONTENT_TYPE_LATEST)
