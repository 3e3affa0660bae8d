"""`mesolog backup` and `mesolog restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mesolog.cli.credentials import SecretKind, Secrets, log_in_if_needed
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic

BACKUP_PASSPHRASE = SecretKind("passphrase", "backup passphrase", "--passphrase-stdin")


def add_backup_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[after],
        help="take a checked copy of the database while it may be in use",
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="the file or folder to write (default: the backup folder from the settings)",
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the copy (AES-GCM) with a passphrase, asked or read from standard input",
    )
    backup.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    restore = commands.add_parser(
        "restore",
        parents=[after, user_options(after=True)],
        help="check a backup, keep a copy of the current database, then restore the backup",
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help="the backup to restore; with --password-stdin, the passphrase of an encrypted "
        "one is the line after the password",
    )


def run_backup(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    passphrase = None
    if args.encrypt:
        reader = Secrets(args.passphrase_stdin, BACKUP_PASSPHRASE)
        passphrase = reader.ask("Passphrase for the backup", twice=True)
    elif args.passphrase_stdin:
        raise KnownError("--passphrase-stdin goes with --encrypt.")
    result = clinic.backups.backup(args.output, passphrase=passphrase)
    kind = "encrypted backup" if result.encrypted else "backup"
    print(
        f"{kind} written and checked: {result.path} ({result.size_bytes:,} bytes; "
        f"{result.patients} patients, {result.sessions} sessions; integrity and foreign keys ok)",
        file=out,
    )
    if not result.audited:
        print(
            "not in the audit log: the database's disk is full. Once there is room, take "
            "another backup so that the log records one.",
            file=out,
        )
    return EXIT_OK


def run_restore(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    secrets = Secrets(args.password_stdin)
    log_in_if_needed(clinic, args, secrets)
    clinic.backups.require_restore_rights()
    passphrase = None
    if clinic.backups.needs_passphrase(args.file):
        passphrase = secrets.ask(f"Passphrase of {args.file.name}")
    result = clinic.backups.restore(args.file, passphrase=passphrase)
    upgraded = f", upgraded from schema {result.upgraded_from}" if result.upgraded_from else ""
    print(
        f"restored from {result.source}{upgraded}: {result.patients} patients, "
        f"{result.sessions} sessions; the database as it was is kept at {result.safety_copy}",
        file=out,
    )
    return EXIT_OK
