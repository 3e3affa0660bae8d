"""What the importer's properties check of an outcome: what a database holds (its photos
too), that an accepted file breaks no rule (read apart from the importer), and that an
import kept what the database held and added exactly the file's records."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from jsonschema import Draft202012Validator, FormatChecker

from mesolog.domain.ids import CourseId, PatientId, PhotoId, SessionId
from mesolog.domain.photos import LABEL_MAX, PhotoView
from mesolog.domain.records import Course, Patient, Session
from mesolog.interchange.bundle import looks_like_bundle
from mesolog.interchange.codec import ClinicFile, FiledPhoto, decode
from mesolog.interchange.schema import load_schema
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportReport
from tests.conftest import ATHENS
from tests.properties.documents import Json, walk
from tests.properties.support import (
    bad_name,
    course_faults,
    patient_faults,
    session_faults,
    too_long,
)
from tests.services.transfer_support import unbundle

K = TypeVar("K")
V = TypeVar("V")
NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
TODAY = NOW.astimezone().date()
"""The importer's today: the clock's day on this workstation (Europe/Athens in the tests)."""
STANDARD = Draft202012Validator(load_schema(), format_checker=FormatChecker())
"""The schema as jsonschema itself reads it (the importer adds rules of its own)."""


@dataclass(frozen=True, slots=True)
class Held:
    """What a database holds, by id, as its export says (its photos as clinic.photos)."""

    patients: dict[PatientId, Patient]
    courses: dict[CourseId, Course]
    sessions: dict[SessionId, Session]
    clinic_name: str
    photos: dict[PhotoId, FiledPhoto]

    @classmethod
    def of(cls, clinic: Clinic) -> Held:
        exported = decode(clinic.exports.export_document())
        bundles = exported.patients
        photos = [
            FiledPhoto.of(photo)
            for b in bundles
            for photo in clinic.photos.of_patient(b.patient.id, voided=True)
        ]
        return cls(
            {b.patient.id: b.patient for b in bundles},
            {c.id: c for b in bundles for c in b.courses},
            {x.id: x for b in bundles for x in b.sessions},
            clinic.settings.clinic().name,
            {photo.id: photo for photo in photos},
        )


def meaning(data: bytes) -> tuple[Json, ClinicFile]:
    """What an accepted file (a document, or a bundle's) holds and means, read apart from
    the importer."""
    if looks_like_bundle(data):
        document, _ = unbundle(data)
    else:
        document = json.loads(data.decode("utf-8-sig"))
    return document, decode(document)


def assert_acceptable(document: Json, file: ClinicFile, held: Held) -> None:
    """An accepted file breaks no rule, checked apart from the importer: the schema by
    jsonschema itself, date-times with their offset, the file's own rules, every record's
    rules by the oracles (charts and photos included), and no record number that another
    patient has."""
    assert list(STANDARD.iter_errors(document)) == []
    for at, node in walk(document):
        if at and at[-1] in ("exported_at", "performed_at", "signed_at") and node is not None:
            moment = dt.datetime.fromisoformat(node)
            assert moment.utcoffset() is not None and 1900 <= moment.year <= 2999
    bundles = file.patients
    ids: list[uuid.UUID] = [b.patient.id for b in bundles]
    ids += [c.id for b in bundles for c in b.courses] + [x.id for b in bundles for x in b.sessions]
    ids += [photo.id for photo in file.photos]
    assert len(ids) == len(set(ids))
    numbers = [b.patient.details.record_number.strip() for b in bundles]
    numbers = [number for number in numbers if number]
    assert len(numbers) == len(set(numbers))
    held_numbers = {p.details.record_number for p in held.patients.values()} - {""}
    for bundle in bundles:
        details, patient_id = bundle.patient.details, bundle.patient.id
        assert patient_faults(details, TODAY) == []
        if patient_id not in held.patients:
            assert details.record_number.strip() not in held_numbers
        own = {course.id: course for course in bundle.courses}
        for course in bundle.courses:
            assert course_faults(course.plan, details.date_of_birth) == []
        for session in bundle.sessions:
            entry = session.entry
            assert entry.course_id is None or entry.course_id in own
            named = own.get(entry.course_id) if entry.course_id is not None else None
            if named is not None and named.voiding is not None:  # voided after the session
                entry, named = replace(entry, course_id=None), None
            faults = session_faults(
                entry, patient_id=patient_id, patient=details, course=named, now=NOW
            )
            assert faults == []
            if session.signed_at is not None:
                assert entry.performed_at <= session.signed_at <= NOW
        _assert_photos_acceptable(bundle.photos, bundle.patient, {x.id for x in bundle.sessions})


def _assert_photos_acceptable(
    photos: tuple[FiledPhoto, ...], patient: Patient, sessions: set[SessionId]
) -> None:
    """Photos need consent; a free view a label; one live photo an image; the patient's
    sessions; who added them a name, when not in the future."""
    assert not photos or patient.details.photo_consent_on is not None
    live = [photo.sha256 for photo in photos if photo.voiding is None]
    assert len(live) == len(set(live))
    for photo in photos:
        label = photo.details.label
        assert not too_long(label, LABEL_MAX)
        assert photo.details.view is not PhotoView.FREE or label.strip()
        assert photo.details.session_id is None or photo.details.session_id in sessions
        assert not bad_name(photo.added_by) and photo.added_at <= NOW


def assert_merged(
    clinic: Clinic, held: Held, file: ClinicFile, report: ImportReport, data: bytes
) -> None:
    """The database holds what it held, unchanged, and every record of the file as it is;
    every photo's image is the bundle's, byte for byte."""
    after = Held.of(clinic)
    patients = {b.patient.id: b.patient for b in file.patients}
    courses = {c.id: c for b in file.patients for c in b.courses}
    sessions = {x.id: x for b in file.patients for x in b.sessions}
    photos = {photo.id: photo for photo in file.photos}
    _kept_and_added(held.patients, patients, after.patients)
    _kept_and_added(held.courses, courses, after.courses)
    _kept_and_added(held.sessions, sessions, after.sessions)
    _kept_and_added(held.photos, photos, after.photos)
    assert (report.patients_added, report.patients_present) == _split(held.patients, patients)
    assert (report.courses_added, report.courses_present) == _split(held.courses, courses)
    assert (report.sessions_added, report.sessions_present) == _split(held.sessions, sessions)
    assert (report.photos_added, report.photos_present) == _split(held.photos, photos)
    for patient_id, patient in patients.items():
        assert after.patients[patient_id].details == patient.details.tidied()
    for course_id, course in courses.items():
        stored = after.courses[course_id]
        assert (stored.patient_id, stored.plan, stored.status) == (
            course.patient_id,
            course.plan,
            course.status,
        )
    for session_id, session in sessions.items():
        _assert_session_as_filed(after.sessions[session_id], session, file.version)
    if photos:
        _, images = unbundle(data)
        for photo_id, photo in photos.items():
            label = photo.details.label.strip()
            assert after.photos[photo_id] == replace(
                photo, details=replace(photo.details, label=label)
            )
            image = clinic.photos.image(photo_id)
            assert image == images[photo.entry_name]
            assert hashlib.sha256(image).hexdigest() == photo.sha256
    name = file.clinic.name.strip() if file.clinic is not None else ""
    adopted = bool(name) and not held.clinic_name.strip()
    assert report.clinic_adopted == adopted
    assert after.clinic_name == (name if adopted else held.clinic_name)


def _assert_session_as_filed(stored: Session, session: Session, version: int) -> None:
    assert stored.patient_id == session.patient_id
    assert (stored.entry, stored.status) == (session.entry.tidied(), session.status)
    if session.signed_at is not None:  # else the time of the import (held: of the first)
        assert stored.signed_at == session.signed_at
    if version == 2:  # the history as the file has it
        history = ("signed_by", "voiding", "amends", "amendment_reason")
        assert [getattr(stored, name) for name in history] == [
            getattr(session, name) for name in history
        ]


def _kept_and_added(mine: dict[K, V], theirs: dict[K, V], now: dict[K, V]) -> None:
    """The database holds its records, unchanged, and the file's: no other."""
    assert now.keys() == mine.keys() | theirs.keys()
    for key, record in mine.items():
        assert now[key] == record, "an import changed a record the database held"


def _split(held: dict[Any, Any], filed: dict[Any, Any]) -> tuple[int, int]:
    """(added, present): the file's records the database lacked, and those it held."""
    return len(filed.keys() - held.keys()), len(filed.keys() & held.keys())
