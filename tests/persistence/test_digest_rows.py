"""Records read the short way for their digests (persistence/digest_rows.py) digest byte for
byte as read through their column types (persistence/row_digests.read_parts): over every
kind of record of the demo clinic, and over stored texts that are not as mesolog writes
them, which the short way hands to the types."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import Connection, select

from mesolog.persistence.audit_coverage import KEYED, SINGLE
from mesolog.persistence.base import Base
from mesolog.persistence.digest_rows import StoredRows
from mesolog.persistence.row_digests import read_parts, row_digest
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService, checked_logo
from tests.logo_support import logo_png
from tests.persistence.encryption_support import open_clinic

RECORD_TABLES = sorted(model.__tablename__ for model in (*KEYED.values(), *SINGLE.values()))


@pytest.fixture
def demo_clinic(demo: Path) -> Iterator[Clinic]:
    with open_clinic(demo, None) as clinic:
        clinic.templates.add_shipped()
        LogoService(clinic.context).set_logo(checked_logo("clinic.png", logo_png(120, 40)))
        yield clinic


def _altered(path: Path, sql: str) -> None:
    """`sql` run with the guards that lock signed records dropped first."""
    with closing(sqlite3.connect(str(path), isolation_level=None)) as raw:
        triggers = raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for (name,) in triggers.fetchall():
            raw.execute(f'DROP TRIGGER "{name}"')
        raw.execute(sql)


def _typed(connection: Connection, table: str) -> dict[int, str]:
    rows = list(connection.execute(select(Base.metadata.tables[table])).mappings())
    parts = read_parts(connection, table, [row["id"] for row in rows])
    return {row["id"]: row_digest(table, row, parts[row["id"]]) for row in rows}


def _short(connection: Connection, table: str) -> dict[int, str]:
    ids = connection.execute(select(Base.metadata.tables[table].c.id)).scalars().all()
    return dict(StoredRows(connection).digests(table, "id", ids))


def test_every_record_of_the_demo_clinic_digests_the_same_read_the_short_way(
    demo_clinic: Clinic,
) -> None:
    with demo_clinic.context.db.engine.connect() as connection:
        for table in RECORD_TABLES:
            typed = _typed(connection, table)
            assert typed, f"the demo clinic has no {table}"
            assert _short(connection, table) == typed, table


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE treatment_lines SET uuid = upper(uuid)",
        "UPDATE sessions SET created_at = replace(created_at, ' ', 'T')",
        "UPDATE sessions SET created_at = substr(created_at, 1, 19)",
        "UPDATE sessions SET created_at = substr(created_at, 1, 20) || '000000'",
        "UPDATE product_uses SET uuid = substr(uuid, 1, 8) || '-' || substr(uuid, 9, 4) || '-'"
        " || substr(uuid, 13, 4) || '-' || substr(uuid, 17, 4) || '-' || substr(uuid, 21)",
    ],
)
def test_texts_not_as_mesolog_writes_them_digest_as_their_types_read_them(
    demo_clinic: Clinic, demo: Path, sql: str
) -> None:
    _altered(demo, sql)
    with demo_clinic.context.db.engine.connect() as connection:
        assert _short(connection, "sessions") == _typed(connection, "sessions")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET created_at = '2026-13-01 09:00:00.000000'",
        "UPDATE sessions SET uuid = uuid || char(10) || uuid WHERE id = 2",
        "UPDATE sessions SET created_at = created_at || char(10) || created_at WHERE id = 2",
    ],
)
def test_a_value_that_does_not_read_fails_as_it_does_through_its_type(
    demo_clinic: Clinic, demo: Path, sql: str
) -> None:
    _altered(demo, sql)
    with demo_clinic.context.db.engine.connect() as connection:
        with pytest.raises(ValueError) as typed:
            _typed(connection, "sessions")
        with pytest.raises(ValueError) as short:
            _short(connection, "sessions")
    assert str(short.value) == str(typed.value)
