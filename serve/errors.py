"""One error shape for every failure: ``{"detail": [{"field", "message", "type"}]}``.

FastAPI's own validation errors echo the offending input (which may be a
note) and use a nested ``loc``; they are rewritten here into the documented
shape, without the input. Anything unexpected becomes a JSON 500 in the
middleware (``serve.middleware``), never a bare page.
"""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

BODY_ERRORS = {"json_invalid": "the body is not valid JSON"}
#: Framework HTTP errors: the field at fault and an error type.
HTTP_ERRORS = {400: ("body", "body_unreadable"), 413: ("body", "body_too_large"), 404: ("path", "not_found"),
               405: ("method", "method_not_allowed")}


class ApiError(Exception):
    """An error the client can act on, with the field at fault."""

    def __init__(self, status: int, field: str, message: str, type: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.field, self.message, self.type, self.headers = status, field, message, type, headers


def error_body(field: str, message: str, type: str | None = None) -> dict[str, Any]:
    return {"detail": [{"field": field, "message": message, "type": type}]}


def error_response(status: int, field: str, message: str, type: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(field, message, type), status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header"):
        source, parts = parts[0], parts[1:]
        if source == "body" and parts and isinstance(parts[0], int) and len(parts) == 1:
            return "body"  # a JSON decode position, not a field
        if not parts:
            return "body" if source == "body" else source
    return ".".join(str(p) for p in parts) or "body"


def _message(error: dict[str, Any], field: str) -> str:
    if field == "body" and error.get("type") in ("model_attributes_type", "dict_type", "missing"):
        return "the body must be a JSON object, sent with Content-Type: application/json"
    if error.get("type") in BODY_ERRORS:
        ctx = error.get("ctx") or {}
        reason = ctx.get("error")
        return BODY_ERRORS[error["type"]] + (f" ({reason})" if reason else "")
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


async def validation_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    detail = []
    for error in errors:
        field = _field(error.get("loc", ()))
        detail.append({"field": field, "message": _message(error, field), "type": error.get("type")})
    status = 400 if any(e.get("type") in BODY_ERRORS for e in errors) else 422
    return JSONResponse({"detail": detail}, status_code=status)


async def api_error_handler(request: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.field, exc.message, exc.type, exc.headers)


async def http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Framework-raised HTTP errors (404 route, 405 method, 400 unreadable body, 413 too large)."""
    field, kind = HTTP_ERRORS.get(exc.status_code, ("request", None))
    message = str(exc.detail) if exc.detail else "error"
    if exc.status_code == 400 and "parsing the body" in message:
        message = "the body could not be read as JSON (not valid UTF-8, or nested too deeply)"
    return error_response(exc.status_code, field, message, kind, getattr(exc, "headers", None))


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_handler)
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
