"""Record versions (issue 11, defect 1): a save names the record as its form read it; a change
made meanwhile to other fields is merged field by field, one to the same fields refuses the
save with who changed what and when, and nothing is ever written over silently. Every kind
of editable record: patients, courses, draft sessions, the clinic's settings, accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, text

from mesolog.domain.conflicts import ConflictError, flat, three_way, with_values
from mesolog.domain.enums import Role
from mesolog.domain.errors import DatabaseError
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import (
    ClinicianRow,
    ClinicSettingsRow,
    CourseRow,
    PatientRow,
    SessionRow,
)
from mesolog.services.clinic import Clinic
from mesolog.services.conflicts import Change

if TYPE_CHECKING:
    from conftest import Clock, DatabaseProbe, Maker

SECRET = "Penicillin SECRET-ALLERGY-TEXT"


@pytest.fixture
def other(db_path: Path, clinic: Clinic, clock: Clock) -> Iterator[Clinic]:
    """A second workstation on the same database, acting as clin2."""
    opened = Clinic.open(str(db_path), actor="clin2", clock=clock)
    yield opened
    opened.close()


def test_a_save_from_the_stored_version_raises_it(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    assert patient.version == 1
    saved = clinic.patients.update(
        patient.id, replace(patient.details, phone="210 1"), read=patient
    )
    assert saved.record.version == 2
    assert (saved.kept, saved.kept_from) == ((), None), "no merge"
    assert clinic.patients.get(patient.id).version == 2


def test_patient_changes_to_other_fields_are_merged(
    clinic: Clinic, other: Clinic, make: Maker, clock: Clock
) -> None:
    """The issue's case: one changed the phone while the other saved allergies. The save
    says what it kept, whose change that was and when."""
    patient = make.patient(phone="210 000")
    read_there = other.patients.get(patient.id)
    clock.advance(minutes=4)
    other.patients.update(patient.id, replace(read_there.details, phone="210 999"), read=read_there)
    changed_there = clock()
    clock.advance(minutes=3)

    result = clinic.patients.update(
        patient.id, replace(patient.details, allergies=SECRET), read=patient
    )

    assert (result.kept, result.kept_from) == (("phone",), Change("clin2", changed_there))
    saved = result.record
    assert (saved.details.phone, saved.details.allergies) == ("210 999", SECRET)
    assert clinic.patients.get(patient.id) == saved
    assert saved.version == 3
    newest = clinic.audit.entries(limit=1)[0]
    assert (newest.actor, newest.action, newest.detail) == (
        "tester",
        "update",
        "merged, keeping a newer change of phone",
    )


def test_a_merge_names_the_account_whose_change_it_kept(
    clinic: Clinic, other: Clinic, make: Maker
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    other.act_as("eleni")
    patient = make.patient()
    read_there = other.patients.get(patient.id)
    other.patients.update(patient.id, replace(read_there.details, phone="210 7"), read=read_there)

    saved = clinic.patients.update(patient.id, replace(patient.details, notes="ok"), read=patient)

    assert saved.kept_from is not None
    assert saved.kept_from.by == "Dr Eleni Markou"


def test_patient_changes_to_the_same_field_are_refused_saying_who_what_and_when(
    clinic: Clinic, other: Clinic, make: Maker, clock: Clock, probe: DatabaseProbe
) -> None:
    patient = make.patient(allergies="none known")
    clock.advance(minutes=7)
    read_there = other.patients.get(patient.id)
    theirs = other.patients.update(
        patient.id, replace(read_there.details, allergies="latex", phone="1"), read=read_there
    )
    before = probe.snapshot()

    with pytest.raises(ConflictError) as refused:
        clinic.patients.update(patient.id, replace(patient.details, allergies=SECRET), read=patient)

    conflict = refused.value
    assert probe.snapshot() == before, "nothing written"
    assert (conflict.changed_by, conflict.changed_at) == ("clin2", clock())
    assert conflict.conflicting == ("allergies",)
    assert conflict.theirs == ("phone", "allergies")
    assert conflict.mine == ("allergies",)
    assert conflict.current == theirs.record
    assert (conflict.read_version, conflict.current.version) == (1, 2)
    message = str(conflict)
    assert "clin2" in message and "allergies" in message
    assert "SECRET" not in message and "latex" not in message, "names fields, never values"


def test_the_same_change_on_both_sides_is_no_conflict(
    clinic: Clinic, other: Clinic, make: Maker
) -> None:
    patient = make.patient()
    read_there = other.patients.get(patient.id)
    other.patients.update(patient.id, replace(read_there.details, phone="210 5"), read=read_there)
    saved = clinic.patients.update(
        patient.id, replace(patient.details, phone=" 210 5 ", notes="seen"), read=patient
    ).record
    assert (saved.details.phone, saved.details.notes) == ("210 5", "seen")


def test_a_merge_that_breaks_a_rule_is_refused_as_a_conflict(
    clinic: Clinic, other: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    """Each change is valid alone; together the consent would come before the birth."""
    patient = make.patient(date_of_birth=dt.date(1985, 4, 12))
    read_there = other.patients.get(patient.id)
    consent = replace(read_there.details, consent_signed_on=dt.date(2000, 1, 1))
    other.patients.update(patient.id, consent, read=read_there)
    before = probe.snapshot()

    with pytest.raises(ConflictError) as refused:
        clinic.patients.update(
            patient.id, replace(patient.details, date_of_birth=dt.date(2001, 1, 1)), read=patient
        )

    assert refused.value.conflicting == ()
    assert "together break a rule (consent_signed_on)" in str(refused.value)
    assert probe.snapshot() == before


def test_a_version_raised_without_a_change_of_the_details_merges_quietly(
    clinic: Clinic, make: Maker
) -> None:
    """Signing a session refreshes the patient's dates (a new version, same details)."""
    patient = make.patient()
    clinic.sessions.sign(make.draft(patient.id).id)
    assert clinic.patients.get(patient.id).version > patient.version
    saved = clinic.patients.update(patient.id, replace(patient.details, notes="ok"), read=patient)
    assert saved.record.details.notes == "ok"


