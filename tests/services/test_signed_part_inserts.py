"""A signed session gains no part behind mesolog's back (issue 11, defect 3): an INSERT in
plain SQL of a treatment line, a product use or a reaction into a signed session is refused
by the database, on SQLite and PostgreSQL, where before only the digest check noticed it. A
draft still takes new parts; mesolog's own writers of a signed session's parts (an
amendment, an import of signed sessions) add them to a draft that they sign in the same
transaction, and the audit log still verifies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Table, exc, func, insert, select

from mesolog.domain.enums import SessionStatus
from mesolog.persistence.base import Base
from mesolog.persistence.guards import LOCKED
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock
from tests.services.conftest import Maker

LINES = Base.metadata.tables["treatment_lines"]
PART_TABLES = ["treatment_lines", "product_uses", "reactions"]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "backend.sqlite")
    url: str = request.getfixturevalue("postgresql_url")
    return url


@pytest.fixture
def backend(backend_url: str, clock: FixedClock) -> Iterator[Clinic]:
    with Clinic.open(backend_url, actor="tester", clock=clock) as clinic:
        yield clinic


def _key(engine: Engine, session_id: uuid.UUID) -> int:
    sessions = Base.metadata.tables["sessions"]
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(sessions.c.id).where(sessions.c.uuid == session_id)
            ).scalar_one()
        )


def _of_session(table: Table, session_key: int) -> Any:
    if table.name == "product_uses":
        lines = select(LINES.c.id).where(LINES.c.session_id == session_key)
        return table.c.treatment_line_id.in_(lines)
    return table.c.session_id == session_key


def _count(engine: Engine, table: Table, session_key: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(func.count()).select_from(table).where(_of_session(table, session_key))
            ).scalar_one()
        )


def _insert_copy(engine: Engine, table: Table, session_key: int) -> None:
    """Adds to the session, in plain SQL, a copy of its first row of `table` (a new id and
    uuid, every other column as it is)."""
    with engine.begin() as connection:
        first = (
            connection.execute(
                select(table).where(_of_session(table, session_key)).order_by(table.c.id).limit(1)
            )
            .mappings()
            .one()
        )
        copy = {name: value for name, value in first.items() if name != "id"}
        connection.execute(insert(table).values({**copy, "uuid": uuid.uuid4()}))


@pytest.mark.parametrize("name", PART_TABLES)
def test_no_part_can_be_added_to_a_signed_session_in_plain_sql(backend: Clinic, name: str) -> None:
    make = Maker(backend)
    patient = make.patient()
    signed = backend.sessions.sign(
        backend.sessions.create_draft(patient.id, make.full_entry(patient.id)).id
    )
    draft = backend.sessions.create_draft(patient.id, make.full_entry(patient.id))
    engine, table = backend.context.db.engine, Base.metadata.tables[name]
    signed_key, draft_key = _key(engine, signed.id), _key(engine, draft.id)
    held = _count(engine, table, signed_key)
    with pytest.raises(exc.IntegrityError, match=LOCKED):
        _insert_copy(engine, table, signed_key)
    assert _count(engine, table, signed_key) == held
    assert backend.sessions.get(signed.id) == signed
    assert backend.audit.verify().intact
    # A draft changes freely until signed.
    before = _count(engine, table, draft_key)
    _insert_copy(engine, table, draft_key)
    assert _count(engine, table, draft_key) == before + 1


def test_an_amendment_still_writes_its_parts(backend: Clinic) -> None:
    """The new version's parts are written before it is signed, in one transaction."""
    make = Maker(backend)
    patient = make.patient()
    entry = make.full_entry(patient.id)
    signed = backend.sessions.sign(backend.sessions.create_draft(patient.id, entry).id)
    corrected = replace(entry, notes="Lot corrected.")
    amended = backend.sessions.amend(signed.id, corrected, reason="wrong lot")
    stored = backend.sessions.get(amended.id)
    assert stored == amended
    assert (stored.status, stored.amends, stored.entry) == (
        SessionStatus.SIGNED,
        signed.id,
        corrected,
    )
    assert stored.signed_at == backend.context.now()
    assert backend.audit.verify().intact


def test_an_import_still_writes_signed_sessions_parts(
    backend: Clinic, clinic: Clinic, make: Maker
) -> None:
    """An export holding a signed session, its amendment and a voided part goes into a
    new database; each session is signed there with every part."""
    patient = make.patient()
    entry = make.full_entry(patient.id)
    draft = clinic.sessions.create_draft(patient.id, entry)
    fewer = replace(entry, reactions=entry.reactions[:1])
    clinic.sessions.update_draft(draft.id, fewer, read=draft)
    signed = clinic.sessions.sign(draft.id, signer="Dr. Eleni Markou")
    amended = clinic.sessions.amend(signed.id, replace(fewer, notes="typo"), reason="typo")
    backend.imports.import_bytes(json.dumps(clinic.exports.export_document()).encode())
    for session in (clinic.sessions.get(signed.id), amended):
        imported = backend.sessions.get(session.id)
        assert (imported.status, imported.entry, imported.amends) == (
            SessionStatus.SIGNED,
            session.entry,
            session.amends,
        )
        assert (imported.signed_at, imported.signed_by) == (session.signed_at, session.signed_by)
    assert backend.audit.verify().intact
