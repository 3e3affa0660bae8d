"""treatment line charts: the diagram zones and injection points of a line

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

A text column of treatment_lines holding the line's chart as JSON
(persistence.chart_column), "" for none, so every existing line reads as charted
nowhere. The signed-session locks of treatment_lines guard whole rows on both
databases and cover the new column as they are; its digest leaves it out while it is ""
(persistence.digests.ADDED_COLUMNS), so that the digests audited before it match.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "treatment_lines", sa.Column("chart", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("treatment_lines", "chart")
