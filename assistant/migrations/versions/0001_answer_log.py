"""The answer log, feedback and staff reviews, as first shipped.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("history", sa.JSON, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("direct_answer", sa.Text, nullable=False),
        sa.Column("refused", sa.Boolean, nullable=False),
        sa.Column("citations", sa.JSON, nullable=False),
        sa.Column("answerer", sa.String(20), nullable=False),
        sa.Column("timings", sa.JSON, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("review", sa.String(10), nullable=True),
        sa.Column("corrected_answer", sa.Text, nullable=True),
        sa.Column("must_include", sa.JSON, nullable=True),
        sa.Column("corrected_evidence", sa.JSON, nullable=True),
        sa.Column("reviewed", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_answers_created", "answers", ["created"])
    op.create_index("ix_answers_refused", "answers", ["refused"])
    op.create_index("ix_answers_review", "answers", ["review"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer_id", sa.String(36), sa.ForeignKey("answers.id"), nullable=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
    )
    op.create_index("ix_feedback_answer_id", "feedback", ["answer_id"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("answers")
