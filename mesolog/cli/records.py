"""The records as a whole: `init`, `demo`, `patients` and `check`."""

from __future__ import annotations

import argparse
from typing import TextIO

from mesolog.cli.counts import COURSES, LOTS, PATIENTS, PRODUCTS, SESSIONS
from mesolog.cli.options import EXIT_ERROR, EXIT_OK, Commands, user_options
from mesolog.cli.speech import say, spoken
from mesolog.cli.terminal import field
from mesolog.domain.texts import phrase, phrase_n
from mesolog.services.clinic import Clinic


def add_record_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    as_user = user_options(after=True)
    init = commands.add_parser(
        "init",
        parents=[after],
        help=say(phrase("cli.records", "create the database, or upgrade it to this version")),
    )
    init.add_argument(
        "--encrypt",
        action="store_true",
        help=say(
            phrase(
                "cli.records",
                "create the database encrypted (SQLCipher) with a new passphrase, asked twice "
                "(or read once with --db-passphrase-stdin); an existing plain database is "
                "encrypted with `mesolog encrypt` instead",
            )
        ),
    )
    demo = commands.add_parser(
        "demo",
        parents=[after, as_user],
        help=say(phrase("cli.records", "fill an empty database with an invented demo clinic")),
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help=say(phrase("cli.records", "leave a database with patients alone, exit 0")),
    )


def add_listing_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    """`patients` and `check`, listed last in the help as before."""
    listing = commands.add_parser(
        "patients",
        parents=[after, user_options(after=True)],
        help=say(phrase("cli.records", "list patients, one a line")),
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=say(phrase("cli.records", "name, record number, phone")),
    )
    listing.add_argument(
        "--all", action="store_true", help=say(phrase("cli.records", "include voided patients"))
    )
    commands.add_parser(
        "check",
        parents=[after],
        help=say(
            phrase(
                "cli.records",
                "check integrity, foreign keys and schema; exit 0 only when all is well",
            )
        ),
    )


def run_init(clinic: Clinic, out: TextIO) -> int:
    migration = clinic.migration
    location = clinic.location
    if migration is None or not migration.changed:
        up_to_date = phrase("cli.records", "{location}: up to date")
        print(say(up_to_date.having(location=location)), file=out)
    else:
        before = migration.from_revision or phrase("cli.records", "none", "no schema yet")
        upgraded = phrase("cli.records", "{location}: schema {before} -> {after}").having(
            location=location, before=before, after=migration.to_revision
        )
        print(say(upgraded), file=out)
        if migration.backup is not None:
            copy = phrase("cli.records", "copy taken before the upgrade: {path}")
            print(say(copy.having(path=migration.backup)), file=out)
        for done in migration.after:
            print(say(done), file=out)
    shipped = clinic.templates.add_shipped(spoken().code)
    if shipped:
        added = phrase_n(
            "cli.records", "%n protocol templates added (Settings > Templates)", None, 1
        )
        print(say(added.counting(shipped)), file=out)
    if clinic.context.db.encrypted:
        encrypted = phrase(
            "cli.records",
            "encrypted (SQLCipher): the database and its backups open only with its "
            "passphrase; keep it safe",
        )
        print(say(encrypted), file=out)
    return EXIT_OK


def run_demo(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.services.demo import DemoService

    report = DemoService(clinic.context).fill(if_empty=args.if_empty, language=spoken().code)
    clinic.templates.add_shipped(spoken().code)
    if report.skipped:
        skipped = phrase("cli.records", "the database holds patients already; no demo written")
        print(say(skipped), file=out)
        return EXIT_OK
    counts = {
        "patients": PATIENTS.counting(report.patients),
        "courses": COURSES.counting(report.courses),
        "sessions": SESSIONS.counting(report.sessions),
    }
    if report.products:
        written = phrase(
            "cli.records",
            "demo clinic written: {patients}, {courses}, {sessions}, {products}, {lots}",
        ).having(
            **counts,
            products=PRODUCTS.counting(report.products),
            lots=LOTS.counting(report.lots),
        )
    else:
        written = phrase(
            "cli.records", "demo clinic written: {patients}, {courses}, {sessions}"
        ).having(**counts)
    print(say(written), file=out)
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
        if item.ok:
            line = phrase("cli.records", "ok    {check}: {detail}", "a check that passed")
        elif item.warning:
            line = phrase("cli.records", "WARN  {check}: {detail}", "a check that warns")
        else:
            line = phrase("cli.records", "FAIL  {check}: {detail}", "a check that failed")
        print(say(line.having(check=item.name, detail=item.detail)), file=out)
    if not report.ok:
        print(say(phrase("cli.records", "problems found")), file=out)
    elif report.warnings:
        warned = phrase_n("cli.records", "all is well but for %n warning(s)", None, 1)
        print(say(warned.counting(len(report.warnings))), file=out)
    else:
        print(say(phrase("cli.records", "all is well")), file=out)
    return EXIT_OK if report.ok else EXIT_ERROR
