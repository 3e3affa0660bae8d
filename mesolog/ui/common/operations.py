"""Running a change from the window: known errors shown, bugs reported, views told.

As Anki does it: a widget asks for a change, the operation runs it, shows a known
error to the user in the window's language (nothing was written), and on success
announces that records changed, so every view refreshes itself instead of being poked
one by one.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mesolog.domain.errors import KnownError, ValidationError
from mesolog.ui.common.translation import shown

T = TypeVar("T")
log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One per window: `changed` fires after any successful change to the records;
    `changed_elsewhere` when another workstation's changes were seen (ui/common/live_changes)."""

    changed = Signal()
    changed_elsewhere = Signal(object)
    """The `Changes` (services.live_changes): the patients, kinds and records touched."""


def run_change(parent: QWidget, bus: ChangeBus, change: Callable[[], T], *, title: str) -> T | None:
    """Runs `change`; returns its result, or None after telling the user what went wrong.

    A ValidationError is not handled here: forms catch it to show it beside the fields.
    """
    try:
        result = change()
    except ValidationError:
        raise
    except KnownError as error:
        QMessageBox.warning(parent, title, shown(error.text))
        return None
    except Exception:
        log.exception("unexpected error in %s", title)
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "Operations",
                "Something went wrong inside mesolog (a bug). Nothing was saved.\n\n%1",
            ).replace("%1", traceback.format_exc(limit=3)),
        )
        return None
    bus.changed.emit()
    return result
