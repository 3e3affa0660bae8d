"""The clinical record as frozen dataclasses.

A `...Input` is what a person or a file proposes (validated before anything is
written); the record classes are what the database holds, with identity and
bookkeeping. Free text is "" when empty, never None; optional choices are None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from mesolog.domain import limits
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.enums import (
    Area,
    CoursePhase,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.domain.ids import CourseId, PatientId, SessionId, TemplateId


@dataclass(frozen=True, slots=True)
class PatientInput:
    family_name: str
    given_name: str
    date_of_birth: dt.date
    record_number: str = ""
    sex: Sex | None = None
    phone: str = ""
    email: str = ""
    fitzpatrick_type: Fitzpatrick | None = None
    allergies: str = ""
    medications: str = ""
    medical_history: str = ""
    consent_signed_on: dt.date | None = None
    notes: str = ""
    photo_consent_on: dt.date | None = None
    """The day the patient agreed to clinical photos; None: photos are refused."""
    preferred_language: str | None = None
    """The language the patient reads their documents in (`el`, `en`: domain.languages);
    None: the language of the workstation that writes them."""

    def tidied(self) -> PatientInput:
        """As stored: names, record number, phone and e-mail without surrounding spaces."""
        return replace(
            self,
            family_name=self.family_name.strip(),
            given_name=self.given_name.strip(),
            record_number=self.record_number.strip(),
            phone=self.phone.strip(),
            email=self.email.strip(),
        )


@dataclass(frozen=True, slots=True)
class Voiding:
    """Who took a record out of use, when and why; the record itself stays."""

    voided_at: dt.datetime
    voided_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class Patient:
    id: PatientId
    details: PatientInput
    created_at: dt.datetime
    voiding: Voiding | None = None
    version: int = field(default=0, compare=False)
    """How many times the stored record was written (1 once added; 0: not stored). A change
    names the version it was based on (services.conflicts). Not compared: two records are
    equal when their content is."""

    @property
    def display_name(self) -> str:
        return f"{self.details.family_name}, {self.details.given_name}"


@dataclass(frozen=True, slots=True)
class CourseInput:
    indication: Indication
    planned_sessions: int
    started_on: dt.date
    areas: tuple[Area, ...] = ()
    protocol: str = ""
    initial_interval_days: int = limits.DEFAULT_INITIAL_INTERVAL_DAYS
    maintenance_interval_days: int = limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS
    notes: str = ""
    template_id: TemplateId | None = None
    """The protocol template the course was planned from, if any."""


@dataclass(frozen=True, slots=True)
class Course:
    id: CourseId
    patient_id: PatientId
    plan: CourseInput
    status: CourseStatus = CourseStatus.ACTIVE
    maintenance_from: dt.date | None = None
    """The day the clinician switched the course to maintenance by hand, if they did."""
    voiding: Voiding | None = None
    version: int = field(default=0, compare=False)
    """How many times the stored record was written (1 once added; 0: not stored). A change
    names the version it was based on (services.conflicts). Not compared: two records are
    equal when their content is."""

    @property
    def manual_phase(self) -> CoursePhase:
        return CoursePhase.INITIAL if self.maintenance_from is None else CoursePhase.MAINTENANCE


@dataclass(frozen=True, slots=True)
class NeedleTechnique:
    depth_mm: float
    gauge: int = limits.DEFAULT_NEEDLE_GAUGE
    length_mm: float = limits.DEFAULT_NEEDLE_LENGTH_MM
    method: NeedleMethod | None = None
    kind: TechniqueKind = field(default=TechniqueKind.NEEDLE, init=False)


@dataclass(frozen=True, slots=True)
class PenTechnique:
    depth_mm: float
    penetrations_per_second: int
    needle_count: int = limits.DEFAULT_PEN_NEEDLE_COUNT
    passes: int | None = None
    kind: TechniqueKind = field(default=TechniqueKind.PEN, init=False)


Technique = NeedleTechnique | PenTechnique


@dataclass(frozen=True, slots=True)
class ProductUse:
    solution: Solution
    volume_ml: float
    product_name: str = ""
    concentration: str = ""
    lot_number: str = ""
    expiry_date: dt.date | None = None
    units: float | None = None
    """For a product counted in units (an ampoule, a vial, U: its catalogue unit), how many
    were given; the volume injected is in `volume_ml` all the same."""


@dataclass(frozen=True, slots=True)
class TreatmentLine:
    area: Area
    technique: Technique
    products: tuple[ProductUse, ...] = ()
    area_detail: str = ""
    zones: tuple[ZoneRef, ...] = ()
    """The diagram zones the line covered (domain.charts), in the order marked."""
    points: tuple[ChartPoint, ...] = ()
    """Its injection points, numbered in this order."""


@dataclass(frozen=True, slots=True)
class Reaction:
    kind: ReactionKind
    severity: Severity
    area: Area | None = None
    onset: Onset | None = None
    resolved_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PreTreatment:
    nsaids_paused_days: int | None = None
    """Days since the patient last took aspirin or another NSAID; None when not asked."""
    topical_anaesthetic: str | None = None
    consent_confirmed: bool = False


@dataclass(frozen=True, slots=True)
class GivenDespite:
    """A warning the clinician saw and went on with: recorded with the session.

    `kind` is a `domain.warnings.WarningKind` value, `warning` the warning's words as
    shown, `reason` why the session went ahead (required at signing for the kinds in
    `domain.warnings.NEEDS_REASON`).
    """

    kind: str
    warning: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SessionInput:
    performed_at: dt.datetime
    clinician: str
    treatments: tuple[TreatmentLine, ...]
    course_id: CourseId | None = None
    pre_treatment: PreTreatment = PreTreatment()
    reactions: tuple[Reaction, ...] = ()
    improvement_score: int | None = None
    notes: str = ""
    given_despite: tuple[GivenDespite, ...] = ()

    def tidied(self) -> SessionInput:
        """As stored: the clinician's name without surrounding spaces."""
        return replace(self, clinician=self.clinician.strip())


