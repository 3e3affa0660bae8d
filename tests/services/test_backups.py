"""BackupService on real SQLite files: online backups, encryption, restore, daily pruning."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import make_url
from sqlalchemy.engine import URL

from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.persistence.backup_files import MAGIC
from mesolog.persistence.conversion import change_passphrase
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import is_encrypted_database, key_pragma
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.backups import (
    BackupFileError,
    BackupKind,
    BackupService,
    WrongPassphraseError,
    backup_file_name,
    daily_copies_to_keep,
    parse_backup_file_name,
)
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from mesolog.services.context import ServiceContext
from mesolog.services.encryption import change_database_passphrase, encrypt_database

if TYPE_CHECKING:
    from conftest import Clock, Maker

ATHENS = dt.timezone(dt.timedelta(hours=2))
PASSPHRASE = "Ωραία μέρα για αντίγραφα"
Snapshot = dict[str, list[tuple[Any, ...]]]
PAGE = 4096


def snapshot(path: Path) -> Snapshot:
    """Every row of every table of an SQLite file (read-only), in a stable order."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def audit_actions(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT action, entity, detail FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def fill(make: Maker) -> None:
    """Two patients, a course, a signed session with lines, products and reactions, a draft."""
    patient = make.patient()
    session = make.clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    make.clinic.sessions.sign(session.id)
    make.draft(make.patient(family_name="Georgiou", given_name="Nikos").id)


def change(make: Maker) -> None:
    """Changes of every kind after the backup: a new patient, an edit, a void, a signature."""
    clinic = make.clinic
    newcomer = make.patient(family_name="Laskaris", given_name="Ioanna")
    (first, *_) = clinic.patients.search("Papadopoulou")
    clinic.patients.update(first.id, make.patient_input(phone="+30 210 000 0000"))
    draft = make.draft(newcomer.id)
    clinic.sessions.sign(draft.id)
    (second, *_) = clinic.patients.search("Georgiou")
    clinic.patients.void(second.id, reason="entered twice")


@pytest.fixture
def backups(clinic: Clinic, tmp_path: Path) -> BackupService:
    return BackupService(clinic.context, tmp_path / "backups")


def without_audit(tables: Snapshot) -> Snapshot:
    return {name: rows for name, rows in tables.items() if not name.startswith("audit_")}


# --- backup --------------------------------------------------------------------------------


