"""recall letter: the clinic's own text of a recall letter

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

A text column of clinic_settings, "" for mesolog's own text; left out of the settings'
digest while it is "" (persistence.digests.ADDED_COLUMNS), so the digests audited before
it match.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "clinic_settings", sa.Column("recall_letter", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("recall_letter")
