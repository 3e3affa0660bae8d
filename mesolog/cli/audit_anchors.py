"""`mesolog audit verify --against FILE|HASH`, and the anchors log that plain `audit verify`
checks too: does today's chain extend the chain as a backup, an export, the anchors log or
a printed summary saw it?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO, assert_never

from mesolog.cli.backups import BACKUP_PASSPHRASE, FILE_PASSPHRASE
from mesolog.cli.credentials import Secrets
from mesolog.cli.options import EXIT_ERROR, EXIT_OK
from mesolog.cli.speech import say
from mesolog.domain.anchor_findings import (
    Ambiguous,
    BackDated,
    BrokenAfter,
    Cut,
    Held,
    NoSuchHash,
    OutOfOrder,
    Replaced,
    Rewritten,
)
from mesolog.domain.chain_anchor import AnchorClaim, grouped, rfc3339, typed_claim
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.services.anchor_sources import AnchorFile, SourceKind, typed_file
from mesolog.services.audit_anchors import AnchorOutcome, AnchorService
from mesolog.services.clinic import Clinic

SHOWN_FAILURES = 5
"""Of the anchors of one file that do not hold, how many are named one by one."""


def add_anchor_options(verify: argparse.ArgumentParser) -> None:
    verify.add_argument(
        "--against",
        metavar="FILE|HASH",
        help=say(
            phrase(
                "cli.audit_anchors",
                "also prove that today's chain extends an earlier one: a backup (an encrypted "
                "one's passphrase is asked), an export, an anchors log, or a hash as printed "
                "on a summary (at least 12 hex digits; spaces ignored)",
            )
        ),
    )
    verify.add_argument(
        "--entry",
        metavar="N",
        type=_entry_number,
        help=say(
            phrase(
                "cli.audit_anchors", "with --against HASH: the entry number printed beside the hash"
            )
        ),
    )
    verify.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=say(
            phrase(
                "cli.audit_anchors",
                "read the passphrase of an encrypted backup from standard input",
            )
        ),
    )


def _entry_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        refusal = phrase(
            "cli.audit_anchors", "{text} is not an entry number; entries are numbered from 1"
        )
        raise argparse.ArgumentTypeError(say(refusal.having(text=repr(text))))
    return int(text)


def read_anchors(clinic: Clinic, args: argparse.Namespace) -> list[AnchorFile]:
    """The anchors to check: the backup folder's anchors log when there is one, and
    --against's. Read (and a backup's passphrase asked) before the chain is walked."""
    service = AnchorService(clinic.context)
    files = []
    log = service.anchors_log()
    if log is not None:
        files.append(service.read(log))
    against = args.against
    if against is None:
        if args.entry is not None:
            raise KnownError(
                phrase(
                    "cli.audit_anchors",
                    "--entry goes with --against HASH (the hash printed beside it).",
                )
            )
        return files
    path = Path(against).expanduser()
    if path.is_file():
        if args.entry is not None:
            raise KnownError(
                phrase("cli.audit_anchors", "--entry goes with a typed hash, not with a file.")
            )
        passphrase = None
        if service.needs_passphrase(path):
            secrets = Secrets(args.passphrase_stdin, BACKUP_PASSPHRASE)
            passphrase = secrets.ask(FILE_PASSPHRASE.having(file=path.name))
        files.append(service.read(path, passphrase))
    else:
        try:
            claim = typed_claim(against, args.entry)
        except KnownError as error:
            nothing = phrase("cli.audit_anchors", "{error} No file has that name either.")
            raise KnownError(nothing.having(error=error.text)) from error
        files.append(typed_file(claim))
    return files


def check_anchors(clinic: Clinic, files: list[AnchorFile], out: TextIO) -> int:
    """Prints, for each file, whether today's chain extends its anchors."""
    if not files:
        return EXIT_OK
    claims = [claim for file in files for claim in file.claims]
    result = AnchorService(clinic.context).verify(claims)
    outcomes = iter(result.outcomes)
    ok = True
    for file in files:
        mine = [next(outcomes) for _ in file.claims]
        ok &= _report(file, mine, out)
    return EXIT_OK if ok and result.intact else EXIT_ERROR


def _report(file: AnchorFile, outcomes: list[AnchorOutcome], out: TextIO) -> bool:
    for line in file.unreadable:
        unreadable = phrase("cli.audit_anchors", "ANCHOR UNREADABLE: {problem}")
        print(say(unreadable.having(problem=line.message)), file=out)
    if file.broken is not None:
        broken = phrase(
            "cli.audit_anchors",
            "ANCHOR UNREADABLE: {file}: its own chain is broken at entry {entry} ({reason}), so "
            "it anchors nothing",
        ).having(file=file.label, entry=file.broken.entry_id, reason=file.broken.text)
        print(say(broken), file=out)
    failed = [o for o in outcomes if not o.holds and not o.replaced]
    if file.kind is not SourceKind.ANCHORS_LOG:
        for o in outcomes:
            if o.holds:
                verdict = phrase(
                    "cli.audit_anchors", "anchor holds: {claim} from {source}: {reason}"
                )
            else:
                verdict = phrase(
                    "cli.audit_anchors", "ANCHOR NOT HELD: {claim} from {source}: {reason}"
                )
            found = verdict.having(
                claim=_claim(o.claim), source=_source(o.claim), reason=_reason(o)
            )
            print(say(found), file=out)
        return not failed and file.whole
    if not failed:
        replaced = sum(o.replaced for o in outcomes)
        newest = max((o.claim.entry or 0 for o in outcomes if o.holds), default=0)
        if replaced:
            held = phrase_n(
                "cli.audit_anchors",
                "anchors log {file}: {held} of %n anchors held ({replaced} replaced by "
                "restores); the newest anchored entry is {newest}",
                None,
                1,
            ).having(replaced=replaced)
        else:
            held = phrase_n(
                "cli.audit_anchors",
                "anchors log {file}: {held} of %n anchors held; the newest anchored entry is "
                "{newest}",
                None,
                1,
            )
        held = held.counting(
            len(outcomes), file=file.label, held=sum(o.holds for o in outcomes), newest=newest
        )
        print(say(held), file=out)
    else:
        not_held = phrase_n(
            "cli.audit_anchors", "ANCHORS NOT HELD: {failed} of %n anchors in {file}", None, 1
        ).counting(len(outcomes), failed=len(failed), file=file.label)
        print(say(not_held), file=out)
        for o in failed[:SHOWN_FAILURES]:
            print(f"  {say(_source(o.claim))}: {say(_claim(o.claim))}: {say(_reason(o))}", file=out)
        if len(failed) > SHOWN_FAILURES:
            more = phrase("cli.audit_anchors", "  … and {count} more")
            print(say(more.having(count=len(failed) - SHOWN_FAILURES)), file=out)
    return not failed and file.whole


