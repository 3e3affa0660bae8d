"""The audit log's hash chain and record digests: written with every change, and any
change made behind the application's back is found and named."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.domain.records import Session
from mesolog.persistence.audit import EntryFields
from mesolog.persistence.models import AuditEntryRow
from mesolog.services.clinic import Clinic
from tests.services.conftest import Clock, Maker

TAMPERABLE_COLUMNS = (
    "occurred_at",
    "actor",
    "action",
    "entity",
    "entity_uuid",
    "patient_uuid",
    "detail",
    "before_digest",
    "after_digest",
    "prev_hash",
    "entry_hash",
)


@pytest.fixture
def history(clinic: Clinic, make: Maker, clock: Clock) -> Session:
    """A patient, a course and a session drafted, edited, signed; a second one voided."""
    patient = make.patient()
    entry = make.full_entry(patient.id)
    draft = clinic.sessions.create_draft(patient.id, entry)
    clock.advance(minutes=5)
    clinic.sessions.update_draft(draft.id, replace(entry, notes="x"), read=draft)
    signed = clinic.sessions.sign(draft.id)
    other = make.draft(patient.id)
    clinic.sessions.void(other.id, reason="duplicate")
    clinic.patients.update(patient.id, make.patient_input(allergies="latex"), read=patient)
    return signed


def _raw(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(db_path, isolation_level=None)


def test_every_change_is_chained_with_digests_before_and_after(
    clinic: Clinic, history: Session
) -> None:
    entries = list(reversed(clinic.audit.entries()))
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    actions = [(e.action, e.entity) for e in entries]
    assert ("sign", "session") in actions
    assert ("void", "session") in actions
    for entry in entries:
        assert entry.after_digest is not None, entry
        if entry.action == "create":
            assert entry.before_digest is None
        else:
            assert entry.before_digest not in (None, entry.after_digest), entry
    session_entries = [e for e in entries if e.entity == "session"]
    assert all(e.patient_uuid == history.patient_id for e in session_entries)
    result = clinic.audit.verify()
    assert result.intact
    assert result.entries == len(entries)
    assert result.records_checked == len({(e.entity, e.entity_uuid) for e in entries})


def test_entries_filter_by_patient_user_and_day(
    clinic: Clinic, history: Session, make: Maker, clock: Clock
) -> None:
    clock.advance(days=2)
    assistant = Clinic(clinic.context.db, actor="assistant", clock=clock)
    other = assistant.patients.create(make.patient_input(family_name="Other", record_number="X1"))
    mine = clinic.audit.entries(patient=str(history.patient_id))
    assert mine and all(e.patient_uuid == history.patient_id for e in mine)
    assert [e.entity_uuid for e in clinic.audit.entries(patient="X1")] == [other.id]
    assert [e.actor for e in clinic.audit.entries(actor="assistant")] == ["assistant"]
    testers = {e.actor for e in clinic.audit.entries(actor="tester")}
    assert testers == {"tester"}  # not "assistant", which sorts before it
    assert len(clinic.audit.entries(since=clock().date())) == 1
    assert len(clinic.audit.entries(limit=2)) == 2


def _tamper(db_path: Path, sql: str, *params: object) -> None:
    with _raw(db_path) as raw:
        raw.execute(sql, params)


def test_an_edited_entry_is_named(clinic: Clinic, history: Session, db_path: Path) -> None:
    _tamper(db_path, "UPDATE audit_log SET actor = 'someone else' WHERE id = 3")
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 3
    assert "does not match its hash" in broken.reason


def test_an_entry_rehashed_after_editing_breaks_the_next_link(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    with clinic.context.db.write() as s:
        row = s.get(AuditEntryRow, 2)
        assert row is not None
        row.detail = "forged"
        row.entry_hash = EntryFields.of(row).hash()
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 3
    assert "hash of the entry before it" in broken.reason


def test_a_forged_entry_with_the_next_link_fixed_is_named(clinic: Clinic, history: Session) -> None:
    """An entry's hash covers the link to the entry before it: rehashing a forged entry and
    fixing the next entry's link still leaves the next entry's own hash wrong."""
    with clinic.context.db.write() as s:
        forged, following = s.get(AuditEntryRow, 2), s.get(AuditEntryRow, 3)
        assert forged is not None and following is not None
        forged.detail = "forged"
        forged.entry_hash = EntryFields.of(forged).hash()
        following.prev_hash = forged.entry_hash
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 3
    assert "does not match its hash" in broken.reason


def test_an_entry_slipped_in_before_the_first_is_found(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    """The log lists every entry; verify walked from id 1 and passed a forged entry 0."""
    _tamper(
        db_path,
        "INSERT INTO audit_log (id, occurred_at, actor, action, entity, detail, prev_hash,"
        " entry_hash) SELECT 0, occurred_at, 'forger', 'void', entity, 'forged', prev_hash,"
        " entry_hash FROM audit_log WHERE id = 1",
    )
    assert clinic.audit.entries()[-1].actor == "forger"
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 0
    assert "runs backwards" in broken.reason


def test_a_deleted_entry_is_found(clinic: Clinic, history: Session, db_path: Path) -> None:
    _tamper(db_path, "DELETE FROM audit_log WHERE id = 4")
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 5
    assert "4–4 are missing" in broken.reason


def test_a_cut_off_tail_is_found(clinic: Clinic, history: Session, db_path: Path) -> None:
    last = clinic.audit.verify().entries
    _tamper(db_path, "DELETE FROM audit_log WHERE id = ?", last)
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == last
    assert "head names entry" in broken.reason


def test_an_inserted_entry_is_found(clinic: Clinic, history: Session, db_path: Path) -> None:
    last = clinic.audit.verify().entries
    _tamper(
        db_path,
        "INSERT INTO audit_log (id, occurred_at, actor, action, entity, detail, prev_hash,"
        " entry_hash) SELECT ?, occurred_at, actor, action, entity, detail, entry_hash, ?"
        " FROM audit_log WHERE id = ?",
        last + 1,
        "0" * 64,
        last,
    )
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == last + 1


def test_swapped_entries_are_found(clinic: Clinic, history: Session, db_path: Path) -> None:
    with _raw(db_path) as raw:
        raw.execute("UPDATE audit_log SET id = -1 WHERE id = 2")
        raw.execute("UPDATE audit_log SET id = 2 WHERE id = 3")
        raw.execute("UPDATE audit_log SET id = 3 WHERE id = -1")
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 2


def test_random_single_byte_changes_are_all_caught(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    """Each trial changes one character of one stored value of one entry, checks, and puts
    it back; also changes SQLite reads back as the same value ('X' for the space in a
    stored time, a UUID's hex digit in capitals)."""
    chance = random.Random(20261125)
    count = clinic.audit.verify().entries
    caught = 0
    trials = 60
    with _raw(db_path) as raw:
        for _ in range(trials):
            entry_id = chance.randint(1, count)
            column = chance.choice(TAMPERABLE_COLUMNS)
            (value,) = raw.execute(
                f"SELECT {column} FROM audit_log WHERE id = ?", (entry_id,)
            ).fetchone()
            if not value:
                continue
            text = str(value)
            at = chance.randrange(len(text))
            choices = [c for c in "0123456789abcdefABCDEFXYZ -:.é" if c != text[at]]
            changed = text[:at] + chance.choice(choices) + text[at + 1 :]
            raw.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (changed, entry_id))
            broken = clinic.audit.verify().first_break
            raw.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, entry_id))
            assert broken is not None, (entry_id, column, text, changed)
            assert broken.entry_id == entry_id, (entry_id, column, broken)
            caught += 1
    assert caught > trials // 2
    assert clinic.audit.verify().intact


