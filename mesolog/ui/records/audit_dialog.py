"""Tools ▸ Audit Log…: the audit log's entries by patient, user and day, and a check of
its hash chain and of every audited record.

For administrators only: the dialog itself refuses anyone else (an assistant must not
browse who did what to which record), whatever the menu that opened it allowed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError
from mesolog.services.audit import AuditEntry, AuditVerification
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import qdate, shown_date_time
from mesolog.ui.common.forms import ERROR_STYLE, named
from mesolog.ui.common.jobs import Job, run_job

CONTEXT = "AuditDialog"
ENTRY_LIMIT = 1000
"""The newest entries shown at most; a note says when the filters match more."""
ANY_DATE = QDate(2000, 1, 1)
"""The date edit's 'from any date' state (its minimum, shown as words)."""
SHORT_ID = 8
UNTRUSTED_COLOUR = QColor("#b00020")
DEFAULT_SIZE = (1100, 680)
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def may_administer(clinic: Clinic) -> bool:
    """Whether the window may offer administrators' tools (the audit log, restoring a backup).

    As the services decide it: the logged-in account's role, or, with nobody logged in,
    only a database that has no accounts yet.
    """
    account = clinic.account
    if account is None:
        try:
            return not clinic.accounts.has_accounts()
        except KnownError:
            return False
    return account.may(Permission.ADMINISTER)


def uncancellable(job: Job) -> Job:
    """Removes the Cancel button of a job whose work cannot stop half-way (a backup, a
    restore, a check): it would only promise what it cannot do."""
    if shiboken6.isValid(job.dialog):
        job.dialog.setCancelButton(None)
    return job


def action_words(action: str) -> str:
    """An audit action as a person says it ('sign' → 'Signed')."""
    words = {
        "create": _tr("Created"),
        "update": _tr("Changed"),
        "void": _tr("Voided"),
        "sign": _tr("Signed"),
        "amend": _tr("Amended"),
        "import": _tr("Imported"),
        "export": _tr("Exported"),
        "backup": _tr("Backed up"),
        "restore": _tr("Restored"),
        "log_in": _tr("Logged in"),
        "log_in_failed": _tr("Log-in failed"),
    }
    return words.get(action, action.replace("_", " "))


def entity_words(entity: str) -> str:
    words = {
        "patient": _tr("Patient"),
        "course": _tr("Course"),
        "session": _tr("Session"),
        "clinician": _tr("Clinician"),
        "clinic_settings": _tr("Clinic settings"),
        "database": _tr("Database"),
    }
    return words.get(entity, entity.replace("_", " "))


def record_words(entity: str, entity_uuid: uuid.UUID | None) -> str:
    """'Session 3f2a9c10': the kind of record and the start of its id."""
    kind = entity_words(entity)
    return kind if entity_uuid is None else f"{kind} {entity_uuid.hex[:SHORT_ID]}"


class AuditColumn(IntEnum):
    NUMBER = 0
    WHEN = 1
    USER = 2
    ACTION = 3
    RECORD = 4
    DETAIL = 5


