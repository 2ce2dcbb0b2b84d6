"""API keys in the ``X-API-Key`` header, each with a role.

Keys are compared as SHA-256 digests with ``hmac.compare_digest`` against every
configured key (no early exit), so neither a key's content nor its length can
be learnt from response times.
"""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from serve.errors import ApiError
from serve.roles import Role, allowed

HEADER = "X-API-Key"
_header = APIKeyHeader(name=HEADER, auto_error=False,
                       description="an API key from TRIAGE_API_KEYS; its role decides what it may do")


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


@dataclass(frozen=True)
class Principal:
    """Who is calling: only the role is known (keys are per role, not per person)."""

    role: Role


class KeyStore:
    """The configured keys, held as digests."""

    def __init__(self, keys: dict[str, Role]):
        self._digests = [(_digest(key), role) for key, role in keys.items()]

    def role_for(self, presented: str) -> Role | None:
        candidate = _digest(presented)
        found: Role | None = None
        for digest, role in self._digests:
            if hmac.compare_digest(candidate, digest):
                found = role
        return found


def require(*roles: Role) -> Callable[..., Principal]:
    """Dependency: a valid key (401 otherwise) whose role is in ``roles`` or admin (403 otherwise)."""

    def dependency(request: Request, key: str | None = Depends(_header)) -> Principal:
        if not key:
            raise ApiError(401, HEADER, f"an API key is required in the {HEADER} header", "missing_api_key")
        role = request.app.state.services.keys.role_for(key)
        if role is None:
            raise ApiError(401, HEADER, "the API key is not valid", "invalid_api_key")
        if not allowed(role, roles):
            needed = ", ".join(r.value for r in roles) or "any"
            raise ApiError(403, HEADER, f"role {role.value!r} may not do this (needs {needed} or admin)",
                           "forbidden_role")
        request.state.role = role.value
        return Principal(role=role)

    return dependency
