"""Signed session cookies and CSRF tokens for the QA review pages.

A QA user types their API key once; the cookie then holds a signed token, not
the key: ``base64(payload).base64(HMAC-SHA256(secret, payload))`` where the
payload is the key's *fingerprint* (an HMAC of the key under the same
secret), an expiry time and a random session nonce. Each request looks the
fingerprint up among the keys configured now, so removing a key from
TRIAGE_API_KEYS ends its sessions too, and the role always comes from the
configuration, never from the cookie.

CSRF: every form carries ``HMAC(secret, "csrf:" + nonce)`` of its session,
checked in constant time. The login form, which has no session yet, uses a
double-submit pair instead: a random nonce in a short-lived cookie and its
HMAC in the form.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from serve.roles import Role

SESSION_COOKIE = "triage_review"
LOGIN_COOKIE = "triage_review_login"
COOKIE_PATH = "/review"
LOGIN_FORM_SECONDS = 3600
#: Only these roles may use the review pages.
REVIEW_ROLES = (Role.QA, Role.ADMIN)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class ReviewSession:
    """A logged-in QA user: the role their key has now, and the session's nonce."""

    role: Role
    nonce: str
    expires: int


class SessionSigner:
    """Issues and checks session tokens and CSRF tokens with one per-app secret."""

    def __init__(self, secret: bytes, keys: dict[str, Role], max_age_s: int):
        self._secret = secret
        self.max_age_s = max_age_s
        self._fingerprints = {self._fingerprint(key): role for key, role in keys.items()}

    def _mac(self, purpose: str, message: str) -> str:
        return _b64(hmac.new(self._secret, f"{purpose}:{message}".encode(), hashlib.sha256).digest())

    def _fingerprint(self, key: str) -> str:
        return self._mac("key", key)

    # -- sessions ----------------------------------------------------------------------
    def issue(self, key: str, now: float | None = None) -> str:
        """A token for a valid key (the caller has already checked its role)."""
        payload = json.dumps({"k": self._fingerprint(key), "x": int((now or time.time()) + self.max_age_s),
                              "n": secrets.token_urlsafe(16)}, separators=(",", ":")).encode()
        encoded = _b64(payload)
        return f"{encoded}.{self._mac('session', encoded)}"

    def verify(self, token: str | None, now: float | None = None) -> ReviewSession | None:
        """The session, or None if the token is missing, forged, expired, or its key is gone or not QA."""
        if not token or token.count(".") != 1:
            return None
        encoded, mac = token.split(".")
        if not hmac.compare_digest(mac.encode(), self._mac("session", encoded).encode()):
            return None
        try:
            payload = json.loads(_unb64(encoded))
            fingerprint, expires, nonce = str(payload["k"]), int(payload["x"]), str(payload["n"])
        except (ValueError, KeyError, TypeError):
            return None
        if expires < (now or time.time()):
            return None
        role = self._fingerprints.get(fingerprint)
        if role not in REVIEW_ROLES:
            return None
        return ReviewSession(role=role, nonce=nonce, expires=expires)

    # -- CSRF --------------------------------------------------------------------------
    def csrf_token(self, session: ReviewSession) -> str:
        return self._mac("csrf", session.nonce)

    def check_csrf(self, session: ReviewSession, presented: str | None) -> bool:
        return bool(presented) and hmac.compare_digest(presented.encode(), self.csrf_token(session).encode())

    @staticmethod
    def new_login_nonce() -> str:
        return secrets.token_urlsafe(16)

    def login_csrf_token(self, nonce: str) -> str:
        return self._mac("login", nonce)

    def check_login_csrf(self, nonce: str | None, presented: str | None) -> bool:
        if not nonce or not presented:
            return False
        return hmac.compare_digest(presented.encode(), self.login_csrf_token(nonce).encode())
