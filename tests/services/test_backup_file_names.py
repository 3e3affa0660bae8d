"""What the audit log calls a backup file: a name the person chose (which may name a
patient) never, only the SHA-256 of the file's bytes; a name mesolog gave the file itself
(STEM.KIND-TIME…, in the backup folder or a folder chosen) as it is."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from mesolog.services.backups import BackupService
from tests.services.backup_support import PASSPHRASE, audit_actions, change, fill

if TYPE_CHECKING:
    from tests.services.conftest import Clock, Maker

CHOSEN = "Papadopoulou Eleni, before the laser"
"""A file name someone might choose: it names a patient, and the audit log never holds that."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _nowhere_in_the_log(db_path: Path, text: str) -> bool:
    return not [entry for entry in audit_actions(db_path) if text in "\t".join(entry)]


def test_a_backup_into_a_file_chosen_is_audited_by_its_sha256(
    backups: BackupService, make: Maker, db_path: Path, tmp_path: Path
) -> None:
    fill(make)
    plain = backups.backup(tmp_path / f"{CHOSEN}.sqlite")
    sealed = backups.backup(tmp_path / f"{CHOSEN}.sqlite.enc", passphrase=PASSPHRASE)

    *_, (_, _, plain_detail), (action, entity, sealed_detail) = audit_actions(db_path)
    assert (action, entity) == ("backup", "database")
    assert plain_detail == f"backup: file sha256 {_sha256(plain.path)}"
    assert sealed_detail == f"backup: file sha256 {_sha256(sealed.path)}, encrypted"
    assert _nowhere_in_the_log(db_path, "Papadopoulou")


def test_a_backup_into_a_folder_chosen_keeps_the_name_mesolog_gave_it(
    backups: BackupService, db_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / f"{CHOSEN} stick"
    usb.mkdir()
    result = backups.backup(usb)
    assert result.path.name == "clinic.backup-20260310T160000Z.sqlite"
    assert audit_actions(db_path)[-1][2] == "backup: clinic.backup-20260310T160000Z.sqlite"
    assert _nowhere_in_the_log(db_path, "Papadopoulou")


def test_a_restore_from_a_file_chosen_is_audited_by_its_sha256(
    backups: BackupService, make: Maker, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    fill(make)
    chosen = backups.backup(tmp_path / f"{CHOSEN}.sqlite.enc", passphrase=PASSPHRASE).path
    digest = _sha256(chosen)
    clock.advance(hours=1)
    change(make)

    result = backups.restore(chosen, passphrase=PASSPHRASE)

    actions = audit_actions(db_path)
    action, entity, detail = actions[-1]
    assert (action, entity) == ("restore", "database")
    assert detail == (
        f"from file sha256 {digest} (encrypted); kept entries up to {len(actions) - 1} of the "
        f"chain it replaced; safety copy {result.safety_copy.name}"
    )
    assert _nowhere_in_the_log(db_path, "Papadopoulou")


def test_a_restore_from_a_backup_mesolog_named_keeps_its_name(
    backups: BackupService, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup()
    clock.advance(hours=1)
    result = backups.restore(backup.path)
    actions = audit_actions(db_path)
    assert actions[-1][2] == (
        f"from {backup.path.name}; kept entries up to {len(actions) - 1} of the chain it "
        f"replaced; safety copy {result.safety_copy.name}"
    )
