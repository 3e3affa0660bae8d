"""protocol templates: the courses the clinic plans from a recipe

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

A table of records (domain.templates), audited and never emptied (PostgreSQL's TRUNCATE
guard, persistence.guards); each template's treatment lines are JSON in its `lines`
column (persistence.template_lines). The templates the guide's protocols give are added
by mesolog to a database that has none (services.shipped_templates), with an audit entry
each, not here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.persistence import guards

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "protocol_templates"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.Column(
            "indication",
            sa.Enum(
                "hydration_tightening", "wrinkles", "radiance_regeneration",
                "eye_bags_periorbital", "pores_acne_scars", "stretch_marks",
                "cellulite_firming", "post_operative_scars", "other",
                name="indication", native_enum=False, create_constraint=True, length=21,
            ),
            nullable=False,
        ),
        sa.Column("planned_sessions", sa.Integer(), nullable=False),
        sa.Column("initial_interval_days", sa.Integer(), nullable=False),
        sa.Column("maintenance_interval_days", sa.Integer(), nullable=False),
        sa.Column("protocol", sa.String(length=200), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("session_fee_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "planned_sessions BETWEEN 1 AND 20", name=op.f("ck_protocol_templates_planned_sessions")
        ),
        sa.CheckConstraint(
            "session_fee_cents >= 0", name=op.f("ck_protocol_templates_session_fee_cents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protocol_templates")),
        sa.UniqueConstraint("name_key", name=op.f("uq_protocol_templates_name_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_protocol_templates_uuid")),
    )  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":
        for made in guards.postgresql_triggers((TABLE,)):
            if made.table == TABLE:
                op.execute(guards.create_trigger_sql(made))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {TABLE}_not_truncated ON {TABLE}")
    op.drop_table(TABLE)
