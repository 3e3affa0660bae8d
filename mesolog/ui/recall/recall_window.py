"""Records ▸ Recall…: which patients received a lot (or a product, between two days), with
their contact details and the sessions concerned; the list as CSV and a letter to each as
one PDF, written in the background, each letter in its patient's language (the one they
prefer, else the window's).

Each search is audited with the reason typed; the window says how many were found and never
repeats the reason. For clinicians and administrators (services.recall); the window itself
refuses anyone else, whatever the menu allowed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError, ValidationError
from mesolog.reports.recall_data import RecallQuery, RecallResult
from mesolog.reports.summary_data import PaperSize
from mesolog.services.clinic import Clinic
from mesolog.services.recall import RECALL_ROLES
from mesolog.services.recall_files import RecallFiles
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.jobs import Progress, run_job
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown, window_language
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.recall._letter_box import LetterBox
from mesolog.ui.recall._recall_form import RecallForm
from mesolog.ui.recall._recall_table import RecallColumn, RecallTableModel

__all__ = ["RecallColumn", "RecallWindow", "may_recall", "open_recall"]

DEFAULT_SIZE = (1280, 720)


def may_recall(clinic: Clinic) -> bool:
    """Whether the window may offer the recall: a clinician's or an administrator's account,
    or, with nobody logged in, a database that has no accounts yet."""
    account = clinic.account
    if account is None:
        try:
            return not clinic.accounts.has_accounts()
        except KnownError:
            return False
    return account.role in RECALL_ROLES


def open_recall(clinic: Clinic, parent: QWidget | None = None) -> RecallWindow:
    window = RecallWindow(clinic, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


class RecallWindow(QDialog):
    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recall_window")
        self.setWindowTitle(self.tr("Recall"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._clinic = clinic
        self._files = RecallFiles(clinic.context)
        try:
            products = clinic.recall.product_names()
        except KnownError:
            products = []
        self.form = RecallForm(clinic.context.today(), products, self)
        self.form.search_button.clicked.connect(self.search)
        self.error = error_label("recall_error", self)
        self.summary = QLabel(self.tr("Type a lot or a product, and the reason, then Search."))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)  # a product's long name does not widen the window
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_table(), self.tr("&Patients and sessions"))
        self.letter = LetterBox(clinic, self)
        self.tabs.addTab(self.letter, self.tr("Letter &text"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self._build_buttons())
        resize_within_screen(self, *DEFAULT_SIZE)
        if not may_recall(clinic):
            self._refuse()
        self.form.lot.setFocus()

    def _build_table(self) -> QTableView:
        self.model = RecallTableModel(self._clinic, self)
        self.model.unreadable.connect(self._say)
        self.table = named(QTableView(self), "recalled", self.tr("Patients and sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return self.table

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.csv_button = self._button(self.tr("Export &CSV…"), "export_csv", self.export_csv)
        self.letters_button = self._button(
            self.tr("&Letters PDF…"), "letters_pdf", self.write_letters
        )
        for button in (self.csv_button, self.letters_button):
            button.setEnabled(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = named(QPushButton(text, self), name, text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _refuse(self) -> None:
        self.form.setEnabled(False)
        self._say(
            self.tr(
                "Only a clinician or an administrator may search the records for a recall: "
                "it reads the treatments of every patient at once."
            )
        )

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # searching

    def search(self) -> None:
        self._say("")
        query = self.form.query()
        if query is None:
            self._not_searched()
            return
        try:
            with busy():
                result = self._clinic.recall.search(
                    query, reason=self.form.reason.text(), read=self.model.page
                )
        except ValidationError as error:
            self.form.show_violations(error.violations)
            self._not_searched()
            return
        except KnownError as error:
            self._say(shown(error.text))
            self._not_searched()
            return
        self.show_result(result)

    @property
    def recalled(self) -> RecallResult | None:
        """The result shown, with the patients read so far (a file reads the rest)."""
        return self.model.result

    def _not_searched(self) -> None:
        """A refused search takes the previous one's results away, so that they are never
        read as the answer to the question now typed."""
        self.model.set_result(None)
        self.summary.setText(self.tr("Not searched: the problem is shown above."))
        self.csv_button.setEnabled(False)
        self.letters_button.setEnabled(False)
        self.letter.show_counts({}, window_language())
        self.status.clear()

    def show_result(self, result: RecallResult) -> None:
        self.model.set_result(result)
        self.table.resizeColumnsToContents()
        patients, sessions = result.patient_count, result.session_count
        counted = self.tr("1 patient") if patients == 1 else self.tr("%n patients", "", patients)
        counted += ", "
        counted += self.tr("1 session") if sessions == 1 else self.tr("%n sessions", "", sessions)
        self.summary.setText(f"{counted}: {self._sought(result.query)}")
        self.csv_button.setEnabled(True)
        self.letters_button.setEnabled(bool(patients))
        asked = window_language()
        self.letter.show_counts(result.letters_by_language(asked), asked)
        self.status.clear()
        self.tabs.setCurrentIndex(0)

    def _sought(self, query: RecallQuery) -> str:
        """What was searched for, in the window's words and the locale's dates."""
        parts = []
        if query.lot:
            parts.append(self.tr('lot "%1"').replace("%1", query.lot))
        if query.product:
            parts.append(self.tr('product "%1"').replace("%1", query.product))
        if query.from_date is not None or query.to_date is not None:
            start, end = (
                shown_date(day) if day is not None else self.tr("any date")
                for day in (query.from_date, query.to_date)
            )
            parts.append(self.tr("%1 to %2").replace("%1", start).replace("%2", end))
        return ", ".join(parts)

    # files

    def _target(self, suffix: str, kind: str) -> Path | None:
        title = (
            self.tr("Save the recall's CSV") if suffix == ".csv" else self.tr("Save the letters")
        )
        suggested = Path.home() / f"recall{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), kind)
        if not path:
            return None
        return Path(path) if Path(path).suffix else Path(path).with_suffix(suffix)

    def export_csv(self) -> None:
        result = self.recalled
        target = self._target(".csv", self.tr("CSV (*.csv)"))
        if result is None or target is None:
            return
        files, recall = self._files, self._clinic.recall

        def work(_progress: Progress) -> tuple[int, int]:
            whole = recall.whole(result)
            return files.write_csv(whole, target), len(whole.patients)

        run_job(
            self,
            self.tr("Export CSV"),
            work,
            on_done=lambda done: self._written(self._list_words(done[1]), target, done[0]),
        )

    def _list_words(self, count: int) -> str:
        if count == 1:
            return self.tr("The list of 1 patient")
        return self.tr("The list of %n patients", "", count)

    def write_letters(self) -> None:
        result = self.recalled
        asked = window_language()
        needed = result.letters_by_language(asked) if result is not None else {}
        texts = self.letter.checked_texts(needed or [asked])
        if texts is None:
            self.tabs.setCurrentWidget(self.letter)
            return
        target = self._target(".pdf", self.tr("PDF (*.pdf)"))
        if result is None or target is None:
            return
        locale = QLocale()
        paper = PaperSize.A4
        if locale.territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
            paper = PaperSize.LETTER
        files = self._files

        def work(_progress: Progress) -> tuple[int, int]:
            data = files.letter_data(
                result, texts=texts, locale=locale.name(), language=asked, paper=paper
            )
            return files.write_letters(data, target), len(data.result.patients)

        run_job(
            self,
            self.tr("Letters PDF"),
            work,
            on_done=lambda done: self._written(self._letter_words(done[1]), target, done[0]),
        )

    def _letter_words(self, count: int) -> str:
        return self.tr("1 letter") if count == 1 else self.tr("%n letters", "", count)

    def _written(self, what: str, target: Path, size: int) -> None:
        amount = QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        words = self.tr("%1 (%2) written to %3")
        self.status.setText(
            words.replace("%1", what).replace("%2", amount).replace("%3", str(target))
        )
