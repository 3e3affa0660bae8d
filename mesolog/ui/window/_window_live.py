"""The window follows other workstations' changes (ui/common/live_changes): the lists and the
open record read again what another workstation changed, not while the window is locked,
never after it closed."""

from __future__ import annotations

from typing import Any, Protocol

from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.idle_lock import IdleLock
from mesolog.ui.common.live_changes import LiveChanges
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_lists import PatientLists


class _Window(Protocol):
    @property
    def clinic(self) -> Clinic: ...

    bus: ChangeBus
    lists: PatientLists
    idle_lock: IdleLock
    closed: Any


def follow_changes(window: _Window) -> LiveChanges:
    """Started now; the record and the session editors listen to the bus themselves."""
    live = LiveChanges(window.clinic, window.bus, window.lists)
    window.bus.changed_elsewhere.connect(window.lists.changed_elsewhere)
    window.idle_lock.locked.connect(live.pause)
    window.idle_lock.unlocked.connect(live.resume)
    window.closed.connect(live.stop)
    live.start()
    return live
