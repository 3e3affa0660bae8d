"""Keeping what is typed in the session editor: a copy stored two seconds after each change,
offered back after a crash, forgotten once the session is saved or thrown away."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_time

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000


class SessionAutosave(QObject):
    """Stores `payload()` under `key` when `changed()` has not been called for a while."""

    status = Signal(str)
    """What became of the last copy, in words for the status line."""

    def __init__(
        self,
        clinic: Clinic,
        key: uuid.UUID,
        *,
        patient_id: PatientId,
        session_id: Callable[[], SessionId | None],
        payload: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.key = key
        self._patient_id = patient_id
        self._session_id = session_id
        self._payload = payload
        self.timer = QTimer(self)
        self.timer.setObjectName("autosave_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.keep)

    def changed(self) -> None:
        """Something was typed: keep a copy once the typing pauses."""
        self.timer.start()

    def keep(self) -> None:
        text = json.dumps(self._payload(), ensure_ascii=False)
        try:
            self._clinic.editor_drafts.keep(
                self.key, patient_id=self._patient_id, session_id=self._session_id(), payload=text
            )
        except KnownError as error:
            self.status.emit(self.tr("Could not keep a copy: %1").replace("%1", str(error)))
            return
        except Exception:
            log.exception("keeping the session editor's draft")
            self.status.emit(self.tr("Could not keep a copy (a bug; see the log)."))
            return
        at = self._clinic.context.now().astimezone()
        self.status.emit(self.tr("Kept at %1").replace("%1", shown_time(at.time())))

    def discard(self) -> None:
        """The session was saved or thrown away: no copy is needed any more."""
        self.timer.stop()
        try:
            self._clinic.editor_drafts.discard(self.key)
        except KnownError:
            log.warning("could not discard the editor draft %s", self.key, exc_info=True)
