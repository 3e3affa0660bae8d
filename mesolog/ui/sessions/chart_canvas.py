"""The diagram of the session's chart as a widget: it paints what the chart panel gives it
(the zones' fills, the selected line's outlines, the numbered points) and reports what the
clinician does on it (a click, a point picked, dragged, nudged with the arrows, deleted)
in the diagram's normalised coordinates; the panel decides what comes of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from mesolog.diagrams.shapes import DiagramDrawing
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.ui.common.diagram_painting import (
    fitted_rect,
    marker_at,
    paint_diagram,
    paint_outlines,
    paint_points,
    to_diagram,
)

MARGIN = 6
DRAG_START_PX = 3
NUDGE_STEP = 0.004
"""How far an arrow key moves a point: 0.4 % of the diagram (1.6 % with Shift)."""
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}

Marker = tuple[float, float, str]


class ChartCanvas(QWidget):
    clicked = Signal(float, float)
    """A click on no marker, at the diagram's (x, y)."""
    point_pressed = Signal(int)
    """The marker at this index was picked (pressed, or its menu opened)."""
    point_dragged = Signal(int, float, float)
    """The marker was dragged and let go at (x, y)."""
    nudged = Signal(float, float)
    """An arrow key: move the selected point by (dx, dy)."""
    delete_requested = Signal()
    """Delete, Backspace or the menu: delete the selected point."""
    points_toggled = Signal()
    deselected = Signal()
    cycled = Signal(int)
    """Page Down (1) or Page Up (-1): pick the next or the previous point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_canvas")
        self.setAccessibleName(self.tr("Chart"))
        self.setToolTip(
            self.tr(
                "Click a zone to mark it on its area's line, again to unmark it.\n"
                "P: points mode, where a click in a marked zone drops a point.\n"
                "Page Down, Page Up: pick a point; arrows move it (Shift: further); "
                "Delete removes it."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 220)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.drawing: DiagramDrawing | None = None
        self.fills: Mapping[ZoneRef, QColor] = {}
        self.outlined: Sequence[ZoneRef] = ()
        self.markers: list[Marker] = []
        self.selected: int | None = None
        self.points_mode = False
        self._pressed: tuple[int, QPointF] | None = None
        self._dragged_to: QPointF | None = None

    def sizeHint(self) -> QSize:
        return QSize(240, 300)

    def show_scene(
        self,
        drawing: DiagramDrawing,
        fills: Mapping[ZoneRef, QColor],
        outlined: Sequence[ZoneRef],
        markers: list[Marker],
        selected: int | None,
    ) -> None:
        self.drawing, self.fills, self.outlined = drawing, fills, outlined
        self.markers, self.selected = markers, selected
        self.update()

    def set_points_mode(self, on: bool) -> None:
        self.points_mode = on
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.PointingHandCursor)

    def diagram_rect(self) -> QRectF:
        """Where the diagram is drawn in the widget."""
        if self.drawing is None:
            return QRectF()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        return fitted_rect(self.drawing, area)

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.drawing is None:
            return
        painter = QPainter(self)
        rect = self.diagram_rect()
        paint_diagram(painter, self.drawing, rect, fills=self.fills)
        paint_outlines(painter, self.drawing, rect, self.outlined)
        markers = list(self.markers)
        if self._pressed is not None and self._dragged_to is not None:
            index = self._pressed[0]
            x, y = to_diagram(rect, self._dragged_to)
            markers[index] = (x, y, markers[index][2])
        paint_points(painter, rect, markers, selected=self.selected)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    # the mouse

    def marker_under(self, position: QPointF) -> int | None:
        return marker_at(self.diagram_rect(), self.markers, position)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.drawing is None:
            super().mousePressEvent(event)
            return
        position = event.position()
        index = self.marker_under(position)
        if index is not None:
            self._pressed = (index, position)
            self._dragged_to = None
            self.point_pressed.emit(index)
        else:
            self.clicked.emit(*to_diagram(self.diagram_rect(), position))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        start = self._pressed[1]
        moved = event.position() - start
        if self._dragged_to is not None or moved.manhattanLength() >= DRAG_START_PX:
            self._dragged_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragged_to = self._pressed, self._dragged_to
        self._pressed = self._dragged_to = None
        if pressed is not None and dragged_to is not None:
            self.point_dragged.emit(pressed[0], *to_diagram(self.diagram_rect(), dragged_to))
        self.update()

    def point_menu(self, position: QPointF) -> QMenu | None:
        """The menu of the marker at `position` (picking it), or None where there is none."""
        index = self.marker_under(position)
        if index is None:
            return None
        self.point_pressed.emit(index)
        menu = QMenu(self)
        menu.setObjectName("point_menu")
        delete = menu.addAction(self.tr("Delete point %1").replace("%1", self.markers[index][2]))
        delete.setObjectName("delete_point")
        delete.setShortcut(Qt.Key.Key_Delete)
        delete.triggered.connect(self.delete_requested.emit)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.point_menu(QPointF(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    # the keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _ARROWS and self.selected is not None:
            step = NUDGE_STEP * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            dx, dy = _ARROWS[key]
            self.nudged.emit(dx * step, dy * step)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.markers:
            self.cycled.emit(1 if key == Qt.Key.Key_PageDown else -1)
        elif key == Qt.Key.Key_P and not event.modifiers():
            self.points_toggled.emit()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.deselected.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
