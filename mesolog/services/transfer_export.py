"""Export to the interchange format (mesolog-export-v2).

The file holds the records as the database holds them: every version of every
session (each after the version it corrects), voided records with who voided them,
when and why, and the audit chain's anchor as it was when the records were read
(`mesolog audit verify --against FILE` proves that a chain extends it). A whole
clinic's export holds voided patients too; one patient's, that patient.

A long export reports its progress (patients done of the patients exported) and
can be cancelled between patients; a cancelled export writes no audit entry.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.interchange.codec import ClinicFile, PatientBundle, encode
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_anchors import chain_anchor
from mesolog.persistence.mapping import course_from_row, patient_from_row, session_from_row
from mesolog.persistence.models import CourseRow, PatientRow, SessionRow
from mesolog.services.context import ServiceContext
from mesolog.services.file_output import write_atomically
from mesolog.services.patients import load_patient
from mesolog.services.settings import SettingsService
from mesolog.services.transfer_progress import CancelCheck, ProgressReport, stop_if_cancelled
from mesolog.services.transfer_rows import in_version_order, session_parts

EXPORT_CANCELLED = "The export was cancelled; nothing was exported."


def export_text(document: dict[str, Any]) -> str:
    """The document as the file holds it: UTF-8 JSON, indented, one newline at the end."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_export(path: Path, document: dict[str, Any]) -> None:
    """Writes the document to `path` whole or not at all, readable by its owner only."""
    write_atomically(path, export_text(document).encode("utf-8"), what="The export")


class ExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def export_document(
        self,
        *,
        patient: str | None = None,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> dict[str, Any]:
        """The whole clinic, or one patient (by UUID or record number), as a schema document.

        Read in one read transaction (writers go on meanwhile), the chain's anchor with
        the records; the audit entry follows in a short write of its own. `progress`
        hears (patients done, patients exported); when `cancelled` returns True between
        patients, `Cancelled` is raised and no audit entry is written.
        """
        now = self._ctx.now()
        clinic = SettingsService(self._ctx).clinic()
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.EXPORT)
            if patient is None:
                patients = list(queries.every_patient(s))
                ids = None
            else:
                patients = [load_patient(s, patient)]
                ids = [patients[0].id]
            file = ClinicFile(
                patients=self._bundles(s, patients, ids, progress, cancelled),
                clinic=clinic,
                exported_at=now.astimezone().replace(microsecond=0),
                chain_anchor=chain_anchor(s, at=now),
            )
        stop_if_cancelled(cancelled, EXPORT_CANCELLED)
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
        self,
        s: Session,
        patients: list[PatientRow],
        ids: list[int] | None,
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
    ) -> tuple[PatientBundle, ...]:
        total = len(patients)
        if progress is not None:
            progress(0, total)
        course_rows: dict[int, list[CourseRow]] = defaultdict(list)
        for course_row in queries.every_course(s, ids):
            course_rows[course_row.patient_id].append(course_row)
        session_rows: dict[int, list[SessionRow]] = defaultdict(list)
        for session_row in queries.every_session(s, ids):
            session_rows[session_row.patient_id].append(session_row)
        stop_if_cancelled(cancelled, EXPORT_CANCELLED)
        bundles = []
        ordered = sorted(patients, key=lambda p: (p.sort_key, p.uuid))
        for done, row in enumerate(ordered, start=1):
            courses = [course_from_row(x) for x in course_rows[row.id]]
            sessions = [session_from_row(x) for x in session_rows[row.id]]
            parts = [p for p in map(session_parts, session_rows[row.id]) if p is not None]
            bundles.append(
                PatientBundle(
                    patient=patient_from_row(row),
                    courses=tuple(sorted(courses, key=lambda c: (c.plan.started_on, c.id))),
                    sessions=tuple(in_version_order(sessions)),
                    parts=tuple(sorted(parts, key=lambda p: p.session_id)),
                )
            )
            stop_if_cancelled(cancelled, EXPORT_CANCELLED)
            if progress is not None:
                progress(done, total)
        return tuple(bundles)
