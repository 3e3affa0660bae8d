"""Two photos of the patient compared: side by side, or one over the other with a slider
(fading the later one in, or a wipe line between them); both zoom and pan together. The
earlier photo is on the left. Only the two photos shown are read whole from the record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.ids import PhotoId, SessionId
from mesolog.domain.photos import Photo
from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.photos._overlay_view import Blend, OverlayView
from mesolog.ui.photos.photo_labels import photo_place_text, view_and_moment
from mesolog.ui.photos.photo_places import SessionPlace, compare_partner, photo_day
from mesolog.ui.photos.photo_view import PhotoView, Viewport
from mesolog.ui.photos.photo_viewer import full_image, thumbnail_pixmap, zoom_buttons

DEFAULT_SIZE = (1240, 800)
ICON_SIDE = 48


class Mode:
    SIDE_BY_SIDE = 0
    FADE = 1
    WIPE = 2


class CompareDialog(QDialog):
    """`sides` (left, right) of `photos` (the patient's), each side's photo chosen from
    them all; `places` says each photo's session."""

    def __init__(
        self,
        clinic: Clinic,
        photos: Sequence[Photo],
        places: dict[SessionId, SessionPlace],
        sides: tuple[Photo, Photo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("Compare photos"))
        self._clinic = clinic
        self._photos = {p.id: p for p in photos}
        self._places = places
        self._images: dict[PhotoId, QImage] = {}
        self.viewport = Viewport(self)
        self.left_view = named(PhotoView(viewport=self.viewport, parent=self), "left", "")
        self.right_view = named(PhotoView(viewport=self.viewport, parent=self), "right", "")
        self.overlay = named(OverlayView(self.viewport, self), "overlay", self.tr("Overlay"))
        self.left_choice = self._chooser("left_photo", self.tr("Earlier photo"))
        self.right_choice = self._chooser("right_photo", self.tr("Later photo"))
        self.left_caption = self._caption("left_caption")
        self.right_caption = self._caption("right_caption")
        self.mode = named(QComboBox(self), "compare_mode", self.tr("Show"))
        for text in (self.tr("Side by side"), self.tr("Overlay: fade"), self.tr("Overlay: wipe")):
            self.mode.addItem(text)
        self.slider = named(QSlider(Qt.Orientation.Horizontal, self), "blend", "")
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self._build()
        self._select(self.left_choice, sides[0].id)
        self._select(self.right_choice, sides[1].id)
        self._show_sides()
        self.left_choice.currentIndexChanged.connect(self._show_sides)
        self.right_choice.currentIndexChanged.connect(self._show_sides)
        self.mode.currentIndexChanged.connect(self._show_mode)
        self.slider.valueChanged.connect(self._show_blend)
        self._show_mode()
        resize_within_screen(self, *DEFAULT_SIZE)

    # building

    def _chooser(self, name: str, accessible: str) -> QComboBox:
        combo = named(QComboBox(self), name, accessible)
        combo.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        for photo in sorted(self._photos.values(), key=self._order):
            text = f"{photo_place_text(photo, self._places)} · {view_and_moment(photo.details)}"
            combo.addItem(QIcon(thumbnail_pixmap(photo, ICON_SIDE)), text, photo.id)
        return combo

    def _caption(self, name: str) -> QLabel:
        label = named(QLabel(self), name, "")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        sides = QWidget(self)
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.left_view, 0, 0)
        grid.addWidget(self.right_view, 0, 1)
        grid.addWidget(self.left_caption, 1, 0)
        grid.addWidget(self.right_caption, 1, 1)
        grid.setRowStretch(0, 1)
        self.overlay_caption = self._caption("overlay_caption")
        overlaid = QWidget(self)
        column = QVBoxLayout(overlaid)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.overlay, 1)
        column.addWidget(self.overlay_caption)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(sides)
        self.pages.addWidget(overlaid)

        choices = QHBoxLayout()
        for label_text, combo in (
            (self.tr("&Left:"), self.left_choice),
            (self.tr("&Right:"), self.right_choice),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(combo)
            choices.addWidget(label)
            choices.addWidget(combo, 1)
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.mode)
        choices.addWidget(show)
        choices.addWidget(self.mode)

        self.slider_row = QWidget(self)
        sliding = QHBoxLayout(self.slider_row)
        sliding.setContentsMargins(0, 0, 0, 0)
        self.slider_left = QLabel(self.tr("Left"), self)
        self.slider_right = QLabel(self.tr("Right"), self)
        sliding.addWidget(self.slider_left)
        sliding.addWidget(self.slider, 1)
        sliding.addWidget(self.slider_right)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = zoom_buttons(self, self.left_view)
        bottom.addWidget(self.slider_row, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    # behaviour

    def _order(self, photo: Photo) -> tuple[object, ...]:
        return (photo_day(photo, self._places), photo.added_at)

    @staticmethod
    def _select(combo: QComboBox, photo_id: PhotoId) -> None:
        index = next((i for i in range(combo.count()) if combo.itemData(i) == photo_id), 0)
        combo.setCurrentIndex(index)

    def shown(self) -> tuple[Photo, Photo]:
        """The photos on the left and on the right."""
        return (
            self._photos[self.left_choice.currentData()],
            self._photos[self.right_choice.currentData()],
        )

    def _image(self, photo: Photo) -> QImage:
        """The photo's full image, read when it is first shown; only the two shown are kept."""
        if photo.id not in self._images:
            self._images[photo.id] = full_image(self._clinic, photo)
        return self._images[photo.id]

    def _show_sides(self) -> None:
        left, right = self.shown()
        left_image, right_image = self._image(left), self._image(right)
        self._images = {left.id: left_image, right.id: right_image}
        self.left_view.set_image(left_image)
        self.right_view.set_image(right_image)
        self.overlay.set_images(left_image, right_image)
        left_text, right_text = self._caption_text(left), self._caption_text(right)
        self.left_caption.setText(left_text)
        self.right_caption.setText(right_text)
        self.left_view.setAccessibleName(left_text)
        self.right_view.setAccessibleName(right_text)
        self.overlay_caption.setText(
            self.tr("Left: %1     Right: %2")
            .replace("%1", left_text.replace("\n", " · "))
            .replace("%2", right_text.replace("\n", " · "))
        )

    def _caption_text(self, photo: Photo) -> str:
        return f"{photo_place_text(photo, self._places)}\n{view_and_moment(photo.details)}"

    def _show_mode(self) -> None:
        mode = self.mode.currentIndex()
        self.pages.setCurrentIndex(0 if mode == Mode.SIDE_BY_SIDE else 1)
        self.slider_row.setVisible(mode != Mode.SIDE_BY_SIDE)
        if mode == Mode.FADE:
            self.slider.setAccessibleName(self.tr("How much of the right photo shows"))
        else:
            self.slider.setAccessibleName(self.tr("Where the line between the photos stands"))
        self.slider.setToolTip(self.slider.accessibleName())
        self._show_blend()

    def _show_blend(self) -> None:
        blend = Blend.WIPE if self.mode.currentIndex() == Mode.WIPE else Blend.FADE
        self.overlay.set_blend(blend, self.slider.value() / 100)


def compare_dialog_for(
    clinic: Clinic,
    photos: Sequence[Photo],
    places: dict[SessionId, SessionPlace],
    photo: Photo,
    parent: QWidget | None = None,
) -> CompareDialog | None:
    """Compare for `photo`, beside the photo `compare_partner` picks (the first session's of
    the same view); None when the patient has no photo of that view on another day."""
    partner = compare_partner(photo, photos, places)
    if partner is None:
        return None
    earlier, later = sorted((photo, partner), key=lambda p: (photo_day(p, places), p.added_at))
    with busy():
        return CompareDialog(clinic, photos, places, (earlier, later), parent)
