"""The dialog in which a protocol template is added, duplicated, edited or (by those who
may not change templates) read: the course's plan, its first session's treatment lines,
and what a course of it is expected to cost at the catalogue's prices."""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.currency import currency_symbol
from mesolog.domain.enums import Indication
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.templates import Template, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.form_layout import save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import ScrollingBody, resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.common.versioned_saves import VersionedForm, note_label
from mesolog.ui.templates._plan_fields import PlanFields
from mesolog.ui.templates._template_catalogue import TemplateCatalogue
from mesolog.ui.templates._template_lines import TemplateLines
from mesolog.ui.templates.template_words import (
    estimate_text,
    read_only_reason,
    template_fields,
)

ESTIMATE_STYLE = "QLabel { background: #f1f8e9; color: #1b5e20; padding: 6px 8px; }"
NEW_SESSIONS = 6
"""A new template's planned sessions: the guide's courses have 5 to 10."""
WIDTH_CHARACTERS = 180
"""The dialog is about this wide where the screen has room: a line's fields in one row."""
ESTIMATE_DELAY_MS = 250
"""The estimate is worked out again this long after the last key, not at every key."""


class TemplateDialog(QDialog):
    """A new template (`template` None; `start` fills it, e.g. from the one duplicated), or
    one to edit; `read_only` shows it to someone who may not change it. `saved_template`
    holds what Save stored."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        template: Template | None = None,
        start: TemplateInput | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self._clinic = clinic
        self._bus = bus
        self._template = template
        self.read_only = read_only
        self.saved_template: Template | None = None
        self._build()
        self.versioned: VersionedForm[Template, TemplateInput] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("this template"),
            words=template_fields(),
            content=lambda read: read.details,
            write=lambda details, read: clinic.templates.update(read.id, details, read=read),
            load=self._fill,
            note=self.note,
        )
        filled = template.details if template is not None else start
        if filled is not None:
            self._fill(filled)
        else:
            self.plan.fill(TemplateInput("", Indication.HYDRATION_TIGHTENING, NEW_SESSIONS))
            self.lines.add_line()
        if read_only:
            self._make_read_only()
        self._set_title()
        self.update_estimate()
        self._initial = self._snapshot()
        self._fitted = False
        self.plan.name.setFocus()

    # building

    def _build(self) -> None:
        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.update_estimate)

        body = QWidget(self)
        body.setObjectName("template_body")
        self.read_only_note = named(QLabel(read_only_reason(), body), "read_only_note", "")
        self.read_only_note.setAccessibleName(self.tr("Read only"))
        self.read_only_note.setVisible(self.read_only)
        settings = self._clinic.settings.clinic()
        symbol = currency_symbol(settings.currency, QLocale().name()) if settings.currency else ""
        self.plan = PlanFields(body, currency=symbol)
        defaults = settings.techniques
        self.lines = TemplateLines(defaults, TemplateCatalogue.of(self._clinic), body)
        group = QGroupBox(self.tr("First session's treatment lines"), body)
        group.setObjectName("lines_group")
        inside = QVBoxLayout(group)
        inside.addWidget(self.lines)
        column = QVBoxLayout(body)
        column.addWidget(self.read_only_note)
        column.addWidget(self.plan)
        column.addWidget(group, 1)
        self.body = body
        self.scroll_area = ScrollingBody(body, self)

        self.estimate = named(QLabel(self), "estimate", self.tr("Course estimate"))
        self.estimate.setStyleSheet(ESTIMATE_STYLE)
        self.estimate.setWordWrap(True)
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error = error_label("form_error", self)
        self.note = note_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.estimate)
        layout.addWidget(self.form_error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        for field in self.plan.inputs().values():
            if isinstance(field, QLineEdit):
                field.textChanged.connect(lambda _text: self._estimate_timer.start())
        self.plan.indication.currentIndexChanged.connect(lambda _i: self._estimate_timer.start())
        self.lines.changed.connect(self._estimate_timer.start)
        self.lines.reshaped.connect(self._order_tabs)

    def showEvent(self, event: QShowEvent) -> None:
        """Fits the form the first time it shows: only then are the fields of its lines,
        made apart and put in place, counted in the size it asks for. Its width first;
        then its height, as tall as its body is at that width (on a narrow screen a
        line's needle or pen goes under its area: see LineHeading)."""
        if not self._fitted:
            self._fitted = True
            self.scroll_area.updateGeometry()  # its size is its body's, which has grown
            layout = self.layout()
            assert layout is not None, "made in _build"
            layout.invalidate()
            hint = self.sizeHint()
            width = max(hint.width(), self.fontMetrics().averageCharWidth() * WIDTH_CHARACTERS)
            resize_within_screen(self, width, hint.height())
            layout.activate()
            shown = self.scroll_area.viewport().height()
            taller = self.body.heightForWidth(self.body.width()) - shown
            if taller > 0:
                resize_within_screen(self, self.width(), self.height() + taller)
        super().showEvent(event)

    def _order_tabs(self) -> None:
        """Tab goes down the plan, line by line through each line's fields and products,
        then to Save and Cancel (widgets made later would otherwise come last)."""
        order = [*self.plan.inputs().values(), *self.lines.focus_widgets()]
        order += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _set_title(self) -> None:
        template = self._template
        if template is None:
            self.setWindowTitle(self.tr("New template"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Template — %1").replace("%1", template.details.name))
        else:
            self.setWindowTitle(self.tr("Edit template — %1").replace("%1", template.details.name))

    def _make_read_only(self) -> None:
        """Everything readable, nothing changeable; Save says why it is off."""
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QAbstractButton):
                widget.setEnabled(False)
                widget.setToolTip(read_only_reason())
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(read_only_reason())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _fill(self, details: TemplateInput) -> None:
        self.plan.fill(details)
        self.lines.set_lines(details.lines)

    # the estimate

    def update_estimate(self) -> None:
        """What the planned sessions are expected to cost, from what is typed now."""
        self._estimate_timer.stop()
        sessions = self.plan.planned_sessions.value()
        if sessions is None:
            self.estimate.setText(self.tr("The estimate needs the number of planned sessions."))
            return
        if self.plan.session_fee.problem():
            self.estimate.setText(self.tr("The estimate needs a session fee it can read, or none."))
            return
        wanted = self._amounts_wanted()
        if wanted:
            self.estimate.setText(wanted)
            return
        details = TemplateInput(
            name=self.plan.name.text(),
            indication=Indication(self.plan.indication.value()),
            planned_sessions=int(sessions),
            lines=self.lines.estimated_lines(),
            session_fee=self.plan.fee(),
        )
        try:
            estimate = self._clinic.templates.estimate(details, int(sessions))
        except KnownError as error:
            self.estimate.setText(shown(error.text))
            return
        self.estimate.setText(estimate_text(details, estimate))

    def _amounts_wanted(self) -> str:
        """What the estimate needs typed before it counts the products ("" for nothing)."""
        units = ", ".join(self.lines.unreadable_units())
        volumes = ", ".join(self.lines.unreadable_volumes())
        wanted = []
        if units:
            words = self.tr("The estimate needs units it can read for %1.")
            wanted.append(words.replace("%1", units))
        if volumes:
            words = self.tr("The estimate needs a volume it can read for %1.")
            wanted.append(words.replace("%1", volumes))
        return "\n".join(wanted)

    # saving

    def details(self) -> TemplateInput:
        """The template as typed; only asked once the typed numbers were checked."""
        return replace(self.plan.details(), lines=self.lines.lines())

    def _field_errors(self) -> list[FieldErrors]:
        return [self.plan.errors, *self.lines.field_errors()]

    def save(self) -> None:
        """Writes the template; a refusal is shown beside its field and nothing is written."""
        if self.read_only:
            return
        for errors in self._field_errors():
            errors.clear()
        self.form_error.hide()
        typed_problems = [errors.show_typed() for errors in self._field_errors()]
        if any(typed_problems):
            self._focus_first_error()
            return
        details = self.details()
        title = self.tr("Save template")
        template = self._template
        try:
            if template is None:
                saved = run_change(
                    self, self._bus, lambda: self._clinic.templates.add(details), title=title
                )
                done = saved is not None
            else:
                outcome = self.versioned.save(template, details, title=title)
                self._template, saved, done = outcome.base, outcome.saved, outcome.done
        except ValidationError as error:
            self._show_violations(error.violations)
            return
        if saved is not None:
            self.saved_template = saved
            self._initial = self._snapshot()
        if done:
            self.accept()

    def _show_violations(self, violations: tuple[Violation, ...]) -> None:
        unplaced = self.lines.show_errors(violations)
        unplaced = self.plan.errors.show(unplaced)
        if unplaced:
            self.form_error.setText("\n".join(violation_text(v) for v in unplaced))
            self.form_error.show()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for errors in self._field_errors():
            owner = errors.parent()
            for field in errors.visible():
                widget = owner.findChild(QWidget, field) if isinstance(owner, QWidget) else None
                if widget is None:
                    continue
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll_area.ensureWidgetVisible(widget)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return

    # closing

    def _snapshot(self) -> tuple[object, ...]:
        """What the fields hold as typed (a text that is no value included)."""
        return tuple(
            widget.currentIndex()
            if isinstance(widget, QComboBox)
            else widget.toPlainText()
            if isinstance(widget, QPlainTextEdit)
            else widget.isChecked()
            if isinstance(widget, QAbstractButton)
            else widget.text()
            for widget in self.body.findChildren(QWidget)
            if isinstance(widget, QComboBox | QPlainTextEdit | QLineEdit)
            or (isinstance(widget, QAbstractButton) and widget.isCheckable())
        )

    def reject(self) -> None:
        """Cancel; asks first when something was typed, so an Esc does not lose it."""
        if not self.read_only and self._snapshot() != self._initial:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
