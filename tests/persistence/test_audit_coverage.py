"""Every table of the schema is accounted for by the completeness check of the audit log
(persistence/audit_coverage.py): a table added later must say whether its rows are records
with entries of their own, parts of a record's digest, or not records at all. Records from
before digests were kept count as written by their entries."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import closing
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3
from alembic import command

from mesolog.persistence.audit_coverage import AUDITED, NOT_RECORDS, PARTS, Unaudited
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.digests import CHILDREN
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
STORED_TIME = "2026-01-05 09:00:00.000000"


def test_every_table_is_of_exactly_one_kind() -> None:
    kinds = [AUDITED, set(PARTS), set(NOT_RECORDS)]
    assert set().union(*kinds) == set(Base.metadata.tables)
    assert sum(len(kind) for kind in kinds) == len(Base.metadata.tables)


def _within_digest(table: str) -> set[str]:
    """The tables a record's digest takes in, through its children's children."""
    found: set[str] = set()
    for relation in CHILDREN.get(table, ()):
        [child] = [
            r.mapper.local_table.name  # type: ignore[attr-defined]
            for mapper in Base.registry.mappers
            if mapper.local_table.name == table  # type: ignore[attr-defined]
            for r in mapper.relationships
            if r.key == relation
        ]
        found |= {child} | _within_digest(child)
    return found


def test_each_part_is_within_its_records_digest() -> None:
    for part, record in PARTS.items():
        assert record in AUDITED
        assert part in _within_digest(record), part


def test_a_record_audited_before_digests_were_kept_is_covered(tmp_path: Path) -> None:
    """A clinic from schema 0001: its entries name records without digests. Such an entry
    still wrote its record; a record no entry names is named all the same."""
    path = tmp_path / "v1.sqlite"
    db = Database(resolve_database_url(str(path)))
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.commit()
    db.dispose()
    audited, unaudited = uuid.uuid4(), uuid.uuid4()
    with closing(sqlite3.connect(str(path))) as raw, raw:
        for key, value in enumerate((audited, unaudited), start=1):
            raw.execute(
                "INSERT INTO patients (id, uuid, family_name, given_name, date_of_birth, phone,"
                " email, allergies, medications, medical_history, notes, sort_key, created_at,"
                " updated_at) VALUES (?, ?, 'Old', 'Record', '1970-01-01', '', '', '', '', '',"
                " '', 'old record', ?, ?)",
                (key, value.hex, STORED_TIME, STORED_TIME),
            )
        raw.execute(
            "INSERT INTO audit_log (id, occurred_at, actor, action, entity, entity_uuid, detail)"
            " VALUES (5, ?, 'first', 'create', 'patient', ?, '')",
            (STORED_TIME, audited.hex),
        )
    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        verification = clinic.audit.verify()
    assert verification.first_break is None
    assert [(r.entity, r.entity_uuid, r.why) for r in verification.unaudited_records] == [
        ("patient", unaudited, Unaudited.NO_ENTRY)
    ]