class AuditEntriesModel(QAbstractTableModel):
    """Audit entries as given (newest first), read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self.untrusted_from: int | None = None
        """The entry a check found broken: it and those after it show in the error colour."""

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            AuditColumn.NUMBER: self.tr("No."),
            AuditColumn.WHEN: self.tr("When"),
            AuditColumn.USER: self.tr("User"),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.RECORD: self.tr("Record"),
            AuditColumn.DETAIL: self.tr("Detail"),
        }.get(AuditColumn(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and self.untrusted(entry):
            return QBrush(UNTRUSTED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AuditColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def untrusted(self, entry: AuditEntry) -> bool:
        return self.untrusted_from is not None and entry.id >= self.untrusted_from

    @staticmethod
    def _text(entry: AuditEntry, column: AuditColumn) -> str:
        if column is AuditColumn.NUMBER:
            return QLocale().toString(entry.id)
        if column is AuditColumn.WHEN:
            return shown_date_time(entry.occurred_at)
        if column is AuditColumn.USER:
            return entry.actor
        if column is AuditColumn.ACTION:
            return action_words(entry.action)
        if column is AuditColumn.RECORD:
            return record_words(entry.entity, entry.entity_uuid)
        return entry.detail

    def _tip(self, entry: AuditEntry, column: AuditColumn) -> str | None:
        if column is AuditColumn.WHEN:
            return entry.occurred_at.astimezone().isoformat(timespec="seconds")
        if column is AuditColumn.RECORD:
            lines = []
            if entry.entity_uuid is not None:
                lines.append(self.tr("Record id: %1").replace("%1", str(entry.entity_uuid)))
            if entry.patient_uuid is not None:
                lines.append(self.tr("Patient id: %1").replace("%1", str(entry.patient_uuid)))
            return "\n".join(lines) or None
        if column is AuditColumn.DETAIL:
            return entry.detail or None
        if column is AuditColumn.NUMBER:
            return self.tr("Entry hash: %1").replace("%1", entry.entry_hash)
        return None


class _TodayWhenAnyDate(QObject):
    """Opens the date edit's calendar on this month while the edit says 'any date'
    (else it would open on the year 2000)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() == self._edit.minimumDate():
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


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
        self.resize(*DEFAULT_SIZE)
        self.show_entries()
        self._fill_users(self.model.entry(row).actor for row in range(self.model.rowCount()))
        self.patient.setFocus()

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
        filters = self._build_filters()
        self.error = QLabel(self)
        self.error.setObjectName("audit_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(self)
        self.note.setObjectName("entries_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self._build_verification())
        layout.addWidget(self._build_buttons())

    def _build_filters(self) -> QHBoxLayout:
        self.patient = named(QLineEdit(self), "patient", self.tr("Patient, by record number or id"))
        self.patient.setPlaceholderText(self.tr("record number or id"))
        self.patient.setClearButtonEnabled(True)
        self.user = named(QComboBox(self), "user", self.tr("User"))
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumContentsLength(14)
        line = self.user.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("any user"))
        line.setClearButtonEnabled(True)
        self.since = named(QDateEdit(self), "since", self.tr("From this day on"))
        self.since.setCalendarPopup(True)
        self.since.setMinimumDate(ANY_DATE)
        self.since.setSpecialValueText(self.tr("any date"))
        self.since.setDate(ANY_DATE)
        self.since.calendarWidget().installEventFilter(_TodayWhenAnyDate(self.since))
        self.any_date = named(
            QPushButton(self.tr("A&ny Date"), self), "any_date", self.tr("From any date")
        )
        self.any_date.setAutoDefault(False)
        self.any_date.clicked.connect(lambda: self.since.setDate(ANY_DATE))
        self.show_button = named(
            QPushButton(self.tr("&Show Entries"), self), "show_entries", self.tr("Show entries")
        )
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_entries)

        filters = QHBoxLayout()
        for caption, field in (
            (self.tr("&Patient:"), self.patient),
            (self.tr("&User:"), self.user),
            (self.tr("S&ince:"), self.since),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1 if field is self.patient else 0)
            filters.addSpacing(8)
        filters.addWidget(self.any_date)
        filters.addStretch(0)
        filters.addWidget(self.show_button)
        return filters

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
            self.tr("Verify the chain of entries and the records"),
        )
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def _build_verification(self) -> QGroupBox:
        self.verification = QGroupBox(self.tr("Check of the audit log"), self)
        self.verification.setObjectName("verification")
        self.verify_heading = QLabel(self.verification)
        self.verify_heading.setObjectName("verify_heading")
        self.verify_heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_summary = QLabel(self.verification)
        self.verify_summary.setObjectName("verify_summary")
        self.verify_summary.setWordWrap(True)
        self.verify_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.newest_hash = named(
            QLineEdit(self.verification), "newest_hash", self.tr("Hash of the newest entry")
        )
        self.newest_hash.setReadOnly(True)
        self.newest_hash.setFont(fixed)
        self.newest_hash.setMinimumWidth(self.newest_hash.fontMetrics().horizontalAdvance("0" * 66))
        self.hash_caption = QLabel(self.tr("Newest &hash:"), self.verification)
        self.hash_caption.setBuddy(self.newest_hash)
        self.verify_problems = named(
            QPlainTextEdit(self.verification), "verify_problems", self.tr("Problems found")
        )
        self.verify_problems.setReadOnly(True)
        self.verify_problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.verify_problems.setFont(fixed)
        self.verify_problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.problems_caption = QLabel(self.tr("P&roblems:"), self.verification)
        self.problems_caption.setBuddy(self.verify_problems)
        form = QFormLayout(self.verification)
        form.addRow(self.verify_heading)
        form.addRow(self.verify_summary)
        form.addRow(self.hash_caption, self.newest_hash)
        form.addRow(self.problems_caption, self.verify_problems)
        self.verification.hide()
        return self.verification

    def _fill_users(self, more: Any = ()) -> None:
        """Every account's username and every user seen in the entries, sorted; '' first."""
        known = {self.user.itemText(i) for i in range(self.user.count())} - {""}
        with contextlib.suppress(KnownError):
            known |= {account.username for account in self._clinic.accounts.list()}
        known |= set(more)
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(sorted(known, key=str.casefold))
        self.user.setCurrentText(typed)
        self.user.blockSignals(False)

    # the entries

    def filters(self) -> dict[str, Any]:
        """The filters as the service takes them (None: not filtered)."""
        since = self.since.date()
        return {
            "patient": self.patient.text().strip() or None,
            "actor": self.user.currentText().strip() or None,
            "since": None if since == self.since.minimumDate() else since.toPython(),
        }

    def set_since(self, day: dt.date | None) -> None:
        self.since.setDate(ANY_DATE if day is None else qdate(day))

    def show_entries(self) -> None:
        """Loads the newest entries the filters match; a problem is shown above the table."""
        self.error.hide()
        try:
            entries = self._clinic.audit.entries(**self.filters(), limit=self._limit + 1)
        except KnownError as error:
            self.model.set_entries([])
            self.error.setText(str(error))
            self.error.show()
            self.note.setText(self.tr("No entries shown."))
            return
        more = len(entries) > self._limit
        shown = entries[: self._limit]
        self.model.set_entries(shown)
        self._size_columns()
        locale = QLocale()
        if more:
            text = self.tr(
                "Showing the newest %1 entries, newest first. Older ones match too: narrow "
                "the filters (a patient, a user or a first day) to see them."
            ).replace("%1", locale.toString(len(shown)))
        elif not shown:
            text = self.tr("No entries match these filters.")
        else:
            text = self.tr("Entries: %1, newest first.").replace("%1", locale.toString(len(shown)))
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
                label=self.tr("Checking every entry of the audit log and every audited record…"),
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
            self.verify_heading.setText(self.tr("Not checked"))
            self.verify_heading.setStyleSheet("font-weight: bold;" + ERROR_STYLE)
            self.verify_summary.setText(
                self.tr("The audit log could not be checked: %1").replace("%1", str(error))
            )
            self._show_hash(None)
            self._show_problems([])
            self.verification.show()

    def show_verification(self, result: AuditVerification) -> None:
        """The result in words: intact with the newest hash, or what is broken where.

        The entries are read again, so the table shows them as they are stored now; those
        from a break on are marked as not to be trusted.
        """
        locale = QLocale()
        checked = self.tr("Checked %1.").replace("%1", shown_date_time(self._clinic.context.now()))
        problems: list[str] = []
        broken = result.first_break
        if broken is not None:
            number = locale.toString(broken.entry_id)
            heading = self.tr("Broken at entry %1").replace("%1", number)
            summary = self.tr(
                "The audit log was changed outside mesolog: entry %1 and those after it "
                "cannot be trusted. Keep this database file as it is, for whoever looks into it."
            ).replace("%1", number)
            problems.append(
                self.tr("Entry %1: %2")
                .replace("%1", str(broken.entry_id))
                .replace("%2", broken.reason)
            )
        elif result.changed_records:
            heading = self.tr("Records changed outside mesolog")
            summary = self.tr(
                "The chain of all %1 entries is intact, but the records listed below were "
                "changed behind mesolog's back after their newest audit entry."
            ).replace("%1", locale.toString(result.entries))
        else:
            heading = self.tr("Intact")
            summary = (
                self.tr(
                    "All %1 entries link up from the first to the newest, and all %2 audited "
                    "records match their newest entry. Write down or print the hash of the "
                    "newest entry (%3): a later check must find the same hash at entry %3."
                )
                .replace("%1", locale.toString(result.entries))
                .replace("%2", locale.toString(result.records_checked))
                .replace("%3", locale.toString(result.entries))
            )
        for mismatch in result.changed_records:
            problems.append(
                self.tr("%1 (last audited in entry %2): %3")
                .replace("%1", record_words(mismatch.entity, mismatch.entity_uuid))
                .replace("%2", str(mismatch.entry_id))
                .replace("%3", mismatch.reason)
            )
        self.model.untrusted_from = None if broken is None else broken.entry_id
        self.show_entries()
        if broken is not None:
            self._select_entry(broken.entry_id)
        self.verify_heading.setText(heading)
        self.verify_heading.setStyleSheet(
            "font-weight: bold;" + ("" if result.intact else ERROR_STYLE)
        )
        self.verify_summary.setText(f"{summary} {checked}")
        self._show_hash(result.last_hash if broken is None else None)
        self._show_problems(problems)
        self.verification.show()

    def _show_hash(self, value: str | None) -> None:
        self.newest_hash.setText(value or "")
        self.newest_hash.setVisible(value is not None)
        self.hash_caption.setVisible(value is not None)

    def _show_problems(self, problems: list[str]) -> None:
        self.verify_problems.setPlainText("\n".join(problems))
        self.verify_problems.setVisible(bool(problems))
        self.problems_caption.setVisible(bool(problems))

    def _select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
