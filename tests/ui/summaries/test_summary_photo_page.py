"""Export Treatment Summary…'s photo page: ticked for the clinical copy, not for the patient
copy until the clinician ticks it, unavailable without photo consent; each view's first
and last photo ticked in the list, a changed choice printed as it is; the message says how
many photos went in and how big the file is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.reports.formatting import Formatter
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.summaries._written_message import WrittenMessage
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog, export_summary
from tests.reports.photo_samples import camera_photo

ATHENS = dt.timezone(dt.timedelta(hours=2))
PHOTOS = (
    ("front-1", PhotoView.FRONT, PhotoMoment.BEFORE, 0),
    ("side-1", PhotoView.LEFT_45, PhotoMoment.BEFORE, 0),
    ("side-1-after", PhotoView.LEFT_45, PhotoMoment.AFTER, 0),
    ("front-2", PhotoView.FRONT, PhotoMoment.AFTER, 1),
    ("side-2", PhotoView.LEFT_45, PhotoMoment.FOLLOW_UP, 1),
)


def _history(clinic: Clinic, *, consent: bool) -> PatientHistory:
    patient = clinic.patients.create(
        PatientInput(
            "Καρμίρης",
            "Νικόλαος",
            dt.date(1968, 1, 5),
            record_number="MC-0012",
            photo_consent_on=dt.date(2026, 1, 5) if consent else None,
        )
    )
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 1, 20), (Area.NECK,))
    )
    sessions = []
    for day in (dt.date(2026, 1, 26), dt.date(2026, 2, 9)):
        entry = SessionInput(
            performed_at=dt.datetime.combine(day, dt.time(16, 15), ATHENS),
            clinician="Dr Eleni Markou",
            treatments=(TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=1.0)),),
            course_id=course.id,
        )
        sessions.append(clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id))
    if consent:
        for shade, (name, view, moment, session) in enumerate(PHOTOS):
            details = PhotoInput(view, moment, sessions[session].id)
            data = camera_photo(shade * 40)
            clinic.photos.add(patient.id, details, data, file_label=f"{name}.jpg")
    return clinic.history.patient_history(patient.id)


def _export(
    qtbot: QtBot,
    host: QMainWindow,
    clinic: Clinic,
    history: PatientHistory,
    target: Path,
    choose: Callable[[SummaryOptionsDialog], None],
    monkeypatch: pytest.MonkeyPatch,
) -> WrittenMessage:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))

    def look() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SummaryOptionsDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, look)
            return
        choose(shown[0])
        ok = shown[0].findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    assert export_summary(host, clinic, history) is not None
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    messages = host.findChildren(WrittenMessage)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in messages), timeout=5_000)
    [message] = [m for m in messages if m.isVisible()]
    return message


def _images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def _size(path: Path) -> str:
    size = path.stat().st_size
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _ticked(dialog: SummaryOptionsDialog) -> list[str]:
    items = [dialog.photo_choice.photos.item(r) for r in range(dialog.photo_choice.photos.count())]
    return [i.text().split("\n")[0] for i in items if i.checkState() == Qt.CheckState.Checked]


def test_the_clinical_copy_has_each_views_first_and_last_photo(
    qtbot: QtBot,
    clinic: Clinic,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history = _history(clinic, consent=True)
    seen: list[object] = []

    def clinical(dialog: SummaryOptionsDialog) -> None:
        seen.append(dialog.photo_choice.include.isChecked())
        qtbot.mouseClick(dialog.clinical_copy, Qt.MouseButton.LeftButton)
        seen.extend([dialog.photo_choice.include.isChecked(), _ticked(dialog)])

    target = tmp_path / "clinical.pdf"
    message = _export(qtbot, job_host, clinic, history, target, clinical, monkeypatch)
    assert seen == [
        False,
        True,
        ["Front, before", "Left 45°, before", "Front, after", "Left 45°, follow-up"],
    ]
    assert _images(target) == 4
    assert message.text() == (
        f"The clinical copy of the treatment summary (4 photos, {_size(target)}) was written to:"
    )
    assert "Printed with the patient's consent to clinical photos" in PdfReader(target).pages[
        -1
    ].extract_text().replace("\n", " ")


def test_the_patient_copy_has_photos_once_ticked_and_as_chosen(
    qtbot: QtBot,
    clinic: Clinic,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history = _history(clinic, consent=True)
    plain = tmp_path / "plain.pdf"
    message = _export(qtbot, job_host, clinic, history, plain, lambda _: None, monkeypatch)
    assert _images(plain) == 0
    assert (
        message.text()
        == f"The patient copy of the treatment summary ({_size(plain)}) was written to:"
    )
    message.close()

    def ticked(dialog: SummaryOptionsDialog) -> None:
        qtbot.mouseClick(dialog.photo_choice.include, Qt.MouseButton.LeftButton)
        # The clinician unticks the left 45° follow-up and ticks the after of session 1.
        photos = dialog.photo_choice.photos
        for row in range(photos.count()):
            item = photos.item(row)
            if item.text().startswith("Left 45°, follow-up"):
                item.setCheckState(Qt.CheckState.Unchecked)
            if item.text().startswith("Left 45°, after"):
                item.setCheckState(Qt.CheckState.Checked)

    chosen = tmp_path / "chosen.pdf"
    message = _export(qtbot, job_host, clinic, history, chosen, ticked, monkeypatch)
    assert _images(chosen) == 4
    assert "(4 photos, " in message.text()
    text = " ".join(p.extract_text() for p in PdfReader(chosen).pages).replace("\n", " ")
    assert "Follow-up ·" not in text
    day = Formatter(QLocale().name()).date(dt.date(2026, 1, 26))
    assert f"After · {day} · course 1, session 1".replace("\xa0", " ") in text.replace("\xa0", " ")


def test_without_photo_consent_there_is_no_photo_page_to_tick(qtbot: QtBot, clinic: Clinic) -> None:
    history = _history(clinic, consent=False)
    dialog = SummaryOptionsDialog(history, None, ())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.clinical_copy, Qt.MouseButton.LeftButton)
    assert not dialog.photo_choice.include.isEnabled()
    assert not dialog.photo_choice.include.isChecked()
    assert dialog.photo_choice.why.text() == (
        "No photo page: the patient has no photo consent on file."
    )
    assert dialog.choice().photos is False
