"""What a treatment summary is made of: sessions shown, drafts and voided ones left out."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from mesolog.domain.errors import KnownError, NotFoundError
from mesolog.domain.ids import CourseId
from mesolog.reports.summary_data import PaperSize, SummaryData, SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService

if TYPE_CHECKING:
    from conftest import Maker


def _pdf_text(data: SummaryData) -> str:
    from mesolog.reports.treatment_summary import render_summary

    reader = PdfReader(io.BytesIO(render_summary(data)))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


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
    assert course_part.drafts_left_out == 1
    assert signed_only.drafts_left_out == 1
    # The course's facts are counted from the sessions printed, not the draft left out.
    assert course_part.schedule.done == 1
    assert course_part.schedule.last_session_on == signed.performed_on
    text = _pdf_text(signed_only)
    assert "1 unsigned draft session is not included." in text
    assert "Drafts 1 unsigned, not included" in text

    with_drafts = summaries.summary_data(patient.id, include_drafts=True, paper=PaperSize.LETTER)
    assert len(with_drafts.courses[0].sessions) == 2
    # A printed draft is marked as one and still does not count as done.
    assert with_drafts.courses[0].schedule.done == 1
    assert "1 done of 6 planned" in _pdf_text(with_drafts)
    assert with_drafts.drafts_left_out == 0
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
    later = make.course(patient.id, started_on=course.plan.started_on.replace(day=25))
    one = summaries.summary_data(patient.id, course_id=course.id)
    assert [c.course.id for c in one.courses] == [course.id]
    assert one.sessions_outside_courses == ()
    second = summaries.summary_data(patient.id, course_id=later.id)
    assert second.courses[0].number == 3
    text = _pdf_text(second)
    assert "Course 3: " in text
    assert "Covers course 3 only" in text
    with pytest.raises(NotFoundError, match="no course"):
        summaries.summary_data(patient.id, course_id=CourseId(uuid.uuid4()))
    with pytest.raises(NotFoundError):
        summaries.summary_data("NO-SUCH-RECORD")


def test_a_summary_in_greek_carries_its_language(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    from mesolog.reports.treatment_summary import render_summary
    from tests.reports.greek_support import greek_words

    patient = make.patient()
    clinic.sessions.sign(make.draft(patient.id).id)
    summaries = SummaryService(clinic.context)
    assert summaries.summary_data(patient.id).language == "en"

    data = summaries.summary_data(patient.id, language="el", locale="en_GB")
    assert data.language == "el"
    reader = PdfReader(io.BytesIO(render_summary(data, greek_words(tmp_path))))
    assert reader.trailer["/Root"]["/Lang"] == "el-GR"
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "Σύνοψη θεραπείας" in text
    assert "Σελίδα 1 από 1" in text
    with pytest.raises(ValueError, match="'fr'"):
        summaries.summary_data(patient.id, language="fr")


def test_its_refusals_are_marked_for_translation(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    summaries = SummaryService(clinic.context)
    with pytest.raises(KnownError) as refused:
        summaries.summary_data(patient.id, kind=SummaryKind.PATIENT, include_drafts=True)
    assert refused.value.text.context == "Errors"
    assert str(refused.value) == (
        "A patient copy holds signed sessions only; drafts go in a clinical copy."
    )
