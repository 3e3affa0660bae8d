"""`mesolog migrate --to URL`: the clinic's SQLite file copied into an empty PostgreSQL
database (services.server_migration), all or nothing, with a report.

The server's password never comes from the arguments: libpq's PGPASSWORD, ~/.pgpass or a
service file, or `--to-password-stdin` (on standard input after the file's passphrase,
when `--db-passphrase-stdin` reads that too). The report names the server without it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from mesolog.cli.credentials import SecretKind, Secrets
from mesolog.cli.encryption import database_passphrase
from mesolog.cli.options import EXIT_OK, Commands
from mesolog.cli.speech import grouped, say
from mesolog.domain.texts import phrase
from mesolog.services.clinic import names_a_password, operating_system_user, with_server_password

if TYPE_CHECKING:
    from mesolog.services.server_migration import MigrationReport, TableCopy

COMMAND = "migrate"
DIGEST_SHOWN = 16
TO_PASSWORD = SecretKind(
    phrase(
        "cli.migrate",
        "Standard input ended before the password of the server moved to ({prompt}).",
    ),
    "--to-password-stdin",
)
PASSWORD_IN_TO = phrase(
    "cli.migrate",
    "warning: the password in --to can be read by anyone on this computer in the process "
    "list. Give it with PGPASSWORD, ~/.pgpass or a service file, or on standard input with "
    "--to-password-stdin.",
)


def add_migrate_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    migrate = commands.add_parser(
        COMMAND,
        parents=[after],
        help=say(
            phrase(
                "cli.migrate",
                "move the clinic from its SQLite file (--db) into an empty PostgreSQL "
                "database; all or nothing",
            )
        ),
        description=say(
            phrase(
                "cli.migrate",
                "Copy every record, every version and the audit log of the SQLite file "
                "named by --db (plain or encrypted) into an empty PostgreSQL database, then "
                "check it there. All or nothing: the copy is one transaction on the server, "
                "so a failure or Ctrl-C leaves the server's database empty, and the copy is "
                "removed again should `audit verify` fail on the server. The file is upgraded "
                "to this version first if it is older, and otherwise only read. Close mesolog "
                "on every workstation first. Connect as the role that owns the schema (it "
                "switches the guard triggers off for the copy's own transaction).",
            )
        ),
    )
    migrate.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help=say(
            phrase(
                "cli.migrate",
                "the empty PostgreSQL database, as postgresql+psycopg://USER@HOST/DATABASE or "
                "postgresql+psycopg:///?service=NAME; leave its password out",
            )
        ),
    )
    migrate.add_argument(
        "--to-password-stdin",
        action="store_true",
        help=say(
            phrase(
                "cli.migrate",
                "read the PostgreSQL server's password from standard input (after the file's "
                "passphrase, when --db-passphrase-stdin reads that too)",
            )
        ),
    )


def run_migrate(args: argparse.Namespace, out: TextIO) -> int:
    # Imported here: the window starts through this module's parser (psycopg, the copy).
    from mesolog.services.server_migration import migrate_to_server, server_target

    server_target(args.to)  # refused before any secret is read
    if names_a_password(args.to):
        print(f"mesolog: {say(PASSWORD_IN_TO)}", file=sys.stderr)
    passphrase = database_passphrase(args, creates=False)
    to = args.to
    if args.to_password_stdin:
        prompt = phrase("cli.migrate", "Password of the server moved to")
        to = with_server_password(to, Secrets(True, TO_PASSWORD).ask(prompt))
    report = migrate_to_server(
        args.db, to, passphrase=passphrase, actor=operating_system_user(), progress=_progress
    )
    _report(report, out)
    return EXIT_OK


def _progress(table: TableCopy, place: int, tables: int) -> None:
    copied = phrase("cli.migrate", "copied {place} of {tables} tables: {table}, rows: {rows}")
    said = copied.having(table=table.table, rows=grouped(table.rows), place=place, tables=tables)
    print(say(said), file=sys.stderr, flush=True)


def _report(report: MigrationReport, out: TextIO) -> None:
    moved = phrase(
        "cli.migrate", "moved to {target}, all or nothing (one transaction on the server)"
    )
    print(say(moved.having(target=report.target)), file=out)
    width = max(len(table.table) for table in report.source_tables)
    for table, server in zip(report.source_tables, report.server_tables, strict=True):
        rows = f"{grouped(table.rows):>11}"
        digests = f"{table.digest[:DIGEST_SHOWN]}…  {server.digest[:DIGEST_SHOWN]}…"
        print(f"  {table.table:<{width}} {rows}  {digests}", file=out)
    compared = phrase(
        "cli.migrate",
        "{rows} rows in {tables} tables: each table has as many rows on the server as in the "
        "file, and the same digest (the two columns above: the start of the SHA-256 of its "
        "rows in key order).",
    )
    print(
        say(compared.having(rows=grouped(report.rows), tables=len(report.source_tables))), file=out
    )
    verification = report.verification
    chain = phrase(
        "cli.migrate",
        "audit verify on the server: intact, {entries} entries (the file's {file_entries} and "
        "the migration's own), {records} records compared with their entries, guards in "
        "place; the file's chain head {head}, the server's now {last}.",
    )
    print(
        say(
            chain.having(
                entries=grouped(verification.entries),
                file_entries=grouped(report.source_head.entries),
                records=grouped(verification.records_checked),
                head=report.source_head.last_hash,
                last=verification.last_hash,
            )
        ),
        file=out,
    )
    left = phrase(
        "cli.migrate",
        "The SQLite file {path} was left as it was: keep it as the record of the move. Point "
        "every workstation at the server (MESOLOG_DB={target}) before opening mesolog again.",
    )
    print(say(left.having(path=report.source, target=report.target)), file=out)
    rate = round(report.rows / report.seconds) if report.seconds > 0 else report.rows
    took = phrase("cli.migrate", "{seconds} s, {rate} rows a second")
    print(say(took.having(seconds=f"{report.seconds:.1f}", rate=grouped(rate))), file=out)