def test_a_record_read_for_another_id_is_a_bug(clinic: Clinic, make: Maker) -> None:
    first, second = make.patient(), make.patient(family_name="Müller")
    with pytest.raises(ValueError, match="cannot be saved as"):
        clinic.patients.update(second.id, second.details, read=first)


def test_draft_notes_and_score_saved_apart_are_both_kept(
    clinic: Clinic, other: Clinic, make: Maker, clock: Clock
) -> None:
    """The issue's case: one saved notes on a draft while the other saved a score."""
    patient = make.patient()
    draft = make.draft(patient.id)
    read_there = other.sessions.get(draft.id)
    other.sessions.update_draft(
        draft.id, replace(read_there.entry, improvement_score=7), read=read_there
    )

    result = clinic.sessions.update_draft(
        draft.id, replace(draft.entry, notes="Tolerated well."), read=draft
    )

    assert (result.kept, result.kept_from) == (("improvement_score",), Change("clin2", clock()))
    saved = result.record
    assert (saved.entry.notes, saved.entry.improvement_score) == ("Tolerated well.", 7)
    assert clinic.sessions.get(draft.id) == saved


def test_draft_notes_saved_on_both_sides_are_refused(
    clinic: Clinic, other: Clinic, make: Maker
) -> None:
    patient = make.patient()
    draft = make.draft(patient.id)
    read_there = other.sessions.get(draft.id)
    other.sessions.update_draft(draft.id, replace(read_there.entry, notes="B"), read=read_there)
    with pytest.raises(ConflictError) as refused:
        clinic.sessions.update_draft(draft.id, replace(draft.entry, notes="A"), read=draft)
    assert refused.value.conflicting == ("notes",)
    assert refused.value.record == "session"
    assert clinic.sessions.get(draft.id).entry.notes == "B"


