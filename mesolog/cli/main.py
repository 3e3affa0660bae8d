"""The command line: `mesolog [--db DB] COMMAND`; with no command it opens the window.

Exit status: 0 success, 1 an error the user can fix (message on stderr, no
traceback), 2 wrong usage, 70 a bug (traceback on stderr).

An encrypted database's passphrase is asked for, or read from standard input
with `--db-passphrase-stdin` (cli_encryption says in which order secrets come).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from mesolog import __version__
from mesolog.cli.accounts import (
    Secrets,
    add_user_commands,
    log_in_if_needed,
    run_user,
    user_options,
)
from mesolog.cli.audit import add_audit_commands, run_audit
from mesolog.cli.backups import add_backup_commands, run_backup, run_restore
from mesolog.cli.encryption import (
    ENCRYPTION_COMMANDS,
    ORDER_EPILOG,
    add_encryption_commands,
    database_passphrase,
    passphrase_options,
    run_encryption_command,
)
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70


DB_HELP = (
    "database file path or SQLAlchemy URL (default: $MESOLOG_DB, "
    "else mesolog.sqlite in the user's data folder)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mesolog",
        description="Treatment records for mesotherapy and micro-needling clinics. "
        "Without a command, opens the window.",
        parents=[passphrase_options(after=False)],
        epilog=ORDER_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"mesolog {__version__}")
    parser.add_argument("--db", metavar="DB", help=DB_HELP)
    # --db also after the command (`mesolog patients --db x`); SUPPRESS keeps the first.
    after = argparse.ArgumentParser(add_help=False, parents=[passphrase_options(after=True)])
    after.add_argument("--db", metavar="DB", default=argparse.SUPPRESS, help=DB_HELP)
    as_user = user_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init", parents=[after], help="create the database, or upgrade it to this version"
    )
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="create the database encrypted (SQLCipher) with a new passphrase, asked twice "
        "(or read once with --db-passphrase-stdin); an existing plain database is "
        "encrypted with `mesolog encrypt` instead",
    )
    demo = commands.add_parser(
        "demo",
        parents=[after, as_user],
        help="fill an empty database with an invented demo clinic",
    )
    demo.add_argument(
        "--if-empty", action="store_true", help="leave a database with patients alone, exit 0"
    )
    importing = commands.add_parser(
        "import", parents=[after, as_user], help="import a mesolog export file (all or nothing)"
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="the JSON file, - for stdin")
    exporting = commands.add_parser("export", help="export records")
    formats = exporting.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser(
        "json", parents=[after, as_user], help="the interchange format (mesolog-export-v1)"
    )
    as_json.add_argument("--patient", metavar="ID", help="one patient, by UUID or record number")
    as_json.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="file to write, - for stdout"
    )
    as_pdf = formats.add_parser(
        "pdf", parents=[after, as_user], help="a patient's treatment summary as a PDF document"
    )
    as_pdf.add_argument(
        "--patient", metavar="ID", required=True, help="the patient, by UUID or record number"
    )
    as_pdf.add_argument("--course", metavar="ID", help="only this course (its UUID)")
    as_pdf.add_argument(
        "--include-drafts", action="store_true", help="include unsigned sessions, marked as drafts"
    )
    as_pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    as_pdf.add_argument("--locale", default="en_GB", help="numbers and dates as in this locale")
    as_pdf.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    add_audit_commands(commands, after)
    add_user_commands(commands, after)
    add_backup_commands(commands, after)
    add_encryption_commands(commands, after)
    listing = commands.add_parser(
        "patients", parents=[after, as_user], help="list patients, one a line"
    )
    listing.add_argument("--search", metavar="TEXT", default="", help="name, record number, phone")
    listing.add_argument("--all", action="store_true", help="include voided patients")
    commands.add_parser(
        "check",
        parents=[after],
        help="check integrity, foreign keys and schema; exit 0 only when all is well",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from mesolog.app import run_gui

        exit_code: int = run_gui(args.db)
        return exit_code
    try:
        return _run(args, sys.stdout)
    except KnownError as error:
        print(f"mesolog: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (`| head`) stopped early; that is not our failure.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("mesolog: interrupted; nothing was written", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        print("mesolog: internal error (a bug, please report it):", file=sys.stderr)
        traceback.print_exc()
        return EXIT_BUG


MAINTENANCE = {"init", "check", "audit", "backup"}
"""Commands that handle the file as a whole: the audit log names the OS user."""


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.command in ENCRYPTION_COMMANDS:
        return run_encryption_command(args, out)
    creates = args.command in {"init", "demo", "import", "user"}
    migrates = args.command not in {"check", "audit"}
    secrets = Secrets(getattr(args, "password_stdin", False))
    if args.command == "import":
        return _import(args, secrets, out)
    # The database passphrase first: it comes before any password on standard input.
    passphrase = database_passphrase(args, creates=creates)
    with Clinic.open(args.db, passphrase=passphrase, create=creates, migrate=migrates) as clinic:
        if args.command == "user":
            return run_user(clinic, args, secrets, out)
        if args.command == "restore":
            return run_restore(clinic, args, out)
        if args.command not in MAINTENANCE:
            log_in_if_needed(clinic, args, secrets)
        if args.command == "init":
            return _init(clinic, out)
        if args.command == "backup":
            return run_backup(clinic, args, out)
        if args.command == "demo":
            from mesolog.services.demo import DemoService

            report = DemoService(clinic.context).fill(if_empty=args.if_empty)
            if report.skipped:
                print("the database holds patients already; no demo written", file=out)
                return EXIT_OK
            print(
                f"demo clinic written: {report.patients} patients, {report.courses} courses, "
                f"{report.sessions} sessions",
                file=out,
            )
            return EXIT_OK
        if args.command == "export" and args.format == "pdf":
            return _export_pdf(clinic, args, out)
        if args.command == "export":
            return _export_json(clinic, args.patient, args.output, out)
        if args.command == "audit":
            return run_audit(clinic, args, out)
        if args.command == "patients":
            for p in clinic.patients.search(args.search, limit=1_000_000, include_voided=args.all):
                number = p.record_number or "-"
                print(f"{p.id}\t{number}\t{p.display_name}\t{p.date_of_birth}", file=out)
            return EXIT_OK
        return _check(clinic, out)


def _init(clinic: Clinic, out: TextIO) -> int:
    migration = clinic.migration
    if migration is None or not migration.changed:
        print(f"{clinic.location}: up to date", file=out)
    else:
        before = migration.from_revision or "none"
        print(f"{clinic.location}: schema {before} -> {migration.to_revision}", file=out)
        if migration.backup is not None:
            print(f"copy taken before the upgrade: {migration.backup}", file=out)
    if clinic.context.db.encrypted:
        print(
            "encrypted (SQLCipher): the database and its backups open only with its "
            "passphrase; keep it safe",
            file=out,
        )
    return EXIT_OK


def _import(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """Checks the whole file first, so that a bad one leaves no new database behind."""
    from mesolog.services.context import utc_now
    from mesolog.services.transfer_import import ImportService, read_clinic_file

    file: Path = args.file
    if str(file) == "-" and args.password_stdin:
        raise KnownError("The file and the password cannot both come from standard input.")
    if str(file) == "-" and args.db_passphrase_stdin:
        raise KnownError(
            "The file and the database passphrase cannot both come from standard input."
        )
    # Asked before the file is read, so a refused passphrase reads nothing.
    passphrase = database_passphrase(args, creates=True)
    data = sys.stdin.buffer.read() if str(file) == "-" else _read_file(file)
    clinic_file = read_clinic_file(data, now=utc_now())
    with Clinic.open(args.db, passphrase=passphrase) as clinic:
        log_in_if_needed(clinic, args, secrets)
        report = ImportService(clinic.context).import_records(clinic_file)
    print(report.summary(), file=out)
    return EXIT_OK


def _read_file(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as error:
        raise KnownError(f"Cannot read {file}: {error.strerror}") from error


def _export_json(clinic: Clinic, patient: str | None, output: str, out: TextIO) -> int:
    from mesolog.services.transfer_export import ExportService

    document = ExportService(clinic.context).export_document(patient=patient)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output == "-":
        out.write(text)
        return EXIT_OK
    _write_atomically(Path(output), text)
    count = len(document["patients"])
    print(f"{count} patient(s) written to {output}", file=sys.stderr)
    return EXIT_OK


def _export_pdf(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.domain.ids import CourseId
    from mesolog.reports.summary_data import PaperSize
    from mesolog.services.summary import SummaryService

    course_id = None
    if args.course is not None:
        try:
            course_id = CourseId(uuid.UUID(args.course))
        except ValueError as error:
            raise KnownError(f"--course {args.course!r} is not a course id (a UUID).") from error
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(
        args.patient,
        course_id=course_id,
        include_drafts=args.include_drafts,
        paper=PaperSize(args.paper),
        locale=args.locale,
    )
    summaries.write_pdf(data, Path(args.output))
    print(f"treatment summary written to {args.output}", file=out)
    return EXIT_OK


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise KnownError(f"Cannot write {path}: {error.strerror}") from error


def _check(clinic: Clinic, out: TextIO) -> int:
    from mesolog.services.checks import CheckService

    report = CheckService(clinic.context).run()
    for item in report.items:
        print(f"{'ok  ' if item.ok else 'FAIL'}  {item.name}: {item.detail}", file=out)
    print("all is well" if report.ok else "problems found", file=out)
    return EXIT_OK if report.ok else EXIT_ERROR
