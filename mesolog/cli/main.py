"""The command line: `mesolog [--db DB] [--user NAME] COMMAND`; with no command it opens
the window. Each command group lives in its own module; this one parses and dispatches.

Exit status: 0 success, 1 an error the user can fix (message on stderr, no
traceback), 2 wrong usage, 70 a bug (traceback on stderr).

An encrypted database's passphrase is asked for, or read from standard input
with `--db-passphrase-stdin` (cli.encryption says in which order secrets come).

Messages and help are in the language chosen before the parser is built (cli.speech):
`--language el|en` before the command, else `MESOLOG_LANGUAGE`, else this workstation's
choice, else the system's. Without a command, the window opens in that language too.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from mesolog import __version__
from mesolog.cli.argparse_words import VERSION_HELP
from mesolog.cli.credentials import PASSWORD_IN_ARGUMENTS, read_server_password
from mesolog.cli.options import (
    EXIT_BUG,
    EXIT_ERROR,
    EXIT_OK,
    ORDER_EPILOG,
    database_option,
    passphrase_options,
    user_options,
)
from mesolog.cli.speech import chosen_language, say, speak
from mesolog.cli.terminal import message, visible_output
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
from mesolog.language.choice import CODES

# The commands' modules (and with them the database's) are imported when a command is given:
# without one, the window's start shell paints before they are needed.
if TYPE_CHECKING:
    from mesolog.services.clinic import Clinic

MAINTENANCE = {"init", "check", "audit", "backup"}
"""Commands that handle the file as a whole: the audit log names the OS user."""
READING = {"patients"}
"""Commands that only read, so go on when the full disk leaves their log-in unrecorded. Not
`export`: its audit entry is the record of health data leaving the clinic, which an
account could otherwise take unrecorded by filling the disk first."""
GLOBAL_OPTIONS = {
    "-h": False,
    "--help": False,
    "--db": True,
    "--db-password-stdin": False,
    "--db-passphrase-stdin": False,
    "--user": True,
    "--password-stdin": False,
    "--version": False,
    "--language": True,
}
"""The options before the command, and whether each takes a value: what the language is
read from before the parser exists (tests/cli/test_language_choice.py holds it to the
parser)."""


def build_parser() -> argparse.ArgumentParser:
    from mesolog.cli.accounts import add_user_commands
    from mesolog.cli.audit import add_audit_commands
    from mesolog.cli.backups import add_backup_commands
    from mesolog.cli.catalogue import add_catalogue_commands
    from mesolog.cli.catalogue_adoption import add_catalogue_adoption_commands
    from mesolog.cli.desktop_entry import add_desktop_entry_commands
    from mesolog.cli.encryption import add_encryption_commands
    from mesolog.cli.migrate import add_migrate_commands
    from mesolog.cli.reactions import add_reaction_commands
    from mesolog.cli.recall import add_recall_commands
    from mesolog.cli.records import add_listing_commands, add_record_commands
    from mesolog.cli.transfer import add_transfer_commands

    parser = _global_options(argparse.ArgumentParser)
    after = argparse.ArgumentParser(
        add_help=False, parents=[database_option(after=True), passphrase_options(after=True)]
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_record_commands(commands, after)
    add_transfer_commands(commands, after)
    add_audit_commands(commands, after)
    add_user_commands(commands, after)
    add_backup_commands(commands, after)
    add_encryption_commands(commands, after)
    add_migrate_commands(commands, after)
    add_recall_commands(commands, after)
    add_reaction_commands(commands, after)
    add_catalogue_commands(commands, after)
    add_catalogue_adoption_commands(commands, after)
    add_listing_commands(commands, after)
    add_desktop_entry_commands(commands)
    return parser


def _global_options(kind: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """mesolog's parser, made as `kind`, with the options that stand before the command."""
    parser = kind(
        prog="mesolog",
        description=say(
            phrase(
                "cli.main",
                "Treatment records for mesotherapy and micro-needling clinics. "
                "Without a command, opens the window.",
            )
        ),
        parents=[
            database_option(after=False),
            passphrase_options(after=False),
            user_options(after=False),
        ],
        epilog=say(ORDER_EPILOG),
    )
    parser.add_argument(
        "--version", action="version", version=f"mesolog {__version__}", help=say(VERSION_HELP)
    )
    parser.add_argument(
        "--language",
        dest="spoken_language",
        choices=CODES,
        help=say(
            phrase(
                "cli.main",
                "the language of mesolog's messages, here and in the window it opens: el "
                "(Greek) or en (English); default: $MESOLOG_LANGUAGE, else the one chosen in "
                "the window's Settings on this computer, else the system's",
            )
        ),
    )
    return parser


class _NotTheWindowError(Exception):
    """The arguments are not the window's alone: the whole parser reads them."""


