"""The records of one interchange file, as the codec reads and writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mesolog.domain.records import ClinicSettings, Course, Patient, Session


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
