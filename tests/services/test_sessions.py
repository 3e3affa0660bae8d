"""SessionService against a real database: drafts, validation, sign, void, warnings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.enums import Area, ReactionKind, SessionStatus, Severity, TechniqueKind
from mesolog.domain.errors import NotFoundError, StateError, ValidationError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import PenTechnique, PreTreatment, Reaction, Session, Voiding
from mesolog.domain.warnings import WarningKind
from mesolog.persistence.session_rows import REMOVED_FROM_DRAFT
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe, Maker


def paths(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [violation.path for violation in error.value.violations]


@pytest.fixture
def patient_id(make: Maker) -> PatientId:
    return make.patient(record_number="K-0001").id


def test_create_draft_returns_the_entry_as_given(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    entry = make.full_entry(patient_id)

    created = clinic.sessions.create_draft(patient_id, entry)

    assert type(created) is Session
    assert isinstance(created.id, uuid.UUID)
    assert created.patient_id == patient_id
    assert created.entry == entry
    assert created.entry.performed_at.timestamp() == entry.performed_at.timestamp()
    assert created.status is SessionStatus.DRAFT
    assert (created.signed_at, created.signed_by, created.voiding) == (None, None, None)
    assert clinic.sessions.get(created.id) == created


def test_a_time_keeps_the_utc_offset_it_was_recorded_with(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    """The day of a session is the clinic's day, whatever zone the reading machine is in."""
    in_utc = dt.datetime(2026, 3, 9, 22, 30, tzinfo=dt.UTC)
    in_athens = dt.datetime(2026, 3, 10, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))

    from_utc = clinic.sessions.get(make.draft(patient_id, performed_at=in_utc).id)
    from_athens = clinic.sessions.get(make.draft(patient_id, performed_at=in_athens).id)

    assert from_utc.entry.performed_at == in_utc == in_athens
    assert from_utc.entry.performed_at.utcoffset() == dt.timedelta(0)
    assert from_utc.performed_on == dt.date(2026, 3, 9)
    assert from_athens.entry.performed_at.utcoffset() == dt.timedelta(hours=2)
    assert from_athens.performed_on == dt.date(2026, 3, 10)


