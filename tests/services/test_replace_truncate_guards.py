"""Signed rows cannot be rewritten or removed by the paths that fire no DELETE trigger (issue
11, defect 3): SQLite's INSERT OR REPLACE, REPLACE and UPDATE OR REPLACE, from a connection
of another program (no pragma of mesolog's set); PostgreSQL's TRUNCATE and INSERT … ON
CONFLICT DO UPDATE. Drafts stay editable by the same statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import exc, text

from mesolog.persistence.guards import LOCKED, NOT_TRUNCATED, TRUNCATE_GUARDED
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

PARTS = {
    "treatment_lines": "session_id = :s",
    "product_uses": "treatment_line_id IN (SELECT id FROM treatment_lines WHERE session_id = :s)",
    "reactions": "session_id = :s",
}
"""How each table of a session's parts finds the rows of session :s."""
TABLES = ["sessions", *PARTS]


def _where(table: str) -> str:
    return "id = :s" if table == "sessions" else PARTS[table]


def _sessions(clinic: Clinic) -> tuple[int, int]:
    """The keys of a signed session and of a draft, each with lines, products, reactions."""
    make = Maker(clinic)
    patient = make.patient()
    signed = clinic.sessions.sign(
        clinic.sessions.create_draft(patient.id, make.full_entry(patient.id)).id
    )
    draft = clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    keys = []
    with clinic.context.db.engine.connect() as connection:
        for session in (signed, draft):
            value = session.id if clinic.context.db.backend == "postgresql" else session.id.hex
            keys.append(
                connection.execute(
                    text("SELECT id FROM sessions WHERE uuid = :u"), {"u": value}
                ).scalar_one()
            )
    return keys[0], keys[1]


@pytest.fixture
def outsider(clinic: Clinic, db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection to the file: none of mesolog's pragmas."""
    with closing(sqlite3.connect(str(db_path), isolation_level=None)) as connection:
        yield connection


def _named(sql: str, session: int) -> str:
    return sql.replace(":s", str(session))


def _rows(outsider: sqlite3.Connection, table: str, session: int) -> list[tuple[object, ...]]:
    where = _named(_where(table), session)
    return outsider.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id").fetchall()


def _replace(outsider: sqlite3.Connection, table: str, session: int, setting: str) -> None:
    """INSERT OR REPLACE of a row of the session, changed by `setting`, as a copy made in a
    temporary table (so that whatever the table's columns, the statement is the issue's)."""
    outsider.execute("DROP TABLE IF EXISTS temp.copied")
    where = _named(_where(table), session)
    outsider.execute(
        f"CREATE TEMP TABLE copied AS SELECT * FROM {table} WHERE {where} ORDER BY id LIMIT 1"
    )
    outsider.execute(f"UPDATE temp.copied SET {setting}")
    outsider.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM temp.copied")


SETTINGS = {
    "sessions": "notes = 'REWRITTEN'",
    "treatment_lines": "area_detail = 'REWRITTEN'",
    "product_uses": "lot_number = 'REWRITTEN'",
    "reactions": "notes = 'REWRITTEN'",
}


@pytest.mark.parametrize("table", TABLES)
def test_insert_or_replace_cannot_rewrite_a_signed_row(
    clinic: Clinic, outsider: sqlite3.Connection, table: str
) -> None:
    signed, _ = _sessions(clinic)
    before = _rows(outsider, table, signed)
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED):
        _replace(outsider, table, signed, SETTINGS[table])
    assert _rows(outsider, table, signed) == before
    assert clinic.audit.verify().intact


@pytest.mark.parametrize("table", TABLES)
def test_a_replace_on_a_uuid_cannot_remove_a_signed_row(
    clinic: Clinic, outsider: sqlite3.Connection, table: str
) -> None:
    """A new id with the uuid of a signed row: REPLACE would delete that row to make room."""
    signed, draft = _sessions(clinic)
    before = _rows(outsider, table, signed)
    (taken,) = outsider.execute(
        f"SELECT uuid FROM {table} WHERE {_named(_where(table), signed)} ORDER BY id LIMIT 1"
    ).fetchone()
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED):
        _replace(outsider, table, draft, f"id = id + 1000, uuid = '{taken}'")
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED):
        outsider.execute(
            f"UPDATE OR REPLACE {table} SET uuid = ? WHERE id ="
            f" (SELECT min(id) FROM {table} WHERE {_named(_where(table), draft)})",
            (taken,),
        )
    assert _rows(outsider, table, signed) == before


@pytest.mark.parametrize("table", TABLES)
def test_a_drafts_rows_can_still_be_replaced(
    clinic: Clinic, outsider: sqlite3.Connection, table: str
) -> None:
    _, draft = _sessions(clinic)
    _replace(outsider, table, draft, SETTINGS[table])
    assert any("REWRITTEN" in map(str, row) for row in _rows(outsider, table, draft))


@pytest.mark.sqlite_only("REPLACE INTO is SQLite's")
def test_mesolog_s_own_connections_are_refused_too(clinic: Clinic) -> None:
    signed, _ = _sessions(clinic)
    with (
        pytest.raises(exc.IntegrityError, match=LOCKED),
        clinic.context.db.engine.begin() as connection,
    ):
        connection.execute(
            text("REPLACE INTO reactions SELECT * FROM reactions WHERE session_id = :s"),
            {"s": signed},
        )


@pytest.fixture
def server(clinic: Clinic, postgresql_url: str) -> Iterator[Clinic]:
    with Clinic.open(postgresql_url, actor="tester", clock=clinic.context.clock) as opened:
        yield opened


@pytest.mark.parametrize("table", TRUNCATE_GUARDED)
def test_postgresql_refuses_to_truncate_records_and_the_audit_log(
    server: Clinic, table: str
) -> None:
    """CASCADE too: a plain TRUNCATE of a table others refer to fails on its foreign keys
    before any trigger; with CASCADE, only the triggers stand in the way."""
    _sessions(server)
    before = server.audit.verify()
    with (
        pytest.raises(exc.IntegrityError, match=NOT_TRUNCATED),
        server.context.db.engine.begin() as connection,
    ):
        connection.execute(text(f"TRUNCATE {table} CASCADE"))
    after = server.audit.verify()
    assert after.intact
    assert (after.entries, after.records_checked) == (before.entries, before.records_checked)


def test_postgresql_upsert_cannot_rewrite_a_signed_session(server: Clinic) -> None:
    signed, _ = _sessions(server)
    with (
        pytest.raises(exc.IntegrityError, match=LOCKED),
        server.context.db.engine.begin() as connection,
    ):
        connection.execute(
            text(
                "INSERT INTO sessions SELECT * FROM sessions WHERE id = :s"
                " ON CONFLICT (id) DO UPDATE SET notes = 'REWRITTEN'"
            ),
            {"s": signed},
        )
    assert server.audit.verify().intact
