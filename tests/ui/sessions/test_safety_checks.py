"""The safety checks where they help, typed and clicked as at the chair: the patient's own
allergen given as the anaesthetic or a product is said at once and signing waits for the
reason it is given anyway, recorded with the session; the consent on file covers a session
unless the clinician unticks it, and a consent confirmed in a session goes on file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from mesolog.domain.enums import SessionStatus
from mesolog.domain.records import Patient
from mesolog.ui.common.dates import shown_date
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.typing_support import type_into
from tests.ui.sessions.typed_session import Chair

ALLERGEN = 'Allergy on record "Λιδοκαΐνη"'


def with_details(chair: Chair, **changes: object) -> Patient:
    patient = chair.clinic.patients.update(
        chair.patient.id, replace(chair.patient.details, **changes), read=chair.patient
    ).record
    chair.patient = patient
    return patient


def band(editor: SessionEditor) -> str:
    return editor.session_form.warnings_panel.label.text()


def test_the_patient_s_allergen_as_the_anaesthetic_waits_for_a_reason_to_sign(
    chair: Chair,
) -> None:
    with_details(chair, allergies="Λιδοκαΐνη (εξάνθημα 2019)")
    editor = chair.open()
    form = editor.session_form
    assert not form.given_despite.isEnabled(), "nothing to give anyway yet"

    type_into(chair.qtbot, form.topical_anaesthetic, "Lidocaine 5% cream")
    assert ALLERGEN in band(editor), "said as soon as it is typed"
    assert form.given_despite.isEnabled()

    chair.sign(editor)
    assert chair.asked == [], "refused before anything is asked"
    assert chair.sessions() == ()
    error = editor.findChild(type(editor.frame.status), "given_despite_error")
    assert error is not None and error.isVisible()
    assert "reason" in error.text()
    assert form.given_despite.hasFocus()

    type_into(chair.qtbot, form.given_despite, "Ανεκτή σε δοκιμή 2024, κατόπιν συνεννόησης")
    chair.sign(editor)

    [question] = chair.asked
    assert ALLERGEN in question
    [session] = chair.sessions()
    assert session.status is SessionStatus.SIGNED
    given = {g.kind: g.reason for g in session.entry.given_despite}
    assert given["allergen_given"] == "Ανεκτή σε δοκιμή 2024, κατόπιν συνεννόησης"


def test_a_draft_with_the_allergen_is_saved_without_a_reason(chair: Chair) -> None:
    with_details(chair, allergies="Lidocaine")
    editor = chair.open()
    type_into(chair.qtbot, editor.session_form.topical_anaesthetic, "EMLA")
    assert 'Allergy on record "Lidocaine"' in band(editor), "EMLA holds lidocaine"
    chair.save(editor)
    [draft] = chair.sessions()
    assert draft.status is SessionStatus.DRAFT


def test_the_consent_on_file_covers_a_new_session(chair: Chair) -> None:
    with_details(chair, consent_signed_on=dt.date(2026, 2, 1))
    editor = chair.open()
    consent = editor.session_form.consent_confirmed
    assert consent.isChecked()
    assert consent.text() == f"Consent on file ({shown_date(dt.date(2026, 2, 1))}) confirmed"
    assert "Consent was not confirmed" not in band(editor)
    consent.click()
    assert "Consent was not confirmed" in band(editor), "unless the clinician unticks it"


def test_a_consent_confirmed_in_a_session_goes_on_file(chair: Chair) -> None:
    assert chair.patient.details.consent_signed_on is None
    editor = chair.open()
    consent = editor.session_form.consent_confirmed
    assert not consent.isChecked(), "nothing on file to cover it"
    consent.click()
    chair.sign(editor)
    on_file = chair.clinic.patients.get(chair.patient.id).details.consent_signed_on
    [session] = chair.sessions()
    assert on_file == session.performed_on
