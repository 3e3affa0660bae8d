"""`mesolog audit verify` and `mesolog audit list`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import TextIO

from mesolog.cli.audit_anchors import add_anchor_options, check_anchors, read_anchors
from mesolog.cli.options import EXIT_ERROR, EXIT_OK, Commands, day
from mesolog.cli.speech import say
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.services.audit import (
    INCREMENTAL_FROM,
    TURNS,
    AuditVerification,
    CheckKind,
    VerifyScope,
)
from mesolog.services.clinic import Clinic


def add_audit_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    audit = commands.add_parser(
        "audit", help=say(phrase("cli.audit", "verify or list the audit log"))
    )
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        parents=[after],
        help=say(
            phrase(
                "cli.audit",
                "check the hash chain, the audited records and the triggers that guard them; "
                "names the first break, each record no entry wrote and each guard not as made. "
                "Past {size} entries a check starts from the mark the last intact check left on "
                "this computer: the entries after it and a seventh of the older ones, the "
                "records those entries wrote and a seventh of the others, every record's entry "
                "and every guard. A record altered behind mesolog's back between two checks, "
                "its guards dropped and put back, is found when its seventh comes round or by "
                "--full",
            ).having(size=INCREMENTAL_FROM)
        ),
    )
    verify.add_argument(
        "--full",
        action="store_true",
        help=say(phrase("cli.audit", "check every entry and every record, whatever the mark")),
    )
    add_anchor_options(verify)
    listing = actions.add_parser(
        "list", parents=[after], help=say(phrase("cli.audit", "print entries, newest first"))
    )
    listing.add_argument(
        "--patient",
        metavar="ID",
        help=say(phrase("cli.audit", "one patient, by UUID or record number")),
    )
    listing.add_argument(
        "--user",
        metavar="NAME",
        dest="actor",
        help=say(phrase("cli.audit", "entries by this user")),
    )
    listing.add_argument(
        "--since",
        metavar="DATE",
        type=day,
        help=say(phrase("cli.audit", "from this day (YYYY-MM-DD)")),
    )
    listing.add_argument(
        "--limit", metavar="N", type=int, help=say(phrase("cli.audit", "at most N entries"))
    )


def run_audit(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    if args.audit_action == "verify":
        anchors = read_anchors(clinic, args)  # a backup's passphrase asked before the walk
        return max(_verify(clinic, out, full=args.full), check_anchors(clinic, anchors, out))
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


def _verify(clinic: Clinic, out: TextIO, *, full: bool) -> int:
    result = clinic.audit.verify(full=full)
    for line in _verification_lines(result):
        print(say(line), file=out)
    return EXIT_OK if result.intact else EXIT_ERROR


def _verification_lines(result: AuditVerification) -> Iterator[Text]:
    """What `audit verify` prints: the chain, the records, the guards, then warnings."""
    yield from _chain_lines(result)
    yield from _record_lines(result)
    yield from _guard_lines(result)
    yield from _scope_lines(result)
    yield from _file_lines(result)


def _chain_lines(result: AuditVerification) -> Iterator[Text]:
    broken = result.first_break
    if broken is None:
        yield phrase_n(
            "cli.audit", "chain intact: %n entries, newest hash {hash}", None, 1
        ).counting(result.entries, hash=result.last_hash)
    else:
        yield phrase("cli.audit", "CHAIN BROKEN at entry {entry}: {reason}").having(
            entry=broken.entry_id, reason=broken.text
        )


def _record_lines(result: AuditVerification) -> Iterator[Text]:
    for m in result.changed_records:
        yield phrase(
            "cli.audit",
            "RECORD CHANGED outside mesolog: {entity} {uuid} (last audited in entry {entry}): "
            "{reason}",
        ).having(entity=m.entity, uuid=m.entity_uuid, entry=m.entry_id, reason=m.reason)
    for r in result.unaudited_records:
        if r.entity_uuid:
            named = phrase("cli.audit", "{entity} {uuid}").having(
                entity=r.entity, uuid=r.entity_uuid
            )
        else:
            named = phrase("cli.audit", "{entity} row {row}").having(entity=r.entity, row=r.row_id)
        why: object = r.why
        if r.part_of is not None:
            why = phrase(
                "cli.audit", "it is part of {entity} {uuid}, which no audit entry wrote"
            ).having(entity=r.part_of[0], uuid=r.part_of[1])
        yield phrase("cli.audit", "RECORD ADDED outside mesolog: {record}: {why}").having(
            record=named, why=why
        )
    if not result.changed_records and not result.unaudited_records:
        yield phrase_n(
            "cli.audit",
            "records intact: %n match their newest entry, and an entry wrote every record",
            None,
            1,
        ).counting(result.records_checked)


def _guard_lines(result: AuditVerification) -> Iterator[Text]:
    for g in result.guard_problems:
        if g.table:
            problem = phrase(
                "cli.audit", "GUARD NOT AS MESOLOG MADE IT: {guard} on {table}: {fault}"
            ).having(table=g.table)
        else:
            problem = phrase("cli.audit", "GUARD NOT AS MESOLOG MADE IT: {guard}: {fault}")
        yield problem.having(guard=g.name, fault=g.fault)
    if not result.guard_problems:
        yield phrase(
            "cli.audit",
            "guards intact: every trigger that guards the records is as mesolog made it",
        )


_FULL_BECAUSE = {
    CheckKind.ASKED: phrase("cli.audit", "as asked"),
    CheckKind.SMALL: phrase("cli.audit", "the chain is short"),
    CheckKind.NO_MARK: phrase("cli.audit", "no mark of this database on this computer"),
    CheckKind.RESTORED: phrase("cli.audit", "the database was restored since the last check"),
    CheckKind.MARK_BROKEN: phrase("cli.audit", "the chain is not as the last check left it"),
}


def _scope_lines(result: AuditVerification) -> Iterator[Text]:
    """What the check covered and how fast; a mark that no longer holds; a mark not kept."""
    scope = result.scope
    took = {
        "seconds": f"{scope.seconds:.1f}",
        "walked": scope.walked,
        "rate": f"{scope.entries_per_second:.0f}",
    }
    if scope.mark is not None and scope.kind is CheckKind.MARK_BROKEN:
        yield phrase(
            "cli.audit",
            "CHAIN REWRITTEN since the check of {at}: entry {entry} no longer holds the hash it "
            "held then ({hash}), or entries up to it were removed or slipped in. Once this has "
            "been looked into, deleting {file} accepts the chain as it is now",
        ).having(
            at=_when(scope), entry=scope.mark.entry, hash=scope.mark.hash, file=scope.mark_file
        )
    if scope.mark is not None and scope.incremental:
        yield phrase(
            "cli.audit",
            "incremental check in {seconds} s, {walked} entries walked ({rate} entries/s): those "
            "after entry {entry}, marked by the check of {at}, and share {share} of {turns} of "
            "the older ones; {compared} of {audited} records compared: those the new entries "
            "wrote and share {share} of {turns} of the others; every record's entry and every "
            "guard checked",
        ).having(
            entry=scope.mark.entry,
            at=_when(scope),
            share=(scope.turn or 0) + 1,
            turns=TURNS,
            compared=result.records_checked,
            audited=result.records_audited,
            **took,
        )
        yield phrase(
            "cli.audit",
            "a record altered behind mesolog's back between two checks, its guards dropped and "
            "put back, is found when its share comes round (within {turns} checks) or by "
            "`mesolog audit verify --full`",
        ).having(turns=TURNS)
    else:
        yield phrase(
            "cli.audit",
            "full check in {seconds} s, {walked} entries walked ({rate} entries/s), {compared} "
            "records compared ({because})",
        ).having(compared=result.records_checked, because=_FULL_BECAUSE[scope.kind], **took)
    if scope.mark_error is not None:
        yield phrase(
            "cli.audit",
            "WARNING: this check's mark could not be kept in {file} ({error}): the next check "
            "cannot start from it",
        ).having(file=scope.mark_file, error=scope.mark_error)


def _when(scope: VerifyScope) -> str:
    return "" if scope.mark is None else scope.mark.at.astimezone().isoformat(timespec="seconds")


def _file_lines(result: AuditVerification) -> Iterator[Text]:
    for f in result.exposed_files:
        if f.folder:
            exposed = phrase(
                "cli.audit",
                "WARNING: others on this computer may read this folder: {path} ({mode})",
            )
        else:
            exposed = phrase(
                "cli.audit", "WARNING: others on this computer may read this file: {path} ({mode})"
            )
        yield exposed.having(path=f.path, mode=f.octal)
