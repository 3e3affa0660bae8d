"""`mesolog audit verify` and `mesolog audit list`."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from typing import TextIO

from mesolog.cli.audit_anchors import add_anchor_options, check_anchors, read_anchors
from mesolog.cli.options import EXIT_ERROR, EXIT_OK, Commands
from mesolog.services.audit import AuditVerification
from mesolog.services.clinic import Clinic


def add_audit_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="verify or list the audit log")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        parents=[after],
        help="check the whole hash chain, every audited record and the triggers that guard "
        "them; names the first break, each record no entry wrote and each guard not as made",
    )
    add_anchor_options(verify)
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
        anchors = read_anchors(clinic, args)  # a backup's passphrase asked before the walk
        return max(_verify(clinic, out), check_anchors(clinic, anchors, out))
    entries = clinic.audit.entries(
        patient=args.patient, actor=args.actor, since=args.since, limit=args.limit
    )
    for e in entries:
        when = e.occurred_at.astimezone().isoformat(timespec="seconds")
        record = f"{e.entity} {e.entity_uuid}" if e.entity_uuid else e.entity
        detail = f"\t{e.detail}" if e.detail else ""
        line = f"{e.id}\t{e.entry_hash}\t{when}\t{e.actor}\t{e.action}\t{record}{detail}"
        print(line, file=out)
    return EXIT_OK


def _verify(clinic: Clinic, out: TextIO) -> int:
    result = clinic.audit.verify()
    for line in _verification_lines(result):
        print(line, file=out)
    return EXIT_OK if result.intact else EXIT_ERROR


def _verification_lines(result: AuditVerification) -> Iterator[str]:
    """What `audit verify` prints: the chain, the records, the guards, then warnings."""
    yield from _chain_lines(result)
    yield from _record_lines(result)
    yield from _guard_lines(result)
    yield from _file_lines(result)


def _chain_lines(result: AuditVerification) -> Iterator[str]:
    broken = result.first_break
    if broken is None:
        yield f"chain intact: {result.entries} entries, newest hash {result.last_hash}"
    else:
        yield f"CHAIN BROKEN at entry {broken.entry_id}: {broken.reason}"


def _record_lines(result: AuditVerification) -> Iterator[str]:
    for m in result.changed_records:
        yield (
            f"RECORD CHANGED outside mesolog: {m.entity} {m.entity_uuid} "
            f"(last audited in entry {m.entry_id}): {m.reason}"
        )
    for r in result.unaudited_records:
        named = f"{r.entity} {r.entity_uuid}" if r.entity_uuid else f"{r.entity} row {r.row_id}"
        why = str(r.why)
        if r.part_of is not None:
            why = f"it is part of {r.part_of[0]} {r.part_of[1]}, which no audit entry wrote"
        yield f"RECORD ADDED outside mesolog: {named}: {why}"
    if not result.changed_records and not result.unaudited_records:
        yield (
            f"records intact: {result.records_checked} match their newest entry, and an entry "
            "wrote every record"
        )


def _guard_lines(result: AuditVerification) -> Iterator[str]:
    for g in result.guard_problems:
        where = f" on {g.table}" if g.table else ""
        yield f"GUARD NOT AS MESOLOG MADE IT: {g.name}{where}: {g.fault}"
    if not result.guard_problems:
        yield "guards intact: every trigger that guards the records is as mesolog made it"


def _file_lines(result: AuditVerification) -> Iterator[str]:
    for f in result.exposed_files:
        what = "folder" if f.folder else "file"
        yield f"WARNING: others on this computer may read this {what}: {f.path} ({f.octal})"
