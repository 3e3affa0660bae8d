"""For the photo tests: a patient with photo consent and three sessions (two signed, today's a
draft), the photos pane showing them, files dropped on a widget as a file manager does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.photos.add_photos_dialog import AddPhotosDialog
from mesolog.ui.photos.import_folder import FolderWatch
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.conftest import ATHENS

DAYS = (dt.date(2026, 1, 5), dt.date(2026, 2, 2), dt.date(2026, 3, 10))
"""The sessions' days; the last is the clock's today."""


@dataclass(frozen=True)
class Record:
    patient: Patient
    sessions: tuple[Session, ...]
    """Oldest first: sessions 1 and 2 signed, 3 (today) a draft."""


def add_record(clinic: Clinic, *, photo_consent: bool = True) -> Record:
    consent = dt.date(2026, 1, 5) if photo_consent else None
    patient = clinic.patients.create(
        PatientInput("Ioannou", "Anna", dt.date(1985, 4, 2), photo_consent_on=consent)
    )
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5))
    sessions = []
    for number, day in enumerate(DAYS, 1):
        moment = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ATHENS)
        draft = clinic.sessions.create_draft(patient.id, SessionInput(moment, "Dr Markou", (line,)))
        sessions.append(clinic.sessions.sign(draft.id) if number < len(DAYS) else draft)
    return Record(patient, tuple(sessions))


@pytest.fixture
def record(clinic: Clinic) -> Record:
    return add_record(clinic)


def show_pane(
    qtbot: QtBot, clinic: Clinic, record: Record, *, watch: FolderWatch | None = None
) -> PhotosPane:
    """The pane as the patient record shows it, reloading on every change."""
    bus = ChangeBus()
    pane = PhotosPane(clinic, bus, watch=watch)
    qtbot.addWidget(pane)
    pane.resize(1000, 640)

    def reload() -> None:
        pane.set_history(clinic.history.patient_history(record.patient.id))

    bus.changed.connect(reload)
    reload()
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def pane(qtbot: QtBot, clinic: Clinic, record: Record) -> PhotosPane:
    return show_pane(qtbot, clinic, record)


def drop_files(widget: QWidget, paths: Sequence[Path]) -> bool:
    """Drags `paths` over `widget` and drops them at its centre; whether it took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    centre = widget.rect().center()
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(centre), copy, mime, left, none)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(centre), copy, mime, left, none)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def open_add_dialog(pane: PhotosPane) -> AddPhotosDialog:
    [dialog] = [d for d in pane.findChildren(AddPhotosDialog) if d.isVisible()]
    return dialog


def add_and_wait(qtbot: QtBot, dialog: AddPhotosDialog) -> None:
    """Presses Add and waits until every file was tried."""
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=20_000)
