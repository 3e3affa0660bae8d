"""Accounts: the first admin, log-in with slow-down and lock-out, and what admins do
with accounts. Every log-in, failed log-in and account change is audited.

A log-in is refused for an account whose row is not what the audit log last recorded
of it (added or changed with plain SQL). A failed log-in under a username no account
has is audited as by "(unknown account)": what was typed may be a password. An
account changed outside mesolog, locked or disabled answers a wrong password as any
account does (the wrong password counted all the same), and says its state only to
the right password. Usernames and names are one line without control characters
(domain.text_rules). When no administrator can log in, whoever holds the database
recovers one (services.account_recovery).

On a full disk nothing can be recorded: a command that only reads logs in with the right
password all the same, said unrecorded (`log_in_to_read`); a wrong password, whose
failure cannot be counted, waits the longest wait before its answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from time import sleep

from sqlalchemy.orm import Session

from mesolog.domain.accounts import (
    FREE_ATTEMPTS,
    LOCK_AFTER,
    MAX_DELAY_SECONDS,
    Account,
    LogInRefusedError,
    Permission,
    password_violations,
    username_violations,
    wait_before_next_try,
)
from mesolog.domain.enums import Role
from mesolog.domain.errors import (
    DatabaseError,
    NotFoundError,
    StateError,
    ValidationError,
    Violation,
)
from mesolog.domain.text_rules import name_violations
from mesolog.domain.texts import phrase
from mesolog.persistence import queries
from mesolog.persistence.account_recovery import admin_rows
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.digests import record_digest
from mesolog.persistence.full_disk import for_want_of_room
from mesolog.persistence.models import ClinicianRow
from mesolog.services.account_recovery import (
    locked_text,
    no_such_account,
    nothing_to_recover,
    recoverable_admin,
)
from mesolog.services.context import ServiceContext
from mesolog.services.log_in_answers import WRONG as WRONG_TEXT
from mesolog.services.log_in_answers import (
    ReadingLogIn,
    state_refusal,
    too_soon,
    tries_left,
    unrecorded_failure,
)
from mesolog.services.passwords import hash_password, needs_new_hash, password_matches

WRONG = str(WRONG_TEXT)
"""The same words for an unknown username and a wrong password (OWASP), in English."""
_THE_PASSWORD = phrase("Accounts", "the account's password")
_HAS_ACCOUNTS = phrase("Accounts", "The database has accounts already; an admin adds the others.")
UNKNOWN_ACTOR = "(unknown account)"
"""Who a failed log-in under a username no account has is audited as: never what was typed."""


def account_of(row: ClinicianRow) -> Account:
    assert row.username is not None
    return Account(row.username, row.name, row.role, row.active, row.locked_at is not None)


def _enable(row: ClinicianRow) -> None:
    row.active = True


def _unlock(row: ClinicianRow) -> None:
    row.locked_at = None
    row.failed_logins = 0
    row.last_failed_login_at = None


def sole_admin_after_disabling(accounts: Sequence[Account], username: str) -> str | None:
    """The one administrator still able to log in once `username` is disabled, when that
    leaves exactly one (to warn: if that account is locked, only the database's holder
    can recover it); None when it leaves more, or `username` is no such administrator."""
    usable = [a.username for a in accounts if a.role is Role.ADMIN and a.active and not a.locked]
    if username not in usable or len(usable) != 2:
        return None
    return next(name for name in usable if name != username)


class AccountService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def has_accounts(self) -> bool:
        with self._ctx.db.read() as s:
            return queries.has_accounts(s)

    def overview(self) -> list[Account]:
        """Every account with its role and state, for an administrator (the users dialog,
        `mesolog user list`)."""
        with self._ctx.db.read() as s:
            self._ctx.require_when_logged_in(s, Permission.ADMINISTER)
            return [account_of(row) for row in queries.accounts(s)]

    def list(self) -> list[Account]:
        """The accounts' names and roles (the session editor's signers, the audit log's
        filter); `overview` for managing them."""
        with self._ctx.db.read() as s:
            return [account_of(row) for row in queries.accounts(s)]

    def create_first_admin(self, username: str, name: str, password: str) -> Account:
        """The first account of a database; it must be an admin, and there must be none yet."""
        with self._ctx.db.write() as s:
            if queries.has_accounts(s):
                raise StateError(_HAS_ACCOUNTS)
            return self._add(s, username, name, Role.ADMIN, password)

    def add(self, username: str, name: str, role: Role, password: str) -> Account:
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.ADMINISTER)
            return self._add(s, username, name, role, password)

    def set_password(self, username: str, password: str, *, current: str | None = None) -> None:
        """An admin sets anyone's password; anyone else changes their own with `current`."""
        with self._ctx.db.write() as s:
            row = self._load(s, username)
            own = self._ctx.account is not None and self._ctx.account.username == username
            if own and current is not None:
                if row.password_hash is None or not password_matches(row.password_hash, current):
                    raise ValidationError(
                        [Violation("current password", "(hidden)", _THE_PASSWORD)]
                    )
            else:
                self._ctx.require(s, Permission.ADMINISTER)
            self._check_password(password, username)
            before = record_digest(row)
            row.password_hash = hash_password(password)
            self._audit(s, row, before, "password set")

    def disable(self, username: str) -> Account:
        def disable(row: ClinicianRow) -> None:
            if self._ctx.account is not None and self._ctx.account.username == username:
                raise StateError(phrase("Accounts", "An admin cannot disable their own account."))
            row.active = False

        return self._administer(username, disable, "disabled", lock_admins=True)

    def enable(self, username: str) -> Account:
        return self._administer(username, _enable, "enabled")

    def unlock(self, username: str) -> Account:
        """Lifts a lock from failed log-ins; the count starts again."""
        return self._administer(username, _unlock, "unlocked")

    def unlock_as_file_owner(self, username: str, *, new_password: str | None = None) -> Account:
        """Recovery when no administrator can log in, by whoever holds the database (see
        services.account_recovery): the admin account `username` is unlocked, enabled
        and, with `new_password`, given that password; audited by the context's actor,
        the operating-system user."""
        with self._ctx.db.write() as s:
            row = recoverable_admin(s, self._ctx, username)
            if new_password is not None:
                self._check_password(new_password, username)
            before, done = record_digest(row), []
            if row.locked_at is not None:
                _unlock(row)
                done.append("unlocked")
            if not row.active:
                _enable(row)
                done.append("enabled")
            if new_password is not None:
                row.password_hash = hash_password(new_password)
                done.append("password set")
            if not done:
                raise StateError(nothing_to_recover(username))
            holder = f"by the database's holder, operating-system user {self._ctx.actor}"
            self._audit(s, row, before, f"{', '.join(done)} {holder}")
            return account_of(row)

    def log_in(self, username: str, password: str) -> Account:
        """The account, when the password is right and the account may log in.

        After 5 failures in a row each try waits longer (refused unchecked until then);
        10 lock the account until an admin unlocks it. A hash with older parameters is
        replaced by one with today's.
        """
        return self._authenticate(username, password, switching_from=None)

    def log_in_to_read(self, username: str, password: str) -> ReadingLogIn:
        """`log_in` for a command that only reads. When the log-in cannot be written in
        the audit log for want of room on the database's disk, the same checks answer
        unrecorded: the right password logs in (`recorded` False, for the caller to say);
        a wrong one or an unknown username, whose failure cannot be counted, is answered
        after the longest wait, so that a full disk opens no door to fast guessing."""
        try:
            return ReadingLogIn(self.log_in(username, password), recorded=True)
        except DatabaseError as error:
            if not for_want_of_room(error):
                raise
        with self._ctx.db.read() as s:
            row = queries.account_by_username(s, username.strip())
            if row is not None and row.password_hash is not None:
                wait = wait_before_next_try(
                    row.failed_logins, row.last_failed_login_at, self._ctx.now()
                )
                if wait:
                    raise too_soon(wait)
                if password_matches(row.password_hash, password):
                    refused = state_refusal(s, row)
                    if refused is not None:
                        raise LogInRefusedError(refused[1])
                    return ReadingLogIn(account_of(row), recorded=False)
        sleep(MAX_DELAY_SECONDS)
        raise LogInRefusedError(unrecorded_failure())

    def switch_to(self, username: str, password: str) -> Account:
        """Another account, taking over the workstation from the one logged in: checked
        like a log-in (the same slow-down, lock-out and audit of failures), and audited
        as a switch from → to."""
        current = self._ctx.account
        if current is None:
            raise StateError(
                phrase("Accounts", "Nobody is logged in to switch from: log in instead.")
            )
        if username.strip() == current.username:
            allowed = phrase(
                "Accounts", "another account's username ({username} is logged in already)"
            ).having(username=current.username)
            raise ValidationError([Violation("username", username.strip(), allowed)])
        return self._authenticate(username, password, switching_from=current.username)

    def _authenticate(self, username: str, password: str, *, switching_from: str | None) -> Account:
        refusal: LogInRefusedError | None = None
        with self._ctx.db.write() as s:
            row = queries.account_by_username(s, username.strip(), for_update=True)
            if row is None or row.password_hash is None:
                self._failed(s, None, UNKNOWN_ACTOR, "unknown username")
                refusal = LogInRefusedError(WRONG_TEXT)
            else:
                refusal = self._check(s, row, password)
            if refusal is None:
                assert row is not None
                return self._succeeded(s, row, password, switching_from)
        raise refusal

    def _check(self, s: Session, row: ClinicianRow, password: str) -> LogInRefusedError | None:
        """Why the log-in is refused, None when it is not. Until the password is right the
        answer is a wrong password's, whatever the account's state (changed outside
        mesolog, locked, disabled); the slow-down applies first, the password unchecked."""
        now, username = self._ctx.now(), row.username or ""
        wait = wait_before_next_try(row.failed_logins, row.last_failed_login_at, now)
        if wait:
            self._failed(s, row, username, "too soon")
            return too_soon(wait)
        assert row.password_hash is not None
        if not password_matches(row.password_hash, password):
            return self._wrong_password(s, row, now)
        refused = state_refusal(s, row)
        if refused is None:
            return None
        self._failed(s, row, username, refused[0])
        return LogInRefusedError(refused[1])

    def _wrong_password(self, s: Session, row: ClinicianRow, now: dt.datetime) -> LogInRefusedError:
        """Counted (the slow-down and the lock follow the count), answered as for any
        account. The lock of an account changed outside mesolog is no entry with its
        digest: that would record its row as mesolog's."""
        username = row.username or ""
        row.failed_logins += 1
        row.last_failed_login_at = now
        tries = f"wrong password ({row.failed_logins} in a row)"
        if row.locked_at is not None:
            self._failed(s, row, username, tries)
            return LogInRefusedError(WRONG_TEXT)
        if row.failed_logins >= LOCK_AFTER:
            audited = account_matches_audit(s, row)
            before = record_digest(row)
            row.locked_at = now
            self._failed(s, row, username, f"wrong password, {LOCK_AFTER}th: locked")
            if audited:
                self._audit(s, row, before, "locked after failed log-ins")
            return LogInRefusedError(locked_text(username, LOCK_AFTER, now=True))
        self._failed(s, row, username, tries)
        if row.failed_logins < FREE_ATTEMPTS:
            return LogInRefusedError(WRONG_TEXT)
        return LogInRefusedError(tries_left(LOCK_AFTER - row.failed_logins, username))

    def _succeeded(
        self, s: Session, row: ClinicianRow, password: str, switching_from: str | None
    ) -> Account:
        row.failed_logins = 0
        row.last_failed_login_at = None
        row.last_login_at = self._ctx.now()
        detail = ""
        assert row.password_hash is not None
        if needs_new_hash(row.password_hash):
            before = record_digest(row)
            row.password_hash = hash_password(password)
            self._audit(s, row, before, "password hash upgraded")
            detail = "password hash upgraded"
        action = AuditAction.LOG_IN
        if switching_from is not None:
            action = AuditAction.SWITCH_USER
            detail = "; ".join(filter(None, [f"from {switching_from} to {row.username}", detail]))
        self._ctx.audit(s, action, "clinician", row.uuid, detail, actor=row.username)
        return account_of(row)

    def _failed(self, s: Session, row: ClinicianRow | None, actor: str, why: str) -> None:
        self._ctx.audit(
            s,
            AuditAction.LOG_IN_FAILED,
            "clinician",
            row.uuid if row is not None else None,
            why,
            actor=actor,
        )

    def _add(self, s: Session, username: str, name: str, role: Role, password: str) -> Account:
        username, name = username.strip(), name.strip()
        found = name_violations("username", username) or username_violations(username)
        if not found and queries.account_by_username(s, username) is not None:
            taken = phrase("Accounts", "a username no other account has")
            found.append(Violation("username", username, taken))
        found += name_violations("name", name)
        found += password_violations(password, username=username)
        if found:
            raise ValidationError(found)
        row = queries.clinician_by_name(s, name)
        if row is not None and row.username is not None:
            allowed = phrase("Accounts", "a name no other account has ({username} has it)")
            raise ValidationError(
                [Violation("name", name, allowed.having(username=repr(row.username)))]
            )
        before = None
        if row is None:
            row = ClinicianRow(name=name, created_at=self._ctx.now())
            s.add(row)
        else:
            before = record_digest(row)
        row.username = username
        row.role = role
        row.active = True
        row.password_hash = hash_password(password)
        self._audit(s, row, before, f"account added, role {role.value}")
        return account_of(row)

    def _administer(
        self,
        username: str,
        change: Callable[[ClinicianRow], None],
        detail: str,
        *,
        lock_admins: bool = False,
    ) -> Account:
        """An admin's change to the account, audited with `detail`. With `lock_admins`, the
        admin accounts are locked first, so that two admins never disable each other at
        once (on PostgreSQL; SQLite's writers queue anyway): the second finds itself
        disabled."""
        with self._ctx.db.write() as s:
            if lock_admins:
                admin_rows(s, lock=True)
            self._ctx.require(s, Permission.ADMINISTER)
            row = self._load(s, username)
            before = record_digest(row)
            change(row)
            self._audit(s, row, before, detail)
            return account_of(row)

    def _load(self, s: Session, username: str) -> ClinicianRow:
        row = queries.account_by_username(s, username, for_update=True)
        if row is None:
            raise NotFoundError(no_such_account(username))
        return row

    @staticmethod
    def _check_password(password: str, username: str) -> None:
        found = password_violations(password, username=username)
        if found:
            raise ValidationError(found)

    def _audit(self, s: Session, row: ClinicianRow, before: str | None, detail: str) -> None:
        action = AuditAction.CREATE if before is None else AuditAction.UPDATE
        self._ctx.audit(s, action, "clinician", detail=detail, record=row, before=before)
