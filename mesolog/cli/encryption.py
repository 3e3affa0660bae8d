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
from mesolog.cli.options import EXIT_OK, ORDER_EPILOG, STDIN_OPTION, Commands, user_options
from mesolog.cli.speech import say
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
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

ENCRYPTION_COMMANDS = {"encrypt", "passphrase"}


def add_encryption_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "encrypt",
        parents=[after, user_options(after=True)],
        help=say(
            phrase(
                "cli.encryption",
                "encrypt a plain database with a new passphrase (SQLCipher); mesolog must be "
                "closed everywhere the database is open",
            )
        ),
        description=say(
            phrase(
                "cli.encryption",
                "Encrypt the plain database with a new passphrase (asked twice; at least "
                "{minimum} characters). The database as it was is kept beside it as "
                "NAME.before-encryption-TIMESTAMP.sqlite, NOT encrypted: delete it (securely) "
                "once the encrypted database is checked. Close mesolog on every workstation "
                "first. Backups of an encrypted database are encrypted with its passphrase.",
            ).having(minimum=MINIMUM_NEW_PASSPHRASE)
        ),
        epilog=say(ORDER_EPILOG),
    )
    commands.add_parser(
        "passphrase",
        parents=[after, user_options(after=True)],
        help=say(
            phrase(
                "cli.encryption",
                "change the passphrase of an encrypted database; mesolog must be closed "
                "everywhere the database is open",
            )
        ),
        description=say(
            phrase(
                "cli.encryption",
                "Encrypt the database with a new passphrase (asked twice) instead of its "
                "current one. Backups taken before open only with the former passphrase. Close "
                "mesolog on every workstation first.",
            )
        ),
        epilog=say(ORDER_EPILOG),
    )


DATABASE_PASSPHRASE = SecretKind(
    phrase("cli.encryption", "Standard input ended before the database passphrase ({prompt})."),
    STDIN_OPTION,
    passphrase=True,
)
PASSPHRASE_OF = phrase("cli.encryption", "Passphrase of the database {location}")


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
            raise KnownError(
                phrase(
                    "cli.encryption",
                    "{location} is not an SQLite file: only SQLite files are encrypted.",
                ).having(location=location)
            )
        if kind is DatabaseKind.PLAIN:
            raise KnownError(
                phrase(
                    "cli.encryption",
                    "The database {location} exists and is not encrypted; encrypt it with "
                    "`mesolog --db {location} encrypt`. Nothing was changed.",
                ).having(location=location)
            )
        if kind is DatabaseKind.NEW:
            return _new_passphrase(reader, location)
    if kind is DatabaseKind.ENCRYPTED:
        return reader.ask(PASSPHRASE_OF.having(location=location))
    if from_stdin:
        if kind is DatabaseKind.NEW and creates:
            # Created encrypted with it, as `init --encrypt` does.
            return _new_passphrase(reader, location)
        if kind is not DatabaseKind.NEW:
            raise KnownError(
                phrase(
                    "cli.encryption",
                    "The database {location} is not encrypted: leave out {option}. Nothing was "
                    "read or changed.",
                ).having(location=location, option=STDIN_OPTION)
            )
    return None


def _new_passphrase(reader: Secrets, location: str) -> str:
    prompt = phrase("cli.encryption", "New passphrase for the database {location}")
    passphrase = reader.ask(prompt.having(location=location), twice=True)
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
                phrase(
                    "cli.encryption",
                    "The database {location} is encrypted already; change its passphrase with "
                    "`mesolog --db {location} passphrase`. Nothing was changed.",
                ).having(location=location)
            )
        current = None
    else:
        if kind in (DatabaseKind.PLAIN, DatabaseKind.SERVER):
            raise KnownError(
                phrase(
                    "cli.encryption",
                    "The database {location} is not encrypted, so it has no passphrase to "
                    "change; encrypt it with `mesolog --db {location} encrypt`.",
                ).having(location=location)
            )
        current = (
            reader.ask(PASSPHRASE_OF.having(location=location))
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
    checked = {"path": result.path, "tables": result.tables, "rows": result.rows}
    if command == "passphrase":
        changed = phrase(
            "cli.encryption",
            "passphrase changed: {path} ({tables} tables, {rows} rows copied and checked)",
        )
        print(say(changed.having(**checked)), file=out)
        former = phrase(
            "cli.encryption",
            "Backups taken before open only with the former passphrase; take a new backup.",
        )
        print(say(former), file=out)
        return
    encrypted = phrase(
        "cli.encryption", "encrypted: {path} ({tables} tables, {rows} rows copied and checked)"
    )
    print(say(encrypted.having(**checked)), file=out)
    kept = phrase(
        "cli.encryption",
        "The database as it was is kept at {copy}: that copy is NOT encrypted. Delete it "
        "(securely) once `mesolog check` passes on the encrypted database.",
    )
    print(say(kept.having(copy=result.plain_copy)), file=out)
    backups = phrase(
        "cli.encryption",
        "Backups taken before now are not encrypted; backups from now on are encrypted with "
        "the database's passphrase. Without the passphrase neither the database nor its "
        "backups can be opened: keep it safe.",
    )
    print(say(backups), file=out)
