"""The tables of a clinic's database, as typed SQLAlchemy models.

Every record has an integer key for joins and a UUID (the interchange id). Ranges are CHECK
constraints too (a bug or hand-written SQL cannot store what the domain refuses). A session's
parts are read by position, then id: a voided part and the one added in its place keep one
order on every read and backend, which the session's digest depends on."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesolog.domain import limits
from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Role,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.persistence.base import (
    Base,
    Voidable,
    byte_ordered,
    enum_column_type,
    version_column,
)
from mesolog.persistence.template_models import TemplateRow


def _uuid_column() -> Mapped[uuid.UUID]:
    return mapped_column(unique=True, default=uuid.uuid4)


class ClinicSettingsRow(Base):
    __tablename__ = "clinic_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("idle_lock_minutes BETWEEN 1 AND 60", name="idle_lock_minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    needle_gauge: Mapped[int] = mapped_column(default=limits.DEFAULT_NEEDLE_GAUGE)
    needle_length_mm: Mapped[float] = mapped_column(default=limits.DEFAULT_NEEDLE_LENGTH_MM)
    needle_depth_mm: Mapped[float] = mapped_column(default=limits.DEFAULT_NEEDLE_DEPTH_MM)
    pen_needle_count: Mapped[int] = mapped_column(default=limits.DEFAULT_PEN_NEEDLE_COUNT)
    pen_depth_mm: Mapped[float] = mapped_column(default=limits.DEFAULT_PEN_DEPTH_MM)
    pen_penetrations_per_second: Mapped[int] = mapped_column(
        default=limits.DEFAULT_PEN_PENETRATIONS_PER_SECOND
    )
    idle_lock_minutes: Mapped[int] = mapped_column(
        default=limits.DEFAULT_IDLE_LOCK_MINUTES,
        server_default=str(limits.DEFAULT_IDLE_LOCK_MINUTES),
    )
    backup_folder: Mapped[str] = mapped_column(default="", server_default="")
    record_number_pattern: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """An example of the clinic's record numbers (`MC-0001`); empty: like most of its numbers."""
    recall_letter: Mapped[str] = mapped_column(default="", server_default="")
    recall_letter_el: Mapped[str] = mapped_column(default="", server_default="")
    """The clinic's recall letter text; empty: mesolog's own (migration 0014)."""
    currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    """ISO 4217 code of the clinic's prices; empty: none named (migration 0017)."""
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ClinicLogoRow(Base):
    """The clinic's logo at the head of its summaries: one row, no image while there is none.

    In the database rather than beside it, so that it is in every backup, encrypted with
    the database, and seen by every workstation of a PostgreSQL clinic.
    """

    __tablename__ = "clinic_logo"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    image: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    media_type: Mapped[str] = mapped_column(String(20), default="")
    width_px: Mapped[int] = mapped_column(default=0)
    height_px: Mapped[int] = mapped_column(default=0)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[dt.datetime]


