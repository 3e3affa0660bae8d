"""clinic currency: the ISO 4217 code prices and estimates are written with

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

A text column of clinic_settings, "" for none (amounts name no currency, as before); left
out of the settings' digest while it is "" (persistence.digests.ADDED_COLUMNS), so the
digests audited before it match.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "clinic_settings",
        sa.Column("currency", sa.String(length=3), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("currency")
