"""One file of the add-photos dialog: its preview and name, what it shows (view, label,
moment), the session it goes to, and what became of it (added, or why it was refused)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from mesolog.domain.ids import SessionId
from mesolog.domain.photos import LABEL_MAX, PhotoInput, PhotoMoment, PhotoView
from mesolog.ui.common.forms import ERROR_STYLE, named
from mesolog.ui.photos.photo_files import preview, size_text
from mesolog.ui.photos.photo_labels import moment_label, view_label

PREVIEW_SIDE = 88
NAME_WIDTH = 170
ADDED_STYLE = "color: #1b5e20;"

SessionChoice = tuple[SessionId | None, str]


def view_combo(owner: QWidget, name: str, accessible: str) -> QComboBox:
    combo = named(QComboBox(owner), name, accessible)
    for view in PhotoView:
        combo.addItem(view_label(view), view)
    return combo


def moment_combo(owner: QWidget, name: str, accessible: str) -> QComboBox:
    combo = named(QComboBox(owner), name, accessible)
    for moment in PhotoMoment:
        combo.addItem(moment_label(moment), moment)
    return combo


def session_combo(
    owner: QWidget, name: str, accessible: str, sessions: list[SessionChoice]
) -> QComboBox:
    combo = named(QComboBox(owner), name, accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for session_id, text in sessions:
        combo.addItem(text, session_id)
    return combo


def index_of(combo: QComboBox, value: object) -> int:
    """The item whose data equals `value` (Qt's findData compares Python objects by identity
    only), or -1."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def choose(combo: QComboBox, value: object) -> None:
    index = index_of(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)


class PhotoRow(QObject):
    """The widgets of one file, laid on grid rows `line` (inputs) and `line + 1` (outcome)."""

    def __init__(
        self,
        owner: QWidget,
        path: Path,
        index: int,
        sessions: list[SessionChoice],
        session: SessionId | None,
    ) -> None:
        super().__init__(owner)
        self.path = path
        self.added = False
        name = path.name
        self.preview = named(
            QLabel(owner), f"preview_{index}", self.tr("Preview of %1").replace("%1", name)
        )
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #eeeeee;")
        bold = QFont(self.preview.font())
        bold.setBold(True)
        shown = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
        self.name = named(
            QLabel(f"<b>{html.escape(shown)}</b><br>{size_text(path)}", owner),
            f"file_{index}",
            name,
        )
        self.name.setToolTip(str(path))
        self.name.setFixedWidth(NAME_WIDTH + 8)
        self.view = view_combo(owner, f"view_{index}", self.tr("View of %1").replace("%1", name))
        self.label = named(
            QLineEdit(owner), f"label_{index}", self.tr("Label of %1").replace("%1", name)
        )
        self.label.setMaxLength(LABEL_MAX * 2)  # a longer label is refused, in words, not cut
        self.moment = moment_combo(
            owner, f"moment_{index}", self.tr("Moment of %1").replace("%1", name)
        )
        self.session = session_combo(
            owner, f"session_{index}", self.tr("Session of %1").replace("%1", name), sessions
        )
        choose(self.session, session)
        self.outcome = named(
            QLabel(owner), f"outcome_{index}", self.tr("Outcome for %1").replace("%1", name)
        )
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.view.currentIndexChanged.connect(self._view_changed)
        self._view_changed()

    def place(self, grid: QGridLayout, line: int) -> None:
        grid.addWidget(self.preview, line, 0, 2, 1)
        grid.addWidget(self.name, line, 1)
        for column, widget in enumerate((self.view, self.label, self.moment, self.session), 2):
            grid.addWidget(widget, line, column)
        grid.addWidget(self.outcome, line + 1, 1, 1, 5)

    def load_preview(self) -> None:
        pixmap = preview(self.path, PREVIEW_SIDE)
        if pixmap.isNull():
            self.preview.setText(self.tr("No preview"))
        else:
            self.preview.setPixmap(pixmap)

    def details(self) -> PhotoInput:
        return PhotoInput(
            view=PhotoView(self.view.currentData()),
            moment=PhotoMoment(self.moment.currentData()),
            session_id=self.session.currentData(),
            label=self.label.text(),
        )

    def show_added(self, text: str) -> None:
        self.added = True
        for widget in (self.view, self.label, self.moment, self.session):
            widget.setEnabled(False)
        self._say(text, ADDED_STYLE)

    def show_refused(self, text: str) -> None:
        self._say(text, ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(style)
        self.outcome.show()

    def _view_changed(self) -> None:
        free = self.view.currentData() == PhotoView.FREE
        self.label.setPlaceholderText(
            self.tr("What it shows (required)") if free else self.tr("Note (optional)")
        )
