"""The database's own guards of the records, in one catalogue: the triggers that lock a
signed session and its parts, and those that refuse a TRUNCATE, with their definitions.

Migrations make the guards from the builders here (0008 made them all again, so that every
database holds exactly these texts); `mesolog check` and `mesolog audit verify` compare
the database's triggers with `expected_guards()`, the guards at the newest schema, and
name any that is missing, altered, disabled, or not mesolog's. A change of a builder is a
new migration that makes the changed guards again, passing its own frozen columns.

SQLite
- UPDATE and DELETE of a signed session or of its treatment lines, products and reactions
  are refused, except voiding the session (0002); so is an INSERT of a treatment line,
  product or reaction into a signed session (0008): mesolog adds a new signed version's
  parts to it while it is a draft and signs it in the same transaction.
- INSERT OR REPLACE (and REPLACE, UPDATE OR REPLACE) deletes the row in its way without
  firing DELETE triggers (unless the connection turned `recursive_triggers` on, which
  another program need not do): an INSERT or UPDATE whose id or uuid meets a row of a
  signed session is refused before the row can be replaced (0008).
PostgreSQL
- the same locks by row-level functions (0002, 0007; the parts' INSERT since 0008); TRUNCATE
  fires no row trigger, so every table of records and the audit log refuses it by a
  statement-level trigger (0008).
- every INSERT into the audit log notifies the channel `mesolog_changes` at commit, so that
  the other workstations' windows show the change (0019; persistence.change_feed): not a
  lock, but checked like one, since without it the other windows go stale.
Both
- a photo and its image are never changed or deleted, only the photo voided; neither is
  replaced by an INSERT meeting its key (0010).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mesolog.persistence.base import Voidable
from mesolog.persistence.digests import BOOKKEEPING_COLUMNS
from mesolog.persistence.models import SessionRow
from mesolog.persistence.photo_models import PhotoRow

LOCKED = "mesolog: signed session is locked"
CHANGES_CHANNEL = "mesolog_changes"
PHOTO_LOCKED = "mesolog: a photo is never changed, only voided"
NOT_TRUNCATED = "mesolog: records are never truncated"
PARTS = {
    "treatment_lines": "{row}.session_id",
    "reactions": "{row}.session_id",
    "product_uses": "(SELECT session_id FROM treatment_lines WHERE id = {row}.treatment_line_id)",
}
"""The tables of a signed session's parts, and how a row of each names its session."""
TRUNCATE_GUARDED = (
    "clinic_settings", "clinic_logo", "clinicians", "patients", "courses", "course_areas",
    "sessions", "treatment_lines", "product_uses", "reactions", "photos", "photo_images",
    "products", "lots", "protocol_templates", "audit_log", "audit_head",
)  # fmt: skip
"""The tables of records and the audit log: mesolog never empties one."""
PHOTO_FREE_WHILE_VOIDING = tuple(sorted(Voidable.__annotations__))
FREE_WHILE_VOIDING = tuple(sorted({*Voidable.__annotations__, *BOOKKEEPING_COLUMNS}))
"""What voiding a signed session sets: who, when and why, and the version every UPDATE
raises."""

ROW, BEFORE, INSERT, DELETE, UPDATE, TRUNCATE = 1, 2, 4, 8, 16, 32
"""Bits of PostgreSQL's pg_trigger.tgtype."""


@dataclass(frozen=True, slots=True)
class SQLiteTrigger:
    name: str
    table: str
    sql: str


@dataclass(frozen=True, slots=True)
class PostgreSQLTrigger:
    name: str
    table: str
    function: str
    kind: int
    """pg_trigger.tgtype: timing, events and level."""


@dataclass(frozen=True, slots=True)
class Guards:
    sqlite: tuple[SQLiteTrigger, ...]
    functions: dict[str, str]
    """PostgreSQL: each trigger function's body (what pg_proc.prosrc holds)."""
    postgresql: tuple[PostgreSQLTrigger, ...]


def kept_while_voiding() -> tuple[str, ...]:
    """The columns of sessions that voiding a signed one must leave as they are."""
    return tuple(
        sorted(c.name for c in SessionRow.__table__.columns if c.name not in FREE_WHILE_VOIDING)
    )


