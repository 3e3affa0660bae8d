"""A patient's treatment courses as a list of cards, with what to do next on the selected one
and, beside them, the selected course's cumulative map (where its sessions treated)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.enums import CoursePhase, CourseStatus
from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course
from mesolog.services.clinic import Clinic
from mesolog.services.history import CourseHistory, PatientHistory
from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.forms import action_button, named
from mesolog.ui.common.labels import indication_label
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.translation import shown
from mesolog.ui.courses._course_card import MUTED_STYLE, CourseCard
from mesolog.ui.courses._heading_row import HeadingRow
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.courses.course_map import CourseMapView

MAP_SHARE = 0.55
"""The most of the panel's width the map takes until the handle is dragged."""


class CoursePanel(QWidget):
    """The courses of one patient, newest first, with the actions on the selected one and
    its map."""

    zone_chosen = Signal(object)
    """A ZoneChoice: a zone clicked on the map (the history can show its sessions)."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        follow_changes: bool = True,
    ) -> None:
        """With `follow_changes` the panel reloads its patient after any change on the bus;
        an owner that reloads the history itself (and calls set_history) passes False."""
        super().__init__(parent)
        self.setObjectName("course_panel")
        self._clinic = clinic
        self._bus = bus
        self._history: PatientHistory | None = None
        self.cards: dict[CourseId, CourseCard] = {}
        self._build()
        if follow_changes:
            bus.changed.connect(self.refresh)
        self._update_buttons()

    def _build(self) -> None:
        heading = QLabel(self.tr("<b>Courses</b>"), self)
        heading.setObjectName("courses_heading")
        self.plan_button = named(QPushButton(self.tr("Plan course…"), self), "plan_course", "")
        self.plan_button.setAccessibleName(self.tr("Plan a course"))
        self.plan_button.clicked.connect(self.plan_course)
        top = HeadingRow(heading, self.plan_button, self)

        self.list = named(QListWidget(self), "courses", self.tr("Courses"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        # a light tint, so the red of an overdue course stays readable on the selected card
        self.list.setStyleSheet(
            "QListWidget#courses::item:selected {"
            " background: rgba(48, 140, 198, 45); border: 1px solid palette(highlight); }"
        )
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.currentItemChanged.connect(self._show_map)
        self.list.viewport().installEventFilter(self)
        self.empty = QLabel(self.tr("No course planned yet."), self)
        self.empty.setObjectName("no_courses")
        self.empty.setStyleSheet(MUTED_STYLE)

        self.switch_button = action_button(
            self,
            self.tr("Switch to &maintenance"),
            "switch_to_maintenance",
            self.switch_to_maintenance,
        )
        self.edit_button = action_button(
            self, self.tr("Edit pla&n…"), "edit_course", self.edit_course
        )
        self.complete_button = action_button(
            self, self.tr("Mar&k completed"), "complete_course", self.complete_course
        )
        self.stop_button = action_button(self, self.tr("S&top…"), "stop_course", self.stop_course)
        actions_box = QWidget(self)
        # the buttons wrap onto a second row beside a wide map rather than widen the window
        actions = FlowLayout(actions_box, spacing=6)
        for button in (
            self.switch_button,
            self.edit_button,
            self.complete_button,
            self.stop_button,
        ):
            actions.addWidget(button)

        courses = QWidget(self)
        column = QVBoxLayout(courses)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(top)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        column.addWidget(actions_box)
        self.map = CourseMapView(self)
        self.map.zone_chosen.connect(self.zone_chosen)
        self.splitter = named(
            QSplitter(Qt.Orientation.Horizontal, self), "course_splitter", self.tr("Courses")
        )
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(courses)
        self.splitter.addWidget(self.map)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._split_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # the public face

    def set_history(self, history: PatientHistory, today: dt.date) -> None:
        """Shows the courses of `history`; the selected course stays selected."""
        kept = self.selected_course()
        self._history = history
        self.list.blockSignals(True)
        self.list.clear()
        self.cards = {}
        for entry in history.courses:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.course.id))
            card = CourseCard(entry, today, self.list)
            item.setToolTip(entry.course.plan.notes)
            self.list.setItemWidget(item, card)
            self.cards[entry.course.id] = card
        self.list.blockSignals(False)
        self._fit_cards()
        ids = [entry.course.id for entry in history.courses]
        active = [e.course.id for e in history.courses if self._is_active(e)]
        if kept is not None and kept.course.id in ids:
            self.list.setCurrentRow(ids.index(kept.course.id))
        elif ids:
            self.list.setCurrentRow(ids.index(active[0]) if active else 0)
        self.empty.setVisible(not ids)
        self._update_buttons()
        self._show_map()

    def refresh(self) -> None:
        """Loads the shown patient's history again (after a change anywhere)."""
        if self._history is None:
            return
        try:
            history = self._clinic.history.patient_history(self._history.patient.id)
        except KnownError:
            return
        self.set_history(history, self._clinic.context.today())

    def selected_course(self) -> CourseHistory | None:
        item = self.list.currentItem()
        if item is None or self._history is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self._history.courses if str(e.course.id) == key), None)

    def select_course(self, course_id: CourseId) -> None:
        """Selects the course (the one a new session goes into), if listed."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == str(course_id):
                self.list.setCurrentRow(row)
                return

    # actions

    def plan_course(self) -> Course | None:
        if self._history is None:
            return None
        dialog = CourseDialog(self._clinic, self._bus, self._history.patient.id, self)
        dialog.exec()
        if dialog.saved_course is not None:
            self.select_course(dialog.saved_course.id)
        return dialog.saved_course

    def edit_course(self) -> None:
        entry = self.selected_course()
        if entry is None or self._history is None:
            return
        dialog = CourseDialog(
            self._clinic, self._bus, self._history.patient.id, self, course=entry.course
        )
        dialog.exec()

    def switch_to_maintenance(self) -> None:
        if (entry := self.selected_course()) is not None:
            switch, course_id = self._clinic.courses.switch_to_maintenance, entry.course.id
            self._run(lambda: switch(course_id), self.tr("Switch to maintenance"))

    def complete_course(self) -> None:
        entry = self.selected_course()
        if entry is None:
            return
        schedule = entry.schedule
        answer = QMessageBox.question(
            self,
            self.tr("Complete course"),
            self.tr(
                "Mark “%1” complete after %2 of %n sessions? It will no longer be due.",
                "",
                schedule.planned,
            )
            .replace("%1", indication_label(entry.course.plan.indication))
            .replace("%2", str(schedule.done)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        course_id = entry.course.id
        self._run(lambda: self._clinic.courses.complete(course_id), self.tr("Complete course"))

    def stop_course(self) -> None:
        entry = self.selected_course()
        if entry is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Stop course"),
            self.tr("Why is “%1” stopped? (kept in the course notes)").replace(
                "%1", indication_label(entry.course.plan.indication)
            ),
            QLineEdit.EchoMode.Normal,
        )
        if not accepted:
            return
        course_id = entry.course.id
        self._run(
            lambda: self._clinic.courses.stop(course_id, reason=reason), self.tr("Stop course")
        )

    # inside

    def _run(self, change: Callable[[], object], title: str) -> None:
        try:
            run_change(self, self._bus, change, title=title)
        except ValidationError as error:
            # the value is what the person just typed: say only what is needed
            QMessageBox.warning(self, title, "\n".join(_needed(v) for v in error.violations))

    def _fit_cards(self) -> None:
        """Each card's row as tall as the card needs at the list's width (labels wrap)."""
        width = self.list.viewport().width() - 2 * self.list.spacing()
        for row in range(self.list.count()):
            item = self.list.item(row)
            card = self.list.itemWidget(item)
            if card is None:
                continue
            height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
            item.setSizeHint(QSize(0, height if height > 0 else card.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._split()

    @staticmethod
    def _is_active(entry: CourseHistory) -> bool:
        return entry.course.voiding is None and entry.course.status is CourseStatus.ACTIVE

    def _show_map(self) -> None:
        """The selected course's map, shown once one of its signed sessions has a chart."""
        entry = self.selected_course()
        self.map.set_map(entry.map if entry is not None else None)
        self.map.setVisible(entry is not None and bool(entry.map.diagrams))
        self._split()

    def _split_moved(self) -> None:
        self._split_by_hand = True

    def _split(self) -> None:
        """The map as wide as it wants (its table whole), at most MAP_SHARE of the panel,
        until the person drags the handle."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if self._split_by_hand or not self.map.isVisibleTo(self) or total <= 0:
            return
        width = min(self.map.wanted_width(), round(total * MAP_SHARE))
        self.splitter.setSizes([total - width, width])

    def _update_buttons(self) -> None:
        entry = self.selected_course()
        active = entry is not None and self._is_active(entry)
        self.plan_button.setEnabled(self._history is not None)
        for button in (self.edit_button, self.complete_button, self.stop_button):
            button.setEnabled(active)
        in_maintenance = entry is not None and entry.schedule.phase is CoursePhase.MAINTENANCE
        self.switch_button.setEnabled(active and not in_maintenance)


def _needed(violation: Violation) -> str:
    """What a violation allows, as a sentence of its own: its words rendered, then the first
    letter raised (of the words shown, so a translation's own first letter)."""
    allowed = shown(violation.allowed)
    return allowed[:1].upper() + allowed[1:]
