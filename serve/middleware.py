"""One ASGI middleware for what every request needs: a request id, timing,
metrics by route template, one JSON log line, and a JSON 500 for anything
unexpected (never a bare error page, never the note text).

It sits inside Starlette's ServerErrorMiddleware, so an unhandled exception is
answered here and not re-raised: the log line carries the exception type and
frames, not its message, which might quote the input.
"""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from serve.errors import error_body
from serve.logging import exception_fields
from serve.metrics import Metrics

log = logging.getLogger("serve.access")

REQUEST_ID_HEADER = "x-request-id"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def route_template(scope: Scope) -> str:
    """The matched route's path template (bounded cardinality), else 'unmatched'."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == REQUEST_ID_HEADER.encode():
            candidate = value.decode("latin-1")
            if _SAFE_ID.match(candidate):
                return candidate
    return uuid.uuid4().hex


class ObservabilityMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        request_id = _request_id(scope)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        status = 500
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal status, started
            if message["type"] == "http.response.start":
                started = True
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(REQUEST_ID_HEADER.encode(), request_id.encode())]
            await send(message)

        error: BaseException | None = None
        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:  # noqa: BLE001 - the catch-all: answer JSON, keep serving
            error = exc
            status = 500
            if not started:
                await _send_json_500(send_wrapper, request_id)
        finally:
            seconds = time.perf_counter() - start
            route = route_template(scope)
            method = scope.get("method", "")
            self.metrics.observe_request(route, method, status, seconds)
            extra = {"event": "request", "request_id": request_id, "method": method, "route": route,
                     "status": status, "latency_ms": round(seconds * 1000, 2)}
            for key in ("prediction_ids", "role", "audit_stored", "degraded", "feedback_id", "notes"):
                if key in state:
                    extra[key] = state[key]
            if error is not None:
                log.error("request failed", extra={**extra, **exception_fields(error)})
            else:
                log.info("request", extra=extra)


async def _send_json(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _send_json_500(send: Send, request_id: str) -> None:
    await _send_json(send, 500, error_body("request", f"internal error; quote request id {request_id} to the "
                                                      "operator", "internal_error"))


class BodyLimitMiddleware:
    """Refuse a request body over ``max_bytes`` with a JSON 413, before any route reads it.

    The body is read here (routes read it whole anyway) and replayed to the app,
    so the limit holds for chunked bodies without a Content-Length too.
    """

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> dict[str, Any]:
        return error_body("body", f"the request body is larger than {self.max_bytes} bytes "
                                  "(TRIAGE_MAX_BODY_BYTES)", "body_too_large")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _send_json(send, 413, self._too_large())
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _send_json(send, 413, self._too_large())
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
