"""One photo opened whole: its full image read from the record on demand, fitted to the
window, zoomed with the wheel or the buttons and panned by dragging."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.domain.photos import Photo
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.photos.photo_view import ZOOM_STEP, PhotoView, ViewportWidget

DEFAULT_SIZE = (1100, 760)


class UnreadableImageError(KnownError):
    """The stored image could not be decoded for the screen."""


def full_image(clinic: Clinic, photo: Photo) -> QImage:
    """The photo's stored image, read from the record and decoded (only when opened)."""
    image = QImage.fromData(clinic.photos.image(photo.id))
    if image.isNull():
        words = QCoreApplication.translate(
            "PhotoViewer",
            "The stored image of this photo (%1 bytes, %2) cannot be shown: it may be damaged "
            "(Records ▸ Audit Log… verifies the records).",
        )
        raise UnreadableImageError(
            words.replace("%1", f"{photo.byte_size:,}").replace("%2", photo.media_type)
        )
    return image


def thumbnail_pixmap(photo: Photo, side: int) -> QPixmap:
    """The photo's thumbnail at most `side` pixels a side (an empty pixmap if unreadable)."""
    pixmap = QPixmap()
    pixmap.loadFromData(photo.thumbnail)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        QSize(side, side),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def zoom_buttons(owner: QWidget, view: ViewportWidget) -> QHBoxLayout:
    """Fit, zoom out and zoom in, for a view the wheel also zooms (their words are the
    photo viewer's, in whichever dialog they are)."""
    row = QHBoxLayout()
    for text, name, accessible, zoom in (
        (
            QCoreApplication.translate("PhotoViewer", "Fit"),
            "zoom_fit",
            QCoreApplication.translate("PhotoViewer", "Fit the photo to the window"),
            None,
        ),
        ("−", "zoom_out", QCoreApplication.translate("PhotoViewer", "Zoom out"), 1 / ZOOM_STEP),
        ("+", "zoom_in", QCoreApplication.translate("PhotoViewer", "Zoom in"), ZOOM_STEP),
    ):
        button = named(QPushButton(text, owner), name, accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        if zoom is None:
            button.clicked.connect(view.viewport.reset)
        else:
            button.clicked.connect(lambda _=False, z=zoom: view.set_zoom(view.zoom() * z))
        row.addWidget(button)
    return row


class PhotoViewer(QDialog):
    """`image`, fitted; `caption` under it (where and what the photo shows)."""

    def __init__(self, image: QImage, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setWindowTitle(self.tr("Photo"))
        self.view = named(PhotoView(image, parent=self), "photo", self.tr("Photo"))
        self.caption = named(QLabel(caption, self), "photo_caption", self.tr("Photo"))
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = zoom_buttons(self, self.view)
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, *DEFAULT_SIZE)
        self.view.setFocus()
