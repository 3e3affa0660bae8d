"""What keeps a restore whole when it is killed: its entry travels in the restored copy,
one restore runs at a time, and what a killed one left is tidied up by the next (the kills
themselves are in tests/integrity/test_restore_kills.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mesolog.persistence.process_lock import LockHeldError, held
from mesolog.services.backup_copies import pending_path
from mesolog.services.backups import BackupKind, BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.restore_steps import lock_path
from tests.services.backup_support import audit_actions, change, files, fill, snapshot

if TYPE_CHECKING:
    from tests.services.conftest import Clock, Maker


def test_the_restored_database_holds_its_entry_and_the_replaced_one_none(
    backups: BackupService, clinic: Clinic, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup()
    clock.advance(hours=1)
    change(make)
    result = backups.restore(backup.path)
    # The entry is the restored chain's next link; the safety copy, the database as it
    # was, has none (it was written into the copy before the copy replaced anything).
    assert audit_actions(db_path)[:-1] == audit_actions(backup.path)
    assert audit_actions(db_path)[-1][0] == "restore"
    assert "restore" not in [action for action, _, _ in audit_actions(result.safety_copy)]
    assert clinic.audit.verify().intact


def test_a_second_restore_at_the_same_time_is_refused_and_changes_nothing(
    backups: BackupService, make: Maker, db_path: Path
) -> None:
    fill(make)
    backup = backups.backup()
    before = snapshot(db_path)
    with held(lock_path(db_path), busy="held by the test"):
        with pytest.raises(LockHeldError, match="Another restore or check of a backup"):
            backups.restore(backup.path)
        with pytest.raises(LockHeldError, match="nothing was changed"):
            backups.verify(backup.path)
        assert len(backups.backups()) == 1  # the listing waits for no one
    assert snapshot(db_path) == before
    assert not pending_path(backup.path).exists()


def test_what_killed_restores_left_is_tidied_up_by_the_next_listing(
    backups: BackupService, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup()
    clock.advance(hours=1)
    done = backups.restore(backup.path)
    folder = backups.folder
    # As a restore killed after its transaction leaves its safety copy: still pending.
    done.safety_copy.rename(pending_path(done.safety_copy))
    # As one killed before: a pending copy no restore entry names, and its scratch copies.
    never = folder / "clinic.before-restore-20260310T190000Z.sqlite"
    shutil.copyfile(backup.path, pending_path(never))
    (folder / f".{pending_path(never).name}.backup-0badf00d.partial-journal").write_bytes(b"")
    for name in (".clinic.sqlite.restore-12345678.partial", ".clinic.sqlite.verify-9.partial"):
        (db_path.parent / name).write_bytes(b"cut short")

    listed = backups.backups()

    assert [(f.path, f.kind) for f in listed] == [
        (done.safety_copy, BackupKind.BEFORE_RESTORE),
        (backup.path, BackupKind.MANUAL),
    ]
    assert [name for name in files(folder) if name.startswith(".")] == []
    assert [name for name in files(db_path.parent) if name.startswith(".")] == []