def test_a_backup_is_an_exact_checked_copy_named_by_its_utc_time(
    backups: BackupService, make: Maker, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    fill(make)
    before = snapshot(db_path)

    result = backups.backup()

    assert result.path == tmp_path / "backups" / "clinic.backup-20260310T160000Z.sqlite"
    assert snapshot(result.path) == before
    assert (result.patients, result.sessions) == (2, 2)
    assert result.size_bytes == result.path.stat().st_size == result.pages * 4096
    assert (result.encrypted, result.revision, result.taken_at) == (
        False,
        head_revision(),
        clock(),
    )
    assert result.path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert files(tmp_path / "backups") == [result.path.name]
    assert not [name for name in files(tmp_path) if "partial" in name]
    action, entity, detail = audit_actions(db_path)[-1]
    assert (action, entity) == ("backup", "database")
    assert detail == "backup: clinic.backup-20260310T160000Z.sqlite"


def test_a_backup_is_taken_while_another_connection_holds_a_write_transaction(
    backups: BackupService, make: Maker, db_path: Path
) -> None:
    """The copy is taken at once, without the uncommitted change; only the audit entry
    waits for the writer, as any write does."""
    fill(make)
    writer = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE patients SET notes = 'not committed yet'")
    commit = threading.Timer(1.0, writer.execute, ("COMMIT",))
    commit.start()
    try:
        started = time.perf_counter()
        result = backups.backup()
        elapsed = time.perf_counter() - started
    finally:
        commit.join()
        writer.close()

    assert 0.9 <= elapsed < 10, "the audit entry waits for the writer, the copy does not"
    assert "not committed yet" not in repr(snapshot(result.path)["patients"])
    assert "not committed yet" in repr(snapshot(db_path)["patients"])
    assert audit_actions(db_path)[-1][0] == "backup"


def test_an_encrypted_backup_holds_nothing_readable(
    backups: BackupService, make: Maker, db_path: Path
) -> None:
    fill(make)
    result = backups.backup(passphrase=PASSPHRASE)

    assert result.path.name == "clinic.backup-20260310T160000Z.sqlite.enc"
    assert result.encrypted
    data = result.path.read_bytes()
    assert data.startswith(MAGIC)
    for plain in (b"SQLite format", b"Papadopoulou", b"NCTF 135 HA", b"Tolerated well"):
        assert plain not in data
    assert BackupService.needs_passphrase(result.path)
    assert audit_actions(db_path)[-1][2].endswith(", encrypted")
    # The plain copy it was made from stays beside the database only while it is made.
    assert not [name for name in files(db_path.parent) if "partial" in name]


def test_a_backup_never_overwrites_and_takes_a_folder_for_a_target(
    backups: BackupService, tmp_path: Path, db_path: Path
) -> None:
    taken = tmp_path / "mine.sqlite"
    taken.write_text("someone's file")
    with pytest.raises(DatabaseError, match="never overwrites"):
        backups.backup(taken)
    assert taken.read_text() == "someone's file"
    with pytest.raises(DatabaseError, match="never overwrites"):
        backups.backup(db_path)

    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = backups.backup(usb), backups.backup(usb)
    assert (first.path.name, second.path.name) == (
        "clinic.backup-20260310T160000Z.sqlite",
        "clinic.backup-20260310T160000Z-2.sqlite",
    )
    assert [f.path.name for f in backups.backups()] == []  # another folder
    named = backups.backup(tmp_path / "new" / "named.db")
    assert named.path == tmp_path / "new" / "named.db"


def test_an_empty_passphrase_is_refused(backups: BackupService, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="passphrase is empty"):
        backups.backup(passphrase="  ")
    assert files(tmp_path / "backups") == []


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


# --- restore -------------------------------------------------------------------------------


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
            f"from {backup.path.name}; safety copy clinic.before-restore-20260310T180500Z.sqlite"
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


def _untouched(backups: BackupService, db_path: Path) -> tuple[Snapshot, list[str], list[str]]:
    return snapshot(db_path), files(db_path.parent), files(backups.folder)


@pytest.mark.parametrize("passphrase", ["wrong passphrase", None, PASSPHRASE.upper()])
def test_a_wrong_passphrase_fails_cleanly_and_writes_nothing(
    backups: BackupService, make: Maker, db_path: Path, passphrase: str | None
) -> None:
    fill(make)
    backup = backups.backup(passphrase=PASSPHRASE)
    before = _untouched(backups, db_path)

    with pytest.raises(WrongPassphraseError, match=r"clinic\.backup-.*\.sqlite\.enc") as raised:
        backups.restore(backup.path, passphrase=passphrase)
    with pytest.raises(WrongPassphraseError):
        backups.verify(backup.path, passphrase=passphrase)

    assert "Traceback" not in str(raised.value)
    assert _untouched(backups, db_path) == before


def _free_pages(data: bytes) -> set[int]:
    """The numbers of the pages on an SQLite file's freelist (they hold no data)."""
    free: set[int] = set()
    trunk = int.from_bytes(data[32:36], "big")
    while trunk:
        start = (trunk - 1) * PAGE
        count = int.from_bytes(data[start + 4 : start + 8], "big")
        leaves = data[start + 8 : start + 8 + 4 * count]
        free |= {
            trunk,
            *(int.from_bytes(leaves[i : i + 4], "big") for i in range(0, len(leaves), 4)),
        }
        trunk = int.from_bytes(data[start : start + 4], "big")
    return free


def _flip_middle_page(data: bytes) -> bytes:
    """Every bit of the page in use nearest the middle (changes to free pages harm nothing)."""
    free, middle = _free_pages(data), len(data) // PAGE // 2 + 1
    number = min(
        (n for n in range(2, len(data) // PAGE + 1) if n not in free), key=lambda n: abs(n - middle)
    )
    start = (number - 1) * PAGE
    return data[:start] + bytes(b ^ 0xFF for b in data[start : start + PAGE]) + data[start + PAGE :]


DAMAGE = {
    "bytes flipped in the middle": (False, _flip_middle_page),
    "truncated": (False, lambda data: data[: len(data) // 2]),
    "not a database": (False, lambda _: b"Just some notes, no database.\n" * 400),
    "empty": (False, lambda _: b""),
    "encrypted, a byte flipped in the middle": (
        True,
        lambda data: (
            data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :]
        ),
    ),
    "encrypted, truncated": (True, lambda data: data[: len(data) // 2]),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_backup_is_refused_and_the_database_is_untouched(
    backups: BackupService,
    clinic: Clinic,
    make: Maker,
    db_path: Path,
    tmp_path: Path,
    damage: str,
) -> None:
    fill(make)
    encrypted, spoil = DAMAGE[damage]
    passphrase = PASSPHRASE if encrypted else None
    backup = backups.backup(passphrase=passphrase)
    damaged = tmp_path / f"damaged{backup.path.name[backup.path.name.index('.sqlite') :]}"
    damaged.write_bytes(spoil(backup.path.read_bytes()))
    before = _untouched(backups, db_path)

    with pytest.raises(BackupFileError, match="Nothing was restored") as raised:
        backups.restore(damaged, passphrase=passphrase)

    assert str(raised.value).startswith(damaged.name)
    assert _untouched(backups, db_path) == before
    assert CheckService(clinic.context).run().ok


def test_a_backup_from_a_newer_mesolog_or_another_program_is_refused(
    backups: BackupService, db_path: Path, tmp_path: Path
) -> None:
    newer = backups.backup().path
    connection = sqlite3.connect(str(newer))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    other = tmp_path / "invoices.sqlite"
    connection = sqlite3.connect(str(other))
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = _untouched(backups, db_path)

    with pytest.raises(BackupFileError, match="written by a newer mesolog"):
        backups.restore(newer)
    with pytest.raises(BackupFileError, match="not a mesolog one"):
        backups.restore(other)
    with pytest.raises(DatabaseError, match="There is no backup file"):
        backups.restore(tmp_path / "missing.sqlite")
    with pytest.raises(DatabaseError, match="the open database itself"):
        backups.restore(db_path)

    assert _untouched(backups, db_path) == before


def test_a_backup_of_an_older_schema_is_upgraded_as_it_is_restored(
    backups: BackupService, clinic: Clinic, db_path: Path, tmp_path: Path
) -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert previous is not None
    if previous.down_revision is None:
        pytest.skip("the package ships one schema revision only")
    old = tmp_path / "old.sqlite"
    db = Database(URL.create("sqlite", database=str(old)))
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), str(previous.down_revision))
        connection.commit()
    db.dispose()

    check = backups.verify(old)
    result = backups.restore(old)

    assert (check.revision, check.needs_upgrade) == (previous.down_revision, True)
    assert (result.upgraded_from, result.revision) == (previous.down_revision, head_revision())
    assert CheckService(clinic.context).run().ok
    assert audit_actions(db_path)[-1][2].startswith(
        f"from old.sqlite, upgraded from schema {previous.down_revision};"
    )
    leftovers = [name for name in files(tmp_path) if "partial" in name or "upgrade" in name]
    assert leftovers == []


# --- daily backups and pruning -------------------------------------------------------------


def test_sixty_days_of_copies_keep_seven_daily_and_four_weekly() -> None:
    first = dt.datetime(2026, 1, 1, 9, 0, tzinfo=ATHENS)  # a Thursday, ISO week 1
    taken = [first + dt.timedelta(days=n) for n in range(60)]  # to Sunday 1 March

    kept = daily_copies_to_keep(taken)

    days = sorted(moment.date() for moment in kept)
    weekly = [dt.date(2026, 2, 1), dt.date(2026, 2, 8), dt.date(2026, 2, 15), dt.date(2026, 2, 22)]
    daily = [dt.date(2026, 2, 23) + dt.timedelta(days=n) for n in range(7)]
    assert days == weekly + daily


def test_pruning_keeps_the_newest_copy_of_each_day_and_week() -> None:
    def at(month: int, day: int, hour: int) -> dt.datetime:
        return dt.datetime(2026, month, day, hour, tzinfo=ATHENS)

    taken = [at(3, 10, 9), at(3, 10, 17), at(3, 2, 9), at(2, 20, 9), at(2, 19, 9)]
    assert daily_copies_to_keep(taken, days=2, weeks=1) == {
        at(3, 10, 17),
        at(3, 2, 9),
        at(2, 20, 9),
    }
    assert daily_copies_to_keep(taken[:2]) == {at(3, 10, 17)}
    assert daily_copies_to_keep([]) == frozenset()


def test_iso_weeks_span_new_year() -> None:
    # Monday 29 December 2025 to Sunday 4 January 2026 is week 1 of 2026.
    taken = [dt.datetime(2025, 12, d, 9, tzinfo=ATHENS) for d in (22, 28, 29, 30)]
    kept = daily_copies_to_keep(taken, days=1, weeks=2)
    assert sorted(moment.day for moment in kept) == [28, 29, 30]


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
    assert sorted(files(folder)) == sorted([*foreign, *(p.name for p in result.kept)])
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
    assert len(files(folder)) == 2


def test_a_daily_copy_counts_for_the_local_day_it_was_taken(
    backups: BackupService, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # 23:30 UTC on 9 March is 01:30 on 10 March in Athens: today's copy, at 18:00.
    (folder / "clinic.daily-20260309T233000Z.sqlite").write_text("")
    assert not backups.daily_backup_if_due().done


def test_names_are_parsed_back_and_others_are_not(tmp_path: Path) -> None:
    taken = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
    name = backup_file_name("my.clinic", BackupKind.DAILY, taken, encrypted=True, number=3)
    assert name == "my.clinic.daily-20260310T160000Z-3.sqlite.enc"
    assert parse_backup_file_name("my.clinic", name) == (
        BackupKind.DAILY,
        dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC),
        True,
    )
    for other in (
        "myXclinic.daily-20260310T160000Z.sqlite",
        "my.clinic.daily-20261310T160000Z.sqlite",
        "my.clinic.weekly-20260310T160000Z.sqlite",
        "my.clinic.daily-20260310T160000Z-0.sqlite",
    ):
        assert parse_backup_file_name("my.clinic", other) is None


# --- other databases -----------------------------------------------------------------------


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
    clinic.settings.update_clinic(replace(clinic.settings.clinic(), backup_folder=str(chosen)))
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


# --- encrypted databases (SQLCipher) -------------------------------------------------------

DATABASE_PASSPHRASE = "the clinic's own passphrase"


def keyed_snapshot(path: Path, passphrase: str = DATABASE_PASSPHRASE) -> Snapshot:
    """`snapshot` of a file encrypted by SQLCipher."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(key_pragma(passphrase))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def keyed_audit_actions(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(key_pragma(DATABASE_PASSPHRASE))
        return connection.execute(
            "SELECT action, entity, detail FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture
def secret(clinic: Clinic, make: Maker, db_path: Path, clock: Clock) -> Iterator[Clinic]:
    """The filled clinic, encrypted with DATABASE_PASSPHRASE (its plain original removed)."""
    fill(make)
    plain_copy = encrypt_database(clinic, DATABASE_PASSPHRASE).plain_copy
    assert plain_copy is not None
    plain_copy.unlink()
    opened = Clinic.open(str(db_path), passphrase=DATABASE_PASSPHRASE, actor="tester", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def secret_backups(secret: Clinic, tmp_path: Path) -> BackupService:
    return BackupService(secret.context, tmp_path / "backups")


def test_a_backup_of_an_encrypted_database_is_encrypted_with_its_passphrase(
    secret_backups: BackupService, db_path: Path
) -> None:
    result = secret_backups.backup()

    assert (result.encrypted, result.database_encrypted) == (False, True)
    data = result.path.read_bytes()
    for plain in (b"SQLite format", b"Papadopoulou", b"Tolerated well"):
        assert plain not in data
    assert is_encrypted_database(result.path)
    assert without_audit(keyed_snapshot(result.path)) == without_audit(keyed_snapshot(db_path))
    with pytest.raises(sqlite3.DatabaseError):
        keyed_snapshot(result.path, "another passphrase")
    check = secret_backups.verify(result.path)
    assert (check.encrypted, check.database_encrypted, check.patients) == (False, True, 2)
    assert keyed_audit_actions(db_path)[-1] == (
        "backup",
        "database",
        f"backup: {result.path.name}, SQLCipher with the database passphrase",
    )
    assert not [name for name in files(db_path.parent) if "partial" in name]


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


def test_a_copy_of_an_encrypted_database_is_not_restored_into_a_plain_one(
    secret_backups: BackupService, tmp_path: Path, clock: Clock
) -> None:
    taken = secret_backups.backup()
    with Clinic.open(str(tmp_path / "plain.sqlite"), actor="tester", clock=clock) as plain:
        backups = BackupService(plain.context, tmp_path / "plain-backups")
        before = snapshot(tmp_path / "plain.sqlite")
        with pytest.raises(BackupFileError, match="copy of an encrypted database") as raised:
            backups.restore(taken.path)
        assert "Nothing was restored" in str(raised.value)
        assert snapshot(tmp_path / "plain.sqlite") == before
        assert files(tmp_path / "plain-backups") == []


def test_a_backup_from_before_a_passphrase_change_says_why_it_is_refused(
    secret: Clinic, secret_backups: BackupService, db_path: Path, clock: Clock
) -> None:
    taken = secret_backups.backup()
    change_database_passphrase(secret, "a brand new passphrase")
    with Clinic.open(
        str(db_path), passphrase="a brand new passphrase", actor="tester", clock=clock
    ) as reopened:
        backups = BackupService(reopened.context, secret_backups.folder)
        before = keyed_snapshot(db_path, "a brand new passphrase")
        with pytest.raises(BackupFileError, match="before the passphrase was changed"):
            backups.restore(taken.path)
        assert keyed_snapshot(db_path, "a brand new passphrase") == before
        # The way out: give the backup the database's new passphrase, then restore it.
        change_passphrase(taken.path, DATABASE_PASSPHRASE, "a brand new passphrase")
        assert backups.restore(taken.path).patients == 2


def test_an_encrypted_backup_of_an_older_schema_is_upgraded_keyed(
    secret_backups: BackupService, secret: Clinic, tmp_path: Path
) -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert previous is not None and previous.down_revision is not None
    old = tmp_path / "old.sqlite"
    db = Database(URL.create("sqlite", database=str(old)), passphrase=DATABASE_PASSPHRASE)
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), str(previous.down_revision))
        connection.commit()
    db.dispose()

    result = secret_backups.restore(old)

    assert (result.upgraded_from, result.revision) == (previous.down_revision, head_revision())
    assert CheckService(secret.context).run().ok
    leftovers = [name for name in files(tmp_path) if "partial" in name or "upgrade" in name]
    assert leftovers == []