def test_a_draft_changed_since_it_was_read_is_not_signed(
    clinic: Clinic, other: Clinic, make: Maker
) -> None:
    patient = make.patient()
    draft = make.draft(patient.id)
    read_there = other.sessions.get(draft.id)
    other.sessions.update_draft(
        draft.id, replace(read_there.entry, improvement_score=3), read=read_there
    )
    with pytest.raises(ConflictError) as refused:
        clinic.sessions.sign(draft.id, read=draft)
    assert refused.value.theirs == ("improvement_score",)
    assert "it changed since, and was not signed" in str(refused.value)
    current = clinic.sessions.get(draft.id)
    assert current.signed_at is None
    assert clinic.sessions.sign(draft.id, read=current).signed_at is not None


def test_course_changes_to_other_fields_merge_and_to_the_same_refuse(
    clinic: Clinic, other: Clinic, make: Maker, clock: Clock
) -> None:
    patient = make.patient()
    course = make.course(patient.id)
    read_there = other.courses.get(course.id)
    other.courses.update(course.id, replace(read_there.plan, notes="x"), read=read_there)

    result = clinic.courses.update(course.id, replace(course.plan, planned_sessions=8), read=course)
    assert (result.kept, result.kept_from) == (("notes",), Change("clin2", clock()))
    saved = result.record
    assert (saved.plan.notes, saved.plan.planned_sessions) == ("x", 8)

    with pytest.raises(ConflictError) as refused:
        clinic.courses.update(course.id, replace(course.plan, planned_sessions=9), read=course)
    assert refused.value.conflicting == ("planned_sessions",)
    assert refused.value.current == saved


def test_settings_changes_merge_by_field_and_refuse_on_the_same_one(
    clinic: Clinic, other: Clinic, clock: Clock
) -> None:
    empty = clinic.settings.clinic()
    assert empty.version == 0
    read_here = clinic.settings.update_clinic(ClinicSettings(name="Derma"), read=empty).record
    read_there = other.settings.clinic()
    other.settings.update_clinic(replace(read_there, phone="210"), read=read_there)

    result = clinic.settings.update_clinic(replace(read_here, address="Odos 1"), read=read_here)
    assert (result.kept, result.kept_from) == (("phone",), Change("clin2", clock()))
    saved = result.record
    assert (saved.name, saved.phone, saved.address) == ("Derma", "210", "Odos 1")

    with pytest.raises(ConflictError) as refused:
        clinic.settings.update_clinic(replace(read_here, phone="211"), read=read_here)
    assert refused.value.conflicting == ("phone",)
    assert refused.value.changed_by == "tester"


def test_technique_defaults_merge_by_their_own_fields(clinic: Clinic, other: Clinic) -> None:
    """One shortens the needle, the other deepens it: each valid, together too deep."""
    read_here = clinic.settings.clinic()
    read_there = other.settings.clinic()
    shorter = replace(read_there.techniques, needle_length_mm=2.0)
    other.settings.update_clinic(replace(read_there, techniques=shorter), read=read_there)
    deeper = replace(read_here.techniques, needle_depth_mm=3.0)
    with pytest.raises(ConflictError) as refused:
        clinic.settings.update_clinic(replace(read_here, techniques=deeper), read=read_here)
    assert refused.value.conflicting == ()
    assert (refused.value.theirs, refused.value.mine) == (
        ("techniques.needle_length_mm",),
        ("techniques.needle_depth_mm",),
    )
    assert "together break a rule (needle.depth_mm)" in str(refused.value)
    pen = replace(read_here.techniques, pen_depth_mm=2.0)
    saved = clinic.settings.update_clinic(replace(read_here, techniques=pen), read=read_here)
    assert saved.record.techniques == replace(shorter, pen_depth_mm=2.0)


