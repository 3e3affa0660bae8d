"""clinic logo: the image at the head of the treatment summaries

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

A table of its own (one row) rather than columns of clinic_settings: the settings are
read often and the image is needed only when a summary is printed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clinic_logo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=True),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("width_px", sa.Integer(), nullable=False),
        sa.Column("height_px", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_logo_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_logo")),
    )


def downgrade() -> None:
    op.drop_table("clinic_logo")
