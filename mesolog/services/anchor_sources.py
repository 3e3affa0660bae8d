"""The chain anchors a file holds: a backup (its own chain's newest entry; an encrypted one
needs its passphrase), an export (its top-level `chain_anchor`), or an anchors log (every
line). Which one a file is, is read from its content, not its name."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path

from mesolog.domain.chain_anchor import AnchorClaim, ChainAnchor
from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.persistence.anchor_log import RESTORE, LoggedAnchor, read_anchor_log
from mesolog.persistence.audit_anchors import copy_chain
from mesolog.persistence.backup_files import remove_database_file, scratch_path
from mesolog.persistence.location import sqlite_file
from mesolog.services import backup_checks
from mesolog.services.context import ServiceContext

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class AnchorFile:
    """The anchors read from one place, and what could not be read there."""

    label: str
    """The file's name, or 'the hash typed'."""
    kind: str
    """'backup', 'export', 'anchors log' or 'typed hash'."""
    claims: tuple[AnchorClaim, ...]
    problems: tuple[str, ...] = ()


def typed_file(claim: AnchorClaim) -> AnchorFile:
    return AnchorFile(claim.source, "typed hash", (claim,))


def read_anchor_file(context: ServiceContext, path: Path, passphrase: str | None) -> AnchorFile:
    """The anchors in `path`; a KnownError names what the file is not."""
    try:
        if not path.is_file():
            raise KnownError(f"There is no file at {path}.")
        if backup_checks.needs_passphrase(path):
            return _backup(context, path, passphrase)
        with path.open("rb") as stream:
            start = stream.read(64)
        if start.startswith(SQLITE_HEADER) or not _text_like(start):
            return _backup(context, path, passphrase)  # maybe a copy keyed by SQLCipher
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise DatabaseError(f"Cannot read {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise KnownError(
            f"{path.name} is not UTF-8 text (byte {error.start}): neither an export, an "
            "anchors log nor a backup."
        ) from error
    return _text(path, text)


def _text_like(start: bytes) -> bool:
    """Whether a file that starts so is text (an SQLCipher file looks random from byte 0)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(start, final=False)
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\t\r\n" for c in text)


def _backup(context: ServiceContext, path: Path, passphrase: str | None) -> AnchorFile:
    database = sqlite_file(context.db.url)
    if database is None:
        raise KnownError(
            f"{path.name} is a backup, which anchors an SQLite database: this database is "
            "not one. Verify against an export or a hash printed on a summary."
        )
    work = scratch_path(database, "anchor")
    try:
        facts, _, key = backup_checks.checked_copy(
            path, work, passphrase, database_key=context.db.passphrase
        )
        chain = copy_chain(work, key=key)
    finally:
        remove_database_file(work)
    if chain.check is None:
        raise KnownError(
            f"{path.name} holds no audit chain (schema {facts.revision}, from before the "
            "chain): it anchors nothing."
        )
    if chain.check.first_break is not None:
        broken = chain.check.first_break
        return AnchorFile(
            path.name,
            "backup",
            (),
            (
                f"{path.name}: its own chain is broken at entry {broken.entry_id} "
                f"({broken.reason}), so it anchors nothing",
            ),
        )
    if chain.anchor is None:
        raise KnownError(f"{path.name} holds no audit entry yet: it anchors nothing.")
    return AnchorFile(path.name, "backup", (AnchorClaim.of(chain.anchor, path.name),))


def _text(path: Path, text: str) -> AnchorFile:
    try:
        document = json.loads(text)
    except ValueError:
        document = None  # not one JSON value: an anchors log has one a line
    if not text.lstrip().startswith("{"):
        raise KnownError(
            f"{path.name} is text that holds no chain anchor: it is neither an export, an "
            "anchors log nor a backup."
        )
    if isinstance(document, dict) and ("format" in document or "chain_anchor" in document):
        if "chain_anchor" not in document:
            version = document.get("version")
            raise KnownError(
                f"{path.name} is an export without a chain anchor (format version "
                f"{version!r}); exports of format version 2 carry one."
            )
        where = f"{path.name}: chain_anchor"
        anchor = ChainAnchor.from_json(document["chain_anchor"], where=where)
        return AnchorFile(path.name, "export", (AnchorClaim.of(anchor, path.name),))
    logged, problems = read_anchor_log(path)
    if not logged:
        raise KnownError(
            f"{path.name} holds no chain anchor: it is neither an export, an anchors log nor "
            "a backup." + (f" ({problems[0]})" if problems else "")
        )
    return AnchorFile(path.name, "anchors log", _log_claims(path, logged), tuple(problems))


def _log_claims(path: Path, logged: list[LoggedAnchor]) -> tuple[AnchorClaim, ...]:
    """Each line's anchor; one that a later restore replaced says so."""
    claims = []
    for number, item in enumerate(logged):
        replacing = [
            later
            for later in logged[number + 1 :]
            if later.event == RESTORE
            and later.kept_up_to is not None
            and later.kept_up_to < item.anchor.entry
        ]
        replaced_by = None
        if replacing:
            restore = replacing[-1]
            replaced_by = (
                f"the restore from {restore.file} (line {restore.line}), which kept entries up "
                f"to {restore.kept_up_to}"
            )
        source = f"{path.name} line {item.line} ({item.event} {item.file})"
        claims.append(AnchorClaim.of(item.anchor, source, replaced_by))
    return tuple(claims)
