"""The session editor the clinician uses at the treatment chair.

A new session starts as a copy of the previous session of the same course (areas,
techniques, products, anaesthetic), so repeating last time's protocol is Ctrl+S and
changing the depth is typing it first (the depth has the focus). Everything typed is
kept every two seconds (crash recovery) until the session is saved or thrown away.

A signed session is shown read-only. Whoever may sign corrects it with "Amend…": the
same form, editable, with a required reason; "Sign amendment" stores a new signed
version and the original stays as it was. "Earlier version…" and "Newer version…" open
the neighbouring versions read-only.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.accounts import Permission
from mesolog.domain.amendments import superseded
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course, Patient, Session
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import ERROR_STYLE, FieldErrors, named
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.sessions.reaction_editor import ReactionEditor
from mesolog.ui.sessions.session_autosave import SessionAutosave
from mesolog.ui.sessions.session_form import SessionForm
from mesolog.ui.sessions.session_prefill import (
    courses_to_offer,
    first_line,
    locked_text,
    newest_active_course,
    patient_line,
    previous_session,
)
from mesolog.ui.sessions.session_versions import amending_text, session_versions, version_note
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1240, 900)
BANNER_STYLE = "QLabel { background: #e8eaf6; color: #1a237e; padding: 6px 8px; }"
EARLIER_VERSION_STYLE = "QLabel { background: #fff3e0; color: #6d3a00; padding: 6px 8px; }"


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
        self._session = session
        self.saved_session: Session | None = None
        self.draft_key = draft_key or uuid.uuid4()
        self.read_only = session is not None and (
            session.status is SessionStatus.SIGNED or session.voiding is not None
        )
        # Whether whoever is logged in may sign (an assistant logs drafts only).
        account = clinic.account
        self.may_sign = account is None or account.may(Permission.SIGN)
        self._loading = True
        self._dirty = restored is not None and not self.read_only
        self._prefilled_lines: list[dict[str, Any]] | None = None
        self._prefilled_anaesthetic = ""

        self._history = clinic.history.patient_history(patient.id)
        self.versions = session_versions(self._history, session) if session else None
        self.amending = False
        # Only the current version of a signed session is amended, by whoever may sign.
        self.may_amend = (
            self.read_only
            and session is not None
            and session.status is SessionStatus.SIGNED
            and session.voiding is None
            and self.versions is not None
            and not self.versions.superseded
            and patient.voiding is None
            and self.may_sign
        )
        self.version_editor: SessionEditor | None = None
        """The other version last opened from here (read-only)."""
        self._placeholders: dict[QLineEdit, str] = {}
        courses = courses_to_offer(
            self._history, course_id, session.entry.course_id if session else None
        )
        self._defaults = clinic.settings.clinic().techniques
        self.session_form = SessionForm(
            patient=patient,
            courses=courses,
            defaults=self._defaults,
            today=clinic.context.today,
        )
        self.autosave = SessionAutosave(
            clinic,
            self.draft_key,
            patient_id=patient.id,
            session_id=lambda: self._session.id if self._session else None,
            payload=self.session_form.to_payload,
            parent=self,
        )
        self._build()
        self.autosave.status.connect(self.status.setText)

        if session is not None and (self.read_only or restored is None):
            self.session_form.load_entry(session.entry)
        elif restored is not None:
            self.session_form.load_payload(restored)
            self.notice.setText(self.tr("Restored from the copy kept while you were typing."))
        else:
            self._start_new(course_id, clinician)
        self._loading = False
        self.session_form.changed.connect(self._form_changed)
        self.session_form.course_changed.connect(self._course_changed)
        self._order_buttons()
        if self.read_only:
            self._lock()
        elif not self.may_sign:
            self.sign_button.hide()
            self.save_button.setToolTip(
                self.save_button.toolTip()
                + "\n"
                + self.tr("A clinician signs the drafts an assistant logs.")
            )

    # building

    def _build(self) -> None:
        patient = self._patient
        self.setWindowTitle(self.tr("Session: %1").replace("%1", patient.display_name))
        header = named(QLabel(), "patient_header", self.tr("Patient"))
        header.setText(patient_line(patient))
        bold = QFont(header.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        header.setFont(bold)

        self.banner = named(QLabel(), "locked_banner", self.tr("Locked"))
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.notice = named(QLabel(), "prefill_notice", self.tr("Where the values come from"))
        self.notice.setWordWrap(True)
        self.version_note = named(QLabel(), "version_note", self.tr("Versions"))
        self.version_note.setStyleSheet(BANNER_STYLE)
        self.version_note.setWordWrap(True)
        self.version_note.hide()
        self._build_amendment_row()
        self.form_error = named(QLabel(), "form_error", self.tr("Errors"))
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("session_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.session_form)

        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.version_note)
        layout.addWidget(self.amendment_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.session_form.warnings_label)
        layout.addWidget(self.form_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.buttons)

        available = self.screen().availableGeometry()
        self.resize(
            min(DEFAULT_SIZE[0], available.width() - 40),
            min(DEFAULT_SIZE[1], available.height() - 40),
        )

    def _build_amendment_row(self) -> None:
        self.amendment_errors = FieldErrors(self)
        self.amendment_reason = named(
            QLineEdit(), "amendment_reason", self.tr("Reason for the amendment")
        )
        self.amendment_reason.setMaxLength(limits.TEXT_MAX)
        self.amendment_reason.setPlaceholderText(
            self.tr("What was wrong, e.g. the lot number was mistyped")
        )
        label = QLabel(self.tr("&Reason for the amendment"))
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
        self.amendment_reason.textEdited.connect(lambda _text: self._form_changed())

    def _build_buttons(self) -> None:
        self.status = named(QLabel(), "autosave_status", self.tr("Status"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancel", self.tr("Cancel"))
        self.save_button = named(
            QPushButton(self.tr("Save draft")), "save_draft", self.tr("Save draft")
        )
        self.sign_button = named(QPushButton(self.tr("Sign…")), "sign", self.tr("Sign"))
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        sign_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S)
        self.save_button.setToolTip(
            self.tr("Save and close (%1)").replace(
                "%1", save_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.sign_button.setToolTip(
            self.tr("Save, sign and lock (%1)").replace(
                "%1", sign_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.amend_button = named(QPushButton(self.tr("A&mend…")), "amend", self.tr("Amend"))
        self.amend_button.setToolTip(
            self.tr(
                "Correct this signed session: a new signed version, with the reason;\n"
                "this one stays readable as it was signed"
            )
        )
        self.sign_amendment_button = named(
            QPushButton(self.tr("Si&gn amendment…")), "sign_amendment", self.tr("Sign amendment")
        )
        self.sign_amendment_button.setToolTip(
            self.tr("Sign the corrected version; it becomes the current one (%1)").replace(
                "%1", sign_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.earlier_button = named(
            QPushButton(self.tr("&Earlier version…")),
            "earlier_version",
            self.tr("Open the earlier version"),
        )
        self.earlier_button.setToolTip(self.tr("The version this amendment corrects, read-only"))
        self.newer_button = named(
            QPushButton(self.tr("Ne&wer version…")),
            "newer_version",
            self.tr("Open the newer version"),
        )
        self.newer_button.setToolTip(self.tr("The amendment that corrects this version"))
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
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save_draft)
        self.sign_button.clicked.connect(self.sign)
        self.amend_button.clicked.connect(self.start_amendment)
        self.sign_amendment_button.clicked.connect(self.sign_amendment)
        self.earlier_button.clicked.connect(self.open_earlier_version)
        self.newer_button.clicked.connect(self.open_newer_version)
        QShortcut(save_keys, self, self.save_draft)
        QShortcut(sign_keys, self, self.sign)

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.earlier_button)
        self.buttons.addWidget(self.newer_button)
        self.buttons.addWidget(self.status, 1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.sign_button)
        self.buttons.addWidget(self.amend_button)
        self.buttons.addWidget(self.sign_amendment_button)

    def _order_buttons(self) -> None:
        order = [
            self.session_form.notes,
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
        if self.amending:
            QWidget.setTabOrder(self.amendment_reason, self.session_form.performed_at)

    def _lock(self) -> None:
        session = self._session
        assert session is not None
        versions = self.versions
        self.banner.setText(locked_text(session))
        self.banner.show()
        self.notice.hide()
        self.session_form.setEnabled(False)
        # A disabled field shows its hint like a value ("e.g. 20 mg/ml"): a record has none.
        for field in self.session_form.findChildren(QLineEdit):
            self._placeholders[field] = field.placeholderText()
            field.setPlaceholderText("")
        self.save_button.hide()
        self.sign_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        if versions is not None:
            note = version_note(session, versions)
            self.version_note.setText(note)
            self.version_note.setVisible(bool(note))
            if versions.superseded:
                self.version_note.setStyleSheet(EARLIER_VERSION_STYLE)
                self.setWindowTitle(
                    self.tr("Session (earlier version): %1").replace(
                        "%1", self._patient.display_name
                    )
                )
            self.earlier_button.setVisible(versions.earlier is not None)
            self.newer_button.setVisible(versions.newer is not None)
        self.amend_button.setVisible(self.may_amend)
        self.cancel_button.setFocus()

    # amending a signed session

    def start_amendment(self) -> None:
        """Makes the signed session an editable copy, to sign as its amendment."""
        session = self._session
        if not self.may_amend or self.amending or session is None:
            return
        self.amending = True
        self.read_only = False
        self.setWindowTitle(self.tr("Amend session: %1").replace("%1", self._patient.display_name))
        self.banner.setText(amending_text(session))
        self.version_note.hide()
        self.amendment_row.show()
        self.session_form.setEnabled(True)
        for field, placeholder in self._placeholders.items():
            field.setPlaceholderText(placeholder)
        self.amend_button.hide()
        self.newer_button.hide()
        self.cancel_button.setText(self.tr("Cancel"))
        self.sign_amendment_button.show()
        self.status.setText(self.tr("Not signed yet"))
        self._order_buttons()
        self.amendment_reason.setFocus()

    def sign_amendment(self) -> None:
        """Stores the corrected copy as a new signed version with the reason given."""
        session = self._session
        if not self.amending or session is None:
            return
        form = self.session_form
        form.clear_errors()
        self.amendment_errors.clear()
        self.form_error.hide()
        reason = self.amendment_reason.text().strip()
        if not reason:
            self._show_errors(
                (Violation("reason", "", self.tr("the reason for the amendment is required")),)
            )
            return
        entry = form.to_input()
        if entry == session.entry:
            self.form_error.setText(
                self.tr("Nothing was changed: correct what was wrong, then sign the amendment.")
            )
            self.form_error.show()
            self.status.setText(self.tr("Not signed: nothing changed"))
            return
        warnings = form.warnings()
        text = self.tr(
            "Sign this amendment? It becomes the current version of the session; "
            "the version signed before stays readable as it was."
        )
        if warnings:
            text += "\n\n" + "\n".join(f"⚠ {warning}" for warning in warnings)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.No if warnings else QMessageBox.StandardButton.Yes
        title = self.tr("Sign the amendment")
        answer = QMessageBox.question(self, title, text, buttons, default)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions = self._clinic.sessions
        try:
            amended = run_change(
                self,
                self._bus,
                lambda: sessions.amend(session.id, entry, reason=reason),
                title=title,
            )
        except ValidationError as error:
            self._show_errors(error.violations)
            return
        if amended is not None:
            self._finish(amended)

    # the other versions

    def open_earlier_version(self) -> SessionEditor | None:
        """Opens the version this amendment corrects, read-only."""
        return self._open_version(self.versions.earlier if self.versions else None)

    def open_newer_version(self) -> SessionEditor | None:
        """Opens the amendment that corrects this version, read-only."""
        return self._open_version(self.versions.newer if self.versions else None)

    def _open_version(self, other: Session | None) -> SessionEditor | None:
        if other is None:
            return None
        editor = SessionEditor(
            self._clinic,
            self._bus,
            self._patient,
            self,
            session=other,
            clinician=other.entry.clinician,
        )
        editor.open()
        self.version_editor = editor
        return editor

    # a new session

    def _start_new(self, course_id: CourseId | None, clinician: str) -> None:
        form = self.session_form
        if course_id is None:
            newest = newest_active_course(self._history)
            course_id = newest.id if newest is not None else None
        form.set_course_id(course_id)
        now = self._clinic.context.now().astimezone().replace(second=0, microsecond=0)
        form.set_performed_at(now)
        account = self._clinic.account
        if account is not None:
            # Whoever logs the session is its clinician; an assistant may name the clinician
            # who treated, whose signature the draft then waits for.
            clinician = account.name
            form.clinician.setReadOnly(self.may_sign)
        form.clinician.setText(clinician)
        self._prefill(form.selected_course())

    def _prefill(self, course: Course | None) -> None:
        """Last time's treatment lines and anaesthetic; never its reactions, score or notes."""
        form = self.session_form
        # never an earlier version an amendment corrected: the amendment holds what was done
        replaced = superseded(self._history.sessions)
        listed = replace(
            self._history,
            sessions=tuple(x for x in self._history.sessions if x.id not in replaced),
        )
        previous = previous_session(listed, course.id if course else None)
        if previous is not None:
            form.set_lines(previous.entry.treatments)
            anaesthetic = previous.entry.pre_treatment.topical_anaesthetic or ""
            self.notice.setText(
                self.tr(
                    "Same areas, techniques and products as the session of %1. "
                    "Check them, change what differs, then save."
                ).replace("%1", shown_date(previous.performed_on))
            )
        else:
            form.set_lines([first_line(course, self._defaults)])
            anaesthetic = ""
            self.notice.setText(
                self.tr("First session here: the clinic's usual technique settings.")
            )
        form.topical_anaesthetic.setText(anaesthetic)
        self._prefilled_lines = form.lines_payload()
        self._prefilled_anaesthetic = anaesthetic

    def _course_changed(self) -> None:
        """Another course chosen before anything was changed: copy that course's last session."""
        form = self.session_form
        untouched = (
            self._session is None
            and self._prefilled_lines == form.lines_payload()
            and self._prefilled_anaesthetic == form.topical_anaesthetic.text()
        )
        if untouched:
            self._loading = True
            self._prefill(form.selected_course())
            self._loading = False
            form.update_tab_order()

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
        return self._session

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.amending:
            self.amendment_reason.setFocus()
        elif not self.read_only and self.line_editors and not self._dirty:
            depth = self.line_editors[0].depth_field()
            depth.setFocus()
            depth.selectAll()

    # keeping what is typed

    def _form_changed(self) -> None:
        self._order_buttons()
        if self._loading or self.read_only:
            return
        self._dirty = True
        if not self.amending:
            # An amendment is typed and signed in one go; crash recovery brings back
            # drafts only (a kept copy of a signed session would open read-only).
            self.autosave.changed()

    @property
    def autosave_timer(self) -> QTimer:
        return self.autosave.timer

    def keep_draft(self) -> None:
        """Stores the form as typed now, to be offered back after a crash (drafts only)."""
        if not self.read_only and not self.amending:
            self.autosave.keep()

    # saving and signing

    def _save(self, title: str) -> Session | None:
        form = self.session_form
        form.clear_errors()
        self.form_error.hide()
        entry = form.to_input()
        patient_id = self._patient.id
        current = self._session
        sessions = self._clinic.sessions

        def change() -> Session:
            if current is None:
                return sessions.create_draft(patient_id, entry)
            return sessions.update_draft(current.id, entry)

        try:
            saved = run_change(self, self._bus, change, title=title)
        except ValidationError as error:
            self._show_errors(error.violations)
            return None
        if saved is not None:
            self._session = saved
            self._dirty = False
        return saved

    def _show_errors(self, violations: tuple[Violation, ...]) -> None:
        reason = [v for v in violations if v.path == "reason"]
        self.amendment_errors.show(reason)
        unplaced = self.session_form.show_errors(v for v in violations if v.path != "reason")
        if unplaced:
            self.form_error.setText("\n".join(str(v) for v in unplaced))
            self.form_error.show()
        self.status.setText(
            self.tr("Not saved: %n value(s) to correct, marked in red.", "", len(violations))
        )
        widget = self.amendment_reason if reason else self.session_form.first_error_widget()
        if widget is self.amendment_reason:
            widget.setFocus()
        elif widget is not None:
            widget.setFocus()
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(widget, 40, 80))

    def save_draft(self) -> None:
        if self.read_only or self.amending:
            return
        saved = self._save(self.tr("Save the session"))
        if saved is not None:
            self._finish(saved)

    def sign(self) -> None:
        if self.amending:
            self.sign_amendment()
            return
        if self.read_only or not self.may_sign:
            return
        warnings = self.session_form.warnings()
        text = self.tr(
            "Sign this session? A signed session is locked; later corrections are amendments."
        )
        if warnings:
            text += "\n\n" + "\n".join(f"⚠ {warning}" for warning in warnings)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.No if warnings else QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(self, self.tr("Sign the session"), text, buttons, default)
        if answer != QMessageBox.StandardButton.Yes:
            return
        title = self.tr("Sign the session")
        saved = self._save(title)
        if saved is None:
            return
        try:
            signed = run_change(
                self,
                self._bus,
                lambda: self._clinic.sessions.sign(saved.id, signer=saved.entry.clinician),
                title=title,
            )
        except ValidationError as error:
            self._show_errors(error.violations)
            return
        if signed is not None:
            self._finish(signed)

    def _finish(self, session: Session) -> None:
        self.autosave.discard()
        self.saved_session = session
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: asks first if something was changed."""
        if not self.read_only and self._dirty:
            text = (
                self.tr("The amendment is not signed; the session stays as it was. Discard it?")
                if self.amending
                else self.tr("The changes to this session are not saved. Discard them?")
            )
            answer = QMessageBox.question(
                self,
                self.tr("Discard the changes?"),
                text,
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if not self.read_only and not self.amending:
            self.autosave.discard()
        super().reject()
