"""The rows an import adds, as the file has the records: versions, signers, voidings.

A session is written as the file holds it: signed by whom and when the file says, the
version it corrects linked (held already or written in this import), voided with the
file's who, when and why, and every voided line, product and reaction in its place. The
database refuses a new part of a signed session (persistence.guards), so a signed session
is added as a draft with its parts and signed once they are written, in the import's
transaction: no one ever sees it a draft.

Patients, courses and sessions (their lines, products and reactions) are dicts, given their
ids before they are inserted a batch at a time (persistence.record_inserts: by Core
`executemany`, or by an import's writing thread on SQLite, persistence.deferred_writes), and
digested as built (persistence.row_digests), byte for byte what `record_digest` gives their
ORM rows.
What the audit log says of each row (who imported it, from which file) is the
importer's (services.transfer_import), from the entries `write_records` returns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from mesolog.domain.enums import SessionStatus, TechniqueKind
from mesolog.domain.products import lot_key, name_key
from mesolog.domain.records import Course, NeedleTechnique, ProductUse, Reaction, Voiding
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.schedule import SessionMark, counted, patient_dates
from mesolog.interchange.clinic_file import PatientBundle, WrittenLine
from mesolog.persistence.audit_batches import PlannedEntry
from mesolog.persistence.base import Base
from mesolog.persistence.chart_column import chart_column
from mesolog.persistence.deferred_writes import deferred, drained, flush
from mesolog.persistence.mapping import given_despite_column
from mesolog.persistence.models import (
    ClinicianRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.record_inserts import (
    NewCourse,
    NewPatient,
    RowIds,
    insert_courses,
    insert_patients,
    insert_rows,
    new_course,
    new_patient,
    voided,
)
from mesolog.persistence.row_digests import Part, row_digest
from mesolog.persistence.session_rows import utc_offset_minutes
from mesolog.services.patient_dates import refresh_patient_dates
from mesolog.services.transfer_plan import ImportPlan
from mesolog.services.transfer_report import record_detail, session_detail

Clinicians = Callable[[str], ClinicianRow]
"""The clinician of a name, found or added."""


def write_records(
    s: Session,
    batch: Sequence[PatientBundle],
    plan: ImportPlan,
    clinician: Clinicians,
    *,
    now: dt.datetime,
    of_file: str,
) -> list[PlannedEntry]:
    """Inserts the batch's new patients, courses and sessions with Core, a few statements
    for each kind, and returns their audit entries in the file's order, each with the
    digest of the rows as inserted. A new patient's dates come from its file's records,
    all of them new."""
    flush(s)  # the templates the courses name have their ids
    written: list[tuple[str, uuid.UUID, uuid.UUID, str]] = []
    patients: list[NewPatient] = []
    courses: list[tuple[Course, NewCourse]] = []
    sessions: list[tuple[SessionRecord, ClinicianRow]] = []
    with s.no_autoflush:
        for bundle in batch:
            patient = bundle.patient
            if patient.id not in plan.patient_ids:
                patients.append(new_patient(patient, now=now, dates=_dates(bundle)))
                detail = record_detail(of_file, patient.voiding)
                written.append(("patient", patient.id, patient.id, detail))
            for course in bundle.courses:
                if course.id not in plan.course_ids:
                    template_id = course.plan.template_id
                    template = None if template_id is None else plan.template_rows[template_id].id
                    courses.append((course, new_course(course, template_id=template, now=now)))
                    detail = record_detail(of_file, course.voiding)
                    written.append(("course", course.id, course.patient_id, detail))
            for session in bundle.sessions:
                if session.id not in plan.session_ids:
                    sessions.append((session, clinician(session.entry.clinician.strip())))
                    detail = session_detail(of_file, session)
                    written.append(("session", session.id, session.patient_id, detail))
    ids = RowIds(s) if plan.row_ids is None else plan.row_ids
    insert_patients(s, patients, ids)
    plan.patient_ids.update((new.row["uuid"], new.row["id"]) for new in patients)
    for course, new in courses:
        new.row["patient_id"] = plan.patient_ids[course.patient_id]
    insert_courses(s, [new for _, new in courses], ids)
    plan.course_ids.update((new.row["uuid"], new.row["id"]) for _, new in courses)
    digests = {("patient", new.row["uuid"]): new.digest() for new in patients}
    digests |= {("course", new.row["uuid"]): new.digest() for _, new in courses}
    for key, digest in write_sessions(s, sessions, plan, ids, now=now).items():
        digests["session", key] = digest
    return [
        PlannedEntry(entity, key, patient_key, detail, digests[entity, key])
        for entity, key, patient_key, detail in written
    ]


def _dates(bundle: PatientBundle) -> tuple[dt.date | None, dt.date | None]:
    """The last session and next due date of a patient from the file's records of it."""
    courses = [course for course in bundle.courses if course.voiding is None]
    marks = [
        (x.entry.course_id, SessionMark(x.performed_on, x.entry.improvement_score))
        for x in counted(bundle.sessions)
    ]
    dates = patient_dates(courses, marks)
    return dates.last_session_on, dates.next_due


