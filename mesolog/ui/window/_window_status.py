"""The main window's status bar: how many patients are shown, who is logged in (again
after Switch User), and where the database is."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from mesolog.services.clinic import Clinic
from mesolog.ui.common.forms import named
from mesolog.ui.common.labels import role_label


class WindowStatus(QObject):
    """The status bar's labels on `window`."""

    def __init__(self, window: QMainWindow, clinic: Clinic) -> None:
        super().__init__(window)
        self._clinic = clinic
        status_bar = window.statusBar()
        status_bar.setObjectName("status_bar")
        self.count_label = named(QLabel(status_bar), "patient_count", self.tr("Patients shown"))
        self.database_label = named(QLabel(status_bar), "database_location", self.tr("Database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setText(self.tr("Database: %1").replace("%1", clinic.location))
        self.account_label = named(QLabel(status_bar), "account", self.tr("Logged in"))
        self.account_label.setContentsMargins(12, 0, 12, 0)
        status_bar.addWidget(self.count_label, 1)
        status_bar.addPermanentWidget(self.account_label)
        status_bar.addPermanentWidget(self.database_label)
        self.show_account()

    def show_account(self) -> None:
        account = self._clinic.account
        if account is not None:
            self.account_label.setText(
                self.tr("Logged in: %1 (%2), %3")
                .replace("%1", account.name)
                .replace("%2", account.username)
                .replace("%3", role_label(account.role).lower())
            )
        self.account_label.setVisible(account is not None)
