"""Acting as an account on the command line: --user, and passwords from a prompt or stdin.

Passwords never come from arguments: from a prompt on the terminal, or, with
`--password-stdin`, one a line from standard input (the acting user's first, then
a new password where the command sets one). A PostgreSQL server's password comes from
libpq's own places (PGPASSWORD, ~/.pgpass, a service file) or, with
`--db-password-stdin`, from the first line of standard input; one written into `--db` is
used, with a warning on standard error.

A command that only reads logs in even when the database's disk is full and the log-in
cannot be written in the audit log; it says so on standard error
(services.accounts.AccountService.log_in_to_read).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass
from typing import TextIO

from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic, with_server_password


@dataclass(frozen=True, slots=True)
class SecretKind:
    """How a kind of secret is named in the messages about reading it."""

    noun: str
    """What it is: "password", "passphrase"."""
    source: str
    """What standard input ran out before: "password", "database passphrase"."""
    option: str
    """The option that reads it from standard input."""


PASSWORD = SecretKind("password", "password", "--password-stdin")
SERVER_PASSWORD = SecretKind("password", "database server's password", "--db-password-stdin")
PASSWORD_IN_ARGUMENTS = (
    "warning: the password in --db can be read by anyone on this computer in the process "
    "list. Give it with PGPASSWORD, ~/.pgpass or a service file, or on standard input with "
    "--db-password-stdin."
)


class Secrets:
    """Secrets from the terminal, or lines of standard input in the order asked."""

    def __init__(
        self, from_stdin: bool, kind: SecretKind = PASSWORD, stdin: TextIO | None = None
    ) -> None:
        self._from_stdin = from_stdin
        self._kind = kind
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: str, *, twice: bool = False) -> str:
        kind = self._kind
        if self._from_stdin:
            line = self._stdin.readline()
            if not line:
                raise KnownError(
                    f"Standard input ended before the {kind.source} ({prompt.lower()})."
                )
            return line.rstrip("\r\n")
        if not self._stdin.isatty():
            raise KnownError(
                f"No terminal to ask on ({prompt.lower()}); give it on standard input with "
                f"{kind.option}."
            )
        try:
            first = getpass.getpass(f"{prompt}: ")
            if twice and getpass.getpass(f"{prompt} (again): ") != first:
                raise KnownError(f"The two {kind.noun}s differ; nothing was changed.")
        except EOFError as error:
            raise KnownError(
                f"No terminal to ask the {kind.noun} on; use {kind.option}."
            ) from error
        return first


def read_server_password(args: argparse.Namespace) -> None:
    """With --db-password-stdin, the first line of standard input is the PostgreSQL
    server's password: put into the database URL (`args.db`) in memory, never in the
    arguments a process list shows."""
    if not getattr(args, "db_password_stdin", False):
        return
    if str(getattr(args, "file", "")) == "-":
        raise KnownError("The file and the database password cannot both come from standard input.")
    password = Secrets(True, SERVER_PASSWORD).ask("Password of the database server")
    args.db = with_server_password(args.db, password)


def log_in_if_needed(
    clinic: Clinic, args: argparse.Namespace, secrets: Secrets, *, reading: bool = False
) -> str | None:
    """Logs in as --user when given (and returns the password that did it); a database
    with accounts refuses to go on without. `reading`: the command only reads, so a
    log-in the full disk leaves unrecorded lets it go on, with a warning."""
    user = getattr(args, "user", None)
    if user is None:
        if clinic.accounts.has_accounts():
            raise KnownError(
                "This database has accounts: give --user NAME (the password is asked, or read "
                "from standard input with --password-stdin)."
            )
        return None
    password = secrets.ask(f"Password for {user}")
    if not reading:
        clinic.log_in(user, password)
        return password
    logged = clinic.accounts.log_in_to_read(user, password)
    clinic.act_as(logged.account.username)
    if not logged.recorded:
        print(
            f"mesolog: warning: the log-in of {logged.account.username} could not be recorded "
            "in the audit log: the database's disk is full. Commands that change records "
            "are refused until there is room.",
            file=sys.stderr,
        )
    return password
