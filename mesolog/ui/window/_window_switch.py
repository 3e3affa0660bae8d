"""Switch User: the open session editors are closed first (one with changes asks, as its
Cancel does), then the account that takes over logs in (audited as a switch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from mesolog.ui.sessions.session_editor import SessionEditor


def close_editors(editors: Sequence[SessionEditor]) -> bool:
    """Closes each editor as its Cancel does; False, with that editor on top, as soon as
    one stays open (its changes were kept when asked)."""
    for editor in editors:
        editor.reject()
        if editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return False
    return True


def log_in_other(parent: QWidget, clinic: Clinic) -> bool:
    """Whether another account logged in (a wrong password is refused in the dialog)."""
    from mesolog.ui.accounts.log_in_dialog import LogInDialog

    dialog = LogInDialog(clinic, parent, switching=True)
    return bool(dialog.exec()) and dialog.account is not None
