"""The chain anchors a file holds: a backup (its own chain's newest entry; an encrypted one
needs its passphrase), an export (its top-level `chain_anchor`), or an anchors log (every
line). Which one a file is, is read from its content, not its name."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from mesolog.domain.chain_anchor import (
    AnchorClaim,
    ChainAnchor,
    LogEvent,
    LogLine,
    RestoreLine,
    UnreadableLine,
)
from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.domain.texts import phrase
from mesolog.persistence.anchor_log import LoggedAnchor, read_anchor_log
from mesolog.persistence.audit import ChainBreak
from mesolog.persistence.audit_anchors import copy_chain
from mesolog.persistence.backup_files import remove_database_file, scratch_path
from mesolog.persistence.location import sqlite_file
from mesolog.services import backup_checks
from mesolog.services.context import ServiceContext

SQLITE_HEADER = b"SQLite format 3\x00"


class SourceKind(Enum):
    BACKUP = "backup"
    EXPORT = "export"
    ANCHORS_LOG = "anchors log"
    TYPED_HASH = "typed hash"


@dataclass(frozen=True, slots=True)
class AnchorFile:
    """The anchors read from one place, and what could not be read there."""

    label: str | None
    """The file's name; None for a hash typed from a summary."""
    kind: SourceKind
    claims: tuple[AnchorClaim, ...]
    unreadable: tuple[UnreadableLine, ...] = ()
    """The lines of an anchors log that are not anchors."""
    broken: ChainBreak | None = None
    """Where a backup's own chain breaks (it then anchors nothing)."""

    @property
    def whole(self) -> bool:
        """Whether everything in the file could be read as an anchor."""
        return not self.unreadable and self.broken is None


def typed_file(claim: AnchorClaim) -> AnchorFile:
    return AnchorFile(None, SourceKind.TYPED_HASH, (claim,))


def read_anchor_file(context: ServiceContext, path: Path, passphrase: str | None) -> AnchorFile:
    """The anchors in `path`; a KnownError names what the file is not."""
    try:
        if not path.is_file():
            raise KnownError(phrase("Audit", "There is no file at {path}.").having(path=path))
        if backup_checks.needs_passphrase(path):
            return _backup(context, path, passphrase)
        with path.open("rb") as stream:
            start = stream.read(64)
        if start.startswith(SQLITE_HEADER) or not _text_like(start):
            return _backup(context, path, passphrase)  # maybe a copy keyed by SQLCipher
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise DatabaseError(
            phrase("Audit", "Cannot read {path}: {reason}").having(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
    except UnicodeDecodeError as error:
        raise KnownError(
            phrase(
                "Audit",
                "{name} is not UTF-8 text (byte {start}): neither an export, an anchors log nor a "
                "backup.",
            ).having(name=path.name, start=error.start)
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
            phrase(
                "Audit",
                "{name} is a backup, which anchors an SQLite database: this database is not one. "
                "Verify against an export or a hash printed on a summary.",
            ).having(name=path.name)
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
            phrase(
                "Audit",
                "{name} holds no audit chain (schema {revision}, from before the chain): it anchors"
                " nothing.",
            ).having(name=path.name, revision=facts.revision)
        )
    if chain.check.first_break is not None:
        return AnchorFile(path.name, SourceKind.BACKUP, (), broken=chain.check.first_break)
    if chain.anchor is None:
        raise KnownError(
            phrase("Audit", "{name} holds no audit entry yet: it anchors nothing.").having(
                name=path.name
            )
        )
    return AnchorFile(path.name, SourceKind.BACKUP, (AnchorClaim.of(chain.anchor, path.name),))


def _text(path: Path, text: str) -> AnchorFile:
    try:
        document = json.loads(text)
    except ValueError:
        document = None  # not one JSON value: an anchors log has one a line
    if not text.lstrip().startswith("{"):
        raise KnownError(
            phrase(
                "Audit",
                "{name} is text that holds no chain anchor: it is neither an export, an anchors log"
                " nor a backup.",
            ).having(name=path.name)
        )
    if isinstance(document, dict) and ("format" in document or "chain_anchor" in document):
        if "chain_anchor" not in document:
            version = document.get("version")
            raise KnownError(
                phrase(
                    "Audit",
                    "{name} is an export without a chain anchor (format version {version}); exports"
                    " of format version 2 carry one.",
                ).having(name=path.name, version=repr(version))
            )
        where = f"{path.name}: chain_anchor"
        anchor = ChainAnchor.from_json(document["chain_anchor"], where=where)
        return AnchorFile(path.name, SourceKind.EXPORT, (AnchorClaim.of(anchor, path.name),))
    logged, unreadable = read_anchor_log(path)
    if not logged:
        raise KnownError(
            f"{path.name} holds no chain anchor: it is neither an export, an anchors log nor "
            "a backup." + (f" ({unreadable[0].message})" if unreadable else "")
        )
    claims = _log_claims(path, logged)
    return AnchorFile(path.name, SourceKind.ANCHORS_LOG, claims, tuple(unreadable))


def _log_claims(path: Path, logged: list[LoggedAnchor]) -> tuple[AnchorClaim, ...]:
    """Each line's anchor, with the later restore lines that say they replaced it (claims
    the check weighs against today's chain)."""
    claims: list[AnchorClaim] = []
    for number in reversed(range(len(logged))):
        item, later_claims = logged[number], claims[::-1]
        restores_after = tuple(
            RestoreLine(later.line, later.file, later.kept_up_to, later.restore_entry, own)
            for later, own in zip(logged[number + 1 :], later_claims, strict=True)
            if later.kept_up_to is not None
            and later.restore_entry is not None
            and later.kept_up_to < item.anchor.entry
        )
        line = LogLine(item.line, LogEvent(item.event), item.file)
        claims.append(AnchorClaim.of(item.anchor, path.name, line, restores_after))
    return tuple(reversed(claims))
