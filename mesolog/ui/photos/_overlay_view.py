"""Two photos on top of one another, fitted alike: the later one faded in over the earlier
one, or beside it at a wipe line that the slider moves."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from mesolog.ui.photos.photo_view import BACKGROUND, ImageSlot, Viewport, ViewportWidget

WIPE_LINE = QColor("#ffd54f")


class Blend(Enum):
    FADE = "fade"
    """The later photo over the earlier one, as opaque as the slider says."""
    WIPE = "wipe"
    """The earlier photo left of the line, the later one right of it."""


class OverlayView(ViewportWidget):
    """`earlier` under `later`; `amount` (0-1) is the later photo's opacity, or where the
    wipe line stands across the view."""

    def __init__(self, viewport: Viewport | None = None, parent: QWidget | None = None) -> None:
        super().__init__(viewport, parent)
        self.earlier = ImageSlot()
        self.later = ImageSlot()
        self.blend = Blend.FADE
        self.amount = 0.5

    def set_images(self, earlier: QImage, later: QImage) -> None:
        self.earlier, self.later = ImageSlot(earlier), ImageSlot(later)
        self.update()

    def set_blend(self, blend: Blend, amount: float) -> None:
        self.blend, self.amount = blend, min(1.0, max(0.0, amount))
        self.update()

    def frame_rect(self) -> QRectF:
        return self.earlier.target(QRectF(self.rect()), self.viewport)

    def paintEvent(self, _event: QPaintEvent) -> None:
        area = QRectF(self.rect())
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.blend is Blend.FADE:
            self.earlier.paint(painter, area, self.viewport)
            painter.setOpacity(self.amount)
            self.later.paint(painter, area, self.viewport)
        else:
            line = area.left() + area.width() * self.amount
            left = QRectF(area.left(), area.top(), line - area.left(), area.height())
            right = QRectF(line, area.top(), area.right() - line, area.height())
            self._paint_within(painter, self.earlier, area, left)
            self._paint_within(painter, self.later, area, right)
            painter.setPen(QPen(WIPE_LINE, 2))
            painter.drawLine(round(line), 0, round(line), self.height())
        painter.end()

    def _paint_within(self, painter: QPainter, slot: ImageSlot, area: QRectF, part: QRectF) -> None:
        if part.width() <= 0:
            return
        painter.save()
        painter.setClipRect(part)
        slot.paint(painter, area, self.viewport)
        painter.restore()
