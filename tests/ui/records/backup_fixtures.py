"""What the backup and restore tests share: a patient added, a passphrase, and acting on
a modal dialog once it is up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic

PASSPHRASE = "Ωραία μέρα για αντίγραφα"


def add_patient(clinic: Clinic, family: str) -> None:
    clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 1)))


def when_shown(kind: type[QDialog], act: Callable[[Any], None], *, then: Any = None) -> list[str]:
    """Acts on the modal dialog of `kind` once it is up (exec() blocks until it closes);
    gives up after 10 s, leaving a note for the test to find."""
    failures: list[str] = []
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
            if then is not None:
                then()
        elif tries[0] < 1000:
            tries[0] += 1
            QTimer.singleShot(10, poll)
        else:
            failures.append(f"no {kind.__name__} was shown")

    QTimer.singleShot(0, poll)
    return failures