def expected_guards() -> Guards:
    """Every guard at the newest schema."""
    photo_kept = sorted(
        c.name for c in PhotoRow.__table__.columns if c.name not in PHOTO_FREE_WHILE_VOIDING
    )
    return Guards(
        sqlite_triggers(kept_while_voiding()) + photo_sqlite_triggers(photo_kept),
        postgresql_functions(FREE_WHILE_VOIDING)
        | photo_postgresql_functions()
        | notify_postgresql_functions(),
        postgresql_triggers(TRUNCATE_GUARDED)
        + photo_postgresql_triggers()
        + notify_postgresql_triggers(),
    )


def notify_postgresql_functions() -> dict[str, str]:
    """An empty payload: the listener reads the entries itself, and PostgreSQL sends one
    notification for a transaction's identical ones (an import's thousands of entries)."""
    return {
        "mesolog_notify_changes": (
            f"BEGIN PERFORM pg_notify('{CHANGES_CHANNEL}', ''); RETURN NULL; END"
        )
    }


def notify_postgresql_triggers() -> tuple[PostgreSQLTrigger, ...]:
    return (PostgreSQLTrigger("audit_log_notifies", "audit_log", "mesolog_notify_changes", INSERT),)


def photo_sqlite_triggers(kept: Sequence[str]) -> tuple[SQLiteTrigger, ...]:
    """A photo is voided, never changed or deleted, and its image never touched;
    `kept`: the columns of photos that voiding leaves unchanged."""
    raise_locked = f"BEGIN SELECT RAISE(ABORT, '{PHOTO_LOCKED}'); END"
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in kept)
    voiding = f"OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND {unchanged}"
    keys = {
        "photos": "o.id = NEW.id OR o.uuid = NEW.uuid",
        "photo_images": "o.photo_id = NEW.photo_id",
    }
    found = [
        SQLiteTrigger(
            "photos_no_update",
            "photos",
            f"CREATE TRIGGER photos_no_update BEFORE UPDATE ON photos WHEN NOT ({voiding})"
            f" {raise_locked}",
        ),
        SQLiteTrigger(
            "photo_images_no_update",
            "photo_images",
            f"CREATE TRIGGER photo_images_no_update BEFORE UPDATE ON photo_images {raise_locked}",
        ),
    ]
    for table, key in keys.items():
        found += [
            SQLiteTrigger(
                f"{table}_no_delete",
                table,
                f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} {raise_locked}",
            ),
            SQLiteTrigger(
                f"{table}_no_replace_insert",
                table,
                f"CREATE TRIGGER {table}_no_replace_insert BEFORE INSERT ON {table}"
                f" WHEN EXISTS (SELECT 1 FROM {table} AS o WHERE {key}) {raise_locked}",
            ),
        ]
    return tuple(found)


def photo_postgresql_functions() -> dict[str, str]:
    free = "ARRAY[" + ", ".join(f"'{c}'" for c in PHOTO_FREE_WHILE_VOIDING) + "]"
    refuse = f"RAISE EXCEPTION '{PHOTO_LOCKED}' USING ERRCODE = 'integrity_constraint_violation';"
    return {
        "mesolog_lock_photos": (
            "BEGIN IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL"
            f" AND to_jsonb(NEW) - {free} = to_jsonb(OLD) - {free} THEN RETURN NEW; END IF;"
            f" {refuse} END"
        ),
        "mesolog_lock_photo_images": f"BEGIN {refuse} END",
    }


def photo_postgresql_triggers() -> tuple[PostgreSQLTrigger, ...]:
    return tuple(
        PostgreSQLTrigger(
            f"{table}_locked", table, f"mesolog_lock_{table}", ROW | BEFORE | UPDATE | DELETE
        )
        for table in ("photos", "photo_images")
    )


