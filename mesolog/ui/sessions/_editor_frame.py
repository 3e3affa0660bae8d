"""The widgets around the session editor's form: who the session is for, the notices above
it, the reason row of an amendment, and the button row under it, laid out in the editor."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.records import Patient
from mesolog.ui.common.forms import FieldErrors, error_label, named
from mesolog.ui.sessions.session_form import SessionForm
from mesolog.ui.sessions.session_prefill import patient_line

DEFAULT_SIZE = (1240, 900)
BANNER_STYLE = "QLabel { background: #e8eaf6; color: #1a237e; padding: 6px 8px; }"
EARLIER_VERSION_STYLE = "QLabel { background: #fff3e0; color: #6d3a00; padding: 6px 8px; }"


def _patient_header(patient: Patient) -> QLabel:
    header = named(
        QLabel(), "patient_header", QCoreApplication.translate("SessionEditor", "Patient")
    )
    header.setText(patient_line(patient))
    bold = QFont(header.font())
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * 1.15)
    header.setFont(bold)
    return header


def _message(name: str, accessible: str, style: str = "") -> QLabel:
    label = named(QLabel(), name, accessible)
    if style:
        label.setStyleSheet(style)
    label.setWordWrap(True)
    return label


class EditorFrame:
    """Builds the widgets around `form` and lays them out in `dialog`; the editor shows,
    hides and fills them as the session is edited, locked or amended."""

    def __init__(self, dialog: QDialog, form: SessionForm, patient: Patient) -> None:
        self.form = form
        header = _patient_header(patient)
        self.banner = _message(
            "locked_banner", QCoreApplication.translate("SessionEditor", "Locked"), BANNER_STYLE
        )
        self.banner.hide()
        self.notice = _message(
            "prefill_notice",
            QCoreApplication.translate("SessionEditor", "Where the values come from"),
        )
        self.version_note = _message(
            "version_note", QCoreApplication.translate("SessionEditor", "Versions"), BANNER_STYLE
        )
        self.version_note.hide()
        self._build_amendment_row(dialog)
        self.form_error = named(
            error_label("form_error"),
            "form_error",
            QCoreApplication.translate("SessionEditor", "Errors"),
        )

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("session_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(form)

        self._build_buttons()
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.version_note)
        layout.addWidget(self.amendment_row)
        layout.addWidget(self.notice)
        layout.addWidget(form.warnings_panel)
        layout.addWidget(self.form_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.buttons)

        available = dialog.screen().availableGeometry()
        dialog.resize(
            min(DEFAULT_SIZE[0], available.width() - 40),
            min(DEFAULT_SIZE[1], available.height() - 40),
        )

    def _build_amendment_row(self, dialog: QDialog) -> None:
        self.amendment_errors = FieldErrors(dialog)
        self.amendment_reason = named(
            QLineEdit(),
            "amendment_reason",
            QCoreApplication.translate("SessionEditor", "Reason for the amendment"),
        )
        self.amendment_reason.setPlaceholderText(
            QCoreApplication.translate(
                "SessionEditor", "What was wrong, e.g. the lot number was mistyped"
            )
        )
        label = QLabel(QCoreApplication.translate("SessionEditor", "&Reason for the amendment"))
        label.setBuddy(self.amendment_reason)
        self.amendment_row = QWidget()
        self.amendment_row.setObjectName("amendment_row")
        grid = QGridLayout(self.amendment_row)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.amendment_reason, 0, 1)
        grid.addWidget(self.amendment_errors.label_for("reason"), 1, 1)
        grid.setColumnStretch(1, 1)
        self.amendment_row.hide()

    def _build_buttons(self) -> None:
        self.status = named(
            QLabel(), "autosave_status", QCoreApplication.translate("SessionEditor", "Status")
        )
        self.cancel_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "Cancel")),
            "cancel",
            QCoreApplication.translate("SessionEditor", "Cancel"),
        )
        self.save_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "Save draft")),
            "save_draft",
            QCoreApplication.translate("SessionEditor", "Save draft"),
        )
        self.sign_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "Sign…")),
            "sign",
            QCoreApplication.translate("SessionEditor", "Sign"),
        )
        self.save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.sign_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S)
        self.save_button.setToolTip(
            QCoreApplication.translate("SessionEditor", "Save and close (%1)").replace(
                "%1", self.save_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.sign_button.setToolTip(
            QCoreApplication.translate("SessionEditor", "Save, sign and lock (%1)").replace(
                "%1", self.sign_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.amend_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "A&mend…")),
            "amend",
            QCoreApplication.translate("SessionEditor", "Amend"),
        )
        self.amend_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor",
                "Correct this signed session: a new signed version, with the reason;\n"
                "this one stays readable as it was signed",
            )
        )
        self.sign_amendment_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "Si&gn amendment…")),
            "sign_amendment",
            QCoreApplication.translate("SessionEditor", "Sign amendment"),
        )
        self.sign_amendment_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Sign the corrected version; it becomes the current one (%1)"
            ).replace("%1", self.sign_keys.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.earlier_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "&Earlier version…")),
            "earlier_version",
            QCoreApplication.translate("SessionEditor", "Open the earlier version"),
        )
        self.earlier_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "The version this amendment corrects, read-only"
            )
        )
        self.newer_button = named(
            QPushButton(QCoreApplication.translate("SessionEditor", "Ne&wer version…")),
            "newer_version",
            QCoreApplication.translate("SessionEditor", "Open the newer version"),
        )
        self.newer_button.setToolTip(
            QCoreApplication.translate("SessionEditor", "The amendment that corrects this version")
        )
        extra = (
            self.amend_button,
            self.sign_amendment_button,
            self.earlier_button,
            self.newer_button,
        )
        for button in extra:
            button.hide()
        for button in (self.cancel_button, self.save_button, self.sign_button, *extra):
            # Enter belongs to the fields: no button is the default one.
            button.setAutoDefault(False)
            button.setDefault(False)

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.earlier_button)
        self.buttons.addWidget(self.newer_button)
        self.buttons.addWidget(self.status, 1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.sign_button)
        self.buttons.addWidget(self.amend_button)
        self.buttons.addWidget(self.sign_amendment_button)

    def order_tabs(self, *, amending: bool) -> None:
        """Tab goes from the form's last field to the buttons; an amendment's reason comes
        before the form."""
        order = [
            self.form.notes,
            self.earlier_button,
            self.newer_button,
            self.cancel_button,
            self.save_button,
            self.sign_button,
            self.amend_button,
            self.sign_amendment_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        if amending:
            QWidget.setTabOrder(self.amendment_reason, self.form.performed_at)
