"""Patient ▸ Export Treatment Summary…: the kind of copy chosen by a click (the patient copy
at first), a save dialog that opens where the last summary went (at first in Documents),
the PDF made off the GUI thread, and a message naming the file with Open and Show in Folder.

The save dialog and QDesktopServices are the system's edges and are replaced; the options
dialog and the message are real widgets, clicked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.reports.formatting import Formatter
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.summaries._written_message import WrittenMessage
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog, export_summary
from tests.qt_fixtures import Boxes

ATHENS = dt.timezone(dt.timedelta(hours=2))
SESSION_NOTE = "Patient paused aspirin per cardiologist"


class SaveDialog:
    """QFileDialog.getSaveFileName: records where it would open and answers `answers`."""

    def __init__(self, answers: list[Path]) -> None:
        self.answers = answers
        self.opened_at: list[Path] = []

    def __call__(self, _parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        self.opened_at.append(Path(start))
        return str(self.answers.pop(0)), ""


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What QDesktopServices was asked to open (a system edge)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def history(clinic: Clinic) -> PatientHistory:
    patient = clinic.patients.create(
        PatientInput("Καρμίρης", "Νικόλαος", dt.date(1968, 1, 5), record_number="MC-0012")
    )
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1), (Area.CHEEKS,))
    )
    entry = SessionInput(
        performed_at=dt.datetime(2026, 3, 2, 16, 15, tzinfo=ATHENS),
        clinician="Dr Eleni Markou",
        treatments=(
            TreatmentLine(
                Area.CHEEKS,
                NeedleTechnique(depth_mm=2.0),
                (ProductUse(Solution.VITAMINS, 1.0, "VitaGlow", lot_number="VG-1"),),
            ),
        ),
        course_id=course.id,
        notes=SESSION_NOTE,
    )
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    return clinic.history.patient_history(patient.id)


def _when_shown(kind: type, act: Callable[[object], None]) -> None:
    """Calls `act(widget)` once a visible top-level widget of `kind` is up."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, look)
            return
        act(shown[0])

    QTimer.singleShot(0, look)


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _export(
    qtbot: QtBot, host: QMainWindow, clinic: Clinic, history: PatientHistory, choose: Callable
) -> WrittenMessage:
    _when_shown(SummaryOptionsDialog, choose)
    job = export_summary(host, clinic, history)
    assert job is not None
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    messages = host.findChildren(WrittenMessage)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in messages), timeout=5_000)
    [message] = [m for m in messages if m.isVisible()]
    return message


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def _size(path: Path) -> str:
    """The file's size as the message says it (the locale's decimal units)."""
    size = path.stat().st_size
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def test_a_patient_copy_is_written_and_the_message_opens_it(
    qtbot: QtBot,
    clinic: Clinic,
    history: PatientHistory,
    job_host: QMainWindow,
    boxes: Boxes,
    opened: list[QUrl],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "for the patient.pdf"
    target.parent.mkdir()
    save = SaveDialog([target])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    seen: list[tuple[bool, bool]] = []

    def choose(dialog: SummaryOptionsDialog) -> None:
        seen.append((dialog.patient_copy.isChecked(), dialog.include_drafts.isEnabled()))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        _click(qtbot, ok)

    message = _export(qtbot, job_host, clinic, history, choose)
    assert seen == [(True, False)], "the patient copy at first; drafts only in a clinical copy"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert save.opened_at == [Path(documents) / "summary-MC-0012-patient-copy.pdf"]
    assert message.text() == (
        f"The patient copy of the treatment summary ({_size(target)}) was written to:"
    )
    assert message.informativeText() == str(target)
    assert boxes.shown == []
    _click(qtbot, message.open_button)
    assert opened == [QUrl.fromLocalFile(str(target))]
    text = _text(target)
    assert "Patient copy" in text
    assert "Καρμίρης, Νικόλαος" in text
    assert "After your session" in text
    assert SESSION_NOTE not in text
    birth = Formatter(QLocale().name()).date(dt.date(1968, 1, 5)).replace("\xa0", " ")
    assert f"Date of birth {birth}" in text.replace("\xa0", " ")
    if QLocale().language() == QLocale.Language.C:
        assert "Date of birth 1968-01-05" in text


def test_a_clinical_copy_chosen_by_a_click_goes_where_the_last_one_went(
    qtbot: QtBot,
    clinic: Clinic,
    history: PatientHistory,
    job_host: QMainWindow,
    opened: list[QUrl],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "summaries"
    folder.mkdir()
    first, second = folder / "first.pdf", folder / "second"
    save = SaveDialog([first, second])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)

    def patient_copy(dialog: SummaryOptionsDialog) -> None:
        dialog.accept()

    _export(qtbot, job_host, clinic, history, patient_copy).close()
    drafts: list[bool] = []

    def clinical_copy(dialog: SummaryOptionsDialog) -> None:
        _click(qtbot, dialog.clinical_copy)
        drafts.append(dialog.include_drafts.isEnabled())
        _click(qtbot, dialog.include_drafts)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        _click(qtbot, ok)

    message = _export(qtbot, job_host, clinic, history, clinical_copy)
    assert drafts == [True]
    assert save.opened_at[1] == folder / "summary-MC-0012-clinical-copy.pdf"
    written = second.with_suffix(".pdf")
    assert message.text() == (
        f"The clinical copy of the treatment summary ({_size(written)}) was written to:"
    )
    assert message.informativeText() == str(written)
    _click(qtbot, message.folder_button)
    assert opened == [QUrl.fromLocalFile(str(folder))]
    text = _text(written)
    assert "Clinical copy" in text
    assert SESSION_NOTE in text
    assert "Drafts included, marked DRAFT" in text


def test_a_folder_gone_since_gives_way_to_documents(
    qtbot: QtBot,
    clinic: Clinic,
    history: PatientHistory,
    job_host: QMainWindow,
    opened: list[QUrl],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    save = SaveDialog([usb / "a.pdf", tmp_path / "b.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    _export(qtbot, job_host, clinic, history, lambda d: d.accept()).close()
    (usb / "a.pdf").unlink()
    usb.rmdir()
    _export(qtbot, job_host, clinic, history, lambda d: d.accept()).close()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert save.opened_at[1].parent == Path(documents)
    assert opened == []
