"""The plain data a treatment summary is printed from (built by the services, never here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from mesolog.diagrams.shapes import DiagramDrawing
from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.diagram_ids import Diagram
from mesolog.domain.logo import ClinicLogo
from mesolog.domain.photos import PhotoMoment, PhotoView
from mesolog.domain.records import ClinicSettings, Course, Patient, Session
from mesolog.domain.schedule import CourseSchedule
from mesolog.domain.templates import CourseEstimate


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class SummaryKind(StrEnum):
    PATIENT = "patient"
    """The copy handed to the patient: what was done, in plain words, and the aftercare
    advice; no internal notes, no medical history, no drafts."""
    CLINICAL = "clinical"
    """Everything on record, for a colleague."""


@dataclass(frozen=True, slots=True)
class CourseSummary:
    course: Course
    schedule: CourseSchedule
    """From the signed sessions printed (a printed draft does not count), so that the facts
    agree with the table."""
    sessions: tuple[Session, ...]
    """Oldest first; never voided; drafts only when the summary includes them."""
    number: int = 1
    """The course's place among the patient's courses (oldest is 1), also when only this
    course is printed."""
    drafts_left_out: int = 0
    """Unsigned sessions of the course that the summary does not print."""
    estimate: CourseEstimate | None = None
    """What the course is expected to cost (a course planned from a template), printed on
    the patient copy; None: not asked for."""


@dataclass(frozen=True, slots=True)
class PrintedPhoto:
    """A photo as the summary prints it: its image already cut to print resolution."""

    view: PhotoView
    moment: PhotoMoment
    label: str
    """What a free view shows, or a note on another view."""
    taken_on: dt.date
    """When the camera took it, else the day of its session, else the day it was added."""
    image: bytes
    """A JPEG with no more pixels than PHOTO_WIDTH × PHOTO_HEIGHT (photo_page) need at
    the print resolution."""
    course_number: int | None = None
    session_number: int | None = None
    """Its session's place among the printed sessions of its course (None: no session,
    or one outside courses)."""


@dataclass(frozen=True, slots=True)
class PhotoPair:
    """Two photos of one view side by side (earlier first), or one alone."""

    first: PrintedPhoto
    second: PrintedPhoto | None = None


@dataclass(frozen=True, slots=True)
class SummaryData:
    clinic: ClinicSettings
    patient: Patient
    courses: tuple[CourseSummary, ...]
    """Oldest course first."""
    sessions_outside_courses: tuple[Session, ...]
    include_drafts: bool
    """Drafts are in `sessions` (and must be marked as drafts) only when this is true."""
    generated_at: dt.datetime
    generated_by: str
    """The name of the person who made it (an account's full name, never its login); "" if
    nobody is known."""
    kind: SummaryKind = SummaryKind.CLINICAL
    logo: ClinicLogo | None = None
    locale: str = "en_GB"
    """A CLDR locale name (Babel): numbers and dates are written the way it writes them (a
    Greek summary in Greek's when this names another language: reports.formatting)."""
    language: str = "en"
    """The language the summary is written in: `en` or `el` (mesolog.language)."""
    paper: PaperSize = PaperSize.A4
    drafts_left_out: int = 0
    """Unsigned sessions (in or outside courses) that the summary does not print."""
    one_course: bool = False
    """Only one of the patient's courses is printed."""
    chain_anchor: ChainAnchor | None = None
    """The audit chain's newest entry when the summary was made, printed so that the
    paper anchors the chain (domain.chain_anchor)."""
    diagrams: Mapping[Diagram, DiagramDrawing] = field(default_factory=lambda: MappingProxyType({}))
    """The drawing of each diagram the printed sessions' charts use (mesolog.diagrams);
    it must hold every one of them."""
    photo_pairs: tuple[PhotoPair, ...] = ()
    """The photo page, in its order; none: no photo page. Only for a patient with photo
    consent (services.summary_photos decides)."""

    @property
    def photo_count(self) -> int:
        return sum(1 + (pair.second is not None) for pair in self.photo_pairs)

    @property
    def all_sessions(self) -> tuple[Session, ...]:
        """Every session in the summary, oldest first."""
        within = [s for c in self.courses for s in c.sessions]
        return tuple(
            sorted([*within, *self.sessions_outside_courses], key=lambda s: s.entry.performed_at)
        )
