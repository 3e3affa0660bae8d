"""patient's document language: the language a patient reads their documents in

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

patients.preferred_language: `el`, `en` or NULL (the writing workstation's language);
left out of a patient's digest while it is NULL (persistence.digests.ADDED_COLUMNS), so
the digests audited before it match. clinic_settings.recall_letter_el: the clinic's own
recall letter in Greek, "" for mesolog's (recall_letter, the text the clinic kept until
now, is its English one).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("patients", sa.Column("preferred_language", sa.String(length=2), nullable=True))
    op.add_column(
        "clinic_settings",
        sa.Column("recall_letter_el", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN, not a batch copy: patients is referenced by foreign keys,
    # and SQLite refuses to drop the old table while they are enforced.
    op.drop_column("clinic_settings", "recall_letter_el")
    op.drop_column("patients", "preferred_language")
