"""Patient ▸ Export Summary…: choose the kind of copy and what goes in, where it goes, make it
in the background, and say where it went.

The patient copy is chosen at first: it is the one handed over at the chair, and the one
that gives nothing internal away if the wrong copy is printed."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.ids import CourseId, PhotoId
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.photos import Photo
from mesolog.domain.templates import CourseEstimate
from mesolog.language.choice import NAMES
from mesolog.reports.summary_data import PaperSize, SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.services.summary import SummaryService
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import named
from mesolog.ui.common.jobs import Job, Progress, run_job
from mesolog.ui.common.labels import indication_label
from mesolog.ui.common.translation import window_language
from mesolog.ui.courses.course_templates import active_course_estimates
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.summaries._photo_choice import PhotoChoice
from mesolog.ui.summaries._written_message import remember_folder, show_written, summary_folder


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    kind: SummaryKind
    course_id: CourseId | None
    include_drafts: bool
    paper: PaperSize
    photos: bool = False
    photo_ids: tuple[PhotoId, ...] | None = None
    """The photos ticked, when not those the summary would choose itself."""
    estimates: bool = False
    """The patient copy prints the expected cost of each active course planned from a
    template."""
    language: str = "en"
    """The summary's language (`el`, `en`)."""


class SummaryOptionsDialog(QDialog):
    """Patient or clinical copy, all courses or one, drafts in or out (clinical copy only),
    the paper size, the photo page (with the patient's photo consent; ticked for the
    clinical copy), and the estimate of the courses in `estimates` (patient copy only)."""

    def __init__(
        self,
        history: PatientHistory,
        parent: QWidget | None = None,
        photos: Sequence[Photo] = (),
        estimates: Mapping[CourseId, CourseEstimate] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary_options")
        self.setWindowTitle(self.tr("Export treatment summary"))
        self.patient_copy = named(
            QRadioButton(
                self.tr("P&atient copy: to hand over; no internal notes, with aftercare advice"),
                self,
            ),
            "patient_copy",
            self.tr("Patient copy"),
        )
        self.clinical_copy = named(
            QRadioButton(self.tr("C&linical copy: everything on record, for a colleague"), self),
            "clinical_copy",
            self.tr("Clinical copy"),
        )
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.patient_copy)
        self.kinds.addButton(self.clinical_copy)
        self.patient_copy.setChecked(True)
        kinds = QWidget(self)
        column = QVBoxLayout(kinds)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.patient_copy)
        column.addWidget(self.clinical_copy)
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
            QCheckBox(self.tr("Include &drafts (marked as drafts; clinical copy only)"), self),
            "include_drafts",
            self.tr("Include unsigned sessions"),
        )
        self.include_drafts.setEnabled(False)
        self._estimates = dict(estimates or {})
        self.include_estimate = named(
            QCheckBox(self.tr("Include the course &estimate (patient copy)"), self),
            "include_estimate",
            self.tr("Include the course estimate"),
        )
        self.include_estimate.setToolTip(
            self.tr(
                "What each active course planned from a template is expected to cost: its "
                "planned sessions at the template's session fee, and its products at the "
                "catalogue's prices. Not an invoice."
            )
        )
        self.clinical_copy.toggled.connect(self._kind_changed)
        self.paper = self._paper_choice()
        self.language = self._language_choice(history.patient.details.preferred_language)
        self.photo_choice = PhotoChoice(history, photos, self)
        self.course.currentIndexChanged.connect(self._scope_changed)
        self.include_drafts.toggled.connect(self._scope_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose &file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Copy:"), kinds)
        layout.addRow(self.tr("&Courses:"), self.course)
        layout.addRow("", self.include_drafts)
        layout.addRow("", self.include_estimate)
        layout.addRow(self.tr("&Paper:"), self.paper)
        layout.addRow(self.tr("Lan&guage:"), self.language)
        layout.addRow(self.tr("Photos:"), self.photo_choice)
        layout.addRow(buttons)
        layout.setRowVisible(self.include_estimate, bool(self._estimates))
        self._offer_estimate()
        self.patient_copy.setFocus()

    def _paper_choice(self) -> QComboBox:
        paper = named(QComboBox(self), "paper", self.tr("Paper size"))
        paper.addItem(self.tr("A4"), PaperSize.A4.value)
        paper.addItem(self.tr("US Letter"), PaperSize.LETTER.value)
        if QLocale().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
            paper.setCurrentIndex(1)
        return paper

    def _language_choice(self, preferred: str | None) -> QComboBox:
        """The patient's language of documents, else the window's."""
        language = named(QComboBox(self), "language", self.tr("Language of the summary"))
        for code in LANGUAGE_CODES:  # each language in its own words, never translated
            language.addItem(NAMES[code], code)
        language.setCurrentIndex(language.findData(preferred or window_language()))
        if preferred:
            language.setToolTip(self.tr("The patient's language of documents."))
        return language

    def _kind_changed(self, clinical: bool) -> None:
        self.photo_choice.set_default_for(clinical)
        self.include_drafts.setEnabled(clinical)
        if not clinical:
            self.include_drafts.setChecked(False)
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.photo_choice.show_for(self._course_id(), include_drafts=self._drafts())
        self._offer_estimate()

    def _offer_estimate(self) -> None:
        """Offered for a patient copy that prints a course with an estimate."""
        course_id = self._course_id()
        estimated = any(course_id in (None, key) for key in self._estimates)
        self.include_estimate.setEnabled(self.patient_copy.isChecked() and estimated)
        if not self.include_estimate.isEnabled():
            self.include_estimate.setChecked(False)

    def _course_id(self) -> CourseId | None:
        course = self.course.currentData()
        return CourseId(uuid.UUID(course)) if course else None

    def _drafts(self) -> bool:
        return self.clinical_copy.isChecked() and self.include_drafts.isChecked()

    def choice(self) -> SummaryChoice:
        clinical = self.clinical_copy.isChecked()
        chosen = self.photo_choice.chosen()
        return SummaryChoice(
            kind=SummaryKind.CLINICAL if clinical else SummaryKind.PATIENT,
            course_id=self._course_id(),
            include_drafts=self._drafts(),
            paper=PaperSize(self.paper.currentData()),
            photos=self.photo_choice.wanted(),
            photo_ids=None if chosen is None else tuple(chosen),
            estimates=self.include_estimate.isChecked(),
            language=self.language.currentData(),
        )

    def copy_words(self, kind: SummaryKind) -> str:
        """The copy as the message names it: "The patient copy of the treatment summary"."""
        if kind is SummaryKind.PATIENT:
            return self.tr("The patient copy of the treatment summary")
        return self.tr("The clinical copy of the treatment summary")


def export_summary(parent: QWidget, clinic: Clinic, history: PatientHistory) -> Job | None:
    """Asks what and where, writes the PDF off the GUI thread, then says where it went."""
    patient = history.patient
    consent = patient.details.photo_consent_on is not None
    photos = clinic.photos.of_patient(patient.id) if consent else []
    estimates = active_course_estimates(clinic, history)
    dialog = SummaryOptionsDialog(history, parent, photos, estimates)
    if not dialog.exec():
        return None
    choice = dialog.choice()
    title = QCoreApplication.translate("SummaryOptionsDialog", "Export treatment summary")
    name = patient.details.record_number or patient.details.family_name
    suggested = summary_folder() / f"summary-{name}-{choice.kind.value}-copy.pdf"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("SummaryOptionsDialog", "PDF (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
    summaries = SummaryService(clinic.context)
    locale = QLocale().name()
    prepared_by = "" if clinic.account is not None else SettingsDialog.clinician_name()
    what = dialog.copy_words(choice.kind)

    def work(_progress: Progress) -> tuple[Path, int, int]:
        data = summaries.summary_data(
            patient.id,
            course_id=choice.course_id,
            kind=choice.kind,
            include_drafts=choice.include_drafts,
            paper=choice.paper,
            locale=locale,
            prepared_by=prepared_by,
            photos=choice.photos,
            photo_ids=choice.photo_ids,
            estimates=choice.estimates,
            language=choice.language,
        )
        size = summaries.write_pdf(data, target)
        return target, size, data.photo_count

    def done(written: tuple[Path, int, int]) -> None:
        path, size, photo_count = written
        remember_folder(path.parent)
        show_written(parent, path, what, size=size, photos=photo_count)

    return run_job(parent, title, work, on_done=done)
