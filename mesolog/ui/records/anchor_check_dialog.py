"""Records ▸ Audit Log ▸ Verify Against…: does today's audit log extend the one a backup, an
export, the anchors log or a printed summary saw? (services.audit_anchors)

A backup, an export and a summary each recorded the log's newest entry and its hash when
they were made; if today's log still holds that entry with that hash, intact up to now,
and nothing after it is back-dated, nothing up to that entry was rewritten since.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from mesolog.domain.chain_anchor import typed_claim
from mesolog.domain.errors import KnownError
from mesolog.services.anchor_sources import AnchorFile, typed_file
from mesolog.services.audit_anchors import AnchorService, AnchorVerification
from mesolog.services.backups import WrongPassphraseError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import ERROR_STYLE, action_button, error_label, named
from mesolog.ui.common.jobs import Job, run_job
from mesolog.ui.common.translation import shown
from mesolog.ui.records._anchor_findings import AnchorFindings
from mesolog.ui.records._rules import uncancellable
from mesolog.ui.records.passphrase_dialog import ask_passphrase

Checked = tuple[AnchorFile, AnchorVerification]


class AnchorCheckDialog(QDialog):
    """A file (a backup, an export, the anchors log) or a hash typed from a summary, Check,
    and what was found, in words."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anchor_check_dialog")
        self.setWindowTitle(self.tr("Verify against a backup or summary"))
        self._anchors = AnchorService(clinic.context)
        self._checking: Job | None = None
        intro = QLabel(
            self.tr(
                "A backup, an export and a printed summary each recorded the audit log's "
                "newest entry and its hash. If today's log still holds that entry with that "
                "hash, nothing up to it has been rewritten since."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.from_file = named(
            QRadioButton(self.tr("A &file: a backup, an export or the anchors log"), self),
            "from_file",
            self.tr("Verify against a file"),
        )
        self.path = named(QLineEdit(self), "anchor_file", self.tr("File"))
        browse = action_button(self, self.tr("&Browse…"), "browse", self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.from_hash = named(
            QRadioButton(self.tr("A &hash printed on a summary"), self),
            "from_hash",
            self.tr("Verify against a hash typed from a summary"),
        )
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.hash = named(QLineEdit(self), "anchor_hash", self.tr("Hash"))
        self.hash.setFont(fixed)
        self.hash.setPlaceholderText(self.tr("at least 12 of its digits, e.g. 3f2a 9b1c 0d4e"))
        self.entry = named(QLineEdit(self), "anchor_entry", self.tr("Entry number"))
        self.entry.setValidator(QIntValidator(1, 2_000_000_000, self.entry))
        self.entry.setPlaceholderText(self.tr("printed beside the hash"))
        self.from_file.setChecked(True)
        self.path.textEdited.connect(lambda: self.from_file.setChecked(True))
        self.hash.textEdited.connect(lambda: self.from_hash.setChecked(True))
        self.error = error_label("anchor_error", self)
        self.found = AnchorFindings(self)
        self.found.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.found.hide()
        self.heading = QLabel(self)
        self.heading.setObjectName("anchor_heading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.heading.hide()
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.from_file)
        form.addRow("", file_row)
        form.addRow(self.from_hash)
        form.addRow(self.tr("Ha&sh:"), self.hash)
        form.addRow(self.tr("&Entry:"), self.entry)
        form.addRow(self.error)
        form.addRow(self.heading)
        form.addRow(self.found)
        form.addRow(self._build_buttons())
        self.resize(680, 560)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("buttons")
        self.check_button = buttons.addButton(
            self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def browse(self) -> None:
        folder = self._anchors.anchors_log()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            str(folder.parent) if folder is not None else "",
            self.tr("Backups, exports and anchors logs (*.sqlite *.enc *.json *.jsonl);;All (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.from_file.setChecked(True)

    # checking

    def check(self) -> Job | None:
        """Reads the anchor (asking an encrypted backup's passphrase) and checks today's log
        against it off the GUI thread; a typing mistake is said at once, nothing run."""
        return self._check(wrong=False)

    def _check(self, *, wrong: bool) -> Job | None:
        if self._checking is not None:
            return None
        self.error.hide()
        anchors = self._anchors
        if self.from_hash.isChecked():
            try:
                entry = int(self.entry.text()) if self.entry.text() else None
                source = typed_file(typed_claim(self.hash.text(), entry, field=self.tr("Hash")))
            except KnownError as error:
                self._refuse(shown(error.text))
                return None

            def work() -> Checked:
                return _verified(anchors, source)

        else:
            path = Path(self.path.text().strip()).expanduser()
            if not self.path.text().strip() or not path.is_file():
                self._refuse(self.tr("Choose the file to verify against."))
                return None
            passphrase = None
            if anchors.needs_passphrase(path):
                passphrase = ask_passphrase(self, path.name, wrong=wrong)
                if passphrase is None:
                    return None

            def work() -> Checked:
                return _verified(anchors, anchors.read(path, passphrase))

        self.check_button.setEnabled(False)
        self._checking = uncancellable(
            run_job(
                self,
                self.windowTitle(),
                lambda _progress: work(),
                on_done=self._checked,
                on_error=self._failed,
                label=self.tr("Checking every entry of the audit log…"),
            )
        )
        return self._checking

    def _refuse(self, message: str) -> None:
        """Says what is wrong beside the fields; nothing is run (so no job either)."""
        self.error.setText(message)
        self.error.show()

    def _checked(self, checked: Checked) -> None:
        if not shiboken6.isValid(self):
            return
        self._checking = None
        self.check_button.setEnabled(True)
        self.show_result(*checked)

    def _failed(self, error: KnownError) -> None:
        if not shiboken6.isValid(self):
            return
        self._checking = None
        self.check_button.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            QTimer.singleShot(0, lambda: self._check(wrong=True))  # once this job has ended
            return
        self._refuse(shown(error.text))

    def show_result(self, source: AnchorFile, result: AnchorVerification) -> None:
        failed = [o for o in result.outcomes if not o.holds and not o.replaced]
        not_held = bool(failed or not source.whole or result.first_break is not None)
        if not_held:
            heading = self.tr("Not held: the audit log was cut or rewritten since")
        else:
            heading = self.tr("Held: nothing up to the anchored entry was rewritten since")
        self.heading.setStyleSheet(ERROR_STYLE if not_held else "")
        self.heading.setText(heading)
        self.heading.show()
        self.found.show_findings(source, result)
        self.found.show()


def _verified(anchors: AnchorService, source: AnchorFile) -> Checked:
    return source, anchors.verify(source.claims)
