"""Signed sessions cannot change in place, not even through plain SQL (database triggers),
on SQLite and PostgreSQL alike; voiding stays possible and drafts stay editable.

Voiding a signed session sets its void columns and nothing else: "void plus a change" is
tried once for every other column of the session and of each table of its content, the
columns read from the models, so that a column added later is covered without a word here.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Column, Engine, Select, Table, exc, func, select, text, update

from mesolog.domain.errors import StateError
from mesolog.domain.records import Session
from mesolog.persistence.base import Base, Voidable
from mesolog.persistence.database import SIGNED_LOCK
from mesolog.persistence.migrate import alembic_config
from mesolog.persistence.models import SessionRow
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock, _fresh_database
from tests.services.conftest import ATHENS, Maker

LOCKED_STATEMENTS = [
    "UPDATE sessions SET notes = 'changed' WHERE id = :id",
    "UPDATE sessions SET status = 'draft', signed_at = NULL WHERE id = :id",
    "UPDATE sessions SET improvement_score = 9 WHERE id = :id",
    "DELETE FROM sessions WHERE id = :id",
    "UPDATE treatment_lines SET depth_mm = 3.0 WHERE session_id = :id",
    "UPDATE treatment_lines SET voided_at = '2026-01-01', voided_by = 'x' WHERE session_id = :id",
    "DELETE FROM treatment_lines WHERE session_id = :id",
    "UPDATE product_uses SET lot_number = 'FORGED' WHERE treatment_line_id IN"
    " (SELECT id FROM treatment_lines WHERE session_id = :id)",
    "DELETE FROM product_uses WHERE treatment_line_id IN"
    " (SELECT id FROM treatment_lines WHERE session_id = :id)",
    "UPDATE reactions SET severity = 'mild' WHERE session_id = :id",
    "DELETE FROM reactions WHERE session_id = :id",
    "UPDATE sessions SET voided_at = '2026-01-01', voided_by = 'x', notes = 'sneaked in'"
    " WHERE id = :id",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_clinic(request: pytest.FixtureRequest, clinic: Clinic) -> Iterator[Clinic]:
    if request.param == "sqlite":
        yield clinic
        return
    url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clinic.context.clock) as other:
        yield other


def _signed(clinic: Clinic) -> tuple[Session, int]:
    make = Maker(clinic)
    patient = make.patient()
    draft = clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    signed = clinic.sessions.sign(draft.id)
    with clinic.context.db.engine.connect() as connection:
        key = connection.execute(
            text("SELECT id FROM sessions WHERE uuid = :u"),
            {"u": signed.id if clinic.context.db.backend == "postgresql" else signed.id.hex},
        ).scalar_one()
    return signed, key


def _engine(clinic: Clinic) -> Engine:
    return clinic.context.db.engine


@pytest.mark.parametrize("statement", LOCKED_STATEMENTS)
def test_plain_sql_cannot_change_a_signed_session(backend_clinic: Clinic, statement: str) -> None:
    signed, key = _signed(backend_clinic)
    with (
        pytest.raises(exc.DBAPIError, match="signed session is locked"),
        _engine(backend_clinic).begin() as connection,
    ):
        connection.execute(text(statement), {"id": key})
    assert backend_clinic.sessions.get(signed.id) == signed
    assert backend_clinic.audit.verify().intact


def test_a_signed_session_can_still_be_voided(backend_clinic: Clinic) -> None:
    signed, _ = _signed(backend_clinic)
    voided = backend_clinic.sessions.void(signed.id, reason="entered on the wrong patient")
    assert voided.voiding is not None
    assert voided.entry == signed.entry
    with pytest.raises(StateError, match="voided already"):
        backend_clinic.sessions.void(signed.id, reason="again")
    assert backend_clinic.audit.verify().intact


def test_drafts_stay_editable_in_plain_sql(backend_clinic: Clinic) -> None:
    make = Maker(backend_clinic)
    patient = make.patient()
    draft = backend_clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    uuid_value = draft.id if backend_clinic.context.db.backend == "postgresql" else draft.id.hex
    with _engine(backend_clinic).begin() as connection:
        connection.execute(
            text("UPDATE sessions SET notes = 'edited' WHERE uuid = :u"), {"u": uuid_value}
        )
    assert backend_clinic.sessions.get(draft.id).entry.notes == "edited"


def test_a_treatment_line_cannot_be_moved_into_a_signed_session(clinic: Clinic) -> None:
    signed, key = _signed(clinic)
    make = Maker(clinic)
    draft = make.draft(make.patient(family_name="Other").id)
    with (
        pytest.raises(exc.DBAPIError, match="signed session is locked"),
        _engine(clinic).begin() as connection,
    ):
        connection.execute(
            text(
                "UPDATE treatment_lines SET session_id = :signed WHERE session_id ="
                " (SELECT id FROM sessions WHERE uuid = :draft)"
            ),
            {"signed": key, "draft": draft.id.hex},
        )
    assert clinic.sessions.get(signed.id) == signed


@pytest.mark.sqlite_only("reads sqlite_master")
def test_the_locks_exist_at_the_newest_schema(clinic: Clinic) -> None:
    """A later migration that copies these tables (SQLite batch mode) drops their triggers;
    this names any that went missing."""
    with _engine(clinic).connect() as connection:
        names = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    tables = ("treatment_lines", "product_uses", "reactions")
    expected = {"sessions_signed_no_update", "sessions_signed_no_delete"} | {
        f"{t}_signed_no_{s}"
        for t in tables
        for s in ("update_old", "delete_old", "update_new", "insert_new")
    }
    assert expected <= names


SESSIONS = Base.metadata.tables[SessionRow.__tablename__]
VOID_COLUMNS = frozenset(Voidable.__annotations__) | {"version"}
"""What voiding may set: who, when and why; and the version, which every UPDATE of the ORM
raises (migration 0007)."""
NOT_SESSION_CONTENT = {
    "editor_drafts": "what an editor holds unsaved; it goes once saved",
    "photos": "never changed, only voided, whatever its session (tests/services/test_photos.py)",
}


def _session_content() -> list[Table]:
    """The tables whose rows belong to a session through foreign keys: its treatment lines,
    their products, its reactions, and any table added under them later."""
    found: list[Table] = []
    parents = [SESSIONS]
    while parents:
        parent = parents.pop()
        for table in Base.metadata.sorted_tables:
            if (
                table not in (parent, SESSIONS, *found)
                and table.name not in NOT_SESSION_CONTENT
                and any(key.column.table is parent for key in table.foreign_keys)
            ):
                found.append(table)
                parents.append(table)
    return found


CONTENT = _session_content()
LOCKED_COLUMNS = [
    pytest.param(table, column, id=f"{table.name}.{column.name}")
    for table in (SESSIONS, *CONTENT)
    for column in table.columns
    if column.name not in VOID_COLUMNS
]


@dataclass(frozen=True, slots=True)
class SignedSession:
    """A signed session with a full content, and other patients, courses, clinicians and
    sessions to point its keys at; one database per backend for this module."""

    engine: Engine
    key: int
    clock: FixedClock

    def first_row(self, table: Table) -> int:
        rows = _rows_of(table, self.key).subquery()
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.min(rows.c.id))).scalar_one())

    def row(self, table: Table, key: int) -> tuple[Any, ...]:
        with self.engine.connect() as connection:
            return tuple(connection.execute(select(table).where(table.c.id == key)).one())

    def changed(self, column: Column[Any], current: Any) -> Any:
        """A new value of the column's type; where the column is a key, another row's."""
        if column.foreign_keys:
            [key] = column.foreign_keys
            taken = {current, self.key if key.column.table is SESSIONS else None} - {None}
            others = select(func.min(key.column)).where(key.column.not_in(taken))
            with self.engine.connect() as connection:
                found = connection.execute(others).scalar_one()
            assert found is not None, f"the fixture has no other row for {column} to point at"
            return found
        kind = column.type.python_type if current is None else type(current)
        if column.primary_key:
            return current + 1000
        if issubclass(kind, enum.Enum):
            return next(member for member in kind if member.value != current)
        if kind is bool:
            return not current
        if kind in (int, float):
            return (current or 0) + 1
        if kind is str:
            return f"{current or ''} (changed)"
        if kind is dt.datetime:
            return current + dt.timedelta(minutes=1)
        if kind is dt.date:
            return (current or dt.date(2026, 3, 10)) + dt.timedelta(days=1)
        if kind is uuid.UUID:
            return uuid.uuid4()
        raise AssertionError(f"no changed value for {column} ({kind.__name__}): add one here")

    def voiding(self) -> dict[str, Any]:
        return {"voided_at": self.clock(), "voided_by": "tester", "void_reason": "wrong patient"}


def _rows_of(table: Table, session_key: int) -> Select[Any]:
    """The ids of the table's rows that belong to the session, through its foreign keys."""
    [key] = [k for k in table.foreign_keys if k.column.table in (SESSIONS, *CONTENT)]
    parent = key.column.table
    if parent is SESSIONS:
        return select(table.c.id).where(key.parent == session_key)
    return select(table.c.id).where(key.parent.in_(_rows_of(parent, session_key)))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def signed_session(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SignedSession]:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("locks") / "clinic.sqlite")
    else:
        url = _fresh_database(request.getfixturevalue("postgresql_server"))
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    with Clinic.open(url, actor="tester", clock=clock) as clinic:
        make = Maker(clinic)
        _, key = _signed(clinic)
        other = make.patient(family_name="Other")
        course = make.course(other.id)
        make.draft(other.id, course_id=course.id, clinician="Dr Other Clinician")
        yield SignedSession(clinic.context.db.engine, key, clock)


