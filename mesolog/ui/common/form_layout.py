"""The pieces of a dialog's form laid out the same way in every dialog that has them: free
text a few lines high, the captions of stacked groups lined up, and Save and Cancel under
the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

TEXT_LINES = 3


class NoteEdit(QPlainTextEdit):
    """Free text `lines` high that grows with the dialog; Tab moves on to the next field."""

    def __init__(self, parent: QWidget, lines: int = TEXT_LINES) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        height = self.fontMetrics().lineSpacing() * lines
        self.setMinimumHeight(height + 2 * self.frameWidth() + 8)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def align_captions(groups: list[QGroupBox]) -> None:
    """The captions (labels with a buddy) of forms stacked in one column get one width, so
    their fields line up."""
    captions = [
        caption
        for group in groups
        for caption in group.findChildren(QLabel)
        if caption.buddy() is not None
    ]
    width = max((caption.sizeHint().width() for caption in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(width)


def save_cancel_buttons(
    dialog: QDialog, save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The buttons under a form and its Save button: Save (Alt+S, the default button) calls
    `save`, which closes the dialog once the form is stored; Cancel rejects the dialog."""
    buttons = QDialogButtonBox(dialog)
    buttons.setObjectName("buttons")
    save_button = buttons.addButton(
        QCoreApplication.translate("FormLayout", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    save_button.setObjectName("save")
    save_button.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button