@dataclass(slots=True)
class _Written:
    """One session's rows as dicts, as inserted (ids added once known), for its digest."""

    record: SessionRecord
    row: dict[str, Any]
    lines: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    reactions: list[dict[str, Any]] = field(default_factory=list)

    def digest(self) -> str:
        lines = [
            Part(line, {"products": [Part(product) for product in products]})
            for line, products in self.lines
        ]
        reactions = [Part(reaction) for reaction in self.reactions]
        return row_digest("sessions", self.row, {"treatments": lines, "reactions": reactions})


def write_sessions(
    s: Session,
    sessions: Sequence[tuple[SessionRecord, ClinicianRow]],
    plan: ImportPlan,
    ids: RowIds,
    *,
    now: dt.datetime,
) -> dict[uuid.UUID, str]:
    """Inserts the sessions with Core, each as the file holds it, and returns their digests
    by id. The rows are built as dicts and dropped once written: only their ids stay, in
    `plan.session_ids`."""
    flush(s)  # the clinicians the sessions name have their ids
    written = [_session(record, clinician, plan, now=now) for record, clinician in sessions]
    _insert_sessions(s, written, plan, ids)
    for w in written:
        for part in (*(line for line, _ in w.lines), *w.reactions):
            part["session_id"] = w.row["id"]
    lines = [line for w in written for line in w.lines]
    insert_rows(s, TreatmentLineRow, [line for line, _ in lines], ids)
    for line, products in lines:
        for product in products:
            product["treatment_line_id"] = line["id"]
    uses = [product for _, products in lines for product in products]
    insert_rows(s, ProductUseRow, uses, ids)
    insert_rows(s, ReactionRow, [reaction for w in written for reaction in w.reactions], ids)
    _sign(s, written, now=now)
    return {w.record.id: w.digest() for w in written}


def _session(
    record: SessionRecord,
    clinician: ClinicianRow,
    plan: ImportPlan,
    *,
    now: dt.datetime,
) -> _Written:
    entry = record.entry
    course_id = entry.course_id
    row: dict[str, Any] = {
        "uuid": record.id,
        "patient_id": plan.patient_ids[record.patient_id],
        "course_id": None if course_id is None else plan.course_ids[course_id],
        "clinician_id": clinician.id,
        "performed_at": entry.performed_at,
        "performed_at_utc_offset": utc_offset_minutes(entry.performed_at),
        "status": SessionStatus.DRAFT,
        "signed_at": None,
        "signed_by": None,
        "nsaids_paused_days": entry.pre_treatment.nsaids_paused_days,
        "topical_anaesthetic": entry.pre_treatment.topical_anaesthetic,
        "consent_confirmed": entry.pre_treatment.consent_confirmed,
        "improvement_score": entry.improvement_score,
        "notes": entry.notes,
        "amends_id": None,
        "amendment_reason": record.amendment_reason if record.amends is not None else None,
        "given_despite": given_despite_column(entry.given_despite),
        "created_at": now,
        "updated_at": now,
    } | voided(record.voiding)
    written = _Written(record, row)
    parts = plan.parts.get(record.id)
    if parts is None:  # nothing voided: the entry holds every part
        lines = [WrittenLine(line, None, (None,) * len(line.products)) for line in entry.treatments]
        reactions: Sequence[tuple[Reaction, Voiding | None]] = [(r, None) for r in entry.reactions]
    else:
        lines, reactions = list(parts.treatments), parts.reactions
    for position, written_line in enumerate(lines):
        written.lines.append(_line(written_line, position))
    for position, (reaction, voiding) in enumerate(reactions):
        written.reactions.append(_reaction(reaction, voiding, position))
    return written


def _insert_sessions(
    s: Session, written: Sequence[_Written], plan: ImportPlan, ids: RowIds
) -> None:
    """In waves: a session that corrects one written in this batch goes after it, when the
    id it names is known."""
    pending = list(written)
    while pending:
        known = plan.session_ids
        ready = [w for w in pending if w.record.amends is None or w.record.amends in known]
        for w in ready or pending:  # none ready: the lookup names the missing session
            amends = w.record.amends
            w.row["amends_id"] = None if amends is None else known[amends]
        insert_rows(s, SessionRow, [w.row for w in ready], ids)
        known.update((w.record.id, w.row["id"]) for w in ready)
        pending = [w for w in pending if "id" not in w.row]


