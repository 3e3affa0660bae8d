"""What every service needs: the database, who is acting, and the clock."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from mesolog.domain.accounts import PERMISSIONS, ROLE_DOES, AccessDeniedError, Account, Permission
from mesolog.domain.texts import phrase
from mesolog.persistence import queries
from mesolog.persistence.account_audit import RecordedAccount, recorded_account
from mesolog.persistence.audit import AuditAction, add_audit_entry
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.digests import record_digest
from mesolog.persistence.mapping import void_row
from mesolog.persistence.models import ClinicianRow, CourseRow, PatientRow, SessionRow

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    db: Database
    actor: str
    """Who the audit log names: the account's username once logged in; else the OS user."""
    clock: Clock = utc_now
    account: Account | None = None
    """The logged-in account; None on a database without accounts, or for maintenance."""
    recorded: dict[uuid.UUID, RecordedAccount] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Per account, what the audit log recorded of it as far as `require` has read the log
    (it reads on from there: the log only grows). Facts of the log, shared by the
    contexts made from this one."""

    def require_when_logged_in(self, s: Session, permission: Permission) -> None:
        """Like `require` for a logged-in account; without one (maintenance on the command
        line, by whoever may open the file) nothing is checked."""
        if self.account is not None:
            self.require(s, permission)

    def require(self, s: Session, permission: Permission) -> None:
        """Refuses (AccessDeniedError) unless the account, as stored now, may do this. Without an
        account, only a database that has no accounts yet is open to everyone.

        The account's row must still be what the audit log last recorded of it, with the
        role it logged in with: a role raised with plain SQL gives nothing to a session
        logged in already (nor, by the log-in's own check, to a new one)."""
        if self.account is None:
            if queries.has_accounts(s):
                raise AccessDeniedError(
                    phrase("Accounts", "This database has accounts: log in to {action}.").having(
                        action=ROLE_DOES[permission]
                    )
                )
            return
        username = self.account.username
        row = queries.account_by_username(s, username)
        if row is None or not row.active or row.locked_at is not None:
            raise AccessDeniedError(
                phrase(
                    "Accounts", "The account {username} was disabled or locked; log in again."
                ).having(username=repr(username))
            )
        if row.role is not self.account.role or not self._as_recorded(s, row):
            raise AccessDeniedError(
                phrase(
                    "Accounts",
                    "The account {username} cannot act: its record was changed outside mesolog "
                    "(it is not what the audit log recorded, or not the role it logged in with). "
                    "An administrator should run `mesolog audit verify`.",
                ).having(username=repr(username))
            )
        if permission not in PERMISSIONS[row.role]:
            raise AccessDeniedError(
                phrase("Accounts", "{name} has the role {role}, which may not {action}.").having(
                    name=row.name, role=row.role, action=ROLE_DOES[permission]
                )
            )

    def _as_recorded(self, s: Session, row: ClinicianRow) -> bool:
        """Whether the account's row is what the audit log last recorded of it (as
        persistence.audit_records.account_matches_audit answers), reading only the
        entries written since the last call."""
        recorded = recorded_account(s, row.uuid, self.recorded.get(row.uuid))
        self.recorded[row.uuid] = recorded
        return recorded.digest is not None and recorded.digest == record_digest(row)

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
        *,
        record: Base | None = None,
        before: str | None = None,
        actor: str | None = None,
    ) -> None:
        """An audit entry by this actor (or `actor`), now, in the transaction of `s`.

        With `record` (the row as changed) the entry holds its digest after the change,
        `before` its digest from before (see persistence.digests), and the patient the
        record belongs to.
        """
        if record is not None:
            s.flush()
        self._append(
            s, action, entity, entity_uuid, detail, record=record, before=before, actor=actor
        )

    def void(
        self, s: Session, row: PatientRow | CourseRow | SessionRow, entity: str, reason: str
    ) -> None:
        """Voids a clinical record now, by this actor, for `reason` (checked already), and
        audits it."""
        before = record_digest(row)
        void_row(row, at=self.now(), by=self.actor, reason=reason)
        self.audit(s, AuditAction.VOID, entity, record=row, before=before)

    def audit_all(
        self, s: Session, action: AuditAction, records: Sequence[tuple[str, Base, str]]
    ) -> None:
        """One entry per (entity, row, detail), each with the row's digest, after one flush."""
        s.flush()
        for entity, record, detail in records:
            self._append(s, action, entity, None, detail, record=record, before=None, actor=None)

    def _append(
        self,
        s: Session,
        action: AuditAction,
        entity: str,
        entity_uuid: uuid.UUID | None,
        detail: str,
        *,
        record: Base | None,
        before: str | None,
        actor: str | None,
    ) -> None:
        after, patient_uuid = None, None
        if record is not None:
            after = record_digest(record)
            entity_uuid = entity_uuid or getattr(record, "uuid", None)
            patient_uuid = patient_of(record)
        add_audit_entry(
            s,
            at=self.now(),
            actor=actor or self.actor,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            detail=detail,
            patient_uuid=patient_uuid,
            before_digest=before,
            after_digest=after,
        )


def patient_of(record: Base) -> uuid.UUID | None:
    """The patient a clinical record belongs to (None for settings and clinicians)."""
    if isinstance(record, PatientRow):
        return record.uuid
    patient = getattr(record, "patient", None)
    return patient.uuid if isinstance(patient, PatientRow) else None
