"""`mesolog audit verify --against FILE|HASH`, and the anchors log that plain `audit verify`
checks too: does today's chain extend the chain as a backup, an export, the anchors log or
a printed summary saw it?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mesolog.cli.backups import BACKUP_PASSPHRASE
from mesolog.cli.credentials import Secrets
from mesolog.cli.options import EXIT_ERROR, EXIT_OK
from mesolog.domain.chain_anchor import typed_claim
from mesolog.domain.errors import KnownError
from mesolog.services.anchor_sources import AnchorFile, typed_file
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
    for problem in file.problems:
        print(f"ANCHOR UNREADABLE: {problem}", file=out)
    failed = [o for o in outcomes if not o.holds and not o.replaced]
    if file.kind != "anchors log":
        for o in outcomes:
            verdict = "anchor holds" if o.holds else "ANCHOR NOT HELD"
            print(f"{verdict}: {o.claim} from {file.label}: {o.reason}", file=out)
        return not failed and not file.problems
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
            print(f"  {o.claim.source}: {o.claim}: {o.reason}", file=out)
        if len(failed) > SHOWN_FAILURES:
            print(f"  … and {len(failed) - SHOWN_FAILURES} more", file=out)
    return not failed and not file.problems
