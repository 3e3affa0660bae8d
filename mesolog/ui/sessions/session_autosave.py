"""Keeping what is typed in the session editor: a copy stored two seconds after each change,
offered back after a crash, forgotten once the session is saved or thrown away.

A copy of a saved draft also records what it was typed on (`base`: the draft's version and
entry as the editor read them), so that the draft recovered after a crash is saved on that
entry: a change made on another workstation between the crash and the recovery is then
merged or shown beside what was typed, never written over (services.conflicts). A copy kept
by a mesolog from before has no base: it counts as typed on the draft as stored when it is
recovered, and the editor says so.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import Session
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_time
from mesolog.ui.common.translation import shown
from mesolog.ui.sessions._entry_json import entry_from_json, entry_json

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
BASE = "base"
"""The payload's key for what the copy was typed on."""


def with_base(payload: dict[str, Any], read: Session | None) -> dict[str, Any]:
    """The editor's `payload` with the draft it was filled from (`read`: None for a new one)."""
    if read is None:
        return payload
    return {**payload, BASE: {"version": read.version, "entry": entry_json(read.entry)}}


def typed_on(stored: Session, payload: dict[str, Any]) -> Session | None:
    """The draft `stored` as the recovered copy `payload` was typed on (its version and entry
    then), to save the copy on; None when the copy does not say (kept before copies did),
    and for a session signed or voided since (it opens as it is now, read-only)."""
    base = payload.get(BASE)
    if stored.status is not SessionStatus.DRAFT or stored.voiding is not None:
        return None
    if not isinstance(base, dict):
        return None
    try:
        version = base["version"]
        entry = entry_from_json(base["entry"])
    except (KeyError, TypeError, ValueError):
        log.warning("the kept copy's base is not one mesolog wrote; using the draft as stored")
        return None
    if not isinstance(version, int) or isinstance(version, bool):
        return None
    return replace(stored, entry=entry, version=version)


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
            self.status.emit(self.tr("Could not keep a copy: %1").replace("%1", shown(error.text)))
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
