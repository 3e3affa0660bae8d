"""The summary dialog's photo page: whether there is one, and which photos it holds.

The page needs the patient's photo consent; it is ticked for the clinical copy and not
for the patient copy until the clinician ticks it. The photos are listed by thumbnail:
only those the chosen course and drafts setting can print (services.summary_photos'
scope), listed again when they change; each view's first and last ticked (what the
summary prints when nobody chooses); a choice changed here is printed as it is, and kept
for the photos still listed when the course or drafts change."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.ids import CourseId, PhotoId, SessionId
from mesolog.domain.photos import Photo, PhotoMoment, PhotoView
from mesolog.services.history import PatientHistory
from mesolog.services.summary_photos import first_and_last, photo_scope
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import named

ICON_SIDE = 72


class PhotoChoice(QWidget):
    def __init__(
        self,
        history: PatientHistory,
        photos: Sequence[Photo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.include = named(
            QCheckBox(self.tr("P&hoto page: photos of the same view side by side"), self),
            "include_photos",
            self.tr("Photo page"),
        )
        self.photos = named(QListWidget(self), "summary_photos", self.tr("Photos on the page"))
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setFixedHeight(ICON_SIDE + 56)
        self.why = named(QLabel(self), "photos_note", self.tr("About the photo page"))
        self.why.setWordWrap(True)
        self._chosen_at_first: set[PhotoId] = set()
        self._history = history
        self._all = tuple(photos)
        self._days = {s.id: s.performed_on for s in history.sessions}
        consent = history.patient.details.photo_consent_on is not None
        if consent:
            self.show_for(None, include_drafts=False)
            self.why.setText(
                self.tr("Each view's first and last photo are ticked; tick the ones to print.")
            )
        else:
            self.why.setText(self.tr("No photo page: the patient has no photo consent on file."))
        if consent and not photos:
            self.why.setText(self.tr("No photo page: the patient has no photos."))
        self.available = consent and bool(photos)
        self.include.setEnabled(self.available)
        self.photos.setVisible(self.available)
        self.include.toggled.connect(self.photos.setEnabled)
        self.photos.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.include)
        layout.addWidget(self.photos)
        layout.addWidget(self.why)

    def show_for(self, course_id: CourseId | None, *, include_drafts: bool) -> None:
        """Lists the photos a summary of `course_id` (all courses: None) can print."""
        kept = self.chosen()
        ticks = {
            self._id(self.photos.item(row)): self.photos.item(row).checkState()
            for row in range(self.photos.count())
        }
        scope = photo_scope(self._history, course_id=course_id, include_drafts=include_drafts)
        listed = [p for p in self._all if scope.allows(p)]
        self._chosen_at_first = set(first_and_last(listed, scope))
        self.photos.clear()
        for photo in listed:
            item = QListWidgetItem(self._words(photo, self._days))
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            item.setIcon(QIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, str(photo.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = photo.id in self._chosen_at_first
            state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            item.setCheckState(ticks.get(photo.id, state) if kept is not None else state)
            self.photos.addItem(item)

    @staticmethod
    def _id(item: QListWidgetItem) -> PhotoId:
        return PhotoId(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))

    def _words(self, photo: Photo, days: Mapping[SessionId, dt.date]) -> str:
        """ "Front, before" over the day it was taken (else its session's, else added)."""
        views = {
            PhotoView.FRONT: self.tr("Front"),
            PhotoView.LEFT_45: self.tr("Left 45°"),
            PhotoView.RIGHT_45: self.tr("Right 45°"),
            PhotoView.LEFT_PROFILE: self.tr("Left profile"),
            PhotoView.RIGHT_PROFILE: self.tr("Right profile"),
            PhotoView.FREE: photo.details.label.strip(),
        }
        moments = {
            PhotoMoment.BEFORE: self.tr("before"),
            PhotoMoment.AFTER: self.tr("after"),
            PhotoMoment.FOLLOW_UP: self.tr("follow-up"),
        }
        session = photo.details.session_id
        when = (
            photo.taken_at.date()
            if photo.taken_at is not None
            else days.get(session)
            if session is not None
            else None
        ) or photo.added_at.astimezone().date()
        return f"{views[photo.details.view]}, {moments[photo.details.moment]}\n{shown_date(when)}"

    def set_default_for(self, clinical: bool) -> None:
        """Ticked for the clinical copy, not for the patient copy (while there can be one)."""
        self.include.setChecked(clinical and self.available)

    def wanted(self) -> bool:
        return self.available and self.include.isChecked()

    def chosen(self) -> list[PhotoId] | None:
        """The ticked photos; None while they are those ticked at first (the summary then
        chooses the same way for the sessions it prints)."""
        items = [self.photos.item(row) for row in range(self.photos.count())]
        ticked = [self._id(item) for item in items if item.checkState() == Qt.CheckState.Checked]
        return None if set(ticked) == self._chosen_at_first else ticked
