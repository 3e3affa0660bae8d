"""What every service needs: the database, who is acting, and the clock."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.persistence.audit import AuditAction, add_audit_entry
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

    def audit(
        self,
        s: Session,
        action: AuditAction,
        entity: str,
        entity_uuid: uuid.UUID | None = None,
        detail: str = "",
    ) -> None:
        """An audit entry by this actor, now, in the transaction of `s`."""
        add_audit_entry(
            s,
            at=self.now(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            detail=detail,
        )
