"""security settings: idle lock minutes and backup folder

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("idle_lock_minutes", sa.Integer(), nullable=False, server_default="10")
        )
        batch_op.add_column(
            sa.Column("backup_folder", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_check_constraint(
            op.f("ck_clinic_settings_idle_lock_minutes"),
            sa.text("idle_lock_minutes BETWEEN 1 AND 60"),
        )


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_clinic_settings_idle_lock_minutes"), type_="check")
        batch_op.drop_column("backup_folder")
        batch_op.drop_column("idle_lock_minutes")
