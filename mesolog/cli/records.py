"""The records as a whole: `init`, `demo`, `patients` and `check`."""

from __future__ import annotations

import argparse
from typing import TextIO

from mesolog.cli.options import EXIT_ERROR, EXIT_OK, Commands, user_options
from mesolog.cli.terminal import field
from mesolog.services.clinic import Clinic


def add_record_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    as_user = user_options(after=True)
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


def add_listing_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    """`patients` and `check`, listed last in the help as before."""
    listing = commands.add_parser(
        "patients", parents=[after, user_options(after=True)], help="list patients, one a line"
    )
    listing.add_argument("--search", metavar="TEXT", default="", help="name, record number, phone")
    listing.add_argument("--all", action="store_true", help="include voided patients")
    commands.add_parser(
        "check",
        parents=[after],
        help="check integrity, foreign keys and schema; exit 0 only when all is well",
    )


def run_init(clinic: Clinic, out: TextIO) -> int:
    migration = clinic.migration
    if migration is None or not migration.changed:
        print(f"{clinic.location}: up to date", file=out)
    else:
        before = migration.from_revision or "none"
        print(f"{clinic.location}: schema {before} -> {migration.to_revision}", file=out)
        if migration.backup is not None:
            print(f"copy taken before the upgrade: {migration.backup}", file=out)
        for done in migration.after:
            print(done, file=out)
    shipped = clinic.templates.add_shipped()
    if shipped:
        print(f"{shipped} protocol templates added (Settings > Templates)", file=out)
    if clinic.context.db.encrypted:
        print(
            "encrypted (SQLCipher): the database and its backups open only with its "
            "passphrase; keep it safe",
            file=out,
        )
    return EXIT_OK


def run_demo(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.services.demo import DemoService

    report = DemoService(clinic.context).fill(if_empty=args.if_empty)
    clinic.templates.add_shipped()
    if report.skipped:
        print("the database holds patients already; no demo written", file=out)
        return EXIT_OK
    catalogue = f", {report.products} products, {report.lots} lots" if report.products else ""
    print(
        f"demo clinic written: {report.patients} patients, {report.courses} courses, "
        f"{report.sessions} sessions{catalogue}",
        file=out,
    )
    return EXIT_OK


def run_patients(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    for p in clinic.patients.search(args.search, limit=1_000_000, include_voided=args.all):
        number = field(p.record_number) or "-"
        print(f"{p.id}\t{number}\t{field(p.display_name)}\t{p.date_of_birth}", file=out)
    return EXIT_OK


def run_check(clinic: Clinic, out: TextIO) -> int:
    from mesolog.services.checks import CheckService

    report = CheckService(clinic.context).run()
    for item in report.items:
        mark = "ok  " if item.ok else "WARN" if item.warning else "FAIL"
        print(f"{mark}  {item.name}: {item.detail}", file=out)
    if not report.ok:
        print("problems found", file=out)
    elif report.warnings:
        print(f"all is well but for {len(report.warnings)} warning(s)", file=out)
    else:
        print("all is well", file=out)
    return EXIT_OK if report.ok else EXIT_ERROR
