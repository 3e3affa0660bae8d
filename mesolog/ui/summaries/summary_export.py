"""Patient ▸ Export Summary…: choose what goes in, where it goes, and make it in the background."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from mesolog.domain.ids import CourseId
from mesolog.reports.summary_data import PaperSize
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.services.summary import SummaryService
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import named
from mesolog.ui.common.jobs import Job, Progress, run_job
from mesolog.ui.common.labels import indication_label


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    course_id: CourseId | None
    include_drafts: bool
    paper: PaperSize
    open_after: bool


class SummaryOptionsDialog(QDialog):
    """All courses or one, drafts in or out, the paper size, and whether to open the file."""

    def __init__(self, history: PatientHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_options")
        self.setWindowTitle(self.tr("Export treatment summary"))
        self.course = named(QComboBox(self), "course_id", self.tr("Courses in the summary"))
        self.course.addItem(self.tr("All courses"), None)
        for part in history.courses:
            if part.course.voiding is None:
                course = part.course
                text = self.tr("%1, from %2").replace(
                    "%1", indication_label(course.plan.indication)
                )
                self.course.addItem(
                    text.replace("%2", shown_date(course.plan.started_on)), str(course.id)
                )
        self.include_drafts = named(
            QCheckBox(self.tr("Include &drafts (marked as drafts)"), self),
            "include_drafts",
            self.tr("Include unsigned sessions"),
        )
        self.paper = named(QComboBox(self), "paper", self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), PaperSize.A4.value)
        self.paper.addItem(self.tr("US Letter"), PaperSize.LETTER.value)
        if QLocale().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
            self.paper.setCurrentIndex(1)
        self.open_after = named(
            QCheckBox(self.tr("&Open the summary when it is ready"), self),
            "open_after",
            self.tr("Open the summary afterwards"),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose &file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Courses:"), self.course)
        layout.addRow("", self.include_drafts)
        layout.addRow(self.tr("&Paper:"), self.paper)
        layout.addRow("", self.open_after)
        layout.addRow(buttons)

    def choice(self) -> SummaryChoice:
        course = self.course.currentData()
        return SummaryChoice(
            course_id=CourseId(uuid.UUID(course)) if course else None,
            include_drafts=self.include_drafts.isChecked(),
            paper=PaperSize(self.paper.currentData()),
            open_after=self.open_after.isChecked(),
        )


def export_summary(parent: QWidget, clinic: Clinic, history: PatientHistory) -> Job | None:
    """Asks what and where, then writes the PDF off the GUI thread."""
    dialog = SummaryOptionsDialog(history, parent)
    if not dialog.exec():
        return None
    choice = dialog.choice()
    patient = history.patient
    title = dialog.tr("Export treatment summary")
    suggested = f"summary-{patient.details.record_number or patient.details.family_name}.pdf"
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, dialog.tr("PDF (*.pdf)"))
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
    summaries = SummaryService(clinic.context)
    locale = QLocale().name()

    def work(_progress: Progress) -> Path:
        data = summaries.summary_data(
            patient.id,
            course_id=choice.course_id,
            include_drafts=choice.include_drafts,
            paper=choice.paper,
            locale=locale,
        )
        summaries.write_pdf(data, target)
        return target

    def done(written: Path) -> None:
        if choice.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    return run_job(parent, title, work, on_done=done)