@dataclass(frozen=True, slots=True)
class Session:
    id: SessionId
    patient_id: PatientId
    entry: SessionInput
    status: SessionStatus = SessionStatus.DRAFT
    signed_at: dt.datetime | None = None
    signed_by: str | None = None
    voiding: Voiding | None = None
    amends: SessionId | None = None
    """The signed session this one corrects (itself kept, readable, as it was signed)."""
    amendment_reason: str | None = None
    version: int = field(default=0, compare=False)
    """How many times the stored record was written (1 once added; 0: not stored). A change
    names the version it was based on (services.conflicts). Not compared: two records are
    equal when their content is."""

    @property
    def performed_on(self) -> dt.date:
        """The session's day where it was recorded (at its own UTC offset)."""
        return self.entry.performed_at.date()


@dataclass(frozen=True, slots=True)
class TechniqueDefaults:
    """What a new treatment line starts with, before the clinician changes anything."""

    needle_gauge: int = limits.DEFAULT_NEEDLE_GAUGE
    needle_length_mm: float = limits.DEFAULT_NEEDLE_LENGTH_MM
    needle_depth_mm: float = limits.DEFAULT_NEEDLE_DEPTH_MM
    pen_needle_count: int = limits.DEFAULT_PEN_NEEDLE_COUNT
    pen_depth_mm: float = limits.DEFAULT_PEN_DEPTH_MM
    pen_penetrations_per_second: int = limits.DEFAULT_PEN_PENETRATIONS_PER_SECOND

    def needle(self) -> NeedleTechnique:
        return NeedleTechnique(self.needle_depth_mm, self.needle_gauge, self.needle_length_mm)

    def pen(self) -> PenTechnique:
        return PenTechnique(
            self.pen_depth_mm, self.pen_penetrations_per_second, self.pen_needle_count
        )


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    techniques: TechniqueDefaults = TechniqueDefaults()
    idle_lock_minutes: int = limits.DEFAULT_IDLE_LOCK_MINUTES
    backup_folder: str = ""
    """Where automatic and manual backups go; empty: a 'backups' folder beside the database."""
    record_number_pattern: str = ""
    """An example of the numbers new patients get (`MC-0001`, see domain.record_numbers);
    empty: like most of the clinic's numbers."""
    recall_letter: str = ""
    """The clinic's text of a recall letter in English, with its placeholders
    (reports.recall_letter_text); empty: mesolog's own text."""
    currency: str = ""
    """The ISO 4217 code of the clinic's prices ("EUR"; domain.currency); empty: amounts
    name no currency."""
    recall_letter_el: str = ""
    """The clinic's text of a recall letter in Greek; empty: mesolog's own Greek text."""
    version: int = field(default=0, compare=False)
    """How many times the stored record was written (1 once added; 0: not stored). A change
    names the version it was based on (services.conflicts). Not compared: two records are
    equal when their content is."""