def sqlite_triggers(kept: Sequence[str]) -> tuple[SQLiteTrigger, ...]:
    """SQLite's locks; `kept`: the columns of sessions that voiding leaves unchanged."""
    raise_locked = f"BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END"
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in kept)
    found = [
        SQLiteTrigger(
            "sessions_signed_no_update",
            "sessions",
            "CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions"
            " WHEN OLD.status = 'signed' AND NOT ("
            f" OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND {unchanged})"
            f" {raise_locked}",
        ),
        SQLiteTrigger(
            "sessions_signed_no_delete",
            "sessions",
            "CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions"
            f" WHEN OLD.status = 'signed' {raise_locked}",
        ),
    ]
    for table, parent in PARTS.items():
        for event, row in (
            ("UPDATE", "OLD"),
            ("DELETE", "OLD"),
            ("UPDATE", "NEW"),
            ("INSERT", "NEW"),
        ):
            name = f"{table}_signed_no_{event.lower()}_{row.lower()}"
            found.append(
                SQLiteTrigger(
                    name,
                    table,
                    f"CREATE TRIGGER {name} BEFORE {event} ON {table}"
                    f" WHEN (SELECT status FROM sessions WHERE id = {parent.format(row=row)})"
                    f" = 'signed' {raise_locked}",
                )
            )
    signed = {"sessions": "o.status = 'signed'"} | {
        table: f"(SELECT status FROM sessions WHERE id = {parent.format(row='o')}) = 'signed'"
        for table, parent in PARTS.items()
    }
    for table, is_signed in signed.items():
        for event, other in (("INSERT", ""), ("UPDATE", " AND o.id IS NOT OLD.id")):
            name = f"{table}_signed_no_replace_{event.lower()}"
            found.append(
                SQLiteTrigger(
                    name,
                    table,
                    f"CREATE TRIGGER {name} BEFORE {event} ON {table}"
                    f" WHEN EXISTS (SELECT 1 FROM {table} AS o"
                    f" WHERE (o.id = NEW.id OR o.uuid = NEW.uuid){other} AND {is_signed})"
                    f" {raise_locked}",
                )
            )
    return tuple(found)


def postgresql_functions(free_while_voiding: Sequence[str]) -> dict[str, str]:
    """PostgreSQL's trigger functions by name; `free_while_voiding`: the columns of
    sessions that voiding may set."""
    free = "ARRAY[" + ", ".join(f"'{c}'" for c in free_while_voiding) + "]"
    refuse = f"RAISE EXCEPTION '{LOCKED}' USING ERRCODE = 'integrity_constraint_violation';"
    either = "RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;"
    functions = {
        "mesolog_lock_signed_session": (
            f"BEGIN IF OLD.status <> 'signed' THEN {either} END IF;"
            " IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL"
            f" AND to_jsonb(NEW) - {free} = to_jsonb(OLD) - {free} THEN RETURN NEW; END IF;"
            f" {refuse} END"
        )
    }
    for table, parent in PARTS.items():
        functions[f"mesolog_lock_{table}"] = (
            "BEGIN IF (TG_OP <> 'INSERT' AND (SELECT status FROM sessions"
            f" WHERE id = {parent.format(row='OLD')}) = 'signed') OR (TG_OP <> 'DELETE'"
            f" AND (SELECT status FROM sessions WHERE id = {parent.format(row='NEW')})"
            f" = 'signed') THEN {refuse} END IF; {either} END"
        )
    functions["mesolog_refuse_truncate"] = (
        f"BEGIN RAISE EXCEPTION '{NOT_TRUNCATED}: %', TG_TABLE_NAME"
        " USING ERRCODE = 'integrity_constraint_violation'; END"
    )
    return functions


def postgresql_triggers(truncate_guarded: Sequence[str]) -> tuple[PostgreSQLTrigger, ...]:
    locks = [
        PostgreSQLTrigger(
            "sessions_signed_locked",
            "sessions",
            "mesolog_lock_signed_session",
            ROW | BEFORE | UPDATE | DELETE,
        )
    ]
    locks += [
        PostgreSQLTrigger(
            f"{table}_signed_locked",
            table,
            f"mesolog_lock_{table}",
            ROW | BEFORE | INSERT | UPDATE | DELETE,
        )
        for table in PARTS
    ]
    locks += [
        PostgreSQLTrigger(
            f"{table}_not_truncated", table, "mesolog_refuse_truncate", BEFORE | TRUNCATE
        )
        for table in truncate_guarded
    ]
    return tuple(locks)


def create_function_sql(name: str, body: str) -> str:
    return f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$"


def create_trigger_sql(trigger: PostgreSQLTrigger) -> str:
    events = " OR ".join(
        event
        for bit, event in (
            (INSERT, "INSERT"),
            (UPDATE, "UPDATE"),
            (DELETE, "DELETE"),
            (TRUNCATE, "TRUNCATE"),
        )
        if trigger.kind & bit
    )
    level = "FOR EACH ROW" if trigger.kind & ROW else "FOR EACH STATEMENT"
    timing = "BEFORE" if trigger.kind & BEFORE else "AFTER"
    return (
        f"CREATE TRIGGER {trigger.name} {timing} {events} ON {trigger.table} {level}"
        f" EXECUTE FUNCTION {trigger.function}()"
    )