def test_the_session_content_is_found_from_the_models() -> None:
    assert {t.name for t in CONTENT} == {"treatment_lines", "product_uses", "reactions"}


def _locks(engine: Engine) -> set[str]:
    """The tables a lock guards, and on PostgreSQL the lock functions that exist."""
    if engine.dialect.name == "sqlite":
        query = "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE :locked"
    else:
        query = (
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE NOT t.tgisinternal AND p.prosrc LIKE :locked"
            " UNION SELECT proname FROM pg_proc WHERE prosrc LIKE :locked"
        )
    with engine.connect() as connection:
        return set(connection.execute(text(query), {"locked": f"%{SIGNED_LOCK}%"}).scalars())


def test_the_locks_cover_the_session_and_its_whole_content(signed_session: SignedSession) -> None:
    tables = {SESSIONS.name, *(t.name for t in CONTENT)}
    functions = {"mesolog_lock_signed_session", *(f"mesolog_lock_{t.name}" for t in CONTENT)}
    postgresql = signed_session.engine.dialect.name == "postgresql"
    assert _locks(signed_session.engine) == tables | (functions if postgresql else set())


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_locks_come_off_with_their_migrations_downgrade(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock, backend: str
) -> None:
    if backend == "sqlite":
        url = str(tmp_path / "clinic.sqlite")
    else:
        url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clock) as clinic:
        engine = clinic.context.db.engine
        assert _locks(engine)
        with engine.connect() as connection:
            command.downgrade(alembic_config(connection), "0001")
            connection.commit()
        assert _locks(engine) == set()


