"""What every command shares: exit statuses, and the options that may stand before the
command or after it (`mesolog --db x patients` and `mesolog patients --db x` are one)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TypeAlias

from mesolog.cli.speech import say
from mesolog.domain.texts import phrase

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BUG = 70

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

DB_HELP = phrase(
    "cli.options",
    "database file path or SQLAlchemy URL (default: $MESOLOG_DB, else mesolog.sqlite in the "
    "user's data folder). Leave a PostgreSQL password out of it: anyone on the computer can "
    "read the arguments in the process list. PostgreSQL takes the password from PGPASSWORD, "
    "~/.pgpass or a service file (postgresql+psycopg:///?service=NAME), or give "
    "--db-password-stdin",
)
DB_PASSWORD_STDIN_HELP = phrase(
    "cli.options",
    "read the PostgreSQL server's password from standard input (the first line, before any "
    "password --password-stdin reads)",
)
USER_HELP = phrase("cli.options", "act as this account (needed once the database has accounts)")
PASSWORD_STDIN_HELP = phrase(
    "cli.options", "read passwords from standard input, one a line, instead of a prompt"
)


def day(text: str) -> dt.date:
    """An argument that names a day (argparse's `type`)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        refusal = phrase("cli.options", "{text} is not a day; write it as YYYY-MM-DD")
        raise argparse.ArgumentTypeError(say(refusal.having(text=repr(text)))) from None


def database_option(*, after: bool) -> argparse.ArgumentParser:
    """--db and --db-password-stdin; after the command they keep a value given before it
    unless given again."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db", metavar="DB", default=argparse.SUPPRESS if after else None, help=say(DB_HELP)
    )
    options.add_argument(
        "--db-password-stdin",
        dest="db_password_stdin",
        action="store_true",
        default=argparse.SUPPRESS if after else False,
        help=say(DB_PASSWORD_STDIN_HELP),
    )
    return options


def user_options(*, after: bool) -> argparse.ArgumentParser:
    """--user and --password-stdin. After the command they mark it as one that acts as an
    account (`acts_as_user`); before it they are taken for any command that does."""
    options = argparse.ArgumentParser(add_help=False)
    keep = argparse.SUPPRESS if after else None
    options.add_argument("--user", metavar="NAME", default=keep, help=say(USER_HELP))
    options.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS if after else False,
        help=say(PASSWORD_STDIN_HELP),
    )
    if after:
        options.set_defaults(acts_as_user=True)
    return options


STDIN_OPTION = "--db-passphrase-stdin"
STDIN_HELP = phrase(
    "cli.encryption",
    "read the database passphrase from standard input (the first line, before any password "
    "--password-stdin reads) instead of asking on the terminal",
)
ORDER_EPILOG = phrase(
    "cli.encryption",
    "Secrets never come from arguments. On standard input they are one a line, in this "
    "order: the database passphrase (--db-passphrase-stdin) of an encrypted database or the "
    "PostgreSQL server's password (--db-password-stdin), the acting user's password "
    "(--password-stdin), then what the command sets (a new password, a backup's passphrase, "
    "a new database passphrase).",
)


def passphrase_options(*, after: bool) -> argparse.ArgumentParser:
    """--db-passphrase-stdin, before the command or (`after`) after it."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        STDIN_OPTION,
        dest="db_passphrase_stdin",
        action="store_true",
        default=argparse.SUPPRESS if after else False,
        help=say(STDIN_HELP),
    )
    return options
