"""Decoding a mesolog-export document (version 1 or 2, plain JSON values) into the records.

`decode` trusts its input: call it only on a document for which
`schema_violations` and `file_rule_violations` found nothing (the codec's
module says what the format does not carry, and how it is decoded).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from mesolog.domain import enums, limits
from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.given_despite_notes import split_given_despite
from mesolog.domain.ids import CourseId, PatientId, SessionId, TemplateId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
    Voiding,
)
from mesolog.interchange.catalogue_json import decode_catalogue
from mesolog.interchange.chart_json import decode_points, decode_zones
from mesolog.interchange.clinic_file import ClinicFile, PatientBundle, SessionParts, WrittenLine
from mesolog.interchange.members import Members
from mesolog.interchange.photo_json import decode_photo
from mesolog.interchange.technique_json import decode_technique
from mesolog.interchange.template_json import decode_templates

DEFAULT_INITIAL = limits.DEFAULT_INITIAL_INTERVAL_DAYS
DEFAULT_MAINTENANCE = limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS

_T = TypeVar("_T")


def decode(document: Mapping[str, Any]) -> ClinicFile:
    """The records of a valid document; absent fields take the schema's defaults."""
    clinic_file = decode_head(document)
    created_at = patients_created_at(clinic_file)
    patients = tuple(_decode_bundle(data, created_at) for data in document["patients"])
    return replace(clinic_file, patients=patients)


def patients_created_at(head: ClinicFile) -> dt.datetime:
    """When the file's patients count as created: when it was exported, else now."""
    return head.exported_at or dt.datetime.now(dt.UTC)


def decode_patient(data: Mapping[str, Any], created_at: dt.datetime) -> PatientBundle:
    """One patient of a valid document, with their courses, sessions and photos."""
    return _decode_bundle(data, created_at)


def decode_head(document: Mapping[str, Any]) -> ClinicFile:
    """The records of a valid document but its patients."""
    exported_at = _optional(document, "exported_at", _date_time)
    anchor = document.get("chain_anchor")
    return ClinicFile(
        patients=(),
        clinic=_optional(document, "clinic", _decode_clinic),
        exported_at=exported_at,
        chain_anchor=None if anchor is None else _decode_anchor(anchor),
        version=int(document["version"]),
        photos_left_out=int(document.get("photos_left_out", 0)),
        catalogue=_optional(document, "catalogue", decode_catalogue),
        templates=_optional(document, "templates", decode_templates),
    )


def _decode_anchor(data: Mapping[str, Any]) -> ChainAnchor:
    return ChainAnchor(int(data["entry"]), str(data["hash"]), _date_time(data["at"]))


def _voiding(data: Mapping[str, Any]) -> Voiding | None:
    voided = data.get("voided")
    if voided is None:
        return None
    return Voiding(_date_time(voided["at"]), str(voided["by"]), str(voided["reason"]))


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
        photo_consent_on=_optional(data, "photo_consent_on", dt.date.fromisoformat),
        preferred_language=_optional(data, "preferred_language", str),
    )
    sessions = [_decode_session(s, patient_id) for s in data.get("sessions", ())]
    return PatientBundle(
        patient=Patient(patient_id, details, created_at, _voiding(data)),
        courses=tuple(_decode_course(c, patient_id) for c in data.get("courses", ())),
        sessions=tuple(session for session, _ in sessions),
        parts=tuple(parts for _, parts in sessions if parts is not None),
        photos=tuple(decode_photo(x, patient_id, _voiding(x)) for x in data.get("photos", ())),
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
        template_id=_optional(data, "template_id", lambda value: TemplateId(uuid.UUID(value))),
    )
    return Course(
        id=_course_id(data["id"]),
        patient_id=patient_id,
        plan=plan,
        status=enums.CourseStatus(data.get("status", enums.CourseStatus.ACTIVE)),
        maintenance_from=_optional(data, "maintenance_from", dt.date.fromisoformat),
        voiding=_voiding(data),
    )


