"""Export to the interchange format (mesolog-export-v1).

The format has no place for voided records, so they are left out; a live
session whose course was voided is exported outside any course.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from mesolog.domain.records import Course
from mesolog.domain.records import Session as SessionRecord
from mesolog.interchange.codec import ClinicFile, PatientBundle, encode
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.mapping import course_from_row, patient_from_row, session_as_exported
from mesolog.persistence.models import PatientRow
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient
from mesolog.services.settings import SettingsService


class ExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def export_document(self, *, patient: str | None = None) -> dict[str, Any]:
        """The whole clinic, or one patient (by UUID or record number), as a schema document.

        Read in one read transaction (writers go on meanwhile); the audit entry
        follows in a short write of its own.
        """
        now = self._ctx.now()
        clinic = SettingsService(self._ctx).clinic()
        with self._ctx.db.read() as s:
            if patient is None:
                patients = list(queries.live_patients(s))
                ids = None
            else:
                patients = [load_patient(s, patient)]
                ids = [patients[0].id]
            file = ClinicFile(
                patients=self._bundles(s, patients, ids),
                clinic=clinic,
                exported_at=now.astimezone().replace(microsecond=0),
            )
        with self._ctx.db.write() as s:
            self._ctx.audit(
                s,
                AuditAction.EXPORT,
                "patient" if patient is not None else "clinic",
                patients[0].uuid if patient is not None else None,
                f"json, {len(patients)} patient(s)",
            )
        return encode(file)

    def _bundles(
        self, s: Session, patients: list[PatientRow], ids: list[int] | None
    ) -> tuple[PatientBundle, ...]:
        courses: dict[int, list[Course]] = defaultdict(list)
        for course_row in queries.live_courses(s, ids):
            courses[course_row.patient_id].append(course_from_row(course_row))
        sessions: dict[int, list[SessionRecord]] = defaultdict(list)
        for session_row in queries.live_sessions(s, ids):
            sessions[session_row.patient_id].append(session_as_exported(session_row))
        bundles = [
            PatientBundle(
                patient=patient_from_row(row),
                courses=tuple(sorted(courses[row.id], key=lambda c: (c.plan.started_on, c.id))),
                sessions=tuple(
                    sorted(sessions[row.id], key=lambda x: (x.entry.performed_at, x.id))
                ),
            )
            for row in sorted(patients, key=lambda p: (p.sort_key, p.uuid))
        ]
        return tuple(bundles)
