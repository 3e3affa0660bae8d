"""The way back when no administrator can log in (locked by failed log-ins, disabled, or a
forgotten password): whoever holds the database recovers an administrator's account.

`mesolog user unlock --as-file-owner NAME` (and `user passwd --as-file-owner NAME`)
acts as no account. It is allowed to the person who holds the database: for an
SQLite file, an operating-system user who may write to it (and who gave its
passphrase, for an encrypted one: it opens with nothing less); on PostgreSQL, a
superuser of the server (not the role owning the tables: in a simple set-up the
workstations connect as that one). Such a person could change the file anyway;
this way the change is mesolog's own, checked and audited, with the operating-system
user as the actor. It is refused while an administrator can still log in (they unlock
accounts; an admin row added or changed with plain SQL is no such administrator: the
log-in refuses it), for an account that is not an administrator's, and for an account
whose row was changed outside mesolog (it would be laundered into the audit log).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import NotFoundError, StateError
from mesolog.persistence import queries
from mesolog.persistence.account_recovery import admin_rows, not_holder_because
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.models import ClinicianRow
from mesolog.services.context import ServiceContext

RECOVERY_COMMAND = "mesolog user unlock --as-file-owner {username}"


def changed_outside(username: str) -> str:
    """The refusal of an account whose row is not what the audit log last recorded."""
    return (
        f"The account {username!r} cannot be used: its record was changed outside mesolog "
        "(it is not what the audit log recorded). An administrator should run "
        "`mesolog audit verify`."
    )


def locked_text(username: str, limit: int, *, now: bool) -> str:
    """The refusal of a locked account, with the ways to unlock it."""
    return (
        f"The account {username!r} is {'now ' if now else ''}locked after {limit} failed "
        "log-ins. An administrator can unlock it (Users, or `mesolog user unlock "
        f"{username} --user ADMIN`); if no administrator can log in, whoever holds the "
        f"database file can: `{RECOVERY_COMMAND.format(username=username)}`."
    )


def can_log_in(s: Session, row: ClinicianRow) -> bool:
    """Whether the log-in would let the account in with its right password: enabled, not
    locked, with a password, and its row what the audit log recorded (one added or
    changed with plain SQL is refused; it must not stand in for a real administrator)."""
    return (
        row.active
        and row.locked_at is None
        and row.password_hash is not None
        and account_matches_audit(s, row)
    )


def recoverable_admin(s: Session, context: ServiceContext, username: str) -> ClinicianRow:
    """The admin account `username`, locked for the transaction, once it is certain that
    the holder of the database may recover it now (see the module's doc)."""
    if context.account is not None:
        raise StateError(
            f"{context.account.username} is logged in: an administrator unlocks accounts in "
            "Users. Recovery as the database's holder acts as no account (leave out --user)."
        )
    refusal = not_holder_because(s, context.db.url)
    if refusal is not None:
        raise AccessDeniedError(
            f"Only whoever holds the database may recover an account this way, and {refusal}."
        )
    admins = admin_rows(s, lock=True)
    others = [r.username for r in admins if r.username != username and can_log_in(s, r)]
    if others:
        raise StateError(
            f"{', '.join(map(repr, others))} can log in as an administrator: ask them to "
            f"unlock or enable {username!r} (Users, or `mesolog user unlock {username} "
            "--user ADMIN`). Recovery as the database's holder is for when no administrator "
            "can log in."
        )
    row = queries.account_by_username(s, username, for_update=True)
    if row is None:
        raise NotFoundError(f"No account has the username {username!r}.")
    if row.role is not Role.ADMIN:
        names = ", ".join(repr(r.username) for r in admins) or "none"
        raise StateError(
            f"{username!r} is not an administrator's account. Recover an administrator's "
            f"account (the administrators: {names}); they then manage the others."
        )
    if not account_matches_audit(s, row):
        raise StateError(changed_outside(username))
    return row
