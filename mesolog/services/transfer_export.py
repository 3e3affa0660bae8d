"""Export to the interchange format (mesolog-export-v2).

The file holds the records as the database holds them: every version of every
session (each after the version it corrects), voided records with who voided them,
when and why, and the audit chain's anchor as it was when the records were read
(`mesolog audit verify --against FILE` proves that a chain extends it). A whole
clinic's export holds voided patients too; one patient's, that patient.

An export of the whole clinic carries its product catalogue (every product, retired
ones too, with its lots: docs/interchange-catalogue.md) and its protocol templates
(retired ones too: docs/interchange-templates.md); one patient's carries no catalogue,
and of the templates those its courses name, so that the courses keep their template.

The document on its own leaves the patients' photos out, and says how many
(`photos_left_out`); a bundle (`export_bundle`, docs/interchange-bundle.md) is a zip
file of the document with the photos' records and each image, named by its SHA-256.

A long export reports its progress (patients done of the patients exported; a bundle
then each image written) and can be cancelled between patients or images; a cancelled
export writes no audit entry and no file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError
from mesolog.domain.records import ClinicSettings
from mesolog.domain.texts import phrase
from mesolog.interchange.bundle import BundleWriter
from mesolog.interchange.codec import ClinicFile, FiledPhoto, PatientBundle, encode
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_anchors import chain_anchor
from mesolog.persistence.mapping import course_from_row, patient_from_row, session_from_row
from mesolog.persistence.models import CourseRow, PatientRow, SessionRow
from mesolog.persistence.photo_models import PhotoRow
from mesolog.persistence.photo_rows import image_of
from mesolog.services.context import ServiceContext
from mesolog.services.file_output import write_atomically
from mesolog.services.patients import load_patient
from mesolog.services.photo_transfer import filed_photo_of
from mesolog.services.settings import SettingsService
from mesolog.services.transfer_bundle_file import write_bundle
from mesolog.services.transfer_catalogue import catalogue_of
from mesolog.services.transfer_progress import CancelCheck, ProgressReport, stop_if_cancelled
from mesolog.services.transfer_rows import in_version_order, session_parts
from mesolog.services.transfer_templates import templates_of

EXPORT_CANCELLED = phrase("Transfer", "The export was cancelled; nothing was exported.")


def export_text(document: dict[str, Any]) -> str:
    """The document as the file holds it: UTF-8 JSON, indented, one newline at the end."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_export(path: Path, document: dict[str, Any]) -> None:
    """Writes the document to `path` whole or not at all, readable by its owner only."""
    write_atomically(path, export_text(document).encode("utf-8"), what="The export")


