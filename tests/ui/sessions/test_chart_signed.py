"""A signed session's chart: shown as it was signed, locked, and corrected only by an
amendment, whose points the new signed version holds while the original keeps its own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mesolog.domain.charts import points_volume_ml
from mesolog.domain.records import SessionInput
from tests.typing_support import type_into
from tests.ui.sessions.chart_clicks import FOREHEAD, chart, charted_line, click_zone, points_of
from tests.ui.sessions.locked_form import assert_nothing_changes, typable
from tests.ui.sessions.typed_session import CLINICIAN, Chair


def test_a_signed_chart_is_shown_locked_and_amended(chair: Chair) -> None:
    line = charted_line()
    when = chair.clinic.context.now() - dt.timedelta(days=3)
    draft = chair.clinic.sessions.create_draft(
        chair.patient.id, SessionInput(when, CLINICIAN, (line,), chair.course.id)
    )
    signed = chair.clinic.sessions.sign(draft.id)
    editor = chair.open(chair.clinic.sessions.get(signed.id))
    panel = chart(editor)
    assert points_of(editor) == list(line.points)
    assert [label for *_, label in panel.canvas.markers] == ["1", "2"]
    assert panel.read_only
    assert_nothing_changes(editor.session_form)

    editor.start_amendment()
    assert not panel.read_only
    assert {"point_amount", "product_name", "lot_number"} <= set(typable(editor.session_form))
    click_zone(chair.qtbot, editor, FOREHEAD)  # point 1's marker, at the centroid
    QTest.keyClick(panel.canvas, Qt.Key.Key_Delete)
    type_into(chair.qtbot, editor.frame.amendment_reason, "Point 1 was not given")
    editor.frame.sign_amendment_button.click()

    assert editor.saved_session is not None
    amended = chair.clinic.sessions.get(editor.saved_session.id)
    assert amended.amends == signed.id
    [new_line] = amended.entry.treatments
    assert new_line.points == line.points[1:]
    assert new_line.products[0].volume_ml == points_volume_ml(new_line.points, 0) == 0.125
    assert chair.clinic.sessions.get(signed.id).entry.treatments[0].points == line.points