class _WindowParser(argparse.ArgumentParser):
    """The options before the command and no command, nor help: what opens the window."""

    def __init__(self, **options: Any) -> None:
        super().__init__(add_help=False, **options)

    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowError(message)


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they open the window (no command; nothing wrong with them), read
    without importing any command's module; else None."""
    try:
        args = _global_options(_WindowParser).parse_args(argv)
    except _NotTheWindowError:
        return None
    args.command = None
    return args


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; --user or --password-stdin before a command that acts as no account
    is a usage error, not a silent no-op."""
    window = _window_arguments(sys.argv[1:] if argv is None else argv)
    if window is not None:
        return window
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None and not getattr(args, "acts_as_user", False):
        given = [
            option
            for option, value in (("--user", args.user), ("--password-stdin", args.password_stdin))
            if value
        ]
        if given:
            words = " ".join(part for part in (args.command, getattr(args, "format", None)) if part)
            if len(given) == 1:
                refusal = phrase(
                    "cli.main", "{option} do not apply to `{command}`: it acts as no account"
                ).having(option=given[0])
            else:
                refusal = phrase(
                    "cli.main",
                    "{option} and {other} do not apply to `{command}`: it acts as no account",
                ).having(option=given[0], other=given[1])
            parser.error(say(refusal.having(command=words)))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    # Health data stays private: mesolog makes its own files 0600 (persistence.private_files);
    # this second line of defence covers files other code makes (Qt's settings, a library's).
    os.umask(0o077)
    arguments = sys.argv[1:] if argv is None else argv
    speak(chosen_language(arguments, GLOBAL_OPTIONS))
    args = parse(arguments)
    if _names_a_password(args.db):
        print(f"mesolog: {say(PASSWORD_IN_ARGUMENTS)}", file=sys.stderr)
    if args.command is None:
        return _window(args)
    try:
        return _run(args, visible_output(sys.stdout))
    except KnownError as error:
        _say(error)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (`| head`) stopped early; that is not our failure.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        interrupted = phrase("cli.main", "interrupted; nothing was written")
        print(f"mesolog: {say(interrupted)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        bug = phrase("cli.main", "internal error (a bug, please report it):")
        print(f"mesolog: {say(bug)}", file=sys.stderr)
        traceback.print_exc()
        return EXIT_BUG


def _names_a_password(database: str | None) -> bool:
    # Only a URL holds a password: a file path (the window's usual) needs no database import.
    if database is None or "://" not in database:
        return False
    from mesolog.services.clinic import names_a_password

    return names_a_password(database)


def _say(error: KnownError) -> None:
    print(f"mesolog: {message(say(error.text))}", file=sys.stderr)


def _window(args: argparse.Namespace) -> int:
    from mesolog.app import run_gui

    if args.spoken_language is not None:
        # The window reads the environment before the stored choice, as the command line
        # does: so --language reaches it.
        os.environ["MESOLOG_LANGUAGE"] = args.spoken_language
    try:
        read_server_password(args)
    except KnownError as error:
        _say(error)
        return EXIT_ERROR
    exit_code: int = run_gui(args.db)
    return exit_code


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.cli.accounts import run_user
    from mesolog.cli.backups import run_restore
    from mesolog.cli.credentials import Secrets, log_in_if_needed
    from mesolog.cli.desktop_entry import COMMAND as DESKTOP_ENTRY
    from mesolog.cli.desktop_entry import run_desktop_entry
    from mesolog.cli.encryption import (
        ENCRYPTION_COMMANDS,
        database_passphrase,
        run_encryption_command,
    )
    from mesolog.cli.migrate import COMMAND as MIGRATE
    from mesolog.cli.migrate import run_migrate
    from mesolog.cli.transfer import run_import
    from mesolog.services.clinic import Clinic

    if args.command == DESKTOP_ENTRY:
        return run_desktop_entry(args, out)
    read_server_password(args)  # the first line of standard input, before any other secret
    if args.command in ENCRYPTION_COMMANDS:
        return run_encryption_command(args, out)
    if args.command == MIGRATE:
        return run_migrate(args, out)
    secrets = Secrets(args.password_stdin)
    if args.command == "import":
        return run_import(args, secrets, out)
    creates = args.command in {"init", "demo", "user"}
    migrates = args.command not in {"check", "audit"}
    # The database passphrase first: it comes before any password on standard input.
    passphrase = database_passphrase(args, creates=creates)
    with Clinic.open(args.db, passphrase=passphrase, create=creates, migrate=migrates) as clinic:
        if args.command == "user":
            return run_user(clinic, args, secrets, out)
        if args.command == "restore":
            return run_restore(clinic, args, out)
        if args.command not in MAINTENANCE:
            log_in_if_needed(clinic, args, secrets, reading=args.command in READING)
        return _run_open(clinic, args, out)


def _run_open(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.cli.audit import run_audit
    from mesolog.cli.backups import run_backup
    from mesolog.cli.catalogue import CATALOGUE_COMMANDS, run_catalogue
    from mesolog.cli.catalogue_adoption import run_catalogue_adoption
    from mesolog.cli.reactions import run_reactions
    from mesolog.cli.recall import run_recall
    from mesolog.cli.records import run_check, run_demo, run_init, run_patients
    from mesolog.cli.transfer import run_export

    command = args.command
    if getattr(args, "adopt_catalogue", False):
        return run_catalogue_adoption(clinic, out)
    if command == "init":
        return run_init(clinic, out)
    if command == "backup":
        return run_backup(clinic, args, out)
    if command == "demo":
        return run_demo(clinic, args, out)
    if command == "export":
        return run_export(clinic, args, out)
    if command == "audit":
        return run_audit(clinic, args, out)
    if command == "patients":
        return run_patients(clinic, args, out)
    if command in CATALOGUE_COMMANDS:
        return run_catalogue(clinic, args, out)
    if command == "reactions":
        return run_reactions(clinic, args, out)
    if command == "recall":
        return run_recall(clinic, args, out)
    return run_check(clinic, out)
