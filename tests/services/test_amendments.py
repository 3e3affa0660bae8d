"""Amendments: a signed session is corrected by a new signed version; the original stays."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.amendments import current, versions
from mesolog.domain.enums import Role, SessionStatus
from mesolog.domain.errors import StateError, ValidationError
from mesolog.domain.records import Session
from mesolog.persistence.models import SessionRow
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService
from tests.services.conftest import Maker


@pytest.fixture
def signed(clinic: Clinic, make: Maker) -> Session:
    patient = make.patient()
    draft = clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    return clinic.sessions.sign(draft.id)


def test_an_amendment_is_a_new_signed_version_and_the_original_stays(
    clinic: Clinic, signed: Session
) -> None:
    corrected = replace(signed.entry, notes="Depth was 1.5 mm, not 2 mm.", improvement_score=3)
    amendment = clinic.sessions.amend(signed.id, corrected, reason="depth entered wrongly")
    assert amendment.status is SessionStatus.SIGNED
    assert amendment.amends == signed.id
    assert amendment.amendment_reason == "depth entered wrongly"
    assert amendment.entry == corrected
    assert clinic.sessions.get(signed.id) == signed
    history = clinic.history.patient_history(signed.patient_id)
    assert {s.id for s in history.sessions} == {signed.id, amendment.id}
    assert [s.id for s in current(history.sessions)] == [amendment.id]
    assert [s.id for s in versions(amendment.id, history.sessions)] == [signed.id, amendment.id]
    [course] = history.courses
    assert course.schedule.done == 1
    entry = clinic.audit.entries(limit=1)[0]
    assert (entry.action, entry.entity_uuid, entry.detail) == (
        "amend",
        amendment.id,
        f"amends {signed.id}",
    )
    assert clinic.audit.verify().intact


def test_an_amendment_needs_a_reason_and_a_current_signed_session(
    clinic: Clinic, signed: Session, make: Maker
) -> None:
    with pytest.raises(ValidationError, match="reason"):
        clinic.sessions.amend(signed.id, signed.entry, reason="  ")
    draft = make.draft(signed.patient_id)
    with pytest.raises(StateError, match="a draft is edited"):
        clinic.sessions.amend(draft.id, draft.entry, reason="x")
    clinic.sessions.amend(signed.id, signed.entry, reason="first correction")
    with pytest.raises(StateError, match="amend the newest version"):
        clinic.sessions.amend(signed.id, signed.entry, reason="second")


def test_voiding_an_amendment_makes_the_original_current_again(
    clinic: Clinic, signed: Session
) -> None:
    amendment = clinic.sessions.amend(signed.id, signed.entry, reason="wrong patient's notes")
    clinic.sessions.void(amendment.id, reason="amended the wrong session")
    history = clinic.history.patient_history(signed.patient_id)
    assert [s.id for s in current(history.sessions)] == [signed.id]
    clinic.sessions.amend(signed.id, signed.entry, reason="now the right one")


def test_assistants_cannot_amend(clinic: Clinic, signed: Session) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Admin", "admin-password-1")
    clinic.log_in("admin", "admin-password-1")
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, "nurse-password-1")
    nurse = Clinic(clinic.context.db, actor="os", clock=clinic.context.clock)
    nurse.log_in("nurse", "nurse-password-1")
    with pytest.raises(AccessDeniedError, match="may not sign, amend or void"):
        nurse.sessions.amend(signed.id, signed.entry, reason="x")


def test_a_signed_row_changed_through_the_orm_is_refused_by_the_database(
    clinic: Clinic, signed: Session
) -> None:
    with pytest.raises(StateError, match="refused to change a signed session"):  # noqa: SIM117
        with clinic.context.db.write() as s:
            row = s.scalars(select(SessionRow).where(SessionRow.uuid == signed.id)).one()
            row.notes = "quietly changed"
    assert clinic.sessions.get(signed.id) == signed


def test_exports_and_summaries_carry_the_current_version_marked(
    clinic: Clinic, signed: Session
) -> None:
    amendment = clinic.sessions.amend(
        signed.id, replace(signed.entry, notes="corrected notes"), reason="typo in the lot"
    )
    document = clinic.exports.export_document()
    exported = [(s["id"], s.get("amends")) for p in document["patients"] for s in p["sessions"]]
    assert exported == [(str(signed.id), None), (str(amendment.id), str(signed.id))]
    data = SummaryService(clinic.context).summary_data(signed.patient_id)
    assert [s.id for s in data.all_sessions] == [amendment.id]
    from mesolog.reports.treatment_summary import render_summary

    pages = PdfReader(io.BytesIO(render_summary(data))).pages
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))
    assert "AMENDED" in text
    assert "Reason: typo in the lot" in text
    assert "corrected notes" in text
