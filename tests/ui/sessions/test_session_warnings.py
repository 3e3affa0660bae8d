"""The clinical warnings of a session as the clinician meets them in the editor: a session
too soon after the last one of its course, or beyond its plan, is said in the warnings band
(in the locale's dates) and in the question before signing, and may still be signed; the
last answer about aspirin and other NSAIDs is carried forward, dated, to be asked again."""

from __future__ import annotations

import datetime as dt

from mesolog.domain.enums import Area, SessionStatus
from mesolog.domain.records import (
    NeedleTechnique,
    PreTreatment,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.common.dates import shown_date
from tests.typing_support import shown, type_into
from tests.ui.sessions.typed_session import CLINICIAN, Chair, moment_keys


def signed(chair: Chair, days_ago: int) -> Session:
    draft = chair.draft(days_ago)
    return chair.clinic.sessions.sign(draft.id)


def test_a_session_before_the_course_s_due_window_is_said_and_may_still_be_signed(
    chair: Chair,
) -> None:
    last = signed(chair, 0)
    editor = chair.open()
    band = editor.session_form.warnings_panel.label
    assert "Early for this course" in band.text()
    assert shown_date(last.performed_on) in band.text(), "the last session, in the locale's dates"

    chair.sign(editor)

    [question] = chair.asked
    assert "Early for this course" in question, "asked with the warning under it"
    assert len(chair.sessions()) == 2
    assert all(s.status is SessionStatus.SIGNED for s in chair.sessions())


def test_the_warning_follows_the_date_typed(chair: Chair) -> None:
    signed(chair, 30)
    editor = chair.open()
    band = editor.session_form.warnings_panel.label
    assert "Early" not in band.text(), "a month after the last: due"
    last_week = chair.clinic.context.now().astimezone() - dt.timedelta(days=29)
    type_into(chair.qtbot, editor.session_form.performed_at, moment_keys(last_week))
    assert "Early for this course" in band.text()


def test_a_seventh_session_after_six_of_six_is_said(chair: Chair) -> None:
    for days_ago in (36, 30, 24, 18, 12, 6):
        signed(chair, days_ago)
    editor = chair.open()
    band = editor.session_form.warnings_panel.label
    assert "All 6 planned sessions of this course are done" in band.text()
    assert "session 7 of 6" in band.text()


def test_the_last_nsaid_answer_is_carried_forward_with_its_date(chair: Chair) -> None:
    """Asked 10 days ago, the patient had taken none for 30 days: today's session starts
    from 40 days ago, says where that comes from, and a new answer is typed over it."""
    when = chair.clinic.context.now() - dt.timedelta(days=10)
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(2.0))
    entry = SessionInput(
        when, CLINICIAN, (line,), chair.course.id, pre_treatment=PreTreatment(30, None, True)
    )
    asked = chair.clinic.sessions.create_draft(chair.patient.id, entry)
    chair.clinic.sessions.sign(asked.id)

    editor = chair.open()
    days = editor.session_form.nsaids_paused_days
    assert shown(days) == "40"
    notice = editor.frame.notice.text()
    assert f"30 days before the session of {shown_date(when.date())}" in notice
    assert "40 days ago if none was taken since; ask again" in notice

    type_into(chair.qtbot, days, "2")
    chair.save(editor)
    [draft] = [s for s in chair.sessions() if s.status is SessionStatus.DRAFT]
    assert draft.entry.pre_treatment.nsaids_paused_days == 2


def test_without_an_earlier_answer_the_question_starts_unasked(chair: Chair) -> None:
    editor = chair.open()
    assert shown(editor.session_form.nsaids_paused_days) == ""
    assert "aspirin" not in editor.frame.notice.text()
