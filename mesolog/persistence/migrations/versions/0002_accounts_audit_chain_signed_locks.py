"""accounts, the audit hash chain, and database locks on signed sessions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Existing audit entries are renumbered 1, 2, 3… (PostgreSQL sequences leave gaps)
and chained in their order. Signed sessions, and their treatment lines, products
and reactions, are locked by triggers on both backends: UPDATE and DELETE are
refused, except voiding a signed session (setting its three void columns).

SQLite drops a table's triggers when a batch migration copies the table: a later
migration that alters sessions, treatment_lines, product_uses or reactions must
create these triggers again (tests/persistence/test_signed_locks.py checks that
they exist at the newest schema).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.persistence.audit import GENESIS, EntryFields
from mesolog.persistence.base import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SESSION_COLUMNS = (
    "id", "uuid", "patient_id", "course_id", "clinician_id", "performed_at",
    "performed_at_utc_offset", "status", "signed_at", "signed_by", "nsaids_paused_days",
    "topical_anaesthetic", "consent_confirmed", "improvement_score", "notes", "amends_id",
    "amendment_reason", "created_at", "updated_at",
)  # fmt: skip
LOCKED = "mesolog: signed session is locked"
CHILDREN = {
    "treatment_lines": "{row}.session_id",
    "reactions": "{row}.session_id",
    "product_uses": "(SELECT session_id FROM treatment_lines WHERE id = {row}.treatment_line_id)",
}


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_entry_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("patient_uuid", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("before_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("after_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_log_actor"), ["actor"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_patient_uuid"), ["patient_uuid"], unique=False
        )
    _chain_existing_entries()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("entry_hash", existing_type=sa.String(length=64), nullable=False)
        if op.get_bind().dialect.name == "postgresql":
            batch_op.alter_column("id", existing_type=sa.Integer(), server_default=None)

    with op.batch_alter_table("clinicians", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username", sa.String(length=60), nullable=True))
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("last_failed_login_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_clinicians_username"), ["username"])
        batch_op.create_check_constraint(
            op.f("ck_clinicians_failed_logins"), sa.text("failed_logins >= 0")
        )

    if op.get_bind().dialect.name == "postgresql":
        _postgresql_locks()
    else:
        _sqlite_locks()


def _chain_existing_entries() -> None:
    bind = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("occurred_at", UTCDateTime()),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity", sa.String()),
        sa.column("entity_uuid", sa.Uuid()),
        sa.column("detail", sa.String()),
        sa.column("prev_hash", sa.String()),
        sa.column("entry_hash", sa.String()),
    )
    rows = bind.execute(sa.select(log).order_by(log.c.id)).all()
    prev_hash = GENESIS
    for number, row in enumerate(rows, 1):
        fields = EntryFields(
            id=number,
            occurred_at=row.occurred_at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_uuid=row.entity_uuid,
            patient_uuid=None,
            detail=row.detail,
            before_digest=None,
            after_digest=None,
            prev_hash=prev_hash,
        )
        entry_hash = fields.hash()
        bind.execute(
            log.update()
            .where(log.c.id == row.id)
            .values(id=number, prev_hash=prev_hash, entry_hash=entry_hash)
        )
        prev_hash = entry_hash
    bind.execute(
        sa.text("INSERT INTO audit_head (id, last_entry_id, last_hash) VALUES (1, :n, :h)"),
        {"n": len(rows), "h": prev_hash},
    )


def _sqlite_locks() -> None:
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in SESSION_COLUMNS)
    op.execute(
        f"""
        CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions
        WHEN OLD.status = 'signed' AND NOT (
            OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND {unchanged})
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END
        """
    )
    for table, parent in CHILDREN.items():
        for event, row in (("UPDATE", "OLD"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
            name = f"{table}_signed_no_{event.lower()}_{row.lower()}"
            op.execute(
                f"""
                CREATE TRIGGER {name} BEFORE {event} ON {table}
                WHEN (SELECT status FROM sessions WHERE id = {parent.format(row=row)}) = 'signed'
                BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END
                """
            )


def _postgresql_locks() -> None:
    void_columns = "ARRAY['voided_at', 'voided_by', 'void_reason']"
    op.execute(
        f"""
        CREATE FUNCTION mesolog_lock_signed_session() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status <> 'signed' THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
               AND to_jsonb(NEW) - {void_columns} = to_jsonb(OLD) - {void_columns} THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{LOCKED}' USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER sessions_signed_locked BEFORE UPDATE OR DELETE ON sessions "
        "FOR EACH ROW EXECUTE FUNCTION mesolog_lock_signed_session()"
    )
    for table, parent in CHILDREN.items():
        op.execute(
            f"""
            CREATE FUNCTION mesolog_lock_{table}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT status FROM sessions WHERE id = {parent.format(row="OLD")}) = 'signed'
                   OR (TG_OP = 'UPDATE' AND (SELECT status FROM sessions
                       WHERE id = {parent.format(row="NEW")}) = 'signed') THEN
                    RAISE EXCEPTION '{LOCKED}' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$
            """
        )
        op.execute(
            f"CREATE TRIGGER {table}_signed_locked BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION mesolog_lock_{table}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sessions_signed_locked ON sessions")
        op.execute("DROP FUNCTION mesolog_lock_signed_session()")
        for table in CHILDREN:
            op.execute(f"DROP TRIGGER {table}_signed_locked ON {table}")
            op.execute(f"DROP FUNCTION mesolog_lock_{table}()")
    else:
        op.execute("DROP TRIGGER sessions_signed_no_update")
        op.execute("DROP TRIGGER sessions_signed_no_delete")
        for table in CHILDREN:
            for suffix in ("update_old", "delete_old", "update_new"):
                op.execute(f"DROP TRIGGER {table}_signed_no_{suffix}")
    with op.batch_alter_table("clinicians", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_clinicians_failed_logins"), type_="check")
        batch_op.drop_constraint(batch_op.f("uq_clinicians_username"), type_="unique")
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("locked_at")
        batch_op.drop_column("last_failed_login_at")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("username")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_patient_uuid"))
        batch_op.drop_index(batch_op.f("ix_audit_log_actor"))
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("after_digest")
        batch_op.drop_column("before_digest")
        batch_op.drop_column("patient_uuid")
    op.drop_table("audit_head")
