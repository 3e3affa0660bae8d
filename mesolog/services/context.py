"""What every service needs: the database, who is acting, and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from mesolog.persistence.database import Database

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    db: Database
    actor: str
    """Who the audit log names: the clinician in the window, the OS user on the command line."""
    clock: Clock = utc_now

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """Today in the workstation's time zone."""
        return self.clock().astimezone().date()
