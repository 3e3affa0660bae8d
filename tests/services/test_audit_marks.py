"""The verification mark (persistence.verify_marks): a check that found nothing wrong
leaves one outside the database, and the next starts from it; whatever was done to the
chain or the records since is still found, and the mark itself cannot be used to hide a
rewrite. Every check here is past the size from which checks are incremental (one entry)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.domain.records import Session
from mesolog.persistence.location import display_location
from mesolog.persistence.verify_marks import mark_path
from mesolog.services.audit import TURNS, AuditService, CheckKind
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from tests.integrity.chain_tampering import cut_after, rewrite_session
from tests.services.conftest import Clock, Maker


@pytest.fixture
def marks(tmp_path: Path) -> Path:
    return tmp_path / "data" / "verify-marks"


@pytest.fixture
def audit(clinic: Clinic, marks: Path) -> AuditService:
    return AuditService(clinic.context, marks_folder=marks, incremental_from=1)


@pytest.fixture
def signed(clinic: Clinic, make: Maker) -> Session:
    patient = make.patient()
    make.patient(family_name="Georgiou", record_number="R-2")
    return clinic.sessions.sign(
        clinic.sessions.create_draft(patient.id, make.full_entry(patient.id)).id
    )


def _mark_file(clinic: Clinic, marks: Path) -> Path:
    return mark_path(marks, display_location(clinic.context.db.url))


def _tamper(db_path: Path, sql: str) -> None:
    with sqlite3.connect(db_path, isolation_level=None) as raw:
        raw.execute(sql)


def test_a_check_leaves_a_private_mark_and_the_next_walks_only_the_entries_after_it(
    clinic: Clinic, audit: AuditService, signed: Session, make: Maker, marks: Path
) -> None:
    first = audit.verify()
    assert first.intact and first.scope.kind is CheckKind.NO_MARK
    assert first.scope.walked == first.entries
    mark = _mark_file(clinic, marks)
    assert first.scope.mark_file == mark
    assert stat.S_IMODE(mark.stat().st_mode) == 0o600
    assert stat.S_IMODE(marks.stat().st_mode) == 0o700
    assert json.loads(mark.read_bytes())["entry"] == first.entries

    newcomer = make.patient(family_name="Laskaris", record_number="R-3")
    second = audit.verify()
    assert second.intact and second.scope.incremental
    assert second.scope.mark is not None and second.scope.mark.entry == first.entries
    assert second.entries == first.entries + 1
    # turn 0: the entries after the mark, and the first run of older ones (all of them here)
    assert second.scope.walked == second.entries
    assert second.records_audited == first.records_audited + 1
    assert second.records_checked < second.records_audited or newcomer.id.int % TURNS == 0

    third = audit.verify()
    assert third.scope.incremental and third.scope.turn == 1
    assert third.scope.walked == 0  # nothing new, and the older entries' second run is empty
    assert third.scope.seconds > 0


def test_a_record_written_after_the_mark_and_changed_behind_mesologs_back_is_named(
    audit: AuditService, signed: Session, make: Maker, db_path: Path
) -> None:
    audit.verify()
    make.patient(family_name="Laskaris", record_number="R-3")
    _tamper(db_path, "UPDATE patients SET family_name = 'Forged' WHERE record_number = 'R-3'")
    result = audit.verify()
    assert result.scope.incremental and not result.intact
    assert [m.entity for m in result.changed_records] == ["patient"]


def test_an_older_record_changed_behind_mesologs_back_is_found_within_a_week_of_checks(
    audit: AuditService, signed: Session, db_path: Path
) -> None:
    audit.verify()
    _tamper(db_path, "UPDATE patients SET family_name = 'Forged' WHERE record_number = 'R-2'")
    found = [bool(audit.verify().changed_records) for _ in range(TURNS)]
    assert found.count(True) >= 1
    assert audit.verify(full=True).changed_records


def test_an_older_record_removed_behind_mesologs_back_is_found_at_once(
    audit: AuditService, signed: Session, db_path: Path
) -> None:
    audit.verify()
    _tamper(db_path, "DELETE FROM patients WHERE record_number = 'R-2'")
    result = audit.verify()  # whichever share of the records it compares
    assert result.scope.incremental
    assert [(m.entity, m.reason) for m in result.changed_records] == [("patient", "it is gone")]


def test_an_older_entry_altered_is_found_when_its_run_of_entries_comes_round(
    audit: AuditService, signed: Session, db_path: Path
) -> None:
    audit.verify()
    _tamper(db_path, "UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    result = audit.verify()
    assert result.scope.incremental and result.scope.turn == 0
    assert result.first_break is not None and result.first_break.entry_id == 2


def test_an_older_entry_rewritten_and_the_chain_rehashed_after_the_mark_is_caught(
    clinic: Clinic, audit: AuditService, signed: Session, db_path: Path, marks: Path
) -> None:
    marked = audit.verify()
    kept = _mark_file(clinic, marks).read_bytes()
    rewrite_session(f"sqlite:///{db_path}", signed.id, "REWRITTEN")
    for full in (False, True):  # a full check alone would find the rehashed chain whole
        result = audit.verify(full=full)
        assert result.first_break is None and not result.changed_records
        assert result.scope.kind is CheckKind.MARK_BROKEN and not result.intact
        assert result.scope.mark is not None and result.scope.mark.hash == marked.last_hash
    assert _mark_file(clinic, marks).read_bytes() == kept


def test_a_chain_cut_back_after_the_mark_is_caught(
    clinic: Clinic, audit: AuditService, signed: Session, make: Maker, db_path: Path
) -> None:
    before = audit.verify().entries
    clinic.exports.export_document()
    audit.verify()
    cut_after(f"sqlite:///{db_path}", before)
    result = audit.verify()
    assert result.first_break is None
    assert result.scope.kind is CheckKind.MARK_BROKEN and not result.intact


def test_an_unmarked_check_neither_reads_nor_keeps_a_mark(
    clinic: Clinic, audit: AuditService, signed: Session, db_path: Path, marks: Path
) -> None:
    """What a migration's new copy is checked with: a mark an earlier copy left for the same
    database is not its chain's, so it is not read (nor replaced)."""
    audit.verify()
    kept = _mark_file(clinic, marks).read_bytes()
    rewrite_session(f"sqlite:///{db_path}", signed.id, "REWRITTEN")
    result = audit.verify(marked=False)
    assert result.intact and result.scope.kind is CheckKind.ASKED
    assert result.scope.walked == result.entries
    assert _mark_file(clinic, marks).read_bytes() == kept


