"""This computer's own settings store (QSettings): what belongs to one workstation rather
than to the clinic, such as its clinician while there are no accounts, where its window
stood, or the character its barcode scanner sends between a code's fields."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "mesolog"
APPLICATION = "mesolog"


def workstation_settings() -> QSettings:
    """This computer's settings for mesolog (the same store as the application's QSettings())."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
