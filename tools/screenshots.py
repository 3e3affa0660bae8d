"""Saves PNGs of mesolog's main screens, opened on a fresh demo clinic, for the README,
and the first page of the busiest patient's treatment summary (poppler's pdftoppm).

    .venv/bin/python tools/screenshots.py [OUTPUT_FOLDER] [--size 1280x720 --size 1024x700]

Runs offscreen (no display needed) on a screen of each size given (1366×768 by default):
the window fills it, and every dialog opens as it would there. With several sizes, each
goes into a folder of its own (OUTPUT_FOLDER/1024x700). The default folder is
docs/screenshots. Besides the README's screens: the record and the session editor of a
patient with every warning (allergy, NSAID, no consent), where safety text must wrap,
never be cut.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_SIZE = "1366x768"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument(
        "--size", action="append", metavar="WIDTHxHEIGHT", help="the screen's size (repeatable)"
    )
    return parser.parse_args()


def _size(text: str) -> tuple[int, int]:
    width, height = (int(part) for part in text.lower().split("x"))
    return width, height


if __name__ == "__main__":
    ARGUMENTS = _arguments()
    SIZES = ARGUMENTS.size or [DEFAULT_SIZE]
    if len(SIZES) > 1:  # one run a screen size: Qt's offscreen screen is set at its start
        for size in SIZES:
            command = [sys.executable, __file__, str(ARGUMENTS.output / size), "--size", size]
            subprocess.run(command, check=True)
        sys.exit(0)
    SIZE = _size(SIZES[0])
    if "QT_QPA_PLATFORM" not in os.environ:
        screen = {"name": "screen", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
else:
    SIZE = _size(DEFAULT_SIZE)

from PySide6.QtCore import QLocale, QSettings  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from mesolog.app import application  # noqa: E402
from mesolog.domain.enums import Sex  # noqa: E402
from mesolog.domain.ids import PatientId  # noqa: E402
from mesolog.domain.records import Patient, PatientInput  # noqa: E402
from mesolog.services.clinic import Clinic  # noqa: E402
from mesolog.services.demo import DemoService  # noqa: E402
from mesolog.services.summary import SummaryService  # noqa: E402
from mesolog.ui.courses.course_dialog import CourseDialog  # noqa: E402
from mesolog.ui.patients.patient_dialog import PatientDialog  # noqa: E402
from mesolog.ui.records.audit_dialog import AuditDialog  # noqa: E402
from mesolog.ui.settings.settings_dialog import SettingsDialog  # noqa: E402
from mesolog.ui.window.main_window import MainWindow  # noqa: E402

AT_RISK = PatientInput(
    "Παπαδοπούλου-Καραγιαννοπούλου",
    "Αικατερίνη",
    dt.date(1971, 5, 9),
    sex=Sex.FEMALE,
    allergies="Lidocaine (contact dermatitis), latex, penicillin, chlorhexidine",
    medications="Aspirin 100 mg daily\nIbuprofen 400 mg as needed\nLevothyroxine 50 µg",
)
"""Every warning at once, with long words: what the header and the editor must wrap."""


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _close(dialog: QDialog) -> None:
    dialog.done(0)


def main() -> int:
    output = ARGUMENTS.output
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
    _save(editor, output / "session-editor.png")
    editor.done(0)
    at_risk = _at_risk(clinic)
    window.lists.select(at_risk.id)
    window.open_patient(at_risk.id)
    _save(window, output / "patient-warnings.png")
    editor = window.log_session()
    assert editor is not None
    _save(editor, output / "session-editor-warnings.png")
    editor.done(0)
    window.open_patient(busiest.id)
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


def _at_risk(clinic: Clinic) -> Patient:
    return clinic.patients.create(AT_RISK)


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
