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
from mesolog.domain.texts import Text, phrase
from mesolog.persistence import queries
from mesolog.persistence.account_recovery import admin_rows, not_holder_because
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.models import ClinicianRow
from mesolog.services.context import ServiceContext


def changed_outside(username: str) -> Text:
    """The refusal of an account whose row is not what the audit log last recorded."""
    return phrase(
        "Accounts",
        "The account {username} cannot be used: its record was changed outside mesolog "
        "(it is not what the audit log recorded). An administrator should run "
        "`mesolog audit verify`.",
    ).having(username=repr(username))


def locked_text(username: str, limit: int, *, now: bool) -> Text:
    """The refusal of a locked account, with the ways to unlock it."""
    if now:
        locked = phrase(
            "Accounts",
            "The account {username} is now locked after {limit} failed log-ins. An "
            "administrator can unlock it (Users, or `mesolog user unlock {name} --user "
            "ADMIN`); if no administrator can log in, whoever holds the database file can: "
            "`mesolog user unlock --as-file-owner {name}`.",
        )
    else:
        locked = phrase(
            "Accounts",
            "The account {username} is locked after {limit} failed log-ins. An "
            "administrator can unlock it (Users, or `mesolog user unlock {name} --user "
            "ADMIN`); if no administrator can log in, whoever holds the database file can: "
            "`mesolog user unlock --as-file-owner {name}`.",
        )
    return locked.having(username=repr(username), limit=limit, name=username)


def no_such_account(username: str) -> Text:
    return phrase("Accounts", "No account has the username {username}.").having(
        username=repr(username)
    )


def nothing_to_recover(username: str) -> Text:
    return phrase(
        "Accounts",
        "The account {username} is neither locked nor disabled; nothing was changed. To give "
        "it a new password: `mesolog user passwd --as-file-owner {name}`.",
    ).having(username=repr(username), name=username)


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
            phrase(
                "Accounts",
                "{username} is logged in: an administrator unlocks accounts in Users. Recovery "
                "as the database's holder acts as no account (leave out --user).",
            ).having(username=context.account.username)
        )
    refusal = not_holder_because(s, context.db.url)
    if refusal is not None:
        raise AccessDeniedError(
            phrase(
                "Accounts",
                "Only whoever holds the database may recover an account this way, and {why}.",
            ).having(why=refusal)
        )
    admins = admin_rows(s, lock=True)
    others = [r.username for r in admins if r.username != username and can_log_in(s, r)]
    if others:
        raise StateError(
            phrase(
                "Accounts",
                "{others} can log in as an administrator: ask them to unlock or enable "
                "{username} (Users, or `mesolog user unlock {name} --user ADMIN`). Recovery "
                "as the database's holder is for when no administrator can log in.",
            ).having(others=", ".join(map(repr, others)), username=repr(username), name=username)
        )
    row = queries.account_by_username(s, username, for_update=True)
    if row is None:
        raise NotFoundError(no_such_account(username))
    if row.role is not Role.ADMIN:
        names = ", ".join(repr(r.username) for r in admins) or phrase("Accounts", "none")
        raise StateError(
            phrase(
                "Accounts",
                "{username} is not an administrator's account. Recover an administrator's "
                "account (the administrators: {names}); they then manage the others.",
            ).having(username=repr(username), names=names)
        )
    if not account_matches_audit(s, row):
        raise StateError(changed_outside(username))
    return row
