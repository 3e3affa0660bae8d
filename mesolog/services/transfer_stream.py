"""Checking a plain interchange document as a stream, before any database is opened: the
same checks as services.transfer_reading, a patient at a time, with the same messages.

The small members are checked first (schema, file rules, records), then each patient as it
is read: the schema (jsonschema-rs; jsonschema words a refusal), the file's rules with what
they need of the patients before (services' interchange.file_rules.FileRules), the decode
and the domain's rules. As the whole-file check does, the file's rules count only when the
schema found nothing anywhere, and the records' only when the rules found nothing: once a
stage finds a problem, the later ones are no longer run. Every problem is reported together.

What is kept is what the import needs afterwards, never a record: the ids, to ask the
database whether it holds any; the record numbers and the courses' templates, whose rules
need the database; the counts, for the progress and the audit log. A version 1 document is
read whole (services.transfer_reading), as is one the stream cannot read as json.loads does
(services.transfer_stream_json.NotStreamable).
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import TemplateId
from mesolog.interchange.clinic_file import ClinicFile, PatientBundle
from mesolog.interchange.decoding import decode_head, decode_patient, patients_created_at
from mesolog.interchange.file_rules import FileRules
from mesolog.interchange.schema import head_violations, patient_violations, version_of
from mesolog.services.transfer_progress import (
    IMPORT_CANCELLED,
    CancelCheck,
    ProgressReport,
    stop_if_cancelled,
)
from mesolog.services.transfer_reading import head_record_violations, patient_record_violations
from mesolog.services.transfer_stream_json import (
    NotStreamable,
    Opener,
    PatientItems,
    read_head,
)


class IdList:
    """Ids in the file's order, kept as their 16 bytes: a UUID object takes ~100 (60 MB for
    the ids of a 500,000-session file)."""

    def __init__(self) -> None:
        self._data = bytearray()

    def append(self, value: uuid.UUID) -> None:
        self._data += value.bytes

    def __len__(self) -> int:
        return len(self._data) // 16

    def chunks(self, size: int) -> Iterator[list[uuid.UUID]]:
        """The ids, `size` at a time."""
        data = memoryview(self._data)
        for start in range(0, len(data), 16 * size):
            part = data[start : start + 16 * size]
            yield [uuid.UUID(bytes=bytes(part[at : at + 16])) for at in range(0, len(part), 16)]


@dataclass(slots=True)
class FileIds:
    """The ids of the file's records, in the file's order."""

    patients: IdList = field(default_factory=IdList)
    courses: IdList = field(default_factory=IdList)
    sessions: IdList = field(default_factory=IdList)


@dataclass(slots=True)
class StreamedFile:
    """A document checked as a stream: its small members decoded, its patients read again
    (`bundles`) when they are written."""

    head: ClinicFile
    """The file's records but its patients."""
    opener: Opener
    items: PatientItems
    sha256: str
    ids: FileIds
    record_numbers: list[tuple[int, str]]
    """(patient's index, record number without surrounding spaces), for those not blank."""
    templates_named: list[tuple[str, TemplateId]]
    """(path, template id) of each course that names a template."""

    @property
    def patients(self) -> int:
        return len(self.ids.patients)

    def bundles(self) -> Iterator[PatientBundle]:
        """The file's patients, decoded one at a time from the bytes that were checked
        (NotStreamable when the file changed since)."""
        created_at = patients_created_at(self.head)
        for item in self.items.again():
            yield decode_patient(item, created_at)


class _Stages:
    """The problems found so far, stage by stage: the first stage with any is reported."""

    def __init__(self) -> None:
        self.schema: list[Violation] = []
        self.after_patients: list[Violation] = []
        self.rules: list[Violation] = []
        self.records: list[Violation] = []

    def found(self) -> list[Violation]:
        if self.schema or self.after_patients:
            return self.schema + self.after_patients
        return self.rules or self.records


