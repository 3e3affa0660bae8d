"""`mesolog backup` and `mesolog restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mesolog.cli.counts import PATIENTS, SESSIONS
from mesolog.cli.credentials import SecretKind, Secrets, log_in_if_needed
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.cli.speech import grouped, say
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
from mesolog.services.clinic import Clinic
from mesolog.services.server_backups import ServerBackups

BACKUP_PASSPHRASE = SecretKind(
    phrase("cli.backups", "Standard input ended before the backup passphrase ({prompt})."),
    "--passphrase-stdin",
    passphrase=True,
)
FILE_PASSPHRASE = phrase("cli.backups", "Passphrase of {file}")
"""The prompt for the passphrase of an encrypted backup, named by its file's name."""


def add_backup_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[after],
        help=say(
            phrase("cli.backups", "take a checked copy of the database while it may be in use")
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help=say(
            phrase(
                "cli.backups",
                "the file or folder to write (default: the backup folder from the settings)",
            )
        ),
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=say(
            phrase(
                "cli.backups",
                "encrypt the copy (AES-GCM) with a passphrase, asked or read from standard input",
            )
        ),
    )
    backup.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=say(phrase("cli.backups", "read the passphrase from standard input")),
    )
    restore = commands.add_parser(
        "restore",
        parents=[after, user_options(after=True)],
        help=say(
            phrase(
                "cli.backups",
                "check a backup, keep a copy of the current database, then restore the backup",
            )
        ),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=say(
            phrase(
                "cli.backups",
                "the backup to restore; with --password-stdin, the passphrase of an encrypted "
                "one is the line after the password",
            )
        ),
    )


def run_backup(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    server = clinic.backups.server
    if server is not None:
        return _server_backup(server, args, out)
    passphrase = None
    if args.encrypt:
        reader = Secrets(args.passphrase_stdin, BACKUP_PASSPHRASE)
        passphrase = reader.ask(phrase("cli.backups", "Passphrase for the backup"), twice=True)
    elif args.passphrase_stdin:
        raise KnownError(phrase("cli.backups", "--passphrase-stdin goes with --encrypt."))
    result = clinic.backups.backup(args.output, passphrase=passphrase)
    if result.encrypted:
        written = phrase(
            "cli.backups",
            "encrypted backup written and checked: {path} ({size} bytes; {patients}, "
            "{sessions}; integrity and foreign keys ok)",
        )
    else:
        written = phrase(
            "cli.backups",
            "backup written and checked: {path} ({size} bytes; {patients}, {sessions}; "
            "integrity and foreign keys ok)",
        )
    written = written.having(
        path=result.path,
        size=grouped(result.size_bytes),
        patients=PATIENTS.counting(result.patients),
        sessions=SESSIONS.counting(result.sessions),
    )
    print(say(written), file=out)
    if not result.audited:
        unaudited = phrase(
            "cli.backups",
            "not in the audit log: the database's disk is full. Once there is room, take "
            "another backup so that the log records one.",
        )
        print(say(unaudited), file=out)
    return EXIT_OK


def run_restore(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    secrets = Secrets(args.password_stdin)
    log_in_if_needed(clinic, args, secrets)
    clinic.backups.require_restore_rights()
    server = clinic.backups.server
    if server is not None:
        return _server_restore(server, args.file, out)
    passphrase = None
    if clinic.backups.needs_passphrase(args.file):
        passphrase = secrets.ask(FILE_PASSPHRASE.having(file=args.file.name))
    result = clinic.backups.restore(args.file, passphrase=passphrase)
    if result.upgraded_from:
        restored = phrase(
            "cli.backups",
            "restored from {source}, upgraded from schema {schema}: {patients}, {sessions}; "
            "the database as it was is kept at {copy}",
        ).having(schema=result.upgraded_from)
    else:
        restored = phrase(
            "cli.backups",
            "restored from {source}: {patients}, {sessions}; the database as it was is kept "
            "at {copy}",
        )
    restored = restored.having(
        source=result.source,
        patients=PATIENTS.counting(result.patients),
        sessions=SESSIONS.counting(result.sessions),
        copy=result.safety_copy,
    )
    print(say(restored), file=out)
    return EXIT_OK


def _server_backup(server: ServerBackups, args: argparse.Namespace, out: TextIO) -> int:
    if args.encrypt or args.passphrase_stdin:
        raise KnownError(
            phrase(
                "cli.backups",
                "--encrypt is for SQLite databases: a PostgreSQL dump is kept safe by where it "
                "goes (docs/clinic-server.md). Nothing was written.",
            )
        )
    result = server.backup(args.output)
    check = result.check
    written = phrase(
        "cli.backups",
        "backup written and checked: {path} ({size} bytes; {patients}, {sessions})\n"
        "restored into a scratch database and checked there: schema {schema}; the audit chain "
        "is whole up to entry {entry}, which is the database's own entry {entry} ({hash}); "
        "records compared with their audit entries: {records}, all as recorded; the guards of "
        "signed records are intact. The scratch database was dropped.",
    ).having(
        path=result.path,
        size=grouped(result.size_bytes),
        patients=PATIENTS.counting(check.patients),
        sessions=SESSIONS.counting(check.sessions),
        schema=check.revision,
        entry=check.entries,
        hash=check.last_hash[:16],
        records=grouped(check.records_compared),
    )
    print(say(written), file=out)
    return EXIT_OK


def _server_restore(server: ServerBackups, source: Path, out: TextIO) -> int:
    result = server.restore(source)
    check = result.check
    restored = phrase(
        "cli.backups",
        "restored from {source} into the new database {database}: {patients}, {sessions}; "
        "the audit chain is whole up to entry {entry}, records and guards checked",
    ).having(
        source=result.source,
        database=result.database,
        patients=PATIENTS.counting(check.patients),
        sessions=SESSIONS.counting(check.sessions),
        entry=check.entries,
    )
    print(say(restored), file=out)
    if check.upgraded_from:
        upgraded = phrase("cli.backups", "its schema was upgraded from {schema}")
        print(say(upgraded.having(schema=check.upgraded_from)), file=out)
    kept = phrase(
        "cli.backups",
        "The database in use, {replaced}, was left as it was. To work on the restored one, "
        "close mesolog on every workstation, then point them at it (MESOLOG_DB={location}) "
        "or swap the two databases' names on the server (ALTER DATABASE … RENAME TO …).",
    ).having(replaced=result.replaced, location=result.location)
    print(say(kept), file=out)
    return EXIT_OK
