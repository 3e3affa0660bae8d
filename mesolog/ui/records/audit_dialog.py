"""Records ▸ Audit Log…: the audit log's entries by patient, user and day, and a check of
its hash chain, of every record (changed, or added without an entry) and of the database's
locks on signed records.

For administrators only: the dialog itself refuses anyone else (an assistant must not
browse who did what to which record), whatever the menu that opened it allowed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.services.audit import AuditEntry, AuditVerification
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.jobs import Job, run_job
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.records._audit_entries_model import AuditColumn, AuditEntriesModel
from mesolog.ui.records._audit_filters import AuditFilterBar
from mesolog.ui.records._audit_verification import AuditVerificationBox
from mesolog.ui.records._rules import may_administer, uncancellable
from mesolog.ui.records.anchor_check_dialog import AnchorCheckDialog

ENTRY_LIMIT = 1000
"""The newest entries shown at most; a note says when the filters match more."""
DEFAULT_SIZE = (1100, 680)


class AuditDialog(QDialog):
    """The audit log's entries, newest first, filtered; and Verify Chain."""

    def __init__(
        self, clinic: Clinic, parent: QWidget | None = None, *, limit: int = ENTRY_LIMIT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Audit log"))
        self._clinic = clinic
        self._limit = limit
        self._verifying: Job | None = None
        self.refused = not may_administer(clinic)
        if self.refused:
            self._build_refusal()
            return
        self._build()
        self._fill_users()
        resize_within_screen(self, *DEFAULT_SIZE)
        self.show_entries()
        self._fill_users(self.model.entry(row).actor for row in range(self.model.rowCount()))
        self.filter_bar.patient.setFocus()

    # building

    def _build_refusal(self) -> None:
        message = QLabel(
            self.tr(
                "Only an administrator may read the audit log: it shows who changed, signed "
                "or exported which record. Ask an administrator to look into it for you."
            ),
            self,
        )
        message.setObjectName("refusal")
        message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)
        self.resize(440, 140)

    def _build(self) -> None:
        self.filter_bar = AuditFilterBar(self._clinic.context.today(), self)
        self.filter_bar.show_button.clicked.connect(self.show_entries)
        self.error = error_label("audit_error", self)
        self.note = QLabel(self)
        self.note.setObjectName("entries_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self._build_table(), 1)
        self.verification = AuditVerificationBox(self)
        layout.addWidget(self.verification)
        layout.addWidget(self._build_buttons())

    def _build_table(self) -> QTableView:
        self.model = AuditEntriesModel(self)
        self.table = named(QTableView(self), "entries", self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return self.table

    def _build_buttons(self) -> QDialogButtonBox:
        self.verify_button = named(
            QPushButton(self.tr("&Verify Chain"), self),
            "verify_chain",
            self.tr("Verify the chain of entries, the records and the locks on signed records"),
        )
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.against_button = QPushButton(self.tr("Verify &Against…"), self)
        self.against_button.setObjectName("verify_against")
        self.against_button.setAutoDefault(False)
        self.against_button.clicked.connect(self.verify_against)
        buttons.addButton(self.against_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def _fill_users(self, more: Iterable[str] = ()) -> None:
        """Every account's username and every user seen in the entries, sorted; '' first."""
        names = set(more)
        with contextlib.suppress(KnownError):
            names |= {account.username for account in self._clinic.accounts.list()}
        self.filter_bar.add_users(names)

    # the entries

    def show_entries(self) -> None:
        """Loads the newest entries the filters match; a problem is shown above the table."""
        self.error.hide()
        if self.filter_bar.show_since_problem():
            return
        try:
            entries = self._clinic.audit.entries(**self.filter_bar.filters(), limit=self._limit + 1)
        except KnownError as error:
            self.model.set_entries([])
            self.error.setText(shown(error.text))
            self.error.show()
            self.note.setText(self.tr("No entries shown."))
            return
        more = len(entries) > self._limit
        listed = entries[: self._limit]
        self.model.set_entries(listed)
        self._size_columns()
        locale = QLocale()
        if more:
            text = self.tr(
                "Showing the newest %Ln entries, newest first. Older ones match too: narrow "
                "the filters (a patient, a user or a first day) to see them.",
                "",
                len(listed),
            )
        elif not listed:
            text = self.tr("No entries match these filters.")
        else:
            text = self.tr("Entries: %1, newest first.").replace("%1", locale.toString(len(listed)))
        self.note.setText(text)

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widest = self.fontMetrics().averageCharWidth() * 28
        for column in (AuditColumn.USER, AuditColumn.RECORD):
            header.resizeSection(column, min(header.sectionSize(column), widest) + 12)
        header.resizeSection(AuditColumn.WHEN, header.sectionSize(AuditColumn.WHEN) + 12)

    def shown_entries(self) -> list[AuditEntry]:
        return [self.model.entry(row) for row in range(self.model.rowCount())]

    def shown_rows(self) -> list[list[str]]:
        """The table's text, row by row (what a person reads)."""
        return [
            [
                str(self.model.data(self.model.index(row, column)))
                for column in range(self.model.columnCount())
            ]
            for row in range(self.model.rowCount())
        ]

    # verifying

    def verify_against(self) -> AnchorCheckDialog:
        """Records ▸ Audit Log ▸ Verify Against…: a backup, an export or a printed summary."""
        dialog = AnchorCheckDialog(self._clinic, self)
        dialog.open()
        return dialog

    def verify(self) -> Job | None:
        """Checks the whole chain and every audited record off the GUI thread."""
        if self.refused or self._verifying is not None:
            return None
        self.verify_button.setEnabled(False)
        audit = self._clinic.audit
        self._verifying = uncancellable(
            run_job(
                self,
                self.tr("Verify the audit log"),
                lambda _progress: audit.verify(),
                on_done=self._verified,
                on_error=self._verify_failed,
                label=self.tr(
                    "Checking every entry of the audit log, every record and the database's "
                    "locks on signed records…"
                ),
            )
        )
        return self._verifying

    def _verified(self, result: AuditVerification) -> None:
        if shiboken6.isValid(self):
            self._verifying = None
            self.verify_button.setEnabled(True)
            self.show_verification(result)

    def _verify_failed(self, error: KnownError) -> None:
        if shiboken6.isValid(self):
            self._verifying = None
            self.verify_button.setEnabled(True)
            self.verification.show_failure(error)

    def show_verification(self, result: AuditVerification) -> None:
        """The result in words.

        The entries are read again, so the table shows them as they are stored now; those
        from a break on are marked as not to be trusted.
        """
        checked_at = self._clinic.context.now()
        broken = result.first_break
        self.model.untrusted_from = None if broken is None else broken.entry_id
        self.show_entries()
        if broken is not None:
            self._select_entry(broken.entry_id)
        self.verification.show_result(result, checked_at)

    def _select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
