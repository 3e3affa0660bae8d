"""Encrypted databases on the command line: the database passphrase, `init --encrypt`,
`encrypt` and `passphrase`.

A command on an encrypted database asks for its passphrase on the terminal, or,
with `--db-passphrase-stdin`, reads it from standard input. Secrets never come
from arguments; on standard input they are one a line, in this order:

1. the database passphrase (`--db-passphrase-stdin`), when the database is encrypted;
2. the acting user's password (`--password-stdin`), when the command acts as `--user`;
3. what the command sets: a new password, a backup's passphrase, or the new database
   passphrase (`encrypt`, `passphrase`, `init --encrypt`; read once, not twice).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from mesolog.cli.credentials import SecretKind, Secrets, log_in_if_needed
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.services.encryption import (
    MINIMUM_NEW_PASSPHRASE,
    DatabaseKind,
    EncryptionResult,
    change_database_passphrase,
    check_new_passphrase,
    database_kind,
    encrypt_database,
)

STDIN_OPTION = "--db-passphrase-stdin"
STDIN_HELP = (
    "read the database passphrase from standard input (the first line, before any password "
    "--password-stdin reads) instead of asking on the terminal"
)
ORDER_EPILOG = (
    "Secrets never come from arguments. On standard input they are one a line, in this "
    "order: the database passphrase (--db-passphrase-stdin) of an encrypted database or the "
    "PostgreSQL server's password (--db-password-stdin), the acting user's password "
    "(--password-stdin), then what the command sets (a new password, a backup's passphrase, "
    "a new database passphrase)."
)
ENCRYPTION_COMMANDS = {"encrypt", "passphrase"}


def passphrase_options(*, after: bool) -> argparse.ArgumentParser:
    """--db-passphrase-stdin, before the command or (`after`) after it."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        STDIN_OPTION,
        dest="db_passphrase_stdin",
        action="store_true",
        default=argparse.SUPPRESS if after else False,
        help=STDIN_HELP,
    )
    return options


def add_encryption_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "encrypt",
        parents=[after, user_options(after=True)],
        help="encrypt a plain database with a new passphrase (SQLCipher); mesolog must be "
        "closed everywhere the database is open",
        description="Encrypt the plain database with a new passphrase (asked twice; at least "
        f"{MINIMUM_NEW_PASSPHRASE} characters). The database as it was is kept beside it as "
        "NAME.before-encryption-TIMESTAMP.sqlite, NOT encrypted: delete it (securely) once the "
        "encrypted database is checked. Close mesolog on every workstation first. "
        "Backups of an encrypted database are encrypted with its passphrase.",
        epilog=ORDER_EPILOG,
    )
    commands.add_parser(
        "passphrase",
        parents=[after, user_options(after=True)],
        help="change the passphrase of an encrypted database; mesolog must be closed "
        "everywhere the database is open",
        description="Encrypt the database with a new passphrase (asked twice) instead of its "
        "current one. Backups taken before open only with the former passphrase. Close "
        "mesolog on every workstation first.",
        epilog=ORDER_EPILOG,
    )


DATABASE_PASSPHRASE = SecretKind("passphrase", "database passphrase", STDIN_OPTION)


def _reader(args: argparse.Namespace) -> Secrets:
    return Secrets(bool(getattr(args, "db_passphrase_stdin", False)), DATABASE_PASSPHRASE)


def database_passphrase(args: argparse.Namespace, *, creates: bool) -> str | None:
    """The passphrase to open the database with: asked when it is encrypted (or being
    created encrypted by `init --encrypt`), None for a plain one."""
    kind, location = database_kind(args.db)
    reader = _reader(args)
    from_stdin = bool(getattr(args, "db_passphrase_stdin", False))
    if args.command == "init" and args.encrypt:
        if kind is DatabaseKind.SERVER:
            raise KnownError(f"{location} is not an SQLite file: only SQLite files are encrypted.")
        if kind is DatabaseKind.PLAIN:
            raise KnownError(
                f"The database {location} exists and is not encrypted; encrypt it with "
                f"`mesolog --db {location} encrypt`. Nothing was changed."
            )
        if kind is DatabaseKind.NEW:
            return _new_passphrase(reader, location)
    if kind is DatabaseKind.ENCRYPTED:
        return reader.ask(f"Passphrase of the database {location}")
    if from_stdin:
        if kind is DatabaseKind.NEW and creates:
            # Created encrypted with it, as `init --encrypt` does.
            return _new_passphrase(reader, location)
        if kind is not DatabaseKind.NEW:
            raise KnownError(
                f"The database {location} is not encrypted: leave out {STDIN_OPTION}. "
                "Nothing was read or changed."
            )
    return None


def _new_passphrase(reader: Secrets, location: str) -> str:
    passphrase = reader.ask(f"New passphrase for the database {location}", twice=True)
    check_new_passphrase(passphrase)
    return passphrase


def run_encryption_command(args: argparse.Namespace, out: TextIO) -> int:
    """`encrypt` or `passphrase` (the database is opened here: it must be closed again
    before it is rewritten)."""
    kind, location = database_kind(args.db)
    reader = _reader(args)
    if args.command == "encrypt":
        if kind is DatabaseKind.ENCRYPTED:
            raise KnownError(
                f"The database {location} is encrypted already; change its passphrase with "
                f"`mesolog --db {location} passphrase`. Nothing was changed."
            )
        current = None
    else:
        if kind in (DatabaseKind.PLAIN, DatabaseKind.SERVER):
            raise KnownError(
                f"The database {location} is not encrypted, so it has no passphrase to "
                f"change; encrypt it with `mesolog --db {location} encrypt`."
            )
        current = (
            reader.ask(f"Passphrase of the database {location}")
            if kind is DatabaseKind.ENCRYPTED
            else None
        )
    clinic = Clinic.open(args.db, passphrase=current, create=False)
    try:
        log_in_if_needed(clinic, args, Secrets(args.password_stdin))
        new = _new_passphrase(reader, location)
        if args.command == "encrypt":
            result = encrypt_database(clinic, new)
        else:
            result = change_database_passphrase(clinic, new)
    finally:
        clinic.close()
    _report(args.command, result, out)
    return EXIT_OK


def _report(command: str, result: EncryptionResult, out: TextIO) -> None:
    checked = f"{result.tables} tables, {result.rows} rows copied and checked"
    if command == "passphrase":
        print(f"passphrase changed: {result.path} ({checked})", file=out)
        print(
            "Backups taken before open only with the former passphrase; take a new backup.",
            file=out,
        )
        return
    print(f"encrypted: {result.path} ({checked})", file=out)
    print(
        f"The database as it was is kept at {result.plain_copy}: that copy is NOT encrypted. "
        "Delete it (securely) once `mesolog check` passes on the encrypted database.",
        file=out,
    )
    print(
        "Backups taken before now are not encrypted; backups from now on are encrypted with "
        "the database's passphrase. Without the passphrase neither the database nor its "
        "backups can be opened: keep it safe.",
        file=out,
    )