def test_a_record_changed_in_plain_sql_is_named(
    clinic: Clinic, history: Session, db_path: Path, make: Maker
) -> None:
    draft = make.draft(history.patient_id)
    _tamper(
        db_path, "UPDATE patients SET allergies = 'none' WHERE uuid = ?", history.patient_id.hex
    )
    _tamper(db_path, "UPDATE sessions SET notes = 'rewritten' WHERE uuid = ?", draft.id.hex)
    result = clinic.audit.verify()
    assert result.first_break is None
    assert not result.intact
    changed = {(m.entity, m.entity_uuid) for m in result.changed_records}
    assert changed == {("patient", history.patient_id), ("session", draft.id)}


def test_derived_patient_dates_do_not_count_as_changes(
    clinic: Clinic, history: Session, make: Maker
) -> None:
    """A new signed session moves the patient's last/next dates without a patient entry."""
    draft = make.draft(history.patient_id, performed_at=make.at(3, 10, 16))
    clinic.sessions.sign(draft.id)
    assert clinic.audit.verify().intact


def test_an_unreadable_timestamp_is_named(clinic: Clinic, history: Session, db_path: Path) -> None:
    _tamper(db_path, "UPDATE audit_log SET occurred_at = 'yesterday' WHERE id = 2")
    broken = clinic.audit.verify().first_break
    assert broken is not None and broken.entry_id == 2
    assert "cannot be read" in broken.reason


