"""A photo on screen, fitted to its widget, zoomed with the wheel (or keys) and panned by
dragging; compare shares one `Viewport` between two views, so both zoom and pan together.

The viewport says how far in (1 = the whole photo fitted) and which point of the photo is
at the widget's centre, in fractions of the photo's width and height: two photos of the
same framing line up whatever their pixel sizes. A view paints from a copy scaled once to
the size shown while the photo is smaller than its pixels, and from the visible part of
the full image once zoomed past them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_ZOOM = 1.0
MAX_ZOOM = 16.0
ZOOM_STEP = 1.25
BACKGROUND = QColor("#2b2b2b")


class Viewport(QObject):
    """How far in, and the photo's point (0-1 each way) at the centre of the view."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zoom = 1.0
        self._centre = QPointF(0.5, 0.5)

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def centre(self) -> QPointF:
        return QPointF(self._centre)

    def set(self, zoom: float, centre: QPointF | None = None) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        point = self._centre if centre is None else centre
        # at 1 the whole photo shows: its centre is the view's
        half = 0.5 / zoom
        point = QPointF(
            min(1 - half, max(half, point.x())),
            min(1 - half, max(half, point.y())),
        )
        if zoom == self._zoom and point == self._centre:
            return
        self._zoom, self._centre = zoom, point
        self.changed.emit()

    def reset(self) -> None:
        self.set(1.0, QPointF(0.5, 0.5))


class ImageSlot:
    """One image and the copy it is painted from while shown smaller than its pixels."""

    def __init__(self, image: QImage | None = None) -> None:
        self.image = image if image is not None else QImage()
        self._scaled = QImage()

    def target(self, area: QRectF, viewport: Viewport) -> QRectF:
        """Where the whole image lies in `area` for `viewport` (mostly outside, zoomed in)."""
        size = self.image.size()
        if size.isEmpty() or area.isEmpty():
            return QRectF()
        fit = min(area.width() / size.width(), area.height() / size.height())
        scale = fit * viewport.zoom
        width, height = size.width() * scale, size.height() * scale
        centre = viewport.centre
        left = area.center().x() - centre.x() * width
        top = area.center().y() - centre.y() * height
        return QRectF(left, top, width, height)

    def paint(self, painter: QPainter, area: QRectF, viewport: Viewport) -> None:
        target = self.target(area, viewport)
        if target.isEmpty():
            return
        painter.save()
        clip = (
            Qt.ClipOperation.IntersectClip
            if painter.hasClipping()
            else Qt.ClipOperation.ReplaceClip
        )
        painter.setClipRect(area, clip)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if target.width() < self.image.width():
            wanted = QSize(round(target.width()), round(target.height()))
            if self._scaled.size() != wanted:
                self._scaled = self.image.scaled(
                    wanted,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            painter.drawImage(target.topLeft(), self._scaled)
        else:
            self._paint_visible(painter, area, target)
        painter.restore()

    def _paint_visible(self, painter: QPainter, area: QRectF, target: QRectF) -> None:
        """Only the part of the full image inside `area`: a 12 MP photo zoomed in paints
        as fast as a small one."""
        shown = target.intersected(area)
        scale = self.image.width() / target.width()
        source = QRectF(
            (shown.left() - target.left()) * scale,
            (shown.top() - target.top()) * scale,
            shown.width() * scale,
            shown.height() * scale,
        )
        painter.drawImage(shown, self.image, source)


class ViewportWidget(QWidget):
    """A widget whose wheel, keys (+, −, 0, arrows) and drags move a `Viewport`; the
    photo under the pointer stays under it as the wheel zooms."""

    def __init__(self, viewport: Viewport | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport = viewport if viewport is not None else Viewport(self)
        self.viewport.changed.connect(self.update)
        self._dragged_from: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def share(self, viewport: Viewport) -> None:
        """Zooms and pans with `viewport` from now on (compare's two sides)."""
        self.viewport.changed.disconnect(self.update)
        self.viewport = viewport
        viewport.changed.connect(self.update)
        self.update()

    def zoom(self) -> float:
        return self.viewport.zoom

    def set_zoom(self, zoom: float, at: QPointF | None = None) -> None:
        """Zooms to `zoom`, keeping the photo's point under `at` (the widget's centre by
        default) where it is."""
        viewport = self.viewport
        at = at if at is not None else QPointF(self.width() / 2, self.height() / 2)
        frame = self.frame_rect()
        if frame.isEmpty():
            viewport.set(zoom)
            return
        point = QPointF(
            (at.x() - frame.left()) / frame.width(), (at.y() - frame.top()) / frame.height()
        )
        ratio = min(MAX_ZOOM, max(MIN_ZOOM, zoom)) / viewport.zoom
        centre = viewport.centre
        viewport.set(
            zoom,
            QPointF(
                point.x() + (centre.x() - point.x()) / ratio,
                point.y() + (centre.y() - point.y()) / ratio,
            ),
        )

    def pan_by(self, dx: float, dy: float) -> None:
        """Moves the photo by (dx, dy) pixels on screen."""
        frame = self.frame_rect()
        if frame.isEmpty():
            return
        centre = self.viewport.centre
        self.viewport.set(
            self.viewport.zoom,
            QPointF(centre.x() - dx / frame.width(), centre.y() - dy / frame.height()),
        )

    def frame_rect(self) -> QRectF:
        """Where the whole photo lies at the current zoom (overridden by each view)."""
        return QRectF()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.viewport.zoom * ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragged_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragged_from is not None:
            moved = event.position() - self._dragged_from
            self._dragged_from = event.position()
            self.pan_by(moved.x(), moved.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragged_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.viewport.zoom > MIN_ZOOM:
            self.viewport.reset()
        else:
            self.set_zoom(MIN_ZOOM * 2.5, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 40.0
        moves = {
            Qt.Key.Key_Left: (step, 0.0),
            Qt.Key.Key_Right: (-step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.viewport.zoom * ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.viewport.zoom / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.viewport.reset()
        elif key in moves:
            self.pan_by(*moves[Qt.Key(key)])
        else:
            super().keyPressEvent(event)


class PhotoView(ViewportWidget):
    """One photo, fitted until zoomed."""

    def __init__(
        self,
        image: QImage | None = None,
        viewport: Viewport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(viewport, parent)
        self.slot = ImageSlot(image)

    def set_image(self, image: QImage) -> None:
        self.slot = ImageSlot(image)
        self.update()

    def image(self) -> QImage:
        return self.slot.image

    def frame_rect(self) -> QRectF:
        return self.slot.target(QRectF(self.rect()), self.viewport)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        self.slot.paint(painter, QRectF(self.rect()), self.viewport)
        painter.end()
