"""Accounts: who may do what, what a username and a password must be, and how failed
log-ins slow down and then lock an account (OWASP's authentication advice)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from mesolog.domain.enums import Role
from mesolog.domain.errors import KnownError, Violation
from mesolog.domain.texts import Text, phrase, phrase_n

USERNAME_MAX = 60
USERNAME = re.compile(rf"[a-z0-9][a-z0-9._-]{{0,{USERNAME_MAX - 1}}}")
USERNAME_ALLOWED = phrase_n(
    "Accounts",
    "1 to %n characters: lower-case letters a-z, digits, '.', '_' or '-', starting with a "
    "letter or digit",
    None,
    1,
).counting(USERNAME_MAX)
PASSWORD_MIN = 10
PASSWORD_MAX = 128
"""OWASP: a minimum of at least 8 characters, a maximum of at least 64; any character."""

FREE_ATTEMPTS = 5
"""Failed log-ins in a row that cost nothing; each one after them waits longer."""
LOCK_AFTER = 10
"""Failed log-ins in a row that lock the account until an admin unlocks it."""
MAX_DELAY_SECONDS = 60


class Permission(StrEnum):
    RECORD = "record"
    """Patients, courses and session drafts."""
    SIGN = "sign"
    """Signing, amending and voiding sessions; voiding patients and courses."""
    EXPORT = "export"
    CATALOGUE = "catalogue"
    """The products and lots the clinic uses, and its protocol templates."""
    ADMINISTER = "administer"
    """Accounts, clinic settings, restoring backups."""


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ASSISTANT: frozenset({Permission.RECORD, Permission.EXPORT}),
    Role.CLINICIAN: frozenset(
        {Permission.RECORD, Permission.EXPORT, Permission.SIGN, Permission.CATALOGUE}
    ),
    Role.ADMIN: frozenset(Permission),
}

ROLE_DOES: dict[Permission, Text] = {
    Permission.RECORD: phrase(
        "Accounts", "record patients, courses and session drafts", "what a permission allows"
    ),
    Permission.SIGN: phrase("Accounts", "sign, amend or void records", "what a permission allows"),
    Permission.EXPORT: phrase("Accounts", "export records", "what a permission allows"),
    Permission.CATALOGUE: phrase(
        "Accounts", "manage the product catalogue", "what a permission allows"
    ),
    Permission.ADMINISTER: phrase(
        "Accounts", "manage accounts, clinic settings or restores", "what a permission allows"
    ),
}
"""What each permission allows, to follow "log in to" or "may not" in a refusal."""


class AccessDeniedError(KnownError):
    """The signed-in account's role does not allow the action."""


class LogInRefusedError(KnownError):
    """Wrong username or password, a disabled or locked account, or too many tries."""


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    name: str
    """The clinician's name as sessions and summaries print it."""
    role: Role
    active: bool = True
    locked: bool = False

    def may(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]


def username_violations(username: str) -> list[Violation]:
    if USERNAME.fullmatch(username) is None:
        return [Violation("username", username, USERNAME_ALLOWED)]
    return []


def password_violations(password: str, *, username: str = "") -> list[Violation]:
    """What is wrong with a new password; the value is never repeated in the message."""
    allowed = phrase_n(
        "Accounts", "{least} to %n characters of Unicode text, not the username", None, 1
    ).counting(PASSWORD_MAX, least=PASSWORD_MIN)
    hidden = f"({len(password)} characters)"
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        return [Violation("password", hidden, allowed)]
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return [Violation("password", hidden, allowed)]
    if username and password.strip().lower() == username.lower():
        return [Violation("password", "(the username)", allowed)]
    return []


def wait_before_next_try(failures: int, last_failure: dt.datetime | None, now: dt.datetime) -> int:
    """Seconds still to wait before another try is even checked (0: go ahead).

    The first FREE_ATTEMPTS failures cost nothing; then 2, 4, 8… seconds, at most
    MAX_DELAY_SECONDS, counted from the last failure.
    """
    if failures < FREE_ATTEMPTS or last_failure is None:
        return 0
    delay = min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS)
    waited = (now - last_failure).total_seconds()
    return max(0, int(delay - waited + 0.999))
