"""Writing a document checked as a stream (services.transfer_stream): a batch of patients
at a time, read from the file again, in the import's one transaction.

The plan needs no record kept from the check: the database is asked whether it holds any
of the file's ids, and when it holds none, every record is new and the file's counts are
the plan's. A database that holds some of them is imported into by the whole-file path
(`HeldAlready`), which compares each held record with the file's. The rest of the plan is
the same as there: the catalogue, the templates (those the courses name checked from the
ids kept), the record numbers new patients bring. Then the entry that names the file, the
catalogue and templates, and each batch written as `ImportService` writes one (its
patients' dates with them); nothing is kept from one batch to the next but the clinicians.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import ValidationError, Violation
from mesolog.interchange.clinic_file import ClinicFile, PatientBundle
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.deferred_writes import deferring
from mesolog.persistence.models import ClinicianRow
from mesolog.persistence.record_inserts import RowIds
from mesolog.persistence.template_rows import templates as held_templates
from mesolog.services.context import ServiceContext
from mesolog.services.transfer_bundle_reading import CheckedBundle
from mesolog.services.transfer_catalogue import add_catalogue, plan_catalogue
from mesolog.services.transfer_check_process import FileCheck, Unconfirmed
from mesolog.services.transfer_plan import NUMBER_HELD, ImportPlan
from mesolog.services.transfer_progress import (
    IMPORT_CANCELLED,
    CancelCheck,
    Cancelled,
    ProgressReport,
    stop_if_cancelled,
)
from mesolog.services.transfer_reading import read_clinic_file
from mesolog.services.transfer_report import ImportReport, ImportSource
from mesolog.services.transfer_stream import (
    StreamedFile,
    Unscanned,
    collecting_less,
    read_streamed,
    scan_streamed,
)
from mesolog.services.transfer_stream_json import NotStreamable, Opener
from mesolog.services.transfer_templates import (
    NAMED_TEMPLATE,
    TemplatePlan,
    add_templates,
    plan_templates,
)


class ImportService(Protocol):
    """What of services.transfer_import.ImportService a streamed import uses."""

    @property
    def context(self) -> ServiceContext: ...

    def write_batch(
        self,
        s: Session,
        batch: Sequence[PatientBundle],
        plan: ImportPlan,
        clinicians: dict[str, ClinicianRow],
        read: tuple[CheckedBundle | None, str],
    ) -> None: ...

    def adopt_clinic(self, s: Session, clinic_file: ClinicFile) -> bool: ...


BATCH = 100
"""Patients written together: their rows in a few statements, their audit entries in one.
On SQLite a batch is written by a thread while the next is built (persistence.deferred_writes):
with 100 a batch and 500 rows a statement, an import of 503,000 sessions peaked at 142 MB in
185 s; with 200 and 2,000, at 169 MB in 170 s (the check's process 147 MB besides)."""


@dataclass(frozen=True, slots=True)
class WholeDocument:
    """A document read and checked whole (services.transfer_reading)."""

    clinic_file: ClinicFile
    source: ImportSource


CheckedDocument = StreamedFile | WholeDocument


def check_document(
    opener: Opener,
    *,
    now: dt.datetime,
    progress: ProgressReport | None = None,
    cancelled: CancelCheck | None = None,
) -> CheckedDocument:
    """The document `opener` opens, checked as a stream, else whole: the same refusals
    either way (ValidationError); no database is needed. Checked as a stream, `progress`
    hears (patients read, 0) and `cancelled` is asked after each patient (`Cancelled`)."""
    try:
        return read_streamed(opener, now=now, progress=progress, cancelled=cancelled)
    except NotStreamable:
        return read_whole(opener, now=now)


def read_whole(opener: Opener, *, now: dt.datetime) -> WholeDocument:
    with opener() as stream:
        data = stream.read()
    return WholeDocument(read_clinic_file(data, now=now), ImportSource.of(data))


PARALLEL_FROM = 4 << 20
"""A document of this many bytes or more is checked in a second process while it is
written (`import_while_checked`): below, the process's start (~0.5 s of its own before it
checks anything) outlasts the writing, which then waits for the verdict; 0.6 and 1.2 MB
files took 0.6-1.0 s so against 0.4-0.6 s checked first."""


def import_while_checked(
    service: ImportService,
    path: Path,
    *,
    progress: ProgressReport | None,
    cancelled: CancelCheck | None,
) -> ImportReport | None:
    """Imports the document at `path` while a second process checks it
    (services.transfer_check_process): all or nothing, refused as the check before any
    writing would refuse it. None, with nothing written, when it must be imported the
    one-process way: the check did not judge the bytes written, the database holds some of
    its records, or the file must be read otherwise (whole, or checked first)."""
    now = service.context.now()
    try:
        check = FileCheck(path, now, cancelled)
    except (OSError, RuntimeError):  # no process started: the one-process way needs none
        return None
    try:
        try:
            scanned = scan_streamed(
                lambda: path.open("rb"), now=now, progress=progress, cancelled=cancelled
            )
        except (Unscanned, NotStreamable):
            return None
        try:
            return import_streamed(
                service, scanned, progress=progress, cancelled=cancelled, check=check
            )
        except (Unconfirmed, NotStreamable, HeldAlready):
            return None
        except Cancelled:
            raise
        except Exception as error:
            failed = error
        # Written unchecked, a bad file can fail anywhere: the check's refusal comes first,
        # as it would have, raised apart from the failure, which may quote the file's text.
        # The failure is the import's own only if the check accepted these very bytes.
        if check.accepted(scanned.sha256):
            raise failed
        return None
    finally:
        check.stop()


class HeldAlready(Exception):  # noqa: N818 - a way to import, not a failure
    """The database holds some of the file's records: the whole-file path compares them."""


def import_streamed(
    service: ImportService,
    streamed: StreamedFile,
    *,
    progress: ProgressReport | None,
    cancelled: CancelCheck | None,
    check: FileCheck | None = None,
) -> ImportReport:
    """Adds the file's records to a database that holds none of them (else HeldAlready,
    with nothing written), all or nothing. With the `check` of a file written unchecked,
    the writing stops (or does not begin) once the check has judged other than accepting
    these bytes, and commits only once it confirms them: what it raises rolls the
    transaction back."""
    ctx = service.context
    stop_if_cancelled(cancelled, IMPORT_CANCELLED)
    if check is not None:
        check.raise_unless_accepting(streamed.sha256)
    with ctx.db.write() as s:
        ctx.require(s, Permission.SIGN)
        _refuse_held(s, streamed)
        catalogue = plan_catalogue(s, streamed.head.catalogue)
        templates = _plan_templates(s, streamed)
        plan = ImportPlan()
        ids = streamed.ids
        plan.streamed = (len(ids.patients), len(ids.courses), len(ids.sessions))
        violations = catalogue.violations + templates.violations + _numbers_used(s, streamed)
        if violations:
            raise ValidationError(violations)
        if catalogue.new_products or catalogue.new_lots or templates.new:
            ctx.require(s, Permission.CATALOGUE)
        source = ImportSource(streamed.sha256)
        plans = (catalogue, templates, plan)
        if ids.patients or catalogue.new_products or catalogue.new_lots or templates.new:
            detail = source.file_detail(streamed.head.chain_anchor, plans)
            ctx.audit(s, AuditAction.IMPORT, "file", detail=detail)
        of_file = f"from file sha256 {source.sha256}"
        kept_rows = add_catalogue(s, catalogue, now=ctx.now(), detail=of_file)
        kept_rows += add_templates(s, templates, now=ctx.now(), detail=of_file)
        ctx.audit_all(s, AuditAction.IMPORT, kept_rows)
        with collecting_less():
            _write_patients(service, s, streamed, templates, (progress, cancelled), check=check)
        adopted = service.adopt_clinic(s, streamed.head)
        s.flush()
        stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        if check is not None:
            check.confirm(streamed.sha256)
    return ImportReport.of(
        plans, clinic_adopted=adopted, photos_left_out=streamed.head.photos_left_out
    )


def _refuse_held(s: Session, streamed: StreamedFile) -> None:
    ids = streamed.ids
    for held, kept in (
        (queries.patients_by_uuids, ids.patients),
        (queries.courses_by_uuids, ids.courses),
        (queries.sessions_by_uuids, ids.sessions),
    ):
        if any(held(s, chunk) for chunk in kept.chunks(_HELD_CHUNK)):
            raise HeldAlready


_HELD_CHUNK = 500
"""Ids asked about at a time, made UUIDs only then."""


def _plan_templates(s: Session, streamed: StreamedFile) -> TemplatePlan:
    """services.transfer_templates.plan_templates, with the courses' templates from the
    ids kept."""
    templates = plan_templates(s, streamed.head)
    if not streamed.templates_named:
        return templates
    if not templates.rows:
        templates.rows = {row.uuid: row for row in held_templates(s, retired=True)}
    known = set(templates.rows) | {template.id for template in streamed.head.templates or ()}
    templates.violations += [
        Violation(path, str(template_id), NAMED_TEMPLATE)
        for path, template_id in streamed.templates_named
        if template_id not in known
    ]
    return templates


def _numbers_used(s: Session, streamed: StreamedFile) -> list[Violation]:
    """The new patients' record numbers another patient of the database has."""
    used = queries.record_numbers_in_use(s, [number for _, number in streamed.record_numbers])
    return [
        Violation(f"patients[{index}].record_number", number, NUMBER_HELD)
        for index, number in streamed.record_numbers
        if number in used
    ]


def _write_patients(
    service: ImportService,
    s: Session,
    streamed: StreamedFile,
    templates: TemplatePlan,
    asked: tuple[ProgressReport | None, CancelCheck | None],
    *,
    check: FileCheck | None,
) -> None:
    """Progress is heard and cancelling asked after each patient is read into its batch;
    a `check` that has judged other than accepting the file stops the writing after a
    batch. On SQLite a batch's rows are inserted by a thread of their own while the next
    batch is read and built (persistence.deferred_writes), their ids counted on from
    batch to batch."""
    progress, cancelled = asked
    total = streamed.patients
    if progress is not None:
        progress(0, total)
    clinicians: dict[str, ClinicianRow] = {}
    of_file = f"from file sha256 {streamed.sha256}"
    batch: list[PatientBundle] = []
    with deferring(s) as writes:
        ids = RowIds(s)
        for done, bundle in enumerate(streamed.bundles(), start=1):
            batch.append(templates.resolved(ClinicFile((bundle,))).patients[0])
            if len(batch) == BATCH or done == total:
                plan = ImportPlan()
                plan.template_rows = templates.rows
                plan.row_ids = ids
                plan.parts = {parts.session_id: parts for each in batch for parts in each.parts}
                service.write_batch(s, batch, plan, clinicians, (None, of_file))
                if writes is None:
                    s.flush()
                else:
                    writes.end_batch()
                batch = []
                if check is not None:
                    check.raise_unless_accepting(streamed.sha256)
            if progress is not None:
                progress(done, total)
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