def test_every_change_raises_the_version(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    course = make.course(patient.id)
    draft = make.draft(patient.id)
    assert clinic.courses.complete(course.id).version == course.version + 1
    assert clinic.sessions.sign(draft.id).version == draft.version + 1
    voided = clinic.sessions.void(draft.id, reason="wrong patient")
    assert voided.version == draft.version + 2, "a signed session is voided"
    assert clinic.patients.void(patient.id, reason="entered twice").version > patient.version


def test_an_account_counts_its_changes(clinic: Clinic, probe: DatabaseProbe) -> None:
    clinic.accounts.create_first_admin("admin", "Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("clin", "Dr Clin", Role.CLINICIAN, "correct horse battery")
    [(first,)] = probe.rows("SELECT version FROM clinicians WHERE username = 'clin'")
    clinic.accounts.disable("clin")
    assert probe.rows("SELECT version FROM clinicians WHERE username = 'clin'") == [(first + 1,)]


ROWS = [ClinicSettingsRow, ClinicianRow, PatientRow, CourseRow, SessionRow]
TEXT_COLUMN = {
    ClinicSettingsRow: "name",
    ClinicianRow: "name",
    PatientRow: "notes",
    CourseRow: "notes",
    SessionRow: "notes",
}


@pytest.mark.parametrize("model", ROWS, ids=lambda model: model.__tablename__)
def test_an_update_of_a_row_changed_meanwhile_is_refused_by_the_database(
    clinic: Clinic, make: Maker, model: type[PatientRow]
) -> None:
    """The ORM's own check: every UPDATE names the version read (version_id_col)."""
    patient = make.patient()
    make.course(patient.id)
    make.draft(patient.id)
    clinic.settings.update_clinic(ClinicSettings(name="Derma"), read=clinic.settings.clinic())
    table = model.__tablename__
    refused = pytest.raises(DatabaseError, match="changed the same record at the same moment")
    with refused, clinic.context.db.write() as s:
        row = s.scalars(select(model).limit(1)).one()
        s.execute(text(f"UPDATE {table} SET version = version + 1"))  # another workstation
        setattr(row, TEXT_COLUMN[model], "changed")
        s.flush()


@pytest.mark.parametrize("model", ROWS, ids=lambda model: model.__tablename__)
def test_the_version_is_left_out_of_digests(
    clinic: Clinic, make: Maker, model: type[PatientRow]
) -> None:
    patient = make.patient()
    make.course(patient.id)
    make.draft(patient.id)
    clinic.settings.update_clinic(ClinicSettings(name="Derma"), read=clinic.settings.clinic())
    clinic.accounts.create_first_admin("admin", "Admin", "correct horse battery")
    with clinic.context.db.read() as s:
        row = s.scalars(select(model).limit(1)).one()
        digest = record_digest(row)
        row.version += 5
        assert record_digest(row) == digest


def test_three_way_names_paths_into_nested_records() -> None:
    read = ClinicSettings(name="A")
    stored = replace(read, techniques=TechniqueDefaults(needle_gauge=32))
    typed = replace(read, name="B", version=7)
    merge = three_way(read, stored, typed)
    assert (merge.theirs, merge.mine, merge.conflicting) == (
        ("techniques.needle_gauge",),
        ("name",),
        (),
    )
    assert merge.result == replace(stored, name="B")


def test_fields_are_named_and_set_by_their_paths_into_nested_records() -> None:
    typed = ClinicSettings(name="B", techniques=TechniqueDefaults(needle_gauge=32), version=7)
    fields = flat(typed)
    assert (fields["name"], fields["techniques.needle_gauge"]) == ("B", 32)
    assert "version" not in fields and "techniques" not in fields
    stored = ClinicSettings(name="A", phone="210", version=3)
    assert with_values(stored, typed, ["techniques.needle_gauge"]) == replace(
        stored, techniques=TechniqueDefaults(needle_gauge=32)
    )
