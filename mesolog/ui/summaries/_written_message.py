"""Where summaries go: the folder the save dialog opens in (the last one used, at first
the Documents folder), and the message that says where a summary went, with Open and
Show in Folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from mesolog.ui.settings.settings_dialog import workstation_settings

FOLDER_KEY = "summaries/last_folder"


def summary_folder() -> Path:
    """The folder of the last summary written here, while it exists; else Documents."""
    kept = str(workstation_settings().value(FOLDER_KEY, "") or "")
    if kept and Path(kept).is_dir():
        return Path(kept)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def remember_folder(folder: Path) -> None:
    settings = workstation_settings()
    settings.setValue(FOLDER_KEY, str(folder))
    settings.sync()


class WrittenMessage(QMessageBox):
    """ "The patient copy … (2 photos, 1.2 MB) was written to <path>", with Open (the
    default), Show in Folder and Close; it does not block the window."""

    def __init__(
        self, parent: QWidget, written: Path, what: str, *, size: int, photos: int = 0
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary_written")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Treatment summary written"))
        amount = QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        if photos:
            counted = (
                self.tr("1 photo, %1") if photos == 1 else self.tr("%n photos, %1", "", photos)
            )
            amount = counted.replace("%1", amount)
        words = self.tr("%1 (%2) was written to:").replace("%1", what).replace("%2", amount)
        self.setText(words)
        self.setInformativeText(str(written))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written = written
        self.open_button = self.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(
            self.tr("Show in &Folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))
        elif button is self.folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


def show_written(
    parent: QWidget, written: Path, what: str, *, size: int, photos: int = 0
) -> WrittenMessage:
    """Shows the message (window-modal, not blocking) and returns it."""
    message = WrittenMessage(parent, written, what, size=size, photos=photos)
    message.open()
    return message
