"""Every file a clinic's work writes is 0600 and every folder mesolog makes 0700, under the
most open umask: the databases and their logs, backups of every kind, the copies kept
before a restore, an upgrade and an encryption, exports and summaries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from mesolog.domain.enums import Area, NeedleMethod
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.encryption import change_database_passphrase, encrypt_database
from mesolog.services.summary import SummaryService
from mesolog.services.transfer_export import ExportService, write_export
from tests.conftest import FixedClock
from tests.persistence.private_support import mode, not_private, process_umask

DATABASE_PASSPHRASE = "the clinic's own passphrase"
BACKUP_PASSPHRASE = "a passphrase for the backup drive"


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The most permissive umask a person might have: mesolog must not rely on theirs."""
    with process_umask(0o000):
        yield


def _record_a_session(clinic: Clinic) -> str:
    """A patient with one signed session; the patient's id, for a summary."""
    patient = clinic.patients.create(
        PatientInput(
            family_name="Papadopoulou", given_name="Elena", date_of_birth=dt.date(1985, 4, 12)
        )
    )
    technique = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
    draft = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            performed_at=dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC),
            clinician="Dr Eleni Vasileiou",
            treatments=(TreatmentLine(Area.FOREHEAD, technique, ()),),
            pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
        ),
    )
    clinic.sessions.sign(draft.id)
    return str(patient.id)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_a_plain_clinic_its_backups_restores_exports_and_summaries_are_private(
    tmp_path: Path, clock: FixedClock
) -> None:
    chosen = tmp_path / "Documents"  # a folder the person made and chose: left as it is
    chosen.mkdir(mode=0o755)
    database = tmp_path / "data" / "mesolog" / "clinic.sqlite"
    with Clinic.open(str(database), actor="tester", clock=clock) as clinic:
        patient = _record_a_session(clinic)
        backups = BackupService(clinic.context, tmp_path / "drive" / "backups")
        plain = backups.backup()
        sealed = backups.backup(passphrase=BACKUP_PASSPHRASE)
        backups.backup(chosen / "handover.sqlite")
        backups.daily_backup_if_due()
        clock.advance(days=1)
        backups.daily_backup_if_due()
        backups.restore(sealed.path, passphrase=BACKUP_PASSPHRASE)
        backups.restore(plain.path)
        write_export(chosen / "clinic.json", ExportService(clinic.context).export_document())
        summaries = SummaryService(clinic.context)
        summaries.write_pdf(summaries.summary_data(patient), chosen / "summary.pdf")
        open_files = _names(tmp_path)
        assert not_private(tmp_path, left_alone=frozenset({chosen})) == {}

    assert {"clinic.sqlite-wal", "clinic.sqlite-shm"} <= set(open_files)
    kinds = [".backup-", ".sqlite.enc", ".daily-", ".before-restore-"]
    assert [sum(kind in name for name in open_files) for kind in kinds] == [2, 1, 2, 2]
    assert {"handover.sqlite", "clinic.json", "summary.pdf"} <= set(open_files)
    assert mode(chosen) == 0o755
    assert not_private(tmp_path, left_alone=frozenset({chosen})) == {}


def test_an_encrypted_clinic_its_backups_and_its_restores_are_private(
    tmp_path: Path, clock: FixedClock
) -> None:
    database = tmp_path / "secret" / "clinic.sqlite"
    with Clinic.open(
        str(database), passphrase=DATABASE_PASSPHRASE, actor="tester", clock=clock
    ) as clinic:
        _record_a_session(clinic)
        backups = BackupService(clinic.context, tmp_path / "secret" / "backups")
        keyed = backups.backup()
        backups.backup(passphrase=BACKUP_PASSPHRASE)
        backups.daily_backup_if_due()
        backups.restore(keyed.path)
        assert not_private(tmp_path) == {}
    names = _names(tmp_path)
    assert [n for n in names if ".before-restore-" in n], names
    assert not_private(tmp_path) == {}


def test_encrypting_a_plain_clinic_and_changing_its_passphrase_keep_every_file_private(
    tmp_path: Path, clock: FixedClock
) -> None:
    database = tmp_path / "data" / "clinic.sqlite"
    clinic = Clinic.open(str(database), actor="tester", clock=clock)
    _record_a_session(clinic)
    encrypted = encrypt_database(clinic, DATABASE_PASSPHRASE)
    assert encrypted.plain_copy is not None
    reopened = Clinic.open(
        str(database), passphrase=DATABASE_PASSPHRASE, actor="tester", clock=clock
    )
    change_database_passphrase(reopened, BACKUP_PASSPHRASE)
    with Clinic.open(str(database), passphrase=BACKUP_PASSPHRASE, actor="tester", clock=clock):
        assert not_private(tmp_path) == {}
        assert (database.parent / (database.name + "-wal")).exists()
    assert mode(database) == mode(encrypted.plain_copy) == 0o600
    assert not_private(tmp_path) == {}


def test_the_copy_taken_before_a_schema_upgrade_is_private(
    tmp_path: Path, clock: FixedClock
) -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert previous is not None and previous.down_revision is not None
    database = tmp_path / "data" / "clinic.sqlite"
    older = Clinic.open(str(database), actor="tester", clock=clock, migrate=False)
    with older, older.context.db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), str(previous.down_revision))
        connection.commit()
    with Clinic.open(str(database), actor="tester", clock=clock) as upgraded:
        assert upgraded.migration is not None
        copy = upgraded.migration.backup
    assert copy is not None and copy.name.startswith("clinic.before-upgrade-")
    assert not_private(tmp_path) == {}
