"""An import writes patients and courses as plain rows (persistence/record_inserts.py), on
SQLite and PostgreSQL alike: each new patient's dates, written with it from the file's
records, are those the database's courses and sessions give; its version is that of a
patient added by hand; the audit log covers every record with the digest of its rows; and
the driver's `executemany` stores each row as SQLAlchemy's insert does."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from mesolog.persistence.base import Base
from mesolog.persistence.deferred_writes import deferring
from mesolog.persistence.models import PatientRow, SessionRow
from mesolog.persistence.record_inserts import insert_many
from mesolog.services.clinic import Clinic
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.transfer_import import ImportService
from tests.services.transfer_support import Document, cheeks_line, document_bytes, entry_at


def test_imported_patients_have_the_dates_their_records_give(
    demo_document: Document, clinic: Clinic
) -> None:
    report = ImportService(clinic.context).import_bytes(document_bytes(demo_document))
    assert report.patients_added == len(demo_document["patients"])
    with clinic.context.db.read() as s:
        rows = list(s.scalars(select(PatientRow)))
        written = {row.uuid: (row.last_session_on, row.next_due_on, row.version) for row in rows}
        for row in rows:
            refresh_patient_dates(s, row)
        recomputed = {row.uuid: (row.last_session_on, row.next_due_on, 1) for row in rows}
        s.rollback()
    assert written == recomputed
    assert any(due is not None for _, due, _ in written.values())
    verified = clinic.audit.verify(full=True)
    assert verified.first_break is None
    assert not verified.changed_records and not verified.unaudited_records


def test_rows_inserted_by_the_driver_are_stored_as_sqlalchemy_stores_them(
    demo_document: Document, clinic: Clinic
) -> None:
    """Every table an import writes: the demo's rows read back, then inserted again as
    copies each way, `s.execute(insert(table), rows)`, `insert_many` and `insert_many` sent
    to an import's writing thread (on SQLite, one statement of JSON); what each stores,
    read as the driver gives it, is the same value for value (and type for type)."""
    ImportService(clinic.context).import_bytes(document_bytes(demo_document))
    draft = clinic.sessions.create_draft(
        clinic.patients.search("")[0].id, entry_at(3, 9, (cheeks_line(),))
    )
    with clinic.context.db.write() as s:
        session = s.execute(select(SessionRow).where(SessionRow.uuid == draft.id)).scalar_one()
        line = session.treatments[0]
        moved: dict[str, dict[str, Any]] = {
            "patients": {"record_number": None, "record_key": None},
            "patient_search_terms": {"patient_id": session.patient_id},
            "treatment_lines": {"session_id": session.id},
            "product_uses": {"treatment_line_id": line.id},
            "reactions": {"session_id": session.id},
        }
        for table_name in (*moved, "courses", "course_areas", "sessions"):
            table = Base.metadata.tables[table_name]
            rows = [
                _copied(table_name, dict(row), n) | moved.get(table_name, {})
                for n, row in enumerate(s.execute(select(table)).mappings())
            ]
            assert rows, table_name
            ways = ("sqlalchemy", "driver", "thread")
            stored = [_stored_by(s, table, rows, write) for write in ways]
            assert stored[0] == stored[1] == stored[2], table_name


def _copied(table: str, row: dict[str, Any], n: int) -> dict[str, Any]:
    """The row as a new one: a uuid and keys of its own, its database's columns left out."""
    row = {key: value for key, value in row.items() if key not in ("id", "version")}
    if "uuid" in row:
        row["uuid"] = uuid.uuid4()
    if table == "patient_search_terms":
        row["term"] = f"{row['term']}~{n}"
    if table == "course_areas":
        row["position"] += 1000
    return row


def _stored_by(s: Session, table: Table, rows: list[dict[str, Any]], write: str) -> list[Any]:
    """The rows as stored by one way of writing them, in a savepoint rolled back; the values
    the driver reads, with their types, but the rows' ids."""
    with s.begin_nested() as savepoint:
        connection = s.connection()
        before = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table.name}").scalar_one()
        if write == "driver":
            insert_many(s, table.name, rows)
        elif write == "thread":
            with deferring(s):
                insert_many(s, table.name, rows)
        else:
            s.execute(insert(table), rows)
        columns = [column.name for column in table.columns if column.name != "id"]
        read = connection.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table.name}")
        stored = [[(type(value), value) for value in row] for row in read.all()]
        savepoint.rollback()
    assert len(stored) == before + len(rows)
    return sorted(stored, key=repr)
