"""The rows an import adds, as the file has the records: versions, signers, voidings.

A session is written as the file holds it: signed by whom and when the file says, the
version it corrects linked (held already or written in this import), voided with the
file's who, when and why, and every voided line, product and reaction in its place. The
database refuses a new part of a signed session (persistence.guards), so a signed session
is added as a draft with its parts and signed once they are written (`sign_added`), in
the import's transaction: no one ever sees it a draft.
What the audit log says of each row (who imported it, from which file) is the
importer's (services.transfer_import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from mesolog.domain.enums import CourseStatus, SessionStatus
from mesolog.domain.records import Course, Patient, Voiding
from mesolog.domain.records import Session as SessionRecord
from mesolog.interchange.clinic_file import SessionParts
from mesolog.persistence.base import Base, Voidable
from mesolog.persistence.mapping import fill_course_row, fill_patient_row, void_row
from mesolog.persistence.models import ClinicianRow, CourseRow, PatientRow, SessionRow
from mesolog.persistence.session_rows import fill_session_row
from mesolog.services.transfer_plan import ImportPlan


def _void(row: Voidable, voiding: Voiding | None) -> None:
    if voiding is not None:
        void_row(row, at=voiding.voided_at, by=voiding.voided_by, reason=voiding.reason)


def add_patient(s: Session, patient: Patient, plan: ImportPlan, *, now: dt.datetime) -> PatientRow:
    row = PatientRow(uuid=patient.id, created_at=now, updated_at=now)
    fill_patient_row(row, patient.details)
    _void(row, patient.voiding)
    s.add(row)
    plan.patient_rows[row.uuid] = row
    return row


def add_course(s: Session, course: Course, plan: ImportPlan, *, now: dt.datetime) -> CourseRow:
    row = CourseRow(
        uuid=course.id,
        patient=plan.patient_rows[course.patient_id],
        status=CourseStatus(course.status),
        maintenance_from=course.maintenance_from,
        created_at=now,
        updated_at=now,
    )
    template_id = course.plan.template_id
    template = None if template_id is None else plan.template_rows[template_id]
    fill_course_row(row, course.plan, template)
    _void(row, course.voiding)
    s.add(row)
    plan.course_rows[row.uuid] = row
    return row


def add_session(
    s: Session,
    session: SessionRecord,
    plan: ImportPlan,
    clinician: ClinicianRow,
    *,
    now: dt.datetime,
    by: str,
) -> SessionRow:
    """The session's row, a draft until `sign_added` signs it as the file says."""
    row = SessionRow(
        uuid=session.id,
        patient=plan.patient_rows[session.patient_id],
        status=SessionStatus.DRAFT,
        amended=None if session.amends is None else plan.session_rows[session.amends],
        amendment_reason=session.amendment_reason if session.amends is not None else None,
        created_at=now,
        treatments=[],
        reactions=[],
    )
    course_id = session.entry.course_id
    parts = plan.parts.get(session.id)
    entry = session.entry
    if parts is not None:  # every part in its place, the voided ones voided below
        lines = tuple(written.line for written in parts.treatments)
        entry = replace(entry, treatments=lines, reactions=tuple(r for r, _ in parts.reactions))
    fill_session_row(
        row,
        entry,
        clinician=clinician,
        course=plan.course_rows[course_id] if course_id is not None else None,
        at=now,
        by=by,
    )
    if parts is not None:
        _void_parts(row, parts)
    _void(row, session.voiding)
    s.add(row)
    plan.session_rows[row.uuid] = row
    return row


def sign_added(
    s: Session, added: Sequence[tuple[SessionRow, SessionRecord]], *, now: dt.datetime
) -> None:
    """Writes the sessions `add_session` made, with their parts, then signs each that the
    file has signed, by whom and when it says (a signed one without its time, `now`), by
    one UPDATE; the rows in memory are told, as if they had been read so."""
    s.flush()
    signed = [
        (row, session.signed_at or now, session.signed_by or session.entry.clinician)
        for row, session in added
        if session.status is SessionStatus.SIGNED
    ]
    if not signed:
        return
    table = Base.metadata.tables[SessionRow.__tablename__]
    s.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            status=SessionStatus.SIGNED,
            signed_at=bindparam("at"),
            signed_by=bindparam("by"),
        ),
        [{"row_id": row.id, "at": at, "by": by} for row, at, by in signed],
    )
    for row, at, by in signed:
        set_committed_value(row, "status", SessionStatus.SIGNED)
        set_committed_value(row, "signed_at", at)
        set_committed_value(row, "signed_by", by)


def _void_parts(row: SessionRow, parts: SessionParts) -> None:
    for line_row, written in zip(row.treatments, parts.treatments, strict=True):
        _void(line_row, written.voiding)
        for product_row, voiding in zip(line_row.products, written.product_voidings, strict=True):
            _void(product_row, voiding)
    for reaction_row, (_, voiding) in zip(row.reactions, parts.reactions, strict=True):
        _void(reaction_row, voiding)
