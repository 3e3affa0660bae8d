"""Ids an import gives its rows before inserting them (persistence.record_inserts.RowIds):
on SQLite counted on from the table's highest, on PostgreSQL taken from the column's
sequence, so that another workstation's new row never gets one of them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mesolog.persistence.models import PatientRow, SessionRow
from mesolog.persistence.record_inserts import RowIds
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportService
from tests.conftest import DATABASE
from tests.services.conftest import Maker
from tests.services.transfer_support import Document, document_bytes


def test_ids_taken_ahead_are_above_every_held_row_and_never_given_twice(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient()
    make.draft(patient.id)
    with clinic.context.db.write() as s:
        ids = RowIds(s)
        patients = [*ids.take(PatientRow.__table__, 2), *ids.take(PatientRow.__table__, 3)]
        sessions = list(ids.take(SessionRow.__table__, 4))
        highest = s.scalar(select(func.max(PatientRow.id)))
        highest_session = s.scalar(select(func.max(SessionRow.id)))
    assert highest is not None and highest_session is not None
    assert len(set(patients)) == 5 and patients == sorted(patients)
    assert patients[0] > highest and sessions[0] > highest_session
    if DATABASE == "sqlite":  # the ids SQLite itself would give the rows inserted in turn
        assert patients == list(range(highest + 1, highest + 6))
        assert sessions == list(range(highest_session + 1, highest_session + 5))


def test_after_an_import_a_record_written_the_ordinary_way_gets_an_id_of_its_own(
    demo_document: Document, clinic: Clinic, make: Maker
) -> None:
    """The import gives its rows ids ahead; the rows written after it by the services (the
    column's default on PostgreSQL, SQLite's own on SQLite) must not meet them."""
    ImportService(clinic.context).import_bytes(document_bytes(demo_document))
    with clinic.context.db.read() as s:
        imported = s.scalar(select(func.max(SessionRow.id)))
    patient = make.patient()
    draft = make.draft(patient.id)
    with clinic.context.db.read() as s:
        new = s.scalar(select(SessionRow.id).where(SessionRow.uuid == draft.id))
    assert imported is not None and new is not None and new > imported


@pytest.mark.skipif(
    DATABASE != "postgresql",
    reason="a sequence's values are PostgreSQL's: SQLite counts on from the table's highest",
)
def test_ids_taken_and_left_unused_are_never_given_again(clinic: Clinic, make: Maker) -> None:
    """A sequence's values are taken for good, even by a transaction rolled back, so an id
    taken ahead is never another row's, whoever inserts it."""
    with clinic.context.db.write() as s:
        taken = set(RowIds(s).take(PatientRow.__table__, 50))
        s.rollback()
    added = make.patient()
    with clinic.context.db.read() as s:
        added_id = s.scalar(select(PatientRow.id).where(PatientRow.uuid == added.id))
    assert added_id is not None and added_id not in taken
    assert added_id > max(taken)
