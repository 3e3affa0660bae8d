"""The session editor the clinician uses at the treatment chair.

A new session starts as a copy of the previous session of the same course (areas,
techniques, products, anaesthetic), so repeating last time's protocol is Ctrl+S and
changing the depth is typing it first (the depth has the focus). Everything typed is
kept every two seconds (crash recovery) until the session is saved or thrown away. A
vial's barcode scanned anywhere in it adds the product use (`vial_scans`).

A signed session is shown read-only. Whoever may sign corrects it with "Amend…": the
same form, editable, with a required reason; "Sign amendment" stores a new signed
version and the original stays as it was. "Earlier version…" and "Newer version…" open
the neighbouring versions read-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QVBoxLayout, QWidget

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import SessionStatus
from mesolog.domain.ids import CourseId, SessionId
from mesolog.domain.records import Patient, Session, SessionInput
from mesolog.domain.warnings import ClinicalWarning
from mesolog.services.clinic import Clinic
from mesolog.services.live_changes import Changes
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import named
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.versioned_saves import VersionedForm
from mesolog.ui.sessions._course_timing import Timing
from mesolog.ui.sessions._editor_amending import LockedSession
from mesolog.ui.sessions._editor_frame import EditorFrame
from mesolog.ui.sessions._editor_saving import EditorSaving
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.reaction_editor import ReactionEditor
from mesolog.ui.sessions.session_form import SessionForm
from mesolog.ui.sessions.session_prefill import SessionPrefill, courses_to_offer
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from mesolog.ui.sessions.vial_scans import VialScans


class SessionEditor(QDialog):
    """Creates or edits a draft session of one patient; shows a signed one read-only and
    amends it."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        patient: Patient,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        course_id: CourseId | None = None,
        clinician: str = "",
        draft_key: uuid.UUID | None = None,
        restored: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor")
        self._clinic = clinic
        self._bus = bus
        self._patient = patient
        self.saved_session: Session | None = None
        self.draft_key = draft_key or uuid.uuid4()
        self._opened_id = session.id if session is not None else None
        self.read_only = session is not None and (
            session.status is SessionStatus.SIGNED or session.voiding is not None
        )
        # Whether whoever is logged in may sign (an assistant logs drafts only).
        account = clinic.account
        self.may_sign = account is None or account.may(Permission.SIGN)
        self._loading = True
        self.amending = False
        self.version_editor: SessionEditor | None = None
        """The other version last opened from here (read-only)."""

        history = clinic.history.patient_history(patient.id)
        courses = courses_to_offer(history, course_id, session.entry.course_id if session else None)
        defaults = clinic.settings.clinic().techniques
        catalogue = ProductCatalogue(clinic, self)
        self.session_form = SessionForm(
            patient=patient,
            courses=courses,
            defaults=defaults,
            today=clinic.context.today,
            catalogue=catalogue,
        )
        self._prefill = SessionPrefill(
            self.session_form,
            history,
            defaults,
            patient.details,
            clinic.templates.all(retired=True),
        )
        self.setWindowTitle(self.tr("Session: %1").replace("%1", patient.display_name))
        self.frame = EditorFrame(self, self.session_form, patient)
        self._saving = EditorSaving(
            self,
            clinic,
            bus,
            self.frame,
            patient_id=patient.id,
            session=session,
            draft_key=self.draft_key,
            dirty=restored is not None and not self.read_only,
        )
        self._locked = (
            LockedSession(
                self,
                clinic,
                self.frame,
                self._saving,
                session=session,
                history=history,
                patient=patient,
                may_sign=self.may_sign,
            )
            if session is not None and self.read_only
            else None
        )
        self.may_amend = self._locked is not None and self._locked.may_amend
        self.vial_scans = VialScans(
            self,
            clinic,
            bus,
            self.frame,
            catalogue,
            locked=lambda: self.read_only,
            may_amend=self.may_amend,
        )
        self._connect()
        self.elsewhere_note = self._elsewhere_note()
        bus.changed_elsewhere.connect(self._changed_elsewhere)

        if session is not None and (self.read_only or restored is None):
            self.session_form.load_entry(session.entry)
        elif restored is not None:
            self.session_form.load_payload(restored)
            self.frame.notice.setText(self.tr("Restored from the copy kept while you were typing."))
        else:
            self._start_new(course_id, clinician)
        if not self.read_only:
            self.session_form.set_timing(self._timing(replacing=None))
        self._loading = False
        self.session_form.changed.connect(self._form_changed)
        self.session_form.course_changed.connect(self._course_changed)
        self.frame.order_tabs(amending=False)
        if self._locked is not None:
            self._locked.lock()
        elif not self.may_sign:
            self.frame.sign_button.hide()
            save = self.frame.save_button
            save.setToolTip(
                save.toolTip() + "\n" + self.tr("A clinician signs the drafts an assistant logs.")
            )

    def _connect(self) -> None:
        frame = self.frame
        frame.amendment_reason.textEdited.connect(lambda _text: self._form_changed())
        frame.cancel_button.clicked.connect(self.reject)
        frame.save_button.clicked.connect(self.save_draft)
        frame.sign_button.clicked.connect(self.sign)
        frame.amend_button.clicked.connect(self.start_amendment)
        frame.sign_amendment_button.clicked.connect(self.sign_amendment)
        frame.earlier_button.clicked.connect(self.open_earlier_version)
        frame.newer_button.clicked.connect(self.open_newer_version)
        QShortcut(frame.save_keys, self, self.save_draft)
        QShortcut(frame.sign_keys, self, self.sign)

    def _elsewhere_note(self) -> QLabel:
        note = named(QLabel(self), "elsewhere_note", self.tr("Changed at another workstation"))
        note.setWordWrap(True)
        note.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.frame.notice), note)
        return note

    def _changed_elsewhere(self, changes: Changes) -> None:
        """Another workstation changed this session: said quietly, nothing reloaded (a
        draft's save merges or asks, services.conflicts)."""
        shown = {self._opened_id, self.session.id if self.session is not None else None}
        if not shown & changes.records:
            return
        at = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.elsewhere_note.setText(
            self.tr(
                "This session was changed at another workstation at %1. This window still "
                "shows it as it was opened."
            ).replace("%1", at)
        )
        self.elsewhere_note.show()

    # a new session

    def _start_new(self, course_id: CourseId | None, clinician: str) -> None:
        account = self._clinic.account
        if account is not None and self.may_sign:
            # Whoever may sign and logs the session is its clinician.
            clinician = account.name
            self.session_form.clinician.setReadOnly(True)
        elif account is not None:
            self._name_the_signer()
            clinician = self._prefill.last_clinician()
        now = self._clinic.context.now().astimezone().replace(second=0, microsecond=0)
        self.frame.notice.setText(self._prefill.start(course_id, now, clinician))

    def _name_the_signer(self) -> None:
        """An assistant's draft waits for a clinician's signature: its clinician field names
        the one who will sign (last time's, to begin with), the clinic's clinicians offered."""
        field = self.session_form.clinician
        field.setPlaceholderText(self.tr("The clinician who will sign"))
        signers = sorted(
            {a.name for a in self._clinic.accounts.list() if a.active and a.may(Permission.SIGN)},
            key=str.casefold,
        )
        completer = QCompleter(signers, field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        field.setCompleter(completer)

    def _course_changed(self) -> None:
        """Another course chosen before anything was changed: copy that course's last session."""
        form = self.session_form
        if self.session is None and self._prefill.untouched():
            self._loading = True
            self.frame.notice.setText(self._prefill.fill(form.selected_course()))
            self._loading = False
            form.update_tab_order()

    # amending a signed session

    def start_amendment(self) -> None:
        """Makes the signed session an editable copy, to sign as its amendment."""
        if not self.may_amend or self.amending or self._locked is None:
            return
        self.amending = True
        self.read_only = False
        self._locked.start_amendment()
        self.session_form.set_timing(self._timing(replacing=self._opened_id))
        self.frame.order_tabs(amending=True)
        self.frame.amendment_reason.setFocus()

    def _timing(self, *, replacing: SessionId | None) -> Timing:
        """Asks the courses whether a session at a moment is unusual for its course (the
        session being amended not counting against itself), in the locale's dates."""
        courses = self._clinic.courses

        def timing(course_id: CourseId, when: dt.datetime) -> ClinicalWarning | None:
            found = courses.session_timing_warning(course_id, when, replacing=replacing)
            return None if found is None else found.warning(shown_date)

        return timing

    def sign_amendment(self) -> None:
        """Stores the corrected copy as a new signed version with the reason given."""
        if not self.amending or self._locked is None:
            return
        amended = self._locked.sign_amendment()
        if amended is not None:
            self._finish(amended)

    @classmethod
    def open_saved(
        cls, clinic: Clinic, bus: ChangeBus, patient: Patient, parent: QWidget, session: Session
    ) -> SessionEditor:
        """Opens a saved session of `patient` (read-only once signed or voided) under the
        name of the clinician who logged it."""
        editor = cls(
            clinic, bus, patient, parent, session=session, clinician=session.entry.clinician
        )
        editor.open()
        return editor

    # the other versions

    def open_earlier_version(self) -> SessionEditor | None:
        """Opens the version this amendment corrects, read-only."""
        return self._open_version(self._locked.versions.earlier if self._locked else None)

    def open_newer_version(self) -> SessionEditor | None:
        """Opens the amendment that corrects this version, read-only."""
        return self._open_version(self._locked.versions.newer if self._locked else None)

    def _open_version(self, other: Session | None) -> SessionEditor | None:
        if other is None:
            return None
        self.version_editor = SessionEditor.open_saved(
            self._clinic, self._bus, self._patient, self, other
        )
        return self.version_editor

    # for tests and the main window

    @property
    def line_editors(self) -> list[TreatmentLineEditor]:
        return self.session_form.line_editors

    @property
    def reaction_editor(self) -> ReactionEditor:
        return self.session_form.reaction_editor

    @property
    def session(self) -> Session | None:
        """The saved session being edited (None until a new one is first saved)."""
        return self._saving.session

    @property
    def autosave_timer(self) -> QTimer:
        return self._saving.autosave.timer

    @property
    def versioned(self) -> VersionedForm[Session, SessionInput]:
        """The draft's saves over changes made elsewhere: its note, the dialog kept beside."""
        return self._saving.versioned

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.amending:
            self.frame.amendment_reason.setFocus()
        elif not self.read_only and self.line_editors and not self._saving.dirty:
            depth = self.line_editors[0].depth_field()
            depth.setFocus()
            depth.selectAll()

    # keeping what is typed

    def _form_changed(self) -> None:
        self.frame.order_tabs(amending=self.amending)
        if self._loading or self.read_only:
            return
        self._saving.dirty = True
        if not self.amending:
            # An amendment is typed and signed in one go; crash recovery brings back
            # drafts only (a kept copy of a signed session would open read-only).
            self._saving.autosave.changed()

    # saving and signing

    def save_draft(self) -> None:
        if self.read_only or self.amending:
            return
        saved = self._saving.save_draft(self.tr("Save the session"))
        if saved is not None and not self._saving.kept_shown:
            self._finish(saved)  # else it stays open on the draft as stored, with the note

    def sign(self) -> None:
        if self.amending:
            self.sign_amendment()
            return
        if self.read_only or not self.may_sign:
            return
        signed = self._saving.sign()
        if signed is not None:
            self._finish(signed)

    def _finish(self, session: Session) -> None:
        self._saving.autosave.discard()
        self.saved_session = session
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: asks first if something was changed."""
        if (
            not self.read_only
            and self._saving.dirty
            and not self._saving.confirm_discard(amending=self.amending)
        ):
            return
        if not self.read_only and not self.amending:
            self._saving.autosave.discard()
        super().reject()