def test_the_stored_rows_hold_both_techniques(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    created = clinic.sessions.create_draft(patient_id, make.full_entry(patient_id))

    assert probe.treatment_lines(created.id) == [
        (0, "forehead", "needle", 30, None, None, None, None),
        (1, "cheeks", "pen", None, 12, None, None, None),
    ]
    assert probe.count("product_uses") == 3
    assert probe.count("reactions") == 2
    assert probe.rows("SELECT performed_at, status FROM sessions") == [
        ("2026-03-10 09:30:00.000000", "draft")
    ]


def test_a_pen_too_deep_is_refused_and_nothing_is_written(
    make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.draft(patient_id, treatments=(make.pen_line(depth_mm=3.0),))

    assert paths(error) == ["treatments[0].technique.depth_mm"]
    assert error.value.violations[0].value == 3.0
    assert probe.snapshot() == before


def test_a_session_in_the_future_is_refused(
    make: Maker, patient_id: PatientId, clock: Clock, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.draft(patient_id, performed_at=clock() + dt.timedelta(minutes=1))

    assert paths(error) == ["performed_at"]
    assert probe.snapshot() == before
    assert make.draft(patient_id, performed_at=clock()).entry.performed_at == clock()


def test_a_course_of_another_patient_is_refused(
    make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    other = make.patient(family_name="Müller", given_name="Anna")
    their_course = make.course(other.id)
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.draft(patient_id, course_id=their_course.id)

    assert paths(error) == ["course_id"]
    assert probe.snapshot() == before


def test_an_expired_product_is_refused(
    make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    expired = make.product(expiry_date=dt.date(2026, 3, 9))
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        make.draft(patient_id, treatments=(make.needle_line(products=(expired,)),))

    assert paths(error) == ["treatments[0].products[0].expiry_date"]
    assert probe.snapshot() == before


def test_update_draft_voids_a_removed_line_instead_of_deleting_it(
    clinic: Clinic, make: Maker, patient_id: PatientId, clock: Clock, probe: DatabaseProbe
) -> None:
    entry = make.entry(
        treatments=(
            make.needle_line(Area.FOREHEAD),
            make.needle_line(Area.NECK, products=(make.product(),)),
        )
    )
    draft = clinic.sessions.create_draft(patient_id, entry)
    clock.advance(minutes=10)
    shorter = dataclasses.replace(entry, treatments=entry.treatments[:1])

    updated = clinic.sessions.update_draft(draft.id, shorter, read=draft).record

    assert updated.entry == shorter
    assert clinic.sessions.get(draft.id).entry.treatments == (make.needle_line(Area.FOREHEAD),)
    when = probe.stored_time(clock())
    assert probe.treatment_lines(draft.id) == [
        (0, "forehead", "needle", 30, None, None, None, None),
        (1, "neck", "needle", 30, None, when, "tester", REMOVED_FROM_DRAFT),
    ]
    assert "draft" in REMOVED_FROM_DRAFT
    assert probe.rows("SELECT voided_at, void_reason FROM product_uses") == [
        (when, REMOVED_FROM_DRAFT)
    ]


def test_update_draft_can_switch_a_line_from_needle_to_pen(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    draft = make.draft(patient_id)
    entry = dataclasses.replace(draft.entry, treatments=(make.pen_line(Area.FOREHEAD),))

    updated = clinic.sessions.update_draft(draft.id, entry, read=draft).record

    technique = clinic.sessions.get(draft.id).entry.treatments[0].technique
    assert updated.entry == entry
    assert isinstance(technique, PenTechnique)
    assert technique.kind is TechniqueKind.PEN
    assert probe.treatment_lines(draft.id) == [(0, "forehead", "pen", None, 12, None, None, None)]


def test_update_draft_adds_lines_and_reactions(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    draft = make.draft(patient_id)
    entry = dataclasses.replace(
        draft.entry,
        treatments=(*draft.entry.treatments, make.pen_line()),
        reactions=(Reaction(ReactionKind.SWELLING, Severity.MILD),),
        improvement_score=4,
    )

    assert clinic.sessions.update_draft(draft.id, entry, read=draft).record.entry == entry
    assert clinic.sessions.get(draft.id).entry == entry


def test_a_draft_grown_again_matches_its_audit_entry(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    """Lines, products and reactions added where voided ones keep their positions: the
    update's digest is of the draft as stored, and the next update's before agrees."""
    two = (make.product(), make.product(volume_ml=1.0))
    full = make.entry(
        treatments=tuple(make.needle_line(products=two) for _ in range(3)),
        reactions=(Reaction(ReactionKind.SWELLING, Severity.MILD),) * 2,
    )
    short = make.entry(treatments=(make.needle_line(products=two[:1]),))
    draft = clinic.sessions.create_draft(patient_id, full)
    for entry in (short, full):
        clinic.sessions.update_draft(draft.id, entry, read=clinic.sessions.get(draft.id))

    result = clinic.audit.verify()
    again = dataclasses.replace(full, notes="again")
    clinic.sessions.update_draft(draft.id, again, read=clinic.sessions.get(draft.id))

    assert (result.changed_records, result.first_break) == ((), None)
    digests = probe.rows(
        "SELECT before_digest, after_digest FROM audit_log WHERE entity = 'session' ORDER BY id"
    )
    assert [before for before, _ in digests[1:]] == [after for _, after in digests[:-1]]


def test_update_draft_validates_like_create(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    draft = make.draft(patient_id)
    before = probe.snapshot()
    bad = dataclasses.replace(draft.entry, treatments=(make.pen_line(depth_mm=3.0),))

    with pytest.raises(ValidationError) as error:
        clinic.sessions.update_draft(draft.id, bad, read=draft)

    assert paths(error) == ["treatments[0].technique.depth_mm"]
    assert probe.snapshot() == before


def test_sign_locks_the_session_with_who_and_when(
    clinic: Clinic, make: Maker, patient_id: PatientId, clock: Clock
) -> None:
    draft = make.draft(patient_id)
    clock.advance(hours=1)

    signed = clinic.sessions.sign(draft.id)

    assert signed.status is SessionStatus.SIGNED
    assert signed.signed_at == clock()
    assert signed.signed_by == "tester"
    assert signed.entry == draft.entry
    assert clinic.sessions.get(draft.id) == signed


def test_a_signed_session_cannot_be_updated_or_signed_again(
    clinic: Clinic, make: Maker, patient_id: PatientId, clock: Clock, probe: DatabaseProbe
) -> None:
    draft = make.draft(patient_id)
    clinic.sessions.sign(draft.id)
    clock.advance(minutes=5)
    before = probe.snapshot()
    changed = dataclasses.replace(draft.entry, notes="changed after signing")

    with pytest.raises(StateError):
        clinic.sessions.update_draft(draft.id, changed, read=draft)
    with pytest.raises(StateError):
        clinic.sessions.sign(draft.id)

    assert probe.snapshot() == before


def test_void_requires_a_reason(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    draft = make.draft(patient_id)
    before = probe.snapshot()

    with pytest.raises(ValidationError) as error:
        clinic.sessions.void(draft.id, reason="  ")

    assert paths(error) == ["reason"]
    assert probe.snapshot() == before


@pytest.mark.parametrize("sign_first", [False, True])
def test_a_voided_session_stays_readable(
    clinic: Clinic, make: Maker, patient_id: PatientId, clock: Clock, sign_first: bool
) -> None:
    draft = make.draft(patient_id)
    if sign_first:
        clinic.sessions.sign(draft.id)
    clock.advance(days=1)

    voided = clinic.sessions.void(draft.id, reason="wrong patient")

    expected = Voiding(clock(), "tester", "wrong patient")
    assert voided.voiding == expected
    stored = clinic.sessions.get(draft.id)
    assert stored.voiding == expected
    assert stored.entry == draft.entry
    with pytest.raises(StateError):
        clinic.sessions.void(draft.id, reason="again")
    with pytest.raises(StateError):
        clinic.sessions.update_draft(draft.id, draft.entry, read=draft)
    with pytest.raises(StateError):
        clinic.sessions.sign(draft.id)


def test_an_unknown_session_is_not_found(clinic: Clinic) -> None:
    with pytest.raises(NotFoundError):
        clinic.sessions.get(SessionId(uuid.uuid4()))


def test_warnings_before_signing(clinic: Clinic, make: Maker) -> None:
    patient = make.patient(medications="Nurofen 200 mg when needed", allergies="lidocaine")

    found = clinic.sessions.warnings(
        patient.id, PreTreatment(nsaids_paused_days=3, consent_confirmed=False)
    )

    assert [w.kind for w in found] == [
        WarningKind.ALLERGY_RECORDED,
        WarningKind.NSAIDS_IN_MEDICATIONS,
        WarningKind.NSAIDS_RECENT,
        WarningKind.CONSENT_NOT_CONFIRMED,
    ]
    assert "Nurofen" in found[1].message
    assert "3 day(s)" in found[2].message


def test_no_warnings_for_a_clean_record(clinic: Clinic, patient_id: PatientId) -> None:
    pre = PreTreatment(nsaids_paused_days=7, consent_confirmed=True)

    assert clinic.sessions.warnings(patient_id, pre) == []


def test_one_clinician_row_per_distinct_name(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    first = make.draft(patient_id, clinician="Dr Eleni Vasileiou")
    make.draft(patient_id, clinician="  Dr Eleni Vasileiou ")
    make.draft(patient_id, clinician="Dr Nikos Karras")
    clinic.sessions.update_draft(
        first.id, dataclasses.replace(first.entry, clinician="Dr Nikos Karras"), read=first
    )

    assert probe.rows("SELECT name, role FROM clinicians ORDER BY name") == [
        ("Dr Eleni Vasileiou", "clinician"),
        ("Dr Nikos Karras", "clinician"),
    ]
    clinician_audit = [a for a in probe.audit() if a.entity == "clinician"]
    assert [a.action for a in clinician_audit] == ["create", "create"]
    assert all(a.entity_uuid is not None for a in clinician_audit)


def test_the_session_lifecycle_is_audited(
    clinic: Clinic, make: Maker, patient_id: PatientId, probe: DatabaseProbe
) -> None:
    draft = make.draft(patient_id)
    clinic.sessions.update_draft(draft.id, dataclasses.replace(draft.entry, notes="ok"), read=draft)
    clinic.sessions.sign(draft.id)
    clinic.sessions.void(draft.id, reason="wrong patient")

    audit = [(a.actor, a.action, a.entity_uuid) for a in probe.audit() if a.entity == "session"]

    assert audit == [
        ("tester", "create", draft.id),
        ("tester", "update", draft.id),
        ("tester", "sign", draft.id),
        ("tester", "void", draft.id),
    ]


def test_the_signer_named_by_the_window_is_recorded(
    clinic: Clinic, make: Maker, patient_id: PatientId
) -> None:
    draft = make.draft(patient_id)
    signed = clinic.sessions.sign(draft.id, signer="  Dr Eleni Vasileiou ")
    assert signed.signed_by == "Dr Eleni Vasileiou"
