"""Saves PNGs of mesolog's main screens, opened on a fresh demo clinic, for the README,
and the first page of the busiest patient's treatment summary (poppler's pdftoppm).

    .venv/bin/python tools/screenshots.py [OUTPUT_FOLDER] [--size 1280x720 --size 1024x700]
                                          [--language el]

Runs offscreen (no display needed) on a screen of each size given (1366×768 by default):
the window fills it, and every dialog opens as it would there. With several sizes, each
goes into a folder of its own (OUTPUT_FOLDER/1024x700). The default folder is
docs/screenshots, docs/screenshots/el for Greek. `--language el|en` (English by default)
starts mesolog in that language as the application does (mesolog.app.application: its
translations and its locale's formats); the PDF pages are written in it too.

The session editor is a new session of the course whose last session charted the most
injection points on the face, pre-filled with that chart; the same patient's Photos tab,
and the compare view of the front photos of the course's first and latest photographed
sessions. Both kinds of treatment summary: the clinical copy's first page and the patient
copy's. Besides the README's screens: the record and the session editor of a patient with
every warning (allergy, NSAID, no consent), where safety text must wrap, never be cut. The
catalogue's screens (the editor completing a product, its lot list, a vial scanned;
Products, Templates, a course from a template, Recall and its letter, Reactions) are
tools/catalogue_screenshots.py's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

DEFAULT_SIZE = "1366x768"
SUMMARY_DPI = 80
DOCS = Path("docs/screenshots")
LANGUAGES = ("en", "el")
LOCALES = {"en": "en_GB", "el": "el_GR"}
"""The formats of each language's pictures and PDFs: a British English, a Greek clinic."""


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path)
    parser.add_argument(
        "--size", action="append", metavar="WIDTHxHEIGHT", help="the screen's size (repeatable)"
    )
    parser.add_argument("--language", choices=LANGUAGES, default="en", help="el or en")
    arguments = parser.parse_args()
    if arguments.output is None:
        english = arguments.language == "en"
        arguments.output = DOCS if english else DOCS / arguments.language
    return arguments


def _size(text: str) -> tuple[int, int]:
    width, height = (int(part) for part in text.lower().split("x"))
    return width, height


