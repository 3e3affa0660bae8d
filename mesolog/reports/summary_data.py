"""The plain data a treatment summary is printed from (built by the services, never here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.logo import ClinicLogo
from mesolog.domain.records import ClinicSettings, Course, Patient, Session
from mesolog.domain.schedule import CourseSchedule


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
    """A CLDR locale name (Babel): numbers and dates are written the way it writes them."""
    paper: PaperSize = PaperSize.A4
    drafts_left_out: int = 0
    """Unsigned sessions (in or outside courses) that the summary does not print."""
    one_course: bool = False
    """Only one of the patient's courses is printed."""
    chain_anchor: ChainAnchor | None = None
    """The audit chain's newest entry when the summary was made, printed so that the
    paper anchors the chain (domain.chain_anchor)."""

    @property
    def all_sessions(self) -> tuple[Session, ...]:
        """Every session in the summary, oldest first."""
        within = [s for c in self.courses for s in c.sessions]
        return tuple(
            sorted([*within, *self.sessions_outside_courses], key=lambda s: s.entry.performed_at)
        )
