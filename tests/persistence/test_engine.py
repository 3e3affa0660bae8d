"""The SQLite set-up every connection gets, and how writers queue instead of failing (on
PostgreSQL too: every write unit takes the audit head first).

Raw connections here use the same driver as the app (sqlcipher3), never the
standard library's sqlite3: two copies of SQLite in one process do not see each
other's POSIX locks, and closing one drops the other's.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import Connection, exc, text
from sqlalchemy.orm import Session

from mesolog.domain.errors import DatabaseError
from mesolog.persistence import engine
from mesolog.persistence.audit import AuditAction, add_audit_entry, check_chain
from mesolog.persistence.database import Database
from mesolog.persistence.engine import sqlite_library_version
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.queries import patient_by_uuid
from mesolog.services.clinic import Clinic
from tests.integrity.workload import patient_input


def _version(text_version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text_version.split("."))


def test_driver_bundles_sqlite_past_the_wal_reset_bug() -> None:
    assert _version(sqlite_library_version()) >= (3, 51, 3)


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_every_connection_gets_the_pragmas(clinic: Clinic) -> None:
    engine = clinic.context.db.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2
            assert connection.execute(text("select sqlite_version()")).scalar() == (
                sqlite_library_version()
            )
    finally:
        for connection in connections:
            connection.close()


def _other_writer_is_locked_out(db_path: Path) -> bool:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return True
    else:
        other.execute("ROLLBACK")
        return False
    finally:
        other.close()


def test_write_transactions_take_the_write_lock_at_begin(clinic: Clinic, db_path: Path) -> None:
    with clinic.context.db.write() as s:
        s.execute(text("select 1"))
        assert _other_writer_is_locked_out(db_path)
    assert not _other_writer_is_locked_out(db_path)


def test_read_transactions_leave_writers_free(clinic: Clinic, db_path: Path) -> None:
    with clinic.context.db.read() as s:
        s.execute(text("select count(*) from patients"))
        assert not _other_writer_is_locked_out(db_path)


def test_concurrent_writers_all_succeed(clinic: Clinic, db_path: Path) -> None:
    """Four writers, each with its own engine, append to the audit chain at once: none sees
    'database is locked', and the chain they build together is whole."""
    writers, rows_each = 4, 25
    failures: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(number: int) -> None:
        db = Database(resolve_database_url(str(db_path)))
        try:
            start.wait()
            for i in range(rows_each):
                with db.write() as s:
                    add_audit_entry(
                        s,
                        at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                        actor=f"writer {number}",
                        action=AuditAction.EXPORT,
                        entity="none",
                        entity_uuid=None,
                        detail=str(i),
                    )
        except BaseException as error:
            failures.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with clinic.context.db.read() as s:
        total = s.execute(text("select count(*) from audit_log where entity = 'none'")).scalar()
        chain = check_chain(s)
    assert total == writers * rows_each
    assert chain.intact, chain.first_break


def _export_entry(s: Session, detail: str) -> None:
    add_audit_entry(
        s,
        at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        actor="writer",
        action=AuditAction.EXPORT,
        entity="none",
        entity_uuid=None,
        detail=detail,
    )


@pytest.mark.sqlite_only("SQLite's write lock")
def test_a_writer_waits_for_the_lock_then_writes(clinic: Clinic, db_path: Path) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        released.set()
        holder.execute("ROLLBACK")

    timer = threading.Timer(0.3, release)
    timer.start()
    db = Database(resolve_database_url(str(db_path)))
    try:
        with db.write() as s:
            s.execute(text("select 1"))
            assert released.is_set()
            _export_entry(s, "after the wait")
    finally:
        timer.join()
        holder.close()
        db.dispose()
    with clinic.context.db.read() as s:
        assert s.execute(text("select detail from audit_log where entity = 'none'")).all() == [
            ("after the wait",)
        ]


@pytest.mark.sqlite_only("SQLite's write lock")
def test_a_writer_still_locked_out_after_the_busy_timeout_is_refused(
    clinic: Clinic, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    db = Database(resolve_database_url(str(db_path)))
    try:
        with (
            pytest.raises(DatabaseError, match="cannot be used: database is locked"),
            db.write() as s,
        ):
            _export_entry(s, "never")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.dispose()
    with clinic.context.db.read() as s:
        assert s.execute(text("select count(*) from audit_log where entity = 'none'")).scalar() == 0


def _could_lock(connection: Connection, statement: str) -> bool:
    """Whether `statement` (a row lock, NOWAIT) got its lock at once; either way nothing is
    left held."""
    try:
        connection.exec_driver_sql(statement)
    except exc.OperationalError as error:
        assert "could not obtain lock" in str(error)
        return False
    finally:
        connection.rollback()
    return True


def test_write_units_on_postgresql_take_the_audit_head_first(postgresql_url: str) -> None:
    """Before the unit does anything, another writer already finds the head taken: writers
    queue there and cannot hold rows that the one with the head waits for."""
    take_head = "SELECT id FROM audit_head WHERE id = 1 FOR UPDATE NOWAIT"
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        db = clinic.context.db
        with db.engine.connect() as other:
            with db.write():
                assert not _could_lock(other, take_head)
            with db.read() as s:
                s.execute(text("SELECT count(*) FROM patients"))
                assert _could_lock(other, take_head)
            assert _could_lock(other, take_head)


def test_a_locked_patient_still_lets_other_rows_name_it(postgresql_url: str) -> None:
    """A writer's lock on a patient's row (FOR NO KEY UPDATE) keeps other writers from
    changing the row, not from adding a row whose foreign key names it (KEY SHARE)."""
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        patient = clinic.patients.create(patient_input(random.Random(2))).id
        db = clinic.context.db
        where = f"FROM patients WHERE uuid = '{patient}'"
        with db.engine.connect() as other, db.write() as s:
            assert patient_by_uuid(s, patient, for_update=True) is not None
            assert _could_lock(other, f"SELECT id {where} FOR KEY SHARE NOWAIT")
            assert not _could_lock(other, f"SELECT id {where} FOR SHARE NOWAIT")


@pytest.mark.parametrize(
    "statement",
    [
        "update treatment_lines set depth_mm = 3.0",
        "insert into product_uses (uuid, treatment_line_id, position, solution, product_name,"
        " concentration, volume_ml, lot_number) values ('x', 999, 0, 'dmae', '', '', 1, '')",
    ],
)
def test_database_refuses_what_the_domain_refuses(
    clinic: Clinic, db_path: Path, statement: str
) -> None:
    """CHECK constraints and foreign keys hold even against hand-written SQL."""
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute(
        "insert into patients (uuid, family_name, given_name, date_of_birth, phone, email,"
        " allergies, medications, medical_history, notes, sort_key, created_at, updated_at)"
        " values ('p', 'A', 'B', '1980-01-01', '', '', '', '', '', '', 'a', '2026-01-01',"
        " '2026-01-01')"
    )
    raw.execute(
        "insert into clinicians (uuid, name, role, active, created_at)"
        " values ('c', 'Dr', 'clinician', 1, '2026-01-01')"
    )
    raw.execute(
        "insert into sessions (uuid, patient_id, clinician_id, performed_at,"
        " performed_at_utc_offset, status, consent_confirmed, notes, created_at, updated_at)"
        " values ('s', 1, 1, '2026-01-01', 120, 'draft', 0, '', '2026-01-01', '2026-01-01')"
    )
    raw.execute(
        "insert into treatment_lines (uuid, session_id, position, area, area_detail, technique,"
        " depth_mm, pen_needle_count, pen_penetrations_per_second)"
        " values ('t', 1, 0, 'neck', '', 'pen', 1.0, 12, 80)"
    )
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute(statement)
    raw.close()


def test_errors_never_carry_the_values_of_a_statement(clinic: Clinic) -> None:
    """A failing statement's parameters (names, notes) stay out of the message and so out of
    standard error and any log, even in a traceback of a bug."""
    from sqlalchemy import exc

    with pytest.raises(exc.StatementError) as failed:  # noqa: SIM117
        with clinic.context.db.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO no_such_table (notes) VALUES (:notes)"),
                {"notes": "allergic to lidocaine"},
            )
    assert "lidocaine" not in str(failed.value)
    assert "hidden due to hide_parameters" in str(failed.value)
