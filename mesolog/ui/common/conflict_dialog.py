"""The dialog shown when a save is refused because someone changed the record meanwhile:
who changed it and when, and for each field both changed, its caption, the value now saved
and what was typed, side by side; then the choice of what to do.

- "Use theirs and keep editing": the form takes the values saved; this dialog stays open
  beside it, no longer modal, showing what was typed until it is closed.
- "Keep mine": what was typed is saved over their change of those fields (their other
  changes stay).
- "Cancel": nothing is saved, the form stays as typed.

Free text is shown whole: this is the clinician's own screen (never a log or a message).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mesolog.ui.common.forms import named
from mesolog.ui.common.record_conflicts import empty_text

VALUE_WIDTH = 240
"""The least width of a value's column: a phone number or a line of notes fits."""
ASIDE_WIDTH = (280, 420)
"""How wide the dialog is beside the form, where only what was typed is shown: as wide as
the screen leaves beside the form, within these bounds."""
GAP = 8
EMPTY_STYLE = "color: palette(placeholder-text); font-style: italic;"
HEADER_STYLE = "font-weight: bold;"


class Choice(IntEnum):
    """What the person chose (the dialog's result)."""

    CANCEL = 0
    USE_THEIRS = 1
    KEEP_MINE = 2


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One field both changed: its path, its caption and the two values in words."""

    path: str
    caption: str
    theirs: str
    mine: str


class ConflictDialog(QDialog):
    """Says `heading` (who changed what, when) above the fields of `rows`, `theirs_header`
    over the values saved now; `others` names the changes no one is asked about."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        heading: str,
        rows: Sequence[FieldRow],
        theirs_header: str,
        others: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(title)
        self.heading = named(QLabel(heading, self), "conflict_heading", self.tr("What happened"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.others = named(QLabel(others, self), "conflict_others", self.tr("Other changes"))
        self.others.setWordWrap(True)
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.others.setVisible(bool(others))
        self.theirs_header = self._header(theirs_header, "theirs_header")
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        """The values shown, by path: (theirs, mine)."""
        self._grid = QGridLayout()
        self.buttons = QDialogButtonBox(self)
        self.use_theirs = self._button(
            self.tr("&Use theirs and keep editing"),
            "use_theirs",
            self.tr(
                "The form takes the values saved now; what you typed stays in this window, "
                "beside it, until you close it. Nothing is saved until you save again."
            ),
            Choice.USE_THEIRS,
        )
        self.keep_mine = self._button(
            self.tr("&Keep mine"),
            "keep_mine",
            self.tr(
                "Saves what you typed in these fields over their change (their changes of "
                "other fields stay)."
            ),
            Choice.KEEP_MINE,
        )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.reject)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)
        self.close_button.hide()
        self.use_theirs.setDefault(True)

        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(warning_heading(self, self.heading))
        layout.addWidget(self._fields(rows), 1)
        layout.addWidget(self.others)
        layout.addWidget(self.buttons)

    # building

    def _header(self, text: str, name: str) -> QLabel:
        label = named(QLabel(text, self), name, text)
        label.setStyleSheet(HEADER_STYLE)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, name: str, tip: str, choice: Choice) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        named(button, name, text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.done(choice))
        return button

    def _fields(self, rows: Sequence[FieldRow]) -> QScrollArea:
        body = self._body = QWidget(self)
        grid = self._grid
        body.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(GAP)
        grid.setVerticalSpacing(GAP // 2)
        grid.addWidget(self._header(self.tr("Field"), "field_header"), 0, 0)
        grid.addWidget(self.theirs_header, 0, 1)
        grid.addWidget(self._header(self.tr("What you typed"), "mine_header"), 0, 2)
        for place, row in enumerate(rows, start=1):
            caption = QLabel(row.caption, body)
            caption.setObjectName(f"caption:{row.path}")
            caption.setAlignment(Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            caption.setContentsMargins(0, 5, 0, 0)  # level with the text inside the values
            theirs = self._value(body, row.theirs, f"theirs:{row.path}", row.caption)
            mine = self._value(body, row.mine, f"mine:{row.path}", row.caption)
            grid.addWidget(caption, place, 0)
            grid.addWidget(theirs, place, 1)
            grid.addWidget(mine, place, 2)
            self.cells[row.path] = (theirs, mine)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(1, VALUE_WIDTH)
        grid.setColumnMinimumWidth(2, VALUE_WIDTH)
        grid.setRowStretch(len(rows) + 1, 1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("conflict_fields")
        self._scroll.setWidget(body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_fields()
        return self._scroll

    def _fit_fields(self, *, width: bool = True) -> None:
        """As high as the fields need up to half the screen; as wide as they need, unless
        the dialog's width is set (then as high as they need at that width)."""
        body = self._body
        screen = self.screen().availableGeometry()
        if width:
            body.adjustSize()
            height = body.sizeHint().height()
            self._scroll.setMinimumWidth(body.sizeHint().width())
        else:
            margins = self._layout.contentsMargins()
            inner = self.width() - margins.left() - margins.right()
            height = self._grid.totalHeightForWidth(inner)
        self._scroll.setMinimumHeight(min(height, screen.height() // 2))

    def _value(self, parent: QWidget, text: str, name: str, caption: str) -> QLabel:
        """A value whole, wrapped, selectable (to copy what was typed back into the form)."""
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setAccessibleName(caption)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(4)
        if text == empty_text():
            label.setStyleSheet(EMPTY_STYLE)
        return label

    # after "Use theirs and keep editing"

    def keep_beside(self, heading: str) -> None:
        """Stays open, not modal, beside the form: what was typed (the form shows the values
        saved), until closed."""
        self.setWindowTitle(self.tr("What you typed"))
        self.heading.setText(heading)
        self.theirs_header.hide()
        for theirs, _mine in self.cells.values():
            theirs.hide()
        self._grid.setColumnMinimumWidth(1, 0)
        self._grid.setColumnStretch(1, 0)
        self._grid.setColumnMinimumWidth(2, 0)
        self.others.hide()
        for button in (self.use_theirs, self.keep_mine, self.cancel):
            button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        form = self.parentWidget()
        screen = self.screen().availableGeometry()
        room = screen.width() - GAP - (form.window().frameGeometry().width() if form else 0)
        self._scroll.setMinimumWidth(0)
        self.setFixedWidth(min(max(room, ASIDE_WIDTH[0]), ASIDE_WIDTH[1]))
        self._fit_fields(width=False)
        self.show()
        self.resize(self.width(), self._layout.totalHeightForWidth(self.width()))
        self.move(beside(self, form))


def warning_heading(parent: QWidget, heading: QWidget) -> QHBoxLayout:
    """A warning icon, then `heading` taking the rest of the row."""
    row = QHBoxLayout()
    icon = QLabel(parent)
    icon.setPixmap(
        parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32)
    )
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(icon)
    row.addWidget(heading, 1)
    return row


def beside(dialog: QWidget, form: QWidget | None) -> QPoint:
    """Where `dialog` goes beside `form`'s window: right of it where the screen has room,
    else left of it; else the form moves left to make room, as far as the screen allows;
    what is still too wide sits against the screen's right edge, at the form's top (over
    its header, not its buttons)."""
    screen = dialog.screen().availableGeometry()
    size = dialog.frameGeometry().size()
    if form is None:
        return screen.topLeft()
    window = form.window()
    frame = window.frameGeometry()
    y = min(max(frame.top(), screen.top()), screen.bottom() - size.height())
    if frame.right() + GAP + size.width() > screen.right():
        if frame.left() - GAP - size.width() >= screen.left():
            return QPoint(frame.left() - GAP - size.width(), y)
        left = max(screen.left(), screen.right() - size.width() - GAP - frame.width())
        window.move(left, frame.top())
        frame = window.frameGeometry()
    x = min(frame.right() + GAP, screen.right() - size.width())
    return QPoint(x, max(y, screen.top()))
