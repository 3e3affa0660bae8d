"""warnings given anyway: the warnings a session went ahead despite, with the reasons

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A text column of sessions holding a JSON list (see SessionRow.given_despite), "" for
none, so every existing session reads as given despite nothing. PostgreSQL's signed-row
lock compares whole rows and covers the new column as it is; SQLite's lists the columns
that voiding must leave unchanged, so its trigger is made again with the new column
(and again without it on the way down).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SESSION_COLUMNS = (
    "id", "uuid", "patient_id", "course_id", "clinician_id", "performed_at",
    "performed_at_utc_offset", "status", "signed_at", "signed_by", "nsaids_paused_days",
    "topical_anaesthetic", "consent_confirmed", "improvement_score", "notes", "amends_id",
    "amendment_reason", "created_at", "updated_at",
)  # fmt: skip
"""The columns of sessions at 0002, which made the trigger."""
LOCKED = "mesolog: signed session is locked"


def upgrade() -> None:
    op.add_column(
        "sessions", sa.Column("given_despite", sa.Text(), nullable=False, server_default="")
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER sessions_signed_no_update")
        _sqlite_update_lock((*SESSION_COLUMNS, "given_despite"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a column only when no trigger names it.
        op.execute("DROP TRIGGER sessions_signed_no_update")
        op.execute("ALTER TABLE sessions DROP COLUMN given_despite")
        _sqlite_update_lock(SESSION_COLUMNS)
    else:
        op.drop_column("sessions", "given_despite")


def _sqlite_update_lock(columns: Sequence[str]) -> None:
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
    op.execute(
        f"""
        CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions
        WHEN OLD.status = 'signed' AND NOT (
            OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND {unchanged})
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END
        """
    )
