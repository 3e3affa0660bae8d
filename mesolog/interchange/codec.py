"""Converting between a mesolog-export-v1 document (plain JSON values) and the domain records.

`decode` trusts its input: call it only on a document for which
`schema_violations` and `file_rule_violations` found nothing. `encode` trusts
the records (call the domain validators first) and writes a document the
schema accepts, with keys in the schema's order, so that the same records
always give the same JSON text.

What the format does not carry:

- a patient's `created_at`: decoded as the file's `exported_at`, or the
  current time (UTC) when the file has none;
- a session's `signed_by`: decoded as the session's clinician when signed;
  `signed_at` is read only for a signed session;
- a course's `maintenance_from`: not written, decoded as None;
- voiding: `encode` refuses voided records (leave them out first).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from mesolog.domain import enums, limits
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    Technique,
    TreatmentLine,
)

FORMAT = "mesolog"
VERSION = 1

DEFAULT_INITIAL = limits.DEFAULT_INITIAL_INTERVAL_DAYS
DEFAULT_MAINTENANCE = limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS

_T = TypeVar("_T")
Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class PatientBundle:
    """One patient with the courses and sessions that belong to them."""

    patient: Patient
    courses: tuple[Course, ...]
    sessions: tuple[Session, ...]


@dataclass(frozen=True, slots=True)
class ClinicFile:
    """The whole content of one interchange file."""

    patients: tuple[PatientBundle, ...]
    clinic: ClinicSettings | None = None
    exported_at: dt.datetime | None = None


def decode(document: Mapping[str, Any]) -> ClinicFile:
    """The records of a valid document; absent fields take the schema's defaults."""
    exported_at = _optional(document, "exported_at", _date_time)
    created_at = exported_at or dt.datetime.now(dt.UTC)
    return ClinicFile(
        patients=tuple(_decode_bundle(data, created_at) for data in document["patients"]),
        clinic=_optional(document, "clinic", _decode_clinic),
        exported_at=exported_at,
    )


def _optional(data: Mapping[str, Any], key: str, convert: Callable[[Any], _T]) -> _T | None:
    value = data.get(key)
    return None if value is None else convert(value)


def _text(data: Mapping[str, Any], key: str) -> str:
    return str(data.get(key, ""))


def _int(data: Mapping[str, Any], key: str, default: int) -> int:
    return int(data.get(key, default))


