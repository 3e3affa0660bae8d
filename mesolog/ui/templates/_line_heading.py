"""The first row of a template line: its title, the area and the area's detail, needle or
pen, and Remove line. Where the row is too narrow for the detail to show its hint whole
(Greek's needle and pen are long words on a 1024 px screen), needle or pen and Remove line
go on a row of their own under it rather than squeeze the detail to a letter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QStyle, QWidget

SPACING = 6
DETAIL_CHARACTERS = 60
"""The detail asks for room for its hint, at most about this many characters."""
LEAST_DETAIL_CHARACTERS = 16
"""The detail is never narrower than about this many characters."""
TECHNIQUE_ROW = 2
"""The grid's row of needle or pen and Remove line when they are not beside the area (row
1 is the detail's error)."""


class _Rows(QGridLayout):
    """The heading's grid, as tall for a width as the heading says (the rows it takes
    there, not the rows it has now)."""

    def __init__(self, heading: LineHeading) -> None:
        super().__init__(heading)
        self._heading = heading

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._heading.rows_height(width)


class LineHeading(QWidget):
    """`title`, `caption` and `area`, `detail` (its `error` under it), `kind` and `remove`
    on one row, or `kind` and `remove` on a row under the others when the row is narrow."""

    def __init__(
        self,
        widgets: tuple[QLabel, QLabel, QWidget, QLineEdit, QWidget, QWidget],
        error: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.caption, self.area, self.detail, self.kind, self.remove = widgets
        self.error = error
        self.grid = _Rows(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(2)
        for column, widget in enumerate(widgets):
            if widget is not self.kind:
                self.grid.addWidget(widget, 0, column)
        self.grid.addWidget(error, 1, 3, 1, 3)
        self.grid.setColumnStretch(3, 1)
        self.detail.setMinimumWidth(LEAST_DETAIL_CHARACTERS * self._char())
        self._beside: bool | None = None
        self._place_kind(beside=True)

    def _char(self) -> int:
        return self.fontMetrics().averageCharWidth()

    def detail_room(self) -> int:
        """The detail's width for its hint whole (at most DETAIL_CHARACTERS)."""
        hint = self.detail.fontMetrics().horizontalAdvance(self.detail.placeholderText())
        frame = self.detail.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        return min(hint + 2 * frame + 2 * SPACING, DETAIL_CHARACTERS * self._char())

    def _row_width(self, *, with_kind: bool) -> int:
        """The first row's width with the detail given its room."""
        widgets = [self.title, self.caption, self.area, self.remove]
        if with_kind:
            widgets.append(self.kind)
        widths = sum(widget.sizeHint().width() for widget in widgets)
        return widths + self.detail_room() + SPACING * len(widgets)

    def beside(self, width: int) -> bool:
        """Whether needle or pen goes beside the area in a row `width` wide."""
        return self._row_width(with_kind=True) <= width

    def _place_kind(self, *, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        for widget in (self.detail, self.kind, self.remove):
            self.grid.removeWidget(widget)
        if beside:
            self.grid.addWidget(self.detail, 0, 3)
            self.grid.addWidget(self.kind, 0, 4)
            self.grid.addWidget(self.remove, 0, 5)
        else:
            self.grid.addWidget(self.detail, 0, 3, 1, 3)
            self.grid.addWidget(self.kind, TECHNIQUE_ROW, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(self.remove, TECHNIQUE_ROW, 5)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        width = self._row_width(with_kind=True)
        return QSize(width, self.rows_height(width))

    def rows_height(self, width: int) -> int:
        """One row's height, or two's where needle or pen goes under (and the error's)."""
        first = [self.title, self.caption, self.area, self.detail]
        under = [self.kind, self.remove]
        if self.beside(width):
            first, under = first + under, []
        height = max(widget.sizeHint().height() for widget in first)
        spacing = self.grid.verticalSpacing()
        if not self.error.isHidden():
            left = (self.title, self.caption, self.area)
            before = sum(widget.sizeHint().width() + SPACING for widget in left)
            wrapped = self.error.heightForWidth(max(width - before, 1))
            height += spacing + (wrapped if wrapped > 0 else self.error.sizeHint().height())
        if under:
            height += spacing + max(widget.sizeHint().height() for widget in under)
        return height

    def minimumSizeHint(self) -> QSize:
        """As narrow as the row of the area and its detail (at its least width), or as
        needle or pen and Remove line under it."""
        widgets = [self.title, self.caption, self.area, self.detail]
        width = sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets)
        width += SPACING * (len(widgets) - 1)
        under = self.kind.sizeHint().width() + SPACING + self.remove.sizeHint().width()
        # Its least height is one row's: the height it takes at a width is its layout's
        # heightForWidth (a floor of two rows would keep it two rows tall when wide).
        return QSize(max(width, under), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Needle or pen placed for the new width, and the row laid out again at once."""
        beside = self.beside(event.size().width())
        if beside != self._beside:
            self._place_kind(beside=beside)
            self.grid.activate()
        super().resizeEvent(event)
