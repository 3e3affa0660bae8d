"""record versions: every editable record counts its changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Patients, courses, sessions, the clinic's settings and clinicians (accounts) get a
`version`, 1 for every existing row; the ORM raises it with each UPDATE and names the
version it read in the UPDATE's WHERE (the models' `version_id_col`), and the services
refuse or merge a save based on an older one (services.conflicts). Digests leave it out
(persistence.digests), so the audit log's digests of existing rows still match.

Voiding a signed session raises its version too, so the signed-row locks must let the
column change while voiding and only then: PostgreSQL's lock compares whole rows, so its
function is made again leaving out `version` with the void columns; SQLite's lists the
columns voiding must leave unchanged, and `version` stays off that list (an UPDATE of a
signed row that is not voiding it is refused whatever it changes). Adding a column with
ALTER TABLE keeps SQLite's triggers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("clinic_settings", "clinicians", "patients", "courses", "sessions")
LOCKED = "mesolog: signed session is locked"


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_session_lock("ARRAY['voided_at', 'voided_by', 'void_reason', 'version']")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_session_lock("ARRAY['voided_at', 'voided_by', 'void_reason']")
    for table in TABLES:
        op.drop_column(table, "version")


def _postgresql_session_lock(free_while_voiding: str) -> None:
    """The function of migration 0002's trigger on sessions, with the columns a void may
    change."""
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION mesolog_lock_signed_session() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status <> 'signed' THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
               AND to_jsonb(NEW) - {free_while_voiding} = to_jsonb(OLD) - {free_while_voiding}
               THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{LOCKED}' USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
