"""Records added behind mesolog's back (issue 11, defect 2): `audit verify` proves that every
clinical and account row is covered by the audit chain, and names by entity and id (never by
its content) each row no entry created; an account whose row is not what the audit log last
recorded of it is told apart, so that it cannot log in. On SQLite and PostgreSQL.

The rows are written with plain SQL through the clinic's own engine, copied from rows that
mesolog wrote, so that a column added to a table later is filled without a word here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import Connection, Table, func, insert, select, text

from mesolog.domain.enums import Role
from mesolog.domain.records import ClinicSettings
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.base import Base
from mesolog.persistence.models import ClinicianRow
from mesolog.services import passwords
from mesolog.services.audit import Unaudited
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

PASSWORD = "a long enough password"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, clinic: Clinic) -> Iterator[Clinic]:
    if request.param == "sqlite":
        yield clinic
        return
    url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clinic.context.clock) as other:
        yield other


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _copy(connection: Connection, table_name: str, key: int, **changes: Any) -> int:
    """Inserts a copy of row `key` of the table with `changes` and a new id (and uuid)."""
    table = _table(table_name)
    row = dict(connection.execute(select(table).where(table.c.id == key)).one()._mapping)
    row["id"] = connection.execute(select(func.max(table.c.id))).scalar_one() + 1
    if "uuid" in table.c:
        row["uuid"] = uuid.uuid4()
    row.update(changes)
    connection.execute(insert(table).values(row))
    return int(row["id"])


def _key(connection: Connection, name: str, row_uuid: uuid.UUID) -> int:
    table = _table(name)
    return int(connection.execute(select(table.c.id).where(table.c.uuid == row_uuid)).scalar_one())


def _uuid(connection: Connection, name: str, key: int) -> uuid.UUID:
    table = _table(name)
    found = connection.execute(select(table.c.uuid).where(table.c.id == key)).scalar_one()
    assert isinstance(found, uuid.UUID)
    return found


def _unaudited(clinic: Clinic) -> set[tuple[str, uuid.UUID | None]]:
    result = clinic.audit.verify()
    return {(record.entity, record.entity_uuid) for record in result.unaudited_records}


@pytest.fixture
def admin(backend: Clinic) -> Clinic:
    backend.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", PASSWORD)
    backend.log_in("admin", PASSWORD)
    return backend


def test_an_account_added_with_plain_sql_does_not_match_the_audit(admin: Clinic) -> None:
    """An admin with a real argon2id hash, inserted beside the one mesolog made."""
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    engine = admin.context.db.engine
    with engine.begin() as connection:
        [source] = connection.execute(text("SELECT id FROM clinicians WHERE username = 'admin'"))
        forged = _copy(
            connection,
            "clinicians",
            source[0],
            name="Forged Admin",
            username="intruder",
            password_hash=passwords.hash_password("intruder password"),
        )
        connection.execute(text("UPDATE clinicians SET role = 'admin' WHERE username = 'nurse'"))
    with admin.context.db.read() as s:
        matches = {
            row.username: account_matches_audit(s, row) for row in s.scalars(select(ClinicianRow))
        }
    assert matches == {"admin": True, "nurse": False, "intruder": False}
    with engine.connect() as connection:
        assert ("clinician", _uuid(connection, "clinicians", forged)) in _unaudited(admin)


def test_records_added_with_plain_sql_are_named(backend: Clinic) -> None:
    """A new signed session with a treatment line, a patient, a course: each is named. The
    session goes in as a draft and is signed after its line, since the database refuses a
    part added to a signed session."""
    make = Maker(backend)
    patient = make.patient()
    course = make.course(patient.id)
    signed = backend.sessions.sign(
        backend.sessions.create_draft(patient.id, make.full_entry(patient.id)).id
    )
    assert backend.audit.verify().intact
    with backend.context.db.engine.begin() as connection:
        session_key = _key(connection, "sessions", signed.id)
        new_patient = _copy(connection, "patients", _key(connection, "patients", patient.id))
        new_course = _copy(connection, "courses", _key(connection, "courses", course.id))
        new_session = _copy(
            connection,
            "sessions",
            session_key,
            notes="never audited",
            status="draft",
            signed_at=None,
        )
        [line] = connection.execute(
            text("SELECT min(id) FROM treatment_lines WHERE session_id = :s"), {"s": session_key}
        )
        new_line = _copy(connection, "treatment_lines", line[0], session_id=new_session)
        connection.execute(
            text("UPDATE sessions SET status = 'signed', signed_at = :at WHERE id = :s"),
            {"at": backend.context.now(), "s": new_session},
        )
        expected = {
            ("patient", _uuid(connection, "patients", new_patient)),
            ("course", _uuid(connection, "courses", new_course)),
            ("session", _uuid(connection, "sessions", new_session)),
            ("treatment_line", _uuid(connection, "treatment_lines", new_line)),
        }
    result = backend.audit.verify()
    assert not result.intact
    assert result.first_break is None
    assert {(r.entity, r.entity_uuid) for r in result.unaudited_records} == expected


def test_clinic_settings_added_with_plain_sql_are_named(backend: Clinic) -> None:
    with backend.context.db.engine.begin() as connection:
        moment = backend.context.now()
        connection.execute(insert(_table("clinic_settings")).values(id=1, updated_at=moment))
    assert _unaudited(backend) == {("clinic_settings", None)}
    backend.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών"), read=backend.settings.clinic()
    )
    assert backend.audit.verify().intact


def test_an_id_not_stored_as_mesolog_writes_ids_is_named(clinic: Clinic, db_path: Path) -> None:
    """SQLite keeps a uuid as text and reads 'ABC…' or 'ab-c…' back as the uuid 'abc…':
    a copy of a patient under its own id in capitals would pass for it."""
    patient = Maker(clinic).patient()
    with closing(sqlite3.connect(str(db_path), isolation_level=None)) as raw:
        raw.execute("CREATE TEMP TABLE copied AS SELECT * FROM patients")
        raw.execute(
            "UPDATE temp.copied SET id = id + 100, uuid = upper(uuid), record_number = NULL"
        )
        raw.execute("INSERT INTO patients SELECT * FROM temp.copied")
    [named] = clinic.audit.verify().unaudited_records
    assert (named.entity, named.entity_uuid, named.why) == (
        "patient",
        patient.id,
        Unaudited.ID_NOT_AS_WRITTEN,
    )