def _date_time(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    if parsed.utcoffset() is None:
        raise ValueError(f"date-time without UTC offset: {value[:40]!r}")
    return parsed


def _course_id(value: str) -> CourseId:
    return CourseId(uuid.UUID(value))


def _decode_clinic(data: Mapping[str, Any]) -> ClinicSettings:
    return ClinicSettings(
        name=str(data["name"]),
        address=_text(data, "address"),
        phone=_text(data, "phone"),
        email=_text(data, "email"),
    )


def _decode_bundle(data: Mapping[str, Any], created_at: dt.datetime) -> PatientBundle:
    patient_id = PatientId(uuid.UUID(data["id"]))
    details = PatientInput(
        family_name=str(data["family_name"]),
        given_name=str(data["given_name"]),
        date_of_birth=dt.date.fromisoformat(data["date_of_birth"]),
        record_number=_text(data, "record_number"),
        sex=_optional(data, "sex", enums.Sex),
        phone=_text(data, "phone"),
        email=_text(data, "email"),
        fitzpatrick_type=_optional(data, "fitzpatrick_type", enums.Fitzpatrick),
        allergies=_text(data, "allergies"),
        medications=_text(data, "medications"),
        medical_history=_text(data, "medical_history"),
        consent_signed_on=_optional(data, "consent_signed_on", dt.date.fromisoformat),
        notes=_text(data, "notes"),
    )
    return PatientBundle(
        patient=Patient(id=patient_id, details=details, created_at=created_at),
        courses=tuple(_decode_course(c, patient_id) for c in data.get("courses", ())),
        sessions=tuple(_decode_session(s, patient_id) for s in data.get("sessions", ())),
    )


def _decode_course(data: Mapping[str, Any], patient_id: PatientId) -> Course:
    plan = CourseInput(
        indication=enums.Indication(data["indication"]),
        planned_sessions=int(data["planned_sessions"]),
        started_on=dt.date.fromisoformat(data["started_on"]),
        areas=tuple(enums.Area(area) for area in data.get("areas", ())),
        protocol=_text(data, "protocol"),
        initial_interval_days=_int(data, "initial_interval_days", DEFAULT_INITIAL),
        maintenance_interval_days=_int(data, "maintenance_interval_days", DEFAULT_MAINTENANCE),
        notes=_text(data, "notes"),
    )
    return Course(
        id=_course_id(data["id"]),
        patient_id=patient_id,
        plan=plan,
        status=enums.CourseStatus(data.get("status", enums.CourseStatus.ACTIVE)),
    )


def _decode_session(data: Mapping[str, Any], patient_id: PatientId) -> Session:
    pre = data.get("pre_treatment", {})
    entry = SessionInput(
        performed_at=_date_time(data["performed_at"]),
        clinician=str(data["clinician"]),
        treatments=tuple(_decode_treatment(t) for t in data["treatments"]),
        course_id=_optional(data, "course_id", _course_id),
        pre_treatment=PreTreatment(
            nsaids_paused_days=_optional(pre, "nsaids_paused_days", int),
            topical_anaesthetic=_optional(pre, "topical_anaesthetic", str),
            consent_confirmed=bool(pre.get("consent_confirmed", False)),
        ),
        reactions=tuple(_decode_reaction(r) for r in data.get("reactions", ())),
        improvement_score=_optional(data, "improvement_score", int),
        notes=_text(data, "notes"),
    )
    status = enums.SessionStatus(data.get("status", enums.SessionStatus.DRAFT))
    signed = status is enums.SessionStatus.SIGNED
    return Session(
        id=SessionId(uuid.UUID(data["id"])),
        patient_id=patient_id,
        entry=entry,
        status=status,
        signed_at=_optional(data, "signed_at", _date_time) if signed else None,
        signed_by=entry.clinician if signed else None,
    )


def _decode_treatment(data: Mapping[str, Any]) -> TreatmentLine:
    return TreatmentLine(
        area=enums.Area(data["area"]),
        technique=_decode_technique(data["technique"]),
        products=tuple(_decode_product(p) for p in data["products"]),
        area_detail=_text(data, "area_detail"),
    )


def _decode_technique(data: Mapping[str, Any]) -> Technique:
    if data["kind"] == enums.TechniqueKind.PEN:
        return PenTechnique(
            depth_mm=float(data["depth_mm"]),
            penetrations_per_second=int(data["penetrations_per_second"]),
            needle_count=_int(data, "needle_count", limits.DEFAULT_PEN_NEEDLE_COUNT),
            passes=_optional(data, "passes", int),
        )
    return NeedleTechnique(
        depth_mm=float(data["depth_mm"]),
        gauge=_int(data, "gauge", limits.DEFAULT_NEEDLE_GAUGE),
        length_mm=float(data.get("length_mm", limits.DEFAULT_NEEDLE_LENGTH_MM)),
        method=_optional(data, "method", enums.NeedleMethod),
    )


def _decode_product(data: Mapping[str, Any]) -> ProductUse:
    return ProductUse(
        solution=enums.Solution(data["solution"]),
        volume_ml=float(data["volume_ml"]),
        product_name=_text(data, "product_name"),
        concentration=_text(data, "concentration"),
        lot_number=_text(data, "lot_number"),
        expiry_date=_optional(data, "expiry_date", dt.date.fromisoformat),
    )


def _decode_reaction(data: Mapping[str, Any]) -> Reaction:
    return Reaction(
        kind=enums.ReactionKind(data["kind"]),
        severity=enums.Severity(data["severity"]),
        area=_optional(data, "area", enums.Area),
        onset=_optional(data, "onset", enums.Onset),
        resolved_on=_optional(data, "resolved_on", dt.date.fromisoformat),
        notes=_text(data, "notes"),
    )


def encode(clinic_file: ClinicFile) -> Json:
    """The document of `clinic_file`: deterministic, keys in the schema's order.

    Optional fields that are None or "" are left out, except a session's
    `course_id` (written as null) and a signed session's `signed_at`; lists are
    always written, even empty. Without `exported_at` the current time (UTC,
    whole seconds) is written, the one case where the output is not determined
    by the input. A clinic whose name is blank is left out (the format requires
    a name). Raises ValueError for a voided record, a record filed under
    another patient, or a date-time without UTC offset: records that the
    format cannot carry.
    """
    exported_at = clinic_file.exported_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    document: Json = {"format": FORMAT, "version": VERSION, "exported_at": _stamp(exported_at)}
    clinic = clinic_file.clinic
    if clinic is not None and clinic.name.strip():
        document["clinic"] = _fields(
            name=clinic.name, address=clinic.address, phone=clinic.phone, email=clinic.email
        )
    document["patients"] = [_encode_bundle(bundle) for bundle in clinic_file.patients]
    return document


def _fields(**values: object) -> Json:
    """The given fields in order, without those that are None or ""."""
    return {key: value for key, value in values.items() if value is not None and value != ""}


def _stamp(value: dt.datetime) -> str:
    if value.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {value}")
    return value.isoformat()


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _number(value: float) -> float | int:
    """A whole float as an int (4, not 4.0), so equal records give equal text."""
    return int(value) if float(value).is_integer() else float(value)


def _choice(value: str | None) -> str | None:
    """An enum member as its plain string value."""
    return None if value is None else str(value)


def _encode_bundle(bundle: PatientBundle) -> Json:
    patient = bundle.patient
    records: list[tuple[Patient | Course | Session, PatientId]] = [(patient, patient.id)]
    records += [(course, course.patient_id) for course in bundle.courses]
    records += [(session, session.patient_id) for session in bundle.sessions]
    for record, owner in records:
        name = f"{type(record).__name__.lower()} {record.id}"
        if record.voiding is not None:
            raise ValueError(f"{name} is voided; the format cannot carry voided records")
        if owner != patient.id:
            raise ValueError(f"{name} belongs to patient {owner}, not to {patient.id}")
    p = patient.details
    data = _fields(
        id=str(patient.id),
        record_number=p.record_number,
        family_name=p.family_name,
        given_name=p.given_name,
        date_of_birth=p.date_of_birth.isoformat(),
        sex=_choice(p.sex),
        phone=p.phone,
        email=p.email,
        fitzpatrick_type=_choice(p.fitzpatrick_type),
        allergies=p.allergies,
        medications=p.medications,
        medical_history=p.medical_history,
        consent_signed_on=_day(p.consent_signed_on),
        notes=p.notes,
    )
    data["courses"] = [_encode_course(course) for course in bundle.courses]
    data["sessions"] = [_encode_session(session) for session in bundle.sessions]
    return data


def _encode_course(course: Course) -> Json:
    plan = course.plan
    return _fields(
        id=str(course.id),
        indication=str(plan.indication),
        areas=[str(area) for area in plan.areas],
        protocol=plan.protocol,
        planned_sessions=plan.planned_sessions,
        initial_interval_days=plan.initial_interval_days,
        maintenance_interval_days=plan.maintenance_interval_days,
        started_on=plan.started_on.isoformat(),
        status=str(course.status),
        notes=plan.notes,
    )


def _encode_session(session: Session) -> Json:
    entry = session.entry
    data: Json = {
        "id": str(session.id),
        "course_id": None if entry.course_id is None else str(entry.course_id),
        "performed_at": _stamp(entry.performed_at),
        "clinician": entry.clinician,
        "status": str(session.status),
    }
    if session.status is enums.SessionStatus.SIGNED:
        data["signed_at"] = None if session.signed_at is None else _stamp(session.signed_at)
    pre = entry.pre_treatment
    pre_data = _fields(nsaids_paused_days=pre.nsaids_paused_days)
    if pre.topical_anaesthetic is not None:  # "" differs from None (not asked) here
        pre_data["topical_anaesthetic"] = pre.topical_anaesthetic
    pre_data["consent_confirmed"] = pre.consent_confirmed
    data["pre_treatment"] = pre_data
    data["treatments"] = [_encode_treatment(line) for line in entry.treatments]
    data["reactions"] = [_encode_reaction(reaction) for reaction in entry.reactions]
    data.update(_fields(improvement_score=entry.improvement_score, notes=entry.notes))
    return data


def _encode_treatment(line: TreatmentLine) -> Json:
    return _fields(
        area=str(line.area),
        area_detail=line.area_detail,
        technique=_encode_technique(line.technique),
        products=[_encode_product(product) for product in line.products],
    )


def _encode_technique(technique: Technique) -> Json:
    if isinstance(technique, PenTechnique):
        return _fields(
            kind=str(enums.TechniqueKind.PEN),
            needle_count=technique.needle_count,
            depth_mm=_number(technique.depth_mm),
            penetrations_per_second=technique.penetrations_per_second,
            passes=technique.passes,
        )
    return _fields(
        kind=str(enums.TechniqueKind.NEEDLE),
        gauge=technique.gauge,
        length_mm=_number(technique.length_mm),
        depth_mm=_number(technique.depth_mm),
        method=_choice(technique.method),
    )


def _encode_product(product: ProductUse) -> Json:
    return _fields(
        solution=str(product.solution),
        product_name=product.product_name,
        concentration=product.concentration,
        volume_ml=_number(product.volume_ml),
        lot_number=product.lot_number,
        expiry_date=_day(product.expiry_date),
    )


def _encode_reaction(reaction: Reaction) -> Json:
    return _fields(
        kind=str(reaction.kind),
        severity=str(reaction.severity),
        area=_choice(reaction.area),
        onset=_choice(reaction.onset),
        resolved_on=_day(reaction.resolved_on),
        notes=reaction.notes,
    )
