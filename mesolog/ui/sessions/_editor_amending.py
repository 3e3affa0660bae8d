"""A session that can no longer change (signed or voided) in the session editor: shown
read-only, saying which version it is, its chart still read by clicking it; amended, by
whoever may sign, as a new signed version with the reason for it, the version signed before
staying readable as it was."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import Violation
from mesolog.domain.records import Patient, Session
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.sessions._editor_frame import EARLIER_VERSION_STYLE, EditorFrame
from mesolog.ui.sessions._editor_saving import EditorSaving
from mesolog.ui.sessions.session_prefill import locked_text
from mesolog.ui.sessions.session_versions import amending_text, session_versions, version_note


def disable_around(root: QWidget, kept: QWidget) -> list[QWidget]:
    """Disables every widget of `root` but `kept` and those it lies in (Qt enables no child
    of a disabled parent): each sibling on the way from `kept` up to `root`. Returns those
    it disabled, leaving out any disabled already (for its own reason)."""
    disabled: list[QWidget] = []
    widget = kept
    while widget is not root:
        parent = widget.parentWidget()
        if parent is None:
            raise ValueError("kept is not inside root")
        for sibling in parent.children():
            if (
                isinstance(sibling, QWidget)
                and sibling is not widget
                and not sibling.isWindow()
                and sibling.isEnabledTo(parent)
            ):
                sibling.setEnabled(False)
                disabled.append(sibling)
        widget = parent
    return disabled


class LockedSession:
    """Shows `session` read-only in `dialog`, with its versions, and amends it."""

    def __init__(
        self,
        dialog: QDialog,
        clinic: Clinic,
        frame: EditorFrame,
        saving: EditorSaving,
        *,
        session: Session,
        history: PatientHistory,
        patient: Patient,
        may_sign: bool,
    ) -> None:
        self._dialog = dialog
        self._clinic = clinic
        self._frame = frame
        self._saving = saving
        self._session = session
        self._patient = patient
        self.versions = session_versions(history, session)
        # Only the current version of a signed session is amended, by whoever may sign.
        self.may_amend = (
            session.status is SessionStatus.SIGNED
            and session.voiding is None
            and not self.versions.superseded
            and patient.voiding is None
            and may_sign
        )
        self._placeholders: dict[QLineEdit, str] = {}
        self._disabled: list[QWidget] = []

    def lock(self) -> None:
        """The form disabled under a banner saying why, but for its chart, read-only; the
        versions' note and buttons."""
        frame, session, versions = self._frame, self._session, self.versions
        frame.banner.setText(locked_text(session))
        frame.banner.show()
        frame.notice.hide()
        chart = frame.form.treatments.chart
        self._disabled = disable_around(frame.form, chart)
        chart.set_read_only(True)
        # A disabled field shows its hint like a value ("e.g. 20 mg/ml"): a record has none.
        for field in frame.form.findChildren(QLineEdit):
            self._placeholders[field] = field.placeholderText()
            field.setPlaceholderText("")
        frame.save_button.hide()
        frame.sign_button.hide()
        frame.cancel_button.setText(QCoreApplication.translate("SessionEditor", "Close"))
        note = version_note(session, versions)
        frame.version_note.setText(note)
        frame.version_note.setVisible(bool(note))
        if versions.superseded:
            frame.version_note.setStyleSheet(EARLIER_VERSION_STYLE)
            self._dialog.setWindowTitle(
                QCoreApplication.translate(
                    "SessionEditor", "Session (earlier version): %1"
                ).replace("%1", self._patient.display_name)
            )
        frame.earlier_button.setVisible(versions.earlier is not None)
        frame.newer_button.setVisible(versions.newer is not None)
        frame.amend_button.setVisible(self.may_amend)
        frame.cancel_button.setFocus()

    def start_amendment(self) -> None:
        """The form editable again, with the reason row and the button to sign."""
        frame = self._frame
        self._dialog.setWindowTitle(
            QCoreApplication.translate("SessionEditor", "Amend session: %1").replace(
                "%1", self._patient.display_name
            )
        )
        frame.banner.setText(amending_text(self._session))
        frame.version_note.hide()
        frame.amendment_row.show()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        frame.form.treatments.chart.set_read_only(False)
        for field, placeholder in self._placeholders.items():
            field.setPlaceholderText(placeholder)
        frame.amend_button.hide()
        frame.newer_button.hide()
        frame.cancel_button.setText(QCoreApplication.translate("SessionEditor", "Cancel"))
        frame.sign_amendment_button.show()
        frame.status.setText(QCoreApplication.translate("SessionEditor", "Not signed yet"))

    def sign_amendment(self) -> Session | None:
        """Stores the corrected copy as a new signed version with the reason given; None
        when the reason is missing, nothing was changed or signing was declined."""
        session, frame, saving = self._session, self._frame, self._saving
        form = frame.form
        form.clear_errors()
        frame.amendment_errors.clear()
        frame.form_error.hide()
        reason = frame.amendment_reason.text().strip()
        if not reason:
            saving.show_errors(
                (
                    Violation(
                        "reason",
                        "",
                        QCoreApplication.translate(
                            "SessionEditor", "the reason for the amendment is required"
                        ),
                    ),
                )
            )
            return None
        if saving.refuse_typed() or saving.refuse_expired() or saving.refuse_unreasoned():
            return None
        entry = form.to_input()
        if replace(entry, given_despite=()) == replace(session.entry, given_despite=()):
            frame.form_error.setText(
                QCoreApplication.translate(
                    "SessionEditor",
                    "Nothing was changed: correct what was wrong, then sign the amendment.",
                )
            )
            frame.form_error.show()
            frame.status.setText(
                QCoreApplication.translate("SessionEditor", "Not signed: nothing changed")
            )
            return None
        title = QCoreApplication.translate("SessionEditor", "Sign the amendment")
        question = QCoreApplication.translate(
            "SessionEditor",
            "Sign this amendment? It becomes the current version of the session; "
            "the version signed before stays readable as it was.",
        )
        if not saving.confirm_signing(title, question):
            return None
        sessions = self._clinic.sessions
        return saving.run(lambda: sessions.amend(session.id, entry, reason=reason), title)
