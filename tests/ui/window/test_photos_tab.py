"""The record's Photos tab in the window: beside the history, read when first shown; files
dropped on it go to the session open in an editor; the record of another patient shows
that patient's photos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.ui.photos.photo_images import phone_jpeg, write
from tests.ui.photos.photo_support import add_and_wait, add_record, drop_files, open_add_dialog


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.resize(1280, 720)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    for editor in opened.open_editors():
        editor.done(0)
    opened.close()


def test_photos_dropped_on_the_tab_go_to_the_session_open_in_an_editor(
    qtbot: QtBot, clinic: Clinic, window: MainWindow, tmp_path: Path
) -> None:
    record = add_record(clinic)
    other = clinic.patients.create(
        PatientInput("Other", "Patient", dt.date(1990, 1, 1), photo_consent_on=dt.date(2026, 1, 1))
    )
    clinic.photos.add(
        other.id, PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE), phone_jpeg(), file_label="o"
    )
    window.open_patient(record.patient.id)
    photos = window.record.photos
    assert window.record.tabs.tabText(1) == "Photos"
    window.record.tabs.setCurrentWidget(photos)
    qtbot.waitUntil(photos.isVisible)
    assert photos.photos == []
    first = record.sessions[0]
    editor = window.open_session(first.id)
    assert editor is not None
    assert window.open_session_of_record() == first.id

    assert drop_files(photos, [write(tmp_path / "a.jpg", phone_jpeg(shade=50))])
    dialog = open_add_dialog(photos)
    assert dialog.rows[0].session.currentData() == first.id
    add_and_wait(qtbot, dialog)
    [added] = clinic.photos.of_patient(record.patient.id)
    assert added.details.session_id == first.id
    qtbot.waitUntil(lambda: [p.id for p in photos.photos] == [added.id])

    editor.done(0)
    window.open_patient(other.id)
    assert [p.patient_id for p in photos.photos] == [other.id]
