"""The photos of one session (or of one day between sessions) in the photos pane: a heading
with the session's number and date, and the thumbnails with their view, moment and label.
Files dropped on it go to its session."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.ids import PhotoId, SessionId
from mesolog.domain.photos import Photo
from mesolog.ui.common.forms import named
from mesolog.ui.photos.photo_files import dropped_files
from mesolog.ui.photos.photo_labels import caption, place_text
from mesolog.ui.photos.photo_places import PhotoGroup

ICON_SIDE = 144
CELL_WIDTH = ICON_SIDE + 24
DROP_STYLE = 'QFrame#photo_group[dropping="true"] { border: 2px dashed #1565c0; }'
PHOTO_ROLE = Qt.ItemDataRole.UserRole


class PhotoList(QListWidget):
    """Thumbnails left to right, wrapping; as tall as its rows at its width (height for
    width), so the pane scrolls, not it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self._cell = QSize(CELL_WIDTH, ICON_SIDE)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)  # a drop goes to the group around it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: transparent; }")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        columns = max(1, (width - 2 * self.frameWidth()) // self._cell.width())
        rows = max(1, math.ceil(self.count() / columns))
        return rows * self._cell.height() + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        width = self._cell.width() * max(1, min(self.count(), 4)) + 2 * self.frameWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell)

    def fill(self, photos: tuple[Photo, ...], icon: Callable[[Photo], QIcon]) -> None:
        """The photos' thumbnails, in cells as tall as the tallest thumbnail and caption
        (a row of landscape photos is lower than one of portraits)."""
        self.clear()
        side = QSize(ICON_SIDE, ICON_SIDE)
        tallest = max((icon(p).actualSize(side).height() for p in photos), default=ICON_SIDE)
        lines = max((caption(p.details).count("\n") + 1 for p in photos), default=1)
        text = lines * self.fontMetrics().lineSpacing()
        self._cell = QSize(CELL_WIDTH, tallest + text + 16)
        self.setGridSize(self._cell)
        for photo in photos:
            item = QListWidgetItem(icon(photo), caption(photo.details))
            item.setData(PHOTO_ROLE, photo.id)
            item.setToolTip(caption(photo.details).replace("\n", " · "))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.updateGeometry()


class ThumbnailGroup(QFrame):
    """One group of the pane; `files_dropped` carries the files and the group's session
    (None between sessions)."""

    files_dropped = Signal(object, object)
    """(list[Path], SessionId | None)"""
    compare_requested = Signal(object)
    """The session (SessionId) to compare."""

    def __init__(
        self, group: PhotoGroup, icon: Callable[[Photo], QIcon], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_group")
        self.setStyleSheet(DROP_STYLE)
        self.setAcceptDrops(True)
        self.group = group
        place = group.place
        self.session_id: SessionId | None = None if place is None else place.session_id
        title = place_text(place, group.day)
        self.heading = named(QLabel(f"<b>{title}</b>", self), "photo_group_heading", title)
        self.list = named(PhotoList(self), "photo_list", title)
        self.list.fill(group.photos, icon)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        if self.session_id is not None and group.photos:
            self.compare_button = named(
                QPushButton(self.tr("Compare…"), self),
                "compare_session",
                self.tr("Compare this session's photos with the first session's"),
            )
            self.compare_button.setToolTip(self.compare_button.accessibleName())
            self.compare_button.setAutoDefault(False)
            self.compare_button.clicked.connect(
                lambda: self.compare_requested.emit(self.session_id)
            )
            heading.addWidget(self.compare_button)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(heading)
        if group.photos:
            layout.addWidget(self.list)
        else:
            self.list.hide()
            empty = QLabel(self.tr("No photos yet: drop files here, or Add Photos…"), self)
            empty.setObjectName("photo_group_empty")
            empty.setStyleSheet("color: #666666;")
            layout.addWidget(empty)

    def selected(self) -> PhotoId | None:
        items = self.list.selectedItems()
        return items[0].data(PHOTO_ROLE) if items else None

    def select(self, photo_id: PhotoId) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PHOTO_ROLE) == photo_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _dropping(self, on: bool) -> None:
        self.setProperty("dropping", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
            self._dropping(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._dropping(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._dropping(False)
        files: list[Path] = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files, self.session_id)
