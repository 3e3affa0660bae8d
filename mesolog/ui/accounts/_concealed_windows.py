"""The windows the idle lock takes off the screen, and how each comes back.

A window is hidden. A dialog that runs its own event loop (exec()) would end if it were
hidden, so it stays where it is, covered by an opaque panel and with a neutral title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

PASSING_WINDOWS = frozenset(
    {Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen}
)
"""Windows that close by themselves and are left alone."""


def runs_its_own_loop(window: QWidget) -> bool:
    """A dialog shown with exec() (application-modal): hiding it would end it."""
    return (
        isinstance(window, QDialog)
        and window.isModal()
        and window.windowModality() == Qt.WindowModality.ApplicationModal
    )


class _Cover(QWidget):
    """An opaque panel over all of a window's content, following its size."""

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


@dataclass
class _Concealed:
    window: QWidget
    title: str
    cover: _Cover | None = None
    """Set when the window was covered, not hidden."""
    finished: list[bool] = field(default_factory=list)
    """Set when a hidden dialog was finished (done()) while locked: it stays hidden."""
    connection: QMetaObject.Connection | None = None


class ConcealedWindows:
    """The windows concealed while locked; a covered window shows `cover_text` and
    `locked_title`."""

    def __init__(self, cover_text: str, locked_title: str) -> None:
        self._cover_text = cover_text
        self._locked_title = locked_title
        self._items: list[_Concealed] = []

    def may_conceal(self, window: QWidget) -> bool:
        """A window on the screen, not one that closes by itself, not concealed already."""
        return (
            window.isWindow()
            and window.isVisible()
            and window.windowType() not in PASSING_WINDOWS
            and all(item.window is not window for item in self._items)
        )

    def conceal(self, window: QWidget) -> None:
        item = _Concealed(window, window.windowTitle())
        if runs_its_own_loop(window):
            item.cover = _Cover(window, self._cover_text)
            window.setWindowTitle(self._locked_title)
        else:
            if isinstance(window, QDialog):
                item.connection = window.finished.connect(
                    lambda _result: item.finished.append(True)
                )
            window.hide()
        self._items.append(item)

    def forget(self) -> None:
        """Leaves every window as it is now (hidden ones stay hidden)."""
        self._items = []

    def bring_back(self) -> None:
        """Shows every window again as it was, each on top of its parent (a dialog that
        finished while hidden stays hidden)."""
        concealed, self._items = self._items, []
        ordered = [c for c in concealed if shiboken6.isValid(c.window)]
        ordered.sort(key=lambda c: _depth(c.window))
        for item in ordered:
            window = item.window
            if item.connection is not None:
                QObject.disconnect(item.connection)
            if item.cover is not None:
                if shiboken6.isValid(item.cover):
                    item.cover.remove()
                window.setWindowTitle(item.title)
            elif not item.finished:
                window.show()
        for item in ordered:
            if item.window.isVisible():
                item.window.raise_()


def _depth(window: QWidget) -> int:
    """Parents before their dialogs, so each comes back on top of its parent."""
    depth, parent = 0, window.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