def _decode_session(
    data: Mapping[str, Any], patient_id: PatientId
) -> tuple[Session, SessionParts | None]:
    """The session (its parts that are not voided) and, when some are, all its parts."""
    session_id = SessionId(uuid.UUID(data["id"]))
    pre = data.get("pre_treatment", {})
    notes, given_despite = split_given_despite(_text(data, "notes"))
    written = [_decode_written_line(t) for t in data["treatments"]]
    reactions = tuple((_decode_reaction(r), _voiding(r)) for r in data.get("reactions", ()))
    parts = None
    voided = any(w.voiding is not None or any(w.product_voidings) for w in written)
    if voided or any(voiding is not None for _, voiding in reactions):
        parts = SessionParts(session_id, tuple(written), reactions)
        treatments, live_reactions = parts.live()
    else:  # nearly every session: its lines as decoded, not copied by `live`
        treatments = tuple([w.line for w in written])
        live_reactions = tuple([reaction for reaction, _ in reactions])
    course_id, score = data.get("course_id"), data.get("improvement_score")
    nsaids, anaesthetic = pre.get("nsaids_paused_days"), pre.get("topical_anaesthetic")
    entry = SessionInput(
        performed_at=_date_time(data["performed_at"]),
        clinician=str(data["clinician"]),
        treatments=treatments,
        course_id=None if course_id is None else CourseId(uuid.UUID(course_id)),
        pre_treatment=PreTreatment(
            nsaids_paused_days=None if nsaids is None else int(nsaids),
            topical_anaesthetic=None if anaesthetic is None else str(anaesthetic),
            consent_confirmed=bool(pre.get("consent_confirmed", False)),
        ),
        reactions=live_reactions,
        improvement_score=None if score is None else int(score),
        notes=notes,
        given_despite=given_despite,
    )
    status = _SESSION_STATUSES[data.get("status", enums.SessionStatus.DRAFT)]
    signed = status is enums.SessionStatus.SIGNED
    amends = data.get("amends")
    session = Session(
        id=session_id,
        patient_id=patient_id,
        entry=entry,
        status=status,
        signed_at=_optional(data, "signed_at", _date_time) if signed else None,
        signed_by=(data.get("signed_by") or entry.clinician) if signed else None,
        voiding=_voiding(data),
        amends=None if amends is None else SessionId(uuid.UUID(amends)),
        amendment_reason=data.get("amendment_reason") if amends is not None else None,
    )
    return session, parts


def _decode_written_line(data: Mapping[str, Any]) -> WrittenLine:
    products = data["products"]
    zones = data.get("zones")
    points = data.get("points")
    line = TreatmentLine(
        area=_AREAS[data["area"]],
        technique=decode_technique(data["technique"]),
        products=tuple([_decode_product(p) for p in products]),
        area_detail=str(data.get("area_detail", "")),
        zones=decode_zones(zones) if zones else (),
        points=decode_points(points) if points else (),
    )
    return WrittenLine(line, _voiding(data), tuple([_voiding(p) for p in products]))


def _decode_product(data: Mapping[str, Any]) -> ProductUse:
    expiry_date = data.get("expiry_date")
    units = data.get("units")
    return ProductUse(
        solution=_SOLUTIONS[data["solution"]],
        volume_ml=float(data["volume_ml"]),
        product_name=str(data.get("product_name", "")),
        concentration=str(data.get("concentration", "")),
        lot_number=str(data.get("lot_number", "")),
        expiry_date=None if expiry_date is None else dt.date.fromisoformat(expiry_date),
        units=None if units is None else float(units),
    )


def _decode_reaction(data: Mapping[str, Any]) -> Reaction:
    return Reaction(
        kind=_REACTION_KINDS[data["kind"]],
        severity=_SEVERITIES[data["severity"]],
        area=_optional(data, "area", _AREAS.__getitem__),
        onset=_optional(data, "onset", _ONSETS.__getitem__),
        resolved_on=_optional(data, "resolved_on", dt.date.fromisoformat),
        notes=_text(data, "notes"),
    )


_AREAS = Members(enums.Area)
_SOLUTIONS = Members(enums.Solution)
_REACTION_KINDS = Members(enums.ReactionKind)
_SEVERITIES = Members(enums.Severity)
_ONSETS = Members(enums.Onset)
_SESSION_STATUSES = Members(enums.SessionStatus)
