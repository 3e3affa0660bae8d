"""Saves PNGs of mesolog's main screens, opened on a fresh demo clinic, for the README,
and the first page of the busiest patient's treatment summary (poppler's pdftoppm).

    .venv/bin/python tools/screenshots.py [OUTPUT_FOLDER]

Runs offscreen (no display needed) at 1366×768; the default folder is docs/screenshots.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mesolog.app import application
from mesolog.domain.ids import PatientId
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.summary import SummaryService
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow

SIZE = (1366, 768)


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _close(dialog: QDialog) -> None:
    dialog.done(0)


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        application()
        QLocale.setDefault(QLocale("en_GB"))
        with Clinic.open(str(Path(folder) / "demo.sqlite"), actor="screenshots") as clinic:
            DemoService(clinic.context).fill()
            SettingsDialog.set_clinician_name("Dr. Eleni Markou")
            window = MainWindow(clinic)
            shoot(window, clinic, output)
            window.close()
    return 0


def shoot(window: MainWindow, clinic: Clinic, output: Path) -> None:
    window.resize(*SIZE)
    window.show()
    _save(window, output / "patient-list.png")
    window.search_field.setText("γεωργ")
    window.refresh()
    _save(window, output / "patient-search-greek.png")
    window.search_field.clear()
    window.refresh()
    busiest = max(
        clinic.patients.search("", limit=None),
        key=lambda p: len(clinic.history.patient_history(p.id).sessions),
    )
    _summary_page(clinic, busiest.id, output / "summary-page-1.png")
    window.lists.select(busiest.id)
    window.open_patient(busiest.id)
    _save(window, output / "patient-record.png")
    window.lists.show_due()
    _save(window, output / "due-list.png")
    editor = window.log_session()
    assert editor is not None
    editor.resize(*SIZE)
    _save(editor, output / "session-editor.png")
    editor.done(0)
    record = window.record.history
    assert record is not None
    for name, dialog in (
        ("patient-dialog.png", PatientDialog(clinic, window.bus, window, patient=record.patient)),
        ("course-dialog.png", CourseDialog(clinic, window.bus, record.patient.id, window)),
        ("settings-dialog.png", SettingsDialog(clinic, window.bus, window)),
        ("audit-log.png", AuditDialog(clinic, window)),
    ):
        dialog.show()
        _save(dialog, output / name)
        _close(dialog)


def _summary_page(clinic: Clinic, patient_id: PatientId, target: Path) -> None:
    summaries = SummaryService(clinic.context)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "summary.pdf"
        summaries.write_pdf(summaries.summary_data(patient_id), pdf)
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
            check=True,
        )
        target.write_bytes(prefix.with_suffix(".png").read_bytes())


if __name__ == "__main__":
    sys.exit(main())
