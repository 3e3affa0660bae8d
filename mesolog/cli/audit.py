"""`mesolog audit verify` and `mesolog audit list`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from mesolog.cli.options import EXIT_ERROR, EXIT_OK, Commands
from mesolog.services.clinic import Clinic


def add_audit_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="verify or list the audit log")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    actions.add_parser(
        "verify",
        parents=[after],
        help="check the whole hash chain and every audited record; names the first break",
    )
    listing = actions.add_parser("list", parents=[after], help="print entries, newest first")
    listing.add_argument("--patient", metavar="ID", help="one patient, by UUID or record number")
    listing.add_argument("--user", metavar="NAME", dest="actor", help="entries by this user")
    listing.add_argument("--since", metavar="DATE", type=_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--limit", metavar="N", type=int, help="at most N entries")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day; write it as YYYY-MM-DD") from None


def run_audit(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    if args.audit_action == "verify":
        return _verify(clinic, out)
    entries = clinic.audit.entries(
        patient=args.patient, actor=args.actor, since=args.since, limit=args.limit
    )
    for e in entries:
        when = e.occurred_at.astimezone().isoformat(timespec="seconds")
        record = f"{e.entity} {e.entity_uuid}" if e.entity_uuid else e.entity
        detail = f"\t{e.detail}" if e.detail else ""
        print(f"{e.id}\t{when}\t{e.actor}\t{e.action}\t{record}{detail}", file=out)
    return EXIT_OK


def _verify(clinic: Clinic, out: TextIO) -> int:
    result = clinic.audit.verify()
    if result.first_break is None:
        print(f"chain intact: {result.entries} entries, newest hash {result.last_hash}", file=out)
    else:
        broken = result.first_break
        print(f"CHAIN BROKEN at entry {broken.entry_id}: {broken.reason}", file=out)
    for m in result.changed_records:
        print(
            f"RECORD CHANGED outside mesolog: {m.entity} {m.entity_uuid} "
            f"(last audited in entry {m.entry_id}): {m.reason}",
            file=out,
        )
    if not result.changed_records:
        print(f"records intact: {result.records_checked} match their newest entry", file=out)
    return EXIT_OK if result.intact else EXIT_ERROR
