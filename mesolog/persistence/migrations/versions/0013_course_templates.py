"""course templates: the protocol template a course was planned from

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

A nullable reference from courses to protocol_templates (templates are never deleted,
only retired): the course's first session starts from the template's lines, and its
estimate is the template's. Existing courses name none; a course's digest leaves the
column out while it is NULL (persistence.digests.ADDED_COLUMNS), so the digests audited
before it match. Courses carry no trigger, so SQLite's batch copy of the table loses none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("template_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_courses_template_id"), ["template_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_courses_template_id_protocol_templates"),
            "protocol_templates",
            ["template_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_courses_template_id_protocol_templates"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_courses_template_id"))
        batch_op.drop_column("template_id")
