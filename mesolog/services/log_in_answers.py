"""What a log-in answers, apart from what it records: services.accounts audits each
refusal; on a full disk, where nothing can be recorded, the same answers come alone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mesolog.domain.accounts import LOCK_AFTER, MAX_DELAY_SECONDS, Account, LogInRefusedError
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.persistence.audit_records import account_matches_audit
from mesolog.persistence.models import ClinicianRow
from mesolog.services.account_recovery import changed_outside, locked_text


@dataclass(frozen=True, slots=True)
class ReadingLogIn:
    """A log-in for a command that only reads."""

    account: Account
    recorded: bool
    """False when the database's disk was full: the log-in is not in the audit log."""


WRONG = phrase("Accounts", "The username or password is wrong.")
"""The same words for an unknown username and a wrong password (OWASP)."""


def unrecorded_failure() -> Text:
    """A wrong log-in on a full disk: answered after the longest wait, unrecorded."""
    return phrase(
        "Accounts",
        "The username or password is wrong. The failed log-in could not be recorded (the "
        "database's disk is full): each wrong try waits {seconds} seconds before its answer.",
    ).having(seconds=MAX_DELAY_SECONDS)


def tries_left(left: int, username: str) -> Text:
    """A wrong password that brings the account's lock nearer."""
    if left == 1:
        return phrase(
            "Accounts",
            "The username or password is wrong. 1 more failed log-in locks this account; then "
            "an administrator, or whoever holds the database file (`mesolog user unlock "
            "--as-file-owner {username}`), can unlock it.",
        ).having(username=username)
    return phrase_n(
        "Accounts",
        "The username or password is wrong. %n more failed log-ins lock this account; then "
        "an administrator, or whoever holds the database file (`mesolog user unlock "
        "--as-file-owner {username}`), can unlock it.",
        None,
        1,
    ).counting(left, username=username)


def too_soon(wait: int) -> LogInRefusedError:
    return LogInRefusedError(
        phrase_n(
            "Accounts", "Too many failed log-ins: wait %Ln seconds before trying again.", None, 1
        ).counting(wait)
    )


def state_refusal(s: Session, row: ClinicianRow) -> tuple[str, Text] | None:
    """Why the right password does not let the account in (the reason audited, the answer);
    None when it does."""
    username = row.username or ""
    if not account_matches_audit(s, row):
        return "record changed outside mesolog", changed_outside(username)
    if row.locked_at is not None:
        return "locked", locked_text(username, LOCK_AFTER, now=False)
    if not row.active:
        disabled = phrase(
            "Accounts", "The account {username} is disabled; an administrator can enable it."
        )
        return "disabled", disabled.having(username=repr(username))
    return None
