"""Who changed a record the window edits, in words for the person at the form.

After a save was merged with a change made since its form was read (services.conflicts),
the window says whose change it kept and when ("Kept Dr Eleni Markou's change of phone,
14:02"); a refusal (ConflictError) names the account that changed the record. Both come
from the audit log, which names accounts by their username: here they get the name the
account goes by.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from mesolog.domain.accounts import Permission
from mesolog.domain.conflicts import VersionedRecord
from mesolog.domain.records import ClinicSettings, Course, Patient, Session
from mesolog.persistence import queries
from mesolog.persistence.last_change import CHANGES
from mesolog.persistence.models import AuditEntryRow
from mesolog.services.context import ServiceContext
from mesolog.services.courses import COURSE
from mesolog.services.patients import PATIENT
from mesolog.services.sessions import SESSION
from mesolog.services.settings import SETTINGS

MERGED = "merged, keeping"
"""What the audit entry of a merged save says (services.conflicts.Settled.detail; a
course's entry puts "plan, " before it)."""
LOOKED_AT = 50
"""The newest changes of the record searched for the merged save."""


@dataclass(frozen=True, slots=True)
class Change:
    by: str
    """The account's name (its username when it has no account: the OS user)."""
    at: dt.datetime
    """When (UTC)."""


class RecordChanges:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def name_of(self, actor: str) -> str:
        """The name of the account the audit log calls `actor`; `actor` itself without one."""
        with self._ctx.db.read() as s:
            row = queries.account_by_username(s, actor)
            return row.name if row is not None else actor

    def kept_by_merge(self, record: VersionedRecord) -> Change | None:
        """The change a save of this actor's kept by merging: the newest change of `record`
        before this actor's newest merged save of it; None when there is none."""
        entity, entity_uuid = _audited_as(record)
        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.RECORD)
            statement = select(
                AuditEntryRow.actor, AuditEntryRow.occurred_at, AuditEntryRow.detail
            ).where(
                AuditEntryRow.entity == entity,
                AuditEntryRow.action.in_([action.value for action in CHANGES]),
            )
            if entity_uuid is not None:
                statement = statement.where(AuditEntryRow.entity_uuid == entity_uuid)
            newest_first = s.execute(
                statement.order_by(AuditEntryRow.id.desc()).limit(LOOKED_AT)
            ).all()
            merged = next(
                (
                    place
                    for place, entry in enumerate(newest_first)
                    if entry.actor == self._ctx.actor and MERGED in entry.detail
                ),
                None,
            )
            if merged is None or merged + 1 >= len(newest_first):
                return None
            kept = newest_first[merged + 1]
            account = queries.account_by_username(s, kept.actor)
            return Change(account.name if account is not None else kept.actor, kept.occurred_at)


def _audited_as(record: VersionedRecord) -> tuple[str, uuid.UUID | None]:
    """The entity and id under which the audit log names `record`'s changes."""
    if isinstance(record, Patient):
        return PATIENT.entity, record.id
    if isinstance(record, Course):
        return COURSE.entity, record.id
    if isinstance(record, Session):
        return SESSION.entity, record.id
    if isinstance(record, ClinicSettings):
        return SETTINGS.entity, None
    raise TypeError(f"no audited changes for {type(record).__name__}")
