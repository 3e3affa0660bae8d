"""Patient ▸ Export Treatment Summary…: options, a save dialog, the PDF made off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog, export_summary
from tests.qt_fixtures import Boxes


def test_a_summary_is_written_where_the_clinician_chose(
    qtbot: QtBot,
    clinic: Clinic,
    job_host: QMainWindow,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patient = clinic.patients.create(PatientInput("Καρμίρης", "Νικόλαος", dt.date(1968, 1, 5)))
    clinic.courses.plan(patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 1)))
    history = clinic.history.patient_history(patient.id)
    target = tmp_path / "summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))

    counts: list[int] = []

    def choose() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SummaryOptionsDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, choose)
            return
        counts.append(shown[0].course.count())
        shown[0].include_drafts.setChecked(True)
        shown[0].accept()

    QTimer.singleShot(0, choose)
    job = export_summary(job_host, clinic, history)
    assert job is not None
    assert counts == [2], "all courses, and the one course"
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    assert boxes.shown == []
    written = target.with_suffix(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Καρμίρης" in text
