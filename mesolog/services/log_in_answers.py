"""What a log-in answers, apart from what it records: services.accounts audits each
refusal; on a full disk, where nothing can be recorded, the same answers come alone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.domain.accounts import LOCK_AFTER, Account, LogInRefusedError
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.models import ClinicianRow
from mesolog.services.account_recovery import changed_outside, locked_text


@dataclass(frozen=True, slots=True)
class ReadingLogIn:
    """A log-in for a command that only reads."""

    account: Account
    recorded: bool
    """False when the database's disk was full: the log-in is not in the audit log."""


def too_soon(wait: int) -> LogInRefusedError:
    return LogInRefusedError(f"Too many failed log-ins: wait {wait} seconds before trying again.")


def state_refusal(s: Session, row: ClinicianRow) -> tuple[str, str] | None:
    """Why the right password does not let the account in (the reason audited, the answer);
    None when it does."""
    username = row.username or ""
    if not account_matches_audit(s, row):
        return "record changed outside mesolog", changed_outside(username)
    if row.locked_at is not None:
        return "locked", locked_text(username, LOCK_AFTER, now=False)
    if not row.active:
        return "disabled", f"The account {username!r} is disabled; an administrator can enable it."
    return None
