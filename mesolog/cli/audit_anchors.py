"""`mesolog audit verify --against FILE|HASH`, and the anchors log that plain `audit verify`
checks too: does today's chain extend the chain as a backup, an export, the anchors log or
a printed summary saw it?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO, assert_never

from mesolog.cli.backups import BACKUP_PASSPHRASE
from mesolog.cli.credentials import Secrets
from mesolog.cli.options import EXIT_ERROR, EXIT_OK
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
from mesolog.services.anchor_sources import AnchorFile, SourceKind, typed_file
from mesolog.services.audit_anchors import AnchorOutcome, AnchorService
from mesolog.services.clinic import Clinic

SHOWN_FAILURES = 5
"""Of the anchors of one file that do not hold, how many are named one by one."""


def add_anchor_options(verify: argparse.ArgumentParser) -> None:
    verify.add_argument(
        "--against",
        metavar="FILE|HASH",
        help="also prove that today's chain extends an earlier one: a backup (an encrypted "
        "one's passphrase is asked), an export, an anchors log, or a hash as printed on a "
        "summary (at least 12 hex digits; spaces ignored)",
    )
    verify.add_argument(
        "--entry",
        metavar="N",
        type=_entry_number,
        help="with --against HASH: the entry number printed beside the hash",
    )
    verify.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase of an encrypted backup from standard input",
    )


def _entry_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an entry number; entries are numbered from 1"
        )
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
            raise KnownError("--entry goes with --against HASH (the hash printed beside it).")
        return files
    path = Path(against).expanduser()
    if path.is_file():
        if args.entry is not None:
            raise KnownError("--entry goes with a typed hash, not with a file.")
        passphrase = None
        if service.needs_passphrase(path):
            secrets = Secrets(args.passphrase_stdin, BACKUP_PASSPHRASE)
            passphrase = secrets.ask(f"Passphrase of {path.name}")
        files.append(service.read(path, passphrase))
    else:
        try:
            claim = typed_claim(against, args.entry)
        except KnownError as error:
            raise KnownError(f"{error} No file has that name either.") from error
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
        print(f"ANCHOR UNREADABLE: {line.message}", file=out)
    if file.broken is not None:
        print(
            f"ANCHOR UNREADABLE: {file.label}: its own chain is broken at entry "
            f"{file.broken.entry_id} ({file.broken.reason}), so it anchors nothing",
            file=out,
        )
    failed = [o for o in outcomes if not o.holds and not o.replaced]
    if file.kind is not SourceKind.ANCHORS_LOG:
        for o in outcomes:
            verdict = "anchor holds" if o.holds else "ANCHOR NOT HELD"
            print(f"{verdict}: {_claim(o.claim)} from {_source(o.claim)}: {_reason(o)}", file=out)
        return not failed and file.whole
    held = sum(o.holds for o in outcomes)
    replaced = sum(o.replaced for o in outcomes)
    if not failed:
        extra = f" ({replaced} replaced by restores)" if replaced else ""
        newest = max((o.claim.entry or 0 for o in outcomes if o.holds), default=0)
        print(
            f"anchors log {file.label}: {held} of {len(outcomes)} anchors held{extra}; the "
            f"newest anchored entry is {newest}",
            file=out,
        )
    else:
        print(
            f"ANCHORS NOT HELD: {len(failed)} of {len(outcomes)} anchors in {file.label}",
            file=out,
        )
        for o in failed[:SHOWN_FAILURES]:
            print(f"  {_source(o.claim)}: {_claim(o.claim)}: {_reason(o)}", file=out)
        if len(failed) > SHOWN_FAILURES:
            print(f"  … and {len(failed) - SHOWN_FAILURES} more", file=out)
    return not failed and file.whole


def _claim(claim: AnchorClaim) -> str:
    number = "an entry" if claim.entry is None else f"entry {claim.entry}"
    return f"{number} with hash {grouped(claim.shown_digits)}"


def _source(claim: AnchorClaim) -> str:
    if claim.source is None:
        return "the hash typed"
    if claim.line is None:
        return claim.source
    line = claim.line
    return f"{claim.source} line {line.number} ({line.event.value} {line.file})"


def _reason(outcome: AnchorOutcome) -> str:
    """What was found, in the command line's words."""
    claim, finding = outcome.claim, outcome.finding
    match finding:
        case Held(entry, follows):
            after = "it is the head"
            if follows:
                after = f"{follows} entr{'y follows' if follows == 1 else 'ies follow'} it"
            return f"today's chain extends it: entry {entry} has that hash, and {after}"
        case Replaced(restore_entry, _, line, file, kept_up_to):
            return (
                f"replaced by the restore from {file} (line {line}), which kept entries up to "
                f"{kept_up_to}; the chain holds its entry {restore_entry}"
            )
        case NoSuchHash():
            said = (
                "no entry of today's chain has that hash: the chain was rewritten or cut since, "
                "or the hash was mistyped"
            )
        case Cut(last):
            said = (
                f"today's chain ends at entry {last}, before entry {claim.entry}: entries were "
                "cut off the end of the chain"
            )
        case Ambiguous(matches):
            said = f"{matches} entries have hashes that start so; give more digits or --entry"
        case Rewritten(entry, hash_now):
            said = (
                f"entry {entry} now has the hash {grouped(hash_now)}: the chain was rewritten "
                f"at or before entry {entry}"
            )
        case BrokenAfter(entry, broken_at):
            said = (
                f"entry {entry} still has that hash, but the chain breaks at entry {broken_at}, "
                "so today's chain does not extend it whole"
            )
        case BackDated(entry, dated, taken, anchored):
            said = (
                f"entry {entry} is dated {rfc3339(dated)}, before the anchor was taken "
                f"({rfc3339(taken)}), yet comes after entry {anchored}: it was written later "
                "and back-dated"
            )
        case OutOfOrder(entry, dated, before, before_at, anchored):
            said = (
                f"entry {entry} is dated {rfc3339(dated)}, before entry {before} "
                f"({rfc3339(before_at)}) that comes before it, after entry {anchored}: it was "
                "written later and back-dated (or a workstation's clock was wrong)"
            )
        case _:
            assert_never(finding)
    restored = outcome.restored
    if restored is not None:
        said += (
            f". The database was restored in entry {restored.entry} ({restored.detail}): if "
            "this anchor was taken before that restore, it describes the chain the restore "
            "replaced"
        )
    return said
