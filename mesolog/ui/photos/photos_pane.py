"""The patient's photos in the record: thumbnails by session (its number and date) and by
day between sessions, newest first. Photos are added from files (Add Photos…, or dropped
on the pane or on a session in it) and from this workstation's import folder; one is
opened whole by a double-click, compared with another, or voided with a reason.

Thumbnails are read when the pane is first shown for a patient, full images only when a
photo is opened or compared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.accounts import Permission
from mesolog.domain.amendments import current
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import PhotoId, SessionId
from mesolog.domain.photos import Photo, PhotoView
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.forms import action_button, named, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.photos._import_banner import ImportBanner
from mesolog.ui.photos._thumbnail_group import ICON_SIDE, ThumbnailGroup
from mesolog.ui.photos.add_photos_dialog import AddPhotosDialog
from mesolog.ui.photos.compare_dialog import CompareDialog, compare_dialog_for
from mesolog.ui.photos.import_folder import FolderWatch
from mesolog.ui.photos.photo_files import dropped_files, file_filter
from mesolog.ui.photos.photo_labels import caption, photo_place_text, place_text
from mesolog.ui.photos.photo_places import (
    SessionPlace,
    default_session,
    photo_groups,
    session_places,
)
from mesolog.ui.photos.photo_viewer import PhotoViewer, full_image, thumbnail_pixmap

LAST_FOLDER = "photos/last_folder"


class PhotosPane(QWidget):
    """The open patient's photos; `open_session` names the session open in an editor (where
    new photos go by default)."""

    def __init__(
        self,
        clinic: Clinic,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        watch: FolderWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photos_pane")
        self.setAcceptDrops(True)
        self._clinic = clinic
        self._bus = bus
        self.open_session: Callable[[], SessionId | None] = lambda: None
        self.history: PatientHistory | None = None
        self.photos: list[Photo] = []
        self.places: dict[SessionId, SessionPlace] = {}
        self.groups: list[ThumbnailGroup] = []
        self._stale = True
        self._icons: dict[PhotoId, QIcon] = {}
        self.compare: CompareDialog | None = None

        self.add_button = action_button(self, self.tr("&Add Photos…"), "add_photos", self.add_files)
        self.view_button = action_button(self, self.tr("&View"), "view_photo", self.view_selected)
        self.compare_button = action_button(
            self, self.tr("&Compare…"), "compare_photos", self.compare_selected
        )
        self.void_button = action_button(
            self, self.tr("V&oid Photo…"), "void_photo", self.void_selected
        )
        self.banner = ImportBanner(self, watch=watch)
        self.banner.assign_requested.connect(self.assign_import_folder)
        self.consent_note = named(QLabel(self), "photo_consent_note", self.tr("Photo consent"))
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("color: #7a4100; font-weight: bold;")
        self.consent_note.hide()
        self.empty = named(QLabel(self), "photos_empty", self.tr("No photos"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._group_box = QWidget(self)
        self._group_layout = QVBoxLayout(self._group_box)
        self._group_layout.setContentsMargins(0, 0, 0, 0)
        self.scroller = named(QScrollArea(self), "photo_groups", self.tr("Photos by session"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self._group_box)

        # the buttons wrap onto a second row rather than widen the window (Greek at 1024 px)
        buttons_box = QWidget(self)
        buttons = FlowLayout(buttons_box, spacing=6)
        for button in (self.add_button, self.view_button, self.compare_button, self.void_button):
            buttons.addWidget(button)
        buttons.addWidget(self.banner.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        self._enable()

    # the patient

    def set_history(self, history: PatientHistory | None) -> None:
        """Shows `history`'s patient (read now when the pane shows, else when it is shown)."""
        self.history = history
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        history = self.history
        try:
            self.photos = (
                [] if history is None else self._clinic.photos.of_patient(history.patient.id)
            )
        except KnownError as error:
            self.photos = []
            QMessageBox.warning(self, self.tr("Photos"), shown(error.text))
        self.places = {} if history is None else session_places(history.sessions)
        self._show_groups()
        self._show_consent()
        self._enable()

    def _show_groups(self) -> None:
        selected = self.selected_photo()
        for group in self.groups:
            group.setParent(None)
            group.deleteLater()
        while self._group_layout.count():
            self._group_layout.takeAt(0)
        also = self.default_session()
        self.groups = [
            ThumbnailGroup(group, self._icon, self._group_box)
            for group in photo_groups(self.photos, self.places, also=also)
        ]
        for group in self.groups:
            group.files_dropped.connect(self.add_paths)
            group.compare_requested.connect(self.compare_session)
            group.list.itemSelectionChanged.connect(lambda g=group: self._selected_in(g))
            group.list.itemActivated.connect(lambda _item: self.view_selected())
            self._group_layout.addWidget(group)
        self._group_layout.addStretch(1)
        if selected is not None:
            for group in self.groups:
                if group.select(selected):
                    break
        self.empty.setText(
            self.tr("No photos yet. Add Photos…, or drop image files here.")
            if self.history is not None
            else ""
        )
        self.empty.setVisible(not self.photos)

    def _icon(self, photo: Photo) -> QIcon:
        """Each thumbnail decoded once (a photo never changes)."""
        if photo.id not in self._icons:
            self._icons[photo.id] = QIcon(thumbnail_pixmap(photo, ICON_SIDE))
        return self._icons[photo.id]

    def _show_consent(self) -> None:
        history = self.history
        missing = history is not None and history.patient.details.photo_consent_on is None
        self.consent_note.setText(self.consent_words() if missing else "")
        self.consent_note.setVisible(missing)

    def consent_words(self) -> str:
        return self.tr(
            "No photo consent on file: photos are added once the day the patient agreed to "
            "clinical photos is recorded (Patient ▸ Edit Patient…, Photo consent on)."
        )

    def _may_record(self) -> bool:
        account = self._clinic.account
        return account is None or account.may(Permission.RECORD)

    def _enable(self) -> None:
        history = self.history
        live = history is not None and history.patient.voiding is None and self._may_record()
        chosen = self.selected() is not None
        self.add_button.setEnabled(live)
        self.banner.set_enabled(live)
        self.view_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen and len(self.photos) > 1)
        self.void_button.setEnabled(chosen and live)

    # selection

    def _selected_in(self, group: ThumbnailGroup) -> None:
        if group.selected() is not None:
            for other in self.groups:
                if other is not group:
                    other.list.clearSelection()
        self._enable()

    def selected_photo(self) -> PhotoId | None:
        for group in self.groups:
            found = group.selected()
            if found is not None:
                return found
        return None

    def selected(self) -> Photo | None:
        chosen = self.selected_photo()
        return next((p for p in self.photos if p.id == chosen), None)

    def select(self, photo_id: PhotoId) -> None:
        for group in self.groups:
            if group.select(photo_id):
                return

    # adding

    def default_session(self) -> SessionId | None:
        history = self.history
        if history is None:
            return None
        today = self._clinic.context.today()
        return default_session(history.sessions, today, self.open_session())

    def session_choices(self) -> list[tuple[SessionId | None, str]]:
        history = self.history
        living = [] if history is None else current(history.sessions)
        choices: list[tuple[SessionId | None, str]] = [
            (s.id, place_text(self.places.get(s.id), s.performed_on)) for s in living
        ]
        return [*choices, (None, self.tr("Between sessions (no session)"))]

    def add_files(self) -> None:
        settings = QSettings()
        start = str(settings.value(LAST_FOLDER, "") or "")
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), start, file_filter())
        if names:
            settings.setValue(LAST_FOLDER, str(Path(names[0]).parent))
            self.add_paths([Path(name) for name in names], self.default_session())

    def add_paths(self, files: Sequence[Path], session: SessionId | None) -> AddPhotosDialog | None:
        """Opens the dialog that assigns and adds `files`, `session` chosen for each."""
        history = self.history
        if history is None or not files or not self.add_button.isEnabled():
            return None
        missing = history.patient.details.photo_consent_on is None
        dialog = AddPhotosDialog(
            self._clinic,
            self._bus,
            history.patient,
            list(files),
            self.session_choices(),
            session=session,
            consent_note=self.consent_words() if missing else "",
            parent=self,
        )
        dialog.added.connect(self.banner.take_added)
        dialog.open()
        return dialog

    def assign_import_folder(self) -> AddPhotosDialog | None:
        return self.add_paths(self.banner.watch.ready(), self.default_session())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.add_button.isEnabled() and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(files, self.default_session())

    # one photo

    def view_selected(self) -> PhotoViewer | None:
        photo = self.selected()
        if photo is None:
            return None
        try:
            with busy():
                image = full_image(self._clinic, photo)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Photo"), shown(error.text))
            return None
        words = f"{photo_place_text(photo, self.places)} · {caption(photo.details)}"
        viewer = PhotoViewer(image, words.replace("\n", " · "), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def compare_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            self._compare(photo)

    def compare_session(self, session_id: SessionId) -> None:
        """Compare from a session: its selected photo, else its front view, else its first."""
        own = [p for p in self.photos if p.details.session_id == session_id]
        chosen = self.selected()
        if chosen is None or chosen not in own:
            fronts = [p for p in own if p.details.view is PhotoView.FRONT]
            chosen = next(iter(fronts or own), None)
        if chosen is not None:
            self._compare(chosen)

    def _compare(self, photo: Photo) -> None:
        try:
            dialog = compare_dialog_for(self._clinic, self.photos, self.places, photo, self)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Compare photos"), shown(error.text))
            return
        if dialog is None:
            QMessageBox.information(
                self,
                self.tr("Compare photos"),
                self.tr(
                    "The patient has no other photo of this view on another day to compare it with."
                ),
            )
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare = dialog
        dialog.open()

    def void_selected(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        title = self.tr("Void photo")
        reason, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Why is this photo voided? (It stays in the record, marked voided.)"),
        )
        if not ok:
            return
        try:
            run_change(
                self,
                self._bus,
                lambda: self._clinic.photos.void(photo.id, reason=reason),
                title=title,
            )
        except ValidationError as error:
            QMessageBox.warning(self, title, "\n".join(violation_text(v) for v in error.violations))
