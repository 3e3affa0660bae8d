"""`mesolog demo`: an invented clinic in an empty database, written like an import."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import new_course_id, new_patient_id, new_session_id
from mesolog.domain.records import Course, Patient, Session
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.services.context import ServiceContext
from mesolog.services.demo_data import DemoPatient, demo_clinic
from mesolog.services.transfer_import import ImportService, NotEmptyError

SIGNING_DELAY = dt.timedelta(minutes=40)


@dataclass(frozen=True, slots=True)
class DemoReport:
    patients: int
    courses: int
    sessions: int
    skipped: bool = False


def _bundle(demo: DemoPatient, now: dt.datetime) -> PatientBundle:
    patient = Patient(new_patient_id(), demo.patient, now)
    courses = tuple(
        Course(new_course_id(), patient.id, plan, status, maintenance_from)
        for plan, status, maintenance_from in demo.courses
    )
    sessions = []
    for (course_index, entry), signed in zip(demo.sessions, demo.signed, strict=True):
        course_id = None if course_index is None else courses[course_index].id
        sessions.append(
            Session(
                new_session_id(),
                patient.id,
                dataclasses.replace(entry, course_id=course_id),
                SessionStatus.SIGNED if signed else SessionStatus.DRAFT,
                signed_at=min(entry.performed_at + SIGNING_DELAY, now) if signed else None,
                signed_by=entry.clinician if signed else None,
            )
        )
    return PatientBundle(patient, courses, tuple(sessions))


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def fill(self, *, if_empty: bool = False) -> DemoReport:
        """Writes the demo clinic; refuses a database that holds patients already.

        With `if_empty`, a database with patients is left alone and the report says so.
        """
        now = self._ctx.now()
        clinic, patients = demo_clinic(today=self._ctx.today())
        bundles = tuple(_bundle(demo, now) for demo in patients)
        try:
            report = ImportService(self._ctx).import_records(
                ClinicFile(bundles, clinic, now), into_empty=True
            )
        except NotEmptyError as error:
            if if_empty:
                return DemoReport(0, 0, 0, skipped=True)
            raise KnownError(
                f"{error} The demo clinic goes only into an empty database."
            ) from error
        return DemoReport(report.patients_added, report.courses_added, report.sessions_added)
