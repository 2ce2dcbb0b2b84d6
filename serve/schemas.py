"""The API's request and response bodies: the one description of the API.

FastAPI builds /docs and /openapi.json from these models, and the routes use
them for validation, so what is documented is what is enforced.

Errors: every 4xx/5xx answer has the body ``{"detail": [{"field": ..., "message": ...}]}``
(:class:`ErrorResponse`). ``field`` names the request part at fault as a
dotted path inside the JSON body (``text``, ``notes.3.text``, ``flags.crime``),
``body`` for the body as a whole (malformed JSON, invalid UTF-8, a missing
body), or a header name (``X-API-Key``). The note text itself is never echoed
back in an error.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, field_validator, model_validator

Recommendation = Literal["police", "partner", "none", "review"]
Decision = Literal["police", "partner", "none"]

MAX_ID_CHARS = 200
MAX_COMMENT_CHARS = 4000
MAX_METADATA_DEPTH = 8


def check_clean_string(value: str, what: str) -> str:
    """Refuse strings a database cannot store faithfully (NUL, lone surrogates)."""
    if "\x00" in value:
        raise ValueError(f"{what} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} contains invalid Unicode (an unpaired surrogate)") from None
    return value


def _check_json_value(value: Any, depth: int) -> None:
    if depth > MAX_METADATA_DEPTH:
        raise ValueError(f"metadata is nested more than {MAX_METADATA_DEPTH} levels deep")
    if isinstance(value, str):
        check_clean_string(value, "a metadata value")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_clean_string(key, "a metadata key")
            _check_json_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_json_value(item, depth + 1)


class Schema(BaseModel):
    """Request bodies refuse unknown fields, so a typo is an error, not silence."""

    model_config = ConfigDict(extra="forbid")


# -- errors -----------------------------------------------------------------

class ErrorItem(BaseModel):
    field: str = Field(description="what is at fault: a dotted body path, 'body', or a header name")
    message: str = Field(description="why, in words a developer can act on")
    type: str | None = Field(None, description="machine-readable error kind")


class ErrorResponse(BaseModel):
    detail: list[ErrorItem]


# -- predictions ------------------------------------------------------------

class Flags(BaseModel):
    """The three flags (see the labelling guide)."""

    model_config = ConfigDict(extra="forbid")

    threat_to_life: StrictBool
    crime: StrictBool
    welfare_only: StrictBool


class Probabilities(BaseModel):
    threat_to_life: float
    crime: float
    welfare_only: float


class NoteText(Schema):
    """Shared text rules. Emptiness and the configurable length limit are checked
    by the route (the limit is a setting: ``TRIAGE_MAX_TEXT_CHARS``, default 20000)."""

    text: StrictStr = Field(description="the call note; not empty, at most TRIAGE_MAX_TEXT_CHARS characters")
    id: StrictStr | None = Field(None, max_length=MAX_ID_CHARS, description="the caller's own note id, echoed back")

    @field_validator("text")
    @classmethod
    def _text_clean(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty or only whitespace")
        return check_clean_string(value, "text")

    @field_validator("id")
    @classmethod
    def _id_clean(cls, value: str | None) -> str | None:
        return None if value is None else check_clean_string(value, "id")


class PredictRequest(NoteText):
    metadata: dict[str, Any] | None = Field(
        None, description="free JSON object stored with the audit record (never logged); "
                          "at most TRIAGE_MAX_METADATA_BYTES as JSON")

    @field_validator("metadata")
    @classmethod
    def _metadata_clean(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            _check_json_value(value, 1)
        return value


class BatchNote(NoteText):
    pass


class BatchRequest(Schema):
    notes: list[BatchNote] = Field(min_length=1, description="at most TRIAGE_MAX_BATCH notes (default 256); "
                                                            "more is answered 413")


class Reason(BaseModel):
    """Why a flag was raised. ``kind`` is ``rule`` (a safety rule fired: ``rule_id``,
    ``flags``, ``severity``, ``description``; ``text``, ``start``, ``end`` locate
    the match), ``suppressed`` (a rule matched but the match is negated, historic
    or hypothetical: the same plus ``context`` and the cue word ``trigger``) or
    ``model`` (the classifier's top ``terms`` with weights for ``flag``)."""

    model_config = ConfigDict(extra="allow")

    kind: str


class PredictionOut(BaseModel):
    prediction_id: str = Field(description="server-generated UUID; quote it in feedback")
    id: str | None = Field(description="the caller's note id, if given")
    flags: Flags
    probabilities: Probabilities | None = Field(description="null when degraded (rules only)")
    recommendation: Recommendation
    reasons: list[Reason]
    model_version: str | None
    rules_version: str
    degraded: bool = Field(description="true when the model could not score the note and the rules alone answered")
    degraded_reason: str | None
    audit_stored: bool = Field(description="true only if the audit record was committed to the database")


class BatchResponse(BaseModel):
    predictions: list[PredictionOut] = Field(description="one per note, in request order")


# -- feedback ---------------------------------------------------------------

class FeedbackRequest(Schema):
    """The handler's final call. At least one of ``flags`` and ``decision``."""

    prediction_id: StrictStr = Field(max_length=64, description="from a predict response")
    flags: Flags | None = Field(None, description="the handler's final flags")
    decision: Decision | None = Field(None, description="what the handler decided")
    comment: StrictStr | None = Field(None, max_length=MAX_COMMENT_CHARS)

    @field_validator("prediction_id", "comment")
    @classmethod
    def _clean(cls, value: str | None) -> str | None:
        return None if value is None else check_clean_string(value, "the value")

    @model_validator(mode="after")
    def _flags_or_decision(self) -> "FeedbackRequest":
        if self.flags is None and self.decision is None:
            raise ValueError("give 'flags', 'decision' or both")
        return self


class FeedbackOut(BaseModel):
    feedback_id: str
    prediction_id: str
    created_at: datetime


# -- QA review queue ----------------------------------------------------------

QueueReasonCode = Literal["feedback_disagrees", "rule_model_conflict", "degraded", "low_confidence"]
FlagName = Literal["threat_to_life", "crime", "welfare_only"]


class QueueReason(BaseModel):
    """Why an item is in the queue: ``feedback_disagrees`` (a handler's flags or decision
    differ from the suggestion), ``rule_model_conflict`` (a rule raised a flag the model
    did not), ``degraded`` (rules only) or ``low_confidence`` (recommendation ``review``)."""

    code: QueueReasonCode
    detail: str = Field(description="in words; names flags and decisions, never quotes the note")


class ReviewSummary(BaseModel):
    """The latest QA review of an item (its current label)."""

    review_id: str
    created_at: datetime
    reviewer_role: str
    reviewer_name: str
    flags: Flags = Field(description="the corrected flags")
    model_version: str | None = Field(description="version of the model whose prediction was reviewed")


class ReviewQueueItem(BaseModel):
    prediction_id: str
    created_at: datetime
    note_id: str | None
    flags: Flags = Field(description="the flags suggested")
    probabilities: Probabilities | None
    recommendation: Recommendation
    model_version: str | None
    rules_version: str
    degraded: bool
    reasons: list[QueueReason] = Field(description="why it needs a look; never empty")
    review_count: int = Field(description="how many QA reviews it has had")
    latest_review: ReviewSummary | None


class ReviewQueuePage(BaseModel):
    items: list[ReviewQueueItem] = Field(description="newest first")
    total: int = Field(description="items matching the filters, over all pages")
    page: int
    page_size: int
    pages: int


# -- model and operations ---------------------------------------------------

class ModelInfo(BaseModel):
    model_version: str | None
    rules_version: str
    degraded: bool = Field(description="true when no model is loaded and rules alone answer")
    degraded_reason: str | None
    model_dir: str | None
    loaded_at: datetime
    manifest: dict[str, Any] | None = Field(description="the loaded model's manifest")


class ReloadRequest(Schema):
    model_dir: StrictStr | None = Field(None, description="artifact directory; default TRIAGE_MODEL_DIR")


class ReloadResponse(BaseModel):
    model_version: str | None
    previous_model_version: str | None
    rules_version: str
    model_dir: str


class Check(BaseModel):
    ok: bool
    detail: str


class ReadyResponse(BaseModel):
    status: Literal["ready", "not ready"]
    checks: dict[str, Check] = Field(description="'model' and 'database'")


class HealthResponse(BaseModel):
    status: Literal["alive"]


def metadata_size(value: dict[str, Any] | None) -> int:
    """Compact JSON size of metadata, as stored."""
    return 0 if value is None else len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
