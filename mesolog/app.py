"""Composition root: chooses the language, opens the clinic's database, logs in, and builds
the window on it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mesolog.domain.errors import KnownError
from mesolog.language.choice import CODES, Language, choose_language
from mesolog.language.preference import OVERRIDE, stored_language, unknown_preference
from mesolog.resource_files import resource
from mesolog.ui.common.app_icon import application_icon
from mesolog.ui.common.translation import shown, window_language
from mesolog.ui.window.start_freeze import freeze_after_first_paint
from mesolog.ui.window.start_shell import StartShell

# The database and the window's rooms are imported once the start shell has painted.
if TYPE_CHECKING:
    from mesolog.services.clinic import Clinic
    from mesolog.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
SHELL_WAIT_MS = 1000


class LogInCancelledError(Exception):
    """The person closed the log-in (or first-account) dialog: mesolog does not open."""


def application(language: str | None = None) -> QApplication:
    """The running QApplication, made if there is none yet, speaking the language chosen
    (`language` when asked for: see `start_language`), carrying mesolog's icon for every
    window and dialog. An application made before (by a test, or a program embedding
    mesolog) is taken as it is."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else _new_application(language)
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())
    return app


def _new_application(language: str | None) -> QApplication:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("mesolog")
    app.setOrganizationName("mesolog")
    # mesolog.desktop's name: Wayland's app id, so the desktop shows the entry's name and icon.
    app.setDesktopFileName("mesolog")
    start_language(app, language)
    return app


def start_language(
    app: QCoreApplication, requested: str | None = None, environ: Mapping[str, str] = os.environ
) -> Language:
    """Chooses the language people read (`requested`, else MESOLOG_LANGUAGE, else this
    workstation's stored choice, else the system's: `mesolog.language.choice`), makes its
    locale the default one (numbers, dates, decimal input) and installs its translations:
    mesolog's own and, for Greek, Qt's own words (standard buttons, context menus, the file
    dialog), which Qt ships no Greek of. A choice named but unknown is passed over, said in
    the log."""
    override = environ.get(OVERRIDE, "")
    if override and override not in CODES:
        log.warning(
            "%s names no language mesolog speaks (%s): passed over", OVERRIDE, ", ".join(CODES)
        )
    unknown = unknown_preference()
    if unknown is not None:
        log.warning(
            "the language kept in %s is not one mesolog speaks (%s): passed over; choose one "
            "in Settings",
            unknown,
            ", ".join(CODES),
        )
    chosen = choose_language(requested, stored_language(), environ)
    QLocale.setDefault(QLocale(chosen.qt_locale))
    for path in translation_files(chosen.code):
        translator = QTranslator(app)
        if not (translator.load(str(path)) and app.installTranslator(translator)):
            log.warning("the translation %s could not be loaded", path)
    return chosen


def translation_files(code: str) -> list[Path]:
    """The compiled translations of the language `code` mesolog ships: Qt's own words in it
    (none for English, Qt's own language) and mesolog's (for English, its plurals). One not
    built (a checkout where `tools/translations.sh release` never ran) is said in the log,
    and its words stay English."""
    names = ([] if code == "en" else [f"qtbase_{code}.qm"]) + [f"mesolog_{code}.qm"]
    found = []
    for name in names:
        try:
            found.append(resource("translations", name))
        except FileNotFoundError as missing:
            log.warning("%s: run tools/translations.sh release", missing)
    return found


def window_on(clinic: Clinic, *, user: str | None = None) -> MainWindow:
    """The main window on an open clinic, logged in: as `user` when given (someone who has
    authenticated already), else through the log-in dialog when the database has accounts,
    else as before accounts existed. The window owns the clinic; if no window opens (the
    log-in was cancelled: LogInCancelledError), the clinic is closed."""
    from mesolog.ui.window.main_window import MainWindow

    try:
        if user is not None:
            clinic.act_as(user)
        elif clinic.account is None and clinic.accounts.has_accounts():
            from mesolog.ui.accounts.log_in_dialog import LogInDialog

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
    from mesolog.services.clinic import Clinic

    application()
    return window_on(Clinic.open(database_url, passphrase=passphrase), user=user)


def open_clinic(database: str | None) -> Clinic | None:
    """The clinic's database, asking for its passphrase while it is encrypted and the
    passphrase is missing or wrong; None when the person cancelled."""
    from mesolog.services.clinic import Clinic, PassphraseNeededError, WrongDatabasePassphraseError
    from mesolog.ui.records.passphrase_dialog import ask_passphrase

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
    from mesolog.ui.accounts.first_account_dialog import FirstAccountDialog

    dialog = FirstAccountDialog(clinic)
    return bool(dialog.exec()) and clinic.account is not None


def run_gui(database: str | None, *, language: str | None = None) -> int:
    """mesolog's window on `database`, in `language` when asked for (`el`, `en`), until it
    is closed; the exit status. The start shell paints first; the database is opened and
    the window built once it has (what was typed into its search field is kept)."""
    app = application(language)
    # The idle lock hides every window for a while: only closing the main window ends mesolog.
    app.setQuitOnLastWindowClosed(False)
    shell = StartShell()
    failed: list[BaseException] = []
    started: list[bool] = []

    def build() -> None:
        if started:
            return
        started.append(True)
        try:
            code = _open_window(app, shell, database)
        except BaseException as error:
            failed.append(error)
            code = 1
        if code is not None:
            shell.close()
            app.exit(code)

    shell.painted.connect(lambda: QTimer.singleShot(0, build))
    # A shell that is never painted (started minimised, on another desktop) does not wait.
    QTimer.singleShot(SHELL_WAIT_MS, build)
    shell.show()
    code = app.exec()
    if failed:
        raise failed[0]
    return code


def _open_window(app: QApplication, shell: StartShell, database: str | None) -> int | None:
    """Opens the database and the window in place of `shell`; the exit status when no window
    opens (cancelled, or a known error said), None once it has."""
    try:
        clinic = open_clinic(database)
    except KnownError as error:
        QMessageBox.critical(None, "mesolog", shown(error.text))
        return 1
    if clinic is None:
        return 0
    try:
        if not first_account(clinic):
            clinic.close()
            return 0
        clinic.templates.add_shipped(window_language())
        window = window_on(clinic)
    except LogInCancelledError:
        return 0
    except KnownError as error:
        clinic.close()
        QMessageBox.critical(None, "mesolog", shown(error.text))
        return 1
    window.closed.connect(app.quit)
    typed = shell.search_field.text()
    if typed:
        window.search_field.setText(typed)
    freeze_after_first_paint(window)
    window.show()
    window.search_field.setFocus()
    shell.close()
    window.offer_recovered_drafts()
    from mesolog.ui.records.backup_actions import daily_backup_at_start  # cryptography

    daily_backup_at_start(window, clinic)
    return None
