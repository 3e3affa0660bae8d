"""The audit dialog's check of the chain, in words: intact with the newest entry's hash,
or what is broken where, or why it could not be checked."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mesolog.domain.errors import KnownError
from mesolog.services.audit import (
    AuditVerification,
    CheckKind,
    GuardFault,
    Unaudited,
    VerifyMark,
    VerifyScope,
)
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.forms import ERROR_STYLE, named
from mesolog.ui.common.translation import shown
from mesolog.ui.records._audit_entries_model import SHORT_ID, record_words


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
        changed = bool(result.changed_records or result.unaudited_records or result.guard_problems)
        mark = result.scope.mark
        rewritten = mark if result.scope.kind is CheckKind.MARK_BROKEN else None
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
                .replace("%2", shown(broken.text))
            )
        elif rewritten is not None:
            heading = self.tr("Rewritten since the last check")
            summary = self._rewritten_summary(rewritten)
        elif changed:
            heading = self._changed_heading(result)
            summary = " ".join(
                [
                    self.tr("The chain of all %Ln entries is intact.", "", result.entries),
                    *self._changed_sentences(result),
                    self.tr("Keep this database file as it is, for whoever looks into it."),
                ]
            )
        else:
            heading = self.tr("Intact")
            summary = self._intact_summary(result)
        problems += [] if rewritten is None else [self._rewritten_problem(rewritten)]
        problems += self._record_problems(result) + self._lock_problems(result)
        if result.exposed_files:
            summary += " " + self.tr(
                "Others on this computer may read the database files listed below: ask whoever "
                "looks after this computer to make them readable by you alone."
            )
            problems += self._file_problems(result)
        self._show(
            heading,
            " ".join([summary, checked, *self._scope_sentences(result.scope)]),
            newest_hash=result.last_hash if broken is None else None,
            problems=problems,
            trusted=result.intact,
        )

    def _intact_summary(self, result: AuditVerification) -> str:
        locale = QLocale()
        mark = result.scope.mark
        if mark is None or not result.scope.incremental:
            #: %1: the entries counted ("5 entries"); %2: the audited records counted
            intact = self.tr(
                "All %1 link up from the first to the newest, and all %2 match their "
                "newest entry; an entry wrote every record, and the locks on signed records "
                "are as mesolog made them. Write down or print the hash of the newest entry "
                "(%3): a later check must find the same hash at entry %3."
            )
            return (
                intact.replace("%1", self.tr("%Ln entries", "", result.entries))
                .replace("%2", self.tr("%Ln audited records", "", result.records_checked))
                .replace("%3", locale.toString(result.entries))
            )
        #: %1: the new entries counted ("5 entries"); %2: the entry an earlier check marked;
        #: %3: when that check was made; %4: the records compared ("5 audited records");
        #: %5: all the audited records (a number); %6: the newest entry's number
        intact = self.tr(
            "The %1 after entry %2 link up to the newest, entry %2 still holds the hash the "
            "check of %3 found, and a seventh of the older entries link up too; %4 of %5 match "
            "their newest entry (those the new entries wrote and a seventh of the others); an "
            "entry wrote every record, and the locks on signed records are as mesolog made "
            "them. Write down or print the hash of the newest entry (%6): a later check must "
            "find the same hash at entry %6."
        )
        return (
            intact.replace("%1", self.tr("%Ln entries", "", result.entries - mark.entry))
            .replace("%2", locale.toString(mark.entry))
            .replace("%3", shown_date_time(mark.at))
            .replace("%4", self.tr("%Ln audited records", "", result.records_checked))
            .replace("%5", locale.toString(result.records_audited))
            .replace("%6", locale.toString(result.entries))
        )

    def _rewritten_summary(self, mark: VerifyMark) -> str:
        return (
            self.tr(
                "The audit log is not as the check of %1 left it: entry %2 no longer holds the "
                "hash it held then, or entries up to it were removed or slipped in. Keep this "
                "database file as it is, for whoever looks into it."
            )
            .replace("%1", shown_date_time(mark.at))
            .replace("%2", QLocale().toString(mark.entry))
        )

    def _rewritten_problem(self, mark: VerifyMark) -> str:
        return (
            self.tr("Entry %1: not as the check of %2 left it (its hash was %3)")
            .replace("%1", str(mark.entry))
            .replace("%2", shown_date_time(mark.at))
            .replace("%3", mark.hash)
        )

    def _scope_sentences(self, scope: VerifyScope) -> list[str]:
        """How the check went: incremental or full (and why), how long, how fast."""
        locale = QLocale()
        seconds = locale.toString(scope.seconds, "f", 1)
        rate = locale.toString(round(scope.entries_per_second))
        if scope.incremental:
            sentences = [
                self.tr(
                    "Incremental check in %1 s (%2 entries a second). A record changed behind "
                    "mesolog's back between two checks, with its locks removed and put back, "
                    "is found within seven checks, or by a full check (mesolog audit verify "
                    "--full)."
                )
                .replace("%1", seconds)
                .replace("%2", rate)
            ]
        else:
            sentences = [
                self.tr("Full check in %1 s (%2 entries a second).")
                .replace("%1", seconds)
                .replace("%2", rate)
            ]
            because = {
                CheckKind.RESTORED: self.tr("The database was restored since the last check."),
                CheckKind.NO_MARK: self.tr(
                    "This computer kept no mark of an earlier check of this database."
                ),
            }.get(scope.kind)
            sentences += [] if because is None else [because]
        if scope.mark_error is not None:
            sentences.append(
                self.tr("This check's mark could not be kept in %1 (%2).")
                .replace("%1", str(scope.mark_file))
                .replace("%2", scope.mark_error)
            )
        return sentences

    def _changed_heading(self, result: AuditVerification) -> str:
        kinds = [
            bool(result.changed_records),
            bool(result.unaudited_records),
            bool(result.guard_problems),
        ]
        if sum(kinds) > 1:
            return self.tr("Changed outside mesolog")
        if result.changed_records:
            return self.tr("Records changed outside mesolog")
        if result.unaudited_records:
            return self.tr("Records added outside mesolog")
        return self.tr("Locks changed outside mesolog")

    def _changed_sentences(self, result: AuditVerification) -> list[str]:
        sentences = []
        if result.changed_records:
            sentences.append(
                self.tr(
                    "The records listed below as changed were changed behind mesolog's back "
                    "after their newest audit entry."
                )
            )
        if result.unaudited_records:
            sentences.append(
                self.tr(
                    "The records listed below as added were added behind mesolog's back: no "
                    "audit entry wrote them, so nothing says who added them or when."
                )
            )
        if result.guard_problems:
            sentences.append(
                self.tr(
                    "The database's locks listed below, which stop signed records from being "
                    "changed or removed, are not as mesolog made them: signed records could be "
                    "changed without the database refusing it."
                )
            )
        return sentences

    def _record_problems(self, result: AuditVerification) -> list[str]:
        problems = [
            self.tr("%1 (last audited in entry %2): %3")
            .replace("%1", record_words(mismatch.entity, mismatch.entity_uuid))
            .replace("%2", str(mismatch.entry_id))
            .replace("%3", mismatch.reason)
            for mismatch in result.changed_records
        ]
        for record in result.unaudited_records:
            named = self._record(record.entity, record.entity_uuid)
            if record.why is Unaudited.ID_NOT_AS_WRITTEN:
                text = self.tr(
                    "%1 (row %2): added or changed outside mesolog; its id is not "
                    "stored as mesolog stores ids"
                ).replace("%2", str(record.row_id))
            elif record.part_of is not None:
                text = self.tr("%1: added outside mesolog, as part of %2").replace(
                    "%2", self._record(*record.part_of)
                )
            else:
                text = self.tr("%1: added outside mesolog; no audit entry wrote it")
            problems.append(text.replace("%1", named))
        return problems

    def _record(self, entity: str, entity_uuid: uuid.UUID | None) -> str:
        """The record's kind and the start of its id, for the kinds only this box names."""
        kinds = {
            "treatment_line": self.tr("Treatment line"),
            "product_use": self.tr("Product used"),
            "reaction": self.tr("Reaction"),
        }
        kind = kinds.get(entity)
        if kind is None:
            return record_words(entity, entity_uuid)
        return kind if entity_uuid is None else f"{kind} {entity_uuid.hex[:SHORT_ID]}"

    def _lock_problems(self, result: AuditVerification) -> list[str]:
        problems = []
        for problem in result.guard_problems:
            missing = problem.fault is GuardFault.MISSING
            if problem.table is None:
                text = (
                    self.tr("The lock function %1 is missing")
                    if missing
                    else self.tr("The lock function %1 is not as mesolog made it")
                )
            else:
                text = {
                    GuardFault.MISSING: self.tr("The lock %1 on the table %2 is missing"),
                    GuardFault.ALTERED: self.tr(
                        "The lock %1 on the table %2 is not as mesolog made it"
                    ),
                    GuardFault.DISABLED: self.tr("The lock %1 on the table %2 is switched off"),
                    GuardFault.UNEXPECTED: self.tr(
                        "The trigger %1 on the table %2 is not mesolog's: it was added outside "
                        "mesolog"
                    ),
                }[problem.fault].replace("%2", problem.table)
            problems.append(text.replace("%1", problem.name))
        return problems

    def _file_problems(self, result: AuditVerification) -> list[str]:
        return [
            (
                self.tr("Others may open the folder %1 (permissions %2)")
                if exposed.folder
                else self.tr("Others may read the file %1 (permissions %2)")
            )
            .replace("%1", str(exposed.path))
            .replace("%2", exposed.octal)
            for exposed in result.exposed_files
        ]

    def show_failure(self, error: KnownError) -> None:
        self._show(
            self.tr("Not checked"),
            self.tr("The audit log could not be checked: %1").replace("%1", shown(error.text)),
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
