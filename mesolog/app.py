"""Composition root: opens the clinic's database and builds the window on it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.main_window import MainWindow


def application() -> QApplication:
    """The running QApplication, made (with Qt's own translations) if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("mesolog")
    app.setOrganizationName("mesolog")
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
    return app


def build_main_window(database_url: str | None = None) -> MainWindow:
    """The main window wired to that database (a file path or URL), for tests and embedding.

    The window owns the clinic: closing the window closes the database.
    """
    application()
    clinic = Clinic.open(database_url)
    window = MainWindow(clinic)
    window.closed.connect(clinic.close)
    return window


def run_gui(database: str | None) -> int:
    app = application()
    try:
        window = build_main_window(database)
    except KnownError as error:
        QMessageBox.critical(None, "mesolog", str(error))
        return 1
    window.show()
    window.offer_recovered_drafts()
    return app.exec()
