"""What the patient list and the due view read: stored dates, orders, the due list."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.enums import PatientOrder
from mesolog.domain.errors import ValidationError
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.services.clinic import Clinic

if TYPE_CHECKING:
    from conftest import Clock, Maker


def test_dates_follow_sessions_and_courses(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    assert clinic.patients.search("")[0].next_due is None
    course = make.course(patient.id, started_on=dt.date(2026, 2, 10))
    [summary] = clinic.patients.search("")
    assert (summary.last_session_on, summary.next_due) == (None, dt.date(2026, 2, 10))
    first = make.draft(patient.id, performed_at=make.at(2, 10), course_id=course.id)
    [summary] = clinic.patients.search("")
    assert (summary.last_session_on, summary.next_due) == (None, dt.date(2026, 2, 10))
    clinic.sessions.sign(first.id)
    [summary] = clinic.patients.search("")
    assert (summary.last_session_on, summary.next_due) == (
        dt.date(2026, 2, 10),
        dt.date(2026, 2, 24),
    )
    clinic.sessions.void(first.id, reason="wrong patient")
    [summary] = clinic.patients.search("")
    assert (summary.last_session_on, summary.next_due) == (None, dt.date(2026, 2, 10))
    clinic.courses.stop(course.id, reason="moved abroad")
    assert clinic.patients.search("")[0].next_due is None


@pytest.mark.parametrize(
    ("order", "descending", "expected"),
    [
        (PatientOrder.NAME, False, ["Alpha", "Beta", "Gamma"]),
        (PatientOrder.NAME, True, ["Gamma", "Beta", "Alpha"]),
        (PatientOrder.DATE_OF_BIRTH, False, ["Gamma", "Alpha", "Beta"]),
        (PatientOrder.LAST_SESSION, True, ["Beta", "Alpha", "Gamma"]),
        (PatientOrder.NEXT_DUE, False, ["Alpha", "Beta", "Gamma"]),
    ],
)
def test_the_list_sorts_in_the_database(
    clinic: Clinic, make: Maker, order: PatientOrder, descending: bool, expected: list[str]
) -> None:
    born = {"Alpha": dt.date(1980, 1, 1), "Beta": dt.date(1990, 1, 1), "Gamma": dt.date(1970, 1, 1)}
    sessions = {"Alpha": make.at(2, 1), "Beta": make.at(3, 1)}
    for name, birth in born.items():
        patient = make.patient(family_name=name, date_of_birth=birth)
        if name in sessions:
            course = make.course(patient.id, started_on=dt.date(2026, 1, 20))
            draft = make.draft(patient.id, performed_at=sessions[name], course_id=course.id)
            clinic.sessions.sign(draft.id)
    found = clinic.patients.search("", order=order, descending=descending, limit=None)
    assert [p.family_name for p in found] == expected


def test_due_lists_overdue_and_this_week(clinic: Clinic, make: Maker, clock: Clock) -> None:
    today = clock().date()
    plans = {"Overdue": -20, "Soon": 5, "Later": 30}
    for name, offset in plans.items():
        patient = make.patient(family_name=name)
        make.course(patient.id, started_on=today + dt.timedelta(days=offset))
    due = clinic.patients.due(within_days=7)
    assert [(p.family_name, (p.next_due - today).days) for p in due if p.next_due] == [
        ("Overdue", -20),
        ("Soon", 5),
    ]


def test_due_reads_page_by_page_and_counts_the_live_patients(
    clinic: Clinic, make: Maker, clock: Clock
) -> None:
    today = clock().date()
    for name, offset in {"Alpha": -20, "Beta": -5, "Gamma": -5, "Delta": 3, "Later": 30}.items():
        patient = make.patient(family_name=name)
        make.course(patient.id, started_on=today + dt.timedelta(days=offset))
        if name == "Gamma":
            clinic.patients.void(patient.id, reason="duplicate record")
    patients = clinic.patients
    pages = [patients.due(within_days=7, limit=2, offset=offset) for offset in (0, 2, 4)]
    assert [[p.family_name for p in page] for page in pages] == [["Alpha", "Beta"], ["Delta"], []]
    assert patients.due_count(within_days=7) == 3
    assert not any(p.voided for page in pages for p in page)


def test_technique_defaults_are_clinic_settings(clinic: Clinic) -> None:
    assert clinic.settings.clinic().techniques == TechniqueDefaults()
    chosen = TechniqueDefaults(needle_gauge=32, needle_depth_mm=1.5, pen_depth_mm=0.75)
    clinic.settings.update_clinic(
        ClinicSettings(name="Clinic", techniques=chosen), read=clinic.settings.clinic()
    )
    assert clinic.settings.clinic().techniques == chosen
    with pytest.raises(ValidationError) as refused:
        clinic.settings.update_clinic(
            ClinicSettings(techniques=TechniqueDefaults(pen_depth_mm=3.0, needle_depth_mm=5)),
            read=clinic.settings.clinic(),
        )
    assert [v.path for v in refused.value.violations] == ["needle.depth_mm", "pen.depth_mm"]


def test_editor_drafts_are_kept_and_discarded(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    key = uuid.uuid4()
    payload = json.dumps({"notes": "Ελαφρύ οίδημα", "depth_mm": "0,75"}, ensure_ascii=False)
    clinic.editor_drafts.keep(key, patient_id=patient.id, session_id=None, payload=payload)
    clinic.editor_drafts.keep(key, patient_id=patient.id, session_id=None, payload=payload + " ")
    [kept] = clinic.editor_drafts.pending()
    assert (kept.key, kept.patient_id, kept.payload) == (key, patient.id, payload + " ")
    clinic.editor_drafts.discard(key)
    assert clinic.editor_drafts.pending() == []
