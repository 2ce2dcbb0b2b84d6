"""Service configuration, read once from ``TRIAGE_*`` environment variables.

Every knob the service has lives here so that the app factory can be handed a
complete, validated configuration (tests build one directly; `triage serve`
reads the environment).

``TRIAGE_STORE_TEXT`` (default true) decides whether the audit table keeps the
note text itself. Its SHA-256 is always stored, so a prediction can be matched
to a note held elsewhere even when the text is not kept here; with it false,
the parts of stored reasons that quote the note (matched spans, cue words,
the model's top n-grams) are dropped too.

``TRIAGE_SESSION_SECRET`` signs the QA review pages' session cookies. Unset,
each app makes a random one (sessions then end when the process restarts;
`triage serve` makes one for all its workers).
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from model.registry import registry_dir_from_env, resolve_model_dir
from serve.roles import Role

#: Same default as ``training.paths.default_model_dir()`` (the service must not
#: import training); a test keeps the two equal.
DEFAULT_MODEL_DIR = Path("var/model")


def registry_or_default_model_dir() -> Path:
    """The registry's live version (``$TRIAGE_REGISTRY_DIR``/CURRENT), else ``var/model``."""
    return resolve_model_dir(registry_dir_from_env(), DEFAULT_MODEL_DIR)
DEFAULT_DATABASE_URL = "sqlite:///var/triage.db"


def parse_api_keys(raw: str | None) -> dict[str, Role]:
    """``"role:key,role:key"`` -> {key: role}; raises ValueError naming the bad pair."""
    keys: dict[str, Role] = {}
    if not raw or not raw.strip():
        return keys
    for index, pair in enumerate(raw.split(",")):
        pair = pair.strip()
        if not pair:
            continue
        role_name, sep, key = pair.partition(":")
        role_name, key = role_name.strip().lower(), key.strip()
        if not sep or not key:
            raise ValueError(f"TRIAGE_API_KEYS pair {index + 1} is not 'role:key'")
        try:
            role = Role(role_name)
        except ValueError:
            raise ValueError(f"TRIAGE_API_KEYS pair {index + 1}: unknown role {role_name!r} "
                             f"(use {', '.join(r.value for r in Role)})") from None
        if len(key) < 8:
            raise ValueError(f"TRIAGE_API_KEYS pair {index + 1}: a key must be at least 8 characters")
        if key in keys and keys[key] != role:
            raise ValueError(f"TRIAGE_API_KEYS pair {index + 1}: the same key is given two roles")
        keys[key] = role
    return keys


class Settings(BaseSettings):
    """The service's configuration (env prefix ``TRIAGE_``)."""

    model_config = SettingsConfigDict(env_prefix="TRIAGE_", extra="ignore")

    database_url: str = Field(DEFAULT_DATABASE_URL, description="SQLAlchemy URL of the audit store")
    model_dir: Path = Field(default_factory=registry_or_default_model_dir,
                            description="model artifact directory to serve (default: the registry's "
                                        "live version, else var/model)")
    api_keys: str | None = Field(None, description="comma-separated role:key pairs (roles: handler, qa, admin)")
    store_text: bool = Field(True, description="keep note text in the audit table (its SHA-256 is always kept)")
    max_text_chars: int = Field(20_000, ge=1, description="longest note accepted, in characters")
    max_batch: int = Field(256, ge=1, description="most notes in one batch request")
    max_metadata_bytes: int = Field(16_384, ge=0, description="largest metadata object, as compact JSON")
    max_body_bytes: int = Field(32 * 1024 * 1024, ge=1024, description="largest request body")
    log_level: str = Field("INFO", description="level of the service's JSON log lines")
    session_secret: SecretStr | None = Field(
        None, description="secret signing QA review page sessions (at least 32 characters); random if unset")
    session_hours: float = Field(8.0, gt=0, le=24 * 7, description="how long a QA page login lasts")
    session_cookie_secure: bool = Field(
        False, description="mark the QA session cookie Secure (set true when served over HTTPS)")

    @field_validator("api_keys")
    @classmethod
    def _check_keys(cls, value: str | None) -> str | None:
        parse_api_keys(value)
        return value

    @field_validator("session_secret")
    @classmethod
    def _check_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("TRIAGE_SESSION_SECRET must be at least 32 characters")
        return value

    def live_model_dir(self) -> Path:
        """The directory a reload should load: the explicit setting, or the registry's
        live version *now*, so that a promotion is picked up by /v1/admin/reload."""
        if "model_dir" in self.model_fields_set:
            return self.model_dir
        return registry_or_default_model_dir()

    def key_roles(self) -> dict[str, Role]:
        """The configured keys and their roles."""
        return parse_api_keys(self.api_keys)
