"""BackupService on real SQLite files: the listing, restore, daily backups, other databases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import make_url

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import is_encrypted_database
from mesolog.persistence.migrate import head_revision
from mesolog.services.backups import (
    BackupKind,
    BackupService,
    backup_file_name,
    parse_backup_file_name,
)
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from mesolog.services.context import ServiceContext
from mesolog.services.encryption import encrypt_database
from tests.services.backup_support import (
    DATABASE_PASSPHRASE,
    PASSPHRASE,
    audit_actions,
    change,
    files,
    fill,
    keyed_snapshot,
    snapshot,
    without_audit,
)

pytestmark = pytest.mark.sqlite_only(
    "backups and restores copy the SQLite file (PostgreSQL's: test_pg_backups.py)"
)

if TYPE_CHECKING:
    from tests.services.conftest import Clock, Maker

ATHENS = dt.timezone(dt.timedelta(hours=2))


def test_the_listing_shows_this_databases_files_only_newest_first(
    backups: BackupService, clock: Clock, tmp_path: Path
) -> None:
    first = backups.backup()
    clock.advance(hours=1)
    second = backups.backup(passphrase=PASSPHRASE)
    folder = tmp_path / "backups"
    (folder / "other.backup-20260310T170000Z.sqlite").write_text("")
    (folder / "notes.txt").write_text("")
    listed = backups.backups()
    assert [(f.path, f.kind, f.encrypted) for f in listed] == [
        (second.path, BackupKind.MANUAL, True),
        (first.path, BackupKind.MANUAL, False),
    ]
    assert listed[0].taken_at == dt.datetime(2026, 3, 10, 17, 0, tzinfo=dt.UTC)


# --- restore --------------------------------------------------------------------------------------


def test_restore_after_changes_gives_back_exactly_the_backed_up_data(
    backups: BackupService, clinic: Clinic, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup()
    backed_up = snapshot(backup.path)
    clock.advance(hours=2)
    change(make)
    changed = snapshot(db_path)
    assert without_audit(changed) != without_audit(backed_up)
    other_workstation = Clinic.open(str(db_path), actor="other", clock=clock)
    try:
        assert len(other_workstation.patients.search("")) == 2
        clock.advance(minutes=5)

        result = backups.restore(backup.path)

        restored = snapshot(db_path)
        assert without_audit(restored) == without_audit(backed_up)
        actions = audit_actions(db_path)
        assert actions[:-1] == audit_actions(backup.path)
        action, entity, detail = actions[-1]
        assert (action, entity) == ("restore", "database")
        assert detail == (
            f"from {backup.path.name}; kept entries up to {len(actions) - 1} of the chain it "
            "replaced; safety copy clinic.before-restore-20260310T180500Z.sqlite"
        )
        # Everyone's connections see the restored database.
        names = {p.family_name for p in other_workstation.patients.search("", include_voided=True)}
        assert names == {"Papadopoulou", "Georgiou"}
    finally:
        other_workstation.close()
    assert CheckService(clinic.context).run().ok
    assert (result.patients, result.sessions, result.upgraded_from) == (2, 2, None)
    assert (result.revision, result.encrypted) == (head_revision(), False)
    # The safety copy is the database as it was just before.
    assert result.safety_copy.parent == backups.folder
    assert without_audit(snapshot(result.safety_copy)) == without_audit(changed)
    assert not [name for name in files(db_path.parent) if "partial" in name]


def test_restoring_the_safety_copy_undoes_a_restore(
    backups: BackupService, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup()
    clock.advance(hours=1)
    change(make)
    changed = without_audit(snapshot(db_path))
    clock.advance(hours=1)
    first = backups.restore(backup.path)
    clock.advance(hours=1)

    backups.restore(first.safety_copy)

    assert without_audit(snapshot(db_path)) == changed
    # The log as it was before the first restore, then this restore: the first restore's
    # entry went with the database it was written into (it is in the second safety copy).
    actions = audit_actions(db_path)
    assert actions[:-1] == audit_actions(first.safety_copy)
    assert actions[-1][0] == "restore"
    kinds = [f.kind for f in backups.backups()]
    assert kinds == [BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_RESTORE, BackupKind.MANUAL]


def test_an_encrypted_backup_round_trips(
    backups: BackupService, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    backup = backups.backup(passphrase=PASSPHRASE)
    clock.advance(hours=1)
    before = without_audit(snapshot(db_path))
    change(make)

    check = backups.verify(backup.path, passphrase=PASSPHRASE)
    assert (check.encrypted, check.revision, check.needs_upgrade) == (True, head_revision(), False)
    assert (check.patients, check.sessions) == (2, 2)
    result = backups.restore(backup.path, passphrase=PASSPHRASE)

    assert result.encrypted
    assert without_audit(snapshot(db_path)) == before
    assert audit_actions(db_path)[-1][2].startswith(f"from {backup.path.name} (encrypted);")


def test_an_encrypted_database_restores_its_own_backups(
    secret: Clinic, secret_backups: BackupService, make: Maker, db_path: Path, clock: Clock
) -> None:
    plain_file = secret_backups.backup()
    file_encrypted = secret_backups.backup(passphrase=PASSPHRASE)
    backed_up = without_audit(keyed_snapshot(plain_file.path))
    for backup, passphrase in ((plain_file, None), (file_encrypted, PASSPHRASE)):
        clock.advance(hours=1)
        change(type(make)(secret))  # the builders, on the encrypted clinic
        assert without_audit(keyed_snapshot(db_path)) != backed_up

        result = secret_backups.restore(backup.path, passphrase=passphrase)

        assert without_audit(keyed_snapshot(db_path)) == backed_up
        assert is_encrypted_database(db_path)
        assert is_encrypted_database(result.safety_copy)
        assert keyed_snapshot(result.safety_copy)["patients"]
        assert CheckService(secret.context).run().ok
    assert not [name for name in files(db_path.parent) if "partial" in name]


def test_a_plain_backup_is_restored_into_an_encrypted_database_encrypted(
    backups: BackupService, clinic: Clinic, make: Maker, db_path: Path, clock: Clock
) -> None:
    fill(make)
    before_encryption = backups.backup()
    backed_up = without_audit(snapshot(before_encryption.path))
    plain_copy = encrypt_database(clinic, DATABASE_PASSPHRASE).plain_copy
    assert plain_copy is not None
    with Clinic.open(
        str(db_path), passphrase=DATABASE_PASSPHRASE, actor="tester", clock=clock
    ) as secret:
        change(type(make)(secret))
        result = BackupService(secret.context, backups.folder).restore(before_encryption.path)
        assert CheckService(secret.context).run().ok
    assert is_encrypted_database(db_path)
    assert without_audit(keyed_snapshot(db_path)) == backed_up
    assert is_encrypted_database(result.safety_copy)
    assert not [name for name in files(db_path.parent) if "partial" in name]


# --- daily backups and pruning --------------------------------------------------------------------


def _daily(folder: Path, day: dt.date, hour: int = 9, stem: str = "clinic") -> Path:
    taken = dt.datetime.combine(day, dt.time(hour), ATHENS)
    path = folder / backup_file_name(stem, BackupKind.DAILY, taken, encrypted=False)
    path.write_text("an earlier daily copy")
    return path


def test_the_daily_backup_prunes_its_own_files_only(
    backups: BackupService, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    today = dt.date(2026, 3, 10)  # the clock's day, a Tuesday
    for n in range(1, 61):
        _daily(folder, today - dt.timedelta(days=n))
    foreign = [
        "clinic.backup-20260101T070000Z.sqlite",
        "clinic.before-restore-20260102T070000Z.sqlite",
        "other.daily-20260101T070000Z.sqlite",
        "clinic.daily-20260101.sqlite",
        "clinic.daily-20260101T070000Z.sqlite.bak",
        "clinic.sqlite.daily-20260101T070000Z.sqlite",
        "notes.txt",
    ]
    for name in foreign:
        (folder / name).write_text("not pruning's to delete")

    result = backups.daily_backup_if_due()

    assert result.done
    assert result.backup is not None
    assert result.backup.path.name == "clinic.daily-20260310T160000Z.sqlite"
    kept_days = sorted(
        parsed[1].astimezone(ATHENS).date()
        for path in result.kept
        if (parsed := parse_backup_file_name("clinic", path.name)) is not None
    )
    assert kept_days == [
        dt.date(2026, 2, 15),  # weekly: the newest of ISO weeks 7, 8, 9 and 10
        dt.date(2026, 2, 22),
        dt.date(2026, 3, 1),
        dt.date(2026, 3, 3),
        *(dt.date(2026, 3, 4) + dt.timedelta(days=n) for n in range(7)),  # daily
    ]
    assert len(result.deleted) == 60 + 1 - 11
    kept = [*foreign, *(p.name for p in result.kept), "clinic.anchors.jsonl"]
    assert sorted(files(folder)) == sorted(kept)
    assert all((folder / name).read_text() == "not pruning's to delete" for name in foreign)
    assert audit_actions(db_path)[-1][2] == "daily: clinic.daily-20260310T160000Z.sqlite"


def test_the_daily_backup_runs_once_a_local_day(
    backups: BackupService, clock: Clock, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = backups.daily_backup_if_due()
    assert first.done
    listing = files(folder)

    clock.advance(hours=5)  # 23:00 in Athens, 21:00 UTC: the same day
    again = backups.daily_backup_if_due()

    assert not again.done
    assert (again.deleted, again.kept) == ((), ())
    assert files(folder) == listing
    clock.advance(hours=2)  # 01:00 on 11 March in Athens, though still 10 March in UTC
    next_day = backups.daily_backup_if_due()
    assert next_day.done
    assert next_day.backup is not None
    assert next_day.backup.path.name == "clinic.daily-20260310T230000Z.sqlite"
    assert len(files(folder)) == 3  # and the anchors log


def test_a_daily_copy_counts_for_the_local_day_it_was_taken(
    backups: BackupService, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # 23:30 UTC on 9 March is 01:30 on 10 March in Athens: today's copy, at 18:00.
    (folder / "clinic.daily-20260309T233000Z.sqlite").write_text("")
    assert not backups.daily_backup_if_due().done


# --- other databases and rights -------------------------------------------------------------------


def test_postgresql_is_left_to_pg_dump_and_pg_restore(tmp_path: Path) -> None:
    """Refused before any connection is made (the server named here does not exist)."""
    db = Database(make_url("postgresql+psycopg://app:secret@db.invalid/mesolog"))
    service = BackupService(ServiceContext(db, "tester"), tmp_path)
    try:
        assert not service.available
        for attempt in (
            service.backup,
            lambda: service.restore(tmp_path / "x.sqlite"),
            service.daily_backup_if_due,
        ):
            with pytest.raises(DatabaseError, match="pg_dump") as raised:
                attempt()
            assert "secret" not in str(raised.value)
    finally:
        db.dispose()
    assert files(tmp_path) == []


def test_backups_go_to_the_folder_the_settings_name(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    from dataclasses import replace

    chosen = tmp_path / "usb-drive" / "mesolog"
    clinic.settings.update_clinic(
        replace(clinic.settings.clinic(), backup_folder=str(chosen)), read=clinic.settings.clinic()
    )
    fill(make)
    result = clinic.backups.backup()
    assert result.path.parent == chosen
    assert clinic.backups.folder == chosen


def test_only_an_admin_restores_a_database_with_accounts(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    from mesolog.domain.accounts import AccessDeniedError
    from mesolog.domain.enums import Role

    fill(make)
    taken = clinic.backups.backup(tmp_path / "copy.sqlite")
    clinic.accounts.create_first_admin("admin", "Dr Admin", "admin-password-1")
    clinic.log_in("admin", "admin-password-1")
    clinic.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, "a long enough password")
    doctor = Clinic(clinic.context.db, actor="os", clock=clinic.context.clock)
    doctor.log_in("dr", "a long enough password")
    with pytest.raises(AccessDeniedError, match="manage accounts"):
        doctor.backups.restore(taken.path)
    assert doctor.backups.backup().path.exists()  # any account may take a backup
    clinic.backups.restore(taken.path)
