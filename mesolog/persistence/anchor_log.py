"""The anchors log: `STEM.anchors.jsonl` in the backup folder, one line per backup (and per
restore) with the audit chain's anchor at that moment, so that the anchors stay when
daily copies are pruned and a rewrite of anything older than the last backup shows.

A line is a JSON object: the anchor (`entry`, `hash`, `at`, as an export's
`chain_anchor`), the `event` ("backup" or "restore") and the backup `file` it
came with; a restore line adds `kept_up_to`, the last entry that the restored chain
shares with the chain it replaced (later entries were replaced: anchors after it, taken
before the restore, describe the chain the restore replaced), and `restore_entry`, the
restore's own entry in the restored chain (a line written before it was added has none:
its restore entry came right after `kept_up_to`). Lines are only ever appended,
each with one write; the file is created 0600.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from mesolog.domain.chain_anchor import AnchorFieldError, ChainAnchor, UnreadableLine
from mesolog.domain.texts import phrase
from mesolog.persistence.private_files import create_private_file_unless_present, sync_folder

SUFFIX = ".anchors.jsonl"
BACKUP = "backup"
RESTORE = "restore"


def anchor_log_path(folder: Path, stem: str) -> Path:
    """The anchors log of the database whose file is named `stem` (without its suffix)."""
    return folder / f"{stem}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class LoggedAnchor:
    anchor: ChainAnchor
    event: str
    file: str
    line: int
    kept_up_to: int | None = None
    restore_entry: int | None = None


@dataclass(frozen=True, slots=True)
class RestoreMark:
    """What a restore line adds (see the module's doc)."""

    kept_up_to: int
    restore_entry: int


def append_anchor(
    path: Path, anchor: ChainAnchor, *, event: str, file: str, restore: RestoreMark | None = None
) -> None:
    """Adds one line to the log (created 0600 if need be), synced to disk."""
    record: dict[str, object] = {**anchor.as_json(), "event": event, "file": file}
    if restore is not None:
        record["kept_up_to"] = restore.kept_up_to
        record["restore_entry"] = restore.restore_entry
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    created = not path.exists()
    create_private_file_unless_present(path)
    with path.open("ab") as stream:
        if stream.tell() and not _ends_with_newline(path):
            line = "\n" + line  # a line cut short before keeps to itself
        stream.write(line.encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())
    if created:
        sync_folder(path.parent)  # the new file's name, which its own sync may not keep


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"


def read_anchor_log(path: Path) -> tuple[list[LoggedAnchor], list[UnreadableLine]]:
    """The anchors in file order, and each line that is not one."""
    anchors: list[LoggedAnchor] = []
    problems: list[UnreadableLine] = []
    text = path.read_bytes().decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            anchors.append(_logged(json.loads(line), where, number))
        except AnchorFieldError as error:
            problems.append(UnreadableLine(number, error.field, error.text))
        except ValueError as error:
            not_json = phrase("ChainAnchor", "{where}: not JSON ({error})")
            problems.append(
                UnreadableLine(number, None, not_json.having(where=where, error=str(error)))
            )
    return anchors, problems


def _logged(record: object, where: str, number: int) -> LoggedAnchor:
    if not isinstance(record, dict):
        refused = phrase("ChainAnchor", "{where}: {kind} is not allowed; a line is an object.")
        raise AnchorFieldError(refused.having(where=where, kind=type(record).__name__), None)
    anchor = ChainAnchor.from_json(record, where=where)
    event, file, kept = record.get("event"), record.get("file"), record.get("kept_up_to")
    if event not in (BACKUP, RESTORE):
        refused = phrase(
            "ChainAnchor", "{where}.event: {value} is not allowed; it is 'backup' or 'restore'."
        )
        raise AnchorFieldError(refused.having(where=where, value=repr(event)), "event")
    if not isinstance(file, str):
        refused = phrase(
            "ChainAnchor", "{where}.file: {value} is not allowed; it names a backup file."
        )
        raise AnchorFieldError(refused.having(where=where, value=repr(file)), "file")
    if event != RESTORE:
        return LoggedAnchor(anchor, event, file, number)
    if isinstance(kept, bool) or not isinstance(kept, int) or kept < 0:
        refused = phrase(
            "ChainAnchor",
            "{where}.kept_up_to: {value} is not allowed; a restore names the last entry kept.",
        )
        raise AnchorFieldError(refused.having(where=where, value=repr(kept)), "kept_up_to")
    restored = record.get("restore_entry", kept + 1)
    if isinstance(restored, bool) or not isinstance(restored, int) or restored <= kept:
        refused = phrase(
            "ChainAnchor",
            "{where}.restore_entry: {value} is not allowed; a restore names its own entry, "
            "after the last entry kept ({kept}).",
        )
        raise AnchorFieldError(
            refused.having(where=where, value=repr(restored), kept=kept), "restore_entry"
        )
    return LoggedAnchor(anchor, event, file, number, kept, restored)
