"""A patient's session history: course, area and zone filters above a table of sessions,
each with its chart and photos as small pictures.

Rows are as tall as their most crowded cell (one line per treatment line, product
or reaction). The model knows those line counts, so rows are sized from them in one
pass instead of measuring every cell of every row (`resizeRowsToContents`), which
keeps a history of hundreds of sessions instant to open.

The earlier versions of amended sessions are hidden until "Show earlier versions" is
ticked (the box shows only when there are any); each opens read-only like any row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.amendments import superseded
from mesolog.domain.enums import Area, CourseStatus
from mesolog.domain.records import Session
from mesolog.services.chart_maps import ZoneChoice, zone_choices
from mesolog.services.history import CourseHistory, PatientHistory
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.forms import named
from mesolog.ui.common.labels import (
    area_label,
    course_status_label,
    indication_label,
)
from mesolog.ui.history._history_row_data import session_areas
from mesolog.ui.history._history_widths import CELL_PADDING, ColumnWidths
from mesolog.ui.history._remarks_delegate import RemarksDelegate
from mesolog.ui.history.history_model import ALL, CourseFilter, HistoryModel, _AllCourses
from mesolog.ui.history.wrapping_header import WrappingHeader
from mesolog.ui.history.zone_words import choice_label

ALL_KEY = "all"
OUTSIDE_KEY = "outside"


class HistoryView(QWidget):
    """Sessions of one patient; `session_activated(SessionId)` on double-click or Enter."""

    session_activated = Signal(object)
    """The SessionId of the row double-clicked or entered (the window opens its editor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_view")
        self.model = HistoryModel(self)
        self.model.setObjectName("history_model")
        self._history: PatientHistory | None = None
        self._measured: set[int] = set()
        self._rows_fitted_later = False
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._fit_visible_rows)

        self.course_filter = named(QComboBox(self), "course_filter", self.tr("Course"))
        self.course_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_filter = named(QComboBox(self), "area_filter", self.tr("Area"))
        self.area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone_filter = named(QComboBox(self), "zone_filter", self.tr("Zone"))
        self.zone_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone_filter.setToolTip(self.tr("Only the sessions whose chart marked this zone"))
        self._zone_choices: tuple[ZoneChoice, ...] = ()
        self.earlier_versions = named(
            QCheckBox(self.tr("Show earlier &versions"), self),
            "show_earlier_versions",
            self.tr("Show earlier versions of amended sessions"),
        )
        self.earlier_versions.setToolTip(
            self.tr("List the versions that amendments corrected, as they were signed")
        )
        self.earlier_versions.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("session_count")
        self.table = named(QTableView(self), "history", self.tr("Sessions"))
        self._build()
        self._fill_filters()

    def _build(self) -> None:
        self._zone_group = self._labelled(self.tr("&Zone:"), self.zone_filter)
        # the filters wrap onto a second row rather than widen the window
        filters_box = QWidget(self)
        filters = FlowLayout(filters_box, spacing=12)
        filters.addWidget(self._labelled(self.tr("&Course:"), self.course_filter))
        filters.addWidget(self._labelled(self.tr("&Area:"), self.area_filter))
        filters.addWidget(self._zone_group)
        filters.addWidget(self.earlier_versions)
        filters.addWidget(self.count_label)

        table = self.table
        table.setHorizontalHeader(WrappingHeader(table))  # titles wrap, never cut
        table.setModel(self.model)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.remarks = RemarksDelegate(table, self.model.remarks, self.model.remarks_tip)
        table.setItemDelegate(self.remarks)
        self.widths = ColumnWidths(table, self.model.texts, self.model.header_titles())
        self.widths.resized.connect(self._columns_resized)
        table.verticalScrollBar().valueChanged.connect(self._fit_visible_rows)
        table.doubleClicked.connect(self._activate)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(filters_box)
        layout.addWidget(table, 1)

        self.course_filter.currentIndexChanged.connect(self._filter_changed)
        self.area_filter.currentIndexChanged.connect(self._filter_changed)
        self.zone_filter.currentIndexChanged.connect(self._filter_changed)
        self.earlier_versions.toggled.connect(self._show_earlier_versions)

    def _labelled(self, text: str, box: QComboBox) -> QWidget:
        """A filter's label and box, kept together on a row."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        label = QLabel(text, group)
        label.setBuddy(box)
        row.addWidget(label)
        row.addWidget(box)
        return group

    # the public face

    def set_history(self, history: PatientHistory) -> None:
        """Shows `history`; the chosen course and area stay chosen while they still exist."""
        self._history = history
        self._fill_filters()
        self.model.set_filter(*self._chosen_filter())
        self.model.set_zone_filter(self._chosen_zone())
        self.model.set_history(history)
        self._rows_fitted_later = True  # once, by _after_reset, when the widths are settled
        try:
            self.widths.fit_pictures(
                self.model.picture_widths(), self.model.picture_widths(narrow=True)
            )
            self.widths.fit_words(self.model.column_words())
        finally:
            self._rows_fitted_later = False
        self._after_reset()

    def least_width(self) -> int:
        """The narrowest the view can be with every column whole, not scrolling sideways."""
        table = self.table
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        return self.widths.least_total() + frame

    def set_zone_filter(self, zone: ZoneChoice | None) -> None:
        """Chooses a zone in the zone filter (as a person would); None: all zones."""
        index = self._zone_choices.index(zone) + 1 if zone in self._zone_choices else 0
        self.zone_filter.setCurrentIndex(index)

    def show_earlier_versions(self, shown: bool = True) -> None:
        """Ticks or clears "Show earlier versions" (as a person would)."""
        self.earlier_versions.setChecked(shown)

    def set_filter(self, course_id: CourseFilter = ALL, area: Area | None = None) -> None:
        """Chooses a course and an area in the filter boxes (as a person would)."""
        self.course_filter.setCurrentIndex(
            max(self.course_filter.findData(_course_key(course_id)), 0)
        )
        self.area_filter.setCurrentIndex(
            max(self.area_filter.findData(area.value if area else ""), 0)
        )

    # Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self._activate(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # inside

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(self.model.session_at(index.row()).id)

    def _show_earlier_versions(self, shown: bool) -> None:
        self.model.set_show_superseded(shown)
        self._fill_filters()
        self.model.set_filter(*self._chosen_filter())
        self._after_reset()

    def _filter_changed(self) -> None:
        self.model.set_filter(*self._chosen_filter())
        self.model.set_zone_filter(self._chosen_zone())
        self._after_reset()

    def _chosen_zone(self) -> ZoneChoice | None:
        index = self.zone_filter.currentIndex()
        return self._zone_choices[index - 1] if 0 < index <= len(self._zone_choices) else None

    def _chosen_filter(self) -> tuple[CourseFilter, Area | None]:
        course_key = self.course_filter.currentData() or ALL_KEY
        course: CourseFilter
        if course_key == ALL_KEY:
            course = ALL
        elif course_key == OUTSIDE_KEY:
            course = None
        else:
            course = next(
                (
                    c.course.id
                    for c in (self._history.courses if self._history else ())
                    if str(c.course.id) == course_key
                ),
                ALL,
            )
        area_key = self.area_filter.currentData() or ""
        return course, Area(area_key) if area_key else None

    def _fill_filters(self) -> None:
        history = self._history
        course_key = self.course_filter.currentData() or ALL_KEY
        area_key = self.area_filter.currentData() or ""
        zone = self._chosen_zone()
        for box in (self.course_filter, self.area_filter, self.zone_filter):
            box.blockSignals(True)
            box.clear()
        self.course_filter.addItem(self.tr("All courses"), ALL_KEY)
        for course in history.courses if history else ():
            self.course_filter.addItem(self._course_title(course), str(course.course.id))
        self.course_filter.addItem(self.tr("Outside courses"), OUTSIDE_KEY)
        self.area_filter.addItem(self.tr("All areas"), "")
        sessions = history.sessions if history else ()
        replaced = superseded(sessions)
        earlier_count = sum(1 for s in sessions if s.id in replaced)
        self.earlier_versions.setVisible(earlier_count > 0)
        self.earlier_versions.setText(
            self.tr("Show earlier &versions (%1)").replace("%1", str(earlier_count))
        )
        listed = [s for s in sessions if self.earlier_versions.isChecked() or s.id not in replaced]
        present = {a for s in listed for a in session_areas(s)}
        if area_key:
            present.add(Area(area_key))
        for area in Area:
            if area in present:
                self.area_filter.addItem(area_label(area), area.value)
        self.course_filter.setCurrentIndex(max(self.course_filter.findData(course_key), 0))
        self.area_filter.setCurrentIndex(max(self.area_filter.findData(area_key), 0))
        self._fill_zones(listed, zone)
        for box in (self.course_filter, self.area_filter, self.zone_filter):
            box.blockSignals(False)

    def _fill_zones(self, listed: list[Session], chosen: ZoneChoice | None) -> None:
        """The zones the listed sessions' charts marked; the chosen one stays while it is
        there. The box shows only when some session has a chart."""
        choices = zone_choices(s.entry for s in listed)
        if chosen is not None and chosen not in choices:
            choices = (*choices, chosen)
        self._zone_choices = choices
        self.zone_filter.addItem(self.tr("All zones"))
        for choice in choices:
            self.zone_filter.addItem(choice_label(choice))
        self.zone_filter.setCurrentIndex(choices.index(chosen) + 1 if chosen else 0)
        self._zone_group.setVisible(bool(choices))

    def _course_title(self, course: CourseHistory) -> str:
        plan = course.course.plan
        title = (
            self.tr("%1 from %2")
            .replace("%1", indication_label(plan.indication))
            .replace("%2", shown_date(plan.started_on))
        )
        if course.course.voiding is not None:
            return self.tr("%1 (voided)").replace("%1", title)
        if course.course.status is not CourseStatus.ACTIVE:
            return f"{title} ({course_status_label(course.course.status).lower()})"
        return title

    def _after_reset(self) -> None:
        self._fit_rows()
        shown, total = self.model.rowCount(), self.model.session_count()
        if total == 0:
            text = self.tr("No sessions recorded yet")
        elif shown == total:
            text = self.tr("1 session") if total == 1 else self.tr("%n sessions", "", total)
        else:
            text = self.tr("%1 of %n sessions", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    def _fit_rows(self) -> None:
        """Rows first get the height their line counts promise (the model knows them, so
        this is one cheap pass); those on screen are then measured exactly, the rest as
        scrolling brings them into view. Measuring all rows up front costs ~0.25 ms a row."""
        self._measured.clear()
        header = self.table.verticalHeader()
        line = self.table.fontMetrics().lineSpacing()
        header.setDefaultSectionSize(line + 2 * CELL_PADDING)
        for row in range(self.model.rowCount()):
            lines = self.model.line_count(row)
            picture = self.model.picture_height(row)
            if lines > 1 or picture:
                remarks = len(self.model.remarks(row))
                height = max((lines - remarks) * line, picture) + remarks * line
                header.resizeSection(row, height + 2 * CELL_PADDING)
        self._fit_visible_rows()

    def _columns_resized(self, at_once: bool) -> None:
        """Wider or narrower columns wrap differently: the rows on screen are measured again."""
        self._measured.clear()
        self.model.pictures.narrow = self.widths.pictures_narrow
        if self._rows_fitted_later:
            return
        if at_once:
            self._fit_visible_rows()
        else:
            self._refit_timer.start()

    def _fit_visible_rows(self) -> None:
        table = self.table
        row = table.rowAt(0)
        if row < 0:
            return
        header = table.verticalHeader()
        bottom = table.viewport().height()
        count = self.model.rowCount()
        while row < count and table.rowViewportPosition(row) < bottom:
            if row not in self._measured:
                header.resizeSection(row, table.sizeHintForRow(row) + 2 * CELL_PADDING)
                self._measured.add(row)
            row += 1


def _course_key(course_id: CourseFilter) -> str:
    if isinstance(course_id, _AllCourses):
        return ALL_KEY
    if course_id is None:
        return OUTSIDE_KEY
    return str(course_id)
