"""`mesolog user …`: accounts, managed by an admin (the first admin by anyone, once).

When no administrator can log in (locked, disabled, password forgotten), whoever holds
the database (an SQLite file's writer, a PostgreSQL server's superuser) recovers one:
`mesolog user unlock --as-file-owner NAME`, or
`mesolog user passwd --as-file-owner NAME` to set a new password too
(services.account_recovery).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from mesolog.cli.credentials import Secrets, log_in_if_needed
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.cli.speech import say
from mesolog.domain.accounts import Account
from mesolog.domain.enums import Role
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase
from mesolog.services.accounts import sole_admin_after_disabling
from mesolog.services.clinic import Clinic

AS_FILE_OWNER_HELP = {
    "unlock": phrase(
        "cli.accounts",
        "when no administrator can log in: act as the holder of the database instead of an "
        "account, to unlock and enable an administrator's account; audited with the "
        "operating-system user. The holder of an SQLite file is an operating-system user who "
        "may write to it (and gave its passphrase if it is encrypted); of a PostgreSQL "
        "database, a superuser of the server (--db naming a superuser role such as postgres; "
        "the role owning the tables is not enough)",
    ),
    "passwd": phrase(
        "cli.accounts",
        "when no administrator can log in: act as the holder of the database instead of an "
        "account, to unlock and enable an administrator's account and set its password; "
        "audited with the operating-system user. The holder of an SQLite file is an "
        "operating-system user who may write to it (and gave its passphrase if it is "
        "encrypted); of a PostgreSQL database, a superuser of the server (--db naming a "
        "superuser role such as postgres; the role owning the tables is not enough)",
    ),
}
NEW_PASSWORD = phrase("cli.accounts", "New password for {user}")


def add_user_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    as_user = user_options(after=True)
    user = commands.add_parser(
        "user", help=say(phrase("cli.accounts", "manage accounts (an admin's work)"))
    )
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[after, as_user],
        help=say(
            phrase(
                "cli.accounts", "add an account; on a database without accounts, the first admin"
            )
        ),
    )
    add.add_argument(
        "username", metavar="NAME", help=say(phrase("cli.accounts", "the username to log in with"))
    )
    add.add_argument(
        "--role",
        required=True,
        choices=[r.value for r in Role],
        help=say(phrase("cli.accounts", "what the account may do")),
    )
    add.add_argument(
        "--name",
        metavar="TEXT",
        help=say(
            phrase(
                "cli.accounts", "the clinician's name as records print it (default: the username)"
            )
        ),
    )
    for action, words in (
        ("passwd", phrase("cli.accounts", "set the account's password")),
        ("disable", phrase("cli.accounts", "stop the account from logging in")),
        ("enable", phrase("cli.accounts", "let a disabled account log in again")),
        ("unlock", phrase("cli.accounts", "lift a lock from failed log-ins")),
    ):
        parser = actions.add_parser(action, parents=[after, as_user], help=say(words))
        parser.add_argument("username", metavar="NAME")
        if action in AS_FILE_OWNER_HELP:
            parser.add_argument(
                "--as-file-owner", action="store_true", help=say(AS_FILE_OWNER_HELP[action])
            )
    actions.add_parser(
        "list", parents=[after, as_user], help=say(phrase("cli.accounts", "list the accounts"))
    )


def run_user(clinic: Clinic, args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    action = args.user_action
    if action == "add" and not clinic.accounts.has_accounts():
        if args.role != Role.ADMIN.value:
            raise KnownError(
                phrase(
                    "cli.accounts",
                    "The database has no accounts yet: the first one must be an admin "
                    "(--role admin).",
                )
            )
        password = secrets.ask(NEW_PASSWORD.having(user=args.username), twice=True)
        account = clinic.accounts.create_first_admin(
            args.username, args.name or args.username, password
        )
        _tell(out, phrase("cli.accounts", "first account added: {account}"), account)
        return EXIT_OK
    if getattr(args, "as_file_owner", False):
        return _as_file_owner(clinic, args, secrets, out)
    acting_password = log_in_if_needed(clinic, args, secrets, reading=action == "list")
    if action == "list":
        for account in clinic.accounts.overview():
            print(_line(account), file=out)
        return EXIT_OK
    if action == "add":
        password = secrets.ask(NEW_PASSWORD.having(user=args.username), twice=True)
        account = clinic.accounts.add(
            args.username, args.name or args.username, Role(args.role), password
        )
        _tell(out, phrase("cli.accounts", "account added: {account}"), account)
    elif action == "passwd":
        own = args.user == args.username
        clinic.accounts.set_password(
            args.username,
            secrets.ask(NEW_PASSWORD.having(user=args.username), twice=True),
            current=acting_password if own else None,
        )
        done = phrase("cli.accounts", "password set for {user}").having(user=args.username)
        print(say(done), file=out)
    elif action == "disable":
        sole = sole_admin_after_disabling(clinic.accounts.overview(), args.username)
        disabled = clinic.accounts.disable(args.username)
        _tell(out, phrase("cli.accounts", "disabled: {account}"), disabled)
        if sole is not None:
            warning = phrase(
                "cli.accounts",
                "warning: {user} is now the only administrator who can log in. If that "
                "account is locked or its password forgotten, only whoever holds the database "
                "file can recover it: `mesolog user unlock --as-file-owner {user}`. Consider "
                "enabling or adding a second administrator.",
            )
            print(f"mesolog: {say(warning.having(user=sole))}", file=sys.stderr)
    elif action == "enable":
        enabled = clinic.accounts.enable(args.username)
        _tell(out, phrase("cli.accounts", "enabled: {account}"), enabled)
    else:
        unlocked = clinic.accounts.unlock(args.username)
        _tell(out, phrase("cli.accounts", "unlocked: {account}"), unlocked)
    return EXIT_OK


def _as_file_owner(clinic: Clinic, args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    if getattr(args, "user", None) is not None:
        raise KnownError(
            phrase(
                "cli.accounts",
                "--as-file-owner acts as the holder of the database file, not as an account: "
                "leave out --user.",
            )
        )
    password = None
    if args.user_action == "passwd":
        password = secrets.ask(NEW_PASSWORD.having(user=args.username), twice=True)
    account = clinic.accounts.unlock_as_file_owner(args.username, new_password=password)
    if password is None:
        recovered = phrase(
            "cli.accounts",
            "recovered as the holder of the database file: {account}; audited as the "
            "operating-system user {actor}",
        )
    else:
        recovered = phrase(
            "cli.accounts",
            "recovered as the holder of the database file: {account} (new password set); "
            "audited as the operating-system user {actor}",
        )
    _tell(out, recovered.having(actor=clinic.context.actor), account)
    return EXIT_OK


def _tell(out: TextIO, said: Text, account: Account) -> None:
    """`said` of `account`, which it shows as `user list` lists it."""
    print(say(said.having(account=_line(account))), file=out)


def _line(account: Account) -> str:
    """The account as `user list` lists it: tab-separated, for programs too."""
    state = "locked" if account.locked else "active" if account.active else "disabled"
    return f"{account.username}\t{account.role.value}\t{state}\t{account.name}"
