"""QA reviews: a person's corrected flags for a prediction, one row per review.

Rows are appended, never updated, so the history of a note's labels is kept;
the latest row of a prediction is its current label (``created_at`` is made
strictly increasing per prediction by the store, so "latest" is unambiguous).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("prediction_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewer_role", sa.String(16), nullable=False),
        sa.Column("reviewer_name", sa.String(100), nullable=False),
        sa.Column("flag_threat_to_life", sa.Boolean(), nullable=False),
        sa.Column("flag_crime", sa.Boolean(), nullable=False),
        sa.Column("flag_welfare_only", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("model_version", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["prediction_id"], ["predictions.id"],
                                name=op.f("fk_reviews_prediction_id_predictions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_prediction_id"), "reviews", ["prediction_id"])
    op.create_index(op.f("ix_reviews_created_at"), "reviews", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_reviews_created_at"), table_name="reviews")
    op.drop_index(op.f("ix_reviews_prediction_id"), table_name="reviews")
    op.drop_table("reviews")