def test_import_entries_carry_digests(clinic: Clinic, history: Session, tmp_path: Path) -> None:
    data = json.dumps(clinic.exports.export_document()).encode()
    with Clinic.open(
        str(tmp_path / "other.sqlite"), actor="importer", clock=lambda: dt.datetime.now(dt.UTC)
    ) as other:
        other.imports.import_bytes(data)
        entries = other.audit.entries()
        imported = [e for e in entries if e.action == "import" and e.entity != "file"]
        assert imported and all(e.after_digest for e in imported)
        [file] = [e for e in entries if e.entity == "file"]  # names the file: no record
        assert file.detail.startswith("file sha256 ")
        assert other.audit.verify().intact


def test_an_unreadable_record_id_is_named_and_the_records_still_compared(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    _tamper(db_path, "UPDATE audit_log SET entity_uuid = 'not-a-uuid' WHERE id = 3")
    _tamper(
        db_path, "UPDATE patients SET allergies = 'none' WHERE uuid = ?", history.patient_id.hex
    )
    result = clinic.audit.verify()
    assert result.first_break is not None and result.first_break.entry_id == 3
    assert "cannot be read" in result.first_break.reason
    assert [(m.entity, m.entity_uuid) for m in result.changed_records] == [
        ("patient", history.patient_id)
    ]


def test_an_unreadable_record_id_leaves_the_later_entries_compared(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    checked = clinic.audit.verify().records_checked
    _tamper(db_path, "UPDATE audit_log SET entity_uuid = 'not-a-uuid' WHERE id = 1")
    result = clinic.audit.verify()
    assert result.first_break is not None and result.first_break.entry_id == 1
    assert (result.records_checked, result.changed_records) == (checked, ())


def test_a_product_slipped_into_a_signed_session_is_named(
    clinic: Clinic, history: Session, db_path: Path
) -> None:
    """The database refuses it (persistence.guards); with that lock dropped first, the
    session's digest, which covers its lines, products and reactions, names it, and the
    missing lock is named too."""
    slip = (
        "INSERT INTO product_uses (uuid, treatment_line_id, position, solution, product_name,"
        " concentration, volume_ml, lot_number) SELECT 'ffffffffffffffffffffffffffffffff',"
        " id, 99, 'vitamins', 'Slipped in', '', 1.0, 'X-1' FROM treatment_lines WHERE"
        " session_id = (SELECT id FROM sessions WHERE uuid = ?) LIMIT 1"
    )
    with pytest.raises(sqlite3.IntegrityError, match="signed session is locked"):
        _tamper(db_path, slip, history.id.hex)
    assert clinic.audit.verify().intact
    _tamper(db_path, "DROP TRIGGER product_uses_signed_no_insert_new")
    _tamper(db_path, slip, history.id.hex)
    result = clinic.audit.verify()
    assert result.first_break is None
    assert [(m.entity, m.entity_uuid) for m in result.changed_records] == [("session", history.id)]
    assert [p.name for p in result.guard_problems] == ["product_uses_signed_no_insert_new"]