@dataclass(frozen=True, slots=True)
class BundleExported:
    """What a bundle holds."""

    patients: int
    photos: int
    """Photo records, voided ones too; an image two of them share is written once."""


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
        """The whole clinic (with its catalogue), or one patient (by UUID or record
        number), as a schema document, without photos: `photos_left_out` says how many the
        patients have.

        Read in one read transaction (writers go on meanwhile), the chain's anchor with
        the records; the audit entry follows in a short write of its own. `progress`
        hears (patients done, patients exported); when `cancelled` returns True between
        patients, `Cancelled` is raised and no audit entry is written.
        """
        now, clinic = self._ctx.now(), SettingsService(self._ctx).clinic()
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.EXPORT)
            patients, ids = self._patients(s, patient)
            left_out = _photo_count(s, ids)
            bundles = self._bundles(s, patients, ids, progress, cancelled)
            whole = patient is None
            file = _clinic_file(s, bundles, clinic, now, whole=whole, photos_left_out=left_out)
        stop_if_cancelled(cancelled, EXPORT_CANCELLED)
        detail = f"json, {len(patients)} patient(s)"
        self._audit(
            patient, patients, f"{detail}, {left_out} photo(s) left out" if left_out else detail
        )
        return encode(file)

    def export_bundle(
        self,
        path: Path,
        *,
        patient: str | None = None,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> BundleExported:
        """Writes the whole clinic, or one patient, with their photos, as a bundle at `path`.

        The records and the images are read in one read transaction, the bundle written
        as they are read; `progress` hears (patients done and images written, patients
        and images); a cancel between patients or images leaves no file and no entry.
        """
        now, clinic = self._ctx.now(), SettingsService(self._ctx).clinic()
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.EXPORT)
            patients, ids = self._patients(s, patient)
            photos = _photo_rows(s, ids)
            images: dict[str, tuple[FiledPhoto, PhotoRow]] = {}
            for filed, row in photos:
                images.setdefault(filed.entry_name, (filed, row))
            total = len(patients) + len(images)

            def reading(done: int, _: int) -> None:
                if progress is not None:
                    progress(done, total)

            bundles = self._bundles(s, patients, ids, reading, cancelled, photos=photos)
            document = encode(_clinic_file(s, bundles, clinic, now, whole=patient is None))

            def fill(writer: BundleWriter) -> None:
                writer.add_document(export_text(document).encode("utf-8"))
                for done, (name, (filed, row)) in enumerate(images.items(), len(patients) + 1):
                    writer.add_image(name, _checked_image(s, row, filed))
                    stop_if_cancelled(cancelled, EXPORT_CANCELLED)
                    reading(done, total)

            write_bundle(path, fill, at=now.astimezone())
        detail = f"bundle, {len(patients)} patient(s), {len(photos)} photo(s)"
        self._audit(patient, patients, detail)
        return BundleExported(len(patients), len(photos))

    def _patients(
        self, s: Session, patient: str | None
    ) -> tuple[list[PatientRow], list[int] | None]:
        if patient is None:
            return list(queries.every_patient(s)), None
        row = load_patient(s, patient)
        return [row], [row.id]

    def _audit(self, patient: str | None, patients: list[PatientRow], detail: str) -> None:
        with self._ctx.db.write() as s:
            self._ctx.audit(
                s,
                AuditAction.EXPORT,
                "patient" if patient is not None else "clinic",
                patients[0].uuid if patient is not None else None,
                detail,
            )

    def _bundles(
        self,
        s: Session,
        patients: list[PatientRow],
        ids: list[int] | None,
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
        *,
        photos: Sequence[tuple[FiledPhoto, PhotoRow]] = (),
    ) -> tuple[PatientBundle, ...]:
        total = len(patients)
        if progress is not None:
            progress(0, total)
        photo_records: dict[int, list[FiledPhoto]] = defaultdict(list)
        for filed, photo_row in photos:
            photo_records[photo_row.patient_id].append(filed)
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
                    photos=tuple(photo_records[row.id]),
                )
            )
            stop_if_cancelled(cancelled, EXPORT_CANCELLED)
            if progress is not None:
                progress(done, total)
        return tuple(bundles)


def _photos_of(ids: list[int] | None) -> Select[PhotoRow]:
    query = select(PhotoRow)
    return query if ids is None else query.where(PhotoRow.patient_id.in_(ids))


def _photo_count(s: Session, ids: list[int] | None) -> int:
    counted = select(func.count()).select_from(_photos_of(ids).subquery())
    return int(s.scalar(counted) or 0)


def _photo_rows(s: Session, ids: list[int] | None) -> list[tuple[FiledPhoto, PhotoRow]]:
    """The patients' photos, voided ones too, oldest first, as the file holds them."""
    query = _photos_of(ids).options(selectinload(PhotoRow.patient), selectinload(PhotoRow.session))
    rows = s.scalars(query.order_by(PhotoRow.added_at, PhotoRow.id)).all()
    return [(filed_photo_of(row), row) for row in rows]


def _checked_image(s: Session, row: PhotoRow, filed: FiledPhoto) -> bytes:
    """The stored image, refused when it is not the one its record names."""
    image = image_of(s, row)
    if hashlib.sha256(image).hexdigest() != filed.sha256:
        raise KnownError(
            phrase(
                "Transfer",
                "The stored image of photo {id} is not the one its record names (its SHA-256 "
                "differs); nothing was exported. Run `mesolog audit verify`.",
            ).having(id=filed.id)
        )
    return image


def _clinic_file(
    s: Session,
    bundles: tuple[PatientBundle, ...],
    clinic: ClinicSettings,
    now: dt.datetime,
    *,
    whole: bool,
    photos_left_out: int = 0,
) -> ClinicFile:
    """The records read, with the chain's anchor as they were read; the catalogue and the
    templates too for an export of the `whole` clinic, else the templates its courses name."""
    plans = [course.plan for bundle in bundles for course in bundle.courses]
    named = {plan.template_id for plan in plans if plan.template_id is not None}
    return ClinicFile(
        patients=bundles,
        clinic=clinic,
        exported_at=now.astimezone().replace(microsecond=0),
        chain_anchor=chain_anchor(s, at=now),
        photos_left_out=photos_left_out,
        catalogue=catalogue_of(s) if whole else None,
        templates=templates_of(s) if whole else templates_of(s, named) if named else None,
    )