class ClinicianRow(Base):
    """A clinician named by sessions; with a username and password hash, also an account."""

    __tablename__ = "clinicians"
    __table_args__ = (CheckConstraint("failed_logins >= 0", name="failed_logins"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = mapped_column(enum_column_type(Role, "role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    created_at: Mapped[dt.datetime]
    username: Mapped[str | None] = mapped_column(String(60), unique=True, default=None)
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_failed_login_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    locked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    """Set when failed log-ins reach the limit; only an admin clears it."""
    last_login_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PatientRow(Voidable, Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    record_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    record_key: Mapped[str | None] = mapped_column(String(40), index=True)
    """The record number without case, separators and leading zeros (domain.record_numbers):
    two patients never share it, though numbers from before it existed may."""
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[dt.date]
    sex: Mapped[Sex | None] = mapped_column(enum_column_type(Sex, "sex"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    fitzpatrick_type: Mapped[Fitzpatrick | None] = mapped_column(
        enum_column_type(Fitzpatrick, "fitzpatrick_type")
    )
    allergies: Mapped[str] = mapped_column(default="")
    medications: Mapped[str] = mapped_column(default="")
    medical_history: Mapped[str] = mapped_column(default="")
    consent_signed_on: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")
    photo_consent_on: Mapped[dt.date | None] = mapped_column(default=None)
    preferred_language: Mapped[str | None] = mapped_column(String(2), default=None)
    sort_key: Mapped[str] = mapped_column(byte_ordered(210), index=True)
    last_session_on: Mapped[dt.date | None] = mapped_column(index=True)
    next_due_on: Mapped[dt.date | None] = mapped_column(index=True)
    """Kept by the services from the patient's courses and sessions, so that the patient
    list sorts and the due list filters without reading any session."""
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    search_terms: Mapped[list[PatientSearchTermRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PatientSearchTermRow(Base):
    """One folded word of a patient's names, record number or phone (see domain.text)."""

    __tablename__ = "patient_search_terms"
    __table_args__ = (Index("ix_patient_search_terms_term", "term"),)

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), primary_key=True
    )
    term: Mapped[str] = mapped_column(byte_ordered(100), primary_key=True)


class CourseRow(Voidable, Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("planned_sessions BETWEEN 1 AND 20", name="planned_sessions"),
        CheckConstraint("initial_interval_days BETWEEN 7 AND 60", name="initial_interval"),
        CheckConstraint("maintenance_interval_days BETWEEN 7 AND 180", name="maintenance_interval"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    indication: Mapped[Indication] = mapped_column(enum_column_type(Indication, "indication"))
    protocol: Mapped[str] = mapped_column(String(200), default="")
    planned_sessions: Mapped[int]
    initial_interval_days: Mapped[int]
    maintenance_interval_days: Mapped[int]
    started_on: Mapped[dt.date]
    status: Mapped[CourseStatus] = mapped_column(enum_column_type(CourseStatus, "course_status"))
    maintenance_from: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")
    template_id: Mapped[int | None] = mapped_column(ForeignKey("protocol_templates.id"), index=True)
    """The protocol template the course was planned from: its first session's lines, its
    estimate (migration 0013)."""
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    patient: Mapped[PatientRow] = relationship()
    template: Mapped[TemplateRow | None] = relationship()
    areas: Mapped[list[CourseAreaRow]] = relationship(
        order_by="CourseAreaRow.position", cascade="all, delete-orphan"
    )


class CourseAreaRow(Base):
    __tablename__ = "course_areas"

    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[Area] = mapped_column(enum_column_type(Area, "area"))


class SessionRow(Voidable, Base):
    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("nsaids_paused_days BETWEEN 0 AND 365", name="nsaids_paused_days"),
        CheckConstraint("improvement_score BETWEEN 0 AND 10", name="improvement_score"),
        CheckConstraint(
            "performed_at_utc_offset BETWEEN -1080 AND 1080", name="performed_at_utc_offset"
        ),
        CheckConstraint(
            "(status = 'signed') = (signed_at IS NOT NULL)", name="signed_when_signed_at"
        ),
        Index("ix_sessions_patient_id_performed_at", "patient_id", "performed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id"), index=True)
    clinician_id: Mapped[int] = mapped_column(ForeignKey("clinicians.id"), index=True)
    performed_at: Mapped[dt.datetime]
    performed_at_utc_offset: Mapped[int]
    """Minutes east of UTC where the session was recorded, so its local day and time stay as
    the clinician entered them, whatever the zone of the machine that reads them."""
    status: Mapped[SessionStatus] = mapped_column(enum_column_type(SessionStatus, "session_status"))
    signed_at: Mapped[dt.datetime | None]
    signed_by: Mapped[str | None] = mapped_column(String(100))
    nsaids_paused_days: Mapped[int | None]
    topical_anaesthetic: Mapped[str | None] = mapped_column(String(200))
    consent_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    improvement_score: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id"), index=True)
    """The session this one corrects; the original stays as it was signed."""
    amendment_reason: Mapped[str | None] = mapped_column(Text)
    given_despite: Mapped[str] = mapped_column(default="", server_default="")
    """The warnings the session went ahead despite, with the reasons given: a JSON list of
    {kind, warning, reason} (persistence.mapping), "" for none. A column rather than a
    table: read only with its session, locked by the session's own signed-row triggers."""
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    patient: Mapped[PatientRow] = relationship()
    course: Mapped[CourseRow | None] = relationship()
    clinician: Mapped[ClinicianRow] = relationship()
    amended: Mapped[SessionRow | None] = relationship(remote_side=[id])
    """The session this one corrects."""
    treatments: Mapped[list[TreatmentLineRow]] = relationship(
        order_by="TreatmentLineRow.position, TreatmentLineRow.id", back_populates="session"
    )
    reactions: Mapped[list[ReactionRow]] = relationship(
        order_by="ReactionRow.position, ReactionRow.id", back_populates="session"
    )


class TreatmentLineRow(Voidable, Base):
    """One area with one technique; the columns of the other technique stay NULL."""

    __tablename__ = "treatment_lines"
    __table_args__ = (
        CheckConstraint(
            "(technique = 'needle' AND needle_gauge BETWEEN 27 AND 34"
            " AND needle_length_mm BETWEEN 2 AND 13 AND depth_mm BETWEEN 1 AND 4"
            " AND depth_mm <= needle_length_mm"
            " AND pen_needle_count IS NULL AND pen_penetrations_per_second IS NULL)"
            " OR (technique = 'pen' AND pen_needle_count BETWEEN 1 AND 42"
            " AND depth_mm BETWEEN 0.25 AND 2.5"
            " AND pen_penetrations_per_second BETWEEN 1 AND 100"
            " AND needle_gauge IS NULL AND needle_length_mm IS NULL)",
            name="technique_settings",
        ),
        CheckConstraint("pen_passes BETWEEN 1 AND 20", name="pen_passes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    position: Mapped[int]
    area: Mapped[Area] = mapped_column(enum_column_type(Area, "area"))
    area_detail: Mapped[str] = mapped_column(String(200), default="")
    technique: Mapped[TechniqueKind] = mapped_column(enum_column_type(TechniqueKind, "technique"))
    depth_mm: Mapped[float]
    needle_gauge: Mapped[int | None]
    needle_length_mm: Mapped[float | None]
    needle_method: Mapped[NeedleMethod | None] = mapped_column(
        enum_column_type(NeedleMethod, "needle_method")
    )
    pen_needle_count: Mapped[int | None]
    pen_penetrations_per_second: Mapped[int | None]
    pen_passes: Mapped[int | None]
    chart: Mapped[str] = mapped_column(default="", server_default="")
    """The zones and injection points marked on a diagram (persistence.chart_column), ""
    for none; under the line's signed-session locks like its other columns."""

    session: Mapped[SessionRow] = relationship(back_populates="treatments")
    products: Mapped[list[ProductUseRow]] = relationship(
        order_by="ProductUseRow.position, ProductUseRow.id", back_populates="treatment_line"
    )


class ProductUseRow(Voidable, Base):
    __tablename__ = "product_uses"
    __table_args__ = (
        CheckConstraint("volume_ml > 0 AND volume_ml <= 50", name="volume_ml"),
        # covering a product's recall up to its lines: what a search reads of product_uses
        Index("ix_product_uses_product_key", "product_key", "treatment_line_id", "voided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    treatment_line_id: Mapped[int] = mapped_column(ForeignKey("treatment_lines.id"), index=True)
    position: Mapped[int]
    solution: Mapped[Solution] = mapped_column(enum_column_type(Solution, "solution"))
    product_name: Mapped[str] = mapped_column(String(200), default="")
    product_key: Mapped[str] = mapped_column(default="", server_default="")
    """The name as products are compared (domain.products.name_key), written with it; Text,
    as folding may lengthen a name (ß → ss)."""
    concentration: Mapped[str] = mapped_column(String(100), default="")
    volume_ml: Mapped[float]
    units: Mapped[float | None]
    lot_number: Mapped[str] = mapped_column(String(60), default="", index=True)
    lot_key: Mapped[str] = mapped_column(String(60), default="", server_default="", index=True)
    """The lot number as lots are compared (domain.products.lot_key), written with it."""
    expiry_date: Mapped[dt.date | None]

    treatment_line: Mapped[TreatmentLineRow] = relationship(back_populates="products")


class ReactionRow(Voidable, Base):
    __tablename__ = "reactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    position: Mapped[int]
    kind: Mapped[ReactionKind] = mapped_column(enum_column_type(ReactionKind, "reaction_kind"))
    severity: Mapped[Severity] = mapped_column(enum_column_type(Severity, "severity"))
    area: Mapped[Area | None] = mapped_column(enum_column_type(Area, "area"))
    onset: Mapped[Onset | None] = mapped_column(enum_column_type(Onset, "onset"))
    resolved_on: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(default="")

    session: Mapped[SessionRow] = relationship(back_populates="reactions")


class AuditEntryRow(Base):
    """Who did what to which record, and when (UTC). Never holds health data.

    Entries form a hash chain (see persistence.audit): each holds the hash of the one
    before and its own, over every column, so that an edit, deletion, insertion or
    reordering breaks the chain. The digests are of the record's content before and
    after the change, so that a record changed behind the application's back shows.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[str] = mapped_column(String(400), default="")
    patient_uuid: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    before_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    after_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The newest entry of the audit chain: appending locks this row, so that two
    workstations never chain onto the same entry, and a cut-off tail shows."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    last_entry_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))
