"""Encoding the domain records as a mesolog-export-v2 document (plain JSON values).

`encode` trusts the records (call the domain validators first) and writes a
document the schema accepts, with keys in the schema's order, so that the same
records always give the same JSON text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mesolog.domain import enums
from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.given_despite_notes import notes_with_given_despite
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Course, Patient, ProductUse, Reaction, Session, Voiding
from mesolog.interchange.catalogue_json import encode_catalogue
from mesolog.interchange.chart_json import encode_points, encode_zones
from mesolog.interchange.clinic_file import ClinicFile, PatientBundle, SessionParts, WrittenLine
from mesolog.interchange.photo_json import encode_photo
from mesolog.interchange.technique_json import encode_technique, number
from mesolog.interchange.template_json import encode_templates

FORMAT = "mesolog"
VERSION = 2

Json = dict[str, Any]


def encode(clinic_file: ClinicFile) -> Json:
    """The document of `clinic_file`: deterministic, keys in the schema's order.

    Optional fields that are None or "" are left out, except a session's
    `course_id` and a photo's `session_id` (written as null) and a signed session's
    `signed_at` and `signed_by`. Lists are always written, even empty, but for a line's
    `zones` and `points` and a patient's `photos`, written only when they hold any (a
    document without charts or photos is the one written before they existed), and the
    catalogue and the templates, written when the file has them (an export of the whole
    clinic; one patient's has the templates its courses name). Without
    `exported_at` the current time (UTC, whole seconds) is written, the one case where
    the output is not determined by the input. A clinic whose name is blank is left out
    (the format requires a name). Raises ValueError for a file without its chain
    anchor, a record filed under another patient, or a date-time without UTC
    offset: what the format cannot carry.
    """
    if clinic_file.chain_anchor is None:
        raise ValueError("a version 2 file carries the chain anchor of its database")
    exported_at = clinic_file.exported_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    document: Json = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _stamp(exported_at),
        "chain_anchor": _anchor(clinic_file.chain_anchor),
    }
    if clinic_file.photos_left_out:
        document["photos_left_out"] = clinic_file.photos_left_out
    clinic = clinic_file.clinic
    if clinic is not None and clinic.name.strip():
        document["clinic"] = _fields(
            name=clinic.name, address=clinic.address, phone=clinic.phone, email=clinic.email
        )
    if clinic_file.catalogue is not None:
        document["catalogue"] = encode_catalogue(clinic_file.catalogue)
    if clinic_file.templates is not None:
        document["templates"] = encode_templates(clinic_file.templates)
    document["patients"] = [_encode_bundle(bundle) for bundle in clinic_file.patients]
    return document


def _fields(**values: object) -> Json:
    """The given fields in order, without those that are None or ""."""
    return {key: value for key, value in values.items() if value is not None and value != ""}


def _anchor(anchor: ChainAnchor) -> Json:
    if anchor.at.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {anchor.at}")
    return anchor.as_json()


def _voided(voiding: Voiding | None) -> Json | None:
    if voiding is None:
        return None
    return {"at": _stamp(voiding.voided_at), "by": voiding.voided_by, "reason": voiding.reason}


def _stamp(value: dt.datetime) -> str:
    if value.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {value}")
    return value.isoformat()


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _choice(value: str | None) -> str | None:
    """An enum member as its plain string value."""
    return None if value is None else str(value)


def _encode_bundle(bundle: PatientBundle) -> Json:
    patient = bundle.patient
    records: list[tuple[Patient | Course | Session, PatientId]] = [(patient, patient.id)]
    records += [(course, course.patient_id) for course in bundle.courses]
    records += [(session, session.patient_id) for session in bundle.sessions]
    for record, owner in records:
        if owner != patient.id:
            name = f"{type(record).__name__.lower()} {record.id}"
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
        photo_consent_on=_day(p.photo_consent_on),
        preferred_language=p.preferred_language,
        notes=p.notes,
        voided=_voided(patient.voiding),
    )
    data["courses"] = [_encode_course(course) for course in bundle.courses]
    parts = {written.session_id: written for written in bundle.parts}
    data["sessions"] = [_encode_session(x, parts.get(x.id)) for x in bundle.sessions]
    for photo in bundle.photos:
        if photo.patient_id != patient.id:
            raise ValueError(f"photo {photo.id} belongs to patient {photo.patient_id}")
    if bundle.photos:
        data["photos"] = [encode_photo(x, _voided(x.voiding)) for x in bundle.photos]
    return data


def _encode_course(course: Course) -> Json:
    plan = course.plan
    return _fields(
        id=str(course.id),
        indication=str(plan.indication),
        areas=[str(area) for area in plan.areas],
        protocol=plan.protocol,
        template_id=None if plan.template_id is None else str(plan.template_id),
        planned_sessions=plan.planned_sessions,
        initial_interval_days=plan.initial_interval_days,
        maintenance_interval_days=plan.maintenance_interval_days,
        started_on=plan.started_on.isoformat(),
        status=str(course.status),
        maintenance_from=_day(course.maintenance_from),
        notes=plan.notes,
        voided=_voided(course.voiding),
    )


def _encode_session(session: Session, parts: SessionParts | None) -> Json:
    """The session with every part, voided ones marked, when it has `parts`."""
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
        data["signed_by"] = session.signed_by or entry.clinician
    if session.amends is not None:
        data["amends"] = str(session.amends)
        data["amendment_reason"] = session.amendment_reason or ""
    pre = entry.pre_treatment
    pre_data = _fields(nsaids_paused_days=pre.nsaids_paused_days)
    if pre.topical_anaesthetic is not None:  # "" differs from None (not asked) here
        pre_data["topical_anaesthetic"] = pre.topical_anaesthetic
    pre_data["consent_confirmed"] = pre.consent_confirmed
    data["pre_treatment"] = pre_data
    if parts is None:
        data["treatments"] = [_encode_treatment(WrittenLine.of(line)) for line in entry.treatments]
        data["reactions"] = [_encode_reaction(reaction, None) for reaction in entry.reactions]
    else:
        data["treatments"] = [_encode_treatment(written) for written in parts.treatments]
        data["reactions"] = [_encode_reaction(*written) for written in parts.reactions]
    notes = notes_with_given_despite(entry.notes, entry.given_despite)
    data.update(
        _fields(
            improvement_score=entry.improvement_score,
            notes=notes,
            voided=_voided(session.voiding),
        )
    )
    return data


def _encode_treatment(written: WrittenLine) -> Json:
    line = written.line
    return _fields(
        area=str(line.area),
        area_detail=line.area_detail,
        technique=encode_technique(line.technique),
        products=[
            _encode_product(product, voiding)
            for product, voiding in zip(line.products, written.product_voidings, strict=True)
        ],
        zones=encode_zones(line.zones) or None,
        points=encode_points(line.points) or None,
        voided=_voided(written.voiding),
    )


def _encode_product(product: ProductUse, voiding: Voiding | None) -> Json:
    return _fields(
        solution=str(product.solution),
        product_name=product.product_name,
        concentration=product.concentration,
        volume_ml=number(product.volume_ml),
        units=None if product.units is None else number(product.units),
        lot_number=product.lot_number,
        expiry_date=_day(product.expiry_date),
        voided=_voided(voiding),
    )


def _encode_reaction(reaction: Reaction, voiding: Voiding | None) -> Json:
    return _fields(
        kind=str(reaction.kind),
        severity=str(reaction.severity),
        area=_choice(reaction.area),
        onset=_choice(reaction.onset),
        resolved_on=_day(reaction.resolved_on),
        notes=reaction.notes,
        voided=_voided(voiding),
    )
