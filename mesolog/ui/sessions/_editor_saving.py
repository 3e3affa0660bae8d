"""Storing what the session editor holds: the copy kept while typing, the draft created
then updated, signing after a question that lists the warnings, and what the service
refuses shown beside the fields it concerns.

A draft is saved on the session as the editor read it (ui.common.versioned_saves): a change
made meanwhile on another workstation is merged, the editor then showing the draft as stored
with a note, or, when both changed a field, shown beside what was typed in the conflict
dialog. A draft is signed only as the clinician sees it: when its save kept someone else's
change, it is shown first, not signed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QBoxLayout, QDialog, QLineEdit, QMessageBox

from mesolog.domain.conflicts import ConflictError
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Session, SessionInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.versioned_saves import VersionedForm, note_label
from mesolog.ui.sessions._editor_frame import EditorFrame
from mesolog.ui.sessions._session_fields import session_fields
from mesolog.ui.sessions.session_autosave import SessionAutosave, with_base
from mesolog.ui.sessions.session_counts import SessionCounts

T = TypeVar("T")
SIGN_ATTEMPTS = 3
"""Saves and signatures tried in a row while another workstation keeps changing the draft."""


def _sign_label(warnings: int) -> str:
    if not warnings:
        return QCoreApplication.translate("SessionEditor", "&Sign")
    if warnings == 1:
        return QCoreApplication.translate("SessionEditor", "&Sign with 1 warning")
    return SessionCounts().sign_with_warnings(warnings)


class EditorSaving:
    """Stores the form of `dialog` for one patient: `session` is the stored session being
    edited, None until a new one is first saved."""

    def __init__(
        self,
        dialog: QDialog,
        clinic: Clinic,
        bus: ChangeBus,
        frame: EditorFrame,
        *,
        patient_id: PatientId,
        session: Session | None,
        draft_key: uuid.UUID,
        dirty: bool,
    ) -> None:
        self._dialog = dialog
        self._clinic = clinic
        self._bus = bus
        self._frame = frame
        self._form = frame.form
        self._patient_id = patient_id
        self.session = session
        """The saved draft the editor is based on (None until a new one is first saved)."""
        self.dirty = dirty
        """Whether something was changed since the editor opened or last saved."""
        self.kept_shown = False
        """Whether the last save kept someone else's change, which the form now shows."""
        self.autosave = SessionAutosave(
            clinic,
            draft_key,
            patient_id=patient_id,
            session_id=lambda: self.session.id if self.session else None,
            payload=lambda: with_base(self._form.to_payload(), self.session),
            parent=dialog,
        )
        self.autosave.status.connect(frame.status.setText)
        sessions = clinic.sessions
        note = note_label(dialog)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):  # under the notice, above the form
            layout.insertWidget(layout.indexOf(frame.notice) + 1, note)
        self.versioned: VersionedForm[Session, SessionInput] = VersionedForm(
            dialog,
            clinic,
            bus,
            record=QCoreApplication.translate("SessionEditor", "this session"),
            words=session_fields(self._form),
            content=lambda read: read.entry,
            write=lambda entry, read: sessions.update_draft(read.id, entry, read=read),
            load=self._form.load_entry,
            note=note,
        )

    def save_draft(self, title: str) -> Session | None:
        """Creates the draft, or updates it once it exists."""
        form = self._form
        form.clear_errors()
        self._frame.form_error.hide()
        if self.refuse_typed() or self.refuse_expired():
            return None
        entry = form.to_input()
        patient_id = self._patient_id
        current = self.session
        self.kept_shown = False
        if current is None:
            sessions = self._clinic.sessions
            saved = self.run(lambda: sessions.create_draft(patient_id, entry), title)
        else:
            try:
                outcome = self.versioned.save(current, entry, title=title)
            except ValidationError as error:
                self.show_errors(error.violations)
                return None
            self.session, saved = outcome.base, outcome.saved
            self.kept_shown = bool(outcome.kept)
        if saved is not None:
            self.session = saved
            self.dirty = False
            if self.kept_shown:
                self.autosave.discard()  # the draft as stored is what the form shows
        return saved

    def sign(self) -> Session | None:
        """Asks first, with the warnings; then saves the draft and signs it."""
        title = QCoreApplication.translate("SessionEditor", "Sign the session")
        question = QCoreApplication.translate(
            "SessionEditor",
            "Sign this session? A signed session is locked; later corrections are amendments.",
        )
        self._form.clear_errors()
        if (
            self.refuse_typed()
            or self.refuse_expired()
            or self.refuse_unreasoned()
            or not self.confirm_signing(title, question)
        ):
            return None
        sessions = self._clinic.sessions
        for _attempt in range(SIGN_ATTEMPTS):
            saved = self.save_draft(title)
            if saved is None or self.kept_shown:
                return None  # not saved; or saved with someone's change, shown first

            def sign(draft: Session = saved) -> Session | ConflictError:
                try:
                    return sessions.sign(draft.id, signer=draft.entry.clinician, read=draft)
                except ConflictError as error:
                    return error

            signed = self.run(sign, title)
            if not isinstance(signed, ConflictError):
                return signed
            # changed between the save and the signature: saving again shows how
        QMessageBox.warning(
            self._dialog,
            title,
            QCoreApplication.translate(
                "SessionEditor",
                "Not signed: the session keeps changing on another workstation. Try again.",
            ),
        )
        return None

    def confirm_signing(self, title: str, question: str) -> bool:
        """Asks `question` with the form's warnings under it. The buttons say what they do:
        "Sign" (or "Sign with 2 warnings"), the default, so Enter signs what was read; "Back
        to the session", which Esc presses too."""
        warnings = self._form.warnings()
        text = question
        if warnings:
            text += "\n\n" + "\n".join(f"⚠ {warning}" for warning in warnings)
        box = QMessageBox(
            QMessageBox.Icon.Question if not warnings else QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self._dialog,
        )
        box.setObjectName("sign_question")
        sign = box.addButton(
            _sign_label(len(warnings)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(
            QCoreApplication.translate("SessionEditor", "&Back to the session"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(sign)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is sign

    def confirm_discard(self, *, amending: bool) -> bool:
        """Whether the changes typed may be thrown away."""
        text = (
            QCoreApplication.translate(
                "SessionEditor",
                "The amendment is not signed; the session stays as it was. Discard it?",
            )
            if amending
            else QCoreApplication.translate(
                "SessionEditor", "The changes to this session are not saved. Discard them?"
            )
        )
        answer = QMessageBox.question(
            self._dialog,
            QCoreApplication.translate("SessionEditor", "Discard the changes?"),
            text,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def run(self, change: Callable[[], T], title: str) -> T | None:
        """Runs `change` (None if it failed); what the service refuses is shown."""
        try:
            return run_change(self._dialog, self._bus, change, title=title)
        except ValidationError as error:
            self.show_errors(error.violations)
            return None

    def refuse_typed(self) -> bool:
        """Whether a number or a date typed is not one allowed: each is then said beside
        its field, the first one gets the focus, and nothing is saved or asked."""
        if not self._form.show_typed():
            return False
        self._frame.status.setText(
            QCoreApplication.translate(
                "SessionEditor", "Not saved: correct the values marked in red."
            )
        )
        widget = self._form.first_error_widget()
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return True

    def refuse_expired(self) -> bool:
        """Whether a lot expired before the session's day: saving and signing are then
        refused before anything is asked, the lot marked under its expiry (as it was since
        it was entered)."""
        if not self._form.warn_expired():
            return False
        self._frame.status.setText(
            QCoreApplication.translate(
                "SessionEditor", "Not saved: a lot has expired; change it, then save."
            )
        )
        widget = self._form.first_error_widget()
        if widget is not None:
            widget.setFocus()
        return True

    def refuse_unreasoned(self) -> bool:
        """Whether a warning that needs a reason to give it anyway (the patient's own
        allergen) has none: signing is refused before anything is asked, and the reason's
        field says what it needs and takes the focus."""
        form = self._form
        if not form.missing_reason():
            return False
        form.errors.say(
            "given_despite",
            QCoreApplication.translate(
                "SessionEditor",
                "A warning above needs the reason it is given anyway before signing.",
            ),
        )
        self._frame.status.setText(
            QCoreApplication.translate(
                "SessionEditor", "Not signed: type why it is given despite the warning."
            )
        )
        form.given_despite.setFocus()
        return True

    def show_errors(self, violations: tuple[Violation, ...]) -> None:
        """Each violation beside its field (the reason beside an amendment's reason), the
        others above the form; the first field with an error gets the focus."""
        frame = self._frame
        reason = [v for v in violations if v.path == "reason"]
        frame.amendment_errors.show(reason)
        unplaced = self._form.show_errors(v for v in violations if v.path != "reason")
        if unplaced:
            frame.form_error.setText("\n".join(str(v) for v in unplaced))
            frame.form_error.show()
        frame.status.setText(SessionCounts().values_to_correct(len(violations)))
        widget = frame.amendment_reason if reason else self._form.first_error_widget()
        if widget is frame.amendment_reason:
            widget.setFocus()
        elif widget is not None:
            widget.setFocus()
            QTimer.singleShot(0, lambda: frame.scroll_area.ensureWidgetVisible(widget, 40, 80))
