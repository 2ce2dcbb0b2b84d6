"""The audit store's tables (SQLAlchemy 2 ORM). Migrations create them; this is
the code's view of them, and a test checks the two agree.

Every table keys on a string UUID and refers to ``predictions.id``; the QA
``reviews`` table (migration 0002) appends one row per review, never updating
one, so a note's label history is kept. Constraint names follow a convention
so that SQLite batch migrations can alter them later.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, MetaData, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: JSON everywhere, JSONB on PostgreSQL (indexable, compact).
Json = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PredictionRow(Base):
    """One suggestion shown to a handler: what was asked (or its hash) and what was answered."""

    __tablename__ = "predictions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    note_id: Mapped[str | None] = mapped_column(String(200), index=True)
    #: The note itself; NULL when TRIAGE_STORE_TEXT=false.
    text: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    flag_threat_to_life: Mapped[bool] = mapped_column(Boolean)
    flag_crime: Mapped[bool] = mapped_column(Boolean)
    flag_welfare_only: Mapped[bool] = mapped_column(Boolean)
    probabilities: Mapped[dict[str, float] | None] = mapped_column(Json)
    recommendation: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(Json)
    #: What the model alone said, and which rules raised flags (for QA).
    model_flags: Mapped[dict[str, bool] | None] = mapped_column(Json)
    model_recommendation: Mapped[str | None] = mapped_column(String(16))
    rule_flags: Mapped[list[str]] = mapped_column(Json)
    model_version: Mapped[str | None] = mapped_column(String(200))
    rules_version: Mapped[str] = mapped_column(String(200))
    degraded: Mapped[bool] = mapped_column(Boolean)
    degraded_reason: Mapped[str | None] = mapped_column(Text)
    # "metadata" is reserved on declarative classes, hence the attribute name.
    meta: Mapped[dict[str, Any] | None] = mapped_column("metadata", Json)
    api_key_role: Mapped[str | None] = mapped_column(String(16))


class FeedbackRow(Base):
    """A handler's final call on a prediction; several per prediction are kept."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prediction_id: Mapped[str] = mapped_column(ForeignKey("predictions.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: The handler's final flags: all three NULL when only a decision was given.
    flag_threat_to_life: Mapped[bool | None] = mapped_column(Boolean)
    flag_crime: Mapped[bool | None] = mapped_column(Boolean)
    flag_welfare_only: Mapped[bool | None] = mapped_column(Boolean)
    decision: Mapped[str | None] = mapped_column(String(16))
    comment: Mapped[str | None] = mapped_column(Text)
    api_key_role: Mapped[str] = mapped_column(String(16))


class ReviewRow(Base):
    """A QA reviewer's corrected flags for a prediction; appended, never updated (the latest is current)."""

    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prediction_id: Mapped[str] = mapped_column(ForeignKey("predictions.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    #: The session's API key role (qa or admin) and the name the reviewer typed.
    reviewer_role: Mapped[str] = mapped_column(String(16))
    reviewer_name: Mapped[str] = mapped_column(String(100))
    flag_threat_to_life: Mapped[bool] = mapped_column(Boolean)
    flag_crime: Mapped[bool] = mapped_column(Boolean)
    flag_welfare_only: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text)
    #: The model version of the prediction reviewed (copied: the review judges that model's answer).
    model_version: Mapped[str | None] = mapped_column(String(200))