def _claim(claim: AnchorClaim) -> Text:
    digits = grouped(claim.shown_digits)
    if claim.entry is None:
        return phrase("cli.audit_anchors", "an entry with hash {hash}").having(hash=digits)
    return phrase("cli.audit_anchors", "entry {entry} with hash {hash}").having(
        entry=claim.entry, hash=digits
    )


def _source(claim: AnchorClaim) -> Text | str:
    if claim.source is None:
        return phrase("cli.audit_anchors", "the hash typed")
    if claim.line is None:
        return claim.source
    line = claim.line
    return phrase("cli.audit_anchors", "{source} line {number} ({event} {file})").having(
        source=claim.source, number=line.number, event=line.event.value, file=line.file
    )


def _reason(outcome: AnchorOutcome) -> Text:
    """What was found, in the command line's words."""
    claim, finding = outcome.claim, outcome.finding
    match finding:
        case Held(entry, follows):
            return _held(entry, follows)
        case Replaced(restore_entry, _, line, file, kept_up_to, in_turn):
            if in_turn:
                said = phrase(
                    "cli.audit_anchors",
                    "replaced by the restore from {file} (line {line}), which kept entries up "
                    "to {kept}; a later restore replaced its entry {entry} in turn",
                )
            else:
                said = phrase(
                    "cli.audit_anchors",
                    "replaced by the restore from {file} (line {line}), which kept entries up "
                    "to {kept}; the chain holds its entry {entry}",
                )
            return said.having(file=file, line=line, kept=kept_up_to, entry=restore_entry)
        case NoSuchHash():
            said = phrase(
                "cli.audit_anchors",
                "no entry of today's chain has that hash: the chain was rewritten or cut since, "
                "or the hash was mistyped",
            )
        case Cut(last):
            said = phrase(
                "cli.audit_anchors",
                "today's chain ends at entry {last}, before entry {entry}: entries were cut off "
                "the end of the chain",
            ).having(last=last, entry=claim.entry)
        case Ambiguous(matches):
            said = phrase(
                "cli.audit_anchors",
                "{matches} entries have hashes that start so; give more digits or --entry",
            ).having(matches=matches)
        case Rewritten(entry, hash_now):
            said = phrase(
                "cli.audit_anchors",
                "entry {entry} now has the hash {hash}: the chain was rewritten at or before "
                "entry {entry}",
            ).having(entry=entry, hash=grouped(hash_now))
        case BrokenAfter(entry, broken_at):
            said = phrase(
                "cli.audit_anchors",
                "entry {entry} still has that hash, but the chain breaks at entry {broken}, so "
                "today's chain does not extend it whole",
            ).having(entry=entry, broken=broken_at)
        case BackDated(entry, dated, taken, anchored):
            said = phrase(
                "cli.audit_anchors",
                "entry {entry} is dated {dated}, before the anchor was taken ({taken}), yet "
                "comes after entry {anchored}: it was written later and back-dated",
            ).having(entry=entry, dated=rfc3339(dated), taken=rfc3339(taken), anchored=anchored)
        case OutOfOrder(entry, dated, before, before_at, anchored):
            said = phrase(
                "cli.audit_anchors",
                "entry {entry} is dated {dated}, before entry {before} ({before_at}) that comes "
                "before it, after entry {anchored}: it was written later and back-dated (or a "
                "workstation's clock was wrong)",
            ).having(
                entry=entry,
                dated=rfc3339(dated),
                before=before,
                before_at=rfc3339(before_at),
                anchored=anchored,
            )
        case _:
            assert_never(finding)
    restored = outcome.restored
    if restored is None:
        return said
    return phrase(
        "cli.audit_anchors",
        "{finding}. The database was restored in entry {entry} ({detail}): if this anchor was "
        "taken before that restore, it describes the chain the restore replaced",
    ).having(finding=said, entry=restored.entry, detail=restored.detail)


def _held(entry: int, follows: int) -> Text:
    if not follows:
        held = phrase(
            "cli.audit_anchors",
            "today's chain extends it: entry {entry} has that hash, and it is the head",
        )
    elif follows == 1:
        held = phrase(
            "cli.audit_anchors",
            "today's chain extends it: entry {entry} has that hash, and 1 entry follows it",
        )
    else:
        held = phrase(
            "cli.audit_anchors",
            "today's chain extends it: entry {entry} has that hash, and {follows} entries "
            "follow it",
        ).having(follows=follows)
    return held.having(entry=entry)
