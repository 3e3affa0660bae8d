"""What a treatment summary is made of: sessions shown, drafts and voided ones left out."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import pytest

from mesolog.domain.errors import NotFoundError
from mesolog.domain.ids import CourseId
from mesolog.reports.summary_data import PaperSize
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService

if TYPE_CHECKING:
    from conftest import Maker


def test_signed_sessions_only_unless_drafts_are_asked_for(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    course = make.course(patient.id)
    signed = make.draft(patient.id, performed_at=make.at(2, 20), course_id=course.id)
    clinic.sessions.sign(signed.id)
    make.draft(patient.id, performed_at=make.at(3, 5), course_id=course.id)
    voided = make.draft(patient.id, performed_at=make.at(3, 6), course_id=course.id)
    clinic.sessions.void(voided.id, reason="wrong patient")
    loose = make.draft(patient.id, performed_at=make.at(3, 7))
    clinic.sessions.sign(loose.id)
    summaries = SummaryService(clinic.context)

    signed_only = summaries.summary_data(patient.id)
    [course_part] = signed_only.courses
    assert [s.id for s in course_part.sessions] == [signed.id]
    assert [s.id for s in signed_only.sessions_outside_courses] == [loose.id]

    with_drafts = summaries.summary_data(patient.id, include_drafts=True, paper=PaperSize.LETTER)
    assert len(with_drafts.courses[0].sessions) == 2
    assert with_drafts.include_drafts
    assert with_drafts.paper is PaperSize.LETTER
    assert [s.entry.performed_at for s in with_drafts.all_sessions] == sorted(
        s.entry.performed_at for s in with_drafts.all_sessions
    )


def test_one_course_or_a_clear_error(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    course = make.course(patient.id)
    make.course(patient.id, started_on=course.plan.started_on.replace(day=20))
    summaries = SummaryService(clinic.context)
    one = summaries.summary_data(patient.id, course_id=course.id)
    assert [c.course.id for c in one.courses] == [course.id]
    assert one.sessions_outside_courses == ()
    with pytest.raises(NotFoundError, match="no course"):
        summaries.summary_data(patient.id, course_id=CourseId(uuid.uuid4()))
    with pytest.raises(NotFoundError):
        summaries.summary_data("NO-SUCH-RECORD")
