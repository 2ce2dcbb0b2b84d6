"""Initial audit store: predictions and handler feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "predictions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note_id", sa.String(200), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("flag_threat_to_life", sa.Boolean(), nullable=False),
        sa.Column("flag_crime", sa.Boolean(), nullable=False),
        sa.Column("flag_welfare_only", sa.Boolean(), nullable=False),
        sa.Column("probabilities", Json, nullable=True),
        sa.Column("recommendation", sa.String(16), nullable=False),
        sa.Column("reasons", Json, nullable=False),
        sa.Column("model_flags", Json, nullable=True),
        sa.Column("model_recommendation", sa.String(16), nullable=True),
        sa.Column("rule_flags", Json, nullable=False),
        sa.Column("model_version", sa.String(200), nullable=True),
        sa.Column("rules_version", sa.String(200), nullable=False),
        sa.Column("degraded", sa.Boolean(), nullable=False),
        sa.Column("degraded_reason", sa.Text(), nullable=True),
        sa.Column("metadata", Json, nullable=True),
        sa.Column("api_key_role", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_predictions")),
    )
    op.create_index(op.f("ix_predictions_created_at"), "predictions", ["created_at"])
    op.create_index(op.f("ix_predictions_note_id"), "predictions", ["note_id"])
    op.create_index(op.f("ix_predictions_text_sha256"), "predictions", ["text_sha256"])

    op.create_table(
        "feedback",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("prediction_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("flag_threat_to_life", sa.Boolean(), nullable=True),
        sa.Column("flag_crime", sa.Boolean(), nullable=True),
        sa.Column("flag_welfare_only", sa.Boolean(), nullable=True),
        sa.Column("decision", sa.String(16), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("api_key_role", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["prediction_id"], ["predictions.id"],
                                name=op.f("fk_feedback_prediction_id_predictions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    op.create_index(op.f("ix_feedback_prediction_id"), "feedback", ["prediction_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_feedback_prediction_id"), table_name="feedback")
    op.drop_table("feedback")
    op.drop_index(op.f("ix_predictions_text_sha256"), table_name="predictions")
    op.drop_index(op.f("ix_predictions_note_id"), table_name="predictions")
    op.drop_index(op.f("ix_predictions_created_at"), table_name="predictions")
    op.drop_table("predictions")
