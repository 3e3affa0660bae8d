"""The kinds of tampering benchmarks/tampering.py tries, one table: each is what someone
with write access to the database does behind mesolog's back, with plain SQL on a
connection of their own (none of mesolog's pragmas).

A kind is caught when the database refuses it (a trigger, a constraint) or when
`audit verify` afterwards is not intact. To add a kind, write a function of a `Trial`
(it may open `trial.outsider()`, or use `trial.url` with code of its own) and add a
`Kind` to KINDS.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, create_engine, func, insert, select, text, update
from sqlalchemy.pool import NullPool

from mesolog.persistence.base import Base
from mesolog.persistence.guards import TRUNCATE_GUARDED, expected_guards
from mesolog.services.passwords import hash_password

BOTH = frozenset({"sqlite", "postgresql"})
SQLITE = frozenset({"sqlite"})
POSTGRESQL = frozenset({"postgresql"})


@dataclass
class Trial:
    url: str
    backend: str
    chance: random.Random

    @contextmanager
    def outsider(self) -> Iterator[Connection]:
        """A transaction on a connection of another program, committed at the end."""
        if self.backend == "sqlite":
            engine = create_engine(self.url, module=sqlcipher, poolclass=NullPool)
        else:
            engine = create_engine(self.url, poolclass=NullPool)
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            engine.dispose()

    def key(self, value: uuid.UUID) -> object:
        """A uuid as the backend stores it, for plain SQL."""
        return value.hex if self.backend == "sqlite" else value


@dataclass(frozen=True)
class Kind:
    name: str
    defect: str
    """Where it comes from: "log" (the audit log's own tests), "2", "3", …"""
    tamper: Callable[[Trial], None]
    backends: frozenset[str] = field(default=BOTH)


def _table(name: str) -> Any:
    return Base.metadata.tables[name]


def _pick(c: Connection, trial: Trial, sql: str) -> int:
    keys = list(c.execute(text(sql)).scalars())
    return int(trial.chance.choice(keys))


def _copy(c: Connection, table_name: str, key: int, **changes: Any) -> int:
    """A copy of row `key` inserted with a new id (and uuid) and `changes`."""
    table = _table(table_name)
    row = dict(c.execute(select(table).where(table.c.id == key)).one()._mapping)
    row["id"] = c.execute(select(func.max(table.c.id))).scalar_one() + 1
    if "uuid" in table.c:
        row["uuid"] = uuid.uuid4()
    row.update(changes)
    c.execute(insert(table).values(row))
    return int(row["id"])


SIGNED = "SELECT id FROM sessions WHERE status = 'signed' AND voided_at IS NULL"
DRAFT = "SELECT id FROM sessions WHERE status = 'draft' AND voided_at IS NULL"


# the audit log and the records (the tamperings the audit log was built against)


def entry_edited(trial: Trial) -> None:
    columns = ["actor", "action", "entity", "detail", "after_digest", "prev_hash", "entry_hash"]
    column = trial.chance.choice(columns)
    with trial.outsider() as c:
        key = _pick(c, trial, f"SELECT id FROM audit_log WHERE {column} IS NOT NULL")
        value = str(c.execute(text(f"SELECT {column} FROM audit_log WHERE id = {key}")).scalar())
        at = trial.chance.randrange(len(value)) if value else 0
        changed = value[:at] + ("x" if value[at : at + 1] != "x" else "y") + value[at + 1 :]
        c.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = {key}"), {"v": changed})


def entry_deleted(trial: Trial) -> None:
    with trial.outsider() as c:
        key = _pick(c, trial, "SELECT id FROM audit_log WHERE id < (SELECT max(id) FROM audit_log)")
        c.execute(text(f"DELETE FROM audit_log WHERE id = {key}"))


def entries_swapped(trial: Trial) -> None:
    with trial.outsider() as c:
        first = _pick(c, trial, "SELECT id FROM audit_log")
        second = _pick(c, trial, f"SELECT id FROM audit_log WHERE id <> {first}")
        for key, temporary in ((first, -1), (second, first), (-1, second)):
            c.execute(text(f"UPDATE audit_log SET id = {temporary} WHERE id = {key}"))


def entry_slipped_in_first(trial: Trial) -> None:
    with trial.outsider() as c:
        c.execute(
            text(
                "INSERT INTO audit_log (id, occurred_at, actor, action, entity, detail,"
                " prev_hash, entry_hash) SELECT 0, occurred_at, 'forger', 'void', entity,"
                " 'forged', prev_hash, entry_hash FROM audit_log WHERE id = 1"
            )
        )


def record_edited(trial: Trial) -> None:
    column = {"patients": "phone", "courses": "protocol", "clinicians": "name"}
    table = trial.chance.choice([*column, "sessions"])
    with trial.outsider() as c:
        if table == "sessions":
            key = _pick(c, trial, DRAFT)
            c.execute(text(f"UPDATE sessions SET notes = 'forged' WHERE id = {key}"))
        else:
            key = _pick(c, trial, f"SELECT id FROM {table}")
            c.execute(text(f"UPDATE {table} SET {column[table]} = 'Forged' WHERE id = {key}"))


def draft_reaction_deleted(trial: Trial) -> None:
    with trial.outsider() as c:
        key = _pick(c, trial, f"SELECT id FROM reactions WHERE session_id IN ({DRAFT})")
        c.execute(text(f"DELETE FROM reactions WHERE id = {key}"))


def signed_session_updated(trial: Trial) -> None:
    with trial.outsider() as c:
        key = _pick(c, trial, SIGNED)
        c.execute(text(f"UPDATE sessions SET notes = 'REWRITTEN' WHERE id = {key}"))


# defect 2: records added behind mesolog's back


def patient_added(trial: Trial) -> None:
    with trial.outsider() as c:
        _copy(c, "patients", _pick(c, trial, "SELECT id FROM patients"), record_number=None)


def course_added(trial: Trial) -> None:
    with trial.outsider() as c:
        _copy(c, "courses", _pick(c, trial, "SELECT id FROM courses"))


def signed_session_added(trial: Trial) -> None:
    """A new signed session with a treatment line, copied from a signed one: as a draft,
    then signed, since the database refuses a line added to a signed session."""
    with trial.outsider() as c:
        key = _pick(c, trial, SIGNED)
        added = _copy(c, "sessions", key, notes="never audited", status="draft", signed_at=None)
        line = c.execute(text(f"SELECT min(id) FROM treatment_lines WHERE session_id = {key}"))
        _copy(c, "treatment_lines", line.scalar_one(), session_id=added)
        c.execute(
            text(
                "UPDATE sessions SET status = 'signed', signed_at = (SELECT signed_at FROM"
                f" sessions WHERE id = {key}) WHERE id = {added}"
            )
        )


def admin_added(trial: Trial) -> None:
    """An admin with a real argon2id hash, a copy of a clinician's row."""
    with trial.outsider() as c:
        key = _pick(c, trial, "SELECT id FROM clinicians")
        number = trial.chance.randrange(10**6)
        _copy(
            c,
            "clinicians",
            key,
            name=f"Forged Admin {number}",
            username=f"intruder{number}",
            role="admin",
            password_hash=hash_password("intruder password"),
        )


def role_raised(trial: Trial) -> None:
    with trial.outsider() as c:
        key = _pick(c, trial, "SELECT id FROM clinicians")
        table = _table("clinicians")
        c.execute(
            update(table)
            .where(table.c.id == key)
            .values(role="admin", username=f"raised{key}", password_hash=hash_password("x" * 12))
        )


# defect 3: signed rows changed without dropping a trigger, and the triggers themselves

REPLACED = {
    "sessions": ("notes", SIGNED),
    "treatment_lines": (
        "area_detail",
        f"SELECT id FROM treatment_lines WHERE session_id IN ({SIGNED})",
    ),
    "product_uses": (
        "lot_number",
        "SELECT id FROM product_uses WHERE treatment_line_id IN"
        f" (SELECT id FROM treatment_lines WHERE session_id IN ({SIGNED}))",
    ),
    "reactions": ("notes", f"SELECT id FROM reactions WHERE session_id IN ({SIGNED})"),
}


def part_added_to_signed(trial: Trial) -> None:
    """A copy of a signed session's treatment line, product or reaction added to it."""
    table = trial.chance.choice(list(REPLACED)[1:])
    with trial.outsider() as c:
        _copy(c, table, _pick(c, trial, REPLACED[table][1]))


def _replace(c: Connection, table: str, key: int, setting: str) -> None:
    c.execute(text("DROP TABLE IF EXISTS temp.copied"))
    c.execute(text(f"CREATE TEMP TABLE copied AS SELECT * FROM {table} WHERE id = {key}"))
    c.execute(text(f"UPDATE temp.copied SET {setting}"))
    c.execute(text(f"INSERT OR REPLACE INTO {table} SELECT * FROM temp.copied"))


def signed_row_replaced(trial: Trial) -> None:
    """INSERT OR REPLACE of a signed row by its own id, one column rewritten."""
    table = trial.chance.choice(list(REPLACED))
    column, keys = REPLACED[table]
    with trial.outsider() as c:
        _replace(c, table, _pick(c, trial, keys), f"{column} = 'REWRITTEN'")


def signed_row_replaced_by_uuid(trial: Trial) -> None:
    """INSERT OR REPLACE of a new row carrying a signed row's uuid: the signed row goes."""
    table = trial.chance.choice(list(REPLACED))
    _, keys = REPLACED[table]
    with trial.outsider() as c:
        key = _pick(c, trial, keys)
        taken = c.execute(text(f"SELECT uuid FROM {table} WHERE id = {key}")).scalar_one()
        _replace(c, table, key, f"id = id + 1000000, uuid = '{taken}'")


def signed_row_removed_by_update_or_replace(trial: Trial) -> None:
    """A draft's row given a signed row's uuid with UPDATE OR REPLACE: the signed row goes."""
    table = trial.chance.choice(list(REPLACED))
    _, keys = REPLACED[table]
    drafts = keys.replace("status = 'signed'", "status = 'draft'")
    with trial.outsider() as c:
        taken = c.execute(text(f"SELECT uuid FROM {table} WHERE id = {_pick(c, trial, keys)}"))
        c.execute(
            text(f"UPDATE OR REPLACE {table} SET uuid = :u WHERE id = {_pick(c, trial, drafts)}"),
            {"u": taken.scalar_one()},
        )


def table_truncated(trial: Trial) -> None:
    with trial.outsider() as c:
        c.execute(text(f"TRUNCATE {trial.chance.choice(TRUNCATE_GUARDED)} CASCADE"))


def signed_session_upserted(trial: Trial) -> None:
    with trial.outsider() as c:
        key = _pick(c, trial, SIGNED)
        c.execute(
            text(
                f"INSERT INTO sessions SELECT * FROM sessions WHERE id = {key}"
                " ON CONFLICT (id) DO UPDATE SET notes = 'REWRITTEN'"
            )
        )


def _drop_statements(trial: Trial) -> list[str]:
    guards = expected_guards()
    if trial.backend == "sqlite":
        return [f"DROP TRIGGER {t.name}" for t in guards.sqlite]
    return [f"DROP TRIGGER {t.name} ON {t.table}" for t in guards.postgresql]


def lock_dropped(trial: Trial) -> None:
    with trial.outsider() as c:
        c.execute(text(trial.chance.choice(_drop_statements(trial))))


def all_locks_dropped(trial: Trial) -> None:
    with trial.outsider() as c:
        for statement in _drop_statements(trial):
            c.execute(text(statement))
        key = _pick(c, trial, SIGNED)
        c.execute(text(f"UPDATE sessions SET notes = 'REWRITTEN' WHERE id = {key}"))


def lock_altered(trial: Trial) -> None:
    """The lock on sessions made again without one column: voiding could change it."""
    guards = expected_guards()
    with trial.outsider() as c:
        if trial.backend == "sqlite":
            [lock] = [t for t in guards.sqlite if t.name == "sessions_signed_no_update"]
            c.execute(text(f"DROP TRIGGER {lock.name}"))
            c.execute(text(lock.sql.replace(" AND NEW.notes IS OLD.notes", "")))
        else:
            body = guards.functions["mesolog_lock_signed_session"]
            weaker = body.replace("'voided_at',", "'voided_at', 'notes',")
            c.execute(
                text(
                    "CREATE OR REPLACE FUNCTION mesolog_lock_signed_session() RETURNS trigger"
                    f" LANGUAGE plpgsql AS $${weaker}$$"
                )
            )


def lock_disabled(trial: Trial) -> None:
    lock = trial.chance.choice(expected_guards().postgresql)
    with trial.outsider() as c:
        c.execute(text(f"ALTER TABLE {lock.table} DISABLE TRIGGER {lock.name}"))


KINDS: list[Kind] = [
    Kind("audit entry edited (one character)", "log", entry_edited),
    Kind("audit entry deleted (not the newest)", "log", entry_deleted),
    Kind("two audit entries swapped", "log", entries_swapped),
    Kind("audit entry slipped in before the first", "log", entry_slipped_in_first),
    Kind("record edited (patient, course, draft, clinician)", "log", record_edited),
    Kind("reaction of a draft deleted", "log", draft_reaction_deleted),
    Kind("signed session updated", "log", signed_session_updated),
    Kind("patient added", "2", patient_added),
    Kind("course added", "2", course_added),
    Kind("signed session added with a treatment line", "2", signed_session_added),
    Kind("admin account added (argon2id hash)", "2", admin_added),
    Kind("clinician made an admin account", "2", role_raised),
    Kind("signed row rewritten by INSERT OR REPLACE", "3", signed_row_replaced, SQLITE),
    Kind("signed row removed by REPLACE on its uuid", "3", signed_row_replaced_by_uuid, SQLITE),
    Kind(
        "signed row removed by UPDATE OR REPLACE",
        "3",
        signed_row_removed_by_update_or_replace,
        SQLITE,
    ),
    Kind("new line, product or reaction in a signed session", "3", part_added_to_signed),
    Kind("table of records truncated (CASCADE)", "3", table_truncated, POSTGRESQL),
    Kind("signed session upserted (ON CONFLICT)", "3", signed_session_upserted, POSTGRESQL),
    Kind("one lock dropped", "3", lock_dropped),
    Kind("every lock dropped, a signed session rewritten", "3", all_locks_dropped),
    Kind("lock altered (a column left out)", "3", lock_altered),
    Kind("lock disabled", "3", lock_disabled, POSTGRESQL),
]
