"""Signed sessions cannot change in place, not even through plain SQL (database triggers),
on SQLite and PostgreSQL alike; voiding stays possible and drafts stay editable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, exc, text

from mesolog.domain.errors import StateError
from mesolog.domain.records import Session
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

LOCKED_STATEMENTS = [
    "UPDATE sessions SET notes = 'changed' WHERE id = :id",
    "UPDATE sessions SET status = 'draft', signed_at = NULL WHERE id = :id",
    "UPDATE sessions SET improvement_score = 9 WHERE id = :id",
    "DELETE FROM sessions WHERE id = :id",
    "UPDATE treatment_lines SET depth_mm = 3.0 WHERE session_id = :id",
    "UPDATE treatment_lines SET voided_at = '2026-01-01', voided_by = 'x' WHERE session_id = :id",
    "DELETE FROM treatment_lines WHERE session_id = :id",
    "UPDATE product_uses SET lot_number = 'FORGED' WHERE treatment_line_id IN"
    " (SELECT id FROM treatment_lines WHERE session_id = :id)",
    "DELETE FROM product_uses WHERE treatment_line_id IN"
    " (SELECT id FROM treatment_lines WHERE session_id = :id)",
    "UPDATE reactions SET severity = 'mild' WHERE session_id = :id",
    "DELETE FROM reactions WHERE session_id = :id",
    "UPDATE sessions SET voided_at = '2026-01-01', voided_by = 'x', notes = 'sneaked in'"
    " WHERE id = :id",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_clinic(request: pytest.FixtureRequest, clinic: Clinic) -> Iterator[Clinic]:
    if request.param == "sqlite":
        yield clinic
        return
    url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clinic.context.clock) as other:
        yield other


def _signed(clinic: Clinic) -> tuple[Session, int]:
    make = Maker(clinic)
    patient = make.patient()
    draft = clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    signed = clinic.sessions.sign(draft.id)
    with clinic.context.db.engine.connect() as connection:
        key = connection.execute(
            text("SELECT id FROM sessions WHERE uuid = :u"),
            {"u": signed.id if clinic.context.db.backend == "postgresql" else signed.id.hex},
        ).scalar_one()
    return signed, key


def _engine(clinic: Clinic) -> Engine:
    return clinic.context.db.engine


@pytest.mark.parametrize("statement", LOCKED_STATEMENTS)
def test_plain_sql_cannot_change_a_signed_session(backend_clinic: Clinic, statement: str) -> None:
    signed, key = _signed(backend_clinic)
    with (
        pytest.raises(exc.DBAPIError, match="signed session is locked"),
        _engine(backend_clinic).begin() as connection,
    ):
        connection.execute(text(statement), {"id": key})
    assert backend_clinic.sessions.get(signed.id) == signed
    assert backend_clinic.audit.verify().intact


def test_a_signed_session_can_still_be_voided(backend_clinic: Clinic) -> None:
    signed, _ = _signed(backend_clinic)
    voided = backend_clinic.sessions.void(signed.id, reason="entered on the wrong patient")
    assert voided.voiding is not None
    assert voided.entry == signed.entry
    with pytest.raises(StateError, match="voided already"):
        backend_clinic.sessions.void(signed.id, reason="again")
    assert backend_clinic.audit.verify().intact


def test_drafts_stay_editable_in_plain_sql(backend_clinic: Clinic) -> None:
    make = Maker(backend_clinic)
    patient = make.patient()
    draft = backend_clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    uuid_value = draft.id if backend_clinic.context.db.backend == "postgresql" else draft.id.hex
    with _engine(backend_clinic).begin() as connection:
        connection.execute(
            text("UPDATE sessions SET notes = 'edited' WHERE uuid = :u"), {"u": uuid_value}
        )
    assert backend_clinic.sessions.get(draft.id).entry.notes == "edited"


def test_a_treatment_line_cannot_be_moved_into_a_signed_session(clinic: Clinic) -> None:
    signed, key = _signed(clinic)
    make = Maker(clinic)
    draft = make.draft(make.patient(family_name="Other").id)
    with (
        pytest.raises(exc.DBAPIError, match="signed session is locked"),
        _engine(clinic).begin() as connection,
    ):
        connection.execute(
            text(
                "UPDATE treatment_lines SET session_id = :signed WHERE session_id ="
                " (SELECT id FROM sessions WHERE uuid = :draft)"
            ),
            {"signed": key, "draft": draft.id.hex},
        )
    assert clinic.sessions.get(signed.id) == signed


def test_the_locks_exist_at_the_newest_schema(clinic: Clinic) -> None:
    """A later migration that copies these tables (SQLite batch mode) drops their triggers;
    this names any that went missing."""
    with _engine(clinic).connect() as connection:
        names = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    tables = ("treatment_lines", "product_uses", "reactions")
    expected = {"sessions_signed_no_update", "sessions_signed_no_delete"} | {
        f"{t}_signed_no_{s}" for t in tables for s in ("update_old", "delete_old", "update_new")
    }
    assert expected <= names
