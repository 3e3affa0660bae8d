"""The cumulative map of a course: where its signed, current sessions treated, zone by
zone. The diagrams with each zone shaded by how many sessions treated it (a legend of the
shades), and a table of the zones with those sessions and the volume their injection
points placed there. Volume used without points is given apart, by area, on rows of its
own under the zones: the record does not say where in the area it went. A zone clicked,
on the map or in the table, asks the history for the sessions that treated it
(`zone_chosen`)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mesolog.domain.diagram_ids import ZoneRef
from mesolog.services.chart_maps import CourseMap, UnplacedVolume, ZoneChoice, ZoneTally
from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.forms import named
from mesolog.ui.common.labels import area_label
from mesolog.ui.courses._course_card import MUTED_STYLE
from mesolog.ui.courses._map_canvas import RAMP, MapCanvas, shade_classes
from mesolog.ui.history.zone_words import zone_label

ZONE_PADDING = 6
"""Pixels each side of a zone's longest word (the style's cell margins, and a little more)."""


def _number(value: float) -> str:
    return QLocale().toString(
        round(value, 3), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def _ml(value: float) -> str:
    return f"{_number(value)}\u00a0ml"


class CourseMapView(QWidget):
    """The map of one course (`set_map`); `zone_chosen(ZoneChoice)` for a zone clicked."""

    zone_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_map")
        self.map: CourseMap | None = None
        self._zones: list[ZoneRef] = []
        self._with_diagram = False
        self.heading = QLabel(self.tr("<b>Map of the course</b>"), self)
        self.summary = named(QLabel(self), "course_map_summary", "")
        self.summary.setStyleSheet(MUTED_STYLE)
        self.summary.setWordWrap(True)
        self.canvas = MapCanvas(self)
        self.canvas.tip = self._tip
        self.canvas.zone_clicked.connect(self._choose)
        self.legend = named(QLabel(self), "course_map_legend", self.tr("Legend"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.table = named(QTableWidget(0, 3, self), "course_map_zones", self.tr("Zones treated"))
        self._build_table()
        # the heading, and the summary after it on its line or under it when narrow
        self.heading.setWordWrap(True)
        top = QWidget(self)
        words = FlowLayout(top, spacing=8, row_spacing=0)
        words.addWidget(self.heading)
        words.addWidget(self.summary)
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.addWidget(top, 0, 0, 1, 2)
        grid.addWidget(self.canvas, 1, 0)
        grid.addWidget(self.legend, 2, 0)
        grid.addWidget(self.table, 1, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self.set_map(None)

    def _build_table(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([self.tr("Zone"), self.tr("Times"), self.tr("ml")])
        for column, tip in (
            (1, self.tr("How many signed sessions treated the zone")),
            (2, self.tr("The volume the injection points in the zone add up to")),
        ):
            header_item = table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.cellClicked.connect(lambda row, _column: self._clicked(row))

    # the public face

    def set_map(self, course_map: CourseMap | None) -> None:
        """Shows the map of a course (None: no course selected)."""
        self.map = course_map
        charted = course_map is not None and bool(course_map.diagrams)
        for widget in (self.canvas, self.table, self.legend):
            widget.setVisible(charted)
        self.canvas.set_map(course_map if charted else None)
        self.summary.setText(self._summary(course_map))
        self._fill_table(course_map)
        most = course_map.most_sessions if course_map is not None else 0
        self.legend.setText(self._legend(most) if most else "")

    def wanted_width(self) -> int:
        """The width that shows the diagrams at their usual height and the table whole."""
        table = self.table
        metrics = table.fontMetrics()
        zones = max(
            (metrics.horizontalAdvance(text) for text, *_ in self.rows()),
            default=0,
        )
        header = table.horizontalHeader()
        numbers = sum(header.sectionSizeHint(column) for column in (1, 2))
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        spacing = self._grid.horizontalSpacing()
        return self.canvas.sizeHint().width() + spacing + zones + 24 + numbers + frame

    def rows(self) -> list[tuple[str, ...]]:
        """The table's rows as shown: zone, sessions, volume."""
        table = self.table
        return [
            tuple(item.text() if (item := table.item(row, c)) else "" for c in range(3))
            for row in range(table.rowCount())
        ]

    # inside

    def _summary(self, course_map: CourseMap | None) -> str:
        if course_map is None:
            return ""
        if course_map.sessions == 0:
            return self.tr("No signed session yet.")
        counted = (
            self.tr("1 signed session")
            if course_map.sessions == 1
            else self.tr("%n signed sessions", "", course_map.sessions)
        )
        if not course_map.diagrams:
            return self.tr("%1, none charted").replace("%1", counted)
        return (
            self.tr("%1 · %2 charted").replace("%1", counted).replace("%2", str(course_map.charted))
        )

    def _fill_table(self, course_map: CourseMap | None) -> None:
        """A row a zone treated, then a row an area whose volume no point placed."""
        tallies = [t for d in (course_map.diagrams if course_map else ()) for t in d.zones]
        unplaced = course_map.unplaced if course_map is not None else ()
        same_place = Counter((t.zone.area, t.zone.side) for t in tallies)
        self._with_diagram = any(count > 1 for count in same_place.values())
        self._zones = [t.zone for t in tallies]
        self.table.setRowCount(len(tallies) + len(unplaced))
        for row, tally in enumerate(tallies):
            volume = _number(tally.volume_ml) if tally.volume_ml is not None else "—"
            texts = (self._zone(tally.zone), str(tally.sessions), volume)
            self._set_row(row, texts, self._tip(tally))
        for row, apart in enumerate(unplaced, start=len(tallies)):
            texts = (
                self.tr("%1, without points").replace("%1", area_label(apart.area)),
                str(apart.sessions),
                _number(apart.volume_ml),
            )
            self._set_row(row, texts, self._unplaced_tip(apart), muted=True)
        self.table.setMinimumWidth(self._least_table_width())

    def _least_table_width(self) -> int:
        """The table's narrowest: the longest word of a zone (its text wraps, never cut) and
        the counts and volumes whole, beside a scroll bar."""
        table = self.table
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        words = [word for text, *_ in self.rows() for word in text.split()]
        words.append(self.tr("Zone"))
        zone = max(metrics.horizontalAdvance(word) for word in words) + 2 * ZONE_PADDING
        numbers = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in (1, 2)
        )
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        return max(zone, header.sectionSizeHint(0)) + numbers + frame

    def _set_row(
        self, row: int, texts: tuple[str, str, str], tip: str, *, muted: bool = False
    ) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if muted:
                item.setForeground(self.palette().placeholderText())
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)

    def _zone(self, zone: ZoneRef) -> str:
        return zone_label(zone, with_diagram=self._with_diagram)

    def _tip(self, tally: ZoneTally) -> str:
        total = self.map.sessions if self.map is not None else tally.sessions
        said = (
            self.tr("%1: treated in %2 of %n signed sessions", "", total)
            .replace("%1", self._zone(tally.zone))
            .replace("%2", str(tally.sessions))
        )
        if tally.volume_ml is None:
            return said + "\n" + self.tr("No injection point placed there.")
        return (
            said
            + "\n"
            + self.tr("%1 placed by injection points").replace("%1", _ml(tally.volume_ml))
        )

    def _legend(self, most: int) -> str:
        swatches = []
        for index, (low, high) in enumerate(shade_classes(most)):
            counts = str(low) if low == high else f"{low}–{high}"
            swatches.append(
                f'<span style="color:{RAMP[index]}; font-size:large">■</span>&nbsp;{counts}'
            )
        return self.tr("Sessions: %1").replace("%1", " ".join(swatches))

    def _unplaced_tip(self, volume: UnplacedVolume) -> str:
        return (
            self.tr(
                "%1 of products used in %2 without injection points: the record does not say "
                "on which zones of the area, so it is not shared among them."
            )
            .replace("%1", _ml(volume.volume_ml))
            .replace("%2", area_label(volume.area))
        )

    def _choose(self, zone: ZoneRef) -> None:
        self.zone_chosen.emit(ZoneChoice(zone.area, zone.side))

    def _clicked(self, row: int) -> None:
        if row < len(self._zones):
            self._choose(self._zones[row])
