"""guards against REPLACE, TRUNCATE and new parts of a signed session, and every guard made
again from one catalogue

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

SQLite's INSERT OR REPLACE (REPLACE, UPDATE OR REPLACE) deletes the row in its way
without firing its DELETE triggers, so a signed session, a treatment line, a product or
a reaction could be rewritten or removed; PostgreSQL's TRUNCATE fires no row trigger.
SQLite now refuses an INSERT or UPDATE whose id or uuid meets a row of a signed session;
PostgreSQL refuses TRUNCATE on every table of records and on the audit log. On both, an
INSERT of a treatment line, a product use or a reaction into a signed session is refused
(only UPDATE and DELETE were): mesolog writes a new signed version's parts while it is a
draft and signs it in the same transaction.

Every guard is made again from persistence.guards, so that each database holds exactly
the definitions `mesolog check` and `mesolog audit verify` compare with; the builders get
the columns of sessions as they are at this revision.
"""

from collections.abc import Sequence

from alembic import op

from mesolog.persistence import guards

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT_WHILE_VOIDING = (
    "amendment_reason", "amends_id", "clinician_id", "consent_confirmed", "course_id",
    "created_at", "given_despite", "id", "improvement_score", "notes", "nsaids_paused_days",
    "patient_id", "performed_at", "performed_at_utc_offset", "signed_at", "signed_by", "status",
    "topical_anaesthetic", "updated_at", "uuid",
)  # fmt: skip
"""The columns of sessions at 0008 that voiding a signed one leaves unchanged."""
FREE_WHILE_VOIDING = ("version", "void_reason", "voided_at", "voided_by")
TRUNCATE_GUARDED = (
    "clinic_settings", "clinic_logo", "clinicians", "patients", "courses", "course_areas",
    "sessions", "treatment_lines", "product_uses", "reactions", "audit_log", "audit_head",
)  # fmt: skip
"""The tables of records and the audit log at 0008."""
REPLACE_GUARDED = ("sessions", "treatment_lines", "product_uses", "reactions")
PARTS = ("treatment_lines", "product_uses", "reactions")
"""The tables of a signed session's parts, whose INSERT is refused from 0008."""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, body in guards.postgresql_functions(FREE_WHILE_VOIDING).items():
            op.execute(guards.create_function_sql(name, body))
        for made in guards.postgresql_triggers(TRUNCATE_GUARDED):
            if made.table in PARTS and not made.kind & guards.TRUNCATE:
                op.execute(f"DROP TRIGGER {made.name} ON {made.table}")
                op.execute(guards.create_trigger_sql(made))
            elif made.kind & guards.TRUNCATE:
                op.execute(guards.create_trigger_sql(made))
        return
    for trigger in guards.sqlite_triggers(KEPT_WHILE_VOIDING):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.name}")
        op.execute(trigger.sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TRUNCATE_GUARDED:
            op.execute(f"DROP TRIGGER {table}_not_truncated ON {table}")
        op.execute("DROP FUNCTION mesolog_refuse_truncate()")
        for table in PARTS:
            op.execute(f"DROP TRIGGER {table}_signed_locked ON {table}")
            op.execute(
                f"CREATE TRIGGER {table}_signed_locked BEFORE UPDATE OR DELETE ON {table}"
                f" FOR EACH ROW EXECUTE FUNCTION mesolog_lock_{table}()"
            )
        return
    for table in REPLACE_GUARDED:
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER {table}_signed_no_replace_{event}")
    for table in PARTS:
        op.execute(f"DROP TRIGGER {table}_signed_no_insert_new")
