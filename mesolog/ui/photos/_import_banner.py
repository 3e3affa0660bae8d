"""The photos pane's import folder: the button that chooses it (this workstation's
setting) and the line that offers the new photos in it: "3 new photos in the import folder —
Assign…"."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from mesolog.ui.common.forms import named
from mesolog.ui.photos.import_folder import FolderWatch, import_folder, set_import_folder

BANNER_STYLE = "QFrame#import_banner { background: #fff8e1; border: 1px solid #ffcc80; }"


class ImportBanner(QFrame):
    """Shown while the import folder holds new photos (or cannot be read)."""

    assign_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, watch: FolderWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.watch = watch if watch is not None else FolderWatch(self)
        if self.watch.parent() is None:
            # a watch nobody owns would go on polling, and signalling, after the banner is gone
            self.watch.setParent(self)
        self._enabled = True
        self.text = named(QLabel(self), "import_text", self.tr("Import folder"))
        self.text.setWordWrap(True)
        self.assign_button = named(
            QPushButton(self.tr("A&ssign…"), self),
            "assign_imports",
            self.tr("Assign the new photos"),
        )
        self.assign_button.setAutoDefault(False)
        self.assign_button.clicked.connect(self.assign_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.assign_button)

        self.folder_button = named(
            QPushButton(self.tr("Import Folder"), parent),
            "import_folder",
            self.tr("Import folder"),
        )
        self.folder_button.setAutoDefault(False)
        menu = QMenu(self.folder_button)
        self.choose_action = menu.addAction(self.tr("Choose Import Folder…"), self.choose_folder)
        self.choose_action.setObjectName("choose_import_folder")
        self.stop_action = menu.addAction(self.tr("Stop Using the Import Folder"), self.stop)
        self.stop_action.setObjectName("stop_import_folder")
        self.folder_button.setMenu(menu)
        self.watch.offered.connect(self._show)
        self.watch.problem_changed.connect(self._problem_changed)
        self.watch.watch(import_folder())
        self._show()

    def set_enabled(self, enabled: bool) -> None:
        """Whether new photos may be assigned now (a patient open, allowed to record)."""
        self._enabled = enabled
        self._show()

    def choose_folder(self) -> None:
        current = self.watch.folder
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Import folder: where a tablet or camera puts new photos"),
            str(current) if current is not None else "",
        )
        if chosen:
            self.use(Path(chosen))

    def use(self, folder: Path) -> None:
        set_import_folder(folder)
        self.watch.watch(folder)
        self._show()

    def stop(self) -> None:
        set_import_folder(None)
        self.watch.watch(None)
        self._show()

    def take_added(self, paths: Iterable[Path]) -> None:
        """Files just added: those of the import folder move to its "imported" subfolder."""
        folder = self.watch.folder
        for path in paths:
            if folder is not None and path.parent == folder:
                self.watch.take(path)

    def _problem_changed(self, _problem: str) -> None:
        self._show()

    def _show(self) -> None:
        folder = self.watch.folder
        self.stop_action.setEnabled(folder is not None)
        tip = (
            self.tr("Photos put in %1 are offered here.").replace("%1", str(folder))
            if folder is not None
            else self.tr("No import folder is chosen on this workstation.")
        )
        self.folder_button.setToolTip(tip)
        count = len(self.watch.ready())
        problem = self.watch.problem
        if folder is not None and problem:
            self.text.setText(
                self.tr("The import folder %1 cannot be read: %2.")
                .replace("%1", str(folder))
                .replace("%2", problem)
            )
            self.assign_button.hide()
            self.setVisible(True)
            return
        if count == 1:
            words = self.tr("1 new photo in the import folder")
        else:
            words = self.tr("%n new photos in the import folder", "", count)
        self.text.setText(words)
        self.assign_button.show()
        self.assign_button.setEnabled(self._enabled)
        self.setVisible(bool(count))
