"""Import and export of interchange files (mesolog-export JSON, or a bundle with photos)
from the window.

Both run as background jobs with progress and Cancel. An import is all or
nothing: a file with problems is refused with the list of every problem, and
nothing is imported; it takes a document or a bundle (.mesolog.zip) alike. The
export dialog offers the document alone (its photos left out, which the message
says) or, with photos, a bundle. An export is written to a temporary file beside
the chosen one and then put in its place, so a failed or cancelled export never
leaves half a file (or destroys the one that was there).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.ids import PatientId
from mesolog.domain.texts import fill
from mesolog.interchange.bundle import BUNDLE_SUFFIX
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import write_export
from mesolog.services.transfer_import import FILE, Cancelled, ImportReport
from mesolog.services.transfer_progress import PaceWatch
from mesolog.ui.common.forms import named
from mesolog.ui.common.jobs import Job, Progress, run_job
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.translation import shown

JSON_SUFFIX = ".json"
VALUE_SHOWN_MAX = 80
"""A value longer than this, as Violation writes it, is shown by its length only."""


class ImportProblemsDialog(QDialog):
    """Every problem of a refused import file, in a list that can be scrolled and copied."""

    def __init__(
        self, parent: QWidget | None, file_name: str, violations: Sequence[Violation]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_problems")
        self.setAccessibleName(self.tr("Problems in the import file"))
        self.setWindowTitle(self.tr("The file cannot be imported"))
        count = len(violations)
        heading = QLabel(
            self.tr(
                "Nothing was imported. %1 breaks the rules of the mesolog format in "
                "%n place(s); each line below names where and what is allowed.",
                "",
                count,
            ).replace("%1", file_name)
        )
        heading.setObjectName("import_problems_heading")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = named(QPlainTextEdit(self), "problems", self.tr("Problems"))
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems.setPlainText("\n".join(self.problem_line(v) for v in violations))
        heading.setBuddy(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def problem_line(self, violation: Violation) -> str:
        """One problem: where in the file, then what is wrong in words; the path as the file
        has it ("patients[0].family_name: '  ' is not allowed; some text …")."""
        allowed = shown(violation.allowed)
        if violation.path == FILE:  # the value is where the file breaks: "line 3, column 7"
            return f"{FILE}, {violation.value}: {allowed[:1].upper()}{allowed[1:]}"
        refused = self.tr("{path}: {value} is not allowed; {allowed}")
        values = {"path": violation.path, "value": self._value(violation.value), "allowed": allowed}
        return fill(refused, None, values, str)

    def _value(self, value: object) -> str:
        """The value as the domain's Violation says it: its repr, or only its length when
        too long to read in a line (it may be a note)."""
        try:
            text = repr(value)
        except RecursionError:
            return self.tr("(a deeply nested value)")
        if len(text) <= VALUE_SHOWN_MAX:
            return text
        size = len(value) if isinstance(value, str) else len(text)
        return self.tr("(%n characters)", "a value too long to show", size)


class ExportCounts(QObject):
    """What an export wrote, counted, with a plural form for each language: PySide6
    translates a plural (`self.tr(text, "", n)`) only in the class whose method says it, so
    nothing inherits this one (docs/translation-plan.md §0.2)."""

    def exported(self, patients: int, file: Path) -> str:
        return self.tr("Exported %n patient(s) to %1.", "", patients).replace("%1", str(file))

    def photos_held(self, photos: int) -> str:
        return self.tr("The file holds their %n photo(s).", "", photos)

    def photos_left_out(self, photos: int) -> str:
        return self.tr(
            "%n photo(s) were left out: export with photos (zip) to take them along.", "", photos
        )


def import_file(parent: QWidget, clinic: Clinic, bus: ChangeBus) -> Job | None:
    """Asks for a file and imports it in the background; None when no file was chosen."""
    title = QCoreApplication.translate("TransferActions", "Import patients")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "TransferActions",
            "mesolog export, with photos or without (*.json *.zip);;All files (*)",
        ),
    )
    if not path:
        return None
    file = Path(path)

    def work(progress: Progress) -> ImportReport:
        return clinic.imports.import_file(
            file, progress=progress.report, cancelled=progress.cancelled
        )

    def done(report: ImportReport) -> None:
        if report.changed:
            bus.changed.emit()
        QMessageBox.information(parent, title, shown(report.summary_text()))

    def refused(error: KnownError) -> None:
        if isinstance(error, ValidationError):
            dialog = ImportProblemsDialog(parent, file.name, error.violations)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        else:
            QMessageBox.warning(parent, title, shown(error.text))

    label = QCoreApplication.translate("TransferActions", "Importing the patients of %1…")
    job = run_job(
        parent, title, work, on_done=done, on_error=refused, label=label.replace("%1", file.name)
    )
    show_pace(job, label.replace("%1", file.name))
    return job


def show_pace(job: Job, label: str) -> None:
    """Adds to the job's dialog, below `label`, the patients done, a second and the time left."""
    watch = PaceWatch()

    def paced() -> None:
        latest = job.progress.latest()
        if latest is not None and shiboken6.isValid(job.dialog):
            job.dialog.setLabelText(f"{label}\n{shown(watch.pace(*latest).text())}")

    job.progress.reported.connect(paced)


