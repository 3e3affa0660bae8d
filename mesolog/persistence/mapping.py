"""Rows to domain records and back. Services hand out the records, never the rows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from mesolog.domain.ids import CourseId, PatientId, SessionId, TemplateId
from mesolog.domain.record_numbers import record_key, record_number_terms
from mesolog.domain.records import (
    Course,
    CourseInput,
    GivenDespite,
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
    Voiding,
)
from mesolog.domain.text import patient_search_terms, sort_key
from mesolog.persistence.base import Voidable
from mesolog.persistence.chart_column import chart_from_column
from mesolog.persistence.models import (
    CourseAreaRow,
    CourseRow,
    PatientRow,
    PatientSearchTermRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.template_models import TemplateRow


def voiding_of(row: Voidable) -> Voiding | None:
    if row.voided_at is None:
        return None
    return Voiding(row.voided_at, row.voided_by or "", row.void_reason or "")


def void_row(row: Voidable, *, at: dt.datetime, by: str, reason: str) -> None:
    row.voided_at = at
    row.voided_by = by
    row.void_reason = reason


def patient_from_row(row: PatientRow) -> Patient:
    details = PatientInput(
        family_name=row.family_name,
        given_name=row.given_name,
        date_of_birth=row.date_of_birth,
        record_number=row.record_number or "",
        sex=row.sex,
        phone=row.phone,
        email=row.email,
        fitzpatrick_type=row.fitzpatrick_type,
        allergies=row.allergies,
        medications=row.medications,
        medical_history=row.medical_history,
        consent_signed_on=row.consent_signed_on,
        notes=row.notes,
        photo_consent_on=row.photo_consent_on,
        preferred_language=row.preferred_language,
    )
    return Patient(PatientId(row.uuid), details, row.created_at, voiding_of(row), row.version)


def fill_patient_row(row: PatientRow, given: PatientInput) -> None:
    details = given.tidied()
    row.family_name = details.family_name
    row.given_name = details.given_name
    row.date_of_birth = details.date_of_birth
    row.record_number = details.record_number or None
    row.record_key = record_key(details.record_number) or None
    row.sex = details.sex
    row.phone = details.phone
    row.email = details.email
    row.fitzpatrick_type = details.fitzpatrick_type
    row.allergies = details.allergies
    row.medications = details.medications
    row.medical_history = details.medical_history
    row.consent_signed_on = details.consent_signed_on
    row.photo_consent_on = details.photo_consent_on
    row.preferred_language = details.preferred_language
    row.notes = details.notes
    row.sort_key = sort_key(details.family_name, details.given_name)
    terms = search_terms(
        details.family_name, details.given_name, details.record_number, details.phone
    )
    kept = [term for term in row.search_terms if term.term in terms]
    present = {term.term for term in kept}
    row.search_terms = kept + [PatientSearchTermRow(term=t) for t in sorted(terms - present)]


def search_terms(family_name: str, given_name: str, record_number: str, phone: str) -> set[str]:
    """The terms a patient is found by: names, phone, and the record number however it is
    typed (without separators or leading zeros too)."""
    return patient_search_terms(family_name, given_name, record_number, phone) | {
        term[:100] for term in record_number_terms(record_number)
    }


def course_from_row(row: CourseRow) -> Course:
    plan = CourseInput(
        indication=row.indication,
        planned_sessions=row.planned_sessions,
        started_on=row.started_on,
        areas=tuple(area.area for area in row.areas),
        protocol=row.protocol,
        initial_interval_days=row.initial_interval_days,
        maintenance_interval_days=row.maintenance_interval_days,
        notes=row.notes,
        template_id=None if row.template is None else TemplateId(row.template.uuid),
    )
    return Course(
        id=CourseId(row.uuid),
        patient_id=PatientId(row.patient.uuid),
        plan=plan,
        status=row.status,
        maintenance_from=row.maintenance_from,
        voiding=voiding_of(row),
        version=row.version,
    )


def fill_course_row(row: CourseRow, plan: CourseInput, template: TemplateRow | None) -> None:
    """`plan` into `row`; `template`: the row of the plan's template (services look it up)."""
    row.template = template
    row.indication = plan.indication
    row.planned_sessions = plan.planned_sessions
    row.started_on = plan.started_on
    row.protocol = plan.protocol
    row.initial_interval_days = plan.initial_interval_days
    row.maintenance_interval_days = plan.maintenance_interval_days
    row.notes = plan.notes
    row.areas = [CourseAreaRow(position=i, area=area) for i, area in enumerate(plan.areas)]