def test_the_trigger_keeps_every_column_but_the_void_ones(signed_session: SignedSession) -> None:
    """SQLite's trigger lists the columns that voiding leaves unchanged; PostgreSQL's compares
    the whole row but the void columns. Either list must agree with the models."""
    engine = signed_session.engine
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            source = connection.execute(
                text(
                    "SELECT group_concat(sql, ' ') FROM sqlite_master"
                    " WHERE type = 'trigger' AND tbl_name = 'sessions'"
                )
            ).scalar_one()
            kept = set(re.findall(r"NEW\.(\w+) IS OLD\.\1\b", source))
            assert kept == {c.name for c in SESSIONS.columns} - VOID_COLUMNS
        else:
            source = connection.execute(
                text("SELECT prosrc FROM pg_proc WHERE proname = 'mesolog_lock_signed_session'")
            ).scalar_one()
            [exempt] = set(re.findall(r"ARRAY\[([^\]]*)\]", source))
            assert set(re.findall(r"'(\w+)'", exempt)) == VOID_COLUMNS


def test_voiding_alone_is_accepted_in_plain_sql(signed_session: SignedSession) -> None:
    """The counterpart of the test below: what refuses there is the change, not the void."""
    with signed_session.engine.connect() as connection:
        voided = connection.execute(
            update(SESSIONS)
            .where(SESSIONS.c.id == signed_session.key)
            .values(signed_session.voiding())
        )
        assert voided.rowcount == 1
        connection.rollback()


@pytest.mark.parametrize(("table", "column"), LOCKED_COLUMNS)
def test_voiding_cannot_carry_a_change(
    signed_session: SignedSession, table: Table, column: Column[Any]
) -> None:
    key = signed_session.key if table is SESSIONS else signed_session.first_row(table)
    before = signed_session.row(table, key)
    new_value = signed_session.changed(column, before[list(table.columns).index(column)])
    change = {**signed_session.voiding(), column.name: new_value}
    with signed_session.engine.connect() as connection:
        with pytest.raises(exc.DBAPIError, match=SIGNED_LOCK):
            connection.execute(update(table).where(table.c.id == key).values(change))
        connection.rollback()
    assert signed_session.row(table, key) == before
