"""Warnings given anyway: an allergen needs a reason to sign, and the reasons are kept with
the session, in its digest and under its lock, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import exc, text

from mesolog.domain import limits
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import ValidationError
from mesolog.domain.given_despite_notes import notes_with_given_despite
from mesolog.domain.ids import PatientId
from mesolog.domain.records import GivenDespite, PreTreatment, SessionInput
from mesolog.domain.warnings import WarningKind, patient_warnings
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService
from tests.services.conftest import Maker
from tests.services.transfer_support import document_bytes

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe

ALLERGEN_WARNING = (
    'Allergy on record "Lidocaine": the topical anaesthetic "Lidocaine 5% cream" contains it.'
)
REASON = "Patch test on 2 March negative; allergist's letter on file."
GIVEN = GivenDespite(WarningKind.ALLERGEN_GIVEN.value, ALLERGEN_WARNING, REASON)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, clinic: Clinic) -> Iterator[Clinic]:
    if request.param == "sqlite":
        yield clinic
        return
    url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clinic.context.clock) as other:
        yield other


def _with_lidocaine(make: Maker, **overrides: object) -> SessionInput:
    pre = PreTreatment(
        nsaids_paused_days=10, topical_anaesthetic="Lidocaine 5% cream", consent_confirmed=True
    )
    return make.entry(pre_treatment=pre, **overrides)


def test_a_draft_with_an_allergen_is_saved_but_not_signed_without_a_reason(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    patient = make.patient(allergies="Lidocaine; latex")
    draft = clinic.sessions.create_draft(patient.id, _with_lidocaine(make))
    before = probe.snapshot()

    with pytest.raises(ValidationError) as raised:
        clinic.sessions.sign(draft.id)

    [violation] = raised.value.violations
    assert violation.path == "given_despite"
    assert violation.value == "allergen_given"
    assert "reason" in str(violation.allowed)
    assert "Lidocaine" not in str(raised.value)
    assert probe.snapshot() == before
    assert clinic.sessions.get(draft.id).status is SessionStatus.DRAFT


def test_a_blank_reason_or_one_for_another_warning_does_not_do(clinic: Clinic, make: Maker) -> None:
    patient = make.patient(allergies="Lidocaine")
    blank = dataclasses.replace(GIVEN, reason="  ")
    other = GivenDespite(WarningKind.NSAIDS_RECENT.value, "NSAIDs 2 days ago", REASON)
    for given in ((blank,), (other,)):
        draft = clinic.sessions.create_draft(patient.id, _with_lidocaine(make, given_despite=given))
        with pytest.raises(ValidationError, match="given_despite"):
            clinic.sessions.sign(draft.id)


def test_with_a_reason_the_session_is_signed_and_keeps_what_it_went_on_despite(
    backend: Clinic,
) -> None:
    make = Maker(backend)
    patient = make.patient(allergies="Lidocaine")
    draft = backend.sessions.create_draft(patient.id, _with_lidocaine(make))
    entry = _with_lidocaine(make, given_despite=(GIVEN,))
    backend.sessions.update_draft(draft.id, entry, read=draft)

    signed = backend.sessions.sign(draft.id)

    assert signed.status is SessionStatus.SIGNED
    assert signed.entry.given_despite == (GIVEN,)
    assert backend.sessions.get(draft.id).entry == entry
    entries = backend.audit.entries(patient=patient.id)
    [update] = [e for e in entries if (e.entity, e.action) == ("session", "update")]
    assert update.before_digest != update.after_digest
    assert backend.audit.verify().intact


def test_a_signed_sessions_reasons_are_locked(backend: Clinic) -> None:
    make = Maker(backend)
    patient = make.patient(allergies="Lidocaine")
    draft = backend.sessions.create_draft(patient.id, _with_lidocaine(make, given_despite=(GIVEN,)))
    signed = backend.sessions.sign(draft.id)

    with (
        pytest.raises(exc.DBAPIError, match="signed session is locked"),
        backend.context.db.engine.begin() as connection,
    ):
        connection.execute(text("UPDATE sessions SET given_despite = ''"))
    assert backend.sessions.get(signed.id) == signed


def test_an_amendment_needs_the_reason_too_and_keeps_the_original_as_signed(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient(allergies="λιδοκαΐνη")
    signed = clinic.sessions.sign(make.draft(patient.id).id)

    with pytest.raises(ValidationError, match="given_despite"):
        clinic.sessions.amend(signed.id, _with_lidocaine(make), reason="anaesthetic left out")
    amended = clinic.sessions.amend(
        signed.id, _with_lidocaine(make, given_despite=(GIVEN,)), reason="anaesthetic left out"
    )

    assert amended.entry.given_despite == (GIVEN,)
    assert clinic.sessions.get(signed.id).entry.given_despite == ()


def test_warnings_given_anyway_without_a_reason_are_kept_too(clinic: Clinic, make: Maker) -> None:
    """Only NEEDS_REASON kinds need a reason; any warning may be recorded as given anyway."""
    patient = make.patient()
    given = GivenDespite(WarningKind.BEFORE_DUE_WINDOW.value, "Before the due window.")
    draft = make.draft(patient.id, given_despite=(given,))

    assert clinic.sessions.sign(draft.id).entry.given_despite == (given,)


def test_a_given_despite_entry_is_checked_without_showing_its_reason(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    patient = make.patient()
    before = probe.snapshot()
    bad = (
        GivenDespite("not_a_kind", "Some warning", "x"),
        GivenDespite(WarningKind.ALLERGEN_GIVEN.value, "", "secret " * 2000),
    )

    with pytest.raises(ValidationError) as raised:
        make.draft(patient.id, given_despite=bad)

    assert [v.path for v in raised.value.violations] == [
        "given_despite[0].kind",
        "given_despite[1].warning",
        "given_despite[1].reason",
    ]
    assert "secret" not in str(raised.value)
    assert "(14000 characters)" in str(raised.value)
    assert probe.snapshot() == before


def test_entry_warnings_name_the_allergen_given(clinic: Clinic, make: Maker) -> None:
    patient = make.patient(allergies="Lidocaine")

    found = clinic.sessions.entry_warnings(patient.id, _with_lidocaine(make))

    assert [(w.kind, w.message) for w in found if w.kind is WarningKind.ALLERGEN_GIVEN] == [
        (WarningKind.ALLERGEN_GIVEN, ALLERGEN_WARNING)
    ]


def test_the_consent_confirmed_at_signing_goes_on_file(
    clinic: Clinic, make: Maker, clock: Clock
) -> None:
    """One consent model: a signed session's confirmed consent is the patient's on file."""
    patient = make.patient()
    draft = make.draft(patient.id, performed_at=make.at(3, 9, 23, 30))
    assert clinic.patients.get(patient.id).details.consent_signed_on is None
    assert WarningKind.CONSENT_NOT_ON_FILE in _patient_warning_kinds(clinic, patient.id)

    signed = clinic.sessions.sign(draft.id)

    assert clinic.patients.get(patient.id).details.consent_signed_on == signed.performed_on
    assert signed.performed_on == dt.date(2026, 3, 9)
    assert WarningKind.CONSENT_NOT_ON_FILE not in _patient_warning_kinds(clinic, patient.id)
    consent = next(e for e in clinic.audit.entries(patient=patient.id) if e.entity == "patient")
    assert (consent.action, consent.detail, consent.occurred_at) == (
        "update",
        f"consent on file from signed session {signed.id}",
        clock(),
    )
    assert clinic.audit.verify().intact


def test_consent_on_file_is_left_as_it_is(clinic: Clinic, make: Maker) -> None:
    on_file = dt.date(2025, 11, 3)
    patient = make.patient(consent_signed_on=on_file)

    clinic.sessions.sign(make.draft(patient.id).id)

    assert clinic.patients.get(patient.id).details.consent_signed_on == on_file
    assert [
        e.action for e in clinic.audit.entries(patient=patient.id) if e.entity == "patient"
    ] == ["create"]


def test_a_draft_or_an_unconfirmed_session_puts_no_consent_on_file(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient()
    make.draft(patient.id)
    unconfirmed = make.draft(patient.id, pre_treatment=PreTreatment(consent_confirmed=False))
    clinic.sessions.sign(unconfirmed.id)

    assert clinic.patients.get(patient.id).details.consent_signed_on is None


def test_an_amendment_that_confirms_consent_puts_it_on_file(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    unconfirmed = make.draft(patient.id, pre_treatment=PreTreatment(consent_confirmed=False))
    signed = clinic.sessions.sign(unconfirmed.id)

    clinic.sessions.amend(signed.id, make.entry(), reason="consent was confirmed, not ticked")

    assert clinic.patients.get(patient.id).details.consent_signed_on == signed.performed_on


def _patient_warning_kinds(clinic: Clinic, patient_id: PatientId) -> list[WarningKind]:
    return [w.kind for w in patient_warnings(clinic.patients.get(patient_id).details)]


def test_export_then_import_keeps_the_warnings_given_anyway_exactly(
    clinic: Clinic, make: Maker, empty: Clinic
) -> None:
    patient = make.patient(allergies="Lidocaine")
    signed = clinic.sessions.sign(
        clinic.sessions.create_draft(
            patient.id, _with_lidocaine(make, notes="Tolerated well.", given_despite=(GIVEN,))
        ).id
    )
    document = ExportService(clinic.context).export_document()
    [exported] = document["patients"][0]["sessions"]
    assert exported["notes"].startswith("Tolerated well.\n\nWarnings given anyway (mesolog):\n")

    ImportService(empty.context).import_bytes(document_bytes(document))

    assert empty.sessions.get(signed.id).entry == signed.entry
    assert ExportService(empty.context).export_document()["patients"] == document["patients"]


def test_notes_and_reasons_together_fit_the_export_file(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    long_notes = "n" * (limits.TEXT_MAX - 40)

    with pytest.raises(ValidationError) as raised:
        make.draft(patient.id, notes=long_notes, given_despite=(GIVEN,))

    [violation] = raised.value.violations
    assert violation.path == "notes"
    carried = len(notes_with_given_despite(long_notes, (GIVEN,)))
    assert violation.value == f"({carried} characters with the warnings given anyway)"
    assert "nnn" not in str(raised.value)