def technique_of(row: TreatmentLineRow) -> Technique:
    if row.pen_needle_count is not None and row.pen_penetrations_per_second is not None:
        return PenTechnique(
            depth_mm=row.depth_mm,
            penetrations_per_second=row.pen_penetrations_per_second,
            needle_count=row.pen_needle_count,
            passes=row.pen_passes,
        )
    assert row.needle_gauge is not None and row.needle_length_mm is not None
    return NeedleTechnique(
        depth_mm=row.depth_mm,
        gauge=row.needle_gauge,
        length_mm=row.needle_length_mm,
        method=row.needle_method,
    )


def product_of(row: ProductUseRow) -> ProductUse:
    return ProductUse(
        solution=row.solution,
        volume_ml=row.volume_ml,
        product_name=row.product_name,
        concentration=row.concentration,
        lot_number=row.lot_number,
        expiry_date=row.expiry_date,
        units=row.units,
    )


def line_of(row: TreatmentLineRow) -> TreatmentLine:
    zones, points = chart_from_column(row.chart, row.uuid)
    return TreatmentLine(
        area=row.area,
        technique=technique_of(row),
        products=tuple(product_of(p) for p in row.products if p.voided_at is None),
        area_detail=row.area_detail,
        zones=zones,
        points=points,
    )


def reaction_of(row: ReactionRow) -> Reaction:
    return Reaction(
        kind=row.kind,
        severity=row.severity,
        area=row.area,
        onset=row.onset,
        resolved_on=row.resolved_on,
        notes=row.notes,
    )


def session_from_row(row: SessionRow) -> Session:
    """The session as recorded, its time in the UTC offset it was recorded with."""
    treatments = tuple(line_of(line) for line in row.treatments if line.voided_at is None)
    reactions = tuple(reaction_of(r) for r in row.reactions if r.voided_at is None)
    entry = SessionInput(
        performed_at=row.performed_at.astimezone(
            dt.timezone(dt.timedelta(minutes=row.performed_at_utc_offset))
        ),
        clinician=row.clinician.name,
        treatments=treatments,
        course_id=CourseId(row.course.uuid) if row.course is not None else None,
        pre_treatment=PreTreatment(
            nsaids_paused_days=row.nsaids_paused_days,
            topical_anaesthetic=row.topical_anaesthetic,
            consent_confirmed=row.consent_confirmed,
        ),
        reactions=reactions,
        improvement_score=row.improvement_score,
        notes=row.notes,
        given_despite=given_despite_from_column(row.given_despite),
    )
    return Session(
        id=SessionId(row.uuid),
        patient_id=PatientId(row.patient.uuid),
        entry=entry,
        status=row.status,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        voiding=voiding_of(row),
        amends=SessionId(row.amended.uuid) if row.amended is not None else None,
        amendment_reason=row.amendment_reason,
        version=row.version,
    )


def given_despite_column(given: tuple[GivenDespite, ...]) -> str:
    """The column's text: a JSON list of {kind, warning, reason} in order, "" for none."""
    if not given:
        return ""
    items = [{"kind": g.kind, "warning": g.warning, "reason": g.reason} for g in given]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def given_despite_from_column(text: str) -> tuple[GivenDespite, ...]:
    if not text:
        return ()
    return tuple(
        GivenDespite(kind=item["kind"], warning=item["warning"], reason=item["reason"])
        for item in json.loads(text)
    )


def session_as_exported(row: SessionRow) -> Session:
    """The session as the interchange format carries it: no link to a voided course."""
    session = session_from_row(row)
    if row.course is None or row.course.voided_at is None:
        return session
    return replace(session, entry=replace(session.entry, course_id=None))
