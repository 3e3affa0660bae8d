"""An import writes patients and courses as plain rows (persistence/record_inserts.py), on
SQLite and PostgreSQL alike: each new patient's dates, written with it from the file's
records, are those the database's courses and sessions give; its version is that of a
patient added by hand; the audit log covers every record with the digest of its rows."""

from __future__ import annotations

from sqlalchemy import select

from mesolog.persistence.models import PatientRow
from mesolog.services.clinic import Clinic
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.transfer_import import ImportService
from tests.services.transfer_support import Document, document_bytes


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
