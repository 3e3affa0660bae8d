"""Other workstations' changes, shown without a click (scale plan §3.2): the change feed
(services.live_changes) woken by its socket on PostgreSQL (QSocketNotifier) or asked every
half second on SQLite (QTimer), its answers sent as `ChangeBus.changed_elsewhere`.

The views decide what to read again: the lists re-read the rows they hold, the open record
reloads when its patient changed, an open session editor only says so."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.services.live_changes import ChangeFeed, follow_changes
from mesolog.ui.common.operations import ChangeBus

POLL_MS = 500
"""SQLite: how often the file is asked (2 µs a time); PostgreSQL: how often the feed checks
that it still listens and reads the log now and then without a notification."""
log = logging.getLogger(__name__)


class LiveChanges(QObject):
    """Follows `clinic`'s database for `bus` while started and not paused."""

    def __init__(self, clinic: Clinic, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._bus = bus
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._paused = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.look)

    @property
    def following(self) -> bool:
        return self._feed is not None and self._paused == 0

    def start(self) -> None:
        """Follows the changes made from now on (nothing when the database cannot say)."""
        if self._feed is not None:
            return
        try:
            self._feed = follow_changes(self._clinic.context)
        except KnownError:
            log.warning("other workstations' changes are not followed", exc_info=True)
            return
        self._timer.start()
        self._watch_socket()

    def stop(self) -> None:
        self._timer.stop()
        self._drop_notifier()
        feed, self._feed = self._feed, None
        if feed is not None:
            feed.close()

    def pause(self) -> None:
        """Locked or handing over to another account: nothing is read or shown meanwhile,
        until as many `resume`s (a switch of account from the lock: two pauses)."""
        self._paused += 1
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # else an unread socket wakes it again and again

    def resume(self) -> None:
        """What changed while paused is shown at once."""
        self._paused = max(0, self._paused - 1)
        if self._feed is None or self._paused:
            return
        self._timer.start()
        if self._notifier is not None:
            self._notifier.setEnabled(True)
        self.look()

    def look(self) -> None:
        feed = self._feed
        if feed is None or self._paused:
            return
        try:
            changes = feed.changes()
        except KnownError:
            log.warning("reading other workstations' changes failed", exc_info=True)
            return
        self._watch_socket()  # the listening connection may have been made again
        if changes is not None:
            self._bus.changed_elsewhere.emit(changes)

    def _watch_socket(self) -> None:
        feed = self._feed
        socket = None if feed is None else feed.socket
        if self._notifier is not None and self._notifier.socket() == socket:
            return
        self._drop_notifier()
        if socket is not None:
            self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.look)

    def _drop_notifier(self) -> None:
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
