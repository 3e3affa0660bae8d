"""The audit dialog's check of the chain, in words: intact with the newest entry's hash,
or what is broken where, or why it could not be checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.audit import AuditVerification
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.forms import ERROR_STYLE, named
from mesolog.ui.records._audit_entries_model import record_words


class AuditVerificationBox(QGroupBox):
    """Hidden until a check has ended; then its heading, what it means, the newest hash
    (while the chain holds) and the problems found (if any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check of the audit log"))
        self.setObjectName("verification")
        self.heading = QLabel(self)
        self.heading.setObjectName("verify_heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setObjectName("verify_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.newest_hash = named(
            QLineEdit(self), "newest_hash", self.tr("Hash of the newest entry")
        )
        self.newest_hash.setReadOnly(True)
        self.newest_hash.setFont(fixed)
        self.newest_hash.setMinimumWidth(self.newest_hash.fontMetrics().horizontalAdvance("0" * 66))
        self.hash_caption = QLabel(self.tr("Newest &hash:"), self)
        self.hash_caption.setBuddy(self.newest_hash)
        self.problems = named(QPlainTextEdit(self), "verify_problems", self.tr("Problems found"))
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setFont(fixed)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.problems_caption = QLabel(self.tr("P&roblems:"), self)
        self.problems_caption.setBuddy(self.problems)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.summary)
        form.addRow(self.hash_caption, self.newest_hash)
        form.addRow(self.problems_caption, self.problems)
        self.hide()

    def show_result(self, result: AuditVerification, checked_at: dt.datetime) -> None:
        locale = QLocale()
        checked = self.tr("Checked %1.").replace("%1", shown_date_time(checked_at))
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
        self._show(
            heading,
            f"{summary} {checked}",
            newest_hash=result.last_hash if broken is None else None,
            problems=problems,
            trusted=result.intact,
        )

    def show_failure(self, error: KnownError) -> None:
        self._show(
            self.tr("Not checked"),
            self.tr("The audit log could not be checked: %1").replace("%1", str(error)),
            newest_hash=None,
            problems=[],
            trusted=False,
        )

    def _show(
        self,
        heading: str,
        summary: str,
        *,
        newest_hash: str | None,
        problems: list[str],
        trusted: bool,
    ) -> None:
        self.heading.setText(heading)
        self.heading.setStyleSheet("font-weight: bold;" + ("" if trusted else ERROR_STYLE))
        self.summary.setText(summary)
        self.newest_hash.setText(newest_hash or "")
        self.newest_hash.setVisible(newest_hash is not None)
        self.hash_caption.setVisible(newest_hash is not None)
        self.problems.setPlainText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.problems_caption.setVisible(bool(problems))
        self.show()
