"""Export Treatment Summary…'s photo list holds only what the chosen summary can print:
the photos of the chosen course's sessions (and the patient's, of no session), signed
ones only unless drafts go in, never a voided session's; it follows the choices."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.ids import CourseId, SessionId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog
from tests.reports.photo_samples import camera_photo

ATHENS = dt.timezone(dt.timedelta(hours=2))


def _dialog(qtbot: QtBot, clinic: Clinic) -> SummaryOptionsDialog:
    """Two courses, each with a signed session and a photo of it; a draft and a voided
    session in the first, each with a photo; a photo of no session."""
    patient = clinic.patients.create(
        PatientInput("Λάμπρου", "Άννα", dt.date(1980, 3, 1), photo_consent_on=dt.date(2026, 1, 5))
    )

    def course(started: dt.date) -> CourseId:
        plan = CourseInput(Indication.WRINKLES, 6, started, (Area.NECK,))
        return clinic.courses.plan(patient.id, plan).id

    def session(course_id: CourseId, day: dt.date) -> SessionId:
        entry = SessionInput(
            performed_at=dt.datetime.combine(day, dt.time(16, 15), ATHENS),
            clinician="Dr Eleni Markou",
            treatments=(TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=1.0)),),
            course_id=course_id,
        )
        return clinic.sessions.create_draft(patient.id, entry).id

    made: list[str] = []

    def photo(label: str, session_id: SessionId | None) -> None:
        details = PhotoInput(PhotoView.FREE, PhotoMoment.BEFORE, session_id, label=label)
        data = camera_photo(len(made) * 40)
        made.append(label)
        clinic.photos.add(patient.id, details, data, file_label=f"{label}.jpg")

    first, second = course(dt.date(2026, 1, 20)), course(dt.date(2026, 2, 20))
    photo("first", clinic.sessions.sign(session(first, dt.date(2026, 1, 26))).id)
    photo("second", clinic.sessions.sign(session(second, dt.date(2026, 2, 26))).id)
    photo("draft", session(first, dt.date(2026, 3, 2)))
    voided = clinic.sessions.sign(session(first, dt.date(2026, 2, 9))).id
    photo("voided", voided)
    clinic.sessions.void(voided, reason="entered on the wrong patient")
    photo("loose", None)
    history = clinic.history.patient_history(patient.id)
    dialog = SummaryOptionsDialog(history, None, clinic.photos.of_patient(patient.id))
    qtbot.addWidget(dialog)
    return dialog


def _listed(dialog: SummaryOptionsDialog) -> list[str]:
    photos = dialog.photo_choice.photos
    return sorted(photos.item(r).text().split(",")[0] for r in range(photos.count()))


def _ticked(dialog: SummaryOptionsDialog) -> list[str]:
    photos = dialog.photo_choice.photos
    items = [photos.item(r) for r in range(photos.count())]
    return sorted(i.text().split(",")[0] for i in items if i.checkState() == Qt.CheckState.Checked)


def test_the_photo_list_follows_the_course_copy_and_drafts(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    assert _listed(dialog) == ["first", "loose", "second"]
    assert _ticked(dialog) == ["first", "loose", "second"]
    dialog.course.setCurrentIndex(2)  # the first course (the newest is listed first)
    assert _listed(dialog) == ["first", "loose"]
    assert _ticked(dialog) == ["first"]  # a one-course summary prints no loose photo unasked
    dialog.course.setCurrentIndex(1)
    assert _listed(dialog) == ["loose", "second"]
    dialog.course.setCurrentIndex(2)
    qtbot.mouseClick(dialog.clinical_copy, Qt.MouseButton.LeftButton)
    dialog.include_drafts.setChecked(True)
    assert _listed(dialog) == ["draft", "first", "loose"]
    qtbot.mouseClick(dialog.patient_copy, Qt.MouseButton.LeftButton)
    assert _listed(dialog) == ["first", "loose"]
    assert dialog.choice().photo_ids is None


def test_a_changed_choice_keeps_the_ticks_of_photos_still_listed(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic)
    photos = dialog.photo_choice.photos
    for row in range(photos.count()):
        if photos.item(row).text().startswith("first"):
            photos.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.course.setCurrentIndex(2)  # the first course
    assert _ticked(dialog) == ["loose"]
    assert len(dialog.choice().photo_ids or ()) == 1