def test_a_deleted_mark_means_a_full_check_that_leaves_a_new_one(
    clinic: Clinic, audit: AuditService, signed: Session, marks: Path
) -> None:
    audit.verify()
    _mark_file(clinic, marks).unlink()
    result = audit.verify()
    assert result.intact and result.scope.kind is CheckKind.NO_MARK
    assert result.scope.walked == result.entries
    assert audit.verify().scope.incremental


def test_a_mark_that_does_not_read_means_a_full_check(
    clinic: Clinic, audit: AuditService, signed: Session, marks: Path
) -> None:
    audit.verify()
    _mark_file(clinic, marks).write_text('{"entry": "three"}')
    result = audit.verify()
    assert result.intact and result.scope.kind is CheckKind.NO_MARK


def test_a_mark_of_another_database_is_ignored(tmp_path: Path, clock: Clock, marks: Path) -> None:
    place = tmp_path / "clinic.sqlite"
    for family_name in ("Papadopoulou", "Georgiou"):
        opened = Clinic.open(str(place), actor="tester", clock=clock)
        Maker(opened).patient(family_name=family_name)
        audit = AuditService(opened.context, marks_folder=marks, incremental_from=1)
        # the second is a new database where the first was, its first entry made later
        assert audit.verify().scope.kind is CheckKind.NO_MARK
        assert audit.verify().scope.incremental
        opened.close()
        place.unlink()
        clock.advance(days=1)
    elsewhere = Clinic.open(str(tmp_path / "elsewhere.sqlite"), actor="tester", clock=clock)
    Maker(elsewhere).patient()
    audit = AuditService(elsewhere.context, marks_folder=marks, incremental_from=1)
    assert audit.verify().scope.kind is CheckKind.NO_MARK
    elsewhere.close()


@pytest.mark.sqlite_only("a restore of the SQLite file")
def test_a_restore_since_the_mark_means_a_full_check_not_a_break(
    clinic: Clinic, audit: AuditService, signed: Session, tmp_path: Path, clock: Clock
) -> None:
    backups = BackupService(clinic.context, tmp_path / "backups")
    copy = backups.backup().path
    clock.advance(minutes=30)
    clinic.exports.export_document()
    audit.verify()
    clock.advance(minutes=30)
    backups.restore(copy)
    result = audit.verify()
    assert result.intact and result.scope.kind is CheckKind.RESTORED
    assert audit.verify().scope.incremental


def test_a_short_chain_is_checked_whole_and_leaves_no_mark(
    clinic: Clinic, signed: Session, marks: Path
) -> None:
    result = AuditService(clinic.context, marks_folder=marks).verify()
    assert result.intact and result.scope.kind is CheckKind.SMALL
    assert not marks.exists()


def test_a_mark_that_cannot_be_kept_is_said_and_the_check_still_stands(
    clinic: Clinic, signed: Session, tmp_path: Path
) -> None:
    blocked = tmp_path / "not a folder"
    blocked.write_text("")
    result = AuditService(clinic.context, marks_folder=blocked, incremental_from=1).verify()
    assert result.intact and result.scope.mark_error


def test_the_mark_on_either_backend(backend_maker: Maker, tmp_path: Path) -> None:
    clinic = backend_maker.clinic
    patient = backend_maker.patient()
    signed = clinic.sessions.sign(backend_maker.draft(patient.id).id)
    audit = AuditService(clinic.context, marks_folder=tmp_path / "marks", incremental_from=1)
    assert audit.verify().scope.kind is CheckKind.NO_MARK
    backend_maker.patient(family_name="Georgiou")
    incremental = audit.verify()
    assert incremental.intact and incremental.scope.incremental
    rewrite_session(clinic.context.db.url.render_as_string(hide_password=False), signed.id, "X")
    assert audit.verify().scope.kind is CheckKind.MARK_BROKEN