def export_json(parent: QWidget, clinic: Clinic, patient_id: PatientId | None) -> Job | None:
    """Asks where to save, the document alone or with photos (a zip bundle), and exports
    the clinic (or one patient) there in the background."""
    title = (
        QCoreApplication.translate("TransferActions", "Export patients")
        if patient_id is None
        else QCoreApplication.translate("TransferActions", "Export patient")
    )
    alone = QCoreApplication.translate("TransferActions", "mesolog export, without photos (*.json)")
    with_photos = QCoreApplication.translate(
        "TransferActions", "mesolog export with photos (zip) (*%1)"
    ).replace("%1", BUNDLE_SUFFIX)
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, suggested_name(clinic, patient_id), f"{alone};;{with_photos}"
    )
    if not path:
        return None
    file = Path(path)
    zipped = file.name.lower().endswith(".zip")
    bundle = zipped or chosen == with_photos
    if bundle and not zipped:
        file = file.with_name(file.name.removesuffix(JSON_SUFFIX) + BUNDLE_SUFFIX)
    elif not file.suffix:
        file = file.with_suffix(JSON_SUFFIX)
    patient = str(patient_id) if patient_id is not None else None

    def work(progress: Progress) -> tuple[int, int, bool]:
        if bundle:
            written = clinic.exports.export_bundle(
                file, patient=patient, progress=progress.report, cancelled=progress.cancelled
            )
            return written.patients, written.photos, True
        document = clinic.exports.export_document(
            patient=patient, progress=progress.report, cancelled=progress.cancelled
        )
        if progress.cancelled():
            raise Cancelled(
                QCoreApplication.translate(
                    "TransferActions", "The export was cancelled; no file was written."
                )
            )
        write_export(file, document)
        return len(document.get("patients", ())), document.get("photos_left_out", 0), False

    def done(counts: tuple[int, int, bool]) -> None:
        patients, photos, with_them = counts
        counted = ExportCounts()
        said = counted.exported(patients, file)
        if with_them:
            said += " " + counted.photos_held(photos)
        elif photos:
            said += " " + counted.photos_left_out(photos)
        QMessageBox.information(parent, title, said)

    return run_job(
        parent,
        title,
        work,
        on_done=done,
        label=QCoreApplication.translate("TransferActions", "Exporting to %1…").replace(
            "%1", file.name
        ),
    )


def suggested_name(clinic: Clinic, patient_id: PatientId | None) -> str:
    """mesolog-export-2026-03-10.json, or mesolog-R-0042-2026-03-10.json for one patient."""
    today = clinic.context.today().isoformat()
    if patient_id is None:
        return f"mesolog-export-{today}{JSON_SUFFIX}"
    try:
        details = clinic.patients.get(patient_id).details
        label = details.record_number or details.family_name
    except KnownError:
        label = ""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in label.strip())
    return f"mesolog-{safe or str(patient_id)[:8]}-{today}{JSON_SUFFIX}"
