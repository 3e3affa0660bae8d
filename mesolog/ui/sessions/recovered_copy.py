"""What was being typed into a session when mesolog stopped, once that session was signed or
voided: it can no longer take what was typed, so the session editor shows it as it is now,
read-only, and this window beside it shows the copy kept while typing, as typed and read-only
too, naming the fields where it differs. Its text can be selected and copied (into an
amendment, say), its chart read on every diagram; nothing of it is saved by itself. The
copy is forgotten when this window is closed, as its heading says: never before it was
shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.records import Session
from mesolog.services.clinic import Clinic
from mesolog.ui.common.conflict_dialog import beside, warning_heading
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.forms import named
from mesolog.ui.sessions._session_fields import session_fields
from mesolog.ui.sessions.session_form import SessionForm

FIELDS = {
    "performed_at": "performed_at",
    "clinician": "clinician",
    "course_id": "course_id",
    "nsaids_paused_days": "pre_treatment.nsaids_paused_days",
    "topical_anaesthetic": "pre_treatment.topical_anaesthetic",
    "consent_confirmed": "pre_treatment.consent_confirmed",
    "treatments": "treatments",
    "reactions": "reactions",
    "improvement_score": "improvement_score",
    "notes": "notes",
    "given_despite": "given_despite",
}
"""The fields of the editor's copy (SessionForm.to_payload) by the paths of a session's
entry, which name their captions (ui.sessions._session_fields)."""


class RecoveredCopy(QDialog):
    """The copy `payload`, kept at `kept_at`, of what was typed into `session`, which the
    form `shown` shows as it is now; `forget` forgets the copy, when this window closes."""

    def __init__(
        self,
        parent: QWidget | None,
        clinic: Clinic,
        *,
        session: Session,
        shown: SessionForm,
        payload: dict[str, Any],
        kept_at: dt.datetime,
        forget: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovered_copy")
        history = clinic.history.patient_history(session.patient_id)
        patient = clinic.patients.get(session.patient_id)
        self.setWindowTitle(
            QCoreApplication.translate("RecoveredCopy", "What was typed — %1").replace(
                "%1", patient.display_name
            )
        )
        self.form = SessionForm(
            patient=patient,
            courses=[c.course for c in history.courses if c.course.voiding is None],
            defaults=clinic.settings.clinic().techniques,
            today=clinic.context.today,
        )
        self.form.load_payload(payload)
        _read_only(self.form)
        chart = self.form.treatments.chart
        chart.set_read_only(True)
        chart.diagram_picker.setEnabled(True)  # a choice of what to see, not of the copy
        typed, now = self.form.to_payload(), shown.to_payload()
        self.differing = [path for key, path in FIELDS.items() if typed.get(key) != now.get(key)]
        """The paths of the fields typed otherwise than the session holds them now."""
        words = session_fields(shown)
        text = _heading(session, kept_at).replace("%4", words.listed(self.differing))
        heading = named(
            QLabel(text, self),
            "recovered_heading",
            QCoreApplication.translate("RecoveredCopy", "What happened"),
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea(self)
        scroll.setObjectName("recovered_fields")
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(self.form.sizeHint().width())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(warning_heading(self, heading))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setModal(False)
        self.finished.connect(lambda _result: forget())

    def show_beside(self, editor: QWidget) -> None:
        """Shows the copy as high as the editor, beside it."""
        self.resize(self.sizeHint().width(), editor.window().height())
        self.show()
        self.move(beside(self, editor))


def _heading(session: Session, kept_at: dt.datetime) -> str:
    """What happened, in words; "%4" stands for the fields typed otherwise."""
    if session.voiding is not None:
        text = QCoreApplication.translate(
            "RecoveredCopy",
            "This session was voided by %1 on %2, so what was being typed into it when "
            "mesolog stopped (kept at %3) could not be saved.",
        )
        who, when = session.voiding.voided_by, session.voiding.voided_at
    else:
        text = QCoreApplication.translate(
            "RecoveredCopy",
            "This session was signed by %1 on %2, so what was being typed into it when "
            "mesolog stopped (kept at %3) could not be saved. To correct the signed "
            "session, amend it.",
        )
        who, when = session.signed_by or "?", session.signed_at or kept_at
    text += "\n" + QCoreApplication.translate(
        "RecoveredCopy",
        "Below is that copy as it was typed, where it differs from the session in %4. "
        "Select and copy what you need: the copy is forgotten when you close this window.",
    )
    return (
        text.replace("%1", who)
        .replace("%2", shown_date_time(when.astimezone()))
        .replace("%3", shown_date_time(kept_at.astimezone()))
    )


def _read_only(form: QWidget) -> None:
    """Every field of `form` read-only, its text still selectable, to copy; the buttons
    that add or remove a part hidden. A hint in an empty field ("e.g. 20 mg/ml") is not
    shown: it would read like a value."""
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
            widget.setPlaceholderText("")
        elif isinstance(widget, (QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(True)
        elif isinstance(widget, (QPushButton, QToolButton)) and not widget.isCheckable():
            widget.hide()
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            widget.setEnabled(False)  # a choice: shown as made
