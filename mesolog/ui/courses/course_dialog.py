"""Planning a treatment course, or changing the plan of an active one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.enums import Area, Indication
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Course, CourseInput
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import FieldErrors, error_label, named, violation_text
from mesolog.ui.common.labels import area_label, indication_label
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import screen_room
from mesolog.ui.common.typed_fields import DateField, NumberField
from mesolog.ui.common.versioned_saves import VersionedForm, note_label
from mesolog.ui.courses._course_fields import course_fields
from mesolog.ui.courses._template_choice import TemplateChoice

DEFAULT_PLANNED_SESSIONS = 6
HINT_STYLE = "color: palette(placeholder-text);"
AREA_COLUMNS = (3, 2, 1)
"""Columns of areas, the most first: as many as the screen has room for (three in English
on any screen; the longer Greek names take two on a 1024-pixel screen)."""


def number(parent: QWidget, limit: limits.Range, value: int, unit: str) -> NumberField:
    field = NumberField(limit, unit, parent=parent)
    field.set_value(value)
    return field


class CourseDialog(QDialog):
    """Plans a course for a patient (or edits `course`); `saved_course` holds the result."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        patient_id: PatientId,
        parent: QWidget | None = None,
        *,
        course: Course | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("course_dialog")
        self._clinic = clinic
        self._bus = bus
        self._patient_id = patient_id
        self._course = course
        self.saved_course: Course | None = None
        self.errors = FieldErrors(self)
        self.setWindowTitle(self.tr("Edit course plan") if course else self.tr("Plan a course"))
        templates = clinic.templates.all(retired=True)
        self._build(templates)
        self.versioned: VersionedForm[Course, CourseInput] = VersionedForm(
            self,
            clinic,
            bus,
            record=self.tr("this course"),
            words=course_fields(templates),
            content=lambda read: read.plan,
            write=lambda plan, read: clinic.courses.update(read.id, plan, read=read),
            load=self._fill,
            note=self.note,
        )
        self._fill(course.plan if course else None)

    # building

    def _build(self, templates: list[Template]) -> None:
        self.indication = named(QComboBox(self), "indication", self.tr("Indication"))
        for indication in Indication:
            self.indication.addItem(indication_label(indication), indication.value)

        self.areas = named(QListWidget(self), "areas", self.tr("Areas"))
        for area in Area:
            item = QListWidgetItem(area_label(area), self.areas)
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        days = self.tr("days")
        self.planned_sessions = named(
            number(self, limits.PLANNED_SESSIONS, DEFAULT_PLANNED_SESSIONS, self.tr("sessions")),
            "planned_sessions",
            self.tr("Planned sessions"),
        )
        self.initial_interval_days = named(
            number(self, limits.INITIAL_INTERVAL_DAYS, limits.DEFAULT_INITIAL_INTERVAL_DAYS, days),
            "initial_interval_days",
            self.tr("Days between sessions at first"),
        )
        self.maintenance_interval_days = named(
            number(
                self,
                limits.MAINTENANCE_INTERVAL_DAYS,
                limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS,
                days,
            ),
            "maintenance_interval_days",
            self.tr("Days between maintenance sessions"),
        )
        self.protocol = named(QLineEdit(self), "protocol", self.tr("Protocol"))
        self.protocol.setPlaceholderText(self.tr("e.g. HA 1% + vitamins, nappage"))
        today = self._clinic.context.today()
        self.started_on = named(
            DateField(
                latest_year=today.year + 1,
                required=self.tr("The day the course starts is required"),
                start_page=today,
                parent=self,
            ),
            "started_on",
            self.tr("Starts on"),
        )
        self.notes = named(QPlainTextEdit(self), "notes", self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.templates = TemplateChoice(self._clinic, templates, self.planned_sessions, self)
        self.templates.chosen.connect(self.use_template)

        self._build_layout()
        for field in (
            self.planned_sessions,
            self.initial_interval_days,
            self.maintenance_interval_days,
            self.started_on,
        ):
            self.errors.follow(field)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        template_label = QLabel(self.tr("From &template:"), self)
        template_label.setBuddy(self.templates.combo)
        form.addRow(template_label, self.templates.combo)
        self._row(form, self.tr("&Indication:"), self.indication, "indication")
        self._row(form, self.tr("&Areas:"), self.areas, "areas")
        self._row(
            form,
            self.tr("&Planned sessions:"),
            self.planned_sessions,
            "planned_sessions",
            hint=self.tr("guide: 5–10 sessions"),
            extra=self.templates.estimate,
        )
        self._row(
            form,
            self.tr("&First interval:"),
            self.initial_interval_days,
            "initial_interval_days",
            hint=self.tr("guide: 10–14 days"),
        )
        self._row(
            form,
            self.tr("&Maintenance interval:"),
            self.maintenance_interval_days,
            "maintenance_interval_days",
            hint=self.tr("guide: 3–4 weeks"),
        )
        self._row(form, self.tr("P&rotocol:"), self.protocol, "protocol")
        self._row(form, self.tr("&Starts on:"), self.started_on, "started_on")
        self._row(form, self.tr("&Notes:"), self.notes, "notes")

        self.general_error = error_label("general_error", self)
        self.note = note_label(self)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._fit_areas(layout)

    def _fit_areas(self, layout: QLayout) -> None:
        """The areas in as many columns as leave the dialog no wider than its screen."""
        room = screen_room(self).width()
        for columns in AREA_COLUMNS:
            self._lay_out_areas(columns)
            layout.activate()
            if self.minimumSizeHint().width() <= room:
                return

    def _lay_out_areas(self, columns: int) -> None:
        """All areas at once, in `columns` columns filled top to bottom (face, body, other):
        a list to scroll through would hide the ones below."""
        areas = self.areas
        areas.setFlow(QListWidget.Flow.TopToBottom)
        areas.setWrapping(True)
        areas.setResizeMode(QListWidget.ResizeMode.Adjust)
        areas.setUniformItemSizes(True)
        areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        areas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column_width = max(areas.sizeHintForColumn(0), 1) + 24
        row_height = areas.sizeHintForRow(0) + 6
        areas.setGridSize(QSize(column_width, row_height))
        rows = -(-areas.count() // columns)
        frame = 2 * areas.frameWidth()
        areas.setMinimumWidth(columns * column_width + frame + 8)
        areas.setFixedHeight(rows * row_height + frame + row_height // 2)

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget,
        name: str,
        *,
        hint: str = "",
        extra: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        if hint:
            line = QHBoxLayout()
            line.addWidget(field)
            hint_label = QLabel(hint, self)
            hint_label.setObjectName(f"{name}_hint")
            hint_label.setStyleSheet(HINT_STYLE)
            line.addWidget(hint_label, 1)
            cell.addLayout(line)
        else:
            cell.addWidget(field)
        if extra is not None:
            cell.addWidget(extra)
        cell.addWidget(self.errors.label_for(name))
        form.addRow(label, cell)

    def _fill(self, plan: CourseInput | None) -> None:
        if plan is None:
            self.started_on.set_value(self._clinic.context.today())
            return
        self.templates.show_linked(plan.template_id)
        self.indication.setCurrentIndex(self.indication.findData(plan.indication.value))
        self.set_areas(plan.areas)
        self.planned_sessions.set_value(plan.planned_sessions)
        self.initial_interval_days.set_value(plan.initial_interval_days)
        self.maintenance_interval_days.set_value(plan.maintenance_interval_days)
        self.protocol.setText(plan.protocol)
        self.started_on.set_value(plan.started_on)
        self.notes.setPlainText(plan.notes)

    # the public face

    def use_template(self, template: Template) -> None:
        """Fills the plan from `template` (the day it starts and the notes stay); the course
        is planned from it until another template, or none, is chosen."""
        details = template.details
        self.indication.setCurrentIndex(self.indication.findData(details.indication.value))
        self.set_areas(details.areas)
        numbers = {
            self.planned_sessions: details.planned_sessions,
            self.initial_interval_days: details.initial_interval_days,
            self.maintenance_interval_days: details.maintenance_interval_days,
        }
        for field, value in numbers.items():
            field.set_value(value)
            field.check()  # a problem shown beside the number typed before goes
        self.protocol.setText(details.protocol)

    def chosen_areas(self) -> tuple[Area, ...]:
        return tuple(
            Area(self.areas.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.areas.count())
            if self.areas.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_areas(self, areas: Sequence[Area]) -> None:
        wanted = {a.value for a in areas}
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def plan_input(self) -> CourseInput:
        """The plan typed; only asked once every number and date typed was read."""
        started = self.started_on.value()
        if started is None:
            raise ValueError("the course's first day typed is not yet read")
        return CourseInput(
            indication=Indication(self.indication.currentData()),
            planned_sessions=int(self.planned_sessions.number()),
            started_on=started,
            areas=self.chosen_areas(),
            protocol=self.protocol.text().strip(),
            initial_interval_days=int(self.initial_interval_days.number()),
            maintenance_interval_days=int(self.maintenance_interval_days.number()),
            notes=self.notes.toPlainText().strip(),
            template_id=self.templates.template_id(),
        )

    def save(self) -> None:
        """Plans (or updates) the course; on bad input shows why beside the fields."""
        self.show_errors(())
        if self.errors.show_typed():
            self._focus_first_error()
            return
        plan = self.plan_input()
        course = self._course
        title = self.windowTitle()
        try:
            if course is None:
                saved = run_change(
                    self,
                    self._bus,
                    lambda: self._clinic.courses.plan(self._patient_id, plan),
                    title=title,
                )
                done = saved is not None
            else:
                outcome = self.versioned.save(course, plan, title=title)
                self._course, saved, done = outcome.base, outcome.saved, outcome.done
        except ValidationError as error:
            self.show_errors(error.violations)
            return
        if saved is not None:
            self.saved_course = saved
        if done:
            self.accept()

    def show_errors(self, violations: Sequence[Violation]) -> None:
        """Each violation beside its field; any other under the form. Focuses the first."""
        self.errors.clear()
        unplaced = self.errors.show(violations)
        self.general_error.setText("\n".join(f"{v.path}: {violation_text(v)}" for v in unplaced))
        self.general_error.setVisible(bool(unplaced))
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for field in self.errors.visible():
            widget = self.findChild(QWidget, field)
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            break
