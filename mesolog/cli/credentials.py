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
from typing import TYPE_CHECKING, TextIO

from mesolog.cli.speech import say
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase

if TYPE_CHECKING:  # the window's start reads its arguments before the database is needed
    from mesolog.services.clinic import Clinic


@dataclass(frozen=True, slots=True)
class SecretKind:
    """How the messages about reading a kind of secret name it: in whole sentences, since a
    Greek noun takes its article and case from the sentence around it."""

    ended: Text
    """Standard input ran out before it: "… before the database passphrase ({prompt})."."""
    option: str
    """The option that reads it from standard input."""
    passphrase: bool = False
    """A passphrase, not a password."""


PASSWORD = SecretKind(
    phrase("cli.credentials", "Standard input ended before the password ({prompt})."),
    "--password-stdin",
)
SERVER_PASSWORD = SecretKind(
    phrase(
        "cli.credentials",
        "Standard input ended before the database server's password ({prompt}).",
    ),
    "--db-password-stdin",
)
PASSWORD_IN_ARGUMENTS = phrase(
    "cli.credentials",
    "warning: the password in --db can be read by anyone on this computer in the process "
    "list. Give it with PGPASSWORD, ~/.pgpass or a service file, or on standard input with "
    "--db-password-stdin.",
)
_DIFFER = {
    False: phrase("cli.credentials", "The two passwords differ; nothing was changed."),
    True: phrase("cli.credentials", "The two passphrases differ; nothing was changed."),
}
_UNASKED = {
    False: phrase("cli.credentials", "No terminal to ask the password on; use {option}."),
    True: phrase("cli.credentials", "No terminal to ask the passphrase on; use {option}."),
}


class Secrets:
    """Secrets from the terminal, or lines of standard input in the order asked."""

    def __init__(
        self, from_stdin: bool, kind: SecretKind = PASSWORD, stdin: TextIO | None = None
    ) -> None:
        self._from_stdin = from_stdin
        self._kind = kind
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: Text, *, twice: bool = False) -> str:
        kind = self._kind
        shown = say(prompt)
        if self._from_stdin:
            line = self._stdin.readline()
            if not line:
                raise KnownError(kind.ended.having(prompt=shown.lower()))
            return line.rstrip("\r\n")
        if not self._stdin.isatty():
            unasked = phrase(
                "cli.credentials",
                "No terminal to ask on ({prompt}); give it on standard input with {option}.",
            )
            raise KnownError(unasked.having(prompt=shown.lower(), option=kind.option))
        try:
            first = getpass.getpass(f"{shown}: ")
            again = phrase("cli.credentials", "{prompt} (again)").having(prompt=shown)
            if twice and getpass.getpass(f"{say(again)}: ") != first:
                raise KnownError(_DIFFER[kind.passphrase])
        except EOFError as error:
            raise KnownError(_UNASKED[kind.passphrase].having(option=kind.option)) from error
        return first


def read_server_password(args: argparse.Namespace) -> None:
    """With --db-password-stdin, the first line of standard input is the PostgreSQL
    server's password: put into the database URL (`args.db`) in memory, never in the
    arguments a process list shows."""
    if not getattr(args, "db_password_stdin", False):
        return
    if str(getattr(args, "file", "")) == "-":
        raise KnownError(
            phrase(
                "cli.credentials",
                "The file and the database password cannot both come from standard input.",
            )
        )
    from mesolog.services.clinic import with_server_password

    prompt = phrase("cli.credentials", "Password of the database server")
    password = Secrets(True, SERVER_PASSWORD).ask(prompt)
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
                phrase(
                    "cli.credentials",
                    "This database has accounts: give --user NAME (the password is asked, or "
                    "read from standard input with --password-stdin).",
                )
            )
        return None
    password = secrets.ask(phrase("cli.credentials", "Password for {user}").having(user=user))
    if not reading:
        clinic.log_in(user, password)
        return password
    logged = clinic.accounts.log_in_to_read(user, password)
    clinic.act_as(logged.account.username)
    if not logged.recorded:
        warning = phrase(
            "cli.credentials",
            "warning: the log-in of {user} could not be recorded in the audit log: the "
            "database's disk is full. Commands that change records are refused until there "
            "is room.",
        )
        print(f"mesolog: {say(warning.having(user=logged.account.username))}", file=sys.stderr)
    return password
