"""The session form laid out for the treatment chair: the session's own fields in a grid,
then the treatment lines, the reactions and the outcome, each in its group."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesolog.ui.common.forms import FieldErrors


class FormParts(Protocol):
    """What the layout places (the session form has them)."""

    @property
    def errors(self) -> FieldErrors: ...
    @property
    def performed_at(self) -> QWidget: ...
    @property
    def clinician(self) -> QWidget: ...
    @property
    def course_id(self) -> QWidget: ...
    @property
    def nsaids_paused_days(self) -> QWidget: ...
    @property
    def topical_anaesthetic(self) -> QWidget: ...
    @property
    def consent_confirmed(self) -> QWidget: ...
    @property
    def given_despite(self) -> QWidget: ...
    @property
    def treatments(self) -> QWidget: ...
    @property
    def reaction_editor(self) -> QWidget: ...
    @property
    def improvement_score(self) -> QWidget: ...
    @property
    def notes(self) -> QWidget: ...


def lay_out(host: QWidget, form: FormParts) -> None:
    """Lays `form`'s parts out in `host` (the form itself)."""
    session = QGroupBox(QCoreApplication.translate("SessionForm", "Session"))
    grid = QGridLayout(session)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(2)
    # Two fields a row (three do not fit a 1024-pixel screen in Greek); the course, the
    # consent and the reason, long, each take a row of their own.
    rows = [
        [
            (
                "performed_at",
                QCoreApplication.translate("SessionForm", "&Date and time"),
                form.performed_at,
            ),
            ("clinician", QCoreApplication.translate("SessionForm", "C&linician"), form.clinician),
        ],
        [
            (
                "nsaids_paused_days",
                QCoreApplication.translate("SessionForm", "Last aspirin/&NSAID"),
                form.nsaids_paused_days,
            ),
            (
                "topical_anaesthetic",
                QCoreApplication.translate("SessionForm", "Topical &anaesthetic"),
                form.topical_anaesthetic,
            ),
        ],
        [("course_id", QCoreApplication.translate("SessionForm", "C&ourse"), form.course_id)],
        [("consent_confirmed", "", form.consent_confirmed)],
    ]
    for row, fields in enumerate(rows):
        span = 3 if len(fields) == 1 else 1
        for column, (field, text, widget) in enumerate(fields):
            if text:
                label = QLabel(text)
                label.setContentsMargins(0, 0, 2, 0)
                label.setBuddy(widget)
                grid.addWidget(label, 2 * row, 2 * column)
            grid.addWidget(widget, 2 * row, 2 * column + 1, 1, span)
            grid.addWidget(form.errors.label_for(field), 2 * row + 1, 2 * column + 1, 1, span)
    reason = QLabel(QCoreApplication.translate("SessionForm", "Reason to give an&yway"))
    reason.setBuddy(form.given_despite)
    # the longest caption wraps within the column the others need, never widening it
    reason.setWordWrap(True)
    reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    last = 2 * len(rows)
    grid.addWidget(reason, last, 0)
    grid.addWidget(form.given_despite, last, 1, 1, 3)
    grid.addWidget(form.errors.label_for("given_despite"), last + 1, 1, 1, 3)
    for column in (1, 3):
        grid.setColumnStretch(column, 1)

    treatment = QGroupBox(QCoreApplication.translate("SessionForm", "Treatment"))
    QVBoxLayout(treatment).addWidget(form.treatments)

    reactions = QGroupBox(QCoreApplication.translate("SessionForm", "Reactions"))
    QVBoxLayout(reactions).addWidget(form.reaction_editor)

    outcome = QGroupBox(QCoreApplication.translate("SessionForm", "Outcome"))
    outcome_grid = QGridLayout(outcome)
    outcome_grid.setVerticalSpacing(2)
    score_label = QLabel(QCoreApplication.translate("SessionForm", "&Improvement"))
    score_label.setBuddy(form.improvement_score)
    notes_label = QLabel(QCoreApplication.translate("SessionForm", "No&tes"))
    notes_label.setBuddy(form.notes)
    outcome_grid.addWidget(score_label, 0, 0)
    outcome_grid.addWidget(form.improvement_score, 0, 1)
    outcome_grid.addWidget(form.errors.label_for("improvement_score"), 1, 1)
    outcome_grid.addWidget(notes_label, 0, 2, Qt.AlignmentFlag.AlignTop)
    outcome_grid.addWidget(form.notes, 0, 3, 2, 1)
    outcome_grid.addWidget(form.errors.label_for("notes"), 2, 3)
    outcome_grid.setColumnStretch(3, 1)

    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in (session, treatment, reactions, outcome):
        layout.addWidget(box)
    layout.addStretch(1)
