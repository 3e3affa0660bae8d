"""An open patient's record: the header over two tabs, the courses with the history of
sessions, and the patient's photos."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from mesolog.domain.enums import CourseStatus
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.services.live_changes import Changes
from mesolog.ui.common.forms import named
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses.course_panel import CoursePanel
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.patients.patient_header import PatientHeader
from mesolog.ui.photos.photos_pane import PhotosPane


class PatientRecord(QWidget):
    """Shows one patient; refreshes itself whenever the records change (the change bus)."""

    edit_patient_requested = Signal()
    course_selection_changed = Signal()
    """Another course was selected: the one a new session goes into (`course_to_log`)."""
    session_activated = Signal(object)
    """A SessionId to open."""

    def __init__(self, clinic: Clinic, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_record")
        self._clinic = clinic
        self._patient_id: PatientId | None = None
        self.history: PatientHistory | None = None

        self.header = PatientHeader(self)
        self.header.edit_requested.connect(self.edit_patient_requested)
        self.courses = CoursePanel(clinic, bus, self, follow_changes=False)
        self.courses.list.currentItemChanged.connect(
            lambda *_: self.course_selection_changed.emit()
        )
        self.history_view = HistoryView(self)
        self.history_view.session_activated.connect(self.session_activated)

        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_title = QLabel(self.tr("<b>History</b> (newest first; double-click to open)"))
        history_layout.addWidget(history_title)
        history_layout.addWidget(self.history_view)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical, self), "record_splitter", "")
        self.splitter.addWidget(self.courses)
        self.splitter.addWidget(history_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([250, 400])  # two course cards whole at 1366×768
        self.photos = PhotosPane(clinic, bus, self)
        # the photos take the record's whole height under the header: thumbnails need room
        self.tabs = named(QTabWidget(self), "record_tabs", self.tr("Record and photos"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Courses and sessions"))
        self.tabs.addTab(self.photos, self.tr("Photos"))
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        bus.changed.connect(self.reload)
        bus.changed_elsewhere.connect(self._changed_elsewhere)

    def least_width(self) -> int:
        """The narrowest the record can be with its history's columns whole (a language of
        longer words needs more)."""
        margins = self._layout.contentsMargins()
        return self.history_view.least_width() + margins.left() + margins.right()

    @property
    def patient_id(self) -> PatientId | None:
        return self._patient_id

    def show_patient(self, patient_id: PatientId) -> None:
        self._patient_id = patient_id
        self.reload()

    def reload(self) -> None:
        if self._patient_id is None:
            return
        try:
            history = self._clinic.history.patient_history(self._patient_id)
        except KnownError:
            self._patient_id = None
            self.history = None
            self.photos.set_history(None)
            return
        self.history = history
        today = self._clinic.context.today()
        self.header.set_patient(history.patient, today)
        self.courses.set_history(history, today)
        self.history_view.set_history(history)
        self.photos.set_history(history)

    def _changed_elsewhere(self, changes: Changes) -> None:
        """Reloaded only when another workstation changed this patient's records (the
        history keeps its scroll)."""
        if self._patient_id is not None and self._patient_id in changes.patients:
            self.reload()

    def newest_active_course(self) -> CourseId | None:
        if self.history is None:
            return None
        active = [
            c
            for c in self.history.courses
            if c.course.voiding is None and not (c.schedule.completed or c.schedule.stopped)
        ]
        return active[0].course.id if active else None

    def course_to_log(self) -> CourseId | None:
        """The course a new session goes into: the selected course when it is active (the
        newest active one is selected when the record opens), else the newest active one;
        None: outside any course. The session editor can still choose another."""
        selected = self.courses.selected_course()
        if (
            selected is not None
            and selected.course.voiding is None
            and selected.course.status is CourseStatus.ACTIVE
        ):
            return selected.course.id
        return self.newest_active_course()

    def session_ids(self) -> list[SessionId]:
        return [] if self.history is None else [s.id for s in self.history.sessions]
