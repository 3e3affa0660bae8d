"""A course's cumulative map drawn: its diagrams side by side, each treated zone shaded by
how many sessions treated it, the count written on the zone when there is room; hovering
a zone says its sessions and volume, clicking it asks for the sessions that treated it.

The shades are a purple ramp, apart from the techniques' blue and amber on a session's
chart: this map says how often, not how. At most five shades: with more sessions than
that, each shade holds a range of counts (the legend gives them).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mesolog.diagrams.hits import centroid, zone_at
from mesolog.diagrams.loading import drawing
from mesolog.services.chart_maps import CourseMap, DiagramMap, ZoneTally
from mesolog.ui.common.diagram_painting import fitted_rect, paint_diagram, to_diagram, to_widget

RAMP = ("#ece2f4", "#cfb5e4", "#ad87cf", "#8a5bb6", "#67379a")
"""Light to dark: fewer to more sessions."""
DARK_FROM = 3
"""Shades from this index on are dark: the count on them is written white."""
GAP = 8
COUNT_MIN_HEIGHT = 90
"""Below this drawn height the counts are left to the tooltip and the table."""


def shade_classes(most: int) -> list[tuple[int, int]]:
    """The counts each shade holds, lightest first: (1, 1), (2, 2) … or ranges when the
    most sessions a zone had is over five."""
    classes = min(most, len(RAMP))
    return [
        (math.floor((k - 1) * most / classes) + 1, math.floor(k * most / classes))
        for k in range(1, classes + 1)
    ]


def shade_of(count: int, most: int) -> int:
    """The index in RAMP of a zone treated in `count` sessions of a map whose most is `most`."""
    for index, (low, high) in enumerate(shade_classes(most)):
        if low <= count <= high:
            return index
    return len(RAMP) - 1


class MapCanvas(QWidget):
    """Paints a CourseMap; `zone_clicked(ZoneRef)` when a treated zone is clicked."""

    zone_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_map_canvas")
        self.setAccessibleName(self.tr("Map of the course"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(90, 90)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.map: CourseMap | None = None
        self.tip: Callable[[ZoneTally], str] | None = None
        """What hovering a treated zone says (the map widget words it)."""

    def set_map(self, course_map: CourseMap | None) -> None:
        self.map = course_map
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        diagrams = self.map.diagrams if self.map else ()
        height = 120
        width = sum(
            round(height * drawing(d.diagram).width / drawing(d.diagram).height) for d in diagrams
        )
        return QSize(max(width + GAP * max(len(diagrams) - 1, 0), 120), height)

    def rects(self) -> list[tuple[DiagramMap, QRectF]]:
        """Where each diagram is drawn: slots in proportion to the diagrams' widths."""
        diagrams: Sequence[DiagramMap] = self.map.diagrams if self.map else ()
        if not diagrams:
            return []
        aspects = [drawing(d.diagram).width / drawing(d.diagram).height for d in diagrams]
        room = self.width() - GAP * (len(diagrams) - 1)
        left = 0.0
        placed = []
        for entry, aspect in zip(diagrams, aspects, strict=True):
            slot = room * aspect / sum(aspects)
            within = QRectF(left, 0, slot, self.height())
            placed.append(
                (entry, fitted_rect(drawing(entry.diagram), within.adjusted(2, 4, -2, -4)))
            )
            left += slot + GAP
        return placed

    def tally_at(self, at: QPointF) -> ZoneTally | None:
        for entry, rect in self.rects():
            if rect.contains(at):
                zone = zone_at(entry.diagram, *to_diagram(rect, at))
                return next((t for t in entry.zones if t.zone == zone), None)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.map is None:
            return
        most = self.map.most_sessions
        painter = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for entry, rect in self.rects():
            fills = {t.zone: QColor(RAMP[shade_of(t.sessions, most)]) for t in entry.zones}
            paint_diagram(painter, drawing(entry.diagram), rect, fills=fills)
            if rect.height() >= COUNT_MIN_HEIGHT:
                for tally in entry.zones:
                    self._count(painter, rect, tally, most)
        painter.end()

    def _count(self, painter: QPainter, rect: QRectF, tally: ZoneTally, most: int) -> None:
        centre = to_widget(rect, *centroid(tally.zone))
        box = QRectF(centre.x() - 12, centre.y() - 8, 24, 16)
        dark = shade_of(tally.sessions, most) >= DARK_FROM
        painter.setPen(QColor("#ffffff") if dark else QColor("#2b1742"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(tally.sessions))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tally = self.tally_at(QPointF(event.pos()))
            if tally is not None and self.tip is not None:
                QToolTip.showText(event.globalPos(), self.tip(tally), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        treated = self.tally_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if treated else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        tally = self.tally_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and tally is not None:
            self.zone_clicked.emit(tally.zone)
        super().mouseReleaseEvent(event)
