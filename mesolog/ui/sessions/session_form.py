"""The session editor's fields, and their conversion to a plain dict (autosave) and a
`SessionInput` (saving).

The payload holds the raw values the widgets hold, so that a draft kept while a value
was still wrong comes back exactly as it was typed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    Course,
    GivenDespite,
    Patient,
    PreTreatment,
    SessionInput,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.domain.warnings import (
    NEEDS_REASON,
    ClinicalWarning,
    entry_warnings,
    session_warnings,
)
from mesolog.ui.common.forms import FieldErrors, named, show_beginnings
from mesolog.ui.common.translation import shown
from mesolog.ui.common.typed_fields import MomentField
from mesolog.ui.sessions._course_timing import CourseTiming, Timing
from mesolog.ui.sessions._session_form_layout import lay_out
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.reaction_editor import ReactionEditor
from mesolog.ui.sessions.session_labels import course_choice
from mesolog.ui.sessions.session_widgets import ComboBox, consent_box, number_field, room_for, watch
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from mesolog.ui.sessions.treatment_list import TreatmentList
from mesolog.ui.sessions.warnings_panel import WarningsPanel

PAYLOAD_VERSION = 1


class SessionForm(QWidget):
    """Every field of one session, laid out for the treatment chair."""

    changed = Signal()
    course_changed = Signal()

    def __init__(
        self,
        *,
        patient: Patient,
        courses: Sequence[Course],
        defaults: TechniqueDefaults,
        today: Callable[[], dt.date],
        catalogue: ProductCatalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_form")
        self.catalogue = catalogue
        """Where the products complete from (none: typed by hand, as in a read-only copy)."""
        self._patient = patient
        self._courses = {course.id: course for course in courses}
        self._defaults = defaults
        self._today = today
        self._original_performed_at: dt.datetime | None = None
        self.errors = FieldErrors(self)
        self._timing = CourseTiming()

        self.performed_at = named(
            MomentField(latest_year=today().year), "performed_at", self.tr("Date and time")
        )
        self.clinician = named(QLineEdit(), "clinician", self.tr("Clinician"))
        self.course_id = named(ComboBox(), "course_id", self.tr("Course"))
        self.course_id.addItem(self.tr("No course"), None)
        for course in courses:
            self.course_id.addItem(course_choice(course), str(course.id))
        self.nsaids_paused_days = named(
            number_field(limits.NSAIDS_PAUSED_DAYS, self.tr("days ago"), none=self.tr("not asked")),
            "nsaids_paused_days",
            self.tr("Days since the last aspirin or other NSAID"),
        )
        self.topical_anaesthetic = named(
            QLineEdit(), "topical_anaesthetic", self.tr("Topical anaesthetic")
        )
        self.topical_anaesthetic.setPlaceholderText(self.tr("None"))
        self.consent_confirmed = consent_box(patient.details.consent_signed_on)
        self.given_despite = named(
            QLineEdit(), "given_despite", self.tr("Reason to give it anyway")
        )
        self.warnings_panel = WarningsPanel()

        self.treatments = TreatmentList(
            defaults, today, self.selected_course, self.errors.label_for("treatments")
        )
        self.reaction_editor = ReactionEditor(today)
        self.improvement_score = named(
            number_field(limits.IMPROVEMENT_SCORE, "/ 10", none=self.tr("not rated")),
            "improvement_score",
            self.tr("Improvement score from 0 to 10"),
        )
        self.notes = named(QPlainTextEdit(), "notes", self.tr("Session notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)

        lay_out(self, self)
        for field in (self.performed_at, self.nsaids_paused_days, self.improvement_score):
            self.errors.follow(field)
            room_for(field, field.text())
        watch([*self._session_fields(), self.improvement_score, self.notes], self._changed)
        watch([self.nsaids_paused_days, self.consent_confirmed], self.refresh_warnings)
        self.course_id.currentIndexChanged.connect(lambda *_: self.course_changed.emit())
        self.reaction_editor.changed.connect(self._changed)
        self.treatments.changed.connect(self._changed)
        self.refresh_warnings()

    # changes

    def _changed(self) -> None:
        self._lend_catalogue()
        self.update_tab_order()
        self.warn_expired()
        self.refresh_warnings()
        self.changed.emit()

    def warn_expired(self) -> bool:
        """Marks, under its expiry, each lot expired before the session's day (in local
        time); whether any is."""
        moment = self.performed_at.value()
        return self.treatments.warn_expired(moment.date() if moment is not None else None)

    def set_timing(self, timing: Timing) -> None:
        """Where the form asks whether a session of a course at a moment is unusual."""
        self._timing.set(timing)
        self.refresh_warnings()

    def current_warnings(self) -> list[ClinicalWarning]:
        """The warnings in force for the session as typed now (the products' and the
        anaesthetic's against the allergies once every number and date typed is read)."""
        details = self._patient.details
        try:
            found = entry_warnings(details, self._typed_input())
        except ValueError:
            found = session_warnings(details, self.pre_treatment())
        timing = self._timing.warning(self.selected_course_id(), self.performed_at.value())
        return found if timing is None else [*found, timing]

    def refresh_warnings(self) -> None:
        found = self.current_warnings()
        self.warnings_panel.set_warnings([shown(warning.text) for warning in found])
        needs = any(warning.kind in NEEDS_REASON for warning in found)
        self.given_despite.setEnabled(needs or bool(self.given_despite.text()))
        self.given_despite.setPlaceholderText(
            self.tr("Needed to sign: why it is given despite the warning")
            if needs
            else self.tr("Only when a warning asks for a reason")
        )

    def warnings(self) -> list[str]:
        """The warnings as the window says them (what is stored keeps `message`)."""
        return [shown(warning.text) for warning in self.current_warnings()]

    def _session_fields(self) -> list[QWidget]:
        """The fields of the session itself, above its treatment lines, as they read."""
        return [
            self.performed_at,
            self.clinician,
            self.course_id,
            self.nsaids_paused_days,
            self.topical_anaesthetic,
            self.consent_confirmed,
            self.given_despite,
        ]

    def update_tab_order(self) -> None:
        """Tab goes down the form as it reads, through lines and rows added later too."""
        chain = self._session_fields()
        chain += self.treatments.focus_widgets()
        chain += self.reaction_editor.focus_widgets()
        chain += [self.improvement_score, self.notes]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # treatment lines

    @property
    def line_editors(self) -> list[TreatmentLineEditor]:
        return self.treatments.line_editors

    @property
    def add_line_button(self) -> QPushButton:
        return self.treatments.add_line_button

    def set_lines(self, lines: Iterable[TreatmentLine]) -> None:
        """Shows these lines (a lot carried over that has expired since is marked at once)."""
        self.treatments.set_lines(lines)
        self._lend_catalogue()
        self.update_tab_order()
        self.warn_expired()

    def _lend_catalogue(self) -> None:
        """Lines added since (from the chart, "Add area", a draft) complete from it too."""
        if self.catalogue is not None:
            for line in self.line_editors:
                line.use_catalogue(self.catalogue)

    def lines_payload(self) -> list[dict[str, Any]]:
        return self.treatments.to_payload()

    # course

    def selected_course_id(self) -> CourseId | None:
        value = self.course_id.value()
        return CourseId(uuid.UUID(value)) if value else None

    def selected_course(self) -> Course | None:
        course_id = self.selected_course_id()
        return self._courses.get(course_id) if course_id is not None else None

    def set_course_id(self, course_id: CourseId | None) -> None:
        self.course_id.set_value(course_id)

    # values

    def pre_treatment(self) -> PreTreatment:
        anaesthetic = self.topical_anaesthetic.text().strip()
        return PreTreatment(
            nsaids_paused_days=_whole(self.nsaids_paused_days.value()),
            topical_anaesthetic=anaesthetic or None,
            consent_confirmed=self.consent_confirmed.isChecked(),
        )

    def set_performed_at(self, moment: dt.datetime) -> None:
        """Shows `moment` in local time; saving it unchanged keeps its own UTC offset."""
        self._original_performed_at = moment
        self.performed_at.set_value(moment.astimezone().replace(tzinfo=None))

    def performed_at_value(self) -> dt.datetime:
        shown = self.performed_at.value()
        if shown is None:
            raise ValueError("the date and time typed are not yet read")
        original = self._original_performed_at
        if original is not None:
            local = original.astimezone().replace(tzinfo=None, second=0, microsecond=0)
            if local == shown:
                return original
        return shown.astimezone()

    def to_input(self) -> SessionInput:
        """The session as typed, with the warnings in force recorded as given despite (the
        reason typed kept for those that need one)."""
        reason = self.given_despite.text().strip()
        given = tuple(
            GivenDespite(
                warning.kind.value, warning.message, reason if warning.kind in NEEDS_REASON else ""
            )
            for warning in self.current_warnings()
        )
        return replace(self._typed_input(), given_despite=given)

    def missing_reason(self) -> bool:
        """Whether a warning in force needs a reason to give it anyway and none is typed."""
        needs = any(w.kind in NEEDS_REASON for w in self.current_warnings())
        return needs and not self.given_despite.text().strip()

    def _typed_input(self) -> SessionInput:
        return SessionInput(
            performed_at=self.performed_at_value(),
            clinician=self.clinician.text().strip(),
            treatments=self.treatments.lines(),
            course_id=self.selected_course_id(),
            pre_treatment=self.pre_treatment(),
            reactions=self.reaction_editor.reactions(),
            improvement_score=_whole(self.improvement_score.value()),
            notes=self.notes.toPlainText(),
        )

    def load_entry(self, entry: SessionInput) -> None:
        self.set_performed_at(entry.performed_at)
        self.clinician.setText(entry.clinician)
        self.set_course_id(entry.course_id)
        pre = entry.pre_treatment
        self.nsaids_paused_days.set_value(pre.nsaids_paused_days)
        self.topical_anaesthetic.setText(pre.topical_anaesthetic or "")
        self.consent_confirmed.setChecked(pre.consent_confirmed)
        self.set_lines(entry.treatments)
        self.reaction_editor.set_reactions(entry.reactions)
        self.improvement_score.set_value(entry.improvement_score)
        self.notes.setPlainText(entry.notes)
        self.given_despite.setText(
            next((given.reason for given in entry.given_despite if given.reason), "")
        )
        self.refresh_warnings()
        self.update_tab_order()
        self.warn_expired()
        show_beginnings(self)

    def to_payload(self) -> dict[str, Any]:
        original = self._original_performed_at
        return {
            "version": PAYLOAD_VERSION,
            "performed_at": self.performed_at.raw(),
            "performed_at_original": original.isoformat() if original else None,
            "clinician": self.clinician.text(),
            "course_id": self.course_id.value(),
            "nsaids_paused_days": self.nsaids_paused_days.raw(),
            "topical_anaesthetic": self.topical_anaesthetic.text(),
            "consent_confirmed": self.consent_confirmed.isChecked(),
            "treatments": self.lines_payload(),
            "reactions": self.reaction_editor.to_payload(),
            "improvement_score": self.improvement_score.raw(),
            "notes": self.notes.toPlainText(),
            "given_despite": self.given_despite.text(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        original = payload.get("performed_at_original")
        self._original_performed_at = dt.datetime.fromisoformat(original) if original else None
        self._load_performed_at(payload["performed_at"])
        self.clinician.setText(str(payload.get("clinician", "")))
        self.course_id.set_value(payload.get("course_id"))
        self.nsaids_paused_days.set_raw(payload.get("nsaids_paused_days"))
        self.topical_anaesthetic.setText(str(payload.get("topical_anaesthetic", "")))
        self.consent_confirmed.setChecked(bool(payload.get("consent_confirmed", False)))
        self.treatments.load_payload(payload.get("treatments", []))
        self._lend_catalogue()
        self.reaction_editor.load_payload(payload.get("reactions", []))
        self.improvement_score.set_raw(payload.get("improvement_score"))
        self.notes.setPlainText(str(payload.get("notes", "")))
        self.given_despite.setText(str(payload.get("given_despite", "")))
        self.refresh_warnings()
        self.update_tab_order()
        self.warn_expired()
        show_beginnings(self)

    def _load_performed_at(self, text: str) -> None:
        """A draft's date and time as typed (an ISO moment in drafts saved before)."""
        try:
            self.performed_at.set_value(dt.datetime.fromisoformat(text))
        except ValueError:
            self.performed_at.set_raw(text)

    # errors

    def show_typed(self) -> bool:
        """Shows, beside each, the numbers and dates typed that are not ones allowed."""
        found = [
            self.errors.show_typed(),
            self.treatments.show_typed(),
            self.reaction_editor.show_typed(),
        ]
        return any(found)

    def show_errors(self, violations: Iterable[Violation]) -> list[Violation]:
        """Places each violation beside its field; returns those that have none."""
        lines: list[Violation] = []
        reactions: list[Violation] = []
        own: list[Violation] = []
        for violation in violations:
            if violation.path.startswith("treatments["):
                lines.append(violation)
            elif violation.path.startswith("reactions["):
                reactions.append(violation)
            else:
                own.append(violation)
        unplaced = self.treatments.show_errors(lines)
        unplaced += self.reaction_editor.show_errors(reactions)
        unplaced += self.errors.show(own)
        return unplaced

    def clear_errors(self) -> None:
        self.errors.clear()
        self.treatments.clear_errors()
        self.reaction_editor.clear_errors()
        self.warn_expired()

    def first_error_widget(self) -> QWidget | None:
        """The input beside the first error shown (to focus it)."""
        for field in self.errors.visible():
            widget = self.add_line_button if field == "treatments" else getattr(self, field, None)
            if isinstance(widget, QWidget):
                return widget
        return self.treatments.first_error_widget() or self.reaction_editor.first_error_widget()


def _whole(value: float | None) -> int | None:
    return None if value is None else int(value)
