"""The app factory: settings and Predictor injected, nothing global.

    create_app(settings=None, predictor=None) -> FastAPI

Start-up (the lifespan) loads the configured model unless one was injected
and applies the database migrations; a database that is down does not stop
the service (predictions still answer, with ``audit_stored: false``, and
/readyz says so).
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from model.predictor import Predictor
from serve import api, errors, ops, review_api, review_pages
from serve.logging import configure_logging
from serve.middleware import BodyLimitMiddleware, ObservabilityMiddleware
from serve.services import Services
from serve.settings import Settings

log = logging.getLogger(__name__)

DESCRIPTION = """Suggests flags (threat to life, crime, welfare only) and a recommendation
(police, partner, none, review) for control-room call notes, with the reasons, under
Right Care, Right Person. A suggestion for a handler, never a decision.

Send an API key in `X-API-Key`. Errors are `{"detail": [{"field", "message", "type"}]}`."""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    svc: Services = app.state.services
    await run_in_threadpool(lambda: svc.holder)  # load the model now, not on the first request
    try:
        await run_in_threadpool(svc.database.ensure_schema)
    except Exception as exc:  # noqa: BLE001 - keep serving; /readyz reports it and retries
        log.error("database migrations not applied at start-up",
                  extra={"event": "startup", "error_type": type(exc).__name__})
    yield
    svc.database.dispose()


def create_app(settings: Settings | None = None, predictor: Predictor | None = None) -> FastAPI:
    """A new app. ``settings`` default to the environment; ``predictor`` to loading settings.model_dir."""
    settings = settings if settings is not None else Settings()
    app = FastAPI(title="Call-note triage", version="1", description=DESCRIPTION, lifespan=lifespan)
    app.state.services = Services.build(settings, predictor)
    errors.install(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(ObservabilityMiddleware, metrics=app.state.services.metrics)  # outermost
    app.include_router(ops.router)
    app.include_router(api.router)
    app.include_router(review_api.router)
    review_pages.install(app, settings)
    return app


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (each worker process): configuration from TRIAGE_*."""
    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings)