if __name__ == "__main__":
    ARGUMENTS = _arguments()
    SIZES = ARGUMENTS.size or [DEFAULT_SIZE]
    if len(SIZES) > 1:  # one run a screen size: Qt's offscreen screen is set at its start
        for size in SIZES:
            command = [sys.executable, __file__, str(ARGUMENTS.output / size), "--size", size]
            command += ["--language", ARGUMENTS.language]
            subprocess.run(command, check=True)
        sys.exit(0)
    SIZE = _size(SIZES[0])
    LANGUAGE = ARGUMENTS.language
    # plain "offscreen" too: its own screen is 800×800, and dialogs size themselves to it
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        screen = {"name": "screen", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
else:
    SIZE = _size(DEFAULT_SIZE)
    LANGUAGE = "en"

from catalogue_screenshots import catalogue_shots, editor_shots  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QAbstractItemView, QDialog  # noqa: E402
from shot_saving import pdf_page, save  # noqa: E402

from mesolog.app import application  # noqa: E402
from mesolog.domain.diagram_ids import Diagram  # noqa: E402
from mesolog.domain.enums import CourseStatus, Sex  # noqa: E402
from mesolog.domain.ids import CourseId, PatientId  # noqa: E402
from mesolog.domain.photos import Photo, PhotoView  # noqa: E402
from mesolog.domain.records import Patient, PatientInput, Session  # noqa: E402
from mesolog.reports.summary_data import SummaryKind  # noqa: E402
from mesolog.services.clinic import Clinic  # noqa: E402
from mesolog.services.demo import DemoService  # noqa: E402
from mesolog.services.history import PatientHistory  # noqa: E402
from mesolog.services.summary import SummaryService  # noqa: E402
from mesolog.ui.courses.course_dialog import CourseDialog  # noqa: E402
from mesolog.ui.patients.patient_dialog import PatientDialog  # noqa: E402
from mesolog.ui.photos.compare_dialog import CompareDialog  # noqa: E402
from mesolog.ui.photos.photo_places import photo_day  # noqa: E402
from mesolog.ui.photos.photos_pane import PhotosPane  # noqa: E402
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
AT_RISK_IN_GREEK = replace(
    AT_RISK,
    allergies="Λιδοκαΐνη (δερματίτιδα εξ επαφής), λάτεξ, πενικιλίνη, χλωρεξιδίνη",
    medications=(
        "Ασπιρίνη 100 mg ημερησίως\nΙβουπροφαίνη 400 mg όταν χρειάζεται\nΛεβοθυροξίνη 50 µg"
    ),
)
"""The same, as a Greek clinic writes it."""


def _close(dialog: QDialog) -> None:
    dialog.done(0)


def main() -> int:
    output = ARGUMENTS.output
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        application(LANGUAGE)  # its translations, and its locale as the default one
        QLocale.setDefault(QLocale(LOCALES[LANGUAGE]))
        with Clinic.open(str(Path(folder) / "demo.sqlite"), actor="screenshots") as clinic:
            DemoService(clinic.context).fill(language=LANGUAGE)
            clinic.templates.add_shipped(LANGUAGE)  # as `mesolog demo` and the first opening
            SettingsDialog.set_clinician_name("Dr. Eleni Markou")
            window = MainWindow(clinic)
            shoot(window, clinic, output)
            window.close()
    return 0


def shoot(window: MainWindow, clinic: Clinic, output: Path) -> None:
    window.resize(*SIZE)
    window.show()
    save(window, output / "patient-list.png")
    window.search_field.setText("γεωργ")
    window.refresh()
    save(window, output / "patient-search-greek.png")
    window.search_field.clear()
    window.refresh()
    busiest = max(
        clinic.patients.search("", limit=None),
        key=lambda p: len(clinic.history.patient_history(p.id).sessions),
    )
    _summary_page(clinic, busiest.id, output / "summary-page-1.png", SummaryKind.CLINICAL)
    _summary_page(clinic, busiest.id, output / "summary-patient-page-1.png", SummaryKind.PATIENT)
    _open_in_list(window, busiest.id)
    save(window, output / "patient-record.png")
    window.lists.show_due()
    save(window, output / "due-list.png")
    _charted_patient(window, clinic, output)
    at_risk = _at_risk(clinic)
    window.refresh()
    _open_in_list(window, at_risk.id)
    save(window, output / "patient-warnings.png")
    editor = window.log_session()
    assert editor is not None
    save(editor, output / "session-editor-warnings.png")
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
        save(dialog, output / name)
        _close(dialog)
    catalogue_shots(window, clinic, busiest.id, output, language=LANGUAGE, locale=LOCALES[LANGUAGE])


def _charted_patient(window: MainWindow, clinic: Clinic, output: Path) -> None:
    """The session editor with a chart of injection points, the Photos tab and compare."""
    history, course_id = _charted_course(clinic)
    _open_in_list(window, history.patient.id)
    editor = window.log_session(course_id)
    assert editor is not None
    [first, *_] = editor.session_form.to_input().treatments
    assert first.points, "the new session is pre-filled with the last session's points"
    save(editor, output / "session-editor.png")
    editor.done(0)
    editor_shots(window, clinic, course_id, output)
    record = window.record
    record.tabs.setCurrentWidget(record.photos)
    latest = _latest_front(record.photos)
    record.photos.select(latest.id)
    save(window, output / "patient-photos.png")
    compare = _compare(record.photos)
    save(compare, output / "photo-compare.png")
    _close(compare)
    record.tabs.setCurrentIndex(0)


def _face_points(session: Session) -> int:
    return sum(
        len(line.points)
        for line in session.entry.treatments
        if any(zone.diagram is Diagram.FACE_FRONT for zone in line.zones)
    )


def _charted_course(clinic: Clinic) -> tuple[PatientHistory, CourseId]:
    """The active course whose newest session charted the most injection points on the
    face, a patient with photos first."""
    found: list[tuple[bool, int, PatientHistory, CourseId]] = []
    for patient in clinic.patients.search("", limit=None):
        history = clinic.history.patient_history(patient.id)
        photographed = bool(history.session_photos)
        for course in history.courses:
            if course.course.status is CourseStatus.ACTIVE and course.sessions:
                points = _face_points(course.sessions[0])
                found.append((photographed, points, history, course.course.id))
    photographed, points, history, course_id = max(found, key=lambda f: f[:2])
    assert photographed and points, "the demo clinic charts a photographed face course"
    return history, course_id


def _open_in_list(window: MainWindow, patient_id: PatientId) -> None:
    """The patient opened and its row scrolled into sight in the Patients list."""
    lists = window.lists
    lists.tabs.setCurrentIndex(0)
    lists.select(patient_id)
    window.open_patient(patient_id)
    row = window.patient_model.row_of(patient_id)
    assert row is not None
    table = lists.patient_list
    table.scrollTo(table.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)


def _latest_front(pane: PhotosPane) -> Photo:
    """The front view of the latest session photographed."""
    fronts = [
        photo
        for photo in pane.photos
        if photo.details.view is PhotoView.FRONT and photo.details.session_id in pane.places
    ]
    return max(fronts, key=lambda photo: photo_day(photo, pane.places))


def _compare(pane: PhotosPane) -> CompareDialog:
    """Compare opened on the selected photo: beside it, the first session's of its view."""
    pane.compare_selected()
    assert pane.compare is not None, "the latest front photo has a partner to compare"
    earlier, later = pane.compare.shown()
    assert photo_day(earlier, pane.places) < photo_day(later, pane.places)
    return pane.compare


def _at_risk(clinic: Clinic) -> Patient:
    return clinic.patients.create(AT_RISK_IN_GREEK if LANGUAGE == "el" else AT_RISK)


def _summary_page(clinic: Clinic, patient_id: PatientId, target: Path, kind: SummaryKind) -> None:
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(
        patient_id, kind=kind, language=LANGUAGE, locale=LOCALES[LANGUAGE]
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "summary.pdf"
        summaries.write_pdf(data, pdf)
        pdf_page(pdf, target, resolution=SUMMARY_DPI)


if __name__ == "__main__":
    sys.exit(main())
