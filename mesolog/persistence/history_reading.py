"""A patient's sessions read with Core: flat queries (the sessions, their lines, the lines'
product uses, the reactions), grouped in Python and mapped to the domain records that
`mapping.session_from_row` gives, without an ORM instance per row.

Opening a record of hundreds of sessions spent most of its time making ORM instances and
their UUIDs; here the patient's UUID and each course's are made once, not once a session.
Each query's rows are fetched at once (`.all()`): iterating a result asks psycopg for one
row at a time, a call each.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ScalarSelect, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session as OrmSession

from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    NeedleTechnique,
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
from mesolog.persistence.chart_column import chart_from_column
from mesolog.persistence.mapping import given_despite_from_column
from mesolog.persistence.models import (
    ClinicianRow,
    CourseRow,
    PatientRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)

_AnyRow = Row[*tuple[Any, ...]]
_SESSIONS = SessionRow.__table__
_AMENDED = SessionRow.__table__.alias("amended")
_LINES = TreatmentLineRow.__table__
_PRODUCTS = ProductUseRow.__table__
_REACTIONS = ReactionRow.__table__
_COURSES = CourseRow.__table__
_CLINICIANS = ClinicianRow.__table__
_PATIENTS = PatientRow.__table__
_SESSION_COLUMNS = [
    _SESSIONS.c[name]
    for name in (
        "id",
        "uuid",
        "course_id",
        "performed_at",
        "performed_at_utc_offset",
        "status",
        "signed_at",
        "signed_by",
        "nsaids_paused_days",
        "topical_anaesthetic",
        "consent_confirmed",
        "improvement_score",
        "notes",
        "given_despite",
        "amendment_reason",
        "voided_at",
        "voided_by",
        "void_reason",
        "version",
    )
]
"""What a domain session holds (not when the row was written, nor the rows' ids it names)."""


def sessions_of_patient(s: OrmSession, patient_id: int) -> tuple[Session, ...]:
    """Every session of the patient (by its row id), voided ones too, newest first, as
    `mapping.session_from_row` maps each: the lines, product uses and reactions not
    voided, in their order."""
    owner = PatientId(
        s.execute(select(_PATIENTS.c.uuid).where(_PATIENTS.c.id == patient_id)).scalar_one()
    )
    own = select(_SESSIONS.c.id).where(_SESSIONS.c.patient_id == patient_id).scalar_subquery()
    lines = _lines_by_session(s, own)
    reactions = _reactions_by_session(s, own)
    courses = _courses_of_sessions(s, patient_id)
    query = (
        select(
            *_SESSION_COLUMNS,
            _CLINICIANS.c.name.label("clinician_name"),
            _AMENDED.c.uuid.label("amended_uuid"),
        )
        .join(_CLINICIANS, _CLINICIANS.c.id == _SESSIONS.c.clinician_id)
        .outerjoin(_AMENDED, _AMENDED.c.id == _SESSIONS.c.amends_id)
        .where(_SESSIONS.c.patient_id == patient_id)
        .order_by(_SESSIONS.c.performed_at.desc(), _SESSIONS.c.id.desc())
    )
    return tuple(
        _session_of(
            row,
            owner,
            None if row.course_id is None else courses[row.course_id],
            lines.get(row.id, ()),
            reactions.get(row.id, ()),
        )
        for row in s.execute(query).all()
    )


def _courses_of_sessions(s: OrmSession, patient_id: int) -> dict[int, CourseId]:
    """The UUID of each course the patient's sessions belong to, by the course's row id.

    The course ids are gathered first: as a subquery, PostgreSQL hashed the patient's
    sessions and scanned every course against them (9.4 of a 300-session patient's 15 ms
    of SQL at 50,000 patients)."""
    of_patient = (_SESSIONS.c.patient_id == patient_id, _SESSIONS.c.course_id.is_not(None))
    named = s.scalars(select(_SESSIONS.c.course_id).where(*of_patient).distinct()).all()
    if not named:
        return {}
    query = select(_COURSES.c.id, _COURSES.c.uuid).where(_COURSES.c.id.in_(named))
    return {row.id: CourseId(row.uuid) for row in s.execute(query)}


def _lines_by_session(
    s: OrmSession, own: ScalarSelect[int]
) -> dict[int, tuple[TreatmentLine, ...]]:
    live_lines = (_LINES.c.session_id.in_(own), _LINES.c.voided_at.is_(None))
    products: defaultdict[int, list[ProductUse]] = defaultdict(list)
    product_query = (
        select(
            _PRODUCTS.c.treatment_line_id,
            _PRODUCTS.c.solution,
            _PRODUCTS.c.volume_ml,
            _PRODUCTS.c.product_name,
            _PRODUCTS.c.concentration,
            _PRODUCTS.c.lot_number,
            _PRODUCTS.c.expiry_date,
            _PRODUCTS.c.units,
        )
        .join(_LINES, _LINES.c.id == _PRODUCTS.c.treatment_line_id)
        .where(*live_lines, _PRODUCTS.c.voided_at.is_(None))
        .order_by(_PRODUCTS.c.treatment_line_id, _PRODUCTS.c.position, _PRODUCTS.c.id)
    )
    for row in s.execute(product_query).all():
        products[row.treatment_line_id].append(_product_of(row))
    found: defaultdict[int, list[TreatmentLine]] = defaultdict(list)
    line_query = (
        select(_LINES)
        .where(*live_lines)
        .order_by(_LINES.c.session_id, _LINES.c.position, _LINES.c.id)
    )
    for row in s.execute(line_query).all():
        found[row.session_id].append(_line_of(row, tuple(products.get(row.id, ()))))
    return {session: tuple(lines) for session, lines in found.items()}


def _reactions_by_session(s: OrmSession, own: ScalarSelect[int]) -> dict[int, tuple[Reaction, ...]]:
    query = (
        select(
            _REACTIONS.c.session_id,
            _REACTIONS.c.kind,
            _REACTIONS.c.severity,
            _REACTIONS.c.area,
            _REACTIONS.c.onset,
            _REACTIONS.c.resolved_on,
            _REACTIONS.c.notes,
        )
        .where(_REACTIONS.c.session_id.in_(own), _REACTIONS.c.voided_at.is_(None))
        .order_by(_REACTIONS.c.session_id, _REACTIONS.c.position, _REACTIONS.c.id)
    )
    found: defaultdict[int, list[Reaction]] = defaultdict(list)
    for row in s.execute(query).all():
        found[row.session_id].append(
            Reaction(
                kind=row.kind,
                severity=row.severity,
                area=row.area,
                onset=row.onset,
                resolved_on=row.resolved_on,
                notes=row.notes,
            )
        )
    return {session: tuple(reactions) for session, reactions in found.items()}


def _product_of(row: _AnyRow) -> ProductUse:
    return ProductUse(
        solution=row.solution,
        volume_ml=row.volume_ml,
        product_name=row.product_name,
        concentration=row.concentration,
        lot_number=row.lot_number,
        expiry_date=row.expiry_date,
        units=row.units,
    )


def _line_of(row: _AnyRow, products: tuple[ProductUse, ...]) -> TreatmentLine:
    zones, points = chart_from_column(row.chart, row.uuid)
    technique: Technique
    if row.pen_needle_count is not None and row.pen_penetrations_per_second is not None:
        technique = PenTechnique(
            depth_mm=row.depth_mm,
            penetrations_per_second=row.pen_penetrations_per_second,
            needle_count=row.pen_needle_count,
            passes=row.pen_passes,
        )
    else:
        technique = NeedleTechnique(
            depth_mm=row.depth_mm,
            gauge=row.needle_gauge,
            length_mm=row.needle_length_mm,
            method=row.needle_method,
        )
    return TreatmentLine(
        area=row.area,
        technique=technique,
        products=products,
        area_detail=row.area_detail,
        zones=zones,
        points=points,
    )


def _session_of(
    row: _AnyRow,
    owner: PatientId,
    course: CourseId | None,
    lines: tuple[TreatmentLine, ...],
    reactions: tuple[Reaction, ...],
) -> Session:
    performed_at: dt.datetime = row.performed_at
    entry = SessionInput(
        performed_at=performed_at.astimezone(
            dt.timezone(dt.timedelta(minutes=row.performed_at_utc_offset))
        ),
        clinician=row.clinician_name,
        treatments=lines,
        course_id=course,
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
    voiding = (
        None
        if row.voided_at is None
        else Voiding(row.voided_at, row.voided_by or "", row.void_reason or "")
    )
    return Session(
        id=SessionId(row.uuid),
        patient_id=owner,
        entry=entry,
        status=row.status,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        voiding=voiding,
        amends=None if row.amended_uuid is None else SessionId(row.amended_uuid),
        amendment_reason=row.amendment_reason,
        version=row.version,
    )
