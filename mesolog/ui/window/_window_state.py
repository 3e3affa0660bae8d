"""What this workstation remembers of the main window between starts: its size and place,
where its splitters stand, the widths given to the history's columns, and the patient
last open."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow, QSplitter

from mesolog.domain.ids import PatientId
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.settings.workstation import workstation_settings

GEOMETRY_KEY = "window/geometry"
LAST_PATIENT_KEY = "patient/last"
COLUMNS_KEY = "history/column_widths"
REMEMBER_MS = 1000
"""How long after a patient is opened it is written down as the last one open: writing
the settings syncs their file to disk (1 ms typically, 16 ms at p95 here), kept out of
opening a record, and a clinician leafing through patients writes once."""


class PaneMemory(QObject):
    """Keeps the first pane of a two-pane splitter at the size last chosen, whenever the
    splitter has room for it. A window that opens smaller than it closed (on a smaller
    screen, or before the window manager maximises it) squeezes the pane for a while, and
    gives it back once it is large enough, instead of keeping the squeezed size."""

    def __init__(
        self, splitter: QSplitter, key: str, default: Callable[[int], int] | None = None
    ) -> None:
        """`default` gives the first pane's size for the length of both panes until the
        person drags the handle (without it, the splitter's stretch factors share it)."""
        super().__init__(splitter)
        self._splitter = splitter
        self._key = key
        self._default = default
        self._wanted: int | None = None
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def restore(self, settings: QSettings) -> None:
        state = settings.value(self._key)
        if state is not None:
            self._splitter.restoreState(state)
        try:
            self._wanted = int(str(settings.value(f"{self._key}_first")))
        except ValueError:
            self._wanted = None
        self._apply()

    def save(self, settings: QSettings) -> None:
        settings.setValue(self._key, self._splitter.saveState())
        first = self._wanted
        if first is None and self._default is None:
            first = self._splitter.sizes()[0]
        if first is None:
            settings.remove(f"{self._key}_first")  # never dragged: the default, whatever size
        else:
            settings.setValue(f"{self._key}_first", first)

    def refit(self) -> None:
        """The default share again, when the panes' needs changed (never once dragged)."""
        self._apply()

    def _moved(self, _position: int, _index: int) -> None:
        self._wanted = self._splitter.sizes()[0]

    def _apply(self, length: int | None = None) -> None:
        """The wanted size to the first pane, the rest of `length` (the splitter's length
        along its panes; by default its length now) to the second."""
        splitter = self._splitter
        if length is None:
            vertical = splitter.orientation() == Qt.Orientation.Vertical
            length = splitter.height() if vertical else splitter.width()
        total = length - splitter.handleWidth()
        wanted = self._wanted
        if wanted is None and self._default is not None:
            wanted = self._default(total)
        if wanted is None or total <= 0 or not splitter.isVisible():
            return
        if splitter.sizes() != [wanted, total - wanted]:
            splitter.setSizes([wanted, max(total - wanted, 0)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and watched is self._splitter:
            # Before the splitter shares out the new length by its stretch factors.
            vertical = self._splitter.orientation() == Qt.Orientation.Vertical
            self._apply(event.size().height() if vertical else event.size().width())
        elif event.type() == QEvent.Type.Show and watched is self._splitter:
            self._apply()  # resized while hidden: the size it opens at
        return False


class WindowLayout(QObject):
    """The window's geometry, its splitters (by key) and the history's column widths."""

    def __init__(
        self,
        window: QMainWindow,
        splitters: dict[str, QSplitter],
        history: HistoryView,
        defaults: dict[str, Callable[[int], int]] | None = None,
    ) -> None:
        """`defaults`: by key, the first pane's size for a length, until dragged."""
        super().__init__(window)
        self._window = window
        defaults = defaults or {}
        self._panes = [
            PaneMemory(splitter, key, defaults.get(key)) for key, splitter in splitters.items()
        ]
        self._history = history
        self._patient: PatientId | None = None
        self._remembering = QTimer(self, singleShot=True, interval=REMEMBER_MS)
        self._remembering.timeout.connect(self._write_patient)

    def remember_patient(self, patient_id: PatientId) -> None:
        """The patient open now, written down a moment later or when the layout is saved."""
        self._patient = patient_id
        self._remembering.start()

    def _write_patient(self) -> None:
        if self._patient is not None:
            workstation_settings().setValue(LAST_PATIENT_KEY, str(self._patient))
            self._patient = None

    def restore(self) -> None:
        """As last saved; a value this version cannot read is passed over."""
        settings = workstation_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        for pane in self._panes:
            pane.restore(settings)
        try:
            widths = json.loads(str(settings.value(COLUMNS_KEY, "{}")))
        except ValueError:
            widths = {}
        if isinstance(widths, dict):
            self._history.widths.choose(widths)

    def refit(self) -> None:
        """Each splitter not dragged by the person shares its length by its default again."""
        for pane in self._panes:
            pane.refit()

    def save(self) -> None:
        self._remembering.stop()
        self._write_patient()
        settings = workstation_settings()
        settings.setValue(GEOMETRY_KEY, self._window.saveGeometry())
        for pane in self._panes:
            pane.save(settings)
        settings.setValue(COLUMNS_KEY, json.dumps(self._history.widths.chosen()))


def last_patient() -> str:
    """The id of the patient open when the window last showed one ("" if none)."""
    return str(workstation_settings().value(LAST_PATIENT_KEY, "") or "")