def _line(written: WrittenLine, position: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    line = written.line
    technique = line.technique
    row: dict[str, Any] = {
        "uuid": uuid.uuid4(),
        "position": position,
        "area": line.area,
        "area_detail": line.area_detail,
        "depth_mm": technique.depth_mm,
        "chart": chart_column(line.zones, line.points),
    } | voided(written.voiding)
    if isinstance(technique, NeedleTechnique):
        row |= {
            "technique": TechniqueKind.NEEDLE,
            "needle_gauge": technique.gauge,
            "needle_length_mm": technique.length_mm,
            "needle_method": technique.method,
            "pen_needle_count": None,
            "pen_penetrations_per_second": None,
            "pen_passes": None,
        }
    else:
        row |= {
            "technique": TechniqueKind.PEN,
            "needle_gauge": None,
            "needle_length_mm": None,
            "needle_method": None,
            "pen_needle_count": technique.needle_count,
            "pen_penetrations_per_second": technique.penetrations_per_second,
            "pen_passes": technique.passes,
        }
    products = [
        _product(product, voiding, index)
        for index, (product, voiding) in enumerate(
            zip(line.products, written.product_voidings, strict=True)
        )
    ]
    return row, products


def _product(product: ProductUse, voiding: Voiding | None, position: int) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4(),
        "position": position,
        "solution": product.solution,
        "product_name": product.product_name,
        "product_key": _product_key(product.product_name),
        "concentration": product.concentration,
        "volume_ml": product.volume_ml,
        "units": product.units,
        "lot_number": product.lot_number,
        "lot_key": lot_key(product.lot_number),
        "expiry_date": product.expiry_date,
    } | voided(voiding)


_product_key = lru_cache(maxsize=1024)(name_key)
"""A clinic uses a few products over and over: each name folded once (folding was two
thirds of the time a product use's row took)."""


def _reaction(reaction: Reaction, voiding: Voiding | None, position: int) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4(),
        "position": position,
        "kind": reaction.kind,
        "severity": reaction.severity,
        "area": reaction.area,
        "onset": reaction.onset,
        "resolved_on": reaction.resolved_on,
        "notes": reaction.notes,
    } | voided(voiding)


def _sign(s: Session, written: Sequence[_Written], *, now: dt.datetime) -> None:
    """Signs each session the file has signed, by whom and when it says (a signed one
    without its time, `now`), by one UPDATE once its parts are written; the dicts are
    told, for the digests."""
    signed = [w for w in written if w.record.status is SessionStatus.SIGNED]
    for w in signed:
        record = w.record
        w.row["status"] = SessionStatus.SIGNED
        w.row["signed_at"] = record.signed_at or now
        w.row["signed_by"] = record.signed_by or record.entry.clinician
    if not signed:
        return
    table = Base.metadata.tables[SessionRow.__tablename__]
    writes = deferred(s)
    if writes is not None:
        dialect = s.connection().dialect
        status, at = (
            column.type.dialect_impl(dialect).bind_processor(dialect) or _same
            for column in (table.c.status, table.c.signed_at)
        )
        rows = [(w.row["id"], at(w.row["signed_at"]), w.row["signed_by"]) for w in signed]
        if writes.with_rows(_SIGN_FROM_JSON, (status(SessionStatus.SIGNED),), rows):
            return
        drained(s)  # a value JSON cannot carry: signed as below, which binds it or says why
    signing = [
        {"row_id": w.row["id"], "at": w.row["signed_at"], "by": w.row["signed_by"]} for w in signed
    ]
    s.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(status=SessionStatus.SIGNED, signed_at=bindparam("at"), signed_by=bindparam("by")),
        signing,
    )


_SIGN_FROM_JSON = (
    "UPDATE sessions SET status = ?, signed_at = j.value->>1, signed_by = j.value->>2"
    " FROM json_each(?) AS j WHERE sessions.id = j.value->>0"
)
"""Signing a batch's sessions by one statement, sent to the import's writing thread: the
UPDATE SQLAlchemy would run a row at a time, each row's (id, signed_at, signed_by) from
a JSON array, the values as the columns' bind processors make them."""


def _same(value: object) -> object:
    return value


def refresh_dates(s: Session, plan: ImportPlan) -> None:
    """The dates of the patients held already whose courses or sessions the import added,
    from the database (a new patient's were written with it)."""
    new = {bundle.patient.id for bundle in plan.new_patients}
    grown = {c.patient_id for c in plan.new_courses} | {x.patient_id for x in plan.new_sessions}
    for patient_id in sorted(grown - new):
        refresh_patient_dates(s, plan.patient_rows[patient_id])
