"""The dialog that adds photo files to the patient's record, several at once: one row a
file with its preview, where the clinician says the view, the moment and the session (set
for all the files at once from the first row), then Add. Each file is added on its own:
one refused (no photo consent, not an image, too large, the patient has it already) says
why on its row, and nothing is written for it; the rest are added."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import SessionId
from mesolog.domain.photos import Photo, PhotoInput
from mesolog.domain.records import Patient
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import ERROR_STYLE, in_locale_dates, named, violation_text
from mesolog.ui.common.jobs import Progress, run_job
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.screen_fit import ScrollingBody, resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.photos._photo_rows import (
    PhotoRow,
    SessionChoice,
    choose,
    moment_combo,
    session_combo,
    view_combo,
)
from mesolog.ui.photos.photo_files import read_photo_file

DEFAULT_SIZE = (980, 560)


@dataclass(frozen=True, slots=True)
class _Request:
    row: int
    path: Path
    details: PhotoInput


@dataclass(frozen=True, slots=True)
class _Outcome:
    row: int
    photo: Photo | None
    error: KnownError | None


def _add_each(
    add: Callable[[Path, PhotoInput], Photo], requests: Sequence[_Request]
) -> Callable[[Progress], list[_Outcome]]:
    """The job's work: each file added on its own; a Cancel stops before the next file."""

    def work(progress: Progress) -> list[_Outcome]:
        outcomes = []
        for done, request in enumerate(requests):
            if progress.cancelled():
                break
            progress.report(done, len(requests))
            try:
                photo = add(request.path, request.details)
            except KnownError as error:
                outcomes.append(_Outcome(request.row, None, error))
            else:
                outcomes.append(_Outcome(request.row, photo, None))
        return outcomes

    return work


def refusal_text(error: KnownError) -> str:
    """A refusal in the words of the service (dates in the locale's form); a rule broken
    by the field its row shows it in ("Label: …")."""
    if not isinstance(error, ValidationError):
        return in_locale_dates(shown(error.text))
    fields = {
        "label": QCoreApplication.translate("AddPhotosDialog", "Label"),
        "session_id": QCoreApplication.translate("AddPhotosDialog", "Session"),
    }
    return "\n".join(
        f"{fields.get(violation.field, violation.field)}: {violation_text(violation)}"
        for violation in error.violations
    )


class AddPhotosDialog(QDialog):
    """Adds `files` to the `patient`'s photos; `sessions` are the sessions a photo may go
    to (with None, between sessions), `session` the one chosen at first."""

    added = Signal(object)
    """The paths (list[Path]) of the files just added, each once."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        patient: Patient,
        files: Sequence[Path],
        sessions: list[SessionChoice],
        *,
        session: SessionId | None = None,
        consent_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add_photos_dialog")
        self._clinic = clinic
        self._bus = bus
        self._patient_id = patient.id
        self.setWindowTitle(self.tr("Add photos — %1").replace("%1", patient.display_name))
        self.heading = named(
            QLabel(
                self.tr(
                    "Say what each photo shows and the session it was taken at, then Add: "
                    "they go into the record of %1."
                ).replace("%1", patient.display_name),
                self,
            ),
            "add_photos_heading",
            "",
        )
        self.heading.setWordWrap(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(3, 1)
        self.rows = [
            PhotoRow(body, path, index, sessions, session) for index, path in enumerate(files)
        ]
        self.all_view = view_combo(body, "all_view", self.tr("View of every file"))
        self.all_moment = moment_combo(body, "all_moment", self.tr("Moment of every file"))
        self.all_session = session_combo(
            body, "all_session", self.tr("Session of every file"), sessions
        )
        choose(self.all_session, session)
        self._lay_out(grid)
        self.consent_note = named(QLabel(consent_note, self), "consent_note", "")
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet(ERROR_STYLE)
        self.consent_note.setVisible(bool(consent_note))
        self.summary = named(QLabel(self), "add_summary", self.tr("Outcome"))
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self._add_text(len(self.rows)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("add")
        self.add_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.consent_note)
        layout.addWidget(ScrollingBody(body, self), 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.all_view.currentIndexChanged.connect(lambda: self._set_all("view", self.all_view))
        self.all_moment.currentIndexChanged.connect(
            lambda: self._set_all("moment", self.all_moment)
        )
        self.all_session.currentIndexChanged.connect(
            lambda: self._set_all("session", self.all_session)
        )
        resize_within_screen(self, *DEFAULT_SIZE)
        self._previews = list(self.rows)
        self._preview_timer = QTimer(self)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._next_preview)
        self._preview_timer.start()

    def _lay_out(self, grid: QGridLayout) -> None:
        headings = (
            self.tr("File"),
            self.tr("View"),
            self.tr("Label"),
            self.tr("Moment"),
            self.tr("Session"),
        )
        for column, text in enumerate(headings, 1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        line = 1
        if len(self.rows) > 1:
            grid.addWidget(QLabel(self.tr("Every file:")), line, 1)
            grid.addWidget(self.all_view, line, 2)
            grid.addWidget(self.all_moment, line, 4)
            grid.addWidget(self.all_session, line, 5)
            line += 1
        else:
            for combo in (self.all_view, self.all_moment, self.all_session):
                combo.hide()
        for row in self.rows:
            row.place(grid, line)
            line += 2
        grid.setRowStretch(line, 1)

    def _add_text(self, count: int) -> str:
        if count == 1:
            return self.tr("&Add 1 photo")
        return self.tr("&Add %n photos", "", count)

    def _set_all(self, part: str, source: QComboBox) -> None:
        for row in self.rows:
            if not row.added:
                choose(getattr(row, part), source.currentData())

    def _next_preview(self) -> None:
        """The previews one by one once the dialog is up, so it opens at once."""
        if self._previews:
            self._previews.pop(0).load_preview()
        else:
            self._preview_timer.stop()

    def pending(self) -> list[PhotoRow]:
        return [row for row in self.rows if not row.added]

    def add(self) -> None:
        """Adds every file not added yet, in a job (a 12 MP photo takes a moment)."""
        requests = [
            _Request(index, row.path, row.details())
            for index, row in enumerate(self.rows)
            if not row.added
        ]
        if not requests:
            self.accept()
            return
        photos, patient_id = self._clinic.photos, self._patient_id

        def add_one(path: Path, details: PhotoInput) -> Photo:
            data = read_photo_file(path)
            return photos.add(patient_id, details, data, file_label=path.name)

        self.add_button.setEnabled(False)
        run_job(
            self,
            self.tr("Add photos"),
            _add_each(add_one, requests),
            on_done=self._show_outcomes,
            label=self.tr("Adding photos…"),
        )

    def _show_outcomes(self, outcomes: list[_Outcome]) -> None:
        added: list[Path] = []
        for outcome in outcomes:
            row = self.rows[outcome.row]
            if outcome.error is None:
                row.show_added(self.tr("Added."))
                added.append(row.path)
            else:
                row.show_refused(refusal_text(outcome.error))
        if added:
            self._bus.changed.emit()
            self.added.emit(added)
        left = len(self.pending())
        if not left:
            self.accept()
            return
        self.add_button.setEnabled(True)
        self.add_button.setText(self._add_text(left))
        refused = len(outcomes) - len(added)
        summary = self.tr("%1 added, %2 not added: each says why.")
        self.summary.setText(summary.replace("%1", str(len(added))).replace("%2", str(refused)))
        self.summary.show()