@contextmanager
def collecting_less() -> Iterator[None]:
    """Python's cycle collector run less often while a file is read or written: that makes
    millions of short-lived objects and few cycles, and at the default threshold the
    collector took ~15 % of an import's CPU time scanning the objects alive."""
    before = gc.get_threshold()
    gc.set_threshold(_ALLOCATIONS, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


_ALLOCATIONS = 50_000
"""Allocations between two collections of the youngest objects (Python's default: 700)."""


def read_streamed(
    opener: Opener,
    *,
    now: dt.datetime,
    progress: ProgressReport | None = None,
    cancelled: CancelCheck | None = None,
) -> StreamedFile:
    """The document `opener` opens, checked a patient at a time: a ValidationError with
    every problem, as services.transfer_reading.read_clinic_file words them; NotStreamable
    when it must be read whole (a version 1 document, or one the stream reads otherwise).
    `progress` hears (patients read, 0) after each patient, when `cancelled` is asked."""
    with collecting_less():
        return _read_streamed(opener, now=now, watch=(progress, cancelled))


def _read_streamed(
    opener: Opener, *, now: dt.datetime, watch: tuple[ProgressReport | None, CancelCheck | None]
) -> StreamedFile:
    progress, cancelled = watch
    document = read_head(opener)
    version = version_of(document)
    if version != 2:
        raise NotStreamable
    stages = _Stages()
    stages.schema, stages.after_patients = head_violations(document)
    rules = FileRules()
    head: ClinicFile | None = None
    if not stages.schema and not stages.after_patients:
        stages.rules = rules.head(document)
        if not stages.rules:
            head = decode_head(document)
            stages.records = head_record_violations(head, now=now)
    created_at = dt.datetime.now(dt.UTC) if head is None else patients_created_at(head)
    items = PatientItems(opener, document)
    kept = StreamedFile(head or ClinicFile(()), opener, items, "", FileIds(), [], [])
    for index, item in enumerate(items):
        if progress is not None:
            progress(index, 0)
        stop_if_cancelled(cancelled, IMPORT_CANCELLED)
        stages.schema += patient_violations(item, index, version)
        if stages.schema or stages.after_patients:
            continue
        stages.rules += rules.patient(index, item)
        if stages.rules:
            continue
        bundle = decode_patient(item, created_at)
        stages.records += patient_record_violations(bundle, index, now=now, with_images=False)
        _keep(kept, bundle, index)
    raise_found = stages.found()
    if raise_found:
        raise ValidationError(raise_found)
    kept.sha256 = items.sha256
    return kept


class Unscanned(Exception):  # noqa: N818 - a way to read, not a failure
    """The document has something its check must word: `scan_streamed` leaves it to that."""


def scan_streamed(
    opener: Opener,
    *,
    now: dt.datetime,
    progress: ProgressReport | None = None,
    cancelled: CancelCheck | None = None,
) -> StreamedFile:
    """What `read_streamed` keeps of a document whose patients another check judges (the
    same check in a second process: services.transfer_check_process): its head checked and
    decoded, its patients' ids, record numbers and courses' templates read as they come,
    each patient unchecked. Unscanned when the head breaks a rule or a patient's ids cannot
    be read; NotStreamable as `read_streamed`. `progress` hears (patients read, 0)."""
    with collecting_less():
        document = read_head(opener)
        if version_of(document) != 2:
            raise NotStreamable
        schema, after_patients = head_violations(document)
        if schema or after_patients or FileRules().head(document):
            raise Unscanned
        head = decode_head(document)
        if head_record_violations(head, now=now):
            raise Unscanned
        items = PatientItems(opener, document, checking=False)
        kept = StreamedFile(head, opener, items, "", FileIds(), [], [])
        for index, item in enumerate(items):
            if progress is not None:
                progress(index, 0)
            stop_if_cancelled(cancelled, IMPORT_CANCELLED)
            try:
                _keep_read(kept, item, index)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise Unscanned from error
        kept.sha256 = items.sha256
        return kept


def _keep_read(kept: StreamedFile, item: Any, index: int) -> None:
    """`_keep` of a patient as the file holds it, read as decoding reads it."""
    kept.ids.patients.append(uuid.UUID(item["id"]))
    number = str(item.get("record_number", "")).strip()
    if number:
        kept.record_numbers.append((index, number))
    for j, course in enumerate(item.get("courses", ())):
        kept.ids.courses.append(uuid.UUID(course["id"]))
        template_id = course.get("template_id")
        if template_id is not None:
            path = f"patients[{index}].courses[{j}].template_id"
            kept.templates_named.append((path, TemplateId(uuid.UUID(template_id))))
    for session in item.get("sessions", ()):
        kept.ids.sessions.append(uuid.UUID(session["id"]))


def _keep(kept: StreamedFile, bundle: PatientBundle, index: int) -> None:
    kept.ids.patients.append(bundle.patient.id)
    number = bundle.patient.details.record_number.strip()
    if number:
        kept.record_numbers.append((index, number))
    for j, course in enumerate(bundle.courses):
        kept.ids.courses.append(course.id)
        if course.plan.template_id is not None:
            path = f"patients[{index}].courses[{j}].template_id"
            kept.templates_named.append((path, course.plan.template_id))
    for session in bundle.sessions:
        kept.ids.sessions.append(session.id)
