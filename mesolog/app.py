"""Composition root: opens the clinic's database, logs in, and builds the window on it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic, PassphraseNeededError, WrongDatabasePassphraseError
from mesolog.ui.accounts.first_account_dialog import FirstAccountDialog
from mesolog.ui.accounts.log_in_dialog import LogInDialog
from mesolog.ui.common.app_icon import application_icon
from mesolog.ui.records.backup_actions import daily_backup_at_start
from mesolog.ui.records.passphrase_dialog import ask_passphrase
from mesolog.ui.window.main_window import MainWindow


class LogInCancelledError(Exception):
    """The person closed the log-in (or first-account) dialog: mesolog does not open."""


def application() -> QApplication:
    """The running QApplication, made (with Qt's own translations) if there is none yet,
    carrying mesolog's icon for every window and dialog."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else _new_application()
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())
    return app


def _new_application() -> QApplication:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("mesolog")
    app.setOrganizationName("mesolog")
    # mesolog.desktop's name: Wayland's app id, so the desktop shows the entry's name and icon.
    app.setDesktopFileName("mesolog")
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
    return app


def window_on(clinic: Clinic, *, user: str | None = None) -> MainWindow:
    """The main window on an open clinic, logged in: as `user` when given (someone who has
    authenticated already), else through the log-in dialog when the database has accounts,
    else as before accounts existed. The window owns the clinic; if no window opens (the
    log-in was cancelled: LogInCancelledError), the clinic is closed."""
    try:
        if user is not None:
            clinic.act_as(user)
        elif clinic.account is None and clinic.accounts.has_accounts():
            dialog = LogInDialog(clinic)
            if not dialog.exec() or clinic.account is None:
                raise LogInCancelledError("The log-in was cancelled.")
        window = MainWindow(clinic)
    except BaseException:
        clinic.close()
        raise
    window.closed.connect(clinic.close)
    return window


def build_main_window(
    database_url: str | None = None, *, user: str | None = None, passphrase: str | None = None
) -> MainWindow:
    """The main window wired to that database (a file path or URL), for tests and embedding.

    Given `user` (a username), it opens as that account, logged in; without one it shows
    the log-in first when the database has accounts (LogInCancelledError if cancelled), and
    opens directly when it has none. `passphrase` opens an encrypted database. The window
    owns the clinic: closing the window closes the database.
    """
    application()
    return window_on(Clinic.open(database_url, passphrase=passphrase), user=user)


def open_clinic(database: str | None) -> Clinic | None:
    """The clinic's database, asking for its passphrase while it is encrypted and the
    passphrase is missing or wrong; None when the person cancelled."""
    passphrase: str | None = None
    while True:
        try:
            return Clinic.open(database, passphrase=passphrase)
        except (PassphraseNeededError, WrongDatabasePassphraseError) as error:
            passphrase = ask_passphrase(
                None,
                error.location,
                wrong=isinstance(error, WrongDatabasePassphraseError),
                database=True,
            )
            if passphrase is None:
                return None


def first_account(clinic: Clinic) -> bool:
    """On a database without accounts, asks for the first admin and logs in as them; False
    if that was cancelled. True at once when the database has accounts."""
    if clinic.accounts.has_accounts():
        return True
    dialog = FirstAccountDialog(clinic)
    return bool(dialog.exec()) and clinic.account is not None


def run_gui(database: str | None) -> int:
    app = application()
    try:
        clinic = open_clinic(database)
    except KnownError as error:
        QMessageBox.critical(None, "mesolog", str(error))
        return 1
    if clinic is None:
        return 0
    try:
        if not first_account(clinic):
            clinic.close()
            return 0
        clinic.templates.add_shipped()
        window = window_on(clinic)
    except LogInCancelledError:
        return 0
    except KnownError as error:
        clinic.close()
        QMessageBox.critical(None, "mesolog", str(error))
        return 1
    # The idle lock hides every window for a while: only closing this one ends mesolog.
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(app.quit)
    window.show()
    window.offer_recovered_drafts()
    daily_backup_at_start(window, clinic)
    return app.exec()
