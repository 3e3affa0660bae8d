"""Import of an interchange file: all or nothing.

Every problem in the file is reported together (JSON path, value, what is
allowed) and nothing is written. Records whose UUID the database already holds
with the same content are skipped; a UUID held with different content is an
error, because an import never overwrites a record.

A version 2 file's records come as the file holds them: every version of a
session, signed by whom and when the file says, and voided records voided as there
(services.transfer_writing). The audit log says they came from a file, not who
signed them here: a first entry names the file (its SHA-256) and the chain
anchor it carries, then one entry per record added, each by the importer, saying
from which file, and for a signed session whose signature the file gives.

A bundle (a zip file of the document and its photos' images) is imported the same
way, its photos with it: each stored as the bundle holds its image, added by whom and
when the file says, audited as imported (services.photo_transfer). A document on its
own holds no photos; one whose export left them out says so, and the report repeats it.

A long import reports its progress (patients done of the file's patients) and
can be cancelled between patients: `Cancelled` is raised inside the write
transaction, so it rolls back and the database is left as it was.

The file is read and checked by services.transfer_reading (a bundle by
services.transfer_bundle_reading), sorted against the database by
services.transfer_plan and services.transfer_photo_plan, and written here.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.texts import phrase, phrase_n
from mesolog.domain.validation import raise_if_any
from mesolog.interchange.bundle import looks_like_bundle
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_batches import add_audit_entries
from mesolog.persistence.deferred_writes import drained
from mesolog.persistence.models import (
    ClinicianRow,
    ClinicSettingsRow,
    PatientRow,
    SessionRow,
)
from mesolog.services import transfer_stream_import as stream_import
from mesolog.services.context import ServiceContext
from mesolog.services.photo_transfer import store_filed_photo
from mesolog.services.sessions import clinician_named
from mesolog.services.settings import SETTINGS_ID, fill_clinic_details
from mesolog.services.transfer_bundle_reading import CheckedBundle, read_bundle
from mesolog.services.transfer_catalogue import CataloguePlan, add_catalogue, plan_catalogue
from mesolog.services.transfer_photo_plan import plan_photos
from mesolog.services.transfer_plan import ImportPlan, plan_import
from mesolog.services.transfer_progress import (
    IMPORT_CANCELLED,
    CancelCheck,
    Cancelled,
    ProgressReport,
    stop_if_cancelled,
)
from mesolog.services.transfer_reading import FILE, read_clinic_file, record_violations
from mesolog.services.transfer_report import (
    ImportReport,
    ImportSource,
    photo_detail,
)
from mesolog.services.transfer_stream import StreamedFile
from mesolog.services.transfer_stream_import import (
    BATCH,
    CheckedDocument,
    HeldAlready,
    check_document,
    import_streamed,
    import_while_checked,
    read_whole,
)
from mesolog.services.transfer_stream_json import NotStreamable
from mesolog.services.transfer_templates import TemplatePlan, add_templates, plan_templates
from mesolog.services.transfer_writing import refresh_dates, write_records

__all__ = [
    "FILE",
    "IMPORT_CANCELLED",
    "Cancelled",
    "ImportReport",
    "ImportService",
    "ImportSource",
    "NotEmptyError",
    "read_clinic_file",
]


class NotEmptyError(KnownError):
    """The database holds patients, and the records were meant for an empty one."""


class ImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def import_bytes(
        self,
        data: bytes,
        *,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Imports the file's bytes (a document, or a bundle), which the audit log names
        by their SHA-256."""
        if looks_like_bundle(data):
            return self._import_bundle(io.BytesIO(data), progress, cancelled)
        checked = check_document(lambda: io.BytesIO(data), now=self._ctx.now())
        return self.import_checked(checked, progress=progress, cancelled=cancelled)

    def import_file(
        self,
        path: Path,
        *,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Imports the file at `path`: a bundle (a zip file, or a name ending in .zip),
        read as it is needed; else a document, read as a stream when it can be, a large one
        checked by a second process while it is written."""
        try:
            stream = path.open("rb")
        except OSError as error:
            raise KnownError(
                phrase(
                    "Transfer", "The file {path} cannot be read: {reason}. Nothing was imported."
                ).having(path=path, reason=error.strerror or str(error))
            ) from error
        with stream:
            if looks_like_bundle(stream.read(4)) or path.name.lower().endswith(".zip"):
                return self._import_bundle(stream, progress, cancelled)
            large = os.fstat(stream.fileno()).st_size >= stream_import.PARALLEL_FROM
        if large:
            report = import_while_checked(self, path, progress=progress, cancelled=cancelled)
            if report is not None:
                return report
        checked = check_document(
            lambda: path.open("rb"), now=self._ctx.now(), progress=progress, cancelled=cancelled
        )
        return self.import_checked(checked, progress=progress, cancelled=cancelled)

    def import_checked(
        self,
        checked: CheckedDocument,
        *,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Imports a document checked already (check_document): one checked as a stream
        is written as one (services.transfer_stream_import), unless the database holds
        some of its records or it changed since: then it is read again whole."""
        if isinstance(checked, StreamedFile):
            try:
                return import_streamed(self, checked, progress=progress, cancelled=cancelled)
            except (NotStreamable, HeldAlready):
                checked = read_whole(checked.opener, now=self._ctx.now())
        return self.import_records(
            checked.clinic_file,
            source=checked.source,
            checked=True,
            progress=progress,
            cancelled=cancelled,
        )

    @property
    def context(self) -> ServiceContext:
        return self._ctx

    def import_bundle(
        self,
        bundle: CheckedBundle,
        *,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Imports a bundle read already (services.transfer_bundle_reading)."""
        return self.import_records(
            bundle.clinic_file,
            source=ImportSource(bundle.sha256),
            images=bundle,
            checked=True,
            progress=progress,
            cancelled=cancelled,
        )

    def _import_bundle(
        self,
        stream: IO[bytes],
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
    ) -> ImportReport:
        bundle = read_bundle(stream, now=self._ctx.now())
        try:
            return self.import_bundle(bundle, progress=progress, cancelled=cancelled)
        finally:
            bundle.close()

    def import_records(
        self,
        clinic_file: ClinicFile,
        *,
        source: ImportSource | None = None,
        into_empty: bool = False,
        images: CheckedBundle | None = None,
        checked: bool = False,
        progress: ProgressReport | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Adds what the database lacks of `clinic_file`, after checking every record.

        `source` is the file the records were read from, which the audit log names
        (None: records made by mesolog itself, such as the demo clinic's). `images`
        holds the images of the file's photos (a bundle's); without it the file may
        have none.
        With `checked`, the records were checked already (read_clinic_file, read_bundle)
        and are not checked again.
        With `into_empty`, a database that holds any patient is refused (NotEmptyError).
        `progress` hears (patients done, patients in the file) while the records are
        written; when `cancelled` returns True between patients, `Cancelled` is raised
        and nothing is written.
        """
        if not checked:
            now = self._ctx.now()
            raise_if_any(record_violations(clinic_file, now=now, with_images=images is not None))
        stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.SIGN)
            held = queries.patient_count(s) if into_empty else 0
            if held:
                raise NotEmptyError(
                    phrase_n(
                        "Transfer", "The database holds %n patient(s) already.", None, 1
                    ).counting(held)
                )
            catalogue = plan_catalogue(s, clinic_file.catalogue)
            templates = plan_templates(s, clinic_file)
            clinic_file = templates.resolved(clinic_file)
            plan = plan_import(s, clinic_file)
            plan_photos(s, plan, clinic_file)
            violations = catalogue.violations + templates.violations + plan.violations
            if violations:
                raise ValidationError(violations)
            if catalogue.new_products or catalogue.new_lots or templates.new:
                self._ctx.require(s, Permission.CATALOGUE)
            self._write(
                s,
                clinic_file,
                (catalogue, templates, plan),
                (source, images),
                progress=progress,
                cancelled=cancelled,
            )
            adopted = self.adopt_clinic(s, clinic_file)
            s.flush()
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        return ImportReport.of(
            (catalogue, templates, plan),
            clinic_adopted=adopted,
            photos_left_out=clinic_file.photos_left_out,
        )

    def adopt_clinic(self, s: Session, clinic_file: ClinicFile) -> bool:
        """A database without clinic details takes the file's; existing ones are kept."""
        if clinic_file.clinic is None or not clinic_file.clinic.name.strip():
            return False
        row = s.get(ClinicSettingsRow, SETTINGS_ID)
        if row is not None and row.name.strip():
            return False
        if row is None:
            row = ClinicSettingsRow(id=SETTINGS_ID)
            s.add(row)
        fill_clinic_details(row, clinic_file.clinic, at=self._ctx.now())
        self._ctx.audit(s, AuditAction.IMPORT, "clinic_settings", record=row)
        return True

    def _write(
        self,
        s: Session,
        clinic_file: ClinicFile,
        plans: tuple[CataloguePlan, TemplatePlan, ImportPlan],
        read: tuple[ImportSource | None, CheckedBundle | None],
        *,
        progress: ProgressReport | None,
        cancelled: CancelCheck | None,
    ) -> None:
        """Writes the new products, lots and templates, then the new records a batch of
        patients at a time, each with its courses, sessions and photos, after the entry that
        names the file (when the records come from one). Progress is heard and cancelling
        asked after each patient is read into its batch."""
        (catalogue, templates, plan), (source, images) = plans, read
        adds = plan.new_patients or plan.new_courses or plan.new_sessions or plan.new_photos
        kept = catalogue.new_products or catalogue.new_lots or templates.new
        if source is not None and (adds or kept):
            detail = source.file_detail(clinic_file.chain_anchor, plans)
            self._ctx.audit(s, AuditAction.IMPORT, "file", detail=detail)
        of_file = "" if source is None else f"from file sha256 {source.sha256}"
        now = self._ctx.now()
        kept_rows = add_catalogue(s, catalogue, now=now, detail=of_file)
        kept_rows += add_templates(s, templates, now=now, detail=of_file)
        self._ctx.audit_all(s, AuditAction.IMPORT, kept_rows)
        plan.template_rows = templates.rows
        total = len(clinic_file.patients)
        if progress is not None:
            progress(0, total)
        batch: list[PatientBundle] = []
        clinicians: dict[str, ClinicianRow] = {}
        for done, bundle in enumerate(clinic_file.patients, start=1):
            batch.append(bundle)
            if len(batch) == BATCH or done == total:
                self.write_batch(s, batch, plan, clinicians, (images, of_file))
                batch.clear()
            if progress is not None:
                progress(done, total)
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        s.flush()
        refresh_dates(s, plan)

    def write_batch(
        self,
        s: Session,
        batch: Sequence[PatientBundle],
        plan: ImportPlan,
        clinicians: dict[str, ClinicianRow],
        read: tuple[CheckedBundle | None, str],
    ) -> None:
        """The batch's new records written together (services.transfer_writing), audited by
        one insert of their entries, in the file's order; then the batch's photos."""
        images, of_file = read
        now = self._ctx.now()

        def clinician(name: str) -> ClinicianRow:
            if name not in clinicians:
                drained(s)  # the writes sent before are written before it is looked for
                clinicians[name] = clinician_named(s, name, context=self._ctx)
            return clinicians[name]

        entries = write_records(s, batch, plan, clinician, now=now, of_file=of_file)
        add_audit_entries(s, entries, at=now, actor=self._ctx.actor, action=AuditAction.IMPORT)
        for bundle in batch:
            self._write_photos(s, bundle, plan, images, of_file)

    def _write_photos(
        self,
        s: Session,
        bundle: PatientBundle,
        plan: ImportPlan,
        images: CheckedBundle | None,
        of_file: str,
    ) -> None:
        """The patient's new photos, each written and audited on its own: a photo's image
        is released once written, so an import holds one image at a time."""
        new = {photo.id for photo in plan.new_photos}
        for photo in bundle.photos:
            if photo.id not in new:
                continue
            assert images is not None  # record_violations refuses photos without them
            session_id = photo.details.session_id
            owners = (
                s.get_one(PatientRow, plan.patient_ids[bundle.patient.id]),
                None if session_id is None else s.get(SessionRow, plan.session_ids[session_id]),
            )
            name = photo.entry_name
            store_filed_photo(
                s,
                self._ctx,
                photo,
                owners,
                image=images.image(name),
                small=images.thumbnail(name),
                detail=photo_detail(of_file, photo),
            )
